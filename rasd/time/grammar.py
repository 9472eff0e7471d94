"""One compiled regular expression for every Arabic date expression rasd understands.

The grammar runs over the normalised article text (rasd.text.normalize: folded alef and ta
marbuta, Western digits, single-character whitespace), so each rule is written once instead
of once per spelling. Rules are alternatives of one pattern, tried in the order of `RULES`
at each position: composite expressions ("مساء الأربعاء 18 يناير") come before their parts
so the longest reading wins. Every rule is a named group; its fields are named
`<rule>__<field>`, so `fields_of` can hand a resolver just the pieces it needs.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from .lexicon import TimeLexicon, load_lexicon

# Arabic writes و/ف (and) and ب/ل/ك (at, for, as) onto the next word; a preposition is taken
# only before the article ("بالأمس", "والخميس"), never before a bare word ("لامس" is a verb).
_CLITICS = r"(?<!\w)(?:[وف])?(?:[بلك](?=ال))?"
_END = r"(?!\w)"
_DAY_NUMBER = r"(?:[0-3]?[0-9])"
_YEAR = r"(?:19|20)[0-9][0-9]"
_HIJRI_YEAR = r"1[345][0-9][0-9]"
# A named group "(?P<name>" or a back-reference "(?P=name)" in a rule's pattern.
_FIELD = re.compile(r"\(\?P([<=])(\w+)")


def alternation(forms: Iterable[str]) -> str:
    """Longest-first alternation of normalised phrases, any run of spaces between their words."""
    ordered = sorted(set(forms), key=len, reverse=True)
    return "(?:" + "|".join(" +".join(re.escape(w) for w in f.split()) for f in ordered) + ")"


@dataclass(frozen=True)
class Grammar:
    pattern: re.Pattern[str]
    fields: dict[str, tuple[tuple[str, str], ...]]  # rule -> ((field, group name), ...)

    def fields_of(self, match: re.Match[str], rule: str) -> dict[str, str]:
        """The fields of `rule` that took part in `match`, spaces collapsed."""
        out = {}
        for field_name, group in self.fields[rule]:
            value = match.group(group)
            if value is not None:
                out[field_name] = " ".join(value.split())
        return out


@lru_cache(maxsize=1)
def date_grammar() -> Grammar:
    rules = rule_patterns(load_lexicon())
    pattern = _CLITICS + "(?:" + "|".join(_qualify(name, body) for name, body in rules) + ")" + _END
    fields = {name: tuple((field, f"{name}__{field}") for kind, field in _FIELD.findall(body) if kind == "<")
              for name, body in rules}
    return Grammar(re.compile(pattern), fields)


def _qualify(rule: str, body: str) -> str:
    return f"(?P<{rule}>" + _FIELD.sub(lambda m: f"(?P{m.group(1)}{rule}__{m.group(2)}", body) + ")"


def rule_patterns(lex: TimeLexicon) -> list[tuple[str, str]]:
    """(rule name, pattern) in priority order; field names are local to their rule."""
    wd = alternation(lex.weekdays)
    month = alternation(lex.months)
    day_part = alternation(lex.day_part_nouns)
    night = alternation(k for k, v in lex.day_part_nouns.items() if v == "night")
    day_word = alternation(lex.day_words)
    shift = alternation(lex.period_shifts)
    ordinal = alternation(lex.ordinal_days)
    number_word = alternation(lex.numbers)
    any_unit = alternation([*lex.unit_singular, *lex.unit_plural])
    plural_unit = alternation(lex.unit_plural)
    recent_adjective = alternation(lex.recent_adjectives)
    gregorian_mark = alternation(lex.gregorian_year_marks)

    # "مساء يوم الأربعاء، الموافق" in front of a calendar date
    day_prefix = (rf"(?:(?P<part>{day_part}) +)?(?:{day_word} +)?"
                  rf"(?:(?P<wd>{wd}) *,? *(?:{alternation(lex.date_links)} +)?)?")
    # "كانون الثاني/يناير", "أبريل (نيسان)", "مايو أيار": one month named in two series
    months = rf"(?P<month>{month})(?:(?: *[/(-] *| +)(?P<month2>{month}) *\)?)?"
    year = rf"(?P<year>{_YEAR})(?: *{gregorian_mark})?"
    # "2017", "، 2017", "من العام 2017", "من العام الماضي", or a shift alone ("مارس الماضي")
    year_of_month = (rf"(?: *,? *(?:من +)?(?:{alternation(lex.year_words)} +)?{year}"
                     rf"| +من +(?P<year_noun>{alternation(k for k, v in lex.period_nouns.items() if v == 'year')})"
                     rf" +(?P<year_shift>{shift})"
                     rf"| +(?P<shift>{shift}))?")
    day_of_month = (rf"(?:(?P<day>{_DAY_NUMBER})|(?P<ordinal>{ordinal})"
                    rf"(?: +{alternation(lex.ordinal_links)})?)")
    not_today = alternation(lex.today_followers)

    return [
        ("night_between",
         rf"(?P<night>{night}) +(?:{day_word} +)?(?P<wd>{wd})(?: *[/-] *| +(?:الي|علي) +| +)(?P<wd2>{wd})"),
        ("explicit",
         rf"{day_prefix}{day_of_month} *(?:{alternation(lex.month_words)} +)?{months}{year_of_month}"),
        # "يوم 3 من الشهر الجاري", "في الثالث من الشهر الماضي"
        ("day_of_month_shift",
         rf"{day_prefix}{day_of_month} +(?:من +)?(?:(?:{alternation(lex.this)}) +)?"
         rf"(?P<month_noun>{alternation(k for k, v in lex.period_nouns.items() if v == 'month')})"
         rf" +(?P<shift>{shift})"),
        ("numeric",
         rf"{day_prefix}(?:(?P<a>[0-9][0-9]?)(?P<sep>[/.-])(?P<b>[0-9][0-9]?)(?P=sep)(?P<year>{_YEAR})"
         rf"|(?P<iso_year>{_YEAR})(?P<iso_sep>[/.-])(?P<iso_month>[0-9][0-9]?)(?P=iso_sep)(?P<iso_day>[0-9][0-9]?))"),
        ("hijri",
         rf"{day_of_month} *(?P<month>{alternation(lex.hijri_months)}) *,? *(?P<year>{_HIJRI_YEAR})"
         rf"(?: *{alternation(lex.hijri_year_marks)})?"),
        ("weekend", rf"(?P<weekend>{alternation(lex.weekend)})(?: +(?P<shift>{shift}))?"),
        ("year", rf"(?:(?P<year_word>{alternation(lex.year_words)}) +)?{year}"),
        ("month",
         rf"(?:(?P<part>{alternation(lex.period_parts)}) +)?(?:(?P<month_word>{alternation(lex.month_words)}) +)?"
         rf"{months}{year_of_month}"),
        ("period",
         rf"(?:(?P<part>{alternation(lex.period_parts)}) +)?(?:(?P<this>{alternation(lex.this)}) +)?"
         rf"(?P<period>{alternation(lex.period_nouns)})(?: +(?P<shift>{shift}))?"),
        ("ago",
         rf"(?P<ago>{alternation(lex.ago)}) +(?:(?P<count>[0-9]+|{number_word}) +(?P<counted_unit>{any_unit})"
         rf"|(?P<dual>{alternation(lex.unit_dual)})|(?P<few>{alternation(lex.few)}) +(?P<few_unit>{plural_unit})"
         rf"|(?P<plural>{plural_unit})|(?P<single>{alternation(lex.unit_singular)}))"
         # "قبل يوم الجمعة" (before Friday), "قبل أسبوع من الانتخابات" (a week before the vote),
         # "منذ عام 2011" (since the year 2011)
         rf"(?! +(?:{wd}|من){_END}| +{_YEAR})"),
        ("recent",
         rf"(?:ال(?P<plural>{plural_unit}) +(?:(?:ال)?(?:[0-9]+|{number_word}) +)?"
         rf"|ال(?P<count>[0-9]+) +(?P<unit>{any_unit}) +)(?P<adjective>{recent_adjective})"),
        ("last_night", rf"(?P<last_night>{alternation(lex.last_night)})"),
        # "صباح اليوم التالي": a day counted from the date the article named just before
        ("adjacent_day", rf"(?:(?P<part>{day_part}) +)?(?P<adjacent>{alternation(lex.adjacent_days)})"),
        ("day",
         rf"(?:(?P<part>{day_part}) +)?(?:{day_word} +)?"
         rf"(?:(?P<relative>{alternation(lex.relative_days)})(?! +{not_today}{_END})(?: +(?P<wd>{wd}))?"
         rf"|(?P<weekday>{wd})(?: +(?P<shift>{shift}))?)"),
        ("this_part", rf"(?P<this_part>{alternation(lex.this_part_of_day)})"),
        ("part_of_day", rf"(?P<adverb>{alternation(lex.day_part_adverbs)})"),
    ]
