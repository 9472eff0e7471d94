"""Find Arabic date expressions in an article and resolve them against its publication date."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..text.normalize import NormalizedText, normalize
from .grammar import date_grammar
from .lexicon import load_lexicon
from .resolve import RESOLVERS, Context, Resolution

_LAST_WORD = re.compile(r"(\w+)\W*$")
_CONJUNCTION = re.compile(r"^[وف](?=\w\w)")


@dataclass(frozen=True)
class DateMention:
    start: int                       # offsets into the original text: text == original[start:end]
    end: int
    text: str
    value: dt.date | None            # best single day; None when unresolvable or coarser than a month
    earliest: dt.date | None         # the accepted range
    latest: dt.date | None
    precision: int                   # ACLED time_precision: 1 day, 2 week / a few days, 3 month
    kind: str                        # weekday, relative_day, explicit, month, week, year, ...
    part_of_day: str | None          # dawn, morning, noon, afternoon, evening, night

    @property
    def resolved(self) -> bool:
        return self.earliest is not None


def find_dates(text: str, published: dt.date | None) -> list[DateMention]:
    """Every date expression in `text`, in order, resolved against `published` when given."""
    published = _check_arguments(text, published)
    norm = normalize(text)
    grammar = date_grammar()
    lex = load_lexicon()
    mentions = []
    for match in grammar.pattern.finditer(norm.text):
        rule = match.lastgroup
        start, end = match.span(rule)
        ctx = Context(lex, published, _previous_word(norm.text, start))
        resolution = RESOLVERS[rule](grammar.fields_of(match, rule), ctx)
        if resolution is not None:
            mentions.append(_mention(norm, start, end, resolution))
    return mentions


def _check_arguments(text: object, published: object) -> dt.date | None:
    if not isinstance(text, str):
        raise TypeError(f"find_dates needs the article text as str, got {type(text).__name__}")
    if isinstance(published, dt.datetime):
        return published.date()
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"published must be a datetime.date or None, got {type(published).__name__}")
    return published


def _previous_word(text: str, position: int) -> str:
    """The word before `position` ("في" in "وفي يناير"), without its conjunction."""
    match = _LAST_WORD.search(text, max(0, position - 30), position)
    return _CONJUNCTION.sub("", match.group(1)) if match else ""


def _mention(norm: NormalizedText, start: int, end: int, resolution: Resolution) -> DateMention:
    start, end = norm.to_original(start, end)
    return DateMention(start, end, norm.original[start:end], resolution.value, resolution.earliest,
                       resolution.latest, resolution.precision, resolution.kind, resolution.part_of_day)
