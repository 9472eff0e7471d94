"""Tokens with original offsets and normalised forms, for the number and casualty grammars.

The grammars look at a handful of words around a number or a casualty word, so they tokenise
only those windows of the original text and normalise token by token. The character folding
is taken from `rasd.text.normalize.normalize`, one character at a time, so a token's `norm`
is exactly what `normalize_key` makes of it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..text.normalize import NormalizedText, normalize

# Everything a news text is written in that normalisation may change: ASCII, Arabic blocks,
# Persian digits, bidi/zero-width controls and the Unicode spaces. Other characters stay as they are.
_FOLDABLE = (
    list(range(0x0000, 0x0100)) + list(range(0x0600, 0x0780)) + [0x1680]
    + list(range(0x2000, 0x2030)) + [0x3000, 0xFEFF]
)

_MARK = "\u0610-\u061A\u064B-\u065F\u0670\u0640\u06D6-\u06ED\u200c\u200d"
# A word is letters, digits and the marks inside them; a digit group may continue after a
# thousands or decimal separator ("1,200", "١٬٢٠٠", "3.5"). Any other visible character is a token.
_TOKEN = re.compile(
    rf"(?:[^\W_]|[{_MARK}])+(?:(?<=\d)[,.\u060C\u066B\u066C](?=\d)(?:[^\W_]|[{_MARK}])+)*|[^\s\w{_MARK}]"
)
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


def normalized_view(text: str) -> NormalizedText:
    """`normalize(text)` computed with str.translate: the same result, many times faster."""
    _, view_table, deleted = _tables()
    folded = text.translate(view_table)
    drops = [m.start() for m in deleted.finditer(folded)]
    if not drops:
        return NormalizedText(text, folded, tuple(range(len(text))))
    pieces: list[str] = []
    origin: list[int] = []
    previous = 0
    for drop in drops + [len(text)]:
        pieces.append(folded[previous:drop])
        origin.extend(range(previous, drop))
        previous = drop + 1
    return NormalizedText(text, "".join(pieces), tuple(origin))


@dataclass(frozen=True)
class Token:
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


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], with offsets into `text`."""
    end = len(text) if end is None else end
    return [Token(m.start(), m.end(), fold(m.group()))
            for m in _TOKEN.finditer(text, start, end)]
