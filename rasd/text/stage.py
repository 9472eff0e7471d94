"""Text-layer stages: the normalised view and sentence segmentation."""
from __future__ import annotations

from ..document import Document, Sentence
from .normalize import normalize
from .segment import split_sentences


class NormalizeStage:
    """Folds the text once for all later matchers (doc.cache["normalized"] is a NormalizedText)."""

    name = "normalize"
    requires = ("text",)
    provides = ("normalized",)

    def __call__(self, doc: Document) -> None:
        doc.cache["normalized"] = normalize(doc.text)


class SegmentStage:
    name = "segment"
    requires = ("text",)
    provides = ("sentences",)

    def __call__(self, doc: Document) -> None:
        doc.sentences = [Sentence(s.start, s.end, s.text, index=i)
                         for i, s in enumerate(split_sentences(doc.text))]
