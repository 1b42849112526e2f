"""Property tests: random and mutated text never raises anything but ReporterError.

Over 10,000 generated inputs in all, derandomized so CI is repeatable.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from conftest import SEEDS
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reporter import extract, ingest
from reporter.errors import ReporterError

FAST = settings(
    deadline=None,
    database=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
# Characters that matter to the grammar: digits, Chinese numerals, units, punctuation, places.
TOKENS = st.sampled_from(
    list('0123456789.%％,，。；：、“”"()（）-—~ \n')
    + list("零一二两三四五六七八九十百千万亿余多近约超过逾左右以上第强倍个百分点户家项条名亩元级年月日")
    + list("松江区西双版纳州我全该县市镇省上虞经开区园港是的增长提高到力争目标十三五四")
    + ["\x00", "\ufffd", "\u200b", "<script>", "&amp;", "𠀀"]
)


@lru_cache(maxsize=1)
def seed_bytes() -> list[bytes]:
    return [p.read_bytes() for p in sorted(SEEDS.iterdir())]


def run_pipeline(raw: bytes, text: str) -> None:
    try:
        page = ingest.PageText(ingest.text_lines(text), "utf-8")
        doc = ingest.build_document(Path("fuzz.txt"), raw, page)
        extract.extract_document(doc)
    except ReporterError:
        pass


@settings(FAST, max_examples=6000)
@given(st.lists(TOKENS, max_size=120).map("".join))
def test_random_text_through_ingest_and_extract(text):
    run_pipeline(text.encode("utf-8", "surrogatepass"), text)


@settings(FAST, max_examples=4000)
@given(
    doc=st.integers(0, 4),
    start=st.integers(0, 12000),
    length=st.integers(0, 400),
    flips=st.lists(st.tuples(st.integers(0, 399), st.integers(0, 255)), max_size=6),
    encoding=st.sampled_from(["utf-8", "gb18030", "utf-16", "big5"]),
)
def test_mutated_seed_slices_in_mixed_encodings(doc, start, length, flips, encoding):
    text = seed_bytes()[doc].decode("utf-8")
    piece = text[start % max(1, len(text)) :][:length]
    raw = bytearray(piece.encode(encoding, errors="replace"))
    for pos, byte in flips:
        if raw:
            raw[pos % len(raw)] = byte
    try:
        decoded, _encoding = ingest.decode(bytes(raw), "fuzz.txt")
    except ReporterError:
        return
    run_pipeline(bytes(raw), decoded)
