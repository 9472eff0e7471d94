"""The ingest loop: read → skip what the store already has → extract (N processes) → store.

Each batch is written in one transaction together with its failures, so a run killed at any
point leaves whole batches behind, and the next run skips them by content hash.
"""
from __future__ import annotations

import itertools
import multiprocessing
from dataclasses import dataclass, field
from typing import Iterable, Iterator

from rasd.document import Document
from rasd.store import ArticleRecord, Store

from .progress import Progress
from .readers import Item, ReadFailure, read_inputs

BATCH_SIZE = 200
MAX_LISTED_FAILURES = 100   # the summary lists these; the store keeps every failure


@dataclass
class IngestSummary:
    read: int = 0
    new: int = 0
    reextracted: int = 0
    duplicates: int = 0
    failed: int = 0
    events: int = 0
    failures: list[ReadFailure] = field(default_factory=list)   # the first MAX_LISTED_FAILURES

    def counts(self) -> dict[str, int]:
        return {"new": self.new, "reextracted": self.reextracted, "duplicates": self.duplicates,
                "failed": self.failed, "events": self.events}


@dataclass
class Extracted:
    """A worker's answer for one article: its extraction and search terms, or why it failed."""
    record: ArticleRecord
    doc: Document | None = None
    search_terms: str = ""
    failure: str | None = None


def extract_record(record: ArticleRecord) -> Extracted:
    """Worker: all per-article CPU work, so the main process only reads and writes. Never raises."""
    import rasd
    try:
        doc = rasd.extract(record.text, record.published, title=record.title or None, doc_id=record.source_id)
    except ValueError as exc:   # rasd.InputError: the article itself is unusable
        return Extracted(record, failure=f"unusable article: {exc}")
    except Exception as exc:  # an extraction bug must cost one article, not the batch
        return Extracted(record, failure=f"extraction failed: {type(exc).__name__}: {exc}")
    doc.cache.clear()   # stage caches can be large or unpicklable; the store does not need them
    return Extracted(record, doc, record.search_terms())


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


class _Extractor:
    """Runs extract_record in-process (1 worker) or in a process pool."""

    def __init__(self, workers: int):
        # fork: workers start at once and share the parent's already-loaded resources.
        self.pool = multiprocessing.get_context("fork").Pool(workers) if workers > 1 else None

    def map(self, records: list[ArticleRecord]):
        if self.pool is None:
            return map(extract_record, records)
        return self.pool.imap(extract_record, records, chunksize=4)

    def close(self):
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def ingest(store: Store, paths: Iterable[str], *, workers: int = 1, batch_size: int = BATCH_SIZE,
           progress: Progress | None = None, pipeline_version: str | None = None) -> IngestSummary:
    if workers < 1:
        raise ValueError("workers must be >= 1")
    if pipeline_version is None:
        from rasd import PIPELINE_VERSION
        pipeline_version = PIPELINE_VERSION
    summary = IngestSummary()
    extractor = _Extractor(workers)
    try:
        for batch in _batches(read_inputs(paths), batch_size * workers):
            _ingest_batch(store, batch, extractor, pipeline_version, summary)
            if progress:
                progress.update(summary.read, summary.counts())
    finally:
        extractor.close()
    if summary.new or summary.reextracted:
        store.refresh_planner_statistics()
    if progress:
        progress.finish(summary.read, summary.counts())
    return summary


def _ingest_batch(store: Store, batch: list[Item], extractor: _Extractor, version: str,
                  summary: IngestSummary) -> None:
    records = [item for item in batch if isinstance(item, ArticleRecord)]
    failures = [item for item in batch if isinstance(item, ReadFailure)]
    summary.read += len(batch)
    stored = store.extraction_status([r.content_hash for r in records])
    todo: dict[str, ArticleRecord] = {}
    for record in records:
        if stored.get(record.content_hash, "") == version or record.content_hash in todo:
            summary.duplicates += 1
        else:
            todo[record.content_hash] = record
    # Extract before opening the transaction: the write lock is then held for milliseconds.
    extracted = []
    for result in extractor.map(list(todo.values())):
        if result.failure:
            failures.append(ReadFailure(result.record.origin, result.failure))
        else:
            extracted.append(result)
    with store.transaction():
        for result in extracted:
            _, is_new = store.add_article(result.record, result.doc, pipeline_version=version,
                                          search_terms=result.search_terms)
            summary.new += is_new
            summary.reextracted += not is_new
            summary.events += sum(e.reportable for e in result.doc.events)
        for failure in failures:
            store.record_failure(failure.source, failure.reason)
    summary.failed += len(failures)
    summary.failures.extend(failures[:max(0, MAX_LISTED_FAILURES - len(summary.failures))])
