"""Where extraction drops the numbers it reads: for each gold fact of seeds or dev whose number is
missed, the step of reporter/extract.py that loses it, when numbers.find_quantities reads it.

usage: python bench/dropped.py [--corpus seeds|dev] [--doc NAME ...] [--list]

A missed fact is one that bench/diagnose.py lists as MISS (its number extracted nowhere in the
document). The number is looked for in the body the ingester keeps (traditional characters and
glosses normalised as ingestion does), in the clauses of the sentence that holds the evidence;
its value is compared without its sign, so a gap read as a level counts as read. extract_facts
is traced line by line: the last line run while the figure was the loop's names the step (a
`continue` after a test of the figure, the owner left unresolved), and the facts that
drop_repeats and settle_guesses remove are recorded. The test corpus is refused (LABELING.md).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

from diagnose import diagnose, labelled_docs, scored_corpus

from reporter import extract, ingest, numbers, tables
from reporter.normalize import normalize_line

SOURCE = Path(extract.__file__).read_text(encoding="utf-8").splitlines()
LOOP = next(i for i, line in enumerate(SOURCE, 1) if line.strip() == "for q in quantities:" and "    " * 3 in line)
LOOP_END = next(i for i, line in enumerate(SOURCE, 1) if i > LOOP and line.strip() == "if estimate_at >= 0:")
CALL = re.compile(r"(\w+)\(")


class Trace:
    """The lines extract_facts runs while each figure (by its offset in the body) is the loop's,
    the line that drops a figure from the clause's list before the loop, and the facts made."""

    def __init__(self) -> None:
        self.lines: dict[int, list[int]] = {}
        self.filtered: dict[int, int] = {}
        self.before: tuple | None = None
        self.last = 0
        self.made: list[tuple[int, object]] = []
        self.removed: dict[str, list] = {"drop_repeats": [], "settle_guesses": []}

    def local(self, frame, event, _arg):
        if event != "line":
            return self.local
        loc = frame.f_locals
        sentence, c_start, found = loc.get("sentence"), loc.get("c_start"), loc.get("quantities")
        if sentence is not None and c_start is not None and isinstance(found, list):
            base = sentence.start + c_start
            now = {base + q.start for q in found if hasattr(q, "start")}
            if self.before is not None and self.before[0] == (sentence.start, c_start):
                for at in self.before[1] - now:
                    self.filtered.setdefault(at, self.last)
            self.before = ((sentence.start, c_start), now)
            q = loc.get("q")
            if LOOP < frame.f_lineno < LOOP_END and q in found:
                self.lines.setdefault(base + q.start, []).append(frame.f_lineno)
        self.last = frame.f_lineno
        return self.local

    def global_(self, frame, _event, _arg):
        return self.local if frame.f_code is extract.extract_facts.__code__ else None


def traced(doc, trace: Trace):
    """The document's extraction, with `trace` filled in."""
    make_fact, drop_repeats, settle_guesses = extract.make_fact, extract.drop_repeats, extract.settle_guesses

    def made(doc_, region, sentence, clause, q, period, clause_start, *rest, **kw):
        fact = make_fact(doc_, region, sentence, clause, q, period, clause_start, *rest, **kw)
        trace.made.append((clause_start + q.start, fact))
        return fact

    def repeats(facts, starts):
        kept = drop_repeats(facts, starts)
        trace.removed["drop_repeats"] += [f for f in facts if all(f is not k for k in kept)]
        return kept

    def settled(doc_, refs, facts, guessed):
        kept, warning = settle_guesses(doc_, refs, facts, guessed)
        trace.removed["settle_guesses"] += [f for f in facts if all(f is not k for k in kept)]
        return kept, warning

    extract.make_fact, extract.drop_repeats, extract.settle_guesses = made, repeats, settled
    sys.settrace(trace.global_)
    try:
        return extract.extract_document(doc)
    finally:
        sys.settrace(None)
        extract.make_fact, extract.drop_repeats, extract.settle_guesses = make_fact, drop_repeats, settle_guesses


def located(body: str, evidence: str) -> str | None:
    """The evidence as the body writes it, or None."""
    for form in (evidence, ingest.to_simplified(evidence), normalize_line(ingest.to_simplified(evidence))):
        if form and form in body:
            return form
    return None


def read_at(scorer, text: str, evidence: str, gold: dict) -> int | None:
    """The offset in `text` of a figure find_quantities reads in the evidence with the gold's value
    (sign aside), or None."""
    unit, value = scorer.unit_key(gold["unit"], float(gold["value"]))
    for at in (m.start() for m in re.finditer(re.escape(evidence), text)):
        for sentence in extract.split_sentences(text):
            if not sentence.start <= at < sentence.start + len(sentence.text):
                continue
            for c_start, clause in sentence.clauses:
                for q in numbers.find_quantities(clause):
                    offset = sentence.start + c_start + q.start
                    q_unit, q_value = scorer.unit_key(q.unit, float(q.value))
                    close = scorer.close(abs(q_value), abs(value)) and (q_unit == unit or abs(q_value) >= 1)
                    if close and at - 2 <= offset <= at + len(evidence):
                        return offset
    return None


def step(scorer, trace: Trace, at: int, extraction, rows, gold: dict) -> str:
    """What became of the figure read at offset `at` of the body."""
    if any(r.start <= at < r.end for r in rows):
        return "inside a table row"
    if at not in trace.lines:
        line = trace.filtered.get(at)
        return f"dropped before the loop: {SOURCE[line - 1].strip()[:60]}" if line else "never in the loop"
    lines = trace.lines[at]
    last = SOURCE[lines[-1] - 1].strip()
    if last == "continue":
        # The test that sent the figure on: the last line run before it that is not the opening
        # of a multi-line condition (the interpreter reports that line again after each part).
        tests = [SOURCE[n - 1].strip() for n in lines[:-1]]
        test = next((t for t in reversed(tests) if t not in ("if (", "):")), "")
        if "said in seen" in test:
            return "repeat within its sentence"
        if "region_id is None" in test:
            return "no region (owner unresolved)"
        name = CALL.search(test)
        return f"skipped: {name.group(1) if name else test[:40]}"
    made = [f for start, f in trace.made if start == at]
    if not made:
        return "no region (owner unresolved)" if "owners" in last else f"lost at: {last[:60]}"
    fact = made[-1]
    for name, facts in trace.removed.items():
        if any(f.value == fact.value and f.evidence == fact.evidence for f in facts):
            return f"removed by {name}"
    said, labelled = scorer.unit_key(fact.unit, fact.value), scorer.unit_key(gold["unit"], float(gold["value"]))
    if said[0] != labelled[0] or not scorer.close(said[1], labelled[1]):
        return "output with another sign or unit"
    if any(f.value == fact.value and f.evidence == fact.evidence for f in extraction.facts):
        return "output once where the labels have it twice"
    return "made, then lost"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default="dev", help="seeds or dev (test is never read)")
    parser.add_argument("--doc", action="append", help="only these documents")
    parser.add_argument("--list", action="store_true", help="one line a missed fact, with its step")
    args = parser.parse_args()
    loaded = scored_corpus(args.corpus)
    if loaded is None:
        return 2
    corpus, scorer, gold, pred, amap = loaded
    documents = {d.name: d for d in ingest.ingest_paths([str(corpus.texts)]).documents}
    table: Counter = Counter()
    for name in labelled_docs(gold, args.doc):
        missed, _, _ = diagnose(
            scorer, [g for g in gold if g["doc"] == name], [p for p in pred if Path(p["doc"]).name == name], amap
        )
        if not missed:
            continue
        doc = documents[name]
        trace = Trace()
        extraction = traced(doc, trace)
        rows = tables.table_rows(doc.body)
        for g in missed:
            evidence = located(doc.body, g["evidence"])
            at = read_at(scorer, doc.body, evidence, g) if evidence else None
            if at is not None:
                what = step(scorer, trace, at, extraction, rows, g)
            elif evidence is None and read_at(scorer, (corpus.texts / name).read_text(), g["evidence"], g) is not None:
                what = "outside the body the ingester keeps"
            else:
                what = "not read by find_quantities"
            table[(what, g["kind"])] += 1
            if args.list:
                print(f"{what} | {name} {g['region']} {g['value']} {g['unit']} [{g['kind']}] | {g['evidence']}")
    steps = sorted({s for s, _ in table}, key=lambda s: -sum(n for (t, _), n in table.items() if t == s))
    kinds = sorted({k for _, k in table})
    print("| step | " + " | ".join(kinds) + " | all |")
    print("|---|" + "---|" * (len(kinds) + 1))
    for s in steps:
        counts = [table[(s, k)] for k in kinds]
        print(f"| {s} | " + " | ".join(str(c) for c in counts) + f" | {sum(counts)} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
