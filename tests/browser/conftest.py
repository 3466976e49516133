"""Real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright) against the real bot.

Playwright cannot download its own browser here, so the tests launch the system Chromium;
`scripts/ensure-chromium.sh` installs it (make test runs it first). A missing browser fails the
tests, it does not skip them. Screenshots go to results/screenshots/ (git-ignored).

One bot for the browser tests (start_bot with a migrated database and the example counsellors,
shared by the modules here), the clock fixed on a Monday morning so the booking dialogue offers
the same times every run, and a small "intranet" web server on another port that carries the
widget's script tag. The browser is started per module (Playwright's sync API).
"""

from __future__ import annotations

import http.server
import os
import threading
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT, free_port, start_bot

CHROMIUM = os.environ.get("BOT_CHROMIUM", "/usr/bin/chromium")
SCREENSHOTS = ROOT / "results" / "screenshots"
MONDAY_MORNING = "2027-03-08T09:30:00+01:00"


class Intranet:
    """An intranet page with the widget's one script tag, on 127.0.0.1:<port> (whose origin the
    bot allows) and reachable as localhost:<port> too (an origin the bot does not allow)."""

    def __init__(self) -> None:
        self.port = free_port()
        self.bot_url = ""
        intranet = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 -- the name http.server calls
                body = (
                    '<!doctype html><html lang="nl"><head><meta charset="utf-8">'
                    '<meta name="viewport" content="width=device-width, initial-scale=1">'
                    "<title>Intranet</title></head><body>"
                    '<header><p>Organisatie</p></header><main><h1>Intranet van de organisatie</h1>'
                    '<p><a href="#nieuws">Nieuws</a></p></main>'
                    f'<script src="{intranet.bot_url}/webhooks/webchat/widget.js" defer></script>'
                    "</body></html>").encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def allowed_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def other_url(self) -> str:
        return f"http://localhost:{self.port}/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="package")
def intranet():
    with Intranet() as site:
        yield site


@pytest.fixture(scope="package")
def bot(tmp_path_factory, intranet):
    env = {"BOT_NOW": MONDAY_MORNING, "BOT_WEBCHAT_ORIGINS": intranet.allowed_url.rstrip("/")}
    with start_bot(tmp_path_factory.mktemp("webchat-browser"), env=env, database=True) as running:
        intranet.bot_url = running["url"]
        running["chat_url"] = running["url"] + "/webhooks/webchat/"
        yield running


@pytest.fixture(scope="module")  # not session: Playwright's sync API keeps an event loop running until it stops
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/ensure-chromium.sh (make test does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM)
        yield chromium
        chromium.close()


@pytest.fixture
def screenshot(request):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def take(page, name: str) -> Path:
        path = SCREENSHOTS / f"webchat-{name}.png"
        page.screenshot(path=str(path))
        return path

    return take
