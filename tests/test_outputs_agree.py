"""Every output says the same about the same target and unit: the web scoreboard and its grid, the CSV, the JSON
and the Council's workbook are writers of one review, and this test reads what each of them wrote."""

import csv
import html
import io
import json
import re
import subprocess
import sys
import unicodedata
import zipfile

import openpyxl
import pytest

from campaign.read.load import load
from campaign.score.review import review

pytestmark = pytest.mark.site


def _cells(row_html: str) -> list[str]:
    """The cells of a row as words: a sign with what a screen reader says for it, then the figure."""
    out = []
    for cell in re.findall(r"<td[^>]*>(.*?)</td>", row_html, re.S):
        sign = re.search(r'aria-label="([^"]*)"[^>]*>([^<]*)</span>', cell)
        text = html.unescape(re.sub(r"<[^>]+>", "", cell)).strip()
        if sign:
            rest = html.unescape(re.sub(r"<[^>]+>", "", cell[sign.end():])).strip()
            text = " ".join(x for x in (sign.group(2), html.unescape(sign.group(1)), rest) if x)
        out.append(re.sub(r"\s+", " ", text))
    return out


def _web_grid(page: str) -> dict[str, list[str]]:
    grid = page[page.index('class="tt-grid"'):]
    grid = grid[:grid.index("</table>")]
    rows = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", grid.split("<tbody>")[1], re.S):
        cells = _cells(row)
        rows[cells[0]] = cells[1:]
    return rows


def _web_board(page: str) -> dict[str, tuple[str, str]]:
    """Each target's (status, figure) in the scoreboard's main table."""
    table = page[page.index("<table>"):page.index("</table>")]
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table.split("<tbody>")[1], re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        code = html.unescape(re.sub(r"<[^>]+>", "", cells[0])).split(".")[0] + "." + \
            html.unescape(re.sub(r"<[^>]+>", "", cells[0])).split(".")[1]
        figure = html.unescape(re.sub(r"<[^>]+>", "", cells[1].split("<br")[0])).strip()
        status = html.unescape(re.sub(r"<[^>]+>", "", re.sub(r'<span aria-hidden="true">[^<]*</span>', "",
                                                              cells[3]))).strip()
        rows[code] = (status, figure)
    return rows


def test_the_web_grid_the_workbook_grid_and_the_csv_say_the_same(built_site):
    data, _ = load("data")
    year = data.year(2021)
    yr = review(year)
    for period in yr.periods:
        board_page = "index.html" if period is yr.leading else f"{period.period.id}/index.html"
        page = (built_site / "2021" / "bang-theo-doi" / board_page).read_text(encoding="utf-8")
        web = _web_grid(page)
        book = openpyxl.load_workbook(built_site / "2021" / "tai-ve" / f"ky-{period.period.id}" / f"bang-theo-doi-2021-{period.period.id}.xlsx")
        sheet = book["Đơn vị × chỉ tiêu"]
        unit = [c.value for c in sheet[3]].index("Đơn vị")  # one period's workbook has no period column
        workbook = {row[unit]: list(row[unit + 1:]) for row in sheet.iter_rows(min_row=4, values_only=True)}
        for u in period.units:
            assert web[u.unit.name] == workbook[u.unit.name], u.unit.name
        assert web["Toàn Sở"] == workbook["Toàn Sở"]
        # A count against a number asked is the count alone: "1/1" read as one unit out of one.
        if period is yr.leading:
            codes = [t.id for t in year.campaign.targets]
            assert web["Toàn Sở"][codes.index("II.3h")] == "✓ Đạt 1", web["Toàn Sở"]

        board = _web_board(page)
        text = (built_site / "2021" / "tai-ve" / f"ky-{period.period.id}" / f"bang-theo-doi-2021-{period.period.id}.csv").read_text(encoding="utf-8")
        rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
        document = json.loads((built_site / "2021" / "tai-ve" / f"ky-{period.period.id}" / f"bang-theo-doi-2021-{period.period.id}.json")
                              .read_text(encoding="utf-8"))
        sheet = book["Bảng theo dõi"]
        headers = [c.value for c in sheet[3]]
        in_book = {r[headers.index("Mã")]: dict(zip(headers, r)) for r in sheet.iter_rows(min_row=4, values_only=True)}
        assert len(rows) == len(document["chi_tieu"]) == len(in_book) == len(board) == len(year.campaign.targets)
        for row, entry in zip(rows, document["chi_tieu"]):
            code = row["Mã"]
            said = {
                "web": board[code],
                "csv": (row["Trạng thái"], row["Kết quả"]),
                "json": (entry["trang_thai"], entry["ket_qua"]),
                "workbook": (in_book[code]["Trạng thái"], in_book[code]["Kết quả"]),
            }
            assert len(set(said.values())) == 1, (period.period.id, code, said)


def test_every_output_names_the_whole_department_as_the_pages_do(built_site):
    """The pages say "Toàn Sở" for the department as a whole; the CSV, the JSON, the Council's workbook and the
    checker once said "toàn cơ quan". The real data has a department's share over a cap (II.3f), so each output
    names the department at least once where the other term stood."""
    other = re.compile("toàn cơ quan", re.IGNORECASE)
    for path in sorted(p for p in built_site.rglob("*") if p.is_file()):
        if path.suffix == ".xlsx":
            with zipfile.ZipFile(path) as book:
                text = "".join(book.read(n).decode("utf-8") for n in book.namelist() if n.endswith(".xml"))
        elif path.suffix in (".html", ".csv", ".json", ".js", ".txt", ".xml"):
            text = path.read_text(encoding="utf-8")
        else:
            continue
        assert not other.search(unicodedata.normalize("NFC", html.unescape(text))), path
    checked = subprocess.run([sys.executable, "-m", "campaign", "validate", "data"], capture_output=True,
                             text=True, encoding="utf-8")
    assert not other.search(checked.stdout + checked.stderr)
    assert "[over-cap] Toàn Sở (" in checked.stdout

    folder = built_site / "2021" / "tai-ve" / "ky-ca-nam"
    rows = list(csv.DictReader(io.StringIO((folder / "bang-theo-doi-2021-ca-nam.csv").read_text(encoding="utf-8")
                                           .lstrip("\ufeff"))))
    assert "Toàn Sở" in next(r for r in rows if r["Mã"] == "II.3f")["Vượt giới hạn"].split("; ")
    document = json.loads((folder / "bang-theo-doi-2021-ca-nam.json").read_text(encoding="utf-8"))
    assert "Toàn Sở" in next(t for t in document["chi_tieu"] if t["ma"] == "II.3f")["vuot_gioi_han"]
    sheet = openpyxl.load_workbook(folder / "bang-theo-doi-2021-ca-nam.xlsx")["Bảng theo dõi"]
    headers = [c.value for c in sheet[3]]
    flagged = [r[headers.index("Vượt giới hạn")] for r in sheet.iter_rows(min_row=4, values_only=True)
               if r[headers.index("Mã")] == "II.3f"]
    assert "Toàn Sở" in flagged[0].split("; ")
