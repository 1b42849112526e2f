"""Ingest: read files of any usual format and encoding into Documents.

Stages for one file: check its size -> decode or unpack it to lines of text
(.txt/.md with a detected encoding; .html flattened block by block with the
share of link text per line; .docx paragraphs; .pdf text layer with wrapped
lines joined) -> convert traditional to simplified -> split body, metadata and
noise (reporter.body) -> Document.

Traditional input: `Document.body` is simplified and `Document.original` keeps
the same lines as written, line for line (see `original_span`).

Files named on the command line must be readable (an IngestError names the
file); files found inside a folder that cannot be read are skipped with a
warning, so one bad file does not stop a corpus.
"""

from __future__ import annotations

import csv
import errno
import hashlib
import logging
import os
import re
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path

from reporter import body as bodymod
from reporter import lexicon, limits
from reporter.body import Line
from reporter.errors import IngestError, printable
from reporter.models import Document, Skipped
from reporter.normalize import is_spaced_out, normalize_line

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DOCUMENTS = 5000
# A list of the files' web addresses, beside them or in the folder above (a labelled corpus keeps
# texts/ and its sources.csv side by side): a column `id` or `file` with the file's name and a
# column `url`. It is no document.
ADDRESS_LIST = "sources.csv"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class IngestLimits:
    """Input limits: a corpus larger than this is refused with a message, not read."""

    max_file_bytes: int = MAX_FILE_BYTES
    max_documents: int = MAX_DOCUMENTS


@dataclass
class Ingested:
    """The documents read, and every file that was skipped with its reason."""

    documents: list[Document]
    skipped: list[Skipped] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return [f"跳过 {s.reason}" for s in self.skipped]

    def require_all(self) -> None:
        """--strict: a file that could not be read is an error naming every such file."""
        if self.skipped:
            reasons = "; ".join(s.reason for s in self.skipped)
            raise IngestError(f"{len(self.skipped)} 个文件未能读取 (--strict): {reasons}")


@dataclass(frozen=True)
class PageText:
    """A file's text as lines, before the body is found, with what the page states about itself."""

    lines: list[Line]
    encoding: str
    headlines: tuple[str, ...] = ()  # headlines the file marks as such (<h1>, og:title, document title)
    head_title: str = ""  # the HTML <title>, used when the text shows no headline
    date_text: str = ""  # a date the page's own metadata states (HTML <meta>)
    source: str = ""
    url: str = ""  # the address the page states for itself (canonical link, og:url, "saved from")


def load_documents(paths: list[str | Path], limits: IngestLimits | None = None) -> list[Document]:
    """Read every supported file under `paths`; skipped files are logged as warnings (stderr)."""
    result = ingest_paths(paths, limits)
    for warning in result.warnings:
        log.warning(warning)
    return result.documents


def ingest_paths(paths: list[str | Path], limits: IngestLimits | None = None) -> Ingested:
    """Read files and folders (sorted by name); folder files that fail are skipped with a warning."""
    limits = limits or IngestLimits()
    files, skipped = list_files(paths)
    if len(files) > limits.max_documents:
        raise IngestError(
            f"语料包含 {len(files)} 个文件, 超过上限 {limits.max_documents} 个; "
            f"请分批处理或调高上限 (too many documents)."
        )
    documents: list[Document] = []
    seen: dict[str, str] = {}  # body -> name of the first document with it
    for path, explicit in files:
        try:
            doc = read_document(path, limits)
        except IngestError as exc:
            if explicit:
                raise
            skipped.append(Skipped(printable(path.name), exc.message))
            continue
        # The same article saved twice would count every fact twice.
        if doc.body in seen:
            skipped.append(Skipped(doc.name, f"'{doc.name}': 正文与 '{seen[doc.body]}' 相同 (duplicate)."))
            continue
        seen[doc.body] = doc.name
        documents.append(doc)
    if not documents:
        raise IngestError("没有可读取的文档 (no readable document): " + "; ".join(str(p) for p in paths))
    return Ingested(with_addresses(documents), skipped)


def with_addresses(docs: list[Document]) -> list[Document]:
    """The documents, each that states no web address given the one its folder's address list
    (ADDRESS_LIST, or the one in the folder above) names for its file."""
    lists: dict[Path, dict[str, str]] = {}

    def listed(path: Path, name: str) -> str:
        if path not in lists:
            lists[path] = read_addresses(path)
        return lists[path].get(name, "")

    out = []
    for doc in docs:
        folder = Path(doc.path).parent
        url = doc.url or listed(folder / ADDRESS_LIST, doc.name) or listed(folder.parent / ADDRESS_LIST, doc.name)
        out.append(replace(doc, url=url) if url != doc.url else doc)
    return out


def read_addresses(path: Path) -> dict[str, str]:
    """file name -> web address from an address list; {} when there is none or it is no such list."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as f:
            rows = list(csv.DictReader(f))
    except (OSError, UnicodeError, csv.Error):
        return {}
    return {
        name: url
        for row in rows
        if (name := (row.get("id") or row.get("file") or "").strip())
        and (url := (row.get("url") or "").strip()).lower().startswith(("http://", "https://"))
    }


def list_files(paths: list[str | Path]) -> tuple[list[tuple[Path, bool]], list[Skipped]]:
    """(file, named explicitly) pairs, and the files of unsupported types."""
    files: list[tuple[Path, bool]] = []
    skipped: list[Skipped] = []
    for p in map(Path, paths):
        if not p.exists():
            raise IngestError(f"找不到语料路径 '{p}' (path does not exist).")
        if not p.is_dir():
            files.append((p, True))
            continue
        for f, problem in walk(p):
            if f.name == ADDRESS_LIST:
                continue
            if problem:
                skipped.append(Skipped(printable(f.name), printable(problem)))
            elif f.suffix.lower() in SUPPORTED:
                files.append((f, False))
            else:
                name = printable(f.name)
                skipped.append(Skipped(name, f"'{name}': 不支持的文件类型 (unsupported type)."))
    return files, skipped


def walk(folder: Path) -> list[tuple[Path, str | None]]:
    """Every file under `folder` (not hidden ones), sorted, each with the reason it cannot be
    read or None: FIFOs, devices, symlink loops and unreadable folders are named, not passed
    over in silence. Symlinked folders are followed, each real folder once."""
    out: list[tuple[Path, str | None]] = []
    seen: set[tuple[int, int]] = set()

    def unreadable(exc: OSError) -> None:
        where = Path(exc.filename or folder)
        out.append((where, f"'{where.name}': 文件夹{limits.reason(exc)}"))

    for root, dirs, names in os.walk(folder, onerror=unreadable, followlinks=True):
        info = os.stat(root)
        if (info.st_dev, info.st_ino) in seen:
            out.append((Path(root), f"'{Path(root).name}': 文件夹{limits.reason(OSError(errno.ELOOP, ''))}"))
            dirs.clear()
            continue
        seen.add((info.st_dev, info.st_ino))
        dirs.sort()
        for name in names:
            if not name.startswith("."):
                path = Path(root) / name
                out.append((path, limits.file_problem(path)))
    return sorted(out, key=lambda item: item[0])


def read_document(path: Path, limits: IngestLimits | None = None) -> Document:
    """Read one file into a Document; raise IngestError naming the file when it can't."""
    limits = limits or IngestLimits()
    raw = read_bytes(path, limits.max_file_bytes)
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        page = html_page(*decode(raw, path.name, declared_charset(raw)), path.name)
    elif suffix == ".docx":
        page = docx_page(path)
    elif suffix == ".pdf":
        page = pdf_page(path)
    else:
        text, encoding = decode(raw, path.name)
        page = PageText(text_lines(markdown_to_text(text) if suffix == ".md" else text), encoding)
    return build_document(path, raw, page)


def first_line(exc: Exception) -> str:
    """A library's error message cut to one line, for a one-line user message."""
    lines = str(exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


def read_bytes(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, checked for size before reading; OS errors become an IngestError."""
    problem = limits.file_problem(path)
    if problem:
        raise IngestError(problem)
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise IngestError(f"文件 '{path.name}' 大小 {size} 字节, 超过上限 {max_bytes} 字节 (file too large).")
        raw = path.read_bytes()
    except OSError as exc:
        raise IngestError(f"无法读取文件 '{path.name}': {exc.strerror or exc} (cannot read).") from exc
    if not raw.strip():
        raise IngestError(f"文件 '{path.name}' 是空文件 (empty file).")
    return raw


def decode(raw: bytes, name: str, declared: str = "") -> tuple[str, str]:
    """Decode bytes as (text, encoding): BOMs, strict UTF-8, the page's declared charset, a detector."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding
            except UnicodeDecodeError:
                break
    for encoding in ("utf-8", declared):
        try:
            return raw.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes  # only when UTF-8 fails: its import costs a cold brief 13 ms

    best = from_bytes(raw).best()
    if best is None:
        raise IngestError(f"无法识别文件 '{name}' 的编码, 可能不是文本文件 (cannot decode).")
    text = str(best)
    if sum(c.isprintable() or c.isspace() for c in text) < 0.98 * len(text):
        raise IngestError(f"文件 '{name}' 不是可读的文本 (binary or undecodable).")
    return text, best.encoding


CHARSET_RE = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w-]{2,20})""", re.I)
# Chinese pages declare gb2312/gbk but use characters only their superset has.
CHARSET_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs"}


def declared_charset(raw: bytes) -> str:
    """The charset a page declares in its first kilobytes, or ""."""
    m = CHARSET_RE.search(raw[:4096])
    name = m.group(1).decode("ascii").lower() if m else ""
    return CHARSET_SUPERSETS.get(name, name)


MARKDOWN_MARKERS = re.compile(r"^\s{0,3}(#{1,6}|>+)\s*")
MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")


def markdown_to_text(text: str) -> str:
    """Drop heading and quote markers and keep link texts, so Markdown reads like plain text."""
    return "\n".join(MARKDOWN_LINK.sub(r"\1", MARKDOWN_MARKERS.sub("", line)) for line in text.split("\n"))


def text_lines(text: str) -> list[Line]:
    """Non-blank lines with their 1-based line numbers; full-width spaces become spaces."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ").replace("\xa0", " ")
    return [Line(n, s.strip()) for n, s in enumerate(text.split("\n"), 1) if s.strip()]


# Elements that start a new line of text when the page is flattened.
BLOCK_TAGS = {
    "address", "article", "aside", "blockquote", "body", "br", "center", "dd", "div", "dl", "dt",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
    "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "th", "thead", "tr", "ul",
}  # fmt: skip
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "select", "button", "nav")
# Page-level furniture; inside <article>/<main> the same tags may hold the headline and byline.
DROP_OUTSIDE_ARTICLE = ("header", "footer", "aside")
# "标题_站点" / "标题 - 站点"; a dash inside a headline ("——学习…") is not a separator.
TITLE_SEPARATORS = re.compile(r"\s*[_|｜]\s*|\s+[-–—]+\s+")


# A brief this tool wrote (its HTML names reporter as generator, its PDF as creator) is no source:
# briefs written into the corpus folder would otherwise be read back as articles on the next run.
GENERATOR = "reporter"
OWN_BRIEF = "'{name}': 是 reporter 生成的简报, 不作为语料 (a brief written by reporter)."


def own_brief(generator: str) -> bool:
    return generator.strip().lower() == GENERATOR


def html_page(html: str, encoding: str, name: str) -> PageText:
    """Flatten a page to lines (one a block or <br>), with each line's share of link text."""
    import lxml.html
    from lxml import etree

    parser = lxml.html.HTMLParser()  # lxml's default, with an error log of its own
    try:
        tree = lxml.html.document_fromstring(re.sub(r"^\s*<\?xml[^>]*>", "", html), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(f"无法解析 HTML 文件 '{name}': {first_line(exc)}") from exc
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        # libxml2 drops everything past 256 nested elements, so the text would be lost unsaid.
        raise IngestError(f"HTML 文件 '{name}' 的元素嵌套过深 (超过 256 层), 正文无法完整读取 (nested too deeply).")
    if own_brief(tree.xpath("string(//meta[@name='generator']/@content)")):
        raise IngestError(OWN_BRIEF.format(name=name))
    headlines, head_title, date_text, source = html_metadata(tree)
    url = page_address(tree, html)
    etree.strip_elements(tree, etree.Comment, etree.ProcessingInstruction, with_tail=False)
    for el in tree.xpath("//" + "|//".join(DROP_TAGS)):
        el.drop_tree()
    for el in tree.xpath("|".join(f"//{t}[not(ancestor::article or ancestor::main)]" for t in DROP_OUTSIDE_ARTICLE)):
        el.drop_tree()
    body = tree.find("body")
    lines = flatten(body if body is not None else tree)
    return PageText(lines, encoding, headlines, head_title, date_text, source, url)


def flatten(root) -> list[Line]:
    """Walk the tree once; text goes to the current line, block starts and ends open a new one."""
    from lxml import etree

    lines: list[list[tuple[str, bool]]] = [[]]
    in_link = 0
    for event, el in etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        if event == "start":
            if tag in BLOCK_TAGS:
                lines.append([])
            in_link += tag == "a"
            if el.text:
                lines[-1].append((el.text, in_link > 0))
        else:
            in_link -= tag == "a"
            if tag in BLOCK_TAGS:
                lines.append([])
            if el.tail and el is not root:
                lines[-1].append((el.tail, in_link > 0))
    return [line for n, parts in enumerate(lines, 1) if (line := joined_line(n, parts))]


def joined_line(number: int, parts: list[tuple[str, bool]]) -> Line | None:
    text = " ".join("".join(t for t, _ in parts).replace("\u3000", " ").split())
    if not text:
        return None
    link_chars = sum(len("".join(t.split())) for t, link in parts if link)
    return Line(number, text, link_chars / max(1, len("".join(text.split()))))


def html_metadata(tree) -> tuple[tuple[str, ...], str, str, str]:
    """Headlines (<h1>, og:title), <title>, date and source as the page's own tags state them."""
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    og = tree.xpath("string(//meta[@property='og:title']/@content)").strip()
    headlines = tuple(t for t in [*h1s, og] if 4 <= len(t) <= 100)
    head = TITLE_SEPARATORS.split((tree.findtext(".//title") or "").strip())[0]
    date_text = source = ""
    for el in tree.xpath("//meta[@name or @property or @itemprop]"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").lower()
        content = (el.get("content") or "").strip()
        published = any(k in key for k in ("date", "publish", "pubtime")) and not any(
            k in key for k in ("modif", "update")
        )
        if not date_text and published and bodymod.DATE_RE.search(content):
            date_text = content
        if not source and "source" in key and 2 <= len(content) <= 20:
            source = content
    return headlines, head if 4 <= len(head) <= 100 else "", date_text, source


# A browser's "save page" note of where the page came from: <!-- saved from url=(0042)http://… -->.
SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->")


def page_address(tree, html: str) -> str:
    """The web address the page gives for itself: its canonical link, og:url, or the note a
    browser leaves when it saves a page; "" when none is an http(s) address."""
    found = [
        tree.xpath("string(//link[@rel='canonical']/@href)"),
        tree.xpath("string(//meta[@property='og:url']/@content)"),
        *(m.group(1) for m in SAVED_FROM.finditer(html[:4096])),
    ]
    return next((u.strip() for u in found if u.strip().lower().startswith(("http://", "https://"))), "")


def docx_page(path: Path) -> PageText:
    """Paragraphs and table cells of a Word file, in document order."""
    import docx
    from docx.table import Table

    problem = limits.zip_problem(path)
    if problem:
        raise IngestError(f"无法读取 Word 文件: {problem}")
    try:
        document = docx.Document(str(path))
        texts: list[str] = []
        for block in document.iter_inner_content():
            if isinstance(block, Table):
                texts.extend(cell.text for row in block.rows for cell in row.cells)
            else:
                texts.append(block.text)
        title = (document.core_properties.title or "").strip()
        headlines = (title,) if 4 <= len(title) <= 100 else ()
    except Exception as exc:  # python-docx raises zip, XML and key errors on broken files
        raise IngestError(f"无法读取 Word 文件 '{path.name}': {first_line(exc)}") from exc
    return PageText(text_lines("\n".join(texts)), "docx", headlines)


def pdf_page(path: Path) -> PageText:
    """The text layer of a PDF, with lines wrapped by the layout joined back into paragraphs."""
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        if own_brief(str(reader.metadata.get("/Creator", "") if reader.metadata else "")):
            raise IngestError(OWN_BRIEF.format(name=path.name))
        problem = limits.pdf_pages_problem(reader, path.name)
        if problem:
            raise IngestError(problem)
        text = "\n".join(page.extract_text() or "" for page in reader.pages)
    except IngestError:
        raise
    except Exception as exc:  # pypdf raises many error types on broken files
        raise IngestError(f"无法读取 PDF 文件 '{path.name}': {first_line(exc)}") from exc
    if not text.strip():
        raise IngestError(f"PDF 文件 '{path.name}' 没有文字层 (扫描件?) (no text layer).")
    return PageText(unwrap(text_lines(text)), "pdf")


def unwrap(lines: list[Line]) -> list[Line]:
    """Join a line that fills the text width and ends mid-sentence with the line after it."""
    if not lines:
        return lines
    lengths = sorted(len(line.text) for line in lines)
    full = lengths[int(0.9 * (len(lengths) - 1))] * 0.8
    out: list[Line] = []
    joining = False
    for line in lines:
        if joining:
            out[-1] = Line(out[-1].number, out[-1].text + line.text)
        else:
            out.append(line)
        joining = len(line.text) >= full and line.text[-1] not in "。！？!?：:；;”"
    return out


@cache
def converter():
    import opencc

    # t2s, not tw2s: tw2s also rewrites simplified text (显著 -> 显着), and most input is
    # simplified. t2s maps character for character, so line lengths stay equal.
    return opencc.OpenCC("t2s")


@cache
def variants() -> dict[int, str]:
    """Variant characters the converter leaves (陜 for 陝) -> simplified (data/variant_characters.csv)."""
    return {ord(row["variant"]): row["simplified"] for row in lexicon.table("variant_characters.csv")}


def to_simplified(text: str) -> str:
    """Convert traditional Chinese to simplified; simplified text comes back unchanged."""
    return converter().convert(text).translate(variants())


def build_document(path: Path, raw: bytes, page: PageText) -> Document:
    if not page.lines:
        raise IngestError(f"文件 '{path.name}' 中没有文字 (no text).")
    original = [line.text for line in page.lines]
    # Converting the lines joined keeps phrase context; line breaks survive conversion.
    simplified = to_simplified("\n".join(original)).split("\n")
    lines = [Line(line.number, s, line.link_share) for line, s in zip(page.lines, simplified, strict=True)]
    # Body rules read the lines as saved (spacing is a sign of headline lists); every
    # later stage reads them normalised.
    split = bodymod.split_body(lines)
    normal = [normalize_line(line.text) for line in lines]
    kept = [k for k in split.body if normal[k]]
    body = "\n".join(normal[k] for k in kept)
    if not bodymod.CJK.search(body):
        raise IngestError(f"文件 '{path.name}' 中没有中文正文: 只有菜单、标题列表等网页杂项 (no article body).")
    metadata = [lines[k].text for k in split.metadata]  # spacing separates a byline's fields
    changed = any(normal[k] != original[k] for k in kept)
    return Document(
        id=hashlib.sha256(raw).hexdigest()[:16],
        name=printable(path.name),  # a file name may hold escape sequences or bytes that are not UTF-8
        path=str(path),
        title=clean_title(choose_title(page, lines, split)),
        date=page_date(lines, split, page.date_text),
        source=to_simplified(page.source) or bodymod.find_source(metadata),
        body=body,
        original="\n".join(original[k] for k in kept) if changed else "",
        dropped=tuple(lines[k].text for k in split.dropped),
        encoding=page.encoding,
        metadata=tuple(metadata),
        line_numbers=tuple(lines[k].number for k in kept),
        url=page.url,
    )


def page_date(lines: list[Line], split: bodymod.BodySplit, date_text: str) -> str:
    """The article's date: from its byline or the page's date field, else from a stamp that opens
    one of the lines above the article's first paragraph or that paragraph (2020-11-06新闻8 under
    the headline)."""
    dated = bodymod.find_date([*(lines[k].text for k in split.byline), date_text])
    paragraphs = [k for k in split.body if k != split.title]
    if dated or not paragraphs:
        return dated
    first = paragraphs[0]
    return bodymod.find_stamp([line.text for line in lines[max(0, first - bodymod.HEADER_MAX) : first + 1]])


ORIGINAL_TITLE = re.compile(r"^\s*原标题\s*[:：]\s*")


def clean_title(title: str) -> str:
    """The headline as words: no "原标题:" prefix, no site name after a separator, no symbols only."""
    title = ORIGINAL_TITLE.sub("", title)
    title = normalize_line(title, spacing=is_spaced_out(title))
    parts = TITLE_SEPARATORS.split(title)
    if len(parts) > 1 and len(parts[0]) >= 4:
        title = parts[0]
    return title if bodymod.is_words(title) else ""


def choose_title(page: PageText, lines: list[Line], split: bodymod.BodySplit) -> str:
    """A marked headline that heads the article, else the headline line found in the text, else <title>.

    A marked headline must be one of the article's lines: the first <h1> of a
    page is often the site's logo.
    """
    kept = {lines[k].text for k in split.body}
    marked = [to_simplified(h) for h in page.headlines]
    for headline in marked:
        if headline in kept:
            return headline
    if split.title is not None:
        return lines[split.title].text
    return next(iter(marked), to_simplified(page.head_title))


def original_span(doc: Document, start: int, end: int) -> str:
    """The text as written for `doc.body[start:end]`.

    Body and original hold the same lines in the same order, and the converter
    maps character for character on a line whenever the two lines are equally
    long (the usual case), so offsets inside a line carry over. When a line
    changed length, the whole original line(s) are returned instead.
    """
    if not doc.original:
        return doc.body[start:end]
    body_lines, orig_lines = doc.body.split("\n"), doc.original.split("\n")
    out, pos = [], 0
    for b, o in zip(body_lines, orig_lines, strict=True):
        lo, hi = max(start, pos), min(end, pos + len(b))
        if lo < hi or (start == end == pos):
            out.append(o[lo - pos : hi - pos] if len(b) == len(o) else o)
        pos += len(b) + 1
    return "\n".join(out)
