"""Keys, values and dates: what the schemas and the calendar accept."""

from __future__ import annotations

from .code import _ID_RULE, Code, Group

# ---- keys and values --------------------------------------------------------------------------
SCHEMA_UNKNOWN_KEY = Code("schema-unknown-key", Group.FIELDS, "Tên mục không có trong mẫu",
    "Tên mục viết sai chính tả, hoặc mục không dùng ở chỗ này.",
    "Sửa tên theo gợi ý “Có phải ý bạn là…”, hoặc xóa mục thừa.",
    "Mục '{name}' không dùng được ở đây.{suggestion} Hãy sửa tên mục, hoặc xóa nếu thừa. Các mục được dùng "
    "ở đây: {known}.",
    {"name": "tong_s", "suggestion": " Có phải ý bạn là 'tong_so'?", "known": "ma, tong_so, xep_loai"})
SCHEMA_REQUIRED = Code("schema-required", Group.FIELDS, "Thiếu mục bắt buộc",
    "Một mục phải có ở đây nhưng chưa có (hoặc bị viết sai tên).",
    "Thêm mục đó với giá trị đúng.",
    "Thiếu mục '{name}'. {description}",
    {"name": "tong_so", "description": "Tổng số người của đơn vị trong kỳ."})
SCHEMA_TYPE = Code("schema-type", Group.FIELDS, "Giá trị sai kiểu",
    "Ở đây cần một số, một chữ, true/false hay một danh sách, nhưng giá trị ghi vào là kiểu khác.",
    "Ghi lại giá trị đúng kiểu được nêu trong thông báo.",
    "{subject} không đúng kiểu: ở đây cần {wanted}.{hint}",
    {"subject": "Giá trị '12,5'", "wanted": "một số (ví dụ 22.5)",
      "hint": " Số thập phân viết bằng dấu chấm: 12.5."})
SCHEMA_ENUM = Code("schema-enum", Group.FIELDS, "Giá trị không có trong danh sách",
    "Mục này chỉ nhận một số giá trị cố định.",
    "Chọn một trong các giá trị được liệt kê.",
    "{subject} không hợp lệ.{suggestion} Chỉ được dùng: {allowed}.",
    {"subject": "Giá trị 'hoan-thanh-tott'", "suggestion": " Có phải ý bạn là 'hoan-thanh-tot'?",
      "allowed": "chua-thuc-hien, dang-thuc-hien, hoan-thanh"})
SCHEMA_ID_FORMAT = Code("schema-id-format", Group.FIELDS, "Mã viết sai dạng",
    f"Mã (ma) {_ID_RULE}; riêng mã chỉ tiêu gồm chữ không dấu và số nối bằng dấu chấm, ví dụ II.3a. Mã không "
    "được có dấu cách hay ký tự xuống dòng.",
    "Viết lại mã theo đúng dạng.",
    "Mã '{value}' không đúng dạng: {rule}.",
    {"value": "Phòng A", "rule": _ID_RULE})
SCHEMA_RANGE = Code("schema-range", Group.FIELDS, "Số ngoài khoảng cho phép",
    "Số nhỏ hơn mức nhỏ nhất hoặc lớn hơn mức lớn nhất được phép (ví dụ số người âm).",
    "Kiểm tra lại con số.",
    "{subject} không hợp lệ: giá trị {bound} được phép là {limit}.",
    {"subject": "Giá trị -1", "bound": "nhỏ nhất", "limit": "0"})
PERCENT_OUT_OF_RANGE = Code("percent-out-of-range", Group.FIELDS, "Phần trăm ngoài 0–100",
    "Phần trăm phải từ 0 đến 100.",
    "Ghi số từ 0 đến 100, không kèm dấu % (trong Excel: gõ 24,5 vào ô phần trăm).",
    "{subject} nằm ngoài khoảng 0–100%. {fix}",
    {"subject": "Phần trăm 245", "fix": "Hãy ghi số từ 0 đến 100, không kèm dấu %."})
TEXT_TOO_LONG = Code("text-too-long", Group.FIELDS, "Chữ quá dài",
    "Một tên hay một đoạn mô tả dài hơn mức cho phép của mục đó (thường do dán nhầm cả một đoạn văn bản).",
    "Rút gọn nội dung; tên chỉ cần ngắn gọn, nội dung dài thì tóm tắt.",
    "Nội dung ở đây dài {length} ký tự, quá mức {limit} ký tự của mục này. Hãy rút gọn (có thể đã dán nhầm "
    "cả một đoạn văn bản).",
    {"length": "1250", "limit": "300"})
TOO_MANY_ITEMS = Code("too-many-items", Group.FIELDS, "Danh sách quá dài",
    "Một danh sách (đơn vị, việc, hoạt động…) dài hơn mức cho phép của nó: thường do dán nhầm, hoặc do chép "
    "nhiều lần một phần của tệp.",
    "Kiểm tra lại danh sách, xóa phần dán nhầm. Nếu đúng là cần nhiều hơn, báo người phụ trách kỹ thuật.",
    "Danh sách {name} có {count} mục, quá mức {limit} mục cho phép, nên các mục của nó chưa được kiểm tra. "
    "Hãy xem lại danh sách (có thể đã dán nhầm).",
    {"name": "don_vi", "count": "30.000", "limit": "500"})
PERCENT_LOOKS_LIKE_FRACTION = Code("percent-looks-like-fraction", Group.FIELDS, "Phần trăm ghi như phân số",
    "Một tỷ lệ lớn hơn 0 và nhỏ hơn 1, như khi chép từ ô Excel định dạng phần trăm: 24,5% được lưu là 0.245. "
    "Ghi 0.245 ở đây nghĩa là 0,245%, nên trang web sẽ công bố 0,2% và chỉ tiêu 20% bị tính là chưa đạt. Vì gần "
    "như chắc chắn là ghi nhầm, số liệu không được công bố cho đến khi sửa hoặc xác nhận.",
    "Ghi số phần trăm (ví dụ 24.5 cho 24,5%). Nếu tỷ lệ thật sự dưới 1%, ghi thêm ngay dưới dòng đó "
    "xac_nhan_duoi_1_phan_tram với đúng con số ấy; trong Excel, gõ con số kèm dấu % (ví dụ 0,5%).",
    "{subject} lớn hơn 0 và nhỏ hơn 1, nên gần như chắc chắn là ghi nhầm: có phải ý bạn là {meant}%? {fix}",
    {"subject": "Tỷ lệ 0.245", "meant": "24,5",
     "fix": "Hãy ghi 24.5 (số phần trăm, không kèm dấu %). Nếu tỷ lệ đúng là 0,245%, dưới 1%, hãy ghi thêm ngay "
            "dưới dòng này: xac_nhan_duoi_1_phan_tram: 0.245"})
PERCENT_CONFIRMATION_MISMATCH = Code("percent-confirmation-mismatch", Group.FIELDS,
    "Dòng xác nhận tỷ lệ dưới 1% không khớp",
    "Dòng xac_nhan_duoi_1_phan_tram xác nhận một tỷ lệ thật sự dưới 1%, nên phải chép đúng con số của tỷ lệ bên "
    "cạnh. Tỷ lệ đã đổi (hoặc không còn dưới 1%) mà dòng xác nhận vẫn còn, nên không biết con số nào là đúng.",
    "Sửa dòng xác nhận cho đúng con số của tỷ lệ, hoặc xóa dòng xác nhận nếu tỷ lệ không dưới 1%.",
    "xac_nhan_duoi_1_phan_tram ghi {confirmed}, nhưng {field} {state}. Dòng xác nhận chỉ dùng cho một tỷ lệ thật "
    "sự dưới 1% và phải chép đúng con số đó: hãy sửa cho khớp, hoặc xóa dòng xác nhận.",
    {"confirmed": "0.5", "field": "ty_le_tu_chu", "state": "là 24.5"})
SCHEMA_EMPTY = Code("schema-empty", Group.FIELDS, "Để trống mục bắt buộc",
    "Một mục không được để trống (tên rỗng, danh sách rỗng).",
    "Điền nội dung cho mục đó.",
    "Mục này không được để trống.")
SCHEMA_DUPLICATE_ITEM = Code("schema-duplicate-item", Group.FIELDS, "Phần tử lặp lại trong danh sách",
    "Một danh sách có hai phần tử giống nhau.",
    "Xóa phần tử thừa.",
    "Danh sách có phần tử bị lặp lại; hãy xóa phần tử thừa.")
SCHEMA_INVALID = Code("schema-invalid", Group.FIELDS, "Giá trị không hợp lệ",
    "Giá trị không đúng với mẫu số liệu ở chỗ này.",
    "Đọc mô tả của mục trong thông báo và sửa theo đó.",
    "{subject} không hợp lệ. {description}",
    {"subject": "Giá trị 'mot'", "description": "Số việc cần xong (hoặc tat-ca), hay số đếm tối thiểu."})

# ---- dates ------------------------------------------------------------------------------------
SCHEMA_DATE_FORMAT = Code("schema-date-format", Group.DATES, "Ngày viết sai dạng",
    "Ngày phải viết dạng ngày/tháng/năm với 2 chữ số ngày, 2 chữ số tháng, 4 chữ số năm.",
    "Viết lại, ví dụ 05/06/2021.",
    "Ngày '{value}' phải viết dạng ngày/tháng/năm: 2 chữ số ngày, 2 chữ số tháng, 4 chữ số năm, ví dụ "
    "05/06/2021.",
    {"value": "5/6/2021"})
DATE_INVALID = Code("date-invalid", Group.DATES, "Ngày không có trên lịch",
    "Ngày đúng dạng nhưng không có thật (ví dụ 31/06).",
    "Kiểm tra lại ngày và tháng.",
    "Ngày '{value}' không có trên lịch. Hãy kiểm tra lại ngày và tháng.",
    {"value": "31/06/2021"})
DATE_OUTSIDE_CAMPAIGN = Code("date-outside-campaign", Group.DATES, "Ngày ngoài thời gian thi đua",
    "Ngày trước khi phát động hoặc sau khi hết thời gian thi đua.",
    "Kiểm tra lại năm và tháng của ngày.",
    "Ngày {day} {where}.",
    {"day": "15/03/2020", "where": "trước khi phát động thi đua (tháng 01/2021)"})
DATE_AFTER_PERIOD = Code("date-after-period", Group.DATES, "Ngày sau ngày chốt số liệu của kỳ",
    "Một việc hay văn bản ghi trong kỳ này lại có ngày sau ngày chốt số liệu của kỳ.",
    "Ghi vào tệp của kỳ sau, hoặc sửa ngày.",
    "Ngày {day} sau ngày chốt số liệu của kỳ ({end}). Hãy ghi vào kỳ sau, hoặc kiểm tra lại ngày.",
    {"day": "15/07/2021", "end": "30/06/2021"})
DECISION_AFTER_DEADLINE = Code("decision-after-deadline", Group.DATES, "Quyết định sau hạn chốt của kỳ",
    "Quyết định về kết quả của kỳ (danh hiệu, xếp loại tổ chức, khen thưởng) có ngày sau ngày chốt số liệu của "
    "kỳ, mà kỳ chưa có hạn chốt quyết định, hoặc đã quá hạn đó. Danh hiệu, xếp loại cả năm thường được quyết "
    "định vào tháng 1 năm sau: Văn phòng Sở ghi hạn chốt quyết định của kỳ (han_chot_quyet_dinh) trong "
    "chien-dich.yml, thường là ngày họp tổng kết; quyết định đến hết ngày đó được nhận.",
    "Nếu ngày đúng: ghi (hoặc dời) han_chot_quyet_dinh của kỳ trong chien-dich.yml theo kế hoạch tổng kết. Nếu "
    "ngày ghi nhầm: sửa ngày.",
    "Quyết định ngày {day} sau ngày chốt số liệu của kỳ ({end}){deadline}. {fix}",
    {"day": "15/01/2022", "end": "31/12/2021", "deadline": ", và kỳ chưa có hạn chốt quyết định",
     "fix": "Danh hiệu, xếp loại cả năm thường được quyết định vào tháng 1 năm sau: để nhận quyết định này, ghi "
            "hạn chốt quyết định của kỳ trong chien-dich.yml, mục ky_bao_cao, dòng han_chot_quyet_dinh (ví dụ ngày "
            "họp tổng kết), không sớm hơn 15/01/2022. Nếu ngày ghi nhầm, hãy sửa ngày."})
DEADLINE_BEFORE_PERIOD_END = Code("deadline-before-period-end", Group.DATES,
    "Hạn chốt quyết định sớm hơn ngày chốt số liệu",
    "han_chot_quyet_dinh của một kỳ là ngày cuối cùng nhận quyết định ký sau ngày chốt số liệu (den_ngay), nên "
    "không thể sớm hơn den_ngay.",
    "Sửa han_chot_quyet_dinh (thường là ngày họp tổng kết), hoặc xóa dòng đó nếu kỳ không nhận quyết định muộn.",
    "Hạn chốt quyết định {deadline} sớm hơn ngày chốt số liệu của kỳ ({end}). Hạn này là ngày cuối cùng nhận "
    "quyết định ký sau ngày {end}: hãy sửa lại, hoặc xóa dòng này nếu kỳ không nhận quyết định muộn.",
    {"deadline": "15/12/2021", "end": "31/12/2021"})
PERIOD_ORDER = Code("period-order", Group.DATES, "Kỳ báo cáo sai thứ tự",
    "Các kỳ báo cáo trong chien-dich.yml phải xếp theo thời gian.",
    "Xếp lại các kỳ, hoặc sửa ngày chốt.",
    "Các kỳ báo cáo phải xếp theo thứ tự thời gian: kỳ này kết thúc không sau kỳ trước.")
