"""Trigger stage: finds event-denoting words and the modality cues around them."""
from __future__ import annotations

from ..document import Document, Mention
from ..lexicon.triggers import NOT_A_TRIGGER, agent_triggers, cue_matcher, trigger_matcher
from ..text.normalize import normalize_key


class TriggerStage:
    name = "triggers"
    requires = ("normalized", "sentences", "casualties")
    provides = ("triggers", "cues")

    def __init__(self, triggers=None, cues=None):
        self.triggers = triggers or trigger_matcher()
        self.cues = cues or cue_matcher()

    def __call__(self, doc: Document) -> None:
        norm = doc.cache["normalized"]
        for match in self.triggers.find(norm):
            t = match.value
            if t.event_type == NOT_A_TRIGGER:
                continue
            doc.mentions.append(Mention(match.start, match.end, match.surface, kind="TRIGGER",
                                        label=f"{t.event_type}/{t.sub_event_type}",
                                        sentence=doc.sentence_at(match.start), source="triggers.tsv",
                                        data={"trigger": t}))
        self._add_verbs_with_agents(doc)
        for match in self.cues.find(norm):
            doc.mentions.append(Mention(match.start, match.end, match.surface, kind="CUE",
                                        label=match.value.kind, sentence=doc.sentence_at(match.start),
                                        source="cues.tsv", data={"cue": match.value}))

    @staticmethod
    def _add_verbs_with_agents(doc: Document) -> None:
        """"قتل مسلحون مجهولون ضابطا": the killing verb whose subject the casualty reader found."""
        for casualty in doc.mentions_of("CASUALTY"):
            if casualty.data.get("agent_start") is None:
                continue
            verb = doc.text[casualty.start:casualty.end].split(maxsplit=1)[0]
            trigger = agent_triggers().get(normalize_key(verb))
            if trigger is not None:
                doc.mentions.append(Mention(casualty.start, casualty.start + len(verb), verb, kind="TRIGGER",
                                            label=f"{trigger.event_type}/{trigger.sub_event_type}",
                                            sentence=casualty.sentence, source="agent_triggers.tsv",
                                            data={"trigger": trigger}))
