"""The catalogue of problem codes: each code's severity, group, title, meaning, fix and message, said once.

In the manner of frictionless-py's error classes: the checker names a code and fills the blanks of its
message; the Office guide lists every code from here, grouped the way a clerk looks for them. A code
missing from the catalogue cannot be reported (`make` raises KeyError), so nothing reaches the Office
that the guide does not explain.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType
from typing import Mapping

from .problems import Problem, Severity


class Group(Enum):
    """Where a clerk looks for a message, in the order the guide lists them."""

    TYPING = "Lỗi gõ YAML"
    FILES = "Tệp và thư mục"
    FIELDS = "Tên mục và giá trị"
    DATES = "Ngày tháng"
    CODES = "Mã không khớp"
    FIGURES = "Số liệu không khớp"
    EVIDENCE = "Thiếu căn cứ"


@dataclass(frozen=True)
class Code:
    code: str
    group: Group
    title: str  # a few words, as a heading in the guide
    meaning: str  # what happened, in the Office's words
    fix: str  # what to do
    template: str  # the message; {name} blanks are filled by the checker
    example: Mapping[str, str] = field(default_factory=dict)  # blanks for the guide's example message
    severity: Severity = Severity.ERROR

    @property
    def fields(self) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(self.template) if name}

    def message(self, **blanks: object) -> str:
        return self.template.format(**blanks).strip()

    def example_message(self) -> str:
        return self.message(**self.example)


_E, _W = Severity.ERROR, Severity.WARNING
_ID_RULE = "chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ van-phong"

_CODES = (
    # ---- typing YAML ------------------------------------------------------------------------------
    Code("yaml-syntax", Group.TYPING, "Sai cú pháp YAML",
         "Chương trình không đọc được tệp từ dòng này: thường do thụt lề, thiếu dấu hai chấm hoặc ngoặc kép "
         "chưa đóng.",
         "Đọc gợi ý trong thông báo, sửa dòng đó (và dòng ngay trên), rồi lưu lại.",
         "Tệp không đúng cú pháp YAML. {hint}",
         {"hint": "Có dấu ngoặc kép mở ở đây mà chưa đóng. Hãy kiểm tra cặp ngoặc kép \"…\"."}),
    Code("yaml-tab-indent", Group.TYPING, "Thụt lề bằng phím Tab",
         "Dòng được thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách.",
         "Xóa Tab, thụt lề bằng dấu cách (2 dấu cách mỗi cấp).",
         "Dòng này thụt lề bằng phím Tab. YAML chỉ chấp nhận dấu cách: hãy xóa Tab và thụt lề bằng dấu cách "
         "(2 dấu cách mỗi cấp)."),
    Code("yaml-duplicate-key", Group.TYPING, "Một mục ghi hai lần",
         "Cùng một tên mục xuất hiện hai lần trong một nhóm; chương trình không tự chọn lần nào đúng.",
         "Chỉ giữ một lần, gộp số liệu vào đó.",
         "Mục '{name}' xuất hiện hai lần (lần đầu ở dòng {first_line}). Chỉ giữ một lần và gộp số liệu vào đó; "
         "chương trình không tự chọn giúp.",
         {"name": "tong_so", "first_line": "7"}),
    Code("yaml-ambiguous-bool", Group.TYPING, "Giá trị dễ bị hiểu là có/không",
         "Các chữ như no, yes, on, off bị YAML đọc thành có/không.",
         "Viết true hoặc false nếu muốn ghi có/không; nếu là chữ, đặt trong ngoặc kép.",
         "Giá trị '{value}' dễ bị hiểu nhầm thành có/không. Nếu muốn ghi có/không, viết true hoặc false; "
         "nếu là chữ, đặt trong ngoặc kép: \"{value}\".",
         {"value": "no"}),
    Code("yaml-ambiguous-number", Group.TYPING, "Giá trị dễ bị đọc thành số khác",
         "Số có số 0 ở đầu (0123) hay dạng giờ (7:30) bị YAML đọc thành một số khác.",
         "Viết số thường không có số 0 ở đầu; nếu là chữ, đặt trong ngoặc kép.",
         "Giá trị '{value}' dễ bị đọc sai thành một số khác (ví dụ 0123 thành 83, 7:30 thành 450). Nếu là số, "
         "viết số thường không có số 0 ở đầu; nếu là chữ, đặt trong ngoặc kép: \"{value}\".",
         {"value": "0123"}),
    Code("yaml-anchor", Group.TYPING, "Dùng ký hiệu & hoặc *",
         "Ký hiệu & và * ở đầu giá trị có nghĩa riêng trong YAML; tệp số liệu không dùng chúng.",
         "Chép đầy đủ nội dung; nếu là chữ, đặt cả giá trị trong ngoặc kép.",
         "Không dùng ký hiệu & (đặt tên) hoặc * (dùng lại) ở đầu giá trị trong tệp số liệu: hãy chép đầy đủ nội "
         "dung. Nếu đó là chữ, đặt cả giá trị trong ngoặc kép \"…\"."),
    Code("yaml-tag", Group.TYPING, "Dùng nhãn !!",
         "Nhãn bắt đầu bằng ! đổi cách YAML đọc giá trị; tệp số liệu không dùng chúng.",
         "Xóa nhãn; muốn giá trị là chữ thì đặt trong ngoặc kép.",
         "Không dùng nhãn '{tag}' trong tệp số liệu; hãy xóa nó. Nếu muốn giá trị là chữ, đặt nó trong ngoặc "
         "kép \"…\".",
         {"tag": "!!str"}),
    Code("yaml-complex-key", Group.TYPING, "Tên mục không đơn giản",
         "Tên mục là một danh sách hay một nhóm, không phải một chữ.",
         "Viết tên mục là một chữ, dạng tên_mục: giá trị.",
         "Tên mục phải là một chữ đơn giản, dạng tên_mục: giá trị."),
    Code("text-control-char", Group.TYPING, "Ký tự điều khiển không nhìn thấy",
         "Có một ký tự vô hình lẫn vào chữ, thường do chép từ Word, PDF hoặc trang web.",
         "Gõ lại đoạn chữ quanh vị trí được báo.",
         "Dòng này có một ký tự điều khiển không nhìn thấy (mã {char}), thường do chép từ Word, PDF hoặc trang "
         "web. Hãy xóa ký tự đó (gõ lại đoạn chữ quanh vị trí này).",
         {"char": "U+0007"}),
    Code("text-not-nfc", Group.TYPING, "Chữ có dấu gõ kiểu tổ hợp",
         "Dấu tiếng Việt được gõ tách khỏi chữ (Unicode tổ hợp); chương trình đã tự chuyển về kiểu dựng sẵn.",
         "Không bắt buộc sửa; nên gõ lại bằng bộ gõ Unicode dựng sẵn.",
         "Chữ ở đây được gõ theo kiểu dấu tách rời (Unicode tổ hợp); chương trình đã tự chuyển sang kiểu dựng "
         "sẵn (NFC). Nên gõ lại bằng bộ gõ Unicode dựng sẵn.", severity=_W),
    # ---- files and folders ------------------------------------------------------------------------
    Code("file-encoding", Group.FILES, "Tệp không phải mã UTF-8",
         "Tệp được lưu bằng bảng mã khác (ví dụ Windows-1258 hay UTF-16), nên chữ tiếng Việt bị hỏng.",
         "Mở tệp, chọn lưu với mã UTF-8.",
         "Tệp không phải mã UTF-8, nên chữ tiếng Việt sẽ bị lỗi. Hãy lưu lại tệp với mã UTF-8."),
    Code("file-empty", Group.FILES, "Tệp trống",
         "Tệp không có nội dung, hoặc chỉ có ghi chú.",
         "Khôi phục nội dung của tệp (xem lịch sử của tệp trên GitHub).",
         "Tệp trống. Hãy khôi phục nội dung của tệp."),
    Code("file-missing", Group.FILES, "Thiếu tệp",
         "Một tệp bắt buộc của năm thi đua không có.",
         "Khôi phục tệp đó (xem lịch sử của thư mục trên GitHub).",
         "Thiếu tệp {name} trong thư mục {folder}. Hãy khôi phục tệp này.",
         {"name": "don-vi.yml", "folder": "2021"}),
    Code("file-unreadable", Group.FILES, "Không đọc được tệp",
         "Đường dẫn là một thư mục, hoặc tệp bị hỏng.",
         "Làm theo gợi ý trong thông báo.",
         "Không đọc được tệp này: {reason}",
         {"reason": "tệp hỏng, hoặc là một liên kết tới tệp không còn. Hãy tạo lại tệp."}),
    Code("file-unexpected", Group.FILES, "Tệp nằm sai chỗ hoặc sai tên",
         "Chương trình chỉ đọc các tệp có tên và vị trí quy định, nên tệp này bị bỏ qua.",
         "Đổi tên hoặc chuyển tệp theo gợi ý.",
         "Tệp này không được đọc: {hint}",
         {"hint": "chương trình chỉ đọc tệp có đuôi .yml. Hãy đổi tên thành ca-nam.yml."}),
    Code("no-campaign", Group.FILES, "Không có năm thi đua nào",
         "Thư mục số liệu không có thư mục năm (ví dụ 2021).",
         "Khôi phục thư mục của năm.",
         "Không tìm thấy thư mục năm nào (ví dụ 2021) trong thư mục số liệu."),
    Code("year-mismatch", Group.FILES, "Năm không khớp tên thư mục",
         "Năm ghi trong chien-dich.yml khác tên thư mục chứa nó.",
         "Sửa năm cho đúng, hoặc chuyển tệp vào thư mục của năm đó.",
         "Năm trong tệp ({year}) khác tên thư mục ({folder}). Hãy sửa năm cho đúng, hoặc đặt tệp vào thư mục "
         "của năm đó.",
         {"year": "2022", "folder": "2021"}),
    # ---- keys and values --------------------------------------------------------------------------
    Code("schema-unknown-key", Group.FIELDS, "Tên mục không có trong mẫu",
         "Tên mục viết sai chính tả, hoặc mục không dùng ở chỗ này.",
         "Sửa tên theo gợi ý “Có phải ý bạn là…”, hoặc xóa mục thừa.",
         "Mục '{name}' không dùng được ở đây.{suggestion} Hãy sửa tên mục, hoặc xóa nếu thừa. Các mục được dùng "
         "ở đây: {known}.",
         {"name": "tong_s", "suggestion": " Có phải ý bạn là 'tong_so'?", "known": "ma, tong_so, xep_loai"}),
    Code("schema-required", Group.FIELDS, "Thiếu mục bắt buộc",
         "Một mục phải có ở đây nhưng chưa có (hoặc bị viết sai tên).",
         "Thêm mục đó với giá trị đúng.",
         "Thiếu mục '{name}'. {description}",
         {"name": "tong_so", "description": "Tổng số người của đơn vị trong kỳ."}),
    Code("schema-type", Group.FIELDS, "Giá trị sai kiểu",
         "Ở đây cần một số, một chữ, true/false hay một danh sách, nhưng giá trị ghi vào là kiểu khác.",
         "Ghi lại giá trị đúng kiểu được nêu trong thông báo.",
         "{subject} không đúng kiểu: ở đây cần {wanted}.{hint}",
         {"subject": "Giá trị '12,5'", "wanted": "một số (ví dụ 22.5)",
          "hint": " Số thập phân viết bằng dấu chấm: 12.5."}),
    Code("schema-enum", Group.FIELDS, "Giá trị không có trong danh sách",
         "Mục này chỉ nhận một số giá trị cố định.",
         "Chọn một trong các giá trị được liệt kê.",
         "{subject} không hợp lệ.{suggestion} Chỉ được dùng: {allowed}.",
         {"subject": "Giá trị 'hoan-thanh-tott'", "suggestion": " Có phải ý bạn là 'hoan-thanh-tot'?",
          "allowed": "chua-thuc-hien, dang-thuc-hien, hoan-thanh"}),
    Code("schema-id-format", Group.FIELDS, "Mã viết sai dạng",
         f"Mã (ma) {_ID_RULE}.",
         "Viết lại mã theo đúng dạng.",
         f"Mã '{{value}}' không đúng dạng: {_ID_RULE}.",
         {"value": "Phòng A"}),
    Code("schema-range", Group.FIELDS, "Số ngoài khoảng cho phép",
         "Số nhỏ hơn mức nhỏ nhất hoặc lớn hơn mức lớn nhất được phép (ví dụ số người âm).",
         "Kiểm tra lại con số.",
         "Giá trị {value} không hợp lệ: giá trị {bound} được phép là {limit}.",
         {"value": "-1", "bound": "nhỏ nhất", "limit": "0"}),
    Code("percent-out-of-range", Group.FIELDS, "Phần trăm ngoài 0–100",
         "Phần trăm phải từ 0 đến 100.",
         "Ghi số từ 0 đến 100, không kèm dấu %.",
         "Phần trăm {value} nằm ngoài khoảng 0–100. Hãy ghi số từ 0 đến 100, không kèm dấu %.",
         {"value": "245"}),
    Code("schema-empty", Group.FIELDS, "Để trống mục bắt buộc",
         "Một mục không được để trống (tên rỗng, danh sách rỗng).",
         "Điền nội dung cho mục đó.",
         "Mục này không được để trống."),
    Code("schema-duplicate-item", Group.FIELDS, "Phần tử lặp lại trong danh sách",
         "Một danh sách có hai phần tử giống nhau.",
         "Xóa phần tử thừa.",
         "Danh sách có phần tử bị lặp lại; hãy xóa phần tử thừa."),
    Code("schema-invalid", Group.FIELDS, "Giá trị không hợp lệ",
         "Giá trị không đúng với mẫu số liệu ở chỗ này.",
         "Đọc mô tả của mục trong thông báo và sửa theo đó.",
         "{subject} không hợp lệ. {description}",
         {"subject": "Giá trị 'mot'", "description": "Số việc cần xong (hoặc tat-ca), hay số đếm tối thiểu."}),
    # ---- dates ------------------------------------------------------------------------------------
    Code("schema-date-format", Group.DATES, "Ngày viết sai dạng",
         "Ngày phải viết dạng ngày/tháng/năm với 2 chữ số ngày, 2 chữ số tháng, 4 chữ số năm.",
         "Viết lại, ví dụ 05/06/2021.",
         "Ngày '{value}' phải viết dạng ngày/tháng/năm: 2 chữ số ngày, 2 chữ số tháng, 4 chữ số năm, ví dụ "
         "05/06/2021.",
         {"value": "5/6/2021"}),
    Code("date-invalid", Group.DATES, "Ngày không có trên lịch",
         "Ngày đúng dạng nhưng không có thật (ví dụ 31/06).",
         "Kiểm tra lại ngày và tháng.",
         "Ngày '{value}' không có trên lịch. Hãy kiểm tra lại ngày và tháng.",
         {"value": "31/06/2021"}),
    Code("date-outside-campaign", Group.DATES, "Ngày ngoài thời gian thi đua",
         "Ngày trước khi phát động hoặc sau khi hết thời gian thi đua.",
         "Kiểm tra lại năm và tháng của ngày.",
         "Ngày {day} {where}.",
         {"day": "15/03/2020", "where": "trước khi phát động thi đua (tháng 01/2021)"}),
    Code("date-after-period", Group.DATES, "Ngày sau ngày chốt số liệu của kỳ",
         "Một việc hay văn bản ghi trong kỳ này lại có ngày sau ngày chốt số liệu của kỳ.",
         "Ghi vào tệp của kỳ sau, hoặc sửa ngày.",
         "Ngày {day} sau ngày chốt số liệu của kỳ ({end}). Hãy ghi vào kỳ sau, hoặc kiểm tra lại ngày.",
         {"day": "15/07/2021", "end": "30/06/2021"}),
    Code("period-order", Group.DATES, "Kỳ báo cáo sai thứ tự",
         "Các kỳ báo cáo trong chien-dich.yml phải xếp theo thời gian.",
         "Xếp lại các kỳ, hoặc sửa ngày chốt.",
         "Các kỳ báo cáo phải xếp theo thứ tự thời gian: kỳ này kết thúc không sau kỳ trước."),
    # ---- codes that do not match ------------------------------------------------------------------
    Code("unknown-unit", Group.CODES, "Mã đơn vị không có",
         "Mã đơn vị không có trong don-vi.yml (thường do gõ sai).",
         "Sửa mã cho đúng, hoặc thêm đơn vị vào don-vi.yml.",
         "Không có đơn vị mã '{unit}' trong don-vi.yml. Hãy kiểm tra chính tả mã, hoặc thêm đơn vị vào "
         "don-vi.yml. Các mã hiện có: {known}.",
         {"unit": "phong-c", "known": "van-phong, phong-a, phong-b"}),
    Code("unknown-period", Group.CODES, "Kỳ báo cáo không có",
         "Mã kỳ (ky) của tệp kết quả không có trong chien-dich.yml.",
         "Sửa mã kỳ cho đúng.",
         "Kỳ báo cáo '{period}' không có trong chien-dich.yml. Các kỳ hiện có: {known}.",
         {"period": "ca-nam-2021", "known": "6-thang, ca-nam"}),
    Code("unknown-checklist", Group.CODES, "Danh mục không có",
         "Tên danh mục trong tệp kết quả không có trong chien-dich.yml.",
         "Sửa tên danh mục cho đúng.",
         "Danh mục '{checklist}' không có trong chien-dich.yml. Các danh mục hiện có: {known}.",
         {"checklist": "nhiem-vu", "known": "nhiem-vu-ubnd, tham-muu"}),
    Code("unknown-title", Group.CODES, "Danh hiệu không có",
         "Danh hiệu của cơ quan không có trong chien-dich.yml.",
         "Sửa mã danh hiệu cho đúng.",
         "Danh hiệu '{title}' không có trong chien-dich.yml. Các danh hiệu hiện có: {known}.",
         {"title": "van-hoa-2021", "known": "an-ninh-trat-tu, van-hoa"}),
    Code("unknown-organisation", Group.CODES, "Tổ chức không có",
         "Tổ chức được xếp loại không có trong chien-dich.yml.",
         "Sửa mã tổ chức cho đúng.",
         "Tổ chức '{organisation}' không có trong chien-dich.yml. Các tổ chức hiện có: {known}.",
         {"organisation": "doan-thanh-nien", "known": "chi-doan, cong-doan, dang-bo"}),
    Code("unknown-content-item", Group.CODES, "Nội dung thi đua không có",
         "Số thứ tự nội dung thi đua nằm ngoài các nội dung của văn bản.",
         "Ghi số của nội dung trong mục III của văn bản.",
         "Không có nội dung thi đua số {number}; các nội dung được đánh số từ {first} đến {last}.",
         {"number": "11", "first": "1", "last": "10"}),
    Code("unknown-reference", Group.CODES, "Chỉ tiêu dùng mã không có",
         "Một chỉ tiêu trong chien-dich.yml nhắc tới danh mục, danh hiệu hay giới hạn chưa được khai báo.",
         "Sửa mã, hoặc khai báo thêm mục được nhắc tới.",
         "Chỉ tiêu {target} dùng {what} '{ref}' nhưng không có {what} nào mang mã này. Các mã hiện có: {known}.",
         {"target": "II.1a", "what": "danh mục", "ref": "tham-muu-2", "known": "tham-muu, nhiem-vu-ubnd"}),
    Code("duplicate-id", Group.CODES, "Mã bị trùng",
         "Hai chỉ tiêu, hai kỳ hay hai đơn vị dùng cùng một mã.",
         "Đặt cho mỗi mục một mã riêng.",
         "Mã {what} '{id}' bị trùng: mỗi {what} cần một mã riêng.",
         {"what": "đơn vị", "id": "phong-a"}),
    Code("duplicate-unit", Group.CODES, "Một đơn vị có hai lần số liệu",
         "Cùng một đơn vị được ghi hai lần trong một kỳ.",
         "Gộp lại thành một.",
         "Đơn vị '{unit}' có hai lần số liệu trong cùng kỳ. Hãy gộp lại thành một.",
         {"unit": "phong-a"}),
    Code("duplicate-item", Group.CODES, "Một việc ghi hai lần",
         "Cùng một mã việc xuất hiện hai lần trong một danh mục.",
         "Giữ một lần, hoặc đặt mã khác cho việc kia.",
         "Việc mã '{item}' xuất hiện hai lần trong danh mục '{checklist}'.",
         {"item": "nv-03", "checklist": "nhiem-vu-ubnd"}),
    Code("duplicate-period", Group.CODES, "Hai tệp cho một kỳ",
         "Hai tệp kết quả cùng ghi một kỳ báo cáo.",
         "Giữ một tệp cho mỗi kỳ.",
         "Đã có một tệp kết quả khác cho kỳ '{period}' ({other}). Mỗi kỳ chỉ một tệp.",
         {"period": "ca-nam", "other": "data/2021/ket-qua/ca-nam.yml"}),
    # ---- figures that do not agree ----------------------------------------------------------------
    Code("ratings-sum-mismatch", Group.FIGURES, "Cộng xếp loại không bằng tổng số người",
         "Cộng số người ở bốn mức xếp loại phải bằng tong_so.",
         "Kiểm tra lại từng mức và tổng số người.",
         "Cộng số người theo các mức xếp loại được {total}, nhưng tổng số người (tong_so) là {staff}. Hai số này "
         "phải bằng nhau.",
         {"total": "9", "staff": "10"}),
    Code("advanced-over-staff", Group.FIGURES, "Lao động tiên tiến nhiều hơn tổng số người",
         "Số Lao động tiên tiến không thể lớn hơn tổng số người.",
         "Kiểm tra lại hai số.",
         "Số Lao động tiên tiến ({advanced}) lớn hơn tổng số người ({staff}).",
         {"advanced": "11", "staff": "10"}),
    Code("advanced-over-good", Group.FIGURES, "Lao động tiên tiến nhiều hơn số hoàn thành tốt",
         "Danh hiệu Lao động tiên tiến chỉ xét cho người hoàn thành tốt nhiệm vụ trở lên.",
         "Kiểm tra lại số Lao động tiên tiến và xếp loại.",
         "Số Lao động tiên tiến ({advanced}) lớn hơn số người hoàn thành tốt nhiệm vụ trở lên ({good}); danh "
         "hiệu này chỉ xét cho người hoàn thành tốt trở lên.",
         {"advanced": "10", "good": "9"}),
    Code("soldiers-without-advanced", Group.FIGURES, "Có Chiến sĩ thi đua mà thiếu số Lao động tiên tiến",
         "Chiến sĩ thi đua cơ sở được chọn trong số Lao động tiên tiến, nên cần cả hai số.",
         "Ghi thêm lao_dong_tien_tien.",
         "Có số Chiến sĩ thi đua cơ sở nhưng thiếu số Lao động tiên tiến (lao_dong_tien_tien). Hãy ghi thêm "
         "số đó."),
    Code("soldiers-over-advanced", Group.FIGURES, "Chiến sĩ thi đua nhiều hơn Lao động tiên tiến",
         "Chiến sĩ thi đua cơ sở được chọn trong số Lao động tiên tiến.",
         "Kiểm tra lại hai số.",
         "Số Chiến sĩ thi đua cơ sở ({soldiers}) lớn hơn số Lao động tiên tiến ({advanced}); Chiến sĩ thi đua "
         "được chọn trong số Lao động tiên tiến.",
         {"soldiers": "3", "advanced": "2"}),
    Code("autonomy-not-applicable", Group.FIGURES, "Mức tự chủ của đơn vị không phải sự nghiệp công lập",
         "Mức tự chủ (ty_le_tu_chu) chỉ ghi cho đơn vị sự nghiệp công lập.",
         "Xóa dòng đó, hoặc sửa su_nghiep_cong_lap trong don-vi.yml.",
         "'{name}' không phải đơn vị sự nghiệp công lập (xem don-vi.yml), nên không ghi mức tự chủ. Hãy xóa "
         "dòng này hoặc sửa don-vi.yml.",
         {"name": "Văn phòng Sở"}),
    Code("unit-missing-results", Group.FIGURES, "Đơn vị chưa có số liệu trong kỳ",
         "Tệp kết quả của kỳ chưa có số liệu của một đơn vị trong don-vi.yml.",
         "Nhập số liệu của đơn vị khi có; trong lúc chờ, trang web ghi rõ còn thiếu đơn vị nào.",
         "Chưa có số liệu của '{name}' ({unit}) trong kỳ này; các chỉ tiêu liên quan sẽ hiện \"Chưa có số liệu\".",
         {"name": "Văn phòng Sở", "unit": "van-phong"}, severity=_W),
    Code("over-cap", Group.FIGURES, "Tỷ lệ vượt giới hạn theo quy định",
         "Tỷ lệ vượt mức tối đa mà quy định cho phép (ví dụ quá 15% Chiến sĩ thi đua cơ sở).",
         "Kiểm tra lại số liệu. Nếu đúng, vẫn được ghi: trang web đánh dấu ⚠ để Hội đồng xem xét.",
         "{who}: {share}, vượt giới hạn ({cap}). Trang web sẽ đánh dấu điều này; hãy kiểm tra lại số liệu.",
         {"who": "Toàn cơ quan", "share": "16,3%",
          "cap": "Chiến sĩ thi đua cơ sở không quá 15% số đạt danh hiệu Lao động tiên tiến"}, severity=_W),
    # ---- missing evidence -------------------------------------------------------------------------
    Code("done-without-evidence", Group.EVIDENCE, "Hoàn thành mà chưa có căn cứ",
         "Việc ghi hoan-thanh phải có văn bản chứng minh (số và ngày).",
         "Thêm mục can_cu với so và ngay của văn bản.",
         "Việc '{name}' ghi là hoàn thành nhưng chưa có căn cứ. Hãy thêm mục can_cu với số và ngày của văn bản "
         "chứng minh.",
         {"name": "Nhiệm vụ 3"}),
    Code("earned-without-decision", Group.EVIDENCE, "Đạt danh hiệu mà chưa có quyết định",
         "Danh hiệu ghi dat: true phải có quyết định công nhận.",
         "Thêm mục quyet_dinh với so và ngay của quyết định.",
         "Ghi là đã đạt danh hiệu nhưng chưa có quyết định công nhận. Hãy thêm mục quyet_dinh với số và ngày "
         "của quyết định."),
)

CATALOGUE: Mapping[str, Code] = MappingProxyType({c.code: c for c in _CODES})


def make(code: str, file: str, line: int, column: int, **blanks: object) -> Problem:
    """The problem `code` at a place, its message filled from the catalogue."""
    entry = CATALOGUE[code]
    return Problem(file, line, column, code, entry.message(**blanks), entry.severity)
