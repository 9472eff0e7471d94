"""Tagging text with the trained CRF: tokens in, entity spans in original offsets out."""
from __future__ import annotations

import atexit
import functools
import re
from dataclasses import dataclass
from itertools import chain, repeat
from pathlib import Path

import numpy as np

from ..text.normalize import normalize
from .clitics import article_prefix_length
from .clusters import WordClusters, clusters_path
from .decoding import ChainDecoder
from .features import BOS, EOS, NEIGHBOUR_OFFSETS, TRIGGERS_FILE, WORD_KINDS, FeatureExtractor, normalized_keys
from .gazetteer import Gazetteer
from .labels import coarse_of, subtype_of
from .recurrence import recurrences
from .tokens import ner_tokens
from .weights import ModelWeights, WeightsError, weights_path
from .wordtable import StoredWords, WordTableFile

DEFAULT_MODEL = Path(__file__).with_name("model.crfsuite")

_ARABIC_LETTER = re.compile(r"[\u0621-\u064A]")
# Bare one-letter clitics before a name that has no article ("وبنغازي", "لدمشق").
_BARE_PREFIX = re.compile(r"^[وف]?[بلك]?")
# A government body whose head noun is an armed force ("الجيش", "قوات", "الحرس").
_MILITARY_HEADS = frozenset({"جيش", "قوات", "قوه", "حرس", "شرطه", "لواء", "كتيبه", "فرقه", "فيلق", "بحريه"})
_ARMED_GROUP_HEADS = frozenset({"كتايب", "سرايا", "ميليشيا", "مليشيا", "ميليشيات", "فصيل", "فصايل", "تنظيم"})
# Inside a name, a word written with و and four or more letters after it ("كاسياس وراموس",
# "سولانا ولاريجاني", "للشام والبتراء") starts a second name; shorter ones are often parts of
# a name ("ابي وقاص", "محمد ولد عبد العزيز"), and in an organisation's name "وال..." joins its
# words ("وزارة التربية والتعليم"). In NewsFANE's training documents, "و"-words after a name
# start another name 488 times and continue it 81 times, "وال..." inside a name being ORG/GOV 27 of 30.
_COORDINATED_NAME_LETTERS = 5
_ORGANISATION_TYPES = frozenset({"ORG", "GOV"})


class ModelError(RuntimeError):
    """The model file is missing or unreadable."""


@dataclass(frozen=True)
class TaggedSpan:
    start: int
    end: int
    text: str
    type: str          # PER / ORG / LOC
    subtype: str       # person, government, military, armed_group, organization, nation, city, ...
    confidence: float | None  # lowest per-token marginal probability of its labels (None: not asked for)


def gazetteer_path(model_path: Path) -> Path:
    return model_path.with_suffix(".gazetteer.tsv")


class EntityTagger:
    def __init__(self, model_path: str | Path = DEFAULT_MODEL):
        model_path = Path(model_path)
        if not all(p.is_file() for p in (model_path, gazetteer_path(model_path), clusters_path(model_path))):
            raise ModelError(f"NER model {model_path} (or its gazetteer or word clusters) is missing: "
                             "run `rasd train-ner`")
        try:
            self._model = ModelWeights.load(model_path)
        except WeightsError as exc:
            raise ModelError(str(exc)) from None
        self._gazetteer = Gazetteer.load(gazetteer_path(model_path))
        features = FeatureExtractor(self._gazetteer, WordClusters.load(clusters_path(model_path)))
        table_file = WordTableFile.for_model(
            [weights_path(model_path), gazetteer_path(model_path), clusters_path(model_path), TRIGGERS_FILE])
        self._scores = WordScores(self._model, features, table_file)
        atexit.register(self._scores.save)
        self._decoder = ChainDecoder(self._model.transitions, self._model.labels.index("O"))
        self._label_index = {label: k for k, label in enumerate(self._model.labels)}
        # The B- label of each I- label (others map to themselves), for coordinated names.
        self._begin_of = np.array([self._label_index.get("B-" + label[2:], k) if label.startswith("I-") else k
                                   for k, label in enumerate(self._model.labels)])
        self._organisation = np.array([label[2:] in _ORGANISATION_TYPES for label in self._model.labels])
        # Known words decide which leading letters of an entity are clitics (see _clitic_length).
        self._model_words = self._model.known_words()
        self._clitic_lengths: dict[str, int] = {}

    @classmethod
    def default(cls) -> "EntityTagger":
        return _default_tagger()

    def labels(self, tokens: list[str]) -> list[str]:
        """BIO labels (fine types) for one tokenised sentence."""
        return self.document_labels([tokens])[0]

    def document_labels(self, sentences: list[list[str]]) -> list[list[str]]:
        """BIO labels (fine types) for the tokenised sentences of one document."""
        lengths = [len(tokens) for tokens in sentences]
        labels, _, _ = self._article([token for tokens in sentences for token in tokens], lengths, confidence=False)
        names = [self._model.labels[k] for k in labels.tolist()]
        ends = np.cumsum(lengths).tolist()
        return [names[end - length:end] for end, length in zip(ends, lengths)]

    def tag(self, text: str, sentences: list[tuple[int, int]], confidence: bool = True) -> list[TaggedSpan]:
        """The entities of the text's sentences. With confidence, each span carries the lowest
        marginal probability of its tokens' labels (a forward-backward pass: about a quarter
        of the tagging time); without, its confidence is None."""
        if not isinstance(text, str):
            raise TypeError(f"text must be a str, not {type(text).__name__}")
        for start, end in sentences:
            if not 0 <= start <= end <= len(text):
                raise ValueError(f"sentence ({start}, {end}) lies outside the text (length {len(text)})")
        # The model knows Arabic news only; elsewhere its guesses would be noise.
        tokenised = [tokens for start, end in sentences
                     if _ARABIC_LETTER.search(text, start, end) and (tokens := ner_tokens(text, start, end))]
        lengths = [len(tokens) for tokens in tokenised]
        tokens = list(chain.from_iterable(tokenised))
        _, probability, mentions = self._article(list(map(re.Match.group, tokens)), lengths, confidence)
        return [self._span(text, tokens[first], tokens[last], fine,
                           round(float(probability[first:last + 1].min()), 3) if confidence else None)
                for first, last, fine in mentions]

    def _article(self, words: list[str], lengths: list[int], confidence: bool
                 ) -> tuple[np.ndarray, np.ndarray, list[tuple[int, int, str]]]:
        """Label index and (with confidence) its probability per token, and the mentions
        (first token, last token, fine type), tagged names spread to their recurrences."""
        if not words:
            return np.zeros(0, dtype=np.intp), np.zeros(0), []
        rows = self._scores.rows(words)
        scores = self._scores.scores(rows, lengths)
        if confidence:
            labels, probability = self._decoder.decode(scores, lengths)
        else:
            labels, probability = self._decoder.labels(scores, lengths), np.ones(len(words))
        self._split_coordinated(labels, rows)
        mentions = self._mentions(labels, lengths)
        found = mentions and recurrences(self._scores.keys(rows), mentions, labels == self._decoder.outside, lengths)
        for start, length, k in found or ():
            first, last, kind = mentions[k]
            labels[start] = self._label_index["B-" + kind]
            labels[start + 1:start + length] = self._label_index["I-" + kind]
            probability[start:start + length] = probability[first:last + 1].min()
        return labels, probability, self._mentions(labels, lengths) if found else mentions

    def _split_coordinated(self, labels: np.ndarray, rows: np.ndarray) -> None:
        """Start a new name at "و" + name inside a tagged name (see _COORDINATED_NAME_LETTERS)."""
        inside = np.flatnonzero(self._begin_of[labels] != labels)
        for i, key in zip(inside.tolist(), self._scores.keys(rows[inside])):
            if (len(key) >= _COORDINATED_NAME_LETTERS and key[0] == "و"
                    and not (key.startswith("وال") and self._organisation[labels[i]])):
                labels[i] = self._begin_of[labels[i]]

    def _mentions(self, labels: np.ndarray, lengths: list[int]) -> list[tuple[int, int, str]]:
        """(first token, last token, fine type) of each entity."""
        named = np.flatnonzero(labels != self._decoder.outside)
        sentence_of = np.searchsorted(np.cumsum(lengths), named, side="right")
        names = [self._model.labels[k] for k in labels[named].tolist()]
        return _entities(named.tolist(), names, sentence_of.tolist())

    def _span(self, text: str, first: re.Match, last: re.Match, fine: str, confidence: float | None) -> TaggedSpan:
        start = first.start() + self._clitic_length(first.group())
        surface = text[start:last.end()]
        return TaggedSpan(start, last.end(), surface, coarse_of(fine), _subtype(fine, surface), confidence)

    def _clitic_length(self, token: str) -> int:
        """Original-text characters of و/ف/ب/ل/ك to cut from the front of an entity's first word."""
        cut = self._clitic_lengths.get(token)
        if cut is None:
            cut = self._clitic_lengths[token] = self._measure_clitics(token)
        return cut

    def _measure_clitics(self, token: str) -> int:
        norm = normalize(token)
        cut = article_prefix_length(norm.text)
        if not cut:
            prefix = _BARE_PREFIX.match(norm.text).group()
            # Cut only when the rest is a word we know and the whole is not ("وبنغازي"
            # -> "بنغازي", but "بغداد" and "فرنسا" stay whole).
            if prefix and not self._is_known(norm.text):
                cut = next((k for k in range(1, len(prefix) + 1) if self._is_known(norm.text[k:])), 0)
        return norm.origin[cut] if cut else 0

    def _is_known(self, word: str) -> bool:
        return word in self._model_words or word in self._gazetteer


class WordScores:
    """State scores of tokens, from per-word score matrices cached across sentences and articles.

    Row k of the table holds, for the k-th distinct word seen, the summed weights of its own
    attributes for the token itself and for each neighbour (features.NEIGHBOUR_OFFSETS). Each
    own attribute's weights at every offset are gathered from the model once, so a new word
    costs its attributes and one row sum; an article's new words are filled together. The
    attributes of features.WORD_KINDS are found by kind and value, never spelled out. Row 0
    is all zeros: it pads sentences apart (see `scores`).

    With a WordTableFile, the rows of the words used most in earlier processes are read from it
    when a second article comes (reading them, ~0.1 s for 50,000 words, would cost a one-article
    `rasd extract` more than it saves), and `save` writes them back with the process's own.
    """

    # Distinct words kept (about 53 MB of scores); past this only the most used half is kept.
    MAX_WORDS = 100_000
    _REACH = max(abs(offset) for offset in NEIGHBOUR_OFFSETS)

    def __init__(self, model: ModelWeights, features: FeatureExtractor, stored: WordTableFile | None = None):
        self._features = features
        self._new_words: list[str] = []
        self._rows = _RowIndex(self._new_words)
        # Allocated whole but untouched (calloc): memory is taken only as rows are written.
        self._table = np.zeros((self.MAX_WORDS + 1, 1 + len(NEIGHBOUR_OFFSETS), len(model.labels)), dtype=np.float32)
        self._key_table = np.empty(len(self._table), dtype=object)  # row -> the word's normalised form
        self._uses = np.zeros(len(self._table), dtype=np.int32)    # row -> articles the word was in
        self._attribute_rows, self._attribute_weights = model.rows, model.table
        by_kind = model.rows_by_kind()
        self._value_rows = tuple(by_kind.get(kind, {}) for kind in WORD_KINDS)
        self._edges = {attribute: model.own_scores(attribute) for attribute in (BOS, EOS)}
        self._file, self._articles, self._unsaved, self._restored = stored, 0, 0, False

    def article(self, tokens: list[str], sentence_lengths: list[int]) -> np.ndarray:
        """(tokens x labels) state scores of sentences given one after another."""
        return self.scores(self.rows(tokens), sentence_lengths)

    def rows(self, tokens: list[str]) -> np.ndarray:
        """The table row of each token, new words analysed and added."""
        self._articles += 1
        if self._articles == 2:
            self._restore()
        if len(self._rows) + len(tokens) >= self.MAX_WORDS:
            self._keep_most_used(max(0, self.MAX_WORDS - len(tokens)) // 2)
        rows = np.fromiter(map(self._rows.__getitem__, tokens), dtype=np.intp, count=len(tokens))
        if self._new_words:
            self._fill_new_rows()
        # A fancy-indexed += adds once per distinct row: the count is of articles, not tokens.
        self._uses[rows] += 1
        return rows

    def scores(self, rows: np.ndarray, sentence_lengths: list[int]) -> np.ndarray:
        """(tokens x labels) state scores: each word's own weights plus its neighbours' weights
        as neighbours, within its sentence. The sentences are laid out with a gap of zero rows
        as wide as the farthest neighbour, so that no word reaches into another sentence."""
        reach = self._REACH
        lengths = np.array(sentence_lengths)
        places = np.arange(len(rows)) + reach * np.repeat(np.arange(1, len(lengths) + 1), lengths)
        padded = np.zeros(len(rows) + reach * (len(lengths) + 1), dtype=np.intp)
        padded[places] = rows
        # tokens and gaps x (self, then each neighbour offset) x labels, in float64 at once: adding
        # float32 slices to float64 ones one by one would cast each through a buffer.
        block = self._table.take(padded, axis=0).astype(float)
        scores = block[:, 0].copy()
        for slot, offset in enumerate(NEIGHBOUR_OFFSETS, start=1):
            if offset < 0:
                scores[-offset:] += block[:offset, slot]
            else:
                scores[:-offset] += block[offset:, slot]
        scores = scores.take(places, axis=0)
        starts = np.cumsum(lengths) - lengths
        scores[starts] += self._edges[BOS]
        scores[(starts + lengths - 1)[lengths > 1]] += self._edges[EOS]
        return scores

    def keys(self, rows: np.ndarray) -> list[str]:
        """The normalised word of each row."""
        return self._key_table[rows].tolist()

    def _fill_new_rows(self) -> None:
        while len(self._rows) >= len(self._table):  # one article with more distinct words than MAX_WORDS
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
            self._key_table = np.concatenate([self._key_table, np.empty_like(self._key_table)])
            self._uses = np.concatenate([self._uses, np.zeros_like(self._uses)])
        self._unsaved += len(self._new_words)
        keys = normalized_keys(self._new_words)
        analysed = [self._attribute_indices(*self._features.analyse(word, norm))
                    for word, norm in zip(self._new_words, keys)]
        rows = np.fromiter(map(self._rows.__getitem__, self._new_words), dtype=np.intp, count=len(keys))
        # Words with as many attributes are summed together (see _sum_attribute_weights).
        alike: dict[int, list[int]] = {}
        for k, attributes in enumerate(analysed):
            alike.setdefault(len(attributes), []).append(k)
        for count, words in alike.items():
            attributes = np.fromiter(chain.from_iterable(analysed[k] for k in words), dtype=np.intp,
                                     count=count * len(words))
            self._table[rows[words]] = _sum_attribute_weights(self._attribute_weights[attributes.reshape(-1, count)])
        self._key_table[rows] = keys
        self._new_words.clear()

    def save(self) -> None:
        """Write the rows of the most used half of MAX_WORDS to the table file, if it was read
        and words were added since."""
        if not self._restored or not self._unsaved:
            return
        rows = self._most_used(self.MAX_WORDS // 2)
        words = list(self._rows)   # in row order: rows are given out one after another
        self._file.save(StoredWords([words[row - 1] for row in rows.tolist()], self._key_table[rows].tolist(),
                                    self._uses[rows]), self._table[rows])
        self._unsaved = 0

    def _restore(self) -> None:
        """Put the stored words in the first rows, then the words of this process not among them
        (unless the first article alone filled half the table)."""
        if self._file is None or len(self._rows) > self.MAX_WORDS // 2:
            return
        own_words = list(self._rows)
        own_rows = np.arange(1, len(own_words) + 1)
        own_table, own_keys, own_uses = self._table[own_rows], self._key_table[own_rows], self._uses[own_rows]
        stored = self._file.load(self._table[1:self.MAX_WORDS // 2 + 1]) or StoredWords([], [], own_uses[:0])
        count = len(stored.words)
        self._key_table[1:count + 1] = stored.keys
        self._uses[1:count + 1] = stored.uses
        self._rows.reset(stored.words)
        missing = [k for k, word in enumerate(own_words) if word not in self._rows]
        self._rows.extend([own_words[k] for k in missing])
        added = slice(count + 1, count + 1 + len(missing))
        self._table[added], self._key_table[added], self._uses[added] = (
            own_table[missing], own_keys[missing], own_uses[missing])
        self._unsaved, self._restored = len(missing), True

    def _keep_most_used(self, count: int) -> None:
        """Keep the rows of the `count` words used in most articles, moved to the front."""
        rows, words = self._most_used(count), list(self._rows)
        self._table[1:len(rows) + 1] = self._table[rows]
        self._key_table[1:len(rows) + 1] = self._key_table[rows]
        self._uses[1:len(rows) + 1] = self._uses[rows]
        self._uses[len(rows) + 1:] = 0
        self._rows.reset([words[row - 1] for row in rows.tolist()])

    def _most_used(self, count: int) -> np.ndarray:
        """Up to `count` rows in use, most used first (ties: the earlier row)."""
        uses = self._uses[1:len(self._rows) + 1]
        return np.argsort(-uses, kind="stable")[:count] + 1

    def _attribute_indices(self, values: tuple[str, ...], others: tuple[str, ...]) -> list[int]:
        """The model rows of a word's attributes (FeatureExtractor.analyse), in their order:
        _sum_attribute_weights adds them in an order fixed by their positions."""
        # The model's last attribute row is zero: attributes it lacks point there.
        absent = repeat(len(self._attribute_rows))
        return [*map(dict.get, self._value_rows, values, absent), *map(self._attribute_rows.get, others, absent)]


class _RowIndex(dict):
    """word -> table row, from 1 (row 0 is the zero padding); an unknown word gets the next
    row and is noted in `new_words`, whose rows the owner fills before reading them."""

    def __init__(self, new_words: list[str]):
        super().__init__()
        self._new_words = new_words

    def reset(self, words: list[str]) -> None:
        """Index exactly these (distinct) words, in rows 1, 2, ..."""
        self.clear()
        self.extend(words)

    def extend(self, words: list[str]) -> None:
        """Index these words, none of them indexed yet, in the next rows (their rows are filled)."""
        self.update(zip(words, range(len(self) + 1, len(self) + len(words) + 1)))

    def __missing__(self, word: str) -> int:
        row = self[word] = len(self) + 1
        self._new_words.append(word)
        return row


def _sum_attribute_weights(weights: np.ndarray) -> np.ndarray:
    """For (words x attributes x ...) float32 weights, each word's sum over its attributes, added
    in the order numpy's add.reduceat adds one word's rows: the first, plus the sum of the others
    kept in eight interleaved running sums (numpy's pairwise summation, which holds up to 128
    rows; a word has about twenty). Float32 sums in another order can round differently: this
    order keeps the scores, and so every label, bit for bit those of the row-by-row reduceat it
    replaces, at a dozen numpy calls for all the words instead of one small sum per word and score."""
    first, others = weights[:, 0], weights[:, 1:]
    count = others.shape[1]
    if count < 8:
        total = np.zeros_like(first)
        for k in range(count):
            total += others[:, k]
        return first + total
    running = others[:, :8].copy()
    blocks_end = count - count % 8
    for k in range(8, blocks_end, 8):
        running += others[:, k:k + 8]
    pairs = running[:, 0::2] + running[:, 1::2]
    fours = pairs[:, 0::2] + pairs[:, 1::2]
    total = fours[:, 0] + fours[:, 1]
    for k in range(blocks_end, count):
        total += others[:, k]
    return first + total


@functools.cache
def _default_tagger() -> EntityTagger:
    return EntityTagger(DEFAULT_MODEL)


def _entities(positions: list[int], labels: list[str], sentences: list[int]) -> list[tuple[int, int, str]]:
    """(first token, last token, fine type) of each B-/I- run among the labelled tokens (their
    positions, labels and sentence numbers); a stray I- starts an entity."""
    out: list[tuple[int, int, str]] = []
    for k, (position, label) in enumerate(zip(positions, labels)):
        kind = label[2:]
        if (label.startswith("I-") and out and out[-1][1] == position - 1 and out[-1][2] == kind
                and sentences[k - 1] == sentences[k]):
            out[-1] = (out[-1][0], position, kind)
        else:
            out.append((position, position, kind))
    return out


@functools.lru_cache(maxsize=8192)
def _subtype(fine: str, surface: str) -> str:
    if fine not in ("ORG", "GOV"):
        return subtype_of(fine)
    words = normalize(surface).text.split()   # empty for a span of marks or tatweel only
    head = words[0] if words else ""
    head = head[2:] if head.startswith("ال") else head
    if fine == "GOV" and head in _MILITARY_HEADS:
        return "military"
    if fine in ("ORG", "GOV") and head in _ARMED_GROUP_HEADS:
        return "armed_group"
    return subtype_of(fine)
