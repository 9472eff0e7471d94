"""Arabic orthographic normalisation that remembers where every character came from.

Matching (lexicons, gazetteer, search) runs on a normalised view of the text, but every
offset rasd reports must point into the original article. `normalize` therefore drops
or folds characters one by one and keeps, for each output character, the index of the
input character it came from.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

# Harakat, Quranic marks, superscript alef, tatweel, and bidi/zero-width controls carry no
# lexical information in news text and break exact matching.
_DROP = set(
    [chr(c) for c in range(0x0610, 0x061B)]
    + [chr(c) for c in range(0x064B, 0x0660)]
    + ["\u0670", "\u0640", "\u200c", "\u200d", "\u200e", "\u200f", "\u061c", "\ufeff"]
    + [chr(c) for c in range(0x06D6, 0x06EE)]
)

_MARKS = frozenset(c for c in _DROP if c not in "\u200c\u200d\u200e\u200f\u061c\ufeff")

# Letter variants that news sites use interchangeably.
_FOLD = {
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ک": "ك", "ی": "ي", "ے": "ي", "ھ": "ه",
    "٪": "%", "،": ",", "؛": ";", "؟": "?",
    # Social-media style "#انفجار_لغم" in web copy: hashtags are ordinary words.
    "#": " ", "_": " ",
}
_FOLD.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_FOLD.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Persian digits



@dataclass(frozen=True)
class NormalizedText:
    """A normalised string plus, for each of its characters, the index in the original."""

    original: str
    text: str
    origin: tuple[int, ...] | range

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of the normalised text back to the original text."""
        if start >= end:
            pos = self.origin[start] if start < len(self.origin) else len(self.original)
            return pos, pos
        o_end = self.origin[end - 1] + 1
        # Keep the diacritics that belong to the last letter inside the span.
        while o_end < len(self.original) and self.original[o_end] in _MARKS:
            o_end += 1
        return self.origin[start], o_end


_DROPPED = "\x00"
# One translation table: every dropped character becomes a sentinel (removed afterwards, so
# the offset map is built in one pass), every folded character its plain form.
_TABLE = {ord(ch): _DROPPED for ch in _DROP}
_TABLE.update({ord(k): v for k, v in _FOLD.items()})
_TABLE.update({ord(ch): " " for ch in "\t\n\r\x0b\x0c\xa0\u2028\u2029\u200b\u202f"})


def normalize(original: str) -> NormalizedText:
    folded = original.translate(_TABLE).lower()
    if len(folded) != len(original):  # lower() changed the length (rare non-Arabic letters)
        folded = "".join(ch.translate(_TABLE).lower()[:1] or ch for ch in original)
    if _DROPPED not in folded:
        return NormalizedText(original, folded, range(len(original)))
    origin = tuple(i for i, ch in enumerate(folded) if ch != _DROPPED)
    return NormalizedText(original, folded.replace(_DROPPED, ""), origin)


_MULTISPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[\"'«»“”‘’()\[\]{}<>]")


def normalize_key(phrase: str) -> str:
    """Normalise a lexicon entry or a query: folded letters, no quotes, single spaces."""
    text = normalize(phrase).text
    text = _PUNCT.sub(" ", text)
    return _MULTISPACE.sub(" ", text).strip()
