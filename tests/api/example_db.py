"""Our small example corpus (data/example_articles.json), stored through the real Store.

Events are annotated by hand in the fixture rather than extracted, so the API and browser
tests check the API and the dashboard, not the current quality of the extraction.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from rasd.document import Actor, Document, Event, EventDate, Fatalities, Location, Span
from rasd.store import ArticleRecord, open_store

EXAMPLES = Path(__file__).parent / "data" / "example_articles.json"


def load_examples() -> list[dict]:
    return json.loads(EXAMPLES.read_text(encoding="utf-8"))


def span_of(text: str, phrase: str) -> tuple[int, int]:
    start = text.index(phrase)
    return start, start + len(phrase)


def make_actor(text: str, spec: dict | None) -> Actor | None:
    if not spec:
        return None
    start, end = span_of(text, spec["text"]) if spec["text"] else (None, None)
    return Actor(name=spec["name"], text=spec["text"], type_code=spec["type_code"], start=start, end=end)


def make_event(text: str, spec: dict) -> Event:
    start, end = span_of(text, spec["evidence"])
    loc = spec["location"]
    return Event(
        event_type=spec["event_type"], sub_event_type=spec["sub_event_type"], disorder_type=spec["disorder_type"],
        evidence=[Span(start, end, spec["evidence"])],
        actor1=make_actor(text, spec.get("actor1")), actor2=make_actor(text, spec.get("actor2")),
        location=Location(name=loc["name"], lat=loc["lat"], lon=loc["lon"], name_ar=loc["name_ar"],
                          country=loc["country"], country_code=loc["country_code"], admin1=loc["admin1"]),
        date=EventDate(value=spec["date"]), fatalities=Fatalities(value=spec["fatalities"]), notes=spec["notes"])


def make_document(example: dict) -> Document:
    doc = Document(text=example["text"], published=dt.date.fromisoformat(example["published"]),
                   title=example["title"], source=example["source"])
    doc.events = [make_event(example["text"], e) for e in example["events"]]
    return doc


def build_example_db(url: str) -> dict[str, int]:
    """Store every example in the database at `url`; returns article title → article id."""
    ids = {}
    with open_store(url) as store:
        for example in load_examples():
            record = ArticleRecord(text=example["text"], title=example["title"], published=example["published"],
                                   source=example["source"], url=example["url"])
            ids[example["title"]], _ = store.add_article(record, make_document(example))
    return ids
