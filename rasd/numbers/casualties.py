"""Casualty statements: how many people were killed, wounded, missing, arrested or abducted.

A casualty word ("مقتل", "قتيلا", "حتفهم", "أصيب"...) is found with the phrase matcher over a
normalised view of the whole text; only the sentence around each one is then tokenised and read:

- count nouns take the number before them ("31 قتيلا", "عشرات الجرحى"), or say it themselves
  ("قتيلين" = 2, "سقوط قتيل" = 1, "سقوط قتلى" = unspecified);
- act nouns and verbs take the number after them ("مقتل 9 جنود", "قتل فيه 9 جنود"), or the
  number the victim noun says ("مقتل جندي" = 1, "مقتل جنديين" = 2);
- "post" words take the number before them ("لقي 9 أشخاص حتفهم").

Killed and wounded joined by "و" ("مقتل وإصابة 20", "20 قتيلا وجريحا") share one count that
is not a killed count: both come back with value None, approximate, and the shared count in
`combined_total`. A negated casualty word with no count ("لم يسفر عن وقوع قتلى", "دون وقوع
إصابات") is value 0; "إصابات"/"ضحايا" negated mean no casualties at all, so they report killed = 0.
"ضحايا" ("victims") is read as killed only in a sentence that also uses killed vocabulary.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Sequence

from ..lexicon.matcher import Match, PhraseMatcher
from ..text.normalize import NormalizedText
from .lexicon import CasualtyTerm, NumbersLexicon, load_numbers_lexicon
from .parse import ParsedNumber, parse_at, with_qualifier, word_start
from ..text.normalize import normalize
from .tokens import Token, tokenize_view

_COMPLEMENT = {"killed": "wounded", "wounded": "killed"}
_IMPLIED = {"sg": 1, "du": 2}
_SENTENCE_END = re.compile(r"[.!?\n]")       # in the normalised text, where ؟ is ?
_WHOLE_SENTENCE = 500         # a sentence up to this long is read whole; in a longer one only
_WINDOW_BEFORE = 100          # this many characters around a casualty word: enough for the count,
_WINDOW_AFTER = 120           # the victims and the "حصيلة"/"لم يسفر" words
_VERB_GAP = 3                 # words allowed between a verb and its count ("قتلت القوات 5")
_POST_REACH = 7               # tokens searched before a "post" word for its subject
_POST_COUNT_GAP = 4           # tokens from its count ("لقي 3 أشخاص على الأقل مصرعهم")
_TOLL_REACH = 5               # tokens searched before a count for "عدد"/"حصيلة"/"ارتفع"
_VICTIM_WORDS = 4             # words of the "من ..." part of a victim phrase
_NISBA = re.compile(r".{2,}(?:يين|يون|يا|يه|ي|يات)$")


@dataclass(frozen=True)
class CasualtyMention:
    start: int                     # the span covering the count and the casualty word
    end: int
    text: str
    outcome: str                   # killed | wounded | missing | arrested | abducted
    value: int | None              # ACLED count; None: casualties stated without a usable number
    approximate: bool
    victims: str                   # surface text naming who, may be ''
    victim_class: str              # civilians, children, women, soldiers, police, militants, protesters, unknown
    count_start: int | None        # span of the written number; None when a noun implies it
    count_end: int | None
    toll_update: bool = False      # a running total ("ارتفع عدد القتلى إلى 40")
    negated: bool = False          # "لم يسفر عن وقوع قتلى": value 0
    combined_total: int | None = None   # "مقتل وإصابة 20": killed and wounded together
    agent: str = ""                # who did it, when the act verb names them ("قتل مسلحون مجهولون ضابطا")
    agent_start: int | None = None


@dataclass(frozen=True)
class _Reading:
    """What one casualty word says, in token indices of its window."""

    count: ParsedNumber | None = None
    implied: int | None = None               # value said by a singular/dual noun
    implied_by: tuple[int, int] | None = None
    victims: tuple[int, int] | None = None
    unspecified: bool = False                # plural casualty word, no number ("سقوط قتلى")
    toll_update: bool = False
    negated: bool = False
    agent: tuple[int, int] | None = None     # the act verb's subject, before its object


def find_casualties(text: str) -> list[CasualtyMention]:
    """Every casualty statement in text, with offsets into text."""
    if not isinstance(text, str):
        raise TypeError(f"find_casualties expects a string, got {type(text).__name__}")
    view = normalize(text)
    hits = _trigger_matcher().find(view)
    if not hits:
        return []
    lexicon = load_numbers_lexicon()
    windows = _Windows(view)
    mentions = []
    for hit in hits:
        tokens, first, last = windows.around(hit)
        mention = _read_hit(text, tokens, first, last, hit, lexicon)
        if mention is not None:
            mentions.append(mention)
    return _merge_duplicates(text, mentions)


@lru_cache(maxsize=1)
def _trigger_matcher() -> PhraseMatcher[CasualtyTerm]:
    return PhraseMatcher(load_numbers_lexicon().casualty_terms.items())


class _Windows:
    """Tokens of the sentence (clipped to a window) around each casualty word, tokenised once."""

    def __init__(self, view: NormalizedText):
        self.view = view
        text = view.text
        self.ends = [m.start() for m in _SENTENCE_END.finditer(text) if not _is_decimal_point(text, m.start())]
        self._cache: dict[tuple[int, int], tuple[list[Token], list[int]]] = {}

    def around(self, hit: Match) -> tuple[list[Token], int, int]:
        origin = self.view.origin
        start, end = self._bounds(bisect.bisect_left(origin, hit.start), bisect.bisect_left(origin, hit.end))
        if (start, end) not in self._cache:
            tokens = tokenize_view(self.view, start, end)
            self._cache[(start, end)] = (tokens, [t.start for t in tokens])
        tokens, starts = self._cache[(start, end)]
        first = bisect.bisect_right(starts, hit.start) - 1
        last = bisect.bisect_left(starts, hit.end)
        return tokens, first, last

    def _bounds(self, start: int, end: int) -> tuple[int, int]:
        """Normalised-text bounds of the window around [start, end)."""
        text = self.view.text
        k = bisect.bisect_left(self.ends, start)
        sentence_start = self.ends[k - 1] + 1 if k > 0 else 0
        sentence_end = self.ends[k] if k < len(self.ends) else len(text)
        if sentence_end - sentence_start <= _WHOLE_SENTENCE:
            return sentence_start, sentence_end       # tokenised once for all its casualty words
        lo = max(sentence_start, start - _WINDOW_BEFORE)
        hi = min(sentence_end, end + _WINDOW_AFTER)
        if lo > sentence_start:                       # do not start inside a word
            space = text.find(" ", lo, start)
            lo = space + 1 if space >= 0 else start
        if hi < sentence_end:
            space = text.rfind(" ", end, hi)
            hi = space if space >= 0 else end
        return lo, hi


def _is_decimal_point(text: str, i: int) -> bool:
    return text[i] == "." and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def _read_hit(text: str, tokens: list[Token], first: int, last: int, hit: Match,
              lexicon: NumbersLexicon) -> CasualtyMention | None:
    term: CasualtyTerm = hit.value
    group_first, group_last, partner = first, last, None
    if not _counts_itself(term):
        group_first, group_last, partner = _combined_group(tokens, first, last, term, lexicon)
        if partner is not None and _both_counted(tokens, first, last, group_first, group_last, term, partner, hit, lexicon):
            # "لقي 3 أشخاص مصرعهم وأصيب 12": each word has its own count, not one shared
            group_first, group_last, partner = first, last, None
    reading = _read_term(tokens, group_first, group_last, term, hit, lexicon)
    if (reading is None or reading.count is None) and _is_negated(tokens, group_first, lexicon):
        outcome = "killed" if "generic" in term.flags else term.outcome
        return _negated_mention(text, hit, outcome)
    if reading is None:
        return None
    if "context" in term.flags and not _has_killed_context(tokens, first, lexicon):
        return None
    reading = replace(reading, toll_update=_has_toll(tokens, reading, group_first, lexicon))
    return _to_mention(text, tokens, hit, term.outcome, reading, partner is not None, lexicon)


def _both_counted(tokens, first, last, group_first, group_last, term, partner, hit, lexicon) -> bool:
    """Whether the word and the partner joined to it by و each read a count of their own."""
    if term.role == "count":
        return False   # "20 قتيلا وجريحا": the count before the pair is shared
    own = _read_term(tokens, first, last, term, hit, lexicon)
    span = (last, group_last) if group_last > last else (group_first, first)
    theirs = _read_term(tokens, span[0], span[1], partner, hit, lexicon)
    return all(r is not None and (r.count is not None or r.implied is not None) for r in (own, theirs))


def _read_term(tokens, first, last, term, hit, lexicon) -> _Reading | None:
    if term.role == "count":
        return _read_count_noun(tokens, first, last, term, hit.with_article, lexicon)
    if term.role == "post":
        return _read_post(tokens, first, term, lexicon)
    if term.role == "possessed":
        # "مما أدى إلى مقتلها": the pronoun is the victim, its number the count
        return _Reading(implied=_IMPLIED.get(term.number), unspecified=term.number not in _IMPLIED)
    return _read_act(tokens, last, term, lexicon)


def _counts_itself(term: CasualtyTerm) -> bool:
    """A word whose pronoun suffix says how many ("مصرعه", "مقتلهما"), never part of a joint toll."""
    return term.role in ("post", "possessed") and term.number in _IMPLIED


def _combined_group(tokens, first, last, term, lexicon):
    """Token span of "مقتل وإصابة" / "قتيلا وجريحا": a killed and a wounded word joined by و."""
    complement = _COMPLEMENT.get(term.outcome)
    if complement is None:
        return first, last, None
    if last < len(tokens) and tokens[last].norm.startswith("و"):
        partner = lexicon.casualty_terms.match(tokens, last)
        if partner is not None and partner[0].outcome == complement:
            return first, partner[1], partner[0]
    if first >= 1 and tokens[first].norm.startswith("و"):
        for start in range(first - 1, max(first - 3, -1), -1):
            partner = lexicon.casualty_terms.match(tokens, start)
            if partner is not None and partner[1] == first and partner[0].outcome == complement \
                    and not _counts_itself(partner[0]):
                return start, last, partner[0]
    return first, last, None


def _read_count_noun(tokens, first, last, term, with_article, lexicon) -> _Reading | None:
    count = _count_before(tokens, first, lexicon)
    if count is not None:
        return _Reading(count=_qualified_after(count, tokens, last, lexicon),
                        victims=_victims_after_noun(tokens, last, lexicon))
    if _toll_before(tokens, first, lexicon):
        found = _count_after(tokens, last, gap=3, lexicon=lexicon, outcome=term.outcome)
        if found is not None and found.count is not None:
            return _Reading(count=found.count, toll_update=True,
                            victims=_victim_phrase(tokens, found.count.last, lexicon))
    if with_article or term.number == "-":
        return None                                    # "القتلى", "أم شهيد": a reference, not a report
    victims = _victims_after_noun(tokens, last, lexicon)
    if term.number in _IMPLIED:
        return _Reading(implied=_IMPLIED[term.number], implied_by=(first, last), victims=victims)
    if lexicon.casualty_terms.match(tokens, last) is not None:
        return None                                    # "جثث القتلى": a reference to known dead
    return _Reading(unspecified=True, victims=victims)


def _read_act(tokens, last, term, lexicon) -> _Reading | None:
    gap = _VERB_GAP if term.role == "act_verb" else 0
    found = _count_after(tokens, last, gap, lexicon, term.outcome)
    if found is None:
        return None
    found = _with_skipped_subject(tokens, last, found, lexicon)
    if found.count is not None and found.postposed:
        return _Reading(count=found.count, victims=(found.noun_at, found.count.first), agent=found.agent)
    if found.count is not None:
        victims = _victim_phrase(tokens, found.count.last, lexicon)
        after = victims[1] if victims else found.count.last
        count = _qualified_after(found.count, tokens, after, lexicon)
        more = _coordinated_count(tokens, after, lexicon) if victims else None
        if more is not None:
            count = replace(count, value=count.value + more, low=count.low + more if count.low else None)
        return _Reading(count=count, victims=victims, agent=found.agent)
    noun, noun_end = lexicon.victims.match(tokens, found.noun_at)
    victims = _victim_phrase(tokens, found.noun_at, lexicon)
    if noun.number in _IMPLIED:
        return _Reading(implied=_IMPLIED[noun.number], implied_by=(found.noun_at, noun_end), victims=victims,
                        agent=found.agent)
    return _Reading(unspecified=True, victims=victims, agent=found.agent)


def _coordinated_count(tokens, k, lexicon) -> int | None:
    """"22 طفلا على الأقل وأربع نساء", "5 جنود و3 مدنيين": a second group of victims joined
    by و adds to the toll (ACLED sums them)."""
    qualifier = lexicon.qualifiers_after.match(tokens, k)
    if qualifier is not None:
        k = qualifier[1]
    if k < len(tokens) and tokens[k].norm == "و":
        k += 1
    elif k >= len(tokens) or not tokens[k].norm.startswith("و"):
        return None
    parsed = parse_at(tokens, k)
    if parsed is None or not _is_count(tokens, parsed, lexicon):
        return None
    noun = lexicon.victims.match(tokens, parsed.last)
    return parsed.value if noun is not None and noun[0].number != "-" else None


def _read_post(tokens, first, term, lexicon) -> _Reading | None:
    """"لقي 9 أشخاص حتفهم": the count and the victims come before the word."""
    clause_start = _clause_start(tokens, first, _POST_REACH)
    best = None
    for k in range(first - 1, clause_start - 1, -1):
        parsed = parse_at(tokens, k)
        if parsed is None or parsed.last > first or first - parsed.last > _POST_COUNT_GAP:
            continue
        if best is None or parsed.last >= best.last:    # the latest-ending, then the longest
            best = parsed
    if best is not None and _is_count(tokens, best, lexicon):
        victims = (best.last, first) if best.last < first else None
        return _Reading(count=best, victims=victims)
    subject = _post_subject(tokens, clause_start, first, lexicon)
    nouns = [(k, noun) for k in range(first - 1, clause_start - 1, -1)
             if (noun := lexicon.victims.match(tokens, k)) is not None]
    if term.number in _IMPLIED and (subject is not None or nouns):
        # "لقي ضابط ومجند مصرعهما": the suffix counts them all, whatever each noun says
        return _Reading(implied=_IMPLIED[term.number], victims=subject or (nouns[-1][0], first))
    for k, noun in nouns:
        if noun[0].number in _IMPLIED:
            return _Reading(implied=_IMPLIED[noun[0].number], implied_by=(k, noun[1]),
                            victims=subject or (k, first))
    if subject is None:
        return None
    return _Reading(unspecified=True, victims=subject)


def _clause_start(tokens, first, reach) -> int:
    """The earliest token index within `reach` before `first` not separated from it by punctuation."""
    k = first
    while k > max(first - reach, 0) and tokens[k - 1].is_word:
        k -= 1
    return k


def _post_subject(tokens, clause_start, first, lexicon) -> tuple[int, int] | None:
    """Words between "لقي" and "حتفه": who died."""
    for k in range(first - 1, clause_start - 1, -1):
        if lexicon.has_role(tokens[k], "post_verb"):
            return k + 1, first                        # empty for "لقوا حتفهم"
    return None


def _count_before(tokens, first, lexicon) -> ParsedNumber | None:
    """The number that ends right before a count noun (a filler such as "بين" may sit between)."""
    ends = {first}
    if first >= 1 and lexicon.has_role(tokens[first - 1], "filler"):
        ends.add(first - 1)
    best = None
    for k in range(first - 1, max(first - 8, -1), -1):
        parsed = parse_at(tokens, k)
        if parsed is not None and parsed.last in ends:
            best = parsed
    return best if best is not None and _is_count(tokens, best, lexicon) else None


@dataclass(frozen=True)
class _Found:
    count: ParsedNumber | None = None
    noun_at: int | None = None           # a victim noun that implies the count ("مقتل جندي")
    postposed: bool = False              # the numeral follows its noun ("فلسطينيين اثنين")
    agent: tuple[int, int] | None = None   # the verb's subject before the object ("قتل مسلحون ضابطا")


def _count_after(tokens, start, gap, lexicon, outcome) -> _Found | None:
    """What counts the casualties after an act word, skipping fillers and up to `gap` other words."""
    k, full_gap = start, gap
    while k < len(tokens):
        token = tokens[k]
        if not token.is_word:
            return None
        parsed = parse_at(tokens, k)
        if parsed is not None and _is_count(tokens, parsed, lexicon) \
                and not _counts_other_outcome(tokens, parsed.last, outcome, lexicon):
            return _Found(count=parsed)
        postposed = _postposed_numeral(tokens, k, lexicon)
        if postposed is not None:
            return _Found(count=postposed, noun_at=k, postposed=True)
        noun = lexicon.victims.match(tokens, k)
        if noun is not None and noun[0].number != "-":
            if gap == full_gap and not lexicon.has_role(tokens[start - 1], "passive_verb") \
                    and (found := _object_after_subject(tokens, k, noun[1], lexicon, outcome)):
                return found   # "قتل مسلحون مجهولون ضابطا": the nominative plural is who killed
            if gap == full_gap or _is_accusative_one(tokens[k], noun[0]):
                return _Found(noun_at=k)   # right after the act, or its object ("قتلت قوات الاحتلال شابا")
            if not token.norm.startswith("ال"):
                return None   # after skipped words a noun is more likely the actor ("اختطفت ميليشيات الحوثي")
            if not _NISBA_ENDING.search(token.norm):
                return _Found(noun_at=k)   # a definite object after the subject ("أوقفت الشرطة المشتبه به")
            # a definite nisba qualifies the subject ("قوات الاحتلال الإسرائيلي"): skipped like any word
        if lexicon.casualty_terms.match(tokens, k) is not None:
            return None
        if not lexicon.has_role(token, "filler"):
            if gap == 0:
                return None
            gap -= 1
        k += 1
    return None


_NISBA_ENDING = re.compile(r"(?:ي|يه|يون|يين)$")   # "الإسرائيلي", "التونسيه": an adjective
_NOMINATIVE_PLURAL = "ون"


def _object_after_subject(tokens, noun_start, noun_end, lexicon, outcome) -> _Found | None:
    """"قتل مسلحون شرطيين اثنين", "قتل جنود إسرائيليون شابا": a noun right after the verb in the
    nominative plural (its own ending or its adjectives'), then a count or a victim noun not in
    the nominative, is the verb's subject and that its object; "قتل مسلحون في اشتباك" (no object)
    stays the passive "militants were killed"."""
    k = noun_end
    while k < len(tokens) and tokens[k].is_word and tokens[k].norm.endswith(_NOMINATIVE_PLURAL) \
            and (lexicon.victims.match(tokens, k) is None or _NISBA_ENDING.search(tokens[k].norm)):
        k += 1   # "مجهولون", "ملثمون", "جنود إسرائيليون"
    nominative = tokens[noun_end - 1].norm.endswith(_NOMINATIVE_PLURAL) or k > noun_end
    # "أصيب متظاهرون وأفراد من الأمن": a noun after و is coordinated, not an object
    if not nominative or k >= len(tokens) or not tokens[k].is_word or tokens[k].norm.endswith(_NOMINATIVE_PLURAL) \
            or tokens[k].norm.startswith("و") or lexicon.has_role(tokens[noun_start], "not_agent"):
        return None
    found = _count_after(tokens, k, 0, lexicon, outcome)
    if found is not None and (found.count is not None or found.noun_at == k):
        return replace(found, agent=(noun_start, k))
    count = _count_after_description(tokens, k, lexicon)
    return _Found(count=count, agent=(noun_start, count.first)) if count is not None else None


_DESCRIPTION_REACH = 6


def _count_after_description(tokens, k, lexicon) -> ParsedNumber | None:
    """"قتل مسلحون يشتبه بأنهم متطرفون 18 شخصا", "قتل مسلحون من جماعة بوكو حرام عشرات الأشخاص":
    the subject's description, then the count of its victims (none past where, when or how the
    killing happened: function word role "circumstance")."""
    for j in range(k, min(k + _DESCRIPTION_REACH, len(tokens))):
        if not tokens[j].is_word or lexicon.has_role(tokens[j], "circumstance") \
                or lexicon.casualty_terms.match(tokens, j):
            return None
        parsed = parse_at(tokens, j)
        if parsed is not None and _is_count(tokens, parsed, lexicon) and lexicon.victims.match(tokens, parsed.last):
            return parsed
    return None


def _with_skipped_subject(tokens, verb_end, found: _Found, lexicon) -> _Found:
    """"وقتل المهاجمون سبعة أشخاص": words skipped between the verb and its count or victim noun
    that open with a nominative plural are its subject."""
    first = found.count.first if found.count is not None and not found.postposed else found.noun_at
    if found.agent is not None or first is None or first <= verb_end \
            or not tokens[verb_end].norm.endswith(_NOMINATIVE_PLURAL) \
            or lexicon.has_role(tokens[verb_end], "not_agent") \
            or lexicon.has_role(tokens[verb_end - 1], "passive_verb"):
        return found
    return replace(found, agent=(verb_end, first))


def _is_accusative_one(token, noun) -> bool:
    """A singular noun with the accusative ending ("شابا", "طفلا"): the object of the verb before it."""
    return noun.number == "sg" and token.norm.endswith("ا")


def _postposed_numeral(tokens, k, lexicon) -> ParsedNumber | None:
    """"مقتل فلسطينيين اثنين", "مقتل عسكريين تركيين اثنين": one and two follow the noun they
    count, and an adjective that agrees with it."""
    if k + 1 >= len(tokens) or lexicon.has_role(tokens[k], "stop"):
        return None
    at = k + 1
    if (at + 1 < len(tokens) and tokens[at].norm not in lexicon.number_words and tokens[at].is_word
            and _agrees(tokens[k].norm, tokens[at].norm)):
        at += 1
    word = lexicon.number_words.get(tokens[at].norm)
    if word is None or word.kind != "unit" or word.value > 2:
        return None
    return parse_at(tokens, at)


# The plural and dual endings a noun and its adjective share ("عسكريين تركيين", "جنديان مصريان").
_AGREEING_ENDINGS = ("ين", "ون", "ان")


def _agrees(noun: str, adjective: str) -> bool:
    return any(noun.endswith(e) and adjective.endswith(e) for e in _AGREEING_ENDINGS)


def _counts_other_outcome(tokens, k, outcome, lexicon) -> bool:
    term = lexicon.casualty_terms.match(tokens, k)
    return term is not None and term[0].role == "count" and term[0].outcome != outcome


def _is_count(tokens, parsed: ParsedNumber, lexicon) -> bool:
    """False for years, ages, distances, dates, clock times and numbered things."""
    if parsed.value is None:
        return False
    if lexicon.non_counts_after.match(tokens, parsed.last) is not None:
        return False
    if parsed.number_first >= 1 and lexicon.non_counts_before.match(tokens, parsed.number_first - 1):
        return False
    if parsed.digits_only and 1900 <= parsed.value <= 2100:      # a year, unless people follow
        noun = lexicon.victims.match(tokens, parsed.last)
        return (noun is not None and noun[0].number == "pl") \
            or lexicon.casualty_terms.match(tokens, parsed.last) is not None
    return True


def _qualified_after(count: ParsedNumber, tokens, k, lexicon) -> ParsedNumber:
    after = lexicon.qualifiers_after.match(tokens, k)
    return with_qualifier(count, after[0]) if after else count


def _victim_phrase(tokens, k, lexicon) -> tuple[int, int] | None:
    """"مسلحا من تنظيم داعش", "جنود سوريين": a head noun, nisba adjectives, a "من ..." part."""
    if k < len(tokens) and tokens[k].norm == "من":                 # "قتل 62 من المحتجين"
        end = _of_part_end(tokens, k, lexicon)
        return (k + 1, end) if end else None
    if not _can_name_victims(tokens, k, lexicon):
        return None
    end = k + 1
    while end < len(tokens) and end - k < 3 and _can_name_victims(tokens, end, lexicon) \
            and not tokens[end].norm.startswith("و") \
            and (lexicon.victims.match(tokens, end) or _NISBA.match(tokens[end].norm)):
        end += 1
    return k, _of_part_end(tokens, end, lexicon) or end


def _victims_after_noun(tokens, k, lexicon) -> tuple[int, int] | None:
    """"31 قتيلا من المدنيين" / "قتلى في صفوف الجيش": who the counted casualties were."""
    start = _of_part_start(tokens, k)
    end = _of_part_end(tokens, k, lexicon)
    return (start, end) if end else None


def _of_part_start(tokens, k) -> int:
    if k < len(tokens) and tokens[k].norm == "في" and k + 1 < len(tokens) and tokens[k + 1].norm == "صفوف":
        return k + 2
    return k + 1


def _of_part_end(tokens, k, lexicon) -> int | None:
    if k >= len(tokens) or tokens[k].norm not in ("من", "في"):
        return None
    start = _of_part_start(tokens, k)
    if tokens[k].norm == "في" and start != k + 2:
        return None
    end = start
    while end < len(tokens) and end - start < _VICTIM_WORDS and _can_name_victims(tokens, end, lexicon) \
            and not (end > start and tokens[end].norm.startswith("و")):
        end += 1
    return end if end > start else None


def _can_name_victims(tokens, k, lexicon) -> bool:
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    token = tokens[k]
    return not (lexicon.has_role(token, "stop") or token.norm[0].isdigit()
                or lexicon.casualty_terms.match(tokens, k) is not None
                or parse_at(tokens, k) is not None)


def _victim_class(tokens, span, lexicon) -> str:
    if span is None:
        return "unknown"
    for k in range(*span):
        noun = lexicon.victims.match(tokens, k)
        if noun is not None and noun[0].victim_class != "unknown":
            return noun[0].victim_class
    return "unknown"


def _is_negated(tokens, first, lexicon) -> bool:
    """A negator before the casualty word, with only "يسفر عن وقوع"-type words (and at most one
    other word, the subject) between: "لم يسفر الهجوم عن وقوع قتلى"."""
    others = 0
    for k in range(first - 1, max(first - 7, -1), -1):
        token = tokens[k]
        if lexicon.has_role(token, "negator"):
            return True
        if not token.is_word:
            return False
        if not lexicon.has_role(token, "negation_link"):
            others += 1
            if others > 1:
                return False
    return False


def _toll_before(tokens, k, lexicon) -> bool:
    if k >= 1 and lexicon.has_role(tokens[k - 1], "toll_head"):
        return True
    return any(lexicon.has_role(tokens[j], "toll") for j in range(max(k - _TOLL_REACH, 0), k))


def _has_toll(tokens, reading: _Reading, first, lexicon) -> bool:
    if reading.toll_update:
        return True
    start = min(first, reading.count.first) if reading.count else first
    return _toll_before(tokens, start, lexicon)


def _has_killed_context(tokens, skip, lexicon) -> bool:
    for k, token in enumerate(tokens):
        if k == skip:
            continue
        term = lexicon.casualty_terms.match(tokens, k)
        if term is not None and term[0].outcome == "killed" and "context" not in term[0].flags:
            return True
    return False


def _to_mention(text, tokens, hit: Match, outcome, reading: _Reading, combined: bool,
                lexicon) -> CasualtyMention:
    count = reading.count
    starts, ends = [hit.start], [hit.end]
    count_start = count_end = None
    if count is not None:
        count_start = word_start(text, tokens[count.number_first])
        count_end = tokens[count.last - 1].end
        starts.append(word_start(text, tokens[count.first]))
        ends.append(count_end)
    if reading.implied_by is not None:
        starts.append(tokens[reading.implied_by[0]].start)
        ends.append(tokens[reading.implied_by[1] - 1].end)
    value = count.value if count is not None else reading.implied
    approximate = (count.approximate if count is not None else False) or reading.unspecified
    victims = reading.victims
    victims_text = text[tokens[victims[0]].start:tokens[victims[1] - 1].end] \
        if victims and victims[1] > victims[0] else ""
    start, end = min(starts), max(ends)
    agent = reading.agent
    return CasualtyMention(
        start=start, end=end, text=text[start:end], outcome=outcome,
        value=None if combined else value, approximate=approximate or combined,
        victims=victims_text, victim_class=_victim_class(tokens, victims, lexicon),
        count_start=count_start, count_end=count_end, toll_update=reading.toll_update,
        combined_total=value if combined else None,
        agent=text[tokens[agent[0]].start:tokens[agent[1] - 1].end] if agent else "",
        agent_start=tokens[agent[0]].start if agent else None,
    )


def _negated_mention(text, hit: Match, outcome) -> CasualtyMention:
    start, end = hit.start, hit.end
    return CasualtyMention(start=start, end=end, text=text[start:end], outcome=outcome, value=0,
                           approximate=False, victims="", victim_class="unknown",
                           count_start=None, count_end=None, negated=True)


def _merge_duplicates(text: str, mentions: Sequence[CasualtyMention]) -> list[CasualtyMention]:
    """One mention per (outcome, count): "قتل 20 شهيدا" is found from both words."""
    kept: dict[tuple, CasualtyMention] = {}
    for mention in mentions:
        key = (mention.outcome, mention.count_start, mention.count_end) if mention.count_start is not None \
            else (mention.outcome, mention.start, mention.end)
        previous = kept.get(key)
        kept[key] = mention if previous is None else _union(text, previous, mention)
    return sorted(kept.values(), key=lambda m: (m.start, m.end, m.outcome))


def _union(text: str, a: CasualtyMention, b: CasualtyMention) -> CasualtyMention:
    start, end = min(a.start, b.start), max(a.end, b.end)
    richer = a if len(a.victims) >= len(b.victims) else b
    values = [m.value for m in (a, b) if m.value is not None]
    return replace(richer, start=start, end=end, text=text[start:end],
                   value=min(values) if values else None, approximate=a.approximate or b.approximate,
                   toll_update=a.toll_update or b.toll_update)
