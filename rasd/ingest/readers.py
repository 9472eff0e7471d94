"""Inputs → ArticleRecords. Every problem becomes a ReadFailure; nothing here raises per item.

Supported: .txt (first line = title), .html/.htm (trafilatura), .jsonl/.jsonl.gz (one article
per line: id, title, text, published, source, url), RSS/Atom (.xml/.rss/.atom, feedparser),
and folders, recursively, in a stable order.
"""
from __future__ import annotations

import datetime as dt
import gzip
import io
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator

from rasd.store.records import ArticleRecord
from rasd.text.decode import DecodeError, decode_bytes

MAX_FILE_BYTES = 20_000_000
FEED_SUFFIXES = (".xml", ".rss", ".atom")


@dataclass
class ReadFailure:
    source: str
    reason: str


Item = ArticleRecord | ReadFailure


# How dumps spell a missing value ("published": "None" in SaudiNewsNet and ANT v1.1).
_MISSING = ("", "none", "null", "nan", "n/a")
# A dump without a publication date often has the day it was collected: the best default there is.
DATE_KEYS = ("published", "date", "extracted")


def _iso_date(value) -> str | None:
    if value is None or str(value).strip().lower() in _MISSING:
        return None
    try:
        return dt.date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError:
        raise ValueError(f"published is not an ISO date: {value!r}") from None


def _checked(record: ArticleRecord) -> Item:
    if not record.text.strip():
        return ReadFailure(record.origin, "empty article (no text)")
    return record


def _kind(path: Path) -> str:
    name = path.name.lower()
    for suffix, kind in ((".jsonl.gz", "jsonl"), (".jsonl", "jsonl"), (".txt", "txt"), (".html", "html"),
                         (".htm", "html")):
        if name.endswith(suffix):
            return kind
    if name.endswith(FEED_SUFFIXES):
        return "feed"
    return ""


def read_txt(path: Path) -> Iterator[Item]:
    text, _ = decode_bytes(_read_bytes(path), path.name)
    title, _, body = text.lstrip("\ufeff").strip().partition("\n")
    yield _checked(ArticleRecord(text=body.strip(), title=title.strip(), origin=str(path), source_id=path.stem))


def read_html(path: Path) -> Iterator[Item]:
    import trafilatura
    html, _ = decode_bytes(_read_bytes(path), path.name)
    found = trafilatura.bare_extraction(html, with_metadata=True)
    meta = found.as_dict() if found is not None and hasattr(found, "as_dict") else (found or {})
    title = (meta.get("title") or "").strip()
    text = (meta.get("text") or "").strip()
    if title and text.startswith(title):   # trafilatura repeats the headline as the first line
        text = text[len(title):].lstrip()
    try:
        published = _iso_date(meta.get("date"))
    except ValueError:
        published = None   # page metadata dates are best-effort; the article is still usable
    yield _checked(ArticleRecord(text=text, title=title, published=published, url=meta.get("url") or "",
                                 source=meta.get("sitename") or meta.get("hostname") or "", origin=str(path),
                                 byline=meta.get("author") or "", source_id=path.stem))


def _jsonl_record(line: str, origin: str) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return ReadFailure(origin, f"invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(obj, dict):
        return ReadFailure(origin, "JSON line is not an object")
    text = obj.get("text")
    if not isinstance(text, str):
        return ReadFailure(origin, "no 'text' string in the JSON object")
    try:
        published = next(filter(None, (_iso_date(obj.get(key)) for key in DATE_KEYS)), None)
    except ValueError as exc:
        return ReadFailure(origin, str(exc))
    return _checked(ArticleRecord(text=text, title=str(obj.get("title") or ""), published=published,
                                  source=str(obj.get("source") or ""), url=str(obj.get("url") or ""),
                                  source_id=str(obj.get("id") or ""), byline=str(obj.get("author") or ""),
                                  origin=origin))


def read_jsonl(path: Path) -> Iterator[Item]:
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as raw:
        for number, line in enumerate(raw, 1):
            origin = f"{path}:{number}"
            if not line.strip():
                continue
            try:
                text = line.decode("utf-8")
            except UnicodeDecodeError:
                yield ReadFailure(origin, "line is not valid UTF-8")
                continue
            yield _jsonl_record(text, origin)


def _html_to_text(fragment: str) -> str:
    import lxml.html
    if not fragment.strip():
        return ""
    try:
        return lxml.html.fromstring(fragment).text_content().strip()
    except Exception:   # lxml rejects some fragments (e.g. only a comment); keep the raw text
        return fragment.strip()


def read_feed(path: Path) -> Iterator[Item]:
    import feedparser
    feed = feedparser.parse(io.BytesIO(_read_bytes(path)))
    if not feed.entries:
        reason = f"not an RSS/Atom feed: {feed.bozo_exception}" if feed.get("bozo") else "feed has no items"
        yield ReadFailure(str(path), reason)
        return
    site = feed.feed.get("title", "")
    for number, entry in enumerate(feed.entries, 1):
        body = entry.content[0].value if entry.get("content") else entry.get("summary", "")
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        published = time.strftime("%Y-%m-%d", stamp) if stamp else None
        yield _checked(ArticleRecord(text=_html_to_text(body), title=_html_to_text(entry.get("title", "")),
                                     published=published, url=entry.get("link", ""), source=site,
                                     source_id=entry.get("id", ""), origin=f"{path}#{number}",
                                     byline=entry.get("author", "")))


def _sniff(path: Path) -> str:
    head = _read_bytes(path)[:512].lstrip().lower()
    if head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head) or head.startswith((b"<rss", b"<feed")):
        return "feed"
    if head.startswith((b"<!doctype html", b"<html")):
        return "html"
    return ""


def _read_bytes(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise DecodeError(f"file too large ({size} bytes; limit {MAX_FILE_BYTES})")
    return path.read_bytes()


READERS = {"txt": read_txt, "html": read_html, "jsonl": read_jsonl, "feed": read_feed}


def read_file(path: Path) -> Iterator[Item]:
    try:
        kind = _kind(path) or _sniff(path)
        if not kind:
            yield ReadFailure(str(path), "unsupported file type (expected .txt, .html, .jsonl[.gz], RSS/Atom)")
            return
        yield from READERS[kind](path)
    except (OSError, DecodeError, EOFError, gzip.BadGzipFile) as exc:
        yield ReadFailure(str(path), f"{type(exc).__name__}: {exc}" if isinstance(exc, OSError) else str(exc))


def _files_under(folder: Path) -> Iterator[Path]:
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not any(part.startswith(".") for part in path.relative_to(folder).parts):
            yield path


def read_inputs(paths: Iterable[str | Path]) -> Iterator[Item]:
    """All articles (and failures) from files and folders, in a stable order."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for file in _files_under(path):
                yield from read_file(file)
        elif path.exists():
            yield from read_file(path)
        else:
            yield ReadFailure(str(path), "no such file or folder")
