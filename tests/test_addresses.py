"""A page's web address: where it comes from (the page's own tags, a sources.csv beside the files),
the divisions it names, and the home it gives a text that only says 我县. Addresses and articles
are written for these tests."""

from __future__ import annotations

import csv
import io

import pytest
from conftest import run_cli

from reporter.cache import entry_path
from reporter.gazetteer import full_name_of, load
from reporter.ingest import ingest_paths
from reporter.sites import address_park, address_places

UNNAMED = "全县规上工业企业达到85家，我县新增高新技术企业12家。\n我县地区生产总值达到210亿元。\n"


@pytest.mark.parametrize(
    ("url", "places"),
    [
        ("https://www.xiushan.gov.cn/zwgk/1.html", ["重庆市秀山土家族苗族自治县"]),  # the pinyin of its name
        ("http://www.fzyt.gov.cn/a/b.html", ["福建省福州市永泰县"]),  # initials: 福州, then its 永泰
        ("https://news.example.com/anxi/xw/2.html", ["福建省泉州市安溪县"]),  # a county's section of a site
        ("https://www.jiaxian.gov.cn/c/1.html", []),  # 郏县 or 佳县: no guess
        ("https://www.example.com/quanzhou/anxi/2.html", ["福建省泉州市安溪县", "福建省泉州市"]),  # 泉州, not 全州县
        ("https://www.example.org/about.html", []),
        ("http://www.changdu.gov.cn/xw/1.html", ["西藏自治区昌都市"]),  # 都 read as in 昌都市, not dou
        ("http://www.yt.gov.cn/", []),  # two initials alone could be dozens of places
        ("这不是网址", []),
    ],
)
def test_an_address_names_the_divisions_its_words_spell(url, places):
    assert [full_name_of(load(), c) for c in address_places(url)] == places


def test_a_spelling_two_divisions_share_names_the_one_inside_a_division_the_text_names():
    henan = load().names["河南省"]
    assert [full_name_of(load(), c) for c in address_places("https://www.jiaxian.gov.cn/c/1.html", henan)] == [
        "河南省平顶山市郏县"
    ]


def write_corpus(tmp_path, text: str, url: str | None) -> tuple:
    """texts/x.txt with `text`, and a sources.csv beside texts/ giving `url` (none when None)."""
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "x.txt").write_text(text, encoding="utf-8")
    if url is not None:
        (tmp_path / "sources.csv").write_text(f"id,url,query\nx.txt,{url},县域经济\n", encoding="utf-8")
    return texts


def test_a_sources_list_beside_the_texts_gives_each_file_its_address(tmp_path):
    texts = write_corpus(tmp_path, UNNAMED, "https://www.xiushan.gov.cn/zwgk/1.html")
    assert [d.url for d in ingest_paths([texts]).documents] == ["https://www.xiushan.gov.cn/zwgk/1.html"]


def test_a_sources_list_in_the_folder_itself_is_no_document(tmp_path):
    (tmp_path / "x.txt").write_text(UNNAMED, encoding="utf-8")
    (tmp_path / "sources.csv").write_text("file,url\nx.txt,https://www.xiushan.gov.cn/1.html\n", encoding="utf-8")
    result = ingest_paths([tmp_path])
    assert [d.url for d in result.documents] == ["https://www.xiushan.gov.cn/1.html"] and not result.skipped


@pytest.mark.parametrize(
    "head",
    [
        '<link rel="canonical" href="https://www.xiushan.gov.cn/zwgk/1.html">',
        '<meta property="og:url" content="https://www.xiushan.gov.cn/zwgk/1.html">',
    ],
)
def test_a_web_page_states_its_own_address(tmp_path, head):
    page = tmp_path / "x.html"
    page.write_text(f"<html><head>{head}</head><body><p>{UNNAMED}</p></body></html>", encoding="utf-8")
    assert ingest_paths([page]).documents[0].url == "https://www.xiushan.gov.cn/zwgk/1.html"


def test_a_saved_page_keeps_the_address_the_browser_noted(tmp_path):
    page = tmp_path / "x.html"
    note = "<!-- saved from url=(0038)https://www.xiushan.gov.cn/zwgk/1.html -->"
    page.write_text(f"{note}<html><body><p>{UNNAMED}</p></body></html>", encoding="utf-8")
    assert ingest_paths([page]).documents[0].url == "https://www.xiushan.gov.cn/zwgk/1.html"


def extract(texts) -> tuple[list[dict], str]:
    out = texts.parent / "facts.csv"
    proc = run_cli("extract", str(texts), "--format", "csv", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    return list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")))), proc.stderr


def test_the_county_the_address_names_is_what_我县_stands_for_with_a_warning(tmp_path):
    rows, err = extract(write_corpus(tmp_path, UNNAMED, "https://www.xiushan.gov.cn/zwgk/1.html"))
    assert {r["full_name"] for r in rows} == {"重庆市秀山土家族苗族自治县"}
    assert "据网页地址 www.xiushan.gov.cn 判定为" in err


@pytest.mark.parametrize(
    "url",
    [
        None,
        "https://www.jiaxian.gov.cn/c/1.html",  # 郏县 or 佳县: no guess
        "https://www.example.com/quanzhou/2.html",  # a city, where the text speaks of a county
    ],
)
def test_without_one_county_of_its_kind_in_the_address_the_home_stays_unnamed(tmp_path, url):
    rows, err = extract(write_corpus(tmp_path, UNNAMED, url))
    assert {r["region"] for r in rows} == {"我县"} and "文中未写明本地区的名称" in err


def test_a_county_the_text_names_as_its_own_wins_over_the_address(tmp_path):
    text = "近日，永泰县召开经济工作会议。\n" + UNNAMED
    rows, _ = extract(write_corpus(tmp_path, text, "https://www.xiushan.gov.cn/zwgk/1.html"))
    assert {r["full_name"] for r in rows} == {"福建省福州市永泰县"}


def test_the_same_file_from_another_address_is_extracted_anew(tmp_path):
    texts = write_corpus(tmp_path, UNNAMED, "https://www.xiushan.gov.cn/zwgk/1.html")
    doc = ingest_paths([texts]).documents[0]
    from dataclasses import replace

    assert entry_path(tmp_path, doc) != entry_path(tmp_path, replace(doc, url="https://www.fzyt.gov.cn/1.html"))


def test_a_zone_word_and_a_city_in_the_address_make_the_zone_the_home_of_a_report_that_says_全区(tmp_path):
    text = "上半年，全区实现规模以上工业总产值48.6亿元，同比增长9.2%。\n"
    rows, err = extract(write_corpus(tmp_path, text, "https://gaoxinqu.xiangtan.gov.cn/zwgk/3.html"))
    assert {r["region"] for r in rows} == {"湘潭高新区"} and "据网页地址" in err


@pytest.mark.parametrize(
    ("url", "zone"),
    [
        ("https://gaoxinqu.xiangtan.gov.cn/zwgk/3.html", "湘潭高新区"),
        ("https://xtkfq.xiangtan.gov.cn/a/1.html", "湘潭开发区"),  # the zone word ends an address word
        ("https://gaoxinqu.example.com/1.html", ""),  # no city
        ("https://www.xiangtan.gov.cn/1.html", ""),  # no zone
    ],
)
def test_an_address_names_a_zone_by_its_city_and_a_zone_word(url, zone):
    assert address_park(url) == zone


def test_a_brief_tells_its_reader_which_home_rests_on_the_address(tmp_path):
    texts = write_corpus(tmp_path, UNNAMED, "https://www.xiushan.gov.cn/zwgk/1.html")
    (texts / "y.txt").write_text("永泰县地区生产总值达到260亿元，规上工业企业132家。\n", encoding="utf-8")
    out = tmp_path / "o"
    proc = run_cli("brief", str(texts), "-t", "秀山县", "-b", "永泰县", "-o", str(out), "--format", "html")
    assert proc.returncode == 0, proc.stderr
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    warnings = html[html.index('<aside class="warnings"') : html.index("</aside>")]
    assert "据网页地址 www.xiushan.gov.cn 判定为“秀山土家族苗族自治县”, 所属地区系推断, 请核对" in warnings
    assert "xiushan.gov.cn/zwgk/1.html" in html[html.index("数据来源") :]  # the appendix gives the address


@pytest.mark.parametrize(
    ("text", "full"),
    [
        (UNNAMED, "湖北省咸宁市通城县"),  # 全县: the county of the two that tongcheng spells
        ("全市规上工业企业达到85家，我市新增高新技术企业12家。\n", "安徽省安庆市桐城市"),  # 全市: the city
    ],
)
def test_a_spelling_two_kinds_of_division_share_names_the_kind_the_text_speaks_of(tmp_path, text, full):
    rows, _ = extract(write_corpus(tmp_path, text, "http://www.tongcheng.gov.cn/xw/1.html"))
    assert {r["full_name"] for r in rows} == {full}


def test_the_ingest_listing_shows_each_files_address(tmp_path):
    texts = write_corpus(tmp_path, UNNAMED, "https://www.xiushan.gov.cn/zwgk/1.html")
    proc = run_cli("ingest", str(texts))
    assert proc.returncode == 0, proc.stderr
    assert "网址=https://www.xiushan.gov.cn/zwgk/1.html" in proc.stdout
