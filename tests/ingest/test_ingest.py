"""End-to-end ingest with the real extraction pipeline, on SQLite and PostgreSQL."""
from __future__ import annotations

import json

import pytest

from rasd.ingest import ingest
from rasd.store import open_store

# Our own example wire stories (written for these tests).
STORIES = [
    ("غارات على الحديدة", "2018-06-13",
     "قُتل خمسة مدنيين وأصيب عشرة آخرون في غارة جوية شنتها طائرات التحالف على مدينة الحديدة غربي اليمن "
     "يوم الثلاثاء، حسبما أفادت مصادر طبية."),
    ("اشتباكات في بنغازي", "2018-05-20",
     "اندلعت اشتباكات عنيفة أمس بين قوات الجيش الوطني الليبي ومسلحين في مدينة بنغازي، ما أسفر عن مقتل "
     "ثلاثة مقاتلين."),
    ("تظاهرة في تونس", "2018-01-09",
     "تظاهر مئات المحتجين اليوم الثلاثاء في العاصمة تونس احتجاجا على ارتفاع الأسعار، ورفعوا شعارات "
     "تطالب الحكومة بالتراجع عن الزيادات."),
]


def write_corpus(folder, stories=STORIES, bad_lines=True):
    folder.mkdir(exist_ok=True)
    lines = [json.dumps({"id": f"s{i}", "title": t, "text": x, "published": d, "source": "test"}, ensure_ascii=False)
             for i, (t, d, x) in enumerate(stories)]
    if bad_lines:
        lines += ["{broken", json.dumps({"id": "empty", "text": ""})]
    (folder / "dump.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "noise.bin").write_bytes(b"\x00\xff\x00\xfe")
    return folder


def test_ingest_is_idempotent_and_records_failures(store, tmp_path):
    corpus = write_corpus(tmp_path / "in")
    first = ingest(store, [corpus])
    assert (first.read, first.new, first.failed) == (6, 3, 3)
    reasons = " | ".join(f["reason"] for f in store.failures())
    assert "invalid JSON" in reasons and "empty article" in reasons and "unsupported file type" in reasons
    events = store.count_events()
    again = ingest(store, [corpus])
    assert (again.new, again.duplicates, again.reextracted) == (0, 3, 0)
    assert store.count_events() == events and store.stats()["articles"] == 3
    assert store.stats()["failures"] == 3


def test_clear_violent_events_are_extracted_and_stored(store, tmp_path):
    ingest(store, [write_corpus(tmp_path / "in", bad_lines=False)])
    assert store.count_events() >= 1
    for event in store.query_events():
        article = store.get_article(event["article_id"])
        for span in event["evidence"]:
            assert article["text"][span["start"]:span["end"]] == span["text"]


def test_resuming_a_partial_run_gives_the_same_store(store_url, tmp_path):
    full = open_store(str(tmp_path / "full.db"))
    ingest(full, [write_corpus(tmp_path / "all")])
    partial = write_corpus(tmp_path / "part", stories=STORIES[:1])
    store = open_store(store_url)
    try:
        ingest(store, [partial])          # an earlier run that stopped after one article
        summary = ingest(store, [tmp_path / "all"])
        assert summary.new == 2 and summary.duplicates == 1
        assert store.count_events() == full.count_events()
        assert store.stats()["articles"] == full.stats()["articles"]
    finally:
        store.close()
        full.close()


def test_new_pipeline_version_reextracts(store, tmp_path):
    corpus = write_corpus(tmp_path / "in", bad_lines=False)
    ingest(store, [corpus], pipeline_version="old")
    summary = ingest(store, [corpus], pipeline_version="new")
    assert (summary.new, summary.reextracted) == (0, 3)
    assert {store.get_article(e["article_id"])["pipeline_version"] for e in store.query_events()} <= {"new"}


def test_two_workers_store_the_same_as_one(tmp_path):
    corpus = write_corpus(tmp_path / "in")
    results = []
    for workers in (1, 2):
        store = open_store(str(tmp_path / f"w{workers}.db"))
        summary = ingest(store, [corpus], workers=workers, batch_size=1)
        results.append((summary.new, summary.failed, store.count_events(),
                        [(e["event_type"], e["event_date"]) for e in store.query_events(sort="id")],
                        [hit["title"] for hit in store.search_articles("بالحديدة")]))   # terms from the workers
        store.close()
    assert results[0] == results[1] and results[0][-1] == ["غارات على الحديدة"]


@pytest.mark.parametrize("workers, order", [(1, (0, 0, 1)), (2, (0, 1, 0))])
def test_a_repeat_in_the_next_batch_is_a_duplicate(store, tmp_path, workers, order):
    # Batches hold `workers` articles here; the repeat lands in batch 2, which is planned
    # while batch 1 is still being extracted, not yet stored.
    corpus = write_corpus(tmp_path / "in", stories=[STORIES[i] for i in order], bad_lines=False)
    summary = ingest(store, [corpus], workers=workers, batch_size=1)
    assert (summary.new, summary.duplicates, summary.reextracted) == (2, 1, 0)
    assert store.count_articles() == 2


def test_workers_must_be_positive(store):
    with pytest.raises(ValueError, match="workers"):
        ingest(store, [], workers=0)


def test_every_kind_of_malformed_input_is_recorded_and_the_rest_is_ingested(store, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    good = [json.dumps({"id": f"s{i}", "title": t, "text": x, "published": d}, ensure_ascii=False).encode()
            for i, (t, d, x) in enumerate(STORIES[:2])]
    bad_lines = [b"{broken", b'{"id": "e", "text": ""}', "{\"text\": \"غارة\"}".encode("cp1256")]
    (folder / "dump.jsonl").write_bytes(b"\n".join([good[0], *bad_lines, good[1]]) + b"\n")
    title, published, text = STORIES[2]
    (folder / "legacy.txt").write_bytes(f"{title}\n{text}".encode("cp1256"))   # valid: Windows-1256
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "undecodable.txt").write_bytes(bytes(range(128, 256)) * 4)
    (folder / "blank.txt").write_bytes(b" \n \n")
    summary = ingest(store, [folder])
    reasons = {f["source"].rsplit("/", 1)[-1]: f["reason"] for f in store.failures()}
    assert reasons == {
        "dump.jsonl:2": "invalid JSON: Expecting property name enclosed in double quotes at column 2",
        "dump.jsonl:3": "empty article (no text)",
        "dump.jsonl:4": "line is not valid UTF-8",
        "binary.txt": "binary.txt: binary data, not a text article",
        "undecodable.txt": "undecodable.txt: cannot determine the text encoding (not UTF-8, UTF-16 or Windows-1256)",
        "blank.txt": "empty article (no text)",
    }
    assert (summary.new, summary.failed) == (3, 6)
    assert sorted(title for title, in store._all("SELECT title FROM articles")) == sorted(t for t, _, _ in STORIES)
