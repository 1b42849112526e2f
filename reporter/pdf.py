"""PDF: a rendered brief typeset by WeasyPrint and written atomically.

WeasyPrint fetches only files inside the template folders (reporter.safety);
everything else (network, other files) is refused and reported.
"""

from __future__ import annotations

import logging
from pathlib import Path

from reporter.files import atomic_write
from reporter.safety import safe_fetcher

log = logging.getLogger("reporter")


def write_pdf(html: str, target: Path, template_dirs: list[Path]) -> list[str]:
    """Write the PDF atomically; return the URLs that were refused (see safety.py)."""
    from weasyprint import HTML

    fetcher = safe_fetcher(template_dirs)
    base = template_dirs[0].resolve().as_uri() + "/"
    document = HTML(string=html, base_url=base, url_fetcher=fetcher).render()
    drop_attachments(document)
    atomic_write(target, document.write_pdf)
    for url in fetcher.missing:
        log.warning("模板引用的文件不存在: %s (missing file)", url)
    for url in fetcher.refused:
        log.warning("已拒绝模板引用的资源 %s (only files inside the template folders are read)", url)
    return list(fetcher.refused)


def drop_attachments(document) -> None:
    """No embedded files: <link rel=attachment> and <a rel=attachment> are ignored."""
    document.metadata.attachments = []
    for page in document.pages:
        page.links = [link for link in page.links if link[0] != "attachment"]
