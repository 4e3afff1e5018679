"""Missing evidence, the illustrative switch, and checks that wait for another file."""

from __future__ import annotations

from .code import _N, _W, Code, Group

# ---- missing evidence -------------------------------------------------------------------------
DONE_WITHOUT_EVIDENCE = Code("done-without-evidence", Group.EVIDENCE, "Hoàn thành mà chưa có căn cứ",
    "Việc ghi hoàn thành phải có văn bản chứng minh (số và ngày).",
    "Thêm mục can_cu với so và ngay của văn bản (trong Excel: ghi Số và Ngày văn bản căn cứ).",
    "Việc '{name}' ghi là hoàn thành nhưng chưa có căn cứ. Hãy {add}.",
    {"name": "Nhiệm vụ 3", "add": "thêm mục can_cu với số (so) và ngày (ngay) của văn bản chứng minh"})
EARNED_WITHOUT_DECISION = Code("earned-without-decision", Group.EVIDENCE, "Đạt danh hiệu mà chưa có quyết định",
    "Danh hiệu ghi là đã đạt phải có quyết định công nhận.",
    "Thêm mục quyet_dinh với so và ngay của quyết định (trong Excel: ghi Số và Ngày quyết định).",
    "Ghi là đã đạt danh hiệu nhưng chưa có quyết định công nhận. Hãy {add}.",
    {"add": "thêm mục quyet_dinh với số (so), ngày (ngay) và cơ quan ban hành (co_quan_ban_hanh) của quyết định"})

# ---- the illustrative switch ------------------------------------------------------------------
ILLUSTRATIVE_MARKER = Code("illustrative-marker", Group.ILLUSTRATIVE, "Còn dấu minh họa trong năm số liệu thật",
    "Năm đã chuyển sang số liệu thật (minh_hoa: false) mà còn tên có “(minh họa)” hay số văn bản “MH-”.",
    "Thay bằng tên, số liệu, số văn bản thật; hoặc xóa mục đó.",
    "Năm này là số liệu thật (minh_hoa: false) nhưng '{value}' vẫn là số liệu minh họa. Hãy thay bằng "
    "số liệu thật hoặc xóa mục này.",
    {"value": "Phòng chuyên môn A (minh họa)"})
LAST_YEAR_IN_TEXT = Code("last-year-in-text", Group.ILLUSTRATIVE, "Chữ còn ghi năm trước",
    "Phong trào của một năm mà tên, chủ đề hay chỉ tiêu còn ghi năm trước: thường do chép bằng make new-year "
    "mà chưa sửa theo văn bản phát động mới.",
    "Sửa theo văn bản phát động của năm; nếu văn bản đúng là nhắc năm trước, bỏ qua cảnh báo này.",
    "'{value}' còn ghi năm {last} trong phong trào năm {year}. Nếu chép từ năm trước, hãy sửa theo văn bản "
    "phát động năm {year}.",
    {"value": "10 nhiệm vụ theo Chương trình công tác năm 2021 của UBND tỉnh", "last": "2021", "year": "2022"},
    severity=_W)
LAUNCH_DOCUMENT_MISSING = Code("launch-document-missing", Group.ILLUSTRATIVE, "Chưa có văn bản phát động của năm",
    "Mục van_ban của phong trào còn để trống tháng, năm, nơi ban hành hay người ký: thường vì make new-year đã "
    "tạo năm mới mà văn bản phát động của năm chưa được nhập. Lệnh không chép văn bản của năm trước, vì văn bản "
    "năm mới có số, ngày và người ký của nó.",
    "Nhập văn bản bằng make import-document (lệnh điền các mục đọc được từ văn bản và báo mục còn phải điền), "
    "hoặc điền đúng như bản gốc.",
    "Văn bản phát động năm {year} chưa có trên trang: van_ban còn để trống {keys}. Cho đến khi điền đủ, trang web "
    "sẽ ghi “Văn bản phát động năm {year} chưa được đưa lên trang” thay cho số, ngày và người ký. Hãy nhập văn "
    "bản bằng make import-document YEAR={year} FILE=…, hoặc điền các mục đó đúng như bản gốc.",
    {"year": "2022", "keys": "thang, nam, noi_ban_hanh, chuc_vu_nguoi_ky, nguoi_ky"}, severity=_W)
ILLUSTRATIVE_ELSEWHERE = Code("illustrative-elsewhere", Group.ILLUSTRATIVE, "Ghi minh_hoa ngoài chien-dich.yml",
    "minh_hoa là công tắc chung của cả năm, chỉ ghi một lần trong chien-dich.yml.",
    "Xóa dòng này.",
    "Mục minh_hoa chỉ ghi một lần cho cả năm, trong chien-dich.yml; hãy xóa dòng này. Để chuyển sang số "
    "liệu thật, người quản trị chạy make go-live (xem Hướng dẫn).")

# ---- checks that wait -------------------------------------------------------------------------
CHECKS_WAITING = Code("checks-waiting", Group.WAITING, "Tệp còn lỗi, các kiểm tra khác chờ",
    "Tệp còn lỗi gõ hay lỗi mẫu nên chưa đọc được ý nghĩa số liệu trong tệp.",
    "Sửa các lỗi của tệp; lần kiểm tra sau sẽ kiểm tra tiếp và có thể báo thêm.",
    "Các kiểm tra khác của tệp này (khớp mã, cộng số, ngày tháng, giới hạn) sẽ chạy khi các lỗi của tệp "
    "được sửa xong.", severity=_N)
CHECKS_WAITING_FOR = Code("checks-waiting-for", Group.WAITING, "Chờ tệp khác hết lỗi",
    "Tệp này không có lỗi, nhưng phải đối chiếu với một tệp khác còn lỗi.",
    "Sửa tệp được nêu; lần kiểm tra sau sẽ đối chiếu tệp này.",
    "Chưa đối chiếu được tệp này với {other} vì {other} còn lỗi; sửa xong {other}, lần kiểm tra sau có "
    "thể báo thêm cho tệp này.",
    {"other": "don-vi.yml"}, severity=_N)
PROBLEMS_NOT_SHOWN = Code("problems-not-shown", Group.WAITING, "Còn lỗi chưa liệt kê",
    "Tệp có nhiều lỗi hơn mức một lần kiểm tra liệt kê (100 mỗi tệp, 300 mỗi lần); chỉ những lỗi đầu được nêu. "
    "Dòng này được báo là LỖI khi trong số lỗi chưa liệt kê có lỗi, nên tệp không bao giờ được coi là hết lỗi.",
    "Sửa các lỗi đã nêu (thường cùng một nguyên nhân); lần kiểm tra sau sẽ nêu tiếp.",
    "… và {count} lỗi khác của tệp này chưa được liệt kê. Hãy sửa các lỗi ở trên (thường cùng một nguyên "
    "nhân) rồi kiểm tra lại.",
    {"count": "992.649"}, severity=_N)
