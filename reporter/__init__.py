"""reporter: “对标先进找差距” briefs from Chinese articles about regional development.

The functions a notebook user needs; the CLI (`reporter --help`) wraps the same.
They are imported on first use, so `reporter --help` and a single brief do not
pay for modules they never touch.
"""

from importlib import import_module

_EXPORTS = {
    "BatchOptions": "reporter.batch",
    "run_batch": "reporter.batch",
    "compare_regions": "reporter.compare:compare",
    "resolve_region": "reporter.compare",
    "load_documents": "reporter.ingest",
    "load_corpus": "reporter.pipeline",
    "make_brief": "reporter.pipeline",
    "facts_table": "reporter.profiles",
    "regions_table": "reporter.profiles",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'reporter' has no attribute {name!r}")
    module, _, attr = _EXPORTS[name].partition(":")
    return getattr(import_module(module), attr or name)
