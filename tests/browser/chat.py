"""The chat as a person uses it, shared by the browser test modules."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

from bot.channels.common import check_text
from bot.content import fill, ontmoetingsvormen
from tests import texts as bot_texts

DESCRIPTION = "mijn collega's negeren me al weken en lachen me uit"

# What the page and the bot say, read where the organisation edits it (content/webchat.yml, the
# responses in domain/): the tests click and look for these, never for copied words.
UI = {key: bot_texts.content_text("webchat.yml", key) for key in (
    "invoer_label", "wis", "verstuur", "gesprek_label", "knoppen_label", "typt", "agenda_link", "openen",
    "sluiten", "venster_titel", "privacy", "jij", "bot", "geen_verbinding", "verlopen")}
GREETING = bot_texts.text("utter_begroeting")
CHECK = bot_texts.fixed_start("utter_check_situatie")
YES = bot_texts.button_title("utter_check_situatie", "/bevestigen")
NO = bot_texts.button_title("utter_check_situatie", "/ontkennen")
ACKNOWLEDGED = bot_texts.text("utter_situatie_erkend", **bot_texts.BULLIED)
ASK_TIME = bot_texts.text("utter_ask_tijd_wens")
PHONE = ontmoetingsvormen()["telefoon"]
ANONYMOUS = bot_texts.button_title("utter_ask_bereikbaar", '/kies_optie{"bereikbaar":"anoniem"}')
SUMMARY = bot_texts.fixed_start("utter_ask_bevestiging", bereikbaar="anoniem")
BOOK = bot_texts.button_title("utter_ask_bevestiging", "/bevestigen", bereikbaar="anoniem")
BOOKED = bot_texts.fixed_start("utter_afspraak_geboekt", bereikbaar="anoniem", ontmoetingsvorm="telefoon")
TOO_LONG_NOTICE = check_text("x" * 2001).text  # the cap the bot runs with is the default, 2000
EMPTY_NOTICE = check_text("").text


def privacy_line(minutes: int) -> str:
    """The privacy line of the page with the conversation lifetime filled in."""
    return fill(UI["privacy"], {"minuten": minutes})
STORE_KEY = "vp-wegwijzer-webchat"
# The text of a message without its speaker label ("VP-wegwijzer:", "Jij:").
MESSAGE_TEXT = """el => Array.from(el.childNodes)
    .filter(n => !(n.classList && n.classList.contains('spreker')))
    .map(n => n.textContent).join('')"""


class Chat:
    """The chat as a person uses it, on the page itself or inside the widget's frame."""

    def __init__(self, root):
        self.root = root

    @property
    def typing(self):
        return self.root.locator("#typt .typt-bel")

    def messages(self, who="bot"):
        return self.root.locator(f"#gesprek li.bericht-{who}")

    def texts(self, who="bot") -> list[str]:
        return self.messages(who).evaluate_all(f"els => els.map({MESSAGE_TEXT})")

    def last(self) -> str:
        return self.texts()[-1]

    def wait_for_answer(self):
        self.typing.wait_for(state="attached", timeout=5_000)  # the typing indicator shows ...
        self.typing.wait_for(state="detached", timeout=60_000)  # ... until the answer is there

    def say(self, text: str):
        self.root.locator("#tekst").fill(text)
        self.root.locator("#tekst").press("Enter")
        self.wait_for_answer()

    def choose(self, title: str):
        self.root.get_by_role("button", name=title, exact=True).click()
        self.wait_for_answer()

    def buttons(self) -> list[str]:
        return self.root.locator("#keuzes .knop").all_inner_texts()


def stored(page):
    return page.evaluate(f"() => JSON.parse(sessionStorage.getItem('{STORE_KEY}'))")


def post_message(bot, token, text):
    req = urllib.request.Request(bot["url"] + "/webhooks/webchat/message", method="POST",
                                 data=json.dumps({"text": text}).encode(),
                                 headers={"Content-Type": "application/json", "Origin": bot["url"],
                                          "Authorization": f"Bearer {token}"})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status
    except urllib.error.HTTPError as err:
        return err.code
