"""Body: tell the article body from the page noise around and inside it.

Text scraped from web pages (or flattened from HTML, Word, PDF) keeps menus,
headline lists, ads and disclaimers. The body is found from the structure of
such pages, not from any site's wording: body paragraphs are long and
punctuated like prose; noise is short, list-like, link text, repeated,
truncated ("…"), or full of contact data. The main body is the run of lines
with the highest body score (a maximum sub-array over line scores), so a long
teaser far below the article does not pull the noise between them in.

A ranking list or a table saved a cell a line right after the last paragraph is the
article's too, though its rows are short like a menu's; and a paragraph printed twice in a
row is a forum reply quoting the post, not a headline that a list repeats. A forum post runs
from its header (the poster and the time of posting) to the next page noise, however short its
lines (verses, a list) are.

Lines right above and at the top of that run that state the publication
date, source or author are metadata (and so is a source line right after the
last paragraph): kept apart from the body, and the only place a source is
taken from. A date is taken only from the lines above and at the top of the
body, so a dated headline list below the article never dates it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reporter import lexicon, numbers
from reporter.normalize import normalize_line
from reporter.tables import MIN_LIST_ITEMS, cells_of, is_figure, table_lines

SENTENCE_PUNCT = "。！？；，、：,;!?"
SENTENCE_END = "。！？；!?;"
HEADLINE_ENDS = "！？!?"
CJK = re.compile(r"[\u4e00-\u9fff]")
# At least 15 CJK characters: stops at the 15th rather than listing them all.
CJK_15 = re.compile(r"(?:[^\u4e00-\u9fff]*[\u4e00-\u9fff]){15}")
CJK_OR_PUNCT = r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]"
# A run of spaces next to a Chinese character: strung-together headlines.
CJK_GAP = re.compile(rf"(?<={CJK_OR_PUNCT}) +|(?<=\S) +(?={CJK_OR_PUNCT})")
DATE_RE = re.compile(r"(20\d\d|19\d\d)\s*[-年/.]\s*(\d{1,2})\s*[-月/.]\s*(\d{1,2})")
# The byline's words are data (data/byline_words.csv); what may follow them is grammar (a field
# name in brackets, | [ 发布机构 ] | 某某区统计局, closes its bracket before the separator).
SOURCE_RE = re.compile(
    rf"(?:{lexicon.alternation_of('byline_words.csv', 'source')})\s*[\]】]?\s*[:：|｜丨](?:\s*[|｜丨])?\s*([^\s|｜丨:：()（）]{{2,20}})"
)
BYLINE_LABEL = re.compile(rf"(?:{lexicon.alternation_of('byline_words.csv', 'label')})\s*[:：]")
AUTHOR_RE = re.compile(rf"^(?:{lexicon.alternation_of('byline_words.csv', 'author')})[:：/]")
# A line that is only reporters' names, each after its word: "记者 张三", "（本报记者 李四 通讯员 王五）".
AUTHOR_NAMES = (
    rf"(?:{lexicon.alternation_of('byline_words.csv', 'author')})(?:\s+|\s*[:：/]\s*)"
    r"[\u4e00-\u9fff·]{2,4}(?:\s+[\u4e00-\u9fff·]{2,4})*"
)
NAMES_ONLY_RE = re.compile(rf"^[(（]?\s*{AUTHOR_NAMES}(?:\s+{AUTHOR_NAMES})*\s*[)）]?$")
# A photo caption ending in its credit (蓬勃发展的某地 记者 张三 摄): the picture's line, not the article's.
PHOTO_CREDIT = re.compile(rf"{AUTHOR_NAMES}\s*(?:{lexicon.alternation('photo_credit_words.txt')})$")
# A page's stamp at the head of a line, in figures with one separator (2020-11-06新闻8, 2023/11/28
# 来源:…, " date 2025-11-07 某某社北京11月7日电"): a date a page prints, where a story writes 2017年12月16日.
STAMP_RE = re.compile(
    rf"^\s*(?:(?:{lexicon.alternation('date_stamp_labels.txt')})\s*[:：]?\s*)?"
    r"((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})(?!\d)",
    re.IGNORECASE,
)
# The time of day after a date: a page's publication stamp (2017-01-11 09:06).
TIMESTAMP_RE = re.compile(r"(?:20\d\d|19\d\d)\s*[-年/.]\s*\d{1,2}\s*[-月/.]\s*\d{1,2}\s*日?\s*\d{1,2}:\d\d")
PHONE_RE = re.compile(r"(\d[\d\- ]{6,}\d)|(\+86)|(1[3-9]\d{9})")
YEAR_SPAN = re.compile(r"(?:19|20)\d\d\s*[-–~]\s*(?:19|20)\d\d(?!\d)")  # 2011-2015: years, not a phone number
URL_RE = re.compile(r"(https?://|www\.|\.com\b|\.cn\b|@[\w.]+\.\w+|data:image|<image>)")
# A breadcrumb trail: 首页 > 新闻 > 正文, 晋江新闻网>>新闻中心>>正文.
BREADCRUMB = re.compile(r"(?:>|＞|»|›).*(?:>|＞|»|›)|^\s*(?:>|＞)")
# A document-sharing site's page thumbnails and pager: 某某报告_第3页, 第3页 / 共10页; a forum
# archiver's pager under the thread: 页: [1] 2 3.
PAGER_RE = re.compile(r"_第\s*\d+\s*页$|^第\s*\d+\s*页\s*/\s*共\s*\d+\s*页$|^页\s*[:：]\s*\[\d+\]")
LIST_ITEM_RE = re.compile(r"^\s*(\d{1,3}[.、)]|[-•·*]|[（(]\d+[)）])\s*\S")
DATETIME_ONLY_RE = re.compile(r"^[(（]?[\d\s:\-/.年月日时分]+[)）]?$")
# Spacing and punctuation around a block heading: "相 关 新 闻:", "【推荐阅读】".
BLOCK_HEADING_JUNK = re.compile(r"[\s:：|｜·•\-—_()（）\[\]【】<>《》]+")
BLOCK_HEADING_MAX = 8  # characters: a heading word and a joining word or two (版权和免责申明)
# An icon or a link stripped from a widget leaves empty brackets behind.
EMPTY_BRACKETS = re.compile(r"\(\s*\)|（\s*）|\[\s*\]|【\s*】")
METADATA_HINTS = tuple(row["word"] for row in lexicon.table("byline_words.csv") if row["date_hint"] == "yes")
ISSUER_WORDS = tuple(row["word"] for row in lexicon.table("byline_words.csv") if row["issuer"] == "yes")
TITLE_MAX = 60
ISSUER_MAX = 20  # 某某自治州发展和改革委员会办公室 fits
HEADER_REACH = 3  # lines above the body run that may hold title and metadata
HEADER_MAX = 10  # lines above the body run that a header of headings and bylines may fill
HEADING_MIN = 5  # characters in the shortest heading above the header: shorter lines are tags or menu items
REPRINT_MIN = 8  # characters in the shortest headline printed twice: a site's name, shorter, is too (logo, menu)
WIDGET_MAX = 2  # characters in a line that an icon or a close button leaves behind
SPACED_HEADING_MIN = 4  # characters of the shortest heading printed with spaces between them (政 府 工 作 报 告)
POST_LINE_MAX = TITLE_MAX  # characters in the longest line a forum post's short lines may have
HEADER_DEPTH = 4  # lines at the top of the body run that may hold metadata
BYLINE_REACH = 6  # lines above the header that may still hold metadata
TRAIL_MAX = 6  # lines after the last paragraph that may still be its captions and notes
FOOTER_DEPTH = 2  # lines at the end of the body run and after it that may hold the source
NOTICE_WORDS = 3  # page-furniture words that make even a sentence a notice
LINK_SHARE_NOISE = 0.5  # a line mostly made of link text is navigation
PROSE_SPAN = 200  # prose ends a sentence at least once in this many characters
PUNCT_SPAN = 40  # prose has a comma or a sentence end at least once in this many characters
SHORT_SENTENCE = 6  # Chinese characters in the shortest paragraph that counts as prose
QUOTE_MIN = 60  # characters in the shortest paragraph that a forum reply may quote word for word
ROW_MAX = 24  # characters in the longest row of a ranking list or cell line of a flattened table
ROW_LEAD = 2  # lines between the last paragraph and its rows: a caption, a header
ROWS_MIN = 3  # lines with figures that make a table saved a cell a line
CELL_MAX = 8  # characters in a table's word cell (a header, a name) printed on a line of its own
RANKED_NAME_MAX = 16  # characters in a ranked name (with its province); a listed headline is longer
# A ranking row: its place, then a name (1、中关村科技园, 12 某某区, 3某某开发区江苏).
ROW_SCORE = re.compile(r"\s*\d+(?:\.\s?\d+)?\s*$")  # a ranked row's score after the name
ROW_NUMBER = re.compile(r"^(\d{1,3})(?:[、.．)）]\s*|\s*)(\D.*)$")
FIGURE_IN_ROW = re.compile(r"\d")
# A line that is only a file's name: what a page keeps of an image or of a shared document's title.
FILE_NAME = re.compile(rf"^\S[^。！？!?；;，,]*\.(?:{lexicon.alternation('file_extensions.txt')})$", re.IGNORECASE)
KEYWORD_SPLIT = re.compile(lexicon.alternation("keyword_separators.txt"))
KEYWORD_BULLET = re.compile(r"^[\s•·●*\-]+")
KEYWORDS_MIN = 4  # entries in the shortest keyword line
KEYWORD_MAX = 16  # characters in the longest entry of a keyword line; a clause of prose is longer


@dataclass(frozen=True)
class Line:
    """One non-blank line of a document's text, as the body finder sees it."""

    number: int  # 1-based line number in the extracted text
    text: str  # stripped
    link_share: float = 0.0  # share of characters inside links (HTML only)


@dataclass(frozen=True)
class LineInfo:
    score: float
    kind: str  # noise kind: "list", "repeat", "furniture", or "" for a line that is not noise
    metadata: bool

    @property
    def noise(self) -> bool:
        return bool(self.kind)


@dataclass(frozen=True)
class BodySplit:
    """Positions (indexes into the lines given) of body, metadata and dropped lines."""

    body: list[int]
    metadata: list[int]  # date/source/author lines above, at the top of and right after the body
    byline: list[int]  # the metadata lines above and at the top of the body: the only source of a date
    dropped: list[int]
    title: int | None  # the line that is the headline, when there is one


def furniture_words() -> tuple[str, ...]:
    return lexicon.words("page_furniture.txt")


def is_furniture(s: str) -> bool:
    """A line with page-furniture words, unless they are just a word of long prose.

    A legal or download notice piles them up (版权所有, 未经许可, 不得转载): with
    NOTICE_WORDS of them a line is furniture however well punctuated. Words are looked for
    with pinyin glosses taken out (责(zé)编 is 责编)."""
    s = normalize_line(s, spacing=False)
    found = [w for w in furniture_words() if w in s]
    if len(found) >= NOTICE_WORDS or (len(found) >= 2 and not is_prose(s)) or (found and len(s) < 40):
        return True
    for w in found:
        after = s[s.index(w) + len(w) : s.index(w) + len(w) + 1]
        if s.startswith(w) or after in (":", "："):
            return True
    return False


def is_block_heading(s: str) -> bool:
    """A line that only heads a block of other content after the article (相关新闻, 版权和免责申明)."""
    bare = BLOCK_HEADING_JUNK.sub("", s)
    return len(bare) <= BLOCK_HEADING_MAX and any(w in bare for w in lexicon.words("block_headings.txt"))


def is_list_like(s: str) -> bool:
    return bool(LIST_ITEM_RE.match(s)) and len(s) < 60 and not any(c in s for c in SENTENCE_END)


DATA_ROW_MAX = 40  # characters in the longest row of figures a list prints


def is_data_row(s: str) -> bool:
    """A list line that states a figure with its unit (1.甲市31.27亿元(14), - 乙市:4,382平方公里):
    a row of the article's own data, not a link in a list of other articles, which carry a date
    or an address."""
    if len(s) > DATA_ROW_MAX or DATE_RE.search(s) or URL_RE.search(s):
        return False
    marker = LIST_ITEM_RE.match(s)
    item = normalize_line(s[marker.end() - 1 :] if marker else s)  # the item without its number
    return any(q.unit and not q.is_rank for q in numbers.find_quantities(item))


def is_metadata(s: str) -> bool:
    """A short line stating the date, source or author of the article."""
    if len(s) >= 80 or s[-1] in "。！？!?":  # a sentence, not a byline
        return False
    dated = bool(DATE_RE.search(s)) and (any(h in s for h in METADATA_HINTS) or bool(TIMESTAMP_RE.search(s)))
    labelled = len(BYLINE_LABEL.findall(s)) >= 2  # "时间:01-19 人气:22 作者:…"
    return (
        dated
        or labelled
        or bool(SOURCE_RE.search(s))
        or bool(AUTHOR_RE.match(s))
        or bool(NAMES_ONLY_RE.match(normalize_line(s, spacing=False)))
        or bool(PHOTO_CREDIT.search(s))
        or bool(DATETIME_ONLY_RE.match(s))
        or is_issuer(s)
    )


def is_issuer(s: str) -> bool:
    """A line that is only the name of a government body (某某市统计局): who issued the text."""
    s = normalize_line(s, spacing=False)
    return (
        len(s) <= ISSUER_MAX
        and not any(c in s for c in SENTENCE_PUNCT)
        and s.endswith(lexicon.words("government_bodies.txt"))
    )


def noise_kind(line: Line, neighbours: set[str], list_run: bool) -> str:
    """ "list" for signs of a list of other articles, "repeat", "furniture" for other page noise, or ""."""
    s, n = line.text, len(line.text)
    if s in neighbours and not is_quoted_paragraph(s):
        return "repeat"  # a headline repeated in a list, or a page title repeated above the article
    if (
        list_run
        or bool(DATETIME_ONLY_RE.match(s))
        # a teaser cut off with "...", not an article's paragraph cut off at the page's end
        or (s.endswith("...") and not is_cut_paragraph(s))
        or (s.endswith("…") and not s.endswith("……") and not is_punctuated(s))  # a truncated teaser
        or strung_headlines(s)
    ):
        return "list"
    if (
        is_furniture(s)
        or is_block_heading(s)
        or line.link_share >= LINK_SHARE_NOISE
        or (bool(URL_RE.search(s)) and (n < 80 or sentence_punct(s) < 2))
        or (bool(BREADCRUMB.search(s)) and not is_prose(s))
        or bool(PAGER_RE.search(s))
        or (
            sentence_punct(s) < 3 and bool(PHONE_RE.search(YEAR_SPAN.sub("", s)))
        )  # prose rarely: test the cheap part first
        or (bool(EMPTY_BRACKETS.search(s)) and n <= PROSE_SPAN)  # a widget line, not a long article line
        or is_widget_mark(s)
        or is_jammed(s)
        or bool(FILE_NAME.match(s))
    ):
        return "furniture"
    return ""


def is_cut_paragraph(s: str) -> bool:
    """Sentences of a paragraph, longer than any teaser, that a page cut off with "..."."""
    return len(s) >= PROSE_SPAN and is_prose(s)


def is_widget_mark(s: str) -> bool:
    """A line of one or two marks and no word or figure: what an icon, a close button ('x',
    '×') or a cell border ('|') leaves behind when a page is saved as text."""
    return len(s) <= WIDGET_MAX and not CJK.search(s) and not any(c.isdigit() for c in s)


# A forum's anti-copy strings: runs of one or two letters, digits and marks (w! v4 h& _# y( …) that
# the forum scatters through a post and that a page saved as text keeps.
LEADING_TOKENS = re.compile(r"^\s*((?:[!-~]{1,2}\s+){4,})")
NOT_JAM = re.compile(r"\d[).、]|[(]\d|[-+]\d")  # 1) 2) 3): a list's numbering; -1 -2: a table's figures
JAM_MIN = 3  # two-character tokens with a mark in a line's opening run (a lone | or - is a table's)


def is_jammed(s: str) -> bool:
    """A line that opens with a forum's anti-copy strings and holds no prose after them: debris,
    or a photo caption behind them. A paragraph the strings stand before stays the article's."""
    run = LEADING_TOKENS.match(s)
    if run is None:
        return False
    tokens = run.group(1).split()
    marked = [t for t in tokens if len(t) == 2 and not t.isalnum() and not NOT_JAM.fullmatch(t)]
    return len(marked) >= JAM_MIN and not is_prose(s[run.end() :])


def is_quoted_paragraph(s: str) -> bool:
    """A paragraph of prose printed twice in a row: a forum reply quotes the post above it.
    Headlines and teasers repeated by a list are short or end no sentence."""
    return len(s) >= QUOTE_MIN and is_prose(s) and bool(CJK_15.match(s))


def sentence_punct(s: str) -> int:
    return sum(s.count(c) for c in SENTENCE_PUNCT)


def is_punctuated(s: str) -> bool:
    """A comma or a sentence end at least once in PUNCT_SPAN characters, as prose has."""
    return sentence_punct(s) * PUNCT_SPAN >= len(s)


def is_prose(s: str) -> bool:
    """Sentences: at least one sentence end per PROSE_SPAN characters. Headline lists and
    menus have none, however they are spaced; an article saved as one line has many."""
    ends = sum(s.count(c) for c in SENTENCE_END)
    return ends > 0 and ends * PROSE_SPAN >= len(s)


def strung_headlines(s: str) -> bool:
    """Headlines strung together with spaces: runs of spaces next to Chinese text,
    at least 4 and one per 40 characters (fewer spaces than that cannot make it), in a
    line with hardly any punctuation. Prose copied from a PDF has as many spaces, around
    its numbers, but it has commas and sentence ends."""
    spaces = s.count(" ")
    if spaces < 4 or spaces * 40 < len(s) or is_prose(s) or is_punctuated(s):
        return False
    gaps = len(CJK_GAP.findall(s))
    return gaps >= 4 and gaps * 40 >= len(s)


def line_score(s: str, noise: bool) -> float:
    if noise:
        return -float(max(len(s), 20))
    if CJK_15.match(s) and any(c in s for c in SENTENCE_PUNCT):
        return float(len(s))
    if s[-1] in SENTENCE_END and len(CJK.findall(s)) >= SHORT_SENTENCE:
        return float(len(s))  # a short paragraph that is a whole sentence
    return -3.0  # headings and short lines: allowed inside the body, never start it


def classify(lines: list[Line]) -> list[LineInfo]:
    texts = [line.text for line in lines]
    listy = [is_list_like(t) and not is_data_row(t) for t in texts]
    dates = [bool(DATETIME_ONLY_RE.match(t)) for t in texts]
    in_table = table_lines(texts)
    prose = [line_score(t, False) > 0 for t in texts]
    # A site's keyword line sits above the article: lines after its first sentence are the article's.
    first_prose = next((k for k, t in enumerate(texts) if is_prose(t)), len(texts))
    infos = []
    for k, line in enumerate(lines):
        if k in in_table:
            # A table's figures are body; its header and '|' lines may sit inside the body.
            figures = any(is_figure(c) for c in cells_of(line.text) or (line.text,))
            infos.append(LineInfo(float(len(line.text)) if figures else 0.0, "", False))
            continue
        # A list prints a headline twice in a row (link, then title), and a page its title right
        # above the article; a line the article repeats between other lines is its own heading.
        near = {texts[j] for j in (k - 1, k + 1) if 0 <= j < len(lines)}
        # A numbered line is noise in a list of such lines; alone, or with paragraphs between
        # it and the next, it is a heading.
        list_run = listy[k] and sum(listy[j] for j in unbroken_window(prose, k, 3)) >= 3
        kind = noise_kind(line, near, list_run)
        if not kind and k < first_prose and is_keyword_line(line.text):
            kind = "furniture"
        elif not kind and is_copy_of_neighbour(texts, k):
            kind = "repeat"
        # A bare date is a byline only when alone: dates every other line are a headline list.
        lone_date = dates[k] and sum(dates[max(0, k - 4) : k + 5]) == 1
        metadata = is_metadata(line.text) and (lone_date or not dates[k])
        infos.append(LineInfo(line_score(line.text, bool(kind)), kind, metadata))
    return infos


def is_keyword_line(s: str) -> bool:
    """A site's keyword line or a spam line of search phrases: KEYWORDS_MIN or more short
    entries split by commas or underscores, none of them a clause (no other punctuation)."""
    entries = KEYWORD_SPLIT.split(KEYWORD_BULLET.sub("", s))
    return (
        len(entries) >= KEYWORDS_MIN
        and all(0 < len(e) <= KEYWORD_MAX and not sentence_punct(e) and e.replace(" ", "").isalnum() for e in entries)
        and not any(c in s for c in SENTENCE_END)
    )


def is_copy_of_neighbour(texts: list[str], k: int) -> bool:
    """A line that repeats its neighbour's start: a teaser cut from the paragraph right after it
    (10月9日,某某委员会、某某研究院 above the whole paragraph), or the page's title, the
    headline below it with a suffix (its date, its word count, the site's name, the lead run in).
    A headline printed whole and then split over two lines is the article's (is_page_title)."""
    if k + 1 >= len(texts):
        return False
    s, after = texts[k], texts[k + 1]
    if len(after) > len(s) >= REPRINT_MIN and after.startswith(s):
        return is_teaser(s, after)
    return (
        REPRINT_MIN <= len(after) <= TITLE_MAX
        and after[-1] not in SENTENCE_END
        and is_words(after)
        and is_page_title(texts, k)
    )


def is_teaser(s: str, after: str) -> bool:
    """A clause cut from the start of the paragraph right after it: a teaser, not a heading
    (a heading has no comma and is not the start of the paragraph under it)."""
    return (
        len(after) > len(s) >= REPRINT_MIN
        and after.startswith(s)
        and s[-1] not in SENTENCE_END
        and sentence_punct(s) > 0
    )


def unbroken_window(prose: list[bool], k: int, reach: int) -> range:
    """Positions within `reach` of k that no prose paragraph separates from k."""
    lo = k
    while lo > max(0, k - reach) and not prose[lo - 1]:
        lo -= 1
    hi = k
    while hi < min(len(prose) - 1, k + reach) and not prose[hi + 1]:
        hi += 1
    return range(lo, hi + 1)


def split_body(lines: list[Line]) -> BodySplit:
    """Split non-blank lines into body, metadata and dropped lines."""
    if not lines:
        return BodySplit([], [], [], [], None)
    infos = classify(lines)
    start, end = best_run([i.score for i in infos])
    end = close_at_block_heading(lines, infos, start, end)
    if end == len(lines) - 2 and is_cut_off(lines[-1].text, infos[-1]):
        end += 1
    rows = trailing_rows(lines, infos, end)
    end = max([end, *rows])
    first = header_start(lines, infos, start)
    post = post_header(lines, infos, first)
    if post is not None:
        # A forum post opens with its author and time: all of the post lies under that line,
        # however many short lines (verses, a list) come before its first paragraph, and
        # after its last one up to the next page noise or the end of the page.
        first, end = post + 1, post_end(lines, infos, end)
    # A document site prints the headline, its notices and keywords, then the headline again.
    reprint = reprinted_headline(lines, infos, max(0, first - HEADER_MAX), start, min(end, start + HEADER_MAX))
    first = first if reprint is None else reprint
    # Gov pages put a block of metadata (索引号, 发布机构, 发布日期…) above the headline.
    above = [k for k in range(byline_start(lines, infos, first), first) if infos[k].metadata]
    header_zone = set(range(first, min(max(start, first) + HEADER_DEPTH, end + 1)))
    # Reposts often name their source after the last paragraph: "（来源：…）".
    footer_zone = set(range(max(start, end - FOOTER_DEPTH + 1), min(len(lines), end + FOOTER_DEPTH + 1)))
    byline = sorted(k for k in header_zone if infos[k].metadata) + above
    metadata = sorted(set(above) | {k for k in header_zone | footer_zone if infos[k].metadata})
    # A post's headline is looked for from the post's first line: its verses above the header
    # reach are the post's, not the page's.
    top = first if post is not None else header_top(lines, infos, start)
    title = find_title(lines, infos, top, start) if reprint is None else reprint
    if title is not None and first < title < start:
        # Lines above the headline (site name, issuing body, column) are the page's, not the
        # article's: kept as metadata, where the issuer is still looked for.
        metadata = sorted(set(metadata) | {k for k in range(first, title) if not infos[k].noise})
    body = [k for k in range(first, end + 1) if (not infos[k].noise or k in rows) and k not in metadata]
    if not body:  # plain prose that the page rules could not place: keep its sentences
        body = [k for k, line in enumerate(lines) if is_prose(line.text) and not is_list_noise(line.text, infos[k])]
        head = find_title(lines, infos, header_top(lines, infos, body[0]), body[0]) if body else None
        if head is not None and head < body[0]:  # the headline of the prose kept, if it has one
            body, title = [head, *body], head
    kept = set(body) | set(metadata)
    dropped = [k for k in range(len(lines)) if k not in kept]
    return BodySplit(body, metadata, byline, dropped, title)


# A figure with its unit or measure word (160家, 第79位, 12.5%), not a year (2022年): what a page's
# notices and an editor's lead-in do not state.
MEASURED_FIGURE = re.compile(r"\d(?:[\d.]*\d)?(?![\d.年])[^\s\d,，、。]")


def reprinted_headline(lines: list[Line], infos: list[LineInfo], top: int, start: int, last: int) -> int | None:
    """The second copy of a headline printed twice with page lines between, when those lines are
    more than a byline (a download notice, a keyword line, an editor's lead-in): the article
    starts at the second copy, and what lies between is the page's. A headline printed twice
    in a row, or around its date and author only, is left to the other rules; so is a caption
    the article itself repeats (the first copy lies above the article's first paragraph)."""
    for k in range(top + 2, last + 1):
        s = lines[k].text
        if not (REPRINT_MIN <= len(s) <= TITLE_MAX and s[-1] not in SENTENCE_END and is_words(s)):
            continue
        copies = sum(line.text == s for line in lines)
        for j in range(top, min(k - 1, start)):
            if lines[j].text != s or all(infos[i].metadata for i in range(j + 1, k)):
                continue
            if copies > 2 and any(is_prose(lines[i].text) for i in range(j + 1, k)):
                continue  # printed again and again between paragraphs: a caption, not a reprint
            if any(is_prose(lines[i].text) and MEASURED_FIGURE.search(lines[i].text) for i in range(j + 1, k)):
                continue  # a paragraph of figures under the first copy is the article's lead
            return k
    return None


def trailing_rows(lines: list[Line], infos: list[LineInfo], end: int) -> list[int]:
    """A ranking list or a flattened table printed right after the last paragraph: part of the
    article, though each row alone is a short line like a menu's or a list's.

    After at most ROW_LEAD caption lines, rows in one of two shapes: MIN_LIST_ITEMS or more
    numbered rows counting up by one (1、中关村科技园 / 2、…; a headline list's numbers do not
    follow such short names), or ROWS_MIN or more short lines holding figures with word cells
    between them (a table saved a cell a line: 十堰市 2359.03亿 / 南阳). Returns their positions,
    or none."""
    block: list[int] = []
    numbers: list[int] = []
    figures = 0
    for k in range(end + 1, len(lines)):
        s, info = lines[k].text, infos[k]
        shape = row_shape(s, info)
        leading = not numbers and not figures and len(block) < ROW_LEAD
        if leading and shape != "numbered" and is_caption(s, info):
            pass  # 附:某某排名前30名, 单位:亿元, a header of words
        elif shape == "numbered":
            numbers.append(int(ROW_NUMBER.match(s).group(1)))  # type: ignore[union-attr]
        elif shape == "figure":
            figures += 1
        elif shape != "cell":
            break
        block.append(k)
    # As many numbered rows as tables.numbered_list reads as a ranking (it reads only 1、/1. rows).
    counting = len(numbers) >= MIN_LIST_ITEMS and all(b == a + 1 for a, b in zip(numbers, numbers[1:], strict=False))
    table = figures >= ROWS_MIN and figures * 3 >= len(block) and not numbers
    if not (counting and figures == 0) and not table:
        return []
    last = "numbered" if counting else "figure"
    while block and row_shape(lines[block[-1]].text, infos[block[-1]]) not in (last, "cell" if table else last):
        block.pop()  # lines after the last row are not the list's
    return block


def row_shape(s: str, info: LineInfo) -> str | None:
    """ "numbered", "figure" or "cell" for a short line that can be a row of a list or table."""
    numbered = ROW_NUMBER.match(s)
    if numbered and info.kind in ("", "list") and not info.metadata and is_data_row(normalize_line(s)):
        return "numbered"  # 3.南通29.39亿元(17): a ranked row with its figure, however long its name
    name = numbered.group(2) if numbered else s  # the numbering's 、 is no sentence punctuation
    if len(s) > ROW_MAX or info.metadata or sentence_punct(name) or any(c in name for c in SENTENCE_END):
        return None
    if info.kind not in ("", "list") or DATETIME_ONLY_RE.match(s):
        return None
    if numbered and CJK.search(name):
        # 11 某某旗 内蒙古自治区 90.86: the score after the name is no part of its length
        return "numbered" if len(ROW_SCORE.sub("", name)) <= RANKED_NAME_MAX else None
    if FIGURE_IN_ROW.search(s) and CJK.search(s):
        return "figure"
    if ":" in s or "：" in s:
        return None  # a label (来自:某某网) is a byline or a notice, not a cell
    return "cell" if len(s) <= CELL_MAX and is_words(s) or (CJK.search(s) and len(s) <= 2) else None


def is_caption(s: str, info: LineInfo) -> bool:
    """A line that may head a list or table: words, no sentence end, not page noise."""
    return not info.noise and len(s) <= TITLE_MAX and s[-1] not in SENTENCE_END


def is_cut_off(s: str, info: LineInfo) -> bool:
    """The file's last line, right after the body, is a paragraph cut off with the file: clauses
    of prose that end no sentence. (A line of words without punctuation there is more often a
    tag or an ad than the start of a paragraph.)"""
    return (
        not info.noise
        and not info.metadata
        and bool(CJK.search(s))
        and s[-1] not in SENTENCE_END
        and sentence_punct(s) > 0
    )


def close_at_block_heading(lines: list[Line], infos: list[LineInfo], start: int, end: int) -> int:
    """The run's last line, once a block heading (相关新闻, 版权和免责申明) marks where the article ends.

    The run can reach over a short heading to a long notice or teaser below it: it stops at the
    heading, when more of the run lies above it than below (an inline "相关阅读" box in the middle
    of an article does not cut its larger part away). And a run that stopped at its last
    paragraph reaches down to a heading just below: the lines between (captions, notes) are
    the article's too, when no other page noise comes first.
    """
    scores = [i.score for i in infos]
    for k in range(start + 1, end + 1):
        if is_block_heading(lines[k].text) and sum(scores[start:k]) >= sum(scores[k + 1 : end + 1]):
            return k - 1
    for k in range(end + 1, min(len(lines), end + 1 + TRAIL_MAX)):
        if is_block_heading(lines[k].text):
            return k - 1
        if infos[k].noise and not infos[k].metadata:
            break
    return end


def is_list_noise(s: str, info: LineInfo) -> bool:
    """Noise of a headline list, unless it is a whole paragraph of sentences the site cut off
    with "...": with nothing else to keep on the page, that preview is the article."""
    cut_preview = s.endswith(("...", "…")) and len(s) >= PROSE_SPAN
    return info.kind == "list" and not cut_preview


def is_post_header(s: str, info: LineInfo) -> bool:
    """A forum post's header: its poster and time of posting (某某 发表于 2018-5-15 23:00:26)."""
    return info.metadata and bool(TIMESTAMP_RE.search(s))


def is_post_line(s: str, info: LineInfo) -> bool:
    """A short line of a post (a verse, an item, a title) that is not page noise."""
    return not info.noise and not info.metadata and len(s) <= POST_LINE_MAX


def post_header(lines: list[Line], infos: list[LineInfo], first: int) -> int | None:
    """The post header above the header found for the body run, across short post lines and
    the forum's furniture between header and post (a '|' left by the post's frame), but not
    across a list of other posts or headlines; or None."""
    k = first
    while k > 0 and (is_post_line(lines[k - 1].text, infos[k - 1]) or infos[k - 1].kind == "furniture"):
        if is_post_header(lines[k - 1].text, infos[k - 1]):
            break
        k -= 1
    if k > 0 and k < first and is_post_header(lines[k - 1].text, infos[k - 1]):
        return k - 1
    return None


def post_end(lines: list[Line], infos: list[LineInfo], end: int) -> int:
    """The last line of a post: its short lines after the last paragraph are the post's, up to
    the next page noise; they cannot be told from a signature, so they are kept."""
    k = end
    while k + 1 < len(lines) and is_post_line(lines[k + 1].text, infos[k + 1]):
        k += 1
    return k


def header_top(lines: list[Line], infos: list[LineInfo], start: int) -> int:
    """Headline and byline sit just above the first paragraph, maybe across a share bar or a
    repeated page title, never across a list of other articles.

    A longer header (a report's title, the meeting it was given at, the speaker, 各位代表:)
    goes on upward over headings and bylines, but not past page noise.
    """
    first = start
    while first > 0 and start - first < HEADER_REACH and (infos[first - 1].kind != "list" or infos[first - 1].metadata):
        first -= 1
    if first < start and infos[first].noise and not infos[first].metadata:
        return first
    while first > 0 and start - first < HEADER_MAX and is_header_line(lines[first - 1].text, infos[first - 1]):
        first -= 1
    return first


def is_header_line(s: str, info: LineInfo) -> bool:
    """A byline, or a heading: a line of words, longer than a one-word tag, that ends no sentence."""
    if info.metadata:
        return True
    return not info.noise and HEADING_MIN <= len(s) <= TITLE_MAX and s[-1] not in SENTENCE_END and is_words(s)


def header_start(lines: list[Line], infos: list[LineInfo], start: int) -> int:
    """The first line of the header that is not noise, nor a tag or a site's name above it (a
    word or two, shorter than a heading: 某某网, 某某镇), unless it addresses the audience (同志们:)."""
    first = header_top(lines, infos, start)
    while first < start and not infos[first].metadata and (infos[first].noise or is_tag(lines[first].text)):
        first += 1
    return first


def is_tag(s: str) -> bool:
    """A word or two on a line of its own, without a figure or a colon: a tag or a site's name."""
    return len(s) < HEADING_MIN and CJK.search(s) is not None and not any(c.isdigit() or c in ":：" for c in s)


def byline_start(lines: list[Line], infos: list[LineInfo], first: int) -> int:
    """How far above the header metadata lines are still looked for: up to a list of other articles
    (a spaced heading right above the header is none)."""
    k = first
    while (
        k > 0
        and first - k < BYLINE_REACH
        and (
            infos[k - 1].kind != "list"
            or infos[k - 1].metadata
            or (k == first and is_spaced_heading(lines[k - 1].text))
        )
    ):
        k -= 1
    return k


def is_spaced_heading(s: str) -> bool:
    """政 府 工 作 报 告: a heading printed with a space after each character, not a list of headlines."""
    chars = s.split()
    return len(chars) >= SPACED_HEADING_MIN and all(len(c) == 1 and CJK.match(c) for c in chars)


def best_run(scores: list[float]) -> tuple[int, int]:
    """Maximum-sum run of line scores (Kadane), as (first, last) positions."""
    best, best_span = float("-inf"), (0, 0)
    cur, cur_start = 0.0, 0
    for k, score in enumerate(scores):
        if cur <= 0:
            cur, cur_start = 0.0, k
        cur += score
        if cur > best:
            best, best_span = cur, (cur_start, k)
    return best_span


def find_title(lines: list[Line], infos: list[LineInfo], first: int, start: int) -> int | None:
    """The headline: the first short line without a sentence end from the header to the body start.

    A page title repeated right above the article counts (both copies are noise otherwise); the
    page's own title (the headline with a suffix) does not, so the headline under it is found
    even when the body run starts with it.
    """
    texts = [line.text for line in lines]
    found = []
    for k in range(first, start + 1):
        s = texts[k]
        title_like = 4 <= len(s) <= TITLE_MAX and ends_as_headline(s, k == first) and is_words(s)
        teaser = k + 1 < len(texts) and is_teaser(s, texts[k + 1])
        heading = title_like and infos[k].kind in ("", "repeat") and not infos[k].metadata
        if heading and not teaser and not is_page_title(texts, k):
            found.append(k)
    if any(k < start for k in found):
        found = [k for k in found if k < start]  # the first paragraph is a headline only when nothing heads it
    # A site's or a column's name above the headline is much shorter than the headline; a
    # headline printed twice is the article's in the copy nearer the article.
    for k in found:
        later = [texts[j] for j in found if j > k]
        if not any(len(t) > 2 * len(texts[k]) or t == texts[k] for t in later):
            return k
    return None


def ends_as_headline(s: str, on_top: bool) -> bool:
    """A heading ends without a sentence's end; a news headline on top of the article may end in
    a question or an exclamation (你家排第几?, 滕州6个镇上榜!), never in a full stop."""
    if s[-1] not in SENTENCE_END:
        return True
    return on_top and s[-1] in HEADLINE_ENDS and not any(c in s for c in "。；;")


def is_page_title(texts: list[str], k: int) -> bool:
    """The page's own title right above the headline: the headline with a suffix (site, column,
    upload date), not the headline printed again split over two lines."""
    if k + 1 >= len(texts):
        return False
    s, headline = texts[k], texts[k + 1]
    split_again = k + 2 < len(texts) and s == headline + texts[k + 2]
    return len(s) > len(headline) >= 4 and s.startswith(headline) and not split_again


def is_words(s: str) -> bool:
    """A line of words, not of punctuation or symbols ("||||||", "———")."""
    letters = sum(c.isalnum() for c in s)
    return letters >= 4 and letters >= 0.6 * len(s.replace(" ", ""))


def find_date(texts: list[str]) -> str:
    """ISO date from the first metadata line that states a valid date, else ""."""
    for text in texts:
        for m in DATE_RE.finditer(text):
            y, mo, d = (int(g) for g in m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return ""


def find_stamp(texts: list[str]) -> str:
    """ISO date of the one line of `texts` (the lines down to the article's first) that opens with
    a page's stamp (STAMP_RE), else "": two or more such lines are a list of dated headlines."""
    found = [m for text in texts if (m := STAMP_RE.match(text))]
    if len(found) != 1:
        return ""
    y, mo, d = (int(found[0].group(k)) for k in (1, 3, 4))
    return f"{y:04d}-{mo:02d}-{d:02d}" if 1 <= mo <= 12 and 1 <= d <= 31 else ""


def find_source(texts: list[str]) -> str:
    """The article's source: the first field that names it, one that names where the article
    comes from (信息来源) before one that names the body that posted the page (发布机构)."""
    found = [m for text in texts if (m := SOURCE_RE.search(text))]
    stated = [m for m in found if not m.group(0).startswith(ISSUER_WORDS)]
    return (stated or found)[0].group(1) if found else ""
