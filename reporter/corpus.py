"""Corpus: every fact of every document as pandas tables (the regions' profiles), merged across the
corpus so any two regions can be compared, and reviewable by hand.

Regions are merged across documents by identity (division code, or a park's
full name), so 松江 in one article and 上海市松江区 in another are one region.

The rows are kept as plain records and the pandas tables are built from them
on first use: making a brief from cached extractions needs no pandas, and
importing it costs about half a second of every cold `reporter brief`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reporter.models import DocExtraction, Document, Fact, Practice, Region, Role, Skipped

if TYPE_CHECKING:
    import pandas as pd

    from reporter.taxonomy import Indicator

FACT_COLUMNS = [f.name for f in dataclasses.fields(Fact)]
PRACTICE_COLUMNS = [f.name for f in dataclasses.fields(Practice)]
ROLE_COLUMNS = [f.name for f in dataclasses.fields(Role)]
EXPORT_COLUMNS = [
    "doc",
    "region",
    "indicator",
    "value",
    "unit",
    "period",
    "qualifier",
    "kind",
    "evidence",
    "full_name",
    "label",
    "level",
    "raw",
    "origin",
    "basis",
    "id",
]


@dataclass
class Corpus:
    """Everything extracted from a set of documents.

    `fact_records`, `practice_records` and `role_records` are the rows, frozen records of
    models.py; `facts`, `practices` and `roles` are the same rows as pandas tables, built
    once. A stage that changes rows makes a new Corpus with dataclasses.replace (as
    reporter.review does), so the tables always match them.
    """

    documents: dict[str, Document]  # doc name -> Document
    regions: dict[str, Region]  # region id -> Region
    role_records: list[Role]
    fact_records: list[Fact]
    practice_records: list[Practice]
    warnings: list[str]
    skipped: tuple[Skipped, ...] = ()  # files of the corpus that were not read, with the reason
    indicators: tuple[Indicator, ...] = ()  # the user's indicator list it was extracted with; (): built-in
    _tables: dict = field(default_factory=dict, init=False, repr=False, compare=False)

    @property
    def facts(self) -> pd.DataFrame:
        return self._table("facts", self.fact_records, FACT_COLUMNS)

    @property
    def practices(self) -> pd.DataFrame:
        return self._table("practices", self.practice_records, PRACTICE_COLUMNS)

    @property
    def roles(self) -> pd.DataFrame:
        return self._table("roles", self.role_records, ROLE_COLUMNS)

    def _table(self, name: str, records: list, columns: list[str]) -> pd.DataFrame:
        if name not in self._tables:
            import pandas as pd

            self._tables[name] = pd.DataFrame([record(r, columns) for r in records], columns=columns)
        return self._tables[name]

    def region_ids_with_facts(self) -> set[str]:
        return {f.region_id for f in self.fact_records}


def build_corpus(extractions: list[DocExtraction], skipped: list[Skipped] | tuple[Skipped, ...] = ()) -> Corpus:
    regions: dict[str, Region] = {}
    role_rows: list[Role] = []
    warnings: list[str] = []
    facts: list[Fact] = []
    practices: list[Practice] = []
    for ex in extractions:
        for rid, region in ex.regions.regions.items():
            regions[rid] = merge_region(regions.get(rid), region)
            mentions = sum(1 for m in ex.regions.mentions if m.region_id == rid)
            role_rows.append(Role(ex.document.name, rid, ex.regions.roles[rid], mentions))
        warnings.extend(f"{ex.document.name}: {w}" for w in ex.regions.warnings)
        facts.extend(ex.facts)
        practices.extend(ex.practices)
    documents = {ex.document.name: ex.document for ex in extractions}
    return Corpus(documents, regions, role_rows, facts, practices, warnings, tuple(skipped))


def citation(corpus: Corpus, name: str) -> str:
    """A document as the brief cites it: 《title》, else its first words in quotes, else its file name."""
    doc = corpus.documents.get(name)
    if doc is None:
        return f"《{name}》"  # statistics: the source as the data file names it
    return f"《{doc.title}》" if doc.title else f"“{doc.citation}”"


def record(item: Fact | Practice | Role, columns: list[str]) -> dict:
    """A row of a table; dataclasses.asdict would deep-copy every field, ten times slower."""
    return {name: getattr(item, name) for name in columns}


def merge_region(old: Region | None, new: Region) -> Region:
    if old is None:
        return new
    aliases = tuple(dict.fromkeys((*old.aliases, *new.aliases)))
    parent = old.parent or new.parent
    return dataclasses.replace(old, aliases=aliases, parent=parent)


def facts_table(corpus: Corpus) -> pd.DataFrame:
    """The contract of `reporter extract`: gold columns first, then the rest."""
    return corpus.facts[EXPORT_COLUMNS]


def regions_table(corpus: Corpus) -> pd.DataFrame:
    """One row per region: name, level, parent, roles in the documents and number of facts (`reporter regions`)."""
    import pandas as pd

    counts = corpus.facts.groupby("region_id").size()
    rows = []
    for rid, region in corpus.regions.items():
        roles = corpus.roles[corpus.roles["region_id"] == rid]
        rows.append(
            {
                "region": region.name,
                "full_name": region.full_name,
                "level": region.level,
                "parent": region.parent,
                "roles": "; ".join(f"{r.doc}:{r.role}" for r in roles.itertuples()),
                "mentions": int(roles["mentions"].sum()),
                "facts": int(counts.get(rid, 0)),
                "id": rid,
            }
        )
    df = pd.DataFrame(rows, columns=["region", "full_name", "level", "parent", "roles", "mentions", "facts", "id"])
    return df.sort_values(["facts", "mentions"], ascending=False).reset_index(drop=True)
