"""Issue #19: what a pull request can smuggle into data/, and the bounds on what any input can cost.

Each generated case (tests/hostile_cases.py) must give exactly its problems at their places; problems past the
bounds are counted, not listed, whatever the input. Time and memory of the large inputs are measured by
`make bench-validate`, not here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from badcases import BASELINE, relative_file
from hostile_cases import CASES, Case, make_data
from test_bad_data import JUNK, VIETNAMESE

from campaign.cli import main, summary_markdown
from campaign.core.problems import Severity, summary
from campaign.read import limits
from campaign.read.load import load
from campaign.read.strict_yaml import parse


def found(problems) -> set[tuple[str, int, str]]:
    return {(relative_file(p.file, "data"), p.line, p.code) for p in problems if p.severity is not Severity.NOTE}


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_case_reports_exactly_its_problems(case: Case, tmp_path: Path):
    data, report = load(make_data(tmp_path, case))
    listing = "\n".join(p.as_text() for p in report.problems)
    assert data is None and found(report.problems) == set(case.expected), listing
    for problem in report.problems:
        assert VIETNAMESE.search(problem.message) and not JUNK.search(problem.message), problem.as_text()


def test_a_link_is_never_followed_nor_quoted(tmp_path):
    case = next(c for c in CASES if c.name == "link-in-a-hidden-folder")
    _, report = load(make_data(tmp_path, case))
    assert "root:" not in "\n".join(p.as_text() for p in report.problems)  # /etc/passwd's first line


def _results_full_of_mistakes(data: Path, lines: int) -> Path:
    """A results file where every line is a mistake: a key nobody knows, a value YAML misreads."""
    path = data / "2021" / "ket-qua" / "ca-nam.yml"
    body = ["ky: ca-nam", "don_vi:", "  - ma: van-phong", "    tong_so: 10"]
    body += [f"    muc_thu_{n}: no" for n in range(lines)]
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    return path


def test_a_file_full_of_mistakes_lists_the_first_and_counts_the_rest(tmp_path):
    data = make_data(tmp_path, Case("none", lambda d: None, frozenset()))
    _results_full_of_mistakes(data, 40_000)  # 0.9 MB; bench/validate.py measures one at the 2 MB bound
    _, report = load(data)
    mine = [p for p in report.problems if p.file.endswith("ket-qua/ca-nam.yml")]
    listed = [p for p in mine if not p.hidden]
    (more,) = [p for p in mine if p.hidden]
    assert len(listed) == limits.MAX_PROBLEMS_PER_FILE and more.is_error
    assert more.code == "problems-not-shown" and more.message.startswith(f"… và {more.hidden:,} lỗi khác".replace(",", "."))
    # Each line: an ambiguous "no" and an unknown key; and one note that the file's other checks wait.
    assert more.hidden + len(listed) == 80_001 and all(p.is_error for p in listed)
    assert f"Còn {more.hidden:,} lỗi".replace(",", ".") in summary(report.problems)


def test_the_pull_requests_summary_stays_far_under_githubs_limit(tmp_path, capsys):
    """GitHub's step summary takes at most 1 MiB; every file of a year full of mistakes stays a few hundred KB."""
    data = make_data(tmp_path, Case("none", lambda d: None, frozenset()))
    _results_full_of_mistakes(data, 20_000)
    for period in ("6-thang", "ky-3", "ky-4"):
        path = data / "2021" / "ket-qua" / f"{period}.yml"
        path.write_text("ky: x\n" + "".join(f"k{n}: " + "x" * 900 + "\n" for n in range(2000)), encoding="utf-8")
    assert main(["validate", str(data), "--format", "markdown"]) == 1
    page = capsys.readouterr().out
    assert len(page.encode("utf-8")) < 600_000
    assert page.count("\n- ") <= limits.MAX_PROBLEMS + 4 and "chưa được liệt kê" in page
    _, report = load(data)
    assert len(summary_markdown(report.problems).encode("utf-8")) == len(page.encode("utf-8"))


def test_bounds_keep_every_error_visible():
    """A cut never hides that there are errors: the line standing for them is an error itself."""
    problems = [limits.not_shown("a.yml", 5, Severity.ERROR), limits.not_shown("b.yml", 2, Severity.WARNING)]
    kept = limits.bounded(problems)
    assert [(p.file, p.hidden, p.severity) for p in kept] == [("a.yml", 5, Severity.ERROR),
                                                              ("b.yml", 2, Severity.WARNING)]


def test_a_lone_surrogate_escape_is_named_as_such():
    doc = parse("data/x.yml", b'ten: "Ph\\ud800ng"\n')
    (problem,) = doc.problems
    assert (problem.line, problem.column, problem.code) == (1, 9, "yaml-syntax")
    assert "\\ud800" in problem.message and "surrogate" in problem.message and "ngoặc kép mở" not in problem.message


def test_a_list_of_known_codes_is_cut_in_a_message(tmp_path):
    assert limits.listing([f"don-vi-{n}" for n in range(500)]).endswith("… (và 480 mã khác)")
    assert limits.listing([]) == "(chưa có)"


def test_every_list_of_the_schemas_is_bounded_before_its_entries_are_checked():
    """Each array and keyed object of a data file has a bound, said before its entries (`validate` stops there)."""
    import json

    def walk(node, where):
        if isinstance(node, dict):
            if node.get("type") == "array" or (node.get("type") == "object" and "additionalProperties" in node
                                                and isinstance(node["additionalProperties"], dict)):
                bound = "maxItems" if node["type"] == "array" else "maxProperties"
                keys = list(node)
                assert bound in node or "uniqueItems" in node, where
                if bound in node:
                    assert all(keys.index(bound) < keys.index(k) for k in ("items", "additionalProperties",
                                                                            "propertyNames") if k in node), where
            for key, value in node.items():
                walk(value, f"{where}/{key}")
        elif isinstance(node, list):
            for index, value in enumerate(node):
                walk(value, f"{where}/{index}")

    for path in (BASELINE.parents[2] / "data" / "schemas").glob("*.json"):
        walk(json.loads(path.read_text(encoding="utf-8")), path.name)
