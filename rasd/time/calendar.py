"""Calendar arithmetic for resolving date expressions: weekdays, weeks, months, parts, Hijri."""
from __future__ import annotations

import calendar as _stdlib_calendar
import datetime as dt
import math

ONE_DAY = dt.timedelta(days=1)

# Ordinal (datetime.date.toordinal) of 1 Muharram AH 1 in the civil tabular Islamic calendar.
_HIJRI_EPOCH_ORDINAL = 227015


def latest_weekday(on_or_before: dt.date, weekday: int) -> dt.date:
    return on_or_before - dt.timedelta(days=(on_or_before.weekday() - weekday) % 7)


def next_weekday(after: dt.date, weekday: int) -> dt.date:
    return after + dt.timedelta(days=(weekday - after.weekday() - 1) % 7 + 1)


def month_range(year: int, month: int) -> tuple[dt.date, dt.date]:
    last = _stdlib_calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last)


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_range(day: dt.date, week_starts_on: int) -> tuple[dt.date, dt.date]:
    start = latest_weekday(day, week_starts_on)
    return start, start + dt.timedelta(days=6)


def part_of_range(first: dt.date, last: dt.date, part: str) -> tuple[dt.date, dt.date]:
    """The first, middle or last third of [first, last]: "مطلع الشهر" is days 1-10."""
    length = (last - first).days + 1
    third = max(length // 3, 1)
    if part == "beginning":
        return first, first + dt.timedelta(days=third - 1)
    if part == "middle":
        return first + dt.timedelta(days=third), first + dt.timedelta(days=2 * third - 1)
    return first + dt.timedelta(days=2 * third), last


def midpoint(first: dt.date, last: dt.date) -> dt.date:
    return first + dt.timedelta(days=(last - first).days // 2)


def clip_to_publication(first: dt.date, last: dt.date, published: dt.date) -> tuple[dt.date, dt.date]:
    """A running period ("this month") has only happened up to the publication day."""
    if first <= published < last:
        return first, published
    return first, last


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def hijri_to_gregorian(year: int, month: int, day: int) -> dt.date | None:
    """Civil tabular Islamic calendar; within a day or two of the sighted calendars in use."""
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    ordinal = (day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
               + _HIJRI_EPOCH_ORDINAL - 1)
    return dt.date.fromordinal(ordinal)
