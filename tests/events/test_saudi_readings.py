"""Cases met reading Saudi press articles of 2015 on the war in Yemen and the Saudi border, each
written afresh for these tests: the general rule each one checks is named in the test."""
import rasd


def reported(text, published="2015-08-05"):
    return [e for e in rasd.extract(text, published=published).events if e.reportable]


def only_event(text, published="2015-08-05"):
    events = reported(text, published)
    assert len(events) == 1, [(e.sub_event_type, e.evidence[0].text) for e in events]
    return events[0]


def test_the_nationality_of_a_news_agency_is_not_a_fighting_side():
    event = only_event("وقال المصدر لوكالة الأنباء الألمانية إن مواجهات عنيفة اندلعت مساء الثلاثاء "
                       "في منطقة سناح بمحافظة الضالع.")
    assert "Germany" not in event.actor1.name
