"""POST /api/extract: events out; size, content and concurrency bounds; clear errors."""
from __future__ import annotations

import asyncio
import json
import time

import httpx
import pytest
from fastapi.testclient import TestClient

import rasd.api.extract as extract_endpoint
from rasd.api import create_app

ARTICLE = ("صنعاء - قتل ثلاثة مدنيين وأصيب خمسة آخرون اليوم الاثنين في غارة جوية استهدفت سوقا شعبيا "
           "في مدينة الحديدة غربي اليمن، بحسب مصادر طبية.")


@pytest.fixture(scope="module")
def app_client():
    # Extraction needs no database: the store is never touched by this endpoint.
    with TestClient(create_app(store=object()), raise_server_exceptions=False) as test_client:
        yield test_client


def test_extracts_events_with_evidence_inside_the_text(app_client):
    response = app_client.post("/api/extract", json={"text": ARTICLE, "published": "2018-05-14"})
    assert response.status_code == 200, response.text
    doc = response.json()
    assert {"events", "entities", "warnings"} <= set(doc)
    assert doc["events"], "a plainly reported air strike must give an event"
    for event in doc["events"]:
        evidence = event["evidence"]
        assert ARTICLE[evidence["start"]:evidence["end"]] == evidence["text"]


def test_plain_text_body_with_date_in_the_query(app_client):
    response = app_client.post("/api/extract", params={"published": "2018-05-14"},
                               content=ARTICLE.encode(), headers={"Content-Type": "text/plain; charset=utf-8"})
    assert response.status_code == 200
    assert response.json()["published"] == "2018-05-14"


@pytest.mark.parametrize("kwargs,status,words", [
    ({"json": {"title": "x"}}, 422, "'text'"),
    ({"json": {"text": "   \n"}}, 422, "empty"),
    ({"json": {"text": 42}}, 422, "'text'"),
    ({"json": [ARTICLE]}, 422, "body"),
    ({"json": {"text": ARTICLE, "published": "last Monday"}}, 422, "ISO date"),
    ({"content": b"{\"text\": ", "headers": {"Content-Type": "application/json"}}, 422, "JSON"),
    ({"content": ARTICLE.encode("cp1256"), "headers": {"Content-Type": "text/plain"}}, 400, "UTF-8"),
    ({"content": b"<article/>", "headers": {"Content-Type": "application/xml"}}, 415, "application/json"),
    ({"json": {"text": "ب" * 200_001}}, 413, "too long"),
    ({"content": b"x" * 1_300_000, "headers": {"Content-Type": "text/plain"}}, 413, "too large"),
])
def test_bad_requests_get_a_clear_4xx(app_client, kwargs, status, words):
    response = app_client.post("/api/extract", **kwargs)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]


def test_size_limit_holds_for_a_chunked_body_without_content_length(app_client):
    def chunks():
        for _ in range(130):
            yield b"x" * 10_000
    response = app_client.post("/api/extract", content=chunks(), headers={"Content-Type": "text/plain"})
    assert response.status_code == 413


def test_get_is_not_allowed(app_client):
    assert app_client.get("/api/extract").status_code == 405


def test_extractions_beyond_the_concurrency_bound_get_503(monkeypatch):
    def slow_extraction(article):
        time.sleep(0.5)
        return {"events": []}
    monkeypatch.setattr(extract_endpoint, "extract_to_dict", slow_extraction)
    app = create_app(store=object(), extract_slots=1, extract_wait_s=0.1)

    async def post_three_at_once():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            return await asyncio.gather(*(client.post("/api/extract", json={"text": ARTICLE}) for _ in range(3)))

    statuses = sorted(r.status_code for r in asyncio.run(post_three_at_once()))
    assert statuses == [200, 503, 503]


def test_a_long_article_sent_as_escaped_json_is_within_the_limit(app_client, monkeypatch):
    monkeypatch.setattr(extract_endpoint, "extract_to_dict", lambda article: {"chars": len(article.text)})
    text = "ب" * 150_000
    body = json.dumps({"text": text}, ensure_ascii=True)   # \u0628 for every letter: 900 kB
    response = app_client.post("/api/extract", content=body, headers={"Content-Type": "application/json"})
    assert response.status_code == 200 and response.json() == {"chars": 150_000}
