"""The article's named entities: lexicon hits, gazetteer places and the learned tagger, merged.

Precedence: a lexicon or gazetteer span (curated, with a canonical name) wins over an
overlapping model span; model spans fill what the lexicons do not know. One exception: a place
name written as a whole word inside a longer person's name the model found ("نانسي بيلوسي",
"كولن باول", "جون بولتن") is part of the name, and its PLACE mention is dropped for every later
stage (an event is not placed in Nancy). Entities are
grouped by canonical name (or by normalised surface when there is none), so "حفتر" and
"المشير حفتر" are one person with two forms. A person's span starts at the name itself:
leading titles and nationality adjectives ("الرئيس الأمريكي دونالد ترامب") are cut off.
"""
from __future__ import annotations

import dataclasses

from .document import Document, Entity, Mention
from .ner.names import name_start
from .text.normalize import normalize_key

ENTITY_KINDS = ("PER", "ORG", "LOC")
_ARTICLE = "ال"


class EntityStage:
    name = "entities"
    requires = ("lexicon_entities", "places", "ner")
    provides = ("entities",)

    def __call__(self, doc: Document) -> None:
        persons = [m for m in doc.mentions if m.kind == "PER" and m.source == "crf"]
        doc.mentions = [m for m in doc.mentions if not (m.kind == "PLACE" and in_a_name(doc.text, m, persons))]
        curated = [m for m in doc.mentions if m.kind in ENTITY_KINDS and m.source != "crf"]
        curated += [place_as_entity(m) for m in doc.mentions if m.kind == "PLACE"]
        learned = [m for m in doc.mentions if m.kind in ENTITY_KINDS and m.source == "crf"]
        chosen = non_overlapping(curated)
        chosen += [m for m in learned if not any(m.start < c.end and c.start < m.end for c in chosen)]
        doc.entities = group_entities(sorted(map(without_titles, chosen), key=lambda m: m.start))


def in_a_name(text: str, place: Mention, persons: list[Mention]) -> bool:
    """Whether the place is a whole word of a longer person's name ("نانسي" in "نانسي بيلوسي"; but
    "للرياض" in a name span that ran on, "ترامب للرياض", carries a preposition: a place)."""
    whole_word = place.start == 0 or text[place.start - 1].isspace()
    return whole_word and any(p.start <= place.start and place.end <= p.end
                              and p.end - p.start > place.end - place.start for p in persons)


def without_titles(mention: Mention) -> Mention:
    cut = name_start(mention.text) if mention.kind == "PER" else 0
    if not cut:
        return mention
    return dataclasses.replace(mention, start=mention.start + cut, text=mention.text[cut:])


def place_as_entity(mention: Mention) -> Mention:
    place = mention.data["place"]
    return Mention(mention.start, mention.end, mention.text, kind="LOC", label=place.name,
                   sentence=mention.sentence, source="geo", data={"subtype": place.feature})


def non_overlapping(mentions: list[Mention]) -> list[Mention]:
    chosen: list[Mention] = []
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not any(m.start < c.end and c.start < m.end for c in chosen):
            chosen.append(m)
    return chosen


def _group_key(m: Mention) -> tuple[str, str]:
    name = m.label if m.source != "crf" else ""
    if name:
        return (m.kind, name.lower())
    key = normalize_key(m.text)
    return (m.kind, key[len(_ARTICLE):] if key.startswith(_ARTICLE) and len(key) > 4 else key)


def group_entities(mentions: list[Mention]) -> list[Entity]:
    groups: dict[tuple[str, str], Entity] = {}
    for m in mentions:
        key = _group_key(m)
        entity = groups.get(key)
        if entity is None:
            entity = groups[key] = Entity(type=m.kind, text=m.text, name=m.label if m.source != "crf" else "",
                                          subtype=m.data.get("subtype", ""))
        if m.text not in entity.forms:
            entity.forms.append(m.text)
        entity.spans.append((m.start, m.end))
    return list(groups.values())
