"""Context word lists (resources/events/context_words.tsv) as regular-expression alternations.

The roles, arguments and attribution stages read the words around an actor, a place or a date
("برصاص الجيش", "في سوريا", "قال ... الخميس"); the words are data, the patterns that combine
them stay next to the code that uses them.
"""
from __future__ import annotations

import functools
from collections import defaultdict

from ..lexicon.tsv import read_resource_tsv
from ..text.normalize import spelling_pattern


@functools.cache
def _groups() -> dict[str, tuple[str, ...]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for row in read_resource_tsv("events/context_words.tsv"):
        groups[row["group"]].append(row["phrase"])
    return {group: tuple(phrases) for group, phrases in groups.items()}


def words(group: str) -> tuple[str, ...]:
    return _groups()[group]


@functools.cache
def word_set(group: str) -> frozenset[str]:
    """The group's phrases as written, for membership tests."""
    return frozenset(words(group))


def alternation(*groups: str) -> str:
    """The groups' phrases as one alternation, longest first, in any of their spellings
    ("أطلق" also matches "اطلق"), any run of spaces inside a phrase."""
    phrases = sorted({p for g in groups for p in words(g)}, key=len, reverse=True)
    return "|".join(map(spelling_pattern, phrases))
