"""Reading the cases of tests/bad-data: each file is one mistake, applied to the valid baseline.

A case starts with comment lines that say what it does and what the checker must report:

    # replaces: 2021/ket-qua/ca-nam.yml  expect: ratings-sum-mismatch @ 9
    # expect: over-cap @ 2021/ket-qua/ca-nam.yml:5

- `replaces: PATH`: the case file, header included, becomes PATH in the baseline (line numbers in
  `expect` are therefore the case file's own).
- `adds: PATH`: the same, for a file the baseline does not have.
- `removes: PATH`: PATH (a file or a folder) is deleted; the rest of the case file is not used.
- `links: PATH  to: TARGET`: PATH (deleted first if the baseline has it) becomes a symbolic link to TARGET
  (absolute, or relative to the link's folder); the rest of the case file is not used.
- PATH may hold %-escapes (`%0A` for a line break), for names the case's own file name cannot have.
- `size: BYTES`: the case is padded with comment lines to BYTES bytes, for a file too large to keep here.
- `encoding: CODEC`: the case is written in CODEC instead of UTF-8, as a misconfigured editor saves it.
- `expect: CODE @ LINE` or `CODE @ PATH:LINE`, several separated by commas: the exact set of problems,
  warnings included. PATH is relative to the data folder ("." for the folder itself) and defaults to
  the file the case replaces, adds or removes.
"""

from __future__ import annotations

import re
import shutil
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

TESTS = Path(__file__).resolve().parent
CASES = TESTS / "bad-data"
BASELINE = TESTS / "fixtures" / "valid"

_KEYS = ("replaces", "adds", "removes", "links", "to", "size", "encoding", "expect")
_ACTIONS = ("replaces", "adds", "removes", "links")
_FIELD = re.compile(rf"\b({'|'.join(_KEYS)}):\s*(.*?)\s*(?=\b(?:{'|'.join(_KEYS)}):|$)")
_EXPECT = re.compile(r"([a-z]+(?:-[a-z]+)*)\s*@\s*(?:(\S+):)?([0-9]+)")


@dataclass(frozen=True)
class Case:
    name: str
    action: str  # replaces, adds, removes or links
    target: str
    encoding: str
    expected: frozenset[tuple[str, int, str]]  # (file relative to the data folder, line, code)
    body: str
    link_to: str | None = None

    def apply(self, data: Path) -> None:
        """Turn a copy of the baseline at `data` into this case."""
        path = data / self.target
        if self.action == "removes":
            assert path.exists(), f"{self.name}: {self.target} is not in the baseline"
            shutil.rmtree(path) if path.is_dir() else path.unlink()
            return
        if self.action == "links":
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.exists():
                path.unlink()
            path.symlink_to(self.link_to)
            return
        assert path.exists() == (self.action == "replaces"), \
            f"{self.name}: use 'replaces' for a file of the baseline and 'adds' for a new one"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(_encode(self.body, self.encoding))


def _encode(text: str, encoding: str) -> bytes:
    if encoding == "cp1258":
        # Windows-1258 has the letters with a circumflex, breve or horn, and takes tone marks apart.
        text = re.sub("[A-Za-z][\u0302\u0306\u031b]", lambda m: unicodedata.normalize("NFC", m.group()),
                      unicodedata.normalize("NFD", text))
    return text.encode(encoding)


def read_case(path: Path) -> Case:
    body = path.read_text(encoding="utf-8")
    fields: dict[str, list[str]] = {}
    for line in body.splitlines():
        found = _FIELD.findall(line[1:]) if line.startswith("#") else []
        if not found:
            break
        for key, value in found:
            fields.setdefault(key, []).append(value)
    actions = [key for key in _ACTIONS if key in fields]
    assert len(actions) == 1 and len(fields[actions[0]]) == 1, \
        f"{path.name}: say exactly one of replaces:, adds:, removes:, links: in the first comment lines"
    action = actions[0]
    target = unquote(fields[action][0])
    assert ("to" in fields) == (action == "links"), f"{path.name}: links: PATH needs to: TARGET, and only it"
    if "size" in fields:
        body = _padded(body, int(fields["size"][0]))
    expected = set()
    for value in fields.get("expect", []):
        for part in value.split(","):
            match = _EXPECT.fullmatch(part.strip())
            assert match, f"{path.name}: cannot read 'expect: {part.strip()}' (write CODE @ LINE or CODE @ PATH:LINE)"
            code, file, line = match.groups()
            expected.add((unquote(file) if file else target, int(line), code))
    assert expected, f"{path.name}: say what the checker must report with 'expect:'"
    return Case(path.stem, action, target, fields.get("encoding", ["utf-8"])[0], frozenset(expected), body,
                fields.get("to", [None])[0])


def _padded(body: str, size: int) -> str:
    line = "# " + "phần dán nhầm " * 5 + "\n"
    missing = max(size - len(body.encode("utf-8")), 0)
    return body + line * (missing // len(line.encode("utf-8")) + 1)


def all_cases() -> list[Case]:
    return [read_case(path) for path in sorted(CASES.iterdir()) if path.suffix == ".yml"]


def relative_file(problem_file: str, data_name: str) -> str:
    """A problem's file relative to the data folder, as `expect:` writes it."""
    if problem_file == data_name:
        return "."
    prefix = data_name + "/"
    assert problem_file.startswith(prefix), f"problem file {problem_file!r} is not under {data_name}/"
    return problem_file[len(prefix):]
