"""Arabic full-text search: clitic and diacritic variants, same hits on both backends."""
from __future__ import annotations

import pytest

from rasd.search import index_text, make_snippet, query_terms

from rasd.store.testing import article

ARTICLES = {
    "with_article": "وصلت التعزيزات إلى المدينة صباح اليوم.",
    "bare": "قالت مصادر إن مدينة تعز تشهد هدوءا.",
    "diacritics": "دخلت القواتُ المَدِينَةَ بعد معارك عنيفة.",
    "conjunction": "وانسحب المقاتلون والمدينة محاصرة.",
    "unrelated": "ارتفعت أسعار النفط في الأسواق العالمية.",
}


@pytest.mark.parametrize("variant", ["بالمدينة", "المدينة", "مدينة", "والمدينة", "للمدينة", "المدينه",
                                     "المـــدينة", "المَدِينَة"])
def test_variants_share_one_term(variant):
    assert query_terms(variant) == query_terms("مدينة")


def test_words_that_only_start_like_a_clitic_are_kept():
    assert query_terms("الله") != query_terms("له")
    assert index_text("وزير") == index_text("الوزير")


def test_snippet_highlights_the_matching_words():
    text = "قبل كل شيء " * 40 + "وصلت القوات إلى المدينة القديمة."
    snippet = make_snippet(text, query_terms("بالمدينة"))
    (start, end), = snippet.highlights
    assert snippet.text[start:end] == "المدينة"
    assert text[snippet.start + start:snippet.start + end] == "المدينة"


@pytest.fixture
def corpus(store):
    ids = {}
    for key, text in ARTICLES.items():
        ids[key], _ = store.add_article(article(text, title=""), None)
    return store, ids


@pytest.mark.parametrize("query", ["بالمدينة", "المدينة", "مدينة", "المَدِينَة", "والمدينة"])
def test_search_finds_every_variant(corpus, query):
    store, ids = corpus
    hits = {h["id"] for h in store.search_articles(query)}
    assert hits == {ids["with_article"], ids["bare"], ids["diacritics"], ids["conjunction"]}


def test_search_requires_every_word(corpus):
    store, ids = corpus
    assert {h["id"] for h in store.search_articles("مدينة تعز")} == {ids["bare"]}
    assert store.count_articles("مدينة تعز") == 1


def test_search_hits_carry_plain_text_highlights(corpus):
    store, ids = corpus
    (hit,) = [h for h in store.search_articles("بالمدينة") if h["id"] == ids["diacritics"]]
    (start, end), = hit["highlights"]
    assert hit["snippet"][start:end] == "المَدِينَةَ"


def test_empty_query_is_rejected(store):
    with pytest.raises(ValueError, match="no words"):
        store.search_articles("  ...  ")
