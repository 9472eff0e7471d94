"""The real server over a real SQLite database of our examples, driven by Debian's chromium.

Every page is watched: a request to anything but the test server is aborted and fails the
test (the dashboard must work offline), and so does a JavaScript error.
"""
from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip("Debian chromium is not installed (apt-get install chromium fonts-noto-core)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

import uvicorn  # noqa: E402
from example_db import build_example_db, load_examples  # noqa: E402  (tests/api, on pytest's pythonpath)

from rasd.api import create_app  # noqa: E402

SCREENSHOTS = Path(__file__).resolve().parent.parent.parent / "test-output"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def examples() -> list[dict]:
    return load_examples()


@pytest.fixture(scope="session")
def server_url(tmp_path_factory) -> str:
    db = str(tmp_path_factory.mktemp("browser") / "examples.db")
    build_example_db(db)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the rasd server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def browser():
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """What a page did that it must not: leave localhost, throw, open a dialog."""

    def __init__(self, server_url: str):
        self.host = urlsplit(server_url).netloc
        self.foreign_requests: list[str] = []
        self.errors: list[str] = []

    def route(self, route):
        url = route.request.url
        if urlsplit(url).netloc == self.host:
            route.continue_()
        else:
            self.foreign_requests.append(url)
            route.abort()

    def on_console(self, message):
        if message.type == "error":
            self.errors.append(f"console: {message.text}")


@pytest.fixture
def page(browser, server_url, request):
    # bypass_csp: Playwright's waits evaluate strings, which our policy forbids; it also makes the
    # injection tests prove that rendering is inert by itself, not only behind the policy.
    context = browser.new_context(viewport={"width": 1400, "height": 900}, locale="en-US", bypass_csp=True)
    watch = PageWatch(server_url)
    context.route("**/*", watch.route)
    page = context.new_page()
    page.on("console", watch.on_console)
    page.on("pageerror", lambda error: watch.errors.append(f"page error: {error}"))
    page.on("dialog", lambda dialog: (watch.errors.append(f"dialog opened: {dialog.message}"), dialog.dismiss()))
    page.watch = watch
    yield page
    context.close()
    assert watch.foreign_requests == [], "the dashboard must not contact anything but its own server"
    assert watch.errors == []


@pytest.fixture
def screenshot():
    """screenshot(page, name): saved under test-output/ for a person to look at."""
    def save(page, name: str) -> Path:
        SCREENSHOTS.mkdir(exist_ok=True)
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path))
        return path
    return save
