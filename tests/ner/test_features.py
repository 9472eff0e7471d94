"""Own-word attributes of the CRF (each depends on the one word only)."""
from rasd.ner.clusters import WordClusters
from rasd.ner.features import FeatureExtractor
from rasd.ner.gazetteer import Gazetteer


def _features() -> FeatureExtractor:
    return FeatureExtractor(Gazetteer(), WordClusters({"تونس": ("1", "17", "300")}), triggers={})


def test_first_and_last_letter_as_written_survive_normalisation():
    attributes = _features().attributes("أسامة")
    assert "w=اسامه" in attributes  # the normalised word folds both letters...
    assert {"rp=أ", "rx=ة"} <= set(attributes)  # ...the letters as written keep them apart
    assert {"rp=ا", "rx=ه"} <= set(_features().attributes("اسامه"))


def test_words_outside_the_cluster_vocabulary_are_marked():
    assert "cv=0" in _features().attributes("نيستلروي")
    assert "cv=0" not in _features().attributes("وتونس")  # found behind its clitic


def test_nisba_needs_the_article_and_a_final_ya():
    assert "ns=1" in _features().attributes("المصري")
    assert "ns=1" not in _features().attributes("مصري")
    assert "ns=1" not in _features().attributes("الكرسيان")
