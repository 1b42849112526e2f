"""The brief as a page: short main text without half-empty pages, tables readable with up to six
benchmarks. Measured from the PDF's word boxes (pdftotext -bbox)."""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from reporter.render import BUILTIN_TEMPLATES

MM = 72 / 25.4
TOP, BOTTOM = 37 * MM, 35 * MM  # the page margins of brief.css
PAGE_NUMBER = re.compile(r"—|\d+")


@dataclass(frozen=True)
class Word:
    x0: float
    y0: float
    x1: float
    y1: float
    text: str


@dataclass(frozen=True)
class Page:
    height: float
    words: list[Word]

    @property
    def text(self) -> str:
        return "".join(w.text for w in self.words)

    @property
    def fill(self) -> float:
        """How far down the type area the text reaches, 0 to 1 (the page number excluded)."""
        body = [w for w in self.words if not (PAGE_NUMBER.fullmatch(w.text) and w.y0 > self.height - BOTTOM)]
        lowest = max((w.y1 for w in body), default=TOP)
        return (lowest - TOP) / (self.height - TOP - BOTTOM)


def pages(pdf: Path) -> list[Page]:
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    result = []
    for height, body in re.findall(r'<page width="[\d.]+" height="([\d.]+)">(.*?)</page>', out, re.S):
        words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', body)
        result.append(Page(float(height), [Word(*map(float, w[:4]), w[4]) for w in words]))
    return result


def main_text(doc: list[Page]) -> list[Page]:
    """核心结论 to 对策建议: the pages up to the one where 附录一 begins."""
    end = next(i for i, p in enumerate(doc) if "附录一" in p.text)
    return doc[: end + 1]


def test_the_default_brief_is_four_pages_of_main_text_none_half_empty(default_brief):
    doc = main_text(pages(default_brief["pdf"]))
    assert len(doc) <= 4
    fills = [round(p.fill, 2) for p in doc[:-1]]
    assert all(f >= 0.5 for f in fills), fills


def test_no_built_in_style_forces_a_page_break():
    css = "".join(p.read_text(encoding="utf-8") for p in BUILTIN_TEMPLATES.glob("*.css"))
    css = re.sub(r"/\*.*?\*/", "", css, flags=re.S)  # a comment may say how to ask for one
    assert not re.search(r"break-(before|after)\s*:\s*(page|always)", css)


@pytest.fixture(scope="module")
def wide_briefs(corpus, tmp_path_factory) -> dict[int, Path]:
    from reporter.pipeline import make_brief

    benchmarks = ["松江区", "金山区", "上虞区", "泗泾镇", "上虞经开区", "上海湾区生物医药港"]
    out = tmp_path_factory.mktemp("wide")
    result = {}
    for n in (3, 6):
        paths = make_brief(corpus, "西双版纳州", benchmarks[:n], out, formats=("pdf",), warn=lambda _m: None)
        result[n] = next(p for p in paths if p.suffix == ".pdf")
    return result


def header_rows(doc: list[Page]) -> list[list[Word]]:
    """The header line of every table: the words on the line that starts with 指标."""
    rows = []
    for page in doc:
        for head in (w for w in page.words if w.text in ("指标", "指标（维度）")):
            line = [w for w in page.words if abs(w.y0 - head.y0) < 1 and w.x0 >= head.x0]
            if len(line) > 1:  # a header, not the word 指标 ending a line of text
                rows.append(sorted(line, key=lambda w: w.x0))
    return rows


@pytest.mark.parametrize("count", [3, 6])
def test_with_many_benchmarks_no_column_is_narrower_than_four_characters(wide_briefs, count):
    rows = header_rows(pages(wide_briefs[count]))
    assert rows, "no table header found"
    for row in rows:
        em = (row[0].x1 - row[0].x0) / len(row[0].text)  # 指标 or 指标（维度）: full-width characters
        assert len(row) >= count + 1, [w.text for w in row]  # 指标 and each benchmark (the target in most)
        widths = [b.x0 - a.x0 for a, b in zip(row, row[1:], strict=False)]
        assert min(widths) >= 4 * em, ([w.text for w in row], [round(w / em, 1) for w in widths])
