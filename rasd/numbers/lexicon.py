"""Loading rasd/resources/numbers/*.tsv: number words, qualifiers, casualty and victim vocabulary.

Every entry is normalised with `normalize_key` and split into words, so lookups compare token
norms. Loading validates each row and fails with the file and the offending entry.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, Iterable, Iterator, Sequence, TypeVar

from ..lexicon.tsv import read_resource_tsv
from ..text.normalize import normalize_key
from .tokens import Token

T = TypeVar("T")

NUMBER_KINDS = frozenset({"unit", "teen_prefix", "ten", "tens", "hundred",
                          "multiplier", "plural_multiplier", "vague"})
QUALIFIERS = frozenset({"more_than", "at_least", "about", "up_to", "less_than"})
OUTCOMES = frozenset({"killed", "wounded", "missing", "arrested", "abducted"})
ROLES = frozenset({"act_noun", "act_verb", "post", "possessed", "count"})
GRAMMATICAL_NUMBERS = frozenset({"sg", "du", "pl", "-"})
TERM_FLAGS = frozenset({"generic", "context"})
VICTIM_CLASSES = frozenset({"civilians", "children", "women", "soldiers", "police",
                            "militants", "protesters", "unknown"})
FUNCTION_ROLES = frozenset({"filler", "stop", "negator", "negation_link", "toll", "toll_head",
                            "post_verb", "range_start", "range_link", "passive_verb", "not_agent", "circumstance"})
POSITIONS = frozenset({"before", "after"})


class LexiconError(ValueError):
    pass


@dataclass(frozen=True)
class NumberWord:
    value: int
    kind: str


@dataclass(frozen=True)
class CasualtyTerm:
    outcome: str
    role: str
    number: str          # sg / du / pl / '-'
    flags: frozenset[str]


@dataclass(frozen=True)
class VictimNoun:
    victim_class: str
    number: str          # sg / du / pl / '-'


class PhraseTable(Generic[T]):
    """Word sequences looked up at a token position; the first word may carry proclitics."""

    def __init__(self, entries: Iterable[tuple[str, T]] = (), source: str = ""):
        self.source = source
        self._entries: dict[tuple[str, ...], T] = {}
        self._firsts: set[str] = set()
        self._longest = 0
        for phrase, value in entries:
            self.add(phrase, value)

    def add(self, phrase: str, value: T) -> None:
        words = tuple(normalize_key(phrase).split())
        if not words:
            raise LexiconError(f"{self.source}: empty phrase for {value!r}")
        if words in self._entries:
            raise LexiconError(f"{self.source}: duplicate entry {phrase!r}")
        self._entries[words] = value
        self._firsts.add(words[0])
        self._longest = max(self._longest, len(words))

    def __contains__(self, phrase: str) -> bool:
        return tuple(normalize_key(phrase).split()) in self._entries

    def get(self, word: str) -> T | None:
        """The entry for one already-normalised word."""
        return self._entries.get((word,))

    def first_words(self) -> frozenset[str]:
        return frozenset(self._firsts)

    def __len__(self) -> int:
        return len(self._entries)

    def items(self) -> Iterator[tuple[str, T]]:
        return ((" ".join(words), value) for words, value in self._entries.items())

    def match(self, tokens: Sequence[Token], i: int) -> tuple[T, int] | None:
        """(value, index after the phrase) of the longest entry starting at tokens[i]."""
        if i >= len(tokens):
            return None
        firsts = [stem for stem in tokens[i].stems() if stem in self._firsts]
        if not firsts:
            return None
        for length in range(min(self._longest, len(tokens) - i), 0, -1):
            rest = tuple(t.norm for t in tokens[i + 1:i + length])
            for first in firsts:
                value = self._entries.get((first,) + rest)
                if value is not None:
                    return value, i + length
        return None


@dataclass(frozen=True)
class NumbersLexicon:
    number_words: PhraseTable[NumberWord]
    qualifiers_before: PhraseTable[str]
    qualifiers_after: PhraseTable[str]
    casualty_terms: PhraseTable[CasualtyTerm]
    victims: PhraseTable[VictimNoun]
    function_words: dict[str, frozenset[str]]     # role -> normalised forms
    non_counts_after: PhraseTable[bool]
    non_counts_before: PhraseTable[bool]

    def has_role(self, token: Token, role: str) -> bool:
        return not self.function_words[role].isdisjoint(token.stems())


def _checked(path: str, row: dict[str, str], column: str, allowed: frozenset[str]) -> str:
    value = (row.get(column) or "").strip()
    if value not in allowed:
        raise LexiconError(f"{path}: {row.get(next(iter(row)))!r} has {column} {value!r}, "
                           f"expected one of {sorted(allowed)}")
    return value


def _int(path: str, row: dict[str, str], column: str) -> int:
    try:
        return int(row[column])
    except (TypeError, ValueError):
        raise LexiconError(f"{path}: {row!r} has a non-integer {column}") from None


def _load_number_words() -> PhraseTable[NumberWord]:
    path = "numbers/number_words.tsv"
    rows = read_resource_tsv(path)
    return PhraseTable(((row["form"], NumberWord(_int(path, row, "value"),
                                                 _checked(path, row, "kind", NUMBER_KINDS)))
                        for row in rows), path)


def _load_qualifiers(position: str) -> PhraseTable[str]:
    path = "numbers/qualifiers.tsv"
    rows = [row for row in read_resource_tsv(path)
            if _checked(path, row, "position", POSITIONS) == position]
    return PhraseTable(((row["phrase"], _checked(path, row, "qualifier", QUALIFIERS)) for row in rows), path)


def _load_casualty_terms() -> PhraseTable[CasualtyTerm]:
    path = "numbers/casualty_terms.tsv"
    table: PhraseTable[CasualtyTerm] = PhraseTable(source=path)
    for row in read_resource_tsv(path):
        flags = frozenset(f for f in (row.get("flags") or "").split(",") if f)
        if not flags <= TERM_FLAGS:
            raise LexiconError(f"{path}: {row['form']!r} has unknown flags {sorted(flags - TERM_FLAGS)}")
        table.add(row["form"], CasualtyTerm(_checked(path, row, "outcome", OUTCOMES),
                                            _checked(path, row, "role", ROLES),
                                            _checked(path, row, "number", GRAMMATICAL_NUMBERS),
                                            flags))
    return table


def _load_victims() -> PhraseTable[VictimNoun]:
    path = "numbers/victims.tsv"
    rows = read_resource_tsv(path)
    table = PhraseTable(((row["form"], VictimNoun(_checked(path, row, "victim_class", VICTIM_CLASSES),
                                                  _checked(path, row, "number", GRAMMATICAL_NUMBERS)))
                         for row in rows), path)
    for form, number in _demonym_victims():
        if form not in table:
            table.add(form, VictimNoun("unknown", number))
    return table


def _demonym_victims() -> Iterator[tuple[str, str]]:
    """"قتل فلسطيني" = 1, "مقتل سوريين" = some: a nationality counts its people like "مدني".
    Only demonyms safe to read on their own (countries.tsv), in the forms a count takes."""
    from ..lexicon.countries import load_countries
    for country in load_countries().values():
        for stem in country.demonym_stems:
            if stem in country.demonyms_ar:
                yield from ((stem, "sg"), (stem + "ا", "sg"), (stem + "ان", "du"),
                            (stem + "ين", "pl"), (stem + "ون", "pl"))


def _load_function_words() -> dict[str, frozenset[str]]:
    path = "numbers/function_words.tsv"
    by_role: dict[str, set[str]] = {role: set() for role in FUNCTION_ROLES}
    for row in read_resource_tsv(path):
        role = _checked(path, row, "role", FUNCTION_ROLES)
        form = normalize_key(row["form"])
        if form in by_role[role]:
            raise LexiconError(f"{path}: duplicate {role} {row['form']!r}")
        by_role[role].add(form)
    return {role: frozenset(forms) for role, forms in by_role.items()}


def _load_non_counts(position: str) -> PhraseTable[bool]:
    path = "numbers/non_counts.tsv"
    return PhraseTable(((row["form"], True) for row in read_resource_tsv(path)
                        if _checked(path, row, "position", POSITIONS) == position), path)


@lru_cache(maxsize=1)
def load_numbers_lexicon() -> NumbersLexicon:
    return NumbersLexicon(
        number_words=_load_number_words(),
        qualifiers_before=_load_qualifiers("before"),
        qualifiers_after=_load_qualifiers("after"),
        casualty_terms=_load_casualty_terms(),
        victims=_load_victims(),
        function_words=_load_function_words(),
        non_counts_after=_load_non_counts("after"),
        non_counts_before=_load_non_counts("before"),
    )
