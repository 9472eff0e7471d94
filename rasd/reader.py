"""Reading one article from a file for `rasd extract`: plain text, HTML or JSON."""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path

from .extraction import InputError
from .text.decode import decode_bytes

MAX_ARTICLE_BYTES = 5 * 1024 * 1024   # a news article is < 100 kB; bigger files are dumps for `rasd ingest`
_ARABIC = range(0x0600, 0x0700)


@dataclass
class Article:
    text: str
    title: str | None = None
    published: str | None = None
    doc_id: str = ""
    warnings: list[str] = field(default_factory=list)


def read_article(path: str) -> Article:
    data = _read_bytes(path)
    name = "stdin" if path == "-" else path
    text, _ = decode_bytes(data, name)
    article = _parse(text, Path(path).suffix.lower(), name)
    article.warnings += content_warnings(article.text)
    return article


def _read_bytes(path: str) -> bytes:
    if path == "-":
        data = sys.stdin.buffer.read(MAX_ARTICLE_BYTES + 1)
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{path}: no such file")
        if p.is_dir():
            raise InputError(f"{path}: is a directory (use `rasd ingest` for folders)")
        if p.stat().st_size > MAX_ARTICLE_BYTES:
            raise InputError(f"{path}: {p.stat().st_size / 1e6:.1f} MB is over the "
                             f"{MAX_ARTICLE_BYTES // 2**20} MB limit for one article (use `rasd ingest`)")
        try:
            # Bounded read: devices and pipes (/dev/zero, a FIFO) report size 0 but never end.
            with p.open("rb") as stream:
                data = stream.read(MAX_ARTICLE_BYTES + 1)
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    if len(data) > MAX_ARTICLE_BYTES:
        raise InputError(f"{'stdin' if path == '-' else path}: over the {MAX_ARTICLE_BYTES // 2**20} MB "
                         f"limit for one article")
    return data


def _parse(text: str, suffix: str, name: str) -> Article:
    stripped = text.lstrip()
    if suffix == ".json" or (stripped.startswith("{") and stripped.rstrip().endswith("}")):
        return _from_json(text, name)
    if suffix in (".html", ".htm") or stripped[:200].lower().startswith(("<!doctype html", "<html")):
        return _from_html(text)
    return Article(text=text)


def _from_json(text: str, name: str) -> Article:
    try:
        record = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: invalid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError(f"{name}: JSON article needs a \"text\" string field")
    title = record.get("title") if isinstance(record.get("title"), str) else None
    body = f"{title}\n\n{record['text']}" if title else record["text"]
    return Article(text=body, title=title, published=record.get("published") or None,
                   doc_id=str(record.get("id") or ""))


def _from_html(html: str) -> Article:
    import trafilatura
    body = trafilatura.extract(html, include_comments=False) or ""
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta and meta.title else None
    published = meta.date if meta and meta.date else None
    return Article(text=f"{title}\n\n{body}" if title else body, title=title, published=published)


def content_warnings(text: str) -> list[str]:
    if not text.strip():
        return ["empty article: nothing to extract"]
    warnings = []
    damaged = text.count("\ufffd")
    if damaged:
        warnings.append(f"{damaged} invalid UTF-8 byte sequence(s) replaced by U+FFFD")
    arabic = sum(1 for ch in text[:20000] if ord(ch) in _ARABIC)
    letters = sum(1 for ch in text[:20000] if ch.isalpha())
    if letters and arabic / letters < 0.3:
        warnings.append("little or no Arabic text: rasd reads Arabic articles, expect no events")
    return warnings
