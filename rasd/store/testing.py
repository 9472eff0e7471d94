"""Test helpers: an empty store on every available backend, and hand-built documents
(so store tests do not depend on extraction quality).

Import them in a conftest.py (`from rasd.store.testing import store_url, store`). The
PostgreSQL variant runs when $RASD_TEST_PG names a server (see .ci/start-postgres.sh) and is
skipped otherwise; each test gets its own schema, dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from urllib.parse import quote

import pytest

from rasd.document import Actor, Document, Entity, Event, EventDate, Fatalities, Location, Span

from . import ArticleRecord, open_store

BACKENDS = ("sqlite", "postgresql")


def _postgres_schema_url(base_url: str):
    import psycopg
    schema = f"rasd_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    separator = "&" if "?" in base_url else "?"
    return schema, f"{base_url}{separator}options={quote(f'-csearch_path={schema}')}"


def _drop_schema(base_url: str, schema: str) -> None:
    import psycopg
    with psycopg.connect(base_url, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=BACKENDS)
def store_url(request, tmp_path):
    """A URL of an empty database: a SQLite file, then a fresh PostgreSQL schema."""
    if request.param == "sqlite":
        yield str(tmp_path / "rasd.db")
        return
    base_url = os.environ.get("RASD_TEST_PG")
    if not base_url:
        pytest.skip("RASD_TEST_PG is not set (run .ci/start-postgres.sh)")
    schema, url = _postgres_schema_url(base_url)
    try:
        yield url
    finally:
        _drop_schema(base_url, schema)


@pytest.fixture
def store(store_url):
    s = open_store(store_url)
    try:
        yield s
    finally:
        s.close()


# -- hand-built documents ------------------------------------------------------------------

HODEIDAH = Location("Al Hudaydah", 14.80, 42.95, name_ar="الحديدة", country="Yemen", country_code="YE",
                    admin1="Al Hudaydah", text="الحديدة")
BENGHAZI = Location("Benghazi", 32.12, 20.07, name_ar="بنغازي", country="Libya", country_code="LY",
                    admin1="Benghazi", text="بنغازي")


def event(text: str, evidence: str, *, event_type="Battles", sub="Armed clash", date="2018-06-12",
          location=HODEIDAH, actor1=("Houthis", "الحوثيون", 2), actor2=None, fatalities=None,
          modality="asserted") -> Event:
    start = text.index(evidence)
    return Event(
        event_type=event_type, sub_event_type=sub, disorder_type="Political violence",
        evidence=[Span(start, start + len(evidence), evidence)],
        actor1=Actor(*actor1) if actor1 else None, actor2=Actor(*actor2) if actor2 else None,
        location=location, date=EventDate(date), modality=modality,
        fatalities=Fatalities(fatalities) if fatalities is not None else None)


def article(text: str, title: str = "خبر", published: str = "2018-06-13", **kw) -> ArticleRecord:
    return ArticleRecord(text=text, title=title, published=published, source=kw.pop("source", "test"), **kw)


def document(text: str, events: list[Event], entities: list[Entity] | None = None) -> Document:
    return Document(text=text, events=events, entities=entities or [])
