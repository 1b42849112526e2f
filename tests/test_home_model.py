"""The home-region model's second opinion where the rules' home rests on weak cues (invented pages)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reporter import attribution, home_model, regions
from reporter.models import Document

pytestmark = pytest.mark.fast

# A ranking of cities: the rules make the city named most (and first) the story's place.
RANKING = (
    "中国城市创新能力排名发布\n深圳市位列第一,得分92.5分;杭州市第二,得分88.1分;苏州市第三,得分85.6分;"
    "南京市第四,得分84.2分;成都市第五,得分80.3分;武汉市第六,得分79.9分;西安市第七,得分78.4分。"
    "深圳市已连续三年位居首位。\n"
)
# A ranking of zones, each with its revenue.
ZONES = (
    "国家高新区综合排名出炉\n在最新一期评价中,中关村科技园区位居第一,营业收入8万亿元;深圳高新区位居第二,"
    "营业收入2.6万亿元;上海张江高新区位居第三,营业收入2.1万亿元;西安高新区第四,营业收入1.9万亿元;"
    "武汉东湖高新区第五,营业收入1.8万亿元;杭州高新区第六,营业收入1.2万亿元;苏州工业园区第七,"
    "营业收入1.1万亿元。中关村科技园区已连续多年排名首位。\n"
)
# A county's story, named again and again beside its city once.
STORY = (
    "临澧县工业经济稳中有进\n今年以来,临澧县坚持工业强县战略,临澧县规模以上工业增加值增长7.7%,"
    "高于常德市平均水平1.6个百分点。临澧县新增规上企业15家,固定资产投资增长9.6%。\n"
)
# A model whose ranker wants the place named last and whose gate always gives a home.
LAST_NAMED = home_model.Model(
    home_model.Linear(("first_position",), (50.0,), 0.0), home_model.Linear((), (), 10.0), 0.5, frozenset({"subject"})
)
# A model that never gives a home, for whatever basis.
NEVER = home_model.Model(
    home_model.Linear((), (), 0.0), home_model.Linear((), (), -10.0), 0.5, frozenset({"issuer", "first_person"})
)


def make_doc(body: str) -> Document:
    return Document(id="t", name="t.txt", path="t.txt", title="", date="2024-06-30", source="", body=body)


def homes(body: str, model: home_model.Model | None, monkeypatch) -> tuple[list[str], tuple[str, ...]]:
    monkeypatch.setattr(home_model, "active", lambda: model)
    doc_regions, _refs = regions.analyse(make_doc(body))
    found = [doc_regions.regions[rid].name for rid, role in doc_regions.roles.items() if role == "home"]
    return found, doc_regions.warnings


def test_without_a_model_the_rules_make_the_top_of_a_ranking_its_home(monkeypatch):
    assert homes(RANKING, None, monkeypatch)[0] == ["深圳市"]
    assert homes(ZONES, None, monkeypatch)[0] != []


def test_the_shipped_model_gives_a_ranking_page_no_home(monkeypatch):
    assert homes(RANKING, home_model.shipped_model(), monkeypatch)[0] == []
    assert homes(ZONES, home_model.shipped_model(), monkeypatch)[0] == []


def test_the_shipped_model_keeps_a_county_story_its_county(monkeypatch):
    found, warnings = homes(STORY, home_model.shipped_model(), monkeypatch)
    assert found == ["临澧县"]
    assert not any(regions.GUESSED_HOME_NOTE in w for w in warnings)  # the rules' home, not inferred


def test_a_home_the_model_gives_is_reported_as_inferred(monkeypatch):
    found, warnings = homes(RANKING, LAST_NAMED, monkeypatch)
    assert found == ["西安市"]
    assert any(regions.GUESSED_HOME_NOTE in w and "西安市" in w for w in warnings)


def test_a_home_on_a_strong_cue_is_never_reconsidered(monkeypatch):
    body = "我县经济稳中有进\n今年以来,我们临澧县规模以上工业增加值增长7.7%。临澧县新增规上企业15家。\n"
    assert homes(body, None, monkeypatch)[0] == ["临澧县"]
    assert homes(body, NEVER, monkeypatch)[0] == ["临澧县"]


def test_the_shipped_model_knows_every_feature_it_is_given():
    model = home_model.shipped_model()
    assert model is not None and model.bases
    records: list = []
    home_model.recorder = records
    try:
        regions.analyse(make_doc(RANKING))
    finally:
        home_model.recorder = None
    options = records[-1]["options"]
    for features in options.values():
        assert set(features) <= set(model.ranker.names) | {f"rule_{records[-1]['basis']}"}


def test_the_shipped_model_was_trained_on_todays_dev_labels():
    # New or corrected dev labels change what the model should learn: retrain with `make train`.
    stamp = json.loads((Path(home_model.__file__).parent / "data" / home_model.MODEL_FILE).read_text("utf-8"))
    dev = Path(__file__).parent / "corpus" / "dev"
    assert stamp.get("trained_on") == attribution.labels_fingerprint(dev), "dev labels changed: run `make train`"
