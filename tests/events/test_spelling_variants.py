"""Sentences written the way many outlets write them (no hamza on alef, ه for ة, ى for ي),
each written afresh for these tests: the context words must match them as the lexicons do."""
from readings import reported


def test_a_weapon_launched_with_a_verb_written_without_hamza_is_used():
    events = reported("وقال شهود إن الطائرات الاسرائيلية اطلقت صباح امس خمسة صواريخ على موقع قرب مدينة خان يونس.")
    assert [(e.event_type, e.sub_event_type) for e in events] == [
        ("Explosions/Remote violence", "Shelling/artillery/missile attack")]
    assert events[0].actor1.name == "Military Forces of Israel"


def test_context_words_with_a_hamza_match_text_without_it():
    with_hamza = reported("وقال شهود إن الطائرات الإسرائيلية أطلقت صباح أمس خمسة صواريخ على موقع قرب مدينة خان يونس.")
    without = reported("وقال شهود ان الطائرات الاسرائيلية اطلقت صباح امس خمسة صواريخ على موقع قرب مدينة خان يونس.")
    assert [(e.sub_event_type, e.actor1.name, e.location.name) for e in with_hamza] == \
        [(e.sub_event_type, e.actor1.name, e.location.name) for e in without]


def test_a_cause_written_with_tanween_still_names_the_protests_cause():
    (event,) = reported("اعتصم أكثر من ألف شخص في مدينة اللاذقية ليل السبت احتجاجًا على قتل ضابط برصاص مسلح.",
                        "2015-08-10")
    assert (event.sub_event_type, event.fatalities.value) == ("Peaceful protest", None)
