"""Invariants over real news (../shared corpus); skipped where ../shared is absent."""
import gzip
import json
from pathlib import Path

import pytest

from rasd.numbers import find_casualties, find_numbers

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus" / "ant2-multisource-2018.jsonl.gz"

pytestmark = pytest.mark.shared


def _articles(limit):
    if not CORPUS.exists():
        pytest.skip("../shared is absent")
    with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            if n >= limit:
                return
            record = json.loads(line)
            yield (record.get("title") or "") + "\n\n" + (record.get("text") or "")


def test_offsets_and_values_are_consistent_on_real_articles():
    seen = 0
    for text in _articles(400):
        for m in find_casualties(text):
            seen += 1
            assert text[m.start:m.end] == m.text
            assert m.outcome in {"killed", "wounded", "missing", "arrested", "abducted"}
            assert m.value is None or 0 <= m.value < 10_000_000
            if m.count_start is not None:
                assert m.start <= m.count_start < m.count_end <= m.end
        for n in find_numbers(text[:2000]):
            assert text[n.start:n.end] == n.text
    assert seen > 20
