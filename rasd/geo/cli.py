"""`rasd gazetteer build | import FILE | lookup NAME` (wired into rasd/cli.py by register_commands)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import index
from .gazetteer import Gazetteer
from .importers import import_file
from .sources import GazetteerDataError


def register_commands(subparsers) -> None:
    parser = subparsers.add_parser("gazetteer", help="build, extend and query the place index")
    commands = parser.add_subparsers(dest="gazetteer_command", required=True)

    build = commands.add_parser("build", help="rebuild the place index in the cache directory")
    build.set_defaults(func=_build)

    imp = commands.add_parser("import", help="add a GeoNames dump or Who's On First TSV to your index")
    imp.add_argument("file", type=Path)
    imp.set_defaults(func=_import)

    lookup = commands.add_parser("lookup", help="list places with a given Arabic or English name")
    lookup.add_argument("name")
    lookup.add_argument("--country", help="ISO alpha-2 code, e.g. LY")
    lookup.set_defaults(func=_lookup)


def _build(args: argparse.Namespace) -> int:
    files = index.index_files()
    stats = index.build(files)
    Gazetteer.reset_default()
    print(f"built {files.sqlite.parent}: {stats['places']} places, {stats['text_keys']} text keys "
          f"in {stats['seconds']} s")
    return 0


def _import(args: argparse.Namespace) -> int:
    try:
        target, count = import_file(args.file, index.import_dir())
    except (GazetteerDataError, UnicodeDecodeError) as exc:
        print(f"rasd gazetteer import: {exc}", file=sys.stderr)
        return 2
    print(f"imported {count} places with Arabic names from {args.file} into {target}")
    return _build(args)


def _lookup(args: argparse.Namespace) -> int:
    places = Gazetteer.default().lookup(args.name, args.country)
    if not places:
        print(f"no place called {args.name!r}", file=sys.stderr)
        return 1
    for p in places:
        print(f"{p.display_name}\t{p.name_ar}\t{p.lat:.4f},{p.lon:.4f}\t{p.country_code}\t{p.admin1}\t"
              f"{p.feature}\t{p.population}\t{p.id}")
    return 0
