"""The gazetteer: finds toponyms in normalised text and looks places up by name.

Most names are found anywhere by one Aho-Corasick scan. Names that are places only after a cue
word (common words, villages of unknown size: see index.text_keys) are looked up right after
the cue words of the article instead, and once one is read there, its other mentions in the
article count too.
"""
from __future__ import annotations

import pickle
import re
import sqlite3
import threading
from bisect import bisect_left
from pathlib import Path

from ..lexicon.matcher import Match, PhraseMatcher
from ..text.normalize import NormalizedText, normalize_key
from . import index
from .place import Place, PlaceMatch
from .wordlists import cue_licenses, cues_in

_default_lock = threading.Lock()
_default: "Gazetteer | None" = None
# "كبيرة" is ك + بيرة (Al-Bireh) and "فرقة" ف + رقة: a one-word name without the article right
# after the comparison particle ك or a bare ف is read as part of an ordinary word.
_WORD_PREFIXES_NOT_BEFORE_PLACES = frozenset({"ك", "وك", "فك", "ف"})
# Up to four words after a cue word, stopping at punctuation: the longest that is a name wins.
_WORDS_AFTER_CUE = re.compile(r"[^\W\d_]+(?: [^\W\d_]+){0,3}")


def _inside_a_word(norm: NormalizedText, match: Match) -> bool:
    if " " in match.key or match.key.startswith("ال"):
        return False
    start = word_start = bisect_left(norm.origin, match.start)
    while word_start > 0 and norm.text[word_start - 1].isalpha():
        word_start -= 1
    return norm.text[word_start:start] in _WORD_PREFIXES_NOT_BEFORE_PLACES


def _overlaps(a: Match, b: Match) -> bool:
    return a.start < b.end and b.start < a.end


class Gazetteer:
    def __init__(self, text_index: index.TextIndex, sqlite_path: Path | None = None,
                 names: dict[str, list[Place]] | None = None):
        self._matcher = text_index.matcher
        self._after_cue = text_index.after_cue
        self._sqlite_path = sqlite_path
        self._names = names or {}     # lookup table of in-memory gazetteers (no SQLite index)
        self._db: sqlite3.Connection | None = None

    @classmethod
    def from_places(cls, places: list[tuple[Place, tuple[str, ...]]],
                    cue_only: tuple[str, ...] = ()) -> "Gazetteer":
        """A small in-memory gazetteer (tests, custom deployments): each place with its Arabic
        names; names listed in `cue_only` are places only after a cue word."""
        needs_cue = {normalize_key(n) for n in cue_only}
        names = [(key, place, key in needs_cue) for place, place_names in places
                 for key in dict.fromkeys(normalize_key(n) for n in place_names)]
        by_name: dict[str, list[Place]] = {}
        for key, place, _ in names:
            by_name.setdefault(key, []).append(place)
        for place, _ in places:
            by_name.setdefault(place.name.lower(), []).append(place)
        return cls(index.TextIndex.of(names), names=by_name)

    @classmethod
    def open(cls, files: index.IndexFiles) -> "Gazetteer":
        with files.matcher.open("rb") as handle:
            text_index = pickle.load(handle)
        return cls(text_index, files.sqlite)

    @classmethod
    def default(cls) -> "Gazetteer":
        """The shipped index (plus the user's imports), built into the cache dir on first use."""
        global _default
        with _default_lock:
            if _default is None:
                files = index.index_files()
                if not (files.matcher.exists() and files.sqlite.exists()):
                    index.build(files)
                _default = cls.open(files)
            return _default

    @classmethod
    def reset_default(cls) -> None:
        """Forget the cached default (after `rasd gazetteer import` rebuilt the index)."""
        global _default
        with _default_lock:
            _default = None

    def find(self, norm: NormalizedText) -> list[PlaceMatch]:
        """Toponyms in the text, clitics (و ب ل في...) excluded from spans, in text order."""
        found = self._matcher.find(norm)
        not_places = [m for m in found if m.value is None]
        matches = [m for m in found if m.value is not None and not _inside_a_word(norm, m)]
        cued = [m for m in self._cued_matches(norm)
                if not any(_overlaps(m, other) for other in not_places)
                and not any(_overlaps(m, other) and other.end - other.start > m.end - m.start for other in matches)]
        matches = [m for m in matches
                   if not any(_overlaps(m, c) and c.end - c.start > m.end - m.start for c in cued)]
        by_span: dict[tuple[int, int], dict[Place, None]] = {}
        for m in matches + cued:
            by_span.setdefault((m.start, m.end), {})[m.value] = None
        cued_ids = frozenset(m.value.id for m in cued)
        out = []
        for (start, end), places in sorted(by_span.items()):
            out.append(PlaceMatch(start, end, norm.original[start:end], tuple(places),
                                  frozenset(p.id for p in places if p.id in cued_ids)))
        return out

    def _cued_matches(self, norm: NormalizedText) -> list[Match]:
        """Every mention of a name that follows a cue word somewhere in the article."""
        licensed: dict[str, set[Place]] = {}
        for kind, name_start in cues_in(norm.text):
            following = _WORDS_AFTER_CUE.match(norm.text, name_start)
            words = following.group().split(" ") if following else []
            for n in range(len(words), 0, -1):
                places = self._after_cue.get(" ".join(words[:n]))
                if places:
                    licensed.setdefault(" ".join(words[:n]), set()).update(
                        p for p in places if cue_licenses(kind, p.feature))
                    break
        licensed = {key: places for key, places in licensed.items() if places}
        if not licensed:
            return []
        matcher: PhraseMatcher[Place] = PhraseMatcher(
            (key, place) for key, places in licensed.items() for place in places)
        return [m for m in matcher.find(norm) if not _inside_a_word(norm, m)]

    def lookup(self, name: str, country_code: str | None = None) -> list[Place]:
        """Places called `name` (Arabic or English), most trusted and most populous first."""
        key = normalize_key(name)
        if self._sqlite_path is None:
            return self._lookup_in_matcher(key, country_code)
        query = (f"SELECT {index.sqlite_place_columns()} FROM names n JOIN places p ON p.rowid = n.place "
                 "WHERE n.key IN (?, ?) AND (? IS NULL OR p.country_code = ?) "
                 "GROUP BY p.rowid ORDER BY p.rank, p.population DESC LIMIT 50")
        rows = self._connection().execute(query, (key, key.lower(), country_code, country_code))
        return [index.place_from_row(r) for r in rows]

    def _lookup_in_matcher(self, key: str, country_code: str | None) -> list[Place]:
        places = self._names.get(key) or self._names.get(key.lower()) or []
        return [p for p in places if country_code is None or p.country_code == country_code]

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            self._db = sqlite3.connect(f"file:{self._sqlite_path}?mode=ro", uri=True, check_same_thread=False)
        return self._db
