"""Ingest acceptance benchmark (issue 5), end to end with the real extraction pipeline.

    .venv/bin/python benchmarks/ingest.py [CORPUS] [--limit N] [--out-dir DIR]

Every step runs `rasd ingest` in a subprocess, as a user would, on its own fresh SQLite file:

  1. fresh ingest, --workers 1
  2. the same database again: must store 0 new articles
  3. fresh ingest, --workers 2
  4. fresh ingest, --workers 1, killed with SIGKILL once about half the articles are stored,
     then run again to resume

Each step prints its wall time, articles read per second, CPU time (on a shared machine, CPU / wall
says how many cores the step actually got) and the database's counts. Checks:
step 2 stores nothing new; steps 1, 3 and 4 end with identical article, event and failure
counts; extraction found events. Exit status 0 when every check holds, 1 otherwise, 2 when
the corpus is missing. `--limit N` ingests the first N lines of the corpus only.
"""
from __future__ import annotations

import argparse
import contextlib
import gzip
import itertools
import re
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "ant2-multisource-2018.jsonl.gz"
POLL_SECONDS = 0.2


@dataclass(frozen=True)
class Counts:
    articles: int
    events: int
    failures: int


@dataclass
class Run:
    label: str
    seconds: float
    cpu_seconds: float   # of `rasd ingest` and its workers: on a shared machine, cores got = cpu / wall
    summary: str         # the summary line `rasd ingest` prints
    counts: Counts

    def read(self) -> int:
        found = re.search(r"\bread (\d+)", self.summary)
        return int(found.group(1)) if found else 0

    def new(self) -> int | None:
        found = re.search(r"\bnew (\d+)", self.summary)
        return int(found.group(1)) if found else None

    def report(self) -> str:
        c = self.counts
        return (f"{self.label}: {self.seconds:.1f} s, {self.read() / self.seconds:.1f} articles/s read, "
                f"{self.cpu_seconds:.1f} CPU s ({self.cpu_seconds / self.seconds:.2f} cores) | "
                f"{self.summary} | db: {c.articles} articles, {c.events} events, {c.failures} failures")


def ingest_command(db: Path, corpus: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--db", str(db),
            "--workers", str(workers), "--quiet"]


def counts(db: Path) -> Counts:
    """The database's counts; zeros while it does not exist or has no schema yet."""
    try:
        with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
            return Counts(*(conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                            for table in ("articles", "events", "ingest_failures")))
    except sqlite3.Error:
        return Counts(0, 0, 0)


def fresh_db(out_dir: Path, name: str) -> Path:
    db = out_dir / name
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    return db


def children_cpu_seconds() -> float:
    """CPU time of finished child processes, and of their own children (the workers)."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed_ingest(label: str, db: Path, corpus: Path, workers: int) -> Run:
    started, cpu_before = time.monotonic(), children_cpu_seconds()
    done = subprocess.run(ingest_command(db, corpus, workers), capture_output=True, text=True, cwd=ROOT)
    seconds, cpu_seconds = time.monotonic() - started, children_cpu_seconds() - cpu_before
    lines = done.stdout.strip().splitlines()
    summary = lines[0] if done.returncode == 0 and lines else f"FAILED (exit {done.returncode}): {done.stderr[-500:]}"
    run = Run(label, seconds, cpu_seconds, summary, counts(db))
    print(run.report(), flush=True)
    return run


def kill_midway(db: Path, corpus: Path, articles_when_done: int) -> Counts | None:
    """Start a fresh ingest and SIGKILL it once half the articles are stored; None if it ended first."""
    process = subprocess.Popen(ingest_command(db, corpus, 1), stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, cwd=ROOT)
    started = time.monotonic()
    while process.poll() is None and counts(db).articles < articles_when_done / 2:
        time.sleep(POLL_SECONDS)
    if process.poll() is not None:
        print("killed run: it finished before it could be killed; use a larger --limit", flush=True)
        return None
    process.send_signal(signal.SIGKILL)
    process.wait()
    at_kill = counts(db)
    print(f"killed run: SIGKILL after {time.monotonic() - started:.1f} s with {at_kill.articles} articles, "
          f"{at_kill.events} events stored (whole batches only)", flush=True)
    return at_kill


def first_lines(corpus: Path, limit: int, out_dir: Path) -> Path:
    """The first `limit` lines of the corpus as their own .jsonl file (the corpus stays untouched)."""
    subset = out_dir / f"corpus-first-{limit}.jsonl"
    opener = gzip.open if corpus.name.endswith(".gz") else open
    with opener(corpus, "rb") as source, open(subset, "wb") as out:
        out.writelines(itertools.islice(source, limit))
    return subset


def check(label: str, holds: bool) -> bool:
    print(f"check: {label}: {'yes' if holds else 'NO'}", flush=True)
    return holds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--limit", type=int, help="ingest only the first N lines of the corpus")
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp/rasd-bench"))
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    args.out_dir.mkdir(parents=True, exist_ok=True)
    corpus = first_lines(args.corpus, args.limit, args.out_dir) if args.limit else args.corpus
    print(f"corpus: {corpus}" + (f" (first {args.limit} lines of {args.corpus})" if args.limit else ""), flush=True)

    one = timed_ingest("fresh, --workers 1", fresh_db(args.out_dir, "w1.db"), corpus, 1)
    again = timed_ingest("same db again", args.out_dir / "w1.db", corpus, 1)
    two = timed_ingest("fresh, --workers 2", fresh_db(args.out_dir, "w2.db"), corpus, 2)
    killed_db = fresh_db(args.out_dir, "killed.db")
    at_kill = kill_midway(killed_db, corpus, one.counts.articles)
    resumed = timed_ingest("resumed after SIGKILL, --workers 1", killed_db, corpus, 1)

    print(f"speed-up of --workers 2 over 1: {one.seconds / two.seconds:.2f}x", flush=True)
    results = [
        check("extraction found events", one.counts.events > 0),
        check("same db again stored 0 new and changed nothing", again.new() == 0 and again.counts == one.counts),
        check("--workers 2 stored the same as --workers 1", two.counts == one.counts),
        check("the run was killed midway", at_kill is not None and 0 < at_kill.articles < one.counts.articles),
        check("resumed run stored the same as the uninterrupted run", resumed.counts == one.counts),
    ]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
