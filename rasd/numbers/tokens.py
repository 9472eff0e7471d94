"""Tokens with original offsets and normalised forms, for the number and casualty grammars.

The grammars look at a handful of words around a number or a casualty word, so they tokenise
only those windows of a normalised view of the text. The character folding is taken from
`rasd.text.normalize.normalize`, one character at a time, so a token's `norm` is exactly what
`normalize_key` makes of it, and the view is exactly `normalize(text)`, only faster.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from ..text.normalize import NormalizedText, normalize

# Everything a news text is written in that normalisation may change: ASCII, Arabic blocks,
# Persian digits, bidi/zero-width controls and the Unicode spaces. Other characters stay as they are.
_FOLDABLE = (
    list(range(0x0000, 0x0100)) + list(range(0x0600, 0x0780)) + [0x1680]
    + list(range(0x2000, 0x2030)) + [0x3000, 0xFEFF]
)

# In the normalised text a word is letters and digits; a digit group may continue after a
# thousands or decimal separator ("1,200", "١٬٢٠٠", "3.5"). Any other visible character is a token.
_TOKEN = re.compile(r"[^\W_]+(?:(?<=\d)[,.\u066B\u066C](?=\d)[^\W_]+)*|[^\s\w]")
_PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str | None], dict[int, str], re.Pattern]:
    """Derived from `normalize`, one character at a time: (token table that folds and deletes,
    one-to-one view table, pattern of the characters normalisation deletes)."""
    token_table: dict[int, str | None] = {}
    view_table: dict[int, str] = {}
    for code in _FOLDABLE:
        folded = normalize(chr(code)).text
        if folded == chr(code):
            continue
        token_table[code] = folded or None
        if len(folded) == 1:
            view_table[code] = folded
    deleted = "".join(re.escape(chr(c)) for c, f in token_table.items() if f is None)
    return token_table, view_table, re.compile(f"[{deleted}]")


def fold(word: str) -> str:
    """The normalised form of one word (same folding as `normalize`)."""
    return word.translate(_tables()[0])


class Token(NamedTuple):
    start: int          # original-text offsets
    end: int
    norm: str           # normalised surface, clitics included

    @property
    def is_word(self) -> bool:
        return self.norm[:1].isalnum()

    def stems(self) -> tuple[str, ...]:
        """The token with each possible proclitic removed (و ف, then ب ل ك, then ال), longest first."""
        return _stems(self.norm)


@lru_cache(maxsize=65536)
def _stems(word: str) -> tuple[str, ...]:
    out = [word]
    for prefix in _PREFIXES[1:]:
        if word.startswith(prefix) and len(word) - len(prefix) >= 1:
            out.append(word[len(prefix):])
    for form in list(out):
        if form.startswith("ال") and len(form) > 3:
            out.append(form[2:])
        if form.startswith("لل") and len(form) > 3:     # ل + ال with the alef dropped
            out.append(form[2:])
    return tuple(dict.fromkeys(out))


def tokenize(text: str) -> list[Token]:
    """Tokens of a whole text, with offsets into it."""
    return tokenize_view(normalize(text))


def tokenize_view(view: NormalizedText, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of view.text[start:end] (normalised offsets), with offsets into the original text."""
    origin = view.origin
    end = len(view.text) if end is None else end
    return [Token(origin[m.start()], _original_end(view, m.end()), m.group())
            for m in _TOKEN.finditer(view.text, start, end)]


def _original_end(view: NormalizedText, end: int) -> int:
    """Original end of a token ending at normalised offset `end`, with its trailing diacritics."""
    position = view.origin[end - 1] + 1
    limit = view.origin[end] if end < len(view.origin) else len(view.original)
    while position < limit and unicodedata.category(view.original[position]) == "Mn":
        position += 1
    return position
