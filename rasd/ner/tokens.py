"""The tokens the tagger sees: words as rasd.text.segment finds them, plus each punctuation
mark on its own (quotes, brackets and commas around names are useful context)."""
from __future__ import annotations

from ..text.segment import Segment, tokenize


def ner_tokens(text: str, start: int, end: int) -> list[Segment]:
    words = tokenize(text[start:end], start)
    tokens: list[Segment] = []
    position = start
    for word in words:
        tokens.extend(_marks(text, position, word.start))
        tokens.append(word)
        position = word.end
    tokens.extend(_marks(text, position, end))
    return tokens


def _marks(text: str, start: int, end: int) -> list[Segment]:
    return [Segment(i, i + 1, text[i]) for i in range(start, end) if not text[i].isspace()]
