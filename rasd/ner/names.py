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
    always stays: "الرئيس الأمريكي دونالد ترامب" -> 17, "الرئيس" -> 0. A given name written
    without the article starts the name even when it is also an adjective or a title
    ("تركي المالكي", "سلطان القاسمي")."""
    words = list(_WORD.finditer(mention))
    for word in words[:-1]:
        key = normalize_key(word.group())
        if strip_article(key) not in _leading_words() or key in _given_names():
            return word.start()
    return words[-1].start() if words else 0


@functools.cache
def _given_names() -> frozenset[str]:
    return frozenset(word for word, classes in load_triggers().items() if "GIVEN_NAME" in classes)
