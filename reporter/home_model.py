"""A second opinion on the document's own region, where the rules' cue for it is weak.

reporter.regions.find_home decides the home by a cascade of hand rules. Its first steps rest on
strong cues (我县 with a name, the issuing body, 全县 of a named county, a byline or source line);
its last ones (the place a story names most, the one place a title names, a city whose counties
the page lists…) and "no home at all" rest on many weak cues: how often each place is named and
against whom, where it is first named, its level against the others', whether the page is a
ranking or a comparison. Two small logistic models, trained on the labelled dev corpus by
bench/train_home.py (`make train`), weigh those cues (regions.home_candidates computes them): a
ranker scores every region the document names as its home, and a gate, from the best one's cues
and the page's, says whether the page has a home at all; the best one is the home when the
gate's probability reaches the model's threshold, else there is none. Only the bases in the
model file (`bases`, within WEAK_BASES) are reconsidered (regions.reconsider_home); a home the
model gives carries a warning (regions.GUESSED_HOME_NOTE) so a brief says it was inferred.
Inference is plain Python over the coefficients in data/home_model.json; scikit-learn is only
needed to train them. This module imports no other of the package's but lexicon.

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
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from reporter import lexicon

MODEL_FILE = "home_model.json"
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
    data = lexicon.shipped_json(MODEL_FILE)
    return None if data is None else model_from(data)


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


def decide(
    name: str, options: dict[str, dict[str, float]], names: dict[str, tuple[str, str]], home: str | None, basis: str
) -> str | None:
    """The home the model gives a document (NONE for none), or None to keep the rules' home;
    `options` maps each candidate to its features (regions.home_candidates), `names` each to its
    name and full name (for the training script's records)."""
    model = active()
    if recorder is not None:
        recorder.append({"doc": name, "home": home, "basis": basis, "options": options, "names": names})
    if decided is not None:
        return decided.get(name)
    if model is not None and reconsiders(basis):
        return model.decide(options, basis, home)
    return None


def reconsiders(basis: str) -> bool:
    """Whether a home of this basis is looked at again (by the model, or by the training script)."""
    model = active()
    return recorder is not None or decided is not None or (model is not None and basis in model.bases & WEAK_BASES)
