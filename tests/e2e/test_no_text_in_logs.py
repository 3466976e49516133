"""No message text in any file the bot writes, whatever is sent and at any log level (issue 9).

The real bot (action server + Rasa server with the trained model, scripts/run.sh via start_bot)
runs with every channel on: REST, the web chat, Teams (against the local fake Bot Framework) and
Slack (signed requests, the local fake Web API), once with LOG_LEVEL=DEBUG (Rasa, the Rasa SDK
and the libraries at DEBUG) and once at INFO. Every channel gets marked messages of every shape:
plain, '/mark', '/ /mark', JSON-ish intents with entities, 2,000 characters, one over the cap,
control and invisible characters before a slash, a phone number and an e-mail address, and a
click on a button that was never offered. After the bot stopped, every file in its log and data
directories (logs, the SQLite database) is searched for every mark: none may be found.
"""

from __future__ import annotations

import json
import os
import secrets
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.e2e.conftest import start_bot
from tests.e2e.test_slack import SECRET as SLACK_SECRET
from tests.e2e.test_slack import TOKEN as SLACK_TOKEN
from tests.e2e.test_slack import all_posts, deliver, dm_event, event_body, new_id
from tests.e2e.test_teams import all_answers
from tests.e2e.test_webchat_http import call
from tests.fakes.botframework import FakeBotFramework
from tests.fakes.slack_api import FakeSlackApi

pytestmark = pytest.mark.e2e
APP_ID = "6f1c3b2a-8d4e-4f5a-9b6c-1d2e3f4a5b6c"
TENANT = "3a2b1c0d-1111-2222-3333-444455556666"
CREDENTIALS = """\
bot.channels.rest.RestInput:
bot.channels.booking_files.BookingFilesInput:
bot.channels.teams.channel.TeamsInput:
bot.channels.slack.channel.SlackInput:
bot.channels.webchat.channel.WebChatInput:
"""


def shapes(mark: str, phone: str) -> dict[str, str]:
    """One message of every shape, each carrying `mark` (and the phone number)."""
    long_text = ("ik word gepest op mijn werk " * 80)[: 2000 - len(mark) - 1] + " " + mark
    return {
        "plain": f"mijn teamleider zit steeds aan mijn haar {mark}",
        "slash": f"/{mark}",
        "slash_space_slash": f"/ /{mark}",
        "intent_entities": f'/kies_tijd{{"gekozen_tijd": "{mark}"}}',
        "intent_bad_json": f'/bevestigen{{"x": "{mark}"',
        "json_object": json.dumps({"text": mark, "intent": {"name": "afspraak"}}),
        "two_thousand": long_text,
        "over_the_cap": long_text + "x",
        "control_chars": f"\x00\x1b[31m\x07/{mark}\u202e\x1c",
        "invisible_slash": f"\u200b\u3000/{mark}",
        "phone_and_mail": f"bel me op {phone} of mail {mark}@example.nl",
    }


class Marks:
    def __init__(self):
        self.all: list[str] = []

    def new(self, channel: str) -> tuple[dict[str, str], list[str]]:
        mark = f"qz{channel}{secrets.token_hex(5)}"
        phone = f"06-{secrets.randbelow(10**8):08d}"
        self.all += [mark, phone, phone.replace("-", "")]
        return shapes(mark, phone), [mark, phone]


@pytest.fixture(scope="module")
def fakes():
    with FakeBotFramework(APP_ID, "e2e-" + secrets.token_hex(8), TENANT) as teams, \
            FakeSlackApi(token=SLACK_TOKEN) as slack:
        yield teams, slack


@pytest.fixture(scope="module", params=["DEBUG", "INFO"])
def run(request, fakes, tmp_path_factory):
    """Starts the bot at one log level, sends everything, stops it; yields what to search."""
    teams, slack = fakes
    tmp = tmp_path_factory.mktemp(f"no-text-{request.param.lower()}")
    credentials = tmp / "credentials.yml"
    credentials.write_text(CREDENTIALS)
    env = {**{k: "" for k in os.environ if k.startswith(("BOT_TEAMS_", "BOT_SLACK_", "BOT_REST_"))},
           **teams.env(), "BOT_SLACK_BOT_TOKEN": SLACK_TOKEN, "BOT_SLACK_SIGNING_SECRET": SLACK_SECRET,
           "BOT_SLACK_API_URL": slack.url, "BOT_REST_ENABLED": "1",
           "BOT_WEBCHAT_SECRET": "e2e-only-webchat-secret-" + secrets.token_hex(16),
           "LOG_LEVEL": request.param, "LOG_LEVEL_LIBRARIES": request.param}
    marks = Marks()
    with start_bot(tmp / "var", credentials=credentials, env=env, database=True) as bot:
        bot["teams_url"] = bot["url"] + "/webhooks/teams/api/messages"
        answered = {"rest": send_rest(bot, marks), "webchat": send_webchat(bot, marks),
                    "teams": send_teams(bot, teams, marks), "slack": send_slack(bot, slack, marks)}
        if request.param == "DEBUG":  # one of our own debug lines, to show the level took effect
            bot_message = {**dm_event(new_id("D"), "x"), "bot_id": "B0"}
            assert deliver(bot, event_body(bot_message))[0] == 200  # its line is written before the 200
        # Every message was waited for to its end (REST and the web chat answer when the turn is
        # done; Teams and Slack: all_answers / all_posts), so stopping the bot loses no log line.
    yield {"level": request.param, "dir": tmp / "var", "marks": marks.all, "answered": answered}


def send_rest(bot, marks: Marks) -> int:
    texts, _ = marks.new("rest")
    answered = 0
    for shape, text in texts.items():
        req = urllib.request.Request(f"{bot['url']}/webhooks/rest/webhook", method="POST",
                                     data=json.dumps({"sender": f"no-text-{shape}", "message": text}).encode(),
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as resp:
                answered += bool(json.loads(resp.read()))
        except urllib.error.HTTPError as err:
            assert err.code in (400, 413), (shape, err.code)
    return answered


def send_webchat(bot, marks: Marks) -> int:
    texts, [mark, _] = marks.new("web")
    src = "127.0.0.21"
    answered = 0
    for shape, text in texts.items():
        session = call(bot, "POST", "/session", source=src)
        assert session.status == 200, session.body
        reply = call(bot, "POST", "/message", source=src, token=session.json["token"], body={"text": text})
        assert reply.status in (200, 400, 413), (shape, reply.status)
        answered += reply.status == 200
    token = call(bot, "POST", "/session", source="127.0.0.22").json["token"]
    never_offered = call(bot, "POST", "/message", source="127.0.0.22", token=token, body={"payload": f"/{mark}"})
    assert never_offered.status == 400
    return answered


def send_teams(bot, fake: FakeBotFramework, marks: Marks) -> int:
    """One message at a time, each handled to its end (all_answers), so the test does not pile
    work on the server's event loop."""
    texts, [mark, _] = marks.new("teams")
    url = bot["url"] + "/webhooks/teams/api/messages"
    activities = {f"a:1no-text-{shape}": fake.activity(f"a:1no-text-{shape}", text) for shape, text in texts.items()}
    activities["a:1no-text-click"] = fake.activity("a:1no-text-click", "Ja", value={"payload": f"/{mark}"})
    for conversation, activity in activities.items():
        assert fake.post(url, activity, fake.inbound_token())[0] == 200, conversation
        fake.wait_for(conversation, 2)  # the notice and the answer first (see send_slack)
        assert len(all_answers(fake, bot, conversation)) >= 3  # the notice, an answer, the refusal
    return len(activities)


def send_slack(bot, fake: FakeSlackApi, marks: Marks) -> int:
    texts, _ = marks.new("slack")
    for shape, text in texts.items():
        channel = new_id("D")
        assert deliver(bot, event_body(dm_event(channel, text)))[0] == 200, shape
        # the notice and the answer first: a text over the cap is answered with the same refusal
        # as all_posts' barrier, which must not be mistaken for it
        fake.wait_for(lambda api, channel=channel: len(api.posts_to(channel)) >= 2)
        assert len(all_posts(bot, fake, channel)) >= 3, shape  # the notice, an answer, the refusal
    return len(texts)


def written_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()]


def test_every_channel_got_every_message_through(run):
    assert run["answered"]["rest"] >= 8 and run["answered"]["webchat"] >= 8
    assert run["answered"]["teams"] == 12 and run["answered"]["slack"] == 11


def test_the_bot_wrote_its_logs_and_database(run):
    names = {p.name for p in written_files(run["dir"])}
    assert {"rasa.log", "rasa-console.log", "actions.log", "bot.db"} <= names, names
    if run["level"] == "DEBUG":  # the level took effect: our own debug line is there
        assert "Slack: delivery needs no answer (bot_message)" in (run["dir"] / "log" / "rasa.log").read_text()


def test_no_mark_in_any_file_the_bot_wrote(run):
    assert len(run["marks"]) == 12
    found = []
    for path in written_files(run["dir"]):
        content = path.read_bytes().lower()
        found += [f"{path.name}: {mark}" for mark in run["marks"] if mark.encode() in content]
    assert found == []
