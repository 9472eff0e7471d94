"""Who reported an event: "بحسب المرصد السوري لحقوق الإنسان", "قال المتحدث باسم الجيش",
"أفادت مصادر محلية". ACLED keeps the source of each event; rasd keeps the Arabic phrase that
names it, from the first of the event's sentences that has one, else the article's source line.
"""
from __future__ import annotations

import re

from ..document import Document, Event

# A reporting phrase, then the source: up to the clause that follows ("إن ..."), a comma or the
# sentence end, at most SOURCE_WORDS words.
SOURCE_WORDS = 7
_REPORTED_BY = re.compile(
    r"(?:^|\s)(?:و?(?:بحسب|حسب|وفقا ل|وفقاً ل|وفق|نقلا عن|نقلاً عن|طبقا ل|طبقاً ل)"
    r"|و?(?:قال|أفاد|ذكر|أعلن|أكد|أوضح|صرح|نقل)ت?(?=\s))"
    r"\s*(?:ما\s+(?:ذكرته?|أعلنته?|أفادت به|قاله)\s+)?"
    r"(?P<source>(?:(?!\s(?:إن|أن|بأن|ان|في بيان|لوكالة|لـ)(?:\s|$))[^\n.،,:\"«»()])+)")
_DATE_OR_FILLER = re.compile(r"\s+(?:اليوم|أمس|الخميس|الجمعة|السبت|الأحد|الاثنين|الإثنين|الثلاثاء|الأربعاء)\b.*$")


class AttributionStage:
    name = "attribution"
    requires = ("merged", "metadata")
    provides = ("attribution",)

    def __call__(self, doc: Document) -> None:
        for event in doc.events:
            event.attribution = reported_by(doc, event) or doc.source or ""


def reported_by(doc: Document, event: Event) -> str:
    for span in event.evidence:
        found = _REPORTED_BY.search(doc.text, span.start, span.end)
        if found:
            words = _DATE_OR_FILLER.sub("", found.group("source")).split()[:SOURCE_WORDS]
            if words:
                return " ".join(words)
    return ""
