"""Attaching arguments to candidate events: actors, location, date and fatalities.

Each field is taken from the event's own evidence sentence first, then from the nearest
earlier sentences of the article (a lede often names the place, the next sentence the
toll), and finally from article-level defaults (the article's country, the day before
publication), so every event carries the best guess the text supports.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ..document import Actor, Document, Event, EventDate, Fatalities, Location, Mention
from ..geo.capital import is_capital
from .context import alternation
from .detect import (BACKGROUND_DAYS, NO_CLAUSE_SINCE, QUOTE_MARKS, REPORT_VERB_BEFORE, act_dates, inside_quote,
                     trigger_clause, trigger_offset)
from .roles import BACKER_BEFORE, assign_roles, subject_country

LOOKBACK_SENTENCES = 2
_SPEAKER_PLACE = re.compile(rf"(?:{alternation('source_noun', 'report_verb')})(?:\s+\S+){{0,4}}\s+(?:من|في)\s*$")
PLACE_SPECIFICITY = {"neighbourhood": 6, "district": 5, "camp": 6, "base": 6, "airport": 6, "landmark": 6,
                     "village": 5, "town": 5, "city": 4, "region": 3, "admin1": 2, "country": 1}


class ArgumentStage:
    name = "arguments"
    requires = ("candidates", "actors", "places", "dates", "casualties")
    provides = ("arguments",)

    def __call__(self, doc: Document) -> None:
        events = []
        for event in doc.events:
            attach_location(doc, event)
            attach_actors(doc, event)
            attach_date(doc, event)
            attach_fatalities(doc, event)
            events += [event, *events_at_listed_places(doc, event)]
        doc.events = events


def context_sentences(doc: Document, event: Event) -> list[int]:
    """The event's sentence, then up to LOOKBACK_SENTENCES earlier ones, nearest first."""
    first = event.sentence
    return [first] + [i for i in range(first - 1, max(-1, first - 1 - LOOKBACK_SENTENCES), -1)]


def _is_speaker_place(doc: Document, mention: Mention) -> bool:
    sentence = doc.sentences[mention.sentence]
    before = doc.text[sentence.start:mention.start][-60:]
    return bool(_SPEAKER_PLACE.search(before))


_DATELINE_AFTER = re.compile(r"^[^\n]{0,40}?(?:--|—|\(|\s-\s)")


def is_dateline(doc: Document, mention: Mention) -> bool:
    """"دبي، الإمارات العربية المتحدة (CNN)--": where the story was filed, not where it happened."""
    line_start = doc.text.rfind("\n", 0, mention.start) + 1
    return mention.start - line_start < 40 and bool(_DATELINE_AFTER.match(doc.text[mention.end:mention.end + 60]))


def inside_actor(doc: Document, mention: Mention) -> bool:
    """"التحالف بقيادة السعودية" names an actor; its country is not the event's place."""
    return any(a.start <= mention.start and mention.end <= a.end and (a.end - a.start) > (mention.end - mention.start)
               for a in doc.mentions_of("ACTOR", mention.sentence))


# "ونسبت بكين", "قالت دمشق", "اتهمت طهران": a capital or country that speaks is its government.
_SPEAKING_PLACE_BEFORE = re.compile(rf"(?:^|\s)و?(?:{alternation('government_verb')})\s*[،,]?\s*$")
# "واشنطن تصف مقتل طفل ...": a capital or country opening a sentence, then a verb of speaking.
_SPEAKING_PLACE_AFTER = re.compile(rf"\s*[،,]?\s*(?:{alternation('headline_verb')})(?:\s|$)")
# "فجر الاثنين بتوقيت تونس": a time zone, not a place.
_TIME_ZONE_BEFORE = re.compile(rf"(?:{alternation('time_zone')})\s*$")


def location_candidates(doc: Document, index: int, event: Event | None = None) -> list[Mention]:
    return [p for p in doc.mentions_of("PLACE", index)
            if not _is_speaker_place(doc, p) and not is_dateline(doc, p) and not inside_actor(doc, p)
            and not _TIME_ZONE_BEFORE.search(doc.text[max(0, p.start - 8):p.start])
            and not BACKER_BEFORE.search(doc.text[max(0, p.start - 16):p.start])
            and not _SPEAKING_PLACE_BEFORE.search(doc.text[max(0, p.start - 16):p.start])
            and not speaks_first(doc, p) and not chanted(doc, p)
            and not _STREET_BEFORE.search(doc.text[max(0, p.start - 12):p.start])
            and not _ORIGIN_BEFORE.search(doc.text[max(0, p.start - 60):p.start])
            and not _LAUNCHED_FROM.search(doc.text[max(0, p.start - 30):p.start])
            and not sent_from(doc, p)
            # "شنت الولايات المتحدة وبريطانيا غارات": the attacking country is not the place
            and not (event is not None and index == event.sentence and p is subject_country(doc, event))
            and not (event is not None and event.event_type == "Protests" and in_protest_cause(doc, p))]


def names_a_government(place: Mention) -> bool:
    """The capital city itself ("دخول أنقرة الحملة"), not a town near it ("منطقة الكسوة")."""
    return place.data["place"].feature == "city" and is_capital(place.data["place"])


def in_protest_cause(doc: Document, place: Mention) -> bool:
    """"احتجاجات الاثنين بسبب نقل السفارة إلى القدس": the place a protest is about, not where it was."""
    return bool(_PROTEST_CAUSE_CLAUSE.search(doc.text[max(doc.sentences[place.sentence].start, place.start - 40):place.start]))


# "فندق على طريق مكة المكرمة": a street named after a city is not that city.
_STREET_BEFORE = re.compile(rf"(?:^|\s)[وفبل]?(?:ال)?(?:{alternation('street_noun')})\s+$")
# "شقيقه أصيل معتمدية بوحجلة من ولاية القيروان": a person's home is not where the act was.
_ORIGIN_BEFORE = re.compile(rf"(?:^|\s)(?:{alternation('origin')})(?:\s+[^\s،,.]+){{0,5}}\s+$")
_LAUNCHED_FROM = re.compile(rf"(?:^|\s)(?:{alternation('launch_origin')})\s+(?:ال)?(?:{alternation('place_noun')})?\s*$")
_FROM_BEFORE = re.compile(rf"(?:^|\s)من\s+(?:(?:ال)?(?:{alternation('place_noun')})\s+)?$")
_TOWARD_AFTER = re.compile(rf"^\s*(?:\S+\s+){{0,2}}?(?:{alternation('toward')})\s")


def sent_from(doc: Document, place: Mention) -> bool:
    """"صاروخين أطلقهما الحوثيون من صعدة باتجاه نجران": where a missile or a march set out from
    towards another place is not where it struck or arrived."""
    return bool(_FROM_BEFORE.search(doc.text, max(0, place.start - 20), place.start)) \
        and bool(_TOWARD_AFTER.match(doc.text[place.end:place.end + 40]))


_CHANT = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('chant')})(?=[\s:،,\"«])")
CHANT_REACH = 60   # characters before the opening quote


def chanted(doc: Document, place: Mention) -> bool:
    """"هتف المحتجون: "إيران بره بره"": a place in a slogan is not where the protest was."""
    sentence = doc.sentences[place.sentence]
    if not inside_quote(doc.text, sentence, place):
        return False
    opening = max(doc.text.rfind(q, sentence.start, place.start) for q in QUOTE_MARKS)
    return bool(_CHANT.search(doc.text, max(sentence.start, opening - CHANT_REACH), opening))


def speaks_first(doc: Document, place: Mention) -> bool:
    opening = doc.text[doc.sentences[place.sentence].start:place.start]
    return not opening.strip(" \n\tو") and bool(_SPEAKING_PLACE_AFTER.match(doc.text, place.end))


def in_container(doc: Document, place: Mention, places: list[Mention]) -> Mention:
    """"منطقة الخانق برداع": when a place is followed by the town or district it lies in and
    the gazetteer put it far from there (a namesake elsewhere), the container is the safer point."""
    for other in places:
        gap = doc.text[place.end:other.start]
        if other.start > place.end and _CONTAINER_GAP.match(gap) and _far_apart(place, other) \
                and not _within_province(place, other):
            return other
    return place


def _within_province(place: Mention, container: Mention) -> bool:
    """"مدينة زبيد بمحافظة الحديدة": a town of the province named is where it says, however far
    from the province's central point."""
    inner, outer = place.data["place"], container.data["place"]
    return outer.feature == "admin1" and bool(inner.admin1) and inner.admin1 == outer.admin1 \
        and inner.country_code == outer.country_code


_CONTAINER_GAP = re.compile(rf"^\s*(?:(?:ب|في\s+)(?:{alternation('place_noun')})?|في|، ?)\s*$")


def _far_apart(a: Mention, b: Mention) -> bool:
    from .merge import MERGE_KM, distance_km
    pa, pb = a.data["place"], b.data["place"]
    return pa.lat is not None and pb.lat is not None and distance_km(pa, pb) > MERGE_KM


def attach_location(doc: Document, event: Event) -> None:
    for index in context_sentences(doc, event):
        places = location_candidates(doc, index, event)
        if index == event.sentence:
            # "اعتبر نتنياهو أن إيران تجاوزت الخط الأحمر بعد قصف مواقع في سوريا": the act's clause
            opening, cutoff = trigger_clause(doc, event)
            condemned = condemned_from(doc, event)
            if any(condemned <= p.start <= cutoff and is_locative(doc, p) for p in places):
                opening = max(opening, condemned)   # the condemner's country is no place of the act
            places = [p for p in places if opening <= p.start <= cutoff] or places
            if any(is_locative(doc, p) for p in places):
                # "دخول أنقرة الحملة بشن غاراتها على مواقع في سوريا": a capital named without a
                # locative word stands for its government when another place says where
                places = [p for p in places if is_locative(doc, p) or not names_a_government(p)]
            # "وكلاء لمصالح أميركا": a foreign country named but not as where is no place of the act
            home = primary_country(doc)
            places = [p for p in places if p.data["place"].feature != "country" or is_locative(doc, p)
                      or (home is not None and p.data["place"].country_code == home.iso2)]
        else:
            # a country named in an earlier sentence (a supplier, a mediator) is no clue to where
            places = [p for p in places if p.data["place"].feature != "country"]
        if places:
            home = primary_country(doc)
            best = max(places, key=lambda p: (placement_rank(p), is_locative(doc, p),
                                              home is not None and p.data["place"].country_code == home.iso2,
                                              PLACE_SPECIFICITY.get(p.data["place"].feature, 3),
                                              bool(p.data.get("relation")), -p.start))
            event.location = location_from_mention(in_container(doc, best, places))
            return
    country = primary_country(doc)
    if country:
        event.location = country_location(country)


# Places of one level that a list may name together, each its own event.
_LIST_LEVEL = {"city": "town", "town": "town", "village": "town", "district": "town", "neighbourhood": "town",
               "camp": "town", "admin1": "admin1", "region": "region"}
# ", " / " و" / "، و" between two places of a list, a place noun may follow ("حلب ومدينة حماة"); in a
# list of directions, one word and the direction again ("صاروخ باتجاه نجران وآخر باتجاه جازان").
_LIST_GAP = re.compile(rf"^[\s\"«»“”]*(?:،\s*و?|و)\s*(?:(?:ال)?(?:{alternation('place_noun')})\s+"
                       rf"|\S+\s+(?:{alternation('toward')})\s+)?[\"«»“”]?$")
_LIST_OPENING = re.compile(rf"(?:^|\s)(?:[وبل]|في\s+)?(?:ال)?(?:{alternation('place_noun_plural')})\s+"
                           rf"(?:(?:مثل|منها)\s+)?$"
                           rf"|(?:^|\s)(?:كلا\s+من|{alternation('toward')})\s+$")
_BETWEEN = re.compile(rf"(?:^|\s)[وف]?بين\s+(?:(?:{alternation('place_noun', 'place_noun_plural')})\s+)?$")


def events_at_listed_places(doc: Document, event: Event) -> list[Event]:
    """GUIDE: one place, one event. "غارات على مدن معرة النعمان وخان شيخون وسراقب", "تظاهرات في
    محافظتي البصرة وذي قار": where the act's own place opens or belongs to a list of places of one
    level, each other place of the list gets a copy of the event (the toll stays with the first;
    not "بين X وY", a border or a front line, nor a list of countries, which name actors)."""
    listed = _place_list(doc, event)
    copies = []
    for place in listed[1:]:
        copy = dataclasses.replace(event, location=location_from_mention(place), fatalities=None,
                                   evidence=list(event.evidence), assoc_actors=list(event.assoc_actors))
        copies.append(copy)
    return copies


def _place_list(doc: Document, event: Event) -> list[Mention]:
    """The list of places the event's own place is in, the event's place first ([] if none)."""
    location = event.location
    if location is None or location.start is None or location.relation \
            or doc.sentence_at(location.start) != event.sentence:
        return []
    places = sorted(location_candidates(doc, event.sentence, event), key=lambda p: p.start)
    chosen = next((k for k, p in enumerate(places) if p.start == location.start), None)
    level = _LIST_LEVEL.get(location.feature)
    if chosen is None or level is None:
        return []
    first = last = chosen
    while first > 0 and _listed_together(doc, places[first - 1], places[first], level):
        first -= 1
    while last + 1 < len(places) and _listed_together(doc, places[last], places[last + 1], level):
        last += 1
    listed = places[first:last + 1]
    opening = doc.text[max(doc.sentences[event.sentence].start, listed[0].start - 25):listed[0].start]
    names = {p.data["place"].name for p in listed}
    if len(listed) < 2 or len(names) < len(listed) or _BETWEEN.search(opening) \
            or not (is_locative(doc, listed[0]) or _LIST_OPENING.search(opening)):
        return []
    return [places[chosen], *(p for p in listed if p is not places[chosen])]


def _listed_together(doc: Document, before: Mention, after: Mention, level: str) -> bool:
    return (_LIST_LEVEL.get(after.data["place"].feature) == level == _LIST_LEVEL.get(before.data["place"].feature)
            and not after.data.get("relation") and bool(_LIST_GAP.match(doc.text[before.end:after.start])))


NAMED_PLACE_SPECIFICITY = 4   # a city or anything smaller
# "في سوريا", "بمدينة", "قرب حلب": a place introduced as where something is, not as an actor
# ("اتهام إيران") or a target's owner.
_PLACE_NOUN = alternation("place_noun", "place_noun_plural")
_LOCATIVE_BEFORE = re.compile(rf"(?:(?:^|\s)(?:{alternation('locative')})(?:\s+(?:{_PLACE_NOUN}))?\s+"
                              rf"|(?:^|\s)و?ب(?:{_PLACE_NOUN})?\s*)$")


def is_locative(doc: Document, place: Mention) -> bool:
    return bool(_LOCATIVE_BEFORE.search(doc.text[max(0, place.start - 20):place.start]))


def placement_rank(place: Mention) -> int:
    """How precisely a mention places an event: "45 km SW of Sirte" (3) beats the named town
    "المخا" (2), which beats the direction it lies in, "غربي محافظة تعز" (1), and a bare
    province or country (0)."""
    relation = place.data.get("relation") or ""
    if relation and "km" in relation:
        return 3
    if not relation and PLACE_SPECIFICITY.get(place.data["place"].feature, 3) >= NAMED_PLACE_SPECIFICITY:
        return 2
    # "جنوبي العراق" places no better than a province does (but better than "العراق")
    return 1 if relation and place.data["place"].feature != "country" else 0


def location_from_mention(mention: Mention) -> Location:
    place = mention.data["place"]
    lat, lon = mention.data.get("lat", place.lat), mention.data.get("lon", place.lon)
    relation = mention.data.get("relation", "")
    name = f"{relation}" if relation else getattr(place, "display_name", place.name)
    precision = mention.data.get("precision") or (3 if place.feature in ("admin1", "country") else 1)
    return Location(name=name, lat=lat, lon=lon, name_ar=place.name_ar or mention.text,
                    country=place.country, country_code=place.country_code, admin1=place.admin1,
                    geo_precision=precision, text=mention.text, start=mention.start, end=mention.end,
                    relation=relation, feature=place.feature)


def primary_country(doc: Document):
    ranked = doc.cache.get("countries") or []
    if not ranked:
        return None
    from ..lexicon.countries import load_countries
    return load_countries().get(ranked[0][0])


def country_location(country) -> Location | None:
    from ..geo import Gazetteer
    hits = [p for p in Gazetteer.default().lookup(country.names_ar[0], country.iso2) if p.feature == "country"]
    if not hits:
        return None
    place = hits[0]
    return Location(name=country.name, lat=place.lat, lon=place.lon, name_ar=country.names_ar[0],
                    country=country.name, country_code=country.iso2, geo_precision=3, feature="country")


def event_country(doc: Document, event: Event) -> str:
    if event.location and event.location.country_code:
        return event.location.country_code
    ranked = doc.cache.get("countries") or []
    return ranked[0][0] if ranked else ""


def attach_actors(doc: Document, event: Event) -> None:
    country = event_country(doc, event)
    actor1, actor2 = assign_roles(doc, event, country)
    event.actor1, event.actor2 = actor1, actor2


# A condemnation is made after the act, so any date it governs is the statement's ("أدانت
# السعودية الهجوم على دوما، الأحد"); see also detect.REPORT_VERB_BEFORE.
_CONDEMNATION = re.compile(rf"(?:^|\s)و?(?:{alternation('condemnation_verb')})" + NO_CLAUSE_SINCE, re.S)


_CONDEMNATION_WORD = re.compile(rf"(?:^|\s)[وب]?(?:{alternation('condemnation_verb')})(?=\s)")


def condemned_from(doc: Document, event: Event) -> int:
    """Where the words of the act start after a condemnation of it in its sentence: "ولي العهد
    ... بمملكة البحرين أعرب عن إدانته للتفجير الذي استهدف مسجدا بمنطقة عسير" names the condemner's
    country before the act's place (but "بشأن الوضع في عفرين، ندد" names the act's place first)."""
    sentence = doc.sentences[event.sentence]
    found = [m.end() for m in _CONDEMNATION_WORD.finditer(doc.text, sentence.start, trigger_offset(doc, event))]
    return found[-1] if found else sentence.start


def event_dates(doc: Document, event: Event) -> list[Mention]:
    """Day-level dates of the event's sentence that can date it: nearest to the trigger first,
    dates of the statement ("وقال كارتر الخميس") only when nothing else is given, nothing from
    a subordinate clause after the trigger ("بعد قرار ... الاثنين الماضي")."""
    sentence = doc.sentences[event.sentence]
    anchor = trigger_offset(doc, event)
    opening, cutoff = trigger_clause(doc, event)
    # "قبل 3 أيام" opens with a clause marker but is the date itself, not a later clause
    dates = [d for d in act_dates(doc, event.sentence)
             if d.data.get("value") and d.data.get("kind") != "year" and opening <= d.start <= cutoff + 1]
    return sorted(dates, key=lambda d: (is_report_date(doc, event, d), abs(d.start - anchor)))


_ACCORDING_TO = re.compile(rf"(?:^|\s)و?(?:{alternation('according_to')})")
_SENTENCE_TAIL = re.compile(r"[\s.،,؛!\"»”)]*$")


def is_report_date(doc: Document, event: Event, date: Mention) -> bool:
    sentence = doc.sentences[event.sentence]
    before = doc.text[sentence.start:date.start]
    if _CONDEMNATION.search(before):
        return True
    anchor = trigger_offset(doc, event)
    if date.start > anchor:
        # "... مما أدى إلى مقتلها، وفق ما ذكرت وسائل إعلام فلسطينية، السبت.": the source's day
        return bool(_ACCORDING_TO.search(doc.text, anchor, date.start)) \
            and bool(_SENTENCE_TAIL.match(doc.text[date.end:sentence.end]))
    return bool(REPORT_VERB_BEFORE.search(before))


def attach_date(doc: Document, event: Event) -> None:
    """The event's own sentence dates it; an undated mention keeps the publication default
    (with no expression) so that merging can give it the date another mention states."""
    dates = event_dates(doc, event)
    if dates:
        event.date = date_from_mention(dates[0])
        event.date.of_report = is_report_date(doc, event, dates[0])
        if event.modality == "asserted" and is_old(doc, event.date):
            event.modality = "background"
        elif event.modality == "asserted" and is_ahead(doc, event.date):
            event.modality = "future"   # "تنسحب لندن من التكتل في آذار/مارس 2019"
        return
    if doc.published:
        day = doc.published - dt.timedelta(days=1)
        event.date = EventDate(value=day.isoformat(), time_precision=2, expression="",
                               earliest=day.isoformat(), latest=doc.published.isoformat())
    else:
        event.date = EventDate(value=None, time_precision=3, expression="")


def is_old(doc: Document, date: EventDate) -> bool:
    latest = date.latest or date.value
    return bool(doc.published and latest
                and dt.date.fromisoformat(latest) < doc.published - dt.timedelta(days=BACKGROUND_DAYS))


def is_ahead(doc: Document, date: EventDate) -> bool:
    earliest = date.earliest or date.value
    return bool(doc.published and earliest and dt.date.fromisoformat(earliest) > doc.published)


def date_from_mention(mention: Mention) -> EventDate:
    data = mention.data
    return EventDate(value=data["value"], time_precision=data.get("precision", 1), expression=mention.text,
                     earliest=data.get("earliest"), latest=data.get("latest"),
                     start=mention.start, end=mention.end)


_SUBSET = re.compile(rf"(?:{alternation('subset')})\s*$")


def attach_fatalities(doc: Document, event: Event) -> None:
    for index in [event.sentence] + [i for i in range(event.sentence + 1, event.sentence + 2)
                                     if i < len(doc.sentences) and not _starts_new_event(doc, i)]:
        killed = [c for c in doc.mentions_of("CASUALTY", index)
                  if c.label == "killed" and not _SUBSET.search(doc.text[max(0, c.start - 14):c.start])
                  and not (event.event_type == "Protests" and _PROTEST_CAUSE.search(doc.text[max(0, c.start - 24):c.start]))
                  and not _RETALIATION.search(doc.text[max(0, c.start - 16):c.start])
                  and not _OVER_DAYS.match(doc.text, c.end, c.end + 60)]
        counted = [c for c in killed if c.data.get("value") is not None]
        if counted:
            best = counted[0]
            wounded = next((w.data.get("value") for w in doc.mentions_of("CASUALTY", index) if w.label == "wounded"), None)
            event.fatalities = Fatalities(value=best.data["value"], expression=best.text,
                                          approximate=bool(best.data.get("approximate")), wounded=wounded,
                                          start=best.start, end=best.end)
            return
    event.fatalities = Fatalities(value=None)


_PROTEST_CAUSE_CLAUSE = re.compile(rf"(?:^|\s)(?:{alternation('protest_cause')})\S*\s(?:[^،,.]*)$")
# "قتل نحو 519 مدنيا خلال 7 أيام من القصف": a toll over days or longer sums many acts.
_OVER_DAYS = re.compile(
    rf"(?:\s+\S+){{0,3}}?\s+(?:{alternation('span_of')})\s+(?:\S+\s+)?(?:{alternation('span_unit')})(?!\w)")
# "ضربات جوية ردا على مقتل 12 جنديا": the deaths an act answers are not its own.
_RETALIATION = re.compile(rf"(?:^|\s)(?:{alternation('retaliation')})\S*\s*$")
# "تظاهروا احتجاجا على مقتل شاب": the death a protest is about did not happen at it.
_PROTEST_CAUSE = re.compile(rf"(?:^|\s)(?:{alternation('protest_cause')})\S*\s+(?:\S+\s+){{0,2}}$")


def _starts_new_event(doc: Document, index: int) -> bool:
    return any(e.sentence == index for e in doc.events)
