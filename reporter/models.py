"""The data that flows between pipeline stages, in one place.

ingest -> Document; regions -> Region, DocRegions; extract -> Fact, Practice;
profiles -> Corpus (pandas tables); compare -> Comparison; render -> BriefContext.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePath

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
    # main (the region the document is about, when it has no home); "" for statistics.
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
