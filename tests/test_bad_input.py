"""Bad input to `rasd extract`: a clear one-line error with a documented exit code, or an empty
result with a warning; never a traceback (exit codes: rasd/cli.py)."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

EXIT_USAGE, EXIT_INPUT = 2, 3
EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLE = EXAMPLES / "syria_khan_shaykhun_airstrike.txt"
PUBLISHED = "2018-05-15"


def assert_clean_failure(done, exit_code: int, *words: str) -> None:
    assert done.returncode == exit_code, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("rasd: error:"), done.stderr
    for word in words:
        assert word in lines[0]


def extract(run_rasd, path, *options):
    return run_rasd("extract", path, "--format", "json", "--date", PUBLISHED, *options)


def events_of(done) -> list[dict]:
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)["events"]


def event_keys(events: list[dict]) -> list[tuple]:
    return [(e["event_type"], e["sub_event_type"], e["evidence"]["text"]) for e in events]


@pytest.fixture(scope="module")
def utf8_events(run_rasd) -> list[dict]:
    """The events of the example article read as plain UTF-8, which every other form must match."""
    events = events_of(extract(run_rasd, ARTICLE))
    assert events, "the example article must yield events for these tests to mean anything"
    return events


@pytest.mark.parametrize("content", [b"", b"  \n\t\r\n   \n"], ids=["empty", "whitespace"])
def test_empty_article_gives_no_events_and_a_warning(run_rasd, tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    done = extract(run_rasd, path)
    assert events_of(done) == []
    assert "rasd: warning: empty article" in done.stderr


@pytest.mark.parametrize("junk", [os.urandom(8192), bytes(b or 7 for b in os.urandom(8192))],
                         ids=["random", "random-without-nul"])
def test_binary_junk_is_refused(run_rasd, tmp_path, junk):
    path = tmp_path / "junk.txt"
    path.write_bytes(junk)
    assert_clean_failure(extract(run_rasd, path), EXIT_INPUT, "binary")


def test_damaged_utf8_is_read_as_utf8_with_a_warning(run_rasd, tmp_path, utf8_events):
    data = ARTICLE.read_bytes()
    cut = data.index("\n\n".encode()) + 2   # damage the body, not inside a multi-byte letter
    path = tmp_path / "damaged.txt"
    path.write_bytes(data[:cut] + b"\xff\xfe" + data[cut:])
    done = extract(run_rasd, path)
    assert "invalid UTF-8" in done.stderr
    assert [e["event_type"] for e in events_of(done)] == [e["event_type"] for e in utf8_events]


def test_latin1_text_is_decoded_not_refused(run_rasd, tmp_path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("Café crème, naïve résumé: no Arabic here.".encode("latin-1"))
    done = extract(run_rasd, path)
    assert events_of(done) == [] and "little or no Arabic" in done.stderr


@pytest.mark.parametrize("encoding", ["cp1256", "utf-16", "utf-8-sig"])
def test_other_encodings_give_the_same_events_as_utf8(run_rasd, tmp_path, encoding, utf8_events):
    path = tmp_path / f"article.{encoding}.txt"
    path.write_bytes(ARTICLE.read_text(encoding="utf-8").encode(encoding))
    assert event_keys(events_of(extract(run_rasd, path))) == event_keys(utf8_events)


def test_oversized_file_is_refused_without_reading_it(run_rasd, tmp_path):
    path = tmp_path / "dump.txt"
    with path.open("wb") as f:          # sparse: 50 MB that cost nothing to write
        f.truncate(50 * 2**20)
    done = extract(run_rasd, path)
    assert_clean_failure(done, EXIT_INPUT, "MB limit")


def test_oversized_stdin_is_refused(run_rasd):
    done = run_rasd("extract", "-", "--format", "json", stdin=b"\xd8\xa7 " * (10 * 2**20))
    assert_clean_failure(done, EXIT_INPUT, "stdin", "limit")


def test_endless_device_is_refused(run_rasd):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    assert_clean_failure(extract(run_rasd, "/dev/zero"), EXIT_INPUT, "limit")


def test_english_text_gives_no_events_and_a_warning(run_rasd, tmp_path):
    path = tmp_path / "english.txt"
    path.write_text("Clashes in Benghazi\n\nFighting killed nine soldiers in Benghazi on Monday, "
                    "officials said. Air strikes hit militant positions near Sirte.\n", encoding="utf-8")
    done = extract(run_rasd, path)
    assert events_of(done) == []
    assert "rasd: warning: little or no Arabic" in done.stderr


def test_directory_is_refused(run_rasd, tmp_path):
    assert_clean_failure(extract(run_rasd, tmp_path), EXIT_INPUT, "directory")


def test_missing_file_is_refused(run_rasd, tmp_path):
    assert_clean_failure(extract(run_rasd, tmp_path / "nothing.txt"), EXIT_INPUT, "no such file")


@pytest.mark.parametrize("date", ["19/01/2017", "2017-13-45", "yesterday"])
def test_malformed_date_is_a_usage_error(run_rasd, date):
    done = run_rasd("extract", ARTICLE, "--date", date)
    assert_clean_failure(done, EXIT_USAGE, "date")


def test_html_article_is_read_from_its_body(run_rasd, tmp_path, utf8_events):
    title, body = ARTICLE.read_text(encoding="utf-8").split("\n\n", 1)
    paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
    html = (f'<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>{title}</title></head>'
            f"<body><nav><a href='/'>الرئيسية</a></nav><article><h1>{title}</h1>\n{paragraphs}</article>"
            f"<footer>جميع الحقوق محفوظة</footer></body></html>")
    path = tmp_path / "article.html"
    path.write_text(html, encoding="utf-8")
    done = extract(run_rasd, path)
    got = {e["event_type"] for e in events_of(done)}
    assert got == {e["event_type"] for e in utf8_events}


def test_json_article_uses_its_title_text_and_date(run_rasd, tmp_path, utf8_events):
    title, body = ARTICLE.read_text(encoding="utf-8").split("\n\n", 1)
    path = tmp_path / "article.json"
    path.write_text(json.dumps({"id": "x1", "title": title, "text": body, "published": PUBLISHED},
                               ensure_ascii=False), encoding="utf-8")
    done = run_rasd("extract", path, "--format", "json")
    result = json.loads(done.stdout)
    assert result["published"] == PUBLISHED and result["doc_id"] == "x1"
    assert event_keys(events_of(done)) == event_keys(utf8_events)


@pytest.mark.parametrize("content, words", [
    ('{"title": "x", "text": ', "invalid JSON"),
    ('{"title": "عنوان", "body": "نص"}', '"text"'),
], ids=["truncated", "no-text-field"])
def test_broken_json_article_is_refused(run_rasd, tmp_path, content, words):
    path = tmp_path / "article.json"
    path.write_text(content, encoding="utf-8")
    assert_clean_failure(extract(run_rasd, path), EXIT_INPUT, words)
