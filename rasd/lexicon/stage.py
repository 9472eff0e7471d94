"""Lexicon stages: actors, nationality adjectives and lexicon named entities as mentions."""
from __future__ import annotations

from ..document import Document, Mention
from ..text.normalize import normalize_key
from .tribes import find_tribes


class ActorStage:
    """ACTOR mentions (data["entry"] is an ActorEntry: lexicon actors and tribes named in the
    text) and DEMONYM mentions (data["country"])."""

    name = "actors"
    requires = ("normalized", "sentences")
    provides = ("actors",)

    def __init__(self, lexicon=None, countries=None):
        from .actors import ActorLexicon
        from .countries import country_matcher, load_countries
        self.lexicon = lexicon or ActorLexicon.default()
        self.countries = countries or country_matcher()
        self.demonym_keys = {normalize_key(d) for c in load_countries().values() for d in c.demonyms_ar}

    def __call__(self, doc: Document) -> None:
        from .actors import drop_common_noun_aliases
        norm = doc.cache["normalized"]
        matches = drop_common_noun_aliases(self.lexicon.find(norm), norm.text)
        matches = sorted(matches + [t for t in find_tribes(doc.text)
                                    if not any(t.start < m.end and m.start < t.end for m in matches)],
                         key=lambda m: m.start)
        for match in matches:
            entry = abbreviated_actor(match, matches) or match.entry
            doc.mentions.append(Mention(match.start, match.end, match.surface, kind="ACTOR",
                                        label=entry.canonical, sentence=doc.sentence_at(match.start),
                                        source="actors", data={"entry": entry}))
        taken = [(m.start, m.end) for m in doc.mentions if m.kind == "ACTOR"]
        for match in self.countries.find(norm):
            if match.key not in self.demonym_keys or any(s <= match.start < e for s, e in taken):
                continue
            doc.mentions.append(Mention(match.start, match.end, match.surface, kind="DEMONYM",
                                        label=match.value.name, sentence=doc.sentence_at(match.start),
                                        source="countries.tsv", data={"country": match.value}))


def abbreviated_actor(match, matches):
    """"التحالف" after "التحالف بقيادة السعودية" is that coalition: a context-dependent
    noun takes the specific actor named earlier in the article whose name contains its head."""
    if not match.entry.by_context:
        return None
    head = normalize_key(match.surface).split()[-1]
    earlier = [m for m in matches if m.end <= match.start and not m.entry.is_generic
               and head in normalize_key(m.surface).split()]
    return earlier[-1].entry if earlier else None


class LexiconEntityStage:
    """PER / ORG / LOC mentions from the entity lexicons (known people, organisations, countries)."""

    name = "lexicon_entities"
    requires = ("normalized", "sentences")
    provides = ("lexicon_entities",)

    def __init__(self, matcher=None):
        from .entities import entity_matcher
        self.matcher = matcher or entity_matcher()

    def __call__(self, doc: Document) -> None:
        for match in self.matcher.find(doc.cache["normalized"]):
            entry = match.value
            doc.mentions.append(Mention(match.start, match.end, match.surface, kind=entry.type,
                                        label=entry.name_en, sentence=doc.sentence_at(match.start),
                                        source="entities", data={"subtype": entry.subtype}))
