"""`rasd serve`: arguments, refusals with clear messages, and a real server answering."""
from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import time

import httpx
import pytest

from rasd.api.cli import is_loopback, redact, register_commands

# The command as `rasd` runs it: a subcommand registered on an argparse parser.
RUN_SERVE = ("import argparse, sys; from rasd.api.cli import register_commands; "
             "parser = argparse.ArgumentParser(prog='rasd'); register_commands(parser.add_subparsers()); "
             "args = parser.parse_args(sys.argv[1:]); sys.exit(args.func(args))")


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="rasd")
    register_commands(parser.add_subparsers())
    return parser.parse_args(argv)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serves_on_loopback_port_8000_by_default():
    args = parse("serve")
    assert (args.host, args.port, args.db) == ("127.0.0.1", 8000, None)


@pytest.mark.parametrize("host,loopback", [("127.0.0.1", True), ("localhost", True), ("::1", True),
                                           ("0.0.0.0", False), ("192.168.1.4", False), ("example.org", False)])
def test_is_loopback(host, loopback):
    assert is_loopback(host) is loopback


def test_password_is_hidden_in_messages():
    assert redact("postgresql://rasd:s3cret@db:5432/rasd") == "postgresql://rasd:***@db:5432/rasd"


def test_missing_database_is_refused_with_a_hint(tmp_path, capsys):
    args = parse("serve", "--db", str(tmp_path / "nothing.db"))
    assert args.func(args) == 3
    assert "rasd ingest" in capsys.readouterr().err


def test_port_in_use_is_an_error_not_a_traceback(db_url, capsys):
    if db_url.startswith("postgresql"):
        pytest.skip("one backend is enough for argument handling")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        args = parse("serve", "--db", db_url, "--port", str(taken.getsockname()[1]))
        assert args.func(args) == 2
    assert "could not start" in capsys.readouterr().err


def test_serve_answers_over_http(db_url):
    if db_url.startswith("postgresql"):
        pytest.skip("one backend is enough for the process test")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-c", RUN_SERVE, "serve", "--db", db_url, "--port", str(port)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=1)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.stderr.read().decode()
                assert time.monotonic() < deadline, "server did not answer"
                time.sleep(0.1)
        assert health.json()["status"] == "ok"
        assert "<html" in httpx.get(f"http://127.0.0.1:{port}/").text
    finally:
        server.terminate()
        server.wait(timeout=10)
