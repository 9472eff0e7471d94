"""The committed model (rasd/ner/model.crfsuite) on sentences written for these tests."""
import numpy as np
import pytest

from rasd.document import Document, Sentence
from rasd.ner import EntityTagger, NerStage, TaggedSpan
from rasd.pipeline import Pipeline
from rasd.text.segment import split_sentences


@pytest.fixture(scope="module")
def tagger() -> EntityTagger:
    return EntityTagger.default()


def _tag(tagger: EntityTagger, text: str) -> list[TaggedSpan]:
    return tagger.tag(text, [(s.start, s.end) for s in split_sentences(text)])


def _found(tagger: EntityTagger, text: str) -> set[tuple[str, str]]:
    return {(s.text, s.type) for s in _tag(tagger, text)}


def test_default_model_loads_once(tagger):
    assert EntityTagger.default() is tagger


def test_person_and_places_in_a_news_sentence(tagger):
    found = _found(tagger, "قال الرئيس السوري بشار الأسد في دمشق إن الحكومة ستواصل المفاوضات.")
    assert ("بشار الأسد", "PER") in found
    assert ("دمشق", "LOC") in found


def test_organisations(tagger):
    found = _found(tagger, "أعلنت الأمم المتحدة أن مجلس الأمن سيعقد جلسة طارئة بشأن الوضع في اليمن.")
    assert ("الأمم المتحدة", "ORG") in found
    assert ("اليمن", "LOC") in found


def test_spans_point_into_the_original_text_and_carry_subtype_and_confidence(tagger):
    text = "وصل وزير الخارجية المصري سامح شكري إلى عمّان أمس."
    spans = _tag(tagger, text)
    assert spans
    for span in spans:
        assert text[span.start:span.end] == span.text
        assert span.type in ("PER", "ORG", "LOC") and span.subtype
        assert 0.0 < span.confidence <= 1.0


def test_clitics_are_cut_from_the_span(tagger):
    text = "دارت اشتباكات عنيفة في سرت وبنغازي أمس."
    spans = {s.text: s for s in _tag(tagger, text)}
    assert "بنغازي" in spans and "وبنغازي" not in spans
    assert text[spans["بنغازي"].start - 1] == "و"


def test_a_name_starting_with_a_clitic_letter_stays_whole(tagger):
    assert ("فرنسا", "LOC") in _found(tagger, "وقال المتحدث إن فرنسا سترسل مساعدات.")


@pytest.mark.parametrize("text", ["", "   \n\t ", "Hello world, 2024.", "... !!! ؟؟"])
def test_empty_and_non_arabic_text_gives_nothing(tagger, text):
    assert _tag(tagger, text) == []
    assert tagger.tag(text, [(0, len(text))]) == []


def test_bad_input_is_rejected_clearly(tagger):
    with pytest.raises(ValueError, match="outside the text"):
        tagger.tag("نص قصير", [(0, 50)])
    with pytest.raises(TypeError, match="must be a str"):
        tagger.tag(None, [])


def test_missing_model_file_is_a_clear_error(tmp_path):
    from rasd.ner import ModelError

    with pytest.raises(ModelError, match="train-ner"):
        EntityTagger(tmp_path / "none.crfsuite")


def test_stage_adds_crf_mentions_with_sentence_index(tagger):
    text = "وصل الوفد إلى القاهرة. والتقى الرئيس اللبناني ميشال عون في بيروت."

    class Sentences:
        name, requires, provides = "sentences", (), ("sentences",)

        def __call__(self, doc):
            doc.sentences = [Sentence(s.start, s.end, s.text, index=i) for i, s in enumerate(split_sentences(doc.text))]

    doc = Pipeline([Sentences(), NerStage(tagger)])(Document(text))
    assert "ner" in doc.layers
    by_text = {m.text: m for m in doc.mentions}
    assert by_text["القاهرة"].kind == "LOC" and by_text["القاهرة"].sentence == 0
    assert by_text["بيروت"].sentence == 1
    assert all(m.source == "crf" and "subtype" in m.data for m in doc.mentions)


def test_an_organisation_span_of_marks_only_has_no_subtype_head():
    """A span of a tatweel alone normalises to nothing (corpus article AL-sport-772 crashed here)."""
    from rasd.ner.tagger import _subtype
    assert isinstance(_subtype("ORG", "ـ"), str)


def test_spans_without_confidence_are_the_same_spans(tagger):
    text = "قال الرئيس السوري بشار الأسد في دمشق إن الحكومة ستواصل المفاوضات مع المعارضة في جنيف."
    sentences = [(0, len(text))]
    with_confidence = tagger.tag(text, sentences)
    without = tagger.tag(text, sentences, confidence=False)
    assert with_confidence and [(s.start, s.end, s.type) for s in with_confidence] == [(s.start, s.end, s.type) for s in without]
    assert all(s.confidence is None for s in without)


def test_a_conjunction_inside_a_name_starts_another_name(tagger):
    words = ["كاسياس", "وراموس", "للشام", "والبتراء", "وزارة", "التربية", "والتعليم", "ابي", "وقاص"]
    labels = ["B-PER", "I-PER", "B-CITY", "I-CITY", "B-GOV", "I-GOV", "I-GOV", "B-PER", "I-PER"]
    index = np.array([tagger._label_index[label] for label in labels])
    tagger._split_coordinated(index, tagger._scores.rows(words))
    assert [tagger._model.labels[k] for k in index.tolist()] == [
        "B-PER", "B-PER", "B-CITY", "B-CITY", "B-GOV", "I-GOV", "I-GOV", "B-PER", "I-PER"]
