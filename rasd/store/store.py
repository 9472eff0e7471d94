"""The Store: articles, their events and entities, searchable, on SQLite or PostgreSQL."""
from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
from collections import Counter
from typing import Any, Iterator

from rasd.document import Document
from rasd.search import make_snippet, query_terms

from .backends import Backend
from .filters import EventFilters, order_by, page, sort_needs_article
from .migrate import migrate
from .records import ArticleRecord, entity_row, event_row

_EVENT_COLUMNS = """e.id, e.article_id, e.event_date, e.time_precision, e.event_type, e.sub_event_type,
    e.disorder_type, e.actor1, e.actor1_ar, e.inter1, e.actor2, e.actor2_ar, e.inter2, e.assoc_actors,
    e.country, e.country_code, e.iso, e.admin1, e.location, e.location_ar, e.location_relation,
    e.latitude, e.longitude, e.geo_precision, e.fatalities, e.fatalities_expression,
    e.fatalities_approximate, e.wounded, e.attribution, e.modality, e.confidence, e.notes, e.evidence,
    e.pipeline_version, e.date_expression, a.source, a.url, a.title, a.published"""
# The keys of every event dict the store returns (the API validates `fields=` against them).
EVENT_FIELDS = tuple(c.strip().split(".", 1)[1] for c in _EVENT_COLUMNS.split(","))
_EVENT_FROM = "events e JOIN articles a ON a.id = e.article_id"   # for the article columns of an event
_EXCERPT_CHARS = 600


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def _iso(value):
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else value


class Store:
    def __init__(self, backend: Backend):
        self.backend = backend
        self._conn = backend.connect()
        self._lock = threading.RLock()     # one connection, shared by the API's worker threads
        self._depth = 0                    # nesting of transaction()
        migrate(backend, self._conn)

    # -- plumbing ---------------------------------------------------------------------------
    def _execute(self, query: str, params=()):
        return self._conn.execute(self.backend.sql(query), list(params))

    def _all(self, query: str, params=()) -> list[tuple]:
        with self._lock:
            return self._execute(query, params).fetchall()

    @contextlib.contextmanager
    def transaction(self):
        """Group writes atomically; nested uses join the outermost transaction."""
        with self._lock:
            if self._depth == 0:
                self._conn.execute(self.backend.begin_write)
            self._depth += 1
            try:
                yield self
            except BaseException:
                self._depth -= 1
                if self._depth == 0:
                    self._conn.execute("ROLLBACK")
                raise
            self._depth -= 1
            if self._depth == 0:
                self._conn.execute("COMMIT")

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- writing ----------------------------------------------------------------------------
    def extraction_status(self, content_hashes: list[str]) -> dict[str, str | None]:
        """content hash → pipeline version of the stored extraction (None: stored, never extracted)."""
        found: dict[str, str | None] = {}
        for i in range(0, len(content_hashes), 500):
            chunk = content_hashes[i:i + 500]
            marks = ", ".join("?" * len(chunk))
            for h, version in self._all(f"SELECT content_hash, pipeline_version FROM articles "
                                        f"WHERE content_hash IN ({marks})", chunk):
                found[h] = version
        return found

    def add_article(self, article: ArticleRecord, doc: Document | None,
                    pipeline_version: str | None = None, search_terms: str | None = None) -> tuple[int, bool]:
        """Store an article and (when `doc` is given) its extraction; returns (article id, is new).

        The same content again changes nothing, unless it comes with an extraction by another
        pipeline version: then its events and entities are replaced, all or nothing.
        `search_terms`: `article.search_terms()` if the caller already computed it.
        """
        if doc is not None and pipeline_version is None:
            from rasd import PIPELINE_VERSION
            pipeline_version = PIPELINE_VERSION
        with self.transaction():
            row = self._execute("SELECT id, pipeline_version FROM articles WHERE content_hash = ?",
                                [article.content_hash]).fetchone()
            if row is None:
                article_id = self._insert_article(article, search_terms)
                is_new = True
            else:
                article_id, stored_version = row
                is_new = False
                if doc is None or stored_version == pipeline_version:
                    return article_id, False
            if doc is not None:
                self._replace_extraction(article_id, doc, pipeline_version)
        return article_id, is_new

    def _insert_article(self, article: ArticleRecord, search_terms: str | None) -> int:
        (article_id,) = self._execute(
            "INSERT INTO articles (content_hash, source_id, source, url, title, byline, published, text, "
            "origin, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [article.content_hash, article.source_id, article.source, article.url, article.title,
             article.byline, article.published or None, article.text, article.origin, _now()]).fetchone()
        if search_terms is None:
            search_terms = article.search_terms()
        self.backend.write_search_terms(self._conn, article_id, search_terms)
        return article_id

    def _replace_extraction(self, article_id: int, doc: Document, pipeline_version: str) -> None:
        self._execute("DELETE FROM events WHERE article_id = ?", [article_id])
        self._execute("DELETE FROM entities WHERE article_id = ?", [article_id])
        for ordinal, event in enumerate(doc.reportable_events()):
            row = event_row(event)
            row.update(article_id=article_id, ordinal=ordinal, pipeline_version=pipeline_version,
                       actor1_id=self._actor_id(event.actor1), actor2_id=self._actor_id(event.actor2),
                       place_id=self._place_id(event.location))
            self._insert("events", row)
        for ordinal, entity in enumerate(doc.entities):
            self._insert("entities", {**entity_row(entity), "article_id": article_id, "ordinal": ordinal})
        self._execute("UPDATE articles SET pipeline_version = ?, extracted_at = ?, byline = ? WHERE id = ?",
                      [pipeline_version, _now(), doc.byline or "", article_id])

    def _insert(self, table: str, row: dict[str, Any]) -> None:
        columns = ", ".join(row)
        marks = ", ".join("?" * len(row))
        self._execute(f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values()))

    def _upsert_id(self, table: str, key: dict[str, Any], extra: dict[str, Any]) -> int:
        where = " AND ".join(f"{k} = ?" for k in key)
        row = self._execute(f"SELECT id FROM {table} WHERE {where}", list(key.values())).fetchone()
        if row:
            return row[0]
        values = {**key, **extra}
        return self._execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))}) "
                             f"RETURNING id", list(values.values())).fetchone()[0]

    def _actor_id(self, actor) -> int | None:
        if actor is None or not actor.name:
            return None
        return self._upsert_id("actors", {"name": actor.name},
                               {"type_code": actor.type_code, "country": actor.country or ""})

    def _place_id(self, loc) -> int | None:
        if loc is None or not loc.name:
            return None
        return self._upsert_id("places", {"name": loc.name, "country": loc.country or "", "admin1": loc.admin1 or ""},
                               {"name_ar": loc.name_ar or "", "country_code": loc.country_code or "",
                                "latitude": loc.lat, "longitude": loc.lon})

    def refresh_planner_statistics(self) -> None:
        with self._lock:
            self.backend.refresh_planner_statistics(self._conn)

    def record_failure(self, source: str, reason: str) -> None:
        """Remember an input that could not be ingested (once per input and reason)."""
        with self.transaction():
            self._execute("INSERT INTO ingest_failures (source, reason, created_at) VALUES (?, ?, ?) "
                          "ON CONFLICT (source, reason) DO NOTHING", [source, reason[:2000], _now()])

    def failures(self, limit: int = 1000) -> list[dict]:
        rows = self._all("SELECT source, reason, created_at FROM ingest_failures ORDER BY id LIMIT ?", [limit])
        return [{"source": s, "reason": r, "created_at": _iso(c)} for s, r, c in rows]

    # -- reading events ---------------------------------------------------------------------
    def _event_dict(self, row: tuple) -> dict[str, Any]:
        out = dict(zip(EVENT_FIELDS, row))
        for key in ("event_date", "published"):
            out[key] = _iso(out[key])
        out["evidence"] = self.backend.decode_json(out["evidence"])
        out["assoc_actors"] = self.backend.decode_json(out["assoc_actors"])
        out["fatalities_approximate"] = bool(out["fatalities_approximate"])
        return out

    def _event_query(self, filters: dict, sort: str | None = None) -> tuple[str, list]:
        where, params = EventFilters.parse(**filters).where(self.backend)
        query = f"SELECT {_EVENT_COLUMNS} FROM {_EVENT_FROM} WHERE {where}"
        if sort is not None:
            query += f" ORDER BY {order_by(sort)}"
        return query, params

    def _event_page_query(self, filters: dict, sort: str, limit: int, offset: int) -> tuple[str, list]:
        """Choose the page's event ids first, then join their articles: joining before the
        sort would fetch an article row for every matching event (10k for one country)."""
        where, params = EventFilters.parse(**filters).where(self.backend)
        order = order_by(sort)
        source = _EVENT_FROM if sort_needs_article(sort) else "events e"
        page_ids = f"SELECT e.id FROM {source} WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?"
        return (f"SELECT {_EVENT_COLUMNS} FROM {_EVENT_FROM} WHERE e.id IN ({page_ids}) ORDER BY {order}",
                params + [limit, offset])

    def query_events(self, *, limit: int = 100, offset: int = 0, sort: str = "-event_date",
                     **filters) -> list[dict]:
        limit, offset = page(limit, offset)
        query, params = self._event_page_query(filters, sort, limit, offset)
        return [self._event_dict(r) for r in self._all(query, params)]

    def count_events(self, **filters) -> int:
        where, params = EventFilters.parse(**filters).where(self.backend)
        return self._all(f"SELECT COUNT(*) FROM events e WHERE {where}", params)[0][0]

    def iter_events(self, sort: str = "event_date", **filters) -> Iterator[dict]:
        """Every matching event, streamed from its own connection in constant memory."""
        query, params = self._event_query(filters, sort)
        for row in self.backend.stream(self.backend.sql(query), params):
            yield self._event_dict(row)

    def get_event(self, event_id: int) -> dict | None:
        rows = self._all(f"SELECT {_EVENT_COLUMNS}, a.text FROM {_EVENT_FROM} WHERE e.id = ?", [int(event_id)])
        if not rows:
            return None
        event = self._event_dict(rows[0][:-1])
        event["excerpt"] = _excerpt(rows[0][-1], event["evidence"])
        return event

    # -- reading articles -------------------------------------------------------------------
    def get_article(self, article_id: int) -> dict | None:
        rows = self._all("SELECT id, title, published, source, url, byline, text, source_id, pipeline_version "
                         "FROM articles WHERE id = ?", [int(article_id)])
        if not rows:
            return None
        keys = ("id", "title", "published", "source", "url", "byline", "text", "source_id", "pipeline_version")
        article = dict(zip(keys, rows[0]))
        article["published"] = _iso(article["published"])
        article["events"] = [self._event_dict(r) for r in self._all(
            f"SELECT {_EVENT_COLUMNS} FROM {_EVENT_FROM} WHERE e.article_id = ? ORDER BY e.ordinal", [article["id"]])]
        article["entities"] = [
            {"type": t, "text": x, "name": n, "subtype": s,
             "forms": self.backend.decode_json(f), "spans": [tuple(p) for p in self.backend.decode_json(sp)]}
            for t, x, n, s, f, sp in self._all(
                "SELECT type, text, name, subtype, forms, spans FROM entities WHERE article_id = ? ORDER BY ordinal",
                [article["id"]])]
        return article

    def search_articles(self, q: str, limit: int = 20, offset: int = 0) -> list[dict]:
        """Articles containing every word of `q` (any clitic/diacritic variant), newest first.

        Each hit has `snippet` (plain text) and `highlights`: (start, end) offsets into it.
        """
        terms = query_terms(q or "")
        if not terms:
            raise ValueError(f"search query {q!r} contains no words")
        limit, offset = page(limit, offset)
        cond, params = self.backend.search_condition(terms, "a.id")
        rows = self._all(f"SELECT a.id, a.title, a.published, a.source, a.url, a.text FROM articles a "
                         f"WHERE {cond} ORDER BY a.published DESC NULLS LAST, a.id DESC LIMIT ? OFFSET ?",
                         params + [limit, offset])
        hits = []
        for article_id, title, published, source, url, text in rows:
            snippet = make_snippet(text, terms)
            hits.append({"id": article_id, "title": title, "published": _iso(published), "source": source,
                         "url": url, "snippet": snippet.text, "highlights": snippet.highlights,
                         "title_highlights": make_snippet(title, terms, width=len(title) + 1).highlights})
        return hits

    def count_articles(self, q: str | None = None) -> int:
        if not q:
            return self._all("SELECT COUNT(*) FROM articles")[0][0]
        cond, params = self.backend.search_condition(query_terms(q), "a.id")
        return self._all(f"SELECT COUNT(*) FROM articles a WHERE {cond}", params)[0][0]

    # -- summaries --------------------------------------------------------------------------
    def stats(self, **filters) -> dict:
        """Counts by event type, country and ISO week; total fatalities; number of articles."""
        where, params = EventFilters.parse(**filters).where(self.backend)
        base = f"FROM events e WHERE {where}"   # filters never need the article row: no join
        (events, fatalities, articles), = self._all(
            f"SELECT COUNT(*), COALESCE(SUM(e.fatalities), 0), COUNT(DISTINCT e.article_id) {base}", params)
        # Both breakdowns from one grouping: grouping by type alone lets SQLite prefer a scan of
        # the type index (sorted, but a row lookup per event) over the filter's index.
        by_type: Counter[str] = Counter()
        by_country: Counter[str] = Counter()
        for event_type, country, n in self._all(
                f"SELECT e.event_type, e.country, COUNT(*) {base} GROUP BY e.event_type, e.country", params):
            by_type[event_type] += n
            by_country[country] += n
        # ISO weeks are computed here, not in SQL: the two dialects disagree on week functions.
        by_week: Counter[str] = Counter()
        for day, n in self._all(f"SELECT e.event_date, COUNT(*) {base} AND e.event_date IS NOT NULL "
                                f"GROUP BY e.event_date", params):
            year, week, _ = dt.date.fromisoformat(_iso(day)).isocalendar()
            by_week[f"{year}-W{week:02d}"] += n
        return {"events": events, "fatalities": int(fatalities), "articles_with_events": articles,
                "articles": self.count_articles(), "by_event_type": _most_first(by_type),
                "by_country": _most_first(by_country),
                "by_week": dict(sorted(by_week.items())), "failures": self._all("SELECT COUNT(*) FROM ingest_failures")[0][0]}


def _most_first(counts: Counter[str]) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def _excerpt(text: str, evidence: list[dict]) -> dict:
    """The part of the article around the first evidence span; offsets stay article offsets."""
    if evidence:
        start = max(0, evidence[0]["start"] - _EXCERPT_CHARS // 3)
    else:
        start = 0
    end = min(len(text), start + _EXCERPT_CHARS)
    return {"start": start, "end": end, "text": text[start:end]}
