"""The "Try an article" page: paste, extract, see the evidence highlighted; markup stays text."""
from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

ARTICLE = ("صنعاء - قتل ثلاثة مدنيين وأصيب خمسة آخرون اليوم الاثنين في غارة جوية استهدفت سوقا شعبيا "
           "في مدينة الحديدة غربي اليمن، بحسب مصادر طبية.\n"
           "وفي بغداد، تظاهر مئات الطلاب أمام وزارة التعليم للمطالبة بتوفير فرص عمل.")
HOSTILE = "\n<img src=x onerror=\"document.body.dataset.pwned='paste'\"><script>document.body.dataset.pwned='s'</script>"


def extract(page, server_url, text: str) -> None:
    page.goto(server_url + "/extract.html")
    page.wait_for_selector("body[data-ready=true]")
    page.fill("#x-text", text)
    page.fill("#x-published", "2018-05-14")
    page.click("#x-submit")
    page.wait_for_selector("#x-result:not([hidden]), #x-status .error", timeout=60_000)
    assert page.locator("#x-status .error").count() == 0, page.inner_text("#x-status")


def test_pasted_article_returns_events_with_highlighted_evidence(page, server_url, screenshot):
    extract(page, server_url, ARTICLE)
    assert page.locator("#x-events .event-card").count() >= 1
    marks = page.locator("#x-article mark.evidence")
    assert marks.count() >= 1
    assert all(text in ARTICLE for text in marks.all_inner_texts())
    assert page.locator("#x-article").evaluate("e => getComputedStyle(e).direction") == "rtl"
    page.locator("#x-events .event-card").first.click()
    assert page.locator("#x-article mark.active").count() >= 1
    screenshot(page, "extract-page")


def test_pasted_markup_is_shown_as_text(page, server_url):
    extract(page, server_url, ARTICLE + HOSTILE)
    article = page.locator("#x-article")
    assert "<img src=x onerror=" in article.inner_text()
    assert article.locator("img, script").count() == 0
    assert page.evaluate("document.body.dataset.pwned") is None


def test_server_errors_are_shown_not_thrown(page, server_url):
    page.goto(server_url + "/extract.html")
    page.wait_for_selector("body[data-ready=true]")
    page.fill("#x-text", "   ")
    page.evaluate("document.getElementById('x-text').required = false")
    page.click("#x-submit")
    page.wait_for_selector("#x-status .error")
    assert "empty" in page.inner_text("#x-status")
    page.watch.errors.clear()   # the browser logs the 422 response itself; that is expected here
