"""Body and noise characters per seed against tests/gold/content.csv.

usage: python bench/ingest_content.py

Body characters kept counts the gold body lines that are in Document.body
(by source line number) plus the metadata lines inside the gold range that
are in Document.metadata; noise dropped counts the other non-blank lines that
are not in the body.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pages import SEEDS, gold_splits  # noqa: E402
from test_ingest import measure_lines  # noqa: E402

from reporter.ingest import read_document  # noqa: E402


def main() -> int:
    print(f"{'document':28s} body kept  noise dropped")
    for split in gold_splits():
        kept, dropped = measure_lines(split, read_document(SEEDS / split.doc))
        print(f"{split.doc:28s} {kept:9.4f}  {dropped:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
