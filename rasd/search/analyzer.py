"""Text → search terms: fold orthography, strip proclitics, stem.

Order matters. The Snowball Arabic stemmer's suffix rules depend on word length and it does
not remove و+ال or ف+ال, so "والمدينة" and "المدينه" would stem differently from "مدينة".
Stripping the proclitic chain ourselves first gives the stemmer the bare word in every case:
"بالمدينة", "والمدينة", "للمدينة", "المدينة", "مدينة" all become "مدين".
"""
from __future__ import annotations

import functools
import re

import Stemmer

from rasd.text.normalize import normalize

# conjunction (و/ف) + preposition (ب/ك/ل) + article, or ل+ال written "لل". The lookahead keeps
# at least three letters so that short words that merely start with these letters survive
# ("الله", "الا").
_PROCLITICS = re.compile(r"^(?:[وف]?(?:[بكل]?ال|لل))(?=\w{3})")
_WORD = re.compile(r"\w+")
_MAX_TERM_CHARS = 40   # longer "words" are URLs or garbage; they would only bloat the index


@functools.lru_cache(maxsize=1)
def _stemmer() -> Stemmer.Stemmer:
    return Stemmer.Stemmer("arabic")


@functools.lru_cache(maxsize=200_000)
def _term(word: str) -> str:
    """The search term of one already-folded word."""
    bare = _PROCLITICS.sub("", word)
    return _stemmer().stemWord(bare)


def term_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, term) for every word of `text`; offsets index the original `text`."""
    folded = normalize(text)
    spans = []
    for m in _WORD.finditer(folded.text):
        word = m.group()
        if len(word) > _MAX_TERM_CHARS:
            continue
        start, end = folded.to_original(m.start(), m.end())
        spans.append((start, end, _term(word)))
    return spans


def _terms(text: str) -> list[str]:
    return [_term(w) for w in _WORD.findall(normalize(text).text) if len(w) <= _MAX_TERM_CHARS]


def index_text(text: str) -> str:
    """The space-separated terms stored in the full-text index for `text`."""
    return " ".join(_terms(text))


def query_terms(query: str) -> list[str]:
    """Distinct terms of a user query, in order; every one must occur in a hit."""
    return list(dict.fromkeys(_terms(query)))
