"""Word lists that steer toponym finding: cue words, common words, phrases that are not places.

All are data files under resources/geo/; keys are compared after normalisation
(أ/إ/آ→ا, ة→ه, ى→ي), so the files are written in ordinary spelling.
"""
from __future__ import annotations

import functools
import re
from typing import Iterator

from ..text.normalize import normalize_key
from . import sources

# A district cue ("حي", "ضاحية") introduces a part of a city, never a town of the same name
# elsewhere; a facility cue ("مطار", "معسكر") a facility, often named after a person.
_LICENSED_FEATURES = {"district": frozenset({"district", "neighbourhood"}),
                      "facility": frozenset({"camp", "base", "airport", "landmark"})}
# The clitics a cue word may carry: "بمدينة", "وفي مدينة" (the preposition is its own word).
_CUE_CLITICS = r"(?:[وف]?[بل]?|[وف]?لل)"


def _lines(name: str) -> list[str]:
    text = sources.resource_path(f"geo/{name}").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def stoplist() -> frozenset[str]:
    """Common words that are also place names: places only after a cue word (see cues.tsv)."""
    return frozenset(normalize_key(w) for w in _lines("stoplist.txt"))


@functools.cache
def not_place_phrases() -> frozenset[str]:
    """Phrases that contain a place name without naming the place ("مسقط رأسه", "البيت الأبيض")."""
    return frozenset(normalize_key(w) for w in _lines("not_places.txt"))


@functools.cache
def toponym_heads() -> frozenset[str]:
    """First words of multi-word names that mark them as places ("بيت", "كفر", "تل")."""
    return frozenset(normalize_key(w) for w in _lines("toponym_heads.txt"))


@functools.cache
def capital_qualifiers() -> frozenset[str]:
    """Adjectives after "العاصمة" that make it some other capital ("العاصمة الإدارية")."""
    return frozenset(normalize_key(w) for w in _lines("capital_qualifiers.txt"))


@functools.cache
def cue_kinds() -> dict[str, str]:
    path = sources.resource_path("geo/cues.tsv")
    return {normalize_key(row["word"]): row["kind"] for _, row in sources.read_rows(path, ("word", "kind"))}


def generic_place_words() -> frozenset[str]:
    """Cue words and toponym heads: a village called "سوق" or "مخيم" is never found by that name."""
    return frozenset(cue_kinds()) | toponym_heads()


@functools.cache
def _cue_words() -> str:
    return "(" + "|".join(sorted(map(re.escape, cue_kinds()), key=len, reverse=True)) + ")"


@functools.cache
def _cue_at_end() -> re.Pattern[str]:
    return re.compile(r"(?:^|\s)" + _CUE_CLITICS + _cue_words() + r"\s+$")


@functools.cache
def _cue_anywhere() -> re.Pattern[str]:
    return re.compile(r"(?<!\S)" + _CUE_CLITICS + _cue_words() + r" +(?=\S)")


def cue_before(norm_before: str) -> str | None:
    """The kind of cue word ending `norm_before` (normalised text up to a toponym), if any."""
    m = _cue_at_end().search(norm_before[-24:])
    return cue_kinds()[m.group(1)] if m else None


def cues_in(norm_text: str) -> Iterator[tuple[str, int]]:
    """(kind, where the next word starts) for every cue word of a normalised text."""
    for m in _cue_anywhere().finditer(norm_text):
        yield cue_kinds()[m.group(1)], m.end()


def cue_licenses(kind: str | None, feature: str) -> bool:
    """Whether a cue of this kind makes a cue-only name of a place with this feature a place."""
    if kind is None:
        return False
    return kind not in _LICENSED_FEATURES or feature in _LICENSED_FEATURES[kind]
