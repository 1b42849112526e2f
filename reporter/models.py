"""The data that flows between pipeline stages, in one place.

ingest -> Document; regions -> Region, DocRegions; extract -> Fact, Practice;
profiles -> Corpus (pandas tables); compare -> Comparison (Dimension, Row, Cell,
Value, Recommendation); context -> BriefContext (with Source), what templates read.

Every record is frozen: a stage returns new records (dataclasses.replace) and never
changes the ones it was given, so a Comparison reads the same after rendering.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import PurePath

from reporter import lexicon

CITATION_MAX = 30  # characters of a first sentence used to cite a document without a title


@dataclass(frozen=True)
class Document:
    """One source document after ingestion: the article body without page noise."""

    id: str  # content hash of the raw bytes, stable across runs
    name: str  # file name, the `doc` column of facts
    path: str
    title: str
    date: str  # ISO date (YYYY-MM-DD) when the page states one, else ""
    source: str  # publisher when the page states one, else ""
    body: str  # article body, simplified Chinese, one paragraph a line
    # Body as written when it was converted from traditional Chinese or normalised, else "".
    # Same lines as `body`, line for line (reporter.ingest.original_span maps offsets).
    original: str = ""
    dropped: tuple[str, ...] = ()  # noise lines that were removed
    encoding: str = "utf-8"  # detected text encoding, or "docx" / "pdf"
    metadata: tuple[str, ...] = ()  # date/source/author lines, kept out of the body
    line_numbers: tuple[int, ...] = ()  # 1-based line of each body line in the file's extracted text
    # The document's own region as the user declared it (--home), a division code; "" to infer it.
    home: str = ""
    # The page's web address: from the page's own tags, else from a sources.csv beside the file
    # or its folder (reporter.ingest.ADDRESS_LIST); "" when neither gives it.
    url: str = ""

    @property
    def citation(self) -> str:
        """How a brief names the document: its title, else its first sentence shortened, else its file."""
        if self.title:
            return self.title
        first = re.split(r"[。！？!?\n]", self.body, maxsplit=1)[0].strip()
        if first:
            return first if len(first) <= CITATION_MAX else first[: CITATION_MAX - 1] + "…"
        return PurePath(self.name).stem


@dataclass(frozen=True)
class Skipped:
    """A file of the corpus that was not read, and why (a one-line message naming it)."""

    name: str
    reason: str


@dataclass(frozen=True)
class Region:
    """One resolved identity: an administrative division or a park/zone."""

    id: str  # division code, or "park:<full name>"
    name: str  # the usual name: 松江区, 西双版纳州, 上虞经开区
    full_name: str  # 上海市松江区, 西双版纳傣族自治州
    level: str  # province | prefecture | county | town | park
    parent: str = ""  # name of the parent region
    code: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Mention:
    region_id: str
    start: int  # offset in Document.body
    end: int
    text: str


@dataclass(frozen=True)
class DocRegions:
    """Regions found in one document, with each one's role there."""

    doc: str
    regions: dict[str, Region]  # id -> Region
    mentions: tuple[Mention, ...]
    roles: dict[str, str]  # region id -> home | benchmark | mentioned
    warnings: tuple[str, ...] = ()

    @property
    def home(self) -> Region | None:
        for rid, role in self.roles.items():
            if role == "home":
                return self.regions[rid]
        return None

    @cached_property
    def mention_starts(self) -> list[int]:
        """Where each mention starts, in text order (mentions are kept so)."""
        return [m.start for m in self.mentions]

    def starting_in(self, start: int, end: int) -> list[Mention]:
        """The mentions that start at `start` or after it, before `end`: found by halving, not by
        reading every mention of a long document for each of its clauses."""
        return list(self.mentions[bisect_left(self.mention_starts, start) : bisect_left(self.mention_starts, end)])


@dataclass(frozen=True)
class Fact:
    """One number stated about one region, with the sentence that states it."""

    id: str  # stable: doc id + position + number text
    doc: str  # document file name
    doc_id: str
    region: str  # region name
    full_name: str
    region_id: str
    level: str
    indicator: str  # taxonomy id, or "other:<label>"
    label: str  # indicator name in Chinese
    value: float
    unit: str
    period: str
    qualifier: str
    kind: str  # level | growth | share | change | target | estimate | rank | multiple
    evidence: str  # the sentence that holds the number
    raw: str  # the number as written
    origin: str = "text"  # text | statistics | corrected
    # How the region was decided: clause (named in the number's clause, also as 全县/我县),
    # carried (from an earlier clause or sentence), home (the document's own region, named
    # nowhere near the number), title (the home, named only in the title or byline),
    # main (the region the document is about, when it has no home), model (a carried or home
    # owner the attribution model overrode, reporter/attribution.py); "" for statistics.
    basis: str = ""


@dataclass(frozen=True)
class Practice:
    """A named practice, mechanism or industry of a region, with its sentence."""

    doc: str
    region: str
    region_id: str
    kind: str  # practice | industry
    term: str
    evidence: str
    category: str = ""  # national strategic emerging industry category of an industry, if it fits one


@dataclass(frozen=True)
class Role:
    """A region's role in one document (a row of Corpus.roles)."""

    doc: str
    region_id: str
    role: str  # home | benchmark | mentioned
    mentions: int  # how many times the document names the region


@dataclass(frozen=True)
class DocExtraction:
    document: Document
    regions: DocRegions
    facts: tuple[Fact, ...]
    practices: tuple[Practice, ...] = ()


@dataclass
class BriefOptions:
    target: str
    benchmarks: list[str]
    template: str = "brief.html"
    variables: dict[str, str] = field(default_factory=dict)


# ---------------------------------------------------------------- compare -> context -> templates

# The qualifiers a brief marks as not exact, and those it writes before the figure (超过4000亿元).
APPROX_QUALIFIERS = frozenset(
    row["qualifier"] for row in lexicon.table("qualifiers.csv") if row["approximate"] == "yes"
)
LEADING_QUALIFIERS = frozenset(row["qualifier"] for row in lexicon.table("qualifiers.csv") if row["place"] == "before")
# How a number's region was decided, as 数据来源 says it.
BASIS_NOTES = {
    "clause": "原句点明地区",
    "list": "按并列列举对应",
    "carried": "沿用前文地区",
    "home": "按文档所属地区",
    "title": "按标题或署名的地区",
    "main": "按文档主要介绍的地区",
    "model": "按上下文线索推断的地区",
}
KIND_NAMES = lexicon.kind_labels()


def fmt(x: float) -> str:
    """A number as briefs print it: 126, 4.59, 1234.5."""
    if x == int(x):
        return f"{int(x)}"
    if abs(x) >= 1000:
        return f"{x:.1f}"
    if abs(x) < 0.001:
        return f"{x:.8f}".rstrip("0")  # never 2.27e-06: a reader of a brief reads decimals
    return f"{x:.4g}"


def places_phrase(places: float) -> str:
    """落后3位 / 领先2位 / 位次相同: the target's place against the benchmark's in one ranking."""
    if abs(places) < 1e-9:
        return "位次相同"
    return f"{'落后' if places > 0 else '领先'}{fmt(abs(places))}位"


def point_phrase(diff: float) -> str:
    if abs(diff) < 1e-9:
        return "与对标地区持平"
    return f"{'高出' if diff > 0 else '低'}{fmt(round(abs(diff), 2))}个百分点"


@dataclass(frozen=True)
class Value:
    """One region's value for one row, with the fact it comes from."""

    region: str
    value: float  # in the row's display unit
    unit: str
    raw: str  # the number as written in the source sentence
    period: str
    qualifier: str
    kind: str
    fact_id: str
    doc: str
    evidence: str
    origin: str = "text"
    others: list[str] = field(default_factory=list)  # other values for the same indicator, noted
    source_no: int = 0  # number in the 数据来源 appendix, set by reporter.context on its copy
    basis: str = ""  # how the fact's region was decided (Fact.basis)

    @property
    def inferred(self) -> bool:
        """The sentence does not name the region: it was inferred from the context."""
        return self.basis in BASIS_NOTES and self.basis != "clause"

    @property
    def basis_note(self) -> str:
        return BASIS_NOTES.get(self.basis, "")

    @property
    def approximate(self) -> bool:
        return self.qualifier in APPROX_QUALIFIERS

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def text(self) -> str:
        """The value as the brief prints it: 超过4000亿元, 20%（左右）."""
        lead = self.qualifier if self.qualifier in LEADING_QUALIFIERS else ""
        tail = f"（{self.qualifier}）" if self.qualifier and not lead and self.approximate else ""
        return f"{lead}{fmt(self.value)}{self.unit}{tail}"


@dataclass(frozen=True)
class Cell:
    """A benchmark's side of a row and how the target compares with it.

    `ratio` is None whenever the comparison would mislead; `phrase` then says why.
    """

    benchmark: Value | None
    ratio: float | None
    phrase: str
    flags: list[str]
    best: bool = False
    diff: float | None = None  # percentage points, for shares and rates
    # The target's place minus the benchmark's, for two places in one ranking and period: places
    # are set against each other by how far apart they are, never by a ratio.
    places: float | None = None

    @property
    def compared(self) -> bool:
        """Whether the two values were set against each other (a ratio, or places apart)."""
        return self.ratio is not None or self.places is not None

    @property
    def short(self) -> str:
        """The comparison in a few characters, for tables with many benchmarks: 为其7.8%, 低4.2个百分点."""
        if self.ratio is None:
            return self.phrase
        if self.diff is not None:
            return point_phrase(self.diff).replace("与对标地区持平", "持平")
        return f"为其{self.ratio * 100:.1f}%"


@dataclass(frozen=True)
class Row:
    indicator: str
    label: str
    dimension: str
    kind: str
    target: Value | None  # the target region's value (not a goal: goal rows have kind "target")
    cells: list[Cell]
    # The target's value of the same indicator in another kind (a total where the
    # benchmark states a growth rate): shown, never compared.
    target_other: Value | None = None

    @property
    def comparable(self) -> bool:
        return any(c.compared for c in self.cells)

    @property
    def has_ratio(self) -> bool:
        """Whether a benchmark's value was divided into the target's: what a chart of ratios draws."""
        return any(c.ratio is not None for c in self.cells)

    @property
    def target_shown(self) -> Value | None:
        """What the target column prints: the row's own value, else the other kind's."""
        return self.target or self.target_other

    @property
    def kind_name(self) -> str:
        return KIND_NAMES.get(self.kind, self.kind)

    @property
    def kind_note(self) -> str:
        """（增长） after a label, unless the label already says it or the row is a total."""
        name = self.kind_name
        return "" if self.kind == "level" or name in self.label else f"（{name}）"


@dataclass(frozen=True)
class Dimension:
    name: str
    rows: list[Row]
    finding: str
    chart: str = ""  # SVG, drawn by reporter.context
    figure: int = 0  # figure number of the chart, given by reporter.context


@dataclass(frozen=True)
class Recommendation:
    gap: str  # the gap in words, with both numbers
    practice: str  # the practice's name as written in the source; "" when none relates to the gap
    benchmark: str  # the region the practice belongs to (the benchmark when there is no practice)
    evidence: str  # the sentence that names the practice; "" when there is none
    doc: str
    text: str


@dataclass(frozen=True)
class Comparison:
    target: Region
    benchmarks: list[Region]
    dimensions: list[Dimension]  # rows where the target has a value (in the row's kind or another)
    goals: list[Row]  # goal rows (kind "target") stated for either side, shown apart from actuals
    recommendations: list[Recommendation]
    key_findings: list[str]
    missing: list[Row] = field(default_factory=list)  # benchmarks have a value, the target none in any kind
    target_only: list[Row] = field(default_factory=list)  # the target has a value, no benchmark any
    warnings: list[str] = field(default_factory=list)  # what the reader must know before trusting the brief


@dataclass(frozen=True)
class Source:
    """One entry of the 数据来源 appendix: a number, its document and its sentence."""

    no: int
    region: str
    label: str
    value: str  # as the tables print it
    raw: str  # as the sentence writes it
    doc: str
    title: str  # 《title》, or the document's first words in quotes when it has none
    date: str
    evidence: str
    origin: str
    basis: str = ""  # how the number's region was decided, in words; "" when the sentence names it
    url: str = ""  # the document's web address, when known


# Old names templates may still use, each the same as a field of BriefContext.
CONTEXT_ALIASES = {"targets": "goals"}  # goal rows were called `targets`, as if they were the target region's


@dataclass(frozen=True)
class BriefContext:
    """Everything a template sees; each field is documented in docs/templates.md."""

    title: str
    subtitle: str
    date: str
    target: Region
    benchmarks: list[Region]
    key_findings: list[str]
    practices: dict[str, list[dict]]
    industries: dict[str, list[str]]
    dimensions: list[Dimension]
    goals: list[Row]
    recommendations: list[Recommendation]
    sources: list[Source]
    overview_chart: str
    key_rows: list[Row]
    key_sources: list[Source]
    variables: dict[str, str] = field(default_factory=dict)
    documents: list[dict] = field(default_factory=list)
    skipped_documents: list[dict] = field(default_factory=list)  # name, reason: corpus files not read
    inferred_count: int = 0  # numbers in the tables whose region was inferred, not named in their sentence
    has_flags: bool = False  # whether any table cell carries a ⚑ flag
    data_origin: str = "数据均摘自语料原文"  # where the numbers come from (text, statistics, corrections)
    precedence: str = ""  # the rule that picks among several values, stated in 数据来源
    missing: list[Row] = field(default_factory=list)  # 待补数据: benchmarks have a value, the target none
    target_only: list[Row] = field(default_factory=list)  # indicators only the target has (附录一)
    warnings: list[str] = field(default_factory=list)  # shown at the top of the brief (Comparison.warnings)
    places: str = "两地"  # 两地 / 三地 / 多地: how the text names the target and its benchmarks together

    @property
    def targets(self) -> list[Row]:
        """The goal rows under their old name (CONTEXT_ALIASES)."""
        return self.goals
