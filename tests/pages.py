"""Test material built from the seeds at run time: the gold body/noise split of
each seed and HTML pages that wrap a seed's body in page furniture.

The page builders only use the gold split (tests/gold/content.csv), never the
extractor under test, so a page's body and noise are known independently.
"""

from __future__ import annotations

import csv
import html
import io
from dataclasses import dataclass
from pathlib import Path

GOLD = Path(__file__).resolve().parent / "gold"
SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# Lines inside a gold body range that content.csv's notes name as not article
# text: a platform badge blurb (noise) and publish date/source/author lines
# (metadata: expected in Document.metadata, not in the body).
NOISE_IN_RANGE = {"000_0390dfee1e072804.txt": {5}}
METADATA_IN_RANGE = {"001_4481d8ac418ccbcd.txt": {6}, "003_a889f4cb870d6376.txt": {4}, "004_bbc2bebf66bb6947.txt": {5}}

MENU = ("首页", "新闻中心", "政务公开", "招商引资", "园区概况", "投资指南", "联系我们")
BREADCRUMB = "当前位置：首页 > 新闻中心 > 正文"
FOOTER = ("Copyright © 2024 示例网 版权所有", "联系电话：010-12345678 地址：示例路1号")
LIST_DATE = "2024-03-14"


@dataclass(frozen=True)
class GoldSplit:
    """One seed's lines as the gold labels them (1-based line numbers)."""

    doc: str
    lines: tuple[str, ...]  # every line of the file, stripped
    body: tuple[int, ...]  # article lines
    metadata: tuple[int, ...]  # date/source/author lines inside the body range
    noise: tuple[int, ...]  # everything else that is not blank

    def text(self, numbers: tuple[int, ...]) -> list[str]:
        return [self.lines[n - 1] for n in numbers]


def gold_splits() -> list[GoldSplit]:
    rows = list(csv.DictReader(io.StringIO((GOLD / "content.csv").read_text(encoding="utf-8"))))
    return [gold_split(r["doc"], int(r["body_first_line"]), int(r["body_last_line"])) for r in rows]


def gold_split(doc: str, first: int, last: int, path: Path | None = None) -> GoldSplit:
    text = (path or SEEDS / doc).read_text(encoding="utf-8").replace("\u3000", " ").replace("\xa0", " ")
    lines = tuple(line.strip() for line in text.split("\n"))
    body, metadata, noise = [], [], []
    for n, line in enumerate(lines, 1):
        if not line:
            continue
        if first <= n <= last and n not in NOISE_IN_RANGE.get(doc, set()):
            (metadata if n in METADATA_IN_RANGE.get(doc, set()) else body).append(n)
        else:
            noise.append(n)
    return GoldSplit(doc, lines, tuple(body), tuple(metadata), tuple(noise))


@dataclass(frozen=True)
class PageParts:
    """What a test page holds: known body paragraphs and known noise items."""

    title: str
    paragraphs: list[str]
    related: list[str]  # noise: headlines and teasers of other articles
    date: str | None = "2021-06-01"
    source: str = "示例日报"


def page_parts(split: GoldSplit, date: str | None = "2021-06-01") -> PageParts:
    body = split.text(split.body)
    title, paragraphs = (body[0], body[1:]) if len(body[0]) < 60 else ("", body)
    related = [line for line in split.text(split.noise) if line != "-"]
    return PageParts(title, paragraphs, related, date)


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def info_line(parts: PageParts) -> str:
    date = f"发布时间：{parts.date} " if parts.date else ""
    return f"{date}来源：{parts.source}"


def related_items(parts: PageParts) -> list[str]:
    """Related-article cards: short lines as linked headlines with a date, long ones as teasers."""
    items = []
    for k, line in enumerate(parts.related):
        if len(line) < 45:
            items.append(f'<a href="/news/{k}.html">{esc(line)}</a> <span>{LIST_DATE}</span>')
        else:
            items.append(f'<span class="summary">{esc(line)}</span>')
    return items


def div_page(parts: PageParts) -> str:
    """A modern layout: header/nav, breadcrumb, article div, related list, footer."""
    menu = "".join(f'<li><a href="/{k}">{esc(m)}</a></li>' for k, m in enumerate(MENU))
    paras = "".join(f"<p>{esc(p)}</p>" for p in parts.paragraphs)
    related = "".join(f"<li>{item}</li>" for item in related_items(parts))
    return (
        f"<html><head><meta charset='utf-8'><title>{esc(parts.title)}_示例网</title></head><body>"
        f"<div class='top'><ul class='menu'>{menu}</ul></div>"
        f"<div class='crumb'>{esc(BREADCRUMB)}</div>"
        f"<div class='article'><h1>{esc(parts.title)}</h1><div class='info'>{esc(info_line(parts))}</div>"
        f"<div class='content'>{paras}</div>"
        "<div class='share'>分享到：微信 微博 QQ空间</div></div>"
        f"<div class='related'><h3>相关文章</h3><ul>{related}</ul></div>"
        f"<div class='footer'>{'<br>'.join(esc(f) for f in FOOTER)}</div>"
        "</body></html>"
    )


def table_page(parts: PageParts) -> str:
    """An old portal layout: nested tables, menu cells, body paragraphs in one cell with <br>."""
    menu = "".join(f'<td><a href="/{k}">{esc(m)}</a></td>' for k, m in enumerate(MENU))
    body = "<br><br>".join("&nbsp;&nbsp;" + esc(p) for p in parts.paragraphs)
    related = "".join(f"<tr><td>·{item}</td></tr>" for item in related_items(parts))
    return (
        f"<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'>"
        f"<title>{esc(parts.title)}</title></head><body>"
        f"<table width='980'><tr>{menu}</tr></table>"
        f"<table width='980'><tr><td>{esc(BREADCRUMB)}</td></tr></table>"
        "<table width='980'><tr><td width='700' valign='top'>"
        f"<table><tr><td align='center'><b>{esc(parts.title)}</b></td></tr>"
        f"<tr><td align='center'>{esc(info_line(parts))}</td></tr>"
        f"<tr><td class='text'>{body}</td></tr></table></td>"
        f"<td width='280' valign='top'><table><tr><td>相关新闻</td></tr>{related}</table></td></tr></table>"
        f"<table width='980'><tr><td>{'<br>'.join(esc(f) for f in FOOTER)}</td></tr></table>"
        "</body></html>"
    )


def br_page(parts: PageParts) -> str:
    """A flat layout: divs without semantic tags, the body as text separated by <br>."""
    menu = " | ".join(f'<a href="/{k}">{esc(m)}</a>' for k, m in enumerate(MENU))
    body = "<br>\n<br>\n".join(esc(p) for p in parts.paragraphs)
    related = "".join(f"<div class='item'>{item}</div>" for item in related_items(parts))
    return (
        "<html><head><meta charset='utf-8'></head><body>"
        f"<div class='nav'>{menu}</div><div>{esc(BREADCRUMB)}</div>"
        f"<div class='t'>{esc(parts.title)}</div><div class='i'>{esc(info_line(parts))}</div>"
        f"<div class='c'>{body}</div>"
        f"<div class='rel'><div>推荐阅读</div>{related}</div>"
        f"<div class='f'>{'<br>'.join(esc(f) for f in FOOTER)}</div>"
        "</body></html>"
    )


def single_br_page(parts: PageParts) -> str:
    """An old CMS layout: one <br> and a full-width indent between paragraphs, links in a sidebar."""
    body = "<br>".join("\u3000\u3000" + esc(p) for p in parts.paragraphs)
    related = "<br>".join(f"·{item}" for item in related_items(parts))
    return (
        "<html><head><meta charset='utf-8'>"
        f"<meta name='publishdate' content='{parts.date or ''}'><title>{esc(parts.title)}-示例网</title></head><body>"
        f"<div>{'&nbsp;'.join(f'<a href=/{k}>{esc(m)}</a>' for k, m in enumerate(MENU))}</div>"
        f"<center><font size=5>{esc(parts.title)}</font></center>"
        f"<font color=gray>来源：{esc(parts.source)}</font><br>"
        f"<font size=3>{body}</font><hr>"
        f"<div>热门文章<br>{related}</div>"
        f"<p>{'<br>'.join(esc(f) for f in FOOTER)}</p>"
        "</body></html>"
    )


def wechat_page(parts: PageParts) -> str:
    """A WeChat-style article: account line, sections of styled spans, follow and read-more widgets."""
    sections = "".join(
        f"<section><p><span style='font-size:15px'>{esc(p[: len(p) // 2])}</span><span>{esc(p[len(p) // 2 :])}"
        "</span></p></section>"
        for p in parts.paragraphs
    )
    related = "".join(f"<div class='rel'>{item}</div>" for item in related_items(parts))
    date = f"<em id='publish_time'>{parts.date}</em>" if parts.date else ""
    return (
        "<html><head><meta charset='utf-8'>"
        f"<meta property='og:title' content='{esc(parts.title)}'></head><body>"
        f"<h1 class='rich_media_title'>{esc(parts.title)}</h1>"
        f"<div class='rich_media_meta_list'><a href='/p'>示例号</a> {date}</div>"
        f"<div id='js_content'>{sections}<p>（来源：{esc(parts.source)}）</p></div>"
        "<div><a href='/x'>阅读原文</a> 微信扫一扫关注该公众号</div>"
        f"<div class='like'><div>喜欢此内容的人还喜欢</div>{related}</div>"
        "</body></html>"
    )


LAYOUTS = {"div": div_page, "table": table_page, "br": br_page, "single-br": single_br_page, "wechat": wechat_page}
