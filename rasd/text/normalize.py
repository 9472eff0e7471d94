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


_DROPPED_CHARS = re.compile("[" + "".join(sorted(_DROP)) + "]")
# One-to-one folds; whitespace of every kind becomes a plain space.
_ONE_TO_ONE = dict(_FOLD)
_ONE_TO_ONE.update({ch: " " for ch in "\t\n\r\x0b\x0c\xa0\u2028\u2029\u200b\u202f"})


def normalize(original: str) -> NormalizedText:
    # str.replace per folded character is much faster than str.translate or a per-character
    # loop on Arabic text; dropped characters are then cut out in one pass with their offsets.
    folded = original
    for ch, replacement in _ONE_TO_ONE.items():
        if ch in folded:
            folded = folded.replace(ch, replacement)
    lowered = folded.lower()
    # "İ".lower() is two characters: lower case one character at a time to keep offsets 1:1.
    folded = lowered if len(lowered) == len(folded) else "".join(
        c.lower() if len(c.lower()) == 1 else c for c in folded)
    drops = [m.start() for m in _DROPPED_CHARS.finditer(folded)]
    if not drops:
        return NormalizedText(original, folded, range(len(original)))
    pieces: list[str] = []
    origin: list[int] = []
    previous = 0
    for drop in drops + [len(original)]:
        pieces.append(folded[previous:drop])
        origin.extend(range(previous, drop))
        previous = drop + 1
    return NormalizedText(original, "".join(pieces), tuple(origin))


_MULTISPACE = re.compile(r"\s+")
_PUNCT = re.compile(r"[\"'«»“”‘’()\[\]{}<>]")


def normalize_key(phrase: str) -> str:
    """Normalise a lexicon entry or a query: folded letters, no quotes, single spaces."""
    text = normalize(phrase).text
    text = _PUNCT.sub(" ", text)
    return _MULTISPACE.sub(" ", text).strip()


# The spellings news sites mix up, as few regex classes as possible: a class compiles slowly,
# and the context patterns hold thousands of words (a class for every folded letter, hamza on
# و and ي and Persian letters included, cost over a second of compilation per process).
_ALEF = "[" + "".join(sorted({variant for variant, base in _FOLD.items() if base == "ا"} | {"ا"})) + "]"
_FINAL = {"ة": "[ةه]", "ه": "[ةه]", "ى": "[ىي]", "ي": "[ىي]"}
_VOWELS = "[\u064b-\u0652]*"   # tanween, shadda: written around a final alef ("احتجاجًا", "ردًّا")


def spelling_pattern(phrase: str) -> str:
    """A regex for `phrase` as news sites may spell it: "أطلق" also matches "اطلق", "قذيفة"
    "قذيفه", "في" "فى" (alef with or without hamza anywhere, ة/ه and ى/ي at the end of a word),
    "احتجاجا" "احتجاجًا", "ردا" "ردّا" (marks around a final alef), any run of spaces between
    words. For patterns that run on the original text, where the lexicons' matching on the
    normalised text is not available."""
    return r"\s+".join(_spelled_word(word) for word in phrase.split())


def _spelled_word(word: str) -> str:
    letters = [c for c in word if c not in _MARKS]
    out = []
    for k, letter in enumerate(letters):
        last = k == len(letters) - 1
        if _FOLD.get(letter) == "ا" or letter == "ا":
            out.append(_VOWELS + _ALEF + _VOWELS if last else _ALEF)
        elif last and letter in _FINAL:
            out.append(_FINAL[letter])
        else:
            out.append(re.escape(letter))
    return "".join(out)

