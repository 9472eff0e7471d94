"""Find Arabic date expressions in an article and resolve them against its publication date."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .folding import FoldedText, fold
from .grammar import date_grammar
from .lexicon import load_lexicon
from .resolve import RESOLVERS, Context, Resolution
from .scan import candidate_starts


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
    folded = fold(text)
    grammar = date_grammar()
    lex = load_lexicon()
    mentions = []
    previous = None   # the last resolution, which "اليوم التالي" counts from
    scanned_to = 0
    for position in candidate_starts(folded.text):
        match = grammar.pattern.match(folded.text, position) if position >= scanned_to else None
        if match is None:
            continue
        scanned_to = match.end()
        rule = match.lastgroup
        start, end = match.span(rule)
        if folded.original[slice(*folded.to_original(start, end))] in lex.false_friends:
            continue
        ctx = Context(lex, published, folded.text, start, previous)
        resolution = RESOLVERS[rule](grammar.fields_of(match, rule), ctx)
        if resolution is not None:
            mentions.append(_mention(folded, start, end, resolution))
            previous = resolution
    return mentions


def _check_arguments(text: object, published: object) -> dt.date | None:
    if not isinstance(text, str):
        raise TypeError(f"find_dates needs the article text as str, got {type(text).__name__}")
    if isinstance(published, dt.datetime):
        return published.date()
    if published is not None and not isinstance(published, dt.date):
        raise TypeError(f"published must be a datetime.date or None, got {type(published).__name__}")
    return published


def _mention(folded: FoldedText, start: int, end: int, resolution: Resolution) -> DateMention:
    start, end = folded.to_original(start, end)
    return DateMention(start, end, folded.original[start:end], resolution.value, resolution.earliest,
                       resolution.latest, resolution.precision, resolution.kind, resolution.part_of_day)
