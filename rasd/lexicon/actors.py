"""Actor lexicon: who did what to whom, in ACLED's naming (resources/actors/).

Sources, in order of precedence when two claim the same Arabic phrase:
  1. named actors (state_forces.tsv, non_state.tsv, international.tsv);
  2. state forces of every country, recognised compositionally: a head noun from
     state_force_patterns.tsv followed by a demonym of the country ("الجيش" + "السوري"
     → Military Forces of Syria), so ~90 countries need no enumerated aliases;
  3. common nouns (generic.tsv), whose canonical name is a template filled with the
     article's country ("المسلحين" → Unidentified Armed Group (Libya)).
A row of (1) whose canonical equals a generated name adds aliases to that actor; where a
named alias spans the same words as a head + demonym, the named actor wins ("الجيش الليبي"
is the Libyan National Army, not a generic Military Forces of Libya).

ACLED inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity
militias, 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace
from typing import Iterable

from ..text.normalize import NormalizedText, normalize, normalize_key
from .countries import (TEMPLATE_SLOT, Country, ResourceError, definite_demonyms, fill_country, load_countries,
                        read_rows, split_field)
from .matcher import PhraseMatcher

ACTOR_COLUMNS = ("canonical", "type_code", "country", "kind", "aliases_ar", "aliases_en")
NAMED_FILES = ("actors/state_forces.tsv", "actors/non_state.tsv", "actors/international.tsv")
GENERIC_FILE = "actors/generic.tsv"
PATTERN_FILE = "actors/state_force_patterns.tsv"
PREFIX_FILE = "actors/member_prefixes.tsv"
NOT_ACTOR_FILE = "actors/not_actors.tsv"
COMMON_NOUN_FILE = "actors/common_noun_aliases.tsv"
AFFILIATES_FILE = "actors/government_affiliates.tsv"

INTER_CODES = {1: "State forces", 2: "Rebel groups", 3: "Political militias", 4: "Identity militias",
               5: "Rioters", 6: "Protesters", 7: "Civilians", 8: "External/Other forces"}
STATE_FORCES, EXTERNAL_FORCES = 1, 8
DEMONSTRATORS = (5, 6)   # rioters, protesters: actors named after what they do
# Kinds that name an organised group: a member noun before them ("مسلحي داعش") is part of the mention.
GROUP_KINDS = frozenset({"rebel", "militia", "identity", "external"})


@dataclass(frozen=True)
class ActorEntry:
    canonical: str
    type_code: int
    country: str                      # ISO alpha-2, '' for transnational or context-filled actors
    kind: str                         # state, rebel, militia, identity, external, generic, civilians, ...
    aliases_ar: tuple[str, ...]
    aliases_en: tuple[str, ...]
    is_template: bool                 # canonical contains {country}
    by_context: tuple[tuple[str, str], ...] = ()   # (ISO alpha-2, canonical) overrides
    source: str = ""                  # resource file the entry came from

    @property
    def is_generic(self) -> bool:
        """Named by a common noun, so its referent depends on the article's country."""
        return self.is_template or bool(self.by_context)


@dataclass(frozen=True)
class ActorMatch:
    start: int                        # original-text offsets, clitics excluded
    end: int
    surface: str
    entry: ActorEntry


@dataclass(frozen=True)
class ResolvedActor:
    name: str
    type_code: int
    country: str


class ActorLexicon:
    def __init__(self, entries: Iterable[ActorEntry], state_heads: Iterable[tuple[str, "StateHead"]] = (),
                 member_prefixes: Iterable[str] = (), not_actors: Iterable[str] = ()):
        """`state_heads`: (Arabic head noun, StateHead) pairs such as ("الجيش", Military Forces
        of {country}, masculine); the filled template must be an entry for the country."""
        self.entries: tuple[ActorEntry, ...] = tuple(entries)
        self._by_name = {e.canonical: e for e in reversed(self.entries) if not e.by_context}
        self._member_prefixes = tuple(sorted({normalize_key(p) for p in member_prefixes}, key=len, reverse=True))
        self._matcher: PhraseMatcher[ActorEntry | None] = PhraseMatcher()
        keys = _keys_by_precedence(self.entries)
        for key, entry in keys.items():
            self._matcher.add(key, entry)
        for phrase in not_actors:
            if normalize_key(phrase) not in keys:
                self._matcher.add(phrase, None)
        self._heads: PhraseMatcher[StateHead] = PhraseMatcher(state_heads)
        self._demonyms = {normalize_key(form): (country, agreement) for country in load_countries().values()
                          for form, agreement in definite_demonyms(country).items()}

    @classmethod
    @functools.cache
    def default(cls) -> "ActorLexicon":
        """The lexicon built from rasd/resources (loaded once per process)."""
        return cls(load_actor_entries(), load_state_heads(),
                   [row["prefix_ar"] for _, row in read_rows(PREFIX_FILE, ("prefix_ar",))],
                   [row["phrase_ar"] for _, row in read_rows(NOT_ACTOR_FILE, ("phrase_ar",))])

    def by_name(self, canonical: str) -> ActorEntry | None:
        return self._by_name.get(canonical)

    def find(self, norm: NormalizedText) -> list[ActorMatch]:
        """Actor mentions, longest first; "مسلحي داعش" is one mention of Islamic State."""
        named = [ActorMatch(m.start, m.end, m.surface, m.value) for m in self._matcher.find(norm)]
        chosen = _longest_non_overlapping(named + self._state_force_matches(norm))
        extended = [self._with_member_prefix(norm.original, m) for m in chosen if m.entry is not None]
        return [m for m in extended
                if not (m.entry.is_generic and any(_covers(o, m) for o in extended if o is not m))]

    def resolve(self, entry: ActorEntry, country_iso2: str | None) -> ResolvedActor:
        """The actor's ACLED name and inter code in an article about `country_iso2`.

        Context overrides apply first; templates take the context country (without one,
        the slot is dropped: "Civilians"); a state's forces outside their own country are
        external forces (inter code 8), as ACLED codes them.
        """
        context = (country_iso2 or "").upper()
        country = load_countries().get(context)
        target = entry
        for iso, canonical in entry.by_context:
            if iso == context and canonical in self._by_name:
                target = self._by_name[canonical]
        if target.is_template:
            return ResolvedActor(fill_country(target.canonical, country), target.type_code,
                                 country.iso2 if country else "")
        type_code = target.type_code
        if type_code == STATE_FORCES and country and target.country and target.country != country.iso2:
            type_code = EXTERNAL_FORCES
        return ResolvedActor(target.canonical, type_code, target.country or (country.iso2 if country else ""))

    def _state_force_matches(self, norm: NormalizedText) -> list[ActorMatch]:
        """Head noun + the demonym word right after it: "للجيش الإسرائيلي", "القوات السورية"."""
        out = []
        original = norm.original
        for head in self._heads.find(norm):
            window = normalize(original[head.end:head.end + 40])
            word = _WORD_AFTER_SPACE.match(window.text)
            country, agreement = self._demonyms.get(word.group(1), (None, "")) if word else (None, "")
            if country is None or agreement not in head.value.agreements:
                continue
            entry = self._by_name.get(fill_country(head.value.template, country))
            if entry is not None:
                end = head.end + window.origin[word.end(1) - 1] + 1
                out.append(ActorMatch(head.start, end, original[head.start:end], entry))
        return out

    def _with_member_prefix(self, original: str, match: ActorMatch) -> ActorMatch:
        if match.entry.kind not in GROUP_KINDS:
            return match
        window_start = max(0, match.start - 30)
        before = normalize(original[window_start:match.start])
        text = before.text.rstrip()
        for prefix in self._member_prefixes:
            cut = len(text) - len(prefix)
            if text.endswith(prefix) and (cut == 0 or not text[cut - 1].isalnum() or _is_clitic_start(text, cut)):
                start = window_start + before.origin[cut]
                return replace(match, start=start, surface=original[start:match.end])
        return match


_WORD_AFTER_SPACE = re.compile(r" (\w+)\b")


@dataclass(frozen=True)
class CommonNounAlias:
    """A bare alias ("القاعدة") and the pattern by which an article names the thing its noun
    also means ("قاعدة العند": a base), both normalised."""
    alias: str
    thing: re.Pattern


@functools.cache
def government_camps() -> dict[str, frozenset[str]]:
    """Canonical actor name -> the countries whose government it fights for (government_affiliates.tsv)."""
    camps: dict[str, set[str]] = {}
    for _, row in read_rows(AFFILIATES_FILE, ("canonical", "government_of")):
        camps.setdefault(row["canonical"], set()).add(row["government_of"])
    return {name: frozenset(codes) for name, codes in camps.items()}


@functools.cache
def allies_of(name: str) -> frozenset[str]:
    """The actors that fight for a government the named one fights for (itself included), as
    the Saudi-led coalition and the Giants Brigades; none for an actor in no camp."""
    camps = government_camps().get(name, frozenset())
    return frozenset(other for other, theirs in government_camps().items() if theirs & camps)


def same_side(a: str, b: str) -> bool:
    """One actor named twice, or two that fight for one government: never each other's opponent."""
    return a == b or b in allies_of(a)


@functools.cache
def common_noun_aliases() -> tuple[CommonNounAlias, ...]:
    out = []
    for _, row in read_rows(COMMON_NOUN_FILE, ("alias_ar", "noun_ar", "qualifiers_ar", "other_complements_ar")):
        qualifiers = "|".join(map(normalize_key, split_field(row["qualifiers_ar"])))
        others = "|".join(map(normalize_key, split_field(row["other_complements_ar"])))
        thing = (rf"(?<!\w)[وبلف]?{normalize_key(row['noun_ar'])} "
                 rf"(?:(?:{qualifiers})\b|(?!(?:{others})\b)ال\w+|\w+ (?:{qualifiers})\b)")
        out.append(CommonNounAlias(normalize_key(row["alias_ar"]), re.compile(thing)))
    return tuple(out)


def drop_common_noun_aliases(matches: list[ActorMatch], normalized_text: str) -> list[ActorMatch]:
    """Bare aliases that, in this article, are the common noun it uses for a thing."""
    def names_the_thing(match: ActorMatch) -> bool:
        key = normalize_key(match.surface)
        return any(key == noun.alias and noun.thing.search(normalized_text)
                   and not any(m.entry == match.entry and normalize_key(m.surface) != key for m in matches)
                   for noun in common_noun_aliases())
    return [m for m in matches if not names_the_thing(m)]


def _longest_non_overlapping(matches: list[ActorMatch]) -> list[ActorMatch]:
    """Longest first; on equal spans the earlier list (named aliases) wins, Python's sort being stable."""
    chosen: list[ActorMatch] = []
    for m in sorted(matches, key=lambda m: -(m.end - m.start)):
        if not any(m.start < c.end and c.start < m.end for c in chosen):
            chosen.append(m)
    return sorted(chosen, key=lambda m: m.start)


def _is_clitic_start(text: str, cut: int) -> bool:
    """A conjunction or preposition glued to the prefix word ("ومسلحي", "لعناصر")."""
    word_start = cut
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    return text[word_start:cut] in {"و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"}


def _covers(outer: ActorMatch, inner: ActorMatch) -> bool:
    return outer.start <= inner.start and inner.end <= outer.end and (outer.start, outer.end) != (inner.start, inner.end)


def _keys_precedence(entry: ActorEntry) -> int:
    if entry.is_generic:
        return 2
    return 1 if entry.source == PATTERN_FILE else 0


def _keys_by_precedence(entries: tuple[ActorEntry, ...]) -> dict[str, ActorEntry]:
    """Each normalised alias → the one entry it names (named > generated > generic)."""
    keys: dict[str, ActorEntry] = {}
    for entry in sorted(entries, key=_keys_precedence):
        for alias in entry.aliases_ar:
            keys.setdefault(normalize_key(alias), entry)
    return keys


# --- loading -------------------------------------------------------------------------

def load_actor_entries() -> list[ActorEntry]:
    named = [entry for path in NAMED_FILES for entry in _read_actor_file(path)]
    generated = _merge_named_into_generated(_generate_state_forces(load_countries()), named)
    return generated + [e for e in named if e.canonical not in {g.canonical for g in generated}] \
        + _read_actor_file(GENERIC_FILE)


def _read_actor_file(path: str) -> list[ActorEntry]:
    columns = ACTOR_COLUMNS + (("by_context",) if path == GENERIC_FILE else ())
    return [_entry_from_row(path, where, row) for where, row in read_rows(path, columns)]


def _entry_from_row(path: str, where: str, row: dict[str, str]) -> ActorEntry:
    try:
        type_code = int(row["type_code"])
    except ValueError:
        raise ResourceError(f"{where}: type_code {row['type_code']!r} is not a number") from None
    if type_code not in INTER_CODES:
        raise ResourceError(f"{where}: type_code {type_code} is not an ACLED inter code (1-8)")
    return ActorEntry(row["canonical"], type_code, row["country"], row["kind"],
                      split_field(row["aliases_ar"]), split_field(row["aliases_en"]),
                      TEMPLATE_SLOT in row["canonical"], _parse_by_context(where, row.get("by_context", "")), path)


def _parse_by_context(where: str, value: str) -> tuple[tuple[str, str], ...]:
    pairs = []
    for item in filter(None, (v.strip() for v in value.split(";"))):
        iso, sep, canonical = item.partition("=")
        if not sep or len(iso.strip()) != 2:
            raise ResourceError(f"{where}: by_context item {item!r} is not ISO=canonical")
        pairs.append((iso.strip().upper(), canonical.strip()))
    return tuple(pairs)


@dataclass(frozen=True)
class StateHead:
    """A head noun naming state forces, the actor template, and the demonym agreement it takes."""
    template: str
    agreements: frozenset[str]


def load_state_heads() -> list[tuple[str, StateHead]]:
    heads: dict[str, tuple[str, set[str]]] = {}
    for where, row in _pattern_rows():
        for pattern in split_field(row["patterns_ar"]):
            head, _, slot = pattern.rpartition(" ")
            if slot not in ("{m}", "{f}", "{pl}") or not head:
                raise ResourceError(f"{where}: pattern {pattern!r} must be a noun phrase then {{m}}, {{f}} or {{pl}}")
            template, agreements = heads.setdefault(head, (row["canonical"], set()))
            if template != row["canonical"]:
                raise ResourceError(f"{where}: {head!r} already names {template}")
            agreements.add(slot[1:-1])
    return [(head, StateHead(template, frozenset(agr))) for head, (template, agr) in heads.items()]


def _pattern_rows() -> list[tuple[str, dict[str, str]]]:
    return read_rows(PATTERN_FILE, ("canonical", "type_code", "kind", "patterns_ar"))


def _generate_state_forces(countries: dict[str, Country]) -> list[ActorEntry]:
    """One entry per country and pattern row; their phrases are recognised by head + demonym."""
    rows = [row for _, row in _pattern_rows()]
    return [ActorEntry(fill_country(row["canonical"], country), int(row["type_code"]), country.iso2,
                       row["kind"], (), (), False, (), PATTERN_FILE)
            for country in countries.values() for row in rows]


def _merge_named_into_generated(generated: list[ActorEntry], named: list[ActorEntry]) -> list[ActorEntry]:
    """A named row with a generated actor's canonical adds its aliases to that actor."""
    extra = {e.canonical: e for e in named}
    merged = []
    for entry in generated:
        row = extra.get(entry.canonical)
        if row is not None:
            if (row.type_code, row.country) != (entry.type_code, entry.country):
                raise ResourceError(f"{row.source}: {row.canonical} must have type_code "
                                    f"{entry.type_code} and country {entry.country} like its generated entry")
            entry = replace(entry, kind=row.kind, aliases_ar=row.aliases_ar, aliases_en=row.aliases_en)
        merged.append(entry)
    return merged
