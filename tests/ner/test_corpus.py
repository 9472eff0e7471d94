from pathlib import Path

import pytest

from rasd.ner.clitics import article_prefix_length, split_clitics, strip_article
from rasd.ner.corpus import CorpusError, read_newsfane, read_wojood, split_documents
from rasd.ner.evaluation import coarse_spans, score
from rasd.ner.features import load_triggers


def _write(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_newsfane_reader_strips_marks_glues_clitics_and_maps_types(tmp_path):
    path = _write(tmp_path / "nf.txt", [
        "\u200eو\tO", "\u200eبيروت\tB-Population-Center", "\u200eو\tO",
        "\u200eالعرب\tB-Group", "\u200eل\tO", "\u200eالجيش\tB-Government",
        "\u200eاللبناني\tI-Government", "\u200eتستهدف\tO", "\u200eه\tO", "\t",
    ])
    (document,) = read_newsfane(path)
    assert document.sentences == [[
        ("وبيروت", "B-CITY"), ("والعرب", "O"), ("للجيش", "B-GOV"),
        ("اللبناني", "I-GOV"), ("تستهدفه", "O"),
    ]]


def test_newsfane_reader_rejects_a_file_without_tags(tmp_path):
    with pytest.raises(CorpusError, match="token<TAB>tag"):
        read_newsfane(_write(tmp_path / "bad.txt", ["just text"]))
    with pytest.raises(CorpusError, match="no such file"):
        read_newsfane(tmp_path / "missing.txt")


def test_wojood_keeps_the_outermost_mapped_span(tmp_path):
    path = _write(tmp_path / "w.txt", [
        "مجلس B-ORG", "الأمن I-ORG", "في I-ORG", "نابلس I-ORG B-GPE", "قال O",
        "سكرتير B-OCC", "اللجنة I-OCC B-ORG", "العربية I-OCC I-ORG", "",
    ])
    (sentence,) = read_wojood(path)
    assert [label for _, label in sentence] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG"]


def test_split_is_by_document_and_reproducible(tmp_path):
    lines = []
    for d in range(10):
        lines += [f"مدينة{d}\tB-Population-Center", "(\tO", "رويترز\tB-Media", ")\tO", "\t"]
    documents = read_newsfane(_write(tmp_path / "nf.txt", lines))
    assert len(documents) == 10  # every dateline opens a document
    train_a, test_a = split_documents(documents, seed=13)
    train_b, test_b = split_documents(documents, seed=13)
    assert test_a == test_b and len(test_a) == 2 and len(train_a) == 8
    assert not {id(d) for d in train_a} & {id(d) for d in test_a}


@pytest.mark.parametrize("word, expected", [
    ("وبالمدينه", ("وب", "ال", "مدينه")),
    ("للجيش", ("ل", "ل", "جيش")),
    ("القاهره", ("", "ال", "قاهره")),
    ("وبنغازي", ("وب", "", "نغازي")),
    ("الي", ("", "", "الي")),
])
def test_split_clitics(word, expected):
    assert split_clitics(word) == expected


def test_article_prefix_keeps_the_article():
    assert article_prefix_length("والقاهره") == 1
    assert article_prefix_length("للجيش") == 1
    assert article_prefix_length("بغداد") == 0
    assert strip_article("والقاهره") == "قاهره"


def test_trigger_file_loads_with_valid_classes():
    triggers = load_triggers()
    assert "TITLE" in triggers["رييس"]
    assert "LOC_HEAD" in triggers["مدينه"]
    assert {"TITLE", "MIL_HEAD"} <= triggers["لواء"]  # a rank and a brigade


def test_span_scoring_is_exact_match():
    gold = [[("a", "B-PER"), ("b", "I-PER"), ("c", "O"), ("d", "B-CITY")]]
    predicted = [["B-PER", "O", "O", "B-NATION"]]
    report = score(gold, predicted)
    assert report["LOC"]["f1"] == 1.0            # fine types fold into LOC
    assert report["PER"]["precision"] == 0.0     # a partial span is wrong
    assert report["micro"]["recall"] == 0.5
    assert coarse_spans(["I-ORG", "I-ORG"]) == {(0, 2, "ORG")}
