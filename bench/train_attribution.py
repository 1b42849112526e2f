"""Train the attribution model (reporter/attribution.py) on the dev corpus and measure it.

usage: python bench/train_attribution.py [--margin M] [--folds K] [--write]

Extracts the dev corpus once with the rules alone, recording for every number whose clause
names no region (basis carried/home) the candidate regions and their features. A candidate is
right when it is the gold region of the document's gold fact with the same number (value and
unit, as bench/diagnose.py matches them); numbers without one such gold region are left out.
A logistic regression scores each candidate. Out of fold (documents grouped, so no document is
scored by a model trained on it) it prints the dev F1 and attribution of the rules alone and of
the rules with the model at several margins. --write trains on all of dev and writes
reporter/data/attribution_model.json with the chosen --margin. Needs scikit-learn
(pip install -e '.[train]'). The test corpus is never read here: measure it with bench/accuracy.py.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import tempfile
from pathlib import Path

from accuracy import CORPORA, ROOT, load_scorer
from diagnose import same_number

MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
OUT = ROOT / "reporter" / "data" / "attribution_model.json"


def fact_id(key: str) -> str:
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def extract_with_records(texts: Path):
    """The rules' corpus and the decisions recorded while extracting it: (Number, candidates, regions)."""
    from reporter import attribution
    from reporter.pipeline import load_corpus

    attribution.active, attribution.recorder = (lambda: None), []
    try:
        corpus = load_corpus([texts], cache=False)
        return corpus, attribution.recorder
    finally:
        attribution.active, attribution.recorder = attribution.shipped_model, None


def labelled(scorer, corpus, records, gold_dir: Path) -> list[dict]:
    """One item per recorded decision whose fact was kept: its doc, fact id, candidates and
    the gold region (None when the gold has no single region for that number)."""
    amap = scorer.alias_map(scorer.load_csv(gold_dir / "regions.csv"))
    gold: dict[str, list[dict]] = {}
    for g in scorer.load_csv(gold_dir / "facts.csv"):
        gold.setdefault(g["doc"], []).append(g)
    facts = {f.id: f for f in corpus.facts.itertuples()}
    docs = {d.id: d.name for d in corpus.documents.values()}
    regions = corpus.regions
    items = []
    for number, options in records:
        fid = fact_id(number.key)
        fact = facts.get(fid)
        if fact is None:
            continue
        doc = docs[number.key.split(":")[0]]
        p = {"value": fact.value, "unit": fact.unit}
        truth = {g["region"] for g in gold.get(doc, []) if same_number(scorer, p, g)}
        names = {}
        for rid in options:
            region = regions.get(rid) or regions.get(f"{rid}:{number.key.split(':')[0][:12]}")
            names[rid] = (
                (scorer.resolve(region.name, amap) or scorer.resolve(region.full_name, amap)) if region else None
            )
        items.append(
            {
                "doc": doc,
                "fact": fid,
                "rule": number.rule,
                "options": options,
                "names": names,
                "truth": next(iter(truth)) if len(truth) == 1 else None,
            }
        )
    return items


def trainable(items: list[dict]) -> list[dict]:
    return [it for it in items if it["truth"] and it["truth"] in it["names"].values()]


def logistic(rows: list[dict], ys: list[int], c: float) -> dict:
    """A logistic regression over named features, as the shipped models store it: feature
    names, weights and bias (also used by bench/train_home.py)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer(sparse=False)
    x = vec.fit_transform(rows)
    model = LogisticRegression(C=c, max_iter=5000).fit(x, ys)
    return {
        "features": list(vec.get_feature_names_out()),
        "weights": [round(float(w), 6) for w in model.coef_[0]],
        "bias": round(float(model.intercept_[0]), 6),
    }


def fit(items: list[dict], c: float):
    rows, ys = [], []
    for it in trainable(items):
        for rid, f in it["options"].items():
            rows.append(f)
            ys.append(int(it["names"][rid] == it["truth"]))
    return logistic(rows, ys, c)


def choices(items: list[dict], data: dict, margin: float) -> dict[str, str]:
    """fact id -> region id the model gives it, where that is not the rules' pick."""
    from reporter.attribution import model_from

    model = model_from({**data, "margin": margin})
    out = {}
    for it in items:
        scores = {rid: model.score(f) for rid, f in it["options"].items()}
        best = max(scores, key=lambda rid: scores[rid])
        if best != it["rule"] and scores[best] > scores[it["rule"]] + margin:
            out[it["fact"]] = best
    return out


def score_with(scorer, corpus, gold_dir: Path, moved: dict[str, str]) -> dict:
    """F1 and attribution of the corpus's facts with some moved to other regions."""
    from reporter.corpus import facts_table

    table = facts_table(corpus).copy()
    ids = list(corpus.facts["id"])
    for k, fid in enumerate(ids):
        rid = moved.get(fid)
        if rid is None:
            continue
        doc_key = corpus.facts["doc_id"].iloc[k][:12]
        region = corpus.regions.get(rid) or corpus.regions.get(f"{rid}:{doc_key}")
        table.iloc[k, table.columns.get_loc("region")] = region.name
        table.iloc[k, table.columns.get_loc("full_name")] = region.full_name
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.csv"
        table.to_csv(path, index=False, quoting=csv.QUOTE_MINIMAL)
        return scorer.score(str(gold_dir), str(path))


def out_of_fold(items: list[dict], folds: int, c: float) -> list[tuple[list[dict], dict]]:
    """(held-out items, model trained without their documents) for each fold."""
    from sklearn.model_selection import GroupKFold

    groups = [it["doc"] for it in items]
    out = []
    for train, held in GroupKFold(n_splits=folds).split(items, groups=groups):
        out.append(([items[k] for k in held], fit([items[k] for k in train], c)))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--margin", type=float, default=0.5, help="log-odds margin written with --write")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    parser.add_argument("--write", action="store_true", help=f"train on all of dev, write {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    scorer = load_scorer()
    dev = CORPORA["dev"]
    corpus, records = extract_with_records(dev.texts)
    items = labelled(scorer, corpus, records, dev.gold)
    usable = trainable(items)
    rule_right = sum(it["names"][it["rule"]] == it["truth"] for it in usable)
    print(f"decisions {len(items)}, with one gold region among the candidates {len(usable)}, rules right {rule_right}")
    base = score_with(scorer, corpus, dev.gold, {})
    print(f"rules only: F1 {base['f1']} attribution {base['attribution']}")
    folds = out_of_fold(items, args.folds, args.c)
    for margin in MARGINS:
        moved: dict[str, str] = {}
        for held, data in folds:
            moved |= choices(held, data, margin)
        res = score_with(scorer, corpus, dev.gold, moved)
        by_item = {it["fact"]: it for it in usable}
        fixed = sum(by_item[f]["names"][r] == by_item[f]["truth"] for f, r in moved.items() if f in by_item)
        broken = sum(by_item[f]["names"][by_item[f]["rule"]] == by_item[f]["truth"] for f in moved if f in by_item)
        print(
            f"margin {margin}: moved {len(moved)} (fixed {fixed}, broke {broken}) "
            f"F1 {res['f1']} attribution {res['attribution']}"
        )
    if args.write:
        from reporter import attribution

        data = fit(items, args.c)
        stamp = {"margin": args.margin, "trained_on": attribution.labels_fingerprint(dev.gold)}
        OUT.write_text(json.dumps({**data, **stamp}, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
