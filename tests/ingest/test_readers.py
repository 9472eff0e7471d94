"""Readers turn every input into articles or failures with reasons; nothing stops a batch."""
from __future__ import annotations

import gzip
import json

import pytest

from rasd.ingest import ReadFailure, read_inputs
from rasd.store import ArticleRecord

TITLE = "اشتباكات في مدينة سرت"
BODY = "قُتل ثلاثة مسلحين في اشتباكات اندلعت صباح اليوم في مدينة سرت الليبية، وفق مصادر محلية."


def read(*paths):
    items = list(read_inputs(paths))
    return ([i for i in items if isinstance(i, ArticleRecord)], [i for i in items if isinstance(i, ReadFailure)])


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "cp1256"])
def test_txt_in_every_arabic_encoding(tmp_path, encoding):
    path = tmp_path / "a.txt"
    path.write_bytes(f"{TITLE}\n\n{BODY}\n".encode(encoding))
    (record,), failures = read(path)
    assert not failures
    assert (record.title, record.text) == (TITLE, BODY)


def test_jsonl_gz_with_bad_lines(tmp_path):
    path = tmp_path / "dump.jsonl.gz"
    lines = [json.dumps({"id": "a1", "title": TITLE, "text": BODY, "published": "2018-03-04",
                         "source": "bbc", "url": "http://x/1"}, ensure_ascii=False),
             "{not json",
             json.dumps({"id": "a2", "title": "فارغ", "text": "   "}),
             json.dumps({"id": "a3", "text": BODY, "published": "04/03/2018"}),
             json.dumps(["a", "list"]),
             "",
             json.dumps({"id": "a4", "title": "t", "text": BODY + " ثانية"}, ensure_ascii=False)]
    with gzip.open(path, "wt", encoding="utf-8") as out:
        out.write("\n".join(lines) + "\n")
    records, failures = read(path)
    assert [r.source_id for r in records] == ["a1", "a4"]
    assert (records[0].published, records[0].source, records[0].url) == ("2018-03-04", "bbc", "http://x/1")
    assert records[0].origin == f"{path}:1"
    reasons = {f.source.rsplit(":", 1)[1]: f.reason for f in failures}
    assert reasons["2"].startswith("invalid JSON")
    assert reasons["3"] == "empty article (no text)"
    assert "ISO date" in reasons["4"]
    assert "not an object" in reasons["5"]


def test_html_main_text_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    paragraphs = "".join(f"<p>{BODY} {i}</p>" for i in range(3))
    path.write_text(f"<html><head><title>{TITLE}</title><meta property='article:published_time' "
                    f"content='2018-05-12'></head><body><nav>الرئيسية | رياضة</nav><article><h1>{TITLE}</h1>"
                    f"{paragraphs}</article></body></html>", encoding="utf-8")
    (record,), failures = read(path)
    assert not failures
    assert record.title == TITLE and record.published == "2018-05-12"
    assert record.text.startswith(BODY) and "رياضة" not in record.text


RSS = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>وكالة الأنباء</title>
<item><title>{title}</title><link>http://example.org/1</link><pubDate>Tue, 12 Jun 2018 10:00:00 GMT</pubDate>
<description>&lt;p&gt;{body}&lt;/p&gt;</description></item>
<item><title>بلا نص</title><link>http://example.org/2</link><description></description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>
<entry><title>{title}</title><id>urn:1</id><updated>2018-06-12T10:00:00Z</updated><link href="http://example.org/a"/>
<content type="html">&lt;b&gt;{body}&lt;/b&gt;</content></entry></feed>"""


@pytest.mark.parametrize("name, template", [("feed.xml", RSS), ("feed.atom", ATOM)])
def test_feeds_become_articles(tmp_path, name, template):
    path = tmp_path / name
    path.write_text(template.format(title=TITLE, body=BODY), encoding="utf-8")
    records, failures = read(path)
    assert [(r.title, r.text, r.published) for r in records] == [(TITLE, BODY, "2018-06-12")]
    assert records[0].url.startswith("http://example.org/")
    assert len(failures) == (1 if template is RSS else 0)


def test_folders_are_read_recursively_and_bad_files_fail_alone(tmp_path):
    (tmp_path / "b" / "c").mkdir(parents=True)
    (tmp_path / "b" / "c" / "deep.txt").write_text(f"{TITLE}\n{BODY}", encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"عنوان\n{BODY}", encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text(f"x\n{BODY}", encoding="utf-8")
    records, failures = read(tmp_path, tmp_path / "missing.txt")
    assert [r.title for r in records] == ["عنوان", TITLE]
    reasons = {f.source.rsplit("/", 1)[-1]: f.reason for f in failures}
    assert reasons == {"empty.txt": "empty article (no text)",
                       "image.png": "unsupported file type (expected .txt, .html, .jsonl[.gz], RSS/Atom)",
                       "missing.txt": "no such file or folder"}


def test_binary_with_a_text_suffix_fails_with_a_reason(tmp_path):
    path = tmp_path / "fake.txt"
    path.write_bytes(b"\x00\x01\x02\x03binary\x00")
    records, (failure,) = read(path)
    assert not records and "binary" in failure.reason


def test_a_dump_that_spells_a_missing_date_none_falls_back_to_the_collection_day(tmp_path):
    path = tmp_path / "snn.jsonl"
    path.write_text("\n".join(json.dumps(obj, ensure_ascii=False) for obj in [
        {"id": "s1", "title": TITLE, "text": BODY, "published": "None", "extracted": "2015-07-21"},
        {"id": "s2", "title": TITLE, "text": BODY + " ثانية", "published": "None"},
    ]) + "\n", encoding="utf-8")
    records, failures = read(path)
    assert not failures
    assert [(r.source_id, r.published) for r in records] == [("s1", "2015-07-21"), ("s2", None)]
