"""A target's chart: both ends of its axis labelled with the unit, the threshold and the cap labelled, no label over
another, all inside the picture, and its text equivalent whole; for every target of the real data and for any
threshold, cap and figures."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from fractions import Fraction
from html.parser import HTMLParser
from pathlib import Path

from factory import CSTDCS_CAP, MID, UNITS, YEAR_END, campaign, ratio_target, results, unit_result, year
from hypothesis import given
from hypothesis import strategies as st

from campaign.core import vi
from campaign.publish.chart import FONT_SIZES, chart
from campaign.read.load import load
from campaign.score.review import review

ROOT = Path(__file__).resolve().parent.parent
STYLESHEET = ROOT / "docs" / "stylesheets" / "thidua.css"
# A character's width, in em, for a label of Vietnamese words in the site's sans-serif fonts (Noto Sans measures
# 0.46 to 0.56 for the chart's labels, 0.7 for "0%"): the estimate this test judges overlaps by.
CHAR_EM = 0.6


def css_font_sizes() -> dict[str, float]:
    """The font size the stylesheet gives each class of the chart's texts."""
    sizes = {}
    for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", STYLESHEET.read_text(encoding="utf-8")):
        size = re.search(r"font-size:\s*([\d.]+)px", body)
        if size is None or "tt-chart" not in selectors:
            continue
        for selector in selectors.split(","):
            found = re.search(r"\.(tt-chart-[a-z]+)\s*$", selector.strip())
            sizes[found.group(1) if found else "text"] = float(size.group(1))
    return sizes


@dataclass(frozen=True)
class Label:
    css_class: str
    x: float
    y: float
    anchor: str
    text: str

    @property
    def size(self) -> float:
        return CSS_SIZES.get(self.css_class, CSS_SIZES["text"])

    def box(self) -> tuple[float, float, float, float]:
        """left, top, right, bottom: the width from the character count, the height from ascent to descent."""
        width = len(self.text) * CHAR_EM * self.size
        left = {"start": self.x, "middle": self.x - width / 2, "end": self.x - width}[self.anchor]
        return left, self.y - self.size, left + width, self.y + 0.25 * self.size


CSS_SIZES = css_font_sizes()


class _Svg(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.labels: list[Label] = []
        self.tracks: list[dict] = []
        self.view = (0.0, 0.0)
        self.title = ""
        self._open: dict | None = None
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "svg":
            self.view = tuple(float(v) for v in attrs["viewbox"].split()[2:])
        elif tag == "text":
            self._open = attrs | {"data": ""}
        elif tag == "title":
            self._in_title = True
        elif tag == "rect" and attrs.get("class") == "tt-chart-track":
            self.tracks.append(attrs)

    def handle_endtag(self, tag):
        if tag == "text" and self._open is not None:
            a = self._open
            self.labels.append(Label(a["class"], float(a["x"]), float(a["y"]), a.get("text-anchor", "start"),
                                     a["data"]))
            self._open = None
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data):
        if self._open is not None:
            self._open["data"] += data
        elif self._in_title:
            self.title += data


def parse(svg: str) -> _Svg:
    parser = _Svg()
    parser.feed(svg)
    return parser


def overlapping(labels: list[Label]) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            (al, at, ar, ab), (bl, bt, br, bb) = a.box(), b.box()
            if al < br and bl < ar and at < bb and bt < ab:
                found.append((a.text, b.text))
    return found


def outside(parsed: _Svg) -> list[str]:
    width, height = parsed.view
    return [label.text for label in parsed.labels
            if not (0 <= label.box()[0] and label.box()[2] <= width and 0 <= label.box()[1]
                    and label.box()[3] <= height)]


def check(svg: str, axis_ends: tuple[str, str], marks: list[str], periods: list[str]) -> None:
    """What every chart must hold: both axis ends at the ends of the tracks, the marks' labels, no overlap."""
    parsed = parse(svg)
    axis = [label for label in parsed.labels if label.css_class == "tt-chart-axis"]
    assert [label.text for label in axis] == list(axis_ends)
    track = parsed.tracks[0]
    start, end = float(track["x"]), float(track["x"]) + float(track["width"])
    assert abs(axis[0].x - start) < 0.15 and abs(axis[1].x - end) < 0.15, (axis, start, end)
    assert sorted(label.text for label in parsed.labels if label.css_class == "tt-chart-mark") == sorted(marks)
    assert not overlapping(parsed.labels), overlapping(parsed.labels)
    assert not outside(parsed), outside(parsed)
    assert "<script" not in svg and "style=" not in svg
    title = parsed.title.lower()
    for said in [*periods, f"trục từ {axis_ends[0]} đến {axis_ends[1]}".lower(), *marks]:
        assert said.lower() in title, (said, parsed.title)


def test_the_chart_and_the_stylesheet_agree_on_font_sizes():
    assert {c: CSS_SIZES.get(c, CSS_SIZES["text"]) for c in FONT_SIZES} == FONT_SIZES


def test_every_target_of_the_real_data_has_its_axis_threshold_and_cap_labelled_without_overlap():
    data, report = load(ROOT / "data")
    assert data is not None, report.problems
    for campaign_year in data.years:
        yr = review(campaign_year)
        for target in campaign_year.campaign.targets:
            over_periods = yr.target_over_periods(target.id)
            kind = over_periods[0].kind
            cap = campaign_year.campaign.cap(target.cap)
            svg = chart(over_periods, cap)
            goal = kind.goal(target, [t.evaluation for t in over_periods])
            marks = [f"Yêu cầu {kind.goal_label(target, goal)}"]
            if kind.scale == "percent":
                ends = ("0%", parse(svg).labels[-1].text)
                assert ends[1].endswith("%") and Fraction(ends[1][:-1].replace(",", ".")) >= goal
                if cap is not None and cap.maximum == goal:  # one line: one label
                    marks = [f"Yêu cầu và giới hạn {kind.goal_label(target, goal)}"]
                elif cap is not None:
                    marks.append(f"Giới hạn {vi.threshold(cap.maximum)}")
            elif kind.scale == "earned":
                ends = ("Chưa đạt", "Đạt")
            else:  # a count: the end says what it counts
                ends = ("0", f"{vi.number(goal)} {kind.noun_of(target)}")
                assert kind.noun_of(target)
            check(svg, ends, marks, [t.evaluation.period.name for t in over_periods])


def test_a_year_without_figures_has_no_overlap_and_no_scale_made_up(tmp_path):
    from sites import copy_real_data

    data, report = load(copy_real_data(tmp_path / "data", results=False))
    assert data is not None, report.problems
    campaign_year = data.year(2021)
    yr = review(campaign_year)
    for target in campaign_year.campaign.targets:
        over_periods = yr.target_over_periods(target.id)
        parsed = parse(chart(over_periods, campaign_year.campaign.cap(target.cap)))
        axis = [label.text for label in parsed.labels if label.css_class == "tt-chart-axis"]
        # A share's scale is known from its threshold, a title's from its two answers; a count's end is its goal,
        # which the figures bring: no end is made up.
        assert len(axis) == (2 if over_periods[0].kind.scale in ("percent", "earned") else 0), (target.id, axis)
        assert not overlapping(parsed.labels) and not outside(parsed), target.id
        assert "chưa có số liệu" in parsed.title and ("trục từ" in parsed.title) == bool(axis)


def test_the_ii_3f_axis_says_both_ends_beside_a_cap_equal_to_the_threshold():
    data, _ = load(ROOT / "data")
    yr = review(data.year(2021))
    svg = chart(yr.target_over_periods("II.3f"), data.year(2021).campaign.cap("tran-cstdcs"))
    parsed = parse(svg)
    assert [label.text for label in parsed.labels if label.css_class == "tt-chart-axis"] == ["0%", "20%"]
    # The cap equals the threshold: one line, one label ("Giới hạn 15%|Yêu cầu 15%" read as one run at 360 px).
    marks = [label.text for label in parsed.labels if label.css_class == "tt-chart-mark"]
    assert marks == ["Yêu cầu và giới hạn 15%"], marks
    assert "giới hạn" in parsed.title.lower()


@given(threshold=st.integers(1, 100), cap=st.one_of(st.none(), st.integers(1, 100)),
       staff=st.lists(st.tuples(st.integers(1, 2000), st.integers(0, 2000)), min_size=1, max_size=2),
       long_names=st.booleans())
def test_any_threshold_cap_and_figures_keep_every_label_apart(threshold, cap, staff, long_names):
    rows = [unit_result(unit.id, total, advanced=total, soldiers=min(part, total))
            for unit, (total, part) in zip(UNITS, staff)]
    target = ratio_target(("chien_si_thi_dua_co_so",), ("lao_dong_tien_tien",), threshold,
                          cap=None if cap is None else CSTDCS_CAP.id)
    camp = campaign(target)
    the_cap = dataclasses.replace(CSTDCS_CAP, maximum=Fraction(cap)) if cap is not None else None
    mid, end = MID, YEAR_END
    if long_names:  # names longer than the chart shows whole
        mid = dataclasses.replace(MID, name="Sơ kết 6 tháng đầu năm 2021 (bổ sung)")
        end = dataclasses.replace(YEAR_END, name="Tổng kết năm 2021, số liệu chốt")
    camp = dataclasses.replace(camp, periods=(mid, end), caps=(the_cap,) if the_cap else ())
    y = year(camp, UNITS, **{mid.id: results(mid, rows[:1]), end.id: results(end, rows)})
    svg = chart(review(y).target_over_periods(target.id), the_cap)
    marks = [f"Yêu cầu {vi.threshold(Fraction(threshold))}"]
    if the_cap is not None and the_cap.maximum == threshold:  # one line: one label
        marks = [f"Yêu cầu và giới hạn {vi.threshold(Fraction(threshold))}"]
    elif the_cap is not None:
        marks.append(f"Giới hạn {vi.threshold(the_cap.maximum)}")
    parsed = parse(svg)
    ends = ("0%", [label.text for label in parsed.labels if label.css_class == "tt-chart-axis"][-1])
    names = [label.text.rstrip("…") for label in parsed.labels if label.css_class == "tt-chart-label"]
    check(svg, ends, marks, names)


def test_the_overlap_check_sees_labels_that_meet():
    cap = Label("tt-chart-mark", 230, 40, "middle", "Giới hạn 20%")
    assert overlapping([cap, Label("tt-chart-axis", 262, 44, "start", "25%")])
    assert not overlapping([cap, Label("tt-chart-axis", 230, 60, "middle", "25%")])
