"""jieba with a small domain dictionary: word boundaries, parts of speech and keywords.

The dictionary holds the indicator names and synonyms, industry terms and
practice words (from reporter/data), so 规上工业, 专精特新, 战略性新兴产业 are single
tokens. The whole gazetteer is never loaded into jieba: tens of thousands of names
at a flat frequency break common words (上海市 -> 上海/市).

Each document is cut with the region names it mentions as words of their own
(西双版纳州, 上虞经开区): they belong to a `Segmenter`, the segmenter of one extraction,
which `extract_document` makes for each document. jieba's dictionary itself is read
once per process (`Dictionary`) and shared; a Segmenter's words are in its tables only
while that Segmenter cuts, so no extraction ever sees another one's words.
"""

from __future__ import annotations

import functools
import logging
import re
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any, TypeVar

DOMAIN_FREQ = 200_000  # high enough to win against the default dictionary's splits
PLACE_TAG = "ns"  # the part of speech of a document's region names


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


# Past this many distinct characters (a large or unusual corpus), one pass that
# takes in the whole dictionary is cheaper than a scan for each new character.
FULL_COVER_AT = 1000


class Dictionary:
    """jieba's dictionary and the domain terms, read once per process and shared by every Segmenter.

    jieba's own start-up loads all 349,000 words (1.5–2 s of CPU here). This tokenizer
    starts empty and takes in, for each text it is given (`cover`), the dictionary words
    made only of characters seen so far: a word with another character can never match,
    so the cuts are the same as with the whole dictionary, for a tenth of the cost. What
    it holds is therefore a cache of jieba's dictionary, the same whatever was read before.

    The words of one Segmenter are put in its tables while that Segmenter cuts (`use`) and
    taken out before another one cuts or the dictionary takes in more words. The lock makes
    each cut see one Segmenter's words, even with extractions in several threads.
    """

    def __init__(self) -> None:
        import jieba

        jieba.setLogLevel(logging.WARNING)
        tk = jieba.Tokenizer()
        tk.FREQ, tk.total = {}, dictionary_total()
        tk.initialized = True  # never load the whole dictionary
        for term in domain_terms():
            tk.add_word(term, freq=DOMAIN_FREQ, tag="nz")
        self.tokenizer = tk
        self.lock = threading.RLock()
        self.covered: set[str] = set()
        self.everything = False  # every dictionary word is in
        self.owner: Segmenter | None = None  # whose words are in the tables
        self.owner_version = 0
        self.undo: list[tuple[str, int | None]] = []  # an owner's word and its frequency before
        self.prefixes: list[str] = []  # prefixes of an owner's words that were in no word before
        self.tags: dict[str, str] = {}  # the owner's words now in the tables, with their tag
        self._tagger: Any = None

    def cover(self, text: str) -> None:
        """Add the dictionary words that the characters of `text` make possible."""
        if self.everything:
            return
        new = {c for c in text if not c.isspace()} - self.covered
        if not new:
            return
        with self.lock:
            self.release()  # the dictionary's own frequencies, not an owner's, decide what is in
            self.covered.update(new)
            if len(self.covered) > FULL_COVER_AT:
                self.add_entries(re.findall(r"^(\S+) (\d+)", dictionary_text(), re.M))
                self.everything = True
                return
            allowed = "".join(re.escape(c) for c in sorted(self.covered))
            needed = "".join(re.escape(c) for c in sorted(new))
            pattern = re.compile(rf"^(?=[^ \n]*[{needed}])([{allowed}]+) (\d+)", re.M)
            self.add_entries(pattern.findall(dictionary_text()))

    def add_entries(self, entries: list[tuple[str, str]]) -> None:
        freq = self.tokenizer.FREQ
        for word, count in entries:
            if freq.get(word, 0) < DOMAIN_FREQ:  # a domain term keeps its weight
                freq[word] = int(count)
            for end in range(1, len(word)):
                freq.setdefault(word[:end], 0)

    def use(self, segmenter: Segmenter | None) -> None:
        """Make the tables hold `segmenter`'s words and no other's (call with the lock held)."""
        if segmenter is self.owner and (segmenter is None or segmenter.version == self.owner_version):
            return
        self.release()
        if segmenter is None:
            return
        tk = self.tokenizer
        for word, tag in segmenter.words.items():
            former = tk.FREQ.get(word)
            if (former or 0) >= DOMAIN_FREQ:
                continue  # a domain term stays one, with its own tag
            self.undo.append((word, former))
            tk.FREQ[word] = DOMAIN_FREQ
            tk.total += DOMAIN_FREQ
            self.tags[word] = tag
            for end in range(1, len(word)):
                if word[:end] not in tk.FREQ:
                    tk.FREQ[word[:end]] = 0
                    self.prefixes.append(word[:end])
        self.owner, self.owner_version = segmenter, segmenter.version

    def release(self, segmenter: Segmenter | None = None) -> None:
        """Take the owner's words out of the tables (only if it is `segmenter`, when given)."""
        if self.owner is None or (segmenter is not None and segmenter is not self.owner):
            return
        tk = self.tokenizer
        while self.undo:
            word, former = self.undo.pop()
            if former is None:
                del tk.FREQ[word]
            else:
                tk.FREQ[word] = former
            tk.total -= DOMAIN_FREQ
        for prefix in self.prefixes:
            tk.FREQ.pop(prefix, None)
        self.prefixes, self.tags, self.owner = [], {}, None

    def tagger(self) -> Any:
        """The part-of-speech tagger on this tokenizer, one for the process.

        jieba moves the tags of words added to a tokenizer into whichever tagger cuts next, so
        a second tagger would tag the domain terms x; the owner's tags are put on the words
        each cut returns instead (`Segmenter.tagged`). The dictionary's 349,000 tags are read once.
        """
        if self._tagger is None:
            import jieba.posseg

            self._tagger = jieba.posseg.POSTokenizer(self.tokenizer)
            self._tagger.makesure_userdict_loaded()  # the domain terms' tags, now and for good
        return self._tagger


@lru_cache(maxsize=1)
def dictionary() -> Dictionary:
    return Dictionary()


def tokenizer() -> Any:
    """The shared jieba tokenizer (holding no Segmenter's words when none is cutting)."""
    return dictionary().tokenizer


def cover(text: str) -> None:
    dictionary().cover(text)


class Segmenter:
    """The word segmenter of one extraction: the shared dictionary plus the words added to this
    one (the region names of the document being read), which only this one's cuts see."""

    def __init__(self) -> None:
        self.words: dict[str, str] = {}  # added word -> part-of-speech tag
        self.version = 0  # counts changes to `words`

    def add_words(self, names: Iterable[str], tag: str = PLACE_TAG) -> None:
        if self is NO_WORDS:
            raise RuntimeError("words are added to the segmenter of an extraction, not to NO_WORDS")
        new = {name: tag for name in names if len(name) >= 2 and name not in self.words}
        if new:
            self.words.update(new)
            self.version += 1

    @contextmanager
    def active(self) -> Iterator[Segmenter]:
        """Make this the segmenter of the module's functions (cut, is_word …) inside the block."""
        token = _active.set(self)
        try:
            yield self
        finally:
            _active.reset(token)
            with dictionary().lock:
                dictionary().release(self)

    @contextmanager
    def tables(self, text: str) -> Iterator[Dictionary]:
        """The dictionary, covering `text` and holding this segmenter's words, while the block runs."""
        d = dictionary()
        d.cover(text)
        with d.lock:
            d.use(self)
            yield d

    def cut(self, text: str) -> list[str]:
        with self.tables(text) as d:
            return d.tokenizer.lcut(text, HMM=False)

    def tagged(self, text: str) -> list[Any]:
        """Words with their part of speech (jieba's pairs: .word, .flag)."""
        import jieba.posseg

        with self.tables(text) as d:
            pairs = d.tagger().lcut(text, HMM=False)
            tags = d.tags
        return [jieba.posseg.pair(p.word, tags[p.word]) if p.word in tags else p for p in pairs]

    def boundaries(self, text: str) -> set[int]:
        """Offsets in `text` where a token starts or ends."""
        out, pos = {0}, 0
        for token in self.cut(text):
            pos += len(token)
            out.add(pos)
        return out

    def is_word(self, text: str, start: int, end: int, window: int = 12) -> bool:
        """Whether text[start:end] starts and ends on token boundaries (大新 in 两大新兴: no).

        The same as testing boundaries(text[left : end + window]), segmenting only what decides it.
        """
        left = max(0, start - window)
        piece = text[left : end + window]
        s, e = start - left, end - left
        with self.tables(piece) as d:
            for run in runs(piece):
                inside = {pos - run.start() for pos in (s, e) if run.start() < pos < run.end()}
                inside = {pos for pos in inside if not surely_boundary(d, run.group(), pos)}
                if inside and not inside <= self.boundaries(run.group()):
                    return False
        return not splits_crlf(piece, s) and not splits_crlf(piece, e)

    def next_boundary(self, text: str, pos: int) -> int:
        """The first offset >= pos where a token of cut(text) starts or ends (or len(text))."""
        with self.tables(text) as d:
            for run in runs(text):
                if run.start() < pos < run.end():
                    if surely_boundary(d, run.group(), pos - run.start()):
                        return pos
                    return run.start() + min(b for b in self.boundaries(run.group()) if b >= pos - run.start())
        return pos + 1 if splits_crlf(text, pos) else min(pos, len(text))

    def keywords(self, text: str, top: int = 10, exclude: tuple[str, ...] = ()) -> list[str]:
        """TF-IDF keywords (nouns and domain terms) of a region's sentences, without
        general words and without the names in `exclude` (the region's own names)."""
        with self.tables(text):
            tags = tfidf().extract_tags(text, topK=top * 3, allowPOS=("n", "nz", "vn", "nt", "eng"))
        skip = keyword_stopwords() | set(exclude)
        return [t for t in tags if t not in skip and not re.fullmatch(r"[\d.%]+|[A-Za-z]", t)][:top]


_active: ContextVar[Segmenter | None] = ContextVar("reporter_segmenter", default=None)
NO_WORDS = Segmenter()  # what the module's functions cut with outside an extraction; never given words


def current() -> Segmenter:
    """The segmenter of the extraction running in this context, else one without added words."""
    return _active.get() or NO_WORDS


F = TypeVar("F", bound=Callable[..., Any])


def in_run(function: F) -> F:
    """Run `function` with the active segmenter, or with a new one for the call when none is."""

    @functools.wraps(function)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if _active.get() is not None:
            return function(*args, **kwargs)
        with Segmenter().active():
            return function(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


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


def add_places(names: Iterable[str]) -> None:
    """Make the regions a document mentions single tokens (西双版纳州, 上虞经开区) for the rest of
    its extraction: a document is cut with its own place names, not those read before it."""
    segmenter = _active.get()
    if segmenter is None:
        raise RuntimeError("add_places outside an extraction: use `with Segmenter().active():`")
    segmenter.add_words(names, PLACE_TAG)


def cut(text: str) -> list[str]:
    return current().cut(text)


def boundaries(text: str) -> set[int]:
    return current().boundaries(text)


def is_word(text: str, start: int, end: int, window: int = 12) -> bool:
    return current().is_word(text, start, end, window)


def next_boundary(text: str, pos: int) -> int:
    return current().next_boundary(text, pos)


def tagged(text: str) -> list[Any]:
    return current().tagged(text)


def keywords(text: str, top: int = 10, exclude: tuple[str, ...] = ()) -> list[str]:
    return current().keywords(text, top, exclude)


# jieba cuts a text into runs of the characters of its re_han_default and segments
# each run on its own; every other character is a token by itself, but for "\r\n".
# So whether an offset is a token boundary depends only on the run around it: only
# that run needs segmenting, and an offset between runs is a boundary already.
def runs(text: str):
    import jieba

    return jieba.re_han_default.finditer(text)


def surely_boundary(d: Dictionary, run: str, pos: int) -> bool:
    """Whether cut(run) has a boundary at pos without segmenting: when no dictionary
    word of the run spans pos, jieba's best route, made of dictionary words and
    single characters, cannot step over it. (Its one merge, of single letters or
    digits in a row, needs a letter or digit on both sides.)

    False means "maybe not": segment to know. The scan is the one jieba's get_DAG
    makes, only for the words that start before pos.
    """
    if run[pos - 1 : pos + 1].isascii() and run[pos - 1 : pos + 1].isalnum():
        return False
    freq = d.tokenizer.FREQ
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
def tfidf() -> Any:
    """jieba's TF-IDF extractor on the shared tokenizer and tagger (its IDF table loads once)."""
    d = dictionary()
    with warnings.catch_warnings():
        # jieba reads its IDF table with an open() it never closes (also on import, for its own
        # default extractor): a ResourceWarning of jieba's, not ours.
        warnings.simplefilter("ignore", ResourceWarning)
        import jieba.analyse

        extractor = jieba.analyse.TFIDF()
    extractor.tokenizer = d.tokenizer
    extractor.postokenizer = d.tagger()
    return extractor


@lru_cache(maxsize=1)
def keyword_stopwords() -> frozenset[str]:
    from reporter import lexicon

    return frozenset(lexicon.words("keyword_stopwords.txt"))
