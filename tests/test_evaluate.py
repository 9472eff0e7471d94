"""rasd evaluate: the matcher on small synthetic cases, and agreement with ../shared/eval/score.py."""
from __future__ import annotations

import copy
import importlib.util
import json
import random
import subprocess
import sys
from pathlib import Path

import pytest

from rasd.evaluate import evaluate_paths, format_report
from rasd.evaluate.gold import gold_problems, load_articles
from rasd.evaluate.matching import MAX_EVIDENCE_CHARS, score_document
from rasd.evaluate.metrics import summarize
from rasd.evaluate.names import names_match
from rasd.extraction import InputError

PROJECT_ROOT = Path(__file__).resolve().parent.parent

TEXT = ("اشتبكت قوات الجيش مع مسلحين في مدينة سرت. "
        "وقال المتحدث إن الاشتباكات أسفرت عن مقتل خمسة مسلحين. "
        "وخطف مسلحون مدنيين في سبها. "
        "وقتل 60 جنديا منذ بداية العام. "
        "وكانت القوات قد قصفت المدينة العام الماضي.")
CLASH = "اشتبكت قوات الجيش مع مسلحين في مدينة سرت"
QUOTE = "أسفرت عن مقتل خمسة مسلحين"
ABDUCTION = "وخطف مسلحون مدنيين في سبها"
TOTAL = "وقتل 60 جنديا منذ بداية العام"
BACKGROUND = "وكانت القوات قد قصفت المدينة العام الماضي"
SIRTE = (31.2089, 16.5887)
SABHA = (27.0377, 14.4283)


def gold_doc() -> dict:
    return {
        "doc_id": "synthetic",
        "publication_date": "2017-01-19",
        "events": [
            {"id": "E1", "required": True, "event_type": ["Battles"], "sub_event_type": ["Armed clash"],
             "actor1": ["Military Forces of Libya", "الجيش"], "actor2": ["Unidentified Armed Group (Libya)", "مسلحين"],
             "location": {"lat": SIRTE[0], "lon": SIRTE[1], "tolerance_km": 25},
             "date": {"from": "2017-01-18", "to": "2017-01-19"}, "fatalities": {"accept": [5]},
             "evidence": [CLASH, QUOTE]},
            {"id": "E2", "required": True, "event_type": ["Violence against civilians"],
             "sub_event_type": ["Abduction/forced disappearance"],
             "actor1": ["Unidentified Armed Group (Libya)", "مسلحون"], "actor2": ["Civilians (Libya)", "مدنيين"],
             "location": {"lat": SABHA[0], "lon": SABHA[1], "tolerance_km": 10},
             "date": {"from": "2017-01-18", "to": "2017-01-19"}, "fatalities": {"accept": [None, 0]},
             "evidence": [ABDUCTION]},
            {"id": "E3", "required": False, "event_type": ["Explosions/Remote violence"],
             "sub_event_type": ["Shelling/artillery/missile attack"], "evidence": [BACKGROUND]},
        ],
        "not_events": [{"evidence": TOTAL}],
        "entities": [{"type": "LOC", "text": ["سرت"]}, {"type": "LOC", "text": ["سبها"]}],
        "entities_optional": ["الجيش"],
    }


def event(quote: str, event_type="Battles", sub="Armed clash", actor1="Military Forces of Libya",
          actor2="Unidentified Armed Group (Libya)", where=SIRTE, date="2017-01-18", killed=5, offsets=True) -> dict:
    start = TEXT.index(quote)
    evidence = {"text": quote, "start": start, "end": start + len(quote)} if offsets else {"text": quote}
    return {"event_type": event_type, "sub_event_type": sub,
            "actor1": {"name": actor1, "text": ""} if actor1 else None,
            "actor2": {"name": actor2, "text": ""} if actor2 else None,
            "location": {"name": "x", "lat": where[0], "lon": where[1]} if where else None,
            "date": {"value": date}, "fatalities": {"value": killed}, "evidence": evidence}


def abduction(**changes) -> dict:
    fields = dict(event_type="Violence against civilians", sub="Abduction/forced disappearance",
                  actor1="Unidentified Armed Group (Libya)", actor2="Civilians (Libya)", where=SABHA, killed=None)
    fields.update(changes)
    return event(ABDUCTION, **fields)


def score(*events, entities=()):
    return score_document(gold_doc(), TEXT, {"events": list(events), "entities": list(entities)})


def test_perfect_extraction_is_fully_correct():
    s = score(event(CLASH), abduction())
    assert (s.tp, s.fp, s.fn, s.full) == (2, 0, 0, 2)
    assert all(right == checked for right, checked in s.fields.values())


def test_missed_required_event_is_a_false_negative():
    s = score(event(CLASH))
    assert (s.tp, s.fn) == (1, 1)
    assert any(e.startswith("FN E2") for e in s.errors)


def test_second_report_of_a_matched_event_is_a_duplicate():
    s = score(event(CLASH), event(QUOTE), abduction())
    assert (s.tp, s.fp) == (2, 1)
    assert any(e.startswith("FP[duplicate]") for e in s.errors)


def test_optional_gold_is_neither_rewarded_nor_punished():
    strike = event(BACKGROUND, "Explosions/Remote violence", "Shelling/artillery/missile attack")
    assert (score(event(CLASH), abduction(), strike).fp, score(event(CLASH), abduction()).fn) == (0, 0)
    assert score(event(CLASH), abduction(), strike).tp == 2


def test_running_total_is_a_not_event_false_positive():
    s = score(event(CLASH), abduction(), event(TOTAL, killed=60))
    assert s.fp == 1 and any(e.startswith("FP[not_event]") for e in s.errors)


def test_event_without_gold_is_spurious():
    s = score(event("وقال المتحدث"))
    assert s.fp == 1 and any(e.startswith("FP[spurious]") for e in s.errors)


def test_evidence_found_by_text_when_offsets_are_missing():
    assert score(event(CLASH, offsets=False), abduction()).tp == 2


def test_overlong_evidence_counts_as_no_evidence():
    long_event = event(CLASH)
    long_event["evidence"] = {"text": TEXT, "start": 0, "end": MAX_EVIDENCE_CHARS + 1}
    s = score_document(gold_doc(), TEXT + " " * MAX_EVIDENCE_CHARS, {"events": [long_event]})
    assert (s.tp, s.fp, s.fn) == (0, 1, 2)


def test_same_type_is_preferred_over_earlier_event():
    wrong_type = event(CLASH, "Riots", "Mob violence")
    s = score(wrong_type, event(QUOTE), abduction())
    assert s.tp == 2 and s.fields["event_type"] == [2, 2]
    assert any(e.startswith("FP[duplicate] Riots") for e in s.errors)


def test_actor_order_is_free_in_battles():
    swapped = event(CLASH, actor1="Unidentified Armed Group (Libya)", actor2="Military Forces of Libya")
    s = score(swapped, abduction())
    assert s.fields["actor1"] == [2, 2] and s.fields["actor2"] == [2, 2]


def test_actor_order_counts_in_violence_against_civilians():
    swapped = abduction(actor1="Civilians (Libya)", actor2="Unidentified Armed Group (Libya)")
    s = score(event(CLASH), swapped)
    assert s.fields["actor1"] == [1, 2] and s.fields["actor2"] == [1, 2] and s.full == 1


def test_location_within_tolerance():
    about_11_km_north = (SABHA[0] + 0.1, SABHA[1])
    assert score(abduction(where=(SABHA[0] + 0.05, SABHA[1]))).fields["location"] == [1, 1]
    assert score(abduction(where=about_11_km_north)).fields["location"] == [0, 1]
    assert score(abduction(where=None)).fields["location"] == [0, 1]


def test_date_must_fall_in_the_accepted_range():
    assert score(event(CLASH, date="2017-01-19")).fields["date"] == [1, 1]
    assert score(event(CLASH, date="2017-01-17")).fields["date"] == [0, 1]
    assert score(event(CLASH, date=None)).fields["date"] == [0, 1]


def test_fatalities_accept_list_and_null():
    assert score(event(CLASH, killed=4)).fields["fatalities"] == [0, 1]
    assert score(abduction(killed=None)).fields["fatalities"] == [1, 1]
    assert score(abduction(killed=0)).fields["fatalities"] == [1, 1]


@pytest.mark.parametrize("system, alias, expected", [
    ("والجيش", "الجيش", True),                         # clitic stripped
    ("القوات الحكومية السورية", "القوات الحكومية", True),   # whole-word containment
    ("أنصار الشريعة", "انصار الشريعه", True),            # hamza and ta marbuta folded
    ("Islamic State", "islamic state (IS)", True),
    ("IS", "Islamic State", False),                     # too short to count as contained
    ("الجيش", "الجيشان", False),                        # not a whole word
])
def test_names_match(system, alias, expected):
    assert names_match([system], [alias]) is expected


def test_entities_precision_recall_and_optional_forms():
    s = score(entities=[{"text": "سرت", "type": "GPE"}, {"text": "الجيش", "type": "ORG"},
                        {"text": "طرابلس", "type": "LOC"}, {"text": "سبها", "type": "PER"}])
    assert s.entities == {"tp_items": 1, "sys_items": 3, "gold": 2, "gold_found": 1}


def test_summary_figures():
    metrics = summarize([score(event(CLASH), event(QUOTE), abduction(killed=3))], of_docs=1)
    assert metrics["event_precision"] == round(2 / 3, 3) and metrics["event_recall"] == 1.0
    assert metrics["event_f1"] == 0.8 and metrics["fully_correct_rate"] == 0.5
    assert metrics["fatalities_acc"] == 0.5 and metrics["docs"] == metrics["of_docs"] == 1


def test_missing_gold_path_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        evaluate_paths([str(tmp_path / "nothing")])
    with pytest.raises(InputError):
        evaluate_paths([str(tmp_path)])


# --- agreement with the reference scorer ----------------------------------------------------

def _reference_scorer(shared_dir: Path):
    spec = importlib.util.spec_from_file_location("reference_score", shared_dir / "eval" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _perturbed_prediction(gold: dict, rng: random.Random) -> dict:
    """System output built from gold with random mistakes: wrong fields, duplicates, omissions."""
    events = []
    for g in gold["events"]:
        if rng.random() < 0.2 or not g.get("evidence"):
            continue
        for _ in range(rng.choice((1, 1, 2))):
            quote = rng.choice(g["evidence"])
            loc = g.get("location") or {"lat": 0.0, "lon": 0.0}
            events.append({
                "event_type": rng.choice((g.get("event_type") or ["Battles"])[:1] * 3 + ["Riots"]),
                "sub_event_type": rng.choice((g.get("sub_event_type") or ["Armed clash"]) * 3 + ["Other"]),
                "actor1": {"name": rng.choice((g.get("actor2") or ["x"]) + (g.get("actor1") or ["y"]))},
                "actor2": rng.choice([None, {"text": rng.choice(g.get("actor2") or ["z"])}]),
                "location": {"lat": loc["lat"] + rng.uniform(-0.2, 0.2), "lon": loc["lon"] + rng.uniform(-0.2, 0.2)},
                "date": {"value": rng.choice([(g.get("date") or {}).get("from"), "2000-01-01", None])},
                "fatalities": {"value": rng.choice(((g.get("fatalities") or {}).get("accept") or [None]) + [7])},
                "evidence": {"text": quote[: rng.randint(5, len(quote))]},
            })
    for ne in gold.get("not_events", []):
        if rng.random() < 0.3:
            events.append({"event_type": "Battles", "sub_event_type": "Armed clash", "evidence": {"text": ne["evidence"]}})
    events.append({"event_type": "Protests", "sub_event_type": "Peaceful protest", "evidence": None})
    events.append({"event_type": "Protests", "sub_event_type": "Peaceful protest",
                   "evidence": {"text": "?", "start": rng.randrange(0, 2000), "end": 2600}})
    rng.shuffle(events)
    entities = [{"text": rng.choice(e["text"]), "type": rng.choice([e["type"], "PER"])}
                for e in gold.get("entities", []) if rng.random() < 0.7]
    entities += [{"text": t, "type": "ORG"} for t in gold.get("entities_optional", [])[:2]]
    return {"events": events, "entities": entities}


@pytest.fixture(scope="module")
def dev_articles(shared_dir):
    articles = load_articles([str(shared_dir / "eval" / "dev")])
    assert len(articles) >= 30
    return articles


@pytest.mark.shared
def test_same_document_scores_as_reference_scorer(shared_dir, dev_articles):
    reference = _reference_scorer(shared_dir)
    rng = random.Random(7)
    for article in dev_articles:
        for _ in range(5):
            prediction = _perturbed_prediction(article.gold, rng)
            expected = reference.score_document(copy.deepcopy(article.gold), article.text, prediction)
            ours = score_document(article.gold, article.text, prediction)
            got = {"tp": ours.tp, "fp": ours.fp, "fn": ours.fn, "full": ours.full,
                   "fields": ours.fields, "entities": ours.entities}
            assert got == {k: expected[k] for k in got}, article.doc_id
            assert sorted(ours.errors) == sorted(expected["errors"]), article.doc_id


def _json_line(output: str) -> dict:
    return json.loads(output.strip().splitlines()[-1])


@pytest.mark.shared
def test_rasd_evaluate_reports_what_score_py_reports(shared_dir):
    """The acceptance check of issue 2: same gold, same system, same figures."""
    dev = str(shared_dir / "eval" / "dev")
    ours = subprocess.run([sys.executable, "-m", "rasd.cli", "evaluate", dev],
                          capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=600)
    assert ours.returncode == 0, ours.stderr
    command = f"{sys.executable} -m rasd.cli extract {{text}} --date {{date}} --format json"
    reference = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", dev,
                                "--quiet", "--cmd", command],
                               capture_output=True, text=True, cwd=PROJECT_ROOT, timeout=1200)
    assert reference.returncode == 0, reference.stderr
    mine, theirs = _json_line(ours.stdout), _json_line(reference.stdout)
    assert list(mine) == list(theirs)
    mine.pop("seconds_per_doc"), theirs.pop("seconds_per_doc")
    assert mine == theirs


def test_format_report_lists_fields_and_documents():
    report = {"metrics": summarize([score(event(CLASH), abduction(killed=3))], 1),
              "fields": {f: [1, 1] for f in ("event_type", "sub_event_type", "actor1", "actor2", "location", "date", "fatalities")},
              "documents": [{"doc_id": "synthetic", "tp": 2, "fp": 0, "fn": 0, "full": 1,
                             "errors": ["E2.fatalities wrong: 3"], "seconds": 0.1, "failure": None}]}
    text = format_report(report, verbose=True)
    assert "fatalities" in text and "synthetic" in text and "E2.fatalities wrong" in text
    assert "E2.fatalities wrong" not in format_report(report)


# --- gold files: the bundled examples and ../shared/eval/dev -----------------------------------

EXAMPLES = PROJECT_ROOT / "examples"


def test_example_manifest_is_valid_gold():
    articles = load_articles([str(EXAMPLES)])
    assert len(articles) >= 8
    assert {a.doc_id for a in articles} == {p.stem for p in EXAMPLES.glob("*.txt")}
    for article in articles:
        assert gold_problems(article) == [], article.doc_id
        assert article.published and article.text.split("\n")[1] == "", article.doc_id


def test_examples_cover_events_and_non_events():
    articles = load_articles([str(EXAMPLES)])
    required = [e for a in articles for e in a.gold["events"] if e["required"]]
    assert {e["event_type"][0] for e in required} >= {"Battles", "Explosions/Remote violence", "Protests",
                                                     "Violence against civilians", "Strategic developments"}
    assert sum(1 for a in articles if not a.gold["events"]) >= 2
    assert sum(len(a.gold["not_events"]) for a in articles) >= 5


@pytest.mark.shared
def test_dev_gold_is_valid(dev_articles):
    for article in dev_articles:
        assert gold_problems(article) == [], article.doc_id


def test_gold_problems_finds_broken_annotations(tmp_path):
    (tmp_path / "a.txt").write_text("نص قصير", encoding="utf-8")
    broken = {"doc_id": "a", "text_path": "a.txt", "events": [
        {"id": "E1", "required": True, "event_type": ["Battle"], "sub_event_type": ["Armed clash"],
         "evidence": ["غير موجود"], "date": {"from": "2018-01-02", "to": "2018-01-01"}}]}
    (tmp_path / "a.gold.json").write_text(json.dumps(broken), encoding="utf-8")
    problems = " | ".join(gold_problems(load_articles([str(tmp_path)])[0]))
    for expected in ("evidence not in text", "unknown event_type", "not under", "lacks actor1",
                     "ends before it starts", "fatalities needs accept"):
        assert expected in problems


def test_a_crashing_pipeline_scores_as_a_failed_document(monkeypatch):
    import rasd

    def crash(*args, **kwargs):
        raise RuntimeError("stage exploded")
    monkeypatch.setattr(rasd, "extract", crash)
    report = evaluate_paths([str(EXAMPLES / "manifest.json")])
    metrics = report["metrics"]
    assert metrics["failed_docs"] == metrics["docs"] == len(load_articles([str(EXAMPLES)]))
    assert metrics["event_recall"] == 0.0
    assert all("stage exploded" in d["failure"] for d in report["documents"])


def test_gold_citing_a_corpus_reads_title_and_text(tmp_path):
    import gzip
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    records = [{"id": "A-1", "title": "عنوان أول", "text": "نص أول"}, {"id": "A-2", "title": "عنوان", "text": "نص ثان"}]
    with gzip.open(corpus / "mini.jsonl.gz", "wt", encoding="utf-8") as out:
        out.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    gold_dir = tmp_path / "eval" / "dev"
    gold_dir.mkdir(parents=True)
    (gold_dir / "A-2.gold.json").write_text(json.dumps(
        {"doc_id": "A-2", "corpus": {"file": "mini.jsonl.gz", "id": "A-2"}, "events": []}), encoding="utf-8")
    assert [a.text for a in load_articles([str(gold_dir)])] == ["عنوان\n\nنص ثان"]      # default: ../../corpus
    assert load_articles([str(gold_dir)], corpus_dir=str(corpus))[0].text == "عنوان\n\nنص ثان"
    (gold_dir / "A-3.gold.json").write_text(json.dumps(
        {"doc_id": "A-3", "corpus": {"file": "mini.jsonl.gz", "id": "A-3"}, "events": []}), encoding="utf-8")
    with pytest.raises(InputError, match="A-3 not found"):
        load_articles([str(gold_dir)])
