"""Token features for the CRF, computed once per distinct word and reused.

Every feature of a token depends on one word only (the token itself or a neighbour), so
each distinct word is analysed once per process: its own features and the copies of them
that describe it as a neighbour at -2, -1, +1, +2. A sentence's feature lists are then
concatenations of cached tuples, which keeps tagging an article to a few milliseconds.
"""
from __future__ import annotations

import csv
import functools
from pathlib import Path

from ..text.normalize import normalize_key
from .clitics import split_clitics, strip_article
from .gazetteer import Gazetteer

TRIGGERS_FILE = Path(__file__).with_name("triggers.tsv")
CLASSES = ("TITLE", "NAME_PART", "GIVEN_NAME", "ORG_HEAD", "MIL_HEAD", "LOC_HEAD", "FAC_HEAD", "SAY", "LOC_PREP")
_NEIGHBOUR_OFFSETS = (-2, -1, 1, 2)


class TriggerFileError(ValueError):
    pass


@functools.cache
def load_triggers(path: Path = TRIGGERS_FILE) -> dict[str, frozenset[str]]:
    """Article-free normalised word -> trigger classes."""
    triggers: dict[str, set[str]] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = [line for line in fh if line.strip() and not line.startswith("#")]
    reader = csv.reader(rows[1:], delimiter="\t")
    for line_no, row in enumerate(reader, start=2):
        if len(row) != 2 or row[1] not in CLASSES:
            raise TriggerFileError(f"{path.name}: bad row {line_no}: {row!r} (expected word<TAB>one of {CLASSES})")
        key = strip_article(normalize_key(row[0]))
        if row[1] in triggers.get(key, ()):
            raise TriggerFileError(f"{path.name}: duplicate {row[0]!r} as {row[1]}")
        triggers.setdefault(key, set()).add(row[1])
    return {k: frozenset(v) for k, v in triggers.items()}


def word_shape(token: str) -> str:
    if token.isdigit():
        return "digit"
    if all("\u0621" <= c <= "\u064A" for c in token):
        return "arabic"
    if token.isascii() and token.isalpha():
        return "latin_cap" if token[0].isupper() else "latin"
    if not any(c.isalnum() for c in token):
        return "punct"
    return "mixed"


class FeatureExtractor:
    def __init__(self, gazetteer: Gazetteer, triggers: dict[str, frozenset[str]] | None = None,
                 model_attributes: frozenset[str] | None = None):
        """`model_attributes`, when given, are the only attributes a trained model has weights
        for; the rest are dropped once per word, because passing them to crfsuite costs time
        and changes nothing."""
        self._gazetteer = gazetteer
        self._triggers = load_triggers() if triggers is None else triggers
        self._model_attributes = model_attributes
        self._cache: dict[str, tuple[tuple[str, ...], ...]] = {}

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """One attribute list per token (crfsuite string attributes, weight 1)."""
        analysed = [self._analyse(t) for t in tokens]
        n = len(tokens)
        out = []
        for i in range(n):
            features = list(analysed[i][0])
            for slot, offset in enumerate(_NEIGHBOUR_OFFSETS, start=1):
                j = i + offset
                if 0 <= j < n:
                    features.extend(analysed[j][slot])
            if i == 0:
                features.append("BOS")
            elif i == n - 1:
                features.append("EOS")
            out.append(features)
        return out

    def _analyse(self, token: str) -> tuple[tuple[str, ...], ...]:
        cached = self._cache.get(token)
        if cached is None:
            cached = self._cache[token] = self._describe(token)
        return cached

    def _describe(self, token: str) -> tuple[tuple[str, ...], ...]:
        norm = normalize_key(token) or token
        prefix, article, stem = split_clitics(norm)
        noart = strip_article(norm)
        shape = word_shape(norm)
        lexical = self._lookups(norm, noart, prefix)
        own = (
            "w=" + norm, "s=" + stem, "cl=" + prefix + article, "sh=" + shape,
            "p2=" + stem[:2], "p3=" + stem[:3], "x1=" + stem[-1:], "x2=" + stem[-2:], "x3=" + stem[-3:],
            "len=" + str(min(len(stem), 7)),
            *lexical,
        )
        near = ("w=" + norm, "s=" + stem, "cl=" + prefix + article, "sh=" + shape, *lexical)
        far = ("s=" + stem, *lexical)
        described = (own, _tag(far, "-2"), _tag(near, "-1"), _tag(near, "+1"), _tag(far, "+2"))
        if self._model_attributes is None:
            return described
        return tuple(tuple(f for f in group if f in self._model_attributes) for group in described)

    def _lookups(self, norm: str, noart: str, prefix: str) -> tuple[str, ...]:
        # A gazetteer hit on the word as written ("gz") is strong evidence; one found only
        # after cutting single letters that may or may not be clitics ("بشار" -> "شار") is
        # kept apart ("gzc") so the model can learn to trust it less.
        found: set[str] = set()
        for word in {norm, noart}:
            found.update("tr=" + c for c in self._triggers.get(word, ()))
            found.update("gz=" + c for c in self._gazetteer.classes(word))
        if noart == norm:
            for cut in range(1, len(prefix) + 1):
                word = norm[cut:]
                found.update("tr=" + c for c in self._triggers.get(word, ()))
                found.update("gzc=" + c for c in self._gazetteer.classes(word))
        return tuple(sorted(found))


def _tag(features: tuple[str, ...], position: str) -> tuple[str, ...]:
    return tuple(position + f for f in features)
