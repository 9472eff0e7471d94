from rasd.document import Document, Sentence
from rasd.numbers import CasualtyStage
from rasd.pipeline import Pipeline
from rasd.text.segment import split_sentences


class _Sentences:
    name, requires, provides = "sentences", (), ("sentences",)

    def __call__(self, doc):
        doc.sentences = [Sentence(s.start, s.end, s.text, index=i)
                         for i, s in enumerate(split_sentences(doc.text))]


def test_stage_adds_casualty_mentions_with_all_fields():
    text = "اندلعت اشتباكات في المدينة. وأسفرت عن مقتل 9 جنود وإصابة 12 آخرين."
    doc = Pipeline([_Sentences(), CasualtyStage()])(Document(text))
    mentions = doc.mentions_of("CASUALTY")
    assert [(m.label, m.data["value"], m.sentence) for m in mentions] == [("killed", 9, 1), ("wounded", 12, 1)]
    killed = mentions[0]
    assert text[killed.start:killed.end] == killed.text and killed.source == "numbers"
    assert killed.data["victims"] == "جنود" and killed.data["victim_class"] == "soldiers"
    assert killed.data["toll_update"] is False and "casualties" in doc.layers


def test_stage_declares_its_layers():
    stage = CasualtyStage()
    assert (stage.name, stage.requires, stage.provides) == ("casualties", ("sentences",), ("casualties",))
