"""find_casualties over a whole 5,000-character article: every toll of the report is read,
none in the prose around it. (Its speed is measured by benchmarks/throughput.py, stage
"casualties", never in a test.)"""

from rasd.numbers import find_casualties

_REPORT = ("أعلنت وزارة الدفاع مقتل 9 جنود وإصابة 12 آخرين في هجوم على نقطة تفتيش قرب الحدود. "
           "وقال مصدر طبي إن حصيلة القتلى ارتفعت إلى 31 قتيلا بينهم أطفال ونساء، فيما لم يسفر "
           "انفجار ثان عن وقوع إصابات. ")
_PROSE = ("وتشهد المنطقة منذ أشهر توترا متزايدا بين الأطراف المتنازعة، وسط دعوات دولية إلى التهدئة "
          "واستئناف الحوار السياسي برعاية الأمم المتحدة وعدد من الدول الإقليمية. ")


def _article(length=5000):
    text = ""
    while len(text) < length:
        text += _REPORT + _PROSE * 6
    return text[:length]


def test_a_long_article_gives_the_tolls_of_its_reports_only():
    article = _article()
    found = find_casualties(article)
    assert find_casualties(_PROSE) == []
    assert len(found) >= 10 and {c.value for c in found if c.outcome == "killed"} >= {9, 31}
    assert all(article[c.start:c.end] == c.text for c in found)
