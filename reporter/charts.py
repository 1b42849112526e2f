"""Charts: SVG bar charts drawn with matplotlib, Chinese labels kept as text.

Values are shown as a share of the benchmark (benchmark = 100%), so a value of
7.8% of the benchmark stays visible next to one of 300%. Text stays text in the
SVG (svg.fonttype = none) so WeasyPrint sets it in the brief's CJK font.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
from pathlib import Path

CHART_FONT = ["Noto Sans CJK SC", "DejaVu Sans"]
COLOURS = ["#1f4e79", "#c55a11", "#548235", "#7f6000"]


def ratio_bars(labels: list[str], series: dict[str, list[float | None]], title: str = "", key: str = "") -> str:
    """The chart's SVG, drawn once per set of labels and values and then read from the cache.

    Drawing costs matplotlib's import (~0.5 s) and ~0.1 s a chart; the same
    indicator set recurs across the briefs of a batch and across re-runs.
    """
    if not labels:
        return ""
    from reporter.files import default_cache_dir, usable_dir, write_private

    digest = chart_key(labels, series, title, key)
    path = chart_cache_dir() / f"{digest}.svg"
    usable = usable_dir(default_cache_dir())
    try:
        svg = path.read_text(encoding="utf-8") if usable else ""
        if is_plain_chart(svg):
            return svg
    except (OSError, ValueError):
        pass  # unreadable or not a chart of ours: drawn again and replaced
    svg = draw_ratio_bars(labels, series, title, key)
    if usable:
        try:
            write_private(path, svg.encode("utf-8"))
        except OSError:
            pass  # a cache that cannot be written only costs time
    return svg


# What matplotlib's SVG backend writes; a cached chart with anything else is drawn again.
SVG_TAGS = {"svg", "metadata", "defs", "style", "g", "path", "clipPath", "rect", "text", "use", "title", "desc"}
SVG_METADATA = ("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}", "{http://purl.org/dc/", "{http://creativecommons")
SVG_NS = "{http://www.w3.org/2000/svg}"
XLINK_HREF = "{http://www.w3.org/1999/xlink}href"
UNSAFE_VALUE = re.compile(r"url\(\s*['\"]?(?!#)|@import|javascript:|expression\(", re.I)


def is_plain_chart(svg: str) -> bool:
    """Whether a cached SVG is a chart as drawn here: well-formed, no doctype, entities,
    comments or CDATA, only the elements matplotlib writes, no event handlers, and links
    and url() only to ids inside the chart. It goes into the brief unescaped."""
    import xml.etree.ElementTree as ET

    if not svg.startswith("<svg") or "<!" in svg or "<?" in svg:
        return False
    try:
        root = ET.fromstring(svg)
    except ET.ParseError:
        return False
    if root.tag != SVG_NS + "svg":
        return False
    for el in root.iter():
        tag = el.tag.removeprefix(SVG_NS)
        if tag not in SVG_TAGS and not tag.startswith(SVG_METADATA):
            return False
        if el.text and UNSAFE_VALUE.search(el.text):
            return False
        for name, value in el.attrib.items():
            local = name.rsplit("}", 1)[-1]
            if local.lower().startswith("on") or UNSAFE_VALUE.search(value):
                return False
            if local == "href" and (name != XLINK_HREF or not value.startswith("#")):
                return False
    return True


def chart_key(labels, series, title: str, key: str) -> str:
    from reporter.cache import library_version

    source = Path(__file__).read_bytes()  # a change to how charts are drawn makes new keys
    payload = repr((labels, sorted(series.items()), title, key, library_version("matplotlib"))).encode("utf-8")
    return hashlib.sha256(source + payload).hexdigest()[:32]


def chart_cache_dir() -> Path:
    from reporter.files import default_cache_dir

    return default_cache_dir() / "charts"


def draw_ratio_bars(labels: list[str], series: dict[str, list[float | None]], title: str = "", key: str = "") -> str:
    """Horizontal bars, one group per label, one bar per benchmark (target/benchmark).

    A log scale is used when the ratios span more than 20x, so 3% and 300% both stay readable.
    """
    plt = pyplot()
    shown = [v * 100 for vals in series.values() for v in vals if v is not None and v > 0]
    log = bool(shown) and max(shown + [100]) / min(shown + [100]) > 20
    floor = 10 ** math.floor(math.log10(min(shown + [100]) / 2)) if log else 0
    height = 0.75 + 0.38 * len(labels) * max(1, len(series))
    fig, ax = plt.subplots(figsize=(6.0, min(height, 8.5)))
    n = len(series)
    bar_h = 0.8 / n
    for k, (name, values) in enumerate(series.items()):
        ys = [i + k * bar_h for i in range(len(labels))]
        xs = [max(v * 100, floor) if v is not None else floor for v in values]
        bars = ax.barh(
            ys, [x - floor for x in xs], left=floor, height=bar_h, color=COLOURS[k % len(COLOURS)], label=f"相对{name}"
        )
        for bar, v, x in zip(bars, values, xs, strict=False):
            text = "无可比数据" if v is None else f"{v * 100:.1f}%"
            ax.text(x * 1.08 if log else x + 2, bar.get_y() + bar.get_height() / 2, text, va="center", fontsize=8)
    ax.axvline(100, color="#888888", linestyle="--", linewidth=0.8)
    ax.set_yticks([i + bar_h * (n - 1) / 2 for i in range(len(labels))])
    ax.set_yticklabels(labels)
    ax.invert_yaxis()
    right = max(shown + [100])
    if log:
        from matplotlib.ticker import FuncFormatter

        ax.set_xscale("log")
        ax.set_xlim(floor, right * 4)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda x, _pos: f"{x:g}%"))
        ax.set_xlabel("目标地区数值 ÷ 对标地区数值（对数刻度，对标地区 = 100%）")
    else:
        ax.set_xlim(0, right * 1.25)
        ax.xaxis.set_major_formatter(lambda x, _pos: f"{x:g}%")
        ax.set_xlabel("目标地区数值 ÷ 对标地区数值（对标地区 = 100%）")
    if title:
        ax.set_title(title)
    if n > 1:
        ax.legend(loc="lower right", fontsize=8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", metadata={"Date": None})
    plt.close(fig)
    return strip_prolog(buf.getvalue(), key)


def pyplot():
    """matplotlib without a display, with text kept as text and CJK fonts first."""
    import logging

    import matplotlib

    matplotlib.use("Agg")
    logging.getLogger("matplotlib.font_manager").setLevel(logging.ERROR)
    import matplotlib.pyplot as plt

    # text.parse_math off: a label with two "$" (from a document or a corrections file) is text, not TeX.
    plt.rcParams.update(
        {
            "svg.fonttype": "none",
            "font.family": CHART_FONT,
            "font.size": 9,
            "svg.hashsalt": "reporter",
            "text.parse_math": False,
        }
    )
    return plt


def strip_prolog(svg: str, key: str = "") -> str:
    """Inline SVG for HTML: no XML prolog or doctype; scale to the column width; ids unique to this chart."""
    svg = svg[svg.find("<svg") :]
    svg = re.sub(r'<svg([^>]*?) width="[^"]*" height="[^"]*"', r'<svg\1 width="100%"', svg, count=1)
    return scope_ids(svg, key)


def scope_ids(svg: str, key: str = "") -> str:
    """Prefix every id and reference to it: several inline charts share one HTML document,
    and matplotlib numbers ids from 1 in each, so a clip path could point into another chart."""
    prefix = "c" + hashlib.sha1((key + svg).encode("utf-8")).hexdigest()[:8] + "-"
    svg = re.sub(r'\bid="([^"]+)"', rf'id="{prefix}\1"', svg)
    svg = re.sub(r"url\(#([^)]+)\)", rf"url(#{prefix}\1)", svg)
    return re.sub(r'href="#([^"]+)"', rf'href="#{prefix}\1"', svg)


def dimension_chart(dimension, comparison) -> str:
    """Bars of the dimension's comparable rows, one per benchmark; none for a single bar or for
    the same bars as the overview chart (a chart that repeats the table or 图1 only adds pages)."""
    rows = [r for r in dimension.rows if r.has_ratio]
    everything = [r for d in comparison.dimensions for r in d.rows if r.has_ratio]
    if len(rows) < 2 or len(rows) == len(everything):
        return ""
    return ratio_bars(bar_labels(rows), ratio_series(rows, comparison), key=dimension.name)


def overview_chart(comparison) -> str:
    """One chart of every comparable indicator of the brief."""
    rows = [r for d in comparison.dimensions for r in d.rows if r.has_ratio]
    return ratio_bars(bar_labels(rows), ratio_series(rows, comparison), key="overview")


def bar_labels(rows) -> list[str]:
    """Each bar named as its table row is: 地区生产总值 and 地区生产总值（增长） are two bars."""
    return [r.label + r.kind_note for r in rows]


def ratio_series(rows, comparison) -> dict[str, list[float | None]]:
    return {b.name: [r.cells[i].ratio for r in rows] for i, b in enumerate(comparison.benchmarks)}
