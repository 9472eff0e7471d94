"""Tribal militias read from the text, with a transliterated English name."""
import pytest

import rasd
from rasd.lexicon.tribes import find_tribes, transliterate


@pytest.mark.parametrize("text, surface, canonical", [
    ('اشتباكات مع رجال قبيلة "آل غليس"، بمدينة رداع', 'رجال قبيلة "آل غليس"', "Al Ghlys Tribal Militia ({country})"),
    ("اشتبك مسلحو عشيرة البو نمر مع عناصر داعش", "مسلحو عشيرة البو نمر", "Al Bu Nmr Tribal Militia ({country})"),
    ("وتدخلت قبيلة حاشد لوقف القتال", "قبيلة حاشد", "Hashd Tribal Militia ({country})"),
])
def test_named_tribes_become_identity_militias(text, surface, canonical):
    (match,) = find_tribes(text)
    assert (match.surface, match.entry.canonical, match.entry.type_code) == (surface, canonical, 4)


@pytest.mark.parametrize("text", ["تحالف قبائل يمنية", "القبيلة في المنطقة", "أبناء القبائل من مختلف المناطق",
                                  "قبائل عربية", "عشائر غرب البلاد"])
def test_descriptions_of_tribes_are_no_names(text):
    assert find_tribes(text) == []


def test_transliteration_keeps_name_particles():
    assert transliterate("آل عطيفة") == "Al Tyfa"


def test_a_tribal_clash_names_the_tribe_with_the_article_country():
    text = "اندلعت اشتباكات عنيفة أمس بين مسلحين حوثيين ورجال قبيلة آل غليس في مدينة رداع بمحافظة البيضاء."
    (event,) = rasd.extract(text, published="2018-02-22").events
    assert {event.actor1.name, event.actor2.name} == {"Houthis", "Al Ghlys Tribal Militia (Yemen)"}
