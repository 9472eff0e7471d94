"""Exports of stored events: ACLED-style CSV, GeoJSON, JSONL, all streaming."""
from __future__ import annotations

from typing import Iterable, TextIO

from .acled import ACLED_COLUMNS, RASD_COLUMNS, acled_row, interaction
from .writers import ENCODINGS, WRITERS

FORMATS = tuple(WRITERS)


def export_events(events: Iterable[dict], fmt: str, out: TextIO) -> int:
    """Write `events` (dicts from Store.iter_events) to `out` in `fmt`; returns how many."""
    if fmt not in WRITERS:
        raise ValueError(f"unknown export format {fmt!r}; expected one of: {', '.join(FORMATS)}")
    return WRITERS[fmt](events, out)


__all__ = ["export_events", "FORMATS", "ENCODINGS", "ACLED_COLUMNS", "RASD_COLUMNS", "acled_row", "interaction"]
