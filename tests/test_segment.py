"""The segmenter of an extraction: the words added to one are seen by its cuts only."""

from __future__ import annotations

import threading

import pytest

from reporter import segment

TEXT = "滨海新港建设加快，和平发展是主题"


def test_two_segmenters_cut_with_their_own_words_only() -> None:
    plain = segment.cut(TEXT)
    a, b = segment.Segmenter(), segment.Segmenter()
    a.add_words(["滨海新港", "和平"])
    b.add_words(["海新港建"])
    for _ in range(2):  # in turns, each sees its own words and never the other's
        assert "滨海新港" in a.cut(TEXT) and "海新港建" not in a.cut(TEXT)
        assert "海新港建" in b.cut(TEXT) and "滨海新港" not in b.cut(TEXT)
    assert segment.cut(TEXT) == plain
    assert "滨海新港" not in segment.tokenizer().FREQ and "海新港建" not in segment.tokenizer().FREQ


def test_a_place_tag_stays_with_its_segmenter() -> None:
    tags = lambda s: {p.word: p.flag for p in s.tagged(TEXT)}  # noqa: E731
    before = tags(segment.NO_WORDS)
    a = segment.Segmenter()
    a.add_words(["和平"])  # a dictionary word with a tag of its own
    assert tags(a)["和平"] == "ns" != before["和平"]
    assert tags(segment.Segmenter()) == tags(segment.NO_WORDS) == before


def test_the_active_segmenter_serves_the_module_functions_and_ends_with_its_block() -> None:
    with segment.Segmenter().active():
        segment.add_places(["滨海新港"])
        assert "滨海新港" in segment.cut(TEXT)
        assert segment.is_word(TEXT, 0, 4) and not segment.is_word(TEXT, 1, 4)
    assert "滨海新港" not in segment.cut(TEXT)
    assert "滨海新港" not in segment.tokenizer().FREQ
    with pytest.raises(RuntimeError):
        segment.add_places(["滨海新港"])  # outside an extraction there is no one to add it to


def test_extractions_in_two_threads_do_not_see_each_others_words() -> None:
    expected = {"滨海新港": segment.Segmenter(), "海新港建": segment.Segmenter()}
    for word, s in expected.items():
        s.add_words([word])
    wanted = {word: s.cut(TEXT) for word, s in expected.items()}
    got: dict[str, list[list[str]]] = {}

    def work(word: str) -> None:
        with segment.Segmenter().active():
            segment.add_places([word])
            got[word] = [segment.cut(TEXT) for _ in range(200)]

    threads = [threading.Thread(target=work, args=(word,)) for word in expected]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {word: {tuple(c) for c in cuts} for word, cuts in got.items()} == {w: {tuple(c)} for w, c in wanted.items()}


def test_keywords_find_domain_terms_whatever_was_tagged_before() -> None:
    text = "专精特新企业培育加快，专精特新企业数量增加，小巨人企业增长"
    segment.tagged(text)  # a tagger that cut first once took the domain terms' tags for itself
    assert "专精特新企业" in segment.keywords(text)
