"""Tagging text with the trained CRF: tokens in, entity spans in original offsets out."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pycrfsuite

from ..text.normalize import normalize
from .clitics import article_prefix_length
from .features import FeatureExtractor
from .gazetteer import Gazetteer
from .labels import coarse_of, subtype_of
from .tokens import ner_tokens

DEFAULT_MODEL = Path(__file__).with_name("model.crfsuite")

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# Bare one-letter clitics before a name that has no article ("وبنغازي", "لدمشق").
_BARE_PREFIX = re.compile(r"^[وف]?[بلك]?")
# A government body whose head noun is an armed force ("الجيش", "قوات", "الحرس").
_MILITARY_HEADS = frozenset({"جيش", "قوات", "قوه", "حرس", "شرطه", "لواء", "كتيبه", "فرقه", "فيلق", "بحريه"})
_ARMED_GROUP_HEADS = frozenset({"كتايب", "سرايا", "ميليشيا", "مليشيا", "ميليشيات", "فصيل", "فصايل", "تنظيم"})


class ModelError(RuntimeError):
    """The model file is missing or unreadable."""


@dataclass(frozen=True)
class TaggedSpan:
    start: int
    end: int
    text: str
    type: str          # PER / ORG / LOC
    subtype: str       # person, government, military, armed_group, organization, nation, city, ...
    confidence: float  # lowest per-token marginal probability of the predicted labels


def gazetteer_path(model_path: Path) -> Path:
    return model_path.with_suffix(".gazetteer.tsv")


class EntityTagger:
    def __init__(self, model_path: str | Path = DEFAULT_MODEL):
        model_path = Path(model_path)
        if not model_path.is_file() or not gazetteer_path(model_path).is_file():
            raise ModelError(f"NER model {model_path} (or its gazetteer) is missing: run `rasd train-ner`")
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._gazetteer = Gazetteer.load(gazetteer_path(model_path))
        attributes = frozenset(attr for attr, _ in self._tagger.info().state_features)
        self._features = FeatureExtractor(self._gazetteer, model_attributes=attributes)
        # Known words decide which leading letters of an entity are clitics (see _clitic_length).
        self._known = frozenset(a[2:] for a in attributes if a.startswith("w=")) | self._gazetteer.words()

    @classmethod
    def default(cls) -> "EntityTagger":
        return _default_tagger()

    def labels(self, tokens: list[str]) -> list[str]:
        """BIO labels (fine types) for one tokenised sentence."""
        if not tokens:
            return []
        return self._tagger.tag(self._features.sentence(tokens))

    def tag(self, text: str, sentences: list[tuple[int, int]]) -> list[TaggedSpan]:
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        spans: list[TaggedSpan] = []
        for start, end in sentences:
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"sentence ({start}, {end}) lies outside the text (length {len(text)})")
            spans.extend(self._tag_sentence(text, start, end))
        return spans

    def _tag_sentence(self, text: str, start: int, end: int) -> list[TaggedSpan]:
        # The model knows Arabic news only; elsewhere its guesses would be noise.
        if not _ARABIC_LETTER.search(text, start, end):
            return []
        tokens = ner_tokens(text, start, end)
        self._tagger.set(self._features.sentence([t.text for t in tokens]))
        labels = self._tagger.tag()
        spans = []
        for first, last, fine in _entities(labels):
            confidence = min(self._tagger.marginal(labels[k], k) for k in range(first, last + 1))
            span_start = tokens[first].start + self._clitic_length(tokens[first].text)
            span_end = tokens[last].end
            surface = text[span_start:span_end]
            spans.append(TaggedSpan(span_start, span_end, surface, coarse_of(fine),
                                    _subtype(fine, surface), round(confidence, 3)))
        return spans

    def _clitic_length(self, token: str) -> int:
        """Original-text characters of و/ف/ب/ل/ك to cut from the front of an entity's first word."""
        norm = normalize(token)
        cut = article_prefix_length(norm.text)
        if not cut:
            prefix = _BARE_PREFIX.match(norm.text).group()
            # Cut only when the rest is a word we know and the whole is not ("وبنغازي"
            # -> "بنغازي", but "بغداد" and "فرنسا" stay whole).
            if prefix and norm.text not in self._known:
                cut = next((k for k in range(1, len(prefix) + 1) if norm.text[k:] in self._known), 0)
        return norm.origin[cut] if cut else 0


@functools.cache
def _default_tagger() -> EntityTagger:
    return EntityTagger(DEFAULT_MODEL)


def _entities(labels: list[str]) -> list[tuple[int, int, str]]:
    """(first token, last token, fine type) of each B-/I- run; a stray I- starts an entity."""
    out: list[tuple[int, int, str]] = []
    for i, label in enumerate(labels):
        if label == "O":
            continue
        kind = label[2:]
        if label.startswith("I-") and out and out[-1][1] == i - 1 and out[-1][2] == kind:
            out[-1] = (out[-1][0], i, kind)
        else:
            out.append((i, i, kind))
    return out


def _subtype(fine: str, surface: str) -> str:
    head = normalize(surface).text.split()[0] if surface.strip() else ""
    head = head[2:] if head.startswith("ال") else head
    if fine == "GOV" and head in _MILITARY_HEADS:
        return "military"
    if fine in ("ORG", "GOV") and head in _ARMED_GROUP_HEADS:
        return "armed_group"
    return subtype_of(fine)
