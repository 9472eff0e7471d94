"""Learned named-entity recognition: a CRF tagger for PER / ORG / LOC in Arabic news.

The model (model.crfsuite, with the gazetteer it was trained with in model.gazetteer.tsv)
is trained on NewsFANE Gold by `rasd train-ner`; see training.py and benchmarks/ner_report.md.
"""
from .stage import NerStage
from .tagger import EntityTagger, ModelError, TaggedSpan
from .training import train

__all__ = ["EntityTagger", "ModelError", "NerStage", "TaggedSpan", "train"]
