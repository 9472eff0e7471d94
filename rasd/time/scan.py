"""Where in an article a date expression can start: a fast pre-pass before the full grammar.

Python's regex engine tries every alternative of the date grammar at every word start, which
over a whole article costs milliseconds. Every date expression contains a head word (a
weekday, month, "أمس", "منذ", "الشهر", a part of the day...) or a year, so one
Aho-Corasick pass finds those heads, and the grammar is tried only where an expression
holding one of them can start: at the head's own word, or, for heads that may be preceded
by non-head words ("الحادي والعشرين من يناير", "أواخر هذا الشهر", "12/3/2018"), at the
few words just before it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from .lexicon import TimeLexicon, load_lexicon

# Of all numbers only a year (19xx, 20xx) can head a date ("في 2014", "12/3/2018"); a day
# number always stands before a month name, which is a head word itself. The pattern is a
# loose superset, narrowed in Python: a leading character class lets the regex engine skip
# ahead, where a look-behind would be tried at every position.
_YEAR_LIKE = re.compile(r"[12][09][0-9][0-9](?![0-9])")
_CENTURIES = ("19", "20")
# How far before a head an expression holding it may start, in characters: an ordinal day
# before a month ("الحادي والعشرين من"), a day and month before a year ("12/3/"), a part
# of the period before a period noun ("أواخر هذا").
_LEAD_BEFORE_CALENDAR_NAME = 25
_LEAD_BEFORE_PERIOD = 12
# "ال24 ساعة الماضية" opens with a number; units are too frequent to look before each one,
# so such numbers are found directly.
_NUMBER_WITH_ARTICLE = re.compile(r"ال[0-9]")
_LEAD_WORD = re.compile(r"(?<!\w)\w+")       # a whole written word, clitics and all
# What a head word may carry inside its written word: conjunction, preposition, article,
# or a day number written without a space ("14جويلية").
_PREFIX = re.compile(r"(?:[0-9]*[وف]?[بلك]?(?:ال)?)")


def head_words(lex: TimeLexicon) -> dict[str, int]:
    """Every head word, with how far before it its expression may start."""
    heads = dict.fromkeys([*lex.weekdays, *lex.relative_days, *lex.day_words, *lex.day_part_nouns,
                           *lex.day_part_adverbs, *lex.this_part_of_day, *lex.last_night, *lex.weekend,
                           *lex.ago, *lex.unit_singular, *lex.unit_dual, *lex.unit_plural, *lex.adjacent_days], 0)
    heads.update(dict.fromkeys(lex.period_nouns, _LEAD_BEFORE_PERIOD))
    heads.update(dict.fromkeys([*lex.months, *lex.hijri_months], _LEAD_BEFORE_CALENDAR_NAME))
    return heads


def lead_words(lex: TimeLexicon) -> frozenset[str]:
    """Words that may open an expression before its head: "الحادي" (والعشرين من يناير),
    "أواخر" (الشهر), "هذا" (الأسبوع), "شهر" (مارس), "عام" (2014)."""
    phrases = [*lex.ordinal_days, *lex.period_parts, *lex.this, *lex.month_words, *lex.year_words]
    return frozenset(phrase.split()[0] for phrase in phrases)


@dataclass(frozen=True)
class _Scanner:
    heads: ahocorasick.Automaton     # head word -> (length, lead in characters)
    lead_words: frozenset[str]


@lru_cache(maxsize=1)
def _scanner() -> _Scanner:
    lex = load_lexicon()
    automaton = ahocorasick.Automaton()
    for word, lead in head_words(lex).items():
        automaton.add_word(word, (len(word), lead))
    automaton.make_automaton()
    return _Scanner(automaton, lead_words(lex))


def candidate_starts(text: str) -> list[int]:
    """Sorted word-start offsets of `text` (folded) where a date expression may begin."""
    scanner = _scanner()
    starts: set[int] = set()
    for match in _YEAR_LIKE.finditer(text):
        start = match.start()
        if text.startswith(_CENTURIES, start) and not (start and text[start - 1].isdigit()):
            _add_lead(text, start, _LEAD_BEFORE_CALENDAR_NAME, scanner, starts)
    for match in _NUMBER_WITH_ARTICLE.finditer(text):
        word_start = _whole_word_start(text, match.start() + 2, match.start() + 2)
        if word_start is not None:
            starts.add(word_start)
    for last, (length, lead) in scanner.heads.iter(text):
        word_start = _whole_word_start(text, last - length + 1, last + 1)
        if word_start is not None:
            starts.add(word_start)
            if lead:
                _add_lead(text, word_start, lead, scanner, starts)
    return sorted(starts)


def _add_lead(text: str, position: int, lead: int, scanner: _Scanner, starts: set[int]) -> None:
    for word in _LEAD_WORD.finditer(text, max(0, position - lead), position + 1):
        if _opens_expression(word, scanner.lead_words):
            starts.add(word.start())


def _opens_expression(word: re.Match[str], lead_words: frozenset[str]) -> bool:
    """A number ("12/3/2018", "ال24 ساعة") or a lead word, maybe behind و ف ب ل ("بالرابع")."""
    written = word.group()
    if written.lstrip("وفال")[:1].isdigit():
        return True
    return written in lead_words or written[1:] in lead_words or written[2:] in lead_words


def _whole_word_start(text: str, start: int, end: int) -> int | None:
    """Where the written word holding text[start:end] starts, if that word is the head plus
    clitics; None when the head is only part of a longer word ("كتاب" holds "آب")."""
    if end < len(text) and (text[end].isalpha() or text[end] == "_"):
        return None                         # a digit may follow: "فيفري2017", "ال24"
    word_start = start
    while word_start > 0 and start - word_start < 6 and text[word_start - 1].isalnum():
        word_start -= 1
    return word_start if _PREFIX.fullmatch(text, word_start, start) else None
