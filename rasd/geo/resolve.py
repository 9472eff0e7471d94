"""Toponym disambiguation: which of a name's candidate places the article means.

Evidence, in order of weight: the article's country focus (country names and demonyms anywhere
in it, and places that exist in only one country), a cue word before the name ("محافظة X" is the
province, "مدينة X" the city, "العاصمة X" the national capital), the district's city being
mentioned too, then size and kind.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import replace
from typing import Iterable, Sequence

from ..lexicon.countries import country_matcher
from ..text.normalize import NormalizedText
from .capital import is_capital
from .index import MIN_POPULATION_ARAB_WORLD
from .place import Place, PlaceMatch
from .wordlists import cue_before

_FEATURE_PRIOR = {"country": 1.0, "city": 0.4, "admin1": 0.3, "district": 0.3, "base": 0.3,
                  "airport": 0.3, "camp": 0.3, "town": 0.2, "region": 0.2, "landmark": 0.2,
                  "neighbourhood": 0.2, "village": 0.0}
_SETTLEMENT_CUES = frozenset({"settlement", "district", "facility"})
_CAPITAL_WORD = "عاصمه "

# A city this big may be named without its country ("في اسطنبول"); smaller ones abroad are more
# often a namesake in the article's own country that the gazetteer lacks.
MIN_POPULATION_ABROAD = 500_000
COUNTRY_NAME_WEIGHT = 1.0
UNAMBIGUOUS_PLACE_WEIGHT = 0.5


def country_focus(norm: NormalizedText, matches: Sequence[PlaceMatch]) -> list[tuple[str, float]]:
    """The article's countries, most talked-about first, with weights summing to 1."""
    weights: Counter[str] = Counter()
    for m in country_matcher().find(norm):
        weights[m.value.iso2] += COUNTRY_NAME_WEIGHT
    for match in matches:
        codes = {p.country_code for p in match.candidates}
        if len(codes) == 1 and match.candidates[0].feature not in ("country", "district") and not match.cued \
                and all(map(well_known, match.candidates)):
            weights[codes.pop()] += UNAMBIGUOUS_PLACE_WEIGHT
    total = sum(weights.values())
    return [(cc, round(w / total, 4)) for cc, w in weights.most_common()] if total else []


def prominent(place: Place) -> bool:
    """Known well enough abroad to be meant without its country being named in the article (our
    curated districts and towns are not: "الشدادي" in a Yemeni article is a surname, not the
    Syrian town)."""
    return (place.feature in ("country", "admin1", "region")
            or place.population >= MIN_POPULATION_ABROAD or is_capital(place))


def well_known(place: Place) -> bool:
    """Big or curated enough to tell the article's country on its own; a village of unknown size
    from an imported gazetteer is not."""
    return (place.is_curated or place.feature in ("country", "admin1", "region")
            or place.population >= MIN_POPULATION_ARAB_WORLD)


def within_focus(match: PlaceMatch, countries: Iterable[str], cities: frozenset[str] = frozenset()
                 ) -> PlaceMatch | None:
    """The match without the places, outside the article's countries, that are not prominent
    (a Syrian town named like Sidon, "بلدة صيدا" in Daraa, is not Lebanon's city), city districts
    whose city is not named ("المنطقة الخضراء" is Baghdad's and Kabul's), or places only a cue
    word made us read (a Yemeni hamlet named like a Kabul district); None when nothing is left."""
    countries = frozenset(countries)
    if not countries:
        return match
    kept = tuple(p for p in match.candidates if p.country_code in countries
                 or (p.id not in match.cued and (p.parent in cities if p.feature == "district" else prominent(p))))
    if len(kept) == len(match.candidates):
        return match
    return replace(match, candidates=kept) if kept else None


def cities_mentioned(matches: Iterable[PlaceMatch]) -> frozenset[str]:
    """English names of the cities/provinces an article names (to recognise their districts)."""
    return frozenset(p.name for m in matches for p in m.candidates
                     if p.feature in ("city", "town", "admin1"))


def choose(match: PlaceMatch, norm_before: str, focus: dict[str, float], cities: frozenset[str]) -> Place:
    """The most likely candidate; `norm_before` is the normalised text just before the name."""
    if len(match.candidates) == 1:
        return match.candidates[0]
    cue = cue_before(norm_before)
    admin_cue, settlement_cue = cue == "admin", cue in _SETTLEMENT_CUES
    capital_cue = norm_before.endswith(_CAPITAL_WORD)
    # ties (namesakes of one size in one country) go to the lowest id, so that a run's result does
    # not depend on the order the candidates were gathered in (sets, hash seeds)
    return max(sorted(match.candidates, key=lambda p: p.id),
               key=lambda p: _score(p, focus, cities, admin_cue, settlement_cue, capital_cue))


def _score(place: Place, focus: dict[str, float], cities: frozenset[str],
           admin_cue: bool, settlement_cue: bool, capital_cue: bool) -> float:
    score = 3.0 * focus.get(place.country_code, 0.0)
    score += 0.15 * math.log10(place.population + 1)
    score += _FEATURE_PRIOR.get(place.feature, 0.0)
    if place.is_curated:
        score += 0.3
    if place.parent and place.parent in cities:
        score += 1.0
    if place.feature == "admin1":
        score += 2.0 if admin_cue else (-1.0 if settlement_cue else 0.0)
    if capital_cue and is_capital(place):
        score += 3.0
    return score
