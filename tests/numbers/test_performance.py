"""find_casualties must stay cheap: the whole extraction budget is 20 ms per article."""
import time

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


def test_a_5000_character_article_takes_a_few_milliseconds():
    article = _article()
    assert len(find_casualties(article)) >= 10
    runs = 50
    started = time.process_time()          # CPU time: stable on a shared machine
    for _ in range(runs):
        find_casualties(article)
    average_ms = (time.process_time() - started) / runs * 1000
    assert average_ms < 10, f"{average_ms:.1f} ms per article"   # about 3 ms (25 casualty words)
