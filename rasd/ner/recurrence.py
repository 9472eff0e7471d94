"""Document-level consistency: a name the tagger found once is a name wherever it recurs.

News repeats its names, and the CRF, which sees a few words around each token, finds some
occurrences and misses others ("خان يونس" in the dateline but not in "سكان خان يونس").
After decoding an article, each tagged name (as normalised words) is looked for among the
untagged tokens of the whole article, also behind the clitics written onto its first word
("وخان", "بخان", "للجيش" for "الجيش"), and every untagged recurrence takes the labels of
the first mention. Short or non-alphabetic names ("به", "2006") are not spread.
"""
from __future__ import annotations

import functools

import numpy as np

MIN_NAME_LETTERS = 3
MIN_SURNAME_LETTERS = 4
SURNAME_TYPES = frozenset({"PER"})
_CONJUNCTIONS = "وف"
_PREPOSITIONS = "بلك"


def recurrences(keys: list[str], mentions: list[tuple[int, int, str]], free: np.ndarray,
                sentence_lengths: list[int]) -> list[tuple[int, int, int]]:
    """(start, length in tokens, index of the mention it repeats) of each recurrence of a tagged
    name that is untagged or tagged as a shorter name inside it ("حسن" where "صلاد حسن" is named).

    keys: the normalised token words of the article; mentions: (first token, last token, type)
    of each tagged name, in text order; free: whether each token is untagged (O). A person
    named in full recurs also by the last part of the name ("دونالد ترامب" ... "ترامب")."""
    names = _names(keys, mentions)
    if not names:
        return []
    by_first_word: dict[str, list[tuple[str, ...]]] = {}
    for words in sorted(names, key=len, reverse=True):
        by_first_word.setdefault(words[0], []).append(words)
    written = {form: word for word in by_first_word for form in _clitic_forms(word)}
    # Plain lists, not arrays: the loop reads them an item at a time.
    sentence_end = np.repeat(np.cumsum(sentence_lengths), sentence_lengths).tolist()
    owner = [-1] * len(keys)  # the mention each token belongs to
    for k, (first, last, _) in enumerate(mentions):
        owner[first:last + 1] = [k] * (last + 1 - first)
    taken = [False] * len(keys)  # by a recurrence found already
    found: list[tuple[int, int, int]] = []
    for i in [i for i, key in enumerate(keys) if key in written]:
        if owner[i] >= 0 and mentions[owner[i]][0] < i:
            continue  # inside a mention that starts earlier
        for words in by_first_word[written[keys[i]]]:
            end = i + len(words)
            if end > sentence_end[i] or tuple(keys[i + 1:end]) != words[1:] or any(taken[i:end]):
                continue
            if owner[i] >= 0 and mentions[owner[i]][:2] == (i, end - 1):
                break  # this very mention
            if _may_take(owner[i:end], mentions, end) and (end == sentence_end[i] or free[end]):
                found.append((i, len(words), names[words]))
                taken[i:end] = [True] * len(words)
                break
    return found


def _names(keys: list[str], mentions: list[tuple[int, int, str]]) -> dict[tuple[str, ...], int]:
    """Each tagged name (its words) -> its first mention; persons also by their last word."""
    names: dict[tuple[str, ...], int] = {}
    for k, (first, last, _) in enumerate(mentions):
        words = tuple(keys[first:last + 1])
        if all(w.isalpha() for w in words) and sum(map(len, words)) >= MIN_NAME_LETTERS:
            names.setdefault(words, k)
    for k, (first, last, kind) in enumerate(mentions):
        surname = keys[last]
        if kind in SURNAME_TYPES and last > first and len(surname) >= MIN_SURNAME_LETTERS and surname.isalpha():
            names.setdefault((surname,), k)
    return names


def _may_take(owners: list[int], mentions: list[tuple[int, int, str]], end: int) -> bool:
    """Whether tokens may be relabelled: each is untagged or in a mention that ends within them."""
    return all(mentions[o][1] < end for o in set(owners) if o >= 0)


@functools.lru_cache(maxsize=8192)  # news repeats its names from article to article
def _clitic_forms(word: str) -> tuple[str, ...]:
    """The word as written alone and with a conjunction and/or preposition in front
    ("الجيش" -> "والجيش", "للجيش", "وللجيش", ...)."""
    forms = [word]
    if word.startswith("ال"):
        forms.append("لل" + word[2:])
    forms += [p + f for p in _PREPOSITIONS for f in forms[:1] if not (p == "ل" and word.startswith("ال"))]
    forms += [c + f for c in _CONJUNCTIONS for f in list(forms)]
    return tuple(forms)
