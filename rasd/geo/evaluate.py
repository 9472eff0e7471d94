"""Scoring the geocoder on sentences with known coordinates (tests/geo/geocoding_cases.jsonl)."""
from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from ..document import Document
from .gazetteer import Gazetteer
from .place import distance_km
from .stage import GeoStage

CORRECT_WITHIN_KM = 25.0


@dataclass(frozen=True)
class CaseResult:
    case_id: str
    country: str
    surface: str
    found: str               # display name of the place the stage chose, "" when none
    error_km: float | None   # None when no place was found at the surface

    @property
    def correct(self) -> bool:
        return self.error_km is not None and self.error_km <= CORRECT_WITHIN_KM


def load_cases(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(cases: list[dict], gazetteer: Gazetteer) -> list[CaseResult]:
    stage = GeoStage(gazetteer)
    return [_evaluate_case(case, stage) for case in cases]


def _evaluate_case(case: dict, stage: GeoStage) -> CaseResult:
    doc = Document(case["text"])
    stage(doc)
    start = case["text"].index(case["surface"])
    end = start + len(case["surface"])
    overlapping = [m for m in doc.mentions if m.start < end and start < m.end]
    if not overlapping:
        return CaseResult(case["id"], case["country"], case["surface"], "", None)
    mention = max(overlapping, key=lambda m: min(end, m.end) - max(start, m.start))
    place = mention.data["place"]
    error = distance_km(place.lat, place.lon, case["lat"], case["lon"])
    return CaseResult(case["id"], case["country"], case["surface"], place.display_name, round(error, 1))


def accuracy_by_country(results: list[CaseResult]) -> dict[str, tuple[float, int]]:
    groups: dict[str, list[CaseResult]] = defaultdict(list)
    for r in results:
        groups[r.country].append(r)
    table = {cc: (sum(r.correct for r in rs) / len(rs), len(rs)) for cc, rs in sorted(groups.items())}
    table["all"] = (sum(r.correct for r in results) / len(results), len(results)) if results else (0.0, 0)
    return table
