"""The hostile inputs of issue #19, each checked in a fresh process: its time, its peak memory, what was said.

Each case is the real data with one thing a pull request can do to it, made here (nothing large is committed).
The child process loads the data as `make validate` does and reports its wall time, its peak resident memory
(VmHWM, the interpreter and its imports included) and what the checker said. The target for every case:
at most MAX_PEAK_MIB and MAX_SECONDS; `make bench-validate` fails when one is missed.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Callable

from campaign.publish.workbooks import template_workbook
from campaign.read.load import load

ROOT = Path(__file__).resolve().parent.parent
MAX_PEAK_MIB = 300
MAX_SECONDS = 10.0

# Peak memory from /proc (VmHWM, made anew at exec); ru_maxrss would carry over this process's own peak at fork.
_CHILD = """
import json, re, resource, sys, time
from campaign.cli import summary_markdown
from campaign.read.load import load
start = time.perf_counter()
_, report = load(sys.argv[1])
seconds = time.perf_counter() - start
print(json.dumps({
    "seconds": round(seconds, 3),
    "peak_mib": round(int(re.search(r"VmHWM:\\s*(\\d+)", open("/proc/self/status").read()).group(1)) / 1024, 1),
    "codes": sorted({p.code for p in report.problems if not p.hidden}),
    "listed": sum(1 for p in report.problems if not p.hidden),
    "not_listed": sum(p.hidden for p in report.problems),
    "summary_bytes": len(summary_markdown(report.problems).encode("utf-8")),
}))
"""

Case = tuple[str, Callable[[Path], str]]  # (what it is, make(data) → the size of what it made)


def _copy(folder: Path) -> Path:
    data = folder / "data"
    shutil.copytree(ROOT / "data", data)
    return data


def _as_workbook(data: Path, edit: Callable[[dict[str, bytes]], None]) -> str:
    """The year-end period as the template the site offers, its parts changed by `edit`; its size."""
    dataset, _ = load(data)
    raw = template_workbook(dataset.years[0], "ca-nam")
    with zipfile.ZipFile(io.BytesIO(raw)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    edit(parts)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    folder = data / "2021" / "ket-qua"
    (folder / "ca-nam.yml").unlink()
    (folder / "ca-nam.xlsx").write_bytes(buffer.getvalue())
    return _size(len(buffer.getvalue()))


def _size(count: int) -> str:
    return f"{count / 1_000_000:.1f} MB" if count >= 1_000_000 else f"{count / 1000:.0f} KB"


def _sheet(parts: dict[str, bytes], number: int) -> str:
    return parts[f"xl/worksheets/sheet{number}.xml"].decode("utf-8")


def merge_over_a_whole_sheet(data: Path) -> str:
    def edit(parts):
        xml = _sheet(parts, 2).replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell '
                                       'ref="A1:XFD1048576"/></mergeCells>', 1)
        parts["xl/worksheets/sheet2.xml"] = xml.encode("utf-8")
    return _as_workbook(data, edit)


def empty_cells(data: Path) -> str:
    """3.6 million empty cells in one sheet, within the old bounds (15 MB a sheet): `<c/>` takes the next column."""
    def edit(parts):
        rows = "".join(f'<row r="{r}">' + "<c/>" * 1000 + "</row>" for r in range(100, 3700))
        parts["xl/worksheets/sheet3.xml"] = _sheet(parts, 3).replace("</sheetData>", rows + "</sheetData>",
                                                                     1).encode("utf-8")
    made = _as_workbook(data, edit)
    return f"{made}, 3.6 million cells"


def entity_bomb(data: Path) -> str:
    entities = "".join(f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10))
    def edit(parts):
        xml = _sheet(parts, 2).split("?>", 1)[-1]
        bomb = f'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY l0 "lol">{entities}]>'
        parts["xl/worksheets/sheet2.xml"] = (bomb + xml.replace("Văn phòng Sở", "&l9;", 1)).encode("utf-8")
    return _as_workbook(data, edit)


def lying_zip(data: Path) -> str:
    made = _as_workbook(data, lambda parts: None)
    path = data / "2021" / "ket-qua" / "ca-nam.xlsx"
    raw = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet2.xml"
    for signature, offset, header in ((b"PK\x01\x02", 24, 46), (b"PK\x03\x04", 22, 30)):
        at = raw.find(signature)
        while at >= 0:
            if raw[at + header:at + header + len(name)] == name:
                raw[at + offset:at + offset + 4] = (100).to_bytes(4, "little")
            at = raw.find(signature, at + 4)
    path.write_bytes(bytes(raw))
    return made


def huge_percentages(data: Path) -> str:
    def edit(parts):
        xml = _sheet(parts, 2)
        xml = re.sub(r'<c r="L6"[^>]*?(/>|>.*?</c>)', '<c r="L6" t="n"><v>1e300</v></c>', xml, count=1)
        xml = re.sub(r'<c r="L7"[^>]*?(/>|>.*?</c>)', '<c r="L7" t="n"><v>1e400</v></c>', xml, count=1)
        parts["xl/worksheets/sheet2.xml"] = xml.encode("utf-8")
    return _as_workbook(data, edit)


def results_full_of_mistakes(data: Path) -> str:
    body = ["ky: ca-nam", "don_vi:", "  - ma: van-phong", "    tong_so: 10"]
    body += [f"    muc_thu_{n}: no" for n in range(88_000)]
    path = data / "2021" / "ket-qua" / "ca-nam.yml"
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    return _size(path.stat().st_size)


def thirty_thousand_units(data: Path) -> str:
    lines = ["don_vi:"] + [f"  - {{ma: u{n}, ten: U{n}, su_nghiep_cong_lap: false}}" for n in range(30_000)]
    path = data / "2021" / "don-vi.yml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return _size(path.stat().st_size)


def workbook_at_the_cell_bound(data: Path) -> str:
    """The template and empty cells up to just under the bound on cells: what openpyxl may be asked to build."""
    def edit(parts):
        rows = "".join(f'<row r="{r}">' + "".join(f'<c r="{c}{r}"/>' for c in "ABCDEFGHIJ") + "</row>"
                       for r in range(100, 9600))
        parts["xl/worksheets/sheet3.xml"] = _sheet(parts, 3).replace("</sheetData>", rows + "</sheetData>",
                                                                     1).encode("utf-8")
    made = _as_workbook(data, edit)
    return f"{made}, 95,000 cells"


CASES: list[tuple[str, Callable[[Path], str]]] = [
    ("the real data, for comparison", lambda data: "as it is"),
    ("one merge over a whole sheet", merge_over_a_whole_sheet),
    ("3.6 million empty cells", empty_cells),
    ("XML entity bomb", entity_bomb),
    ("zip that lies about a part's size", lying_zip),
    ("huge and infinite percentages", huge_percentages),
    ("results file full of mistakes", results_full_of_mistakes),
    ("30,000 units", thirty_thousand_units),
    ("workbook at the bound on cells", workbook_at_the_cell_bound),
]


def check_in_child(data: Path) -> dict:
    """load(data) in a fresh process: its time, peak memory, and what it said."""
    child = subprocess.run([sys.executable, "-c", _CHILD, str(data)], cwd=ROOT, capture_output=True, text=True,
                           timeout=600)
    if child.returncode != 0:
        raise SystemExit(f"{data}: the checker failed inside:\n{child.stderr}")
    return json.loads(child.stdout)


def measure(folder: Path) -> list[dict]:
    """Each case made in `folder`, checked in a fresh process; its figures, and whether they met the targets."""
    results = []
    for number, (name, make) in enumerate(CASES):
        data = _copy(folder / f"case-{number}")
        made = make(data)
        figures = {"case": name, "input": made, **check_in_child(data)}
        figures["met"] = figures["peak_mib"] <= MAX_PEAK_MIB and figures["seconds"] <= MAX_SECONDS
        results.append(figures)
        shutil.rmtree(folder / f"case-{number}")
    return results


def table(results: list[dict]) -> str:
    width = max(len(r["case"]) for r in results)
    lines = [f"{'hostile input (issue #19)':<{width}}  {'input':>22}  {'time':>8}  {'peak':>9}  listed  not listed"
             f"  summary  ok  said"]
    for r in results:
        lines.append(f"{r['case']:<{width}}  {r['input']:>22}  {r['seconds']:>6.2f} s  {r['peak_mib']:>5.0f} MiB  "
                     f"{r['listed']:>6}  {r['not_listed']:>10}  {r['summary_bytes'] / 1000:>5.0f} KB  "
                     f"{'yes' if r['met'] else 'NO':>3}  {', '.join(r['codes'][:3])}")
    lines.append(f"targets: at most {MAX_PEAK_MIB} MiB and {MAX_SECONDS:.0f} s each (the interpreter and its imports "
                 "included)")
    return "\n".join(lines)
