"""Files and folders: what is in the data folder, and whether it can be read."""

from __future__ import annotations

from .code import Code, Group

# ---- files and folders ------------------------------------------------------------------------
FILE_ENCODING = Code("file-encoding", Group.FILES, "Tệp không phải mã UTF-8",
    "Tệp được lưu bằng bảng mã khác (ví dụ Windows-1258 hay UTF-16), nên chữ tiếng Việt bị hỏng.",
    "Mở tệp, chọn lưu với mã UTF-8.",
    "Tệp không phải mã UTF-8, nên chữ tiếng Việt sẽ bị lỗi. Hãy lưu lại tệp với mã UTF-8.")
FILE_EMPTY = Code("file-empty", Group.FILES, "Tệp trống",
    "Tệp không có nội dung, hoặc chỉ có ghi chú.",
    "Khôi phục nội dung của tệp (xem lịch sử của tệp trên GitHub).",
    "Tệp trống. Hãy khôi phục nội dung của tệp.")
FILE_MISSING = Code("file-missing", Group.FILES, "Thiếu tệp",
    "Một tệp bắt buộc của năm thi đua không có.",
    "Khôi phục tệp đó (xem lịch sử của thư mục trên GitHub).",
    "Thiếu tệp {name} trong thư mục {folder}. Hãy khôi phục tệp này.",
    {"name": "don-vi.yml", "folder": "2021"})
FILE_UNREADABLE = Code("file-unreadable", Group.FILES, "Không đọc được tệp",
    "Đường dẫn là một thư mục, hoặc tệp bị hỏng.",
    "Làm theo gợi ý trong thông báo.",
    "Không đọc được tệp này: {reason}",
    {"reason": "tệp hỏng hoặc không còn. Hãy tạo lại tệp."})
FILE_NOT_REGULAR = Code("file-not-regular", Group.FILES, "Không phải tệp thật",
    "Ở chỗ của một tệp hay thư mục (số liệu, trang, mẫu giao diện, kể cả thư mục ẩn như .github) là một liên kết "
    "(symbolic link) hoặc một tệp đặc biệt của hệ thống. Chương trình kiểm tra và chương trình dựng trang không đọc "
    "những thứ này, để không bao giờ đọc (hay đăng lên trang web) một tệp nằm ngoài kho.",
    "Xóa liên kết, đặt vào đó tệp (hoặc thư mục) thật.",
    "Đây là {what}, không phải một tệp thật của kho, nên chương trình không đọc. Hãy xóa nó và đặt vào đó tệp "
    "(hoặc thư mục) thật.",
    {"what": "một liên kết (symbolic link) tới tệp hay thư mục khác"})
FILE_TOO_LARGE = Code("file-too-large", Group.FILES, "Tệp quá lớn",
    "Tệp số liệu lớn hơn mức cho phép: thường do dán nhầm cả một bảng hay một tệp khác vào.",
    "Kiểm tra lại nội dung tệp (xem lịch sử của tệp trên GitHub) và xóa phần dán nhầm.",
    "Tệp nặng {size} MB, quá mức {limit} MB cho một tệp số liệu, nên chương trình không đọc. Thường do dán "
    "nhầm cả một bảng hay một tệp khác vào: hãy xem lại nội dung tệp.",
    {"size": "11,0", "limit": "2"})
FILE_NAME_UNSAFE = Code("file-name-unsafe", Group.FILES, "Tên tệp có ký tự không nhìn thấy",
    "Tên tệp có một ký tự không nhìn thấy (xuống dòng, ký tự điều khiển, dấu cách đặc biệt), nên không "
    "hiện được đúng trong thông báo.",
    "Đổi tên tệp, chỉ dùng chữ thường không dấu, số và dấu gạch ngang.",
    "Tên tệp có ký tự không nhìn thấy: {char}. Chương trình không đọc tệp này. Hãy đổi tên tệp, chỉ dùng "
    "chữ thường không dấu, số và dấu gạch ngang, ví dụ ca-nam.yml.",
    {"char": "ký tự xuống dòng (mã U+000A)"})
FILE_NAME_RESERVED = Code("file-name-reserved", Group.FILES, "Tên tệp Windows không cho dùng",
    "Tên tệp hay thư mục là một tên Windows dành riêng (con, nul, aux, prn, com1…, lpt1…), hoặc có ký tự, dấu "
    "chấm hay dấu cách cuối mà Windows không cho dùng trong tên tệp: kho số liệu không mở được trên máy Windows.",
    "Đổi tên tệp, chỉ dùng chữ thường không dấu, số và dấu gạch ngang.",
    "Tên '{name}' không dùng được: {reason}. Hãy đổi tên, chỉ dùng chữ thường không dấu, số và dấu gạch ngang, "
    "ví dụ ca-nam.yml.",
    {"name": "con.yml", "reason": "'con' là tên Windows dành riêng, nên tệp này không mở được trên máy Windows"})
FILE_UNEXPECTED = Code("file-unexpected", Group.FILES, "Tệp nằm sai chỗ hoặc sai tên",
    "Chương trình chỉ đọc các tệp có tên và vị trí quy định, nên tệp này bị bỏ qua.",
    "Đổi tên hoặc chuyển tệp theo gợi ý.",
    "Tệp này không được đọc: {hint}",
    {"hint": "chương trình chỉ đọc tệp có đuôi .yml. Hãy đổi tên thành ca-nam.yml."})
TOO_MANY_FILES = Code("too-many-files", Group.FILES, "Quá nhiều tệp",
    "Thư mục có nhiều tệp hay thư mục hơn mức một phong trào cần, nên chương trình không đọc tiếp.",
    "Xóa các tệp thừa (thường do tải nhầm cả một thư mục lên).",
    "{where} có {count} {what}, quá mức {limit}. Chương trình không đọc tiếp; hãy xóa các tệp thừa (thường do "
    "tải nhầm cả một thư mục lên).",
    {"where": "Thư mục 2021/ket-qua", "count": "31", "what": "tệp kết quả", "limit": "30"})
DATA_TOO_LARGE = Code("data-too-large", Group.FILES, "Số liệu quá lớn để kiểm tra và dựng trang",
    "Cả kho số liệu, cộng mọi năm, lớn hơn mức được kiểm tra và dựng trang trong khoảng nửa phút: quá nhiều "
    "đơn vị × kỳ × chỉ tiêu (mỗi ô là một ô của bảng theo dõi trên nhiều trang), hoặc các tệp quá nặng. Thường "
    "do chép nhầm danh sách đơn vị, kỳ báo cáo hay cả một thư mục nhiều lần.",
    "Kiểm tra lại số đơn vị, số kỳ, số chỉ tiêu và các tệp của các năm; xóa phần chép nhầm.",
    "Cả kho số liệu quá lớn để kiểm tra và dựng trang: {detail}, quá mức {limit}. Hãy xem lại phần vừa thêm "
    "(có thể đã chép nhầm).",
    {"detail": "72.000 ô của bảng theo dõi (cộng mọi năm: số đơn vị × số kỳ × số chỉ tiêu; nhiều nhất là năm "
               "2021 với 500 đơn vị × 12 kỳ × 12 chỉ tiêu)", "limit": "15.000 ô"})
NO_CAMPAIGN = Code("no-campaign", Group.FILES, "Không có năm thi đua nào",
    "Thư mục số liệu không có thư mục năm (ví dụ 2021).",
    "Khôi phục thư mục của năm.",
    "Không tìm thấy thư mục năm nào (ví dụ 2021) trong thư mục số liệu.")
YEAR_MISMATCH = Code("year-mismatch", Group.FILES, "Năm không khớp tên thư mục",
    "Năm ghi trong chien-dich.yml khác tên thư mục chứa nó.",
    "Sửa năm cho đúng, hoặc chuyển tệp vào thư mục của năm đó.",
    "Năm trong tệp ({year}) khác tên thư mục ({folder}). Hãy sửa năm cho đúng, hoặc đặt tệp vào thư mục "
    "của năm đó.",
    {"year": "2022", "folder": "2021"})
