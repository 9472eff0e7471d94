"""The document model every pipeline stage reads and extends.

Offsets (`start`, `end`) always index the original article text as given to `extract`.
Stages add layers (sentences, mentions, entities, events); nothing is ever rewritten in
place, so a later stage can always point back at the evidence an earlier one used.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass
class Span:
    start: int
    end: int
    text: str

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end


@dataclass
class Sentence(Span):
    index: int = 0


@dataclass
class Mention(Span):
    """A typed span found by a stage: kind is PLACE, ACTOR, PER, ORG, LOC, DATE, NUMBER, TRIGGER..."""

    kind: str = ""
    label: str = ""               # canonical name / sub-type of the thing mentioned
    sentence: int = -1
    source: str = ""              # which stage or resource produced it ("actors.tsv", "crf")
    data: dict[str, Any] = field(default_factory=dict)


@dataclass
class Entity:
    """A named entity of the article: one record per referent, all its surface forms."""

    type: str                     # PER / ORG / LOC
    text: str                     # first surface form
    name: str = ""                # canonical (English) name when known
    forms: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    subtype: str = ""


@dataclass
class Actor:
    name: str                     # canonical ACLED-style English name
    text: str = ""                # Arabic surface form in the article
    type_code: int | None = None  # ACLED inter code 1-8
    country: str = ""
    start: int | None = None
    end: int | None = None


@dataclass
class Location:
    name: str
    lat: float | None = None
    lon: float | None = None
    name_ar: str = ""
    country: str = ""
    country_code: str = ""
    admin1: str = ""
    geo_precision: int = 1        # ACLED: 1 named place, 2 near/part of region, 3 province
    text: str = ""
    start: int | None = None
    end: int | None = None
    relation: str = ""            # e.g. "45 km SW of Sirte"
    feature: str = ""             # place kind: city, neighbourhood, admin1, country...


@dataclass
class EventDate:
    value: str | None             # ISO date, or None when unresolved
    time_precision: int = 1       # ACLED: 1 day, 2 week, 3 month
    expression: str = ""
    earliest: str | None = None
    latest: str | None = None
    start: int | None = None
    end: int | None = None
    of_report: bool = False       # the day it was reported ("أدانت ... الأحد"): the act was on or before it


@dataclass
class Fatalities:
    value: int | None
    expression: str = ""
    approximate: bool = False
    wounded: int | None = None
    start: int | None = None
    end: int | None = None


@dataclass
class Event:
    event_type: str
    sub_event_type: str
    disorder_type: str
    evidence: list[Span]
    actor1: Actor | None = None
    actor2: Actor | None = None
    assoc_actors: list[Actor] = field(default_factory=list)
    location: Location | None = None
    date: EventDate | None = None
    fatalities: Fatalities | None = None
    attribution: str = ""
    modality: str = "asserted"    # asserted / background / total / threat / negated / ...
    confidence: float = 0.5
    notes: str = ""
    trigger: str = ""
    trigger_start: int = -1       # offsets of the trigger in the text (-1: not from detection)
    trigger_end: int = -1
    sentence: int = -1
    generic: bool = False         # typed by a generic word ("هجوم"): a specific mention may retype it

    @property
    def reportable(self) -> bool:
        return self.modality == "asserted"


@dataclass
class Document:
    text: str
    published: dt.date | None = None
    title: str = ""
    byline: str = ""
    source: str = ""
    doc_id: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    layers: set[str] = field(default_factory=set)   # what stages have added so far
    cache: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    def mentions_of(self, kind: str, sentence: int | None = None) -> list[Mention]:
        return [m for m in self.mentions
                if m.kind == kind and (sentence is None or m.sentence == sentence)]

    def sentence_at(self, offset: int) -> int:
        for s in self.sentences:
            if s.start <= offset < s.end:
                return s.index
        return -1

    def reportable_events(self) -> list[Event]:
        """The events an analyst counts: asserted ones, not background, totals, threats or denials."""
        return [e for e in self.events if e.reportable]

    def to_dict(self, include_all: bool = False) -> dict[str, Any]:
        """The JSON contract of `rasd extract --format json` (../shared/eval/FORMAT.md, plus more)."""
        events = self.events if include_all else self.reportable_events()
        return {
            "doc_id": self.doc_id,
            "published": self.published.isoformat() if self.published else None,
            "title": self.title,
            "byline": self.byline,
            "source": self.source,
            "events": [event_to_dict(e) for e in events],
            "entities": [item for e in self.entities for item in self._entity_items(e)],
            "warnings": list(self.warnings),
        }

    def _entity_items(self, entity: Entity) -> list[dict[str, Any]]:
        """One item per surface form ("سوريا" and "سورية" are both written forms of Syria, and a
        reader or scorer looking for either finds it), each naming its referent and all its forms."""
        record = asdict(entity)
        return [{**record, "text": form, "spans": [s for s in entity.spans if self.text[s[0]:s[1]] == form]}
                for form in entity.forms or [entity.text]]


def event_to_dict(event: Event) -> dict[str, Any]:
    primary = event.evidence[0] if event.evidence else None
    out = {
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "disorder_type": event.disorder_type,
        "actor1": asdict(event.actor1) if event.actor1 else None,
        "actor2": asdict(event.actor2) if event.actor2 else None,
        "assoc_actors": [asdict(a) for a in event.assoc_actors],
        "location": asdict(event.location) if event.location else None,
        "date": asdict(event.date) if event.date else None,
        "fatalities": asdict(event.fatalities) if event.fatalities else None,
        "evidence": asdict(primary) if primary else None,
        "all_evidence": [asdict(s) for s in event.evidence],
        "attribution": event.attribution,
        "modality": event.modality,
        "confidence": round(event.confidence, 3),
        "notes": event.notes,
    }
    return out
