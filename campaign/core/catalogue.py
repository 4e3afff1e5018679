"""The catalogue of problem codes: each code's severity, group, title, meaning, fix and message, said once.

In the manner of frictionless-py's error classes: the checker names a code and fills the blanks of its
message; the Office guide lists every code from here, grouped the way a clerk looks for them. Each code is a
constant named after it (YAML_SYNTAX for "yaml-syntax"), imported by name where it is reported: a misspelt
code fails at import, and nothing reaches the Office that the guide does not explain.
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
    WORKBOOK = "Tệp Excel"
    FILES = "Tệp và thư mục"
    FIELDS = "Tên mục và giá trị"
    DATES = "Ngày tháng"
    CODES = "Mã không khớp"
    FIGURES = "Số liệu không khớp"
    UNITS = "Đơn vị thành lập, sáp nhập, giải thể"
    EVIDENCE = "Thiếu căn cứ"
    ILLUSTRATIVE = "Số liệu minh họa và số liệu thật"
    WAITING = "Kiểm tra còn chờ"


@dataclass(frozen=True, eq=False)  # one object per code: equal only to itself
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


_E, _W, _N = Severity.ERROR, Severity.WARNING, Severity.NOTE
_ID_RULE = "chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ van-phong"

# ---- typing YAML ------------------------------------------------------------------------------
YAML_SYNTAX = Code("yaml-syntax", Group.TYPING, "Sai cú pháp YAML",
    "Chương trình không đọc được tệp từ dòng này: thường do thụt lề, thiếu dấu hai chấm hoặc ngoặc kép "
    "chưa đóng.",
    "Đọc gợi ý trong thông báo, sửa dòng đó (và dòng ngay trên), rồi lưu lại.",
    "Tệp không đúng cú pháp YAML. {hint}",
    {"hint": "Có dấu ngoặc kép mở ở đây mà chưa đóng. Hãy kiểm tra cặp ngoặc kép \"…\"."})
YAML_TAB_INDENT = Code("yaml-tab-indent", Group.TYPING, "Thụt lề bằng phím Tab",
    "Dòng được thụt lề bằng phím Tab; YAML chỉ chấp nhận dấu cách.",
    "Xóa Tab, thụt lề bằng dấu cách (2 dấu cách mỗi cấp).",
    "Dòng này thụt lề bằng phím Tab. YAML chỉ chấp nhận dấu cách: hãy xóa Tab và thụt lề bằng dấu cách "
    "(2 dấu cách mỗi cấp).")
YAML_DUPLICATE_KEY = Code("yaml-duplicate-key", Group.TYPING, "Một mục ghi hai lần",
    "Cùng một tên mục xuất hiện hai lần trong một nhóm; chương trình không tự chọn lần nào đúng.",
    "Chỉ giữ một lần, với số liệu đúng; xóa lần kia.",
    "'{name}' được ghi hai lần (lần đầu ở dòng {first_line}). Hãy giữ một lần, với số liệu đúng, và xóa lần kia; "
    "chương trình không tự chọn giúp.",
    {"name": "tong_so", "first_line": "7"})
YAML_AMBIGUOUS_BOOL = Code("yaml-ambiguous-bool", Group.TYPING, "Giá trị dễ bị hiểu là có/không",
    "Các chữ như no, yes, on, off bị YAML đọc thành có/không.",
    "Viết true hoặc false nếu muốn ghi có/không; nếu là chữ, đặt trong ngoặc kép.",
    "Giá trị '{value}' dễ bị hiểu nhầm thành có/không. Nếu muốn ghi có/không, viết true hoặc false; "
    "nếu là chữ, đặt trong ngoặc kép: \"{value}\".",
    {"value": "no"})
YAML_AMBIGUOUS_NUMBER = Code("yaml-ambiguous-number", Group.TYPING, "Giá trị dễ bị đọc thành số khác",
    "Số có số 0 ở đầu (0123) hay dạng giờ (7:30) bị YAML đọc thành một số khác.",
    "Viết số thường không có số 0 ở đầu; nếu là chữ, đặt trong ngoặc kép.",
    "Giá trị '{value}' dễ bị đọc sai thành một số khác (ví dụ 0123 thành 83, 7:30 thành 450). Nếu là số, "
    "viết số thường không có số 0 ở đầu; nếu là chữ, đặt trong ngoặc kép: \"{value}\".",
    {"value": "0123"})
NUMBER_TOO_LONG = Code("number-too-long", Group.TYPING, "Số quá dài",
    "Một số có nhiều chữ số hơn bất kỳ số liệu nào (thường do dán nhầm, hoặc số thập phân chưa làm tròn).",
    "Kiểm tra lại con số; làm tròn số thập phân, ví dụ 24.5.",
    "Số '{value}' có {digits} chữ số, quá dài: một số trong tệp số liệu có nhiều nhất {limit} chữ số. Hãy "
    "kiểm tra lại (có thể đã dán nhầm), và làm tròn số thập phân, ví dụ 24.5.",
    {"value": "24.50000000000000…", "digits": "17", "limit": "15"})
YAML_ANCHOR = Code("yaml-anchor", Group.TYPING, "Dùng ký hiệu & hoặc *",
    "Ký hiệu & và * ở đầu giá trị có nghĩa riêng trong YAML; tệp số liệu không dùng chúng.",
    "Chép đầy đủ nội dung; nếu là chữ, đặt cả giá trị trong ngoặc kép.",
    "Không dùng ký hiệu & (đặt tên) hoặc * (dùng lại) ở đầu giá trị trong tệp số liệu: hãy chép đầy đủ nội "
    "dung. Nếu đó là chữ, đặt cả giá trị trong ngoặc kép \"…\".")
YAML_TAG = Code("yaml-tag", Group.TYPING, "Dùng nhãn !!",
    "Nhãn bắt đầu bằng ! đổi cách YAML đọc giá trị; tệp số liệu không dùng chúng.",
    "Xóa nhãn; muốn giá trị là chữ thì đặt trong ngoặc kép.",
    "Không dùng nhãn '{tag}' trong tệp số liệu; hãy xóa nó. Nếu muốn giá trị là chữ, đặt nó trong ngoặc "
    "kép \"…\".",
    {"tag": "!!str"})
YAML_COMPLEX_KEY = Code("yaml-complex-key", Group.TYPING, "Tên mục không đơn giản",
    "Tên mục là một danh sách hay một nhóm, không phải một chữ.",
    "Viết tên mục là một chữ, dạng tên_mục: giá trị.",
    "Tên mục phải là một chữ đơn giản, dạng tên_mục: giá trị.")
YAML_ODD_INDENT = Code("yaml-odd-indent", Group.TYPING, "Thụt lề bằng dấu cách đặc biệt",
    "Đầu dòng có một ký tự trông như dấu cách nhưng không phải (thường là dấu cách không ngắt, do chép từ "
    "Word hay trang web). YAML không coi nó là dấu cách, nên cả tệp bị đọc sai từ dòng này.",
    "Xóa hết khoảng trắng ở đầu dòng, rồi gõ lại bằng phím cách (2 dấu cách mỗi cấp).",
    "Dòng này thụt lề bằng {char}: trông như dấu cách nhưng YAML không coi là dấu cách. Hãy xóa hết khoảng "
    "trắng ở đầu dòng rồi gõ lại bằng phím cách (2 dấu cách mỗi cấp).",
    {"char": "dấu cách không ngắt – non-breaking space – của Word hay trang web (mã U+00A0)"})
TEXT_CONTROL_CHAR = Code("text-control-char", Group.TYPING, "Ký tự điều khiển không nhìn thấy",
    "Có một ký tự điều khiển vô hình lẫn vào chữ (phím Tab, ngắt dòng của Word, ký tự Escape…), do chép từ "
    "Word, PDF, trang web, hoặc do viết mã như \\e, \\0, \\x07 trong ngoặc kép.",
    "Xóa ký tự đó: gõ lại đoạn chữ quanh vị trí được báo.",
    "Chữ ở đây có một ký tự điều khiển không nhìn thấy: {char}. Ký tự này thường lẫn vào khi chép từ Word, "
    "PDF hoặc trang web, hoặc do viết mã như \\e, \\0, \\x07 trong ngoặc kép. Hãy xóa nó (gõ lại đoạn chữ quanh "
    "vị trí này).",
    {"char": "ngắt dòng của Word, do phím Shift+Enter (mã U+000B)"})
TEXT_INVISIBLE_CHAR = Code("text-invisible-char", Group.TYPING, "Ký tự vô hình hoặc đảo chiều chữ",
    "Có một ký tự không nhìn thấy lẫn vào chữ: dấu cách độ rộng 0, ký tự nối, hay ký tự đảo chiều chữ "
    "(thường do chép từ ứng dụng nhắn tin, Word hay trang web). Những ký tự này làm hai tên trông giống "
    "nhau mà khác nhau, hoặc làm chữ hiện ngược, nên không được dùng.",
    "Xóa ký tự đó: gõ lại đoạn chữ quanh vị trí được báo.",
    "Chữ ở đây có một ký tự không nhìn thấy: {char}. Ký tự này làm chữ trông giống mà khác (hoặc hiện ngược), "
    "nên không được dùng. Hãy xóa nó (gõ lại đoạn chữ quanh vị trí này).",
    {"char": "dấu cách độ rộng 0 – zero-width space (mã U+200B)"})
TEXT_ODD_SPACE = Code("text-odd-space", Group.TYPING, "Dấu cách đặc biệt trong chữ",
    "Chữ có một dấu cách đặc biệt (thường là dấu cách không ngắt của Word hay trang web) thay cho dấu cách "
    "thường; chương trình đã tự đổi thành dấu cách thường.",
    "Không bắt buộc sửa; nên gõ lại dấu cách đó bằng phím cách.",
    "Chữ ở đây có {char} thay cho dấu cách thường; chương trình đã tự đổi thành dấu cách thường. Nên gõ lại "
    "dấu cách đó bằng phím cách.",
    {"char": "dấu cách không ngắt – non-breaking space – của Word hay trang web (mã U+00A0)"}, severity=_W)
TEXT_CURLY_QUOTES = Code("text-curly-quotes", Group.TYPING, "Ngoặc kép cong quanh giá trị",
    "Giá trị được đặt trong dấu ngoặc cong “ ” hoặc ‘ ’ (thường do Word hay điện thoại tự đổi). YAML không "
    "coi đó là dấu ngoặc, nên chúng sẽ hiện nguyên trên trang web, và số hay true/false bị đọc thành chữ.",
    "Thay bằng ngoặc kép thẳng \"…\" (phím Shift và phím '), hoặc bỏ đi nếu không cần.",
    "Giá trị được đặt trong dấu ngoặc cong {quotes}. YAML không coi đó là dấu ngoặc: trang web sẽ hiện cả "
    "hai dấu. Hãy thay bằng ngoặc kép thẳng \"…\" (phím Shift và phím '), hoặc bỏ đi nếu không cần.",
    {"quotes": "“…”"})
TEXT_FORMULA_START = Code("text-formula-start", Group.TYPING, "Chữ bắt đầu như công thức Excel",
    "Chữ bắt đầu bằng =, +, - hoặc @, như một công thức Excel (có thể đã chép nhầm công thức thay cho giá "
    "trị). Trang web và tệp CSV tải về vẫn hiện nó nguyên văn dạng chữ, không bao giờ chạy công thức.",
    "Nếu không cố ý, sửa lại chữ; nếu cố ý, có thể bỏ qua cảnh báo này.",
    "Chữ ở đây bắt đầu bằng '{char}', như một công thức Excel (có thể đã chép nhầm công thức thay cho giá "
    "trị). Trang web và tệp CSV vẫn hiện nguyên văn dạng chữ, không chạy công thức; nếu không cố ý, hãy "
    "sửa lại.",
    {"char": "="}, severity=_W)
TEXT_NOT_NFC = Code("text-not-nfc", Group.TYPING, "Chữ có dấu gõ kiểu tổ hợp",
    "Dấu tiếng Việt được gõ tách khỏi chữ (Unicode tổ hợp); chương trình đã tự chuyển về kiểu dựng sẵn.",
    "Không bắt buộc sửa; nên gõ lại bằng bộ gõ Unicode dựng sẵn.",
    "Chữ ở đây được gõ theo kiểu dấu tách rời (Unicode tổ hợp); chương trình đã tự chuyển sang kiểu dựng "
    "sẵn (NFC). Nên gõ lại bằng bộ gõ Unicode dựng sẵn.", severity=_W)
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
# ---- codes that do not match ------------------------------------------------------------------
UNKNOWN_UNIT = Code("unknown-unit", Group.CODES, "Mã đơn vị không có",
    "Mã đơn vị không có trong don-vi.yml (thường do gõ sai).",
    "Sửa mã cho đúng, hoặc thêm đơn vị vào don-vi.yml.",
    "Không có đơn vị mã '{unit}' trong don-vi.yml. Hãy kiểm tra chính tả mã, hoặc thêm đơn vị vào "
    "don-vi.yml. Các mã hiện có: {known}.",
    {"unit": "phong-c", "known": "van-phong, phong-a, phong-b"})
UNKNOWN_PERIOD = Code("unknown-period", Group.CODES, "Kỳ báo cáo không có",
    "Mã kỳ (ky) của tệp kết quả không có trong chien-dich.yml.",
    "Sửa mã kỳ cho đúng.",
    "Kỳ báo cáo '{period}' không có trong chien-dich.yml. Các kỳ hiện có: {known}.",
    {"period": "ca-nam-2021", "known": "6-thang, ca-nam"})
UNKNOWN_CHECKLIST = Code("unknown-checklist", Group.CODES, "Danh mục không có",
    "Tên danh mục trong tệp kết quả không có trong chien-dich.yml.",
    "Sửa tên danh mục cho đúng.",
    "Danh mục '{checklist}' không có trong chien-dich.yml. Các danh mục hiện có: {known}.",
    {"checklist": "nhiem-vu", "known": "nhiem-vu-ubnd, tham-muu"})
UNKNOWN_TITLE = Code("unknown-title", Group.CODES, "Danh hiệu không có",
    "Danh hiệu của cơ quan không có trong chien-dich.yml.",
    "Sửa mã danh hiệu cho đúng.",
    "Danh hiệu '{title}' không có trong chien-dich.yml. Các danh hiệu hiện có: {known}.",
    {"title": "van-hoa-2021", "known": "an-ninh-trat-tu, van-hoa"})
UNKNOWN_ORGANISATION = Code("unknown-organisation", Group.CODES, "Tổ chức không có",
    "Tổ chức được xếp loại không có trong chien-dich.yml.",
    "Sửa mã tổ chức cho đúng.",
    "Tổ chức '{organisation}' không có trong chien-dich.yml. Các tổ chức hiện có: {known}.",
    {"organisation": "doan-thanh-nien", "known": "chi-doan, cong-doan, dang-bo"})
UNKNOWN_CONTENT_ITEM = Code("unknown-content-item", Group.CODES, "Nội dung thi đua không có",
    "Số thứ tự nội dung thi đua nằm ngoài các nội dung của văn bản.",
    "Ghi số của nội dung trong mục III của văn bản.",
    "Không có nội dung thi đua số {number}; các nội dung được đánh số từ {first} đến {last}.",
    {"number": "11", "first": "1", "last": "10"})
UNKNOWN_REFERENCE = Code("unknown-reference", Group.CODES, "Chỉ tiêu dùng mã không có",
    "Một chỉ tiêu trong chien-dich.yml nhắc tới danh mục, danh hiệu hay giới hạn chưa được khai báo.",
    "Sửa mã, hoặc khai báo thêm mục được nhắc tới.",
    "Chỉ tiêu {target} dùng {what} '{ref}' nhưng không có {what} nào mang mã này. Các mã hiện có: {known}.",
    {"target": "II.1a", "what": "danh mục", "ref": "tham-muu-2", "known": "tham-muu, nhiem-vu-ubnd"})
DUPLICATE_ID = Code("duplicate-id", Group.CODES, "Mã bị trùng",
    "Hai chỉ tiêu, hai kỳ, hai đơn vị (hay hai danh mục, danh hiệu, tổ chức, giới hạn) dùng cùng một mã. Hai "
    "mã chỉ khác nhau ở chữ hoa, chữ thường hoặc dấu (II.3a và ii.3A) cũng là một mã: trên trang web chúng "
    "là cùng một trang.",
    "Đặt cho mỗi mục một mã riêng.",
    "Mã {what} '{id}' trùng với {other}: mỗi {what} cần một mã riêng.",
    {"what": "chỉ tiêu", "id": "ii.3A",
      "other": "mã 'II.3a' ở dòng 120 (chỉ khác chữ hoa, chữ thường hoặc dấu, nên là cùng một mã)"})
RESERVED_ID = Code("reserved-id", Group.CODES, "Mã trùng tên dành riêng",
    "Mỗi chỉ tiêu, kỳ báo cáo và đơn vị có một trang mang tên mã của nó. Một số tên đã có chủ: index là tên "
    "trang danh sách của thư mục, con, nul, aux, prn, com1… là tên Windows dành riêng.",
    "Đặt mã khác.",
    "Mã {what} '{id}' không dùng được: {reason}. Hãy đặt mã khác.",
    {"what": "đơn vị", "id": "index",
      "reason": "trang web đã dùng tên 'index' cho trang danh sách các phòng, đơn vị, nên trang này sẽ thay mất "
                "trang đó"})
DUPLICATE_UNIT = Code("duplicate-unit", Group.CODES, "Một đơn vị có hai lần số liệu",
    "Cùng một đơn vị được ghi hai lần trong một kỳ; chương trình không tự chọn lần nào đúng.",
    "Giữ một lần, với số liệu đúng, và xóa lần kia.",
    "'{name}' (mã {unit}) được ghi hai lần trong cùng kỳ: {rows}. Hãy giữ một lần, với số liệu đúng, và xóa lần "
    "kia.",
    {"name": "Phòng chuyên môn A", "unit": "phong-a", "rows": "dòng 16 và dòng 40"})
DUPLICATE_ITEM = Code("duplicate-item", Group.CODES, "Một việc ghi hai lần",
    "Cùng một mã việc xuất hiện hai lần trong một danh mục.",
    "Giữ một lần, hoặc đặt mã khác cho việc kia.",
    "Việc mã '{item}' xuất hiện hai lần trong danh mục '{checklist}'.",
    {"item": "nv-03", "checklist": "nhiem-vu-ubnd"})
DUPLICATE_PERIOD = Code("duplicate-period", Group.CODES, "Hai tệp cho một kỳ",
    "Hai tệp kết quả cùng ghi một kỳ báo cáo.",
    "Giữ một tệp cho mỗi kỳ.",
    "Đã có một tệp kết quả khác cho kỳ '{period}' ({other}). Mỗi kỳ chỉ một tệp.",
    {"period": "ca-nam", "other": "data/2021/ket-qua/ca-nam.yml"})
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
    "của một đơn vị đang hoạt động vào ngày chốt số liệu: thường do xóa nhầm. Nếu để vậy, số liệu của đơn vị "
    "biến mất khỏi trang web, nên số liệu không được công bố cho đến khi sửa.",
    "Thêm lại mục (dòng) của đơn vị: để trống các số nếu chưa có; nếu đơn vị không báo cáo kỳ này, ghi "
    "tinh_trang: khong-bao-cao (trong Excel: chọn “Không báo cáo kỳ này” ở cột Tình trạng).",
    "Kỳ này không có {entry} của '{name}' (mã {unit}), đơn vị đang hoạt động vào ngày chốt số liệu ({end}); có "
    "thể đã bị xóa nhầm, và nếu để vậy, số liệu của đơn vị sẽ biến mất khỏi trang web. {fix}",
    {"entry": "mục", "name": "Phòng chuyên môn B", "unit": "phong-b", "end": "31/12/2021",
     "fix": "Hãy thêm lại mục của đơn vị vào don_vi, ngay trước dòng này: - ma: phong-b, để trống các số nếu chưa "
            "có số liệu; nếu đơn vị không báo cáo kỳ này, ghi thêm tinh_trang: khong-bao-cao."})
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
    "khác và nêu tên đơn vị còn thiếu (\"Chưa đủ số liệu\", trừ khi kết quả đã chắc chắn).",
    {"name": "Văn phòng Sở", "unit": "van-phong"}, severity=_W)
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
    {"who": "Toàn cơ quan", "share": "16,3%",
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

_CODES = (
    YAML_SYNTAX,
    YAML_TAB_INDENT,
    YAML_DUPLICATE_KEY,
    YAML_AMBIGUOUS_BOOL,
    YAML_AMBIGUOUS_NUMBER,
    NUMBER_TOO_LONG,
    YAML_ANCHOR,
    YAML_TAG,
    YAML_COMPLEX_KEY,
    YAML_ODD_INDENT,
    TEXT_CONTROL_CHAR,
    TEXT_INVISIBLE_CHAR,
    TEXT_ODD_SPACE,
    TEXT_CURLY_QUOTES,
    TEXT_FORMULA_START,
    TEXT_NOT_NFC,
    WORKBOOK_UNREADABLE,
    WORKBOOK_UNSAFE,
    WORKBOOK_TOO_LARGE,
    WORKBOOK_FILE_NAME,
    WORKBOOK_AND_YAML,
    WORKBOOK_SHEET_MISSING,
    WORKBOOK_SHEET_UNKNOWN,
    WORKBOOK_SHEET_DUPLICATE,
    WORKBOOK_HEADER_ROW,
    WORKBOOK_COLUMN_MISSING,
    WORKBOOK_COLUMN_UNKNOWN,
    WORKBOOK_FORMULA,
    WORKBOOK_MERGED_CELLS,
    WORKBOOK_HIDDEN,
    WORKBOOK_NUMBER_FORMAT,
    WORKBOOK_NUMBER_AS_TEXT,
    WORKBOOK_CELL_TYPE,
    WORKBOOK_CELL_REQUIRED,
    FILE_ENCODING,
    FILE_EMPTY,
    FILE_MISSING,
    FILE_UNREADABLE,
    FILE_NOT_REGULAR,
    FILE_TOO_LARGE,
    FILE_NAME_UNSAFE,
    FILE_NAME_RESERVED,
    FILE_UNEXPECTED,
    TOO_MANY_FILES,
    DATA_TOO_LARGE,
    NO_CAMPAIGN,
    YEAR_MISMATCH,
    SCHEMA_UNKNOWN_KEY,
    SCHEMA_REQUIRED,
    SCHEMA_TYPE,
    SCHEMA_ENUM,
    SCHEMA_ID_FORMAT,
    SCHEMA_RANGE,
    PERCENT_OUT_OF_RANGE,
    TEXT_TOO_LONG,
    TOO_MANY_ITEMS,
    PERCENT_LOOKS_LIKE_FRACTION,
    PERCENT_CONFIRMATION_MISMATCH,
    SCHEMA_EMPTY,
    SCHEMA_DUPLICATE_ITEM,
    SCHEMA_INVALID,
    SCHEMA_DATE_FORMAT,
    DATE_INVALID,
    DATE_OUTSIDE_CAMPAIGN,
    DATE_AFTER_PERIOD,
    DECISION_AFTER_DEADLINE,
    DEADLINE_BEFORE_PERIOD_END,
    PERIOD_ORDER,
    UNKNOWN_UNIT,
    UNKNOWN_PERIOD,
    UNKNOWN_CHECKLIST,
    UNKNOWN_TITLE,
    UNKNOWN_ORGANISATION,
    UNKNOWN_CONTENT_ITEM,
    UNKNOWN_REFERENCE,
    DUPLICATE_ID,
    RESERVED_ID,
    DUPLICATE_UNIT,
    DUPLICATE_ITEM,
    DUPLICATE_PERIOD,
    RATINGS_SUM_MISMATCH,
    ADVANCED_OVER_STAFF,
    ADVANCED_OVER_GOOD,
    SOLDIERS_WITHOUT_ADVANCED,
    SOLDIERS_OVER_ADVANCED,
    AUTONOMY_NOT_APPLICABLE,
    UNIT_NOT_LISTED,
    UNIT_NOT_REPORTED_WITH_FIGURES,
    UNIT_MISSING_RESULTS,
    UNIT_FIGURES_MISSING,
    STAFF_MISSING,
    RATINGS_INCOMPLETE,
    OVER_CAP,
    UNIT_DATES_ORDER,
    UNIT_NOT_IN_PERIOD,
    DONE_WITHOUT_EVIDENCE,
    EARNED_WITHOUT_DECISION,
    ILLUSTRATIVE_MARKER,
    LAST_YEAR_IN_TEXT,
    ILLUSTRATIVE_ELSEWHERE,
    CHECKS_WAITING,
    CHECKS_WAITING_FOR,
    PROBLEMS_NOT_SHOWN,
)

CATALOGUE: Mapping[str, Code] = MappingProxyType({c.code: c for c in _CODES})


def make(code: Code, file: str, line: int, column: int, **blanks: object) -> Problem:
    """The problem `code` (one of this module's constants) at a place, its message filled from its template."""
    if not isinstance(code, Code):  # a code as a bare string could be misspelt: name it by its constant
        raise TypeError(f"a problem code is one of campaign.core.catalogue's constants, not {code!r}")
    return Problem(file, line, column, code.code, code.message(**blanks), code.severity)
