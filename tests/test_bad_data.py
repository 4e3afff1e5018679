"""One file per mistake in tests/bad-data: the checker must report exactly that mistake, at its line."""

from __future__ import annotations

import ast
import re
import shutil
from pathlib import Path

import pytest
from badcases import BASELINE, CASES, Case, all_cases, relative_file

from campaign.core import catalogue
from campaign.core.catalogue import CATALOGUE
from campaign.core.problems import Problem, Severity
from campaign.read.load import load

ROOT = Path(__file__).resolve().parent.parent
CASE_LIST = all_cases()

# Vietnamese letters that English never has: a message for the Office has at least one.
VIETNAMESE = re.compile("[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]", re.IGNORECASE)
# What Python leaks when an exception or a raw value ends up in a message.
JUNK = re.compile(r"Traceback|Error\b|Exception|\bNone\b|\bTrue\b|\bFalse\b|Decimal\(|Fraction\(|\{'|\['|"
                  r"object at 0x|<[a-z_.]+>|tag:yaml\.org|\\[nt]")
# The functions that make a problem, and where each takes the problem's code.
CODE_ARGUMENT = {"make": 0, "_at": 2, "_figure_at": 2, "problem": 1, "_problem": 1}


def run_case(case: Case, tmp_path: Path) -> list[Problem]:
    data = tmp_path / "data"
    shutil.copytree(BASELINE, data)
    case.apply(data)
    _, report = load(data)
    return report.problems


def found(problems: list[Problem]) -> set[tuple[str, int, str]]:
    """The problems of the data; notes only say which checks wait for a fix, and have tests of their own."""
    return {(relative_file(p.file, "data"), p.line, p.code) for p in problems if p.severity is not Severity.NOTE}


def emitted_codes() -> set[str]:
    """Every problem code the checker's source can emit, read from the calls that make problems."""
    codes = set()
    for path in sorted((ROOT / "campaign").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", None))
            if name not in CODE_ARGUMENT or len(node.args) <= CODE_ARGUMENT[name]:
                continue
            code = node.args[CODE_ARGUMENT[name]]
            if isinstance(code, ast.Name) and code.id == "code":
                continue  # a helper handing on its own `code` parameter
            assert isinstance(code, ast.Name) and isinstance(getattr(catalogue, code.id, None), catalogue.Code), (
                f"{path.name}:{node.lineno}: name the problem code by its constant in campaign.core.catalogue")
            codes.add(getattr(catalogue, code.id).code)
    return codes


def test_baseline_is_valid_and_quiet():
    _, report = load(BASELINE.parent / "valid")
    assert report.problems == []


def test_there_are_enough_cases():
    assert len(CASE_LIST) >= 30
    assert len({c.name for c in CASE_LIST}) == len(CASE_LIST)
    assert not [p.name for p in CASES.iterdir() if p.suffix != ".yml" and p.name != "README.md"], \
        "a case is a .yml file"


@pytest.mark.parametrize("case", CASE_LIST, ids=[c.name for c in CASE_LIST])
def test_case_reports_exactly_its_mistake(case: Case, tmp_path: Path):
    problems = run_case(case, tmp_path)
    got = found(problems)
    listing = "\n".join(p.as_text() for p in problems)
    assert got == set(case.expected), f"expected {sorted(case.expected)}, got:\n{listing}"


@pytest.mark.parametrize("case", CASE_LIST, ids=[c.name for c in CASE_LIST])
def test_case_messages_are_vietnamese_and_clean(case: Case, tmp_path: Path):
    for problem in run_case(case, tmp_path):
        assert VIETNAMESE.search(problem.message), problem.as_text()
        assert not JUNK.search(problem.message), problem.as_text()
        assert problem.line >= 1 and problem.column >= 1, problem.as_text()


def covered_codes() -> set[str]:
    """The codes the cases here, the workbook cases (tests/workbook_cases.py) and the generated hostile inputs
    (tests/hostile_cases.py) expect."""
    from hostile_cases import CASES as HOSTILE_CASES
    from workbook_cases import CASES as WORKBOOK_CASES

    return ({code for case in CASE_LIST for _, _, code in case.expected}
            | {code for case in WORKBOOK_CASES for *_, code in case.expected}
            | {code for case in HOSTILE_CASES for *_, code in case.expected})


def test_every_code_the_checker_emits_has_a_case():
    covered = covered_codes()
    notes = {c.code for c in CATALOGUE.values() if c.severity is Severity.NOTE}  # tests/test_one_round.py
    missing = emitted_codes() - covered - notes
    assert not missing, f"add a case to tests/bad-data for: {', '.join(sorted(missing))}"


def test_every_expected_code_exists():
    unknown = covered_codes() - emitted_codes()
    assert not unknown, f"cases expect codes the checker never emits: {', '.join(sorted(unknown))}"
