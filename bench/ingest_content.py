"""Body kept and noise dropped, by characters, against hand-made content ranges.

usage: python bench/ingest_content.py

For the seeds (tests/gold/content.csv) and the dev and test corpora (tests/corpus/*/content.csv):
body kept counts the characters of the lines inside the labelled body range that reach
Document.body or Document.metadata; noise dropped counts the other non-blank lines that do not
reach the body. The seeds' notes on lines inside the range that are noise or metadata are applied.
"""

from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pages import SEEDS, GoldSplit, gold_split, gold_splits  # noqa: E402
from test_ingest import measure_chars  # noqa: E402

from reporter.ingest import read_document  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def corpus_splits(part: str) -> list[tuple[GoldSplit, Path]]:
    folder = CORPUS / part
    rows = list(csv.DictReader(io.StringIO((folder / "content.csv").read_text(encoding="utf-8"))))
    out = []
    for r in rows:
        path = folder / "texts" / r["doc"]
        out.append((gold_split(r["doc"], int(r["body_first_line"]), int(r["body_last_line"]), path), path))
    return out


def main() -> int:
    print(f"{'corpus':8s} {'document':28s} body kept  noise dropped")
    parts = {"seeds": [(s, SEEDS / s.doc) for s in gold_splits()]}
    parts.update({p: corpus_splits(p) for p in ("dev", "test") if (CORPUS / p / "content.csv").exists()})
    for name, splits in parts.items():
        totals = [0, 0, 0, 0]
        for split, path in splits:
            counts = measure_chars(split, read_document(path))
            totals = [a + b for a, b in zip(totals, counts, strict=True)]
            body = counts[0] / counts[1] if counts[1] else 1.0
            noise = 1 - counts[2] / counts[3] if counts[3] else 1.0
            print(f"{name:8s} {split.doc:28s} {body:9.4f}  {noise:.4f}")
        body = totals[0] / totals[1] if totals[1] else 1.0
        noise = 1 - totals[2] / totals[3] if totals[3] else 1.0
        print(f"{name:8s} {'ALL':28s} {body:9.4f}  {noise:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
