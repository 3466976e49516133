"""One bot started with the repository's credentials.yml and no channel settings: Teams and
Slack are off (503, one start-up log line naming what to set), a wrong web chat secret keeps the
web chat off, and the rest of the bot still answers. One bot start for all three channels."""

from __future__ import annotations

import html
import json
import os
import urllib.error
import urllib.request

import pytest

from tests import texts as bot_texts
from tests.e2e.conftest import ROOT, start_bot
from tests.e2e.test_slack import deliver, dm_event, event_body, new_id
from tests.e2e.test_webchat_http import call

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def off(tmp_path_factory):
    env = {k: "" for k in os.environ if k.startswith(("BOT_TEAMS_", "BOT_SLACK_"))}
    env["BOT_WEBCHAT_SECRET"] = "kort"  # too short: the web chat must refuse to run on it
    with start_bot(tmp_path_factory.mktemp("channels-off"), credentials=ROOT / "credentials.yml",
                   env=env) as running:
        yield running


def _logged(bot, needle: str) -> list[str]:
    return [line for log in bot["log_dir"].glob("*.log")
            for line in log.read_text(errors="replace").splitlines() if needle in line]


def test_rest_still_answers(off):
    req = urllib.request.Request(off["url"] + "/webhooks/rest/webhook", method="POST",
                                 data=json.dumps({"sender": "x", "message": "hallo"}).encode(),
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as resp:
        assert json.loads(resp.read())[0]["text"] == bot_texts.text("utter_begroeting")


def test_teams_is_off(off):
    request = urllib.request.Request(off["url"] + "/webhooks/teams/api/messages", data=b"{}",
                                     headers={"Content-Type": "application/json"}, method="POST")
    with pytest.raises(urllib.error.HTTPError) as err:
        urllib.request.urlopen(request, timeout=10)
    assert err.value.code == 503
    assert len(_logged(off, "Teams channel is off: set BOT_TEAMS_APP_ID, BOT_TEAMS_APP_PASSWORD, "
                            "BOT_TEAMS_TENANT_ID")) == 1


def test_slack_is_off(off):
    assert deliver(off, event_body(dm_event(new_id("D"), "hallo")))[0] == 503
    lines = _logged(off, "Slack channel is off")
    assert len(lines) == 1
    assert "BOT_SLACK_BOT_TOKEN" in lines[0] and "BOT_SLACK_SIGNING_SECRET" in lines[0]


def test_web_chat_is_off_with_a_wrong_secret(off):
    page = call(off, "GET", "/", source="127.0.0.17", origin=None)
    assert page.status == 503 and html.escape(bot_texts.content_text("webchat.yml", "uit")) in page.body
    session = call(off, "POST", "/session", source="127.0.0.17")
    assert session.status == 503 and session.json["fout"] == "uit"
    assert call(off, "GET", "/widget.js", source="127.0.0.17", origin=None).status == 503
    lines = _logged(off, "Web chat is OFF")
    assert len(lines) == 1 and "BOT_WEBCHAT_SECRET" in lines[0]
