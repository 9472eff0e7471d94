"""The pipeline stage that finds, disambiguates and places every toponym of an article."""
from __future__ import annotations

from bisect import bisect_left

from ..document import Document, Mention
from ..text.normalize import NormalizedText, normalize
from .capital import find_capitals
from .gazetteer import Gazetteer
from .place import Place
from .relative import resolve_relative_normalized
from .resolve import choose, cities_mentioned, country_focus

_CUE_CONTEXT = 24


class GeoStage:
    name = "places"
    requires = ("sentences",)
    provides = ("places",)

    def __init__(self, gazetteer: Gazetteer | None = None):
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.default()
        return self._gazetteer

    def __call__(self, doc: Document) -> None:
        norm = _normalized(doc)
        matches = self.gazetteer.find(norm)
        focus = country_focus(norm, matches)
        doc.cache["countries"] = focus
        focus_by_cc, cities = dict(focus), cities_mentioned(matches)
        located = []
        for match in matches:
            n_start = bisect_left(norm.origin, match.start)
            place = choose(match, norm.text[max(0, n_start - _CUE_CONTEXT):n_start], focus_by_cc, cities)
            located.append((match.start, match.end, place))
        located += [(c.start, c.end, c.place) for c in find_capitals(norm, matches, focus)]
        for start, end, place in sorted(located, key=lambda x: x[0]):
            doc.mentions.append(_mention(doc, norm, start, end, place))


def _normalized(doc: Document) -> NormalizedText:
    cached = doc.cache.get("normalized")
    if isinstance(cached, NormalizedText) and cached.original == doc.text:
        return cached
    norm = normalize(doc.text)
    doc.cache["normalized"] = norm
    return norm


def _mention(doc: Document, norm: NormalizedText, start: int, end: int, place: Place) -> Mention:
    relative = resolve_relative_normalized(norm, start, end, place)
    located = relative.place if relative else place
    precision = relative.precision if relative else place.precision
    return Mention(
        start=start, end=end, text=doc.text[start:end], kind="PLACE", label=place.display_name,
        sentence=doc.sentence_at(start), source="geo",
        data={"place": located, "precision": max(precision, place.precision),
              "relation": relative.relation if relative else "",
              "anchor": place if relative else None, "country_code": place.country_code,
              "span": (relative.start, relative.end) if relative else (start, end)})
