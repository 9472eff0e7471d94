"""The two SQL dialects rasd stores into: SQLite (embedded default) and PostgreSQL.

Everything above this module writes one SQL text with `?` placeholders; a backend adapts
placeholders, connects, opens transactions, streams, and speaks its own full-text syntax.
"""
from __future__ import annotations

import itertools
import json
import sqlite3
from pathlib import Path
from typing import Any, Iterator

_STREAM_BATCH = 500


class Backend:
    name = ""
    # `BEGIN` that takes the write lock at once, so two writers cannot deadlock on upgrade.
    begin_write = "BEGIN"

    def __init__(self, url: str):
        self.url = url

    def connect(self):
        raise NotImplementedError

    def sql(self, query: str) -> str:
        return query

    def lock_for_migrations(self, conn) -> None:
        """Serialise concurrent `open_store` calls while migrations run (inside a transaction)."""

    def write_search_terms(self, conn, article_id: int, terms: str) -> None:
        raise NotImplementedError

    def refresh_planner_statistics(self, conn) -> None:
        """Re-sample the tables after a bulk load, so the planner picks a filter's index
        for a rare value and the date index for a common one."""
        conn.execute("ANALYZE events")
        conn.execute("ANALYZE articles")

    def search_condition(self, terms: list[str], article_id: str) -> tuple[str, list[Any]]:
        """A condition that holds when the article whose id is the column `article_id` contains
        every term. A subquery on article ids, so event queries need not join `articles`."""
        raise NotImplementedError

    def stream(self, query: str, params: list[Any]) -> Iterator[tuple]:
        raise NotImplementedError

    def decode_json(self, value):
        return json.loads(value) if isinstance(value, str) else value


class SQLiteBackend(Backend):
    name = "sqlite"
    begin_write = "BEGIN IMMEDIATE"

    def connect(self):
        path = Path(self.url)
        if path.parent and not path.parent.exists():
            raise ValueError(f"folder of the database does not exist: {path.parent}")
        # isolation_level=None: we issue BEGIN/COMMIT ourselves so batches are real transactions.
        conn = sqlite3.connect(self.url, isolation_level=None, check_same_thread=False, timeout=60)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")      # readers (the API) never block the ingester
        conn.execute("PRAGMA synchronous = NORMAL")    # WAL + NORMAL is still crash-safe
        return conn

    def write_search_terms(self, conn, article_id: int, terms: str) -> None:
        conn.execute("DELETE FROM article_search WHERE rowid = ?", (article_id,))
        conn.execute("INSERT INTO article_search (rowid, terms) VALUES (?, ?)", (article_id, terms))

    def search_condition(self, terms, article_id):
        match = " ".join('"' + t.replace('"', '""') + '"' for t in terms)
        return f"{article_id} IN (SELECT rowid FROM article_search WHERE article_search MATCH ?)", [match]

    def stream(self, query, params):
        conn = self.connect()
        try:
            cur = conn.execute(query, params)
            while rows := cur.fetchmany(_STREAM_BATCH):
                yield from rows
        finally:
            conn.close()


class PostgresBackend(Backend):
    name = "postgresql"
    _cursor_names = itertools.count()

    def connect(self):
        import psycopg
        try:
            return psycopg.connect(self.url, autocommit=True)
        except psycopg.OperationalError as exc:
            raise ConnectionError(f"cannot connect to PostgreSQL: {exc}".strip()) from None

    def sql(self, query: str) -> str:
        # Our SQL never contains a literal '?' or '%' (patterns travel as parameters).
        return query.replace("?", "%s")

    def lock_for_migrations(self, conn) -> None:
        conn.execute("SELECT pg_advisory_xact_lock(7301)")

    def write_search_terms(self, conn, article_id, terms):
        conn.execute("UPDATE articles SET search_terms = to_tsvector('simple', %s) WHERE id = %s",
                     (terms, article_id))

    def search_condition(self, terms, article_id):
        return (f"{article_id} IN (SELECT id FROM articles WHERE search_terms @@ plainto_tsquery('simple', ?))",
                [" ".join(terms)])

    def stream(self, query, params):
        conn = self.connect()
        try:
            with conn.transaction():   # a server-side cursor lives inside a transaction
                with conn.cursor(name=f"rasd_stream_{next(self._cursor_names)}") as cur:
                    cur.itersize = _STREAM_BATCH
                    cur.execute(self.sql(query), params)
                    yield from cur
        finally:
            conn.close()


def backend_for(url: str) -> Backend:
    if url.startswith(("postgresql://", "postgres://")):
        return PostgresBackend(url)
    if "://" in url:
        raise ValueError(f"unsupported database URL {url!r}: give a SQLite file path or a postgresql:// URL")
    return SQLiteBackend(url)
