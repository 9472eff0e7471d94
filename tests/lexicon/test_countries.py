import pycountry
import pytest

from rasd.lexicon.countries import country_by_name, country_matcher, fill_country, load_countries
from rasd.text.normalize import normalize


def test_codes_agree_with_iso_3166():
    for country in load_countries().values():
        iso = pycountry.countries.get(alpha_2=country.iso2)
        assert iso is not None, country.iso2
        assert (iso.alpha_3, int(iso.numeric)) == (country.iso3, country.numeric), country.name


def test_covers_arab_league_and_main_external_states():
    arab_league = "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split()
    others = "IR TR IL AF PK RU US GB FR DE IT CN NG ML NE TD ET ER SS".split()
    assert set(arab_league + others) <= set(load_countries())


def test_every_country_has_an_arabic_name_and_no_name_names_two_countries():
    owner = {}
    for country in load_countries().values():
        assert country.names_ar, country.name
        for name in country.names_ar:
            assert owner.setdefault(normalize(name).text, country.iso2) == country.iso2, name


@pytest.mark.parametrize("text, iso2", [
    ("وصل الوفد إلى سوريا", "SY"), ("قال مسؤول عراقي", "IQ"), ("والسوريين", "SY"),
    ("الجنود الأميركيين", "US"), ("الولايات المتحدة الأمريكية", "US"), ("للإسرائيليين", "IL"),
    ("جنوب السودان", "SS"),
])
def test_matcher_finds_names_and_demonyms(text, iso2):
    assert [m.value.iso2 for m in country_matcher().find(normalize(text))] == [iso2]


def test_ambiguous_demonym_is_not_matched_on_its_own():
    # "المالية" (finance) must not be read as Malian.
    assert country_matcher().find(normalize("وزارة المالية")) == []


def test_lookup_and_template_filling():
    assert country_by_name("Syria").iso2 == "SY"
    assert country_by_name("USA").iso2 == "US"
    assert country_by_name("ليبيا").iso2 == "LY"
    assert country_by_name("Atlantis") is None
    assert country_by_name("") is None
    us = load_countries()["US"]
    assert fill_country("Military Forces of {country}", us) == "Military Forces of the United States"
    assert fill_country("Civilians ({country})", us) == "Civilians (United States)"
    assert fill_country("Civilians ({country})", None) == "Civilians"
