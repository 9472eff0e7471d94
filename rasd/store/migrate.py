"""Apply the numbered SQL files of migrations/ that a database has not seen yet.

Files are named NNN_description.<dialect>.sql; each runs in its own transaction together
with the row that records it, so a crash leaves a database at a whole version.
"""
from __future__ import annotations

import datetime as dt
from importlib import resources

from .backends import Backend

_CREATE_VERSIONS = """CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"""


def available_migrations(dialect: str) -> list[tuple[int, str, str]]:
    """(version, name, sql) for the dialect, in order."""
    folder = resources.files("rasd.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        name = entry.name
        if name.endswith(f".{dialect}.sql"):
            version = int(name.split("_", 1)[0])
            found.append((version, name, entry.read_text(encoding="utf-8")))
    return sorted(found)


def statements(script: str) -> list[str]:
    """Split a migration into statements (our migrations keep ';' only at the end of lines)."""
    lines = [line for line in script.splitlines() if not line.lstrip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";\n") if s.strip().rstrip(";").strip()]


def migrate(backend: Backend, conn) -> list[str]:
    """Bring the schema up to date; returns the names of the migrations applied."""
    applied_now = []
    conn.execute(backend.begin_write)
    try:
        backend.lock_for_migrations(conn)
        conn.execute(_CREATE_VERSIONS)
        done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations").fetchall()}
        for version, name, script in available_migrations(backend.name):
            if version in done:
                continue
            for statement in statements(script):
                conn.execute(statement.rstrip(";"))
            conn.execute(backend.sql("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)"),
                         (version, name, dt.datetime.now(dt.timezone.utc).isoformat()))
            applied_now.append(name)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied_now
