"""Text layer: normalisation with an offset map back to the original, segmentation."""
from .normalize import NormalizedText, normalize, normalize_key
from .segment import split_sentences, tokenize

__all__ = ["NormalizedText", "normalize", "normalize_key", "split_sentences", "tokenize"]
