"""Ingestion: every format and encoding in, the article body and its metadata out.

Files are made by the tests from the seeds (re-encoded, converted to
traditional, wrapped in HTML, written to .docx and PDF) and measured against
the gold body/noise split of tests/gold/content.csv. Metadata lines inside a
gold body range (publish date/source/author) count as kept when they are in
Document.metadata: they are kept out of the body on purpose, so no number in a
byline is read as a fact, but they are not lost.
"""

from __future__ import annotations

import random
import re

import pytest
from conftest import SEEDS, run_cli
from pages import LAYOUTS, GoldSplit, gold_splits, page_parts

from reporter.body import Line, split_body
from reporter.errors import IngestError
from reporter.ingest import IngestLimits, ingest_paths, original_span, read_document, to_simplified, unwrap
from reporter.models import Document

BODY_FLOOR = 0.99
NOISE_FLOOR = 0.95
SPLITS = {s.doc: s for s in gold_splits()}
SEED_WITH_METADATA = "001_4481d8ac418ccbcd.txt"  # title, date and source lines above the body


def norm(text: str) -> str:
    return re.sub(r"\s+", "", text)


def measure_chars(split: GoldSplit, doc: Document) -> tuple[int, int, int, int]:
    """(body characters kept, body characters, noise characters kept, noise characters), by line number.

    A body line counts as kept when it is in the body or held as metadata (a byline inside the range).
    Metadata is held converted to simplified characters, so a traditional line is compared converted.
    """
    kept = set(doc.line_numbers)
    meta = {norm(m) for m in doc.metadata}

    def in_meta(n: int) -> bool:
        return norm(to_simplified(split.lines[n - 1])) in meta

    body_kept = sum(len(split.lines[n - 1]) for n in split.body if n in kept or in_meta(n))
    body_kept += sum(len(split.lines[n - 1]) for n in split.metadata if in_meta(n))
    body_total = sum(len(split.lines[n - 1]) for n in split.body + split.metadata)
    noise_kept = sum(len(split.lines[n - 1]) for n in split.noise if n in kept)
    noise_total = sum(len(split.lines[n - 1]) for n in split.noise)
    return body_kept, body_total, noise_kept, noise_total


def measure_lines(split: GoldSplit, doc: Document) -> tuple[float, float]:
    """(share of body characters kept, share of noise characters dropped), by source line number."""
    body_kept, body_total, noise_kept, noise_total = measure_chars(split, doc)
    return body_kept / body_total, 1 - noise_kept / noise_total


def measure_text(body_lines: list[str], noise_lines: list[str], body: str) -> tuple[float, float]:
    """The same measure by text, for formats whose line numbers differ from the seed's."""
    text = norm(body)
    kept = sum(len(norm(b)) for b in body_lines if norm(b) in text)
    leaked = sum(len(norm(n)) for n in noise_lines if norm(n) in text)
    return kept / sum(len(norm(b)) for b in body_lines), 1 - leaked / sum(len(norm(n)) for n in noise_lines)


def expected_body(split: GoldSplit) -> str:
    return "\n".join(split.text(split.body))


@pytest.fixture(scope="session")
def seed_docs() -> dict[str, Document]:
    return {name: read_document(SEEDS / name) for name in SPLITS}


# --- body and noise on the seeds ---------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SPLITS))
def test_seed_body_kept_and_noise_dropped(seed_docs, name):
    body_kept, noise_dropped = measure_lines(SPLITS[name], seed_docs[name])
    assert body_kept >= BODY_FLOOR, (name, body_kept)
    assert noise_dropped >= NOISE_FLOOR, (name, noise_dropped)


def test_seed_metadata_lines_give_date_and_source(seed_docs):
    doc = seed_docs[SEED_WITH_METADATA]
    assert doc.date == "2020-10-15" and doc.source == "环球网"
    assert doc.title == "产业集群新解法:上虞的发展密码"
    assert all("来源" not in line for line in doc.body.split("\n")[:3])
    # A page that states no date gets none (002 ends with a list of dated headlines).
    assert seed_docs["002_9137af04c9c6be7b.txt"].date == ""


NOISE_ONLY_REGIONS = ("新密市", "惠济区", "中牟县", "荥阳市", "登封市", "管城回族区", "普陀区", "南平市", "徐汇区")


def test_noise_only_regions_are_in_noise_and_nowhere_in_bodies():
    """Checks the list the next test relies on: each name is in some noise line and in no body line."""
    for name in NOISE_ONLY_REGIONS:
        assert any(name in line for s in SPLITS.values() for line in s.text(s.noise)), name
        assert not any(name in line for s in SPLITS.values() for line in s.text(s.body + s.metadata)), name


def test_regions_command_finds_no_region_of_the_noise():
    proc = run_cli("regions", str(SEEDS), "--format", "csv", check=True)
    leaked = [name for name in NOISE_ONLY_REGIONS if name in proc.stdout]
    assert not leaked, leaked
    assert "松江区" in proc.stdout and "西双版纳州" in proc.stdout


def test_noise_regions_would_be_found_if_noise_leaked():
    """Control: the region stage does find these names when they are in a body."""
    from reporter.regions import analyse

    noise = SPLITS["004_bbc2bebf66bb6947.txt"]
    body = "\n".join(line + "。" for line in noise.text(noise.noise))
    found, _ = analyse(Document(id="x", name="x.txt", path="x.txt", title="", date="", source="", body=body))
    names = {r.name for r in found.regions.values()} | {r.full_name for r in found.regions.values()}
    assert {"新密市", "惠济区", "中牟县", "荥阳市"} <= names, names


# --- encodings ---------------------------------------------------------------------------------


def opencc_convert(text: str, config: str) -> str:
    import opencc

    return opencc.OpenCC(config).convert(text)


ENCODINGS = {
    "gb18030": lambda t: t.encode("gb18030"),
    "utf-8-bom": lambda t: t.encode("utf-8-sig"),
    "utf-16-bom": lambda t: t.encode("utf-16"),
    "utf-16-le": lambda t: t.encode("utf-16-le"),
    "utf-16-be": lambda t: t.encode("utf-16-be"),
}


@pytest.mark.parametrize("encoding", sorted(ENCODINGS))
def test_reencoded_seed_reads_like_the_utf8_seed(tmp_path, seed_docs, encoding):
    text = (SEEDS / SEED_WITH_METADATA).read_text(encoding="utf-8")
    path = tmp_path / "page.txt"
    path.write_bytes(ENCODINGS[encoding](text))
    doc = read_document(path)
    want = seed_docs[SEED_WITH_METADATA]
    assert (doc.body, doc.title, doc.date, doc.source) == (want.body, want.title, want.date, want.source)
    assert doc.original == ""


def test_big5_traditional_seed_is_simplified_and_keeps_the_original(tmp_path, seed_docs):
    name = "003_a889f4cb870d6376.txt"
    traditional = opencc_convert((SEEDS / name).read_text(encoding="utf-8"), "s2tw")
    path = tmp_path / "big5.txt"
    path.write_bytes(traditional.encode("big5", errors="replace"))  # only the © of a noise line is lost
    doc = read_document(path)
    assert doc.encoding == "big5"
    assert doc.body == seed_docs[name].body
    assert (doc.title, doc.date, doc.source) == (seed_docs[name].title, "2023-04-25", "如东日报")
    original = doc.original.split("\n")
    assert len(original) == len(doc.body.split("\n"))
    assert all(line in traditional for line in original)
    assert "經濟開發區" in doc.original and "经济开发区" in doc.body


def test_original_span_maps_body_offsets_to_the_text_as_written(tmp_path):
    path = tmp_path / "trad.txt"
    path.write_text(opencc_convert((SEEDS / SEED_WITH_METADATA).read_text(encoding="utf-8"), "s2t"), "utf-8")
    doc = read_document(path)
    start = doc.body.index("规上产值1044亿元")
    span = original_span(doc, start, start + len("规上产值1044亿元"))
    assert span == "規上產值1044億元"
    assert original_span(doc, 0, 4) == doc.original[:4]


# --- HTML --------------------------------------------------------------------------------------


def html_doc(tmp_path, html: str, name: str = "page.html") -> Document:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return read_document(path)


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_html_layouts_keep_body_drop_menus_and_related_lists(tmp_path, layout):
    for split in SPLITS.values():
        parts = page_parts(split)
        doc = html_doc(tmp_path, LAYOUTS[layout](parts))
        body_kept, noise_dropped = measure_text(parts.paragraphs, parts.related, doc.body)
        assert body_kept >= BODY_FLOOR, (split.doc, layout, body_kept)
        assert noise_dropped >= NOISE_FLOOR, (split.doc, layout, noise_dropped)
        furniture = ("当前位置", "版权所有", "相关文章", "相关新闻", "推荐阅读", "热门文章", "分享到", "联系我们")
        assert not [f for f in furniture if f in doc.body], (split.doc, layout)
        assert doc.source == "示例日报"
        if parts.title:
            assert doc.title == parts.title, (layout, doc.title)


@pytest.mark.parametrize("layout", ["div", "table", "br"])
def test_html_date_comes_only_from_the_page_metadata(tmp_path, layout):
    split = SPLITS[SEED_WITH_METADATA]
    assert html_doc(tmp_path, LAYOUTS[layout](page_parts(split))).date == "2021-06-01"
    # Without a stated date none is taken, though the related list is full of dates.
    assert html_doc(tmp_path, LAYOUTS[layout](page_parts(split, date=None))).date == ""


def test_html_site_logo_in_first_h1_is_not_the_title(tmp_path):
    parts = page_parts(SPLITS[SEED_WITH_METADATA])
    html = LAYOUTS["div"](parts).replace("<body>", "<body><h1 class='logo'><a href='/'>示例网新闻中心</a></h1>")
    assert html_doc(tmp_path, html).title == parts.title


def test_html_in_gbk_with_meta_charset(tmp_path):
    parts = page_parts(SPLITS[SEED_WITH_METADATA])
    html = LAYOUTS["div"](parts).replace("charset='utf-8'", "charset='gbk'")
    path = tmp_path / "gbk.htm"
    path.write_bytes(html.encode("gb18030"))
    doc = read_document(path)
    assert measure_text(parts.paragraphs, parts.related, doc.body)[0] >= BODY_FLOOR
    assert doc.title == parts.title


def test_markdown_reads_without_its_markers(tmp_path, seed_docs):
    split = SPLITS[SEED_WITH_METADATA]
    body = split.text(split.body)
    text = f"# {body[0]}\n\n> {split.lines[5]}\n\n" + "\n\n".join(body[1:])
    text = text.replace("环球网携", "[环球网](https://example.org/a)携", 1)
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    assert doc.title == body[0] and doc.date == "2020-10-15" and doc.source == "环球网"
    assert doc.body == seed_docs[SEED_WITH_METADATA].body


# --- Word and PDF ------------------------------------------------------------------------------


def test_docx_of_a_seed_reads_like_the_text_file(tmp_path, seed_docs):
    import docx

    name = "003_a889f4cb870d6376.txt"
    document = docx.Document()
    for line in (SEEDS / name).read_text(encoding="utf-8").split("\n"):
        document.add_paragraph(line)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "联系电话", "010-12345678"
    document.save(tmp_path / "seed.docx")
    doc = read_document(tmp_path / "seed.docx")
    want = seed_docs[name]
    assert (doc.body, doc.title, doc.date, doc.source) == (want.body, want.title, want.date, want.source)
    assert doc.encoding == "docx"


@pytest.fixture(scope="session")
def seed_pdf(tmp_path_factory):
    """Seed 001 wrapped in a page and rendered with WeasyPrint: a PDF with a real text layer."""
    import weasyprint

    parts = page_parts(SPLITS[SEED_WITH_METADATA])
    style = "<style>body{font-family:'Noto Serif CJK SC'} p{text-indent:2em}</style>"
    html = LAYOUTS["div"](parts).replace("<head>", "<head>" + style)
    path = tmp_path_factory.mktemp("pdf") / "seed.pdf"
    weasyprint.HTML(string=html).write_pdf(path)
    return path, parts


def test_pdf_text_layer_gives_whole_paragraphs(seed_pdf):
    path, parts = seed_pdf
    doc = read_document(path)
    body_kept, noise_dropped = measure_text(parts.paragraphs, parts.related, doc.body)
    assert body_kept >= BODY_FLOOR and noise_dropped >= NOISE_FLOOR, (body_kept, noise_dropped)
    # Lines wrapped by the layout are joined: each paragraph is one body line again.
    lines = {norm(line) for line in doc.body.split("\n")}
    whole = [p for p in parts.paragraphs if norm(p) in lines]
    assert len(whole) >= 0.9 * len(parts.paragraphs), len(whole)
    assert (doc.date, doc.source) == ("2021-06-01", "示例日报")


def test_unwrap_joins_only_full_lines_that_end_mid_sentence():
    lines = [
        Line(1, "短标题"),
        Line(2, "这一行写满了整个版面的宽度但是句子还没有"),
        Line(3, "结束，到这里才结束。"),
        Line(4, "这一行写满了整个版面的宽度而且句子已结束。"),
        Line(5, "下一段。"),
    ]
    assert [line.text for line in unwrap(lines)] == [
        "短标题",
        "这一行写满了整个版面的宽度但是句子还没有结束，到这里才结束。",
        "这一行写满了整个版面的宽度而且句子已结束。",
        "下一段。",
    ]


# --- files that cannot be read -----------------------------------------------------------------


def bad_files(folder) -> dict[str, bytes]:
    files = {
        "empty.txt": b"",
        "blank.txt": b" \n\n \n",
        "random.txt": random.Random(7).randbytes(4096),
        "image.html": random.Random(8).randbytes(2048),
        "broken.docx": b"PK\x03\x04 not really a zip",
        "broken.pdf": b"%PDF-1.7\n garbage",
        "english.txt": b"Only English words here, no Chinese article at all.\n" * 3,
    }
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return files


@pytest.mark.parametrize(
    "name", ["empty.txt", "blank.txt", "random.txt", "image.html", "broken.docx", "broken.pdf", "english.txt"]
)
def test_unreadable_file_named_on_the_command_line_is_one_clear_error(tmp_path, name):
    bad_files(tmp_path)
    with pytest.raises(IngestError) as err:
        read_document(tmp_path / name)
    assert name in err.value.message and "\n" not in err.value.message


def test_cli_error_for_a_binary_file_names_it_without_traceback(tmp_path):
    bad_files(tmp_path)
    proc = run_cli("ingest", str(tmp_path / "random.txt"))
    assert proc.returncode == 2
    assert "random.txt" in proc.stderr and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_folder_with_unreadable_files_skips_them_with_warnings(tmp_path):
    names = bad_files(tmp_path)
    (tmp_path / "notes.xlsx").write_bytes(b"PK")
    (tmp_path / "good.txt").write_bytes((SEEDS / SEED_WITH_METADATA).read_bytes())
    result = ingest_paths([tmp_path])
    assert [d.name for d in result.documents] == ["good.txt"]
    for name in names:
        assert any(name in w for w in result.warnings), name
    assert any("notes.xlsx" in w for w in result.warnings)
    proc = run_cli("ingest", str(tmp_path))
    assert proc.returncode == 0 and "good.txt" in proc.stdout
    assert "random.txt" in proc.stderr and "警告" in proc.stderr and "Traceback" not in proc.stderr


def test_other_commands_show_skipped_files_on_stderr(tmp_path):
    bad_files(tmp_path)
    (tmp_path / "good.txt").write_bytes((SEEDS / SEED_WITH_METADATA).read_bytes())
    proc = run_cli("regions", str(tmp_path), "--format", "csv")
    assert proc.returncode == 0 and "上虞区" in proc.stdout
    assert "random.txt" in proc.stderr and "Traceback" not in proc.stderr


def test_the_same_article_saved_twice_is_read_once(tmp_path):
    text = (SEEDS / SEED_WITH_METADATA).read_text(encoding="utf-8")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "b.html").write_text(f"<html><body><p>{'</p><p>'.join(text.splitlines())}</p></body></html>", "utf-8")
    result = ingest_paths([tmp_path])
    assert [d.name for d in result.documents] == ["a.txt"]
    assert any("b.html" in w and "a.txt" in w for w in result.warnings), result.warnings


def test_folder_with_nothing_readable_is_an_error(tmp_path):
    bad_files(tmp_path)
    proc = run_cli("ingest", str(tmp_path))
    assert proc.returncode == 2 and "没有可读取的文档" in proc.stderr and "Traceback" not in proc.stderr


# --- limits ------------------------------------------------------------------------------------


def test_file_over_the_size_limit_is_refused_with_its_size(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes((SEEDS / SEED_WITH_METADATA).read_bytes())
    with pytest.raises(IngestError, match="big.txt.*超过上限 1000 字节"):
        read_document(path, IngestLimits(max_file_bytes=1000))
    proc = run_cli("ingest", str(path), "--max-file-mb", "0.001")
    assert proc.returncode == 2 and "big.txt" in proc.stderr and "file too large" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert run_cli("ingest", str(path), "--max-file-mb", "1").returncode == 0


def test_too_many_documents_is_refused_before_reading(tmp_path):
    for name in sorted(SPLITS)[:3]:
        (tmp_path / name).write_bytes((SEEDS / name).read_bytes())
    with pytest.raises(IngestError, match="3 个文件, 超过上限 2"):
        ingest_paths([tmp_path], IngestLimits(max_documents=2))
    proc = run_cli("ingest", str(tmp_path), "--max-docs", "2")
    assert proc.returncode == 2 and "too many documents" in proc.stderr and "Traceback" not in proc.stderr
    assert len(ingest_paths([tmp_path], IngestLimits(max_documents=3)).documents) == 3


# --- the ingest command ------------------------------------------------------------------------


def test_ingest_command_prints_metadata_per_document(seed_docs):
    proc = run_cli("ingest", str(SEEDS), check=True)
    rows = {line.split("\t")[0]: line for line in proc.stdout.splitlines() if not line.startswith(" ")}
    assert set(rows) == set(SPLITS)
    row = rows[SEED_WITH_METADATA]
    want = seed_docs[SEED_WITH_METADATA]
    assert f"id={want.id}" in row and "日期=2020-10-15" in row and "来源=环球网" in row
    assert f"正文={len(want.body)}字" in row and f"丢弃={len(want.dropped)}行" in row
    assert "标题=产业集群新解法" in row
    assert "新密市" not in proc.stdout  # dropped lines only with --show-noise


def test_ingest_show_noise_lists_the_dropped_lines():
    proc = run_cli("ingest", str(SEEDS / "004_bbc2bebf66bb6947.txt"), "--show-noise", check=True)
    dropped = [line[6:] for line in proc.stdout.splitlines() if line.startswith("    - ")]
    assert any("新密市" in line for line in dropped)
    assert any("客服热线" in line for line in dropped)
    assert not any("金山区" in line and "亩均" in line for line in dropped)


# --- text rules on sentences written for the tests ---------------------------------------------


def lines_of(text: str) -> list[Line]:
    return [Line(n, s.strip()) for n, s in enumerate(text.split("\n"), 1) if s.strip()]


PAGE = """首页 > 经济 > 正文
示范县推进工业转型的三点做法
发布日期：2022-05-06 来源：示例晚报
今年以来，示范县聚焦主导产业，全力推动工业经济稳中有进，前三季度工业产值同比增长12.5%。
1、强化要素保障
县里统筹土地、资金和人才等要素，为重点项目开辟绿色通道，全年保障用地超过300亩。
全县版权产业增加值达到8亿元，带动就业岗位数量稳步增加，文化和制造融合的路子越走越宽。
分享到：
热门推荐
1. 某市召开安全生产会议
2. 某区举办招聘活动
3. 某县新增三家上市公司
4. 某镇开展文明创建
扫描二维码关注我们
联系电话：0000-12345678
"""


def test_rules_keep_prose_and_numbered_heading_drop_lists_and_furniture():
    lines = lines_of(PAGE)
    split = split_body(lines)
    body = [lines[k].text for k in split.body]
    assert body[0] == "示范县推进工业转型的三点做法"
    assert "1、强化要素保障" in body  # a lone numbered heading is part of the article
    assert any(line.startswith("全县版权产业") for line in body)  # a furniture word inside prose
    assert not any("某市" in line or "某县" in line or "二维码" in line for line in body)
    assert [lines[k].text for k in split.metadata] == ["发布日期：2022-05-06 来源：示例晚报"]
    assert lines[split.title].text == "示范县推进工业转型的三点做法"


def test_rules_take_no_date_from_a_dated_headline_list_before_the_body(tmp_path):
    page = "最新动态\n某区举办招聘活动\n2024-01-02\n某县开展文明创建\n2024-01-03\n" + PAGE.split("\n", 3)[3]
    path = tmp_path / "nodate.txt"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.date == ""
    assert doc.body.startswith("今年以来")


def test_rules_drop_headlines_strung_together_with_spaces():
    strung = " ".join(f"某地第{k}条新闻标题示例" for k in range(8))
    lines = lines_of(strung + "\n" + PAGE.split("\n", 3)[3])
    body = [lines[k].text for k in split_body(lines).body]
    assert strung not in body and body[0].startswith("今年以来")


def test_link_heavy_lines_are_navigation():
    lines = [Line(1, "园区概况 投资指南", link_share=1.0)] + lines_of(PAGE.split("\n", 3)[3])
    body = [lines[k].text for k in split_body(lines).body]
    assert "园区概况 投资指南" not in body


def test_source_after_the_last_paragraph_is_metadata_but_a_date_there_is_not(tmp_path):
    article = PAGE.split("\n", 3)[3].split("分享到")[0]
    page = article + "（来源：示例晚报）\n发布时间：2024-01-02 某区举办招聘活动\n"
    path = tmp_path / "trailing.txt"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    assert doc.source == "示例晚报" and doc.date == ""
    assert "（来源：示例晚报）" in doc.metadata and "来源" not in doc.body


GOV_PAGE = """索引号: 000000000/2023-000001  主题分类: 综合
发布机构: 示例县统计局
成文日期: 2023-03-08  公开方式: 主动公开
示例县工业稳步回升
发布日期: 2023- 03- 08 09: 30 访问次数: 信息来源: 示例县人民政府
示例县工业稳步回升
——2022年示例县工业运行简析
2022年，示例县规上工业增加值比上年增长6.1%，增速高于全市平均水平，工业经济总体回稳向好。
一、重点行业支撑有力
装备制造、食品加工两大行业合计实现产值120亿元，占全县规上工业产值的比重超过五成。
"""


def test_gov_page_header_block_gives_date_source_and_repeated_title(tmp_path):
    path = tmp_path / "gov.txt"
    path.write_text(GOV_PAGE, encoding="utf-8")
    doc = read_document(path)
    assert (doc.title, doc.date, doc.source) == ("示例县工业稳步回升", "2023-03-08", "示例县人民政府")
    # The headline once, in the copy nearest the article; the copy above the byline is the page's.
    assert doc.body.startswith("示例县工业稳步回升\n——2022年示例县工业运行简析\n2022年，示例县")
    assert doc.body.count("示例县工业稳步回升") == 1 and "示例县工业稳步回升" in doc.metadata
    assert "一、重点行业支撑有力" in doc.body and "索引号" not in doc.body


def test_labelled_byline_without_a_year_is_metadata_not_title():
    article = lines_of("时间:03-02 浏览:15 作者:示例\n" + PAGE.split("\n", 3)[3])
    split = split_body(article)
    assert [article[k].text for k in split.metadata] == ["时间:03-02 浏览:15 作者:示例"]
    assert split.title is None or article[split.title].text != "时间:03-02 浏览:15 作者:示例"


def test_a_photo_caption_with_its_credit_above_the_story_is_metadata():
    # A picture's caption ends in its photographer's credit (记者 某某 摄): not the article's line.
    article = lines_of("秋色里的示例镇 记者 王五 摄\n本报讯 今年以来，全区工业产值增长8%，投资增长6%。\n全区消费平稳。")
    split = split_body(article)
    assert [article[k].text for k in split.metadata] == ["秋色里的示例镇 记者 王五 摄"]
    assert article[split.body[0]].text.startswith("本报讯")


def test_variant_of_a_traditional_character_the_converter_leaves_is_simplified(tmp_path):
    # 陜 (U+965C) for 陝: the converter keeps it, and an unknown 陜西 before 安康 reads as 西安.
    assert to_simplified("陜西 安康去年GDP為900億") == "陕西 安康去年GDP为900亿"
    path = tmp_path / "variant.txt"
    path.write_text("陜西 安康縣域經濟\n\n陜西 安康2020年生產總值達到900億元,增長3.1%。\n", encoding="utf-8")
    doc = ingest_paths([path]).documents[0]
    assert "陕西安康" in doc.body and "西安" not in doc.body.replace("陕西安康", "")
    from reporter.extract import extract_document

    regions = {f.region for f in extract_document(doc).facts if f.value == 900}
    assert regions == {"安康市"}
