"""Typing: what YAML, Word, Excel or a web page can put into a file's text."""

from __future__ import annotations

from .code import _W, Code, Group

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
