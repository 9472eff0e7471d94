"""Comparing actor and entity names the way the gold standard does (../shared/eval/FORMAT.md).

Gold lists aliases in English and Arabic as written in the article; a system name counts when,
after loose normalisation and clitic stripping, it equals an alias or one contains the other as
whole words (the shorter being at least 4 characters, so "ال" or "IS" never match by accident).
"""
from __future__ import annotations

import re

_DIACRITICS = re.compile(r"[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_NON_WORD = re.compile(r"[^\w\s]")
_LETTER_VARIANTS = str.maketrans({"إ": "ا", "أ": "ا", "آ": "ا", "ٱ": "ا",
                                  "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
# Longest first: "وال" must be tried before "و". A stem keeps at least 3 letters.
_PROCLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")
_MIN_STEM = 3
_MIN_CONTAINED = 4


def fold(text: str | None) -> str:
    """Lower-case, undiacritised, letter-folded, punctuation-free, single-spaced."""
    text = _DIACRITICS.sub("", text or "").lower().translate(_LETTER_VARIANTS)
    return " ".join(_NON_WORD.sub(" ", text).split())


def _strip_proclitic(token: str) -> str:
    for clitic in _PROCLITICS:
        if token.startswith(clitic) and len(token) - len(clitic) >= _MIN_STEM:
            return token[len(clitic):]
    return token


def name_key(text: str | None) -> str:
    """The form names are compared in: folded, each word without its proclitic."""
    return " ".join(_strip_proclitic(word) for word in fold(text).split())


def _keys_match(a: str, b: str) -> bool:
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = sorted((a, b), key=len)
    return len(shorter) >= _MIN_CONTAINED and f" {shorter} " in f" {longer} "


def names_match(system_forms: list[str], gold_aliases: list[str]) -> bool:
    keys = {name_key(form) for form in system_forms if form}
    return any(_keys_match(name_key(alias), key) for alias in gold_aliases for key in keys)
