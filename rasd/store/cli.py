"""`rasd ingest | events | search | export | stats`: the store from the command line.

`register_commands(subparsers)` adds the commands to the main `rasd` parser; each handler
returns an exit code and turns bad input into a one-line message (exit 2), never a traceback.
"""
from __future__ import annotations

import argparse
import contextlib
import json
import sys
from typing import Callable

from . import default_url, open_store
from .filters import EVENT_TYPES

_FILTERS = ("since", "until", "country", "admin1", "event_type", "sub_event_type", "actor", "q", "bbox")


def _guarded(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except (ValueError, ConnectionError, OSError) as exc:
            print(f"rasd {args.command}: error: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            print(f"rasd {args.command}: interrupted (committed batches are kept; run again to resume)",
                  file=sys.stderr)
            return 130
    return run


def _add_db(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", default=None,
                        help="SQLite file or postgresql:// URL (default: $RASD_DB, else ./rasd.db)")


def _add_filters(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("filters")
    group.add_argument("--since", help="first event date, YYYY-MM-DD")
    group.add_argument("--until", help="last event date, YYYY-MM-DD")
    group.add_argument("--country", help="country name or ISO code (e.g. Yemen, YE)")
    group.add_argument("--admin1", help="first-level region (e.g. Al Hudaydah)")
    group.add_argument("--type", dest="event_type", help="event type: " + ", ".join(EVENT_TYPES))
    group.add_argument("--sub-type", dest="sub_event_type", help="ACLED sub-event type, e.g. 'Air/drone strike'")
    group.add_argument("--actor", help="part of an actor name (English or Arabic)")
    group.add_argument("--q", help="Arabic full-text query over the articles")
    group.add_argument("--bbox", help="min_lon,min_lat,max_lon,max_lat")


def _filters(args: argparse.Namespace) -> dict:
    return {name: getattr(args, name) for name in _FILTERS if getattr(args, name, None) is not None}


# -- ingest -------------------------------------------------------------------------------------
def _ingest(args: argparse.Namespace) -> int:
    from rasd.ingest import ingest
    from rasd.ingest.progress import Progress
    with contextlib.closing(open_store(args.db)) as store:
        summary = ingest(store, args.paths, workers=args.workers, batch_size=args.batch_size,
                         progress=None if args.quiet else Progress())
    print(f"read {summary.read}, new {summary.new}, re-extracted {summary.reextracted}, "
          f"duplicates skipped {summary.duplicates}, failed {summary.failed}, events {summary.events}")
    for failure in summary.failures[:10]:
        print(f"  failed: {failure.source}: {failure.reason}")
    if summary.failed:
        print(f"  (all failures are in the ingest_failures table of {args.db or default_url()}"
              + (f"; written to {args.failures_out}" if args.failures_out else "") + ")")
    if args.failures_out:
        with open(args.failures_out, "w", encoding="utf-8") as out:
            for failure in summary.failures:
                out.write(json.dumps({"source": failure.source, "reason": failure.reason}, ensure_ascii=False) + "\n")
    return 0


# -- events -------------------------------------------------------------------------------------
_TABLE_COLUMNS = (("id", 6), ("event_date", 10), ("event_type", 26), ("country", 12), ("location", 18),
                  ("actor1", 24), ("fatalities", 4))


def _print_table(events: list[dict]) -> None:
    print("  ".join(name[:width].ljust(width) for name, width in _TABLE_COLUMNS))
    for event in events:
        cells = ("" if event.get(name) is None else str(event.get(name)) for name, _ in _TABLE_COLUMNS)
        print("  ".join(cell[:width].ljust(width) for cell, (_, width) in zip(cells, _TABLE_COLUMNS)))


def _events(args: argparse.Namespace) -> int:
    with contextlib.closing(open_store(args.db)) as store:
        events = store.query_events(limit=args.limit, offset=args.offset, sort=args.sort, **_filters(args))
        total = store.count_events(**_filters(args))
    if args.format == "json":
        print(json.dumps(events, ensure_ascii=False, indent=2))
    elif args.format == "jsonl":
        for event in events:
            print(json.dumps(event, ensure_ascii=False))
    else:
        _print_table(events)
        print(f"({len(events)} of {total} events)")
    return 0


# -- search -------------------------------------------------------------------------------------
def _search(args: argparse.Namespace) -> int:
    with contextlib.closing(open_store(args.db)) as store:
        hits = store.search_articles(args.query, limit=args.limit, offset=args.offset)
        total = store.count_articles(args.query)
    if args.format == "json":
        print(json.dumps(hits, ensure_ascii=False, indent=2))
        return 0
    for hit in hits:
        snippet, marked, last = hit["snippet"], [], 0
        for start, end in hit["highlights"]:
            marked += [snippet[last:start], "«", snippet[start:end], "»"]
            last = end
        marked.append(snippet[last:])
        print(f"[{hit['id']}] {hit['published'] or '?'} {hit['source']}: {hit['title']}")
        print("    " + "".join(marked).replace("\n", " "))
    print(f"({len(hits)} of {total} articles)")
    return 0


# -- export -------------------------------------------------------------------------------------
def _export(args: argparse.Namespace) -> int:
    from rasd.export import ENCODINGS, export_events
    with contextlib.closing(open_store(args.db)) as store:
        events = store.iter_events(**_filters(args))
        if args.out in (None, "-"):
            count = export_events(events, args.format, sys.stdout)
        else:
            with open(args.out, "w", encoding=ENCODINGS[args.format], newline="") as out:
                count = export_events(events, args.format, out)
    print(f"exported {count} events" + (f" to {args.out}" if args.out not in (None, "-") else ""), file=sys.stderr)
    return 0


# -- stats --------------------------------------------------------------------------------------
def _stats(args: argparse.Namespace) -> int:
    with contextlib.closing(open_store(args.db)) as store:
        stats = store.stats(**_filters(args))
    if args.format == "json":
        print(json.dumps(stats, ensure_ascii=False, indent=2))
        return 0
    print(f"articles: {stats['articles']}  events: {stats['events']}  fatalities: {stats['fatalities']}  "
          f"ingest failures: {stats['failures']}")
    for title, key in (("by event type", "by_event_type"), ("by country", "by_country"), ("by ISO week", "by_week")):
        print(f"{title}:")
        for name, count in stats[key].items():
            print(f"  {name or '(unknown)'}: {count}")
    return 0


def _positive(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be >= 1")
    return number


def register_commands(subparsers) -> None:
    from rasd.export import FORMATS

    p = subparsers.add_parser("ingest", help="read articles (files, folders, .jsonl[.gz], RSS/Atom) into the store")
    p.add_argument("paths", nargs="+", help="files or folders")
    _add_db(p)
    p.add_argument("--workers", type=_positive, default=1, help="extraction processes (default 1)")
    p.add_argument("--batch-size", type=_positive, default=200, help="articles per transaction and worker")
    p.add_argument("--failures-out", help="also write this run's failures to this JSONL file")
    p.add_argument("--quiet", action="store_true", help="no progress output")
    p.set_defaults(func=_guarded(_ingest))

    p = subparsers.add_parser("events", help="list stored events")
    _add_db(p)
    _add_filters(p)
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--sort", default="-event_date", help="event_date, fatalities, published, country, id; '-' = descending")
    p.add_argument("--format", choices=("table", "json", "jsonl"), default="table")
    p.set_defaults(func=_guarded(_events))

    p = subparsers.add_parser("search", help="Arabic full-text search over stored articles")
    p.add_argument("query")
    _add_db(p)
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--offset", type=int, default=0)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=_guarded(_search))

    p = subparsers.add_parser("export", help="export events: ACLED-style CSV, GeoJSON or JSONL")
    _add_db(p)
    _add_filters(p)
    p.add_argument("--format", choices=FORMATS, default="acled-csv")
    p.add_argument("--out", help="output file (default: standard output)")
    p.set_defaults(func=_guarded(_export))

    p = subparsers.add_parser("stats", help="counts by type, country and week")
    _add_db(p)
    _add_filters(p)
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(func=_guarded(_stats))
