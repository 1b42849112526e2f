#!/usr/bin/env python3
"""Score a facts table produced by the project against a hand-made gold set.

usage: score.py GOLD_DIR PRED_CSV [--json]

GOLD_DIR holds facts.csv and regions.csv (format: shared/gold/README.md).
PRED_CSV needs columns doc, region, value, unit; indicator and kind are scored
when present. A predicted fact matches a gold fact of the same doc when the
region resolves to the same gold region (through names and aliases), the units
are of one class and the values agree after unit normalisation. Matching is
one-to-one.
"""

import csv
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

MONEY = {"元": 1e-8, "万元": 1e-4, "亿元": 1.0, "万亿元": 1e4}
COUNT = {"户": 1, "家": 1, "个": 1, "项": 1, "位": 1, "名": 1, "条": 1, "座": 1}
AREA = {"平方公里": 1.0, "平方千米": 1.0, "km2": 1.0}


def unit_key(unit, value):
    u = (unit or "").strip()
    if u in MONEY:
        return "money", value * MONEY[u]
    if u in ("%", "％", "percent"):
        return "%", value
    if u in ("个百分点", "百分点", "pp"):
        return "pp", value
    if u in COUNT:
        return "count", value
    if u in AREA:
        return "area", value
    return u, value


def close(a, b):
    return math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def load_csv(path):
    with open(path, newline="", encoding="utf-8-sig") as f:
        return list(csv.DictReader(f))


def alias_map(regions):
    m = {}
    for r in regions:
        names = {r["region"], r.get("full_name", "")}
        names |= set((r.get("aliases") or "").split("|"))
        for n in names:
            n = n.strip()
            if n and n not in ("全州", "我州", "全县", "我县", "全区", "我区", "全镇", "我市", "全市", "我们"):
                m.setdefault(n, r["region"])
    return m


def resolve(name, amap):
    name = (name or "").strip()
    if name in amap:
        return amap[name]
    # a full name that ends with a known name ("上海市松江区" -> "松江区")
    best = None
    for n, canon in amap.items():
        if len(n) >= 2 and (name.endswith(n) or n.endswith(name) and len(name) >= 2):
            if best is None or len(n) > len(best[0]):
                best = (n, canon)
    return best[1] if best else None


def score(gold_dir, pred_path):
    gold = load_csv(Path(gold_dir) / "facts.csv")
    regions = load_csv(Path(gold_dir) / "regions.csv")
    pred = load_csv(pred_path)
    amap = alias_map(regions)

    def norm(row, is_gold):
        try:
            v = float(str(row["value"]).replace(",", ""))
        except (ValueError, KeyError):
            return None
        uk, nv = unit_key(row.get("unit"), v)
        reg = row["region"] if is_gold else resolve(row.get("region"), amap) or resolve(row.get("full_name"), amap)
        return {
            "doc": Path(row["doc"]).name,
            "region": reg,
            "raw_region": row.get("region"),
            "unit": uk,
            "value": nv,
            "indicator": (row.get("indicator") or "").strip(),
            "kind": (row.get("kind") or "").strip(),
            "evidence": row.get("evidence", ""),
        }

    g = [x for x in (norm(r, True) for r in gold) if x]
    p = [x for x in (norm(r, False) for r in pred) if x]
    docs = sorted({x["doc"] for x in g})
    p = [x for x in p if x["doc"] in docs]

    by_doc_g = defaultdict(list)
    for x in g:
        by_doc_g[x["doc"]].append(x)
    by_doc_p = defaultdict(list)
    for x in p:
        by_doc_p[x["doc"]].append(x)

    def match(key):
        pairs = []
        for d in docs:
            free = list(by_doc_g[d])
            for x in by_doc_p[d]:
                for i, y in enumerate(free):
                    if key(x, y):
                        pairs.append((x, y))
                        free.pop(i)
                        break
        return pairs

    full = match(lambda x, y: x["region"] == y["region"] and x["unit"] == y["unit"] and close(x["value"], y["value"]))
    loose = match(lambda x, y: x["unit"] == y["unit"] and close(x["value"], y["value"]))

    here = Path(__file__).resolve().parent
    for cand in (
        Path(gold_dir) / "indicators.csv",
        here / "indicators.csv",
        here.parent / "shared/gold/indicators.csv",
    ):
        if cand.exists():
            core = {r["id"] for r in load_csv(cand)}
            break
    else:
        core = set()
    ind_pairs = [(x, y) for x, y in full if y["indicator"] in core]
    ind_ok = sum(1 for x, y in ind_pairs if x["indicator"] == y["indicator"])
    kind_ok = sum(1 for x, y in full if x["kind"] == y["kind"])

    gold_regions = {x["region"] for x in g}
    spurious = Counter(x["raw_region"] for x in p if x["region"] is None or x["region"] not in gold_regions)

    P = len(full) / len(p) if p else 0.0
    R = len(full) / len(g) if g else 0.0
    F = 2 * P * R / (P + R) if P + R else 0.0
    per_doc = {}
    for d in docs:
        fd = sum(1 for x, _ in full if x["doc"] == d)
        per_doc[d] = {"gold": len(by_doc_g[d]), "pred": len(by_doc_p[d]), "matched": fd}
    matched_ids = {id(y) for _, y in full}
    missed = [y for y in g if id(y) not in matched_ids]
    return {
        "gold": len(g),
        "pred": len(p),
        "matched": len(full),
        "precision": round(P, 4),
        "recall": round(R, 4),
        "f1": round(F, 4),
        "number_recall": round(len(loose) / len(g), 4) if g else 0.0,
        "attribution": round(len(full) / len(loose), 4) if loose else 0.0,
        "indicator_acc": round(ind_ok / len(ind_pairs), 4) if ind_pairs else 0.0,
        "kind_acc": round(kind_ok / len(full), 4) if full else 0.0,
        "spurious_regions": dict(spurious.most_common(15)),
        "per_doc": per_doc,
        "missed_sample": [f"{y['doc']}:{y['region']}:{y['value']}{y['unit']}:{y['evidence']}" for y in missed[:25]],
    }


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    res = score(sys.argv[1], sys.argv[2])
    if "--json" in sys.argv:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        for k in (
            "gold",
            "pred",
            "matched",
            "precision",
            "recall",
            "f1",
            "number_recall",
            "attribution",
            "indicator_acc",
            "kind_acc",
        ):
            print(f"{k:15s} {res[k]}")
        print("spurious_regions", res["spurious_regions"])
        try:
            for d, v in res["per_doc"].items():
                print(f"  {d}: {v}")
        except BrokenPipeError:
            sys.exit(0)
        print("missed (sample):")
        for m in res["missed_sample"]:
            print("  ", m)
        print(f"f1={res['f1']}")
