"""Score `reporter extract` and `reporter regions` on the seed corpus against the hand-made gold.

usage: python bench/accuracy.py [CORPUS] [--gold DIR]

Prints one table: precision, recall and F1 on (doc, region, value, unit),
number recall ignoring the region, attribution, indicator and kind accuracy,
targets reported as levels, regions found with the right level and parent,
home regions, duplicate regions, spurious regions, per-document counts and the
misses.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(gold: str):
    spec = importlib.util.spec_from_file_location("gold_score", Path(gold) / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def reporter(*args: str) -> str:
    cmd = [sys.executable, "-m", "reporter", *args]
    return subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True, text=True).stdout


def targets_as_levels(scorer, gold: str, pred_csv: str) -> int:
    """Gold targets whose number was predicted as an achieved level (the one error that misleads most)."""
    targets = [r for r in scorer.load_csv(Path(gold) / "facts.csv") if r["kind"] == "target"]
    pred = scorer.load_csv(pred_csv)
    bad = 0
    for t in targets:
        tk = scorer.unit_key(t["unit"], float(t["value"]))
        for p in pred:
            if p["doc"] == t["doc"] and p["kind"] == "level" and scorer.unit_key(p["unit"], float(p["value"])) == tk:
                bad += 1
                break
    return bad


def region_checks(scorer, gold: str, table: list[dict]) -> dict:
    """Gold regions with facts found at the right level and parent; home regions; duplicates."""
    gold_regions = scorer.load_csv(Path(gold) / "regions.csv")
    with_facts = {r["region"] for r in scorer.load_csv(Path(gold) / "facts.csv")}
    amap = scorer.alias_map(gold_regions)
    canon = {}
    for row in table:
        name = scorer.resolve(row["region"], amap) or scorer.resolve(row["full_name"], amap)
        if name:
            canon.setdefault(name, []).append(row)
    wrong, homes_ok, homes = [], 0, 0
    for g in gold_regions:
        if g["region"] in with_facts:
            rows = canon.get(g["region"], [])
            parent_ok = any(
                r["level"] == g["level"] and (scorer.resolve(r["parent"], amap) or r["parent"]) == (g["parent"] or "")
                for r in rows
            )
            if not parent_ok:
                got = [(r["region"], r["level"], r["parent"]) for r in rows] or "not found"
                wrong.append(f"{g['region']} ({g['level']}, {g['parent']}): {got}")
        for item in g["docs_roles"].split("|"):
            doc, role = item.split(":")
            if role == "home":
                homes += 1
                homes_ok += any(f"{doc}:home" in r["roles"] for r in canon.get(g["region"], []))
    exact: dict[str, list[str]] = {}
    for row in table:
        name = amap.get(row["region"]) or amap.get(row["full_name"])
        if name:
            exact.setdefault(name, []).append(row["full_name"])
    duplicates = [n for n, rows in exact.items() if len(rows) > 1]
    return {
        "regions_ok": (len(with_facts) - len(wrong), len(with_facts)),
        "wrong": wrong,
        "homes": (homes_ok, homes),
        "duplicates": duplicates,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--gold", default=str(ROOT / "tests" / "gold"))
    args = parser.parse_args()
    scorer = load_scorer(args.gold)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.csv"
        start = time.perf_counter()
        reporter("extract", args.corpus, "--format", "csv", "-o", str(out))
        seconds = time.perf_counter() - start
        result = scorer.score(args.gold, str(out))
        as_level = targets_as_levels(scorer, args.gold, str(out))
    table = list(csv.DictReader(io.StringIO(reporter("regions", args.corpus, "--format", "csv"))))
    regions = region_checks(scorer, args.gold, table)
    print(f"{'measure':16s} value")
    for key in ("gold", "pred", "matched", "precision", "recall", "f1", "number_recall", "attribution"):
        print(f"{key:16s} {result[key]}")
    print(f"{'indicator_acc':16s} {result['indicator_acc']}  (core ids)")
    print(f"{'kind_acc':16s} {result['kind_acc']}")
    print(f"{'target_as_level':16s} {as_level}")
    print(
        f"{'regions_ok':16s} {regions['regions_ok'][0]}/{regions['regions_ok'][1]}  (gold regions with facts: level and parent)"
    )
    print(f"{'homes_ok':16s} {regions['homes'][0]}/{regions['homes'][1]}")
    print(f"{'dup_regions':16s} {regions['duplicates']}")
    print(f"{'spurious':16s} {result['spurious_regions']}")
    print(f"{'extract_secs':16s} {seconds:.1f}  (whole `reporter extract` process)")
    for doc, counts in result["per_doc"].items():
        print(f"  {doc}: {counts}")
    print("misses:")
    for miss in result["missed_sample"]:
        print(f"  {miss}")
    for wrong in regions["wrong"]:
        print(f"  region: {wrong}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
