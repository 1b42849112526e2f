"""The divisions a page's web address names: songyang.gov.cn is 松阳县's site, fzmq.gov.cn
福州's 闽清县's, a county section /yuanling/ of a news site 沅陵县's.

A local government's or paper's page often never writes its own place (我县, 全县…): the
address is where a reader sees whose page it is. A word of the address names a division
when it is the pinyin of one of the division's names (songyang), or the initials or pinyin of
a chain of divisions each inside the one before (fz + mq: 福州 then its 闽清). Words every
address has (www, gov, news) are in data/address_words.txt.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection
from functools import lru_cache
from urllib.parse import urlsplit

from reporter import gazetteer, lexicon

MIN_PIECE = 2  # one letter is no division's initials


@lru_cache(maxsize=1)
def spellings() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(pinyin -> codes, initials -> codes) of every province, prefecture and county name and
    short form of the gazetteer, former names included; not the short forms that are words."""
    gaz = gazetteer.load()
    spelled: dict[str, set[str]] = defaultdict(set)
    initials: dict[str, set[str]] = defaultdict(set)
    for name, codes in gaz.names.items():
        if len(name) < 2 or gazetteer.is_stop(name):
            continue
        for code in codes:
            syllables = name_syllables(name, gaz.rows[code][2])
            spelled["".join(syllables)].add(code)
            initials["".join(s[0] for s in syllables)].add(code)
    return dict(spelled), dict(initials)


def name_syllables(name: str, official: str) -> list[str]:
    """The pinyin of a division's name, read within its official name when it is the start of it:
    宜都 alone reads yi dou, within 宜都市 yi du."""
    from pypinyin import lazy_pinyin

    if official.startswith(name):
        return lazy_pinyin(official)[: len(name)]
    return lazy_pinyin(name)


def address_words(url: str) -> list[str]:
    """The words of an address that may name a place: the host's labels, then the path's
    segments, lower case, letters only, without the words every address has."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return []
    common = set(lexicon.words("address_words.txt"))
    host = (parts.hostname or "").split(".")
    path = re.split(r"[/._\-]", parts.path)
    return [w for w in (p.lower() for p in [*host, *path]) if w.isascii() and w.isalpha() and w not in common]


def chains(word: str, gaz, parent: str = "") -> list[list[str]]:
    """Every way `word` spells divisions one after another, each inside the one before it
    (after `parent`), each by its pinyin or its initials."""
    if not word:
        return [[]]
    spelled, initials = spellings()
    out: list[list[str]] = []
    for cut in range(MIN_PIECE, len(word) + 1):
        piece = word[:cut]
        for code in spelled.get(piece, set()) | initials.get(piece, set()):
            if not parent or parent in gaz.ancestors(code):
                out.extend([code, *rest] for rest in chains(word[cut:], gaz, code))
    return out


def word_places(word: str, gaz) -> set[str]:
    """The divisions one address word names: those it spells whole, else the last of a chain
    of two or more (one's initials alone, fl or py, could be any of dozens of places)."""
    spelled, _ = spellings()
    if word in spelled:
        return set(spelled[word])
    return {chain[-1] for chain in chains(word, gaz) if len(chain) >= 2}


def address_places(url: str, named: Collection[str] = (), fits: Callable[[str], bool] = lambda code: True) -> list[str]:
    """Division codes the address names, innermost first: of quanzhou.example.cn/dehua/, 德化县
    before 泉州市. Only divisions that `fits` keeps count (a page that says 全市 is a 市's:
    linxiang is 临湘市 there, not 临翔区). A word that spells several (quanzhou: 泉州市 and
    全州县) names the one inside or around a division another word names, or the one inside a
    division of `named` (the text's); else none. Empty when the address names none."""
    gaz = gazetteer.load()
    spelled = []
    for word in address_words(url):
        places = word_places(word, gaz)
        kept = {c for c in places if fits(c)}
        # quanzhou spells 泉州市 and 全州县: a city's page may be about any of its counties, so a
        # spelling that also names a division above the kept ones stays ambiguous.
        top = min((gaz.rows[c][0] for c in kept), default=0)
        spelled.append(places if any(gaz.rows[c][0] < top for c in places - kept) else kept)
    found: list[str] = []
    for k, places in enumerate(spelled):
        others = {c for j, other in enumerate(spelled) if j != k for c in other if len(other) == 1} | set(named)
        if len(places) > 1:
            places = {c for c in places if any(o in gaz.ancestors(c) or c in gaz.ancestors(o) for o in others)}
        if len(places) == 1 and (code := places.pop()) not in found:
            found.append(code)
    found = [c for c in found if fits(c)]
    inner = [c for c in found if any(a in found for a in gaz.ancestors(c))]
    return inner + [c for c in found if c not in inner]


def address_park(url: str) -> str:
    """The zone the address names, as a name parks know (渭南高新区): a zone word
    (data/address_park_words.csv) ending a word of the address, and the one prefecture-level
    city its words spell (yueyang: 岳阳市, not 岳阳县); "" when it names no zone or no such city."""
    kinds = {row["word"]: row["park"] for row in lexicon.table("address_park_words.csv")}
    words = address_words(url)
    zone = next((kinds[k] for w in words for k in kinds if w.endswith(k)), "")
    gaz = gazetteer.load()
    cities = {c for w in words for c in word_places(w, gaz) if gaz.level(c) == "prefecture"}
    if not zone or len(cities) != 1:
        return ""
    city = gaz.regions[cities.pop()]
    return min([city.name, *city.aliases], key=len) + zone
