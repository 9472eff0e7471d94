"""rasd.text.normalize, at C speed, for one pass over whole articles.

`normalize` folds character by character in Python and records an origin index for each
character; over a 5,000-character article that alone costs more than the whole date pass is
allowed. Its folding is one-to-one except for the characters it drops (diacritics, tatweel,
zero-width marks), so the same result comes from a few C-level replacements plus the sorted list of
dropped positions, which maps offsets back with a binary search. The translation table is
derived from `normalize` itself, so the two cannot drift apart.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from ..text.normalize import normalize

# Every character `normalize` changes lies in these blocks (Latin/Arabic letters and digits,
# Unicode spaces, zero-width and bidi controls, the BOM); outside them only case folding of
# other scripts differs, which no date pattern reads.
_FOLDED_BLOCKS = ((0x0000, 0x07FF), (0x1680, 0x1680), (0x1E00, 0x1EFF), (0x2000, 0x206F),
                  (0x3000, 0x3000), (0xFE70, 0xFEFF))


@dataclass(frozen=True)
class FoldedText:
    original: str
    text: str
    dropped_at: tuple[int, ...]   # for each dropped character, the folded offset it sat at
    marks: re.Pattern[str]        # dropped characters that belong to the word before them

    def original_offset(self, i: int) -> int:
        return i + bisect_right(self.dropped_at, i)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the folded text back to the original text."""
        if start >= end:
            return (self.original_offset(start),) * 2
        start, end = self.original_offset(start), self.original_offset(end - 1) + 1
        # A span ending in "أمسِ" or "هـ" keeps its vowel sign or tatweel.
        return start, self.marks.match(self.original, end).end()


@dataclass(frozen=True)
class _Folding:
    letters: tuple[tuple[str, str], ...]  # Arabic letter variants: frequent, folded with str.replace
    replacement: dict[str, str]      # every other character that changes -> its fold, "" when dropped
    changed: re.Pattern[str]         # any character of `replacement`
    dropped: re.Pattern[str]
    marks: re.Pattern[str]           # runs of dropped vowel signs and tatweel


@lru_cache(maxsize=1)
def _folding() -> _Folding:
    replacement: dict[str, str] = {}
    for low, high in _FOLDED_BLOCKS:
        for code in range(low, high + 1):
            char = chr(code)
            folded = normalize(char).text
            if len(folded) <= 1 and folded != char:
                replacement[char] = folded
    letters = tuple((c, v) for c, v in replacement.items() if "\u0621" <= c <= "\u064a" and v)
    others = {c: v for c, v in replacement.items() if (c, v) not in letters}
    dropped = "".join(c for c, v in others.items() if v == "")
    marks = "".join(c for c in dropped if unicodedata.category(c) in ("Mn", "Lm"))
    return _Folding(letters, others, _char_class(others), _char_class(dropped),
                    re.compile(_char_class(marks).pattern + "*"))


def _char_class(chars) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(chars)) + "]")


def fold(text: str) -> FoldedText:
    # Hamza seats and ta marbuta change a tenth of an Arabic text: one str.replace per letter
    # is fastest for them; the rare rest (digits, spaces, diacritics) goes through one regex.
    folding = _folding()
    drops = [m.start() for m in folding.dropped.finditer(text)]
    folded = text
    for letter, fold_to in folding.letters:
        folded = folded.replace(letter, fold_to)
    folded = folding.changed.sub(lambda m: folding.replacement[m.group()], folded)
    return FoldedText(text, folded, tuple(pos - k for k, pos in enumerate(drops)), folding.marks)
