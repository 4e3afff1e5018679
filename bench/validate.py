"""How long validation takes: on the real data, and on a made-up data set 100 times larger over several years.

Also the same period read from a workbook: the large data's year-end results of one year written as the template
the site offers (500 units, 1,300 checklist rows), read beside the same figures in YAML.

Run with `make bench-validate`. Prints a table and writes bench/validate.json; exits 1 when a target is missed.
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

from campaign.publish.workbooks import template_workbook
from campaign.read.files import MAX_FILE_BYTES
from campaign.read.load import load
from campaign.read.strict_yaml import parse
from campaign.read.workbook_in import parse_workbook

ROOT = Path(__file__).resolve().parent.parent


REAL_DATA = ROOT / "data"
OUTPUT = Path(__file__).resolve().parent / "validate.json"
SCALE = 100
YEARS = (2021, 2022, 2023)
TARGETS = {"real_command_s": 0.3, "real_load_s": 0.3, "large_load_s": 5.0, "largest_file_load_s": 5.0,
           "large_workbook_load_s": 5.0}


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


def _results_file(period: str, year: int, units: int, items: dict[str, int], with_ratings: bool) -> str:
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
    month = 6 if period == "6-thang" else 12
    for checklist, count in items.items():
        lines.append(f"  {checklist}:")
        for n in range(count):
            done = n % 3 == 0
            lines += [f"    - ma: {checklist}-{n:05d}", f"      ten: Việc số {n} của danh mục {checklist} (minh họa)",
                      f"      trang_thai: {'hoan-thanh' if done else 'dang-thuc-hien'}"]
            if done:
                lines += ["      can_cu:", f"        so: MH-{n}/BC-SKHCN",
                          f"        ngay: {1 + n % 28:02d}/{1 + n % month:02d}/{year}"]
    return "\n".join(lines) + "\n"


def make_large_data(folder: Path) -> dict[str, int]:
    """SCALE times the real data's units and checklist items, for each of YEARS; returns what it made."""
    campaign_text = (REAL_DATA / "2021" / "chien-dich.yml").read_text(encoding="utf-8")
    real_units = len(re.findall(r"^  - ma:", (REAL_DATA / "2021" / "don-vi.yml").read_text(encoding="utf-8"), re.M))
    real_items = {"tham-muu": 3, "nhiem-vu-ubnd": 10}
    units = real_units * SCALE
    items = {name: count * SCALE for name, count in real_items.items()}
    for year in YEARS:
        year_dir = folder / str(year)
        (year_dir / "ket-qua").mkdir(parents=True)
        (year_dir / "chien-dich.yml").write_text(campaign_text.replace("2021", str(year)), encoding="utf-8")
        (year_dir / "don-vi.yml").write_text(_units_file(units), encoding="utf-8")
        for period, with_ratings in (("6-thang", False), ("ca-nam", True)):
            (year_dir / "ket-qua" / f"{period}.yml").write_text(
                _results_file(period, year, units, items, with_ratings), encoding="utf-8")
    size = sum(p.stat().st_size for p in folder.rglob("*.yml"))
    return {"years": len(YEARS), "units_per_year": units, "checklist_items_per_period": sum(items.values()),
            "bytes": size}


def make_largest_allowed_file(folder: Path) -> dict[str, int]:
    """One year whose year-end results file is as large as the limit allows (campaign.read.files.MAX_FILE_BYTES),
    the units and checklist items grown alike; returns what it made."""
    campaign_text = (REAL_DATA / "2021" / "chien-dich.yml").read_text(encoding="utf-8")
    year_dir = folder / "2021"
    (year_dir / "ket-qua").mkdir(parents=True)
    (year_dir / "chien-dich.yml").write_text(campaign_text, encoding="utf-8")
    scale = 100.0
    while True:
        units = int(5 * scale)
        items = {"tham-muu": int(3 * scale), "nhiem-vu-ubnd": int(10 * scale)}
        text = _results_file("ca-nam", 2021, units, items, True)
        size = len(text.encode("utf-8"))
        if size <= MAX_FILE_BYTES and size > 0.99 * MAX_FILE_BYTES:
            break
        scale *= 0.995 * MAX_FILE_BYTES / size
    (year_dir / "don-vi.yml").write_text(_units_file(units), encoding="utf-8")
    (year_dir / "ket-qua" / "ca-nam.yml").write_text(text, encoding="utf-8")
    return {"units": units, "checklist_items": sum(items.values()), "results_file_bytes": size,
            "limit_bytes": MAX_FILE_BYTES}


def _workbook_figures(dataset, large: Path) -> dict:
    """One period of the large data as YAML and as a workbook: each read alone, then load() with the workbook."""
    year = dataset.year(YEARS[0])
    folder = large / str(YEARS[0]) / "ket-qua"
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
    results["targets_s"] = TARGETS
    results["met"] = {name: results[name] < limit for name, limit in TARGETS.items()}
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
             "large_workbook_load_s")]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'median':>9}  {'target':>7}  ok")
    for label, seconds, target in rows:
        limit = f"{TARGETS[target]:.1f} s" if target else ""
        ok = ("yes" if results["met"][target] else "NO") if target else ""
        print(f"{label:<{width}}  {seconds:>7.3f} s  {limit:>7}  {ok}")
    print(f"machine load (1 min average) before the runs: {results['load_average_1min_before']} "
          f"on {results['cpus']} CPUs; written: {OUTPUT.relative_to(ROOT)}")
    return 0 if all(results["met"].values()) else 1


if __name__ == "__main__":
    sys.exit(main())
