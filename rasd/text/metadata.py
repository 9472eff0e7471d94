"""Article metadata: title, byline, source line, and who reported each statement.

Corpus articles arrive as "title\n\nbody"; wire copy ends with "المصدر: وكالات" and often a
byline on the last line. These lines are recognised by shape, not by name lists.
"""
from __future__ import annotations

import functools
import re

from ..document import Document
from ..lexicon.tsv import read_resource_tsv
from .normalize import normalize_key

_SOURCE_LINE = re.compile(r"^\s*(?:المصدر|مصدر الخبر|المصادر)\s*[:：]\s*(?P<src>.+?)\s*$", re.M)
_DATELINE_AGENCY = re.compile(r"\((?P<src>[^()\n]{2,25})\)")
_NAME_LINE = re.compile(r"^[\u0621-\u064A\s\-–]{4,60}$")
MAX_TITLE = 200


@functools.cache
def agency_names() -> dict[str, str]:
    return {normalize_key(r["arabic"]): r["english"] for r in read_resource_tsv("sources.tsv")}


class MetadataStage:
    name = "metadata"
    requires = ("text",)
    provides = ("metadata",)

    def __call__(self, doc: Document) -> None:
        lines = doc.text.split("\n")
        if not doc.title:
            doc.title = guess_title(lines)
        if doc.title and doc.text.startswith(doc.title):
            doc.cache["title_end"] = len(doc.title)
        doc.source = doc.source or find_source(doc.text)
        doc.byline = doc.byline or find_byline(lines)


def guess_title(lines: list[str]) -> str:
    first = lines[0].strip() if lines else ""
    followed_by_blank = len(lines) > 2 and not lines[1].strip()
    if first and followed_by_blank and len(first) <= MAX_TITLE:
        return first
    return ""


def find_source(text: str) -> str:
    agencies = agency_names()
    match = _SOURCE_LINE.search(text)
    if match:
        raw = match.group("src")
        return agencies.get(normalize_key(raw), raw)
    head = text[:400]
    for m in _DATELINE_AGENCY.finditer(head):
        name = agencies.get(normalize_key(m.group("src")))
        if name:
            return name
    return ""


def find_byline(lines: list[str]) -> str:
    tail = [line.strip() for line in lines if line.strip()][-2:]
    for line in reversed(tail):
        if _SOURCE_LINE.match(line):
            continue
        words = line.split()
        if _NAME_LINE.match(line) and 2 <= len(words) <= 4 and normalize_key(line) not in agency_names():
            return line
        break
    return ""
