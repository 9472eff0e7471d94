"""Named-entity lexicon: persons, organisations and countries (resources/entities/).

One matcher over every name rasd knows: persons.tsv (PER), organizations.tsv (ORG,
ministries generated per country), country names (LOC, subtype "country") and the named
actors of the actor lexicon (ORG: "state_force", "armed_group", "external"). Common-noun
actors ("المسلحين", "الجيش السوري") are not named entities and are left out. Where two
sources share a phrase, the first in that order keeps it.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterable, Iterator

from ..text.normalize import normalize_key
from .actors import PATTERN_FILE, ActorEntry, ActorLexicon
from .countries import ResourceError, definite_demonyms, fill_country, load_countries, read_rows, split_field
from .matcher import PhraseMatcher

ENTITY_TYPES = ("PER", "ORG", "LOC")
_FEMININE_SLOT = "{f}"


@dataclass(frozen=True)
class EntityEntry:
    type: str          # PER / ORG / LOC
    name_en: str
    subtype: str


@functools.cache
def entity_matcher() -> PhraseMatcher[EntityEntry]:
    matcher: PhraseMatcher[EntityEntry] = PhraseMatcher()
    seen: set[str] = set()
    for phrase, entry in _all_entries():
        key = normalize_key(phrase)
        if key not in seen:
            seen.add(key)
            matcher.add(key, entry)
    return matcher


def _all_entries() -> Iterator[tuple[str, EntityEntry]]:
    yield from person_entries()
    yield from organization_entries()
    yield from country_entries()
    yield from actor_entries(ActorLexicon.default().entries)


def person_entries() -> Iterator[tuple[str, EntityEntry]]:
    for _, row in read_rows("entities/persons.tsv", ("name_en", "subtype", "country", "aliases_ar")):
        entry = EntityEntry("PER", row["name_en"], row["subtype"])
        for alias in split_field(row["aliases_ar"]):
            yield alias, entry


def organization_entries() -> Iterator[tuple[str, EntityEntry]]:
    for where, row in read_rows("entities/organizations.tsv", ("name_en", "subtype", "aliases_ar")):
        aliases = split_field(row["aliases_ar"])
        if any(_FEMININE_SLOT in a for a in aliases):
            yield from _per_country(where, row["name_en"], row["subtype"], aliases)
        else:
            entry = EntityEntry("ORG", row["name_en"], row["subtype"])
            yield from ((alias, entry) for alias in aliases)


def _per_country(where: str, name_en: str, subtype: str, patterns: Iterable[str]) -> Iterator[tuple[str, EntityEntry]]:
    for pattern in patterns:
        if not pattern.endswith(" " + _FEMININE_SLOT):
            raise ResourceError(f"{where}: pattern {pattern!r} must end in ' {_FEMININE_SLOT}'")
    for country in load_countries().values():
        entry = EntityEntry("ORG", fill_country(name_en, country), subtype)
        feminine = [form for form, agreement in definite_demonyms(country).items() if agreement == "f"]
        for pattern in patterns:
            yield from ((pattern.replace(_FEMININE_SLOT, form), entry) for form in feminine)


def country_entries() -> Iterator[tuple[str, EntityEntry]]:
    for country in load_countries().values():
        entry = EntityEntry("LOC", country.name, "country")
        yield from ((name, entry) for name in country.names_ar)


def actor_entries(entries: Iterable[ActorEntry]) -> Iterator[tuple[str, EntityEntry]]:
    """Named actors only: not templates, not the per-country state forces ("قوات النظام")."""
    for actor in entries:
        if actor.is_generic or actor.source == PATTERN_FILE:
            continue
        entry = EntityEntry("ORG", actor.canonical, _actor_subtype(actor.type_code))
        yield from ((alias, entry) for alias in actor.aliases_ar)


def _actor_subtype(type_code: int) -> str:
    return {1: "state_force", 8: "external"}.get(type_code, "armed_group")
