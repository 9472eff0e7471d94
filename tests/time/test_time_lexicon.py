"""The date lexicon file: complete, consistent, and rejected loudly when broken."""
import json
import shutil
from itertools import combinations

import pytest

from rasd.text.normalize import normalize_key
from rasd.time.lexicon import LEXICON_PATH, TimeLexiconError, load_lexicon
from rasd.time.scan import head_words

LEX = load_lexicon()


def test_every_calendar_unit_is_covered():
    assert sorted(set(LEX.months.values())) == list(range(1, 13))
    assert sorted(set(LEX.hijri_months.values())) == list(range(1, 13))
    assert sorted(set(LEX.weekdays.values())) == list(range(7))
    assert set(LEX.day_part_nouns.values()) >= {"dawn", "morning", "noon", "evening", "night"}
    assert set(LEX.unit_plural.values()) == {"hour", "day", "week", "month", "year"}


@pytest.mark.parametrize("month, forms", [
    (1, ["يناير", "كانون الثاني", "جانفي"]), (2, ["فبراير", "شباط", "فيفري"]), (3, ["مارس", "آذار"]),
    (4, ["أبريل", "ابريل", "نيسان", "أفريل"]), (5, ["مايو", "أيار", "ماي"]),
    (6, ["يونيو", "يونيه", "حزيران", "جوان"]), (7, ["يوليو", "يوليه", "تموز", "جويلية"]),
    (8, ["أغسطس", "آب", "أوت"]), (9, ["سبتمبر", "أيلول"]), (10, ["أكتوبر", "تشرين الأول"]),
    (11, ["نوفمبر", "تشرين الثاني"]), (12, ["ديسمبر", "كانون الأول"]),
])
def test_egyptian_levantine_and_maghrebi_month_names(month, forms):
    assert {LEX.months[normalize_key(f)] for f in forms} == {month}


def test_head_word_sections_do_not_share_forms():
    # A form that was both a weekday and a month (say) would resolve by rule order alone.
    sections = {"weekdays": LEX.weekdays, "months": LEX.months, "hijri_months": LEX.hijri_months,
                "relative_days": LEX.relative_days, "period_nouns": LEX.period_nouns,
                "ordinal_days": LEX.ordinal_days, "numbers": LEX.numbers}
    for (a, forms_a), (b, forms_b) in combinations(sections.items(), 2):
        assert not set(forms_a) & set(forms_b), (a, b, set(forms_a) & set(forms_b))


def test_forms_are_stored_normalised():
    for form in head_words(LEX):
        assert form == normalize_key(form)


def _broken_copy(tmp_path, edit):
    raw = json.loads(LEXICON_PATH.read_text(encoding="utf-8"))
    edit(raw)
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("edit, message", [
    (lambda raw: raw["months"].update({"13": ["شهر ثالث عشر"]}), "outside 1..12"),
    (lambda raw: raw["months"]["1"].append("كانون الثانى"), "same key"),
    (lambda raw: raw["months"]["2"].append("يناير"), "listed twice"),
    (lambda raw: raw["weekdays"].update({"funday": ["الفن"]}), "not one of"),
    (lambda raw: raw["parts_of_day"]["dawn"].update({"nouns": ["فجر", ""]}), "empty form"),
    (lambda raw: raw.pop("units"), "lacks section"),
])
def test_inconsistent_lexicon_is_rejected(tmp_path, edit, message):
    with pytest.raises(TimeLexiconError, match=message):
        load_lexicon(_broken_copy(tmp_path, edit))


def test_duplicate_json_keys_are_rejected(tmp_path):
    path = tmp_path / "lexicon.json"
    shutil.copy(LEXICON_PATH, path)
    text = path.read_text(encoding="utf-8").replace('"1": ["يناير"', '"1": ["x"], "1": ["يناير"', 1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TimeLexiconError, match="duplicate keys"):
        load_lexicon(path)


def test_missing_or_malformed_file_is_a_clear_error(tmp_path):
    with pytest.raises(TimeLexiconError, match="cannot read"):
        load_lexicon(tmp_path / "absent.json")
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(TimeLexiconError, match="cannot read"):
        load_lexicon(tmp_path / "bad.json")
