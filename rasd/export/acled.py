"""Stored events → ACLED-style rows (ACLED's column names and conventions)."""
from __future__ import annotations

from .regions import region_of

ACLED_COLUMNS = ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
                 "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
                 "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
                 "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
                 "fatalities", "tags", "timestamp")
RASD_COLUMNS = ("evidence", "article_id", "rasd_event_id", "url", "actor1_ar", "actor2_ar", "location_ar")
CIVILIANS = 7   # ACLED inter code of civilians


def interaction(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's two-digit interaction code: the two inter codes, smaller first (10 = actor1 alone)."""
    if not inter1:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def _assoc(event: dict, side: int) -> str:
    """ACLED joins associated actors with '; '. The extraction keeps them with the actor1 side."""
    if side != 1:
        return ""
    return "; ".join(a.get("name", "") for a in event.get("assoc_actors") or [] if a.get("name"))


def acled_row(event: dict, timestamp: int) -> dict:
    """`timestamp`: ACLED's "when this row was last changed", Unix seconds (the export time)."""
    date = event.get("event_date") or ""
    civilian = event.get("inter2") == CIVILIANS or event.get("event_type") == "Violence against civilians"
    evidence = event.get("evidence") or []
    return {
        "event_id_cnty": f"RASD{event['id']}",
        "event_date": date,
        "year": date[:4],
        "time_precision": event.get("time_precision"),
        "disorder_type": event.get("disorder_type", ""),
        "event_type": event.get("event_type", ""),
        "sub_event_type": event.get("sub_event_type", ""),
        "actor1": event.get("actor1", ""),
        "assoc_actor_1": _assoc(event, 1),
        "inter1": event.get("inter1"),
        "actor2": event.get("actor2", ""),
        "assoc_actor_2": _assoc(event, 2),
        "inter2": event.get("inter2"),
        "interaction": interaction(event.get("inter1"), event.get("inter2")),
        "civilian_targeting": "Civilian targeting" if civilian else "",
        "iso": event.get("iso"),
        "region": region_of(event.get("country_code", "")),
        "country": event.get("country", ""),
        "admin1": event.get("admin1", ""),
        "admin2": "",
        "admin3": "",
        "location": event.get("location", ""),
        "latitude": event.get("latitude"),
        "longitude": event.get("longitude"),
        "geo_precision": event.get("geo_precision"),
        "source": event.get("source", ""),
        "source_scale": "",
        "notes": event.get("notes", ""),
        "fatalities": event.get("fatalities") or 0,
        "tags": "approximate fatalities" if event.get("fatalities_approximate") else "",
        "timestamp": timestamp,
        "evidence": " … ".join(span["text"] for span in evidence),
        "article_id": event.get("article_id"),
        "rasd_event_id": event.get("id"),
        "url": event.get("url", ""),
        "actor1_ar": event.get("actor1_ar", ""),
        "actor2_ar": event.get("actor2_ar", ""),
        "location_ar": event.get("location_ar", ""),
    }

