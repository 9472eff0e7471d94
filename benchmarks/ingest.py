"""Ingest benchmark (issue 5): full corpus with 1 and 2 workers, re-ingest, kill -9 and resume.

    .venv/bin/python benchmarks/ingest.py [CORPUS] [--out-dir /tmp/rasd-bench]

Each step runs `rasd ingest` in a subprocess (as a user would) against a fresh SQLite file and
prints wall time, articles/s and the article/event counts.
"""
from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "ant2-multisource-2018.jsonl.gz"


def command(db: Path, corpus: Path, workers: int) -> list[str]:
    return [sys.executable, "-m", "rasd.cli", "ingest", str(corpus), "--db", str(db), "--workers", str(workers)]


def counts(db: Path) -> tuple[int, int, int]:
    with sqlite3.connect(db) as conn:
        return tuple(conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                     for t in ("articles", "events", "ingest_failures"))


def timed_ingest(label: str, db: Path, corpus: Path, workers: int) -> None:
    started = time.monotonic()
    done = subprocess.run(command(db, corpus, workers), capture_output=True, text=True, cwd=ROOT)
    elapsed = time.monotonic() - started
    summary = done.stdout.strip().splitlines()[0] if done.stdout.strip() else done.stderr[-500:]
    articles, events, failures = counts(db)
    print(f"{label}: {elapsed:.1f} s, {articles / elapsed:.1f} stored articles/s | {summary} | "
          f"db: {articles} articles, {events} events, {failures} failures", flush=True)


def killed_and_resumed(db: Path, corpus: Path, after_s: float) -> None:
    process = subprocess.Popen(command(db, corpus, 1), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    time.sleep(after_s)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    print(f"killed after {after_s:.0f} s: db has {counts(db)[:2]} (articles, events)", flush=True)
    timed_ingest("resume", db, corpus, 1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--out-dir", type=Path, default=Path("/tmp/rasd-bench"))
    parser.add_argument("--kill-after", type=float, default=60.0, help="seconds before kill -9")
    args = parser.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    args.out_dir.mkdir(parents=True, exist_ok=True)
    for name in ("w1.db", "w2.db", "killed.db"):
        for suffix in ("", "-wal", "-shm"):
            (args.out_dir / (name + suffix)).unlink(missing_ok=True)
    timed_ingest("workers=1", args.out_dir / "w1.db", args.corpus, 1)
    timed_ingest("re-ingest", args.out_dir / "w1.db", args.corpus, 1)
    timed_ingest("workers=2", args.out_dir / "w2.db", args.corpus, 2)
    killed_and_resumed(args.out_dir / "killed.db", args.corpus, args.kill_after)
    identical = counts(args.out_dir / "killed.db") == counts(args.out_dir / "w1.db")
    print(f"killed+resumed counts identical to uninterrupted run: {identical}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())
