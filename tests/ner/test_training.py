"""Training end to end on a small synthetic corpus written here (no shared data needed)."""
import itertools

import pytest

from rasd.ner import EntityTagger, train

_CITIES = ["عمّان", "تونس", "الرباط", "صنعاء", "الخرطوم", "بيروت", "القاهرة", "بغداد"]
_NAMES = [("خالد", "المنصوري"), ("سامي", "الحداد"), ("يوسف", "العلوي"), ("منى", "الشامي"), ("طارق", "البدوي")]


def _sentence(city_a: str, first: str, last: str, city_b: str) -> list[str]:
    # Dateline ("CITY ( agency )") so that every sentence is its own document.
    return [f"{city_a}\tB-Population-Center", "(\tO", "رويترز\tB-Media", ")\tO", "قال\tO",
            "الوزير\tO", f"{first}\tB-Politician", f"{last}\tI-Politician", "في\tO",
            f"{city_b}\tB-Population-Center", "إن\tO", "المحادثات\tO", "مستمرة\tO", ".\tO", "\t"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    lines = []
    combos = itertools.product(_CITIES, _NAMES)
    for i, (city, (first, last)) in enumerate(combos):
        lines += _sentence(city, first, last, _CITIES[(i + 3) % len(_CITIES)])
    path = tmp_path_factory.mktemp("corpus") / "newsfane.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_training_is_reproducible_and_learns_the_patterns(corpus, tmp_path):
    first = train(str(corpus), str(tmp_path / "a" / "model.crfsuite"), seed=7, max_iterations=40)
    second = train(str(corpus), str(tmp_path / "b" / "model.crfsuite"), seed=7, max_iterations=40)
    assert (tmp_path / "a" / "model.crfsuite").read_bytes() == (tmp_path / "b" / "model.crfsuite").read_bytes()
    assert first["newsfane_heldout"] == second["newsfane_heldout"]
    assert first["test_documents"] == 8 and first["train_documents"] == 32
    assert first["newsfane_heldout"]["micro"]["f1"] >= 0.9

    tagger = EntityTagger(tmp_path / "a" / "model.crfsuite")
    text = "قال الوزير سامي الحداد في وبيروت إن المحادثات مستمرة."
    spans = {(s.text, s.type) for s in tagger.tag(text, [(0, len(text))])}
    assert ("سامي الحداد", "PER") in spans
    assert ("بيروت", "LOC") in spans  # the conjunction is cut off the span


def test_training_reports_a_missing_corpus(tmp_path):
    from rasd.ner.corpus import CorpusError

    with pytest.raises(CorpusError, match="no such file"):
        train(str(tmp_path / "nope.txt"), str(tmp_path / "m.crfsuite"))


def test_train_ner_command_reports_bad_input_without_traceback(tmp_path, capsys):
    import argparse

    from rasd.ner.cli import register_commands

    parser = argparse.ArgumentParser()
    register_commands(parser.add_subparsers())
    args = parser.parse_args(["train-ner", "--newsfane", str(tmp_path / "nope.txt"),
                              "--out", str(tmp_path / "m.crfsuite")])
    assert args.func(args) == 2
    assert "no such file" in capsys.readouterr().err


def test_training_rebuilds_word_clusters_from_a_corpus_when_asked(corpus, tmp_path):
    import json

    from rasd.ner.clusters import WordClusters, build_clusters, clusters_path

    news = tmp_path / "news.jsonl"
    texts = [f"قال الوزير {first} {last} في {city} إن المحادثات مستمرة" for city in _CITIES for first, last in _NAMES]
    news.write_text("".join(json.dumps({"title": "", "text": t}, ensure_ascii=False) + "\n" for t in texts),
                    encoding="utf-8")
    out = tmp_path / "m" / "model.crfsuite"
    train(str(corpus), str(out), seed=7, clusters_corpus=str(news), max_iterations=5)
    written = WordClusters.load(clusters_path(out))
    assert written._table == build_clusters(news)._table
    assert written.of("المحادثات")


def test_possible_states_are_not_filtered_away_by_minfreq():
    # crfsuite drops features seen fewer than feature.minfreq times before training; the
    # features feature.possible_states adds (attribute x label never seen together) have
    # frequency 0, so with minfreq > 0 the option silently does nothing (same model, byte for byte).
    from rasd.ner.training import DEFAULT_PARAMS

    if DEFAULT_PARAMS.get("feature.possible_states"):
        assert DEFAULT_PARAMS.get("feature.minfreq", 0) == 0


def test_trained_model_has_negative_evidence_for_unseen_labels(corpus, tmp_path):
    import pycrfsuite

    out = tmp_path / "m" / "model.crfsuite"
    train(str(corpus), str(out), seed=7, max_iterations=40, c1=0.0)  # no L1: nothing zeroed
    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    weights = tagger.info().state_features
    # "قال" is never part of a name in the corpus: the model still has weights for it with name labels.
    assert any(attribute == "w=قال" and label != "O" for attribute, label in weights)
