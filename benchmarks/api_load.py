"""Load check of GET /api/events with filters: p50/p99 latency and requests/s on loopback.

    .venv/bin/python benchmarks/api_load.py --db rasd.db [--requests 2000] [--concurrency 4]
    .venv/bin/python benchmarks/api_load.py --url http://127.0.0.1:8000   # a server already running

With --db the server runs as `rasd serve` would (one uvicorn process) in a child process,
so the client threads here do not share its interpreter. Filter values are drawn from the
database itself (its countries, types, weeks, actors, places, title words), so every
request is one an analyst could make; each combines one to three filters.
"""
from __future__ import annotations

import argparse
import random
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import defaultdict

import httpx

SERVER = ("import sys, uvicorn; from rasd.api import create_app; "
          "uvicorn.run(create_app(sys.argv[1]), host='127.0.0.1', port=int(sys.argv[2]), log_level='warning')")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(db: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen([sys.executable, "-c", SERVER, db, str(port)])
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            httpx.get(url + "/api/health", timeout=5).raise_for_status()
            return process, url
        except httpx.TransportError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("the server did not start")
            time.sleep(0.2)


def filter_values(url: str) -> dict[str, list]:
    """Realistic values for every filter, read from the data behind the server."""
    stats = httpx.get(url + "/api/stats", timeout=120).json()
    sample = httpx.get(url + "/api/events", params={"limit": 500, "sort": "-id"}, timeout=120).json()["events"]
    if not sample:
        raise SystemExit("the database has no events to query")
    weeks = sorted(stats["by_week"])
    words = [w for e in sample for w in (e.get("title") or "").split() if len(w) >= 5]
    located = [e for e in sample if e.get("latitude") is not None]
    return {
        "country": [c for c in stats["by_country"] if c][:15],
        "event_type": [t for t in stats["by_event_type"] if t],
        "weeks": weeks,
        "actor": sorted({e["actor1"].split(" (")[0] for e in sample if e.get("actor1")})[:40],
        "admin1": sorted({e["admin1"] for e in sample if e.get("admin1")})[:40],
        "q": sorted(set(words))[:200],
        "points": [(e["longitude"], e["latitude"]) for e in located],
    }


def random_query(values: dict, rng: random.Random) -> tuple[str, dict]:
    def date_range():
        if len(values["weeks"]) < 2:
            return {}
        a, b = sorted(rng.sample(values["weeks"], 2))
        return {"since": week_monday(a), "until": week_monday(b)}

    def bbox():
        lon, lat = rng.choice(values["points"])
        return {"bbox": f"{max(-180, lon - 2):.3f},{max(-90, lat - 2):.3f},{min(180, lon + 2):.3f},{min(90, lat + 2):.3f}"}

    makers = {
        "country": lambda: {"country": rng.choice(values["country"])} if values["country"] else {},
        "event_type": lambda: {"event_type": rng.choice(values["event_type"])},
        "dates": date_range,
        "actor": lambda: {"actor": rng.choice(values["actor"])} if values["actor"] else {},
        "admin1": lambda: {"admin1": rng.choice(values["admin1"])} if values["admin1"] else {},
        "q": lambda: {"q": rng.choice(values["q"])} if values["q"] else {},
        "bbox": bbox if values["points"] else lambda: {},
    }
    kinds = sorted(rng.sample(sorted(makers), rng.randint(1, 3)))
    params = {"limit": 100, "sort": rng.choice(["-event_date", "-fatalities", "event_date"])}
    for kind in kinds:
        params.update(makers[kind]())
    return "+".join(kinds), params


def week_monday(label: str) -> str:
    import datetime as dt
    year, week = label.split("-W")
    return dt.date.fromisocalendar(int(year), int(week), 1).isoformat()


def run_load(url: str, queries: list[tuple[str, dict]], concurrency: int) -> tuple[list[tuple[str, float, int]], float]:
    results: list[tuple[str, float, int]] = []
    lock = threading.Lock()
    cursor = iter(queries)

    def worker():
        with httpx.Client(base_url=url, timeout=120) as client:
            while True:
                with lock:
                    item = next(cursor, None)
                if item is None:
                    return
                kind, params = item
                started = time.perf_counter()
                status = client.get("/api/events", params=params).status_code
                elapsed = time.perf_counter() - started
                with lock:
                    results.append((kind, elapsed, status))

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return results, time.perf_counter() - started


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def report(results, wall: float, concurrency: int) -> None:
    latencies = [r[1] * 1000 for r in results]
    failures = [r for r in results if r[2] != 200]
    print(f"{len(results)} requests, concurrency {concurrency}, {wall:.1f} s: {len(results) / wall:.0f} requests/s")
    print(f"latency ms: p50 {percentile(latencies, 50):.1f}  p90 {percentile(latencies, 90):.1f}  "
          f"p99 {percentile(latencies, 99):.1f}  max {max(latencies):.1f}  mean {statistics.mean(latencies):.1f}")
    print(f"non-200 answers: {len(failures)}" + (f" (first: {failures[0]})" if failures else ""))
    by_filter = defaultdict(list)
    for kind, seconds, _ in results:
        for single in kind.split("+"):
            by_filter[single].append(seconds * 1000)
    print("latency ms by filter used (requests may combine filters):")
    for kind, values in sorted(by_filter.items()):
        print(f"  {kind:<11} n={len(values):<5} p50 {percentile(values, 50):7.1f}  p99 {percentile(values, 99):7.1f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    where = parser.add_mutually_exclusive_group(required=True)
    where.add_argument("--db", help="database to serve (SQLite path or postgresql:// URL)")
    where.add_argument("--url", help="a running rasd server, e.g. http://127.0.0.1:8000")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)

    process, url = start_server(args.db) if args.db else (None, args.url.rstrip("/"))
    try:
        rng = random.Random(args.seed)
        values = filter_values(url)
        health = httpx.get(url + "/api/health", timeout=60).json()
        print(f"server {url}: {health['events']} events")
        run_load(url, [random_query(values, rng) for _ in range(50)], args.concurrency)   # warm caches
        results, wall = run_load(url, [random_query(values, rng) for _ in range(args.requests)], args.concurrency)
        report(results, wall, args.concurrency)
    finally:
        if process:
            process.terminate()
            process.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
