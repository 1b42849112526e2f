"""The attribution model's second opinion on numbers whose clause names no region (invented sentences)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reporter import attribution, regions
from reporter.extract import Subjects, extract_document
from reporter.models import BASIS_NOTES, Document

pytestmark = pytest.mark.fast

# The clause of 120家 names no region: the rules carry 松江区 from the sentence before.
CARRIED = "松江区经济发展较快。全年新增企业120家,超过嘉定区。\n"
# A model that wants the region the sentence names after the number.
AFTER = attribution.Model(("after",), (5.0,), 0.0, 1.0)


def make_doc(body: str) -> Document:
    return Document(id="t", name="t.txt", path="t.txt", title="", date="2024-06-30", source="", body=body)


def owners(body: str, model: attribution.Model | None, monkeypatch) -> list[tuple[str, str, str]]:
    monkeypatch.setattr(attribution, "active", lambda: model)
    return [(f.raw, f.region, f.basis) for f in extract_document(make_doc(body)).facts]


def test_without_a_model_the_rules_stand(monkeypatch):
    assert owners(CARRIED, None, monkeypatch) == [("120家", "松江区", "carried")]


def test_a_model_that_clearly_prefers_another_region_moves_the_number(monkeypatch):
    assert owners(CARRIED, AFTER, monkeypatch) == [("120家", "嘉定区", "model")]
    assert BASIS_NOTES["model"]  # a brief says the region was inferred


def test_a_preference_within_the_margin_leaves_the_rules_pick(monkeypatch):
    timid = attribution.Model(AFTER.names, AFTER.weights, AFTER.bias, 10.0)
    assert owners(CARRIED, timid, monkeypatch) == [("120家", "松江区", "carried")]


def test_a_number_its_clause_names_is_never_reconsidered(monkeypatch):
    body = "松江区经济发展较快。嘉定区全年新增企业120家,超过松江区。\n"
    assert owners(body, attribution.Model(("after",), (50.0,), 0.0, 0.0), monkeypatch) == [
        ("120家", "嘉定区", "clause")
    ]


def test_candidates_are_the_rules_pick_the_home_and_the_regions_named_nearby():
    body = "我区位于松江区以东。全年新增企业120家,超过嘉定区。\n另起一段提到青浦区。\n"
    doc = make_doc(body)
    doc_regions, refs = regions.analyse(doc)
    ids = {r.name: rid for rid, r in doc_regions.regions.items()}
    context = Subjects(refs, doc_regions, body).context
    at = body.index("120")
    number = attribution.Number("k", at, body.index("全年"), ids["松江区"], "carried", False, False)
    found = context.candidates(number)
    assert ids["嘉定区"] in found and ids["松江区"] in found
    assert ids["青浦区"] not in found  # named in another paragraph
    assert found[ids["嘉定区"]]["after"] == 1.0 and "before" not in found[ids["嘉定区"]]
    assert found[ids["松江区"]]["rule"] == 1.0 and found[ids["松江区"]]["before"] == 1.0


def test_the_shipped_model_knows_every_feature_it_is_given():
    model = attribution.shipped_model()
    assert model is not None and len(model.names) == len(model.weights)
    doc = make_doc(CARRIED)
    doc_regions, refs = regions.analyse(doc)
    context = Subjects(refs, doc_regions, CARRIED).context
    rule = next(rid for rid, r in doc_regions.regions.items() if r.name == "松江区")
    number = attribution.Number("k", CARRIED.index("120"), CARRIED.index("全年"), rule, "carried", False, False)
    for features in context.candidates(number).values():
        assert set(features) <= set(model.names)


def test_the_shipped_model_was_trained_on_todays_dev_labels():
    # New or corrected dev labels change what the model should learn: retrain with `make train`.
    stamp = json.loads((Path(attribution.__file__).parent / "data" / attribution.MODEL_FILE).read_text("utf-8"))
    dev = Path(__file__).parent / "corpus" / "dev"
    assert stamp.get("trained_on") == attribution.labels_fingerprint(dev), "dev labels changed: run `make train`"


def test_a_name_its_clause_passes_over_as_no_subject_is_no_candidate(monkeypatch):
    # 江苏省 only names the set the zone is ranked in: the rules carry 我区, and a model that wants
    # the region named just before the number in its clause may not take it.
    body = "我区工业发展较快。全年在江苏省131家开发区中排名第15位。\n"
    wants_before = attribution.Model(("before_same_clause",), (50.0,), 0.0, 0.0)
    assert [region for _, region, _ in owners(body, wants_before, monkeypatch)] == ["我区"]
