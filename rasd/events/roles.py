"""Who did what to whom: actor1 (the side acting) and actor2 (the side acted upon).

Arabic news is mostly verb-first: "شنت قوات X غارات على مواقع Y", "اشتباكات بين X وY",
"مقتل 80 مسلحا من تنظيم Y بضربات جوية أمريكية". An actor is the target when a target
marker (على، ضد، مواقع، استهدفت ...) stands just before it, or when it names the victims of
the act; the acting side is the first actor that is not a target, or the nationality
adjective that follows a weapon noun ("غارات روسية"). Missing sides fall back to the
article's most-mentioned armed actor or to ACLED's generic actors for the event's country.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from ..document import Actor, Document, Event, Mention
from ..lexicon.actors import DEMONSTRATORS, STATE_FORCES, allies_of, same_side
from ..text.normalize import normalize_key
from .context import alternation, words
from .detect import contrast_clause, words_between

_TARGET_BEFORE = re.compile(rf"(?:{alternation('target_marker')})\s*(?:(?P<between>\S+)\s+)?[\"«]?\s*[لب]?$")
# "استهدفت طائرات التحالف", "استهدفت غارات النظام": the attack's or the weapon's owner made it.
_MEANS = re.compile(rf"^(?:ال)?(?:{alternation('attack_of')})$")
# A passive act names its agent after these ("تعرض الموكب لإطلاق نار من قبل مجموعة مسلحة",
# "قتل 16 فلسطينيا برصاص الجيش", "برصاص بحرية الاحتلال": one word may name the shooters), and an
# attack noun's genitive is its maker ("غارات التحالف"):
# that actor is actor1 whatever precedes it.
_AGENT_BEFORE = re.compile(rf"(?:{alternation('passive_agent')}|(?:{alternation('attack_from')})(?:\s+\S+)?\s+من"
                           rf"|(?:{alternation('fire_of')})\s+\S+"
                           rf"|(?:{alternation('attack_by')})\s+ل|(?:^|\s)[وفبل]?(?:{alternation('attack_of')})\s)\s*[\"«]?$")
_BETWEEN = re.compile(r"بين\s*$")
_ONE_SIDE = re.compile(r"\sمن\s+(?:جهة|ناحية)(?=[\s،,])")
# The organisation a speaker or source speaks for is not thereby a party to the act.
# "وفق ما أعلنت عنه السلطات الإماراتية": the source may follow its reporting verb.
_SPEAKER_BEFORE = re.compile(rf"(?:{alternation('source_noun')}|(?:{alternation('according_to')})"
                             rf"(?:\s+(?:{alternation('report_verb')})(?:\s+عنه|\s+عنها)?)?)\s*$")
# Media and groups "affiliated with" a side report for it; unlike a military spokesman, they
# tell nothing about who fought.
_AFFILIATION_BEFORE = re.compile(rf"(?:{alternation('affiliation')})\s*ل?$")
# A backer is not a party to the act (nor, for a capital or country, its place).
BACKER_BEFORE = re.compile(rf"(?:{alternation('backer')})\s*$")
CIVILIAN_CLASSES = {"civilians", "children", "women", "protesters"}
_GENERIC_BY_TYPE = {"civilians": "Civilians ({country})", "protesters": "Protesters ({country})",
                    "rioters": "Rioters ({country})", "armed": "Unidentified Armed Group ({country})"}


def actor_mentions(doc: Document, sentence: int) -> list[Mention]:
    return sorted(doc.mentions_of("ACTOR", sentence), key=lambda m: m.start)


def resolve(doc: Document, mention: Mention, country: str) -> Actor:
    """The actor a mention names; a generic force takes the article's country unless a
    nationality follows it ("جنود إسرائيليين", "عناصر أمن مصريون")."""
    from ..lexicon.actors import ActorLexicon
    entry = mention.data["entry"]
    if entry.is_template:
        country = next((d.data["country"].iso2 for d in doc.mentions_of("DEMONYM", mention.sentence)
                        if 0 <= d.start - mention.end <= 1), country)
    resolved = ActorLexicon.default().resolve(entry, country or None)
    return Actor(name=resolved.name, text=mention.text, type_code=resolved.type_code,
                 country=resolved.country, start=mention.start, end=mention.end)


def generic_actor(kind: str, country_code: str, text: str = "") -> Actor | None:
    from ..lexicon.countries import load_countries
    country = load_countries().get(country_code)
    if not country:
        return None
    code = {"civilians": 7, "protesters": 6, "rioters": 5, "armed": 3}[kind]
    return Actor(name=_GENERIC_BY_TYPE[kind].format(country=country.name), text=text,
                 type_code=code, country=country_code)


def is_agent(doc: Document, mention: Mention, sentence_start: int) -> bool:
    return bool(_AGENT_BEFORE.search(doc.text[max(sentence_start, mention.start - 30):mention.start]))


def is_victim(doc: Document, mention: Mention) -> bool:
    """"قتل شرطي", "مقتل 6 قياديين من تنظيم داعش": the actor named as the casualties."""
    for c in doc.mentions_of("CASUALTY", mention.sentence):
        victims = c.data.get("victims") or ""
        end = c.end
        found = doc.text.find(victims, c.start) if victims else -1
        if found >= 0:
            end = max(end, found + len(victims))
        # "قتلت القوات الإسرائيلية 61 فلسطينيا", "قتلت قوات الاحتلال شابا": the words between the
        # verb and its count or victims are its subject; "مقتل عسكريين تركيين اثنين": the victims
        # may come before their count
        anchors = [at for at in (c.data.get("count_start"), found if found >= 0 else None) if at is not None]
        start = min(anchors) if anchors else c.start
        if start <= mention.start < end:
            return True
    return False


def is_target(doc: Document, mention: Mention, sentence_start: int, trigger_start: int = -1) -> bool:
    if is_agent(doc, mention, sentence_start):
        return False
    if is_victim(doc, mention):
        return True
    before = doc.text[max(sentence_start, mention.start - 30):mention.start]
    if mention.start < trigger_start and _MEMBERS_BEFORE.search(before):
        return False   # "إن عناصر تنظيم داعش أطلقوا صواريخ": members named before the act did it
    marked = _TARGET_BEFORE.search(before)
    if marked and _MEANS.match(marked.group("between") or mention.text.split(maxsplit=1)[0]):
        return False
    return bool(marked) or mention.data["entry"].kind == "civilians"


# Members of a group ("عناصر", "مسلحي", "مقاتلي"): the target after the act, the subject before it.
_MEMBERS_BEFORE = re.compile(r"(?:^|\s)[وبل]?(?:عناصر|مسلحي|مقاتلي|مسلحو|مقاتلو)\s*$")


def is_speaker(doc: Document, mention: Mention) -> bool:
    before = doc.text[max(0, mention.start - 36):mention.start]
    return bool(_SPEAKER_BEFORE.search(before)) or is_affiliation(doc, mention)


_ANNOUNCER_BEFORE = re.compile(rf"(?:^|\s)و?(?:{alternation('report_verb')})\s*(?:\S+\s*)?[،,]?\s*$")


_THAT = re.compile(rf"(?:^|\s)(?:{alternation('complementizer')})(?:ه|ها|هم|هما)?(?=[\s:،,]|$)")


def is_announcer(doc: Document, mention: Mention, event: Event) -> bool:
    """"أعلنت وزارة الدفاع أن طيران التحالف قصف ...": the ministry reports another's act (but
    "أعلنت القوات الحكومية استعادة السيطرة" claims its own)."""
    if not _ANNOUNCER_BEFORE.search(doc.text[max(0, mention.start - 24):mention.start]):
        return False
    trigger_end = _trigger_end(event)
    return trigger_end is not None and bool(_THAT.search(doc.text[mention.end:trigger_end]))


_CLAIM = re.compile(alternation("claim"))


def announces_a_bombing(doc: Document, mention: Mention, event: Event) -> bool:
    """"أعلنت وزارة الداخلية مقتل شخص عندما فجر انتحاري نفسه": whoever announces a bombing
    (with or without "أن") did not plant it, unless it claims it ("أعلن التنظيم مسؤوليته")."""
    if is_announcer(doc, mention, event):
        return True
    trigger_end = _trigger_end(event)
    return (trigger_end is not None and mention.end <= trigger_end
            and bool(_ANNOUNCER_BEFORE.search(doc.text[max(0, mention.start - 24):mention.start]))
            and not _CLAIM.search(doc.text, mention.end, trigger_end))


# "إن" takes its subject as the next word unless a pronoun is written onto it ("إنه", "أنها")
_THAT_NOUN = re.compile(rf"(?:^|\s)(?:{alternation('complementizer')})\s+[^\s:،,]")
_REPORT_VERB = re.compile(rf"(?:^|\s)و?(?:{alternation('report_verb')})(?=\s)")


PREDICATE_WORDS = 3   # "X يشير إلى أن", "X تؤكد أن": a subject's reporting predicate before its "أن"


def reports_anothers_act(doc: Document, mention: Mention, event: Event) -> bool:
    """"قال التحالف الذي تقوده السعودية إن الصاروخ أطلق": the speaker's phrase (every actor
    between a reporting verb and its "إن", or right before a predicate and its "أن") reports a
    clause that opens with a noun of its own (not "إنه"/"أنها", which point back to the speaker)."""
    trigger_end = _trigger_end(event)
    if trigger_end is None or trigger_end <= mention.end:
        return False
    that = _THAT.search(doc.text, mention.end, trigger_end)
    if that is None or not _THAT_NOUN.match(doc.text, that.start(), trigger_end):
        return False
    if words_between(doc.text, mention.end, that.start()) <= PREDICATE_WORDS:
        return True   # "تقييم السلطات الأميركية يشير إلى أن أسلحة استخدمت": the mention's own predicate reports
    verbs = list(_REPORT_VERB.finditer(doc.text, doc.sentences[event.sentence].start, mention.start))
    return bool(verbs) and not _THAT.search(doc.text, verbs[-1].end(), mention.start)


def is_affiliation(doc: Document, mention: Mention) -> bool:
    before = doc.text[max(0, mention.start - 20):mention.start]
    return bool(_AFFILIATION_BEFORE.search(before) or BACKER_BEFORE.search(before) or _CONTROLLER_BEFORE.search(before))


# "بمحافظة إدلب التي تسيطر عليها المعارضة", "يسيطر عليها مسلحو #المعارضة" (a hashtag): who holds
# the place the act happened in.
_CONTROLLER_BEFORE = re.compile(
    rf"(?:^|\s)(?:{alternation('controller')})\s*(?:(?:{alternation('fighters_of')})\s+)?#?$")


_PERSON_ENDINGS = ("ين", "ون", "يا", "يان", "ًا", "يًا")


DEMONYM_REACH = 12   # characters between the act word and the nationality adjective
_AGAINST_BEFORE = re.compile(r"(?:^|\s)(?:على|علي|ضد)\s+$")
_PERSON_NOUN_ENDINGS = ("ي", "ين", "ون")


def demonym_actor(doc: Document, event: Event, country_code: str) -> Actor | None:
    """"غارات أمريكية", "قصف إسرائيلي", "شنت طائرات تركية غارات": a nationality adjective next
    to the act or weapon word (not the victims' nationality: "قتل جندي سوري")."""
    if event.trigger_start < 0:
        return None
    trigger_start, trigger_end = event.trigger_start, event.trigger_end
    casualties = doc.mentions_of("CASUALTY", event.sentence)
    places = doc.mentions_of("PLACE", event.sentence)
    for m in doc.mentions_of("DEMONYM", event.sentence):
        if m.text.endswith(_PERSON_ENDINGS) and not qualifies_a_weapon(doc, m):
            continue   # "فلسطينيين", "سوريون", "فلسطينيا": people, not a weapon's owner ("صاروخين إسرائيليين")
        if any(0 <= m.start - p.end <= 3 for p in places):   # " ال" between
            continue   # "شهدت إسطنبول التركية هجوما": the city's country, not the attacker
        if any(describes_victims(doc, c, m) for c in casualties):
            continue   # "قتل طفل فلسطيني في هجوم": the victim's nationality
        if _AGAINST_BEFORE.search(doc.text, max(0, m.start - 8), m.start):
            continue   # "أطلق جنود إسرائيليون النار على فلسطيني": a person shot at, not a side's adjective
        if not qualifies_the_act(doc, m, event):
            continue   # "استهدفا منشأة سويسرية", "لوكالة الأنباء الألمانية": not the attacker's
        gap = (trigger_end, m.start) if m.start >= trigger_end else (m.end, trigger_start)
        if 0 <= gap[1] - gap[0] <= DEMONYM_REACH and not any(c.start < gap[1] and c.end > gap[0] for c in casualties):
            return state_forces_of(m.data["country"], m)
    return None


_WEAPON_BEFORE = re.compile(rf"(?:^|\s)[وبل]?(?:ال)?(?:{alternation('weapon_noun', 'attack_of')})\s+$")


def qualifies_a_weapon(doc: Document, demonym: Mention) -> bool:
    """"صاروخين إسرائيليين", "طائرات تركية": the nationality right after a weapon or attack word."""
    return bool(_WEAPON_BEFORE.search(doc.text, max(0, demonym.start - 30), demonym.start))


def people_attacked(doc: Document, event: Event) -> Actor | None:
    """"أطلق جنود النار على فلسطيني", "اعتدى مستوطنون على فلسطينيين": people of a nationality
    that the act is against are civilians of that country."""
    opening, end = contrast_clause(doc, event)
    for m in doc.mentions_of("DEMONYM", event.sentence):
        # a person: "فلسطيني", "فلسطينيين" (not "سوريا", "تركيا": the accusative is also the country)
        if opening <= m.start < end and m.start > event.trigger_start and m.text.endswith(_PERSON_NOUN_ENDINGS) \
                and _AGAINST_BEFORE.search(doc.text, max(0, m.start - 8), m.start):
            return generic_actor("civilians", m.data["country"].iso2, m.text)
    return None


def intercepted_weapons_owner(doc: Document, event: Event) -> Actor | None:
    """"اعترضت الدفاعات السورية صواريخ إسرائيلية": whose weapons were stopped, the other side."""
    owner = next((m for m in doc.mentions_of("DEMONYM", event.sentence) if qualifies_a_weapon(doc, m)), None)
    return state_forces_of(owner.data["country"], owner) if owner else None


# A nisba adjective ("جوية", "العسكري", "الإسرائيليين"), over which an adjective reaches its noun.
_NISBA = re.compile(r"\w{2,}(?:ي|يه|يين|يون)")
_WORD = re.compile(r"\S+")
_CLITICS = re.compile(r"^[وف]?[بل]?(?:ال)?")


def qualifies_the_act(doc: Document, demonym: Mention, event: Event) -> bool:
    """Whether the noun a nationality adjective qualifies (over other adjectives: "غارات جوية
    أمريكية") is the act itself or what carries it out ("طائرات تركية", "نيران إسرائيلية")."""
    before = list(_WORD.finditer(doc.text, max(0, demonym.start - 80), demonym.start))
    if before and before[-1].end() == demonym.start:
        before.pop()   # the article or clitics written onto the adjective ("الروسية")
    for word in reversed(before):
        key = normalize_key(word.group())
        if word.start() < event.trigger_end and word.end() > event.trigger_start \
                or _CLITICS.sub("", key) in _attack_nouns():
            return True
        if not _NISBA.fullmatch(key):
            return False
    return False


@functools.cache
def _attack_nouns() -> frozenset[str]:
    return frozenset(normalize_key(w) for w in words("attack_of"))


def describes_victims(doc: Document, casualty: Mention, demonym: Mention) -> bool:
    """"قتل طفل فلسطيني", "قتل ثلاثة جنود أتراك": the nationality in or right after the victims."""
    victims = casualty.data.get("victims") or ""
    at = doc.text.find(victims, casualty.start) if victims else -1
    return at >= 0 and casualty.start <= demonym.start <= at + len(victims) + 1


def state_forces_of(country, mention: Mention) -> Actor:
    return Actor(name=f"Military Forces of {country.name_after_of}", text=mention.text, type_code=1,
                 country=country.iso2, start=mention.start, end=mention.end)


_SUBJECT_GAP = re.compile(r"^[\s،,]*$")


# "هجوم كندا", "هجمات باريس": an attack named by the country or city it struck.
_NAMED_BY_PLACE = frozenset({"هجوم", "الهجوم", "هجمات", "الهجمات", "هجوما"})


def subject_country(doc: Document, event: Event) -> Mention | None:
    """"قصفت إسرائيل", "شنت الولايات المتحدة غارات": the country named right after the act verb."""
    trigger_end = _trigger_end(event)
    if trigger_end is None or event.trigger in _NAMED_BY_PLACE:
        return None
    return next((p for p in doc.mentions_of("PLACE", event.sentence)
                 if p.data["place"].feature == "country" and p.start >= trigger_end
                 and _SUBJECT_GAP.match(doc.text[trigger_end:p.start])), None)


def country_as_agent(doc: Document, event: Event) -> Actor | None:
    """A country that is the subject of the act stands for its armed forces."""
    from ..lexicon.countries import load_countries
    place = subject_country(doc, event)
    country = load_countries().get(place.data["place"].country_code) if place else None
    return state_forces_of(country, place) if country else None


def _trigger_end(event: Event) -> int | None:
    return event.trigger_end if event.trigger_end >= 0 else None


_JOINED_ACT = re.compile(r"\s*و?")   # "المظاهرات والاشتباكات بين": two words for one act


def pits_against(doc: Document, event: Event, mention: Mention) -> bool:
    """Whether the "بين" before the mention names the sides of this event's act ("تدور معارك
    عنيفة منذ الصباح بين", "المظاهرات والاشتباكات بين"), not of another act named after it
    ("كثفت القوات القصف ... وسط اشتباكات بين المعارضة والنظام")."""
    trigger_end = _trigger_end(event)
    if trigger_end is None:
        return True
    return trigger_end <= mention.start and not any(
        trigger_end <= t.start < mention.start and not _JOINED_ACT.fullmatch(doc.text, trigger_end, t.start)
        for t in doc.mentions_of("TRIGGER", event.sentence))


def assign_roles(doc: Document, event: Event, country: str) -> tuple[Actor | None, Actor | None]:
    sentence = doc.sentences[event.sentence]
    opening, end = contrast_clause(doc, event)
    mentions = [m for m in actor_mentions(doc, event.sentence) if not is_speaker(doc, m) and opening <= m.start < end]
    actors = [(resolve(doc, m, country), is_target(doc, m, sentence.start, event.trigger_start), m) for m in mentions]
    actor1 = actor2 = None
    between = [a for a, _, m in actors if _BETWEEN.search(doc.text[max(0, m.start - 8):m.start])
               and pits_against(doc, event, m)]
    if between:
        actor1 = between[0]
        # "بين الجيش والمقاومة من جهة والحوثيين من جهة أخرى": the other side follows "من جهة"
        side_end = _ONE_SIDE.search(doc.text, actor1.end, end)
        other_from = side_end.end() if side_end else actor1.start + 1
        actor2 = next((a for a, _, _ in actors if a.start >= other_from and a.name != actor1.name), None)
    # the organisation announcing an act is its agent only when no other actor is named, and
    # never when the act it reports has a subject of its own ("قال التحالف إن الصاروخ أطلق من صعدة")
    # or is a bombing ("قالت وزارة الداخلية إنه انفجرت عبوة ناسفة": the ministry did not plant it)
    actors = [x for x in actors if not reports_anothers_act(doc, x[2], event)
              and not (event.sub_event_type in UNCLAIMED_TACTICS and announces_a_bombing(doc, x[2], event))]
    agents = [a for a, target, m in sorted(actors, key=lambda x: is_announcer(doc, x[2], event)) if not target]
    targets = [a for a, target, _ in actors if target]
    passive_agents = [a for a, _, m in actors if is_agent(doc, m, sentence.start)]
    if passive_agents and not between:
        actor1 = passive_agents[0]
    actor1 = actor1 or demonym_actor(doc, event, country) or country_as_agent(doc, event) \
        or (agents[0] if agents else None)
    if actor2 is None:
        actor2 = next((a for a in targets + agents
                       if actor1 is None or not (same_side(actor1.name, a.name) or allied(doc, actor1, a))), None)
    actor1, actor2 = (name_the_gunmen(doc, a, country, sentence.start) for a in (actor1, actor2))
    if actor1 is not None and actor2 is not None and same_side(actor1.name, actor2.name):
        actor2 = None   # one side named twice ("المسلحين" for the group just named), or its ally
    if event.sub_event_type == DISRUPTED_WEAPONS and (actor2 is None or actor2.name == (actor1.name if actor1 else "")):
        owner = intercepted_weapons_owner(doc, event)
        if owner is not None and (actor1 is None or owner.name != actor1.name):
            actor2 = owner
    if actor2 is None:
        actor2 = people_attacked(doc, event)
    victims = victim_actor(doc, event, country)
    if victims and (actor2 is None or (event.event_type == "Violence against civilians" and actor2.type_code != 7)):
        actor2 = victims
    if actor2 is None and event.event_type != "Battles":
        actor2 = fallen_forces(doc, event, country, actor1)
    return fill_defaults(doc, event, country, actor1, actor2)


_JOINED = re.compile(r"^[\s\"«»“”]*[،,]?\s*و[\s\"«»“”]*$")


def allied(doc: Document, a: Actor | Mention, b: Actor | Mention) -> bool:
    """"الجيش الوطني والمقاومة الشعبية سيطرا على", 'قوات "الجيش الوطني" و"المقاومة الشعبية"':
    actors joined by و (outside "بين X وY") act together."""
    if a.start is None or b.start is None:
        return False
    first, second = sorted((a, b), key=lambda x: x.start)
    return bool(_JOINED.match(doc.text[first.end:second.start])) \
        and not _BETWEEN.search(doc.text[max(0, first.start - 8):first.start])


def side_and_allies(doc: Document, event: Event, country: str, side: Actor | None) -> frozenset[str]:
    """The side already named and the actors joined to it in the event's sentence ("تمكنت
    المقاومة الشعبية والجيش من السيطرة"): none of them is a guess for the other side."""
    if side is None:
        return frozenset()
    mentions = actor_mentions(doc, event.sentence)
    named = next((m for m in mentions if m.start == side.start), None)
    if named is None or any(c.start < named.start for c in doc.mentions_of("CASUALTY", event.sentence)):
        return frozenset({side.name})   # "قتل عناصر من قوات النظام والقوات الكردية": the dead of both sides
    return frozenset({side.name} | {resolve(doc, m, country).name for m in mentions if allied(doc, side, m)})


ARMED_GROUP_KINDS = ("rebel", "militia", "identity")
UNIDENTIFIED = "Unidentified Armed Group"
TERROR_WORD = "ارهاب"
NO_CLAIM = re.compile(rf"(?:^|\s)و?(?:{alternation('no_claim')})(?=\s)")


def says_none_claimed(doc: Document) -> bool:
    """Whether the article says no one has claimed the attack (read once per article)."""
    if "none_claimed" not in doc.cache:
        doc.cache["none_claimed"] = bool(NO_CLAIM.search(doc.text))
    return doc.cache["none_claimed"]


UNCLAIMED_TACTICS = ("Remote explosive/landmine/IED", "Suicide bomb", "Grenade", "Chemical weapon")
DISRUPTED_WEAPONS = "Disrupted weapons use"


def name_the_gunmen(doc: Document, actor: Actor | None, country: str, near: int) -> Actor | None:
    """"المسلحين" in an article that names the armed group fighting there is that group
    (the named group mentioned closest to the event)."""
    if actor is None or not actor.name.startswith(UNIDENTIFIED) or says_none_claimed(doc):
        return actor
    # a group named only as a source ("المتحدث باسم قوة الردع الخاصة") reports the act, it is not a side
    groups = [m for m in doc.mentions_of("ACTOR") if m.data["entry"].kind in ARMED_GROUP_KINDS
              and not m.data["entry"].is_template and not is_speaker(doc, m)]
    if not groups:
        return actor
    from ..lexicon.actors import ActorLexicon
    nearest = min(groups, key=lambda m: abs(m.start - near))
    named = ActorLexicon.default().resolve(nearest.data["entry"], country or None)
    return Actor(name=named.name, text=actor.text, type_code=named.type_code, country=named.country,
                 start=actor.start, end=actor.end)


def victim_actor(doc: Document, event: Event, country: str) -> Actor | None:
    for c in doc.mentions_of("CASUALTY", event.sentence):
        if c.data.get("victim_class") in CIVILIAN_CLASSES:
            kind = "protesters" if c.data["victim_class"] == "protesters" else "civilians"
            return generic_actor(kind, country, c.data.get("victims", ""))
    return None


_FORCES_BY_VICTIM_CLASS = {"soldiers": "Military Forces of {country}", "police": "Police Forces of {country}"}   # lexicon templates


def fallen_forces(doc: Document, event: Event, country: str, actor1: Actor | None) -> Actor | None:
    """"مقتل ضابط شرطة ومجند في انفجار عبوة", "قتل ثلاثة جنود برصاص مسلحين": soldiers or
    police killed or wounded by an explosion or by gunfire are its target, their country's
    forces (only where no target is named; gunfire on forces is then a battle, typing.refine)."""
    from ..lexicon.countries import fill_country, load_countries
    shooting = (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    if not (event.event_type in ("Explosions/Remote violence", "Battles") or shooting) \
            or country not in load_countries():
        return None
    for c in doc.mentions_of("CASUALTY", event.sentence):
        template = _FORCES_BY_VICTIM_CLASS.get(c.data.get("victim_class"))
        # "قتل جنديان إسرائيليان قرب نابلس": the fallen's nationality, else the country of the act
        theirs = next((m.data["country"] for m in doc.mentions_of("DEMONYM", event.sentence)
                       if describes_victims(doc, c, m)), None)
        if template and (theirs or event.event_type != "Battles"):   # a battle's dead need their nationality
            name = fill_country(template, theirs or load_countries()[country])
            if actor1 is None or actor1.name != name:
                return Actor(name=name, text=c.data.get("victims", ""), type_code=STATE_FORCES,
                             country=theirs.iso2 if theirs else country)
    return None


def fill_defaults(doc: Document, event: Event, country: str, actor1: Actor | None, actor2: Actor | None):
    if event.disorder_type == "Demonstrations":
        return actor1, actor2   # sides settled once the event is typed: settle_protest_sides
    if actor1 is None:
        actor1 = guessed_actor(doc, event, country, side=actor2)
    if actor1 is None:
        actor1 = generic_actor("armed", militants_country(doc, event) or country)
    if actor2 is None and event.event_type == "Battles":
        actor2 = guessed_actor(doc, event, country, side=actor1) or fallen_forces(doc, event, country, actor1)
    if event.event_type == "Battles" and actor1 is not None and actor2 is not None and actor2.name == actor1.name:
        actor2 = guessed_actor(doc, event, country, side=actor1)   # a side does not fight itself
    if event.event_type == "Violence against civilians" and (actor2 is None or actor2.type_code != 7):
        # ACLED: the victims of violence against civilians are civilians, whoever else is named,
        # unless they are soldiers or police shot dead
        actor2 = fallen_forces(doc, event, country, actor1) or generic_actor("civilians", country)
    return actor1, actor2


# "ناشطين فلسطينيين", "مسلحون أكراد": fighters named by their nationality.
_MILITANTS_BEFORE = re.compile(rf"(?:^|\s)[وبل]?(?:{alternation('militant_noun')})\s+$")


def militants_country(doc: Document, event: Event) -> str | None:
    """The country of the unnamed fighters of the event's sentence ("أعلن الجيش أن ناشطين
    فلسطينيين أطلقوا قذائف": Palestinian), if the sentence names them by nationality."""
    for demonym in doc.mentions_of("DEMONYM", event.sentence):
        if _MILITANTS_BEFORE.search(doc.text, max(0, demonym.start - 16), demonym.start):
            return demonym.data["country"].iso2
    return None


def settle_protest_sides(event: Event) -> None:
    """ACLED codes a demonstration with the demonstrators as actor1 and whoever confronts
    them as actor2 (civilians only as the victims of mob violence). "تظاهر مئات المواطنين":
    the citizens named are the protesters; "برصاص الجيش": the army is the other side."""
    actors = [a for a in (event.actor1, event.actor2) if a is not None]
    demonstrators = next((a for a in actors if a.type_code in DEMONSTRATORS), None)
    # the force that confronts them, not the government they address ("للمطالبة برحيل الحكومة")
    opponent = next((a for a in actors
                     if a.type_code not in (*DEMONSTRATORS, 7) and not a.name.startswith("Government of")),
                    None)
    civilians = next((a for a in actors if a.type_code == 7), None)
    country = event.location.country_code if event.location else ""
    if demonstrators is None:
        kind = "rioters" if event.event_type == "Riots" else "protesters"
        demonstrators = generic_actor(kind, country, civilians.text if civilians else "")
    elif event.event_type == "Riots" and demonstrators.name.startswith("Protesters ("):
        # protesters who storm and burn are rioters (ACLED names the generic side by what it did)
        demonstrators = generic_actor("rioters", country, demonstrators.text) or demonstrators
    event.actor1 = demonstrators or event.actor1
    event.actor2 = opponent or (civilians if event.event_type == "Riots" else None)


def guessed_actor(doc: Document, event: Event, country: str, side: Actor | None) -> Actor | None:
    """An unnamed side: the armed actor named nearest the event (the sentence after it, the two
    before it), else the article's most-mentioned one. Not stated in the event's own sentence,
    so it carries no offsets and does not count as evidence when mentions are merged. A bombing
    or an attack on civilians that no one claims stays unattributed: the article's main actor
    is no guess for who planted a car bomb."""
    unclaimed = event.sub_event_type in UNCLAIMED_TACTICS or event.event_type == "Violence against civilians" \
        or TERROR_WORD in normalize_key(event.trigger)   # "الهجوم الإرهابي": no state force is the guess
    if unclaimed and says_none_claimed(doc):
        return None   # "ولم تعلن أي جهة المسؤولية": the article itself says the perpetrator is unknown
    exclude = side_and_allies(doc, event, country, side) | reporters(doc, event, country)
    if side is not None:
        exclude |= allies_of(side.name)
    actor = nearby_actor(doc, event, country, exclude)
    if actor is not None and unclaimed and actor.type_code == STATE_FORCES:
        actor = None   # the police investigating a bombing did not plant it
    if actor is None and not unclaimed:
        actor = dominant_actor(doc, event, country, exclude)
    if actor is not None:
        actor.start = actor.end = None
    return actor


def reporters(doc: Document, event: Event, country: str) -> frozenset[str]:
    """The actors of the event's sentence that report it as another's act ("أعلن الجيش الإسرائيلي
    أن ناشطين فلسطينيين أطلقوا قذائف"): never the guess for its unnamed side."""
    return frozenset(resolve(doc, m, country).name for m in actor_mentions(doc, event.sentence)
                     if reports_anothers_act(doc, m, event))


def nearby_actor(doc: Document, event: Event, country: str, exclude: frozenset[str]) -> Actor | None:
    for index in (event.sentence - 1, event.sentence + 1, event.sentence - 2):
        if not 0 <= index < len(doc.sentences):
            continue
        for m in reversed(actor_mentions(doc, index)):
            if m.data["entry"].kind in ("civilians", "protesters") or is_speaker(doc, m):
                continue
            actor = resolve(doc, m, country)
            if actor.name not in exclude and can_be_a_side(actor, event):
                return actor
    return None


AIR_FORCE_CODES = (1, 8)   # state forces, and external forces (a foreign state, a coalition)


def can_be_a_side(actor: Actor, event: Event) -> bool:
    """A guess for an unnamed side: an armed actor. An unnamed group is no better a guess than
    the article's main actor, a government that speaks or mourns is not a fighting side, and
    only an armed force with aircraft (not a police force, not a rebel group) makes air strikes."""
    if actor.name.startswith((UNIDENTIFIED, "Government of")):
        return False
    return event.sub_event_type != "Air/drone strike" or (
        actor.type_code in AIR_FORCE_CODES and not actor.name.startswith("Police"))


def dominant_actor(doc: Document, event: Event, country: str, exclude: frozenset[str]) -> Actor | None:
    """The armed actor the article mentions most (a good guess for an unnamed side)."""
    counts: Counter[str] = Counter()
    first: dict[str, Actor] = {}
    for m in doc.mentions_of("ACTOR"):
        if m.data["entry"].kind in ("civilians", "protesters") or is_affiliation(doc, m):
            continue
        actor = resolve(doc, m, country)
        if actor.name in exclude or not can_be_a_side(actor, event):
            continue
        counts[actor.name] += 1
        first.setdefault(actor.name, actor)
    if not counts:
        return None
    return first[counts.most_common(1)[0][0]]
