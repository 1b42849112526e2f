"""What keeps rendering from reaching outside: a URL fetcher for WeasyPrint that
serves files from allowed folders only, file names safe for any region name, and
table cells that a spreadsheet will not run as formulas.

WeasyPrint fetches whatever a document points to (file://, ../, %2e%2e/,
symlinks, SVG <image>, http from stylesheets, @import, @font-face, <img>,
<embed>, backgrounds, and attachments). `allowed_protocols` alone does not stop
all of these, so every fetch goes through `SafeFetcher`, which resolves the
real path (following symlinks) and refuses anything outside the allowed
folders or not a file. Refused URLs are collected so the caller can report them.
"""

from __future__ import annotations

import mimetypes
import re
from pathlib import Path
from urllib.parse import unquote, urlparse

from reporter.errors import RenderError

MAX_NAME = 80


def safe_fetcher(allowed_roots: list[Path]):
    """A WeasyPrint URL fetcher limited to files inside `allowed_roots`; no network."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    roots = [Path(r).resolve() for r in allowed_roots]

    class SafeFetcher(URLFetcher):
        refused: list[str]
        missing: list[str]

        def fetch(self, url, headers=None):  # noqa: ARG002 - signature of URLFetcher
            if url.startswith("data:"):  # inline content (asset()): nothing is read from outside
                mime, body = data_uri(url)
                return URLFetcherResponse(url, body=body, headers={"Content-Type": mime})
            path = allowed_path(url, roots)
            if path is None and missing_path(url, roots):
                self.missing.append(url)  # a file the template names, not there: say so, not "refused"
                raise RenderError(f"文件不存在: {url}")
            if path is None:
                self.refused.append(url)
                raise RenderError(f"拒绝访问: {url} (only files inside the template folders may be read)")
            mime = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, body=path.read_bytes(), headers={"Content-Type": mime})

    fetcher = SafeFetcher()
    fetcher.refused = []
    fetcher.missing = []
    return fetcher


def allowed_path(url: str, roots: list[Path]) -> Path | None:
    """The real file a URL names when it lies inside one of `roots`, else None."""
    parsed = urlparse(url)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        return None
    path = Path(unquote(parsed.path)).resolve()
    if not path.is_file():
        return None
    return path if any(path.is_relative_to(root) for root in roots) else None


# A cell starting with one of these is a formula to Excel and LibreOffice (=HYPERLINK(…), @SUM, +cmd|…).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
PLAIN_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?%?")


def spreadsheet_text(value):
    """A CSV cell no spreadsheet runs: text starting with = + - @ tab or CR gets a leading
    apostrophe (a plain number such as -3.5 stays a number); other values are unchanged."""
    if isinstance(value, str) and value.startswith(FORMULA_START) and not PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def from_spreadsheet_text(value):
    """The text `spreadsheet_text` was given, for a CSV the tool wrote and a person edited."""
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def neutralised(df):
    """A copy of a DataFrame with every text cell made safe to open in a spreadsheet."""
    from pandas.api.types import is_numeric_dtype

    out = df.copy()
    for column in out.columns:
        if not is_numeric_dtype(out[column]):
            out[column] = out[column].map(spreadsheet_text)
    return out


def data_uri(url: str) -> tuple[str, bytes]:
    """The type and bytes of a data: URI (data:image/png;base64,....)."""
    import base64

    head, _, payload = url[len("data:") :].partition(",")
    mime = head.split(";")[0] or "text/plain"
    body = base64.b64decode(payload) if head.endswith(";base64") else unquote(payload).encode("utf-8")
    return mime, body


def missing_path(url: str, roots: list[Path]) -> bool:
    """Whether a URL names a file inside `roots` that does not exist."""
    parsed = urlparse(url)
    if parsed.scheme != "file" or parsed.netloc not in ("", "localhost"):
        return False
    path = Path(unquote(parsed.path)).resolve()
    return not path.exists() and any(path.is_relative_to(root) for root in roots)


def safe_filename(text: str, max_length: int = MAX_NAME) -> str:
    """A file name from any text: no path separators, no '..', no control characters."""
    name = re.sub(r"[^\w\u4e00-\u9fff\-]+", "_", text)
    name = re.sub(r"_+", "_", name).strip("._-")
    return name[:max_length] or "brief"
