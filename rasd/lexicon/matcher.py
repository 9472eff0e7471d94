"""Clitic-aware phrase matching over normalised Arabic text with an Aho-Corasick automaton.

Arabic attaches conjunctions, prepositions and the article to the next word: "وبنغازي",
"للجيش", "والمسلحين". A lexicon entry matches when it starts after such a prefix and ends
at a word boundary; the reported span excludes the prefix (the entity is "بنغازي", not
"وبنغازي"), and is mapped back to original-text offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Generic, Iterable, TypeVar

import ahocorasick

from ..text.normalize import NormalizedText, normalize_key

T = TypeVar("T")

# Prefix letters that may precede an entry inside one written word:
# conjunction (و ف), then preposition (ب ل ك), then the article (ال).
_PREFIX = re.compile(r"^(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)$")
_WORD_CHAR = re.compile(r"[\w\u0600-\u06FF]")


_LONGEST_PREFIX = 4   # what _PREFIX accepts at most: "وبال"


def _word_edge(text: str, position: int, step: int, reach: int) -> int:
    """Where the word around `position` starts (step -1, looking left of it) or ends (step +1),
    at most `reach` letters away; -1 when the word goes on further than that."""
    edge = position
    for _ in range(reach + 1):
        letter = edge - 1 if step < 0 else edge
        if not 0 <= letter < len(text) or not _WORD_CHAR.match(text[letter]):
            return edge
        edge += step
    return -1


@dataclass(frozen=True)
class Match(Generic[T]):
    start: int          # original-text offsets of the entry itself, clitics excluded
    end: int
    surface: str        # original text of the span
    key: str            # the normalised lexicon key that matched
    value: T
    with_article: bool  # the entry was preceded by ال (e.g. "القنفودة" for key "قنفوده")


class PhraseMatcher(Generic[T]):
    """Longest, leftmost, non-overlapping matches of normalised phrases."""

    _suffixes: frozenset[str] = frozenset()   # class defaults: matchers restored from a pickle
    _suffix_reach = 0                          # the longest of _suffixes

    def __init__(self, entries: Iterable[tuple[str, T]] = (), suffixes: Iterable[str] = ()):
        """`suffixes`: endings allowed after an entry inside the same word (pronoun clitics
        such as "ه" in "غاراته"); by default an entry must end the word."""
        self._suffixes = frozenset(normalize_key(x) for x in suffixes)
        self._suffix_reach = max(map(len, self._suffixes), default=0)
        self._automaton = ahocorasick.Automaton()
        self._values: dict[str, list[T]] = {}
        for phrase, value in entries:
            self.add(phrase, value)
        self._built = False

    def add(self, phrase: str, value: T) -> None:
        key = normalize_key(phrase)
        if len(key) < 2:
            return
        self._values.setdefault(key, []).append(value)
        self._built = False

    def __len__(self) -> int:
        return len(self._values)

    def _build(self) -> None:
        self._automaton = ahocorasick.Automaton()
        for key in self._values:
            self._automaton.add_word(key, key)
            # "للجيش" is ل + الجيش with the article's alef dropped: index "لجيش" too.
            if key.startswith("ال") and len(key) > 3:
                self._automaton.add_word(key[1:], key)
        self._automaton.make_automaton()
        self._built = True

    def find(self, norm: NormalizedText) -> list[Match[T]]:
        if not self._values:
            return []
        if not self._built:
            self._build()
        text = norm.text
        candidates = []
        for end_idx, key in self._automaton.iter(text):
            end = end_idx + 1
            for indexed in {key, key[1:]}:
                start = end - len(indexed)
                if text[start:end] != indexed:
                    continue
                hit = self._accept(text, start, end, key, contracted=indexed != key, suffixes=self._suffixes,
                                   suffix_reach=self._suffix_reach)
                if hit is not None:
                    candidates.append(hit)
        return self._select(norm, candidates)

    @staticmethod
    def _accept(text: str, start: int, end: int, key: str, contracted: bool, suffixes=frozenset(),
                suffix_reach: int = 0):
        # Most automaton hits lie inside longer words: look no further than the longest prefix or
        # suffix allowed, instead of walking to the word's edges.
        if end < len(text) and _WORD_CHAR.match(text[end]):
            word_end = _word_edge(text, end, +1, suffix_reach) if suffixes else -1
            if word_end < 0 or text[end:word_end] not in suffixes:
                return None
        word_start = _word_edge(text, start, -1, _LONGEST_PREFIX)
        if word_start < 0:
            return None
        prefix = text[word_start:start]
        if contracted:
            if not prefix.endswith("ل") or not re.fullmatch(r"[وف]?ل", prefix):
                return None
            return (start - 1, start, end, key, True)  # span begins at the ل standing for ال
        if not _PREFIX.match(prefix):
            return None
        with_article = prefix.endswith("ال") or prefix.endswith("لل")
        return (start, start, end, key, with_article)

    def _select(self, norm: NormalizedText, candidates) -> list[Match[T]]:
        # Prefer longer entries, then earlier ones; drop anything overlapping a chosen match.
        candidates.sort(key=lambda c: (-(c[2] - c[1]), c[1]))
        taken: list[tuple[int, int]] = []
        chosen = []
        for _, start, end, key, with_article in candidates:
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            chosen.append((start, end, key, with_article))
        chosen.sort()
        out = []
        for start, end, key, with_article in chosen:
            o_start, o_end = norm.to_original(start, end)
            for value in self._values[key]:
                out.append(Match(o_start, o_end, norm.original[o_start:o_end], key, value, with_article))
        return out
