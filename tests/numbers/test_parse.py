import pytest

from rasd.numbers import find_numbers, parse_number


@pytest.mark.parametrize("phrase, value", [
    ("تسعة", 9), ("تسع", 9), ("واحد", 1), ("إحدى", 1), ("اثنين", 2), ("اثنتان", 2),
    ("عشرة", 10), ("أحد عشر", 11), ("إحدى عشرة", 11), ("اثنا عشر", 12), ("اثني عشر", 12),
    ("ثلاثة عشر", 13), ("تسعة عشر", 19), ("عشرون", 20), ("تسعين", 90),
    ("ثلاثة وعشرين", 23), ("خمسة وأربعون", 45), ("مئة", 100), ("مائتين", 200), ("ثلاث مئة", 300),
    ("خمسمائة", 500), ("مئة وخمسين", 150), ("ثلاثمئة وخمسة وعشرون", 325), ("ألف", 1000),
    ("ألفين", 2000), ("ثلاثة آلاف", 3000), ("ألف ومئتين", 1200), ("ثلاثة آلاف وخمسمئة", 3500),
    ("خمسين ألف", 50000), ("مئة ألف", 100000), ("مليون", 1_000_000),
    ("٨٠", 80), ("80", 80), ("1,200", 1200), ("١٬٢٠٠", 1200), ("1.200", 1200), ("12,500,000", 12_500_000),
    ("80 ألف", 80000), ("٣ آلاف", 3000), ("1.5 مليون", 1_500_000),
    ("عشرات", 12), ("العشرات", 12), ("مئات", 100), ("آلاف", 1000), ("عشرات الآلاف", 12000),
    ("عدة", 3), ("بضعة", 3), ("عدد من", 3), ("بعض", 3),
    ("أكثر من 80", 80), ("ما يزيد عن 80", 80), ("ما لا يقل عن 80", 80), ("على الأقل 80", 80),
    ("80 على الأقل", 80), ("نحو 50", 50), ("قرابة 50", 50), ("حوالي 50", 50), ("زهاء 50", 50),
    ("ما يقارب 50", 50), ("بين 10 و15", 10), ("بين عشرة وخمسة عشر", 10), ("10 إلى 15", 10),
    ("10 - 15", 10), ("من 10 إلى 15", 10), ("أقل من 10", 9),
])
def test_parse_number_values(phrase, value):
    assert parse_number(phrase) == value


@pytest.mark.parametrize("phrase", ["", "مدينة", "3.5", "1.2.2018", "اثنا", "ثلاثة مدنيين", "واحد واثنان"])
def test_parse_number_rejects_what_is_not_one_number(phrase):
    assert parse_number(phrase) is None


def test_parse_number_bad_input_is_a_clear_error():
    with pytest.raises(TypeError, match="expects a string"):
        parse_number(42)


def test_find_numbers_offsets_bounds_and_qualifiers():
    text = "قتل أكثر من 80 مسلحا وثلاثة وعشرون مدنيا، وبين 10 و15 طفلا، وعشرات الجرحى ونحو ٥٠ امرأة."
    found = find_numbers(text)
    assert [text[m.start:m.end] for m in found] == [m.text for m in found]
    by_text = {m.text: m for m in found}
    more = by_text["أكثر من 80"]
    assert (more.value, more.low, more.high, more.qualifier, more.approximate) == (80, 81, None, "more_than", True)
    assert by_text["ثلاثة وعشرون"].value == 23 and not by_text["ثلاثة وعشرون"].approximate
    rng = by_text["بين 10 و15"]
    assert (rng.value, rng.low, rng.high, rng.approximate) == (10, 10, 15, True)
    dozens = by_text["عشرات"]
    assert (dozens.value, dozens.low, dozens.high, dozens.approximate) == (12, 12, None, True)
    about = by_text["نحو ٥٠"]
    assert (about.value, about.qualifier, about.approximate) == (50, "about", True)


def test_find_numbers_span_excludes_the_conjunction():
    text = "قتل جندي و3 مدنيين"
    (number,) = find_numbers(text)
    assert number.text == "3" and number.value == 3


def test_find_numbers_handles_diacritics_and_tatweel():
    text = "قُتِلَ ثَلاثةُ أشخاص وأُصيب عشـرون"
    values = [m.value for m in find_numbers(text)]
    assert values == [3, 20]
