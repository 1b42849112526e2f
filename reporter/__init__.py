"""reporter: “对标先进找差距” briefs from Chinese articles about regional development.

The functions a notebook user needs (README, "在 Python 中使用"); the command
line (`reporter --help`) wraps the same:

    corpus = reporter.load_corpus(["文章/"])             # ingest and extract; default: the seed corpus
    reporter.profiles(corpus)                             # every number as a pandas DataFrame
    b = reporter.brief(corpus, "西双版纳州", ["松江区"])   # a Brief: .context, .html
    b.write_pdf("简报.pdf")

They are imported on first use, so `reporter --help` and a single brief do not
pay for modules they never touch.
"""

from importlib import import_module

__version__ = "0.1.0"

_EXPORTS = {
    "load_corpus": "reporter.pipeline",
    "brief": "reporter.pipeline",
    "Brief": "reporter.pipeline",
    "profiles": "reporter.pipeline",
    "make_brief": "reporter.pipeline",
    "Corpus": "reporter.corpus",
    "facts_table": "reporter.corpus",
    "regions_table": "reporter.corpus",
    "compare_regions": "reporter.compare:compare",
    "resolve_region": "reporter.compare",
    "load_documents": "reporter.ingest",
    "BatchOptions": "reporter.batch",
    "run_batch": "reporter.batch",
    "Settings": "reporter.config",
    "load_settings": "reporter.config",
    "ReporterError": "reporter.errors",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str):
    if name not in _EXPORTS:
        raise AttributeError(f"module 'reporter' has no attribute {name!r}")
    module, _, attr = _EXPORTS[name].partition(":")
    return getattr(import_module(module), attr or name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
