"""The commands the Office, CI and the portal administrator run; messages in Vietnamese."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .core.markup import md
from .core.problems import SEVERITY_LABEL, internal_error, report_text, summary
from .history.diff import DiffError, diff
from .office.lifecycle import LifecycleError, go_live, new_year
from .read.load import load
from .read.schema import write_schemas


def cmd_validate(args) -> int:
    _, report = load(args.data)
    if args.format == "markdown":
        print(summary_markdown(report.problems), end="")
        return 0 if report.ok else 1
    if args.format == "github":
        for problem in report.problems:
            print(problem.as_github())
        print(summary(report.problems), file=sys.stderr)
    else:
        print(report_text(report.problems))
    return 0 if report.ok else 1


def summary_markdown(problems) -> str:
    """The check's result for the pull request's summary page: the count, then each problem at its place."""
    lines = ["### Kiểm tra số liệu", "", md(summary(problems)), ""]
    for p in problems:
        place = f" {md(p.place)}" if p.place else ""
        lines.append(f"- {md(p.file)}{',' if p.sheet else ''}{place}: **{SEVERITY_LABEL[p.severity]}** "
                     f"\\[{p.code}\\] {md(p.message)}")
    return "\n".join(lines) + "\n"


def cmd_publishable(args) -> int:
    dataset, report = load(args.data)
    if dataset is None:
        for problem in report.errors:
            print(problem.as_text(), file=sys.stderr)
        print("Không xuất bản: số liệu còn lỗi.", file=sys.stderr)
        return 1
    illustrative = [str(y.year) for y in dataset.years if y.illustrative]
    if illustrative:
        print(f"Không xuất bản: số liệu năm {', '.join(illustrative)} vẫn là số liệu minh họa "
              "(minh_hoa: true trong chien-dich.yml). Người quản trị chuyển sang số liệu thật bằng make go-live "
              "YEAR=<năm> (xem Hướng dẫn).", file=sys.stderr)
        return 3
    print("Số liệu có thể xuất bản.")
    return 0


def cmd_diff(args) -> int:
    try:
        print(diff(args.base, args.head, Path.cwd(), args.data, args.format), end="")
    except DiffError as error:
        print(str(error), file=sys.stderr)
        return 2
    return 0


def cmd_go_live(args) -> int:
    return _lifecycle(go_live, args)


def cmd_new_year(args) -> int:
    return _lifecycle(new_year, args)


def cmd_import_document(args) -> int:
    # Imported here: the command needs python-docx and Markdown, which the data checker's install has not.
    from .office.import_document import ImportRefused, import_document

    return _office_step(lambda: import_document(args.year, args.file, args.data, args.docs, replace=args.replace),
                        ImportRefused)


def _lifecycle(command, args) -> int:
    return _office_step(lambda: command(args.data, args.year), LifecycleError)


def _office_step(step, refusal: type[Exception]) -> int:
    """One of the Office's commands that change the data or the pages: what it did and the next step, or why it
    refused (having changed nothing)."""
    try:
        done = step()
    except refusal as error:
        print(f"Không thực hiện: {error}", file=sys.stderr)
        return 1
    print("\n".join(done))
    print("Hãy xem lại bằng make serve, rồi gửi thay đổi trong một yêu cầu hợp nhất.")
    return 0


def cmd_schemas(args) -> int:
    changed = write_schemas()
    print("Đã ghi lại: " + ", ".join(changed) if changed else "Các lược đồ đã khớp với bảng số liệu đơn vị.")
    return 0


def cmd_site(args) -> int:
    # The site's writers (XlsxWriter, Markdown, Jinja) are loaded only here: `validate` stays as light as it was.
    from .publish.export import write_site
    from .publish.site import DataError, make_build

    root = Path(__file__).resolve().parents[1]
    try:
        build = make_build(Path(args.data).resolve(), root / "docs")
    except DataError as error:
        print(str(error), file=sys.stderr)
        return 1
    pages = write_site(build, root, Path(args.folder))
    print(f"Đã ghi nguồn của trang web vào {args.folder}: {len(pages)} trang và mkdocs.yml.")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m campaign", description="Công cụ số liệu thi đua.")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="Kiểm tra các tệp số liệu.")
    validate.add_argument("data", type=Path, nargs="?", default=Path("data"))
    validate.add_argument("--format", choices=["text", "github", "markdown"], default="text")
    validate.set_defaults(run=cmd_validate)
    publish = sub.add_parser("publishable", help="Cho biết số liệu có được xuất bản không.")
    publish.add_argument("data", type=Path, nargs="?", default=Path("data"))
    publish.set_defaults(run=cmd_publishable)
    compare = sub.add_parser("diff", help="So sánh bảng theo dõi giữa hai phiên bản git.")
    compare.add_argument("base")
    compare.add_argument("head")
    compare.add_argument("--data", default="data", help="Thư mục số liệu trong kho git.")
    compare.add_argument("--format", choices=["text", "markdown"], default="text",
                         help="text: đọc trong cửa sổ lệnh; markdown: cho trang tóm tắt của yêu cầu hợp nhất.")
    compare.set_defaults(run=cmd_diff)
    live = sub.add_parser("go-live", help="Chuyển một năm từ số liệu minh họa sang số liệu thật (mẫu trống).")
    live.add_argument("year", type=int)
    live.add_argument("data", type=Path, nargs="?", default=Path("data"))
    live.set_defaults(run=cmd_go_live)
    nxt = sub.add_parser("new-year", help="Tạo phong trào năm mới từ năm trước.")
    nxt.add_argument("year", type=int)
    nxt.add_argument("data", type=Path, nargs="?", default=Path("data"))
    nxt.set_defaults(run=cmd_new_year)
    document = sub.add_parser("import-document", help="Đưa văn bản phát động (.docx hoặc .txt) lên các trang của năm.")
    document.add_argument("year", type=int)
    document.add_argument("file", type=Path)
    document.add_argument("--data", type=Path, default=Path("data"), help="Thư mục số liệu.")
    document.add_argument("--docs", type=Path, default=Path("docs"), help="Thư mục các trang.")
    document.add_argument("--replace", action="store_true", help="Thay các trang đã có mà khác văn bản này.")
    document.set_defaults(run=cmd_import_document)
    site = sub.add_parser("site", help="Ghi toàn bộ nguồn của trang web (Markdown, tệp tải về, mkdocs.yml) vào một "
                                       "thư mục, cho một trình tạo trang khác dựng.")
    site.add_argument("folder", type=Path)
    site.add_argument("data", type=Path, nargs="?", default=Path("data"))
    site.set_defaults(run=cmd_site)
    schemas = sub.add_parser("schemas", help="Ghi lại phần số liệu đơn vị trong các lược đồ (data/schemas) theo "
                                              "bảng số liệu (campaign/core/figures.py).")
    schemas.set_defaults(run=cmd_schemas)
    return parser


def subcommands() -> list[str]:
    """The names of the commands, as `python -m campaign --help` lists them."""
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return list(action.choices)


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.run(args)
    except Exception as error:  # a bug of the checker, never the Office's mistake
        print(internal_error(error), file=sys.stderr)
        return 2
