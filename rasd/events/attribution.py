"""Who reported an event: "بحسب المرصد السوري لحقوق الإنسان", "قال المتحدث باسم الجيش",
"أفادت مصادر محلية". ACLED keeps the source of each event; rasd keeps the Arabic phrase that
names it, from the first of the event's sentences that has one, else the article's source line.
"""
from __future__ import annotations

import re

from ..document import Document, Event
from .context import alternation

# A reporting phrase, then the source: up to the clause that follows ("إن ..."), a comma or the
# sentence end, at most SOURCE_WORDS words.
SOURCE_WORDS = 9   # "المتحدث باسم وزارة الصحة في غزة أشرف القدرة"
_REPORTED_BY = re.compile(
    rf"(?:^|\s)(?:و?(?:{alternation('according_to')})|و?(?:{alternation('report_verb')})(?=\s))"
    r"\s*(?:ما\s+(?:ذكرته?|أعلنته?|أفادت به|قاله)\s+)?"
    rf"(?P<source>(?:(?!\s(?:{alternation('complementizer')}|في بيان|لوكالة|لـ)(?:\s|$))[^\n.،,:\"«»()])+)")
_DATE_OR_FILLER = re.compile(rf"\s+(?:{alternation('date_word')})\b.*$")


class AttributionStage:
    name = "attribution"
    requires = ("merged", "metadata")
    provides = ("attribution",)

    def __call__(self, doc: Document) -> None:
        for event in doc.events:
            event.attribution = reported_by(doc, event) or doc.source or ""


def reported_by(doc: Document, event: Event) -> str:
    for span in event.evidence:
        found = _REPORTED_BY.search(doc.text[span.start:span.end])
        if found:
            words = _DATE_OR_FILLER.sub("", found.group("source")).split()[:SOURCE_WORDS]
            if words:
                return " ".join(words)
    return ""
