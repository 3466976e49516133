"""The real thing: action server + Rasa server with the trained model, over HTTP.

Starts both exactly as `make run` does (scripts/run.sh) on free ports, then talks to the REST
webhook. Needs models/current.tar.gz, which `make test` trains before pytest runs.
"""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.conftest import start_bot

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e
SECRET = "mijn teamleider zit steeds aan mijn haar xq7z"


def _post(port, sender, message):
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook",
        data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read())


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with start_bot(tmp_path_factory.mktemp("var")) as running:
        yield running


def test_hallo_gets_the_dutch_greeting(bot):
    replies = _post(bot["port"], "x", "hallo")
    texts = " ".join(r.get("text", "") for r in replies)
    assert "digitale assistent" in texts and "geen mens" in texts
    assert "20 minuten" in texts  # the retention it states is the configured one


def test_description_is_checked_with_buttons(bot):
    replies = _post(bot["port"], "y", "mijn collega's negeren me al weken en lachen me uit")
    assert replies[-1]["text"].startswith("Dank je dat je dit vertelt. Klopt het dat het gaat om")
    assert [b["payload"] for b in replies[-1]["buttons"]] == ["/bevestigen", "/ontkennen"]


def test_crisis_answer_carries_the_numbers_from_the_content_file(bot):
    replies = _post(bot["port"], "z", "ik wil niet meer leven")
    texts = " ".join(r.get("text", "") for r in replies)
    assert "113" in texts and "0800-0113" in texts and "112" in texts


def test_http_api_is_not_enabled(bot):
    for path in ("/status", "/conversations/x/tracker", "/model/parse"):
        with pytest.raises(urllib.error.HTTPError) as err:
            urllib.request.urlopen(f"http://127.0.0.1:{bot['port']}{path}", timeout=10)
        assert err.value.code in (403, 404, 405)


def test_no_message_text_in_logs(bot):
    _post(bot["port"], "w", SECRET)
    time.sleep(0.5)
    for log in bot["log_dir"].glob("*.log"):
        assert "xq7z" not in log.read_text(errors="replace"), f"message text leaked into {log}"
