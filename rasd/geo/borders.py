"""Border areas: "قرب الحدود مع تركيا" in a Syria story, "الحدود الغربية" of the story's country.

A point on the border of two countries comes from resources/geo/borders.tsv; "the western border"
is the border with the neighbour whose border point lies west of the country (within 60°).
"""
from __future__ import annotations

import functools
import math
import re
from typing import Callable, Sequence

from ..lexicon.countries import country_by_name
from ..text.normalize import NormalizedText
from . import index, sources
from .place import BEARINGS, Place, PlacePhrase

BORDER_COLUMNS = ("country_a", "country_b", "lat", "lon", "note")
_MAX_BEARING_GAP = 60
_SIDE_NAMES = {"شمال": "northern", "جنوب": "southern", "شرق": "eastern", "غرب": "western"}
# "الحدود الغربية" / "حدودها الشمالية", and the word after: "الحدود الغربية مع ليبيا" is left to
# relative.py, "الحدود الشرقية للأردن" is Jordan's, "الحدود الغربية لمحافظة إب" no country's.
_SIDE = re.compile(r"(?<!\S)[وبل]?(?:ال|لل)?حدود(?:ها|ه)?\s+ال(شمال|جنوب|شرق|غرب)يه(?:\s+(\S+))?")


@functools.cache
def _border_points() -> dict[frozenset[str], tuple[float, float]]:
    path = sources.resource_path("geo/borders.tsv")
    return {frozenset((row["country_a"], row["country_b"])): (float(row["lat"]), float(row["lon"]))
            for _, row in sources.read_rows(path, BORDER_COLUMNS)}


def border_place(countries: Sequence[str], neighbour: str) -> Place | None:
    """The border area facing `neighbour` of the first of the story's `countries` that borders it."""
    home = next((cc for cc in countries if frozenset((cc, neighbour)) in _border_points()), None)
    if home is None or home == neighbour:
        return None
    point = _border_points()[frozenset((home, neighbour))]
    home_name, other = sources.country_names().get(home, home), sources.country_names().get(neighbour, neighbour)
    return index.with_admin1(Place(f"border:{home}-{neighbour}", f"{home_name}-{other} border", "",
                                   point[0], point[1], home, home_name, "", "region", 0, ""))


def find_border_sides(norm: NormalizedText, home: str | None,
                      country_point: Callable[[str], tuple[float, float] | None]) -> list[PlacePhrase]:
    """"الحدود الغربية" of the story's country `home`, or of the country named right after it."""
    if home is None or "حدود" not in norm.text:
        return []
    found = []
    for m in _SIDE.finditer(norm.text):
        country = _whose_border(m.group(2), home)
        point = country_point(country) if country else None
        place = _border_in_direction(country, point, BEARINGS[m.group(1)]) if point else None
        if place is not None:
            start, end = norm.to_original(m.start(), m.end())
            relation = f"{_SIDE_NAMES[m.group(1)]} border of {sources.country_names().get(country, country)}"
            found.append(PlacePhrase(start, end, place, relation))
    return found


def _whose_border(next_word: str | None, home: str) -> str | None:
    if next_word is None or next_word in ("مع", "بين"):
        return home if next_word is None else None
    if not next_word.startswith("ل"):
        return home
    named = country_by_name("ال" + next_word[2:] if next_word.startswith("لل") else next_word[1:])
    return named.iso2 if named else None


def _border_in_direction(home: str, home_point: tuple[float, float], bearing: int) -> Place | None:
    def gap(point: tuple[float, float]) -> float:
        diff = abs(_bearing(home_point, point) - bearing) % 360
        return min(diff, 360 - diff)
    sides = [(gap(p), next(iter(pair - {home}))) for pair, p in _border_points().items() if home in pair]
    best = min(sides, default=None)
    return border_place((home,), best[1]) if best and best[0] <= _MAX_BEARING_GAP else None


def _bearing(a: tuple[float, float], b: tuple[float, float]) -> float:
    p1, p2 = math.radians(a[0]), math.radians(b[0])
    dl = math.radians(b[1] - a[1])
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360
