import pytest

import rasd
from rasd.document import Document, Mention
from rasd.entities import EntityStage
from rasd.ner.names import name_start


@pytest.mark.parametrize("mention, name", [
    ("الرئيس الأمريكي دونالد ترامب", "دونالد ترامب"),
    ("المشير خليفة حفتر", "خليفة حفتر"),
    ("بشار الأسد", "بشار الأسد"),
    ("الرئيس", "الرئيس"),       # nothing but a title: left as it is
    ("الرئيس التركي رجب طيب أردوغان", "رجب طيب أردوغان"),
    ("تركي المالكي", "تركي المالكي"),        # a given name, not "Turkish"
    ("السلطان قابوس", "قابوس"),
    ("سلطان القاسمي", "سلطان القاسمي"),      # a given name, not the title
    ("", ""),
])
def test_name_starts_after_titles_and_nationality(mention, name):
    assert mention[name_start(mention):] == name


def test_entity_stage_cuts_titles_from_people_only():
    text = "قال الرئيس الأمريكي دونالد ترامب إن الجيش الأمريكي سيبقى."
    person = text.index("الرئيس")
    army = text.index("الجيش")
    doc = Document(text)
    doc.mentions += [
        Mention(person, person + len("الرئيس الأمريكي دونالد ترامب"), "الرئيس الأمريكي دونالد ترامب",
                kind="PER", label="Donald Trump", source="entities"),
        Mention(army, army + len("الجيش الأمريكي"), "الجيش الأمريكي", kind="ORG", source="crf"),
    ]
    EntityStage()(doc)
    by_type = {e.type: e for e in doc.entities}
    assert by_type["PER"].text == "دونالد ترامب"
    assert text[slice(*by_type["PER"].spans[0])] == "دونالد ترامب"
    assert by_type["ORG"].text == "الجيش الأمريكي"


def places(doc):
    return [m.label for m in doc.mentions if m.kind == "PLACE"]


def test_a_place_word_inside_a_persons_name_is_the_name():
    doc = rasd.extract("وقالت نانسي بيلوسي زعيمة الديمقراطيين إن الهجوم مدان.", published="2018-05-01")
    assert places(doc) == []
    assert [(e.type, e.text) for e in doc.entities] == [("PER", "نانسي بيلوسي")]


def test_a_place_word_in_a_name_goes_and_the_place_named_after_it_stays():
    doc = rasd.extract("أعلن مسؤول أمريكي أن جون بولتن سيزور بغداد الأسبوع المقبل.", published="2018-05-01")
    assert places(doc) == ["Baghdad"]
