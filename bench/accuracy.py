"""Score `reporter extract` and `reporter regions` on every labelled corpus: seeds, dev, test.

usage: python bench/accuracy.py [--corpus NAME ...] [--misses] [--write] [--json FILE]

One table: a column per corpus, a row per measure (P/R/F1 on (doc, region, value, unit), number
recall, attribution, indicator and kind accuracy, goals or estimates shown as actuals, home-region
accuracy, spurious regions, documents read and skipped), then the error categories.
--misses lists the individual misses, for the seeds and dev only: the test corpus is scored, never
read (tests/corpus/LABELING.md). --write adds the table, dated, to bench/ACCURACY.md.
"""

from __future__ import annotations

import argparse
import csv
import datetime
import importlib.util
import io
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Labelled:
    """A corpus with its gold: the documents and the folder holding facts.csv and regions.csv."""

    name: str
    texts: Path
    gold: Path
    readable: bool  # may its individual misses be printed


CORPORA = {
    "seeds": Labelled("seeds", ROOT / "seeds", ROOT / "tests" / "gold", True),
    "dev": Labelled("dev", ROOT / "tests" / "corpus" / "dev" / "texts", ROOT / "tests" / "corpus" / "dev", True),
    "test": Labelled("test", ROOT / "tests" / "corpus" / "test" / "texts", ROOT / "tests" / "corpus" / "test", False),
}
NOT_ACTUAL = {"target", "estimate"}


def load_module(path: Path, name: str):
    """A script of the repository loaded as a module (the gold scorer, the corpus check)."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_scorer():
    return load_module(ROOT / "tests" / "gold" / "score.py", "gold_score")


def reporter(*args: str) -> str:
    cmd = [sys.executable, "-m", "reporter", *args]
    return subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True).stdout


def not_actual_as_actual(scorer, gold: Path, pred: list[dict]) -> int:
    """Gold goals and estimates whose number was predicted as an achieved level (the error that misleads most)."""
    bad = 0
    for t in scorer.load_csv(gold / "facts.csv"):
        if t["kind"] not in NOT_ACTUAL:
            continue
        key = scorer.unit_key(t["unit"], float(t["value"]))
        bad += any(
            Path(p["doc"]).name == t["doc"]
            and p["kind"] == "level"
            and scorer.unit_key(p["unit"], float(p["value"])) == key
            for p in pred
        )
    return bad


def period_accuracy(scorer, gold: Path, pred: list[dict]) -> float:
    """Of the facts matched on (doc, region, value, unit), the share whose period is the gold's."""
    amap = scorer.alias_map(scorer.load_csv(gold / "regions.csv"))
    free: dict[str, list[dict]] = {}
    for t in scorer.load_csv(gold / "facts.csv"):
        free.setdefault(t["doc"], []).append(t)
    matched = right = 0
    for p in pred:
        region = scorer.resolve(p["region"], amap) or scorer.resolve(p["full_name"], amap)
        unit, value = scorer.unit_key(p["unit"], float(p["value"]))
        candidates = free.get(Path(p["doc"]).name, [])
        for k, t in enumerate(candidates):
            gunit, gvalue = scorer.unit_key(t["unit"], float(t["value"]))
            if t["region"] == region and gunit == unit and scorer.close(value, gvalue):
                matched += 1
                right += (t["period"] or "").replace(" ", "") == (p["period"] or "").replace(" ", "")
                candidates.pop(k)
                break
    return round(right / matched, 4) if matched else 0.0


def region_checks(scorer, gold: Path, table: list[dict], docs: set[str]) -> dict:
    """Home regions found; gold regions with facts found at the right level and parent; spurious regions."""
    from reporter.regions import UNNAMED_NOTE

    gold_regions = scorer.load_csv(gold / "regions.csv")
    with_facts = {r["region"] for r in scorer.load_csv(gold / "facts.csv")}
    amap = scorer.alias_map(gold_regions)
    canon: dict[str, list[dict]] = {}
    spurious = []
    unnamed: set[str] = set()
    for row in table:
        name = scorer.resolve(row["region"], amap) or scorer.resolve(row["full_name"], amap)
        if name:
            canon.setdefault(name, []).append(row)
        elif int(row.get("facts") or 0):
            spurious.extend(f"{item.split(':')[0]}:{row['region']}" for item in re.split(r"[|;] ?", row["roles"]))
            # 我县 of a document that never names its home: the known ceiling, not an invented place.
            unnamed.update(
                f"{item.split(':')[0]}:{row['region']}"
                for item in re.split(r"[|;] ?", row["roles"])
                if UNNAMED_NOTE in row["full_name"]
            )
    levels_ok = 0
    gold_homes: dict[str, set[str]] = {doc: set() for doc in docs}
    for g in gold_regions:
        rows = canon.get(g["region"], [])
        if g["region"] in with_facts:
            levels_ok += any(
                r["level"] == g["level"] and (scorer.resolve(r["parent"], amap) or r["parent"]) == (g["parent"] or "")
                for r in rows
            )
        for item in filter(None, g["docs_roles"].split("|")):
            doc, _, role = item.partition(":")
            if role == "home" and doc in docs:
                gold_homes[doc].add(g["region"])
    predicted: dict[str, set[str]] = {doc: set() for doc in docs}
    for row in table:
        name = scorer.resolve(row["region"], amap) or scorer.resolve(row["full_name"], amap) or row["region"]
        for item in re.split(r"[|;] ?", row["roles"]):
            doc, _, role = item.partition(":")
            if role == "home" and doc in predicted:
                predicted[doc].add(name)
    # A document's home is right when every region called home is a gold home, and
    # one is (or, for a document without a home, when none is called home).
    homes_ok = sum(predicted[d] <= gold_homes[d] and bool(predicted[d]) == bool(gold_homes[d]) for d in docs)
    return {
        "homes": (homes_ok, len(docs)),
        "levels": (levels_ok, len(with_facts)),
        "spurious": sorted(set(spurious)),
        "spurious_named": sorted(set(spurious) - unnamed),
    }


def error_categories(res: dict) -> Counter:
    """What went wrong, counted from a score: a number not found, found under another region,
    invented; a matched fact of the wrong kind."""
    out = Counter()
    out["missed number"] = res["gold"] - round(res["number_recall"] * res["gold"])
    out["wrong region"] = round(res["number_recall"] * res["gold"]) - res["matched"]
    out["extra fact"] = res["pred"] - res["matched"] - out["wrong region"]
    out["wrong kind"] = res["matched"] - round(res["kind_acc"] * res["matched"])
    return out


# Words that name whichever region speaks (我县, 全區, 园区): tests/corpus/check.py keeps them out of
# the aliases, and a home written only with them is a home the text never names.
REFERENCE_WORDS = load_module(ROOT / "tests" / "corpus" / "check.py", "corpus_check").REFERENCE_WORD


def unnamed_home_docs(scorer, gold: Path, documents) -> set[str]:
    """Documents whose gold home the body never names (the labellers took it from the page's address)."""
    homes: dict[str, list[dict]] = {}
    for g in scorer.load_csv(gold / "regions.csv"):
        for item in filter(None, g["docs_roles"].split("|")):
            doc, _, role = item.partition(":")
            if role == "home":
                homes.setdefault(doc, []).append(g)
    out = set()
    for doc in documents:
        names = {
            n
            for g in homes.get(doc.name, [])
            for n in [g["region"], g["full_name"], *g["aliases"].split("|")]
            if n and not REFERENCE_WORDS.match(n)
        }
        if names and not any(n in doc.body for n in names):
            out.add(doc.name)
    return out


def home_flags(scorer, gold: Path, docs: set[str]) -> list[str]:
    """--home flags a user would give for these documents: each one's gold home, when it is a
    division the gazetteer knows by that name or a park (a merged town is neither)."""
    from reporter.pipeline import home_codes

    flags = []
    for g in scorer.load_csv(gold / "regions.csv"):
        for item in filter(None, g["docs_roles"].split("|")):
            doc, _, role = item.partition(":")
            name = g["full_name"] or g["region"]
            if role == "home" and doc in docs and len(home_codes(name)) == 1:
                flags += ["--home", f"{doc}={name}"]
    return flags


def score_without(scorer, gold: Path, pred: Path, drop: set[str], part: Path) -> dict:
    """The scores with some documents left out of gold and prediction alike (written in `part`)."""
    part.mkdir()
    for name in ("regions.csv", "indicators.csv"):
        if (gold / name).exists():
            (part / name).write_bytes((gold / name).read_bytes())
    for src, dst in ((gold / "facts.csv", part / "facts.csv"), (pred, part / "pred.csv")):
        rows = scorer.load_csv(src)
        with dst.open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, list(rows[0]) if rows else ["doc"])
            writer.writeheader()
            writer.writerows(r for r in rows if Path(r["doc"]).name not in drop)
    return scorer.score(str(part), str(part / "pred.csv"))


def measure(corpus: Labelled, scorer) -> dict:
    from reporter.ingest import ingest_paths

    ingested = ingest_paths([corpus.texts])
    skipped = getattr(ingested, "skipped", None) or getattr(ingested, "warnings", [])
    docs = {d.name for d in ingested.documents}
    unnamed = unnamed_home_docs(scorer, corpus.gold, ingested.documents)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.csv"
        reporter("extract", str(corpus.texts), "--format", "csv", "-o", str(out))
        result = scorer.score(str(corpus.gold), str(out))
        named = score_without(scorer, corpus.gold, out, unnamed, Path(tmp) / "named")
        seen = (
            {r["id"] for r in scorer.load_csv(corpus.gold / "seen.csv")}
            if (corpus.gold / "seen.csv").exists()
            else set()
        )
        unseen = score_without(scorer, corpus.gold, out, seen, Path(tmp) / "unseen") if seen else None
        # What a user gets by naming those homes (--home), where the home is a division.
        flags = home_flags(scorer, corpus.gold, unnamed)
        declared = Path(tmp) / "declared.csv"
        reporter("extract", str(corpus.texts), "--format", "csv", "-o", str(declared), *flags)
        with_homes = scorer.score(str(corpus.gold), str(declared))
        pred = scorer.load_csv(out)
        categories = error_categories(result)
    table = list(csv.DictReader(io.StringIO(reporter("regions", str(corpus.texts), "--format", "csv"))))
    regions = region_checks(scorer, corpus.gold, table, docs)
    n_docs = len(docs) + len(skipped)
    return {
        **{k: result[k] for k in ("gold", "pred", "precision", "recall", "f1", "number_recall", "attribution")},
        **{k: result[k] for k in ("indicator_acc", "kind_acc")},
        "not_actual_as_actual": not_actual_as_actual(scorer, corpus.gold, pred),
        "period_acc": period_accuracy(scorer, corpus.gold, pred),
        "unnamed_home_docs": len(unnamed),
        "f1_named": named["f1"],
        "attribution_named": named["attribution"],
        # Test pages that were once copies of dev pages, or that a dev gatherer read (tests/corpus/test/seen.csv).
        "f1_unseen": unseen["f1"] if unseen else "",
        "attribution_unseen": unseen["attribution"] if unseen else "",
        "homes_declared": f"{len({flag.split('=')[0] for flag in flags[1::2]})}/{len(unnamed)}",
        "f1_declared": with_homes["f1"],
        "home_acc": round(regions["homes"][0] / regions["homes"][1], 4) if regions["homes"][1] else 0.0,
        "homes": f"{regions['homes'][0]}/{regions['homes'][1]}",
        "levels": f"{regions['levels'][0]}/{regions['levels'][1]}",
        "spurious_per_10_docs": round(10 * len(regions["spurious"]) / max(1, n_docs), 2),
        "spurious_named_per_10_docs": round(10 * len(regions["spurious_named"]) / max(1, n_docs), 2),
        "docs_read": len(docs),
        "docs_skipped": len(skipped),
        "categories": dict(categories),
        "misses": result["missed_sample"] if corpus.readable else [],
        "spurious": regions["spurious"] if corpus.readable else [],
    }


ROWS = [
    ("gold", "gold facts"),
    ("pred", "predicted facts"),
    ("precision", "precision"),
    ("recall", "recall"),
    ("f1", "F1 (doc, region, value, unit)"),
    ("number_recall", "number recall"),
    ("attribution", "attribution"),
    ("indicator_acc", "indicator accuracy (core ids)"),
    ("kind_acc", "kind accuracy"),
    ("period_acc", "period accuracy (matched facts)"),
    ("not_actual_as_actual", "goals/estimates shown as actual"),
    ("unnamed_home_docs", "documents whose home the text never names"),
    ("f1_named", "F1 without those documents"),
    ("attribution_named", "attribution without those documents"),
    ("homes_declared", "of those, homes a user can declare (--home)"),
    ("f1_unseen", "F1 without the pages seen while writing rules (seen.csv)"),
    ("attribution_unseen", "attribution without the pages seen while writing rules"),
    ("f1_declared", "F1 with those homes declared"),
    ("home_acc", "home-region accuracy"),
    ("homes", "documents with the right home"),
    ("levels", "regions with facts: level and parent"),
    ("spurious_per_10_docs", "spurious regions per 10 docs"),
    ("spurious_named_per_10_docs", "of those, not an unnamed home (我县…)"),
    ("docs_read", "documents read"),
    ("docs_skipped", "documents skipped"),
]
CATEGORIES = ["missed number", "wrong region", "extra fact", "wrong kind"]


def markdown(results: dict[str, dict]) -> str:
    names = list(results)
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for key, label in ROWS:
        lines.append(f"| {label} | " + " | ".join(str(results[n][key]) for n in names) + " |")
    for cat in CATEGORIES:
        lines.append(
            f"| errors: {cat} | " + " | ".join(str(results[n]["categories"].get(cat, 0)) for n in names) + " |"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", action="append", choices=list(CORPORA), help="default: every labelled corpus")
    parser.add_argument("--misses", action="store_true", help="list misses and spurious regions (seeds and dev only)")
    parser.add_argument("--write", action="store_true", help="add the table, dated, to bench/ACCURACY.md")
    parser.add_argument("--json", help="write the figures as JSON to this file")
    parser.add_argument("--label", default="", help="what changed, for the heading in bench/ACCURACY.md")
    args = parser.parse_args()
    scorer = load_scorer()
    names = args.corpus or [n for n, c in CORPORA.items() if (c.gold / "facts.csv").exists()]
    results = {n: measure(CORPORA[n], scorer) for n in names}
    table = markdown(results)
    print(table)
    if args.misses:
        for name, res in results.items():
            for miss in res["misses"]:
                print(f"{name} miss: {miss}")
            for spur in res["spurious"]:
                print(f"{name} spurious: {spur}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1), encoding="utf-8")
    if args.write:
        path = ROOT / "bench" / "ACCURACY.md"
        old = path.read_text(encoding="utf-8") if path.exists() else ACCURACY_HEADER
        path.write_text(
            old.rstrip("\n") + f"\n\n## {datetime.date.today().isoformat()} {args.label}".rstrip() + f"\n\n{table}\n",
            encoding="utf-8",
        )
    return 0


ACCURACY_HEADER = """# Extraction accuracy

Written by `make bench-accuracy` (`python bench/accuracy.py --write`): one section a run, newest last.
Columns are the labelled corpora (seeds: `tests/gold`; dev and test: `tests/corpus/`, see its
LABELING.md). Error categories: a gold number not extracted at all; extracted under another region;
an extracted fact with no gold counterpart; a matched fact of the wrong kind.
"""


if __name__ == "__main__":
    sys.exit(main())
