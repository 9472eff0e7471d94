"""Whole articles from ../shared: no crash, exact offsets, and the fast scan misses nothing."""
import gzip
import itertools
import json

import pytest

from rasd.time import find_dates
from rasd.time.folding import fold
from rasd.time.grammar import date_grammar
from rasd.time.scan import candidate_starts

pytestmark = pytest.mark.shared
CORPORA = ["ant2-multisource-2018.jsonl.gz", "ant1-jawharafm-2014-2017.jsonl.gz"]


def articles(shared_dir, per_corpus=300):
    for name in CORPORA:
        with gzip.open(shared_dir / "corpus" / name, "rt", encoding="utf-8") as lines:
            for line in itertools.islice(lines, per_corpus):
                row = json.loads(line)
                yield (row.get("title") or "") + "\n\n" + (row.get("text") or ""), row.get("published")


def test_scanning_candidate_starts_finds_what_a_full_scan_finds(shared_dir):
    pattern = date_grammar().pattern
    for text, _ in articles(shared_dir):
        folded = fold(text).text
        full = [m.span() for m in pattern.finditer(folded)]
        assert scan_at_candidates(pattern, folded) == full


def scan_at_candidates(pattern, folded):
    spans, scanned_to = [], 0
    for position in candidate_starts(folded):
        match = pattern.match(folded, position) if position >= scanned_to else None
        if match:
            spans.append(match.span())
            scanned_to = match.end()
    return spans


def test_articles_resolve_with_exact_offsets(shared_dir):
    import datetime as dt
    resolved = 0
    for text, published in articles(shared_dir):
        day = dt.date.fromisoformat(published[:10]) if published else None
        for m in find_dates(text, day):
            assert text[m.start:m.end] == m.text
            assert m.precision in (1, 2, 3)
            if day is not None and m.earliest is not None:
                assert m.earliest <= m.latest
                resolved += 1
    assert resolved > 500
