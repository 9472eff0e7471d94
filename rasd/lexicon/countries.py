"""Countries: ISO codes, ACLED names and regions, Arabic names and demonyms (resources/countries.tsv).

`demonyms_ar` in the TSV holds the masculine singular adjective ("سوري"); the loader derives
the forms news text actually uses after a noun (سورية، سوريون، سوريين، سوريات، سوريا) so the
resource stays one readable line per country. Entries that do not end in ي (irregular
plurals such as "أمريكان") are used as written.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..text.normalize import normalize_key
from .matcher import PhraseMatcher
from .tsv import ResourceError, read_tsv, split_field

COLUMNS = ("iso2", "iso3", "acled_iso", "name_en", "region", "names_ar", "demonyms_ar")

# ACLED writes "Military Forces of the United States" but "Civilians (United States)".
_NAMES_WITH_THE = ("United ", "Central African", "Democratic Republic", "Netherlands",
                   "Philippines", "Comoros")


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    numeric: int
    name: str
    region: str
    names_ar: tuple[str, ...]
    demonyms_ar: tuple[str, ...]

    @property
    def name_after_of(self) -> str:
        """The name as it follows "Military Forces of ": "the United States", "Syria"."""
        return f"the {self.name}" if self.name.startswith(_NAMES_WITH_THE) else self.name


def inflect_demonym(stem: str) -> tuple[str, ...]:
    """Masculine singular "سوري" → the feminine, plural and accusative forms used in news."""
    if not stem.endswith("ي"):
        return (stem,)
    return (stem, stem + "ة", stem + "ون", stem + "ين", stem + "ات", stem + "ا")


def _country_from_row(row: dict[str, str], line_no: int) -> Country:
    try:
        numeric = int(row["acled_iso"])
    except ValueError:
        raise ResourceError(f"countries.tsv:{line_no}: acled_iso {row['acled_iso']!r} is not a number") from None
    demonyms = tuple(form for stem in split_field(row["demonyms_ar"]) for form in inflect_demonym(stem))
    return Country(row["iso2"], row["iso3"], numeric, row["name_en"], row["region"],
                   split_field(row["names_ar"]), demonyms)


@functools.cache
def load_countries() -> dict[str, Country]:
    """All countries by ISO alpha-2 code."""
    countries: dict[str, Country] = {}
    for line_no, row in read_tsv("countries.tsv", COLUMNS):
        country = _country_from_row(row, line_no)
        if country.iso2 in countries:
            raise ResourceError(f"countries.tsv:{line_no}: duplicate iso2 {country.iso2}")
        countries[country.iso2] = country
    return countries


@functools.cache
def _index_by_name() -> dict[str, Country]:
    index: dict[str, Country] = {}
    for c in load_countries().values():
        for key in (c.iso2, c.iso3, c.name, c.name_after_of, *c.names_ar):
            index[normalize_key(key)] = c
    return index


def country_by_name(name_en_or_iso2: str) -> Country | None:
    """Look up by ISO alpha-2/alpha-3 code, English name or Arabic name; None when unknown."""
    return _index_by_name().get(normalize_key(name_en_or_iso2 or ""))


@functools.cache
def country_matcher() -> PhraseMatcher[Country]:
    """Matches Arabic country names and demonym forms ("سوريا", "السوري", "للسوريين")."""
    matcher: PhraseMatcher[Country] = PhraseMatcher()
    for country in load_countries().values():
        # Spelling variants ("إثيوبيا", "أثيوبيا") fold to one key: add each key once.
        for key in dict.fromkeys(map(normalize_key, country.names_ar + country.demonyms_ar)):
            matcher.add(key, country)
    return matcher
