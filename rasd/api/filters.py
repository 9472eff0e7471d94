"""Query parameters shared by the event endpoints, turned into Store keyword arguments.

Values are checked by the store itself (rasd.store.filters raises ValueError with a
message fit for users, answered as 400); declaring them here documents them in the
OpenAPI schema and bounds their size before they reach the database.
"""
from __future__ import annotations

from typing import Any

from fastapi import HTTPException, Query

from rasd.store import EVENT_FIELDS
from rasd.store.filters import MAX_LIMIT

MAX_OFFSET = 10_000_000


def parse_fields(value: str | None) -> tuple[str, ...] | None:
    if value is None:
        return None
    names = tuple(n.strip() for n in value.split(",") if n.strip())
    unknown = [n for n in names if n not in EVENT_FIELDS]
    if unknown or not names:
        raise HTTPException(400, f"unknown field(s) {', '.join(unknown) or '(none given)'}; "
                                 f"choose from: {', '.join(EVENT_FIELDS)}")
    return names


def event_filters(
    since: str | None = Query(None, max_length=10, description="First event date YYYY-MM-DD, inclusive"),
    until: str | None = Query(None, max_length=10, description="Last event date YYYY-MM-DD, inclusive"),
    country: str | None = Query(None, max_length=100, description="Country name or ISO code, e.g. Yemen"),
    admin1: str | None = Query(None, max_length=100, description="First-level region, e.g. Al Hudaydah"),
    event_type: str | None = Query(None, max_length=100, description="ACLED event type, e.g. Battles"),
    sub_event_type: str | None = Query(None, max_length=100, description="ACLED sub-event type, e.g. Air/drone strike"),
    actor: str | None = Query(None, max_length=200, description="Part of an actor name (English or Arabic), actor 1 or 2"),
    q: str | None = Query(None, max_length=500, description="Arabic full-text query over the event's article"),
    bbox: str | None = Query(None, max_length=120, description="Bounding box 'min_lon,min_lat,max_lon,max_lat'"),
) -> dict[str, Any]:
    """The filters given, as Store.query_events / count_events / stats keyword arguments."""
    filters = {"since": since, "until": until, "country": country, "admin1": admin1,
               "event_type": event_type, "sub_event_type": sub_event_type, "actor": actor, "q": q, "bbox": bbox}
    return {k: v for k, v in filters.items() if v is not None}


def page(
    limit: int = Query(100, ge=1, le=MAX_LIMIT, description="Page size"),
    offset: int = Query(0, ge=0, le=MAX_OFFSET, description="Number of results to skip"),
) -> dict[str, int]:
    return {"limit": limit, "offset": offset}
