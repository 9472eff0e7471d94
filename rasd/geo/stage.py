"""The pipeline stage that finds, disambiguates and places every toponym of an article, and the
phrases that name a place without a toponym ("العاصمة", "الحدود الغربية", "من المدينة")."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..document import Document, Mention
from ..lexicon.countries import load_countries
from ..text.normalize import NormalizedText, normalize
from .borders import find_border_sides
from .capital import find_capitals
from .gazetteer import Gazetteer
from .place import Place, PlaceMatch, PlacePhrase
from .relative import find_town_references, resolve_relative_normalized
from .resolve import choose, cities_mentioned, country_focus, within_focus

_CUE_CONTEXT = 24


class GeoStage:
    name = "places"
    requires = ("sentences",)
    provides = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None):
        self._gazetteer = gazetteer
        self._country_points: dict[str, tuple[float, float] | None] = {}

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def __call__(self, doc: Document) -> None:
        norm = _normalized(doc)
        matches = [m for m in (_after_mountain_word(doc.text, m) for m in self.gazetteer.find(norm)
                               if not _TANWEEN.search(doc.text, m.start, m.end)) if m is not None]
        focus = country_focus(norm, matches)
        doc.cache["countries"] = focus
        named_cities = cities_mentioned(matches)
        matches = [m for m in (within_focus(m, dict(focus), named_cities) for m in matches) if m is not None]
        home = focus[0][0] if focus else None
        focus_by_cc, cities = dict(focus), cities_mentioned(matches)
        located = []
        for match in matches:
            n_start = bisect_left(norm.origin, match.start)
            place = choose(match, norm.text[max(0, n_start - _CUE_CONTEXT):n_start], focus_by_cc, cities)
            located.append(PlacePhrase(match.start, match.end, place))
        located += find_capitals(norm, located, focus)
        located += find_border_sides(norm, home, self._country_point)
        located += find_town_references(norm, sorted(located, key=lambda p: p.start))
        for phrase in sorted(located, key=lambda p: p.start):
            doc.mentions.append(_mention(doc, norm, phrase, tuple(focus_by_cc)))

    def _country_point(self, cc: str) -> tuple[float, float] | None:
        """Where the index puts a country (the mean of its places), for "its western border"."""
        if cc not in load_countries():
            return None
        if cc not in self._country_points:
            hits = [p for p in self.gazetteer.lookup(load_countries()[cc].names_ar[0], cc) if p.feature == "country"]
            self._country_points[cc] = (hits[0].lat, hits[0].lon) if hits else None
        return self._country_points[cc]


# A word written with tanween is an indefinite noun or an adverb ("دوماً" = always, "درعًا" = a
# shield), never a place name.
_TANWEEN = re.compile("[\u064b-\u064d]")


# "جبل السلوم" (Kasserine) is a mountain, not the Egyptian town of Sallum: after "جبل"/"جبال" only
# ranges and landmarks are meant.
_MOUNTAIN_BEFORE = re.compile(r"(?:^|\s)[وفب]?(?:ال)?(?:جبل|جبال)\s+$")
_MOUNTAIN_FEATURES = frozenset({"region", "landmark"})


def _after_mountain_word(text: str, match: PlaceMatch) -> PlaceMatch | None:
    if not _MOUNTAIN_BEFORE.search(text, max(0, match.start - 8), match.start):
        return match
    kept = tuple(p for p in match.candidates if p.feature in _MOUNTAIN_FEATURES)
    return replace(match, candidates=kept) if kept else None


def _normalized(doc: Document) -> NormalizedText:
    cached = doc.cache.get("normalized")
    if isinstance(cached, NormalizedText) and cached.original == doc.text:
        return cached
    norm = normalize(doc.text)
    doc.cache["normalized"] = norm
    return norm


def _mention(doc: Document, norm: NormalizedText, phrase: PlacePhrase, countries: tuple[str, ...]) -> Mention:
    start, end, place = phrase.start, phrase.end, phrase.place
    relative = resolve_relative_normalized(norm, start, end, place, countries)
    located: Place = relative.place if relative else place
    return Mention(
        start=start, end=end, text=doc.text[start:end], kind="PLACE", label=located.display_name,
        sentence=doc.sentence_at(start), source="geo",
        data={"place": located, "precision": relative.precision if relative else place.precision,
              "relation": relative.relation if relative else phrase.relation,
              "anchor": place if relative else None, "country_code": located.country_code,
              "span": (relative.start, relative.end) if relative else (start, end)})
