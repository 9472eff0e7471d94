"""Read-only endpoints over the store: events, one event, one article, search, stats.

Handlers are plain `def`s, so FastAPI runs them in its thread pool and a slow query
never blocks the event loop; the store is responsible for being usable from threads.
"""
from __future__ import annotations

from typing import Any, Callable

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request

from .filters import MAX_OFFSET, event_filters, page, parse_fields

router = APIRouter(prefix="/api")

MAX_ID = 2**63 - 1      # larger ids cannot exist and would overflow the database driver


def get_store(request: Request):
    return request.app.state.store


def ask_store(call: Callable[..., Any], **kwargs) -> Any:
    """Run a store query; the store raises ValueError for filters it cannot apply."""
    try:
        return call(**kwargs)
    except ValueError as exc:
        raise HTTPException(400, str(exc)) from None


def project(event: dict, fields: tuple[str, ...] | None) -> dict:
    return event if fields is None else {k: event.get(k) for k in fields}


@router.get("/events", summary="Events matching filters, paginated and sorted")
def list_events(
    filters: dict = Depends(event_filters),
    paging: dict = Depends(page),
    sort: str = Query("-event_date", max_length=40,
                      description="Field to sort by, '-' prefix for descending (e.g. -event_date, fatalities)"),
    fields: str | None = Query(None, description="Comma-separated subset of event fields to return (smaller responses for maps)"),
    store=Depends(get_store),
) -> dict:
    chosen = parse_fields(fields)
    events = ask_store(store.query_events, sort=sort, **paging, **filters)
    total = ask_store(store.count_events, **filters)
    return {"total": total, **paging, "sort": sort,
            "events": [project(e, chosen) for e in events]}


@router.get("/events/{event_id}", summary="One event with all fields, its evidence and an article excerpt")
def get_event(event_id: int = Path(ge=1, le=MAX_ID), store=Depends(get_store)) -> dict:
    event = store.get_event(event_id)
    if event is None:
        raise HTTPException(404, f"no event with id {event_id}")
    return event


@router.get("/articles/{article_id}", summary="One article: full text, its events with evidence offsets, entities")
def get_article(article_id: int = Path(ge=1, le=MAX_ID), store=Depends(get_store)) -> dict:
    article = store.get_article(article_id)
    if article is None:
        raise HTTPException(404, f"no article with id {article_id}")
    return article


@router.get("/search", summary="Arabic full-text search over articles, with highlighted snippets")
def search(
    q: str = Query(..., min_length=1, max_length=500, description="Arabic query, e.g. الحديدة غارات"),
    limit: int = Query(20, ge=1, le=200),
    offset: int = Query(0, ge=0, le=MAX_OFFSET),
    store=Depends(get_store),
) -> dict:
    hits = ask_store(store.search_articles, q=q, limit=limit, offset=offset)
    return {"q": q, "total": store.count_articles(q), "limit": limit, "offset": offset, "results": hits}


@router.get("/stats", summary="Counts by event type, country and week; fatalities (same filters as /api/events)")
def stats(filters: dict = Depends(event_filters), store=Depends(get_store)) -> dict:
    return ask_store(store.stats, **filters)
