"""Codes that do not match: a unit, period, list or title named but not defined, or named twice."""

from __future__ import annotations

from .code import Code, Group

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
