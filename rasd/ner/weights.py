"""The CRF's weights as the tagger uses them, in a compact numpy file next to the crfsuite model.

Reading weights out of a crfsuite model means parsing its text dump, about two seconds of
Python; doing that at every process start made `rasd extract` slow. Training therefore also
writes model.weights.npz (export_weights): labels, label transitions, and each attribute's
label weights arranged by where the attribute comes from, the token itself or a neighbour
(features.NEIGHBOUR_OFFSETS). Loading it takes a few milliseconds. The file records the
SHA-256 of the crfsuite model it came from; a file that does not match is refused.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .features import NEIGHBOUR_OFFSETS, neighbour_attribute

_SEPARATOR = "\n"
_SLOTS = (0, *NEIGHBOUR_OFFSETS)


class WeightsError(ValueError):
    """The weights file is missing, stale (another crfsuite model) or built for other features."""


def weights_path(model_path: Path) -> Path:
    return model_path.with_suffix(".weights.npz")


@dataclass(frozen=True)
class ModelWeights:
    """labels; transitions[before, after]; rows: own attribute -> row of table, whose
    (1 + offsets) x labels float32 slice holds that attribute's weights for the token itself (slot 0)
    and as seen from the neighbour at each NEIGHBOUR_OFFSETS; the table's last row is zero."""

    labels: list[str]
    transitions: np.ndarray
    rows: dict[str, int]
    table: np.ndarray

    def own_scores(self, attribute: str) -> np.ndarray:
        """The label weights of one of the token's own attributes (zero if the model lacks it)."""
        return self.table[self.rows.get(attribute, -1), 0]

    def rows_by_kind(self) -> dict[str, dict[str, int]]:
        """kind -> value -> row of the attribute "kind=value" (features.WORD_KINDS and the others)."""
        by_kind: dict[str, dict[str, int]] = {}
        for attribute, row in self.rows.items():
            kind, _, value = attribute.partition("=")
            by_kind.setdefault(kind, {})[value] = row
        return by_kind

    def known_words(self) -> frozenset[str]:
        """The normalised words the model has a word feature for."""
        return frozenset(a[2:] for a in self.rows if a.startswith("w="))

    @classmethod
    def load(cls, model_path: Path) -> "ModelWeights":
        path = weights_path(model_path)
        if not path.is_file():
            raise WeightsError(f"{path} is missing: run `rasd train-ner`")
        with np.load(path) as data:
            if data["source_sha256"].item() != file_sha256(model_path):
                raise WeightsError(f"{path} was not built from {model_path.name}: run `rasd train-ner`")
            if tuple(data["slots"].tolist()) != _SLOTS:
                raise WeightsError(f"{path} was built for other neighbour offsets: run `rasd train-ner`")
            labels = data["labels"].tolist()
            names = data["attributes"].tobytes().decode("utf-8").split(_SEPARATOR)
            table = np.zeros((len(names) + 1, len(_SLOTS), len(labels)), dtype=np.float32)
            table[data["entry_rows"], data["entry_slots"], data["entry_labels"]] = data["entry_weights"]
            return cls(labels, data["transitions"], dict(zip(names, range(len(names)))), table)


def export_weights(model_path: Path) -> Path:
    """Write model.weights.npz for a crfsuite model file (slow: parses the model dump)."""
    info = _model_info(model_path)
    labels = sorted(info.labels, key=lambda label: int(info.labels[label]))
    label_index = {label: k for k, label in enumerate(labels)}
    transitions = np.zeros((len(labels), len(labels)))
    for (before, after), weight in info.transitions.items():
        transitions[label_index[before], label_index[after]] = weight
    entries = sorted((*neighbour_attribute(attribute), label_index[label], weight)
                     for (attribute, label), weight in info.state_features.items())
    names = sorted({own for _, own, _, _ in entries})
    if any(_SEPARATOR in name for name in names):
        raise WeightsError(f"{model_path}: an attribute contains a line break")
    rows = {name: k for k, name in enumerate(names)}
    path = weights_path(model_path)
    np.savez_compressed(
        path,
        source_sha256=np.array(file_sha256(model_path)),
        slots=np.array(_SLOTS, dtype=np.int8),
        labels=np.array(labels),
        transitions=transitions,
        attributes=np.frombuffer(_SEPARATOR.join(names).encode("utf-8"), dtype=np.uint8),
        entry_rows=np.array([rows[own] for _, own, _, _ in entries], dtype=np.int32),
        entry_slots=np.array([_SLOTS.index(offset) for offset, _, _, _ in entries], dtype=np.int8),
        entry_labels=np.array([label for _, _, label, _ in entries], dtype=np.int8),
        entry_weights=np.array([weight for _, _, _, weight in entries]),
    )
    return path


def file_sha256(path: Path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _model_info(model_path: Path):
    import pycrfsuite  # training-time only: tagging never needs crfsuite itself

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    return tagger.info()
