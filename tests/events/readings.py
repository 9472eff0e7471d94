"""What the event tests read: the events rasd reports for a text written for a test."""
import rasd


def reported(text, published="2008-05-05"):
    """The events rasd reports (not background, totals, threats...)."""
    return rasd.extract(text, published=published).reportable_events()


def only_event(text, published="2018-07-15"):
    """The one event rasd reports for the text (the test fails, naming them, if there are more or none)."""
    events = reported(text, published)
    assert len(events) == 1, [(e.sub_event_type, e.evidence[0].text) for e in events]
    return events[0]
