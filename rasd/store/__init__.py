"""Persistent memory for rasd: articles, events, entities; SQLite by default, PostgreSQL in production.

    store = open_store("rasd.db")                      # or "postgresql://user@host/db"
    store.add_article(ArticleRecord(text=..., title=...), rasd.extract(...))
    store.query_events(country="Yemen", since="2018-06-01")
"""
from __future__ import annotations

import os

from .backends import backend_for
from .filters import EVENT_TYPES, SUB_EVENT_TYPES, EventFilters
from .records import ArticleRecord
from .store import EVENT_FIELDS, Store

DEFAULT_DB = "rasd.db"


def default_url() -> str:
    return os.environ.get("RASD_DB") or DEFAULT_DB


def open_store(url: str | None = None) -> Store:
    """Open (creating and migrating as needed) the store at a SQLite path or postgresql:// URL."""
    return Store(backend_for(url or default_url()))


__all__ = ["open_store", "Store", "ArticleRecord", "EventFilters", "EVENT_FIELDS", "EVENT_TYPES", "SUB_EVENT_TYPES",
           "default_url", "DEFAULT_DB"]
