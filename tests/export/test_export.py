"""Exports: ACLED column names, valid GeoJSON and JSONL, streamed from the store."""
from __future__ import annotations

import csv
import io
import json

import pytest

from rasd.export import ACLED_COLUMNS, export_events, interaction
from rasd.export.regions import ACLED_REGIONS, load_regions
from rasd.store.testing import BENGHAZI, article, document, event

TEXT = "قتل ثلاثة مدنيين في قصف على بنغازي، فيما شنت طائرات غارات على مواقع قرب المدينة."


@pytest.fixture
def filled(store):
    events = [event(TEXT, "قتل ثلاثة مدنيين في قصف", event_type="Violence against civilians", sub="Attack",
                    location=BENGHAZI, fatalities=3, actor2=("Civilians (Libya)", "مدنيين", 7)),
              event(TEXT, "شنت طائرات غارات", event_type="Explosions/Remote violence", sub="Air/drone strike",
                    location=None, date="2018-07-03")]
    store.add_article(article(TEXT, title="قصف بنغازي", source="bbc"), document(TEXT, events), pipeline_version="v1")
    return store


def test_acled_csv_has_acled_columns_and_evidence(filled):
    out = io.StringIO()
    assert export_events(filled.iter_events(), "acled-csv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert tuple(rows[0])[:len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert {"evidence", "article_id"} <= set(rows[0])
    first = rows[0]
    assert (first["event_date"], first["year"], first["country"], first["region"]) == \
           ("2018-06-12", "2018", "Libya", "Northern Africa")
    assert (first["iso"], first["interaction"], first["civilian_targeting"]) == ("434", "27", "Civilian targeting")
    assert first["evidence"] == "قتل ثلاثة مدنيين في قصف" and first["source"] == "bbc"
    assert rows[1]["latitude"] == "" and rows[1]["fatalities"] == "0"


def test_geojson_is_a_feature_collection(filled):
    out = io.StringIO()
    export_events(filled.iter_events(), "geojson", out)
    collection = json.loads(out.getvalue())
    assert collection["type"] == "FeatureCollection"
    located, unlocated = collection["features"]
    assert located["geometry"] == {"type": "Point", "coordinates": [20.07, 32.12]}
    assert unlocated["geometry"] is None
    assert located["properties"]["evidence"][0]["text"] == "قتل ثلاثة مدنيين في قصف"


def test_empty_geojson_is_valid(store):
    out = io.StringIO()
    assert export_events(store.iter_events(), "geojson", out) == 0
    assert json.loads(out.getvalue())["features"] == []


def test_jsonl_one_event_per_line(filled):
    out = io.StringIO()
    export_events(filled.iter_events(event_type="Violence against civilians"), "jsonl", out)
    (line,) = out.getvalue().splitlines()
    assert json.loads(line)["actor2"] == "Civilians (Libya)"


def test_unknown_format_is_rejected(store):
    with pytest.raises(ValueError, match="unknown export format"):
        export_events([], "xlsx", io.StringIO())


@pytest.mark.parametrize("inter1, inter2, code", [(1, 2, 12), (2, 1, 12), (3, None, 30), (None, 1, None)])
def test_interaction_codes(inter1, inter2, code):
    assert interaction(inter1, inter2) == code


def test_region_table_integrity():
    regions = load_regions()
    assert all(len(code) == 2 and code.isupper() for code in regions)
    assert set(regions.values()) <= set(ACLED_REGIONS)
