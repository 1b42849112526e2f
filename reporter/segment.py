"""jieba with a small domain dictionary: word boundaries and keywords.

The dictionary holds the indicator names and synonyms, industry terms and
practice words (from reporter/data), so 规上工业, 专精特新, 战略性新兴产业 are single
tokens, plus the region names a document is found to mention. The whole
gazetteer is never loaded into jieba: tens of thousands of names at a flat
frequency break common words (上海市 -> 上海/市).
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache
from pathlib import Path

DOMAIN_FREQ = 200_000  # high enough to win against the default dictionary's splits


@lru_cache(maxsize=1)
def tokenizer():
    """A jieba tokenizer of its own (the global one stays untouched).

    jieba's own start-up loads all 349,000 words (1.5–2 s of CPU here). This
    one starts empty and takes in, for each text it is given (`cover`), the
    dictionary words made only of characters seen so far: a word with another
    character can never match, so the cuts are the same as with the whole
    dictionary, for a tenth of the cost.
    """
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer()
    tk.FREQ, tk.total = {}, dictionary_total()
    tk.initialized = True  # never load the whole dictionary
    for term in domain_terms():
        tk.add_word(term, freq=DOMAIN_FREQ, tag="nz")
    return tk


@lru_cache(maxsize=1)
def dictionary_text() -> str:
    import jieba

    return Path(jieba.__file__).with_name("dict.txt").read_text(encoding="utf-8")


# The sum of all word frequencies of jieba's dictionary, by jieba version: counting
# it costs 0.2-0.6 s, and it never changes for a version (a test checks it).
KNOWN_TOTALS = {"0.42.1": 60101967}


@lru_cache(maxsize=1)
def dictionary_total() -> int:
    """The sum of all word frequencies, as jieba computes it: route scores stay the same."""
    import jieba

    known = KNOWN_TOTALS.get(getattr(jieba, "__version__", ""))
    return known if known is not None else count_total()


def count_total() -> int:
    return sum(int(n) for n in re.findall(r" (\d+)", dictionary_text()))


_covered: set[str] = set()
# Past this many distinct characters (a large or unusual corpus), one pass that
# takes in the whole dictionary is cheaper than a scan for each new character.
FULL_COVER_AT = 1000


def cover(text: str) -> None:
    """Add the dictionary words that the characters of `text` make possible."""
    if ALL in _covered:
        return
    new = {c for c in text if not c.isspace()} - _covered
    if not new:
        return
    _covered.update(new)
    if len(_covered) > FULL_COVER_AT:
        cover_all()
        return
    allowed = "".join(re.escape(c) for c in sorted(_covered))
    needed = "".join(re.escape(c) for c in sorted(new))
    pattern = re.compile(rf"^(?=[^ \n]*[{needed}])([{allowed}]+) (\d+)", re.M)
    freq = tokenizer().FREQ
    for word, count in pattern.findall(dictionary_text()):
        if freq.get(word, 0) < DOMAIN_FREQ:  # a domain term added earlier keeps its weight
            freq[word] = int(count)
        for end in range(1, len(word)):
            freq.setdefault(word[:end], 0)


ALL = "\x00all"  # marks that every dictionary word is in


def cover_all() -> None:
    freq = tokenizer().FREQ
    for word, count in re.findall(r"^(\S+) (\d+)", dictionary_text(), re.M):
        if freq.get(word, 0) < DOMAIN_FREQ:
            freq[word] = int(count)
        for end in range(1, len(word)):
            freq.setdefault(word[:end], 0)
    _covered.add(ALL)


@lru_cache(maxsize=1)
def domain_terms() -> tuple[str, ...]:
    from reporter import lexicon

    terms: set[str] = set()
    for row in lexicon.table("indicators.csv"):  # read as data: taxonomy itself cuts words with segment
        synonyms = [row["name"], *(row["synonyms"] or "").split("|")]
        terms.update(s for s in synonyms if re.fullmatch(r"[\u4e00-\u9fff]{2,12}", s))
    for name in ("industries.txt", "domain_terms.txt", "practices.txt"):
        terms.update(lexicon.words(name))
    return tuple(sorted(terms))


_places: list[tuple[str, int, str | None]] = []  # words add_places made: word, former frequency, former tag


def add_places(names) -> None:
    """Make the regions a document mentions single tokens (西双版纳州, 上虞经开区), until
    forget_places: a document is cut with its own place names, not those of the documents
    read before it in the same process."""
    tk = tokenizer()
    for name in names:
        if len(name) >= 2 and tk.FREQ.get(name, 0) < DOMAIN_FREQ:
            _places.append((name, tk.FREQ.get(name, 0), tk.user_word_tag_tab.get(name)))
            tk.add_word(name, freq=DOMAIN_FREQ, tag="ns")


def forget_places() -> None:
    """Undo add_places (a word that was no word is left as a prefix, which never matches alone)."""
    tk = tokenizer()
    while _places:
        name, freq, tag = _places.pop()
        tk.FREQ[name] = freq
        tk.total -= DOMAIN_FREQ
        if tag is None:
            tk.user_word_tag_tab.pop(name, None)
        else:
            tk.user_word_tag_tab[name] = tag


def cut(text: str) -> list[str]:
    cover(text)
    return tokenizer().lcut(text, HMM=False)


def boundaries(text: str) -> set[int]:
    """Offsets in `text` where a token starts or ends."""
    out, pos = {0}, 0
    for token in cut(text):
        pos += len(token)
        out.add(pos)
    return out


def is_word(text: str, start: int, end: int, window: int = 12) -> bool:
    """Whether text[start:end] starts and ends on token boundaries (大新 in 两大新兴: no).

    The same as testing boundaries(text[left : end + window]), segmenting only what decides it.
    """
    left = max(0, start - window)
    piece = text[left : end + window]
    cover(piece)
    s, e = start - left, end - left
    for run in runs(piece):
        inside = {pos - run.start() for pos in (s, e) if run.start() < pos < run.end()}
        inside = {pos for pos in inside if not surely_boundary(run.group(), pos)}
        if inside and not inside <= boundaries(run.group()):
            return False
    return not splits_crlf(piece, s) and not splits_crlf(piece, e)


def next_boundary(text: str, pos: int) -> int:
    """The first offset >= pos where a token of cut(text) starts or ends (or len(text))."""
    cover(text)
    for run in runs(text):
        if run.start() < pos < run.end():
            if surely_boundary(run.group(), pos - run.start()):
                return pos
            return run.start() + min(b for b in boundaries(run.group()) if b >= pos - run.start())
    return pos + 1 if splits_crlf(text, pos) else min(pos, len(text))


# jieba cuts a text into runs of the characters of its re_han_default and segments
# each run on its own; every other character is a token by itself, but for "\r\n".
# So whether an offset is a token boundary depends only on the run around it: only
# that run needs segmenting, and an offset between runs is a boundary already.
def runs(text: str):
    import jieba

    return jieba.re_han_default.finditer(text)


def surely_boundary(run: str, pos: int) -> bool:
    """Whether cut(run) has a boundary at pos without segmenting: when no dictionary
    word of the run spans pos, jieba's best route, made of dictionary words and
    single characters, cannot step over it. (Its one merge, of single letters or
    digits in a row, needs a letter or digit on both sides.)

    False means "maybe not": segment to know. The scan is the one jieba's get_DAG
    makes, only for the words that start before pos.
    """
    if run[pos - 1 : pos + 1].isascii() and run[pos - 1 : pos + 1].isalnum():
        return False
    freq = tokenizer().FREQ
    for k in range(pos):
        if run[k : pos + 1] not in freq:
            continue  # the scan from k stops before reaching pos
        i, frag = k, run[k]
        while i < len(run) and frag in freq:
            if i >= pos and freq[frag]:
                return False
            i += 1
            frag = run[k : i + 1]
    return True


def splits_crlf(text: str, pos: int) -> bool:
    return 0 < pos < len(text) and text[pos - 1 : pos + 1] == "\r\n"


@lru_cache(maxsize=1)
def tfidf():
    """jieba's TF-IDF extractor on the domain tokenizer (its IDF table loads once)."""
    import jieba.analyse
    import jieba.posseg

    extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = tokenizer()
    extractor.postokenizer = jieba.posseg.POSTokenizer(tokenizer())
    return extractor


@lru_cache(maxsize=1)
def keyword_stopwords() -> frozenset[str]:
    from reporter import lexicon

    return frozenset(lexicon.words("keyword_stopwords.txt"))


def keywords(text: str, top: int = 10, exclude: tuple[str, ...] = ()) -> list[str]:
    """TF-IDF keywords (nouns and domain terms) of a region's sentences, without
    general words and without the names in `exclude` (the region's own names)."""
    cover(text)
    tags = tfidf().extract_tags(text, topK=top * 3, allowPOS=("n", "nz", "vn", "nt", "eng"))
    skip = keyword_stopwords() | set(exclude)
    return [t for t in tags if t not in skip and not re.fullmatch(r"[\d.%]+|[A-Za-z]", t)][:top]


@lru_cache(maxsize=1)
def pos_tokenizer():
    """The part-of-speech tagger on the domain tokenizer, one for the process.

    jieba moves the tags of words added to the tokenizer into whichever tagger cuts next, so
    a tagger made per call would see a domain term's tag once and then tag it x; one shared
    tagger keeps every tag, and the dictionary's 349,000 tags are read once (0.3 s).
    """
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())
