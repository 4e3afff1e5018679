"""How long validation takes: on the real data, and on a made-up data set 100 times larger over several years.

Also the same period read from a workbook: the large data's year-end results of one year written as the template
the site offers (500 units, 1,300 checklist rows), read beside the same figures in YAML; the largest results file
and the largest data folder the bounds allow (campaign/read/limits.py, the schemas' maxItems), with their peak
memory; and the hostile inputs of issue #19 (bench/hostile.py), each in a fresh process, with the bounds.

Run with `make bench-validate`. Prints tables and writes bench/validate.json; exits 1 when a target is missed.
"""

from __future__ import annotations

import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench import hostile
from campaign.publish.guide import bounds
from campaign.publish.workbooks import template_workbook
from campaign.read.limits import MAX_DATA_BYTES, MAX_FILE_BYTES
from campaign.read.load import load
from campaign.read.strict_yaml import parse
from campaign.read.workbook_in import parse_workbook

ROOT = Path(__file__).resolve().parent.parent


REAL_DATA = ROOT / "data"
OUTPUT = Path(__file__).resolve().parent / "validate.json"
SCALE = 100
# Years of the large data and each one's scale: together within the bound on scoreboard cells (15,000).
YEARS = {2021: SCALE, 2022: 10, 2023: 10}
# The largest results file: the most units and checklist items the schemas take (500; 2,000 in each of the
# year's two lists), names long enough to reach the file's bound.
MOST_UNITS, MOST_ITEMS = 500, 2_000
TARGETS = {"real_command_s": 0.3, "real_load_s": 0.3, "large_load_s": 5.0, "largest_file_load_s": 5.0,
           "large_workbook_load_s": 5.0, "bounds_load_s": 30.0}


def _median_seconds(run, times: int) -> tuple[float, list[float]]:
    samples = []
    for _ in range(times):
        start = time.perf_counter()
        run()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), samples


def _command() -> None:
    subprocess.run([sys.executable, "-m", "campaign", "validate", str(REAL_DATA)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)


def _first_load_in_a_fresh_process() -> float:
    """load() with nothing cached (schemas read and compiled), imports excluded."""
    code = ("import time, sys; from campaign.read.load import load; t = time.perf_counter(); "
            f"load({str(REAL_DATA)!r}); print(time.perf_counter() - t)")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True, text=True)
    return float(out.stdout)


def _units_file(count: int) -> str:
    lines = ["don_vi:"]
    for i in range(count):
        lines += [f"  - ma: don-vi-{i:04d}", f"    ten: Phòng, đơn vị số {i} (minh họa)",
                  f"    su_nghiep_cong_lap: {'true' if i % 5 == 0 else 'false'}"]
    return "\n".join(lines) + "\n"


def _results_file(period: str, year: int, units: int, items: dict[str, int], with_ratings: bool, pad: int = 0,
                  month: int | None = None) -> str:
    lines = [f"ky: {period}", "don_vi:"]
    for i in range(units):
        staff = 5 + i % 20
        lines += [f"  - ma: don-vi-{i:04d}", f"    tong_so: {staff}"]
        if with_ratings:
            excellent, done = staff // 7, i % 2
            lines += ["    xep_loai:", f"      hoan_thanh_xuat_sac: {excellent}",
                      f"      hoan_thanh_tot: {staff - excellent - done}", f"      hoan_thanh: {done}",
                      "      khong_hoan_thanh: 0", f"    lao_dong_tien_tien: {staff - done}",
                      f"    chien_si_thi_dua_co_so: {(staff - done) // 8}",
                      "    danh_hieu_tap_the: lao-dong-tien-tien", f"    de_nghi_tap_the_xuat_sac: {str(i % 9 == 0).lower()}"]
        if i % 5 == 0:
            lines.append(f"    ty_le_tu_chu: {20 + i % 30}.5")
    lines.append("danh_muc:")
    month = month or (6 if period == "6-thang" else 12)
    longer = " nội dung" * (pad // 9)
    for checklist, count in items.items():
        lines.append(f"  {checklist}:")
        for n in range(count):
            done = n % 3 == 0
            lines += [f"    - ma: {checklist}-{n:05d}", f"      ten: Việc số {n} của danh mục {checklist}{longer} (minh họa)",
                      f"      trang_thai: {'hoan-thanh' if done else 'dang-thuc-hien'}"]
            if done:
                lines += ["      can_cu:", f"        so: MH-{n}/BC-SKHCN",
                          f"        ngay: {1 + n % 28:02d}/{1 + n % month:02d}/{year}"]
    return "\n".join(lines) + "\n"


def make_large_data(folder: Path) -> dict[str, int]:
    """Each of YEARS with its scale times the real data's units and checklist items; returns what it made."""
    campaign_text = (REAL_DATA / "2021" / "chien-dich.yml").read_text(encoding="utf-8")
    real_units = len(re.findall(r"^  - ma:", (REAL_DATA / "2021" / "don-vi.yml").read_text(encoding="utf-8"), re.M))
    real_items = {"tham-muu": 3, "nhiem-vu-ubnd": 10}
    for year, scale in YEARS.items():
        units = real_units * scale
        items = {name: count * scale for name, count in real_items.items()}
        year_dir = folder / str(year)
        (year_dir / "ket-qua").mkdir(parents=True)
        (year_dir / "chien-dich.yml").write_text(campaign_text.replace("2021", str(year)), encoding="utf-8")
        (year_dir / "don-vi.yml").write_text(_units_file(units), encoding="utf-8")
        for period, with_ratings in (("6-thang", False), ("ca-nam", True)):
            (year_dir / "ket-qua" / f"{period}.yml").write_text(
                _results_file(period, year, units, items, with_ratings), encoding="utf-8")
    size = sum(p.stat().st_size for p in folder.rglob("*.yml"))
    return {"years": len(YEARS), "units_per_year": {y: real_units * k for y, k in YEARS.items()},
            "checklist_items_per_period": sum(real_items.values()) * SCALE, "bytes": size}


def _padded_to(limit: int, make) -> tuple[str, int]:
    """make(pad) with the largest pad whose text stays within `limit` bytes, and that pad."""
    low, high = 0, 240  # item names stay within their 300 characters
    while low < high:
        middle = (low + high + 1) // 2
        if len(make(middle).encode("utf-8")) <= limit:
            low = middle
        else:
            high = middle - 1
    return make(low), low


def make_largest_allowed_file(folder: Path) -> dict[str, int]:
    """One year whose year-end results file is as large as the bounds allow: MOST_UNITS units, MOST_ITEMS items
    in each checklist, item names padded (within their 300 characters) up to MAX_FILE_BYTES; returns what it made."""
    campaign_text = (REAL_DATA / "2021" / "chien-dich.yml").read_text(encoding="utf-8")
    year_dir = folder / "2021"
    (year_dir / "ket-qua").mkdir(parents=True)
    (year_dir / "chien-dich.yml").write_text(campaign_text, encoding="utf-8")
    items = {"tham-muu": MOST_ITEMS, "nhiem-vu-ubnd": MOST_ITEMS}
    text, _ = _padded_to(MAX_FILE_BYTES, lambda pad: _results_file("ca-nam", 2021, MOST_UNITS, items, True, pad))
    (year_dir / "don-vi.yml").write_text(_units_file(MOST_UNITS), encoding="utf-8")
    (year_dir / "ket-qua" / "ca-nam.yml").write_text(text, encoding="utf-8")
    return {"units": MOST_UNITS, "checklist_items": sum(items.values()), "results_file_bytes": len(text.encode()),
            "limit_bytes": MAX_FILE_BYTES}


def make_data_at_the_bounds(folder: Path) -> dict[str, int]:
    """The most a data folder may hold to check: quarterly periods plus the mid-year and year-end reviews, each
    results file near its 2 MB bound, all of it near the folder's bound (MAX_DATA_BYTES), within the bound on
    scoreboard cells (units × periods × targets). The check's worst time and memory within every bound."""
    periods = {"quy-1": ("Quý I", "31/03/2021", 3), "6-thang": ("Sơ kết 6 tháng", "30/06/2021", 6),
               "quy-3": ("Quý III", "30/09/2021", 9), "thang-11": ("Tháng 11", "30/11/2021", 11),
               "ca-nam": ("Tổng kết năm", "31/12/2021", 12)}
    units = 200  # 200 units × 5 periods × 12 targets = 12,000 cells
    campaign_text = (REAL_DATA / "2021" / "chien-dich.yml").read_text(encoding="utf-8")
    listed = "".join(f"  - ma: {key}\n    ten: {name}\n    den_ngay: {end}\n" for key, (name, end, _) in periods.items())
    campaign_text = re.sub(r"ky_bao_cao:\n(?:  .*\n)+", "ky_bao_cao:\n" + listed, campaign_text)
    year_dir = folder / "2021"
    (year_dir / "ket-qua").mkdir(parents=True)
    (year_dir / "chien-dich.yml").write_text(campaign_text, encoding="utf-8")
    (year_dir / "don-vi.yml").write_text(_units_file(units), encoding="utf-8")
    share = (MAX_DATA_BYTES - 100_000) // len(periods)
    items = {"tham-muu": MOST_ITEMS, "nhiem-vu-ubnd": MOST_ITEMS}
    for key, (_, _, month) in periods.items():
        text, _ = _padded_to(min(share, MAX_FILE_BYTES),
                             lambda pad: _results_file(key, 2021, units, items, key == "ca-nam", pad, month))
        (year_dir / "ket-qua" / f"{key}.yml").write_text(text, encoding="utf-8")
    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
    return {"units": units, "periods": len(periods), "checklist_items_per_period": sum(items.values()),
            "bytes": size, "limit_bytes": MAX_DATA_BYTES}


def _workbook_figures(dataset, large: Path) -> dict:
    """One period of the large data as YAML and as a workbook: each read alone, then load() with the workbook."""
    first = next(iter(YEARS))
    year = dataset.year(first)
    folder = large / str(first) / "ket-qua"
    yaml_raw = (folder / "ca-nam.yml").read_bytes()
    workbook_raw = template_workbook(year, "ca-nam")
    results = year.results["ca-nam"]
    figures = {"units": len(results.units), "checklist_rows": len(results.checklist_items),
               "yaml_bytes": len(yaml_raw), "workbook_bytes": len(workbook_raw)}
    figures["yaml_read_s"], _ = _median_seconds(lambda: parse("ca-nam.yml", yaml_raw), 5)
    figures["workbook_read_s"], _ = _median_seconds(lambda: parse_workbook("data/ca-nam.xlsx", workbook_raw), 5)
    (folder / "ca-nam.yml").unlink()
    (folder / "ca-nam.xlsx").write_bytes(workbook_raw)
    _, report = load(large)
    if not report.ok:
        print("\n".join(p.as_text() for p in report.errors[:20]), file=sys.stderr)
        raise SystemExit("the workbook made from the generated data has errors: fix campaign/workbook_*.py")
    figures["load_s"], _ = _median_seconds(lambda: load(large), 3)
    return figures


def main() -> int:
    # Timings on a shared machine swing with its load: keep the load beside them.
    results: dict = {"python": platform.python_version(), "machine": platform.machine(),
                     "cpus": os.cpu_count(), "load_average_1min_before": round(os.getloadavg()[0], 2)}
    results["real_command_s"], command_samples = _median_seconds(_command, 7)
    cold = [_first_load_in_a_fresh_process() for _ in range(5)]
    results["real_load_s"] = statistics.median(cold)
    results["real_load_warm_s"], _ = _median_seconds(lambda: load(REAL_DATA), 9)
    with tempfile.TemporaryDirectory() as temp:
        large = Path(temp) / "data"
        results["large_data"] = make_large_data(large)
        dataset, report = load(large)
        if not report.ok:
            print("\n".join(p.as_text() for p in report.errors[:20]), file=sys.stderr)
            raise SystemExit("the generated data set has errors: fix bench/validate.py")
        results["large_load_s"], _ = _median_seconds(lambda: load(large), 3)
        results["workbook"] = _workbook_figures(dataset, large)
        results["large_workbook_load_s"] = results["workbook"]["load_s"]
        shutil.rmtree(large)
        largest = Path(temp) / "largest"
        results["largest_file"] = make_largest_allowed_file(largest)
        _, report = load(largest)
        if not report.ok:
            print("\n".join(p.as_text() for p in report.errors[:20]), file=sys.stderr)
            raise SystemExit("the generated largest file has errors: fix bench/validate.py")
        results["largest_file_load_s"], _ = _median_seconds(lambda: load(largest), 3)
        results["largest_file"]["fresh_process"] = hostile.check_in_child(largest)
        most = Path(temp) / "bounds"
        results["bounds"] = make_data_at_the_bounds(most)
        results["bounds"]["fresh_process"] = checked = hostile.check_in_child(most)
        if checked["codes"] and set(checked["codes"]) - {"over-cap", "unit-missing-results", "last-year-in-text"}:
            raise SystemExit(f"the generated data at the bounds has problems: {checked['codes']}")
        results["bounds_load_s"] = checked["seconds"]
        results["hostile"] = hostile.measure(Path(temp))
    results["limits"] = dict(bounds())
    results["targets_s"] = TARGETS
    results["met"] = {name: results[name] < limit for name, limit in TARGETS.items()}
    results["met"]["hostile"] = all(case["met"] for case in results["hostile"])
    results["met"]["peak_memory"] = all(r["fresh_process"]["peak_mib"] <= hostile.MAX_PEAK_MIB
                                        for r in (results["largest_file"], results["bounds"]))
    OUTPUT.write_text(json.dumps(results, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    rows = [("real data: python -m campaign validate (whole command)", results["real_command_s"], "real_command_s"),
            ("real data: load(), first in a fresh process", results["real_load_s"], "real_load_s"),
            ("real data: load(), warm", results["real_load_warm_s"], None),
            (f"{SCALE}x data ({results['large_data']['units_per_year']} units, "
             f"{results['large_data']['checklist_items_per_period']} items, {len(YEARS)} years): load()",
             results["large_load_s"], "large_load_s"),
            (f"largest results file the limits allow ({results['largest_file']['results_file_bytes']:,} bytes, "
             f"{results['largest_file']['units']} units, {results['largest_file']['checklist_items']} items): load()",
             results["largest_file_load_s"], "largest_file_load_s"),
            (f"one period ({results['workbook']['units']} units, {results['workbook']['checklist_rows']} checklist "
             f"rows) read from YAML ({results['workbook']['yaml_bytes'] // 1000} KB)",
             results["workbook"]["yaml_read_s"], None),
            (f"the same period read from a workbook ({results['workbook']['workbook_bytes'] // 1000} KB)",
             results["workbook"]["workbook_read_s"], None),
            (f"{SCALE}x data with that period as a workbook: load()", results["large_workbook_load_s"],
             "large_workbook_load_s"),
            (f"data at the bounds ({results['bounds']['bytes'] / 1e6:.1f} MB: {results['bounds']['periods']} periods "
             f"of {results['bounds']['units']} units and {results['bounds']['checklist_items_per_period']} items), "
             f"fresh process, {results['bounds']['fresh_process']['peak_mib']:.0f} MiB at peak",
             results["bounds_load_s"], "bounds_load_s")]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'median':>9}  {'target':>7}  ok")
    for label, seconds, target in rows:
        limit = f"{TARGETS[target]:.1f} s" if target else ""
        ok = ("yes" if results["met"][target] else "NO") if target else ""
        print(f"{label:<{width}}  {seconds:>7.3f} s  {limit:>7}  {ok}")
    print(f"largest results file in a fresh process: {results['largest_file']['fresh_process']['seconds']:.2f} s, "
          f"{results['largest_file']['fresh_process']['peak_mib']:.0f} MiB at peak (target {hostile.MAX_PEAK_MIB} MiB)")
    print()
    print(hostile.table(results["hostile"]))
    print()
    print("bounds (campaign/read/limits.py and the schemas; the guide lists the same):")
    for what, most in results["limits"].items():
        print(f"  {what}: {most}")
    print(f"machine load (1 min average) before the runs: {results['load_average_1min_before']} "
          f"on {results['cpus']} CPUs; written: {OUTPUT.relative_to(ROOT)}")
    return 0 if all(results["met"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
