"""The built docs, served on 127.0.0.1, in headless Chromium driven by Playwright.

Run after building the docs::

    pip install -e ".[test,docs,browser]"
    python -m sphinx -W --keep-going -b html docs docs/_build/html
    python -m pytest tests/browser

Chromium is Debian's package (``apt-get install chromium``); Playwright is only the
driver and downloads no browser. ``ASEAN_CORPUS_SITE`` names another built site and
``CHROMIUM`` another Chromium binary.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from playwright import sync_api as playwright_api

ROOT = Path(__file__).resolve().parents[2]
SITE = Path(os.environ.get("ASEAN_CORPUS_SITE", ROOT / "docs" / "_build" / "html"))
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site quietly; answers the browser's own favicon request with nothing.

    Browsers ask every site for ``/favicon.ico``; the docs have none, and the 404 would
    show as a console error that is not the page's.
    """

    def do_GET(self) -> None:
        if urlsplit(self.path).path == "/favicon.ico":
            self.send_response(204)
            self.end_headers()
            return
        super().do_GET()

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture(scope="session")
def site() -> Path:
    """The folder of the built docs."""
    if not (SITE / "explorer.html").is_file():
        pytest.fail(
            f"no explorer.html in {SITE}: build the docs first "
            "(python -m sphinx -W --keep-going -b html docs docs/_build/html)"
        )
    return SITE


@pytest.fixture(scope="session")
def site_url(site: Path) -> Iterator[str]:
    """The built docs, served over HTTP on a free port of 127.0.0.1."""
    handler = functools.partial(_Handler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's Chromium, headless."""
    if not Path(CHROMIUM).is_file():
        pytest.fail(f"no Chromium at {CHROMIUM}: apt-get install chromium")
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


class Page:
    """A browser page on the explorer, with what went wrong while it was open."""

    def __init__(self, page: Any, site_url: str) -> None:
        self.page = page
        self.site_url = site_url
        self.errors: list[str] = []
        self.outside: list[str] = []
        page.on("console", self._console)
        page.on("pageerror", lambda e: self.errors.append(f"page error: {e}"))
        page.route("**/*", self._only_local)

    def _console(self, message: Any) -> None:
        if message.type == "error":
            self.errors.append(f"console: {message.text}")

    def _only_local(self, route: Any) -> None:
        """Refuse any request that leaves the test server (a CDN, a font service)."""
        url = route.request.url
        if url.startswith((f"{self.site_url}/", "data:", "blob:")):
            route.continue_()
        else:
            self.outside.append(url)
            route.abort()

    def open(self, query: str = "") -> Any:
        """Load the explorer (``query`` is the address's ``?...`` part) and wait for it."""
        self.page.goto(f"{self.site_url}/explorer.html{query}")
        self.page.wait_for_selector("#ex-app[data-ready=true]")
        return self.page


@pytest.fixture
def explorer(browser: Any, site_url: str) -> Iterator[Page]:
    """A fresh page (1400 px wide, clipboard allowed) that fails on any console error."""
    context = browser.new_context(
        viewport={"width": 1400, "height": 1000},
        permissions=["clipboard-read", "clipboard-write"],
    )
    page = Page(context.new_page(), site_url)
    yield page
    context.close()
    assert [] == page.errors
    assert [] == page.outside


@pytest.fixture(scope="session")
def screenshot_path() -> Path:
    """Where the screenshot for people to look at goes: beside the built site."""
    return SITE.parent / "explorer.png"
