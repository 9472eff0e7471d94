"""Validated event filters and the SQL they become.

Every value a user can pass (CLI, HTTP query string) is checked here, once, and a bad one
raises ValueError with a message that can be shown as is.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from rasd.lexicon.triggers import EVENT_TYPES
from rasd.search import query_terms

from .backends import Backend

# The ACLED taxonomy has one definition, next to the trigger lexicon that produces its values.
SUB_EVENT_TYPES = {sub: main for main, subs in EVENT_TYPES.items() for sub in subs}

SORT_KEYS = {"event_date": "e.event_date", "fatalities": "e.fatalities", "id": "e.id",
             "published": "a.published", "country": "e.country"}
MAX_LIMIT = 10_000


def _canonical(value: str, allowed, what: str) -> str:
    by_key = {a.casefold(): a for a in allowed}
    found = by_key.get(value.strip().casefold())
    if found is None:
        raise ValueError(f"unknown {what} {value!r}; expected one of: {', '.join(allowed)}")
    return found


def _date(value: str, what: str) -> str:
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ValueError(f"{what} must be an ISO date (YYYY-MM-DD), got {value!r}") from None


def _bbox(value) -> tuple[float, float, float, float]:
    if isinstance(value, str):
        value = value.split(",")
    try:
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in value)
    except (TypeError, ValueError):
        raise ValueError("bbox must be four numbers: min_lon,min_lat,max_lon,max_lat") from None
    if not all(math.isfinite(v) for v in (min_lon, min_lat, max_lon, max_lat)):
        raise ValueError("bbox values must be finite numbers")
    if not (-180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90):
        raise ValueError("bbox must satisfy -180 <= min_lon <= max_lon <= 180 and -90 <= min_lat <= max_lat <= 90")
    return min_lon, min_lat, max_lon, max_lat


@dataclass(frozen=True)
class EventFilters:
    since: str | None = None
    until: str | None = None
    country: str | None = None
    admin1: str | None = None
    event_type: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None
    q: str | None = None
    bbox: tuple[float, float, float, float] | None = None

    @classmethod
    def parse(cls, *, since=None, until=None, country=None, admin1=None, event_type=None,
              sub_event_type=None, actor=None, q=None, bbox=None) -> "EventFilters":
        blank = lambda v: v is None or (isinstance(v, str) and not v.strip())  # noqa: E731
        since = None if blank(since) else _date(since, "since")
        until = None if blank(until) else _date(until, "until")
        if since and until and since > until:
            raise ValueError(f"since ({since}) is after until ({until})")
        event_type = None if blank(event_type) else _canonical(event_type, list(EVENT_TYPES), "event type")
        sub_event_type = None if blank(sub_event_type) else \
            _canonical(sub_event_type, list(SUB_EVENT_TYPES), "sub-event type")
        if event_type and sub_event_type and SUB_EVENT_TYPES[sub_event_type] != event_type:
            raise ValueError(f"sub-event type {sub_event_type!r} belongs to {SUB_EVENT_TYPES[sub_event_type]!r}, "
                             f"not {event_type!r}")
        if not blank(q) and not query_terms(q):
            raise ValueError(f"search query {q!r} contains no words")
        return cls(since, until,
                   None if blank(country) else country.strip(),
                   None if blank(admin1) else admin1.strip(),
                   event_type, sub_event_type,
                   None if blank(actor) else actor.strip(),
                   None if blank(q) else q.strip(),
                   None if bbox is None or bbox == "" else _bbox(bbox))

    def where(self, backend: Backend) -> tuple[str, list[Any]]:
        """SQL condition over `events e` alone (no filter needs the article row), with `?` placeholders."""
        conds: list[str] = []
        params: list[Any] = []

        def add(cond: str, *values):
            conds.append(cond)
            params.extend(values)

        if self.since:
            add("e.event_date >= ?", self.since)
        if self.until:
            add("e.event_date <= ?", self.until)
        if self.country:
            # Two letters are an ISO code ("YE"; no country name is that short), else a name: one
            # indexed comparison, where an OR of both would make the planner scan for GROUP BYs.
            column = "e.country_code" if len(self.country) == 2 else "e.country"
            add(f"LOWER({column}) = LOWER(?)", self.country)
        if self.admin1:
            add("LOWER(e.admin1) = LOWER(?)", self.admin1)
        if self.event_type:
            add("e.event_type = ?", self.event_type)
        if self.sub_event_type:
            add("e.sub_event_type = ?", self.sub_event_type)
        if self.actor:
            pattern = "%" + self.actor.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            add("(LOWER(e.actor1) LIKE ? ESCAPE '\\' OR LOWER(e.actor2) LIKE ? ESCAPE '\\' "
                "OR e.actor1_ar LIKE ? ESCAPE '\\' OR e.actor2_ar LIKE ? ESCAPE '\\')",
                pattern, pattern, pattern, pattern)
        if self.bbox:
            min_lon, min_lat, max_lon, max_lat = self.bbox
            add("e.longitude BETWEEN ? AND ? AND e.latitude BETWEEN ? AND ?", min_lon, max_lon, min_lat, max_lat)
        if self.q:
            cond, values = backend.search_condition(query_terms(self.q), "e.article_id")
            add(cond, *values)
        return (" AND ".join(conds) or "1=1"), params


def _sort_column(sort: str) -> str:
    column = SORT_KEYS.get((sort or "").strip().lstrip("-+"))
    if column is None:
        raise ValueError(f"unknown sort {sort!r}; expected one of: "
                         + ", ".join(sorted(SORT_KEYS)) + " (prefix '-' for descending)")
    return column


def sort_needs_article(sort: str) -> bool:
    """Whether ordering by `sort` reads a column of the event's article (`a.`)."""
    return _sort_column(sort).startswith("a.")


def order_by(sort: str) -> str:
    """`-event_date` → newest first; ties broken by id so pages never overlap."""
    column = _sort_column(sort)
    direction = "DESC" if (sort or "").strip().startswith("-") else "ASC"
    nulls = "NULLS LAST"   # both SQLite (>= 3.30) and PostgreSQL understand it
    return f"{column} {direction} {nulls}, e.id {direction}"


def page(limit, offset) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise ValueError("limit and offset must be integers") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise ValueError(f"limit must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise ValueError("offset must be >= 0")
    return limit, offset
