""""العاصمة" as a place: the national capital of the country an adjective names ("العاصمة
الليبية"), else of the country of the place named just before ("بنزرت قرب العاصمة"), else of
the country the article is about ("سقطت قذائف جنوب العاصمة").

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
from .place import Place, PlacePhrase, distance_km
from .wordlists import capital_qualifiers

# The definite word with its clitics ("والعاصمة", "بالعاصمة", "للعاصمة"), then the next word.
_CAPITAL = re.compile(r"(?<![^\s(«\"'])[وف]?(?:بال|لل|ال)(عاصمه)(?:\s+([^\s،,.:;)»\"']+))?")
SAME_CITY_KM = 20.0
# "بنزرت قرب العاصمة": a place named this shortly before tells whose capital is meant.
RECENT_PLACE_CHARS = 300


@functools.cache
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


def find_capitals(norm: NormalizedText, named: Sequence[PlacePhrase],
                  focus: Sequence[tuple[str, float]]) -> list[PlacePhrase]:
    """"العاصمة" phrases; `named` are the article's toponyms, already resolved, in text order."""
    if "عاصمه" not in norm.text:
        return []
    starts = {bisect_left(norm.origin, p.start) for p in named}
    ends = {bisect_left(norm.origin, p.end) for p in named}
    found = []
    for m in _CAPITAL.finditer(norm.text):
        article = 2 if norm.text[m.start(1) - 2:m.start(1)] == "ال" else 1   # "للعاصمة": ل + ل
        if m.start(1) - article - 1 in ends:
            continue   # "سيول العاصمة": the name before is the place
        country, end = _country_after(m.group(2), m.end(1), m.end(2))
        if country == _ARTICLE_COUNTRY:
            country = _country_before(norm, named, m.start(), focus)
        if country is not None and _next_word_start(norm.text, end) not in starts:
            start, end = norm.to_original(m.start(1) - article, end)
            found.append(PlacePhrase(start, end, capitals()[country]))
    return found


_ARTICLE_COUNTRY = "article"


def _country_after(word: str | None, word_start: int, word_end: int) -> tuple[str | None, int]:
    """The country an adjective after "العاصمة" names ("الليبية"), _ARTICLE_COUNTRY when none does,
    None for another kind of capital ("الإدارية", "الفيتنامية" of a country we have no capital for);
    and where the expression ends."""
    if word is None:
        return _ARTICLE_COUNTRY, word_start
    if word in _country_by_adjective():
        return _country_by_adjective()[word], word_end
    if word in capital_qualifiers() or (word.startswith("ال") and word.endswith("يه")):
        return None, word_start
    return _ARTICLE_COUNTRY, word_start


def _country_before(norm: NormalizedText, named: Sequence[PlacePhrase], position: int,
                    focus: Sequence[tuple[str, float]]) -> str | None:
    """The country of the last place named shortly before, else the article's main country."""
    original = norm.origin[position] if position < len(norm.origin) else len(norm.original)
    recent = [p.place.country_code for p in named
              if original - RECENT_PLACE_CHARS <= p.start < original and p.place.country_code in capitals()]
    if recent:
        return recent[-1]
    return next((cc for cc, _ in focus if cc in capitals()), None)


def _next_word_start(text: str, end: int) -> int:
    """Where the word after position `end` starts ("العاصمة طرابلس": the name follows)."""
    return end + len(text[end:end + 3]) - len(text[end:end + 3].lstrip(" "))
