"""Workbooks: a period's Excel file, its sheets, columns and cells."""

from __future__ import annotations

from .code import Code, Group

# ---- workbooks ----------------------------------------------------------------------------------
WORKBOOK_UNREADABLE = Code("workbook-unreadable", Group.WORKBOOK, "Không mở được tệp Excel",
    "Tệp không phải sổ làm việc Excel .xlsx, có mật khẩu, hoặc bị hỏng khi tải lên.",
    "Mở tệp trong Excel, bỏ mật khẩu nếu có, lưu lại dạng Excel Workbook (*.xlsx) rồi tải lên lại.",
    "Không mở được tệp Excel: {reason}",
    {"reason": "tệp có mật khẩu, hoặc là tệp Excel đời cũ (.xls) đổi tên thành .xlsx. Hãy bỏ mật khẩu, mở "
                "tệp và chọn File → Save As → Excel Workbook (*.xlsx)."})
WORKBOOK_UNSAFE = Code("workbook-unsafe", Group.WORKBOOK, "Tệp Excel không an toàn để mở",
    "Bên trong tệp có thứ mà Excel không bao giờ tự ghi ra: khai báo thực thể XML (DOCTYPE, ENTITY), hay các "
    "phần nén khai sai kích thước. Đó là cách làm một tệp nhỏ phình ra hàng tỷ lần khi mở, nên chương trình "
    "không mở tệp.",
    "Tải lại mẫu của kỳ từ trang Hướng dẫn, chép số liệu vào (chỉ các ô số liệu, dùng Paste Special → Values), "
    "lưu bằng Excel rồi tải lên lại.",
    "Tệp này không an toàn để mở: {reason} Hãy tải lại mẫu của kỳ, chép số liệu vào bằng Paste Special → "
    "Values, lưu bằng Excel rồi tải lên lại.",
    {"reason": "phần xl/worksheets/sheet1.xml có khai báo thực thể XML (DOCTYPE), thứ Excel không bao giờ "
                "ghi ra và có thể làm tệp phình ra hàng tỷ lần khi mở."})
WORKBOOK_TOO_LARGE = Code("workbook-too-large", Group.WORKBOOK, "Tệp Excel quá lớn",
    "Tệp lớn hơn nhiều so với mẫu của một kỳ (mẫu 500 đơn vị chỉ khoảng 100 KB), nên không được mở để "
    "kiểm tra.",
    "Tải lại mẫu của kỳ từ trang Hướng dẫn và chép số liệu vào; không chèn ảnh hay dữ liệu khác.",
    "Tệp Excel quá lớn để kiểm tra ({detail}). Hãy tải lại mẫu của kỳ từ trang Hướng dẫn, chép số liệu vào "
    "(chỉ các ô số liệu), rồi tải lên lại.",
    {"detail": "giải nén ra 312 MB, giới hạn 40 MB"})
WORKBOOK_FILE_NAME = Code("workbook-file-name", Group.WORKBOOK, "Tên tệp Excel không phải mã kỳ",
    "Tên tệp Excel kết quả phải là mã kỳ báo cáo, ví dụ ca-nam.xlsx, như tên mẫu tải về.",
    "Đổi tên tệp thành mã kỳ (xem ky_bao_cao trong chien-dich.yml) rồi tải lên lại.",
    "Tên tệp '{name}' không phải mã của một kỳ báo cáo (chữ thường không dấu, nối bằng gạch ngang, ví dụ "
    "ca-nam.xlsx). Hãy đặt lại đúng tên của mẫu đã tải về rồi tải lên lại.",
    {"name": "ca-nam (1).xlsx"})
WORKBOOK_AND_YAML = Code("workbook-and-yaml", Group.WORKBOOK, "Một kỳ có cả tệp Excel và tệp YAML",
    "Mỗi kỳ chỉ một nguồn số liệu: tệp Excel hoặc tệp YAML, không cả hai.",
    "Giữ tệp Excel vừa tải lên và xóa tệp YAML của kỳ (mẫu Excel đã chép sẵn số liệu của nó); hoặc xóa tệp "
    "Excel nếu muốn giữ YAML.",
    "Kỳ '{period}' có cả {yaml} và {workbook}; mỗi kỳ chỉ một nguồn số liệu. Nếu bạn vừa tải lên {workbook} "
    "(mẫu tải từ trang web đã chép sẵn mọi số liệu của {yaml}), hãy xóa {yaml} trong cùng nhánh; nếu muốn "
    "giữ tệp YAML, hãy xóa {workbook}. Trong lúc này, số liệu của kỳ được kiểm tra theo {workbook}.",
    {"period": "ca-nam", "yaml": "ca-nam.yml", "workbook": "ca-nam.xlsx"})
WORKBOOK_SHEET_MISSING = Code("workbook-sheet-missing", Group.WORKBOOK, "Thiếu trang tính",
    "Một trang tính của mẫu bị xóa hoặc bị đổi tên.",
    "Đặt lại đúng tên trang tính (nhấp đúp vào tên ở dưới cùng), hoặc tải lại mẫu.",
    "Thiếu trang tính '{name}'. Nếu đã đổi tên, hãy đặt lại đúng tên '{name}' (nhấp đúp vào tên trang tính "
    "ở dưới cùng); nếu đã xóa, hãy tải lại mẫu của kỳ và chép trang tính đó sang.",
    {"name": "Đơn vị"})
WORKBOOK_SHEET_UNKNOWN = Code("workbook-sheet-unknown", Group.WORKBOOK, "Trang tính không được đọc",
    "Tệp có một trang tính không thuộc mẫu, nên số liệu trong đó không được đọc.",
    "Chép số liệu sang đúng trang tính của mẫu rồi xóa trang tính thừa; hoặc đặt lại đúng tên.",
    "Trang tính '{name}' không thuộc mẫu nên không được đọc.{suggestion} Nếu trong đó có số liệu, hãy chép "
    "sang đúng trang tính ({known}); rồi xóa trang tính này.",
    {"name": "Sheet1", "suggestion": "", "known": "Đơn vị, Danh mục, Danh hiệu cơ quan, Xếp loại tổ chức, "
                                                  "Hoạt động, Khen thưởng"})
WORKBOOK_SHEET_DUPLICATE = Code("workbook-sheet-duplicate", Group.WORKBOOK, "Hai trang tính trùng tên",
    "Hai trang tính có tên đọc giống nhau (chỉ khác chữ hoa, chữ thường, dấu cách, hay cách gõ dấu tiếng "
    "Việt), nên không biết trang nào là trang của mẫu.",
    "Giữ một trang tính có số liệu đúng, xóa trang kia.",
    "Trang tính '{name}' trùng tên với trang tính '{first}' (chỉ khác cách gõ), nên chương trình chỉ đọc "
    "trang '{first}'. Hãy giữ một trang có số liệu đúng và xóa trang kia.",
    {"name": "Đơn vị", "first": "Đơn vị"})
WORKBOOK_HEADER_ROW = Code("workbook-header-row", Group.WORKBOOK, "Không tìm thấy dòng tiêu đề",
    "Trang tính không còn dòng tiêu đề của bảng (các tiêu đề bị xóa hoặc sửa hết).",
    "Chép lại dòng tiêu đề từ mẫu của kỳ.",
    "Không tìm thấy dòng tiêu đề của bảng (dòng có các ô {headers}…). Hãy chép lại dòng tiêu đề từ mẫu "
    "của kỳ, bắt đầu bằng ô '{first}'.",
    {"headers": "'Mã đơn vị', 'Tên đơn vị', 'Tổng số người'", "first": "Mã đơn vị"})
WORKBOOK_COLUMN_MISSING = Code("workbook-column-missing", Group.WORKBOOK, "Thiếu cột",
    "Tiêu đề của một cột bị xóa hoặc bị sửa, nên cột đó không được đọc.",
    "Ghi lại đúng tiêu đề ở dòng tiêu đề (xem mẫu của kỳ).",
    "Thiếu cột '{name}': tiêu đề của cột bị xóa hoặc bị sửa. Hãy ghi lại đúng tiêu đề '{name}' ở dòng tiêu "
    "đề, phía trên số liệu của cột đó.",
    {"name": "Hoàn thành tốt nhiệm vụ"})
WORKBOOK_COLUMN_UNKNOWN = Code("workbook-column-unknown", Group.WORKBOOK, "Tiêu đề cột không có trong mẫu",
    "Dòng tiêu đề có một tiêu đề không thuộc mẫu (gõ sai, hoặc cột thêm vào), nên cột đó không được đọc.",
    "Sửa tiêu đề theo gợi ý, hoặc xóa cột thừa.",
    "Cột '{name}' không thuộc mẫu nên không được đọc.{suggestion} Hãy sửa tiêu đề cho đúng mẫu, hoặc xóa "
    "cột này nếu thừa.",
    {"name": "Hoàn thành tôt nhiệm vụ", "suggestion": " Có phải là 'Hoàn thành tốt nhiệm vụ'?"})
WORKBOOK_FORMULA = Code("workbook-formula", Group.WORKBOOK, "Ô có công thức",
    "Ô số liệu chứa công thức; chương trình không tính công thức, chỉ đọc số gõ thẳng vào ô.",
    "Gõ thẳng con số; hoặc chọn ô, Copy, rồi Paste Special → Values.",
    "Ô này chứa công thức ({formula}); chương trình không tính công thức. Hãy gõ thẳng con số vào ô (hoặc "
    "chọn ô, Copy, rồi Paste Special → Values).",
    {"formula": "=SUM(D7:G7)"})
WORKBOOK_MERGED_CELLS = Code("workbook-merged-cells", Group.WORKBOOK, "Các ô bị gộp",
    "Các ô trong bảng bị gộp (Merge), nên không biết số thuộc ô nào.",
    "Bỏ gộp (Home → Merge & Center → Unmerge Cells) và ghi mỗi số vào ô của nó.",
    "Các ô {cells} đang bị gộp (Merge). Hãy bỏ gộp (Home → Merge & Center → Unmerge Cells) và ghi mỗi số vào "
    "ô của nó.",
    {"cells": "D7:E7"})
WORKBOOK_HIDDEN = Code("workbook-hidden", Group.WORKBOOK, "Dòng, cột hay trang tính bị ẩn",
    "Một phần có số liệu đang bị ẩn (Hide, bộ lọc, hay kéo thấp, kéo hẹp đến mức không còn nhìn thấy), nên người "
    "duyệt không thấy số liệu sẽ được đọc.",
    "Bỏ ẩn (chuột phải → Unhide) hoặc bỏ bộ lọc, kéo dòng, cột về độ rộng thường, kiểm tra lại số liệu rồi lưu.",
    "{what} đang bị ẩn nhưng vẫn được đọc. Hãy bỏ ẩn (chuột phải → Unhide) hoặc bỏ bộ lọc, kiểm tra lại số "
    "liệu ở đó rồi lưu.",
    {"what": "Dòng 7 (kéo thấp còn 0 điểm, nên không nhìn thấy)"})
WORKBOOK_NUMBER_FORMAT = Code("workbook-number-format", Group.WORKBOOK, "Ô hiện khác giá trị của nó",
    "Định dạng của ô (Format Cells → Number) làm ô hiện một con số hay chữ khác với giá trị thật của nó, hoặc "
    "không hiện gì. Người duyệt sẽ thấy một số, còn trang web đăng số khác.",
    "Chọn ô, Format Cells → Number → General (hoặc Percentage cho phần trăm, Date cho ngày), rồi kiểm tra lại "
    "số liệu.",
    "Ô này {shows}, nhưng giá trị thật của nó là {value}: định dạng của ô ({format}) làm ô hiện khác giá trị. "
    "Hãy chọn ô, Format Cells → Number → General (Percentage cho phần trăm, Date cho ngày), rồi kiểm tra lại "
    "số liệu.",
    {"shows": "hiện 2", "value": "3", "format": "\"2\""})
WORKBOOK_NUMBER_AS_TEXT = Code("workbook-number-as-text", Group.WORKBOOK, "Số lưu dưới dạng chữ",
    "Ô có con số nhưng Excel lưu nó dưới dạng chữ (ô có tam giác xanh ở góc, hoặc gõ kèm dấu ' ở đầu).",
    "Chọn ô, bấm vào dấu chấm than → Convert to Number; hoặc gõ lại con số.",
    "Ô '{name}' ghi '{value}' dưới dạng chữ, không phải số. Hãy chọn ô, bấm dấu chấm than bên cạnh → Convert "
    "to Number (Chuyển thành số), hoặc xóa ô rồi gõ lại con số (không gõ dấu ' ở đầu).",
    {"name": "Tổng số người", "value": "12"})
WORKBOOK_CELL_TYPE = Code("workbook-cell-type", Group.WORKBOOK, "Ô ghi sai loại giá trị",
    "Ô cần một con số, một ngày hay một lựa chọn trong danh sách, nhưng đang ghi thứ khác.",
    "Ghi lại đúng loại giá trị nêu trong thông báo.",
    "Ô '{name}' cần {wanted}, nhưng đang ghi '{value}'. Hãy ghi lại cho đúng.",
    {"name": "Tổng số người", "wanted": "một số nguyên từ 0 trở lên (ví dụ 12)", "value": "mười"})
WORKBOOK_CELL_REQUIRED = Code("workbook-cell-required", Group.WORKBOOK, "Ô bắt buộc để trống",
    "Dòng đã có số liệu nhưng một ô bắt buộc của dòng còn để trống.",
    "Điền ô đó, hoặc xóa cả dòng nếu thừa.",
    "Ô '{name}' không được để trống khi dòng đã có số liệu. Hãy điền ô này, hoặc xóa cả dòng nếu thừa.",
    {"name": "Mã việc"})
