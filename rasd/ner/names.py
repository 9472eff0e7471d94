"""Where a person's name begins in a mention that opens with titles and nationality adjectives.

Lexicon aliases and news text both say "الرئيس الأمريكي دونالد ترامب"; the person's name is
"دونالد ترامب". Titles are the TITLE words of triggers.tsv, nationality adjectives the
demonyms of rasd.lexicon.countries (when that lexicon is present).
"""
from __future__ import annotations

import functools
import re

from ..text.normalize import normalize_key
from .clitics import strip_article
from .features import load_triggers

_WORD = re.compile(r"\S+")


@functools.cache
def _leading_words() -> frozenset[str]:
    words = {word for word, classes in load_triggers().items() if "TITLE" in classes}
    try:
        from ..lexicon.countries import load_countries
    except ImportError:
        return frozenset(words)
    for country in load_countries().values():
        words.update(strip_article(normalize_key(d)) for d in country.demonyms_ar)
    return frozenset(words)


def name_start(mention: str) -> int:
    """Characters of leading titles and nationality adjectives before the name; the last word
    always stays: "الرئيس الأمريكي دونالد ترامب" -> 17, "الرئيس" -> 0."""
    words = list(_WORD.finditer(mention))
    for word in words[:-1]:
        if strip_article(normalize_key(word.group())) not in _leading_words():
            return word.start()
    return words[-1].start() if words else 0
