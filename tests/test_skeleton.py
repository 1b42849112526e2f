"""The walking skeleton as a user meets it: the CLI, the default brief, its PDF."""

from __future__ import annotations

import csv
import io
import subprocess

from conftest import GOLD, SEEDS, pdf_text, run_cli


def test_default_brief_pdf_has_title_and_both_numbers(default_brief):
    text = pdf_text(default_brief["pdf"])
    assert "西双版纳州对标松江区找差距分析简报" in text.replace(" ", "")
    assert "126" in text and "1617" in text
    assert "数据来源" in text


def test_default_brief_embeds_cjk_subset_fonts(default_brief):
    fonts = subprocess.run(["pdffonts", str(default_brief["pdf"])], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert any("CJK" in row[0] for row in rows), fonts
    for row in rows:
        name, emb, sub = row[0], row[-5], row[-4]
        assert "+" in name and emb == "yes" and sub == "yes", f"font not embedded as subset: {row}"


def test_no_glyph_is_missing(default_brief):
    """Every character of the PDF's text is covered by the fonts the brief uses."""
    from fontTools.ttLib import TTCollection

    covered: set[int] = set()
    for path in font_files("Noto Serif CJK SC") + font_files("Noto Sans CJK SC") + font_files("DejaVu Sans"):
        fonts = (
            TTCollection(path).fonts if path.endswith(".ttc") else [__import__("fontTools.ttLib").ttLib.TTFont(path)]
        )
        for font in fonts:
            covered.update(font.getBestCmap())
    text = pdf_text(default_brief["pdf"])
    missing = {ch for ch in text if not ch.isspace() and ord(ch) not in covered}
    assert not missing, f"characters without a glyph: {sorted(missing)}"
    html = default_brief["html"].read_text(encoding="utf-8")
    assert "松江区" in html and "126" in html


def font_files(family: str) -> list[str]:
    out = subprocess.run(["fc-list", f":family={family}", "file"], capture_output=True, text=True, check=True)
    return sorted({line.split(":")[0] for line in out.stdout.splitlines() if line.strip()})


def test_fast_font_subsetting_is_available():
    """Without libharfbuzz-subset0 WeasyPrint silently subsets fonts 30x slower."""
    from weasyprint.text.ffi import harfbuzz_subset

    assert harfbuzz_subset is not None


def test_extract_csv_has_the_contract_columns():
    proc = run_cli("extract", str(SEEDS), "--format", "csv", check=True)
    rows = list(csv.DictReader(io.StringIO(proc.stdout)))
    gold_columns = next(csv.reader(io.StringIO((GOLD / "facts.csv").read_text(encoding="utf-8"))))
    assert set(gold_columns) | {"full_name"} <= set(rows[0])
    assert {r["doc"] for r in rows} == {p.name for p in SEEDS.iterdir()}
    assert any(r["region"] == "松江区" and r["value"] == "1617.0" and r["unit"] == "户" for r in rows)


def test_extract_json_holds_profiles():
    import json

    proc = run_cli("extract", str(SEEDS / "000_0390dfee1e072804.txt"), "--format", "json", check=True)
    data = json.loads(proc.stdout)["regions"]
    assert data["松江区"]["full_name"] == "上海市松江区"
    assert any(f["value"] == 126 for f in data["西双版纳州"]["facts"])


def test_unknown_region_lists_nearest_and_exits_2():
    proc = run_cli("brief", "--target", "西双版纳洲", "--benchmark", "松江区", "--format", "html", "-o", "/tmp/x")
    assert proc.returncode == 2
    assert "西双版纳" in proc.stderr and "Traceback" not in proc.stderr


def test_short_and_full_region_names_resolve_to_one_region(corpus):
    from reporter.compare import resolve_region

    for names in (("西双版纳", "西双版纳州", "西双版纳傣族自治州"), ("松江", "松江区", "上海市松江区")):
        ids = {resolve_region(corpus, n).id for n in names}
        assert len(ids) == 1, names


def test_regions_command_lists_levels_parents_roles():
    proc = run_cli("regions", str(SEEDS), "--format", "csv", check=True)
    rows = {r["region"]: r for r in csv.DictReader(io.StringIO(proc.stdout))}
    assert rows["松江区"]["level"] == "county" and rows["松江区"]["parent"] == "上海市"
    assert "000_0390dfee1e072804.txt:home" in rows["西双版纳州"]["roles"]
    assert int(rows["西双版纳州"]["facts"]) >= 5
