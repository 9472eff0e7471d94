"""The pipeline stage that adds the CRF's PER/ORG/LOC mentions to a document."""
from __future__ import annotations

import bisect

from ..document import Document, Mention
from .tagger import EntityTagger


class NerStage:
    name = "ner"
    requires = ("sentences",)
    provides = ("ner",)

    def __init__(self, tagger: EntityTagger | None = None):
        self._tagger = tagger

    @property
    def tagger(self) -> EntityTagger:
        # Loaded on first use, so building a pipeline stays cheap.
        if self._tagger is None:
            self._tagger = EntityTagger.default()
        return self._tagger

    def __call__(self, doc: Document) -> None:
        sentences = [(s.start, s.end) for s in doc.sentences]
        starts = [s.start for s in doc.sentences]
        # Nothing downstream reads a span's confidence: leaving it out saves a quarter of the tagging.
        for span in self.tagger.tag(doc.text, sentences, confidence=False):
            sentence = doc.sentences[bisect.bisect_right(starts, span.start) - 1].index
            doc.mentions.append(Mention(
                span.start, span.end, span.text, kind=span.type, label=span.text, sentence=sentence,
                source="crf", data={"subtype": span.subtype}))
