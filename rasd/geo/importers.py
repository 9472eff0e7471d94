"""Turning a user's gazetteer file into our place-table format in the cache directory.

Two formats are recognised by their first line: a GeoNames dump (allCountries.txt, LY.txt...:
no header, 19 tab-separated columns) and the Who's On First extract TSV (header starting
"iso\twof_id"). Imports go to the user's cache, never into the package.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Iterator

from .sources import PLACE_COLUMNS, GazetteerDataError, arabic_names

_WOF_FEATURES = {"locality": "town", "neighbourhood": "neighbourhood", "county": "region",
                 "region": "admin1", "localadmin": "town", "campus": "landmark"}
_GEONAMES_FEATURES = {"PPLC": "city", "PPLA": "city", "ADM1": "admin1", "ADM2": "region",
                      "PPLX": "neighbourhood", "AIRP": "airport", "AIRB": "base", "MILB": "base", "CMP": "camp"}
_GEONAMES_COLUMNS = 19


def import_file(source: Path, import_dir: Path) -> tuple[Path, int]:
    """Convert `source` to <import_dir>/<name>.tsv; returns the file written and its row count."""
    if not source.is_file():
        raise GazetteerDataError(f"{source}: no such file")
    with source.open(encoding="utf-8", errors="replace") as handle:
        first = handle.readline()
    rows = _wof_rows(source) if first.startswith("iso\twof_id") else _geonames_rows(source)
    import_dir.mkdir(parents=True, exist_ok=True)
    target = import_dir / f"{source.stem}.tsv"
    count = 0
    with target.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\", lineterminator="\n")
        writer.writerow(("id",) + PLACE_COLUMNS)
        for row in rows:
            writer.writerow(row)
            count += 1
    if count == 0:
        target.unlink()
        raise GazetteerDataError(f"{source}: no places with Arabic names found")
    return target, count


def _clean(text: str) -> str:
    return text.replace("\t", " ").replace("|", " ").replace("\\", " ").strip()


def _wof_rows(source: Path) -> Iterator[tuple]:
    with source.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            names = arabic_names([row.get("name_ara", "")] + (row.get("name_ara_variants") or "").split("|"))
            if not names or row.get("placetype") not in _WOF_FEATURES:
                continue
            yield (f"wof:{row['wof_id']}", _clean(row["name"]), names[0], "|".join(map(_clean, names[1:])),
                   row["lat"], row["lon"], row["iso"], "", _WOF_FEATURES[row["placetype"]], 0, "",
                   f"whosonfirst:{row['wof_id']}")


def _geonames_rows(source: Path) -> Iterator[tuple]:
    with source.open(encoding="utf-8") as handle:
        for line_no, line in enumerate(handle, start=1):
            cols = line.rstrip("\n").split("\t")
            if len(cols) < _GEONAMES_COLUMNS:
                raise GazetteerDataError(f"{source}:{line_no}: expected a GeoNames dump "
                                         f"({_GEONAMES_COLUMNS} tab-separated columns), got {len(cols)}")
            names = arabic_names(cols[3].split(","))
            if not names:
                continue
            feature = _GEONAMES_FEATURES.get(cols[7], "village" if cols[6] == "P" else "landmark")
            yield (f"geonames:{cols[0]}", _clean(cols[1]), names[0], "|".join(map(_clean, names[1:])),
                   cols[4], cols[5], cols[8], "", feature, int(cols[14] or 0), "", f"geonames:{cols[0]}")
