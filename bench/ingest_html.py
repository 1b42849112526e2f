"""Compare main-content extractors on HTML pages built from the seeds.

usage: python bench/ingest_html.py

Each seed's gold body is wrapped in four page layouts (div, nested tables,
<br><br> paragraphs, single <br> with a sidebar; see tests/pages.py) with a
menu, a breadcrumb, a related-articles list made of the seed's own noise
lines, and a footer. For each extractor it prints the share of body
characters kept and of noise characters dropped, and how often a date was
taken from a page that states none (the related list carries dates).

Extractors: reporter (lxml flattening with link share + reporter.body line
rules), jusText in language-independent mode, jusText followed by the line
rules, and trafilatura alone and followed by the line rules when it is
installed (it is not a dependency of reporter).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from pages import BREADCRUMB, FOOTER, LAYOUTS, MENU, PageParts, gold_splits, page_parts  # noqa: E402

from reporter.body import Line, split_body  # noqa: E402
from reporter.ingest import read_document  # noqa: E402


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def reporter_body(html: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        return read_document(path).body


def line_rules(text: str) -> str:
    lines = [Line(n, s.strip()) for n, s in enumerate(text.split("\n"), 1) if s.strip()]
    return "\n".join(lines[k].text for k in split_body(lines).body)


def justext_body(html: str) -> str:
    import justext

    paragraphs = justext.justext(html.encode("utf-8"), frozenset(), stopwords_low=0, stopwords_high=0)
    return "\n".join(p.text for p in paragraphs if not p.is_boilerplate)


def extractors() -> dict[str, Callable[[str], str]]:
    found = {
        "reporter": reporter_body,
        "justext": justext_body,
        "justext+rules": lambda h: line_rules(justext_body(h)),
    }
    try:
        import trafilatura
    except ImportError:
        return found
    found["trafilatura"] = lambda h: trafilatura.extract(h) or ""
    found["trafilatura+rules"] = lambda h: line_rules(trafilatura.extract(h) or "")
    return found


def counts(parts: PageParts, out: str) -> tuple[int, int, int, int]:
    """(body chars kept, body chars, noise chars kept, noise chars)."""
    text, lines = norm(out), {norm(line) for line in out.split("\n")}
    body = [norm(p) for p in parts.paragraphs]
    noise = [norm(n) for n in [*parts.related, BREADCRUMB, *FOOTER]]
    kept = sum(len(p) for p in body if p in text)
    leaked = sum(len(n) for n in noise if n in text) + sum(len(m) for m in MENU if m in lines)
    return kept, sum(map(len, body)), leaked, sum(map(len, noise)) + sum(map(len, MENU))


def invented_dates() -> tuple[int, int]:
    """(pages without a stated date where trafilatura reported one, pages)."""
    import trafilatura

    pages = [build(page_parts(split, date=None)) for split in gold_splits() for build in LAYOUTS.values()]
    return sum(bool((m := trafilatura.extract_metadata(p)) and m.date) for p in pages), len(pages)


def main() -> int:
    totals: dict[str, list[int]] = {}
    for split in gold_splits():
        parts = page_parts(split)
        for layout, build in LAYOUTS.items():
            page = build(parts)
            row = []
            for name, extract in extractors().items():
                c = counts(parts, extract(page))
                totals[name] = [a + b for a, b in zip(totals.get(name, [0, 0, 0, 0]), c, strict=True)]
                row.append(f"{name} {c[0] / c[1]:.3f}/{1 - c[2] / c[3]:.3f}")
            print(f"{split.doc[:3]} {layout:9s} " + "  ".join(row))
    print(f"\n{'extractor':18s} body kept  noise dropped")
    for name, (kept, body, leaked, noise) in totals.items():
        print(f"{name:18s} {kept / body:9.4f}  {1 - leaked / noise:.4f}")
    if "trafilatura" in extractors():
        invented, pages = invented_dates()
        print(f"\ntrafilatura reported a date on {invented}/{pages} pages that state none")
    return 0


if __name__ == "__main__":
    sys.exit(main())
