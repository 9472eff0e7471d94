"""Tribal militias named in the text: "اشتباكات مع رجال قبيلة آل غليس", "عشائر البو نمر".

No list of tribes can be complete, so the name is read after a tribe noun (resources/actors/
tribes.tsv) and transliterated for the English name; the country slot is filled from the
article like any generic actor ("Al Ghlys Tribal Militia (Yemen)", ACLED inter code 4).
"""
from __future__ import annotations

import functools
import re

from .actors import ActorEntry, ActorMatch
from .countries import TEMPLATE_SLOT
from .tsv import read_resource_tsv

IDENTITY_MILITIA = 4
_QUOTES = "\"«»“”'"


@functools.cache
def _words(role: str) -> tuple[str, ...]:
    return tuple(row["word"] for row in read_resource_tsv("actors/tribes.tsv") if row["role"] == role)


@functools.cache
def _letters() -> dict[str, str]:
    return {row["arabic"]: row["latin"] for row in read_resource_tsv("actors/transliteration.tsv")}


@functools.cache
def _pattern() -> re.Pattern[str]:
    alt = lambda words: "|".join(map(re.escape, sorted(words, key=len, reverse=True)))  # noqa: E731
    return re.compile(rf"(?<!\w)(?:[وبلف]?(?:{alt(_words('member'))})\s+)?[وبلف]?(?:{alt(_words('noun'))})\s+"
                      rf"[{_QUOTES}]?((?:(?:{alt(_words('particle'))})\s+)?[\w-]+)")


def transliterate(arabic: str) -> str:
    table = _letters()
    words = (table.get(word) or "".join(table.get(ch, ch) for ch in word).lstrip("'") for word in arabic.split())
    return " ".join(w[:1].upper() + w[1:] for w in words if w)


def find_tribes(text: str) -> list[ActorMatch]:
    """Tribe names after a tribe noun, as ACTOR matches of a context-filled identity militia."""
    out = []
    for m in _pattern().finditer(text):
        name = m.group(1)
        if _is_no_name(name):
            continue
        canonical = f"{transliterate(name)} Tribal Militia ({TEMPLATE_SLOT})"
        entry = ActorEntry(canonical=canonical, type_code=IDENTITY_MILITIA, country="", kind="identity",
                           aliases_ar=(name,), aliases_en=(), is_template=True, source="tribes")
        end = m.end() + (m.end() < len(text) and text[m.end()] in _QUOTES)
        out.append(ActorMatch(m.start() + _clitic_length(m.group(0)), end, "", entry))
    return [ActorMatch(a.start, a.end, text[a.start:a.end], a.entry) for a in out]


def _is_no_name(name: str) -> bool:
    words = name.split()
    head = words[-1]
    return (head in _words("not_name") or words[0] in _words("not_name")
            or head.endswith(("ية", "يين", "يون")) and len(words) == 1)   # "قبائل يمنية": an adjective


def _clitic_length(matched: str) -> int:
    first = matched.split()[0]
    return 1 if first[:1] in "وبلف" and first[1:] in _words("member") + _words("noun") else 0
