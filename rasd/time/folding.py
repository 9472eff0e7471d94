"""rasd.text.normalize, at C speed, for one pass over whole articles.

`normalize` folds character by character in Python and records an origin index for each
character; over a 5,000-character article that alone costs more than the whole date pass is
allowed. Its folding is one-to-one except for the characters it drops (diacritics, tatweel,
zero-width marks), so the same result comes from one substitution pass plus the sorted list of
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
    replacement: dict[str, str]      # character -> its folded form, "" when dropped
    changed: re.Pattern[str]         # any character that folds to something else
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
    dropped = "".join(c for c, v in replacement.items() if v == "")
    marks = "".join(c for c in dropped if unicodedata.category(c) in ("Mn", "Lm"))
    return _Folding(replacement, _char_class(replacement), _char_class(dropped),
                    re.compile(_char_class(marks).pattern + "*"))


def _char_class(chars) -> re.Pattern[str]:
    return re.compile("[" + re.escape("".join(chars)) + "]")


def fold(text: str) -> FoldedText:
    # A regex pass touches only the few characters that change; str.translate would look
    # every character up in a dict, which is twice as slow on Arabic text.
    folding = _folding()
    drops = [m.start() for m in folding.dropped.finditer(text)]
    folded = folding.changed.sub(lambda m: folding.replacement[m.group()], text)
    return FoldedText(text, folded, tuple(pos - k for k, pos in enumerate(drops)), folding.marks)
