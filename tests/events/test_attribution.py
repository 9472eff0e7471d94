"""Who reported each event: the source phrase of its sentences, else the article's source line."""
import pytest

import rasd


@pytest.mark.parametrize("text, source", [
    ("قتل 12 مدنيا أمس في غارات على مدينة دوما، بحسب المرصد السوري لحقوق الإنسان.", "المرصد السوري لحقوق الإنسان"),
    ("وأفادت مصادر محلية أن الطيران الحربي قصف أمس بلدة كفرنبل في ريف إدلب.", "مصادر محلية"),
    ('وقال المتحدث باسم الجيش الوطني الليبي: "إن القتال وقع أمس في حي قنفودة غرب بنغازي".',
     "المتحدث باسم الجيش الوطني الليبي"),
    ("وقالت وزارة الصحة في غزة إن شابين استشهدا أمس برصاص الجيش الإسرائيلي شرق خان يونس.", "وزارة الصحة في غزة"),
])
def test_the_source_named_in_the_sentence(text, source):
    (event,) = rasd.extract(text, published="2018-04-14").reportable_events()
    assert event.attribution == source


def test_without_a_named_source_the_article_source_line_is_used():
    text = "قتل ثلاثة جنود أمس في هجوم على نقطة تفتيش قرب مدينة العريش.\n\nالمصدر: وكالات"
    (event,) = rasd.extract(text, published="2018-04-14").reportable_events()
    assert event.attribution == rasd.extract(text, published="2018-04-14").source != ""


def test_a_sentence_opening_with_the_reporting_verb_names_its_source():
    text = ('وقال الجيش الإسرائيلي في بيان إن قواته قتلت أمس مسلحين اثنين قرب السياج شرق خان يونس '
            'وإنها تتصرف وفق قواعد الاشتباك.')
    (event,) = rasd.extract(text, published="2018-04-14").reportable_events()
    assert event.attribution == "الجيش الإسرائيلي"
