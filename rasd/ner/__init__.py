"""Learned named-entity recognition: a CRF tagger for PER / ORG / LOC in Arabic news.

The model (model.crfsuite; its weights for tagging in model.weights.npz; the gazetteer and
word clusters it was trained with in model.gazetteer.tsv and model.clusters.tsv) is trained
on NewsFANE Gold by `rasd train-ner`; see training.py and benchmarks/ner_report.md.
"""
from .stage import NerStage
from .tagger import EntityTagger, ModelError, TaggedSpan

__all__ = ["EntityTagger", "ModelError", "NerStage", "TaggedSpan", "train"]


def __getattr__(name: str):
    # Training (and python-crfsuite) is imported only when asked for: tagging never needs it.
    if name == "train":
        from .training import train
        return train
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
