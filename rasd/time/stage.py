"""Pipeline stage: every date expression of the article becomes a DATE mention."""
from __future__ import annotations

from ..document import Document, Mention
from .expressions import DateMention, find_dates

UNRESOLVED_WARNING = "relative dates left unresolved: no publication date"


class DateStage:
    name = "dates"
    requires = ("sentences",)
    provides = ("dates",)

    def __call__(self, doc: Document) -> None:
        found = find_dates(doc.text, doc.published)
        doc.mentions.extend(_as_mention(doc, date) for date in found)
        if doc.published is None and any(not date.resolved for date in found):
            doc.warnings.append(UNRESOLVED_WARNING)


def _iso(day) -> str | None:
    return day.isoformat() if day is not None else None


def _as_mention(doc: Document, date: DateMention) -> Mention:
    return Mention(
        date.start, date.end, date.text,
        kind="DATE",
        label=_iso(date.value) or "",
        sentence=doc.sentence_at(date.start),
        source="time",
        data={"value": _iso(date.value), "earliest": _iso(date.earliest), "latest": _iso(date.latest),
              "precision": date.precision, "kind": date.kind, "part_of_day": date.part_of_day},
    )
