"""The events of a campaign year that rewrite its files: going live with real figures, and starting next year.

Both write the new files beside the data, check the result with the same loader as the site, and only then
put them in place: a refusal or a crash leaves the data as it was.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from ..core.model import CampaignYear, Period, Unit
from ..read.load import CAMPAIGN_FILE, RESULTS_DIR, UNITS_FILE, load
from ..read.templates import results_template, units_file
from ..read.year_texts import looks_illustrative


class LifecycleError(Exception):
    """The command cannot run on this data; the message says why, in Vietnamese."""


def is_placeholder(unit: Unit) -> bool:
    """A unit the shipped illustrative data invented: its name says "(minh họa)"."""
    return looks_illustrative(unit.name)


def _checked(data_dir: Path, year: int, *, results_replaced: bool = False) -> CampaignYear:
    """The year as loaded, refused with its first error. `results_replaced`: the year's results are about to be
    replaced, so they are left out of the check (units added to don-vi.yml before going live are not in them)."""
    if results_replaced:
        with tempfile.TemporaryDirectory(dir=data_dir.resolve().parent, prefix=".campaign-") as tmp:
            trial = Path(tmp) / data_dir.name
            shutil.copytree(data_dir, trial, symlinks=True)
            shutil.rmtree(trial / str(year) / RESULTS_DIR, ignore_errors=True)
            return _checked(trial, year)
    data, report = load(data_dir)
    if data is None:
        first = report.errors[0].as_text()
        raise LifecycleError(f"Số liệu còn {len(report.errors)} lỗi, hãy sửa trước (chạy make validate). Lỗi đầu "
                             f"tiên: {first}")
    found = next((y for y in data.years if y.year == year), None)
    if found is None:
        raise LifecycleError(f"Không có năm {year} trong {data_dir}. Các năm hiện có: "
                             f"{', '.join(str(y.year) for y in data.years)}.")
    return found


def _replace_year(data_dir: Path, year: int, files: dict[str, str], *, remove_results: bool) -> None:
    """Write `files` (relative to the year's folder) into a copy of the data, check the copy, then swap it in."""
    with staged_year(data_dir, year, files, remove_results=remove_results):
        pass


@contextmanager
def staged_year(data_dir: Path, year: int, files: dict[str, str], *, remove_results: bool = False):
    """Write `files` (relative to the year's folder) into a copy of the data and check the copy; swap it in when
    the block under `with` ends without an exception (another write that must go with it), else write nothing."""
    data_dir = data_dir.resolve()
    with tempfile.TemporaryDirectory(dir=data_dir.parent, prefix=".campaign-") as tmp:
        trial = Path(tmp) / data_dir.name
        shutil.copytree(data_dir, trial, symlinks=True)
        folder = trial / str(year)
        if remove_results and (folder / RESULTS_DIR).is_dir():
            shutil.rmtree(folder / RESULTS_DIR)
        for name, text in files.items():
            (folder / name).parent.mkdir(parents=True, exist_ok=True)
            (folder / name).write_text(text, encoding="utf-8")
        _, report = load(trial)
        if not report.ok:
            raise LifecycleError("Không ghi gì, vì kết quả sẽ có lỗi:\n"
                                 + "\n".join(p.as_text().replace(str(trial.parent) + "/", "") for p in report.errors))
        yield
        target = data_dir / str(year)
        old = Path(tmp) / "old"
        if target.exists():
            target.rename(old)
        folder.rename(target)


def go_live(data_dir: Path, year: int) -> list[str]:
    """Start the real year: placeholder units and illustrative results go, every period gets an empty template,
    and the year's one switch turns to real. Returns what was done, line by line, in Vietnamese."""
    current = _checked(data_dir, year, results_replaced=True)
    if not current.illustrative:
        raise LifecycleError(f"Năm {year} đã là số liệu thật (minh_hoa: false): không có gì để chuyển.")
    kept = tuple(u for u in current.units if not is_placeholder(u))
    dropped = [u for u in current.units if is_placeholder(u)]
    if not kept:
        raise LifecycleError("Mọi đơn vị trong don-vi.yml đều là minh họa: hãy thêm ít nhất một đơn vị thật "
                             "(tên, mã) vào don-vi.yml rồi chạy lại.")
    campaign_path = data_dir / str(year) / CAMPAIGN_FILE
    text = campaign_path.read_text(encoding="utf-8")
    switched, count = re.subn(r"(?m)^minh_hoa:[ \t]*true[ \t]*$", "minh_hoa: false", text)
    if count != 1:
        raise LifecycleError(f"Không tìm thấy đúng một dòng 'minh_hoa: true' ở đầu dòng trong {campaign_path.name}.")
    # The illustrative periods were "published" to show the pages; real figures are published by the Office.
    switched = _unpublished(switched)
    files = {CAMPAIGN_FILE: switched,
             UNITS_FILE: units_file(kept, f"Các phòng, đơn vị thuộc Sở năm {year}. Thêm, sửa đơn vị theo Hướng dẫn.")}
    for period in current.campaign.periods:
        files[f"{RESULTS_DIR}/{period.id}.yml"] = results_template(current.campaign, kept, period)
    _replace_year(data_dir, year, files, remove_results=True)
    done = [f"Năm {year} đã chuyển sang số liệu thật (minh_hoa: false trong {CAMPAIGN_FILE})."]
    if dropped:
        done.append("Đã bỏ các đơn vị minh họa: " + ", ".join(u.name for u in dropped) + ".")
    done.append("Giữ lại các đơn vị: " + ", ".join(u.name for u in kept) + ". Đơn vị thật còn thiếu: thêm vào "
                f"{UNITS_FILE}, và thêm mục của nó (một dòng - ma: với mã đơn vị) vào don_vi của từng tệp kết quả, "
                "theo Ví dụ 6 của trang Hướng dẫn.")
    done.append("Đã thay kết quả minh họa bằng mẫu trống cho từng kỳ: "
                + ", ".join(f"{RESULTS_DIR}/{p.id}.yml" for p in current.campaign.periods) + ".")
    return done


def _unpublished(text: str) -> str:
    """A campaign file with no period marked published (cong_bo)."""
    return re.sub(r"(?m)^[ \t]+cong_bo:[ \t]*\S+[ \t]*(#.*)?\n", "", text)


def _top_level_block(text: str, key: str) -> str:
    """`text` without the top-level `key:` and everything indented under it."""
    return re.sub(rf"(?ms)^{re.escape(key)}:.*?(?=^\S|\Z)", "", text)


def new_year(data_dir: Path, year: int) -> list[str]:
    """Create the campaign of `year` from the year before: targets, caps, periods and units; dates moved to the
    new year; results empty. The Office then edits it to match the new launch document."""
    previous = year - 1
    if (data_dir / str(year)).exists():
        raise LifecycleError(f"Đã có thư mục {data_dir.name}/{year}: không ghi đè.")
    old = _checked(data_dir, previous)
    text = (data_dir / str(previous) / CAMPAIGN_FILE).read_text(encoding="utf-8")
    text = _top_level_block(text, "moc_thoi_gian")  # the milestones were the old document's own events
    text = _unpublished(text)  # a new year has published nothing yet
    # The old document's facts are not the new one's: its number, date, signer and title line wait for it.
    text = re.sub(r"(?ms)^van_ban:.*?(?=^\S|\Z)", lambda _: document_unknown(year), text)
    # A review's closing date for decisions is set by its plan (the guide, Ví dụ 11), not guessed from last year's.
    text = re.sub(r"(?m)^[ \t]+han_chot_quyet_dinh:.*\n", "", text)
    text = re.sub(rf"(?m)^nam:[ \t]*{previous}[ \t]*$", f"nam: {year}", text)
    text = re.sub(rf"\b(\d\d/\d\d)/{previous}\b", rf"\1/{year}", text)
    lines = text.split("\n")
    comment = next((i for i, line in enumerate(lines) if line.startswith("# ") and "$schema" not in line), None)
    note = (f"# Phong trào thi đua năm {year}, chép từ năm {previous} bằng make new-year: hãy sửa tên, chủ đề, văn bản, "
            f"kỳ báo cáo, nội dung, chỉ tiêu và giới hạn theo văn bản phát động năm {year}.")
    if comment is not None:
        lines[comment] = note
    text = "\n".join(lines)
    units = tuple(Unit(u.id, u.name, u.public_service, note=u.note) for u in old.units
                  if u.exists_on(old.campaign.end))
    files = {CAMPAIGN_FILE: text,
             UNITS_FILE: units_file(units, f"Các phòng, đơn vị thuộc Sở năm {year}, chép từ cuối năm {previous}.")}
    # The periods as the new file will have them: the same, moved to the new year.
    periods = tuple(Period(p.id, p.name, _same_day(p.end, year)) for p in old.campaign.periods)
    for period in periods:
        files[f"{RESULTS_DIR}/{period.id}.yml"] = results_template(replace(old.campaign, year=year), units, period)
    _replace_year(data_dir, year, files, remove_results=False)
    return [f"Đã tạo {data_dir.name}/{year}/ từ năm {previous}: {len(old.campaign.targets)} chỉ tiêu, "
            f"{len(periods)} kỳ báo cáo, {len(units)} đơn vị, kết quả để trống.",
            f"Văn bản phát động (van_ban: số, ngày, người ký, trích yếu) và hạn chốt quyết định không chép từ năm "
            f"{previous}: trang web ghi văn bản năm {year} chưa được đưa lên trang cho đến khi nhập văn bản.",
            f"Việc tiếp theo: sửa {data_dir.name}/{year}/{CAMPAIGN_FILE} theo văn bản phát động năm {year} (các chữ "
            f"còn ghi năm {previous} được báo là cảnh báo), nhập văn bản bằng make import-document YEAR={year} "
            "FILE=…, rồi gửi yêu cầu hợp nhất."]


def document_unknown(year: int) -> str:
    """The `van_ban` block of a year whose launch document is not issued or not imported yet: every fact empty,
    for make import-document to fill from the document (or the Office, as the original says)."""
    return (f"van_ban:\n  # Văn bản phát động năm {year}: để trống cho đến khi có văn bản. make import-document điền "
            "các dòng đọc được từ văn bản và báo dòng còn phải điền; điền tay thì đúng như bản gốc.\n"
            '  so: ""\n  ngay: ""\n  thang:\n  nam:\n  noi_ban_hanh: ""\n  chuc_vu_nguoi_ky: ""\n  nguoi_ky: ""\n'
            '  trich_yeu: ""\n')


def _same_day(day: date, year: int) -> date:
    """The same day of the month in `year` (28/02 for a 29/02 the new year lacks; the loader checks the file)."""
    return day.replace(year=year, day=min(day.day, 28)) if (day.month, day.day) == (2, 29) else day.replace(year=year)
