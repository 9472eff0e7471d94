"""Token features for the CRF, computed once per distinct word and reused.

Every feature of a token depends on one word only (the token itself or a neighbour), so
each distinct word is analysed once per process. A word's own attributes are "kind=value"
strings; the token `offset` places away sees those of NEIGHBOUR_KINDS[offset] kinds, with
the offset in front ("-1s=..."). Training spells these out per token; tagging sums each
word's weights once (tagger.WordScores), which is why a feature may never span two words.
Tagging also never spells out the attributes every word has (WORD_KINDS): it looks their
values up by kind (FeatureExtractor.analyse), which saves building a dozen strings per new word.
"""
from __future__ import annotations

import csv
import functools
import re
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from ..text.normalize import normalize, normalize_key
from .clitics import split_clitics, strip_article
from .gazetteer import Gazetteer

if TYPE_CHECKING:
    from .clusters import WordClusters

_ARABIC_WORD = re.compile("[\u0621-\u064A]*")
TRIGGERS_FILE = Path(__file__).with_name("triggers.tsv")
CLUSTER_SIZES = (32, 128, 512)
CLASSES = ("TITLE", "NAME_PART", "GIVEN_NAME", "ORG_HEAD", "MIL_HEAD", "LOC_HEAD", "FAC_HEAD", "SAY", "LOC_PREP")
_NEAR = frozenset({"w", "s", "cl", "sh", "tr", "gz", "gzc", "c32", "c128", "c512"})
_FAR = frozenset({"s", "tr", "gz", "gzc", "c128"})
_DISTANT = frozenset({"tr", "gz"})
NEIGHBOUR_KINDS: dict[int, frozenset[str]] = {-3: _DISTANT, -2: _FAR, -1: _NEAR, 1: _NEAR, 2: _FAR, 3: _DISTANT}
NEIGHBOUR_OFFSETS = tuple(NEIGHBOUR_KINDS)
BOS, EOS = "BOS", "EOS"  # attributes of a sentence's first and (when not also first) last token
# The kinds of attribute every word has, in the order of the values FeatureExtractor.analyse gives.
WORD_KINDS = ("w", "s", "cl", "sh", "p2", "p3", "x1", "x2", "x3", "len", "rp", "rx")
_LENGTHS = tuple(str(length) for length in range(8))  # "len=" values: the stem's length, 7 for longer


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
    if _ARABIC_WORD.fullmatch(token):
        return "arabic"
    if token.isascii() and token.isalpha():
        return "latin_cap" if token[0].isupper() else "latin"
    if not any(c.isalnum() for c in token):
        return "punct"
    return "mixed"


class FeatureExtractor:
    def __init__(self, gazetteer: Gazetteer, clusters: WordClusters,
                 triggers: dict[str, frozenset[str]] | None = None):
        self._gazetteer = gazetteer
        self._clusters = clusters
        self._triggers = load_triggers() if triggers is None else triggers
        # Most readings of a word are in neither list: one set lookup rules them out.
        self._listed = frozenset(self._triggers).union(gazetteer.words())
        self._cache: dict[str, tuple[tuple[str, ...], ...]] = {}

    def sentence(self, tokens: list[str]) -> list[list[str]]:
        """One attribute list per token (crfsuite string attributes, weight 1)."""
        analysed = [self._as_neighbours(t) for t in tokens]
        n = len(tokens)
        out = []
        for i in range(n):
            features = list(analysed[i][0])
            for slot, offset in enumerate(NEIGHBOUR_OFFSETS, start=1):
                j = i + offset
                if 0 <= j < n:
                    features.extend(analysed[j][slot])
            features.extend(edge_attributes(i, n))
            out.append(features)
        return out

    def _as_neighbours(self, token: str) -> tuple[tuple[str, ...], ...]:
        """The word's own attributes, then those it lends the token at each NEIGHBOUR_OFFSETS."""
        cached = self._cache.get(token)
        if cached is None:
            own = self.attributes(token)
            cached = self._cache[token] = (own, *(
                tuple(f"{offset:+d}{a}" for a in own if a.partition("=")[0] in kinds)
                for offset, kinds in NEIGHBOUR_KINDS.items()))
        return cached

    def attributes(self, token: str, norm: str | None = None) -> tuple[str, ...]:
        """The word's own attributes; `norm`, its normalize_key, when the caller has it already."""
        values, others = self.analyse(token, norm)
        return (*(kind + "=" + value for kind, value in zip(WORD_KINDS, values)), *others)

    def analyse(self, token: str, norm: str | None = None) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The word's own attributes in two parts: the values of its WORD_KINDS attributes, in
        that order, and its other attributes spelled out ("gz=CITY", "c32=5", "cv=0": each
        drawn from a small set, so the strings are shared, not built per word)."""
        norm = (normalize_key(token) if norm is None else norm) or token
        prefix, article, stem = split_clitics(norm)
        noart = stem if article else norm
        clusters = self._clusters.of(norm) or self._clusters.of(stem)
        values = (
            norm, stem, prefix + article, word_shape(norm), stem[:2], stem[:3], stem[-1:], stem[-2:], stem[-3:],
            _LENGTHS[min(len(stem), 7)],
            # The first and last letter as written: normalising folds the hamza forms and ة/ه, ى/ي.
            token[:1], token[-1:],
        )
        others = (
            *self._lookups(norm, noart, prefix),
            *self._cluster_attributes(clusters),
            # A word outside the news vocabulary of the clusters (often a foreign name).
            *(() if clusters else ("cv=0",)),
            # "ال...ي": a nisba, as in family names (المصري, الزبيدي) and nationality adjectives.
            *(("ns=1",) if article and len(stem) >= 4 and stem.endswith("ي") else ()),
        )
        return values, others

    def _lookups(self, norm: str, noart: str, prefix: str) -> tuple[str, ...]:
        # A gazetteer hit on the word as written ("gz") is strong evidence; one found only
        # after cutting single letters that may or may not be clitics ("بشار" -> "شار") is
        # kept apart ("gzc") so the model can learn to trust it less.
        readings = [(norm, "gz=")]
        if noart != norm:
            readings.append((noart, "gz="))
        else:
            readings += [(norm[cut:], "gzc=") for cut in range(1, len(prefix) + 1)]
        found = [self._lookup(word, kind) for word, kind in readings if word in self._listed]
        return tuple(sorted(set(chain.from_iterable(found)))) if found else ()

    def _lookup(self, word: str, gazetteer_kind: str) -> tuple[str, ...]:
        """The trigger and gazetteer attributes of one reading of a word."""
        triggers, places = self._triggers.get(word), self._gazetteer.classes(word)
        if not triggers and not places:
            return ()
        return self._spelled(triggers or frozenset(), "tr=") + self._spelled(places, gazetteer_kind)

    @staticmethod
    @functools.cache
    def _cluster_attributes(ids: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(f"c{size}={cluster}" for size, cluster in zip(CLUSTER_SIZES, ids))

    @staticmethod
    @functools.cache
    def _spelled(classes: frozenset[str], kind: str) -> tuple[str, ...]:
        return tuple(kind + c for c in classes)


def normalized_keys(words: list[str]) -> list[str]:
    """normalize_key of each single-token word, with one normalize call for all of them."""
    folded = normalize("\x00".join(words)).text.split("\x00")
    # Without punctuation or spaces, normalize_key changes nothing that normalize kept.
    return [key if key.isalnum() else normalize_key(word) for key, word in zip(folded, words)]


def edge_attributes(position: int, length: int) -> tuple[str, ...]:
    if position == 0:
        return (BOS,)
    return (EOS,) if position == length - 1 else ()


def neighbour_attribute(attribute: str) -> tuple[int, str]:
    """(offset, own attribute) of an attribute a token has from a neighbour ("-1s=x" -> (-1, "s=x")),
    (0, attribute) for the token's own attributes."""
    if attribute[:1] in "+-" and attribute[1:2].isdigit():
        return int(attribute[:2]), attribute[2:]
    return 0, attribute
