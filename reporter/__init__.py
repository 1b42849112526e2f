"""reporter: “对标先进找差距” briefs from Chinese articles about regional development.

The functions a notebook user needs; the CLI (`reporter --help`) wraps the same.
"""

from reporter.batch import BatchOptions, run_batch
from reporter.compare import compare as compare_regions
from reporter.compare import resolve_region
from reporter.ingest import load_documents
from reporter.pipeline import load_corpus, make_brief
from reporter.profiles import facts_table, regions_table

__all__ = [
    "BatchOptions",
    "compare_regions",
    "facts_table",
    "load_corpus",
    "load_documents",
    "make_brief",
    "regions_table",
    "resolve_region",
    "run_batch",
]
