"""DateStage: DATE mentions on the document, a warning when relative dates cannot be resolved."""
import datetime as dt

import pytest

from rasd.document import Document, Sentence
from rasd.pipeline import Pipeline, PipelineError
from rasd.text.segment import split_sentences
from rasd.time.stage import UNRESOLVED_WARNING, DateStage

TEXT = "اشتبكت القوات مع مسلحين مساء الأربعاء. وقال مسؤول إن الهدوء عاد في 19 يناير 2017."


class Sentences:
    name = "sentences"
    requires = ()
    provides = ("sentences",)

    def __call__(self, doc: Document) -> None:
        doc.sentences = [Sentence(s.start, s.end, s.text, i) for i, s in enumerate(split_sentences(doc.text))]


def run(text: str, published: dt.date | None) -> Document:
    return Pipeline([Sentences(), DateStage()])(Document(text=text, published=published))


def test_dates_become_mentions_with_resolution_data():
    doc = run(TEXT, dt.date(2017, 1, 19))
    first, second = doc.mentions_of("DATE")
    assert (first.text, first.label, first.sentence, first.source) == ("مساء الأربعاء", "2017-01-18", 0, "time")
    assert first.data == {"value": "2017-01-18", "earliest": "2017-01-18", "latest": "2017-01-18",
                          "precision": 1, "kind": "weekday", "part_of_day": "evening"}
    assert (second.label, second.sentence, second.data["kind"]) == ("2017-01-19", 1, "explicit")
    assert all(TEXT[m.start:m.end] == m.text for m in doc.mentions)
    assert doc.warnings == [] and "dates" in doc.layers


def test_unresolved_relative_dates_warn_once():
    doc = run(TEXT + " وتجددت الاشتباكات أمس.", None)
    assert [m.label for m in doc.mentions_of("DATE")] == ["", "2017-01-19", ""]
    assert doc.mentions_of("DATE")[0].data["value"] is None
    assert doc.warnings == [UNRESOLVED_WARNING]


def test_absolute_dates_alone_need_no_publication_date():
    doc = run("عاد الهدوء في 19 يناير 2017.", None)
    assert doc.warnings == []


def test_stage_needs_sentences():
    with pytest.raises(PipelineError, match="sentences"):
        Pipeline([DateStage()])
