"""Ingest: read files, decode them, and keep the article body without page noise.

Plain text scraped from web pages keeps menus, headline lists, ads and
disclaimers around (and sometimes inside) the article. The body is found from
the structure of the page: body paragraphs are long and punctuated like prose;
noise is short, list-like, repeated, truncated ("…"), or full of contact data.
The main body is the run of lines with the highest body score (a maximum
sub-array over line scores), so a long teaser far below the article does not
pull the noise between them in.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reporter.errors import IngestError
from reporter.models import Document

TEXT_SUFFIXES = {".txt", ".md", ".text", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_DOCUMENTS = 5000

SENTENCE_PUNCT = "。！？；，、：,;!?"
CJK = re.compile(r"[\u4e00-\u9fff]")
DATE_RE = re.compile(r"(20\d\d|19\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
SOURCE_RE = re.compile(r"来源[:：]\s*([^\s|｜]{2,20})")
PHONE_RE = re.compile(r"(\d[\d\- ]{6,}\d)|(\+86)|(1[3-9]\d{9})")
URL_RE = re.compile(r"(https?://|www\.|\.com|\.cn\b|@[\w.]+\.\w+)")
LIST_ITEM_RE = re.compile(r"^\s*(\d{1,3}[.、)]|[-•·*]|[（(]\d+[)）])\s*\S")
DATETIME_ONLY_RE = re.compile(r"^[\d\s:\-/.年月日时分]+$")
# Words of page furniture (navigation, sharing, legal notices), not of any article.
BOILERPLATE = (
    "版权",
    "免责声明",
    "郑重声明",
    "转载",
    "扫一扫",
    "二维码",
    "公众号",
    "上一条",
    "下一条",
    "上一篇",
    "下一篇",
    "相关文章",
    "相关阅读",
    "相关新闻",
    "推荐阅读",
    "热门文章",
    "分享给",
    "分享到",
    "当前位置",
    "您的位置",
    "您现在的位置",
    "首页 >",
    "首页>",
    "Copyright",
    "All Rights Reserved",
    "联系电话",
    "客服热线",
    "网站地图",
    "关于我们",
    "微信号",
    "返回搜狐",
    "本文链接",
    "责任编辑",
    "仅供参考",
)
METADATA_HINTS = ("来源", "发布时间", "发表", "作者", "编辑", "日期")


@dataclass(frozen=True)
class LineInfo:
    text: str
    score: float
    noise: bool
    metadata: bool


def load_documents(paths: list[str | Path], max_documents: int = MAX_DOCUMENTS) -> list[Document]:
    """Read every supported file under `paths` (files or folders), sorted by name."""
    files = list_files(paths)
    if len(files) > max_documents:
        raise IngestError(f"语料包含 {len(files)} 个文件, 超过上限 {max_documents} (too many documents).")
    return [read_document(f) for f in files]


def list_files(paths: list[str | Path]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if not p.exists():
            raise IngestError(f"找不到语料路径 '{p}' (path does not exist).")
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUPPORTED))
        else:
            files.append(p)
    return files


def read_document(path: Path, max_bytes: int = MAX_FILE_BYTES) -> Document:
    """Read one file into a Document; raise IngestError with the file name when it can't."""
    size = path.stat().st_size
    if size > max_bytes:
        raise IngestError(f"文件 '{path.name}' 大小 {size} 字节, 超过上限 {max_bytes} (file too large).")
    raw = path.read_bytes()
    if not raw.strip():
        raise IngestError(f"文件 '{path.name}' 是空文件 (empty file).")
    suffix = path.suffix.lower()
    if suffix in HTML_SUFFIXES:
        text, meta = html_to_text(decode(raw, path.name))
    elif suffix == ".docx":
        text, meta = docx_to_text(path), {}
    elif suffix == ".pdf":
        text, meta = pdf_to_text(path), {}
    else:
        text, meta = decode(raw, path.name), {}
    return build_document(path, raw, text, meta)


def decode(raw: bytes, name: str) -> str:
    """Decode bytes with a detector (UTF-8/16 with or without BOM, GB18030, Big5)."""
    from charset_normalizer import from_bytes

    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="strict")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    best = from_bytes(raw).best()
    if best is None or b"\x00" in raw and not best.encoding.startswith("utf_16"):
        raise IngestError(f"无法识别文件 '{name}' 的编码, 可能不是文本文件 (cannot decode).")
    text = str(best)
    if not CJK.search(text) and sum(c.isprintable() or c.isspace() for c in text) < 0.95 * len(text):
        raise IngestError(f"文件 '{name}' 不是可读的文本 (binary or undecodable).")
    return text


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """Flatten an HTML page to one block of text per line, keeping title and date."""
    import lxml.html

    try:
        tree = lxml.html.fromstring(html)
    except Exception as exc:  # lxml raises several parser errors
        raise IngestError(f"无法解析 HTML: {exc}") from exc
    for bad in tree.xpath("//script|//style|//noscript|//nav|//footer|//header"):
        bad.drop_tree()
    meta = {}
    title = tree.findtext(".//title") or ""
    h1 = tree.xpath("string(//h1)")
    meta["title"] = (h1 or title).strip()
    for el in tree.xpath("//meta[@name or @property]"):
        key = (el.get("name") or el.get("property") or "").lower()
        if "date" in key or "publish" in key:
            meta.setdefault("date_text", el.get("content") or "")
    blocks = tree.xpath("//p|//h1|//h2|//h3|//h4|//li|//td|//div[not(.//p|.//div|.//li)]")
    lines = [" ".join(b.text_content().split()) for b in blocks]
    return "\n".join(line for line in lines if line), meta


def docx_to_text(path: Path) -> str:
    import docx

    try:
        return "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    except Exception as exc:  # python-docx raises zip and XML errors
        raise IngestError(f"无法读取 Word 文件 '{path.name}': {exc}") from exc


def pdf_to_text(path: Path) -> str:
    from pypdf import PdfReader

    try:
        reader = PdfReader(str(path))
        return "\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as exc:  # pypdf raises many error types on broken files
        raise IngestError(f"无法读取 PDF 文件 '{path.name}': {exc}") from exc


def to_simplified(text: str) -> str:
    """Convert traditional Chinese to simplified; leaves simplified text unchanged."""
    return t2s_converter().convert(text)


@lru_cache(maxsize=1)
def t2s_converter():
    import opencc

    return opencc.OpenCC("t2s")  # loading the dictionaries takes ~10 ms: once per process


def build_document(path: Path, raw: bytes, text: str, meta: dict[str, str]) -> Document:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u3000", " ")
    simplified = to_simplified(text)
    lines = simplified.split("\n")
    keep, dropped, header = split_body(lines)
    body = "\n".join(lines[i].strip() for i in keep)
    if not CJK.search(body):
        raise IngestError(f"文件 '{path.name}' 中没有中文正文 (no Chinese body text).")
    original = "\n".join(text.split("\n")[i].strip() for i in keep) if simplified != text else ""
    head_text = "\n".join(lines[i] for i in header)
    title = meta.get("title") or guess_title(lines, keep, header)
    return Document(
        id=hashlib.sha256(raw).hexdigest()[:16],
        name=path.name,
        path=str(path),
        title=title,
        date=find_date(meta.get("date_text", "") + "\n" + head_text),
        source=find_source(head_text),
        body=body,
        original=original,
        dropped=tuple(lines[i].strip() for i in dropped if lines[i].strip()),
        encoding="utf-8",
    )


def classify(line: str, neighbours: set[str]) -> LineInfo:
    s = line.strip()
    n = len(s)
    cjk = len(CJK.findall(s))
    punct = sum(s.count(c) for c in SENTENCE_PUNCT)
    metadata = n < 80 and (bool(DATE_RE.search(s)) and any(h in s for h in METADATA_HINTS + ("于",)))
    noise = (
        any(b in s for b in BOILERPLATE)
        or bool(URL_RE.search(s))
        or bool(PHONE_RE.search(s))
        and punct < 3
        or s.endswith("...")
        or s.endswith("…")
        and not s.endswith("……")
        or s in neighbours
        or bool(DATETIME_ONLY_RE.match(s))
        or bool(LIST_ITEM_RE.match(line))
        and n < 60
        or s.count(" ") >= 4
        and n > 40  # headlines strung together with spaces
        or s == "-"
    )
    if metadata:
        noise = False
    if noise:
        score = -max(n, 20)
    elif cjk >= 15 and punct >= 1:
        score = n
    else:
        score = -3  # headings, short lines: neutral-ish, allowed inside the body
    return LineInfo(s, float(score), noise, metadata)


def split_body(lines: list[str]) -> tuple[list[int], list[int], list[int]]:
    """Return (body line indexes, dropped indexes, header indexes before the body)."""
    idx = [i for i, line in enumerate(lines) if line.strip()]
    if not idx:
        return [], [], []
    infos = {}
    for k, i in enumerate(idx):
        near = {lines[j].strip() for j in idx[max(0, k - 3) : k + 4] if j != i}
        infos[i] = classify(lines[i], near)
    start, end = best_run(idx, infos)
    # Extend upwards over title and metadata lines right above the body.
    first = start
    while first > 0 and not infos[idx[first - 1]].noise and start - first < 3:
        first -= 1
    header = [idx[k] for k in range(first, start)]
    keep = [idx[k] for k in range(first, end + 1) if not infos[idx[k]].noise]
    keep = [i for i in keep if not infos[i].metadata]
    header_all = [idx[k] for k in range(0, start)]
    dropped = [i for i in idx if i not in set(keep)]
    return keep, dropped, sorted(set(header) | set(header_all))


def best_run(idx: list[int], infos: dict[int, LineInfo]) -> tuple[int, int]:
    """Maximum-sum run of line scores (Kadane), as positions in idx."""
    best, best_span = float("-inf"), (0, 0)
    cur, cur_start = 0.0, 0
    for k, i in enumerate(idx):
        if cur <= 0:
            cur, cur_start = 0.0, k
        cur += infos[i].score
        if cur > best:
            best, best_span = cur, (cur_start, k)
    return best_span


def guess_title(lines: list[str], keep: list[int], header: list[int]) -> str:
    for i in keep[:3]:
        s = lines[i].strip()
        if 4 <= len(s) <= 60 and not s.endswith("。"):
            return s
    return lines[keep[0]].strip()[:30] if keep else ""


def find_date(text: str) -> str:
    m = DATE_RE.search(text)
    if not m:
        return ""
    y, mo, d = (int(g) for g in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{mo:02d}-{d:02d}"


def find_source(text: str) -> str:
    m = SOURCE_RE.search(text)
    return m.group(1) if m else ""
