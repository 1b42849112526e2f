"""Per-document diagnosis of the numbers `reporter extract` misses or invents, seeds and dev only.

usage: python bench/diagnose.py [--corpus seeds|dev] [--wrong-region] [--doc NAME ...]

For each document: the gold facts whose number was not extracted at all (MISS), the predicted
facts whose number no gold fact has (EXTRA), each with its evidence, and with --wrong-region the
numbers found under another region (WRONG). Matching is score.py's: first on (region, value,
unit), then on (value, unit) for what is left, one to one. The test corpus is refused: its texts
and its individual misses are not read (tests/corpus/LABELING.md).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from accuracy import CORPORA, load_scorer, reporter


def same_number(scorer, a: dict, b: dict) -> bool:
    ka, kb = scorer.unit_key(a["unit"], float(a["value"])), scorer.unit_key(b["unit"], float(b["value"]))
    return ka[0] == kb[0] and scorer.close(ka[1], kb[1])


def take(free: list[dict], match) -> dict | None:
    """The first item of `free` that `match` accepts, removed from it."""
    for k, item in enumerate(free):
        if match(item):
            return free.pop(k)
    return None


def diagnose(scorer, gold: list[dict], pred: list[dict], amap: dict) -> tuple[list, list, list]:
    """(missed gold, (gold, pred) found under another region, extra pred) of one document."""
    free = list(gold)
    unmatched = []
    for p in pred:
        region = scorer.resolve(p["region"], amap) or scorer.resolve(p.get("full_name"), amap)
        if take(free, lambda g, p=p, r=region: g["region"] == r and same_number(scorer, p, g)) is None:
            unmatched.append(p)
    wrong, extra = [], []
    for p in unmatched:
        g = take(free, lambda g, p=p: same_number(scorer, p, g))
        if g is None:
            extra.append(p)
        else:
            wrong.append((g, p))
    return free, wrong, extra


def scored_corpus(name: str):
    """(corpus, scorer, gold facts, extracted facts, alias map) of a corpus read document by document
    (seeds or dev), or None, said on stderr, for one that is not (test)."""
    corpus = CORPORA.get(name)
    if corpus is None or not corpus.readable:
        print(f"{name}: only seeds and dev are read document by document", file=sys.stderr)
        return None
    scorer = load_scorer()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.csv"
        reporter("extract", str(corpus.texts), "--format", "csv", "-o", str(out))
        pred = scorer.load_csv(out)
    gold = scorer.load_csv(corpus.gold / "facts.csv")
    amap = scorer.alias_map(scorer.load_csv(corpus.gold / "regions.csv"))
    return corpus, scorer, gold, pred, amap


def labelled_docs(gold: list[dict], wanted: list[str] | None) -> list[str]:
    """The documents with labels, in order, only the `wanted` ones when some are named (--doc)."""
    labelled = {g["doc"] for g in gold}
    return sorted(labelled & set(wanted) if wanted else labelled)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="dev", help="seeds or dev (test is never read)")
    parser.add_argument("--wrong-region", action="store_true", help="also list numbers found under another region")
    parser.add_argument("--doc", action="append", help="only these documents")
    args = parser.parse_args()
    loaded = scored_corpus(args.corpus)
    if loaded is None:
        return 2
    _, scorer, gold, pred, amap = loaded
    docs = labelled_docs(gold, args.doc)
    totals = [0, 0, 0]
    for doc in docs:
        missed, wrong, extra = diagnose(
            scorer,
            [g for g in gold if g["doc"] == doc],
            [p for p in pred if Path(p["doc"]).name == doc],
            amap,
        )
        totals = [totals[0] + len(missed), totals[1] + len(wrong), totals[2] + len(extra)]
        if not (missed or extra or (wrong and args.wrong_region)):
            continue
        print(f"=== {doc}: missed {len(missed)}, wrong region {len(wrong)}, extra {len(extra)}")
        for g in missed:
            print(f"  MISS  {g['value']} {g['unit']} [{g['kind']}] {g['region']} {g['indicator']} | {g['evidence']}")
        for g, p in wrong if args.wrong_region else []:
            print(f"  WRONG {g['value']} {g['unit']} [{g['kind']}] {g['region']} -> {p['region']} | {g['evidence']}")
        for p in extra:
            print(f"  EXTRA {p['raw']} [{p['kind']}] {p['region']} {p['indicator']} | {p['evidence'][:120]}")
    print(f"missed {totals[0]}, wrong region {totals[1]}, extra {totals[2]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
