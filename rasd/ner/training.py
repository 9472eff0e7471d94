"""Training the CRF on NewsFANE Gold and measuring it on held-out documents and Wojood."""
from __future__ import annotations

import time
from pathlib import Path

import pycrfsuite

from .clusters import WordClusters, build_clusters, clusters_path
from .corpus import Sentence, read_newsfane, read_wojood, sentences_of, split_documents
from .evaluation import score
from .features import FeatureExtractor
from .gazetteer import build_gazetteer
from .tagger import DEFAULT_MODEL, EntityTagger, gazetteer_path
from .weights import export_weights

# A light L1 (c1) still zeroes most weights, which keeps the model file small (tagging speed
# does not depend on it: see decoding.py); more L2 and iterations than before gave held-out
# micro F1 0.751 against 0.735 (c1 0.1, c2 0.01, 100) and 0.749 (c1 0.02, c2 0.05, 150).
# feature.possible_states also gives each attribute weights for the labels it was never seen
# with (negative evidence: "this word is never B-PER"); crfsuite drops features below minfreq
# before anything else, and those unseen ones have frequency 0, so minfreq must be 0 for them.
# The stronger L1 (c1 0.05) zeroes most of them again: about as many weights as before
# (3.4 MB). Against c1 0.01, minfreq 2, no possible states: held-out micro F1 0.786 vs 0.780,
# and 0.750 vs 0.747 on one fold of cross-validation inside the training documents
# (benchmarks/ner_report.md). The own-word attributes added with it: see features.py.
# Session 4 (three folds of cross-validation inside the training documents, then held out):
# c1 0.1 0.7471 vs 0.7469 mean of two folds (not kept); the word clusters now come from both
# ANT corpora (clusters.py), and a "و"-word inside a name starts a second name (tagger.py).
DEFAULT_PARAMS = {
    "c1": 0.05,
    "c2": 0.1,
    "max_iterations": 200,
    "feature.minfreq": 0,
    "feature.possible_states": True,
    "feature.possible_transitions": True,
}
TEST_FRACTION = 0.2


def train(newsfane_path: str, out_path: str, seed: int = 13, clusters_corpus: str | list[str] | None = None,
          **params) -> dict:
    """Train on a seeded document split of NewsFANE, write the model, return held-out metrics.
    Word clusters are rebuilt from `clusters_corpus` (one corpus or a list) when given, else taken
    from the default model."""
    documents = read_newsfane(newsfane_path)
    train_docs, test_docs = split_documents(documents, seed, TEST_FRACTION)
    gazetteer = build_gazetteer()
    clusters = build_clusters(clusters_corpus) if clusters_corpus else WordClusters.load(clusters_path(DEFAULT_MODEL))
    features = FeatureExtractor(gazetteer, clusters)
    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence in sentences_of(train_docs):
        trainer.append(features.sentence([t for t, _ in sentence]), [label for _, label in sentence])
    trainer.set_params({**DEFAULT_PARAMS, **{k.replace("_", ".", 1) if k.startswith("feature_") else k: v
                                            for k, v in params.items()}})
    out = Path(out_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    gazetteer.save(gazetteer_path(out))
    clusters.save(clusters_path(out))
    started = time.perf_counter()
    trainer.train(str(out))
    export_weights(out)
    tagger = EntityTagger(out)
    return {
        "seed": seed,
        "train_documents": len(train_docs),
        "test_documents": len(test_docs),
        "train_tokens": sum(len(s) for s in sentences_of(train_docs)),
        "test_tokens": sum(len(s) for s in sentences_of(test_docs)),
        "training_seconds": round(time.perf_counter() - started, 1),
        "model_bytes": out.stat().st_size,
        "newsfane_heldout": evaluate(tagger, [d.sentences for d in test_docs]),
    }


def heldout_documents(newsfane_path: str, seed: int = 13) -> list[list[Sentence]]:
    """The sentences of each NewsFANE test document of the split `train` used with the same seed."""
    _, test_docs = split_documents(read_newsfane(newsfane_path), seed, TEST_FRACTION)
    return [d.sentences for d in test_docs]


def wojood_test_documents(wojood_dir: str) -> list[list[Sentence]]:
    """Wojood's test sentences, each its own document (the split does not mark documents)."""
    return [[sentence] for sentence in read_wojood(Path(wojood_dir) / "test.txt")]


def evaluate(tagger: EntityTagger, documents: list[list[Sentence]]) -> dict:
    """Span scores of the tagger run on whole documents (so that names spread within each)."""
    predicted = [labels for document in documents
                 for labels in tagger.document_labels([[t for t, _ in s] for s in document])]
    return score([s for document in documents for s in document], predicted)
