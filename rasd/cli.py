"""The `rasd` command.

Exit codes: 0 success (an article with no events, or with warnings, is still a success);
2 bad usage (unknown option, malformed --date); 3 unreadable input (missing file, a
directory, binary data, undecodable text, over the size limit); 4 internal error.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

from . import __version__

EXIT_OK, EXIT_USAGE, EXIT_INPUT, EXIT_INTERNAL = 0, 2, 3, 4


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="rasd", description="Arabic news → ACLED-style event data")
    parser.add_argument("--version", action="version", version=f"rasd {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    _add_extract(commands)
    _add_evaluate(commands)
    for register in _command_modules():
        register(commands)
    return parser


def _command_modules():
    from .api.cli import register_commands as api
    from .geo.cli import register_commands as geo
    from .ner.cli import register_commands as ner
    from .store.cli import register_commands as store
    return [store, geo, ner, api]


def _add_extract(commands) -> None:
    p = commands.add_parser("extract", help="extract events from one article (text, HTML or JSON file; - for stdin)")
    p.add_argument("file")
    p.add_argument("--date", help="publication date YYYY-MM-DD (anchors 'yesterday', 'last Monday')")
    p.add_argument("--format", choices=("table", "json"), default="table")
    p.add_argument("--all", action="store_true", help="also print background, totals, threats and denials")
    p.set_defaults(func=run_extract)


def _add_evaluate(commands) -> None:
    p = commands.add_parser("evaluate", help="score extraction against gold annotation files")
    p.add_argument("gold", nargs="+", help="gold .json files or folders of them")
    p.add_argument("--corpus-dir", help="where gold files that cite a corpus find it (default: ../corpus beside the gold folder)")
    p.add_argument("--verbose", action="store_true", help="list every error per document")
    p.set_defaults(func=run_evaluate)


def run_extract(args) -> int:
    from .extraction import parse_date
    from .reader import read_article
    from .extraction import InputError
    import rasd
    try:
        published = parse_date(args.date)
    except InputError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    try:
        article = read_article(args.file)
    except InputError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    doc = rasd.extract(article.text, article.published or published, title=article.title, doc_id=article.doc_id)
    if published:
        doc.published = published
    for warning in article.warnings + doc.warnings:
        print(f"rasd: warning: {warning}", file=sys.stderr)
    if args.format == "json":
        json.dump(doc.to_dict(include_all=args.all), sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
    else:
        print_table(doc, include_all=args.all)
    return EXIT_OK


def print_table(doc, include_all: bool = False) -> None:
    events = doc.events if include_all else doc.reportable_events()
    if not events:
        print("no events")
        return
    for i, e in enumerate(events, 1):
        loc = e.location.name if e.location else "?"
        date = e.date.value if e.date and e.date.value else "?"
        dead = e.fatalities.value if e.fatalities and e.fatalities.value is not None else "-"
        a1 = e.actor1.name if e.actor1 else "?"
        a2 = e.actor2.name if e.actor2 else "-"
        flag = "" if e.reportable else f" [{e.modality}]"
        print(f"{i:>2}. {date}  {e.event_type} / {e.sub_event_type}{flag}")
        print(f"    {a1}  →  {a2}")
        print(f"    {loc}   fatalities: {dead}")
        print(f"    {e.notes}")


def run_evaluate(args) -> int:
    from .evaluate import evaluate_paths, format_report
    from .extraction import InputError
    try:
        report = evaluate_paths(args.gold, corpus_dir=args.corpus_dir)
    except InputError as exc:
        print(f"rasd: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print(format_report(report, verbose=args.verbose))
    print(json.dumps(report["metrics"]))
    return EXIT_OK


def main(argv=None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as exc:  # noqa: BLE001 - users get one line and exit code 4, not a traceback
        if os.environ.get("RASD_DEBUG"):
            raise
        print(f"rasd: internal error: {type(exc).__name__}: {exc} (RASD_DEBUG=1 shows the traceback)",
              file=sys.stderr)
        return EXIT_INTERNAL


if __name__ == "__main__":
    sys.exit(main())
