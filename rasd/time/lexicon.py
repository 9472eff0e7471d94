"""The Arabic date vocabulary (rasd/resources/time/lexicon.json), validated and normalised once.

Every form is stored under its `normalize_key` so that the grammar can match the normalised
article text; a form that normalises to the same key as another form of its section is an
error, because the two could never be told apart at match time.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable, TypeVar

from ..text.normalize import normalize_key

LEXICON_PATH = Path(__file__).resolve().parent.parent / "resources" / "time" / "lexicon.json"

WEEKDAY_NUMBERS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
                   "friday": 4, "saturday": 5, "sunday": 6}
PARTS_OF_DAY = ("dawn", "morning", "noon", "afternoon", "evening", "night")
PERIODS = ("week", "month", "year")
PERIOD_PARTS = ("beginning", "middle", "end")
UNITS = ("hour", "day", "week", "month", "year")

V = TypeVar("V")


class TimeLexiconError(ValueError):
    """The date lexicon file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class TimeLexicon:
    weekdays: dict[str, int]             # normalised form -> datetime.weekday() number
    months: dict[str, int]
    hijri_months: dict[str, int]
    hijri_year_marks: tuple[str, ...]
    gregorian_year_marks: tuple[str, ...]
    relative_days: dict[str, int]        # form -> offset in days from publication
    day_part_nouns: dict[str, str]       # "مساء" (of a day) -> "evening"
    day_part_adverbs: dict[str, str]     # "مساء" / "ليلا" on their own -> part of day
    this_part_of_day: dict[str, str]     # "هذا الصباح" -> "morning"
    last_night: tuple[str, ...]
    false_friends: frozenset[str]        # as written: "لئلا" (lest) folds to "ليلا" (at night)
    adjacent_days: dict[str, int]        # "اليوم التالي" -> +1: a day counted from the date named before
    today_followers: tuple[str, ...]     # "اليوم التالي": اليوم then these is not "today"
    day_words: tuple[str, ...]
    date_links: tuple[str, ...]
    period_nouns: dict[str, str]         # "الشهر" -> "month"
    period_shifts: dict[str, int]        # "الماضي" -> -1
    this: tuple[str, ...]
    period_parts: dict[str, str]         # "مطلع" -> "beginning"
    weekend: tuple[str, ...]
    month_words: tuple[str, ...]
    year_words: tuple[str, ...]
    ago: tuple[str, ...]
    unit_singular: dict[str, str]
    unit_dual: dict[str, str]
    unit_plural: dict[str, str]
    numbers: dict[str, int]
    few: tuple[str, ...]
    recent_adjectives: tuple[str, ...]
    ordinal_days: dict[str, int]
    ordinal_links: tuple[str, ...]
    bare_month_cues: frozenset[str]
    bare_year_cues: frozenset[str]
    week_starts_on: int
    weekend_starts_on: int
    weekend_days: int


@lru_cache(maxsize=1)
def load_lexicon(path: Path = LEXICON_PATH) -> TimeLexicon:
    try:
        raw = json.loads(Path(path).read_text(encoding="utf-8"), object_pairs_hook=_reject_duplicate_keys)
    except (OSError, json.JSONDecodeError) as exc:
        raise TimeLexiconError(f"cannot read date lexicon {path}: {exc}") from exc
    try:
        return _build(raw)
    except KeyError as exc:
        raise TimeLexiconError(f"date lexicon {path} lacks section {exc}") from exc


def _reject_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    duplicates = {k for k in keys if keys.count(k) > 1}
    if duplicates:
        raise TimeLexiconError(f"duplicate keys in date lexicon: {sorted(duplicates)}")
    return dict(pairs)


def _build(raw: dict[str, Any]) -> TimeLexicon:
    parts = raw["parts_of_day"]
    units = raw["units"]
    return TimeLexicon(
        weekdays=_form_map(raw["weekdays"], "weekdays", _choice(WEEKDAY_NUMBERS)),
        months=_form_map(raw["months"], "months", _int_in(1, 12)),
        hijri_months=_form_map(raw["hijri_months"], "hijri_months", _int_in(1, 12)),
        hijri_year_marks=_forms(raw["hijri_year_marks"], "hijri_year_marks"),
        gregorian_year_marks=_forms(raw["gregorian_year_marks"], "gregorian_year_marks"),
        relative_days=_form_map(raw["relative_days"], "relative_days", _int_in(-7, 7)),
        day_part_nouns=_form_map({k: v["nouns"] for k, v in parts.items()}, "parts_of_day nouns",
                                 _name_in(PARTS_OF_DAY)),
        day_part_adverbs=_form_map({k: v["adverbs"] for k, v in parts.items()}, "parts_of_day adverbs",
                                   _name_in(PARTS_OF_DAY)),
        this_part_of_day=_form_map(raw["this_part_of_day"], "this_part_of_day", _name_in(PARTS_OF_DAY)),
        last_night=_forms(raw["last_night"], "last_night"),
        false_friends=frozenset(raw["false_friends"]),
        adjacent_days=_form_map(raw["adjacent_days"], "adjacent_days", _int_in(-1, 1)),
        today_followers=_forms(raw["today_followers"], "today_followers"),
        day_words=_forms(raw["day_word"], "day_word"),
        date_links=_forms(raw["date_links"], "date_links"),
        period_nouns=_form_map(raw["period_nouns"], "period_nouns", _name_in(PERIODS)),
        period_shifts=_form_map(raw["period_shifts"], "period_shifts", _int_in(-1, 1)),
        this=_forms(raw["this"], "this"),
        period_parts=_form_map(raw["period_parts"], "period_parts", _name_in(PERIOD_PARTS)),
        weekend=_forms(raw["weekend"], "weekend"),
        month_words=_forms(raw["month_word"], "month_word"),
        year_words=_forms(raw["year_words"], "year_words"),
        ago=_forms(raw["ago"], "ago"),
        unit_singular=_form_map({k: v["singular"] for k, v in units.items()}, "units singular", _name_in(UNITS)),
        unit_dual=_form_map({k: v["dual"] for k, v in units.items()}, "units dual", _name_in(UNITS)),
        unit_plural=_form_map({k: v["plural"] for k, v in units.items()}, "units plural", _name_in(UNITS)),
        numbers=_form_map(raw["numbers"], "numbers", _int_in(1, 100)),
        few=_forms(raw["few"], "few"),
        recent_adjectives=_forms(raw["recent_adjectives"], "recent_adjectives"),
        ordinal_days=_form_map(raw["ordinal_days"], "ordinal_days", _int_in(1, 31)),
        ordinal_links=_forms(raw["ordinal_links"], "ordinal_links"),
        bare_month_cues=frozenset(_forms(raw["bare_month_cues"], "bare_month_cues")),
        bare_year_cues=frozenset(_forms(raw["bare_year_cues"], "bare_year_cues")),
        week_starts_on=_choice(WEEKDAY_NUMBERS)(raw["week_starts_on"]),
        weekend_starts_on=_choice(WEEKDAY_NUMBERS)(raw["weekend_starts_on"]),
        weekend_days=_int_in(1, 3)(str(raw["weekend_days"])),
    )


def _forms(forms: list[str], section: str) -> tuple[str, ...]:
    keys = [normalize_key(f) for f in forms]
    if not all(keys):
        raise TimeLexiconError(f"empty form in date lexicon section {section!r}")
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise TimeLexiconError(f"forms normalise to the same key in section {section!r}: {duplicates}")
    return tuple(keys)


def _form_map(groups: dict[str, list[str]], section: str, convert: Callable[[str], V]) -> dict[str, V]:
    """{meaning: [forms]} -> {normalised form: converted meaning}; a form may have one meaning only."""
    out: dict[str, V] = {}
    for meaning, forms in groups.items():
        value = convert(meaning)
        for key in _forms(forms, f"{section}/{meaning}"):
            if key in out:
                raise TimeLexiconError(f"form {key!r} listed twice in date lexicon section {section!r}")
            out[key] = value
    return out


def _int_in(low: int, high: int) -> Callable[[str], int]:
    def convert(key: str) -> int:
        try:
            value = int(key)
        except ValueError:
            raise TimeLexiconError(f"date lexicon key {key!r} is not a number") from None
        if not low <= value <= high:
            raise TimeLexiconError(f"date lexicon key {key!r} outside {low}..{high}")
        return value
    return convert


def _choice(names: dict[str, int]) -> Callable[[str], int]:
    def convert(key: str) -> int:
        if key not in names:
            raise TimeLexiconError(f"date lexicon key {key!r} is not one of {sorted(names)}")
        return names[key]
    return convert


def _name_in(names: tuple[str, ...]) -> Callable[[str], str]:
    def convert(key: str) -> str:
        if key not in names:
            raise TimeLexiconError(f"date lexicon key {key!r} is not one of {list(names)}")
        return key
    return convert
