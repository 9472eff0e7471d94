"""Fixtures shared by the whole test suite."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = PROJECT_ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (reference data, read-only); tests that need it skip where it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared reference data is not available")
    return SHARED_DIR


def _run_rasd(*args: str, stdin: bytes | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`rasd ARGS` in a fresh process, as a user runs it (text output decoded as UTF-8)."""
    done = subprocess.run([sys.executable, "-m", "rasd.cli", *map(str, args)], input=stdin,
                          capture_output=True, cwd=PROJECT_ROOT, timeout=timeout)
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


@pytest.fixture(scope="session")
def run_rasd():
    return _run_rasd
