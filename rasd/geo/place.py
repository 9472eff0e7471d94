"""What the gazetteer stores and returns: places, toponym matches, points relative to a place."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

# ACLED geo_precision: 1 the named place itself, 2 near it or part of a region, 3 a province or larger.
PRECISION_BY_FEATURE = {"country": 3, "admin1": 3, "region": 2}

FEATURES = ("country", "admin1", "city", "town", "village", "district", "neighbourhood",
            "camp", "base", "airport", "region", "landmark")

_EARTH_RADIUS_KM = 6371.0
BEARINGS = {"شمال": 0, "شرق": 90, "جنوب": 180, "غرب": 270}   # Arabic compass words, degrees


@dataclass(frozen=True)
class Place:
    id: str                 # "geonames:<id>", "rasd:<cc>:<name>", "admin1:<cc>.<code>", "country:<cc>", "wof:<id>"
    name: str
    name_ar: str
    lat: float
    lon: float
    country_code: str
    country: str
    admin1: str
    feature: str
    population: int
    parent: str             # the city a district belongs to ("Benghazi" for Ganfouda), else ""

    @property
    def display_name(self) -> str:
        """ACLED-style name: a district is written "City - District"."""
        return f"{self.parent} - {self.name}" if self.parent else self.name

    @property
    def precision(self) -> int:
        return PRECISION_BY_FEATURE.get(self.feature, 1)

    @property
    def is_curated(self) -> bool:
        return self.id.startswith("rasd:")


@dataclass(frozen=True)
class PlaceMatch:
    start: int              # original-text offsets of the toponym, clitics excluded
    end: int
    surface: str
    candidates: tuple[Place, ...]
    cued: frozenset[str] = frozenset()   # ids of candidates found only thanks to a cue word


@dataclass(frozen=True)
class RelativePlace:
    """A point described relative to a named place: "45 km south-west of Sirte"."""

    place: Place            # the anchor moved to the described point (same name, new coordinates)
    anchor: Place
    precision: int
    relation: str           # "45 km SW of Sirte", "near Aleppo", "" when the point is the anchor
    start: int              # span of the whole expression in the text ("على بعد 45 ... سرت")
    end: int


@dataclass(frozen=True)
class PlacePhrase:
    """A place named by a phrase rather than a toponym: "العاصمة الليبية", "الحدود الغربية"."""

    start: int              # original-text span of the phrase, clitics excluded
    end: int
    place: Place
    relation: str = ""      # "western border of Egypt" when the phrase itself is relative


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def offset_point(lat: float, lon: float, bearing_deg: float, km: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) along `bearing_deg` (great circle)."""
    d = km / _EARTH_RADIUS_KM
    b, p1, l1 = math.radians(bearing_deg), math.radians(lat), math.radians(lon)
    p2 = math.asin(math.sin(p1) * math.cos(d) + math.cos(p1) * math.sin(d) * math.cos(b))
    l2 = l1 + math.atan2(math.sin(b) * math.sin(d) * math.cos(p1), math.cos(d) - math.sin(p1) * math.sin(p2))
    return round(math.degrees(p2), 5), round(math.degrees(l2), 5)


def moved(place: Place, lat: float, lon: float) -> Place:
    return replace(place, lat=lat, lon=lon)
