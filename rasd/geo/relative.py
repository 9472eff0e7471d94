"""Places described relative to a named place: distance and direction, "near", "countryside of".

"على بعد 45 كيلومترا جنوب غربي سرت" is a point 45 km south-west of Sirte; "شمال شرق حلب" and
"في ريف إدلب الجنوبي" are a point some way out in that direction (ACLED codes both precision 2);
"قرب/ضواحي/أطراف/محيط X" is X itself with precision 2. Patterns run on the normalised text
just before (and, for "ريف X الجنوبي", just after) the toponym.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from ..text.normalize import NormalizedText, normalize
from .place import Place, RelativePlace, moved, offset_point

# How far out "north of X" is taken to be when no distance is given: "شرق مدينة غزة" is the city's
# eastern edge, while "ريف إدلب الجنوبي" reaches 15-25 km into the province.
SETTLEMENT_OFFSET_KM = 8.0
PROVINCE_OFFSET_KM = 20.0
_PROVINCE_FEATURES = frozenset({"admin1", "region", "country"})
_WINDOW = 90

_BEARINGS = {"شمال": 0, "شرق": 90, "جنوب": 180, "غرب": 270}
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
_NEAR = re.compile(r"(?<![\w])[وفب]?(قرب|بالقرب من|بمحاذاه|ضواحي|اطراف|محيط|مشارف|حول)\s+" + _PLACE_WORD + r"$")
_BORDER = re.compile(r"الحدود\s+(?:مع|مع\s+دوله)\s+$")
_COUNTRYSIDE = re.compile(r"(?<![\w])[وفب]?ريف\s+(?:محافظه\s+|مدينه\s+)?$")
_COUNTRYSIDE_SIDE = re.compile(r"^\s*" + _DIR.replace("(?:ال)?", "ال", 1))

_NEAR_RELATION = {"ضواحي": "outskirts of", "اطراف": "outskirts of", "مشارف": "outskirts of",
                  "محيط": "around", "حول": "around"}


def resolve_relative(text: str, match_start: int, match_end: int, anchor: Place) -> RelativePlace | None:
    """The point a relative expression ending at the toponym text[match_start:match_end] describes."""
    return resolve_relative_normalized(normalize(text), match_start, match_end, anchor)


def resolve_relative_normalized(norm: NormalizedText, match_start: int, match_end: int,
                                anchor: Place) -> RelativePlace | None:
    """`resolve_relative` on an already normalised article (the stage normalises once per document)."""
    n_start = bisect_left(norm.origin, match_start)
    n_end = bisect_left(norm.origin, match_end)
    window_start = max(0, n_start - _WINDOW)
    before = norm.text[window_start:n_start]
    after = norm.text[n_end:n_end + 40]
    for resolver in (_by_distance, _by_countryside, _by_direction, _by_border, _by_nearness):
        found = resolver(before, after, anchor)
        if found is not None:
            rel_start, extra_after, lat, lon, relation = found
            start = norm.origin[window_start + rel_start]
            end = norm.origin[n_end + extra_after - 1] + 1 if extra_after else match_end
            return RelativePlace(moved(anchor, lat, lon), anchor, 2, relation, start, end)
    return None


def _bearing(first: str, second: str | None) -> int:
    a = _BEARINGS[first]
    if not second:
        return a
    b = _BEARINGS[second]
    # "north-west" is 315, not the arithmetic mean of 0 and 270.
    if {a, b} == {0, 270}:
        return 315
    return (a + b) // 2


def _default_offset(anchor: Place) -> float:
    return PROVINCE_OFFSET_KM if anchor.feature in _PROVINCE_FEATURES else SETTLEMENT_OFFSET_KM


def _offset(anchor: Place, bearing: int, km: float) -> tuple[float, float]:
    return offset_point(anchor.lat, anchor.lon, bearing, km)


def _by_distance(before: str, after: str, anchor: Place):
    m = _DISTANCE.search(before)
    if not m:
        return None
    raw = m.group(1)
    km = float(_NUMBER_WORDS.get(raw) or raw.replace(",", "."))
    bearing = _bearing(m.group(2), m.group(3))
    lat, lon = _offset(anchor, bearing, km)
    return m.start(), 0, lat, lon, f"{km:g} km {_COMPASS[bearing]} of {anchor.name}"


def _by_direction(before: str, after: str, anchor: Place):
    m = _DIRECTION.search(before)
    if not m:
        return None
    bearing = _bearing(m.group(1), m.group(2))
    lat, lon = _offset(anchor, bearing, _default_offset(anchor))
    return m.start(), 0, lat, lon, f"{_COMPASS[bearing]} of {anchor.name}"


def _by_countryside(before: str, after: str, anchor: Place):
    m = _COUNTRYSIDE.search(before)
    if not m:
        return None
    side = _COUNTRYSIDE_SIDE.match(after)
    if not side:
        return m.start(), 0, anchor.lat, anchor.lon, f"countryside of {anchor.name}"
    bearing = _bearing(side.group(1), side.group(2))
    lat, lon = _offset(anchor, bearing, PROVINCE_OFFSET_KM)
    return m.start(), side.end(), lat, lon, f"{_COMPASS[bearing]} countryside of {anchor.name}"


def _by_border(before: str, after: str, anchor: Place):
    m = _BORDER.search(before)
    if not m or anchor.feature != "country":
        return None
    return m.start(), 0, anchor.lat, anchor.lon, f"near the border with {anchor.name}"


def _by_nearness(before: str, after: str, anchor: Place):
    m = _NEAR.search(before)
    if not m:
        return None
    return m.start(), 0, anchor.lat, anchor.lon, f"{_NEAR_RELATION.get(m.group(1), 'near')} {anchor.name}"
