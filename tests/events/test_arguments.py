"""Event arguments: the date, place and toll each event gets from its own sentence."""
import rasd


def test_days_ago_in_a_relative_clause_dates_the_act_not_the_statement():
    text = "هددت شركة الطيران امس الاثنين بوقف رحلاتها حتى يطلق سراح رئيسها الذي اختطف قبل 3 أيام في طرابلس من قبل مسلحين."
    events = rasd.extract(text, published="2016-10-25").events
    assert [e.date.value for e in events] == ["2016-10-22"]
    assert events[0].date.expression == "قبل 3 أيام"
