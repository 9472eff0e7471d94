"""An example database (SQLite always; PostgreSQL too when RASD_TEST_PG points at a server)
and a client of the real app over it."""
from __future__ import annotations

import os

import pytest
from fastapi.testclient import TestClient

from example_db import build_example_db, load_examples
from rasd.api import create_app

PG_TEST_DB = "rasd_api_test"


def fresh_postgres_database(server_url: str) -> str:
    """A new empty database next to the one RASD_TEST_PG names, so other tests' rows never mix in."""
    import psycopg
    base, _, _ = server_url.rpartition("/")
    with psycopg.connect(server_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {PG_TEST_DB} WITH (FORCE)")
        conn.execute(f"CREATE DATABASE {PG_TEST_DB}")
    return f"{base}/{PG_TEST_DB}"


@pytest.fixture(scope="session", params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path_factory) -> str:
    if request.param == "sqlite":
        url = str(tmp_path_factory.mktemp("api") / "examples.db")
    else:
        server = os.environ.get("RASD_TEST_PG")
        if not server:
            pytest.skip("RASD_TEST_PG is not set (eval \"$(.ci/start-postgres.sh)\" starts a server)")
        url = fresh_postgres_database(server)
    build_example_db(url)
    return url


@pytest.fixture(scope="session")
def client(db_url):
    with TestClient(create_app(db_url), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.fixture(scope="session")
def examples() -> list[dict]:
    return load_examples()


@pytest.fixture(scope="session")
def all_events(client) -> list[dict]:
    return client.get("/api/events", params={"limit": 1000}).json()["events"]
