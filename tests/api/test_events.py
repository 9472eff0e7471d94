"""GET /api/events and /api/events/{id}: every filter, pagination, sort, and bad parameters."""
from __future__ import annotations

import pytest


def ids(response) -> set[int]:
    assert response.status_code == 200, response.text
    return {e["id"] for e in response.json()["events"]}


def test_lists_every_example_event_newest_first(client, examples):
    body = client.get("/api/events").json()
    assert body["total"] == sum(len(a["events"]) for a in examples) == len(body["events"])
    dates = [e["event_date"] for e in body["events"]]
    assert dates == sorted(dates, reverse=True)
    first = body["events"][0]
    for key in ("id", "article_id", "event_type", "actor1", "actor1_ar", "country", "latitude", "longitude",
                "fatalities", "evidence", "source", "url", "title", "published"):
        assert key in first
    assert first["evidence"][0]["text"]


def test_pages_are_disjoint_and_cover_everything(client, all_events):
    pages = [client.get("/api/events", params={"limit": 4, "offset": o}).json() for o in (0, 4, 8)]
    seen = [e["id"] for p in pages for e in p["events"]]
    assert len(seen) == len(set(seen)) == len(all_events)
    assert all(p["total"] == len(all_events) for p in pages)


@pytest.mark.parametrize("sort,key,reverse", [
    ("fatalities", "fatalities", False), ("-fatalities", "fatalities", True),
    ("event_date", "event_date", False), ("-published", "published", True)])
def test_sort(client, sort, key, reverse):
    values = [e[key] for e in client.get("/api/events", params={"sort": sort}).json()["events"]]
    assert values == sorted(values, reverse=reverse)


def events_where(all_events, predicate) -> set[int]:
    return {e["id"] for e in all_events if predicate(e)}


@pytest.mark.parametrize("params,predicate", [
    ({"since": "2018-06-01"}, lambda e: e["event_date"] >= "2018-06-01"),
    ({"until": "2018-03-23"}, lambda e: e["event_date"] <= "2018-03-23"),
    ({"since": "2018-07-15", "until": "2018-07-15"}, lambda e: e["event_date"] == "2018-07-15"),
    ({"country": "Iraq"}, lambda e: e["country"] == "Iraq"),
    ({"country": "iraq"}, lambda e: e["country"] == "Iraq"),
    ({"admin1": "Basrah"}, lambda e: e["admin1"] == "Basrah"),
    ({"event_type": "Battles"}, lambda e: e["event_type"] == "Battles"),
    ({"sub_event_type": "Air/drone strike"}, lambda e: e["sub_event_type"] == "Air/drone strike"),
    ({"actor": "shabaab"}, lambda e: e["actor1"] == "Al Shabaab"),
    ({"actor": "هيئة تحرير الشام"}, lambda e: e["actor2_ar"] == "هيئة تحرير الشام"),
    ({"bbox": "34,30,38,37"}, lambda e: e["country"] in ("Syria", "Lebanon")),
    ({"event_type": "Protests", "country": "Sudan"}, lambda e: e["event_type"] == "Protests" and e["country"] == "Sudan"),
])
def test_filters_select_exactly_the_matching_events(client, all_events, params, predicate):
    expected = events_where(all_events, predicate)
    assert expected, "the example corpus must contain a match, or this test proves nothing"
    assert expected != {e["id"] for e in all_events}
    assert ids(client.get("/api/events", params=params)) == expected
    assert client.get("/api/events", params=params).json()["total"] == len(expected)


def test_text_query_finds_clitic_variants_in_the_article(client):
    hits = client.get("/api/events", params={"q": "بالحديدة"}).json()["events"]
    assert [e["country"] for e in hits] == ["Yemen"]   # the oil article mentions الحديدة but has no event


def test_fields_returns_only_the_requested_fields(client):
    events = client.get("/api/events", params={"fields": "id,latitude,longitude,event_type"}).json()["events"]
    assert events and all(set(e) == {"id", "latitude", "longitude", "event_type"} for e in events)


@pytest.mark.parametrize("params,status,words", [
    ({"limit": "0"}, 422, "limit"),
    ({"limit": "100000"}, 422, "limit"),
    ({"limit": "ten"}, 422, "limit"),
    ({"offset": "-1"}, 422, "offset"),
    ({"since": "2018-02-30"}, 400, "since"),
    ({"until": "yesterday"}, 400, "until"),
    ({"since": "2018-09-01", "until": "2018-01-01"}, 400, "after"),
    ({"event_type": "Fighting"}, 400, "event type"),
    ({"sub_event_type": "Armed clash", "event_type": "Protests"}, 400, "belongs to"),
    ({"bbox": "1,2,3"}, 400, "bbox"),
    ({"bbox": "a,b,c,d"}, 400, "bbox"),
    ({"bbox": "10,10,0,0"}, 400, "bbox"),
    ({"bbox": "nan,0,1,1"}, 400, "bbox"),
    ({"sort": "colour"}, 400, "sort"),
    ({"q": "\"*"}, 400, "no words"),
    ({"fields": "id,password"}, 400, "password"),
    ({"country": "x" * 300}, 422, "country"),
])
def test_bad_parameters_get_a_4xx_with_a_clear_message(client, params, status, words):
    response = client.get("/api/events", params=params)
    assert response.status_code == status, response.text
    assert words in response.json()["detail"]


def test_one_event_with_fields_evidence_and_article_excerpt(client, all_events):
    yemen = next(e for e in all_events if e["country"] == "Yemen")
    event = client.get(f"/api/events/{yemen['id']}").json()
    assert event["actor1"] == "Saudi-led Coalition" and event["fatalities"] == 5
    evidence = event["evidence"][0]
    excerpt = event["excerpt"]
    assert evidence["text"] in excerpt["text"]
    assert excerpt["text"][evidence["start"] - excerpt["start"]:evidence["end"] - excerpt["start"]] == evidence["text"]


@pytest.mark.parametrize("path,status", [
    ("/api/events/999999", 404), ("/api/events/0", 422), ("/api/events/abc", 422),
    ("/api/events/99999999999999999999", 422)])
def test_missing_or_malformed_event_id(client, path, status):
    response = client.get(path)
    assert response.status_code == status
    assert response.json()["detail"]
