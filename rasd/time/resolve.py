"""Turn the fields of one grammar match into dates, the way an ACLED coder reads them.

Each rule of rasd.time.grammar has a resolver here. A resolver returns a `Resolution`, or
None when the match is not a date after all (a bare month name with nothing around it, an
impossible day). Relative expressions need the publication date; without it they resolve
to a Resolution whose dates are None, so callers can still see what was said.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Callable

from .calendar import (ONE_DAY, clip_to_publication, hijri_to_gregorian, latest_weekday, midpoint,
                       month_range, next_weekday, part_of_range, safe_date, shift_month, week_range)
from .lexicon import TimeLexicon

DAY, WEEK, MONTH = 1, 2, 3   # ACLED time_precision


@dataclass(frozen=True)
class Resolution:
    value: dt.date | None
    earliest: dt.date | None
    latest: dt.date | None
    precision: int
    kind: str
    part_of_day: str | None = None


_LAST_WORD = re.compile(r"(\w+)\W*$")
_CONJUNCTION = re.compile(r"^[وف](?=\w\w)")


@dataclass(frozen=True)
class Context:
    lex: TimeLexicon
    published: dt.date | None
    text: str                 # the folded article
    start: int                # where the match starts in it
    previous: "Resolution | None" = None   # the last date named before it, for "اليوم التالي"

    @property
    def previous_word(self) -> str:
        """The word before the match ("في" in "وفي يناير"), without its conjunction."""
        match = _LAST_WORD.search(self.text, max(0, self.start - 30), self.start)
        return _CONJUNCTION.sub("", match.group(1)) if match else ""


Fields = dict[str, str]
Resolver = Callable[[Fields, Context], "Resolution | None"]


def _days(n: int) -> dt.timedelta:
    return dt.timedelta(days=n)


def _unresolved(kind: str, precision: int, part: str | None = None) -> Resolution:
    return Resolution(None, None, None, precision, kind, part)


def _around_today(published: dt.date, kind: str, part: str | None) -> Resolution:
    # A story filed "today"/"this morning" may be dated the day after the event (time zones,
    # late-night filing): accept the day before publication as well.
    return Resolution(published, published - ONE_DAY, published, DAY, kind, part)


def _single_day(day: dt.date, kind: str, part: str | None, published: dt.date) -> Resolution:
    if part != "night":
        return Resolution(day, day, day, DAY, kind, part)
    # "ليلة الجمعة" is the night before Friday in classical usage and Friday night in much
    # news writing: accept both neighbours, never past publication.
    latest = min(day + ONE_DAY, max(day, published))
    return Resolution(day, day - ONE_DAY, latest, DAY, kind, part)


def resolve_day(f: Fields, ctx: Context) -> Resolution | None:
    lex, published = ctx.lex, ctx.published
    part = lex.day_part_nouns.get(f.get("part", ""))
    kind = "relative_day" if "relative" in f else "weekday"
    if published is None:
        return _unresolved(kind, DAY, part)
    if "relative" in f:
        return _relative_day(lex.relative_days[f["relative"]], f.get("wd"), part, ctx)
    weekday = lex.weekdays[f["weekday"]]
    shift = lex.period_shifts.get(f.get("shift", ""), 0)
    if shift > 0:
        day = next_weekday(published, weekday)
    elif shift < 0 and published.weekday() == weekday:
        day = published - _days(7)          # "الخميس الماضي" said on a Thursday
    else:
        day = latest_weekday(published, weekday)
    return _single_day(day, kind, part, published)


def _relative_day(offset: int, weekday_form: str | None, part: str | None, ctx: Context) -> Resolution:
    published = ctx.published
    day = published + _days(offset)
    if weekday_form is not None:
        # "أمس الأربعاء": trust the named weekday when it is the next or previous day, because
        # "أمس" is often left over from a story written before midnight; a quoted "اليوم الخميس"
        # in Saturday's paper is Thursday, the day the statement was made.
        weekday = ctx.lex.weekdays[weekday_form]
        named = latest_weekday(published, weekday) if offset <= 0 else next_weekday(published, weekday)
        if abs((named - day).days) <= 1:
            return Resolution(named, min(named, day), max(named, day), DAY, "relative_day", part)
        if offset <= 0:
            return Resolution(named, named, named, DAY, "relative_day", part)
    if offset == 0:
        return _around_today(published, "relative_day", part)
    if part == "night" and offset < 0:
        return Resolution(day, day, day + ONE_DAY, DAY, "relative_day", part)
    return Resolution(day, day, day, DAY, "relative_day", part)


def resolve_night_between(f: Fields, ctx: Context) -> Resolution | None:
    if ctx.published is None:
        return _unresolved("weekday", DAY, "night")
    first, second = ctx.lex.weekdays[f["wd"]], ctx.lex.weekdays[f["wd2"]]
    morning = latest_weekday(ctx.published, second)
    evening = morning - _days((second - first) % 7 or 7)
    return Resolution(evening, evening, morning, DAY, "weekday", "night")


def _day_of_month(f: Fields, lex: TimeLexicon) -> int:
    return int(f["day"]) if "day" in f else lex.ordinal_days[f["ordinal"]]


RECENT_DAYS = 7   # a date this close before publication is the one meant, whatever weekday is written


def resolve_explicit(f: Fields, ctx: Context) -> Resolution | None:
    lex = ctx.lex
    day, month = _day_of_month(f, lex), lex.months[f["month"]]
    part = lex.day_part_nouns.get(f.get("part", ""))
    if "year" in f:
        date = safe_date(int(f["year"]), month, day)
    elif ctx.published is None:
        return _unresolved("explicit", DAY, part) if safe_date(2000, month, day) else None
    elif "year_shift" in f:
        date = safe_date(ctx.published.year + lex.period_shifts[f["year_shift"]], month, day)
    else:
        date = _year_for(month, day, lex.period_shifts.get(f.get("shift", ""), 0), ctx.published)
        if date is not None and "wd" in f:
            agreeing = _agreeing_with_weekday(date, lex.weekdays[f["wd"]])
            # a weekday off by one in a report ("الأربعاء 19 يونيو" for Tuesday) does not move it a year on
            recent = 0 <= (ctx.published - date).days <= RECENT_DAYS
            date = date if recent and agreeing > ctx.published else agreeing
    if date is None:
        return None
    return Resolution(date, date, date, DAY, "explicit", part)


def resolve_day_of_month_shift(f: Fields, ctx: Context) -> Resolution | None:
    lex = ctx.lex
    part = lex.day_part_nouns.get(f.get("part", ""))
    if ctx.published is None:
        return _unresolved("explicit", DAY, part)
    year, month = shift_month(ctx.published.year, ctx.published.month, lex.period_shifts[f["shift"]])
    date = safe_date(year, month, _day_of_month(f, lex))
    return Resolution(date, date, date, DAY, "explicit", part) if date else None


def _agreeing_with_weekday(date: dt.date, weekday: int) -> dt.date:
    """"الأحد 5 مارس" in a January story is the coming 5 March when that one is a Sunday."""
    following = safe_date(date.year + 1, date.month, date.day)
    if date.weekday() != weekday and following is not None and following.weekday() == weekday:
        return following
    return date


def _year_for(month: int, day: int, shift: int, published: dt.date) -> dt.date | None:
    """A day and month without a year: the occurrence on or before publication (after it
    when the text says "المقبل")."""
    this_year = safe_date(published.year, month, day) or safe_date(published.year - 1, month, day)
    if this_year is None:
        return None
    if shift > 0:
        return this_year if this_year > published else safe_date(this_year.year + 1, month, day)
    return this_year if this_year <= published else safe_date(this_year.year - 1, month, day)


def resolve_numeric(f: Fields, ctx: Context) -> Resolution | None:
    if "iso_year" in f:
        date = safe_date(int(f["iso_year"]), int(f["iso_month"]), int(f["iso_day"]))
    else:
        first, second = int(f["a"]), int(f["b"])
        # Arabic writing is day/month; read month/day only when day/month is impossible.
        day, month = (second, first) if second > 12 >= first else (first, second)
        date = safe_date(int(f["year"]), month, day)
    if date is None:
        return None
    part = ctx.lex.day_part_nouns.get(f.get("part", ""))
    return Resolution(date, date, date, DAY, "explicit", part)


def resolve_hijri(f: Fields, ctx: Context) -> Resolution | None:
    date = hijri_to_gregorian(int(f["year"]), ctx.lex.hijri_months[f["month"]], _day_of_month(f, ctx.lex))
    if date is None:
        return None
    # The tabular calendar can be a day off the sighted one the article used.
    return Resolution(date, date - ONE_DAY, date + ONE_DAY, DAY, "hijri")


def resolve_weekend(f: Fields, ctx: Context) -> Resolution | None:
    published, lex = ctx.published, ctx.lex
    if published is None:
        return _unresolved("weekend", WEEK)
    shift = lex.period_shifts.get(f.get("shift", ""), 0)
    length = _days(lex.weekend_days - 1)
    if shift > 0:
        start = next_weekday(published, lex.weekend_starts_on)
    else:
        start = latest_weekday(published, lex.weekend_starts_on)
        if shift < 0 and published <= start + length:
            start -= _days(7)               # "نهاية الأسبوع الماضي" said during a weekend
    first, last = clip_to_publication(start, start + length, published)
    return Resolution(midpoint(first, last), first, last, WEEK, "weekend")


def resolve_year(f: Fields, ctx: Context) -> Resolution | None:
    if "year_word" not in f and ctx.previous_word not in ctx.lex.bare_year_cues:
        return None                         # "2014 شخصا" is a count, not a year
    first, last = dt.date(int(f["year"]), 1, 1), dt.date(int(f["year"]), 12, 31)
    if ctx.published is not None:
        first, last = clip_to_publication(first, last, ctx.published)
    return Resolution(None, first, last, MONTH, "year")


def resolve_month(f: Fields, ctx: Context) -> Resolution | None:
    lex, published = ctx.lex, ctx.published
    if not ({"year", "year_shift", "part", "month_word", "shift"} & f.keys()) \
            and ctx.previous_word not in lex.bare_month_cues:
        return None                         # a bare "آب"/"ماي" is too often another word
    month = lex.months[f["month"]]
    if "year" in f:
        year = int(f["year"])
    elif published is None:
        return _unresolved("month", MONTH)
    elif "year_shift" in f:
        year = published.year + lex.period_shifts[f["year_shift"]]
    else:
        year = _year_for(month, 1, lex.period_shifts.get(f.get("shift", ""), 0), published).year
    return _month_resolution(year, month, lex.period_parts.get(f.get("part", "")), published)


def _month_resolution(year: int, month: int, part: str | None, published: dt.date | None) -> Resolution:
    first, last = month_range(year, month)
    if part is not None:
        first, last = part_of_range(first, last, part)
    if published is not None:
        first, last = clip_to_publication(first, last, published)
    # ACLED: mid-month, or the first/last day when the text says beginning/end of month.
    if part == "beginning":
        value = first
    elif part == "end":
        value = last
    elif part == "middle":
        value = midpoint(first, last)
    else:
        value = min(first + _days(14), last)
    return Resolution(value, first, last, MONTH, "month")


def resolve_period(f: Fields, ctx: Context) -> Resolution | None:
    lex, published = ctx.lex, ctx.published
    if not ({"part", "this", "shift"} & f.keys()):
        return None                         # "الشهر" alone is not a date
    period = lex.period_nouns[f["period"]]
    if published is None:
        return _unresolved(period, WEEK if period == "week" else MONTH)
    shift = lex.period_shifts.get(f.get("shift", ""), 0)
    part = lex.period_parts.get(f.get("part", ""))
    if period == "month":
        return _month_resolution(*shift_month(published.year, published.month, shift), part, published)
    if period == "week":
        first, last = week_range(published + _days(7 * shift), lex.week_starts_on)
    else:
        first, last = dt.date(published.year + shift, 1, 1), dt.date(published.year + shift, 12, 31)
    if part is not None:
        first, last = part_of_range(first, last, part)
    first, last = clip_to_publication(first, last, published)
    if period == "week":
        return Resolution(midpoint(first, last), first, last, WEEK, "week")
    return Resolution(None, first, last, MONTH, "year")


# How far back "N units ago" reaches, and how vague it is: (days per unit, slack in days,
# precision). A year-scale span gets no single day (value None), as ACLED records none.
_AGO = {
    "hour": (0, 1, DAY),
    "day": (1, 1, WEEK),
    "week": (7, 3, WEEK),
    "month": (30, 15, MONTH),
    "year": (365, 182, MONTH),
}
# "منذ أيام" / "قبل أسابيع": a few units, read as 2-7 of them.
_FEW = (2, 7)
_HISTORY_DAYS = 100 * 365


def resolve_ago(f: Fields, ctx: Context) -> Resolution | None:
    lex, published = ctx.lex, ctx.published
    unit, count = _ago_amount(f, lex)
    per_unit, slack, precision = _AGO[unit]
    if count is not None and per_unit * count > _HISTORY_DAYS:
        return None                         # "منذ 1400 عام" is history, not an event date
    if unit == "day" and count is not None and count <= 2:
        precision = DAY                     # "منذ يومين" is a day, not a week
    if published is None:
        return _unresolved("duration_ago", precision)
    if unit == "hour":
        return _around_today(published, "duration_ago", None)
    if count is None:
        earliest = published - _days(per_unit * _FEW[1])
        latest = published - _days(per_unit * _FEW[0])
        value = midpoint(earliest, latest) if unit == "day" else None
        return Resolution(value, earliest, latest, precision if unit == "day" else MONTH, "duration_ago")
    center = published - _days(per_unit * count)
    if precision == DAY:
        return Resolution(center, center, center, DAY, "duration_ago")
    earliest, latest = center - _days(slack), min(center + _days(slack), published)
    return Resolution(None if unit == "year" else center, earliest, latest, precision, "duration_ago")


def _ago_amount(f: Fields, lex: TimeLexicon) -> tuple[str, int | None]:
    """(unit, count), count None for "a few"."""
    if "dual" in f:
        return lex.unit_dual[f["dual"]], 2
    if "single" in f:
        return lex.unit_singular[f["single"]], 1
    if "plural" in f:
        return lex.unit_plural[f["plural"]], None
    if "few" in f:
        return lex.unit_plural[f["few_unit"]], None
    unit = _unit_of(f["counted_unit"], lex)
    count = int(f["count"]) if f["count"].isdigit() else lex.numbers[f["count"]]
    return unit, count


# "خلال الأيام الماضية": how far back each plural reaches, and its precision.
_RECENT = {"hour": (1, DAY), "day": (7, WEEK), "week": (30, MONTH), "month": (180, MONTH), "year": (1095, MONTH)}


def resolve_recent(f: Fields, ctx: Context) -> Resolution | None:
    lex, published = ctx.lex, ctx.published
    unit = lex.unit_plural[f["plural"]] if "plural" in f else _unit_of(f["unit"], lex)
    reach, precision = _RECENT[unit]
    if published is None:
        return _unresolved("recent", precision)
    if unit == "hour":
        return _around_today(published, "recent", None)
    earliest = published - _days(reach)
    value = midpoint(earliest, published) if unit in ("day", "week") else None
    return Resolution(value, earliest, published, precision, "recent")


def _unit_of(form: str, lex: TimeLexicon) -> str:
    """"يوما" and "أيام" are both days: after a number Arabic uses either."""
    return lex.unit_singular.get(form) or lex.unit_plural[form]


def resolve_last_night(f: Fields, ctx: Context) -> Resolution | None:
    if ctx.published is None:
        return _unresolved("relative_day", DAY, "night")
    return Resolution(ctx.published - ONE_DAY, ctx.published - ONE_DAY, ctx.published, DAY,
                      "relative_day", "night")


def resolve_adjacent_day(f: Fields, ctx: Context) -> Resolution | None:
    """"في اليوم التالي", "عشية ذلك": the day after (before) the date named last; nothing when
    that date is no single day."""
    before = ctx.previous
    if before is None or before.value is None or before.precision != DAY:
        return None
    day = before.value + dt.timedelta(days=ctx.lex.adjacent_days[f["adjacent"]])
    part = ctx.lex.day_part_nouns[f["part"]] if "part" in f else None
    return Resolution(day, day, day, DAY, "adjacent_day", part)


def resolve_this_part(f: Fields, ctx: Context) -> Resolution | None:
    return _part_of_today(ctx.lex.this_part_of_day[f["this_part"]], ctx)


def resolve_part_of_day(f: Fields, ctx: Context) -> Resolution | None:
    return _part_of_today(ctx.lex.day_part_adverbs[f["adverb"]], ctx)


def _part_of_today(part: str, ctx: Context) -> Resolution:
    if ctx.published is None:
        return _unresolved("part_of_day", DAY, part)
    return _around_today(ctx.published, "part_of_day", part)


RESOLVERS: dict[str, Resolver] = {
    "night_between": resolve_night_between,
    "explicit": resolve_explicit,
    "day_of_month_shift": resolve_day_of_month_shift,
    "numeric": resolve_numeric,
    "hijri": resolve_hijri,
    "weekend": resolve_weekend,
    "year": resolve_year,
    "month": resolve_month,
    "period": resolve_period,
    "ago": resolve_ago,
    "recent": resolve_recent,
    "last_night": resolve_last_night,
    "adjacent_day": resolve_adjacent_day,
    "day": resolve_day,
    "this_part": resolve_this_part,
    "part_of_day": resolve_part_of_day,
}
