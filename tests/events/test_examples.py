"""End to end on the project's own example articles (examples/): exact events out."""
from pathlib import Path

import pytest

import rasd
from rasd.evaluate import evaluate_paths

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def events_of(name, published):
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    return rasd.extract(text, published=published).reportable_events()


def test_an_unclaimed_car_bomb_in_sadr_city():
    (event,) = events_of("iraq_sadr_city_car_bomb.txt", "2018-03-04")
    assert (event.event_type, event.sub_event_type) == ("Explosions/Remote violence", "Remote explosive/landmine/IED")
    assert (event.actor1.name, event.actor2.name) == ("Unidentified Armed Group (Iraq)", "Civilians (Iraq)")
    assert (event.location.name_ar, event.location.country_code) == ("مدينة الصدر", "IQ")
    assert (event.date.value, event.fatalities.value, event.fatalities.wounded) == ("2018-03-03", 7, 18)
    assert event.attribution == "مصادر أمنية وطبية"


def test_protesters_shot_east_of_khan_yunis():
    (event,) = events_of("gaza_khan_yunis_protest.txt", "2018-04-14")
    assert (event.event_type, event.sub_event_type) == ("Protests", "Excessive force against protesters")
    assert (event.actor1.name, event.actor2.name) == ("Protesters (Palestine)", "Military Forces of Israel")
    assert (event.location.geo_precision, event.date.value, event.fatalities.value) == (2, "2018-04-13", 2)


def test_the_government_retakes_mocha():
    (event,) = events_of("yemen_mocha_battle.txt", "2017-02-09")
    assert (event.sub_event_type, event.actor1.name, event.actor2.name) == \
        ("Government regains territory", "Military Forces of Yemen", "Houthis")
    assert (event.location.name_ar, event.date.value, event.fatalities.value) == ("المخا", "2017-02-08", 17)


@pytest.mark.parametrize("name, published", [("kuwait_budget_economy.txt", "2018-07-02"),
                                             ("iraq_monthly_toll_and_denial.txt", "2018-06-01")])
def test_economy_news_monthly_tolls_and_denials_report_no_event(name, published):
    assert events_of(name, published) == []


def test_every_example_event_is_found_and_most_are_fully_correct():
    metrics = evaluate_paths([str(EXAMPLES / "manifest.json")])["metrics"]
    assert (metrics["failed_docs"], metrics["event_recall"]) == (0, 1.0)
    assert metrics["fully_correct_rate"] >= 0.6
