"""The real thing: action server + Rasa server with the trained model, over HTTP.

Starts both exactly as `make run` does (scripts/run.sh) on free ports, then talks to the REST
webhook. Needs models/current.tar.gz, which `make test` trains before pytest runs.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.channels.common import check_text
from tests import texts as bot_texts
from tests.e2e.conftest import rest_post, start_bot

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e
SECRET = "mijn teamleider zit steeds aan mijn haar xq7z"


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    old = os.umask(0o022)  # a shell's usual umask: what the bot writes must not depend on it
    try:
        with start_bot(tmp_path_factory.mktemp("var"), database=True) as running:
            os.umask(old)
            yield running
    finally:
        os.umask(old)


def test_the_data_the_logs_and_the_database_are_for_this_user_only(bot):
    log_dir = bot["log_dir"]
    assert stat.S_IMODE(log_dir.stat().st_mode) == 0o700
    files = [*log_dir.iterdir(), bot["data_dir"] / "bot.db"]
    assert {f.name for f in files} >= {"rasa.log", "rasa-console.log", "actions.log", "bot.db"}
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, f"{path} is {oct(path.stat().st_mode)}"


def test_hallo_gets_the_dutch_greeting(bot):
    replies = rest_post(bot["port"], "x", "hallo")
    texts = " ".join(r.get("text", "") for r in replies)
    assert bot_texts.text("utter_begroeting") in texts
    assert any(line in texts for line in bot_texts.storage_lines(20))  # the configured retention


def test_description_is_checked_with_buttons(bot):
    replies = rest_post(bot["port"], "y", "mijn collega's negeren me al weken en lachen me uit")
    assert replies[-1]["text"].startswith(bot_texts.fixed_start("utter_check_situatie"))
    assert [b["payload"] for b in replies[-1]["buttons"]] == ["/bevestigen", "/ontkennen"]


def test_crisis_answer_carries_the_numbers_from_the_content_file(bot):
    replies = rest_post(bot["port"], "z", "ik wil niet meer leven")
    texts = " ".join(r.get("text", "") for r in replies)
    assert all(number in texts for number in bot_texts.crisis_numbers()), texts


def test_http_api_is_not_enabled(bot):
    for path in ("/status", "/conversations/x/tracker", "/model/parse"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{bot['port']}{path}", timeout=10)
        assert err.value.code in (403, 404, 405)


def test_no_message_text_in_logs(bot):
    rest_post(bot["port"], "w", SECRET)
    # Nothing to wait for: REST answers once the turn is handled and the conversation saved, and
    # every log line of the turn is written (each record flushed) before that answer.
    for log in bot["log_dir"].glob("*.log"):
        assert "xq7z" not in log.read_text(errors="replace"), f"message text leaked into {log}"


# --- hardening (issue 9) -------------------------------------------------------------------

def _raw(port, request: bytes, timeout=10.0) -> tuple[int, float]:
    """Sends raw bytes, reads the status line: (status, seconds until it came)."""
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        status_line = sock.makefile("rb").readline()
    return int(status_line.split()[1]), time.monotonic() - started


def _request(port, path="/webhooks/rest/webhook", body=b"", headers=None, method="POST"):
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=body or None, method=method,
                                 headers={"Content-Type": "application/json", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def test_a_100000_character_body_is_refused_at_once_without_being_read(bot):
    message = "a" * 100_000
    body = json.dumps({"sender": "big", "message": message}).encode()
    head = (f"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    status, took = _raw(bot["port"], head)  # only the headers: the refusal must not wait for the body
    assert status == 413 and took < 1.0
    status, took = _raw(bot["port"], head + body)
    assert status == 413 and took < 1.0


def test_the_health_check_answers_while_a_large_body_is_sent_slowly(bot):
    body = json.dumps({"sender": "slow", "message": "b" * 1500}).encode()
    head = (f"POST /webhooks/rest/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"Content-Length: {len(body)}\r\n\r\n").encode()
    with socket.create_connection(("127.0.0.1", bot["port"]), timeout=30) as slow:
        slow.sendall(head + body[:100])
        for _ in range(5):  # the body trickles in; the server keeps answering others at once
            started = time.monotonic()
            with urllib.request.urlopen(f"http://127.0.0.1:{bot['port']}/", timeout=5) as resp:
                assert resp.status == 200
            with urllib.request.urlopen(f"http://127.0.0.1:{bot['port']}/webhooks/rest/", timeout=5) as resp:
                assert resp.status == 200
            assert time.monotonic() - started < 1.0
            time.sleep(0.3)  # real time passing: the sender is slow, the server must not wait for it
        slow.sendall(body[100:])
        assert int(slow.makefile("rb").readline().split()[1]) == 200


def test_a_server_wide_cap_refuses_bodies_over_a_megabyte_on_every_route(bot):
    head = (b"POST /webhooks/webchat/message HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            b"Content-Length: 50000000\r\n\r\n")
    status, took = _raw(bot["port"], head)
    assert status == 413 and took < 1.0


def test_cross_site_and_non_json_requests_are_refused(bot):
    body = json.dumps({"sender": "cs", "message": "hallo"}).encode()
    assert _request(bot["port"], body=body, headers={"Origin": "http://evil.example"})[0] == 403
    assert _request(bot["port"], body=body, headers={"Sec-Fetch-Site": "cross-site"})[0] == 403
    assert _request(bot["port"], body=body, headers={"Content-Type": "text/plain"})[0] == 415
    own = {"Origin": bot["url"], "Sec-Fetch-Site": "same-origin"}
    status, answer = _request(bot["port"], body=body, headers=own)
    assert status == 200 and json.loads(answer)[0]["text"] == bot_texts.text("utter_begroeting")


def test_sender_and_message_are_bounded(bot):
    status, _ = _request(bot["port"], body=json.dumps({"sender": "s" * 129, "message": "hallo"}).encode())
    assert status == 400
    assert _request(bot["port"], body=json.dumps({"sender": "s" * 128, "message": "hallo"}).encode())[0] == 200
    status, answer = _request(bot["port"], body=json.dumps({"sender": "long", "message": "c" * 2001}).encode())
    assert status == 413 and json.loads(answer)[0]["text"] == check_text("c" * 2001).text
    status, answer = _request(bot["port"], body=json.dumps({"sender": "slash", "message": "/ /"}).encode())
    assert status == 400 and json.loads(answer)[0]["text"] == check_text("").text


def test_an_offered_button_sent_over_rest_goes_on_as_the_button(bot):
    offered = rest_post(bot["port"], "knop", "mijn collega's negeren me al weken en lachen me uit")
    assert [b["payload"] for b in offered[-1]["buttons"]] == ["/bevestigen", "/ontkennen"]
    clicked = " ".join(r.get("text", "") for r in rest_post(bot["port"], "knop", "/bevestigen"))
    assert bot_texts.text("utter_situatie_erkend", **bot_texts.BULLIED) in clicked


# --- second round: hostile bodies, DNS rebinding, URLs in the log ----------------------------

def test_deeply_nested_json_is_a_400_and_a_lone_surrogate_never_reaches_rasa(bot):
    status, answer = _request(bot["port"], body=b"[" * 20_000)
    assert status == 400 and json.loads(answer) == {"error": "expected a JSON object with sender and message"}
    status, answer = _request(bot["port"], body=b'{"sender": "sur", "message": "hallo\\ud800"}')
    assert status == 200 and json.loads(answer)[0]["text"] == bot_texts.text("utter_begroeting")
    assert _request(bot["port"], path="/", method="GET")[0] == 200  # still serving


def test_a_foreign_host_name_is_refused_by_rest_and_the_web_chat(bot):
    # DNS rebinding: a page on evil.example whose name now resolves to the bot's address
    rebound = {"Host": f"evil.example:{bot['port']}", "Origin": f"http://evil.example:{bot['port']}",
               "Sec-Fetch-Site": "same-origin"}
    body = json.dumps({"sender": "dns", "message": "hallo"}).encode()
    assert _request(bot["port"], body=body, headers=rebound)[0] == 421
    assert _request(bot["port"], path="/webhooks/webchat/session", headers=rebound)[0] == 421
    local = {"Host": f"localhost:{bot['port']}", "Origin": f"http://localhost:{bot['port']}"}
    assert _request(bot["port"], path="/webhooks/webchat/session", headers=local)[0] == 200


def test_no_query_string_or_calendar_code_reaches_the_logs(bot):
    code = "QRST-VWXY-Z234"
    for path in (f"/webhooks/afspraak/ics/{code}?mark=qsmark8", "/webhooks/rest/webhook?mark=qsmark8"):
        _request(bot["port"], path=path, method="GET")
    _request(bot["port"], path="/webhooks/rest/webhook?mark=qsmark8", body=b"[" * 20_000)
    # Nothing to wait for: each request is refused or answered after its log lines are written.
    for log in bot["log_dir"].glob("*.log"):
        text = log.read_text(errors="replace")
        assert "qsmark8" not in text and code not in text, f"{log} holds a URL"


# --- fourth stranger test: a button's title typed instead of clicked (c07, c20, c25, c27) --------

def test_a_typed_button_title_is_that_button(bot):
    told = rest_post(bot["port"], "getypt", "sinds ik zwanger ben krijg ik geen projecten meer en mijn "
                                            "contract wordt waarschijnlijk niet verlengd")
    yes = bot_texts.button_title("utter_check_situatie", "/bevestigen")
    assert any(b["title"] == yes for b in told[-1].get("buttons") or []), told
    options = rest_post(bot["port"], "getypt", yes.lower())
    outside = bot_texts.button_title("utter_vraag_opties", '/kies_route{"route":"extern"}')
    assert any(b["title"] == outside for b in options[-1].get("buttons") or []), options
    said = " ".join(r.get("text", "") for r in rest_post(bot["port"], "getypt", outside))
    assert bot_texts.fixed_start("utter_route", route="extern", situatie="discriminatie",
                                 soort="omgangsvormen") in said
