"""ACLED-style English notes and the primary evidence of each event."""
from __future__ import annotations

from ..document import Document, Event


class DescribeStage:
    name = "describe"
    requires = ("merged", "attribution")
    provides = ("events",)

    def __call__(self, doc: Document) -> None:
        title_end = doc.cache.get("title_end", 0)
        for event in doc.events:
            event.evidence.sort(key=lambda s: (s.start < title_end, s.start))
            event.notes = notes_for(event)


def notes_for(event: Event) -> str:
    when = f"On {event.date.value}" if event.date and event.date.value else "On an unstated date"
    who = event.actor1.name if event.actor1 else "unidentified actors"
    whom = f" against {event.actor2.name}" if event.actor2 else ""
    where = ""
    if event.location:
        country = f" ({event.location.country})" if event.location.country and event.location.country != event.location.name else ""
        where = f" in {event.location.name}{country}"
    what = event.sub_event_type.lower()
    toll = ""
    if event.fatalities and event.fatalities.value is not None:
        toll = f"; {event.fatalities.value} reported killed"
    return f"{when}, {who}: {what}{whom}{where}{toll}."
