"""The ingest loop: read → skip what the store already has → extract (N processes) → store.

Each batch is written in one transaction together with its failures, so a run killed at any
point leaves whole batches behind, and the next run skips them by content hash.
"""
from __future__ import annotations

import itertools
import multiprocessing
from dataclasses import dataclass, field
from typing import Callable, Iterable, Iterator

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


# Runs every stage, so the lexicons, place index and NER model are loaded before the fork.
_WARM_UP = ArticleRecord(text="قتل خمسة مدنيين في غارة جوية على مدينة الحديدة يوم الثلاثاء.", published="2018-06-12")


class _Extractor:
    """Runs extract_record in-process (1 worker) or in a process pool."""

    def __init__(self, workers: int):
        self.pool = None
        if workers > 1:
            # Loaded once here, the resources are shared copy-on-write by the forked workers,
            # instead of each worker loading (or, on a cold cache, building) its own copy.
            extract_record(_WARM_UP)
            self.pool = multiprocessing.get_context("fork").Pool(workers)

    def start(self, records: list[ArticleRecord]) -> Callable[[], list[Extracted]]:
        """Begin extracting `records`; the returned function waits for the results, in order."""
        if self.pool is None:
            return lambda: [extract_record(record) for record in records]
        return self.pool.map_async(extract_record, records, chunksize=4).get

    def close(self):
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


@dataclass
class _Batch:
    """A batch on its way from the readers to the store."""
    failures: list[ReadFailure]
    results: Callable[[], list[Extracted]]


def ingest(store: Store, paths: Iterable[str], *, workers: int = 1, batch_size: int = BATCH_SIZE,
           progress: Progress | None = None, pipeline_version: str | None = None) -> IngestSummary:
    """Read, extract and store everything under `paths`.

    Batches overlap: while the main process writes one batch, the workers already extract
    the next, so the writes cost the workers no idle time.
    """
    if workers < 1:
        raise ValueError("workers must be >= 1")
    if pipeline_version is None:
        from rasd import PIPELINE_VERSION
        pipeline_version = PIPELINE_VERSION
    summary = IngestSummary()
    scheduled: set[str] = set()   # content hashes handed to the workers in this run
    extractor = _Extractor(workers)
    try:
        writing: _Batch | None = None
        for items in _batches(read_inputs(paths), batch_size * workers):
            extracting = _start_batch(store, items, extractor, pipeline_version, scheduled, summary)
            if writing:
                _store_batch(store, writing, pipeline_version, summary, progress)
            writing = extracting
        if writing:
            _store_batch(store, writing, pipeline_version, summary, progress)
    finally:
        extractor.close()
    if summary.new or summary.reextracted:
        store.refresh_planner_statistics()
    if progress:
        progress.finish(summary.read, summary.counts())
    return summary


def _start_batch(store: Store, items: list[Item], extractor: _Extractor, version: str,
                 scheduled: set[str], summary: IngestSummary) -> _Batch:
    """Skip what the store (or an earlier batch of this run) already has; extract the rest."""
    records = [item for item in items if isinstance(item, ArticleRecord)]
    summary.read += len(items)
    stored = store.extraction_status([r.content_hash for r in records])
    todo = []
    for record in records:
        if stored.get(record.content_hash, "") == version or record.content_hash in scheduled:
            summary.duplicates += 1
        else:
            scheduled.add(record.content_hash)
            todo.append(record)
    return _Batch([item for item in items if isinstance(item, ReadFailure)], extractor.start(todo))


def _store_batch(store: Store, batch: _Batch, version: str, summary: IngestSummary,
                 progress: Progress | None) -> None:
    # Wait for the extractions before opening the transaction: the write lock is then held for milliseconds.
    results = batch.results()
    failures = batch.failures + [ReadFailure(r.record.origin, r.failure) for r in results if r.failure]
    with store.transaction():
        for result in results:
            if result.failure:
                continue
            _, is_new = store.add_article(result.record, result.doc, pipeline_version=version,
                                          search_terms=result.search_terms)
            summary.new += is_new
            summary.reextracted += not is_new
            summary.events += sum(e.reportable for e in result.doc.events)
        for failure in failures:
            store.record_failure(failure.source, failure.reason)
    summary.failed += len(failures)
    summary.failures.extend(failures[:max(0, MAX_LISTED_FAILURES - len(summary.failures))])
    if progress:
        progress.update(summary.read, summary.counts())
