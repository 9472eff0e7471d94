"""The numpy decoder against crfsuite's own tagger, on the committed model."""
import math

import numpy as np
import pycrfsuite
import pytest

from rasd.ner import EntityTagger
from rasd.ner.clusters import WordClusters, clusters_path
from rasd.ner.decoding import ChainDecoder
from rasd.ner.features import FeatureExtractor
from rasd.ner.gazetteer import Gazetteer
from rasd.ner.tagger import DEFAULT_MODEL, WordScores, _sum_attribute_weights, gazetteer_path

SENTENCES = [
    "قال الرئيس السوري بشار الأسد في دمشق إن الحكومة ستواصل المفاوضات .",
    "أعلنت الأمم المتحدة أن مجلس الأمن سيعقد جلسة طارئة بشأن الوضع في اليمن .",
    "وصل وزير الخارجية المصري سامح شكري إلى عمان أمس قادما من القاهرة .",
    "اشتباكات",
    "قتل ثلاثة جنود في هجوم شنه مسلحون على حاجز للجيش قرب مدينة العريش في شمال سيناء .",
]


@pytest.fixture(scope="module")
def reference() -> tuple[pycrfsuite.Tagger, FeatureExtractor]:
    tagger = pycrfsuite.Tagger()
    tagger.open(str(DEFAULT_MODEL))
    return tagger, FeatureExtractor(Gazetteer.load(gazetteer_path(DEFAULT_MODEL)),
                                    WordClusters.load(clusters_path(DEFAULT_MODEL)))


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger.default()


def _unpruned(tagger: EntityTagger) -> ChainDecoder:
    return ChainDecoder(tagger._model.transitions, tagger._decoder.outside, margin=math.inf)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_unpruned_decoding_is_crfsuites_viterbi_and_marginals(tagger, reference, sentence):
    crfsuite, features = reference
    tokens = sentence.split()
    crfsuite.set(features.sentence(tokens))
    expected = crfsuite.tag()
    labels, confidence = _unpruned(tagger).decode(tagger._scores.article(tokens, [len(tokens)]), [len(tokens)])
    assert [tagger._model.labels[k] for k in labels] == expected
    for k in [k for k, label in enumerate(expected) if label != "O"]:
        assert confidence[k] == pytest.approx(crfsuite.marginal(expected[k], k), abs=1e-5)


def test_pruned_decoding_of_an_article_agrees_with_sentence_by_sentence(tagger):
    tokenised = [s.split() for s in SENTENCES]
    lengths = [len(t) for t in tokenised]
    scores = tagger._scores.article([w for t in tokenised for w in t], lengths)
    together, _ = tagger._decoder.decode(scores, lengths)
    alone = np.concatenate([_unpruned(tagger).decode(tagger._scores.article(t, [len(t)]), [len(t)])[0]
                            for t in tokenised])
    assert together.tolist() == alone.tolist()


def test_sentences_do_not_see_each_others_words(tagger):
    first, second = SENTENCES[0].split(), SENTENCES[2].split()
    together = tagger._scores.article(first + second, [len(first), len(second)])
    assert np.allclose(together[len(first):], tagger._scores.article(second, [len(second)]))


def test_a_full_word_cache_keeps_the_words_used_most_and_changes_no_score(tagger, monkeypatch):
    tokens, others = SENTENCES[1].split(), SENTENCES[4].split()
    scores = WordScores(tagger._model, tagger._scores._features)
    before = scores.article(tokens, [len(tokens)])
    scores.article(tokens[:3], [3])   # used in two articles: kept first
    # Room for the other sentence and half of this one's words: those used most stay.
    monkeypatch.setattr(WordScores, "MAX_WORDS", len(others) + len(set(tokens)) - 1)
    scores.article(others, [len(others)])
    assert list(scores._rows)[:3] == tokens[:3]
    assert len(scores._rows) < len(set(tokens)) + len(set(others))
    after = scores.article(tokens, [len(tokens)])
    assert np.allclose(before, after)


def test_labels_alone_are_the_labels_decode_gives_with_confidence(tagger):
    tokenised = [s.split() for s in SENTENCES]
    lengths = [len(t) for t in tokenised]
    scores = tagger._scores.article([w for t in tokenised for w in t], lengths)
    labels, confidence = tagger._decoder.decode(scores, lengths)
    assert tagger._decoder.labels(scores, lengths).tolist() == labels.tolist()
    assert (labels != tagger._decoder.outside).any() and (confidence < 1).any()


def test_an_article_with_more_distinct_words_than_the_cache_keeps(tagger, monkeypatch):
    tokens = [w for s in SENTENCES for w in s.split()]
    expected = tagger._scores.article(tokens, [len(tokens)])
    monkeypatch.setattr(WordScores, "MAX_WORDS", 8)
    small = WordScores(tagger._model, tagger._scores._features)
    assert len(set(tokens)) > 2 * small.MAX_WORDS
    assert np.allclose(small.article(tokens, [len(tokens)]), expected)


@pytest.mark.parametrize("count", [1, 2, 7, 8, 9, 15, 16, 17, 24, 31])
def test_attribute_weights_add_up_bit_for_bit_as_reduceat_adds_them(count):
    # Weights of very different sizes, so that adding them in another order would round otherwise.
    rng = np.random.default_rng(count)
    sizes = 10.0 ** rng.integers(-4, 3, (6, count, 1, 1))
    weights = (rng.standard_normal((6, count, 7, 19)) * sizes).astype(np.float32)
    expected = np.add.reduceat(weights.reshape(-1, 7, 19), np.arange(0, 6 * count, count), axis=0)
    assert _sum_attribute_weights(weights).tobytes() == expected.tobytes()
