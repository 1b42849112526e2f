"""PDF: a rendered brief typeset by WeasyPrint and written atomically.

WeasyPrint fetches only files inside the template folders (reporter.safety);
everything else (network, other files) is refused and reported.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from reporter.files import atomic_write
from reporter.safety import safe_fetcher

log = logging.getLogger("reporter")


def write_pdf(
    html: str, target: Path, template_dirs: list[Path], warn: Callable[[str], None] | None = None
) -> list[str]:
    """Write the PDF atomically; return the URLs that were refused (see safety.py).

    Missing and refused files go to `warn` (the run's Diagnostics), else to the log."""
    warn = warn or log.warning
    from weasyprint import HTML

    fetcher = safe_fetcher(template_dirs)
    base = template_dirs[0].resolve().as_uri() + "/"
    document = HTML(string=html, base_url=base, url_fetcher=fetcher).render()
    drop_attachments(document)
    atomic_write(target, document.write_pdf)
    for url in fetcher.missing:
        warn(f"模板引用的文件不存在: {url} (missing file)")
    for url in fetcher.refused:
        warn(f"已拒绝模板引用的资源 {url} (only files inside the template folders are read)")
    return list(fetcher.refused)


def drop_attachments(document) -> None:
    """No embedded files: <link rel=attachment> and <a rel=attachment> are ignored."""
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]
