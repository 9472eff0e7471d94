"""`rasd extract` and `rasd evaluate` as a user runs them, on the bundled example articles."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = json.loads((EXAMPLES / "manifest.json").read_text(encoding="utf-8"))["articles"]
WITH_EVENTS = [a for a in ARTICLES if any(e["required"] for e in a["events"])]
WITHOUT_EVENTS = [a for a in ARTICLES if not a["events"]]


def extract_json(run_rasd, path, *options) -> dict:
    done = run_rasd("extract", path, "--format", "json", *options)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    return json.loads(done.stdout)


def required_types(article: dict) -> set[tuple[str, str]]:
    return {(e["event_type"][0], sub) for e in article["events"] if e["required"] for sub in e["sub_event_type"]}


@pytest.mark.parametrize("article", WITH_EVENTS, ids=lambda a: a["doc_id"])
def test_extract_finds_the_example_event_types(run_rasd, article):
    result = extract_json(run_rasd, EXAMPLES / article["text_path"], "--date", article["publication_date"])
    found = {e["event_type"] for e in result["events"]}
    assert {t for t, _ in required_types(article)} <= found, result["events"]
    for event in result["events"]:
        start, end = event["evidence"]["start"], event["evidence"]["end"]
        assert (EXAMPLES / article["text_path"]).read_text(encoding="utf-8")[start:end] == event["evidence"]["text"]


@pytest.mark.parametrize("article", WITHOUT_EVENTS, ids=lambda a: a["doc_id"])
def test_extract_finds_no_event_in_economy_news_totals_and_denials(run_rasd, article):
    result = extract_json(run_rasd, EXAMPLES / article["text_path"], "--date", article["publication_date"])
    assert result["events"] == []


def test_json_output_follows_the_contract(run_rasd):
    article = WITH_EVENTS[0]
    result = extract_json(run_rasd, EXAMPLES / article["text_path"], "--date", article["publication_date"])
    assert result["published"] == article["publication_date"]
    assert isinstance(result["entities"], list) and all({"text", "type"} <= set(e) for e in result["entities"])
    for event in result["events"]:
        assert {"event_type", "sub_event_type", "actor1", "actor2", "location", "date", "fatalities",
                "evidence"} <= set(event)


def test_table_output_names_the_event(run_rasd):
    done = run_rasd("extract", EXAMPLES / "iraq_sadr_city_car_bomb.txt", "--date", "2018-03-04")
    assert done.returncode == 0, done.stderr
    assert "Explosions/Remote violence" in done.stdout


def test_without_date_relative_dates_stay_unresolved(run_rasd):
    result = extract_json(run_rasd, EXAMPLES / "iraq_sadr_city_car_bomb.txt")
    assert result["published"] is None
    assert all((e["date"] or {}).get("value") is None for e in result["events"])


def test_stdin_reads_like_a_file(run_rasd):
    path = EXAMPLES / "iraq_sadr_city_car_bomb.txt"
    from_file = extract_json(run_rasd, path, "--date", "2018-03-04")
    done = run_rasd("extract", "-", "--format", "json", "--date", "2018-03-04", stdin=path.read_bytes())
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["events"] == from_file["events"]


def test_evaluate_on_the_examples(run_rasd):
    done = run_rasd("evaluate", EXAMPLES, timeout=300)
    assert done.returncode == 0, done.stderr
    metrics = json.loads(done.stdout.strip().splitlines()[-1])
    assert metrics["docs"] == metrics["of_docs"] == len(ARTICLES)
    assert metrics["failed_docs"] == 0
    assert "sub_event_type" in done.stdout and "fully correct" in done.stdout


def test_evaluate_a_missing_folder_is_an_input_error(run_rasd, tmp_path):
    done = run_rasd("evaluate", tmp_path / "nowhere")
    assert done.returncode == 3
    assert done.stderr.strip().count("\n") == 0 and "Traceback" not in done.stderr


def test_usage_errors_exit_2(run_rasd):
    assert run_rasd().returncode == 2
    assert run_rasd("extract").returncode == 2
    assert run_rasd("extract", EXAMPLES / "iraq_sadr_city_car_bomb.txt", "--format", "xml").returncode == 2


def test_python_dash_m_rasd_is_the_rasd_command():
    import subprocess
    import sys
    done = subprocess.run([sys.executable, "-m", "rasd", "--help"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "extract" in done.stdout


def test_every_written_form_of_an_entity_is_listed(run_rasd, tmp_path):
    article = tmp_path / "syria.txt"
    article.write_text("قالت الحكومة السورية إن سوريا لن تقبل بالتدخل، وأضافت أن سورية دولة ذات سيادة.", encoding="utf-8")
    result = extract_json(run_rasd, article, "--date", "2018-04-09")
    forms = {e["text"] for e in result["entities"] if e["type"] == "LOC"}
    assert {"سوريا", "سورية"} <= forms
