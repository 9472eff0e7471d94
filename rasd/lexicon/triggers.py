"""Event trigger and modality-cue lexicons (rasd/resources/events/*.tsv)."""
from __future__ import annotations

import functools
from dataclasses import dataclass

from ..text.normalize import normalize_key
from .matcher import PhraseMatcher
from .tsv import read_resource_tsv

EVENT_TYPES = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": ("Chemical weapon", "Air/drone strike", "Suicide bomb",
                                   "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Excessive force against protesters", "Protest with intervention", "Peaceful protest"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": ("Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use",
                               "Headquarters or base established", "Looting/property destruction",
                               "Non-violent transfer of territory", "Other"),
}
# Sub-types whose value depends on the arguments, resolved by rasd.events.arguments.
DEFERRED_SUBTYPES = ("@territory", "@attack")
CUE_KINDS = ("denial", "negation", "future", "threat", "hypothetical", "total", "background",
             "statement", "description", "investigation", "sport", "accident", "defused", "verdict")


@dataclass(frozen=True)
class Trigger:
    phrase: str
    event_type: str
    sub_event_type: str
    rank: int


@dataclass(frozen=True)
class Cue:
    phrase: str
    kind: str
    window: str   # before / sentence


# Possessive pronouns on event nouns refer back to an actor: "غاراته", "هجماتهم". Not "نا":
# on a verb it is "we" ("احتجنا إلى" = we needed, not a protest).
PRONOUN_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
# Indefinite accusative nouns carry an alif: "شنت قصفا", "نفذوا هجوما".
TRIGGER_SUFFIXES = PRONOUN_SUFFIXES + ("ا",)
NOT_A_TRIGGER = "-"   # event_type of phrases that contain a trigger word but report no act


@functools.cache
def trigger_matcher() -> PhraseMatcher[Trigger]:
    """Longest match lets a NOT_A_TRIGGER phrase ("قواعد الاشتباك") swallow the trigger in it."""
    matcher: PhraseMatcher[Trigger] = PhraseMatcher(suffixes=TRIGGER_SUFFIXES)
    rows = list(read_resource_tsv("events/triggers.tsv"))
    listed = {row["phrase"] for row in rows}
    for row in rows:
        trigger = Trigger(row["phrase"], row["event_type"], row["sub_event_type"], int(row["rank"]))
        for phrase in (trigger.phrase, definite_form(trigger.phrase)):
            if phrase and (phrase == trigger.phrase or phrase not in listed):
                matcher.add(phrase, trigger)
    return matcher


@functools.cache
def agent_triggers() -> dict[str, Trigger]:
    """Normalised act verb -> its trigger, for verbs that report an act only with their subject
    named (events/agent_triggers.tsv)."""
    return {normalize_key(row["phrase"]): Trigger(row["phrase"], row["event_type"], row["sub_event_type"],
                                                  int(row["rank"]))
            for row in read_resource_tsv("events/agent_triggers.tsv")}


def definite_form(phrase: str) -> str:
    """"غارة جوية" -> "الغارة الجوية": a noun and its adjectives take the article together. Noun
    compounds ("قذائف هاون" -> "قذائف الهاون") get a form no text uses, which costs nothing.
    "" for one word (the matcher allows the article on it) or a phrase already definite."""
    words = phrase.split()
    if len(words) < 2 or any(w.startswith(("ال", "بال", "لل")) for w in words):
        return ""
    return " ".join("ال" + w for w in words)


@functools.cache
def cue_matcher() -> PhraseMatcher[Cue]:
    matcher: PhraseMatcher[Cue] = PhraseMatcher()
    for row in read_resource_tsv("events/cues.tsv"):
        matcher.add(row["phrase"], Cue(row["phrase"], row["cue"], row["window"]))
    return matcher
