"""find_dates: each rule with exact expected dates. Publication day 2017-01-19 is a Thursday."""
import datetime as dt

import pytest

from rasd.time import DateMention, find_dates

PUBLISHED = dt.date(2017, 1, 19)
D = dt.date


def only(text: str, published: dt.date | None = PUBLISHED) -> DateMention:
    found = find_dates(text, published)
    assert len(found) == 1, found
    return found[0]


def dates(m: DateMention) -> tuple:
    return m.value, m.earliest, m.latest, m.precision


@pytest.mark.parametrize("text, value, part", [
    ("الخميس", D(2017, 1, 19), None),
    ("يوم الاثنين", D(2017, 1, 16), None),
    ("الاثنين الماضي", D(2017, 1, 16), None),
    ("الخميس الماضي", D(2017, 1, 12), None),
    ("مساء الأربعاء", D(2017, 1, 18), "evening"),
    ("مساءَ الأربعاءِ", D(2017, 1, 18), "evening"),
    ("فجر السبت", D(2017, 1, 14), "dawn"),
    ("صباح يوم الأحد", D(2017, 1, 15), "morning"),
    ("الجمعة المقبلة", D(2017, 1, 20), None),
    ("بعد صلاة الجمعة", D(2017, 1, 13), None),
])
def test_weekday_is_latest_such_day_on_or_before_publication(text, value, part):
    m = only(text)
    assert (m.kind, m.value, m.earliest, m.latest, m.precision, m.part_of_day) == \
        ("weekday", value, value, value, 1, part)


def test_night_of_a_weekday_accepts_both_neighbouring_days():
    m = only("ليلة الجمعة")
    assert dates(m) == (D(2017, 1, 13), D(2017, 1, 12), D(2017, 1, 14), 1)
    assert m.part_of_day == "night"


@pytest.mark.parametrize("text", ["ليل الخميس الجمعة", "ليلة الخميس إلى الجمعة", "ليل الخميس/الجمعة"])
def test_night_between_two_weekdays_is_the_first_day(text):
    m = only(text)
    assert m.text == text
    assert dates(m) == (D(2017, 1, 12), D(2017, 1, 12), D(2017, 1, 13), 1)


@pytest.mark.parametrize("text, surface, value", [
    ("أمس", "أمس", D(2017, 1, 18)),
    ("امس", "امس", D(2017, 1, 18)),
    ("وأمس", "أمس", D(2017, 1, 18)),
    ("بالأمس", "الأمس", D(2017, 1, 18)),
    ("البارحة", "البارحة", D(2017, 1, 18)),
    ("يوم أمس", "يوم أمس", D(2017, 1, 18)),
    ("أمس الأربعاء", "أمس الأربعاء", D(2017, 1, 18)),
    ("أول أمس", "أول أمس", D(2017, 1, 17)),
    ("أمس الأول", "أمس الأول", D(2017, 1, 17)),
    ("أول من أمس", "أول من أمس", D(2017, 1, 17)),
])
def test_yesterday_and_the_day_before(text, surface, value):
    m = only(text)
    assert (m.text, m.kind, m.value, m.earliest, m.latest, m.precision) == \
        (surface, "relative_day", value, value, value, 1)


def test_evening_of_yesterday_keeps_its_part_of_day():
    m = only("مساء أمس")
    assert (m.value, m.part_of_day) == (D(2017, 1, 18), "evening")


@pytest.mark.parametrize("text, part", [
    ("اليوم", None), ("صباح اليوم", "morning"), ("فجر اليوم", "dawn"), ("هذا الصباح", "morning"),
    ("فجرا", "dawn"), ("صباحاً", "morning"), ("ظهرا", "noon"), ("مساء", "evening"), ("ليلا", "night"),
])
def test_today_and_parts_of_today_span_publication_and_the_day_before(text, part):
    m = only(text)
    assert dates(m) == (PUBLISHED, D(2017, 1, 18), PUBLISHED, 1)
    assert m.part_of_day == part


def test_last_night():
    m = only("الليلة الماضية")
    assert dates(m) == (D(2017, 1, 18), D(2017, 1, 18), PUBLISHED, 1)
    assert m.part_of_day == "night"


@pytest.mark.parametrize("text", ["اليوم التالي", "اليوم العالمي للمرأة", "في اليوم الأول"])
def test_the_day_in_narrative_is_not_today(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text, expected", [
    ("منذ يومين", (D(2017, 1, 17), D(2017, 1, 17), D(2017, 1, 17), 1)),
    ("قبل يوم", (D(2017, 1, 18), D(2017, 1, 18), D(2017, 1, 18), 1)),
    ("منذ ثلاثة أيام", (D(2017, 1, 16), D(2017, 1, 15), D(2017, 1, 17), 2)),
    ("قبل 5 أيام", (D(2017, 1, 14), D(2017, 1, 13), D(2017, 1, 15), 2)),
    ("قبل أسبوع", (D(2017, 1, 12), D(2017, 1, 9), D(2017, 1, 15), 2)),
    ("منذ أسبوعين", (D(2017, 1, 5), D(2017, 1, 2), D(2017, 1, 8), 2)),
    ("منذ أيام", (D(2017, 1, 14), D(2017, 1, 12), D(2017, 1, 17), 2)),
    ("قبل ساعات", (PUBLISHED, D(2017, 1, 18), PUBLISHED, 1)),
    ("منذ شهر", (D(2016, 12, 20), D(2016, 12, 5), D(2017, 1, 4), 3)),
    ("منذ عامين", (None, D(2014, 7, 22), D(2015, 7, 21), 3)),
])
def test_duration_ago(text, expected):
    m = only(text)
    assert (m.kind, *dates(m)) == ("duration_ago", *expected)


@pytest.mark.parametrize("text", ["قبل يوم الجمعة", "قبل أسبوع من الانتخابات"])
def test_before_something_is_not_ago(text):
    assert [m.kind for m in find_dates(text, PUBLISHED) if m.kind == "duration_ago"] == []


@pytest.mark.parametrize("text, kind, expected", [
    ("الأسبوع الماضي", "week", (D(2017, 1, 12), D(2017, 1, 9), D(2017, 1, 15), 2)),
    ("هذا الأسبوع", "week", (D(2017, 1, 17), D(2017, 1, 16), PUBLISHED, 2)),
    ("نهاية الأسبوع", "weekend", (D(2017, 1, 14), D(2017, 1, 13), D(2017, 1, 15), 2)),
    ("عطلة نهاية الأسبوع الماضي", "weekend", (D(2017, 1, 14), D(2017, 1, 13), D(2017, 1, 15), 2)),
    ("الشهر الماضي", "month", (D(2016, 12, 15), D(2016, 12, 1), D(2016, 12, 31), 3)),
    ("هذا الشهر", "month", (D(2017, 1, 15), D(2017, 1, 1), PUBLISHED, 3)),
    ("الشهر الجاري", "month", (D(2017, 1, 15), D(2017, 1, 1), PUBLISHED, 3)),
    ("مطلع الشهر الجاري", "month", (D(2017, 1, 1), D(2017, 1, 1), D(2017, 1, 10), 3)),
    ("أواخر الشهر الماضي", "month", (D(2016, 12, 31), D(2016, 12, 21), D(2016, 12, 31), 3)),
    ("العام الماضي", "year", (None, D(2016, 1, 1), D(2016, 12, 31), 3)),
    ("خلال الأيام الماضية", "recent", (D(2017, 1, 15), D(2017, 1, 12), PUBLISHED, 2)),
    ("خلال الساعات الـ24 الماضية", "recent", (PUBLISHED, D(2017, 1, 18), PUBLISHED, 1)),
])
def test_periods(text, kind, expected):
    m = only(text)
    assert (m.kind, *dates(m)) == (kind, *expected)


def test_weekend_said_during_the_weekend():
    sunday = D(2017, 1, 22)
    assert dates(only("نهاية الأسبوع", sunday)) == (D(2017, 1, 21), D(2017, 1, 20), sunday, 2)
    assert only("نهاية الأسبوع الماضي", sunday).earliest == D(2017, 1, 13)


@pytest.mark.parametrize("text, value", [
    ("19 يناير 2017", D(2017, 1, 19)),
    ("19 كانون الثاني/يناير 2017", D(2017, 1, 19)),
    ("19 كانون الثاني (يناير) 2017", D(2017, 1, 19)),
    ("١٩ يناير ٢٠١٧", D(2017, 1, 19)),
    ("3 شباط 2016", D(2016, 2, 3)),
    ("7 نيسان 2016", D(2016, 4, 7)),
    ("١٤ تموز ٢٠١٦", D(2016, 7, 14)),
    ("1 تشرين الأول 2016", D(2016, 10, 1)),
    ("30 تشرين الثاني 2016", D(2016, 11, 30)),
    ("25 كانون الأول 2016", D(2016, 12, 25)),
    ("2 جانفي 2017", D(2017, 1, 2)),
    ("14 جانفي", D(2017, 1, 14)),
    ("10 فيفري 2016", D(2016, 2, 10)),
    ("9 أفريل 2016", D(2016, 4, 9)),
    ("1 ماي 2016", D(2016, 5, 1)),
    ("5 جوان 2016", D(2016, 6, 5)),
    ("25 جويلية 2016", D(2016, 7, 25)),
    ("13 أوت 2016", D(2016, 8, 13)),
    ("20 يونيه 2016", D(2016, 6, 20)),
    ("4 ابريل 2016", D(2016, 4, 4)),
    ("17 ديسمبر 2016م", D(2016, 12, 17)),
    ("5 آذار", D(2016, 3, 5)),
    ("٥ آذار", D(2016, 3, 5)),
    ("الخميس 12 يناير", D(2017, 1, 12)),
    ("الأحد 5 مارس", D(2017, 3, 5)),
    ("الأول من يناير", D(2017, 1, 1)),
    ("الخامس عشر من أيار 2016", D(2016, 5, 15)),
    ("بالرابع من يونيو حزيران", D(2016, 6, 4)),
    ("8 مارس من العام 1964", D(1964, 3, 8)),
    ("12 مايو من العام الماضي", D(2016, 5, 12)),
    ("14جويلية 2016", D(2016, 7, 14)),
    ("في 12/3/2018", D(2018, 3, 12)),
    ("12.3.2018", D(2018, 3, 12)),
    ("3/25/2018", D(2018, 3, 25)),
    ("2017-01-19", D(2017, 1, 19)),
])
def test_explicit_dates(text, value):
    m = only(text)
    assert (m.kind, *dates(m)) == ("explicit", value, value, value, 1)
    assert text.endswith(m.text)


def test_explicit_date_with_weekday_and_part_of_day_is_one_mention():
    text = "مساء الأربعاء، 18 يناير"
    m = only(text)
    assert (m.text, m.value, m.part_of_day) == (text, D(2017, 1, 18), "evening")


def test_day_and_month_of_next_year_when_said_to_be_coming():
    assert only("25 يناير المقبل").value == D(2017, 1, 25)
    assert only("25 يناير").value == D(2016, 1, 25)


def test_impossible_day_is_not_a_date():
    assert find_dates("31 فبراير 2017", PUBLISHED) == []
    assert find_dates("في 31/2/2017", PUBLISHED) == []


@pytest.mark.parametrize("text, surface, expected", [
    ("في يناير 2017", "يناير 2017", (D(2017, 1, 15), D(2017, 1, 1), PUBLISHED, 3)),
    ("في مارس 2016", "مارس 2016", (D(2016, 3, 15), D(2016, 3, 1), D(2016, 3, 31), 3)),
    ("خلال شهر آب", "شهر آب", (D(2016, 8, 15), D(2016, 8, 1), D(2016, 8, 31), 3)),
    ("منذ أكتوبر", "أكتوبر", (D(2016, 10, 15), D(2016, 10, 1), D(2016, 10, 31), 3)),
    ("أواخر ديسمبر", "أواخر ديسمبر", (D(2016, 12, 31), D(2016, 12, 21), D(2016, 12, 31), 3)),
    ("في أوت الماضي", "أوت الماضي", (D(2016, 8, 15), D(2016, 8, 1), D(2016, 8, 31), 3)),
    ("في يوليو من العام الماضي", "يوليو من العام الماضي", (D(2016, 7, 15), D(2016, 7, 1), D(2016, 7, 31), 3)),
    ("في مايو أيار", "مايو أيار", (D(2016, 5, 15), D(2016, 5, 1), D(2016, 5, 31), 3)),
    ("فيفري2016", "فيفري2016", (D(2016, 2, 15), D(2016, 2, 1), D(2016, 2, 29), 3)),
])
def test_month(text, surface, expected):
    m = only(text)
    assert (m.text, m.kind, *dates(m)) == (surface, "month", *expected)


@pytest.mark.parametrize("text", ["آب لثلاثة أطفال", "قال نيسان", "ماي"])
def test_bare_month_name_without_a_cue_is_not_a_date(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text, surface", [("في 2014", "2014"), ("منذ عام 2011", "عام 2011"),
                                          ("عام ٢٠١٤", "عام ٢٠١٤")])
def test_year_alone_has_no_day(text, surface):
    m = only(text)
    assert (m.text, m.kind, m.value, m.precision) == (surface, "year", None, 3)
    assert m.earliest.month == 1 and m.latest.month == 12


def test_count_is_not_a_year():
    assert find_dates("قتل 2014 شخصا", PUBLISHED) == []


def test_hijri_date_is_converted_within_a_day():
    m = only("15 رمضان 1438 هـ")
    assert m.kind == "hijri"
    assert m.earliest <= D(2017, 6, 10) <= m.latest


@pytest.mark.parametrize("text", ["رمضان قديروف", "شهر رمضان", "في رمضان", "صفر"])
def test_hijri_month_without_full_date_is_skipped(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text", ["جامعة بنغازي", "لامس الجدار", "يتقدمسون", "الجمعية العامة",
                                  "أمسية شعرية", "الأحدث", "سبتمبرية", "لئلا يتكرر", "ولئلّا"])
def test_words_containing_date_words_are_not_dates(text):
    assert find_dates(text, PUBLISHED) == []


def test_offsets_index_the_original_text():
    text = "قُتل ثلاثة جنود مساءَ الأربعاء، وأُصيب آخرون أمسِ في ١٩ كانون الثاني/يناير ٢٠١٧."
    found = find_dates(text, PUBLISHED)
    assert [m.text for m in found] == ["مساءَ الأربعاء", "أمسِ", "١٩ كانون الثاني/يناير ٢٠١٧"]
    assert all(text[m.start:m.end] == m.text for m in found)


def test_a_sentence_with_several_dates_in_order():
    text = "وقال المتحدث صباح اليوم إن الاشتباكات بدأت الاثنين الماضي واستمرت حتى أمس"
    assert [(m.kind, m.value) for m in find_dates(text, PUBLISHED)] == [
        ("relative_day", PUBLISHED), ("weekday", D(2017, 1, 16)), ("relative_day", D(2017, 1, 18))]


def test_without_publication_relative_dates_stay_unresolved():
    found = find_dates("هاجم مسلحون القرية أمس الخميس، وفي 19 يناير 2017 عاد الهدوء", None)
    assert [(m.kind, m.value, m.earliest) for m in found] == [
        ("relative_day", None, None), ("explicit", D(2017, 1, 19), D(2017, 1, 19))]


def test_datetime_publication_is_taken_as_its_day():
    assert only("أمس", dt.datetime(2017, 1, 19, 23, 30)).value == D(2017, 1, 18)


@pytest.mark.parametrize("text", ["", "   ", "no Arabic here at all", "12345", "\u200f\u064b"])
def test_text_without_dates_gives_nothing(text):
    assert find_dates(text, PUBLISHED) == []


@pytest.mark.parametrize("text, published", [(None, PUBLISHED), (b"\xd8\xa3\xd9\x85\xd8\xb3", PUBLISHED),
                                             ("أمس", "2017-01-19")])
def test_wrong_argument_types_are_clear_errors(text, published):
    with pytest.raises(TypeError, match="find_dates|published"):
        find_dates(text, published)


@pytest.mark.parametrize("text, value", [
    ("يوم 3 من الشهر الجاري", D(2017, 1, 3)),
    ("في الثالث من الشهر الماضي", D(2016, 12, 3)),
    ("في 12 من هذا الشهر", None),
])
def test_day_of_this_or_last_month(text, value):
    found = find_dates(text, PUBLISHED)
    if value is None:   # a month noun with no shift word is not a date
        assert all(m.precision != 1 for m in found)
    else:
        assert [(m.value, m.precision) for m in found] == [(value, 1)]


def test_today_with_another_weekday_is_that_weekday():
    m = only("اليوم الثلاثاء")
    assert (m.value, m.precision) == (D(2017, 1, 17), 1)


def test_a_weekday_off_by_one_does_not_move_a_recent_date_a_year_on():
    (m,) = find_dates("يوم الأربعاء 19 يونيو", D(2018, 6, 20))
    assert m.value == D(2018, 6, 19)


@pytest.mark.parametrize("text, value, part", [
    ("اندلعت اشتباكات الاثنين في المدينة. وفي اليوم التالي قتل ثلاثة.", D(2017, 1, 17), None),
    ("وقعت الهجمات في 13 نوفمبر. وفي صباح اليوم التالي أعلنت الشرطة.", D(2016, 11, 14), "morning"),
    ("وصل الوفد الثلاثاء. وكان قد اجتمع في اليوم السابق.", D(2017, 1, 16), None),
])
def test_the_next_or_previous_day_counts_from_the_date_named_before(text, value, part):
    last = find_dates(text, PUBLISHED)[-1]
    assert (last.value, last.precision, last.part_of_day, last.kind) == (value, 1, part, "adjacent_day")


def test_the_next_day_with_no_day_named_before_is_no_date():
    assert find_dates("وفي اليوم التالي وصل الوفد إلى المدينة.", PUBLISHED) == []
    assert find_dates("وصل الوفد في يناير، وفي اليوم التالي غادر.", PUBLISHED)[-1].kind == "month"
