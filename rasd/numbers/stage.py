"""Pipeline stage: casualty statements as CASUALTY mentions."""
from __future__ import annotations

from dataclasses import asdict

from ..document import Document, Mention
from .casualties import find_casualties


class CasualtyStage:
    """Adds one Mention(kind="CASUALTY", label=outcome) per casualty statement; `data` holds every
    field of the CasualtyMention (value, approximate, victims, victim_class, count span, toll_update,
    negated, combined_total)."""

    name = "casualties"
    requires = ("sentences",)
    provides = ("casualties",)

    def __call__(self, doc: Document) -> None:
        for casualty in find_casualties(doc.text):
            doc.mentions.append(Mention(
                casualty.start, casualty.end, casualty.text, kind="CASUALTY", label=casualty.outcome,
                sentence=doc.sentence_at(casualty.start), source="numbers", data=asdict(casualty),
            ))
