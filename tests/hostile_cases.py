"""What a pull request can put in data/ besides a wrong figure (issue #19), as generated cases.

Like tests/bad-data, each case turns a copy of the valid baseline into one hostile input and lists exactly what
the checker must report, as (file relative to the data folder, line, code). These inputs are links, pipes,
names Windows cannot hold and folders or lists far larger than any year: not files a case can be, so each is a
small function that makes its input. The workbooks of the same attack are in tests/workbook_cases.py.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from badcases import BASELINE


@dataclass(frozen=True)
class Case:
    name: str
    change: Callable[[Path], None]
    expected: frozenset[tuple[str, int, str]]


CASES: list[Case] = []


def case(*expected: tuple[str, int, str]):
    def register(change):
        CASES.append(Case(change.__name__.replace("_", "-"), change, frozenset(expected)))
        return change
    return register


def make_data(tmp: Path, case: Case) -> Path:
    data = shutil.copytree(BASELINE, tmp / "data")
    case.change(data)
    return data


# ---- only the repository's own regular files are read ------------------------------------------------------

@case((".cache/nhat-ky-so-lieu.json", 1, "file-not-regular"))
def link_in_a_hidden_folder(data):
    (data / ".cache").mkdir()
    (data / ".cache" / "nhat-ky-so-lieu.json").symlink_to("/etc/passwd")


@case(("2021/ghi-chu.txt", 1, "file-not-regular"))
def link_beside_the_data_files(data):
    (data / "2021" / "ghi-chu.txt").symlink_to("/etc/hostname")


@case(("2021/tai-lieu", 1, "file-not-regular"))
def link_to_a_folder_outside(data):
    (data / "2021" / "tai-lieu").symlink_to("/etc", target_is_directory=True)


@case((".git-hooks/pipe", 1, "file-not-regular"))
def pipe_in_a_hidden_folder(data):
    (data / ".git-hooks").mkdir()
    os.mkfifo(data / ".git-hooks" / "pipe")


@case(("schemas/ket-qua.schema.json", 1, "file-not-regular"))
def link_for_a_schema_and_nothing_else_read(data):
    """While a link is anywhere in data/, nothing is read: not the schemas (a link there would be read as the
    rules), not the results file broken beside it."""
    (data / "schemas").mkdir(exist_ok=True)
    (data / "schemas" / "ket-qua.schema.json").symlink_to("/etc/passwd")
    (data / "2021" / "ket-qua" / "ca-nam.yml").write_text("ky: [\n", encoding="utf-8")


# ---- names Windows cannot hold ------------------------------------------------------------------------------

@case(("2021/ket-qua/con.yml", 1, "file-name-reserved"))
def results_file_named_con(data):
    shutil.copy(data / "2021" / "ket-qua" / "ca-nam.yml", data / "2021" / "ket-qua" / "con.yml")


@case(("2021/aux", 1, "file-name-reserved"), ("LPT1.txt", 1, "file-name-reserved"),
      ("2021/ket-qua/ca-nam.yml.", 1, "file-name-reserved"), ("2021/ghi:chu.txt", 1, "file-name-reserved"))
def names_windows_reserves(data):
    (data / "2021" / "aux").mkdir()
    (data / "2021" / "aux" / "ghi-chu.txt").write_text("x")
    (data / "LPT1.txt").write_text("x")
    (data / "2021" / "ket-qua" / "ca-nam.yml.").write_text("x")
    (data / "2021" / "ghi:chu.txt").write_text("x")


# ---- folders and lists larger than any year ------------------------------------------------------------------

@case(("2021/ket-qua", 1, "too-many-files"))
def results_folder_of_thirty_one_files(data):
    for n in range(29):
        shutil.copy(data / "2021" / "ket-qua" / "ca-nam.yml", data / "2021" / "ket-qua" / f"ky-{n:02d}.yml")


@case((".", 1, "too-many-files"))
def fifty_one_year_folders(data):
    for year in range(2030, 2081):
        (data / str(year)).mkdir()


@case((".", 1, "too-many-files"))
def two_thousand_files_in_a_folder(data):
    (data / "tai-lieu").mkdir()
    for n in range(2_001):
        (data / "tai-lieu" / f"{n}.txt").write_bytes(b"")


@case(("2021/don-vi.yml", 3, "too-many-items"))
def thirty_thousand_units(data):
    """1.5 MB, within the file's bound: refused for its length, before any of the units is checked."""
    lines = ["# yaml-language-server: $schema=../../../../data/schemas/don-vi.schema.json", "# 30,000 units",
             "don_vi:"]
    lines += [f"  - {{ma: u{n}, ten: U{n}, su_nghiep_cong_lap: false}}" for n in range(30_000)]
    (data / "2021" / "don-vi.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")


@case((".", 1, "data-too-large"))
def more_than_the_site_can_be_built_from(data):
    """500 units (the schema's bound) × 12 monthly periods × 24 targets: each list within its bound, the whole
    far past what the build does in half a minute (a build past 240 s, in the attack this case stands for)."""
    year = data / "2021"
    lines = ["don_vi:"] + [f"  - {{ma: u{n}, ten: U{n}, su_nghiep_cong_lap: {str(n % 5 == 0).lower()}}}"
                           for n in range(500)]
    (year / "don-vi.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    text = (year / "chien-dich.yml").read_text(encoding="utf-8")
    months = "".join(f"  - ma: {'6-thang' if m == 6 else 'ca-nam' if m == 12 else f'thang-{m:02d}'}\n"
                     f"    ten: Tháng {m}\n    den_ngay: {28 if m == 2 else 30:02d}/{m:02d}/2021\n" for m in range(1, 13))
    text = re.sub(r"ky_bao_cao:\n(?:  .*\n)+", "ky_bao_cao:\n" + months, text)
    targets = re.search(r"chi_tieu:\n((?:  .*\n)+)", text).group(1)
    copies = "".join(re.sub(r"(- ma: II\.[0-9a-z]+)", rf"\1.{n}", targets) for n in range(1, 4))
    (year / "chien-dich.yml").write_text(text.replace(targets, targets + copies), encoding="utf-8")
    for results in (year / "ket-qua").iterdir():
        results.unlink()


@case((".", 1, "data-too-large"))
def data_folder_heavier_than_any_year(data):
    """Eleven MB under data/, in files the checker would not even read: the bound is on all the bytes there."""
    (data / "tai-lieu").mkdir()
    for n in range(6):
        (data / "tai-lieu" / f"ban-sao-{n}.txt").write_bytes(b"x" * 1_900_000)
