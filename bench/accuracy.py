"""Score `reporter extract` on the seed corpus against the hand-made gold.

usage: python bench/accuracy.py [CORPUS] [--gold DIR]

Prints precision, recall and F1 on (doc, region, value, unit), number recall
ignoring the region, attribution, indicator and kind accuracy, spurious
regions, per-document counts and the misses, as one table.
"""

from __future__ import annotations

import argparse
import importlib.util
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "seeds"))
    parser.add_argument("--gold", default=str(ROOT / "tests" / "gold"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "facts.csv"
        cmd = [sys.executable, "-m", "reporter", "extract", args.corpus, "--format", "csv", "-o", str(out)]
        subprocess.run(cmd, check=True, cwd=ROOT, capture_output=True)
        spec = importlib.util.spec_from_file_location("gold_score", Path(args.gold) / "score.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        result = module.score(args.gold, str(out))
    print(f"{'measure':16s} value")
    for key in ("gold", "pred", "matched", "precision", "recall", "f1", "number_recall", "attribution"):
        print(f"{key:16s} {result[key]}")
    print(f"{'indicator_acc':16s} {result['indicator_acc']}  (core ids)")
    print(f"{'kind_acc':16s} {result['kind_acc']}")
    print(f"{'spurious':16s} {result['spurious_regions']}")
    for doc, counts in result["per_doc"].items():
        print(f"  {doc}: {counts}")
    print("misses:")
    for miss in result["missed_sample"]:
        print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
