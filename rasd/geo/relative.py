"""Places described relative to a named place: distance and direction, "near", "countryside of".

"على بعد 45 كيلومترا جنوب غربي سرت" is a point 45 km south-west of Sirte; "شمال شرق حلب" and
"في ريف إدلب الجنوبي" are a point some way out in that direction (ACLED codes both precision 2);
"قرب/ضواحي/أطراف/محيط X" and "على بعد 20 كم من X" are X itself with precision 2, and "قرب
الحدود مع تركيا" is the border area of the story's country with Turkey (borders.py). Directions
from a country ("شمال سوريا") stay precision 3: that is a region, not a spot. Patterns run on
the normalised text just before (and, for "ريف X الجنوبي", just after) the toponym.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Sequence

from ..text.normalize import NormalizedText, normalize
from .borders import border_place
from .place import BEARINGS, Place, PlacePhrase, RelativePlace, moved, offset_point

# How far out "north of X" is taken to be when no distance is given: "شرق مدينة غزة" is the city's
# eastern edge, while "ريف إدلب الجنوبي" reaches 15-25 km into the province.
SETTLEMENT_OFFSET_KM = 8.0
PROVINCE_OFFSET_KM = 20.0
_PROVINCE_FEATURES = frozenset({"admin1", "region", "country"})
# "شمال سوريا" is a region of the country (precision 3); anything else relative is a spot near
# a named place (precision 2).
REGION_PRECISION, NEAR_PRECISION = 3, 2
_WINDOW = 90

_COMPASS = {0: "N", 45: "NE", 90: "E", 135: "SE", 180: "S", 225: "SW", 270: "W", 315: "NW"}
_NUMBER_WORDS = {"عشره": 10, "عشرين": 20, "ثلاثين": 30, "اربعين": 40, "خمسين": 50, "ستين": 60,
                 "سبعين": 70, "ثمانين": 80, "تسعين": 90, "مئه": 100, "ماءه": 100, "مائه": 100}

_DIR = r"(?:ال)?(شمال|جنوب|شرق|غرب)(?:ي|يه)?(?:\s+(?:ال)?(شرق|غرب)(?:ي|يه)?)?"
_UNIT = r"(?:كيلومتر\S*|كيلو متر\S*|كلم|كم)"
_NUMBER = r"(\d+(?:[.,]\d+)?|" + "|".join(_NUMBER_WORDS) + r")"
_PLACE_WORD = r"(?:(?:مدينه|بلده|قريه|منطقه|محافظه|مخيم)\s+)?"
_DISTANCE = re.compile(r"(?:علي\s+)?(?:بعد\s+)?(?:نحو\s+|حوالي\s+)?" + _NUMBER + r"\s*" + _UNIT
                       + r"\s+(?:الي\s+ال|الي\s+)?" + _DIR + r"\s+(?:من\s+)?" + _PLACE_WORD + r"$")
_DIRECTION = re.compile(r"(?<![\w])[وفب]?" + _DIR + r"\s+(?:من\s+)?" + _PLACE_WORD + r"$")
_DISTANCE_ONLY = re.compile(r"(?:علي\s+)?بعد\s+(?:نحو\s+|حوالي\s+)?" + _NUMBER + r"\s*" + _UNIT
                            + r"\s+(?:من\s+)" + _PLACE_WORD + r"$")
_NEAR = re.compile(r"(?<![\w])[وفب]?(قرب|بالقرب من|بمحاذاه|ضواحي|اطراف|محيط|مشارف|حول)\s+" + _PLACE_WORD + r"$")
_BORDER = re.compile(r"الحدود\s+(?:مع|مع\s+دوله)\s+$")
_COUNTRYSIDE = re.compile(r"(?<![\w])[وفب]?ريف\s+(?:محافظه\s+|مدينه\s+)?$")
_COUNTRYSIDE_SIDE = re.compile(r"^\s*" + _DIR.replace("(?:ال)?", "ال", 1))

# Every pattern above has one of these words among the last few before the toponym: most
# toponyms have none, and skip the patterns.
_TRIGGER = re.compile(r"شمال|جنوب|شرق|غرب|قرب|محاذاه|ضواحي|اطراف|محيط|مشارف|حول|ريف|حدود|كيلو|كلم|كم")
_TRIGGER_WINDOW = 32

_NEAR_RELATION = {"ضواحي": "outskirts of", "اطراف": "outskirts of", "مشارف": "outskirts of",
                  "محيط": "around", "حول": "around"}


def resolve_relative(text: str, match_start: int, match_end: int, anchor: Place,
                     countries: Sequence[str] = ()) -> RelativePlace | None:
    """The point a relative expression ending at the toponym text[match_start:match_end] describes;
    `countries` are the story's, most talked-about first (for "the border with X")."""
    return resolve_relative_normalized(normalize(text), match_start, match_end, anchor, countries)


def resolve_relative_normalized(norm: NormalizedText, match_start: int, match_end: int,
                                anchor: Place, countries: Sequence[str] = ()) -> RelativePlace | None:
    """`resolve_relative` on an already normalised article (the stage normalises once per document)."""
    n_start = bisect_left(norm.origin, match_start)
    if not _TRIGGER.search(norm.text, max(0, n_start - _TRIGGER_WINDOW), n_start):
        return None
    n_end = bisect_left(norm.origin, match_end)
    window_start = max(0, n_start - _WINDOW)
    before = norm.text[window_start:n_start]
    after = norm.text[n_end:n_end + 40]
    for resolver in (_by_distance, _by_distance_only, _by_countryside, _by_direction, _by_border, _by_nearness):
        found = resolver(before, after, anchor, countries)
        if found is not None:
            rel_start, extra_after, place, relation = found
            start = norm.origin[window_start + rel_start]
            end = norm.origin[n_end + extra_after - 1] + 1 if extra_after else match_end
            return RelativePlace(place, anchor, _precision(anchor, resolver), relation, start, end)
    return None


def _precision(anchor: Place, resolver) -> int:
    spread = resolver in (_by_countryside, _by_direction)
    return REGION_PRECISION if spread and anchor.feature == "country" else NEAR_PRECISION


def _bearing(first: str, second: str | None) -> int:
    a = BEARINGS[first]
    if not second:
        return a
    b = BEARINGS[second]
    # "north-west" is 315, not the arithmetic mean of 0 and 270.
    if {a, b} == {0, 270}:
        return 315
    return (a + b) // 2


def _default_offset(anchor: Place) -> float:
    return PROVINCE_OFFSET_KM if anchor.feature in _PROVINCE_FEATURES else SETTLEMENT_OFFSET_KM


def _offset(anchor: Place, bearing: int, km: float) -> Place:
    return moved(anchor, *offset_point(anchor.lat, anchor.lon, bearing, km))


def _km(raw: str) -> float:
    return float(_NUMBER_WORDS.get(raw) or raw.replace(",", "."))


# "الموصل، 400 كم شمال بغداد" tells where a city lies, not where an act was: so far from its
# anchor, the named place is the better point.
MAX_EVENT_OFFSET_KM = 150


def _by_distance(before: str, after: str, anchor: Place, countries: Sequence[str]):
    m = _DISTANCE.search(before)
    if not m or _km(m.group(1)) > MAX_EVENT_OFFSET_KM:
        return None
    km, bearing = _km(m.group(1)), _bearing(m.group(2), m.group(3))
    return m.start(), 0, _offset(anchor, bearing, km), f"{km:g} km {_COMPASS[bearing]} of {anchor.name}"


def _by_distance_only(before: str, after: str, anchor: Place, countries: Sequence[str]):
    m = _DISTANCE_ONLY.search(before)
    if not m or _km(m.group(1)) > MAX_EVENT_OFFSET_KM:
        return None
    return m.start(), 0, anchor, f"{_km(m.group(1)):g} km from {anchor.name}"


def _by_direction(before: str, after: str, anchor: Place, countries: Sequence[str]):
    m = _DIRECTION.search(before)
    if not m:
        return None
    bearing = _bearing(m.group(1), m.group(2))
    return m.start(), 0, _offset(anchor, bearing, _default_offset(anchor)), f"{_COMPASS[bearing]} of {anchor.name}"


def _by_countryside(before: str, after: str, anchor: Place, countries: Sequence[str]):
    m = _COUNTRYSIDE.search(before)
    if not m:
        return None
    side = _COUNTRYSIDE_SIDE.match(after)
    if not side:
        return m.start(), 0, anchor, f"countryside of {anchor.name}"
    bearing = _bearing(side.group(1), side.group(2))
    return (m.start(), side.end(), _offset(anchor, bearing, PROVINCE_OFFSET_KM),
            f"{_COMPASS[bearing]} countryside of {anchor.name}")


def _by_border(before: str, after: str, anchor: Place, countries: Sequence[str]):
    m = _BORDER.search(before)
    if not m or anchor.feature != "country":
        return None
    border = border_place(countries, anchor.country_code)
    return m.start(), 0, border or anchor, f"near the border with {anchor.name}"


def _by_nearness(before: str, after: str, anchor: Place, countries: Sequence[str]):
    m = _NEAR.search(before)
    if not m:
        return None
    return m.start(), 0, anchor, f"{_NEAR_RELATION.get(m.group(1), 'near')} {anchor.name}"


_THE_TOWN = re.compile(r"(?<!\S)(?:من\s+)?(ال(?:مدينه|بلده|قريه))(?![\w])")
_SETTLEMENTS = frozenset({"city", "town", "village"})
ANTECEDENT_WINDOW = 300


def find_town_references(norm: NormalizedText, located: list[PlacePhrase]) -> list[PlacePhrase]:
    """"على بعد 65 كيلومترا من المدينة": "the city" is the last city or town named before, when a
    relative expression (distance, direction, nearness) leads up to it."""
    if "المدينه" not in norm.text and "البلده" not in norm.text and "القريه" not in norm.text:
        return []
    found = []
    for m in _THE_TOWN.finditer(norm.text):
        start, end = norm.to_original(m.start(1), m.end(1))
        antecedent = _last_settlement_before(located, start)
        if antecedent is not None and resolve_relative_normalized(norm, start, end, antecedent) is not None:
            found.append(PlacePhrase(start, end, antecedent))
    return found


def _last_settlement_before(located: list[PlacePhrase], position: int) -> Place | None:
    before = [p for p in located if position - ANTECEDENT_WINDOW <= p.start < position
              and p.place.feature in _SETTLEMENTS]
    return max(before, key=lambda p: p.start).place if before else None
