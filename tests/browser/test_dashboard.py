"""The dashboard in a real browser: map, filters, timeline, event detail, safety."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

BATTLES = "Battles"


def open_dashboard(page, server_url):
    page.goto(server_url + "/")
    page.wait_for_selector("body[data-ready=true]", timeout=15_000)


def events_on_map(page) -> int:
    """Circles drawn plus the events counted inside cluster bubbles."""
    circles = page.locator("path.event-marker").count()
    in_clusters = sum(int(t) for t in page.locator(".marker-cluster span").all_inner_texts())
    return circles + in_clusters


def list_rows(page):
    return page.locator("#event-list .event-row")


def test_map_shows_every_example_event(page, server_url, examples, screenshot):
    open_dashboard(page, server_url)
    expected = sum(len(a["events"]) for a in examples)
    assert list_rows(page).count() == expected
    assert events_on_map(page) == expected
    assert page.locator("path.country").count() > 20   # countries drawn from world-atlas (those in view)
    assert page.locator("#timeline svg .bars rect").count() > 0
    screenshot(page, "dashboard")


def test_filtering_by_type_changes_list_and_markers(page, server_url):
    open_dashboard(page, server_url)
    before = list_rows(page).count()
    page.select_option("#f-type", BATTLES)
    page.wait_for_function("document.querySelectorAll('#event-list .event-row').length === 2")
    assert list_rows(page).count() < before
    assert set(page.locator("#event-list .event-row strong").all_inner_texts()) == {"Armed clash"}
    assert events_on_map(page) == 2
    assert "2 events" in page.inner_text("#status")


def test_brushing_the_timeline_filters_dates(page, server_url):
    open_dashboard(page, server_url)
    box = page.locator("#timeline .brush .overlay").bounding_box()
    y = box["y"] + box["height"] / 2
    page.mouse.move(box["x"] + 2, y)
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.45, y, steps=5)
    page.mouse.up()
    page.wait_for_function("document.getElementById('f-until').value !== ''")
    until = page.input_value("#f-until")
    page.wait_for_function(f"[...document.querySelectorAll('.row-date')].every(d => d.textContent <= '{until}')")
    dates = page.locator("#event-list .row-date").all_inner_texts()
    assert 0 < len(dates) < 9 and max(dates) <= until


def test_clicking_an_event_shows_the_article_with_highlighted_evidence(page, server_url, examples, screenshot):
    open_dashboard(page, server_url)
    yemen = next(a for a in examples if "الحديدة" in a["title"])
    page.locator("#event-list .event-row", has_text="Air/drone strike").click()
    mark = page.locator("#detail .article-text mark.evidence")
    mark.first.wait_for()
    assert "".join(mark.all_inner_texts()) == yemen["events"][0]["evidence"]
    assert "Saudi-led Coalition" in page.inner_text("#detail table.fields")
    article = page.locator("#detail .article-text")
    assert article.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert "Noto Naskh Arabic" in article.evaluate("e => getComputedStyle(e).fontFamily")
    screenshot(page, "event-detail")


def test_clicking_a_marker_opens_its_event(page, server_url):
    open_dashboard(page, server_url)
    page.select_option("#f-type", BATTLES)
    page.wait_for_function("document.querySelectorAll('path.event-marker').length === 2")
    page.locator("path.event-marker").first.click(force=True)
    page.locator("#detail mark.evidence").first.wait_for()
    assert "Battles" in page.inner_text("#detail .detail-title")


def test_article_markup_is_shown_as_text_and_never_runs(page, server_url, screenshot):
    open_dashboard(page, server_url)
    page.locator("#event-list .event-row", has_text="Arrests").click()
    page.locator("#detail mark.evidence").first.wait_for()
    page.locator("#detail").hover()
    detail = page.locator("#detail")
    assert "<img src=x onerror=" in detail.inner_text()          # visible, as text
    assert "<b onmouseover=" in detail.inner_text()
    assert detail.locator("img, script, svg, b").count() == 0  # never parsed into elements
    assert page.evaluate("document.body.dataset.pwned") is None
    link = detail.locator("a[href^='javascript']")
    assert link.count() == 0
    screenshot(page, "injection-inert")
