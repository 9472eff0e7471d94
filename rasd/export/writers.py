"""Streaming writers: events arrive one by one and leave one by one (constant memory)."""
from __future__ import annotations

import csv
import datetime as dt
import json
from typing import Callable, Iterable, TextIO

from .acled import ACLED_COLUMNS, RASD_COLUMNS, acled_row


def write_acled_csv(events: Iterable[dict], out: TextIO) -> int:
    timestamp = int(dt.datetime.now(dt.timezone.utc).timestamp())
    writer = csv.DictWriter(out, fieldnames=ACLED_COLUMNS + RASD_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    n = 0
    for n, event in enumerate(events, 1):
        writer.writerow(acled_row(event, timestamp))
    return n


def write_jsonl(events: Iterable[dict], out: TextIO) -> int:
    n = 0
    for n, event in enumerate(events, 1):
        out.write(json.dumps(event, ensure_ascii=False) + "\n")
    return n


def _feature(event: dict) -> dict:
    has_point = event.get("latitude") is not None and event.get("longitude") is not None
    geometry = {"type": "Point", "coordinates": [event["longitude"], event["latitude"]]} if has_point else None
    properties = {k: v for k, v in event.items() if k not in ("latitude", "longitude")}
    return {"type": "Feature", "id": event["id"], "geometry": geometry, "properties": properties}


def write_geojson(events: Iterable[dict], out: TextIO) -> int:
    """A FeatureCollection written feature by feature; events without coordinates have null geometry."""
    out.write('{"type": "FeatureCollection", "features": [\n')
    n = 0
    for n, event in enumerate(events, 1):
        out.write((",\n" if n > 1 else "") + json.dumps(_feature(event), ensure_ascii=False))
    out.write("\n]}\n")
    return n


WRITERS: dict[str, Callable[[Iterable[dict], TextIO], int]] = {
    "acled-csv": write_acled_csv,
    "geojson": write_geojson,
    "jsonl": write_jsonl,
}
# Excel only recognises a UTF-8 CSV (Arabic columns) when it starts with a byte-order mark.
ENCODINGS = {"acled-csv": "utf-8-sig", "geojson": "utf-8", "jsonl": "utf-8"}
