"""Tables saved as text, with cells between '|'.

Pages flattened to text keep their tables in one of three ways: a row on a line
("地区生产总值 | 617.50 | 5.2 |"), every cell on a line of its own with a line holding
only '|' between cells, rows running on without a mark, or the whole table on one line,
header and rows run together, often after the lead ("…如下。 排名 | 县市 | 1 | 甲县 | 2 | …").
Statistical bulletins and rankings put many of their figures there. A table holds at least
two rows with a figure; its header is the row of words above the figures (one cell short when
the row names have no column header); a caption such as 单位:亿元 gives the unit of figures
whose header gives none. What a column holds comes from its header: the unit in brackets
(GDP(亿元), 增长(%)) or a column named in data/table_headers.csv (单位, 排名, 序号). Menus
written with '|' hold no figures and stay page furniture.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from reporter import lexicon

# A figure alone in its cell: 254.5, 1,234, -3.2, 12.5%.
NUMBER_CELL = re.compile(r"[-−]?\d+(?:,\d{3})*(?:\.\d+)?%?")
SEPARATOR_ROW = re.compile(r"[\s|:\-—=+]+")
# 地区生产总值(亿元), 增长（%）, 增速%: the unit a header or a row's name gives its figures.
HEADER_UNIT = re.compile(r"\s*[(（]([^()（）]{1,6})[)）]\s*$|(%)$")
MIN_ROWS = 2
MAX_PERIOD = 8  # cells in a row of a table written a cell a line
RANK_LABEL = "排名"  # what a ranking column without a header is called in a brief


@dataclass(frozen=True)
class TableRow:
    """A row with figures: its span in the text, its cells, the header above it and the
    unit the table's caption states."""

    start: int
    end: int
    cells: tuple[str, ...]
    header: tuple[str, ...]  # as many cells as the row; "" where the table has no header
    unit: str = ""
    table: int = 0  # which table of the text it belongs to (0, 1, …)
    heading: bool = False  # a numbered heading over a paragraph, which stays prose too


@dataclass(frozen=True)
class Table:
    lines: tuple[int, ...]  # indexes of every line the table takes, header and '|' lines included
    rows: tuple[TableRow, ...]


# What a column holds, by its header's name: unit, rank or index (data/table_headers.csv).
HEADER_ROLES = {row["word"]: row["role"] for row in lexicon.table("table_headers.csv")}


@cache  # a table's header is asked again for every row
def header_role(header: str) -> str:
    """unit, rank, index or "" for a column header."""
    name = HEADER_UNIT.sub("", header).strip()
    for word, role in HEADER_ROLES.items():
        if name == word or (role == "rank" and word in name):
            return role
    return ""


def header_unit(header: str) -> tuple[str, str]:
    """(name, unit) of a header: GDP(亿元) -> (GDP, 亿元); 增长 -> (增长, "")."""
    m = HEADER_UNIT.search(header)
    if not m:
        return header.strip(), ""
    return header[: m.start()].strip(), (m.group(1) or m.group(2)).strip()


CAPTION_UNIT = re.compile(
    r"\s*(?:"
    + "|".join(re.escape(w) for w, role in HEADER_ROLES.items() if role == "unit")
    + r")\s*[:：]\s*(\S{1,6})\s*"
)


def caption_unit(text: str) -> str:
    """单位:亿元 -> 亿元: the unit a caption states for a whole table, else ""."""
    m = CAPTION_UNIT.fullmatch(text)
    return m.group(1) if m else ""


def is_figure(cell: str) -> bool:
    return bool(NUMBER_CELL.fullmatch(cell.replace(" ", "")))


def is_count(cell: str) -> bool:
    """A whole number such as a list's numbering (1, 2, 12)."""
    return cell.isdigit() and int(cell) < 1000


def cells_of(line: str) -> tuple[str, ...] | None:
    """The cells of a line written as a table row, or None."""
    if "|" not in line or SEPARATOR_ROW.fullmatch(line):
        return None
    cells = tuple(c.strip() for c in line.strip().strip("|").split("|"))
    return cells if len(cells) >= 2 and sum(bool(c) for c in cells) >= 2 else None


def find_tables(lines: list[str]) -> list[Table]:
    """Every table in the lines (of a document's text, one string a line)."""
    starts, pos = [], 0
    for line in lines:
        starts.append(pos)
        pos += len(line) + 1
    out, k = [], 0
    while k < len(lines):
        found = (
            stream_table(lines, starts, k)
            or bare_table(lines, starts, k)
            or line_table(lines, starts, k)
            or numbered_list(lines, starts, k)
            or ranked_sections(lines, starts, k)
            or flat_table(lines, starts, k)
        )
        if found:
            out.append(found)
            k = found.lines[-1] + 1
        else:
            k += 1
    return out


def line_table(lines: list[str], starts: list[int], first: int) -> Table | None:
    """Rows a line each, from `first`: a header, then rows of one width."""
    taken: list[int] = []
    rows: list[tuple[int, tuple[str, ...]]] = []
    k = first
    while k < len(lines):
        if SEPARATOR_ROW.fullmatch(lines[k].strip() or "x") and taken:
            taken.append(k)  # | --- | --- | under a header
            k += 1
            continue
        cells = cells_of(lines[k])
        if cells is None or (rows and len(cells) not in (len(rows[-1][1]), len(rows[-1][1]) + 1)):
            break
        taken.append(k)
        rows.append((k, cells))
        k += 1
    data = [(k, c) for k, c in rows if any(is_figure(x) for x in c)]
    if len(data) < MIN_ROWS:
        return None
    unit = caption_unit(lines[first - 1]) if first else ""
    out: list[TableRow] = []
    header: tuple[str, ...] = ()
    for k, cells in rows:
        if not any(is_figure(x) for x in cells):
            # A row of words between rows of figures is a new header when it says what its
            # columns hold; otherwise a section's name (一、工业), under the same header.
            if not out or any(header_unit(c)[1] or header_role(c) for c in cells):
                header = cells
            continue
        out.append(TableRow(starts[k], starts[k] + len(lines[k]), cells, aligned(header, len(cells)), unit))
    return Table(tuple(taken), tuple(out))


# 1、中关村科技园 / 2、苏州工业园区 / …: a ranking printed as a numbered list, a name a line.
NUMBERED_ITEM = re.compile(r"\s*(\d{1,3})\s*[、.．]\s*([^\d\s，。,；;：:!！?？]{2,20})\s*")
# 66 湖北鄂州市华容区葛店镇 / 4 长沙县 湖南省 94.35: a ranking printed a row a line, the
# position first, then the name (with its province after it, perhaps) and perhaps a score.
POSITION_ITEM = re.compile(r"\s*(\d{1,3})\s*([^\d\s，。,；;：:!！?？|、.．]{2,20})(?:\s*[\d.%\s]*)")
MIN_LIST_ITEMS = 3  # numbered lines that make a ranking (body.py keeps as many after an article)


def numbered_list(lines: list[str], starts: list[int], first: int) -> Table | None:
    """Lines numbered 1, 2, 3… (or from any number, one up each time) holding a short name
    each: a table of ranks. Whether a name is a region is for the caller (a list of tasks
    names none, and gives no fact). Lines that open with a bare position before the name
    (66 某某镇) may skip positions, rising each line: one province's members of a national list."""
    rows: list[TableRow] = []
    k = first
    pattern = NUMBERED_ITEM if NUMBERED_ITEM.fullmatch(lines[first]) else POSITION_ITEM
    while k < len(lines) and (m := pattern.fullmatch(lines[k])):
        if rows and not next_position(int(rows[-1].cells[0]), int(m.group(1)), pattern is POSITION_ITEM):
            break
        rows.append(TableRow(starts[k], starts[k] + len(lines[k]), (m.group(1), m.group(2)), (RANK_LABEL, "")))
        k += 1
    if len(rows) < MIN_LIST_ITEMS:
        return None
    return Table(tuple(range(first, k)), tuple(rows))


# Words that may stand before a list's number (TOP1, No.2).
LIST_MARK = r"(?:TOP|Top|top|No\.?|NO\.?)"
# TOP1某区, 1.某区, No.2 某区: a heading holding a position and a name, alone on its line.
SECTION_ITEM = re.compile(rf"\s*{LIST_MARK}?\s*(\d{{1,3}})\s*[、.．]?\s*([^\d\s，。,；;：:!！?？|、.．]{{2,12}})\s*")
SECTION_CUE = re.compile(lexicon.alternation("ranked_section_cues.txt"))
SECTION_GAP = 12  # lines of a section between two headings, at most
CUE_LINES = 3  # lines above the first heading where a ranking's word makes the headings its places


def ranked_sections(lines: list[str], starts: list[int], first: int) -> Table | None:
    """Headings numbered 1, 2, 3… (one up each time), each naming a place alone on its line over
    a paragraph about it (TOP1某区 / 面积…人口… / TOP2某区 / …), under a ranking's words in the
    title or just above: the ranking's places. The paragraphs stay prose; only the heading lines
    are the table's."""
    if not (m := SECTION_ITEM.fullmatch(lines[first])):
        return None
    above = lines[: min(1, first)] + lines[max(1, first - CUE_LINES) : first]  # the title, the lines just above
    if not SECTION_CUE.search(" ".join(above)):
        return None
    rows, taken, k, position = [], [], first, int(m.group(1))
    while True:
        rows.append(
            TableRow(starts[k], starts[k] + len(lines[k]), (m.group(1), m.group(2)), (RANK_LABEL, ""), heading=True)
        )
        taken.append(k)
        end = min(len(lines), k + 2 + SECTION_GAP)
        nxt = next(((j, item) for j in range(k + 1, end) if (item := SECTION_ITEM.fullmatch(lines[j]))), None)
        if nxt is None or nxt[0] == k + 1:
            break  # a heading right under another is a numbered list's item, not a section's
        (k, m), position = nxt, position + 1
        if int(m.group(1)) != position:
            break
    return Table(tuple(taken), tuple(rows)) if len(rows) >= MIN_LIST_ITEMS else None


def next_position(before: int, after: int, may_skip: bool) -> bool:
    """Whether `after` follows `before` in a ranking: one up, or higher when positions may skip."""
    return after == before + 1 or (may_skip and after > before)


def stream_table(lines: list[str], starts: list[int], first: int) -> Table | None:
    """A cell a line with '|' lines between, from `first`; rows found from the order of
    words and figures repeating (生产总值 295.4 7.7 第一产业 24.4 3.3 …)."""
    cells: list[int] = []
    k = first
    while k < len(lines) and lines[k].strip() != "|":
        cells.append(k)
        if k + 1 < len(lines) and lines[k + 1].strip() == "|":
            k += 2
        else:
            break
    if len(cells) < 2 * MIN_ROWS:
        return None
    texts = [lines[j].strip() for j in cells]
    kinds = "".join("N" if is_figure(t) else "T" for t in texts)
    shape = row_shape(kinds, texts=tuple(texts))
    if shape is None:
        return None
    head, width = shape
    header = tuple(texts[max(0, head - width) : head])
    unit = next(filter(None, map(caption_unit, texts[: max(0, head - width)])), "")
    if not unit and first:
        unit = caption_unit(lines[first - 1])
    rows = []
    for r in range(head, len(cells) - width + 1, width):
        span = cells[r : r + width]
        rows.append(
            TableRow(
                starts[span[0]],
                starts[span[-1]] + len(lines[span[-1]]),
                tuple(texts[r : r + width]),
                aligned(header, width),
                unit,
            )
        )
    if len(rows) < MIN_ROWS:
        return None
    return Table(tuple(range(first, cells[-1] + 1)), tuple(rows))


BARE_CELL_MAX = 14  # characters of a cell in a table written a cell a line with no '|'
BARE_CELL = re.compile(rf"[^。，,；;：:！!？?|]{{1,{BARE_CELL_MAX}}}")


def bare_table(lines: list[str], starts: list[int], first: int) -> Table | None:
    """A cell a line with no '|' (blank lines between cells or none), from `first`: a header row
    of words, then at least two rows of its width, each opening with a word and holding a figure
    (县(市) / 所属地区 / 排名 / 甲县 / 某市 / 53 / …). Sentences and long lines end it. A caption
    line or two may stand above the header: the reading that leaves the fewest cells over at the
    end is the table's."""
    cells = bare_cells(lines, first)
    texts = [lines[j].strip() for j in cells]
    kinds = "".join("N" if is_figure(t) else "T" for t in texts)
    readings = [r for skip in range(BARE_CAPTION_LINES + 1) if (r := bare_reading(kinds, texts, skip))]
    if not readings:
        return None
    _, skip, head, width, end = min(readings)
    rows = tuple(
        TableRow(
            starts[cells[r]],
            starts[cells[r + width - 1]] + len(lines[cells[r + width - 1]]),
            tuple(texts[r : r + width]),
            tuple(texts[skip:head]),
        )
        for r in range(head, end - width + 1, width)
    )
    return Table(tuple(range(first, cells[end - 1] + 1)), rows)


BARE_CAPTION_LINES = 2
# Cells within which a table a cell a line shows its first figure: captions, a header and a row.
FIRST_FIGURE_WITHIN = BARE_CAPTION_LINES + 2 * MAX_PERIOD


def bare_cells(lines: list[str], first: int) -> list[int]:
    """The lines of the cells that follow one another from `first` (a blank line between two cells
    is no end), or none when no figure stands among the first ones: a menu of short lines is no
    table, and is read once, not again from each of its lines."""
    cells: list[int] = []
    k = first
    while k < len(lines) and BARE_CELL.fullmatch(lines[k].strip() or "。"):
        cells.append(k)
        if len(cells) == FIRST_FIGURE_WITHIN and not any(is_figure(lines[j].strip()) for j in cells):
            return []
        k += 1
        if k + 1 < len(lines) and not lines[k].strip() and BARE_CELL.fullmatch(lines[k + 1].strip() or "。"):
            k += 1  # a blank line between two cells
    return cells


def bare_reading(kinds: str, texts: list[str], skip: int) -> tuple[int, int, int, int, int] | None:
    """(cells left over, `skip`, first row, width, end) of the table the cells make after `skip`
    caption cells that leaves the fewest cells over: a header of words as wide as its rows, rows
    opening with a word and holding a figure, as many as repeat the first row's pattern."""
    readings = []
    for width in range(2, MAX_PERIOD + 1):
        head = skip + width
        pattern = kinds[head : head + width]
        if head + MIN_ROWS * width > len(kinds) or "N" in kinds[skip:head]:
            continue
        if pattern[0] != "T" or "N" not in pattern or set(texts[head : head + width]) & set(texts[skip:head]):
            continue  # a first row repeating a header cell: the header printed twice side by side
        end = head
        while end < len(kinds) and kinds[end] == pattern[(end - head) % width]:
            end += 1
        rows = (end - head) // width
        if rows >= MIN_ROWS:
            readings.append((len(kinds) - (head + rows * width), skip, head, width, head + rows * width))
    return min(readings, default=None)


FLAT_MIN_CELLS = 8  # cells on one line that make a whole table, not one wide row
# The end of the lead a flattened table follows on its line (…前五名。 序号 | 城市名称 | …).
LEAD_END = re.compile(r"[。！？!?；;:：\s]+")


def flat_table(lines: list[str], starts: list[int], first: int) -> Table | None:
    """A whole table flattened onto one line, perhaps after a lead sentence (…如下。 排名 | 县市 |
    1 | 甲县 | 2 | 乙县 | …): rows found as in a table written a cell a line, from the order of
    words and figures repeating. A row must hold a word: figures alone are one wide row."""
    spans = cell_spans(lines[first])
    if len(spans) < FLAT_MIN_CELLS:
        return None
    texts = [lines[first][a:b] for a, b in spans]
    texts[0] = LEAD_END.split(texts[0])[-1]  # the header's first word, without the lead
    kinds = "".join("N" if is_figure(t) else "T" for t in texts)
    shape = row_shape(kinds, full_header=True)
    if shape is None or "T" not in kinds[shape[0] : shape[0] + shape[1]]:
        return None
    head, width = shape
    header = tuple(texts[max(0, head - width) : head])
    base = starts[first]
    rows = [
        TableRow(
            base + spans[r][0], base + spans[r + width - 1][1], tuple(texts[r : r + width]), aligned(header, width)
        )
        for r in range(head, len(texts) - width + 1, width)
    ]
    return Table((first,), tuple(rows)) if len(rows) >= MIN_ROWS else None


def cell_spans(line: str) -> list[tuple[int, int]]:
    """(start, end) in the line of each cell between '|', spaces trimmed, without the empty
    cells a leading or trailing '|' leaves."""
    spans, start = [], 0
    for piece in line.split("|"):
        text = piece.strip()
        at = start + (piece.find(text) if text else 0)
        spans.append((at, at + len(text)))
        start += len(piece) + 1
    while spans and spans[-1][0] == spans[-1][1]:
        spans.pop()
    while spans and spans[0][0] == spans[0][1]:
        spans.pop(0)
    return spans


def row_shape(kinds: str, full_header: bool = False, texts: tuple[str, ...] = ()) -> tuple[int, int] | None:
    """(cells before the first row, cells a row) for a string of N (figure) and T (word)
    cells that repeats with a period, a row holding a figure; None when none fits. With
    `full_header`, the cells before the first row are one header row, no more, no less.
    With the cells' `texts`, a first row that repeats a cell above it is no row: it is the end
    of a header printed twice side by side (排名|县|省|排名|县|省, then 1|甲县|某省|51|乙县|某省)."""
    for head in range(0, min(len(kinds), MAX_PERIOD + 2)):
        rest = kinds[head:]
        for width in range(2, MAX_PERIOD + 1):
            pattern = rest[:width]
            if full_header and head != width:
                continue
            if len(rest) < MIN_ROWS * width or "N" not in pattern or pattern[0] != rest[0]:
                continue
            if all(rest[i] == pattern[i % width] for i in range(len(rest))):
                if texts and set(texts[head : head + width]) & set(texts[:head]):
                    continue
                return head, width
    return None


def aligned(header: tuple[str, ...], width: int) -> tuple[str, ...]:
    """The header for a row of `width` cells: as it is, or one short (the row names' column
    has no header), else none."""
    if len(header) == width:
        return header
    if len(header) == width - 1:
        return ("", *header)
    return ("",) * width


def table_rows(text: str) -> list[TableRow]:
    """The rows with figures of every table in the text, numbered by table."""
    return [replace(row, table=k) for k, table in enumerate(find_tables(text.split("\n"))) for row in table.rows]


def table_lines(lines: list[str]) -> set[int]:
    """Indexes of the lines that belong to a table."""
    return {k for table in find_tables(lines) for k in table.lines}
