"""Splitting the clitics Arabic writes onto a word: conjunction (و ف), preposition (ب ل ك),
article (ال), in that order. Works on normalised text (rasd.text.normalize)."""
from __future__ import annotations

import re

# prefix letters before the article, then the article; "لل" is ل + ال with the alef dropped.
_WITH_ARTICLE = re.compile(r"^([وف]?[بك]?|[وف]?ل(?!ل))(ال)(?=..)|^([وف]?ل)(ل)(?=..)")
_WITHOUT_ARTICLE = re.compile(r"^([وف]?[بلك]?)(?=...)")


def _article_match(word: str) -> re.Match | None:
    # Every match has a ل among the first four letters: testing that first spares most words
    # without an article the regex.
    return _WITH_ARTICLE.match(word) if "ل" in word[:4] else None


def split_clitics(word: str) -> tuple[str, str, str]:
    """(prefix, article, stem): "وبالمدينة" -> ("وب", "ال", "مدينه"); no guessing beyond that.

    Without an article, single letters are split off greedily ("بغداد" -> ("ب", "", "غداد"));
    callers use the stem as one feature among others, never as the only reading.
    """
    m = _article_match(word)
    if m:
        prefix = m.group(1) if m.group(1) is not None else m.group(3)
        article = m.group(2) or m.group(4)
        return prefix, article, word[m.end():]
    m = _WITHOUT_ARTICLE.match(word)
    prefix = m.group(1) if m else ""
    return prefix, "", word[len(prefix):]


def strip_article(word: str) -> str:
    """The word without ال and the letters before it: "والقاهره" -> "قاهره"."""
    m = _article_match(word)
    return word[m.end():] if m else word


def article_prefix_length(word: str) -> int:
    """How many leading letters are conjunction/preposition before an article (0 if none).

    "والقاهره" -> 1, "للجيش" -> 1 (the span keeps the ل that stands for ال), "القاهره" -> 0.
    """
    m = _article_match(word)
    if not m:
        return 0
    return len(m.group(1)) if m.group(1) is not None else len(m.group(3))
