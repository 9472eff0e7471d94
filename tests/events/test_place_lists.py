"""GUIDE.md: one act, one place, one day. An act told once at a list of places is one event at
each place (sentences written for these tests)."""
from readings import reported


def _places(events):
    return [e.location.name for e in events]


def test_missiles_sent_towards_a_list_of_cities_are_one_event_per_city():
    events = reported("أطلق الحوثيون مساء الأحد صواريخ باليستية باتجاه أبها وجازان ونجران، "
                      "واعترضتها الدفاعات الجوية.", "2018-05-07")
    assert len(events) == 3
    assert sorted(_places(events)) == ["Abha", "Jizan", "Najrān"]
    assert {(e.actor1.name, e.date.value) for e in events} == {("Houthis", "2018-05-06")}


def test_protests_in_two_provinces_are_two_events_at_the_provinces():
    events = reported("خرج آلاف المحتجين السبت في محافظتي ميسان والمثنى جنوبي العراق للمطالبة بفرص عمل.",
                      "2018-07-22")
    assert sorted(_places(events)) == ["Maysan", "Muthanna"]
    assert {e.sub_event_type for e in events} == {"Peaceful protest"}


def test_towns_a_raid_hit_are_apart_however_near_and_the_toll_stays_with_the_first():
    events = reported("قتل 7 مدنيين أمس في غارات للطيران الحربي على بلدات كفرنبل ومعرة النعمان وسراقب في ريف إدلب.",
                      "2018-09-04")
    assert _places(events)[0] == "Kafr Nabl"
    assert sorted(_places(events)[1:]) == ["Maarat al-Numan", "Saraqib"]
    assert [e.fatalities.value if e.fatalities else None for e in events] == [7, None, None]


def test_a_border_or_front_between_two_places_is_one_event():
    events = reported("اندلعت مواجهات أمس على الحدود بين قطاع غزة وإسرائيل أصيب فيها عشرات المتظاهرين.",
                      "2018-05-15")
    assert len(events) == 1


def test_a_list_of_countries_names_the_attackers_not_the_places():
    events = reported("شنت الولايات المتحدة وبريطانيا وفرنسا فجر السبت ضربات صاروخية على مواقع في حمص.",
                      "2018-04-15")
    assert _places(events) == ["Homs"]


def test_a_province_places_an_act_better_than_a_direction_of_the_country_which_beats_the_country():
    event = reported("قتل مسلحون شرطيين اثنين أمس في محافظة ديالى شرقي العراق.", "2018-07-22")[0]
    assert event.location.name == "Diyala"
    event = reported("خطفت جبهة النصرة في سوريا خمسة مقاتلين أمس في شمال غرب سوريا.", "2018-07-22")[0]
    assert event.location.name == "NW of Syria"


def test_a_list_of_missiles_each_sent_towards_a_city_is_one_event_per_city():
    events = reported("أطلق الحوثيون أمس صاروخا باتجاه جازان وآخر باتجاه نجران.", "2018-03-26")
    assert sorted(_places(events)) == ["Jizan", "Najrān"]
    events = reported("وذكر التحالف أن صاروخا اتجه أمس نحو خميس مشيط.", "2018-03-26")
    assert _places(events) == ["Khamis Mushait"]   # a missile heading for a city is used, not shown
