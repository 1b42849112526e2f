"""Profiles: every fact of every document as pandas tables, merged across the
corpus so any two regions can be compared, and reviewable by hand.

Regions are merged across documents by identity (division code, or a park's
full name), so 松江 in one article and 上海市松江区 in another are one region.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pandas as pd

from reporter.models import DocExtraction, Document, Fact, Practice, Region

FACT_COLUMNS = [f.name for f in dataclasses.fields(Fact)]
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
    "id",
]


@dataclass
class Corpus:
    """Everything extracted from a set of documents."""

    documents: dict[str, Document]  # doc name -> Document
    regions: dict[str, Region]  # region id -> Region
    roles: pd.DataFrame  # doc, region_id, role, mentions
    facts: pd.DataFrame  # one row a fact, FACT_COLUMNS
    practices: pd.DataFrame  # doc, region, region_id, kind, term, evidence
    warnings: list[str]


def build_corpus(extractions: list[DocExtraction]) -> Corpus:
    regions: dict[str, Region] = {}
    role_rows, warnings = [], []
    facts: list[Fact] = []
    practices: list[Practice] = []
    for ex in extractions:
        for rid, region in ex.regions.regions.items():
            regions[rid] = merge_region(regions.get(rid), region)
            mentions = sum(1 for m in ex.regions.mentions if m.region_id == rid)
            role_rows.append(
                {"doc": ex.document.name, "region_id": rid, "role": ex.regions.roles[rid], "mentions": mentions}
            )
        warnings.extend(f"{ex.document.name}: {w}" for w in ex.regions.warnings)
        facts.extend(ex.facts)
        practices.extend(ex.practices)
    fact_df = pd.DataFrame([dataclasses.asdict(f) for f in facts], columns=FACT_COLUMNS)
    practice_df = pd.DataFrame(
        [dataclasses.asdict(p) for p in practices], columns=[f.name for f in dataclasses.fields(Practice)]
    )
    roles = pd.DataFrame(role_rows, columns=["doc", "region_id", "role", "mentions"])
    return Corpus({ex.document.name: ex.document for ex in extractions}, regions, roles, fact_df, practice_df, warnings)


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
