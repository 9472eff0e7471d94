"""Word clusters learnt from unlabelled news, used as CRF features.

NewsFANE has 118k training tokens: most names a news article carries never occur in it. Words
that appear in the same contexts (given names, towns, ministries) fall into the same clusters
of a large unlabelled corpus, so a cluster id generalises where the word itself is unknown.

build_clusters: normalised words of the corpus (tokens.ner_tokens, features.normalized_keys),
counts of the most frequent words at +-1 and +-2 around each vocabulary word, positive PMI,
a seeded randomised SVD, then seeded spherical k-means at several granularities (CLUSTER_SIZES).
The result is a word -> (cluster id per size) table saved next to the model
(model.clusters.tsv); training reads it from the default model unless asked to rebuild it
from one or more corpora (`rasd train-ner --clusters-corpus A --clusters-corpus B`). The
committed table is derived from both parts of the ANT corpus in ../shared, JawharaFM (ANT v1.1,
Apache-2.0) then the five 2018 outlets (ANT v2.1, research use): see NOTICE. Against JawharaFM
alone: NewsFANE held-out micro F1 0.802 vs 0.791, cross-validation folds +0.002 / +0.002 / +0.011,
Wojood 0.346 vs 0.366 (benchmarks/ner_report.md, session 4).
"""
from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from .features import CLUSTER_SIZES, normalized_keys
from .tokens import ner_tokens

VOCABULARY = 16_000
CONTEXT_WORDS = 400
CONTEXT_OFFSETS = (-2, -1, 1, 2)
DIMENSIONS = 100
MIN_COUNT = 3
_KMEANS_ROUNDS = 20


def clusters_path(model_path: Path) -> Path:
    return model_path.with_suffix(".clusters.tsv")


class WordClusters:
    """normalised word -> one cluster id per size in CLUSTER_SIZES."""

    def __init__(self, table: dict[str, tuple[str, ...]]):
        self._table = table

    def of(self, word: str) -> tuple[str, ...]:
        return self._table.get(word, ())

    def __len__(self) -> int:
        return len(self._table)

    def save(self, path: Path) -> None:
        lines = (f"{word}\t{chr(9).join(ids)}\n" for word, ids in sorted(self._table.items()))
        Path(path).write_text("".join(lines), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "WordClusters":
        lines = Path(path).read_text(encoding="utf-8").splitlines()
        width = 1 + len(CLUSTER_SIZES)
        malformed = next((k for k, line in enumerate(lines) if line.count("\t") != width - 1 or "\t\t" in line
                          or line.startswith("\t") or line.endswith("\t")), None)
        if malformed is not None:
            raise ValueError(f"{path}:{malformed + 1}: expected word and {len(CLUSTER_SIZES)} cluster ids")
        fields = "\t".join(lines).split("\t")
        return cls(dict(zip(fields[0::width], zip(*(fields[k::width] for k in range(1, width))))))


def build_clusters(corpus_paths: str | Path | Sequence[str | Path], seed: int = 13) -> WordClusters:
    """Clusters of the frequent words of one or more JSONL(.gz) news corpora ("title" and "text"
    fields), read one after another in the order given (which decides ties between equally frequent words)."""
    paths = [corpus_paths] if isinstance(corpus_paths, (str, Path)) else list(corpus_paths)
    articles = [np.array(keys) for path in paths for keys in _article_words(path)]
    counts = Counter(word for keys in articles for word in keys.tolist())
    vocabulary = [w for w, n in counts.most_common() if n >= MIN_COUNT and w.isalpha()][:VOCABULARY]
    vectors = _embeddings(_context_counts(articles, vocabulary), seed)
    table: dict[str, list[str]] = {word: [] for word in vocabulary}
    for size in CLUSTER_SIZES:
        for word, cluster in zip(vocabulary, _spherical_kmeans(vectors, size, seed).tolist()):
            table[word].append(str(cluster))
    return WordClusters({word: tuple(ids) for word, ids in table.items()})


def _article_words(corpus_path: str | Path):
    opener = gzip.open if str(corpus_path).endswith(".gz") else open
    with opener(corpus_path, "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            text = f"{record.get('title') or ''}\n{record.get('text') or ''}"
            words = [m.group() for m in ner_tokens(text, 0, len(text))]
            if words:
                yield normalized_keys(words)


def _context_counts(articles: list[np.ndarray], vocabulary: list[str]) -> np.ndarray:
    """(vocabulary x offsets*context words) co-occurrence counts; articles do not run together."""
    index = {word: k for k, word in enumerate(vocabulary)}
    gap = max(abs(o) for o in CONTEXT_OFFSETS)
    stream = np.concatenate([np.array([index.get(w, -1) for w in [*keys.tolist(), *[""] * gap]])
                             for keys in articles])
    counts = np.zeros((len(vocabulary), len(CONTEXT_OFFSETS) * CONTEXT_WORDS), dtype=np.float32)
    for slot, offset in enumerate(CONTEXT_OFFSETS):
        words = stream[max(0, -offset): len(stream) - max(0, offset)]
        contexts = stream[max(0, offset): len(stream) - max(0, -offset)]
        keep = (words >= 0) & (contexts >= 0) & (contexts < CONTEXT_WORDS)
        flat = words[keep] * CONTEXT_WORDS + contexts[keep]
        counts[:, slot * CONTEXT_WORDS:(slot + 1) * CONTEXT_WORDS] += np.bincount(
            flat, minlength=len(vocabulary) * CONTEXT_WORDS).reshape(len(vocabulary), CONTEXT_WORDS)
    return counts


def _embeddings(counts: np.ndarray, seed: int) -> np.ndarray:
    """Unit-length rows of a rank-DIMENSIONS randomised SVD of the positive PMI matrix."""
    total = counts.sum()
    expected = counts.sum(axis=1, keepdims=True) * counts.sum(axis=0, keepdims=True) / total
    with np.errstate(divide="ignore", invalid="ignore"):
        ppmi = np.maximum(np.log(counts / expected), 0).astype(np.float32)
    ppmi[~np.isfinite(ppmi)] = 0
    rng = np.random.default_rng(seed)
    basis, _ = np.linalg.qr(ppmi @ rng.standard_normal((ppmi.shape[1], DIMENSIONS + 20), dtype=np.float32))
    left, singular, _ = np.linalg.svd(basis.T @ ppmi, full_matrices=False)
    vectors = basis @ left[:, :DIMENSIONS] * singular[:DIMENSIONS]
    return vectors / np.maximum(np.linalg.norm(vectors, axis=1, keepdims=True), 1e-9)


def _spherical_kmeans(vectors: np.ndarray, size: int, seed: int) -> np.ndarray:
    """Cluster of each unit vector: seeded centres from the data, then cosine k-means rounds."""
    rng = np.random.default_rng(seed)
    centres = vectors[rng.choice(len(vectors), min(size, len(vectors)), replace=False)]
    for _ in range(_KMEANS_ROUNDS):
        assigned = (vectors @ centres.T).argmax(axis=1)
        sums = np.zeros_like(centres)
        np.add.at(sums, assigned, vectors)
        empty = ~sums.any(axis=1)
        sums[empty] = centres[empty]
        centres = sums / np.maximum(np.linalg.norm(sums, axis=1, keepdims=True), 1e-9)
    return (vectors @ centres.T).argmax(axis=1)
