"""Arabic numbers: digits (ASCII and Arabic-Indic, with separators), number words, vague
quantities, qualifiers and ranges, each read to the value ACLED would record.

ACLED keeps the lowest reported figure: "more than 80" and "at least 80" are 80, "between 10 and
15" is 10; "dozens" is 12, "hundreds" 100, "thousands" 1000, "several"/"a number of" 3. `low` and
`high` keep what the text says about the bounds ("more than 80": low 81, no high).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from .lexicon import NumbersLexicon, load_numbers_lexicon
from .tokens import Token, fold, tokenize

_DIGITS = re.compile(r"\d+(?:[,.\u066B\u066C]\d+)*")
_SEPARATORS = re.compile(r"[,.\u066B\u066C]")
_ORDER = {"unit": 1, "ten": 2, "tens": 3, "hundred": 4}   # word classes inside one group


@dataclass(frozen=True)
class NumberMention:
    start: int
    end: int
    text: str
    value: int | None          # the figure ACLED records
    low: int | None
    high: int | None
    approximate: bool
    qualifier: str             # more_than, at_least, about, up_to, less_than, or ''


@dataclass(frozen=True)
class ParsedNumber:
    """A number read from tokens[first:last] (token indices), before mapping to offsets."""

    first: int
    last: int
    number_first: int          # where the figure itself starts (after a qualifier)
    value: int | None
    low: int | None
    high: int | None
    approximate: bool
    qualifier: str
    vague: bool
    digits_only: bool          # written as a bare digit group ("2014"): may be a year


@dataclass(frozen=True)
class _Core:
    value: float
    end: int
    vague: bool
    digits_only: bool


def parse_number(phrase: str) -> int | None:
    """The ACLED value of a phrase that is one number ("ثلاثة وعشرين" = 23), else None."""
    if not isinstance(phrase, str):
        raise TypeError(f"parse_number expects a string, got {type(phrase).__name__}")
    tokens = tokenize(phrase)
    parsed = parse_at(tokens, 0)
    if parsed is None or parsed.last != len(tokens):
        return None
    return parsed.value


def find_numbers(text: str) -> list[NumberMention]:
    """Every number in text, with offsets into text."""
    if not isinstance(text, str):
        raise TypeError(f"find_numbers expects a string, got {type(text).__name__}")
    tokens = tokenize(text)
    starters = _starters()
    mentions = []
    i = 0
    while i < len(tokens):
        parsed = parse_at(tokens, i) if _may_start(tokens[i], starters) else None
        if parsed is None:
            i += 1
            continue
        mentions.append(_to_number_mention(text, tokens, parsed))
        i = parsed.last
    return mentions


def _to_number_mention(text: str, tokens: Sequence[Token], parsed: ParsedNumber) -> NumberMention:
    start = word_start(text, tokens[parsed.first])
    end = tokens[parsed.last - 1].end
    return NumberMention(start, end, text[start:end], parsed.value, parsed.low, parsed.high,
                         parsed.approximate, parsed.qualifier)


def word_start(text: str, token: Token) -> int:
    """Start of the token without a leading conjunction or preposition ("و3" → "3")."""
    lexicon = load_numbers_lexicon()
    for stem in token.stems():
        if stem == token.norm:
            continue
        if _DIGITS.fullmatch(stem) or lexicon.number_words.get(stem) or stem in _starters():
            return _skip_folded_chars(text, token.start, len(token.norm) - len(stem))
    return token.start


def _skip_folded_chars(text: str, start: int, count: int) -> int:
    """Advance past `count` characters that survive normalisation (diacritics ride along)."""
    position = start
    while count > 0:
        if fold(text[position]):
            count -= 1
        position += 1
    while position < len(text) and not fold(text[position]):
        position += 1
    return position


@lru_cache(maxsize=1)
def _starters() -> frozenset[str]:
    lexicon = load_numbers_lexicon()
    return (lexicon.number_words.first_words() | lexicon.qualifiers_before.first_words()
            | lexicon.function_words["range_start"])


def _may_start(token: Token, starters: frozenset[str]) -> bool:
    return any(stem in starters or stem[:1].isdigit() for stem in token.stems())


def parse_at(tokens: Sequence[Token], i: int) -> ParsedNumber | None:
    """The number (with its qualifier or range) that starts at tokens[i], if any."""
    lexicon = load_numbers_lexicon()
    qualifier = ""
    j = i
    before = lexicon.qualifiers_before.match(tokens, i)
    if before is not None:
        qualifier, j = before
    opens_range = j < len(tokens) and lexicon.has_role(tokens[j], "range_start")
    core = _core_at(tokens, j + 1 if opens_range else j, lexicon, conjoined=False)
    if core is None:
        return None
    number_first = j + 1 if opens_range else j
    high_core = _range_end(tokens, core.end, lexicon, opens_range)
    if opens_range and high_core is None:
        i = number_first if not qualifier else i       # "من 10" alone is just 10
    last = high_core.end if high_core else core.end
    if not qualifier and high_core is None:
        after = lexicon.qualifiers_after.match(tokens, last)
        if after is not None:
            qualifier, last = after
    return _evaluate(i, last, number_first, core, high_core, qualifier)


def with_qualifier(parsed: ParsedNumber, qualifier: str) -> ParsedNumber:
    """The same number qualified by words found after the phrase it counts ("80 قتيلا على الأقل")."""
    if parsed.qualifier or parsed.value is None or parsed.low != parsed.high:
        return parsed
    low, high = _bounds(parsed.value, qualifier)
    value = high if qualifier == "less_than" else parsed.value
    return replace(parsed, value=value, low=low, high=high, approximate=True,
                   qualifier=qualifier, digits_only=False)


def _range_end(tokens: Sequence[Token], k: int, lexicon: NumbersLexicon, opened: bool) -> _Core | None:
    """The upper end of "بين 10 و15" / "10 إلى 15" / "10 - 15" / "10 أو 12"."""
    if k >= len(tokens):
        return None
    if opened and tokens[k].norm.startswith("و"):
        return _core_at(tokens, k, lexicon, conjoined=True)
    if lexicon.has_role(tokens[k], "range_link"):
        return _core_at(tokens, k + 1, lexicon, conjoined=False)
    return None


def _evaluate(first: int, last: int, number_first: int, core: _Core, high_core: _Core | None,
              qualifier: str) -> ParsedNumber:
    value = _as_int(core.value)
    high = _as_int(high_core.value) if high_core else None
    low = value
    if value is not None and high is None:
        low, high = _bounds(value, qualifier)
        value = high if qualifier == "less_than" else value
        if core.vague and not qualifier:
            high = None                     # "dozens": at least 12, no stated upper bound
    approximate = core.vague or bool(qualifier) or high_core is not None
    return ParsedNumber(first, last, number_first, value, low, high, approximate, qualifier,
                        core.vague, core.digits_only and not qualifier and high_core is None)


def _bounds(value: int, qualifier: str) -> tuple[int | None, int | None]:
    if qualifier == "more_than":
        return value + 1, None
    if qualifier == "at_least":
        return value, None
    if qualifier == "about":
        return None, None
    if qualifier == "up_to":
        return None, value
    if qualifier == "less_than":
        return None, max(value - 1, 0)      # "fewer than 10": at most 9, recorded as 9
    return value, value


def _as_int(value: float) -> int | None:
    return int(value) if float(value).is_integer() else None


# "قتل الاثنين 3 جنود": with the article, "two" is Monday (the two dead are "الاثنان" after a noun).
_MONDAY = re.compile(r"^[وف]?[بل]?الاثنين$")


def _core_at(tokens: Sequence[Token], j: int, lexicon: NumbersLexicon, conjoined: bool) -> _Core | None:
    """A bare number at tokens[j]: a digit group or a run of number words.

    conjoined: the token must be "و" + number (the second half of "بين 10 و15").
    """
    if j >= len(tokens) or _MONDAY.match(tokens[j].norm):
        return None
    stems = tokens[j].stems()
    if conjoined:
        stems = tuple(s for s in stems if len(s) == len(tokens[j].norm) - 1)
    for stem in stems:
        if _DIGITS.fullmatch(stem):
            value = _digit_value(stem)
            if value is None:
                return None
            return _with_multiplier(tokens, j + 1, value, lexicon, digits_only=True)
    if conjoined:
        word = lexicon.number_words.get(stems[0]) if stems else None
        return _words_at(tokens, j, lexicon, first_word=word) if word else None
    return _words_at(tokens, j, lexicon, first_word=None)


def _digit_value(digits: str) -> float | None:
    groups = _SEPARATORS.split(digits)
    if len(groups) == 1:
        return float(int(digits))
    if len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]):
        return float(int("".join(groups)))            # thousands separators: 1,200 / ١٬٢٠٠
    if len(groups) == 2:
        return float(f"{groups[0]}.{groups[1]}")      # a decimal: 3.5 / 1,5
    return None                                       # 1.2.2018 and the like


def _with_multiplier(tokens: Sequence[Token], k: int, value: float, lexicon: NumbersLexicon,
                     digits_only: bool) -> _Core:
    word = lexicon.number_words.get(tokens[k].norm) if k < len(tokens) else None
    if word and word.kind in ("multiplier", "plural_multiplier"):
        return _Core(value * word.value, k + 1, False, False)
    return _Core(value, k, False, digits_only)


def _words_at(tokens: Sequence[Token], j: int, lexicon: NumbersLexicon, first_word) -> _Core | None:
    matched = (first_word, j + 1) if first_word else lexicon.number_words.match(tokens, j)
    if matched is None:
        return None
    word, k = matched
    if word.kind in ("vague", "plural_multiplier"):
        return _vague(tokens, k, word.value, lexicon)
    if word.kind == "multiplier":                   # "ألف ومئتين": the thousands come first
        total, group, used = word.value, 0, set()
    else:
        total = 0
        group, used, k = _group_part(tokens, k, word, lexicon)
        if group is None:
            return None
    while k < len(tokens):
        following = lexicon.number_words.get(tokens[k].norm)
        if following and following.kind in ("multiplier", "plural_multiplier"):
            total += (group or 1) * following.value
            group, used, k = 0, set(), k + 1
            continue
        joined = _conjoined_word(tokens[k], lexicon)
        if joined is None or _ORDER.get(joined.kind) is None:
            break
        part, part_classes, next_k = _group_part(tokens, k + 1, joined, lexicon)
        if part is None or part_classes & used or ("hundred" in part_classes and group % 100):
            break
        group, used, k = group + part, used | part_classes, next_k
    return _Core(float(total + group), k, False, False)


def _group_part(tokens: Sequence[Token], k: int, word, lexicon: NumbersLexicon):
    """(value, classes used, next index) of one word of a number, joining teens and "ثلاث مئة"."""
    following = lexicon.number_words.get(tokens[k].norm) if k < len(tokens) else None
    if word.kind in ("unit", "teen_prefix") and following and following.kind == "ten":
        return word.value + 10, {"ten", "unit"}, k + 1
    if word.kind == "teen_prefix":
        return None, set(), k
    if word.kind == "unit" and following and following.kind == "hundred" and following.value == 100:
        return word.value * 100, {"hundred"}, k + 1
    return word.value, {word.kind}, k


def _conjoined_word(token: Token, lexicon: NumbersLexicon):
    if not token.norm.startswith("و"):
        return None
    return lexicon.number_words.get(token.norm[1:])


def _vague(tokens: Sequence[Token], k: int, value: int, lexicon: NumbersLexicon) -> _Core:
    """"عشرات" = 12, and "عشرات الآلاف" = 12 × 1000."""
    following = lexicon.number_words.get(tokens[k].norm) if k < len(tokens) else None
    if following and following.kind in ("multiplier", "plural_multiplier"):
        return _Core(float(value * following.value), k + 1, True, False)
    return _Core(float(value), k, True, False)
