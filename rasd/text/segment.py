"""Sentence and token segmentation on the original text (offsets are original offsets)."""
from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? ؟ or a line break; a full stop between digits ("3.5") is not an end.
_SENTENCE_END = re.compile(r"(?<!\d)[.!?؟]+(?=\s|$|[\"'»”)])[\"'»”)]*|\n+")
_WORD = re.compile(r"[\w\u0600-\u06FF\u0750-\u077F]+(?:[-‐][\w\u0600-\u06FF]+)*")


@dataclass(frozen=True)
class Segment:
    start: int
    end: int
    text: str


def split_sentences(text: str) -> list[Segment]:
    sentences = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        _append_trimmed(sentences, text, start, m.end())
        start = m.end()
    _append_trimmed(sentences, text, start, len(text))
    return sentences


def _append_trimmed(out: list[Segment], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        out.append(Segment(start, end, text[start:end]))


def tokenize(text: str, offset: int = 0) -> list[Segment]:
    return [Segment(m.start() + offset, m.end() + offset, m.group()) for m in _WORD.finditer(text)]
