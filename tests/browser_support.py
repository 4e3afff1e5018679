"""Browser fixtures: the built site served on 127.0.0.1 and Debian's chromium driven by Playwright."""

from __future__ import annotations

import functools
import http.server
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from _tools import in_ci, require_tool

CHROMIUM = "/usr/bin/chromium"
# Without the background-networking flags chromium keeps calling home, and this closed network refuses it.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """Serves a built site quietly; a missing address gets the site's 404.html, as the portal's nginx sends it
    (`error_page 404 /404.html`), at whatever depth it was asked."""

    def log_message(self, format, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            super().send_error(code, message, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


@contextmanager
def serve(directory, handler_class=SiteRequestHandler):
    """A directory over HTTP on a free port of 127.0.0.1, from a thread; yields the base URL, ending in "/"."""
    handler = functools.partial(handler_class, directory=str(directory))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def site_server(built_site):
    """The built site over HTTP on a free port of 127.0.0.1."""
    with serve(built_site) as url:
        yield url


@pytest.fixture(scope="module")
def browser():
    """Headless Debian chromium, one per test module: Playwright's sync API allows one instance at a time,
    and other modules (search, deploy) start their own."""
    require_tool(CHROMIUM, "the browser tests drive Debian's chromium (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield instance
        finally:
            instance.close()


@pytest.fixture(scope="session")
def axe_script() -> Path:
    """axe-core's script, which `make test` installs with npm ci; skip without it, or fail when CI=true."""
    if AXE.is_file():
        return AXE
    reason = f"{AXE} not found: the accessibility tests inject axe-core (run `make test`, which runs npm ci)"
    if in_ci():
        pytest.fail(f"{reason}; required because CI=true", pytrace=False)
    pytest.skip(reason)


def page_paths(site_dir: Path) -> list[str]:
    """URL path of every HTML page of a built site, relative to its base URL: "", "2021/muc-tieu/", "404.html"."""
    paths = []
    for html in sorted(site_dir.rglob("*.html")):
        relative = html.relative_to(site_dir).as_posix()
        paths.append(relative[: -len("index.html")] if relative.endswith("index.html") else relative)
    return paths


@dataclass
class Watch:
    """What went wrong while a page loaded: console errors, failed requests, requests to another host."""

    host: str
    problems: list[str] = field(default_factory=list)

    def attach(self, page) -> None:
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.problems.append(f"uncaught error: {error}"))
        page.on("request", self._request)
        page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url} ({r.failure})"))
        page.on("response", self._response)

    def _console(self, message) -> None:
        if message.type == "error":
            self.problems.append(f"console error: {message.text}")

    def _request(self, request) -> None:
        if urlsplit(request.url).scheme in ("http", "https") and urlsplit(request.url).netloc != self.host:
            self.problems.append(f"request to another host: {request.url}")

    def _response(self, response) -> None:
        if response.status >= 400:
            self.problems.append(f"HTTP {response.status}: {response.url}")


@contextmanager
def visit(context, url: str, *, wait_until: str = "load"):
    """A new page of `context` at `url`, loaded; yields it and its Watch, closes it after."""
    page = context.new_page()
    try:
        watch = Watch(urlsplit(url).netloc)
        watch.attach(page)
        page.goto(url, wait_until=wait_until)
        yield page, watch
    finally:
        page.close()


def new_context(browser, *, width: int = 1280, height: int = 800):
    return browser.new_context(viewport={"width": width, "height": height}, locale="vi-VN")


@contextmanager
def open_page(browser, url: str, *, width: int = 1280, height: int = 800, wait_until: str = "load"):
    """`visit` in a fresh context of its own, for a test that needs one page."""
    context = new_context(browser, width=width, height=height)
    try:
        with visit(context, url, wait_until=wait_until) as opened:
            yield opened
    finally:
        context.close()
