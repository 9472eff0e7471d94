"""`rasd serve`: the API and dashboard over a database, on loopback unless told otherwise."""
from __future__ import annotations

import argparse
import ipaddress
import re
import sys
from pathlib import Path

from rasd.cli import EXIT_INPUT, EXIT_USAGE
from rasd.store import default_url


def register_commands(subparsers) -> None:
    serve = subparsers.add_parser(
        "serve", help="serve the dashboard and HTTP API over a database",
        description="Serve the dashboard (http://HOST:PORT/) and the JSON API (/api/...) over a rasd database.")
    serve.add_argument("--db", default=None,
                       help="SQLite path or postgresql:// URL (default: $RASD_DB, else rasd.db)")
    serve.add_argument("--host", default="127.0.0.1",
                       help="address to bind (default 127.0.0.1: this machine only; the API has no authentication)")
    serve.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    serve.set_defaults(func=run_serve)


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def redact(db: str) -> str:
    """The database URL without its password, fit for messages."""
    return re.sub(r"(://[^:/@]*):[^@]*@", r"\1:***@", db)


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app

    db = args.db or default_url()
    if not db.startswith(("postgresql:", "postgres:")) and not Path(db).is_file():
        print(f"rasd serve: no database at {db}; create one with: rasd ingest ARTICLES --db {db}", file=sys.stderr)
        return EXIT_INPUT
    if not 0 < args.port < 65536:
        print(f"rasd serve: port must be 1-65535, got {args.port}", file=sys.stderr)
        return EXIT_USAGE
    if not is_loopback(args.host):
        print(f"rasd serve: warning: binding {args.host} exposes the API, which has no authentication, "
              "to other machines", file=sys.stderr)
    try:
        app = create_app(db)
    except Exception as exc:  # any driver error: the user needs the message, not a traceback
        print(f"rasd serve: cannot open database {redact(db)}: {exc}", file=sys.stderr)
        return EXIT_INPUT
    print(f"rasd: dashboard at http://{args.host}:{args.port}/  (Ctrl+C to stop)", file=sys.stderr)
    try:
        uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    except SystemExit:  # uvicorn exits when it cannot bind the port; it has logged why
        print(f"rasd serve: the server could not start on {args.host}:{args.port}", file=sys.stderr)
        return EXIT_USAGE
    return 0
