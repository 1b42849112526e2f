"""A second opinion on the document's own region, where the rules' cue for it is weak.

reporter.regions.find_home decides the home by a cascade of hand rules. Its first steps rest on
strong cues (我县 with a name, the issuing body, 全县 of a named county, a byline or source line);
its last ones (the place a story names most, the one place a title names, a city whose counties
the page lists…) and "no home at all" rest on many weak cues: how often each place is named and
against whom, where it is first named, its level against the others', whether the page is a
ranking or a comparison. A small logistic model, trained on the labelled dev corpus by
bench/train_home.py (`make train`), weighs those cues for every region the document names and
gives the home to the best one when its probability passes the model's threshold, else no home.
It reconsiders only the bases in the model file (`bases`); a home it gives carries a warning
(regions.GUESSED_HOME_NOTE) so a brief says the home was inferred. Inference is plain Python
over the coefficients in data/home_model.json; scikit-learn is only needed to train them.

Measured on dev (310 documents), the rules' home rests on the two bases reconsidered (the place a
story is about, the one place a title names) in 70 documents and is right in 54; the wrong ones
are mostly ranking and comparison pages given the home of the place they name most. Out of fold
(10 folds of documents, five ways of dealing them) the model gets 55 to 58 of the 70 right at
the threshold 0.3, breaking at most one; extracted again with those decisions, dev homes go from
253 to 257 of 310, F1 0.8714 to 0.8715, attribution unchanged, and test is unchanged (21/34).
Reconsidering the pages the rules give no home too was tried and lost homes out of fold: the
homes they miss are named once, or as often as their peers, and no cue here tells them apart.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from reporter import lexicon, numbers, regions
from reporter.models import Document, Region

MODEL_FILE = "home_model.json"
CUES = {
    cue: re.compile(lexicon.alternation_of("home_cues.csv", "cue", cue)) for cue in ("ranking", "ordered", "comparison")
}
FIGURE = re.compile(r"\d")
# A place followed by its position (甲市位列第3, 乙县排名第12位, 丙镇第一), or by the top one.
RANKED = re.compile(
    rf"[^，,。；;！？!?\n]{{0,6}}?(?:第[\d{numbers.CN_DIGITS}]|{lexicon.alternation_of('home_cues.csv', 'cue', 'first')})"
)
FIRST = re.compile(rf"[^，,。；;！？!?\n]{{0,6}}?(?:{lexicon.alternation_of('home_cues.csv', 'cue', 'first')})")
CLAUSE_END = re.compile(r"[，,。；;！？!?\n]")
NONE = ""  # the decision "no home"
# The bases of find_home a model may reconsider at most, whatever its file says: no home at all and
# the steps after the unnamed 我县 (the place a story is about, the one place a title names, a
# list's counted place…). 我X with a name, the issuer, 全X of a named place, a byline or source line
# and a declared home always stand.
WEAK_BASES = frozenset(
    ("none", "province", "counted", "set_against", "subject", "title_subject")
    + ("race", "city", "lead_ranked", "referred_back")
)
ALONE_MARGIN = 5.0  # the ranker's lead of a candidate that has no rival
MANY_PEERS = 1.5  # log1p of the peers of its level beyond which a place is one of a set (4 others or more)
LEAD_CHARS = 150  # characters after the title that hold the lead, and before the end that hold a signature


@dataclass(frozen=True)
class Linear:
    names: tuple[str, ...]
    weights: tuple[float, ...]
    bias: float

    def score(self, features: dict[str, float]) -> float:
        return self.bias + sum(w * features.get(n, 0.0) for n, w in zip(self.names, self.weights, strict=True))


@dataclass(frozen=True)
class Model:
    """A ranker that scores each candidate as the home, and a gate that says, from the best one's
    features and the page's, whether the page has a home at all."""

    ranker: Linear
    gate: Linear
    threshold: float  # the gate's probability for the best candidate to be the home
    bases: frozenset[str]  # the bases of find_home the model may reconsider

    def decide(self, options: dict[str, dict[str, float]], basis: str, home: str | None) -> str:
        """The candidate the model makes the home, or NONE."""
        if not options:
            return NONE
        scores = {rid: self.ranker.score(f) for rid, f in options.items()}
        ranked = sorted(scores, key=lambda rid: -scores[rid])  # stable: a tie goes to the first named
        top = ranked[0]
        margin = scores[top] - scores[ranked[1]] if len(ranked) > 1 else ALONE_MARGIN
        gate = self.gate.score(gate_features(options, top, scores[top], margin, basis, home))
        return top if 1 / (1 + math.exp(-gate)) >= self.threshold else NONE


def linear_from(data: dict) -> Linear:
    return Linear(tuple(data["features"]), tuple(float(w) for w in data["weights"]), float(data["bias"]))


def model_from(data: dict) -> Model:
    return Model(
        linear_from(data["ranker"]),
        linear_from(data["gate"]),
        float(data["threshold"]),
        frozenset(data["bases"]),
    )


@cache
def shipped_model() -> Model | None:
    """The model in reporter/data, or None when none is shipped."""
    try:
        return model_from(lexicon.json_data(MODEL_FILE))
    except FileNotFoundError:
        return None


def gate_features(
    options: dict[str, dict[str, float]], top: str, score: float, margin: float, basis: str, home: str | None
) -> dict[str, float]:
    """The cues for the page having a home: the best candidate's own, how far it leads the next,
    the basis of the rules' home, and the page's spread of names, provinces, ranking and
    comparison words."""
    shares = sorted((f["share"] for f in options.values()), reverse=True)
    f = {
        f"basis_{basis}": 1.0,
        "rule_home": float(home is not None),
        "score": score,
        "margin": margin,
        "n_candidates": math.log1p(len(options)),
        "top_is_rule": float(top == home),
        "entropy": -sum(p * math.log(p) for p in shares if p > 0),
        "second_share": shares[1] if len(shares) > 1 else 0.0,
        "provinces": math.log1p(sum(1 for o in options.values() if o.get("level_province"))),
        "ranking": float(any(o["ranking_top"] for o in options.values())),
        "comparison": float(any(o["comparison_top"] for o in options.values())),
        "ordered": float(any(o["ordered_top"] for o in options.values())),
        "any_whole": float(any(o["whole_of_kind"] for o in options.values())),
        "top_peers_many": float(options[top]["peers"] > MANY_PEERS),
    }
    return f | {f"top_{k}": v for k, v in options[top].items() if not k.startswith("rule")}


# Swapped by the training script: a model of its own, a recorder of every document's candidates,
# and decisions made out of fold (document name -> home id or NONE); none is used by the reporter.
active: Callable[[], Model | None] = shipped_model
recorder: list | None = None
decided: dict[str, str] | None = None


def candidates(
    doc: Document, refs: list[regions.RegionRef], all_regions: dict[str, Region], home: str | None, basis: str
) -> dict[str, dict[str, float]]:
    """Region id -> features, for every region the body names (and the rules' home when named)."""
    text = doc.body
    named = [r for r in refs if not r.is_ref and r.region_id in all_regions and not r.region_id.startswith("self:")]
    counts = Counter(r.region_id for r in named)
    if not counts:
        return {}
    total = sum(counts.values())
    ranked = sorted(set(counts.values()), reverse=True)
    order = lexicon.level_order()
    levels = {rid: all_regions[rid].level for rid in counts}
    lowest, highest = min(order[lv] for lv in levels.values()), max(order[lv] for lv in levels.values())
    title_end = regions.title_end(text)
    title = f"{doc.title}\n{text[:title_end]}"
    lead_end = title_end + LEAD_CHARS
    tail = text[-LEAD_CHARS:]
    byline = "\n".join(doc.metadata)
    ranking = bool(CUES["ranking"].search(title))
    ordered = bool(CUES["ordered"].search(text))
    comparisons = len(CUES["comparison"].findall(text))
    provinces = sum(1 for rid in counts if levels[rid] == "province")
    own_kinds = regions.whole_suffixes(text)
    yardsticks = regions.contrasted(text, refs)
    referred = Counter(r.region_id for r in refs if r.is_ref)
    figures = figure_clauses(text, named)
    all_figures = max(1, sum(figures.values()))
    first_seen: dict[str, int] = {}
    for r in named:
        first_seen.setdefault(r.region_id, r.start)
    first_named = min(first_seen, key=lambda rid: first_seen[rid])
    out = {}
    for rid, n in counts.items():
        region = all_regions[rid]
        others = [c for o, c in counts.items() if o != rid]
        rank = ranked.index(n) + 1
        mine = [r for r in named if r.region_id == rid]
        names = {region.name, region.full_name, *region.aliases}
        peers = sum(1 for o in counts if o != rid and levels[o] == levels[rid])
        f = {
            "share": n / total,
            "log_mentions": math.log1p(n),
            "rank_1": float(rank == 1),
            "rank_2": float(rank == 2),
            "sole_top": float(rank == 1 and n > max(others, default=0)),
            "lead_ratio": math.log((n + 1) / (max(others, default=0) + 1)),
            "first_position": first_seen[rid] / max(1, len(text)),
            "first_named": float(rid == first_named),
            "in_title": float(any(r.end <= title_end for r in mine) or any(a and a in doc.title for a in names)),
            "in_lead": float(any(title_end <= r.start < lead_end for r in mine)),
            "in_tail": float(any(a and a in tail for a in names)),
            "in_byline": float(any(a and a in byline for a in names)),
            "government_body": float(any(regions.is_government_body(text, r.end) for r in mine)),
            f"level_{region.level}": 1.0,
            "lowest_level": float(order[region.level] == lowest),
            "highest_level": float(order[region.level] == highest),
            "ranked_share": sum(1 for r in mine if RANKED.match(text, r.end)) / n,
            "ranked_first": float(any(FIRST.match(text, r.end) for r in mine)),
            "peers": math.log1p(peers),
            "no_peers": float(peers == 0),
            "contains": sum(1 for o in counts if o != rid and regions.is_above(all_regions, rid, o)) / len(counts),
            "inside": float(any(o != rid and regions.is_above(all_regions, o, rid) for o in counts)),
            "figures": math.log1p(figures.get(rid, 0)),
            "figure_share": figures.get(rid, 0) / all_figures,
            "whole_of_kind": float(regions.suffix_of(region) in own_kinds),
            "referred": math.log1p(referred.get(rid, 0)),
            "yardstick_share": sum(1 for r in mine if r.start in yardsticks) / n,
            "subject_share": sum(1 for r in mine if r.can_be_subject) / n,
            "rule": float(rid == home),
            f"rule_{basis}": float(rid == home),
            "ranking_top": float(ranking and rank == 1),
            "ranking_title": float(ranking and any(r.end <= title_end for r in mine)),
            "ordered_top": float(ordered and rank == 1),
            "comparison_share": min(comparisons, 5) / 5 * n / total,
            "comparison_top": float(comparisons > 0 and rank == 1),
            "province_among_provinces": float(levels[rid] == "province" and provinces >= 2),
        }
        out[rid] = f
    return out


def figure_clauses(text: str, named: list[regions.RegionRef]) -> Counter:
    """Region id -> clauses holding a figure that name it."""
    out: Counter = Counter()
    start = 0
    k = 0
    for m in [*CLAUSE_END.finditer(text), None]:
        end = m.end() if m else len(text)
        inside = set()
        while k < len(named) and named[k].start < end:
            if named[k].start >= start:
                inside.add(named[k].region_id)
            k += 1
        if inside and FIGURE.search(text, start, end):
            out.update(inside)
        start = end
    return out


def reconsider(
    doc: Document,
    refs: list[regions.RegionRef],
    all_regions: dict[str, Region],
    roles: dict[str, str],
    basis: str,
    warnings: list[str],
) -> dict[str, str]:
    """The roles after the model's opinion of the home, when the basis of the rules' home is one
    the model reconsiders; a home it gives is reported as inferred in `warnings`."""
    model = active()
    reconsidered = model is not None and basis in model.bases & WEAK_BASES
    if recorder is None and decided is None and not reconsidered:
        return roles
    home = next((rid for rid, role in roles.items() if role == "home"), None)
    options = candidates(doc, refs, all_regions, home, basis)
    if recorder is not None:
        shown = {rid: (all_regions[rid].name, all_regions[rid].full_name) for rid in [*options, home] if rid}
        recorder.append({"doc": doc.name, "home": home, "basis": basis, "options": options, "names": shown})
    if decided is not None:
        choice = decided.get(doc.name)
    elif model is not None and reconsidered:
        choice = model.decide(options, basis, home)
    else:
        choice = None
    if choice is None or choice == (home or NONE):
        return roles
    new = choice or None
    if new is not None:
        warnings.append(
            f"文中所属地区的线索不足, 据各地区在文中出现的情况判定为“{all_regions[new].name}”, "
            f"{regions.GUESSED_HOME_NOTE}; 如有误, 可用 --home {doc.name}=地区名 指定"
        )
    return regions.roles_around(doc.body, refs, all_regions, new)
