"""Scoring one article: pair system events with gold events, then check them field by field.

The rules are those of ../shared/eval/FORMAT.md and GUIDE.md:
- a system event matches a gold event when its evidence span overlaps one of the gold
  evidence strings; same event type is preferred, then larger overlap, then required gold,
  then the earlier system event; each side is used at most once;
- gold marked `required: false` is neither rewarded nor punished, and neither is a system
  event that overlaps only such gold;
- every other unmatched system event is a false positive: `duplicate` (it overlaps gold that
  another system event already took), `not_event` (it overlaps a gold not_events span) or
  `spurious`; evidence longer than MAX_EVIDENCE_CHARS counts as no evidence.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .names import name_key, names_match

MAX_EVIDENCE_CHARS = 600
FIELDS = ("event_type", "sub_event_type", "actor1", "actor2", "location", "date", "fatalities")
DEFAULT_TOLERANCE_KM = 25
EARTH_RADIUS_KM = 6371.0
# ACLED gives actor order a meaning only when one side is the victim.
ORDERED_ACTOR_TYPES = ("Violence against civilians",)

ENTITY_CLASS = {"PER": "PER", "PERSON": "PER", "ORG": "ORG", "ORGANIZATION": "ORG", "NORP": "ORG",
                "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC", "FAC": "LOC"}

Interval = tuple[int, int]


@dataclass
class DocumentScore:
    doc_id: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    full: int = 0
    fields: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in FIELDS})
    entities: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0
    failure: str | None = None


class _Candidate(NamedTuple):
    """One overlapping (system, gold) pair; tuple order is the preference order."""
    same_type: bool
    overlap: int
    gold_required: bool
    earlier_system: int      # the negated system index, so that earlier events sort first
    gold_id: str

    @property
    def system_index(self) -> int:
        return -self.earlier_system


def occurrences(text: str, needle: str) -> list[Interval]:
    """Every (possibly overlapping) occurrence of needle in text."""
    found, at = [], text.find(needle) if needle else -1
    while at >= 0:
        found.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return found


def overlap(a: Interval, b: Interval) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def evidence_interval(event: dict, text: str) -> Interval | None:
    """Where the system says it read the event: its offsets, else the first place its text occurs."""
    evidence = event.get("evidence") or {}
    if isinstance(evidence, str):
        evidence = {"text": evidence}
    start, end = evidence.get("start"), evidence.get("end")
    if not (isinstance(start, int) and isinstance(end, int)):
        found = occurrences(text, evidence.get("text") or "")
        if not found:
            return None
        start, end = found[0]
    if end <= start or end - start > MAX_EVIDENCE_CHARS:
        return None
    return start, end


def _candidates(system_events: list[dict], gold_events: dict[str, dict], text: str) -> list[_Candidate]:
    gold_intervals = {gid: [iv for s in g["evidence"] for iv in occurrences(text, s)]
                      for gid, g in gold_events.items()}
    candidates = []
    for index, event in enumerate(system_events):
        interval = evidence_interval(event, text)
        if interval is None:
            continue
        for gid, intervals in gold_intervals.items():
            best = max((overlap(interval, iv) for iv in intervals), default=0)
            if best:
                accepted = gold_events[gid].get("event_type", [event.get("event_type")])
                candidates.append(_Candidate(event.get("event_type") in accepted, best,
                                             bool(gold_events[gid].get("required")), -index, gid))
    return sorted(candidates, reverse=True)


def pair_events(candidates: list[_Candidate]) -> dict[int, str]:
    """Greedy one-to-one pairing in preference order: system index -> gold id."""
    system_to_gold: dict[int, str] = {}
    taken: set[str] = set()
    for c in candidates:
        if c.system_index not in system_to_gold and c.gold_id not in taken:
            system_to_gold[c.system_index] = c.gold_id
            taken.add(c.gold_id)
    return system_to_gold


def actor_forms(actor: Any) -> list[str]:
    if not actor:
        return []
    if isinstance(actor, str):
        return [actor]
    forms = [actor.get(k) for k in ("name", "text", "name_ar", "name_en")] + list(actor.get("aliases") or [])
    return [f for f in forms if isinstance(f, str)]


def field_value(value: Any) -> Any:
    return value.get("value") if isinstance(value, dict) else value


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    h = (math.sin((phi2 - phi1) / 2) ** 2
         + math.cos(phi1) * math.cos(phi2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2)
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def _actors_correct(event: dict, gold: dict) -> dict[str, bool]:
    roles = [r for r in ("actor1", "actor2") if gold.get(r)]
    as_given = {r: names_match(actor_forms(event.get(r)), gold[r]) for r in roles}
    ordered = any(t in gold.get("event_type", []) for t in ORDERED_ACTOR_TYPES)
    if ordered or len(roles) < 2:
        return as_given
    swapped = {"actor1": names_match(actor_forms(event.get("actor2")), gold["actor1"]),
               "actor2": names_match(actor_forms(event.get("actor1")), gold["actor2"])}
    return swapped if sum(swapped.values()) > sum(as_given.values()) else as_given


def _location_correct(location: Any, gold_location: dict) -> bool:
    location = location if isinstance(location, dict) else {}
    lat, lon = location.get("lat"), location.get("lon")
    if not (isinstance(lat, (int, float)) and isinstance(lon, (int, float))):
        return False
    distance = haversine_km(lat, lon, gold_location["lat"], gold_location["lon"])
    return distance <= gold_location.get("tolerance_km", DEFAULT_TOLERANCE_KM)


def _date_correct(date: Any, gold_range: dict) -> bool:
    try:
        day = dt.date.fromisoformat(str(field_value(date))[:10])
        return dt.date.fromisoformat(gold_range["from"]) <= day <= dt.date.fromisoformat(gold_range["to"])
    except ValueError:
        return False


def check_fields(event: dict, gold: dict) -> dict[str, bool]:
    """Which fields of a matched system event are right; fields the gold leaves empty are not checked."""
    checks = {"event_type": event.get("event_type") in gold.get("event_type", []),
              "sub_event_type": event.get("sub_event_type") in gold.get("sub_event_type", [])}
    checks.update(_actors_correct(event, gold))
    if gold.get("location"):
        checks["location"] = _location_correct(event.get("location"), gold["location"])
    if gold.get("date"):
        checks["date"] = _date_correct(event.get("date"), gold["date"])
    if gold.get("fatalities"):
        checks["fatalities"] = field_value(event.get("fatalities")) in gold["fatalities"]["accept"]
    return checks


def _false_positive_kind(event: dict, touched: set[str], text: str, not_event_intervals: list[Interval]) -> str:
    if touched:
        return "duplicate"
    interval = evidence_interval(event, text)
    if interval and any(overlap(interval, iv) for iv in not_event_intervals):
        return "not_event"
    return "spurious"


def _evidence_quote(event: dict) -> str:
    evidence = event.get("evidence") or ""
    return evidence.get("text") or "" if isinstance(evidence, dict) else str(evidence)


def _short(value: Any, limit: int) -> str:
    return json.dumps(value, ensure_ascii=False, default=str)[:limit]


def score_events(gold: dict, text: str, prediction: dict, score: DocumentScore) -> None:
    gold_events = {g["id"]: g for g in gold.get("events", [])}
    system_events = prediction.get("events") or []
    candidates = _candidates(system_events, gold_events, text)
    system_to_gold = pair_events(candidates)
    not_event_intervals = [iv for ne in gold.get("not_events", []) for iv in occurrences(text, ne["evidence"])]
    for index, event in enumerate(system_events):
        gid = system_to_gold.get(index)
        if gid is None:
            touched = {c.gold_id for c in candidates if c.system_index == index}
            if touched and not any(gold_events[g].get("required") for g in touched):
                continue
            kind = _false_positive_kind(event, touched, text, not_event_intervals)
            score.fp += 1
            score.errors.append(f"FP[{kind}] {event.get('event_type')}/{event.get('sub_event_type')}: "
                                f"{_evidence_quote(event)[:80]!r}")
            continue
        if not gold_events[gid].get("required"):
            continue
        score.tp += 1
        checks = check_fields(event, gold_events[gid])
        for name, ok in checks.items():
            score.fields[name][0] += ok
            score.fields[name][1] += 1
            if not ok:
                score.errors.append(f"{gid}.{name} wrong: {_short(event.get(name), 120)}")
        score.full += all(checks.values())
    matched = set(system_to_gold.values())
    for gid, g in gold_events.items():
        if g.get("required") and gid not in matched:
            score.fn += 1
            score.errors.append(f"FN {gid}: {g.get('what', '')}")


def score_entities(gold: dict, prediction: dict) -> dict[str, int]:
    """Entity items: a system (class, name) is right when a gold entity of that class has the form;
    forms listed as optional are not counted either way."""
    gold_entities = gold.get("entities") or []
    optional = {name_key(t) for t in gold.get("entities_optional", [])}
    system_items = {(ENTITY_CLASS.get(str(e.get("type", "")).upper()), name_key(e.get("text", "")))
                    for e in prediction.get("entities") or [] if e.get("text")}
    right = counted = 0
    found: set[int] = set()
    for cls, key in system_items:
        hits = {k for k, g in enumerate(gold_entities)
                if ENTITY_CLASS.get(g["type"]) == cls and any(name_key(t) == key for t in g["text"])}
        if hits:
            right, counted = right + 1, counted + 1
            found |= hits
        elif key not in optional:
            counted += 1
    return {"tp_items": right, "sys_items": counted, "gold": len(gold_entities), "gold_found": len(found)}


def score_document(gold: dict, text: str, prediction: dict) -> DocumentScore:
    score = DocumentScore(doc_id=gold.get("doc_id", ""))
    score_events(gold, text, prediction, score)
    score.entities = score_entities(gold, prediction)
    return score
