"""A short noun-phrase label for a number that has no known indicator.

The label names what was measured: the nouns right before the number (成功项目年利润达6亿元 ->
年利润), or, when only a verb stands there (选择8条产业链, 2017年启动了8大产业集群), the nouns
the number counts right after it (产业链, 产业集群). A label is never a verb phrase; None when
neither side has nouns.
"""

from __future__ import annotations

import re

from reporter import lexicon, segment

# Parts of speech of the words a label is made of (jieba's tags): nouns, verbal nouns,
# abbreviations, Latin words; not place (ns) or person (nr) names.
NOUN_FLAGS = ("n", "vn", "nz", "j", "eng", "an")
NOT_NOUN = ("ns", "nr", "nrt", "nrfg")
COUNTED_FLAGS = ("n", "nz", "j", "eng")  # what a number counts: nouns, not verbal nouns (培育)
REFERENCE = re.compile(r"^[我全该本各][县市区镇州省乡]$")
TAIL_REACH = 6  # words after the last noun (达, 排在, 了…) that may stand between it and the number
MAX_LABEL = 12
MAX_COUNTED_WORDS = 2
RESULT_VERBS = frozenset(lexicon.words("result_verbs.txt"))  # 完成, 实现


def is_noun(word, flags: tuple[str, ...] = NOUN_FLAGS) -> bool:
    return (
        word.flag.startswith(flags)
        and not word.flag.startswith(NOT_NOUN)
        and not REFERENCE.match(word.word)
        and not any(c.isdigit() for c in word.word)
    )


def tagged(text: str) -> list:
    return segment.tagged(text)


def label_before(before: str) -> tuple[str, bool]:
    """The nouns that end `before`, across a few words (年利润达 -> 年利润), and whether a verb
    or a conjunction stood between them and the number (目标是到…形成一条600亿级产业链)."""
    words = tagged(before[-2 * MAX_LABEL :])
    popped: list = []
    # A label ends in a noun proper: 启动(vn) in 我们就启动了 is the verb of the clause.
    while words and not is_noun(words[-1], COUNTED_FLAGS) and len(popped) < TAIL_REACH:
        popped.append(words.pop())
    run: list = []
    for i in range(len(words) - 1, -1, -1):
        w = words[i]
        if run and w.word in RESULT_VERBS and i > 0 and is_noun(words[i - 1], COUNTED_FLAGS):
            if run[0].word == words[i - 1].word:
                run.pop(0)  # 纺织行业完成行业产值 -> 纺织行业产值, not 行业行业
            continue  # 第一产业实现增加值 -> 第一产业增加值: the verb joins whose measure it is to the measure
        if not is_noun(w) or len("".join(x.word for x in run)) + len(w.word) > MAX_LABEL:
            break
        run.insert(0, w)
    while run and not is_noun(run[0], COUNTED_FLAGS):
        run.pop(0)  # 启动年产 -> 年产: a verbal noun does not open a label
    crossed = any(w.flag.startswith(("v", "c")) and w.flag != "vn" for w in popped)
    return "".join(w.word for w in run), crossed


def label_after(after: str) -> str:
    """The nouns right after a count (8条产业链推行… -> 产业链)."""
    run: list[str] = []
    for w in tagged(after[: 2 * MAX_LABEL]):
        if not is_noun(w, COUNTED_FLAGS) or len(run) == MAX_COUNTED_WORDS:
            break
        run.append(w.word)
    return "".join(run)


# Parts of speech a clean label never holds: verbs, pronouns, adverbs, prepositions,
# conjunctions, particles (我们就启动, 是到形成一条, 选择).
FRAGMENT_FLAGS = ("v", "r", "d", "p", "c", "u")


def is_fragment(label: str) -> bool:
    """Whether a label is a piece of a sentence rather than the name of a measure."""
    words = tagged(label)
    return not words or any(w.flag.startswith(FRAGMENT_FLAGS) and w.flag != "vn" for w in words)


# What a measure's name never holds: pronouns, prepositions, conjunctions, particles and
# adverbs (我们有着, 第一产业比上年, 分别占), nor, at its end, a numeral or measure word
# whose figure was cut out (为亿元, 达到个).
BROKEN_FLAGS = ("r", "p", "c", "u", "d")
CUT_FIGURE_FLAGS = ("m", "q")


def whole_part(label: str) -> str | None:
    """The label, or its words before the first that no measure's name holds when they still
    name something (第一产业比上年 -> 第一产业); None when nothing of it names a measure."""
    words = tagged(label)
    kept = []
    for w in words:
        if w.flag.startswith(BROKEN_FLAGS):
            break
        kept.append(w)
    while kept and kept[-1].flag.startswith(CUT_FIGURE_FLAGS):
        kept.pop()
    if len(kept) == len(words):
        return label or None
    text = "".join(w.word for w in kept)
    names = kept and (is_noun(kept[-1], COUNTED_FLAGS) or kept[-1].flag == "l")  # 第一产业: an idiom (l) to jieba
    return text if len(text) >= 2 and names else None


def after_verbs(label: str) -> str | None:
    """The nouns a label ends with after the places, times and verbs that open it (甲县今年实现出口贸易 ->
    出口贸易), when nothing but nouns follows them; else None (竣工, 是宣城: a verb, then a place)."""
    words = tagged(label)
    while words and words[0].flag.startswith((*FRAGMENT_FLAGS, "t", "ns")) and words[0].flag != "vn":
        words.pop(0)
    if words and all(is_noun(w) or w.flag == "l" for w in words):  # 出口贸易: an idiom (l) to jieba
        return "".join(w.word for w in words)
    return None


def noun_label(before: str, after: str) -> str | None:
    """A label for a number: the nouns before it, unless a verb or a conjunction parts them from
    it and the number counts nouns after it (打造百亿级能源岛和百亿级产业港); else None."""
    label, crossed = label_before(before)
    counted = label_after(after)
    if crossed and counted:
        return counted
    return label or counted or None
