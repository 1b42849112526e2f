"""Train the home-region model (reporter/home_model.py) on the dev corpus and measure it.

usage: python bench/train_home.py [--bases B,B] [--threshold T] [--folds K] [--c C] [--write] [--full]

Extracts the dev corpus once with the rules alone, recording for every document the basis of the
rules' home (the step of regions.find_home that gave it) and the features of every region it
names. A candidate is right when it is one of the document's gold homes (regions.csv, doc:home);
a document may have none. It prints, for each basis, how many documents the rules get right, then
out of fold (a document is never decided by a model trained on it) the homes right at several
thresholds for the bases given. With --full it extracts dev again with the out-of-fold decisions
of --threshold and prints F1, attribution and homes as bench/accuracy.py counts them. --write trains
on all of dev and writes reporter/data/home_model.json with --threshold and --bases. Needs
scikit-learn (pip install -e '.[train]'). The test corpus is never read here: measure it with
bench/accuracy.py.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from collections import Counter
from pathlib import Path

from accuracy import CORPORA, ROOT, load_scorer, region_checks
from train_attribution import logistic

THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6, 0.7)
# The steps of the cascade the model reconsiders: the place a story is about (story_subject) and the
# one place a title names (title_subject), the weak cues that dev's ranking and comparison pages
# given a home they do not have rest on (see regions.find_home).
BASES = "subject,title_subject"
OUT = ROOT / "reporter" / "data" / "home_model.json"


def extract(texts: Path, decided: dict[str, str] | None = None, record: bool = False):
    """The corpus extracted with the home decisions given (none: the rules alone), and the records."""
    from reporter import home_model
    from reporter.pipeline import load_corpus

    home_model.active, home_model.decided = (lambda: None), decided
    home_model.recorder = [] if record else None
    try:
        return load_corpus([texts], cache=False), home_model.recorder
    finally:
        home_model.active, home_model.recorder, home_model.decided = home_model.shipped_model, None, None


def gold_homes(scorer, gold: Path) -> tuple[dict[str, set[str]], dict]:
    rows = scorer.load_csv(gold / "regions.csv")
    homes: dict[str, set[str]] = {}
    for g in rows:
        for item in filter(None, g["docs_roles"].split("|")):
            doc, _, role = item.partition(":")
            if role == "home":
                homes.setdefault(doc, set()).add(g["region"])
    return homes, scorer.alias_map(rows)


def labelled(scorer, records: list[dict], gold: Path) -> list[dict]:
    """Each record with the gold name of every candidate and the document's gold homes."""
    homes, amap = gold_homes(scorer, gold)
    for rec in records:
        rec["gold"] = homes.get(rec["doc"], set())
        rec["resolved"] = {
            rid: scorer.resolve(name, amap) or scorer.resolve(full, amap) for rid, (name, full) in rec["names"].items()
        }
    return records


def right(rec: dict, choice: str | None) -> bool:
    if not choice:
        return not rec["gold"]
    return rec["resolved"].get(choice) in rec["gold"]


def fit(records: list[dict], bases: set[str], c: float, c_gate: float) -> dict:
    """The ranker, trained on the candidates of every document whose gold home is among them, and
    the gate, trained on the documents of `bases` (has the page a home?) with the ranker's best."""
    from reporter.home_model import ALONE_MARGIN, gate_features, linear_from

    rows, ys = [], []
    for rec in records:
        if any(name in rec["gold"] for name in rec["resolved"].values()):
            for rid, f in rec["options"].items():
                rows.append(f)
                ys.append(int(rec["resolved"].get(rid) in rec["gold"]))
    ranker = logistic(rows, ys, c)
    scorer = linear_from(ranker)
    rows, ys = [], []
    for rec in records:
        if rec["basis"] not in bases or not rec["options"]:
            continue
        scores = {rid: scorer.score(f) for rid, f in rec["options"].items()}
        ranked = sorted(scores, key=lambda rid: -scores[rid])
        top = ranked[0]
        margin = scores[top] - scores[ranked[1]] if len(ranked) > 1 else ALONE_MARGIN
        rows.append(gate_features(rec["options"], top, scores[top], margin, rec["basis"], rec["home"]))
        ys.append(int(bool(rec["gold"])))
    return {"ranker": ranker, "gate": logistic(rows, ys, c_gate)}


def out_of_fold(
    records: list[dict], folds: int, c: float, c_gate: float, bases: set[str], seed: int
) -> dict[str, dict]:
    """Document -> the model trained without it (its fold's)."""
    from sklearn.model_selection import KFold

    out = {}
    docs = sorted({r["doc"] for r in records})
    for train, held in KFold(n_splits=folds, shuffle=True, random_state=seed).split(docs):
        train_docs = {docs[k] for k in train}
        data = fit([r for r in records if r["doc"] in train_docs], bases, c, c_gate)
        for k in held:
            out[docs[k]] = data
    return out


def decisions(records: list[dict], models: dict[str, dict], threshold: float, bases: set[str]) -> dict[str, str]:
    """Document -> the home the model gives it (NONE for none), for the documents of `bases`."""
    from reporter.home_model import model_from

    out = {}
    for rec in records:
        if rec["basis"] in bases:
            model = model_from({**models[rec["doc"]], "threshold": threshold, "bases": sorted(bases)})
            out[rec["doc"]] = model.decide(rec["options"], rec["basis"], rec["home"])
    return out


def scores(scorer, corpus, gold: Path) -> dict:
    from reporter.corpus import facts_table, regions_table

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "facts.csv"
        facts_table(corpus).to_csv(path, index=False, quoting=csv.QUOTE_MINIMAL)
        res = scorer.score(str(gold), str(path))
    table = [
        {k: "" if v is None else str(v) for k, v in row.items()} for row in regions_table(corpus).to_dict("records")
    ]
    docs = {d.name for d in corpus.documents.values()}
    homes = region_checks(scorer, gold, table, docs)["homes"]
    return {"f1": res["f1"], "attribution": res["attribution"], "homes": f"{homes[0]}/{homes[1]}"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bases", default=BASES, help="comma-separated bases the model reconsiders")
    parser.add_argument("--threshold", type=float, default=0.3, help="probability written with --write")
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--c", type=float, default=1.0, help="the ranker's inverse regularisation strength")
    parser.add_argument("--c-gate", type=float, default=1.0, help="the gate's inverse regularisation strength")
    parser.add_argument("--seed", type=int, default=0, help="how the documents are dealt into folds")
    parser.add_argument("--full", action="store_true", help="extract dev again with the out-of-fold decisions")
    parser.add_argument("--show", action="store_true", help="list the documents the model changes")
    parser.add_argument("--write", action="store_true", help=f"train on all of dev, write {OUT.relative_to(ROOT)}")
    args = parser.parse_args()
    bases = set(args.bases.split(","))
    scorer = load_scorer()
    dev = CORPORA["dev"]
    corpus, records = extract(dev.texts, record=True)
    records = labelled(scorer, records, dev.gold)
    by_basis: Counter = Counter()
    ok_basis: Counter = Counter()
    for rec in records:
        by_basis[rec["basis"]] += 1
        ok_basis[rec["basis"]] += right(rec, rec["home"])
    print("basis: documents, rules right (* reconsidered)")
    for basis, n in by_basis.most_common():
        print(f"  {basis}{' *' if basis in bases else ''}: {n}, {ok_basis[basis]}")
    mine = [r for r in records if r["basis"] in bases]
    base_ok = sum(right(r, r["home"]) for r in mine)
    reachable = sum(1 for r in mine if not r["gold"] or any(g in r["gold"] for g in r["resolved"].values()))
    print(f"reconsidered {len(mine)} documents: rules right {base_ok}, a right answer among the candidates {reachable}")
    models = out_of_fold(records, args.folds, args.c, args.c_gate, bases, args.seed)
    for t in THRESHOLDS:
        chosen = decisions(records, models, t, bases)
        ok = sum(right(r, chosen[r["doc"]]) for r in mine)
        fixed = sum(right(r, chosen[r["doc"]]) and not right(r, r["home"]) for r in mine)
        broke = sum(not right(r, chosen[r["doc"]]) and right(r, r["home"]) for r in mine)
        print(f"threshold {t}: right {ok} (fixed {fixed}, broke {broke})")
        if args.show and t == args.threshold:
            for r in mine:
                if (chosen[r["doc"]] or None) != r["home"]:
                    new = chosen[r["doc"]]
                    print(
                        f"    {r['doc']} {r['basis']}: {r['names'].get(r['home'], ('-',))[0]} -> "
                        f"{r['names'][new][0] if new else '-'} gold {sorted(r['gold'])}"
                        f" {'fixed' if right(r, new) else 'broke' if right(r, r['home']) else 'still wrong'}"
                    )
    if args.full:
        print(f"rules only: {scores(scorer, corpus, dev.gold)}")
        chosen = decisions(records, models, args.threshold, bases)
        moved, _ = extract(dev.texts, decided=chosen)
        print(f"out of fold, threshold {args.threshold}: {scores(scorer, moved, dev.gold)}")
    if args.write:
        from reporter import attribution

        data = fit(records, bases, args.c, args.c_gate)
        stamp = {
            "threshold": args.threshold,
            "bases": sorted(bases),
            "trained_on": attribution.labels_fingerprint(dev.gold),
        }
        OUT.write_text(json.dumps({**data, **stamp}, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
