"""The intranet chat in a real headless Chromium against the real bot: the page, buttons, a full
booking with the calendar file, reload, wiping, a phone-sized screen, hostile text, contrast,
and the widget on an intranet page (keyboard only and the rest of accessibility:
test_webchat_accessibility.py). Screenshots: results/screenshots/webchat-*.
"""

from __future__ import annotations

import re
import time

import pytest

from tests.browser.chat import (
    ACKNOWLEDGED,
    ANONYMOUS,
    ASK_TIME,
    BOOK,
    BOOKED,
    CHECK,
    DESCRIPTION,
    EMPTY_NOTICE,
    GREETING,
    NO,
    PHONE,
    STORE_KEY,
    SUMMARY,
    TOO_LONG_NOTICE,
    UI,
    YES,
    Chat,
    post_message,
    privacy_line,
    stored,
)
from tests.waiting import in_page, wait_until

pytestmark = pytest.mark.e2e


@pytest.fixture
def context(browser):
    ctx = browser.new_context(viewport={"width": 900, "height": 800}, accept_downloads=True, locale="nl-NL")
    yield ctx
    ctx.close()


@pytest.fixture
def page(context, bot):
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda error: page.errors.append(str(error)))
    page.on("console", lambda msg: page.errors.append(msg.text) if msg.type == "error" else None)
    page.goto(bot["chat_url"])
    yield page
    assert page.errors == [], "errors in the page (script errors, CSP violations, failed loads)"


# --- the page ------------------------------------------------------------------------------------

def test_page_opens_in_dutch_with_the_privacy_line(page, screenshot):
    assert page.locator("html").get_attribute("lang") == "nl"
    privacy = page.locator("#privacy")
    assert privacy.is_visible() and privacy_line(20) in " ".join(privacy.inner_text().split())
    assert page.get_by_role("textbox", name=UI["invoer_label"]).is_visible()
    assert page.get_by_role("button", name=UI["wis"]).is_visible()
    assert page.get_by_role("button", name=UI["verstuur"]).is_visible()
    assert page.get_by_role("main", name=UI["gesprek_label"]).get_by_role("log").count() == 1
    assert stored(page) is None  # nothing is stored before the person writes
    screenshot(page, "01-geopend")


def test_send_a_message_see_typing_and_the_answer(page, screenshot):
    chat = Chat(page)
    page.locator("#tekst").fill("hallo")
    started = time.monotonic()
    page.locator("#tekst").press("Enter")
    assert chat.typing.is_visible() and UI["typt"] in chat.typing.inner_text()
    assert page.locator("#typt").get_attribute("role") == "status"
    screenshot(page, "02-typt")
    chat.typing.wait_for(state="detached", timeout=60_000)
    print(f"\nfrom Enter to the answer on screen: {(time.monotonic() - started) * 1000:.0f} ms "
          "(the typing indicator shows at least 700 ms)")
    assert chat.texts("jij") == ["hallo"]
    assert chat.texts()[0] == GREETING
    assert page.locator("#tekst").input_value() == ""
    assert privacy_still_visible(page)
    screenshot(page, "03-antwoord")


def privacy_still_visible(page):
    box = page.locator("#privacy").bounding_box()
    viewport = page.viewport_size
    return page.locator("#privacy").is_visible() and box["y"] >= 0 and box["y"] + box["height"] <= viewport["height"]


def test_quick_reply_buttons(page, screenshot):
    chat = Chat(page)
    chat.say(DESCRIPTION)
    assert chat.last().startswith(CHECK)
    group = page.get_by_role("group", name=UI["knoppen_label"])
    assert group.count() == 1 and chat.buttons() == [YES, NO]
    screenshot(page, "04-knoppen")
    chat.choose(YES)
    assert chat.texts("jij")[-1] == YES  # the button's title, not its payload
    assert YES not in chat.buttons()  # answered buttons are gone
    assert ACKNOWLEDGED in " ".join(chat.texts())


def test_booking_an_appointment_and_downloading_the_calendar_file(page, bot, screenshot):
    chat = Chat(page)
    chat.say("ik wil een afspraak maken met de vertrouwenspersoon")
    assert ASK_TIME in chat.last()
    chat.say("donderdagmiddag")
    assert chat.buttons()[:3] == ["donderdag 11 maart om 13:00", "donderdag 11 maart om 13:45",
                                  "donderdag 11 maart om 14:30"]
    chat.choose("donderdag 11 maart om 13:00")
    chat.choose(PHONE)
    chat.choose(ANONYMOUS)
    assert SUMMARY in chat.last()
    chat.choose(BOOK)
    booked = chat.last()
    assert booked.startswith(BOOKED) and "donderdag 11 maart om 13:00" in booked, booked
    code = re.search(r"\b([0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4})\b", booked).group(1)
    link = page.locator("#gesprek li.bericht-bot").last.locator("a")
    assert link.inner_text() == UI["agenda_link"]
    assert link.get_attribute("href") == f"{bot['url']}/webhooks/afspraak/ics/{code}"
    screenshot(page, "05-afspraak")
    with page.expect_download() as download:
        link.click()
    ics = download.value
    assert ics.suggested_filename == f"{code}.ics"
    body = open(ics.path(), encoding="utf-8").read()
    assert body.startswith("BEGIN:VCALENDAR") and code in body and "DTSTART:20270311T120000Z" in body
    assert page.url == bot["chat_url"]  # the download did not take the person away from the chat


def test_reload_keeps_the_conversation(page):
    chat = Chat(page)
    chat.say("hallo")
    chat.say(DESCRIPTION)
    before = (chat.texts("jij"), chat.texts(), chat.buttons())
    page.reload()
    chat = Chat(page)
    assert (chat.texts("jij"), chat.texts(), chat.buttons()) == before
    chat.choose(YES)  # the session goes on: the server still knows the token
    assert ACKNOWLEDGED in " ".join(chat.texts())


def test_wipe_clears_the_screen_the_storage_and_the_server(page, bot, screenshot):
    chat = Chat(page)
    chat.say(DESCRIPTION)
    token = stored(page)["token"]
    page.once("dialog", lambda dialog: dialog.dismiss())  # changed their mind: nothing happens
    page.get_by_role("button", name=UI["wis"]).click()
    assert chat.texts("jij") == [DESCRIPTION] and stored(page)["token"] == token
    page.once("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name=UI["wis"]).click()
    page.locator("#gesprek li.bericht-melding").wait_for()
    assert "gewist" in chat.texts("melding")[0]
    assert chat.texts("jij") == [] and chat.texts() == [] and stored(page) is None
    screenshot(page, "06-gewist")
    assert post_message(bot, token, "hallo") == 401  # the server forgot the session
    page.reload()
    assert Chat(page).texts("jij") == []
    chat = Chat(page)
    chat.say("hallo")  # a new conversation starts with a new session
    assert stored(page)["token"].split(".")[0] != token.split(".")[0]


def test_phone_sized_screen(browser, bot, screenshot):
    ctx = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True, has_touch=True,
                              device_scale_factor=2)
    try:
        page = ctx.new_page()
        page.goto(bot["chat_url"])
        chat = Chat(page)
        chat.say("hallo")
        chat.say(DESCRIPTION)
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 360  # no sideways scrolling
        assert privacy_still_visible(page)
        for locator in (page.locator("#tekst"), page.get_by_role("button", name=UI["verstuur"]),
                        page.get_by_role("button", name=UI["wis"])):
            box = locator.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 360 and box["y"] + box["height"] <= 740
        for button in page.locator("#keuzes .knop").all():
            box = button.bounding_box()
            assert box["height"] >= 44 and box["x"] + box["width"] <= 360  # big enough to tap
        assert page.evaluate("() => parseFloat(getComputedStyle(document.getElementById('tekst')).fontSize)") >= 16
        screenshot(page, "08-telefoon")
        page.get_by_role("button", name=YES).tap()
        chat.wait_for_answer()
        assert chat.texts("jij")[-1] == YES
    finally:
        ctx.close()


def test_hostile_text_is_shown_as_text(page):
    dialogs = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    chat = Chat(page)
    hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>"><b>vet</b>'
    chat.say(hostile)
    assert chat.texts("jij") == [hostile]
    assert page.locator("#gesprek img, #gesprek script, #gesprek b").count() == 0
    page.reload()  # from storage too
    assert Chat(page).texts("jij") == [hostile]
    assert page.locator("#gesprek img, #gesprek script, #gesprek b").count() == 0
    # Nothing to wait for: no part of the text became markup (the counts above), so nothing in it
    # can run later; a dialog opened while it was drawn came in before the answers to those counts.
    assert dialogs == []


def test_a_refused_message_stays_in_the_input(page):
    chat = Chat(page)
    long_text = "Dit is een lang verhaal. " * 100  # 2500 characters, over the cap of 2000
    page.locator("#tekst").fill(long_text)
    page.locator("#tekst").press("Enter")
    notice = page.locator("#gesprek li.bericht-melding")
    notice.wait_for()
    assert chat.texts("melding")[0] == TOO_LONG_NOTICE
    assert page.locator("#tekst").input_value() == long_text and chat.texts("jij") == []
    page.locator("#tekst").fill("   ")
    page.locator("#tekst").press("Enter")
    assert chat.texts("melding")[-1] == EMPTY_NOTICE


def test_nothing_typed_is_lost_when_the_server_forgot_or_cannot_be_reached(page):
    chat = Chat(page)
    chat.say("hallo")
    # The server lost the session (a restart with a new secret, or it expired): a forged token.
    page.evaluate(f"""() => {{ const s = JSON.parse(sessionStorage.getItem('{STORE_KEY}'));
                              s.token = s.token.slice(0, -3) + 'AAA';
                              sessionStorage.setItem('{STORE_KEY}', JSON.stringify(s)); }}""")
    page.reload()
    chat = Chat(page)
    chat.say(DESCRIPTION)
    assert chat.texts("melding")[0] == UI["verlopen"]
    assert chat.texts("jij") == [] and chat.texts() == []  # the screen starts afresh, like the server
    assert page.locator("#tekst").input_value() == DESCRIPTION  # and the message is still there
    # No connection: the message goes back into the field, the buttons come back.
    chat.say(DESCRIPTION)
    assert chat.buttons() == [YES, NO]
    page.route("**/webhooks/webchat/message", lambda route: route.abort("connectionrefused"))
    page.get_by_role("button", name=YES).click()
    chat.typing.wait_for(state="detached")
    page.locator("#gesprek li.bericht-melding").last.wait_for()
    assert chat.texts("melding")[-1] == UI["geen_verbinding"]
    assert chat.texts("jij") == [DESCRIPTION] and chat.buttons() == [YES, NO]
    page.unroute("**/webhooks/webchat/message")
    page.errors.clear()  # the aborted request is reported as a failed load, as it should be
    chat.choose(YES)
    assert chat.texts("jij") == [DESCRIPTION, YES]


def test_a_message_whose_answer_was_lost_on_the_way_is_sent_again_with_its_id(page):
    """The server kept the message, but the answer never arrived (the connection broke: a server
    behind the proxy died after saving). The page sends it again with the same id; the bot answers
    it from the conversation (bot/channels/replay.py), and it shows once."""
    chat = Chat(page)
    chat.say("hallo")
    sent = []

    def lose_the_first_answer(route):
        sent.append(route.request.post_data_json)
        if len(sent) == 1:
            route.fetch()  # the bot handles and keeps it ...
            route.abort("connectionreset")  # ... and the answer is lost
        else:
            route.continue_()

    page.route("**/webhooks/webchat/message", lose_the_first_answer)
    chat.say(DESCRIPTION)
    page.unroute("**/webhooks/webchat/message")
    page.errors.clear()  # the broken request is reported as a failed load, as it should be
    assert [body["text"] for body in sent] == [DESCRIPTION, DESCRIPTION]
    assert sent[0]["id"] == sent[1]["id"] and len(sent[0]["id"]) == 32
    assert chat.texts("jij") == ["hallo", DESCRIPTION] and chat.texts("melding") == []
    assert chat.last().startswith("Dank je dat je dit vertelt. Klopt het dat het gaat om")
    assert chat.buttons() == ["Ja, dat klopt", "Nee, iets anders"]
    chat.choose("Ja, dat klopt")  # and the conversation goes on
    assert chat.texts("jij") == ["hallo", DESCRIPTION, "Ja, dat klopt"]


CONTRAST = """() => {
  const parse = c => {
    const p = c.match(/[\\d.]+/g).map(Number);
    return {r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1};
  };
  const channel = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
  const lum = c => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
  const background = el => {
    for (; el; el = el.parentElement) {
      const c = parse(getComputedStyle(el).backgroundColor);
      if (c.a > 0.99) return c;
    }
    return {r: 255, g: 255, b: 255, a: 1};
  };
  const found = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const box = el.getBoundingClientRect();
    if (!node.textContent.trim() || box.width <= 1 || box.height <= 1) continue;
    const style = getComputedStyle(el);
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    const a = lum(parse(style.color)), b = lum(background(el));
    found.push({text: node.textContent.trim().slice(0, 40), ratio: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
                size: parseFloat(style.fontSize)});
  }
  return found;
}"""


def test_text_contrast_meets_wcag_aa(page, screenshot):
    chat = Chat(page)
    chat.say(DESCRIPTION)
    page.locator("#tekst").fill("   ")
    page.locator("#tekst").press("Enter")  # a notice on screen too
    found = page.evaluate(CONTRAST)
    kinds = {item["text"][:12] for item in found}
    assert len(found) >= 10 and any(" ".join(UI["privacy"].split()[:3]) in k for k in kinds)
    print(f"\nlowest text contrast on screen: {min(item['ratio'] for item in found):.1f}:1")
    too_low = [item for item in found if item["ratio"] < 4.5]
    assert too_low == [], too_low
    assert min(item["size"] for item in found) >= 13  # nothing tiny
    screenshot(page, "09-contrast")


# --- the widget on an intranet page --------------------------------------------------------------

def test_widget_opens_the_chat_on_an_allowed_intranet_page(context, bot, intranet, screenshot):
    page = context.new_page()
    page.goto(intranet.allowed_url)
    launcher = page.get_by_role("button", name=UI["openen"])
    launcher.wait_for()
    assert launcher.get_attribute("aria-expanded") == "false"
    assert page.locator("iframe").count() == 0  # nothing loaded before the person asks for it
    # keyboard: Tab past the page's own link to the launcher, Enter opens
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.dataset.vpWegwijzer") == "openen":
            break
    page.keyboard.press("Enter")
    assert launcher.get_attribute("aria-expanded") == "true"
    frame = page.frame_locator("iframe[title='Chat met de VP-wegwijzer']")
    chat = Chat(frame)
    frame.locator("#tekst").wait_for()
    assert privacy_line(20) in " ".join(frame.locator("#privacy").inner_text().split())
    chat.say("hallo")
    assert chat.texts()[0] == GREETING
    screenshot(page, "10-widget")
    frame.locator("#tekst").press("Escape")  # Escape inside the chat closes the panel
    page.locator("#vp-wegwijzer-paneel").wait_for(state="hidden")
    assert launcher.get_attribute("aria-expanded") == "false"
    assert page.evaluate("() => document.activeElement.dataset.vpWegwijzer") == "openen"
    launcher.click()  # open again: the conversation is still there
    assert Chat(frame).texts("jij") == ["hallo"]
    page.once("dialog", lambda dialog: dialog.accept())  # the question works inside the frame too
    frame.get_by_role("button", name=UI["wis"]).click()
    frame.locator("#gesprek li.bericht-melding").wait_for()
    assert Chat(frame).texts("jij") == [] and "gewist" in Chat(frame).texts("melding")[0]
    page.get_by_role("button", name=UI["sluiten"]).click()
    page.locator("#vp-wegwijzer-paneel").wait_for(state="hidden")
    page.close()


def test_widget_on_a_page_that_is_not_allowed_shows_no_chat(context, bot, intranet):
    page = context.new_page()
    refused = []
    page.on("console", lambda msg: refused.append(msg.text) if "frame-ancestors" in msg.text else None)
    page.goto(intranet.other_url)  # localhost:<port>: not in BOT_WEBCHAT_ORIGINS
    page.get_by_role("button", name=UI["openen"]).click()
    wait_until(lambda: refused, "the browser refusing to show the chat in the frame", timeout=10, interval=0.1,
               sleep=in_page(page))
    assert page.frame_locator("iframe").locator("#tekst").count() == 0
    page.close()
