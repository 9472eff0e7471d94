"""GET /api/articles/{id}, /api/search, /api/stats, /api/health."""
from __future__ import annotations

import pytest


def test_article_has_full_text_and_events_whose_offsets_point_at_their_evidence(client, all_events, examples):
    basra = next(e for e in all_events if e["admin1"] == "Basrah")
    article = client.get(f"/api/articles/{basra['article_id']}").json()
    example = next(a for a in examples if a["title"] == article["title"])
    assert article["text"] == example["text"]
    assert len(article["events"]) == 2
    for event in article["events"]:
        for span in event["evidence"]:
            assert article["text"][span["start"]:span["end"]] == span["text"]
    assert isinstance(article["entities"], list)


@pytest.mark.parametrize("path,status", [("/api/articles/424242", 404), ("/api/articles/-3", 422)])
def test_missing_or_malformed_article_id(client, path, status):
    assert client.get(path).status_code == status


def test_search_finds_variants_and_highlights_them(client):
    body = client.get("/api/search", params={"q": "بالحديدة"}).json()
    titles = [hit["title"] for hit in body["results"]]
    assert body["total"] == len(titles) == 2
    assert any("الحديدة" in t for t in titles) and any("النفط" in t for t in titles)
    for hit in body["results"]:
        assert hit["highlights"]
        for start, end in hit["highlights"]:
            assert "الحديدة" in hit["snippet"][start:end]


def test_search_pages(client):
    first = client.get("/api/search", params={"q": "الحديدة", "limit": 1}).json()
    second = client.get("/api/search", params={"q": "الحديدة", "limit": 1, "offset": 1}).json()
    assert first["results"][0]["id"] != second["results"][0]["id"]


@pytest.mark.parametrize("params,status", [
    ({}, 422), ({"q": ""}, 422), ({"q": "   "}, 400), ({"q": "\"\"\""}, 400),
    ({"q": "الحديدة", "limit": "0"}, 422), ({"q": "الحديدة", "limit": "201"}, 422), ({"q": "x" * 501}, 422)])
def test_bad_search_parameters(client, params, status):
    response = client.get("/api/search", params=params)
    assert response.status_code == status, response.text
    assert response.json()["detail"]


def test_search_treats_query_syntax_as_words(client):
    for q in ("الحديدة OR", "NOT الحديدة", "الحديدة*", "(الحديدة", "الحديدة:title"):
        assert client.get("/api/search", params={"q": q}).status_code == 200, q


def test_stats_counts_types_countries_weeks_and_fatalities(client, all_events):
    stats = client.get("/api/stats").json()
    assert stats["events"] == len(all_events)
    assert stats["fatalities"] == sum(e["fatalities"] or 0 for e in all_events)
    assert stats["by_event_type"]["Explosions/Remote violence"] == 3
    assert stats["by_country"]["Iraq"] == 2
    assert stats["by_week"]["2018-W28"] == 2   # Basra protest and riot, 15 July 2018


def test_stats_apply_the_event_filters(client):
    stats = client.get("/api/stats", params={"country": "Yemen"}).json()
    assert stats["events"] == 1 and stats["fatalities"] == 5
    assert client.get("/api/stats", params={"event_type": "Nope"}).status_code == 400


def test_health_reports_the_database(client, all_events):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["events"] == len(all_events)
