"""The store commands as a user runs them: exit codes, output, clear errors."""
from __future__ import annotations

import argparse
import csv
import json

import pytest

from rasd.store.cli import register_commands


def run(*argv) -> int:
    parser = argparse.ArgumentParser(prog="rasd")
    register_commands(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args([str(a) for a in argv])
    return args.func(args)


@pytest.fixture
def db(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("اشتباكات في المدينة\nاندلعت اشتباكات في المدينة القديمة صباح اليوم.",
                                  encoding="utf-8")
    (folder / "b.txt").write_bytes(b"\x00\x01binary")
    path = tmp_path / "rasd.db"
    assert run("ingest", folder, "--db", path, "--quiet") == 0
    return path


def test_ingest_summary_and_stats(db, capsys, tmp_path):
    capsys.readouterr()
    assert run("ingest", tmp_path / "articles", "--db", db, "--quiet") == 0
    assert "new 0" in capsys.readouterr().out
    assert run("stats", "--db", db, "--format", "json") == 0
    stats = json.loads(capsys.readouterr().out)
    assert (stats["articles"], stats["failures"]) == (1, 1)


def test_search_marks_hits(db, capsys):
    assert run("search", "بالمدينة", "--db", db) == 0
    out = capsys.readouterr().out
    assert "«المدينة»" in out and "(1 of 1 articles)" in out


def test_export_csv_file(db, tmp_path, capsys):
    out = tmp_path / "events.csv"
    assert run("export", "--db", db, "--format", "acled-csv", "--out", out) == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")   # Excel needs the BOM for Arabic
    header = next(csv.reader(out.open(encoding="utf-8-sig")))
    assert header[:3] == ["event_id_cnty", "event_date", "year"]


@pytest.mark.parametrize("argv, message", [
    (("events", "--since", "2018-02-30"), "since must be an ISO date"),
    (("events", "--type", "Wars"), "unknown event type"),
    (("search", "..."), "contains no words"),
    (("stats", "--bbox", "a,b"), "four numbers"),
])
def test_bad_input_is_one_clear_line(db, capsys, argv, message):
    assert run(*argv, "--db", db) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_unreachable_postgres_is_a_clear_error(capsys):
    assert run("stats", "--db", "postgresql://nobody@127.0.0.1:1/none") == 2
    assert "cannot connect to PostgreSQL" in capsys.readouterr().err
