"""Pictures of the workbooks for the Office guide (docs/images/excel-*.png), made from the real data.

Run after a change to the workbooks' layout: `.venv/bin/python scripts/guide_screenshots.py`. Needs LibreOffice
(`apt-get install libreoffice-calc-nogui`), pdftoppm (poppler-utils) and pngquant: LibreOffice prints each
workbook to PDF as a spreadsheet program shows it, pdftoppm cuts the part the guide shows, pngquant keeps the
pictures small. The filled workbook is the guide's worked example: Phòng chuyên môn B earns its collective title.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import openpyxl  # noqa: E402

from campaign.publish.workbooks import scoreboard_workbook, template_workbook  # noqa: E402
from campaign.read.load import load  # noqa: E402
from campaign.score.review import review  # noqa: E402

IMAGES = ROOT / "docs" / "images"
# (workbook, sheet, dots per inch, x, y, width, height) of each picture.
PICTURES = {
    "excel-mau-huong-dan.png": ("ca-nam", "Hướng dẫn", 100, 30, 80, 700, 540),
    "excel-mau-don-vi.png": ("ca-nam", "Đơn vị", 110, 33, 77, 1700, 300),
    "excel-bang-theo-doi.png": ("bang-theo-doi", "Bảng theo dõi", 110, 33, 77, 1110, 610),
}


def main() -> None:
    data, report = load(ROOT / "data")
    assert data is not None, [p.as_text() for p in report.errors]
    year = data.year(2021)
    book = openpyxl.load_workbook(io.BytesIO(template_workbook(year, "ca-nam")))
    book["Đơn vị"]["J6"] = "Tập thể lao động tiên tiến"
    filled = io.BytesIO()
    book.save(filled)
    workbooks = {"ca-nam": filled.getvalue(), "bang-theo-doi": scoreboard_workbook(review(year), "ca-nam")}
    IMAGES.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for name, (source, sheet, dpi, x, y, width, height) in PICTURES.items():
            # One sheet per file, so the picture is the first page of its PDF however long the other sheets are.
            book = openpyxl.load_workbook(io.BytesIO(workbooks[source]))
            for other in [s for s in book.sheetnames if s != sheet]:
                del book[other]
            # The picture shows more of the sheet's width than A4 holds, as a wide screen does: printed on A3 across,
            # at 100 % (the workbook itself prints on A4).
            book[sheet].page_setup.paperSize = 8
            stem = folder / Path(name).stem
            book.save(f"{stem}.xlsx")
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", tmp, f"{stem}.xlsx"],
                           check=True, capture_output=True, timeout=300)
            subprocess.run(["pdftoppm", "-r", str(dpi), "-f", "1", "-l", "1", "-x", str(x), "-y", str(y),
                            "-W", str(width), "-H", str(height), "-singlefile", "-png", f"{stem}.pdf", str(stem)],
                           check=True)
            subprocess.run(["pngquant", "--force", "--strip", "--quality", "60-90", "--output", str(IMAGES / name),
                            f"{stem}.png"], check=True)
            print(f"{IMAGES.relative_to(ROOT) / name}: {(IMAGES / name).stat().st_size} bytes")


if __name__ == "__main__":
    main()
