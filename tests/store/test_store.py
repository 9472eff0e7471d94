"""The Store on SQLite and PostgreSQL: the same tests, the same answers."""
from __future__ import annotations

import pytest

from rasd.document import Entity
from rasd.store import open_store

from rasd.store.testing import BENGHAZI, article, document, event

YEMEN_TEXT = "قتل خمسة مدنيين في اشتباكات بين الحوثيين والقوات الحكومية في مدينة الحديدة يوم الثلاثاء."
LIBYA_TEXT = "شنت طائرات غارات على مواقع في بنغازي وقتل ثلاثة مسلحين."


def add_yemen(store, version="v1", extra_events=()):
    events = [event(YEMEN_TEXT, "اشتباكات بين الحوثيين والقوات الحكومية", fatalities=5,
                    actor2=("Military Forces of Yemen", "القوات الحكومية", 1)), *extra_events]
    entities = [Entity("LOC", "الحديدة", "Al Hudaydah", ["الحديدة"], [(YEMEN_TEXT.index("الحديدة"),
                                                                   YEMEN_TEXT.index("الحديدة") + 7)])]
    return store.add_article(article(YEMEN_TEXT, title="اشتباكات في الحديدة", url="http://example.org/1"),
                             document(YEMEN_TEXT, events, entities), pipeline_version=version)


def add_libya(store):
    ev = event(LIBYA_TEXT, "شنت طائرات غارات", event_type="Explosions/Remote violence", sub="Air/drone strike",
               date="2018-07-02", location=BENGHAZI, actor1=("Unidentified Military Forces", "طائرات", 8),
               fatalities=3)
    return store.add_article(article(LIBYA_TEXT, title="غارات على بنغازي", published="2018-07-03"),
                             document(LIBYA_TEXT, [ev]), pipeline_version="v1")


def test_migrations_are_idempotent(store_url):
    open_store(store_url).close()
    store = open_store(store_url)
    try:
        assert store._all("SELECT COUNT(*) FROM schema_migrations")[0][0] >= 1
        assert store.count_events() == 0
    finally:
        store.close()


def test_same_content_is_stored_once(store):
    first = add_yemen(store)
    again = add_yemen(store)
    assert first[1] is True and again == (first[0], False)
    assert store.count_events() == 1
    assert store.stats()["articles"] == 1


def test_event_fields_round_trip(store):
    article_id, _ = add_yemen(store)
    (ev,) = store.query_events()
    assert ev["article_id"] == article_id
    assert (ev["event_type"], ev["sub_event_type"], ev["event_date"]) == ("Battles", "Armed clash", "2018-06-12")
    assert (ev["actor1"], ev["actor1_ar"], ev["inter1"]) == ("Houthis", "الحوثيون", 2)
    assert (ev["actor2"], ev["inter2"]) == ("Military Forces of Yemen", 1)
    assert (ev["country"], ev["iso"], ev["admin1"], ev["location"]) == ("Yemen", 887, "Al Hudaydah", "Al Hudaydah")
    assert (ev["latitude"], ev["longitude"], ev["fatalities"]) == (14.80, 42.95, 5)
    assert (ev["title"], ev["published"], ev["url"]) == ("اشتباكات في الحديدة", "2018-06-13", "http://example.org/1")
    span = ev["evidence"][0]
    assert YEMEN_TEXT[span["start"]:span["end"]] == span["text"]


def test_search_terms_computed_elsewhere_are_indexed(store):
    # Ingest workers analyse the text in parallel and hand the store the terms.
    given = article("علامة مميزة").search_terms()
    store.add_article(article(LIBYA_TEXT), None, search_terms=given)
    assert store.count_articles("علامة") == 1 and store.count_articles("بنغازي") == 0


def test_only_asserted_events_are_stored(store):
    negated = event(YEMEN_TEXT, "قتل خمسة مدنيين", modality="negated")
    add_yemen(store, extra_events=[negated])
    assert store.count_events() == 1


def test_new_pipeline_version_replaces_events(store):
    article_id, _ = add_yemen(store, "v1", extra_events=[event(YEMEN_TEXT, "مدينة الحديدة")])
    assert store.count_events() == 2
    assert add_yemen(store, "v2") == (article_id, False)
    assert store.count_events() == 1
    assert store.get_article(article_id)["pipeline_version"] == "v2"


def test_failed_reextraction_keeps_old_events(store):
    article_id, _ = add_yemen(store, "v1")
    broken = event(YEMEN_TEXT, "مدينة الحديدة")
    broken.event_type = None   # violates NOT NULL halfway through the replacement
    with pytest.raises(Exception):
        store.add_article(article(YEMEN_TEXT, title="اشتباكات في الحديدة"),
                          document(YEMEN_TEXT, [event(YEMEN_TEXT, "مدينة الحديدة"), broken]),
                          pipeline_version="v2")
    assert store.count_events() == 1
    assert store.get_article(article_id)["pipeline_version"] == "v1"
    add_libya(store)   # the store is still usable after the rollback
    assert store.count_events() == 2


@pytest.mark.parametrize("filters, expected", [
    ({"country": "yemen"}, {"Battles"}),
    ({"country": "LY"}, {"Explosions/Remote violence"}),
    ({"since": "2018-07-01"}, {"Explosions/Remote violence"}),
    ({"until": "2018-06-30"}, {"Battles"}),
    ({"event_type": "battles"}, {"Battles"}),
    ({"sub_event_type": "Air/drone strike"}, {"Explosions/Remote violence"}),
    ({"actor": "houthi"}, {"Battles"}),
    ({"actor": "القوات الحكومية"}, {"Battles"}),
    ({"admin1": "benghazi"}, {"Explosions/Remote violence"}),
    ({"bbox": (40.0, 10.0, 45.0, 16.0)}, {"Battles"}),
    ({"bbox": "19,30,21,33"}, {"Explosions/Remote violence"}),
    ({"q": "بالحديدة"}, {"Battles"}),
    ({"q": "الغارات"}, {"Explosions/Remote violence"}),
    ({"q": "الحديدة", "country": "Libya"}, set()),
])
def test_event_filters(store, filters, expected):
    add_yemen(store)
    add_libya(store)
    found = store.query_events(**filters)
    assert {e["event_type"] for e in found} == expected
    assert store.count_events(**filters) == len(found)


def test_sort_and_pages(store):
    add_yemen(store)
    add_libya(store)
    newest_first = [e["event_date"] for e in store.query_events(sort="-event_date")]
    assert newest_first == ["2018-07-02", "2018-06-12"]
    assert [e["fatalities"] for e in store.query_events(sort="fatalities")] == [3, 5]
    page1 = store.query_events(limit=1, offset=0)
    page2 = store.query_events(limit=1, offset=1)
    assert page1[0]["id"] != page2[0]["id"]


@pytest.mark.parametrize("sort", ["event_date", "-event_date", "fatalities", "-fatalities", "published",
                                  "-published", "country", "-id"])
def test_pages_follow_the_sort_without_gaps_or_repeats(store, sort):
    # Ties (same date, same article) and missing fatalities: only the id tie-break orders them.
    add_yemen(store, extra_events=[event(YEMEN_TEXT, "مدنيين", fatalities=None),
                                   event(YEMEN_TEXT, "الحديدة", date="2018-06-01", fatalities=5)])
    add_libya(store)
    whole = [e["id"] for e in store.query_events(sort=sort)]
    paged = [e["id"] for offset in range(0, 4, 2) for e in store.query_events(sort=sort, limit=2, offset=offset)]
    assert paged == whole and sorted(whole) == sorted({e["id"] for e in store.query_events()})
    if sort == "-fatalities":
        assert [e["fatalities"] for e in store.query_events(sort=sort)][-1] is None   # NULLS LAST


@pytest.mark.parametrize("filters, message", [
    ({"since": "2018-13-01"}, "since must be an ISO date"),
    ({"until": "yesterday"}, "until must be an ISO date"),
    ({"since": "2018-07-01", "until": "2018-06-01"}, "is after"),
    ({"event_type": "Wars"}, "unknown event type"),
    ({"sub_event_type": "Armed clash", "event_type": "Protests"}, "belongs to"),
    ({"bbox": (50, 10, 40, 16)}, "bbox must satisfy"),
    ({"bbox": "1,2,3"}, "four numbers"),
    ({"q": "!!!"}, "contains no words"),
    ({"limit": 0}, "limit must be between"),
    ({"offset": -1}, "offset must be"),
    ({"sort": "color"}, "unknown sort"),
])
def test_bad_filters_raise_clear_value_errors(store, filters, message):
    with pytest.raises(ValueError, match=message):
        store.query_events(**filters)


def test_get_event_and_article(store):
    article_id, _ = add_yemen(store)
    (ev,) = store.query_events()
    full = store.get_event(ev["id"])
    assert full["excerpt"]["text"] in YEMEN_TEXT and "الحوثيين" in full["excerpt"]["text"]
    art = store.get_article(article_id)
    assert art["text"] == YEMEN_TEXT and len(art["events"]) == 1
    assert art["entities"][0]["name"] == "Al Hudaydah"
    start, end = art["entities"][0]["spans"][0]
    assert YEMEN_TEXT[start:end] == "الحديدة"
    assert store.get_event(10_000) is None and store.get_article(10_000) is None


def test_stats(store):
    add_yemen(store)
    add_libya(store)
    stats = store.stats()
    assert stats["events"] == 2 and stats["fatalities"] == 8 and stats["articles"] == 2
    assert stats["by_country"] == {"Libya": 1, "Yemen": 1}
    assert stats["by_week"] == {"2018-W24": 1, "2018-W27": 1}
    assert store.stats(country="Yemen")["by_event_type"] == {"Battles": 1}
    assert store.stats(q="بنغازي")["by_country"] == {"Libya": 1}


def test_stats_list_the_most_frequent_first_then_by_name(store):
    add_libya(store)
    add_yemen(store, extra_events=[event(YEMEN_TEXT, "مدنيين", event_type="Violence against civilians",
                                         sub="Attack")])
    stats = store.stats()
    assert list(stats["by_country"].items()) == [("Yemen", 2), ("Libya", 1)]
    assert list(stats["by_event_type"]) == ["Battles", "Explosions/Remote violence", "Violence against civilians"]


def test_event_filters_use_indexes_and_counts_skip_articles(tmp_path):
    """The API's hot path (benchmarks/api_load_note.md), checked on SQLite's query plans."""
    store = open_store(str(tmp_path / "plans.db"))
    add_yemen(store)
    executed: list[str] = []
    store._conn.set_trace_callback(executed.append)
    store.count_events(country="yemen")
    store.count_events(country="ye")
    store.count_events(admin1="al hudaydah")
    store.query_events(sort="-fatalities", limit=5)
    store._conn.set_trace_callback(None)
    plans = [" | ".join(row[-1] for row in store._conn.execute("EXPLAIN QUERY PLAN " + sql)) for sql in executed]
    store.close()
    country, country_code, admin1, deadliest = plans
    assert "SEARCH e USING INDEX events_country_lower" in country
    assert "SEARCH e USING INDEX events_country_code_lower" in country_code
    assert "SEARCH e USING INDEX events_admin1_lower" in admin1
    assert "USING COVERING INDEX events_fatalities" in deadliest
    assert not any("articles" in sql for sql in executed[:3])


def test_iter_events_streams_everything(store):
    text = "اشتباكات " * 1200
    events = [event(text, "اشتباكات", date=f"2018-01-{1 + i % 28:02d}") for i in range(1200)]
    store.add_article(article(text), document(text, events), pipeline_version="v1")
    streamed = store.iter_events()
    first = next(streamed)
    assert first["event_type"] == "Battles"
    assert 1 + sum(1 for _ in streamed) == 1200


def test_failures_are_recorded_once(store):
    store.record_failure("a.jsonl:3", "invalid JSON")
    store.record_failure("a.jsonl:3", "invalid JSON")
    store.record_failure("b.bin", "binary file")
    assert [f["source"] for f in store.failures()] == ["a.jsonl:3", "b.bin"]
    assert store.stats()["failures"] == 2


def test_unsupported_url_is_a_clear_error():
    with pytest.raises(ValueError, match="unsupported database URL"):
        open_store("mysql://localhost/db")
