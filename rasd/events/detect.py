"""Candidate events: one per sentence that reports an act, typed by its most specific trigger.

A sentence can hold several triggers ("clashes broke out after warplanes shelled..."); the act
it reports is the one named first in the main clause, so triggers inside a subordinate clause
introduced by "after/following" lose to one before it, and otherwise the most specific
(highest-ranked) trigger wins. Modality (negated, future, threatened, running total,
background) is decided here from cues near the trigger and from the sentence's dates.
"""
from __future__ import annotations

import datetime as dt
import functools
import re

from ..document import Document, Event, Mention, Span
from ..lexicon.actors import DEMONSTRATORS
from .context import alternation, word_set, words

MAX_EVIDENCE = 560          # the scorer ignores evidence over 600 characters
BACKGROUND_DAYS = 30        # older than this before publication = background (GUIDE.md)
SINCE_DAYS = 7              # a toll counted "since" a day further back than this is a running total
TOTAL_TOLL = 1000           # a toll this high is a war's or a year's running total, not one event
# Wounded: one day at a border protest wounds over a thousand (Gaza, 2018).
TOTAL_WOUNDED = 5000
CUE_REACH_WORDS = {"denial": 14, "negation": 3, "future": 8, "threat": 6, "hypothetical": 10, "statement": 7,
                   "description": 8, "investigation": 5, "background": 8, "sport": 0, "accident": 0, "verdict": 0,
                   "defused": 0}   # defused: read by made_safe, never a modality
# Subordinators: what follows them in the sentence is a cause, a prelude or a reference time.
# ("على بعد 65 كيلومترا" is a distance, not "after").
SUBORDINATE = re.compile(rf"(?<!على)(?<!من)(?:^|\s)(?:و?(?:{alternation('subordinator')}))(?=\s)")   # not "من قبل"
CONTRAST = re.compile(rf"(?:^|\s)(?:{alternation('contrast')})(?=\s)")
_WORD = re.compile(r"\S+")
_YEAR = re.compile(r"(?<!\d)(19\d\d|20[0-4]\d)(?!\d)")
# A superlative up to three words before "منذ" ("أعنف هجوم على المدينة منذ").
_SUPERLATIVE_BEFORE = re.compile(rf"(?:^|[\s\"«(])[وف]?(?:{alternation('superlative')})\S*(?:\s+\S+){{0,3}}\s+$")
# Accused of the act: "متهم/متهمين/متهمتين/اتهموا" + ب written onto the act word or the verbal
# noun before it ("اتهموا بتفجير عبوة ناسفة").
_ACCUSED_OF = re.compile(r"(?:^|\s)(?:ال)?(?:متهم|اتهم)\S*\s+ب(?:\S+\s+)?$")
# "منذ" right before a date: "منذ 30 آذار", "منذ عام 2014" count from that day on.
_SINCE_BEFORE_DATE = re.compile(r"(?:^|\s)منذ\s+(?:(?:ال)?عام\s+)?$")

# A date after a reporting verb and before the act it reports dates the statement ("وقال كارتر
# الخميس إن ..."); one after the act dates the act ("ذكرت المنظمة مقتل 48 شخصا في دوما السبت").
# An "إن/أن" clause in between ends the verb's reach.
NO_CLAUSE_SINCE = rf"\s(?:(?!(?:^|\s)(?:{alternation('complementizer')})\s).)*$"
REPORT_VERB_BEFORE = re.compile(rf"(?:^|\s)و?(?:{alternation('report_verb')})" + NO_CLAUSE_SINCE, re.S)

GENERIC_ATTACK = "@attack"   # triggers.tsv: a battle or an attack on civilians, decided by the target
DISORDER = {"Battles": "Political violence", "Explosions/Remote violence": "Political violence",
            "Violence against civilians": "Political violence", "Protests": "Demonstrations",
            "Riots": "Demonstrations", "Strategic developments": "Strategic developments"}


class DetectStage:
    name = "detect"
    requires = ("sentences", "triggers", "cues", "dates")
    provides = ("candidates",)

    def __call__(self, doc: Document) -> None:
        for sentence in doc.sentences:
            actors = doc.mentions_of("ACTOR", sentence.index)
            triggers = [t for t in doc.mentions_of("TRIGGER", sentence.index)
                        if names_an_act(doc, t, actors) and not is_charged(doc, sentence, t)]
            if not triggers:
                continue
            main = choose_main_trigger(doc.text, sentence, triggers)
            event = Event(event_type=main.data["trigger"].event_type,
                          sub_event_type=main.data["trigger"].sub_event_type,
                          disorder_type=DISORDER[main.data["trigger"].event_type],
                          evidence=[evidence_span(doc.text, sentence, main)],
                          trigger=main.text, trigger_start=main.start, trigger_end=main.end,
                          sentence=sentence.index,
                          confidence=main.data["trigger"].rank / 100,
                          generic=main.data["trigger"].sub_event_type == GENERIC_ATTACK)
            event.sub_event_type = most_telling_subtype(main, main_clause(doc.text, sentence, triggers))
            retype(doc, sentence, main, triggers, event)
            event.modality = modality_of(doc, sentence, main)
            doc.events.append(event)


def retype(doc: Document, sentence: Span, main: Mention, triggers: list[Mention], event: Event) -> None:
    """What the rest of the sentence says about the act its main trigger names: demonstrators who
    storm, burn or throw stones riot; people shot at a protest meet excessive force; explosives
    made safe are disrupted weapons use; a riot only in a side's quoted words is a demonstration."""
    if event.event_type == "Riots" and inside_quote(doc.text, sentence, main):
        # 'ردت قواته على "أعمال شغب"': a side's label in quotation marks, not the outlet's
        # account; the gathering itself is a demonstration
        event.event_type, event.sub_event_type = "Protests", "Peaceful protest"
        event.disorder_type = DISORDER["Protests"]
    elif ((event.event_type == "Protests" or event.generic) and PROTESTER_VIOLENCE.search(sentence.text)
            or event.event_type == "Protests" and PROTEST_MISSILES.search(sentence.text)):
        event.event_type, event.sub_event_type = "Riots", "Violent demonstration"
        event.disorder_type, event.generic = DISORDER["Riots"], False
    elif shot_at_a_protest(doc, sentence, main, triggers):
        event.event_type, event.sub_event_type = "Protests", "Excessive force against protesters"
        event.disorder_type, event.generic = DISORDER["Protests"], False
    if event.sub_event_type == "Shelling/artillery/missile attack" and by_aircraft(doc, sentence, main):
        event.sub_event_type = "Air/drone strike"
    if event.sub_event_type == "Remote explosive/landmine/IED" and made_safe(doc, sentence, main):
        event.event_type, event.sub_event_type = "Strategic developments", "Disrupted weapons use"
        event.disorder_type = DISORDER[event.event_type]


# "طيران التحالف الدولي قصف", "بقصف لطيران النظام", "قصف من الطيران الروسي"
_AIRCRAFT_BEFORE = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('aircraft')})(?:\s+\S+){{0,3}}\s+[وف]?$")
_AIRCRAFT_AFTER = re.compile(rf"^\S*\s+(?:ل|من\s+)?(?:{alternation('aircraft')})(?=[\s.،,]|$)")


def by_aircraft(doc: Document, sentence: Span, main: Mention) -> bool:
    """A shelling that aircraft carry out is an air strike."""
    before = doc.text[max(sentence.start, main.start - 40):main.start]
    return bool(_AIRCRAFT_BEFORE.search(before) or _AIRCRAFT_AFTER.match(doc.text[main.start:sentence.end]))


def subordinate_from(text: str, sentence: Span, after: int) -> int:
    """Offset where the first subordinate clause after `after` begins (sentence end if none)."""
    m = SUBORDINATE.search(text, after, sentence.end)
    return m.start() if m else sentence.end


# "حاصر المتظاهرون القنصلية قبل أن يقتحموه ويحرقوه", "أضرم آلاف المتظاهرين النيران": a
# demonstration that storms or burns is a riot; so is one where stones fly (PROTEST_MISSILES).
PROTESTER_VIOLENCE = re.compile(
    rf"(?:^|\s)[وف]?(?:{alternation('protester_violence')}"
    rf"|(?:{alternation('violent_verb')})\s+(?:\S+\s+){{0,2}}?[وف]?(?:{alternation('protester')}))(?=[\s.،,]|$)")
PROTEST_MISSILES = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('thrown_by_protesters')})(?=[\s.،,]|$)")


def shot_at_a_protest(doc: Document, sentence: Span, main: Mention, triggers: list[Mention]) -> bool:
    """"قتل فلسطيني برصاص الجيش في احتجاجات الجمعة", "قتلت القوات 61 فلسطينيا خلال اشتباكات
    واحتجاجات": people killed at a demonstration the sentence names are protesters met with
    excessive force (ACLED), not a separate attack or battle."""
    kind = main.data["trigger"]
    return (kind.sub_event_type in ("Attack", GENERIC_ATTACK, "Armed clash") and kind.event_type != "Protests"
            and any(t.data["trigger"].event_type == "Protests" for t in triggers)
            and any(c.data.get("value") != 0 for c in doc.mentions_of("CASUALTY", sentence.index)))


_PLUPERFECT = re.compile(r"^\s*[وف]?(?:كان|كانت|كانوا)\s+(?:\S+\s+){0,5}قد\s")


def made_safe(doc: Document, sentence: Span, main: Mention) -> bool:
    """"فجرت قوات الأمن سبع عبوات ناسفة عثرت عليها", "إزالة 450 عبوة ناسفة": explosives found and
    made safe, which ACLED codes as disrupted weapons use (unless the blast hurt someone)."""
    return any(c.data["cue"].kind == "defused" and (c.data["cue"].window != "before" or c.start < main.start)
               for c in doc.mentions_of("CUE", sentence.index)) \
        and not any(c.data.get("value") != 0 for c in doc.mentions_of("CASUALTY", sentence.index))


# ACLED's precedence when one event shows several tactics (codebook order).
SUBTYPE_PRECEDENCE = ("Government regains territory", "Non-state actor overtakes territory", "Armed clash",
                      "Excessive force against protesters", "Protest with intervention", "Peaceful protest",
                      # "تفجير الكنيسة" and "انتحاري فجر نفسه أمامها": a bombing told as a suicide attack is one
                      "Suicide bomb", "Remote explosive/landmine/IED")


def precedes(sub_a: str, sub_b: str) -> bool:
    order = {name: rank for rank, name in enumerate(SUBTYPE_PRECEDENCE)}
    return sub_a in order and sub_b in order and order[sub_a] < order[sub_b]


def most_telling_subtype(main: Mention, triggers: list[Mention]) -> str:
    """"تظاهر الآلاف ... وأطلقت الشرطة الغاز المسيل للدموع": one protest, with intervention."""
    best = main.data["trigger"].sub_event_type
    for t in triggers:
        trigger = t.data["trigger"]
        if trigger.event_type == main.data["trigger"].event_type and precedes(trigger.sub_event_type, best):
            best = trigger.sub_event_type
    return best


def names_an_act(doc: Document, trigger: Mention, actors: list[Mention]) -> bool:
    """A trigger word that reports an act here: a change of control with a place, a weapon that is
    used, an interception of a weapon, and not a word of an actor's name ("هيئة تحرير الشام",
    "قوات مكافحة الشغب"), unless the actor is named after the act ("المتظاهرين", "انتحاري")."""
    return ((not is_territory(trigger) or takes_a_place(doc, trigger))
            and (not needs_an_anchor(trigger) or has_a_side_or_place(doc, trigger, actors))
            and (not needs_a_person(trigger) or holds_someone(doc, trigger))
            and (not is_weapon(trigger) or weapon_used(doc, trigger))
            and (not is_interception(trigger) or intercepts_a_weapon(doc, trigger))
            and not any(inside_a_name(trigger, a) for a in actors))


def needs_an_anchor(trigger: Mention) -> bool:
    """Generic attack words and the words of context group "unanchored" (a bare "انفجار", "طعن")."""
    kind = trigger.data["trigger"]
    return kind.sub_event_type == GENERIC_ATTACK or kind.phrase in word_set("unanchored")


def has_a_side_or_place(doc: Document, trigger: Mention, actors: list[Mention]) -> bool:
    """"هجوم", "استهدفت", "انفجار" report an act only with an actor, a victim or a place in their
    sentence: "تعرض 50 مليون حساب لهجوم", "دراسة استهدفت تحديد", "انفجار عصر الكامبري" are
    nobody's."""
    return bool(actors or doc.mentions_of("CASUALTY", trigger.sentence) or doc.mentions_of("PLACE", trigger.sentence))


def needs_a_person(trigger: Mention) -> bool:
    """Arrest words that also mean stopping or holding a thing (context group "holds_a_person")."""
    return trigger.data["trigger"].phrase in word_set("holds_a_person")


def holds_someone(doc: Document, trigger: Mention) -> bool:
    """"أوقفت الشرطة ثلاثة أشخاص", "أوقفت الشرطة المشتبه به", "أوقفته" are arrests; "أوقفت
    الولايات المتحدة بيانا", "احتجاز السفينة" hold a thing: the word's own count or victims, or its
    pronoun object, must name people."""
    if doc.text.startswith("ه", trigger.end):
        return True   # "أوقفته", "توقيفهم": him, them
    return any(c.label == "arrested" and c.start <= trigger.start < c.end
               and (c.data.get("value") is not None or c.data.get("victims"))
               for c in doc.mentions_of("CASUALTY", trigger.sentence))


def is_charged(doc: Document, sentence: Span, trigger: Mention) -> bool:
    """"امرأتين متهمتين باغتيال", "ثلاثة أشخاص اتهموا بتفجير عبوة": the act someone is charged
    with is not what the sentence reports (the arrest or the trial is)."""
    return bool(_ACCUSED_OF.search(doc.text, max(sentence.start, trigger.start - 40), trigger.start))


def inside_a_name(trigger: Mention, actor: Mention) -> bool:
    """The trigger is a word of a longer actor name, not one named after its act ("مئات المتظاهرين")
    nor the weapon or the attack of a force ("قصفت مقاتلات التحالف", "استهدفت غارات التحالف")."""
    return (actor.start <= trigger.start and trigger.end <= actor.end
            and (actor.start, actor.end) != (trigger.start, trigger.end)
            and actor.data["entry"].type_code not in DEMONSTRATORS and not is_weapon(trigger)
            and trigger.data["trigger"].phrase not in word_set("attack_of"))


def is_weapon(trigger: Mention) -> bool:
    return trigger.data["trigger"].phrase in word_set("weapon_noun")


WEAPON_VERB_REACH = 30   # characters before the weapon noun
WEAPON_SUBJECT_REACH = 40   # characters after it, where the weapon is the subject ("مقاتلات (إف 16) التابعة للجيش قصفت")
_WEAPON_VERB = re.compile(rf"(?:^|\s)[وف]?(?:{alternation('weapon_verb')})(?:\s|$)")


def weapon_used(doc: Document, trigger: Mention) -> bool:
    """"عرض المعرض طائرات بدون طيار" names a weapon; "أطلق الحوثيون صاروخا", "مقتل 3 بقذيفة",
    "طائرات حربية أغارت" use one."""
    sentence = doc.sentences[trigger.sentence]
    before = doc.text[max(sentence.start, trigger.start - WEAPON_VERB_REACH):trigger.start]
    return (bool(_WEAPON_VERB.search(before + " ")) or used_as_subject(doc, trigger)
            or bool(doc.mentions_of("CASUALTY", trigger.sentence)))


def used_as_subject(doc: Document, trigger: Mention) -> bool:
    """"مقاتلات (إف 16) التابعة للجيش قصفت": the weapon does what the verb after it says, unless
    a cue comes between ("المقاتلات يمكنها إطلاق")."""
    end = min(doc.sentences[trigger.sentence].end, trigger.end + WEAPON_SUBJECT_REACH)
    verb = _WEAPON_VERB.search(" " + doc.text[trigger.end:end] + " ")
    if verb is None:
        return False
    verb_start = trigger.end + verb.start()
    return not any(trigger.end <= cue.start < verb_start for cue in doc.mentions_of("CUE", trigger.sentence))


def is_interception(trigger: Mention) -> bool:
    return trigger.data["trigger"].phrase in word_set("interception")


INTERCEPTED_REACH = 40   # characters after the interception word
_WEAPON_AFTER = re.compile(rf"(?:^|\s)[وبل]?(?:ال)?(?:{alternation('weapon_noun')})")


def intercepts_a_weapon(doc: Document, trigger: Mention) -> bool:
    """"اعترضت الدفاعات صاروخا" and "إسقاط طائرة مسيرة" stop a weapon; "مهلة للاعتراض",
    "إسقاط الديون" do not."""
    return bool(_WEAPON_AFTER.search(doc.text, trigger.end, trigger.end + INTERCEPTED_REACH))


def is_territory(trigger: Mention) -> bool:
    return trigger.data["trigger"].sub_event_type.endswith("territory")


_PURPOSE_LAM = re.compile(r"(?:^|\s)[وف]?ل$")


def has_purpose_lam(text: str, trigger: Mention) -> bool:
    """"لتحرير", "للسيطرة": the preposition ل written onto the verbal noun."""
    return bool(_PURPOSE_LAM.search(text, max(0, trigger.start - 3), trigger.start))


TERRITORY_OBJECT_WORDS = 6   # the subject may come first: "سيطرت القوات الحكومية أمس على قرى"


def takes_a_place(doc: Document, trigger: Mention) -> bool:
    """"السيطرة على مدينة", "طرد المسلحين من حي": a change of control names a place within a
    few words; "تحرير 20 رهينة", "السيطرة على الحريق" do not."""
    from ..geo.wordlists import cue_kinds
    from ..text.normalize import normalize_key
    words = _WORD.findall(doc.text, trigger.end, min(len(doc.text), trigger.end + 80))[:TERRITORY_OBJECT_WORDS]
    if not words:
        return False
    reach = trigger.end + doc.text[trigger.end:].find(words[-1]) + len(words[-1])
    withdrawal = trigger.data["trigger"].sub_event_type == WITHDRAWAL
    places = [p for p in doc.mentions_of("PLACE", trigger.sentence) if trigger.end <= p.start < reach
              and (not withdrawal or _FROM_BEFORE.search(doc.text[max(trigger.end, p.start - 20):p.start]))]
    if places:
        return True
    nouns = set(cue_kinds()) | place_plurals()
    if withdrawal:   # "انسحاب الولايات المتحدة من الاتفاق" leaves a deal, not a place
        words = [w for prev, w in zip(words, words[1:]) if prev in ("من", "عن")]
    return any(normalize_key(w).lstrip("وبل") in nouns or normalize_key(w) in nouns for w in words)


WITHDRAWAL = "Non-violent transfer of territory"
_FROM_BEFORE = re.compile(r"(?:^|\s)(?:من|عن)\s+(?:\S+\s+)?$")


@functools.cache
def place_plurals() -> frozenset[str]:
    """"السيطرة على مناطق", "طرد المسلحين من قرى": plural place nouns (resources/events)."""
    from ..lexicon.tsv import read_resource_tsv
    from ..text.normalize import normalize_key
    return frozenset(normalize_key(row["word"]) for row in read_resource_tsv("events/place_plurals.tsv"))


def main_clause(text: str, sentence: Span, triggers: list[Mention]) -> list[Mention]:
    """The triggers before the first subordinate clause (all of them when none is before it)."""
    first = min(triggers, key=lambda t: t.start)
    boundary = subordinate_from(text, sentence, first.end)
    return [t for t in triggers if t.start < boundary] or triggers


def choose_main_trigger(text: str, sentence: Span, triggers: list[Mention]) -> Mention:
    pool = main_clause(text, sentence, triggers)
    best_rank = max(t.data["trigger"].rank for t in pool)
    if best_rank < GENERIC_RANK:
        # "28 شخصا قتلوا جراء هجوم انتحاري": the cause a weak word is told with names the act
        pool = told_cause(text, sentence, triggers, pool) or pool
        best_rank = max(t.data["trigger"].rank for t in pool)
    # Within one sentence, a clearly more specific trigger wins; near-ties go to the first named.
    contenders = [t for t in pool if t.data["trigger"].rank >= best_rank - 8]
    return min(contenders, key=lambda t: t.start)


_CAUSE = re.compile(rf"(?:^|\s)و?(?:{alternation('cause')})(?=\s)")


def told_cause(text: str, sentence: Span, triggers: list[Mention], pool: list[Mention]) -> list[Mention]:
    """The specific triggers of the cause clause ("بسبب", "جراء", "إثر") right after the main clause."""
    boundary = subordinate_from(text, sentence, max(t.end for t in pool))
    if not _CAUSE.match(text, boundary):
        return []
    clause_end = subordinate_from(text, sentence, boundary + 1)
    return [t for t in triggers if boundary <= t.start < clause_end and t.data["trigger"].rank >= GENERIC_RANK]


def evidence_span(text: str, sentence: Span, trigger: Mention) -> Span:
    if sentence.end - sentence.start <= MAX_EVIDENCE:
        return Span(sentence.start, sentence.end, sentence.text)
    half = MAX_EVIDENCE // 2
    start = max(sentence.start, trigger.start - half)
    end = min(sentence.end, start + MAX_EVIDENCE)
    while start > sentence.start and not text[start - 1].isspace():
        start += 1
    while end < sentence.end and not text[end].isspace():
        end -= 1
    return Span(start, end, text[start:end])


def words_between(text: str, start: int, end: int) -> int:
    return len(_WORD.findall(text[start:end])) if end > start else 0


# A sentence that opens with an accusation or a call reports a statement; one that opens with
# "يمكن" or "سوف" a possibility or a plan, whatever it names later.
STATEMENT_OPENING_WORDS = 3
OPENING_CUES = ("statement", "hypothetical", "future")


SPORT_PAGE_CUES = 3   # distinct sport words in an article that make it a sports report
SPORTS_PAGE_RANK = 60  # below this, a trigger in a sports report is the game's ("هجوم", "خطف", "شغب")
GENERIC_RANK = 50      # triggers below this rank are words with everyday senses ("هجوم", "مواجهات")


def has_dead(doc: Document, sentence: Span) -> bool:
    return any(c.label == "killed" for c in doc.mentions_of("CASUALTY", sentence.index))


def is_sports_page(doc: Document) -> bool:
    """Football reports "attack", "clash", "snatch" and "riots": an article with several sport
    words reports no act below SPORTS_PAGE_RANK unless someone was killed (specific acts,
    "قصف" or "عبوة ناسفة", still count)."""
    if "sports_page" not in doc.cache:
        words = {c.text for c in doc.mentions_of("CUE") if c.label == "sport"}
        doc.cache["sports_page"] = len(words) >= SPORT_PAGE_CUES
    return doc.cache["sports_page"]


# Sentences (the title and the lede) where a sentence carried out makes the article a verdict report.
VERDICT_OPENING = 2


def is_verdict_report(doc: Document) -> bool:
    """"تنفيذ حكم القتل قصاصا في جان": an article that opens with a death sentence carried out
    narrates the crime, the arrest and the trial behind it, long past and no political violence."""
    if "verdict_report" not in doc.cache:
        doc.cache["verdict_report"] = any(c.label == "verdict" and c.sentence < VERDICT_OPENING
                                          for c in doc.mentions_of("CUE"))
    return doc.cache["verdict_report"]


def modality_of(doc: Document, sentence: Span, trigger: Mention) -> str:
    if trigger.data["trigger"].rank < SPORTS_PAGE_RANK and is_sports_page(doc) and not has_dead(doc, sentence):
        return "sport"   # "خطف فوزا", "اشتبك مع مشجع", "أحداث شغب" in a match report
    if is_verdict_report(doc):
        return "background"
    for cue in doc.mentions_of("CUE", sentence.index):
        if cue.label in OPENING_CUES and words_between(doc.text, sentence.start, cue.start) < STATEMENT_OPENING_WORDS:
            return cue.label   # "دعت ..." / "كما يمكن لفرنسا ...": the whole sentence is a call or a possibility
        kind = cue.data["cue"].kind
        if cue.data["cue"].window == "sentence":
            if kind == "sport" and trigger.data["trigger"].rank >= GENERIC_RANK:
                continue   # "انفجار عبوة ناسفة قرب الملعب" is a bombing, whatever the place
            if kind == "accident" and trigger.data["trigger"].event_type in ("Protests", "Riots"):
                continue   # a protest over a road accident is still a protest
            if kind == "background" and not is_background(doc, sentence, trigger, cue):
                continue   # a nearer date tells when this act was
            if kind == "total" and not counts_since_cue(doc, sentence, trigger, cue):
                continue   # "قتل 4 جنود أمس في البلدة التي يحاصرها الجيش منذ سنوات": yesterday's act
            if kind in ("total", "sport", "accident") \
                    or (kind in ("future", "background", "hypothetical") and cue.start < trigger.start + 80):
                return kind
            continue
        if cue.end <= trigger.start and words_between(doc.text, cue.end, trigger.start) <= CUE_REACH_WORDS[kind]:
            return kind
    if sentence.text.rstrip().endswith(("؟", "?")):
        return "hypothetical"   # "هل تنفذ عملية عسكرية في سوريا؟": a question reports nothing
    if is_territory(trigger) and has_purpose_lam(doc.text, trigger):
        return "future"   # "عملية لتحرير المدينة", "تستعد لاستعادة": the aim of an operation, not its outcome
    if counts_since(doc, sentence, trigger):
        return "total"
    if is_background(doc, sentence, trigger):
        return "background"
    if _PLUPERFECT.match(sentence.text) and not doc.mentions_of("DATE", sentence.index):
        return "background"   # "وكانت ضربات جوية قد تسببت مؤخرا في مقتل عشرات": an undated earlier act
    if trigger.data["trigger"].rank < WEAK_IN_QUOTE_RANK and inside_quote(doc.text, sentence, trigger) \
            and not anchored(doc, sentence):
        return "statement"   # "نحن في خضم معركة مطولة": a generic word in a quote, with no place or day, is rhetoric
    if is_running_total(doc.mentions_of("CASUALTY", sentence.index)):
        return "total"
    return "asserted"


def is_running_total(casualties: list[Mention]) -> bool:
    """A thousand dead or arrested, or a thousand wounded beside a hundred dead, is a war's, a
    campaign's or a report's count ("حصدت أرواح 714 مدنيا وتسببت بإصابة 1132"); a thousand
    wounded alone can be one day at a border protest (Gaza, 14 May 2018: 60 dead, 2,400 wounded)."""
    def most(outcomes: tuple[str, ...]) -> int:
        return max((c.data.get("value") or 0 for c in casualties if c.label in outcomes), default=0)
    killed, wounded = most(("killed",)), most(("wounded",))
    return (killed >= TOTAL_TOLL or most(("arrested", "abducted", "missing")) >= TOTAL_TOLL
            or wounded >= TOTAL_WOUNDED or (wounded >= TOTAL_TOLL and killed >= TOTAL_TOLL // 10))


WEAK_IN_QUOTE_RANK = 46
QUOTE_MARKS = ('"', "«", "»", "“", "”")


def inside_quote(text: str, sentence: Span, trigger: Mention) -> bool:
    """An odd number of quotation marks before the trigger in its sentence opens a quote."""
    before = text[sentence.start:trigger.start]
    return sum(before.count(q) for q in QUOTE_MARKS) % 2 == 1


def anchored(doc: Document, sentence: Span) -> bool:
    return bool(doc.mentions_of("PLACE", sentence.index) or doc.mentions_of("DATE", sentence.index))


def is_background(doc: Document, sentence: Span, trigger: Mention, cue: Mention | None = None) -> bool:
    """Whether the time named nearest the trigger (a date, a year, or a background cue such as
    "العام الماضي") is past the background horizon: "تظاهر الآلاف أمس ... في ذكرى مقتل
    متظاهرين العام الماضي" is yesterday's protest, "الهجوم الذي وقع في 2015" is background
    (the day of the statement that tells it, "وقال المسؤول أمس إن", counts last)."""
    times = [(False, abs(cue.start - trigger.start), True)] if cue is not None else []
    if doc.published is not None:
        horizon = doc.published - dt.timedelta(days=BACKGROUND_DAYS)
        for date in act_dates(doc, sentence.index):
            latest = date.data.get("latest") or date.data.get("value")
            if latest:
                times.append((dates_statement(doc, sentence, date, trigger), abs(date.start - trigger.start),
                              dt.date.fromisoformat(latest) < horizon))
        for year in _YEAR.finditer(sentence.text):
            if not _is_part_of_date(doc, sentence, year):
                times.append((False, abs(sentence.start + year.start() - trigger.start),
                              int(year.group()) < doc.published.year))
    return min(times)[2] if times else False   # a statement's day only where nothing else is dated


# "انقلاب السادس من أغسطس", "ثورة 25 يناير", "أحداث 11 سبتمبر": a date that names another event.
_EVENT_NAME_BEFORE = re.compile(rf"(?:^|\s)[وبل]?(?:ال)?(?:{alternation('event_name_noun')})\s+(?:يوم\s+)?$")


def act_dates(doc: Document, sentence_index: int) -> list[Mention]:
    """The dates of a sentence that can date an act: not those that name another event."""
    return [d for d in doc.mentions_of("DATE", sentence_index)
            if not _EVENT_NAME_BEFORE.search(doc.text, max(0, d.start - 20), d.start)]


def dates_statement(doc: Document, sentence: Span, date: Mention, trigger: Mention) -> bool:
    """Whether the date is the day of the statement that reports the act ("وقال المسؤول أمس إن")."""
    return date.end <= trigger.start and bool(REPORT_VERB_BEFORE.search(doc.text[sentence.start:date.start]))


def dated_nearer(doc: Document, sentence: Span, trigger: Mention, cue: Mention) -> bool:
    """Whether a date other than the statement's is named nearer the trigger than the cue."""
    reach = abs(cue.start - trigger.start)
    return any(abs(date.start - trigger.start) < reach and not dates_statement(doc, sentence, date, trigger)
               for date in doc.mentions_of("DATE", sentence.index))


def counts_since_cue(doc: Document, sentence: Span, trigger: Mention, cue: Mention) -> bool:
    """Whether a running-total cue counts the act: any but a "since" phrase ("منذ بدء الحرب")
    does; that one not when a date is named nearer the act ("قتل 4 جنود أمس في البلدة التي يحاصرها
    الجيش منذ سنوات") or when it closes a comparison ("أعنف هجوم منذ بدء الحرب": the act is news)."""
    if not cue.text.startswith("منذ"):
        return True
    return not (dated_nearer(doc, sentence, trigger, cue)
                or _SUPERLATIVE_BEFORE.search(doc.text, sentence.start, cue.start))


def counts_since(doc: Document, sentence: Span, trigger: Mention) -> bool:
    """Whether the date named nearest the trigger is the start of a count: "قتل 48 فلسطينيا منذ
    30 آذار" and "منذ عام 2014" sum the acts of weeks or years (ACLED's running totals), where
    "منذ الاثنين" is a short span and "منذ يومين" (N ago) dates one act."""
    dates = doc.mentions_of("DATE", sentence.index)
    if not dates:
        return False
    nearest = min(dates, key=lambda date: abs(date.start - trigger.start))
    if not _SINCE_BEFORE_DATE.search(doc.text[sentence.start:nearest.start][-20:]):
        return False
    if doc.published is None:
        return nearest.data.get("kind") in ("year", "month")
    latest = nearest.data.get("latest") or nearest.data.get("value")
    return bool(latest) and dt.date.fromisoformat(latest) < doc.published - dt.timedelta(days=SINCE_DAYS)


def _is_part_of_date(doc: Document, sentence: Span, year: re.Match) -> bool:
    offset = sentence.start + year.start()
    return any(d.start <= offset < d.end for d in doc.mentions_of("DATE", sentence.index))


def trigger_clause(doc: Document, event: Event) -> tuple[int, int]:
    """Where the trigger's clause starts and ends: "يعقد المجلس اجتماعا اليوم بعد الهجوم
    الكيماوي في سوريا" dates the meeting, not the attack, so a trigger after "بعد" owns only
    what follows the marker."""
    sentence = doc.sentences[event.sentence]
    anchor = trigger_offset(doc, event)
    markers = [m.start() for m in SUBORDINATE.finditer(doc.text, sentence.start, anchor)]
    return (markers[-1] if markers else sentence.start), subordinate_from(doc.text, sentence, anchor)


def contrast_clause(doc: Document, event: Event) -> tuple[int, int]:
    """The part of the sentence between the "لكن" around the trigger: "لم تعلن أي جهة مسؤوليتها
    عن التفجير، لكن تنظيم الدولة تبنى في السابق هجمات مماثلة" names no perpetrator."""
    sentence = doc.sentences[event.sentence]
    anchor = trigger_offset(doc, event)
    before = [m.end() for m in CONTRAST.finditer(doc.text, sentence.start, anchor)]
    after = CONTRAST.search(doc.text, anchor, sentence.end)
    return (before[-1] if before else sentence.start), (after.start() if after else sentence.end)


def trigger_offset(doc: Document, event: Event) -> int:
    """Where the event's trigger starts (the evidence's start for an event built elsewhere)."""
    return event.trigger_start if event.trigger_start >= 0 else event.evidence[0].start
