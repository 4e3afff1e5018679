"""Figures that do not agree with each other, and units that begin or end during the year."""

from __future__ import annotations

from .code import _W, Code, Group

# ---- figures that do not agree ----------------------------------------------------------------
RATINGS_SUM_MISMATCH = Code("ratings-sum-mismatch", Group.FIGURES, "Cộng xếp loại không bằng tổng số người",
    "Cộng số người ở bốn mức xếp loại phải bằng tổng số người (tong_so).",
    "Kiểm tra lại từng mức và tổng số người.",
    "Cộng số người theo các mức xếp loại được {total}, nhưng tổng số người ({field}) là {staff}. Hai số này "
    "phải bằng nhau.",
    {"total": "9", "field": "tong_so", "staff": "10"})
ADVANCED_OVER_STAFF = Code("advanced-over-staff", Group.FIGURES, "Lao động tiên tiến nhiều hơn tổng số người",
    "Số Lao động tiên tiến không thể lớn hơn tổng số người.",
    "Kiểm tra lại hai số.",
    "Số Lao động tiên tiến ({advanced}) lớn hơn tổng số người ({staff}).",
    {"advanced": "11", "staff": "10"})
ADVANCED_OVER_GOOD = Code("advanced-over-good", Group.FIGURES, "Lao động tiên tiến nhiều hơn số hoàn thành tốt",
    "Danh hiệu Lao động tiên tiến chỉ xét cho người hoàn thành tốt nhiệm vụ trở lên.",
    "Kiểm tra lại số Lao động tiên tiến và xếp loại.",
    "Số Lao động tiên tiến ({advanced}) lớn hơn số người hoàn thành tốt nhiệm vụ trở lên ({good}); danh "
    "hiệu này chỉ xét cho người hoàn thành tốt trở lên.",
    {"advanced": "10", "good": "9"})
SOLDIERS_WITHOUT_ADVANCED = Code("soldiers-without-advanced", Group.FIGURES, "Có Chiến sĩ thi đua mà thiếu số Lao động tiên tiến",
    "Chiến sĩ thi đua cơ sở được chọn trong số Lao động tiên tiến, nên cần cả hai số.",
    "Ghi thêm số Lao động tiên tiến (lao_dong_tien_tien).",
    "Có số Chiến sĩ thi đua cơ sở nhưng thiếu số Lao động tiên tiến ({field}). Hãy ghi thêm số đó.",
    {"field": "lao_dong_tien_tien"})
SOLDIERS_OVER_ADVANCED = Code("soldiers-over-advanced", Group.FIGURES, "Chiến sĩ thi đua nhiều hơn Lao động tiên tiến",
    "Chiến sĩ thi đua cơ sở được chọn trong số Lao động tiên tiến.",
    "Kiểm tra lại hai số.",
    "Số Chiến sĩ thi đua cơ sở ({soldiers}) lớn hơn số Lao động tiên tiến ({advanced}); Chiến sĩ thi đua "
    "được chọn trong số Lao động tiên tiến.",
    {"soldiers": "3", "advanced": "2"})
AUTONOMY_NOT_APPLICABLE = Code("autonomy-not-applicable", Group.FIGURES, "Mức tự chủ của đơn vị không phải sự nghiệp công lập",
    "Mức tự chủ (ty_le_tu_chu) chỉ ghi cho đơn vị sự nghiệp công lập.",
    "Xóa dòng đó, hoặc sửa su_nghiep_cong_lap trong don-vi.yml.",
    "'{name}' không phải đơn vị sự nghiệp công lập (xem don-vi.yml), nên không ghi mức tự chủ ({field}). Hãy "
    "{remove}, hoặc sửa don-vi.yml.",
    {"name": "Văn phòng Sở", "field": "ty_le_tu_chu", "remove": "xóa dòng này"})
UNIT_NOT_LISTED = Code("unit-not-listed", Group.FIGURES, "Thiếu hẳn một đơn vị trong kỳ",
    "Tệp kết quả của kỳ (hay trang tính Đơn vị của tệp Excel) có các đơn vị khác nhưng không có mục (dòng) nào "
    "của một đơn vị đang hoạt động vào ngày chốt số liệu: đơn vị mới thêm vào don-vi.yml mà chưa thêm vào tệp "
    "kết quả, hoặc mục bị xóa nhầm. Nếu để vậy, số liệu của đơn vị biến mất khỏi trang web, nên số liệu không "
    "được công bố cho đến khi sửa.",
    "Thêm mục (dòng) của đơn vị vào tệp kết quả của kỳ: khi chưa có số liệu, chỉ cần dòng - ma: với mã đơn vị; "
    "nếu đơn vị không báo cáo kỳ này, ghi thêm tinh_trang: khong-bao-cao (trong Excel: chọn “Không báo cáo kỳ "
    "này” ở cột Tình trạng). Đơn vị mới: xem Ví dụ 6.",
    "Kỳ này không có {entry} của '{name}' (mã {unit}), đơn vị đang hoạt động vào ngày chốt số liệu ({end}). "
    "{why} {fix}",
    {"entry": "mục", "name": "Phòng chuyên môn B", "unit": "phong-b", "end": "31/12/2021",
     "why": "Đơn vị chưa có số liệu nào trong năm: nếu đơn vị vừa được thêm vào don-vi.yml, mỗi kỳ có đơn vị cần "
            "có mục của nó, kể cả khi chưa có số liệu.",
     "fix": "Hãy thêm vào don_vi, ngay trước mục của 'Văn phòng Sở' (dòng này), một dòng - ma: phong-b (thụt lề như "
            "dòng - ma của đơn vị khác); các số ghi sau, khi đơn vị gửi. Nếu đơn vị không báo cáo kỳ này, ghi thêm "
            "ngay dưới: tinh_trang: khong-bao-cao."})
UNIT_NOT_REPORTED_WITH_FIGURES = Code("unit-not-reported-with-figures", Group.FIGURES,
    "Đơn vị ghi không báo cáo mà vẫn có số liệu",
    "Đơn vị được ghi là không báo cáo kỳ này (tinh_trang: khong-bao-cao, trong Excel “Không báo cáo kỳ này”) "
    "nhưng vẫn có số liệu; không biết điều nào đúng.",
    "Nếu đơn vị có báo cáo, xóa tình trạng “không báo cáo”; nếu không, xóa các số liệu của đơn vị.",
    "'{name}' được ghi là không báo cáo kỳ này ({state}) nhưng vẫn có số liệu: {fields}. Nếu đơn vị có báo cáo, "
    "hãy bỏ tình trạng “không báo cáo”; nếu không, hãy xóa các số liệu đó.",
    {"name": "Phòng chuyên môn B", "state": "tinh_trang: khong-bao-cao", "fields": "tong_so"})
UNIT_MISSING_RESULTS = Code("unit-missing-results", Group.FIGURES, "Đơn vị chưa có số liệu trong kỳ",
    "Một đơn vị đang hoạt động vào ngày chốt số liệu có mục (dòng) trong kỳ nhưng các số còn để trống: chờ "
    "đơn vị gửi số liệu.",
    "Nhập số liệu của đơn vị khi có; trong lúc chờ, trang web ghi rõ còn thiếu đơn vị nào. Nếu đơn vị không báo "
    "cáo kỳ này, ghi tinh_trang: khong-bao-cao (trong Excel: “Không báo cáo kỳ này” ở cột Tình trạng).",
    "Chưa có số liệu của '{name}' ({unit}) trong kỳ này. Trang web sẽ hiện số liệu đã có của các đơn vị "
    "khác và nêu tên đơn vị còn thiếu (\"Chưa đủ số liệu\", trừ khi kết quả đã chắc chắn).{add}",
    {"name": "Văn phòng Sở", "unit": "van-phong", "add": ""}, severity=_W)
UNIT_FIGURES_MISSING = Code("unit-figures-missing", Group.FIGURES, "Đơn vị còn ô để trống",
    "Đơn vị đã có tổng số người, nhưng một số mục còn để trống (chờ điền).",
    "Điền các mục đó khi có; nếu kỳ này không báo cáo mục nào, xóa dòng của mục đó (trong Excel: để trống cột "
    "đó cho mọi đơn vị).",
    "'{name}' còn để trống: {fields}. Trang web sẽ nêu tên đơn vị là còn thiếu số liệu ở các chỉ tiêu cần "
    "các số này (\"Chưa đủ số liệu\", trừ khi kết quả đã chắc chắn).",
    {"name": "Văn phòng Sở", "fields": "danh_hieu_tap_the, de_nghi_tap_the_xuat_sac"}, severity=_W)
STAFF_MISSING = Code("staff-missing", Group.FIGURES, "Có số liệu mà chưa có tổng số người",
    "Đơn vị đã có số liệu khác nhưng tổng số người (tong_so) còn để trống; mọi tỷ lệ đều cần tổng số người.",
    "Điền tổng số người.",
    "'{name}' đã có số liệu nhưng chưa ghi tổng số người ({field}). Hãy điền {field}.",
    {"name": "Văn phòng Sở", "field": "tong_so"})
RATINGS_INCOMPLETE = Code("ratings-incomplete", Group.FIGURES, "Xếp loại chưa điền đủ bốn mức",
    "Trong xep_loai có mức đã điền, có mức còn để trống.",
    "Điền đủ bốn mức; ghi 0 cho mức không có ai.",
    "Xếp loại chưa điền đủ bốn mức (còn trống: {fields}). Hãy điền đủ; ghi 0 cho mức không có ai.",
    {"fields": "khong_hoan_thanh"})
OVER_CAP = Code("over-cap", Group.FIGURES, "Tỷ lệ vượt giới hạn theo quy định",
    "Tỷ lệ vượt mức tối đa mà quy định cho phép (ví dụ quá 15% Chiến sĩ thi đua cơ sở).",
    "Kiểm tra lại số liệu. Nếu đúng, vẫn được ghi: trang web đánh dấu ⚠ để Hội đồng xem xét.",
    "{who}: {share}, vượt giới hạn ({cap}). Trang web sẽ đánh dấu điều này; hãy kiểm tra lại số liệu.",
    {"who": "Toàn Sở (cộng chien_si_thi_dua_co_so của 5 phòng, đơn vị, không riêng mục này)", "share": "16,3%",
      "cap": "Chiến sĩ thi đua cơ sở không quá 15% số đạt danh hiệu Lao động tiên tiến"}, severity=_W)

# ---- units that begin or end during the year -----------------------------------------------------
UNIT_DATES_ORDER = Code("unit-dates-order", Group.UNITS, "Ngày kết thúc trước ngày bắt đầu",
    "Trong don-vi.yml, den_ngay của đơn vị sớm hơn tu_ngay.",
    "Kiểm tra lại hai ngày.",
    "'{name}' kết thúc ({end}) trước khi bắt đầu ({start}). Hãy kiểm tra lại tu_ngay và den_ngay.",
    {"name": "Phòng Quản lý chuyên ngành", "end": "01/07/2021", "start": "01/08/2021"})
UNIT_NOT_IN_PERIOD = Code("unit-not-in-period", Group.UNITS, "Số liệu của đơn vị chưa thành lập hoặc đã kết thúc",
    "Một kỳ ghi số liệu của đơn vị không còn (hoặc chưa) hoạt động vào ngày chốt số liệu của kỳ.",
    "Xóa số liệu của đơn vị khỏi kỳ này (người đã chuyển sang đơn vị mới thì ghi ở đơn vị mới), hoặc sửa "
    "tu_ngay/den_ngay trong don-vi.yml.",
    "'{name}' {when}, nên không có số liệu trong kỳ chốt ngày {end}. Hãy {remove} (người đã chuyển "
    "sang đơn vị khác thì ghi ở đơn vị đó), hoặc sửa tu_ngay/den_ngay trong don-vi.yml.",
    {"name": "Phòng chuyên môn B", "when": "kết thúc ngày 15/09/2021", "end": "31/12/2021",
     "remove": "xóa mục của đơn vị khỏi tệp kỳ này"})
