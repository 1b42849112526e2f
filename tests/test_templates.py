"""User templates: override one block, swap the CSS, clear errors, docs that match the code."""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, pdf_text, run_cli

from reporter import render
from reporter.config import VARIABLES
from reporter.models import CONTEXT_ALIASES, BriefContext, Cell, Dimension, Recommendation, Region, Row, Source, Value

DOCS = (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
TEMPLATES = ROOT / "templates"


def flat(text: str) -> str:
    return re.sub(r"—\d+—", "", re.sub(r"\s+", "", text))


def doc_table_names(heading: str) -> set[str]:
    """The `names` in the first column of the table under a docs heading."""
    part = DOCS.split(heading, 1)[1]
    part = re.split(r"\n#{2,3} |\n\*\*", part, maxsplit=1)[0]
    return set(re.findall(r"^\| `([^`]+)` \|", part, flags=re.M))


def template_blocks() -> set[str]:
    found = set()
    for path in TEMPLATES.rglob("*.html"):
        found |= set(re.findall(r"{%-?\s*block\s+(\w+)", path.read_text(encoding="utf-8")))
    return found


def test_docs_list_every_block_and_nothing_else():
    assert doc_table_names("## 块 (blocks)") == template_blocks()


def test_docs_list_every_context_variable_and_nothing_else():
    assert doc_table_names("## 变量 (context)") == {f.name for f in dataclasses.fields(BriefContext)} | set(
        CONTEXT_ALIASES
    )


@pytest.mark.parametrize("cls", [Region, Dimension, Row, Cell, Value, Recommendation, Source])
def test_docs_list_every_attribute_of_the_records(cls):
    documented = doc_table_names(f"**{cls.__name__}**")
    properties = {n for n, v in vars(cls).items() if isinstance(v, property)}
    assert documented == {f.name for f in dataclasses.fields(cls)} | properties


def test_docs_list_every_house_style_variable_and_filter():
    assert doc_table_names("## 版式变量 (house style)") == set(VARIABLES)
    assert doc_table_names("## 过滤器 (filters)") == {"num", "pct", "cn"}


@pytest.fixture(scope="session")
def override_title(corpus, tmp_path_factory) -> dict[str, Path]:
    """A user folder that overrides only the title block, rendered."""
    from reporter.pipeline import make_brief

    folder = tmp_path_factory.mktemp("house")
    (folder / "brief.html").write_text(
        '{% extends "default:brief.html" %}\n'
        '{% block title_block %}<div class="house">某某局专报</div>{{ super() }}{% endblock %}\n',
        encoding="utf-8",
    )
    out = tmp_path_factory.mktemp("house-out")
    paths = make_brief(corpus, "西双版纳州", ["松江区"], out, user_templates=folder)
    return {p.suffix[1:]: p for p in paths}


def test_overriding_the_title_block_changes_only_the_title(override_title, default_brief):
    mine = flat(pdf_text(override_title["pdf"]))
    base = flat(pdf_text(default_brief["pdf"]))
    assert mine.startswith("某某局专报西双版纳州对标松江区找差距分析简报")
    assert "某某局专报" not in base
    assert mine[mine.index("核心结论") :] == base[base.index("核心结论") :]


def test_output_says_which_templates_were_considered(override_title):
    html = override_title["html"].read_text(encoding="utf-8")
    comment = html[html.index("<!--") : html.index("-->")]
    assert "templates considered" in comment
    assert re.search(r"brief\.html -> .*house\d*/brief\.html", comment)
    assert re.search(r"default:brief\.html -> .*templates/brief\.html", comment)


def test_a_user_stylesheet_replaces_the_built_in_one(corpus, tmp_path):
    from reporter.pipeline import make_brief

    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "brief.css").write_text(
        "@page { size: A5; margin: 15mm; } html { font-family: 'Noto Sans CJK SC'; }", encoding="utf-8"
    )
    paths = make_brief(corpus, "西双版纳州", ["松江区"], tmp_path / "out", ("pdf",), user_templates=tmp_path / "tpl")
    info = subprocess.run(["pdfinfo", str(paths[0])], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Page size:\s+419\.\d+ x 595\.\d+ pts", info), info  # A5
    assert "— 1 —" not in pdf_text(paths[0])  # the built-in page numbers went with the built-in CSS


def test_summary_template_is_one_page(corpus, tmp_path):
    from reporter.pipeline import make_brief

    paths = make_brief(corpus, "西双版纳州", ["松江区"], tmp_path, ("pdf",), template="summary.html")
    assert paths[0].name.endswith("-summary.pdf")
    info = subprocess.run(["pdfinfo", str(paths[0])], capture_output=True, text=True, check=True).stdout
    assert re.search(r"Pages:\s+1\n", info)
    text = flat(pdf_text(paths[0]))
    assert "核心结论" in text and "主要指标对比" in text and "数据来源" in text and "1617" in text


def broken_folder(tmp_path: Path, body: str) -> Path:
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "brief.html").write_text(
        '{% extends "default:brief.html" %}\n{% block title_block %}\n' + body + "\n{% endblock %}\n", encoding="utf-8"
    )
    return folder


def test_typo_in_a_variable_names_file_line_and_nearest_name_and_writes_nothing(tmp_path):
    folder = broken_folder(tmp_path, "<h1>{{ titel }}</h1>")
    out = tmp_path / "out"
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(out))
    assert proc.returncode != 0
    assert "Traceback" not in proc.stderr
    assert "brief.html:3" in proc.stderr and "'titel'" in proc.stderr and "title" in proc.stderr.split("'titel'")[1]
    assert not out.exists() or not any(out.iterdir())


def test_syntax_error_names_file_and_line(tmp_path):
    folder = broken_folder(tmp_path, "<h1>{{ title }</h1>")
    proc = run_cli("templates", "check", str(folder))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "brief.html:3" in proc.stdout and "问题" in proc.stdout
    assert "通过  summary.html" in proc.stdout


def test_unknown_house_style_key_lists_the_known_ones(tmp_path):
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--set", "发文机关=某局", "-o", str(tmp_path / "o"))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr
    assert "发文机关" in proc.stderr and all(k in proc.stderr for k in VARIABLES)
    assert not (tmp_path / "o").exists()


def test_vars_file_with_an_unknown_key_is_refused(tmp_path):
    from reporter.config import ConfigError, load_settings

    (tmp_path / "v.yaml").write_text("发文单位: 某局\n签发人: 张三\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="签发人"):
        load_settings(vars_file=tmp_path / "v.yaml", cwd=tmp_path)


def test_settings_merge_config_then_vars_then_set(tmp_path):
    from reporter.config import load_settings

    (tmp_path / "reporter.yaml").write_text(
        "templates: mine\ntemplate: summary.html\nvariables:\n  发文单位: 甲局\n  密级: 内部\n", encoding="utf-8"
    )
    (tmp_path / "v.yaml").write_text("发文单位: 乙局\n作者: 某处\n", encoding="utf-8")
    settings = load_settings(vars_file=tmp_path / "v.yaml", sets=["作者=丙处"], cwd=tmp_path)
    assert settings.templates == (tmp_path / "mine").resolve()
    assert settings.template == "summary.html"
    assert settings.variables == {"发文单位": "乙局", "密级": "内部", "作者": "丙处"}


def test_templates_init_then_brief_as_the_readme_says(tmp_path):
    """README: `reporter templates init 我的模板` then `reporter brief ... --templates 我的模板`."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "reporter templates init 我的模板" in readme and "--templates 我的模板" in readme
    init = run_cli("templates", "init", "我的模板", cwd=tmp_path, check=True)
    assert "brief.html" in init.stdout and "house.css" in init.stdout
    listing = run_cli("templates", "list", "--templates", "我的模板", cwd=tmp_path, check=True)
    assert re.search(
        r"brief\.html\s+继承 default:brief\.html，覆盖的块 \(overrides\): title_block, extra_css", listing.stdout
    )
    run_cli(
        "brief", "-t", "西双版纳州", "-b", "松江区", "--templates", "我的模板", "--set", "发文单位=某某局",
        "-o", "out", cwd=tmp_path, check=True,
    )  # fmt: skip
    text = flat(pdf_text(tmp_path / "out" / "西双版纳州-对标-松江区.pdf"))
    assert text.startswith("某某局西双版纳州对标松江区")  # each house variable once: the built-in issuer line
    assert text.count("某某局") == 1 and "内部资料注意保存" in text  # and the starter's own line
    again = run_cli("templates", "init", "我的模板", cwd=tmp_path)
    assert again.returncode != 0 and "已存在" in again.stderr


def test_config_file_in_the_working_folder_sets_the_templates_folder(tmp_path):
    run_cli("templates", "init", "tpl", cwd=tmp_path, check=True)
    (tmp_path / "reporter.yaml").write_text("templates: tpl\nvariables:\n  发文单位: 配置局\n", encoding="utf-8")
    run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--format", "html", "-o", "out", cwd=tmp_path, check=True)
    html = (tmp_path / "out" / "西双版纳州-对标-松江区.html").read_text(encoding="utf-8")
    assert '<div class="issuer">配置局</div>' in html and "内部资料" in html


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def chromium(*args: str, profile: Path) -> None:
    assert CHROMIUM, "chromium is required (scripts/setup.sh installs it)"
    subprocess.run(
        [
            CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--no-first-run", f"--user-data-dir={profile}", *args,
        ],
        capture_output=True, check=True, timeout=120,
    )  # fmt: skip


def test_html_brief_renders_in_a_browser(default_brief, tmp_path):
    """Screen: a non-blank page. Print: A4 pages with the title and the table, as many as the PDF."""
    from PIL import Image

    url = default_brief["html"].resolve().as_uri()
    shot = tmp_path / "shot.png"
    chromium(f"--screenshot={shot}", "--window-size=1000,1400", url, profile=tmp_path / "profile")
    image = Image.open(shot).convert("L")
    dark = sum(image.histogram()[:100]) / (image.width * image.height)
    assert 0.005 < dark < 0.3, f"screenshot looks blank or broken: {dark:.3f} dark"
    printed = tmp_path / "print.pdf"
    chromium("--no-pdf-header-footer", f"--print-to-pdf={printed}", url, profile=tmp_path / "profile")
    info = subprocess.run(["pdfinfo", str(printed)], capture_output=True, text=True, check=True).stdout
    ours = subprocess.run(["pdfinfo", str(default_brief["pdf"])], capture_output=True, text=True, check=True).stdout
    assert "(A4)" in info
    pages = [int(re.search(r"Pages:\s+(\d+)", i).group(1)) for i in (info, ours)]
    assert abs(pages[0] - pages[1]) <= 1, pages
    text = flat(pdf_text(printed))
    assert "西双版纳州对标松江区找差距分析简报" in text and "指标" in text and "1617户" in text


def test_an_edited_template_is_compiled_afresh(corpus, tmp_path):
    """Compiled templates are cached on disk; an edit to the same file must still show."""
    from reporter.pipeline import make_brief

    folder = tmp_path / "tpl"
    folder.mkdir()
    page = folder / "brief.html"
    seen = []
    for word in ("第一稿", "第二稿"):
        page.write_text(f'{{% extends "default:brief.html" %}}{{% block title_block %}}{word}{{% endblock %}}', "utf-8")
        paths = make_brief(corpus, "西双版纳州", ["松江区"], tmp_path / word, ("html",), user_templates=folder)
        seen.append(paths[0].read_text(encoding="utf-8"))
    assert "第一稿" in seen[0] and "第二稿" not in seen[0]
    assert "第二稿" in seen[1] and "第一稿" not in seen[1]
    assert list((render.default_cache_dir() / "templates").iterdir())  # the cache was used


# ---------------------------------------------------------------- recipes of docs/templates.md


def recipes() -> dict[str, str]:
    """Title -> the template of every recipe in docs/templates.md, as a user would copy it."""
    part = DOCS.split("## 配方 (recipes)", 1)[1].split("\n## ", 1)[0]
    found = {}
    for chunk in part.split("\n### ")[1:]:
        found[chunk.splitlines()[0].strip()] = re.search(r"```jinja\n(.*?)```", chunk, re.S).group(1)
    return found


def tiny_png(path: Path) -> None:
    import matplotlib.image as mpimg
    import numpy as np

    path.parent.mkdir(parents=True, exist_ok=True)
    mpimg.imsave(path, np.tile(np.array([0.8, 0.1, 0.1]), (40, 120, 1)))


def page_texts(pdf: Path) -> list[str]:
    pages = int(re.search(r"Pages:\s+(\d+)", pdfinfo(pdf)).group(1))
    return [flat(subprocess.run(["pdftotext", "-f", str(n), "-l", str(n), str(pdf), "-"], capture_output=True,
                                text=True, check=True).stdout) for n in range(1, pages + 1)]  # fmt: skip


def pdfinfo(pdf: Path) -> str:
    return subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout


def has_colour(pdf: Path, rgb: tuple[int, int, int], tmp: Path) -> bool:
    import matplotlib.image as mpimg
    import numpy as np

    subprocess.run(["pdftoppm", "-png", "-r", "30", str(pdf), str(tmp / "page")], check=True)
    target = np.array(rgb) / 255
    for png in tmp.glob("page-*.png"):
        pixels = mpimg.imread(png)[:, :, :3]
        if (np.abs(pixels - target).max(axis=2) < 0.04).sum() > 20:
            return True
    return False


def check_logo(paths: dict[str, Path], tmp: Path) -> None:
    html = paths["html"].read_text(encoding="utf-8")
    assert '<img class="logo" src="data:image/png;base64,' in html  # shows wherever the HTML is opened
    images = subprocess.run(["pdfimages", "-list", str(paths["pdf"])], capture_output=True, text=True).stdout
    assert len(images.splitlines()) > 2, images  # header lines, then the logo


def check_fonts(paths: dict[str, Path], tmp: Path) -> None:
    fonts = subprocess.run(["pdffonts", str(paths["pdf"])], capture_output=True, text=True, check=True).stdout
    assert "本单位仿宋" in fonts, fonts  # the font file of the template folder, embedded


def check_margins(paths: dict[str, Path], tmp: Path) -> None:
    assert re.search(r"Page size:\s+841\.\d+ x 595\.\d+ pts", pdfinfo(paths["pdf"]))  # A4 landscape


def check_colours(paths: dict[str, Path], tmp: Path) -> None:
    assert has_colour(paths["pdf"], (255, 215, 0), tmp)  # the table headers
    assert "th { background: #ffd700; }" in paths["html"].read_text(encoding="utf-8")


def check_rename(paths: dict[str, Path], tmp: Path) -> None:
    text = "".join(page_texts(paths["pdf"]))
    assert "一、先进地区的经验做法" in text and "二、主要差距" in text and "三、下一步工作建议" in text
    assert "对标地区的做法与经验" not in text


def check_hide(paths: dict[str, Path], tmp: Path) -> None:
    text = "".join(page_texts(paths["pdf"]))
    assert "一、主要差距" in text and "二、对策建议" in text
    assert "对标地区的做法与经验" not in text and "可比指标总览" not in text


def check_page_break(paths: dict[str, Path], tmp: Path) -> None:
    pages = page_texts(paths["pdf"])
    assert any(p.startswith("附录一") for p in pages) and any(p.startswith("附录二") for p in pages)


RECIPE_CHECKS = {
    "加标志 (logo)": check_logo,
    "换字体 (fonts)": check_fonts,
    "页边距与纸张 (margins and page size)": check_margins,
    "颜色 (colours)": check_colours,
    "改节名 (rename a section)": check_rename,
    "隐藏一节 (hide a section)": check_hide,
    "附录另起一页 (page breaks)": check_page_break,
}


def test_every_recipe_in_the_docs_has_a_check():
    assert set(recipes()) == set(RECIPE_CHECKS)


@pytest.mark.parametrize("title", list(RECIPE_CHECKS))
def test_each_recipe_renders_as_the_docs_say(corpus, tmp_path, title):
    import matplotlib

    from reporter.pipeline import make_brief

    folder = tmp_path / "我的模板"
    folder.mkdir()
    (folder / "brief.html").write_text(recipes()[title], encoding="utf-8")
    tiny_png(folder / "logo.png")  # the files the recipes ask the user to put in the folder
    (folder / "fonts").mkdir()
    font = Path(matplotlib.get_data_path()) / "fonts" / "ttf" / "DejaVuSans.ttf"
    shutil.copy(font, folder / "fonts" / "本单位仿宋.ttf")
    paths = make_brief(corpus, "西双版纳州", ["松江区"], tmp_path / "out", user_templates=folder, warn=lambda _m: None)
    RECIPE_CHECKS[title]({p.suffix[1:]: p for p in paths}, tmp_path)


# ---------------------------------------------------------------- blocks, images, 红头


def test_an_unknown_block_is_an_error_naming_the_nearest_one(tmp_path):
    folder = tmp_path / "tpl"
    folder.mkdir()
    (folder / "brief.html").write_text(
        '{% extends "default:brief.html" %}\n{% block title_blok %}某局{% endblock %}\n', encoding="utf-8"
    )
    out = tmp_path / "out"
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(out))
    assert proc.returncode == 2 and "Traceback" not in proc.stderr  # bad input
    assert "'title_blok'" in proc.stderr and "最接近的块: title_block" in proc.stderr
    assert not out.exists() or not any(out.iterdir())
    check = run_cli("templates", "check", str(folder))
    assert check.returncode == 1 and "问题  brief.html" in check.stdout and "title_block" in check.stdout


def test_templates_list_shows_every_block_of_the_built_in_brief():
    listing = run_cli("templates", "list", check=True).stdout
    line = next(x for x in listing.splitlines() if x.strip().startswith("brief.html"))
    shown = set(line.split("块 (blocks):", 1)[1].replace(" ", "").split(","))
    built_in = set()
    for name in ("base.html", "brief.html"):
        built_in |= set(re.findall(r"{%-?\s*block\s+(\w+)", (TEMPLATES / name).read_text(encoding="utf-8")))
    assert shown == built_in


def test_a_missing_image_is_reported_as_missing_not_refused(tmp_path):
    folder = broken_folder(tmp_path, '<img src="nologo.png">{{ super() }}')
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(tmp_path / "o"))
    assert proc.returncode == 0, proc.stderr
    assert "不存在" in proc.stderr and "nologo.png" in proc.stderr and "拒绝" not in proc.stderr
    (folder / "brief.html").write_text(
        '{% extends "default:brief.html" %}{% block title_block %}<img src="{{ asset(\'nologo.png\') }}">'
        "{% endblock %}",
        encoding="utf-8",
    )
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--templates", str(folder), "-o", str(tmp_path / "p"))
    assert proc.returncode == 2 and "'nologo.png' 不存在" in proc.stderr
    assert not (tmp_path / "p").exists()


def test_the_redhead_style_renders_with_the_seed_corpus(tmp_path):
    sets = {"发文单位": "某某州发展和改革委员会", "期号": "第3期", "编印单位": "州发展改革委办公室",
            "报送": "州委、州政府领导", "分送": "各县（市）发展改革局"}  # fmt: skip
    args = [a for k, v in sets.items() for a in ("--set", f"{k}={v}")]
    proc = run_cli("brief", "-t", "西双版纳州", "-b", "松江区", "--template", "红头", *args, "-o", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    pdf = tmp_path / "西双版纳州-对标-松江区-redhead.pdf"
    pages = page_texts(pdf)
    assert pages[0].startswith("某某州发展和改革委员会简报第3期州发展改革委办公室")
    assert pages[0].index("第3期") < pages[0].index("西双版纳州对标松江区找差距分析简报") < pages[0].index("核心结论")
    assert pages[-1].endswith(
        "报：州委、州政府领导送：各县（市）发展改革局州发展改革委办公室" + date_printed(pages[-1])
    )
    text = "".join(pages)
    for value in sets.values():
        assert text.count(value) == (2 if value == sets["编印单位"] else 1), value  # 编印单位: 期号 line and 印发
    assert has_colour(pdf, (230, 0, 18), tmp_path)  # the red masthead and rule


def date_printed(text: str) -> str:
    return re.search(r"\d{4}年\d{1,2}月\d{1,2}日印发$", text).group(0)


def test_the_house_style_can_be_chosen_by_a_variable(tmp_path):
    from reporter.config import load_settings

    (tmp_path / "v.yaml").write_text("版式: 红头\n发文单位: 某局\n", encoding="utf-8")
    settings = load_settings(vars_file=tmp_path / "v.yaml", cwd=tmp_path)
    assert settings.template == "红头" and settings.variables == {"发文单位": "某局"}
    assert load_settings(vars_file=tmp_path / "v.yaml", template="summary.html", cwd=tmp_path).template == (
        "summary.html"
    )


def test_a_template_written_before_goals_were_renamed_still_reads_targets(tmp_path):
    """Goal rows are `goals`; `targets`, their old name, still works in a user's template."""
    from reporter import compare, context
    from reporter.pipeline import load_corpus

    (tmp_path / "a.txt").write_text(
        "如东县地区生产总值达到1200亿元。如东县力争到2025年地区生产总值达到1500亿元。\n"
        "上虞区地区生产总值达到1400亿元。\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path / "a.txt")
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "old.html").write_text(
        "<html>{% for row in targets %}[{{ row.label }}]{% endfor %}|"
        "{% for row in goals %}[{{ row.label }}]{% endfor %}</html>",
        encoding="utf-8",
    )
    target = compare.resolve_region(corpus, "如东县")
    comparison = compare.compare(corpus, target, [compare.resolve_region(corpus, "上虞区")])
    assert [r.label for r in comparison.goals] == ["地区生产总值"]
    html = render.render_html(context.build_context(corpus, comparison), "old.html", folder)
    old, new = html[html.index("<html>") + 6 : html.index("</html>")].split("|")
    assert old == new == "".join(f"[{r.label}]" for r in comparison.goals)
