"""The gazetteer: finds toponyms in normalised text and looks places up by name."""
from __future__ import annotations

import pickle
import sqlite3
import threading
from itertools import groupby
from pathlib import Path

from ..lexicon.matcher import PhraseMatcher
from ..text.normalize import NormalizedText, normalize_key
from . import index
from .place import Place, PlaceMatch

_default_lock = threading.Lock()
_default: "Gazetteer | None" = None


class Gazetteer:
    def __init__(self, matcher: PhraseMatcher[Place], sqlite_path: Path | None = None,
                 names: dict[str, list[Place]] | None = None):
        self._matcher = matcher
        self._sqlite_path = sqlite_path
        self._names = names or {}     # lookup table of in-memory gazetteers (no SQLite index)
        self._db: sqlite3.Connection | None = None

    @classmethod
    def from_places(cls, places: list[tuple[Place, tuple[str, ...]]]) -> "Gazetteer":
        """A small in-memory gazetteer (tests, custom deployments): each place with its Arabic names."""
        matcher: PhraseMatcher[Place] = PhraseMatcher()
        by_name: dict[str, list[Place]] = {}
        for place, names in places:
            for key in dict.fromkeys(normalize_key(n) for n in names):
                matcher.add(key, place)
                by_name.setdefault(key, []).append(place)
            by_name.setdefault(place.name.lower(), []).append(place)
        return cls(matcher, names=by_name)

    @classmethod
    def open(cls, files: index.IndexFiles) -> "Gazetteer":
        with files.matcher.open("rb") as handle:
            matcher = pickle.load(handle)
        return cls(matcher, files.sqlite)

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
        """Toponyms in the text, longest match first, clitics (و ب ل في...) excluded from spans."""
        matches = self._matcher.find(norm)
        out = []
        for (start, end), group in groupby(matches, key=lambda m: (m.start, m.end)):
            group = list(group)
            out.append(PlaceMatch(start, end, group[0].surface, tuple(m.value for m in group)))
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
