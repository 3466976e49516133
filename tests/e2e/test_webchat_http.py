"""The web chat channel over real HTTP: the real bot (action server + Rasa server with the trained
model, started as `make run` does) and the web chat routes, without a browser.

Every test talks from its own loopback address (127.0.0.x) because new sessions are limited per
client address. The test knows BOT_WEBCHAT_SECRET, so it can mint the tokens a forger cannot and
derive a session's Rasa sender id to look into the conversation through the REST channel.
"""

from __future__ import annotations

import html
import http.client
import json
import time
import urllib.request

import pytest

from bot.channels.common import check_text
from bot.channels.webchat.sessions import SessionTokens
from bot.content import fill
from tests import texts as bot_texts
from tests.e2e.conftest import ROOT, start_bot

pytestmark = pytest.mark.e2e

SECRET = "e2e-only-webchat-secret-0123456789abcdef"
INTRANET = "http://intranet.test:8080"
RATE = 5
SESSIONS = 3
DESCRIPTION = "mijn collega's negeren me al weken en lachen me uit"


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    env = {"BOT_WEBCHAT_SECRET": SECRET, "BOT_WEBCHAT_ORIGINS": INTRANET,
           "BOT_WEBCHAT_RATE_PER_MINUTE": str(RATE), "BOT_WEBCHAT_SESSIONS_PER_MINUTE": str(SESSIONS)}
    tmp = tmp_path_factory.mktemp("webchat-http")
    # The wipe test looks into conversations through the REST channel under their Rasa sender ids,
    # so this bot's REST channel passes sender ids on without its usual "rest-" prefix.
    credentials = tmp / "credentials.yml"
    credentials.write_text((ROOT / "credentials.yml").read_text(encoding="utf-8").replace(
        "bot.channels.rest.RestInput:", "bot.channels.rest.RestInput:\n  sender_prefix: \"\""), encoding="utf-8")
    with start_bot(tmp, credentials=credentials, env=env) as running:
        yield running


class Reply:
    def __init__(self, status, headers, body):
        self.status, self.headers, self.body = status, headers, body

    @property
    def json(self):
        return json.loads(self.body)


def call(bot, method, path, *, source, origin="own", token=None, body=None, raw=None, host=None):
    """One request from the loopback address `source`; origin "own" is the bot's own page."""
    conn = http.client.HTTPConnection("127.0.0.1", bot["port"], timeout=60, source_address=(source, 0))
    headers = {}
    if origin:
        headers["Origin"] = bot["url"] if origin == "own" else origin
    if token:
        headers["Authorization"] = f"Bearer {token}"
    if host:
        headers["Host"] = host
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    if data is not None:
        headers["Content-Type"] = "application/json"
    try:
        conn.request(method, "/webhooks/webchat" + path, body=data, headers=headers)
        resp = conn.getresponse()
        return Reply(resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read().decode())
    finally:
        conn.close()


def new_token(bot, source):
    reply = call(bot, "POST", "/session", source=source)
    assert reply.status == 200, reply.body
    assert reply.json["geldig_seconden"] == 20 * 60  # the conversation lifetime start_bot sets
    return reply.json["token"]


def say(bot, token, source, **body):
    return call(bot, "POST", "/message", source=source, token=token, body=body)


def rest(bot, sender, message):
    req = urllib.request.Request(f"{bot['url']}/webhooks/rest/webhook", method="POST",
                                 data=json.dumps({"sender": sender, "message": message}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read())


# --- the page and its files ----------------------------------------------------------------------

def test_page_and_files_are_served_with_a_strict_policy(bot):
    page = call(bot, "GET", "/", source="127.0.0.2", origin=None)
    assert page.status == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "script-src 'self'" in policy and f"frame-ancestors 'self' {INTRANET}" in policy
    assert page.headers["x-content-type-options"] == "nosniff"
    privacy_line = fill(bot_texts.content_text("webchat.yml", "privacy"), {"minuten": 20})  # the configured lifetime
    assert bot_texts.content_text("webchat.yml", "wis") in page.body
    assert html.escape(privacy_line) in page.body or json.dumps(privacy_line)[1:-1] in page.body
    bare = call(bot, "GET", "", source="127.0.0.2", origin=None)
    assert bare.status == 308 and bare.headers["location"] == "/webhooks/webchat/"
    files = (("webchat.js", "text/javascript"), ("webchat.css", "text/css"), ("widget.js", "text/javascript"))
    for name, kind in files:
        reply = call(bot, "GET", "/" + name, source="127.0.0.2", origin=None)
        assert reply.status == 200 and reply.headers["content-type"].startswith(kind), name
    widget = call(bot, "GET", "/widget.js", source="127.0.0.2", origin=None).body
    assert bot_texts.content_text("webchat.yml", "openen") in widget


# --- Origin ------------------------------------------------------------------------------------

def test_sessions_only_for_allowed_origins(bot):
    src = "127.0.0.3"
    for origin in (None, "http://evil.example", "null", f"http://127.0.0.1:{bot['port'] + 1}"):
        reply = call(bot, "POST", "/session", source=src, origin=origin)
        assert reply.status == 403, origin
        assert reply.json["fout"] == "niet_toegestaan" and "organisatie" in reply.json["tekst"]
        assert "access-control-allow-origin" not in reply.headers
    own = call(bot, "POST", "/session", source=src)
    assert own.status == 200 and "access-control-allow-origin" not in own.headers
    # the same bot reached as localhost: its own page calls it with that origin
    local = call(bot, "POST", "/session", source=src, origin=f"http://localhost:{bot['port']}",
                 host=f"localhost:{bot['port']}")
    assert local.status == 200
    listed = call(bot, "POST", "/session", source="127.0.0.4", origin=INTRANET)
    assert listed.status == 200


def test_no_page_elsewhere_may_call_the_chat_from_its_own_scripts(bot):
    # The widget shows the bot's own page in a frame, so no other origin needs CORS: a browser's
    # preflight for the token header gets no Access-Control-Allow-Origin, for any origin.
    for origin in (INTRANET, "http://evil.example"):
        reply = call(bot, "OPTIONS", "/message", source="127.0.0.5", origin=origin)
        assert "access-control-allow-origin" not in reply.headers, origin


def test_messages_from_a_wrong_origin_are_refused_even_with_a_good_token(bot):
    token = new_token(bot, "127.0.0.6")
    reply = call(bot, "POST", "/message", source="127.0.0.6", origin="http://evil.example",
                 token=token, body={"text": "hallo"})
    assert reply.status == 403


# --- tokens --------------------------------------------------------------------------------------

def test_a_conversation_with_buttons(bot):
    src = "127.0.0.7"
    token = new_token(bot, src)
    started = time.monotonic()
    hallo = say(bot, token, src, text="hallo")
    round_trip = time.monotonic() - started
    assert hallo.status == 200, hallo.body
    texts = " ".join(m["text"] for m in hallo.json["messages"])
    assert bot_texts.text("utter_begroeting") in texts
    assert any(line in texts for line in bot_texts.storage_lines(20))  # the configured lifetime
    assert set(hallo.json) == {"messages", "token", "geldig_seconden"}
    assert "recipient_id" not in hallo.body
    token = hallo.json["token"]
    check = say(bot, token, src, text=DESCRIPTION)
    last = check.json["messages"][-1]
    assert last["text"].startswith(bot_texts.fixed_start("utter_check_situatie"))
    assert [b["payload"] for b in last["buttons"]] == ["/bevestigen", "/ontkennen"]
    yes = say(bot, check.json["token"], src, payload="/bevestigen")
    assert yes.status == 200 and yes.json["messages"]
    print(f"\nweb chat round trip of one message: {round_trip * 1000:.0f} ms")


def test_missing_forged_and_expired_tokens_are_refused(bot):
    src = "127.0.0.8"
    good = new_token(bot, src)
    sid, expires, mac = good.split(".")
    stranger = SessionTokens(b"not the secret, but long enough to sign", 1200)
    past = SessionTokens(SECRET.encode(), 1200, clock=lambda: time.time() - 3600)
    refused = {
        "missing": None,
        "mac changed": f"{sid}.{expires}.{mac[:-2]}{'AA' if mac[-2:] != 'AA' else 'BB'}",
        "other session id": f"{'0' * 32}.{expires}.{mac}",
        "longer life": f"{sid}.{int(expires) + 86400}.{mac}",
        "other secret": stranger.issue(sid)[0],
        "expired": past.issue(sid)[0],
        "garbage": "<script>alert(1)</script>",
    }
    for name, token in refused.items():
        reply = say(bot, token, src, text="hallo")
        assert reply.status == 401, name
        assert reply.json["fout"] == "verlopen" and "opnieuw" in reply.json["tekst"], name
    # the client never picks its session: only the server's signature makes a session
    minted = SessionTokens(SECRET.encode(), 1200).issue("f" * 32)[0]
    assert say(bot, minted, src, text="hallo").status == 200


# --- bad input -----------------------------------------------------------------------------------

def test_bad_messages_get_a_clear_dutch_answer(bot):
    src = "127.0.0.9"
    token = new_token(bot, src)
    too_long = say(bot, token, src, text="a" * 2001)
    assert too_long.status == 413 and too_long.json["tekst"] == check_text("a" * 2001).text
    empty = say(bot, token, src, text="   ")
    assert empty.status == 400 and empty.json["fout"] == "leeg" and empty.json["tekst"] == check_text("   ").text
    garbage = call(bot, "POST", "/message", source=src, token=token, raw=b"{not json")
    assert garbage.status == 400 and garbage.json["fout"] == "onleesbaar"
    button = say(bot, token, src, payload='/kies_tijd{"gekozen_tijd":"marieke-jansen|2027-03-11T12:00:00+00:00"}')
    assert button.status == 400 and button.json["fout"] == "knop_verlopen"


def test_huge_bodies_are_refused(bot):
    src = "127.0.0.10"
    token = new_token(bot, src)
    huge = call(bot, "POST", "/message", source=src, token=token, raw=b'{"text": "' + b"a" * 200_000 + b'"}')
    assert huge.status == 413 and huge.json["fout"] == "te_lang"


def test_rate_limit_per_session(bot):
    src = "127.0.0.11"
    token = new_token(bot, src)
    for _ in range(RATE):  # refused messages count too: they cost the server work
        assert say(bot, token, src, text="").status == 400
    limited = say(bot, token, src, text="hallo")
    assert limited.status == 429 and limited.json["fout"] == "te_snel"
    assert "minuutje" in limited.json["tekst"] and 1 <= int(limited.headers["retry-after"]) <= 60
    other = new_token(bot, src)  # another session is not held up
    assert say(bot, other, src, text="hallo").status == 200


def test_new_sessions_are_limited_per_client_address(bot):
    src = "127.0.0.12"
    for _ in range(SESSIONS):
        new_token(bot, src)
    limited = call(bot, "POST", "/session", source=src)
    assert limited.status == 429 and limited.json["fout"] == "te_snel"
    assert call(bot, "POST", "/session", source="127.0.0.13").status == 200


# --- wiping --------------------------------------------------------------------------------------

def test_wipe_forgets_the_conversation_and_the_token(bot):
    src = "127.0.0.14"
    tokens = SessionTokens(SECRET.encode(), 1200)
    kept, wiped = new_token(bot, src), new_token(bot, src)
    for token in (kept, wiped):
        reply = say(bot, token, src, text=DESCRIPTION)
        assert reply.json["messages"][-1]["text"].startswith(bot_texts.fixed_start("utter_check_situatie"))
    gone = call(bot, "POST", "/wipe", source=src, token=wiped)
    assert gone.status == 200 and gone.json["tekst"] == bot_texts.content_text("webchat.yml", "gewist")
    after = say(bot, wiped, src, text="hallo")
    assert after.status == 401 and after.json["fout"] == "verlopen"
    assert call(bot, "POST", "/wipe", source=src, token=wiped).status == 200  # wiping twice is fine
    # Look into the conversations under their Rasa sender ids: the kept one still knows it was
    # about bullying and goes on; the wiped one starts from nothing. (Typed "ja": the REST channel
    # offered no buttons in these conversations, so a "/bevestigen" would be plain text too.)
    goes_on = " ".join(m.get("text", "") for m in rest(bot, tokens.sender_id(kept.split(".")[0]), "ja"))
    starts_over = " ".join(m.get("text", "") for m in rest(bot, tokens.sender_id(wiped.split(".")[0]), "ja"))
    assert bot_texts.text("utter_situatie_erkend", **bot_texts.BULLIED) in goes_on
    assert bot_texts.text("utter_situatie_erkend", **bot_texts.BULLIED) not in starts_over


def test_wipe_needs_an_authentic_token_but_not_a_fresh_one(bot):
    src = "127.0.0.15"
    assert call(bot, "POST", "/wipe", source=src).status == 401
    assert call(bot, "POST", "/wipe", source=src, token=f"{'a' * 32}.1.{'A' * 43}").status == 401
    expired = SessionTokens(SECRET.encode(), 1200, clock=lambda: time.time() - 7200).issue("e" * 32)[0]
    assert call(bot, "POST", "/wipe", source=src, token=expired).status == 200
    assert call(bot, "POST", "/wipe", source=src, origin="http://evil.example", token=expired).status == 403


def test_no_message_text_in_logs(bot):
    src = "127.0.0.16"
    token = new_token(bot, src)
    assert say(bot, token, src, text="mijn teamleider zit aan mijn haar qz8vw").status == 200
    say(bot, token, src, text="b" * 2001 + "qz8vw")
    say(bot, token, src, payload="/qz8vw")
    # Nothing to wait for: the web chat answers once the turn is handled, after its log lines.
    logs = list(bot["log_dir"].glob("*.log"))
    assert logs
    for log in logs:
        content = log.read_text(errors="replace")
        assert "qz8vw" not in content, f"message text leaked into {log}"
        assert token not in content, f"a session token leaked into {log}"


def test_the_start_up_log_says_the_web_chat_is_on(bot):
    console = (bot["log_dir"] / "rasa-console.log").read_text(errors="replace")
    assert "Web chat on at /webhooks/webchat/" in console
    assert "BOT_WEBCHAT_SECRET is not set" not in console  # the secret came from the environment
