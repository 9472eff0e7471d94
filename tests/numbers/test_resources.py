"""Integrity of rasd/resources/numbers/*.tsv: every row valid, no duplicate keys after normalisation."""
from collections import Counter

from rasd.lexicon.tsv import read_resource_tsv
from rasd.numbers.lexicon import (FUNCTION_ROLES, GRAMMATICAL_NUMBERS, NUMBER_KINDS, OUTCOMES, QUALIFIERS,
                                  ROLES, VICTIM_CLASSES, load_numbers_lexicon)
from rasd.text.normalize import normalize_key


def _duplicates(keys):
    return [key for key, n in Counter(keys).items() if n > 1]


def test_lexicon_loads_quickly_and_completely():
    lexicon = load_numbers_lexicon()
    assert len(lexicon.number_words) > 90
    assert len(lexicon.casualty_terms) > 80
    assert len(lexicon.victims) > 150
    assert all(lexicon.function_words[role] for role in FUNCTION_ROLES)


def test_number_words_are_valid_and_unique():
    rows = list(read_resource_tsv("numbers/number_words.tsv"))
    assert not _duplicates(normalize_key(r["form"]) for r in rows)
    for row in rows:
        assert row["kind"] in NUMBER_KINDS, row
        assert int(row["value"]) > 0, row


def test_qualifiers_are_valid_and_unique_per_position():
    rows = list(read_resource_tsv("numbers/qualifiers.tsv"))
    assert not _duplicates((normalize_key(r["phrase"]), r["position"]) for r in rows)
    assert all(r["qualifier"] in QUALIFIERS and r["position"] in ("before", "after") for r in rows)


def test_casualty_terms_are_valid_and_unique():
    rows = list(read_resource_tsv("numbers/casualty_terms.tsv"))
    assert not _duplicates(normalize_key(r["form"]) for r in rows)
    for row in rows:
        assert row["outcome"] in OUTCOMES and row["role"] in ROLES, row
        assert row["number"] in GRAMMATICAL_NUMBERS, row
        if row["role"] in ("act_noun", "act_verb"):
            assert row["number"] == "-", row
    assert {r["outcome"] for r in rows} == OUTCOMES


def test_victims_are_valid_and_unique():
    rows = list(read_resource_tsv("numbers/victims.tsv"))
    assert not _duplicates(normalize_key(r["form"]) for r in rows)
    assert all(r["victim_class"] in VICTIM_CLASSES and r["number"] in GRAMMATICAL_NUMBERS for r in rows)
    assert {r["victim_class"] for r in rows} == VICTIM_CLASSES


def test_function_words_and_non_counts_are_valid_and_unique():
    rows = list(read_resource_tsv("numbers/function_words.tsv"))
    assert not _duplicates((normalize_key(r["form"]), r["role"]) for r in rows)
    assert all(r["role"] in FUNCTION_ROLES for r in rows)
    rows = list(read_resource_tsv("numbers/non_counts.tsv"))
    assert not _duplicates((normalize_key(r["form"]), r["position"]) for r in rows)
    assert all(r["position"] in ("before", "after") for r in rows)


def test_no_word_is_both_a_casualty_term_and_a_victim_noun():
    terms = {normalize_key(r["form"]) for r in read_resource_tsv("numbers/casualty_terms.tsv")}
    victims = {normalize_key(r["form"]) for r in read_resource_tsv("numbers/victims.tsv")}
    assert not terms & victims
