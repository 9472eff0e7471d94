"""Word clusters: building from a corpus, the table's file format, and their use as features."""
import gzip
import json

import pytest

from rasd.ner.clusters import WordClusters, build_clusters
from rasd.ner.features import CLUSTER_SIZES, FeatureExtractor
from rasd.ner.gazetteer import Gazetteer

_CITIES = ["صفاقس", "سوسة", "قابس", "بنزرت", "نابل", "المنستير", "قفصة", "توزر"]
_PEOPLE = ["أحمد", "محمد", "سامي", "منير", "رضا", "الحبيب", "كمال", "نبيل"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "news.jsonl.gz"
    with gzip.open(path, "wt", encoding="utf-8") as fh:
        for k, (city, person) in enumerate(zip(_CITIES * 6, _PEOPLE * 6)):
            text = f"وصل الوزير {person} إلى مدينة {city} أمس . وقال {person} إن الوضع في {city} هادئ ."
            fh.write(json.dumps({"title": f"خبر {k}", "text": text}, ensure_ascii=False) + "\n")
    return path


def test_building_is_reproducible_and_covers_frequent_words(corpus):
    first, second = build_clusters(corpus, seed=3), build_clusters(corpus, seed=3)
    assert first._table == second._table
    ids = first.of("صفاقس")
    assert len(ids) == len(CLUSTER_SIZES)
    assert all(0 <= int(i) < size for i, size in zip(ids, CLUSTER_SIZES))
    assert first.of("مجهوله") == ()


def test_file_round_trip_and_malformed_line(tmp_path):
    clusters = WordClusters({"تونس": ("1", "17", "300"), "قال": ("2", "5", "9")})
    path = tmp_path / "c.tsv"
    clusters.save(path)
    assert WordClusters.load(path)._table == clusters._table
    path.write_text("تونس\t1\t17\n", encoding="utf-8")
    with pytest.raises(ValueError, match=":1: expected word and 3 cluster ids"):
        WordClusters.load(path)


def test_a_word_and_its_clitic_form_share_cluster_features():
    features = FeatureExtractor(Gazetteer(), WordClusters({"تونس": ("1", "17", "300")}))
    assert {"c32=1", "c128=17", "c512=300"} <= set(features.attributes("تونس"))
    assert {"c32=1", "c128=17", "c512=300"} <= set(features.attributes("وتونس"))
    assert not any(a.startswith("c32=") for a in features.attributes("قال"))


def test_kmeans_copes_with_words_without_contexts():
    import numpy as np

    from rasd.ner.clusters import _spherical_kmeans

    vectors = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0], [0.7071, 0.7071]], dtype=np.float32)
    with np.errstate(invalid="raise", divide="raise"):
        clusters = _spherical_kmeans(vectors, 3, seed=1)
    assert clusters.shape == (4,) and set(clusters.tolist()) <= {0, 1, 2}
    assert clusters[0] != clusters[2]


def test_several_corpora_are_read_one_after_another(corpus, tmp_path):
    assert build_clusters([corpus], seed=3)._table == build_clusters(corpus, seed=3)._table
    joined = tmp_path / "joined.jsonl"
    with gzip.open(corpus, "rt", encoding="utf-8") as fh:
        lines = fh.read()
    joined.write_text(lines + lines, encoding="utf-8")
    assert build_clusters([corpus, corpus], seed=3)._table == build_clusters(joined, seed=3)._table
