"""The gazetteer: finds toponyms in normalised text and looks places up by name."""
from __future__ import annotations

import pickle
import sqlite3
import threading
from bisect import bisect_left
from itertools import groupby
from pathlib import Path

from ..lexicon.matcher import PhraseMatcher
from ..text.normalize import NormalizedText, normalize_key
from . import index
from .place import Place, PlaceMatch
from .wordlists import cue_before, cue_licenses, not_place_phrases

_default_lock = threading.Lock()
_default: "Gazetteer | None" = None
# "كبيرة" is ك + بيرة (Al-Bireh) and "فرقة" ف + رقة: a one-word name without the article right
# after the comparison particle ك or a bare ف is read as part of an ordinary word.
_WORD_PREFIXES_NOT_BEFORE_PLACES = frozenset({"ك", "وك", "فك", "ف"})
_CUE_CONTEXT = 24


def _inside_a_word(key: str, text: str, start: int) -> bool:
    if " " in key or key.startswith("ال"):
        return False
    word_start = start
    while word_start > 0 and text[word_start - 1].isalpha():
        word_start -= 1
    return text[word_start:start] in _WORD_PREFIXES_NOT_BEFORE_PLACES


class Gazetteer:
    def __init__(self, text_index: index.TextIndex, sqlite_path: Path | None = None,
                 names: dict[str, list[Place]] | None = None):
        self._matcher = text_index.matcher
        self._cue_only = text_index.cue_only
        self._sqlite_path = sqlite_path
        self._names = names or {}     # lookup table of in-memory gazetteers (no SQLite index)
        self._db: sqlite3.Connection | None = None

    @classmethod
    def from_places(cls, places: list[tuple[Place, tuple[str, ...]]],
                    cue_only: tuple[str, ...] = ()) -> "Gazetteer":
        """A small in-memory gazetteer (tests, custom deployments): each place with its Arabic
        names; names listed in `cue_only` are places only after a cue word."""
        matcher: PhraseMatcher[Place | None] = PhraseMatcher()
        by_name: dict[str, list[Place]] = {}
        needs_cue = {normalize_key(n) for n in cue_only}
        pairs = set()
        for place, names in places:
            for key in dict.fromkeys(normalize_key(n) for n in names):
                matcher.add(key, place)
                by_name.setdefault(key, []).append(place)
                if key in needs_cue:
                    pairs.add((key, place.id))
            by_name.setdefault(place.name.lower(), []).append(place)
        for phrase in not_place_phrases():
            matcher.add(phrase, None)
        return cls(index.TextIndex(matcher, frozenset(pairs)), names=by_name)

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
        """Toponyms in the text, clitics (و ب ل في...) excluded from spans. A name that counts
        only after a cue word ("بلدة", "حي") counts everywhere in the article once one precedes it."""
        matches = [m for m in self._matcher.find(norm) if m.value is not None]
        starts = {m.start: bisect_left(norm.origin, m.start) for m in matches}
        matches = [m for m in matches if not _inside_a_word(m.key, norm.text, starts[m.start])]
        cues = {m.start: cue_before(norm.text[max(0, starts[m.start] - _CUE_CONTEXT):starts[m.start]])
                for m in matches}
        licensed = {(m.key, m.value.id) for m in matches if cue_licenses(cues[m.start], m.value.feature)}
        out = []
        for (start, end), group in groupby(matches, key=lambda m: (m.start, m.end)):
            group = list(group)
            cued = frozenset(m.value.id for m in group if (m.key, m.value.id) in self._cue_only)
            places = tuple(m.value for m in group if m.value.id not in cued or (m.key, m.value.id) in licensed)
            if places:
                out.append(PlaceMatch(start, end, norm.original[start:end], places, cued))
        return out

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
