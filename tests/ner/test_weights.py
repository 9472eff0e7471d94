"""model.weights.npz: the committed file is the committed crfsuite model's, and stale files are refused."""
import shutil

import numpy as np
import pycrfsuite
import pytest

from rasd.ner import EntityTagger, ModelError
from rasd.ner.clusters import clusters_path
from rasd.ner.features import NEIGHBOUR_OFFSETS, neighbour_attribute
from rasd.ner.gazetteer import Gazetteer
from rasd.ner.tagger import DEFAULT_MODEL, gazetteer_path
from rasd.ner.weights import ModelWeights, export_weights, weights_path


@pytest.fixture(scope="module")
def committed() -> ModelWeights:
    return ModelWeights.load(DEFAULT_MODEL)


@pytest.fixture
def model_copy(tmp_path):
    """The committed model, gazetteer and weights copied to a temporary directory."""
    path = tmp_path / "model.crfsuite"
    for source in (DEFAULT_MODEL, gazetteer_path(DEFAULT_MODEL), clusters_path(DEFAULT_MODEL), weights_path(DEFAULT_MODEL)):
        shutil.copy(source, tmp_path / source.name)
    return path


def test_committed_weights_are_an_export_of_the_committed_model(committed, model_copy):
    weights_path(model_copy).unlink()
    export_weights(model_copy)
    fresh = ModelWeights.load(model_copy)
    assert fresh.labels == committed.labels
    assert fresh.rows == committed.rows
    assert np.array_equal(fresh.transitions, committed.transitions)
    assert np.array_equal(fresh.table, committed.table)


def test_weights_are_crfsuites_own_numbers(committed):
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DEFAULT_MODEL))
    info = tagger.info()
    label = {name: k for k, name in enumerate(committed.labels)}
    state = list(info.state_features.items())
    for (attribute, name), weight in state[:: len(state) // 200]:
        offset, own = neighbour_attribute(attribute)
        slot = (0, *NEIGHBOUR_OFFSETS).index(offset)
        assert committed.table[committed.rows[own], slot, label[name]] == pytest.approx(weight, rel=1e-6)
    for (before, after), weight in info.transitions.items():
        assert committed.transitions[label[before], label[after]] == weight
    assert not committed.table[-1].any()  # the row unknown attributes read


def test_weights_of_another_model_are_refused(model_copy):
    model_copy.write_bytes(model_copy.read_bytes() + b"\0")
    with pytest.raises(ModelError, match="not built from"):
        EntityTagger(model_copy)


def test_missing_weights_are_a_clear_error(model_copy):
    weights_path(model_copy).unlink()
    with pytest.raises(ModelError, match="train-ner"):
        EntityTagger(model_copy)


def test_gazetteer_round_trip_and_malformed_line(tmp_path):
    gazetteer = Gazetteer()
    gazetteer.add_name("بنغازي", "CITY")
    gazetteer.add_name("البحر الأحمر", "NATURAL")
    gazetteer.add_name("بحر", "CITY")
    path = tmp_path / "g.tsv"
    gazetteer.save(path)
    loaded = Gazetteer.load(path)
    assert loaded.classes("بنغازي") == {"CITY"}
    assert loaded.classes("بحر") == {"NATURAL_B", "CITY"}
    assert loaded.classes("احمر") == {"NATURAL_I"}
    assert loaded.classes("غير") == frozenset()
    path.write_text("بنغازي\tCITY\nصنعاء\tCITY\tNATION\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":2: expected word<TAB>classes"):
        Gazetteer.load(path)
