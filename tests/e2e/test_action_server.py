"""The action server is closed (issue 9): reachable on loopback only, and only with the shared
secret the Rasa server sends. The real bot, started as `make run` does (scripts/run.sh), with a
throw-away SQLite database and the example counsellors; the test sets BOT_ACTIONS_SECRET so that
it can play the Rasa server itself.
"""

from __future__ import annotations

import http.client
import ipaddress
import json
import re
import socket
import sqlite3
import subprocess
import urllib.request

import pytest

from bot.content import ontmoetingsvormen
from tests import texts as bot_texts
from tests.e2e.conftest import start_bot

pytestmark = pytest.mark.e2e

SECRET = "e2e-only-actions-secret-" + "7f3a9c" * 6
MONDAY_MORNING = "2027-03-08T10:00:00+01:00"


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    # BOT_REST_ENABLED: the REST channel is for development only once issue 9's channel part is in.
    env = {"BOT_ACTIONS_SECRET": SECRET, "BOT_NOW": MONDAY_MORNING, "BOT_REST_ENABLED": "1"}
    with start_bot(tmp_path_factory.mktemp("actions"), env=env, database=True) as running:
        endpoints = (running["data_dir"] / "endpoints.yml").read_text()
        running["actions_port"] = int(re.search(r"127\.0\.0\.1:(\d+)/webhook", endpoints).group(1))
        yield running


def _request(bot, method, path, body=None, authorization=None, host="127.0.0.1"):
    conn = http.client.HTTPConnection(host, bot["actions_port"], timeout=30)
    headers = {"Content-Type": "application/json"}
    if authorization is not None:
        headers["Authorization"] = authorization
    conn.request(method, path, body=json.dumps(body).encode() if body is not None else None, headers=headers)
    resp = conn.getresponse()
    status, data = resp.status, resp.read()
    conn.close()
    return status, json.loads(data) if data else None


def _action_call(action, slots, sender="vals"):
    """What Rasa posts to /webhook, with a tracker made up by the caller."""
    tracker = {"sender_id": sender, "slots": slots, "latest_message": {"text": "", "intent": {}, "entities": []},
               "events": [], "paused": False, "followup_action": None, "active_loop": {},
               "latest_action_name": "action_listen"}
    return {"next_action": action, "sender_id": sender, "tracker": tracker, "domain": {}, "version": "3.6.2"}


def _non_loopback_addresses() -> list[str]:
    found = set()
    for family, probe in ((socket.AF_INET, "192.0.2.1"), (socket.AF_INET6, "2001:db8::1")):
        try:
            with socket.socket(family, socket.SOCK_DGRAM) as s:
                s.connect((probe, 9))  # UDP: no packet is sent; this only picks the outgoing address
                found.add(s.getsockname()[0])
        except OSError:
            pass
    for info in socket.getaddrinfo(socket.gethostname(), None):
        found.add(info[4][0])
    usable = [a for a in found if not (ipaddress.ip_address(a.split("%")[0]).is_loopback
                                       or ipaddress.ip_address(a.split("%")[0]).is_link_local)]
    return sorted(usable)


def test_listens_on_loopback_only(bot):
    listening = subprocess.run(["ss", "-ltnH", f"sport = :{bot['actions_port']}"], capture_output=True,
                               text=True, check=True).stdout.split()
    assert f"127.0.0.1:{bot['actions_port']}" in listening
    addresses = _non_loopback_addresses()
    if not any(":" not in a for a in addresses):
        pytest.fail("this machine has no non-loopback IPv4 address to test from")
    for address in addresses:
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection((address, bot["actions_port"]), timeout=5).close()


@pytest.mark.parametrize(("method", "path"), [("GET", "/health"), ("GET", "/actions"), ("POST", "/webhook")])
@pytest.mark.parametrize("authorization", [None, "", "Bearer", "Bearer wrong", "Bearer " + SECRET[:-1],
                                           "bearer " + SECRET, SECRET, "Basic " + SECRET])
def test_refused_without_the_secret(bot, method, path, authorization):
    body = _action_call("action_hervat_gesprek", {}) if method == "POST" else None
    status, answer = _request(bot, method, path, body, authorization)
    assert status == 401 and answer == {"error": "unauthorised"}


def test_answers_with_the_secret(bot):
    assert _request(bot, "GET", "/health", authorization="Bearer " + SECRET) == (200, {"status": "ok"})
    status, answer = _request(bot, "POST", "/webhook", _action_call("action_hervat_gesprek", {}),
                              "Bearer " + SECRET)
    # an empty conversation: nothing said, only the repeat bookkeeping (slots, unchanged values)
    assert status == 200 and answer["responses"] == []
    assert {e["event"] for e in answer["events"]} <= {"slot"}
    # huisarts_nu: who looks at an injury now, refreshed with the clock when the conversation resumes
    assert all(e["value"] in (None, False) for e in answer["events"] if e["name"] != "huisarts_nu"), answer["events"]


def _appointments(bot):
    with sqlite3.connect(bot["data_dir"] / "bot.db") as db:
        return db.execute("SELECT count(*) FROM appointments").fetchone()[0], \
            db.execute("SELECT count(*) FROM mail_outbox").fetchone()[0]


def test_even_with_the_secret_a_forged_sunday_night_booking_is_refused(bot):
    before = _appointments(bot)
    sunday_night = "marieke-jansen|2027-03-14T03:00:00+00:00"  # Sunday 04:00 in Amsterdam
    slots = {"gekozen_tijd": sunday_night, "aangeboden_tijden": [sunday_night], "ontmoetingsvorm": "telefoon",
             "bereikbaar": "anoniem", "bevestiging": True, "tijd_wens": None}
    status, answer = _request(bot, "POST", "/webhook", _action_call("action_boek_afspraak", slots),
                              "Bearer " + SECRET)
    assert status == 200
    set_slots = {e["name"]: e["value"] for e in answer["events"] if e["event"] == "slot"}
    assert set_slots["afspraak_uitkomst"] == "bezet"
    assert _appointments(bot) == before  # nothing booked, no notice queued


def _rest(bot, sender, message):
    req = urllib.request.Request(f"{bot['url']}/webhooks/rest/webhook", method="POST",
                                 data=json.dumps({"sender": sender, "message": message}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read())


def _press(bot, sender, replies, title):
    [payload] = [b["payload"] for r in replies for b in r.get("buttons", []) if b["title"] == title]
    return _rest(bot, sender, payload)


def test_a_booking_through_the_real_bot_still_works(bot):
    before = _appointments(bot)
    sender = "boeker"
    replies = _rest(bot, sender, "ik wil een afspraak maken met de vertrouwenspersoon")
    assert replies[-1]["text"] == bot_texts.text("utter_ask_tijd_wens")
    replies = _rest(bot, sender, "donderdagmiddag")
    replies = _press(bot, sender, replies, "donderdag 11 maart om 13:00")
    replies = _press(bot, sender, replies, ontmoetingsvormen()["telefoon"])
    anonymous = {"bereikbaar": "anoniem"}
    replies = _press(bot, sender, replies, bot_texts.button_title("utter_ask_bereikbaar",
                                                                  '/kies_optie{"bereikbaar":"anoniem"}'))
    assert replies[-1]["text"].startswith(bot_texts.fixed_start("utter_ask_bevestiging", **anonymous))
    replies = _press(bot, sender, replies, bot_texts.button_title("utter_ask_bevestiging", "/bevestigen", **anonymous))
    booked = " ".join(r.get("text", "") for r in replies)
    said = bot_texts.fixed_parts("utter_afspraak_geboekt", ontmoetingsvorm="telefoon", **anonymous)
    assert booked.startswith(said[0]) and "donderdag 11 maart om 13:00" in booked, booked
    assert all(part in booked for part in said), booked
    assert re.search(r"\b[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}\b", booked)
    assert _appointments(bot) == (before[0] + 1, before[1] + 1)


def test_the_secret_is_in_no_log(bot):
    for log in bot["log_dir"].glob("*"):
        assert SECRET not in log.read_text(errors="replace"), log.name
