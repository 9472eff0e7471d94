"""The committed model against the shared NER corpora (skipped where ../shared is absent)."""
import pytest

from rasd.ner import EntityTagger
from rasd.ner.corpus import read_newsfane
from rasd.ner.labels import FINE_TYPES
from rasd.ner.training import evaluate, heldout_documents, wojood_test_documents

pytestmark = pytest.mark.shared

# Regression floors just under the committed model's scores (benchmarks/ner_report.md:
# 0.802 and 0.346, see there; the model before scored 0.792 and 0.366: the word clusters of
# session 4 gain on NewsFANE and lose on the out-of-domain Wojood sample). The target
# for NewsFANE is 0.80; raise these as the model improves.
MIN_NEWSFANE_F1 = 0.80
MIN_WOJOOD_F1 = 0.34


def test_newsfane_reader_on_the_real_file(shared_dir):
    documents = read_newsfane(shared_dir / "ner/newsfane-gold/NewsFANE_Gold_2014_170K.txt")
    assert len(documents) > 100
    labels = {label for d in documents for s in d.sentences for _, label in s}
    assert labels - {"O"} <= {f"{p}-{t}" for p in "BI" for t in FINE_TYPES}
    assert not any(t.startswith("\u200e") for d in documents for s in d.sentences for t, _ in s)


def test_committed_model_scores_on_held_out_newsfane(shared_dir):
    report = evaluate(EntityTagger.default(),
                      heldout_documents(str(shared_dir / "ner/newsfane-gold/NewsFANE_Gold_2014_170K.txt")))
    assert report["micro"]["f1"] >= MIN_NEWSFANE_F1


def test_committed_model_scores_on_wojood(shared_dir):
    report = evaluate(EntityTagger.default(), wojood_test_documents(str(shared_dir / "ner/wojood-sample")))
    assert report["micro"]["f1"] >= MIN_WOJOOD_F1


def test_skipping_plainly_outside_tokens_changes_almost_no_label_and_no_score(shared_dir):
    import math

    from rasd.ner.decoding import ChainDecoder
    from rasd.ner.evaluation import score

    tagger = EntityTagger.default()
    exact = ChainDecoder(tagger._model.transitions, tagger._decoder.outside, margin=math.inf)
    documents = heldout_documents(str(shared_dir / "ner/newsfane-gold/NewsFANE_Gold_2014_170K.txt"))
    sentences = [s for document in documents for s in document]
    differing = total = 0
    pruned_labels, full_labels = [], []
    for sentence in sentences:
        tokens = [t for t, _ in sentence]
        scores = tagger._scores.article(tokens, [len(tokens)])
        pruned, _ = tagger._decoder.decode(scores, [len(tokens)])
        full, _ = exact.decode(scores, [len(tokens)])
        differing += int((pruned != full).sum())
        total += len(tokens)
        pruned_labels.append([tagger._model.labels[k] for k in pruned])
        full_labels.append([tagger._model.labels[k] for k in full])
    assert differing / total < 0.002
    pruned_f1 = score(sentences, pruned_labels)["micro"]["f1"]
    assert pruned_f1 >= score(sentences, full_labels)["micro"]["f1"] - 0.002
