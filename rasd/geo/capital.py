""""العاصمة" as a place: the national capital of the country an adjective names ("العاصمة
الليبية"), else of the country the article is about ("سقطت قذائف جنوب العاصمة").

"العاصمة طرابلس" is left to the name itself (resolve.choose prefers a capital after the word),
and "العاصمة الإدارية" / "العاصمة المؤقتة" (capital_qualifiers.txt) are other capitals.
"""
from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import Sequence

from ..lexicon.countries import definite_demonyms, load_countries
from ..text.normalize import NormalizedText, normalize_key
from . import index, sources
from .place import Place, PlaceMatch, PlacePhrase, distance_km
from .wordlists import capital_qualifiers

# The definite word with its clitics ("والعاصمة", "بالعاصمة", "للعاصمة"), then the next word.
_CAPITAL = re.compile(r"(?<![^\s(«\"'])[وف]?(?:بال|لل|ال)(عاصمه)(?:\s+([^\s،,.:;)»\"']+))?")
SAME_CITY_KM = 20.0


@functools.cache
def capitals() -> dict[str, Place]:
    """Country code → its national capital (resources/geo/capitals.tsv)."""
    return {e.place.country_code: index.with_admin1(e.place) for e in sources.capital_entries()}


def is_capital(place: Place) -> bool:
    capital = capitals().get(place.country_code)
    return (capital is not None and place.feature not in ("country", "admin1")
            and distance_km(place.lat, place.lon, capital.lat, capital.lon) < SAME_CITY_KM)


@functools.cache
def _country_by_adjective() -> dict[str, str]:
    """"الليبيه" → "LY": definite demonym forms of every country that has a capital."""
    return {normalize_key(form): c.iso2 for c in load_countries().values() if c.iso2 in capitals()
            for form in definite_demonyms(c)}


def find_capitals(norm: NormalizedText, matches: Sequence[PlaceMatch],
                  focus: Sequence[tuple[str, float]]) -> list[PlacePhrase]:
    if "عاصمه" not in norm.text:
        return []
    named_at = {bisect_left(norm.origin, m.start) for m in matches}
    article_country = next((cc for cc, _ in focus if cc in capitals()), None)
    found = []
    for m in _CAPITAL.finditer(norm.text):
        country, end = _country_after(m, named_at, article_country)
        if country is not None and _next_word_start(norm.text, end) not in named_at:
            article = 2 if norm.text[m.start(1) - 2:m.start(1)] == "ال" else 1   # "للعاصمة": ل + ل
            start, end = norm.to_original(m.start(1) - article, end)
            found.append(PlacePhrase(start, end, capitals()[country]))
    return found


def _country_after(m: re.Match, named_at: set[int], article_country: str | None) -> tuple[str | None, int]:
    """The country whose capital "العاصمة" means here, and where the expression ends."""
    word = m.group(2)
    if word is None:
        return article_country, m.end(1)
    if word in capital_qualifiers():
        return None, m.end(1)
    if word in _country_by_adjective():
        return _country_by_adjective()[word], m.end(2)
    return article_country, m.end(1)


def _next_word_start(text: str, end: int) -> int:
    """Where the word after position `end` starts ("العاصمة طرابلس": the name follows)."""
    return end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" "))
