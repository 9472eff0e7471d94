"""Countries: ISO codes, ACLED names and regions, Arabic names and demonyms (resources/countries.tsv).

`demonyms_ar` in the TSV holds the masculine singular adjective ("سوري"); the loader derives
the forms news text actually uses after a noun (سورية، سوريون، سوريين، سوريات، سوريا, and the
duals سوريان، سوريتان، سوريتين) so the resource stays one readable line per country. Entries that do not end in ي (irregular
plurals such as "أمريكان") are used as written. A stem marked "~" is ambiguous on its own
("مالي" is also "financial") and is only used inside longer phrases ("الجيش المالي").
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..text.normalize import normalize_key
from .matcher import PhraseMatcher
from .tsv import read_resource_tsv

TEMPLATE_SLOT = "{country}"
COLUMNS = ("iso2", "iso3", "acled_iso", "name_en", "region", "names_ar", "demonyms_ar")

# ACLED writes "Military Forces of the United States" but "Civilians (United States)".
_NAMES_WITH_THE = ("United ", "Central African", "Democratic Republic", "Netherlands",
                   "Philippines", "Comoros")


class ResourceError(ValueError):
    """A resource file is malformed; the message names the file and the row."""


def split_field(value: str) -> tuple[str, ...]:
    """A `|`-separated list field; empty items are dropped."""
    return tuple(v.strip() for v in value.split("|") if v.strip())


def read_rows(relative_path: str, columns: tuple[str, ...]) -> list[tuple[str, dict[str, str]]]:
    """(location, row) pairs of a resource TSV; every row must have exactly the header's fields,
    so that a missing or extra tab cannot silently shift an alias into another column."""
    rows = []
    for n, row in enumerate(read_resource_tsv(relative_path), start=1):
        where = f"{relative_path} data row {n}"
        if None in row or any(row.get(c) is None for c in columns):
            raise ResourceError(f"{where}: wrong number of tab-separated fields (columns: {', '.join(columns)})")
        rows.append((where, {k: v.strip() for k, v in row.items()}))
    if not rows:
        raise ResourceError(f"{relative_path}: no rows")
    return rows


@dataclass(frozen=True)
class Country:
    iso2: str
    iso3: str
    numeric: int
    name: str
    region: str
    names_ar: tuple[str, ...]
    demonyms_ar: tuple[str, ...]       # every inflected form, safe to match on its own
    demonym_stems: tuple[str, ...] = ()  # masculine singular stems, ambiguous ones included

    @property
    def name_after_of(self) -> str:
        """The name as it follows "Military Forces of ": "the United States", "Syria"."""
        return f"the {self.name}" if self.name.startswith(_NAMES_WITH_THE) else self.name


def definite_demonyms(country: Country) -> dict[str, str]:
    """Definite demonym forms → the agreement they express: m "السوري", f "السورية",
    pl "السوريين"/"السوريون" (ambiguous stems included: these forms follow a noun)."""
    forms = {}
    for stem in country.demonym_stems:
        forms.update({"ال" + stem: "m", "ال" + stem + "ة": "f", "ال" + stem + "ين": "pl", "ال" + stem + "ون": "pl"})
    return forms


def fill_country(template: str, country: Country | None) -> str:
    """"Military Forces of {country}" → "Military Forces of the United States",
    "Civilians ({country})" → "Civilians (Syria)"; without a country the slot is dropped."""
    if country is None:
        return template.replace(f" ({TEMPLATE_SLOT})", "").replace(f" of {TEMPLATE_SLOT}", "")
    return template.replace(f"of {TEMPLATE_SLOT}", f"of {country.name_after_of}").replace(TEMPLATE_SLOT, country.name)


def inflect_demonym(stem: str) -> tuple[str, ...]:
    """Masculine singular "سوري" → the feminine, plural and accusative forms used in news."""
    if not stem.endswith("ي"):
        return (stem,)
    return (stem, stem + "ة", stem + "ون", stem + "ين", stem + "ات", stem + "ا",
            stem + "ان", stem + "تان", stem + "تين")   # duals: "جنديان إسرائيليان", "طائرتين سوريتين"


def _country_from_row(row: dict[str, str], where: str) -> Country:
    try:
        numeric = int(row["acled_iso"])
    except ValueError:
        raise ResourceError(f"{where}: acled_iso {row['acled_iso']!r} is not a number") from None
    entries = split_field(row["demonyms_ar"])
    standalone = tuple(form for stem in entries if not stem.startswith("~") for form in inflect_demonym(stem))
    stems = tuple(stem.lstrip("~") for stem in entries if stem.endswith("ي"))
    return Country(row["iso2"], row["iso3"], numeric, row["name_en"], row["region"],
                   split_field(row["names_ar"]), standalone, stems)


@functools.cache
def load_countries() -> dict[str, Country]:
    """All countries by ISO alpha-2 code."""
    countries: dict[str, Country] = {}
    for where, row in read_rows("countries.tsv", COLUMNS):
        country = _country_from_row(row, where)
        if country.iso2 in countries:
            raise ResourceError(f"{where}: duplicate iso2 {country.iso2}")
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
