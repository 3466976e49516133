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
from tests.browser.chat import DESCRIPTION, NO, STORE_KEY, TOO_LONG_NOTICE, UI, YES, Chat
from tests.waiting import in_page, wait_until

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
    frame = wait_until(lambda: next((f for f in page.frames if f.url.endswith("/webhooks/webchat/")), None),
                       "the widget's frame loading the chat", timeout=10, interval=0.1, sleep=in_page(page))
    frame.locator("#tekst").wait_for()
    return frame


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


def hold_messages(page) -> list:
    """From now on the page's next message waits in the browser (the typing indicator stays)."""
    held = []
    page.route("**/webhooks/webchat/message", lambda route: held.append(route))
    return held


def release(page, held) -> None:
    """Lets the held message go on to the bot (after waiting for it to be sent: the first message
    of a conversation asks for a session first)."""
    wait_until(lambda: held, "the page sending its message", timeout=10, sleep=in_page(page))
    held[0].continue_()
    page.unroute("**/webhooks/webchat/message")


def walk_the_states(page, root, bot, check):
    """Takes the chat (`root`: the page or the widget's frame) through every state; `check(state)`
    runs axe in each."""
    chat = Chat(root)
    check("leeg")
    chat.say("hallo")
    check("na een bericht")
    chat.say(DESCRIPTION)
    assert chat.buttons() == [YES, NO]
    check("met antwoordknoppen")
    held = hold_messages(page)
    root.get_by_role("button", name=YES).click()
    chat.typing.wait_for()
    check("typt")
    release(page, held)
    chat.typing.wait_for(state="detached", timeout=60_000)
    root.locator("#tekst").fill(TOO_LONG)
    root.locator("#tekst").press("Enter")
    root.locator("#gesprek li.bericht-melding").wait_for()
    assert chat.texts("melding")[-1] == TOO_LONG_NOTICE
    check("te lang")
    root.locator("#tekst").fill("hallo")
    exhaust_rate_limit(bot, root)
    root.locator("#tekst").press("Enter")
    chat.typing.wait_for(state="detached", timeout=60_000)
    root.locator("#gesprek li.bericht-melding").nth(1).wait_for()
    assert len(chat.texts("melding")) == 2 and root.locator("#tekst").input_value() == "hallo"
    check("te veel berichten")
    page.once("dialog", lambda dialog: dialog.accept())
    root.get_by_role("button", name=UI["wis"]).click()
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
        launcher = page.get_by_role("button", name=UI["openen"])
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


# --- what axe cannot check -----------------------------------------------------------------------

FOCUSED = """() => {
  const el = document.activeElement, style = getComputedStyle(el);
  return {key: el.classList.contains('knop') ? 'knop:' + el.innerText : el.id || el.tagName.toLowerCase(),
          outline: style.outlineStyle, width: parseFloat(style.outlineWidth)};
}"""


def focus_stop(page, key="Tab"):
    page.keyboard.press(key)
    return page.evaluate(FOCUSED)


@pytest.fixture
def plain_page(browser, bot):
    ctx = browser.new_context(viewport=WIDTHS["1100px"], locale="nl-NL")
    page = ctx.new_page()
    page.goto(bot["chat_url"])
    yield page
    ctx.close()


def test_keyboard_only_tab_order_visible_focus_and_focus_back_to_the_input(plain_page, screenshot):
    page = plain_page
    chat = Chat(page)
    # From the top: the wipe button, the conversation (scrollable with the arrow keys), the input,
    # the send button; nothing else, and every stop shows a focus ring of at least 2 px.
    stops = [focus_stop(page) for _ in range(4)]
    assert [s["key"] for s in stops] == ["wis", "midden", "tekst", "verstuur"]
    assert all(s["outline"] != "none" and s["width"] >= 2 for s in stops), stops
    page.locator("#tekst").focus()
    page.keyboard.type("hallo")
    page.keyboard.press("Enter")
    chat.wait_for_answer()
    page.keyboard.type(DESCRIPTION)
    page.keyboard.press("Shift+Enter")  # a new line, not sent
    assert page.locator("#tekst").input_value() == DESCRIPTION + "\n"
    page.keyboard.press("Enter")
    chat.wait_for_answer()
    assert page.evaluate(FOCUSED)["key"] == "tekst"  # focus stays in the input
    # The answer buttons come in reading order between the conversation and the input.
    page.locator("h1").click()  # start again from the top of the page
    stops = [focus_stop(page) for _ in range(6)]
    assert [s["key"] for s in stops] == ["wis", "midden", "knop:Ja, dat klopt", "knop:Nee, iets anders",
                                         "tekst", "verstuur"]
    assert all(s["outline"] != "none" and s["width"] >= 2 for s in stops), stops
    assert focus_stop(page, "Shift+Tab")["key"] == "tekst"
    assert focus_stop(page, "Shift+Tab")["key"] == f"knop:{NO}"
    assert focus_stop(page, "Shift+Tab")["key"] == f"knop:{YES}"
    screenshot(page, "a11y-toetsenbord")
    page.keyboard.press("Space")  # Space works like Enter on a button
    chat.wait_for_answer()
    assert chat.texts("jij")[-1] == YES
    assert page.evaluate(FOCUSED)["key"] == "tekst"  # the used button is gone; focus is back in the input
    # The conversation scrolls with the keyboard once it is longer than the screen.
    chat.say("ik wil een afspraak maken met de vertrouwenspersoon")
    chat.say("donderdagmiddag")
    page.locator("#midden").focus()
    page.keyboard.press("Home")
    page.wait_for_function("() => document.getElementById('midden').scrollTop === 0")
    assert page.evaluate("() => { const m = document.getElementById('midden');"
                         " return m.scrollHeight > m.clientHeight; }")
    page.keyboard.press("End")
    page.wait_for_function("() => document.getElementById('midden').scrollTop > 0")
    page.locator("#keuzes .knop").first.focus()
    page.keyboard.press("Enter")
    chat.wait_for_answer()
    assert page.evaluate(FOCUSED)["key"] == "tekst"
    # A click with the mouse hands focus to the input too.
    page.locator("#keuzes .knop").first.click()
    chat.wait_for_answer()
    assert page.evaluate(FOCUSED)["key"] == "tekst"
    page.locator("#wis").focus()
    page.once("dialog", lambda dialog: dialog.accept())
    page.keyboard.press("Enter")
    page.locator("#gesprek li.bericht-melding").wait_for()
    assert chat.texts("jij") == [] and page.evaluate(FOCUSED)["key"] == "tekst"


# Records, as it happens, every node put into a live region (role log/status/alert or aria-live)
# and whether that region was live at that moment. Installed before the page's own script.
LIVE_RECORDER = """(() => {
  const records = window.__liveRecords = [];
  const liveOf = node => {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    const region = el && el.closest('[aria-live], [role=log], [role=status], [role=alert]');
    if (!region) return null;
    const attr = region.getAttribute('aria-live');
    return {region: region.id, live: attr ? attr : 'polite'};
  };
  const record = (parent, nodes) => {
    const live = liveOf(parent);
    if (!live || !parent.isConnected) return;
    for (const n of nodes) {
      const text = typeof n === 'string' ? n : n.textContent;
      if (text.trim()) records.push({...live, text: text.trim()});
    }
  };
  const wrap = (proto, name, pick) => {
    const original = proto[name];
    proto[name] = function (...args) { record(name === 'before' || name === 'after' ? this.parentNode : this,
                                              pick(args)); return original.apply(this, args); };
  };
  wrap(Node.prototype, 'appendChild', a => [a[0]]);
  wrap(Node.prototype, 'insertBefore', a => [a[0]]);
  for (const name of ['append', 'prepend', 'replaceChildren', 'before', 'after'])
    wrap(Element.prototype, name, a => a);
  // Anything added to the conversation some other way is counted too, to prove nothing slips past.
  window.__logAdditions = 0;
  new MutationObserver(list => list.forEach(m => {
    if (!(m.target.closest && m.target.closest('#gesprek-log'))) return;
    // list items, and any text, however added (the parser's own whitespace does not count)
    window.__logAdditions += Array.from(m.addedNodes).filter(n => n.nodeName === 'LI'
                                                                || (n.nodeType === 3 && n.textContent.trim())).length;
  })).observe(document, {childList: true, subtree: true});
})();"""


def live_records(page, region="gesprek-log", live=None):
    records = page.evaluate("() => window.__liveRecords")
    return [r["text"] for r in records if r["region"] == region and (live is None or r["live"] == live)]


def test_each_new_message_is_announced_once(browser, bot):
    ctx = browser.new_context(viewport=WIDTHS["1100px"], locale="nl-NL")
    ctx.add_init_script(LIVE_RECORDER)
    try:
        page = ctx.new_page()
        page.goto(bot["chat_url"])
        log = page.locator("#gesprek-log")
        assert (log.get_attribute("role"), log.get_attribute("aria-live"),
                log.get_attribute("aria-relevant")) == ("log", "polite", "additions")
        chat = Chat(page)
        chat.say("hallo")
        chat.say(DESCRIPTION)
        page.route("**/webhooks/webchat/message", lambda route: route.abort("connectionrefused"))
        page.get_by_role("button", name=YES).click()  # not delivered: the buttons come back
        page.locator("#gesprek li.bericht-melding").wait_for()
        page.unroute("**/webhooks/webchat/message")
        chat.choose(YES)
        on_screen = page.locator("#gesprek > li").all_text_contents()
        announced = live_records(page)
        assert live_records(page, live="off") == []  # nothing went into the log while it was not live
        # Every message on screen went into the live log exactly once, and nothing else did but the
        # message that was taken back when it could not be sent; no answer button ever did.
        taken_back = f"{UI['jij']}:{YES}"
        assert sorted(announced) == sorted([*on_screen, taken_back])
        assert len(announced) == page.evaluate("() => window.__logAdditions")
        assert not any(text in (YES, NO) or YES in text and UI["jij"] not in text
                       for text in announced)
        # The typing indicator is a status message, announced once per answer.
        assert live_records(page, region="typt").count(f"{UI['bot']}:{UI['typt']}...") == 4
        # After a reload the conversation is back on screen (the page's own notices are not kept),
        # but none of it is announced again.
        page.reload()
        kept = [text for text in on_screen if not text.startswith("Melding:")]
        assert page.locator("#gesprek > li").all_text_contents() == kept
        assert live_records(page, live="polite") == []
        assert live_records(page, live="off") == kept
        chat.say("hallo")
        new = page.locator("#gesprek > li").all_text_contents()[len(kept):]
        assert new and live_records(page, live="polite") == new
    finally:
        ctx.close()


OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  const wide = [];
  for (const el of document.querySelectorAll('body *')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0 || el.classList.contains('vh')) continue;  // .vh: for screen readers
    if (r.left < -1 || r.right > width + 1) wide.push(`${el.id || el.className || el.tagName} ${Math.round(r.right)}`);
  }
  const scrollers = [document.documentElement, document.body, ...document.querySelectorAll('*')]
    .filter(el => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible'
                  && getComputedStyle(el).overflowX !== 'clip' && el.clientWidth > 0 && el.tagName !== 'TEXTAREA'
                  && !el.classList.contains('vh'));
  return {width, scrollWidth: document.documentElement.scrollWidth, wide,
          scrollers: scrollers.map(el => el.id || el.tagName)};
}"""

REACHABLE = """sel => {
  const el = document.querySelector(sel);
  el.scrollIntoView({block: 'nearest'});
  const r = el.getBoundingClientRect();
  const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
  return r.left >= 0 && r.right <= document.documentElement.clientWidth && (hit === el || el.contains(hit));
}"""


@pytest.mark.parametrize("name, viewport, scale", [
    ("200% zoom (1280x800)", {"width": 640, "height": 400}, 2),
    ("320 CSS px (1280x1024 at 400%)", {"width": 320, "height": 256}, 4),
])
def test_reflow_without_sideways_scrolling(browser, bot, intranet, name, viewport, scale, screenshot):
    """WCAG 1.4.10 and 1.4.4: a zoomed window is a narrow viewport with more device pixels per CSS
    pixel; everything must fit its width and stay reachable by scrolling down only."""
    ctx = browser.new_context(viewport=viewport, device_scale_factor=scale, locale="nl-NL")
    try:
        page = ctx.new_page()
        page.goto(bot["chat_url"])
        chat = Chat(page)
        chat.say(DESCRIPTION)
        page.locator("#tekst").fill("een bericht " * 30)  # a long one in the input
        found = page.evaluate(OVERFLOW)
        assert found["scrollWidth"] <= viewport["width"] and found["wide"] == [] and found["scrollers"] == [], found
        for selector in ("#wis", "#privacy", "#keuzes .knop", "#tekst", "#verstuur"):
            assert page.evaluate(REACHABLE, selector), f"{selector} cannot be reached at {name}"
        screenshot(page, f"a11y-reflow-{viewport['width']}px")
        # The widget on an intranet page: its button and its panel fit too.
        page.goto(intranet.allowed_url)
        page.get_by_role("button", name=UI["openen"]).click()
        frame = chat_frame(page)
        assert page.evaluate(OVERFLOW)["wide"] == []
        found = frame.evaluate(OVERFLOW)
        assert found["scrollWidth"] <= found["width"] and found["wide"] == [] and found["scrollers"] == [], found
        assert frame.evaluate(REACHABLE, "#tekst") and frame.evaluate(REACHABLE, "#verstuur")
        assert page.evaluate(REACHABLE, "[data-vp-wegwijzer=sluiten]")
        screenshot(page, f"a11y-reflow-widget-{viewport['width']}px")
    finally:
        ctx.close()


ANIMATED = """() => {
  const moving = [];
  for (const el of document.querySelectorAll('*')) {
    const s = getComputedStyle(el);
    const long = v => v.split(',').some(d => parseFloat(d) > 0);
    if ((s.animationName !== 'none' && long(s.animationDuration)) || long(s.transitionDuration))
      moving.push(el.className || el.tagName);
  }
  return {running: document.getAnimations().length, moving,
          smooth: getComputedStyle(document.getElementById('midden')).scrollBehavior === 'smooth'};
}"""


@pytest.mark.parametrize("motion", ["reduce", "no-preference"])
def test_reduced_motion_is_respected(browser, bot, motion):
    ctx = browser.new_context(viewport=WIDTHS["1100px"], locale="nl-NL", reduced_motion=motion)
    try:
        page = ctx.new_page()
        page.goto(bot["chat_url"])
        chat = Chat(page)
        held = hold_messages(page)  # the typing indicator (the one animation) stays on screen
        page.locator("#tekst").fill("hallo")
        page.locator("#tekst").press("Enter")
        chat.typing.wait_for()
        found = page.evaluate(ANIMATED)
        release(page, held)
        chat.typing.wait_for(state="detached", timeout=60_000)
        if motion == "reduce":
            assert found == {"running": 0, "moving": [], "smooth": False}, found
        else:  # the check can see motion: without the preference the dots do move
            assert found["running"] == 3 and len(found["moving"]) == 3, found
    finally:
        ctx.close()


def test_the_language_of_the_page_is_dutch(browser, bot, intranet):
    ctx = browser.new_context(viewport=WIDTHS["1100px"])  # a browser set to English: the page still says nl
    try:
        page = ctx.new_page()
        page.goto(bot["chat_url"])
        assert page.evaluate("() => document.documentElement.lang") == "nl"
        assert page.evaluate("() => Array.from(document.querySelectorAll('body [lang]')).map(e => e.lang)") == []
        page.goto(intranet.allowed_url)
        page.get_by_role("button", name=UI["openen"]).click()
        assert chat_frame(page).evaluate("() => document.documentElement.lang") == "nl"
    finally:
        ctx.close()
