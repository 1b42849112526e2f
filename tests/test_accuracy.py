"""Extraction accuracy against the hand-made gold of the seed corpus.

The floors only go up: raise them when the extractor improves.
"""

from __future__ import annotations

import importlib.util

from conftest import GOLD, SEEDS, run_cli

F1_FLOOR = 0.80
KIND_FLOOR = 0.90


def score(tmp_path) -> dict:
    out = tmp_path / "facts.csv"
    run_cli("extract", str(SEEDS), "--format", "csv", "-o", str(out), check=True)
    spec = importlib.util.spec_from_file_location("gold_score", GOLD / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.score(str(GOLD), str(out))


def test_seed_fact_f1_and_kind_accuracy(tmp_path):
    result = score(tmp_path)
    assert result["f1"] >= F1_FLOOR, result
    assert result["kind_acc"] >= KIND_FLOOR, result
