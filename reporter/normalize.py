"""Normalise text as people save it, before anything reads it.

Text copied out of PDFs puts spaces inside words and between a number and its
unit ("2018 年", "3500 亿元"); pages gloss hard characters with pinyin
("蚌(bèng)埠市"); editors leave zero-width characters and mojibake replacement
characters; some sites type digits full-width. Each of these would break a
name or a number, so they are undone line by line. Spaces between Latin words
stay. The line as written is kept by ingest (`Document.original`), so evidence
still maps back to what the file says.
"""

from __future__ import annotations

import re
import unicodedata

from reporter import lexicon

CJK_CHAR = r"\u3400-\u9fff\uf900-\ufaff"
# CJK punctuation and full-width forms count as Chinese text for spacing.
CJK_PUNCT = r"\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\u201c\u201d\u2018\u2019\u2014\u2026"
SPACES = r"[ \t\u3000\xa0\u2002-\u200a\u202f\u205f]+"
# A run of spaces with Chinese text on one side and Chinese text, a digit or a
# sign that belongs to a number on the other ("2018 年", "年 10", "增长 3.5 %").
SPACE_IN_CHINESE = re.compile(
    rf"(?<=[{CJK_CHAR}{CJK_PUNCT}]){SPACES}(?=[{CJK_CHAR}{CJK_PUNCT}\d%％.(（])"
    rf"|(?<=[\d%％.)）]){SPACES}(?=[{CJK_CHAR}{CJK_PUNCT}%％])"
    rf"|(?<=\d){SPACES}(?=[.．]\d)|(?<=\d[.．]){SPACES}(?=\d)"
)
TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
# A pinyin gloss right after a character: "重(chóng)庆", "蚌埠（bèng bù）", or without tone
# marks as some sites print them ("西(xi)部"). A gloss without a tone mark must be made of
# pinyin syllables, so "(GDP)", "(inc)" or "(2)" after a word stay.
PINYIN_GLOSS = re.compile(
    rf"(?<=[{CJK_CHAR}])(?:\s*[(（《{{]\s*([a-zü{TONED}]+(?:\s+[a-zü{TONED}]+)*)\d?\s*[)）》}}])+"
)  # one gloss or the same gloss repeated: 区(qū)(qū); mirrors also write 都《dōu》, 新{xīn}区
# 成chéng 都, 中国guó 整体: page mirrors also glue a toned syllable to its character, with a space
# or none after it. Only a syllable with a tone mark is one (GDP, PM2.5 stay).
BARE_GLOSS = re.compile(rf"(?<=[{CJK_CHAR}])([a-zü{TONED}]{{1,6}}) ?(?=[{CJK_CHAR}{CJK_PUNCT}])")
UNTONED = str.maketrans({c: "aeiouü"[i // 4] for i, c in enumerate(TONED)})
SYLLABLE = re.compile(
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|er|in|un|ün|ia|ie|iu|ua|uo|ui|üe"
    r"|a|o|e|i|u|ü)"
)


def is_gloss(match: re.Match) -> bool:
    words = match.group(1)
    return any(c in TONED for c in words) or all(SYLLABLE.fullmatch(w) for w in words.split())


def is_bare_gloss(match: re.Match) -> bool:
    """Whether letters glued to a character are one pinyin syllable with a tone mark: SYLLABLE
    knows syllables without their marks, and a word without one (GDP) is no gloss."""
    syllable = match.group(1)
    return any(c in TONED for c in syllable) and bool(SYLLABLE.fullmatch(syllable.translate(UNTONED)))


# 规[繁:規]划, 为【pinyin:wèi】, 大{练:dà}连: a labelled gloss of one character inside a word, which
# splits the word (and, with its colon, the clause) where the page has none.
LABELLED_GLOSS = re.compile(
    rf"[\[(（{{【《]\s*(?:{lexicon.alternation('gloss_labels.txt')})\s*[:：][^\]）)}}】》\n]{{1,12}}?[\]）)}}】》]"
)


INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\ufffd\u00ad]")
# Full-width digits, Latin letters and the signs numbers use; CJK punctuation
# such as ，。（）： stays, the rest of the code reads both forms.
FULL_WIDTH = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},
        **{chr(0xFF21 + i): chr(0x41 + i) for i in range(26)},
        **{chr(0xFF41 + i): chr(0x61 + i) for i in range(26)},
        "％": "%",
        "．": ".",
        "＋": "+",
        "－": "-",
        "／": "/",
        # 21﹕79, 12﹪: punctuation some pages type in its small or vertical presentation form
        # (U+FE10–FE19, FE30–FE4F, FE50–FE6B), read as the form it presents.
        **{c: n for c in map(chr, range(0xFE10, 0xFE6C)) if len(n := unicodedata.normalize("NFKC", c)) == 1},
    }
)


# 2057。20亿元, 83。19平方公里: a decimal point typed (or recognised) as a full stop, between
# digits; not before a date or a year that starts the next sentence (达到12。2023年…).
STOP_AS_POINT = re.compile(r"(?<=\d)。(?=\d{1,3}(?![\d年月日号]))")
# 上涨1·8%, 1·5亿元: a decimal point typed as a middle dot, before a rate or an amount; not the
# dot of a date or an event's name (“6·1”地震, 5·12).
DOT_AS_POINT = re.compile(r"(?<=\d)[·•・](?=\d{1,3}\s*(?:[%‰倍元]|万|亿))")


# 晋江市,、石狮市; 考察,。 some mirrors of news pages put a half-width comma before every
# punctuation mark, which breaks lists of places: such a comma is debris. Not in 1,000.
STRAY_COMMA = re.compile(rf"(?<=[{CJK_CHAR}{CJK_PUNCT}]),(?=[、，。；：,！？])")


def normalize_line(text: str, spacing: bool = True) -> str:
    """One line of text with pinyin glosses, invisible and full-width characters, stray commas
    before punctuation and full stops or middle dots typed for decimal points undone, and (with `spacing`)
    spaces inside Chinese text removed."""
    text = INVISIBLE.sub("", text).translate(FULL_WIDTH)
    text = STOP_AS_POINT.sub(".", text)
    text = DOT_AS_POINT.sub(".", text)
    text = STRAY_COMMA.sub("", text)
    text = LABELLED_GLOSS.sub("", text)
    text = PINYIN_GLOSS.sub(lambda m: "" if is_gloss(m) else m.group(0), text)
    text = BARE_GLOSS.sub(lambda m: "" if is_bare_gloss(m) else m.group(0), text)
    return (SPACE_IN_CHINESE.sub("", text) if spacing else text).strip()


def is_spaced_out(text: str) -> bool:
    """Spaces between most words, as text copied out of a PDF has them; a headline's one or
    two separating spaces are deliberate."""
    return len(SPACE_IN_CHINESE.findall(text)) > SEPARATING_SPACES


SEPARATING_SPACES = 2
