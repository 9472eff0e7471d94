"""Trigger stage: finds event-denoting words and the modality cues around them."""
from __future__ import annotations

from ..document import Document, Mention
from ..lexicon.triggers import NOT_A_TRIGGER, cue_matcher, trigger_matcher


class TriggerStage:
    name = "triggers"
    requires = ("normalized", "sentences")
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
        for match in self.cues.find(norm):
            doc.mentions.append(Mention(match.start, match.end, match.surface, kind="CUE",
                                        label=match.value.kind, sentence=doc.sentence_at(match.start),
                                        source="cues.tsv", data={"cue": match.value}))
