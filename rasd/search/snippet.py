"""A plain-text excerpt around the first query hit, with the hit positions.

Highlights are returned as offsets, never as markup, so that no client ever has to insert
article text into HTML.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .analyzer import term_spans


@dataclass
class Snippet:
    text: str
    highlights: list[tuple[int, int]] = field(default_factory=list)   # offsets into `text`
    start: int = 0                                                     # offset of `text` in the article


def make_snippet(text: str, terms: list[str], width: int = 240) -> Snippet:
    wanted = set(terms)
    hits = [(s, e) for s, e, term in term_spans(text) if term in wanted]
    if not hits:
        return Snippet(text[:width].strip())
    start = _window_start(text, hits[0][0], width)
    end = min(len(text), start + width)
    highlights = [(s - start, e - start) for s, e in hits if s >= start and e <= end]
    return Snippet(text[start:end], highlights, start)


def _window_start(text: str, first_hit: int, width: int) -> int:
    """Start about a third of the window before the hit, on a word boundary."""
    start = max(0, first_hit - width // 3)
    if start > 0:
        space = text.find(" ", start, first_hit)
        start = space + 1 if space != -1 else start
    return start
