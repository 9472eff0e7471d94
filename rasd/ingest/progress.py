"""Progress for long ingests: a live bar on a terminal, periodic log lines otherwise."""
from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, total: int | None = None, stream=None, interval: float = 10.0):
        self.stream = stream or sys.stderr
        self.total = total
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.interval = 0.2 if self.tty else interval
        self.started = time.monotonic()
        self._last = 0.0

    def update(self, done: int, counts: dict[str, int]) -> None:
        now = time.monotonic()
        if now - self._last < self.interval:
            return
        self._last = now
        self._write(done, counts, now - self.started)

    def finish(self, done: int, counts: dict[str, int]) -> None:
        if self.tty:
            self._write(done, counts, time.monotonic() - self.started)
            self.stream.write("\n")
            self.stream.flush()

    def _write(self, done: int, counts: dict[str, int], elapsed: float) -> None:
        rate = done / elapsed if elapsed > 0 else 0.0
        detail = " ".join(f"{k}={v}" for k, v in counts.items())
        if self.tty:
            self.stream.write("\r" + self._bar(done, rate) + f" {rate:6.1f} art/s {detail}\033[K")
        else:
            self.stream.write(f"ingest: {done} articles read, {rate:.1f}/s, {detail}\n")
        self.stream.flush()

    def _bar(self, done: int, rate: float) -> str:
        if not self.total:
            return f"{done} articles"
        fraction = min(1.0, done / self.total)
        filled = int(30 * fraction)
        eta = (self.total - done) / rate if rate > 0 else 0
        return (f"[{'#' * filled}{'.' * (30 - filled)}] {done}/{self.total} {fraction:4.0%}"
                f" ETA {int(eta) // 60:d}:{int(eta) % 60:02d}")
