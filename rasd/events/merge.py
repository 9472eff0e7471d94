"""Merging mentions of one event (lede, quote, official confirmation) into one record.

GUIDE.md: same actors + same place + same day = one event. Two candidates merge when their
types agree and nothing they state contradicts: places within MERGE_KM of each other (or
one unstated/country-level), the same day (or one undated).
"""
from __future__ import annotations

import math
import re

from ..document import Document, Event
from ..lexicon.actors import same_side
from .detect import precedes
from .roles import DISRUPTED_WEAPONS, can_be_a_side
from .typing import refine

MERGE_KM = 60   # relative places ("45 km SW of X") sit tens of km from their anchor
WEAK_RANK = 0.45


class MergeStage:
    name = "merge"
    requires = ("typed",)
    provides = ("merged",)

    def __call__(self, doc: Document) -> None:
        kept: list[Event] = []
        title_end = doc.cache.get("title_end", 0)
        headlines = [e for e in doc.events if e.evidence[0].start < title_end and e.modality == "asserted"]
        for event in [e for e in doc.events if e not in headlines]:
            target = find_target(doc, kept, event) if event.modality == "asserted" else None
            if target is None and event.modality == "asserted" and points_back(doc, event):
                # "نأسف لوقوع هذا الهجوم": the attack already told, or one this article only recalls
                target = next((k for k in reversed(kept) if k.modality == "asserted" and may_meet(k, event)), None)
                if target is None:
                    event.modality = "background"
            if target is None:
                kept.append(event)
            else:
                absorb(target, event)
        for headline in headlines:
            target = headline_target(kept, headline)
            if target is None and any(k.event_type == headline.event_type for k in kept):
                # the body tells the act only as background: the headline's summary is too
                headline.modality = "background"
            if target is None:
                kept.insert(0, headline)
            else:
                absorb(target, headline)
        doc.events = kept


_DEMONSTRATIVE = re.compile(r"(?:^|\s)[وف]?(?:هذا|هذه|ذلك|تلك|هذين|هاتين)\s+$")


_DEFINITE = re.compile(r"[وف]?[بلك]?ال")


def points_back(doc: Document, event: Event) -> bool:
    """"هذا الهجوم", "تلك الغارات": a demonstrative names an act as one already known (before a
    definite noun only: "إلى ذلك فرقت الشرطة" is "besides", not a demonstrative)."""
    return event.trigger_start >= 0 and bool(_DEFINITE.match(doc.text, event.trigger_start)) and bool(
        _DEMONSTRATIVE.search(doc.text, max(0, event.trigger_start - 10), event.trigger_start))


def may_meet(a: Event, b: Event) -> bool:
    """An arrest and the attack it follows are two events, whatever refers to what (the looting
    of an attack is part of it)."""
    return (a.sub_event_type == ARRESTS) == (b.sub_event_type == ARRESTS)


ARRESTS = "Arrests"
AIR_STRIKE = "Air/drone strike"
INTERCEPTABLE = {"Shelling/artillery/missile attack", AIR_STRIKE}   # what air defences stop


def find_target(doc: Document, kept: list[Event], event: Event) -> Event | None:
    asserted = [k for k in kept if k.modality == "asserted" and may_meet(k, event) and not listed_apart(k, event)]
    target = next((k for k in asserted if compatible(k, event)), None)
    if target is None and refers_back(doc, event):
        # "الغارات", "الانفجار", "غاراته" with no date or place of their own refer back to the
        # latest event (a place carried over from an earlier sentence is no evidence against it)
        target = asserted[-1] if asserted else None
    if target is None and event.confidence < WEAK_RANK:
        # generic words ("الهجوم", "استهدف") once an event is known refer back to it
        target = next((k for k in reversed(asserted) if places_agree(k, event)), None)
    return target


def headline_target(kept: list[Event], headline: Event) -> Event | None:
    """A headline summarises the story: the first report of its kind, else the first event."""
    asserted = [k for k in kept if k.modality == "asserted"]
    same_kind = [k for k in asserted if k.event_type == headline.event_type and places_agree(k, headline)]
    return (same_kind or asserted or [None])[0]


def refers_back(doc: Document, event: Event) -> bool:
    """"المعارك أسفرت عن مقتل 17", "إن الصاروخ أطلق من صعدة": a definite act with no day or place
    of its own (a place carried over from the sentence before does not count)."""
    written_with_article = event.trigger_start >= 2 and doc.text[event.trigger_start - 2:event.trigger_start] == "ال"
    definite = (event.trigger.startswith("ال") or written_with_article
                or event.trigger.endswith(("ه", "ها", "هم")))
    own = event.evidence[0]
    placed_here = _stated(event.location) and own.start <= event.location.start < own.end
    return definite and not _dated(event) and not placed_here


def compatible(a: Event, b: Event) -> bool:
    # Actors are compared only when both mentions name a different target outright: a second
    # report often names the sides differently ("قوات حفتر" / "الجيش"), while place and day
    # tell most distinct events apart.
    return same_kind(a, b) and places_agree(a, b) and dates_agree(a, b) and not targets_differ(a, b)


def listed_apart(a: Event, b: Event) -> bool:
    """One act at a list of places ("قصف مدن معرة النعمان وخان شيخون") is one event at each
    (arguments.events_at_listed_places), however near the places are."""
    la, lb = a.location, b.location
    return (a.trigger_start == b.trigger_start >= 0 and la is not None and lb is not None
            and la.start is not None and lb.start is not None and la.start != lb.start)


def targets_differ(a: Event, b: Event) -> bool:
    """"Israel struck Iranian sites in Syria" and "Israel struck the Syrian batteries": two acts."""
    ta, tb = a.actor2, b.actor2
    if ta is None or tb is None or ta.start is None or tb.start is None or ta.name == tb.name:
        return False
    return ta.name not in _sides(b) and tb.name not in _sides(a)


def _sides(event: Event) -> set[str]:
    return {actor.name for actor in (event.actor1, event.actor2) if actor is not None}


def same_kind(a: Event, b: Event) -> bool:
    if a.event_type != b.event_type:
        # A protest and the "riot" the authorities call it are one demonstration; a generic
        # "هجوم" and the "هجوم كيماوي" that names it are one attack. The arrests that follow an
        # attack are another event.
        if not may_meet(a, b):
            return False
        kinds = {a.sub_event_type, b.sub_event_type}
        if DISRUPTED_WEAPONS in kinds and kinds & INTERCEPTABLE:
            # "اعترضت الدفاعات صاروخا فوق جازان" and "استهدفت بالصاروخ هدفا في جازان": the
            # weapon stopped is the strike claimed, when both name the same town
            return located_together(a, b)
        return b.confidence < WEAK_RANK or a.generic or a.disorder_type == b.disorder_type == "Demonstrations"
    if a.sub_event_type != b.sub_event_type and a.event_type == "Battles":
        # A clash and a territory change at one place are one event only on one stated day.
        return _dated(a) and _dated(b)
    return True


def _dated(event: Event) -> bool:
    return bool(event.date and event.date.expression)


def distance_km(a, b) -> float:
    p1, p2 = math.radians(a.lat), math.radians(b.lat)
    dp, dl = p2 - p1, math.radians(b.lon - a.lon)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def located_together(a: Event, b: Event) -> bool:
    """Both placed at a named town or closer (not a province or country), and near each other."""
    la, lb = a.location, b.location
    return (la is not None and lb is not None and la.lat is not None and lb.lat is not None
            and la.geo_precision < 3 and lb.geo_precision < 3 and distance_km(la, lb) <= MERGE_KM)


def places_agree(a: Event, b: Event) -> bool:
    la, lb = a.location, b.location
    if la is None or lb is None or la.lat is None or lb.lat is None:
        return True
    if la.geo_precision == 3 or lb.geo_precision == 3:
        return la.country_code == lb.country_code or not la.country_code or not lb.country_code
    return distance_km(la, lb) <= MERGE_KM + undirected_km(la) + undirected_km(lb)


_UNDIRECTED = re.compile(r"^(\d+(?:\.\d+)?) km from ")


def undirected_km(location) -> float:
    """"على بعد 65 كيلومترا من مكة" with no direction: anywhere on that circle, whose centre
    the location's point is."""
    m = _UNDIRECTED.match(location.relation or "")
    return float(m.group(1)) if m else 0.0


def dates_agree(a: Event, b: Event) -> bool:
    da, db = a.date, b.date
    if da is None or db is None or not da.expression or not db.expression:
        return True
    if da.of_report or db.of_report:
        # a statement dated Sunday can report Saturday's attack
        return _on_or_before(db, da) if da.of_report else _on_or_before(da, db)
    return da.value == db.value or _ranges_overlap(da, db)


def _on_or_before(act, report) -> bool:
    return (act.earliest or act.value or "") <= (report.latest or report.value or "")


def _ranges_overlap(da, db) -> bool:
    lo_a, hi_a = da.earliest or da.value, da.latest or da.value
    lo_b, hi_b = db.earliest or db.value, db.latest or db.value
    return bool(lo_a and lo_b and hi_a and hi_b and lo_a <= hi_b and lo_b <= hi_a)


def absorb(target: Event, other: Event) -> None:
    """Fold `other` into `target`: keep every evidence span and fill what target lacks."""
    target.evidence.extend(other.evidence)
    if target.generic and not other.generic and other.disorder_type != "Strategic developments" \
            and not armed_riot(target, other):
        # "هجوم" then "الهجوم الكيماوي": the weapon names the attack
        target.event_type, target.sub_event_type = other.event_type, other.sub_event_type
        target.disorder_type, target.generic = other.disorder_type, False
    elif target.event_type == other.event_type and precedes(other.sub_event_type, target.sub_event_type):
        target.sub_event_type = other.sub_event_type
    elif target.event_type == "Protests" and other.event_type == "Riots":
        # "حاصر آلاف المتظاهرين القنصلية" then "قبل أن يقتحموا المقر ويحرقوه": it turned into a riot
        target.event_type, target.sub_event_type = other.event_type, other.sub_event_type
        target.disorder_type = other.disorder_type
    if _stated(other.location) and (not _stated(target.location)
                                    or specificity(other.location) > specificity(target.location)):
        target.location = other.location
    if other.date and other.date.expression and (not (target.date and target.date.expression)
                                                  or (target.date.of_report and not other.date.of_report)
                                                  or more_precise(other.date, target.date)):
        target.date = other.date
    if other.fatalities and other.fatalities.value is not None and (
            not target.fatalities or target.fatalities.value is None):
        target.fatalities = other.fatalities
    for role, counterpart in (("actor1", "actor2"), ("actor2", "actor1")):
        mine, theirs = getattr(target, role), getattr(other, role)
        if theirs and theirs.start is not None and (mine is None or mine.start is None) \
                and not _opposes_nobody(theirs, getattr(target, counterpart)) \
                and (role == "actor2" or target.sub_event_type != AIR_STRIKE or can_be_a_side(theirs, target)):
            # never the side already on the other end, or its ally; only an air force strikes from the air
            setattr(target, role, theirs)
    target.confidence = max(target.confidence, other.confidence)
    refine(target)   # the merged arguments (a toll, a state target) can change the sub-type


def _opposes_nobody(actor, other) -> bool:
    """"مسلحون" ... "المسلحين": one side named twice; the coalition and the Yemeni army: allies."""
    return other is not None and same_side(actor.name, other.name)


ARMED_TYPE_CODES = (1, 2, 3, 4, 8)


def armed_riot(attack: Event, other: Event) -> bool:
    """"هاجم مستوطنون بالحجارة سيارة": an armed group named as the attacker is no mob of rioters,
    whatever weapon (stones) a later mention names."""
    actor = attack.actor1
    return other.event_type == "Riots" and actor is not None and actor.start is not None \
        and actor.type_code in ARMED_TYPE_CODES


def more_precise(date, than) -> bool:
    """"أوائل هذا الشهر" then "في التاسع من أغسطس": the day refines the month."""
    return date.time_precision < than.time_precision and _ranges_overlap(date, than)


def specificity(location) -> int:
    """Relative places with a distance ("45 km SW of Sirte") beat the bare anchor city."""
    from .arguments import PLACE_SPECIFICITY
    return 10 * bool(location.relation) + PLACE_SPECIFICITY.get(location.feature, 3)


def _stated(location) -> bool:
    return location is not None and location.start is not None
