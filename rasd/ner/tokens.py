"""The tokens the tagger sees: words, and each punctuation mark on its own (quotes, brackets
and commas around names are useful context).

A word is a run of letters and digits with its diacritics and tatweel. Arabic punctuation
(، ؛ ؟) is a separate token, as in the training corpora; rasd.text.segment.tokenize keeps it
attached ("دمشق،"), which would make every name before a comma an unknown word.
"""
from __future__ import annotations

import re

_TOKEN = re.compile(r"[\w\u064B-\u065F\u0670\u0640]+(?:-[\w\u064B-\u065F\u0670\u0640]+)*|[^\w\s]")


def ner_tokens(text: str, start: int, end: int) -> list[re.Match]:
    """The tokens of text[start:end] as regex matches (group(), start(), end() in the text)."""
    return list(_TOKEN.finditer(text, start, end))
