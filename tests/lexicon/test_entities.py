import pytest

from rasd.lexicon.countries import read_rows
from rasd.lexicon.entities import ENTITY_TYPES, entity_matcher
from rasd.text.normalize import normalize


def entities_in(text):
    return [(m.surface, m.value.type, m.value.name_en) for m in entity_matcher().find(normalize(text))]


def test_resource_rows_are_valid():
    people = read_rows("entities/persons.tsv", ("name_en", "subtype", "country", "aliases_ar"))
    orgs = read_rows("entities/organizations.tsv", ("name_en", "subtype", "aliases_ar"))
    for rows in (people, orgs):
        names = [row["name_en"] for _, row in rows]
        assert len(names) == len(set(names))
        assert all(row["aliases_ar"] for _, row in rows)


@pytest.mark.parametrize("text, expected", [
    ("التقى بشار الأسد", ("بشار الأسد", "PER", "Bashar al-Assad")),
    ("قال المشير خليفة حفتر", ("المشير خليفة حفتر", "PER", "Khalifa Haftar")),
    ("وصرح ترامب", ("ترامب", "PER", "Donald Trump")),
    ("دعا غوتيريش", ("غوتيريش", "PER", "Antonio Guterres")),
    ("أعلنت منظمة الصحة العالمية", ("منظمة الصحة العالمية", "ORG", "World Health Organization")),
    ("وللأمم المتحدة", ("لأمم المتحدة", "ORG", "United Nations")),
    ("قالت الخارجية السعودية", ("الخارجية السعودية", "ORG", "Ministry of Foreign Affairs of Saudi Arabia")),
    ("في ليبيا", ("ليبيا", "LOC", "Libya")),
    ("مقاتلو حزب الله", ("حزب الله", "ORG", "Hezbollah")),
    ("أعلن الحوثيون", ("الحوثيون", "ORG", "Houthis")),
])
def test_known_names_are_found(text, expected):
    assert expected in entities_in(text)


def test_common_nouns_are_not_entities():
    assert entities_in("قتل المسلحين عددا من المدنيين وقصف الجيش السوري") == []


def test_entry_types_are_valid():
    found = entities_in("بشار الأسد والأمم المتحدة وسوريا وداعش")
    assert {t for _, t, _ in found} <= set(ENTITY_TYPES)
    assert len(found) == 4
