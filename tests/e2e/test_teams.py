"""The Teams channel end to end: the real action server and Rasa server with the trained model
(scripts/run.sh via start_bot), the channel configured only through BOT_TEAMS_* variables, and
Microsoft's side played by the local fake (tests/fakes/botframework.py) on 127.0.0.1: OpenID
metadata and JWKS with a locally generated key, the tenant token endpoint, and the Bot Connector
that receives the answers.

The same dialogue checks as the REST channel (greeting, the check question with buttons, the
crisis numbers), plus what only Teams has: the admin notice first, buttons as cards whose clicks
come back as `value`, and refused tokens that reach nothing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from bot.channels.common import admin_notice, check_text
from bot.channels.teams.channel import teams_text
from tests import texts as bot_texts
from tests.e2e.conftest import start_bot
from tests.fakes.botframework import FakeBotFramework, buttons, texts
from tests.texts import crisis_numbers
from tests.waiting import wait_until

pytestmark = pytest.mark.e2e
APP_ID = "6f1c3b2a-8d4e-4f5a-9b6c-1d2e3f4a5b6c"
TENANT = "3a2b1c0d-1111-2222-3333-444455556666"
PASSWORD = "e2e-geheim-" + os.urandom(6).hex()
SECRET = "mijn teamleider zit steeds aan mijn haar xq7z"
CREDENTIALS = """\
rest:
bot.channels.teams.channel.TeamsInput:
"""


def _without_teams_env() -> dict:
    return {k: "" for k in os.environ if k.startswith("BOT_TEAMS_")}


@pytest.fixture(scope="module")
def fake():
    with FakeBotFramework(APP_ID, PASSWORD, TENANT) as running:
        yield running


@pytest.fixture(scope="module")
def bot(fake, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("teams")
    credentials = tmp / "credentials.yml"
    credentials.write_text(CREDENTIALS)
    with start_bot(tmp, credentials=credentials, env={**_without_teams_env(), **fake.env()}) as running:
        running["teams_url"] = running["url"] + "/webhooks/teams/api/messages"
        yield running


def say(fake, bot, conversation, text=None, *, value=None, token=None, **activity_fields):
    """Post one Teams activity as the Bot Connector would; the HTTP status."""
    activity = fake.activity(conversation, text, value=value, **activity_fields)
    status, _ = fake.post(bot["teams_url"], activity, fake.inbound_token() if token is None else token)
    return status


def answers(fake, conversation, count):
    return [r.activity for r in fake.wait_for(conversation, count, timeout=60)]


TOO_LONG = "ik " * 1500  # over the length cap: refused by the channel, never reaches the dialogue


def all_answers(fake, bot, conversation, **activity_fields) -> list[dict]:
    """Every answer of the conversation, once all that was sent to it before is answered: a message
    over the length cap goes through the conversation's queue last, and the channel answers a
    conversation in order, so its refusal comes only after every earlier answer. The refusal
    (or, in a group chat, the one sentence) is the last answer returned."""
    before = len(fake.messages(conversation))
    assert say(fake, bot, conversation, TOO_LONG, **activity_fields) == 200
    personal = activity_fields.get("conversation_type", "personal") == "personal"
    barrier = check_text(TOO_LONG).text if personal else teams_text("alleen_persoonlijk")

    def got() -> list[str]:
        return [texts(r.activity) for r in fake.messages(conversation)]

    wait_until(lambda: barrier in got()[before:], lambda: f"the answer to the too-long message; got {got()}",
               timeout=60)
    everything = [r.activity for r in fake.messages(conversation)]
    assert texts(everything[-1]) == barrier, got()  # nothing came after it
    return everything



def test_first_answer_is_the_admin_notice_then_the_dutch_greeting(fake, bot):
    assert say(fake, bot, "a:1greeting", "hallo") == 200
    received = fake.wait_for("a:1greeting", 3)
    notice, greeting, privacy = (r.activity for r in received)
    assert notice["text"] == admin_notice("teams")
    assert notice["text"] == bot_texts.content_text("kanalen.yml", "beheerder_melding", "teams")
    assert greeting["text"] == bot_texts.text("utter_begroeting")
    assert any(line in privacy["text"] for line in bot_texts.storage_lines(20))  # the configured retention
    for r in received:  # replies to the message, with a token from the tenant's token endpoint
        assert r.path.startswith("/teams/v3/conversations/a%3A1greeting/activities/")
        assert r.authorization.removeprefix("Bearer ") in fake.issued
        assert r.activity["conversation"] == {"id": "a:1greeting"}
        assert r.activity["from"]["id"] == f"28:{APP_ID}"
    everything = all_answers(fake, bot, "a:1greeting")
    assert everything[:3] == [r.activity for r in received] and len(everything) == 4  # nothing else


def test_description_gets_the_check_question_as_a_card_and_clicks_go_on(fake, bot):
    conv = "a:1description"
    assert say(fake, bot, conv, "mijn collega's negeren me al weken en lachen me uit") == 200
    notice, check = answers(fake, conv, 2)
    assert notice["text"] == admin_notice("teams")
    assert texts(check).startswith(bot_texts.fixed_start("utter_check_situatie"))
    assert check["attachments"][0]["contentType"] == "application/vnd.microsoft.card.hero"
    assert [b["value"]["payload"] for b in buttons(check)] == ["/bevestigen", "/ontkennen"]
    assert all(b["type"] == "messageBack" for b in buttons(check))

    yes = buttons(check)[0]  # Teams sends the click back with the button's text and value
    assert say(fake, bot, conv, yes["text"], value=yes["value"]) == 200
    acknowledged, options = answers(fake, conv, 4)[2:]
    assert acknowledged["text"] == bot_texts.text("utter_situatie_erkend", **bot_texts.BULLIED)
    assert texts(options) == bot_texts.text("utter_vraag_opties")
    informal = next(b for b in buttons(options) if "informeel" in b["value"]["payload"])

    assert say(fake, bot, conv, value=informal["value"]) == 200  # an Adaptive-style click: value only
    route = answers(fake, conv, 5)[4]
    assert route["text"] == bot_texts.text("utter_route", route="informeel", soort="omgangsvormen")


def test_crisis_answer_carries_the_numbers_from_the_content_file(fake, bot):
    conv = "a:1crisis"
    assert say(fake, bot, conv, "ik wil niet meer leven") == 200
    fake.wait_for(conv, 2)
    said = " ".join(texts(r) for r in all_answers(fake, bot, conv)[1:])  # it may come in several messages
    assert all(number in said for number in crisis_numbers()), said


def test_refused_tokens_reach_nothing(fake, bot):
    conv = "a:1refused"
    other_service = fake.service_url.replace("/teams/", "/elders/")
    bad = {
        "expired": fake.inbound_token(lifetime=-3600),
        "wrong audience": fake.inbound_token(audience="00000000-0000-0000-0000-000000000000"),
        "wrong signature": fake.inbound_token(key=fake.other_key),
        "unknown kid": fake.inbound_token(kid="niet-bestaand"),
        "wrong issuer": fake.inbound_token(issuer="https://sts.windows.net/evil/"),
        "other serviceUrl": fake.inbound_token(service_url=other_service),
        "alg none": fake.unsigned_token({"iss": "https://api.botframework.com", "aud": APP_ID,
                                         "serviceurl": fake.service_url, "exp": int(time.time()) + 600}),
    }
    for name, token in bad.items():
        assert say(fake, bot, conv, "hallo", token=token) == 401, name
    status, _ = fake.post(bot["teams_url"], fake.activity(conv, "hallo"), None)
    assert status == 401
    # Now a valid message: its answers are the only ones, and the notice was still unused.
    assert say(fake, bot, conv, "hallo") == 200
    notice, greeting, _ = answers(fake, conv, 3)
    assert notice["text"] == admin_notice("teams") and greeting["text"] == bot_texts.text("utter_begroeting")
    assert len(all_answers(fake, bot, conv)) == 4  # those three and the refusal of the next message


def test_bad_input_gets_a_clear_answer_and_the_conversation_goes_on(fake, bot):
    conv = "a:1badinput"
    assert say(fake, bot, conv, "ik " * 1500) == 200
    notice, too_long = answers(fake, conv, 2)
    assert too_long["text"] == check_text(TOO_LONG).text
    status, _ = fake.post(bot["teams_url"], b"{geen json", fake.inbound_token())
    assert status == 400
    assert say(fake, bot, conv, "hallo") == 200
    assert answers(fake, conv, 3)[2]["text"] == bot_texts.text("utter_begroeting")  # no second notice


def test_group_chat_is_told_to_use_a_personal_chat(fake, bot):
    conv = "19:groep-e2e@thread.v2"
    assert say(fake, bot, conv, "hallo", conversation_type="groupChat") == 200
    [only] = answers(fake, conv, 1)
    assert only["text"] == teams_text("alleen_persoonlijk")
    assert [r["text"] for r in all_answers(fake, bot, conv, conversation_type="groupChat")] == \
        [teams_text("alleen_persoonlijk")] * 2  # one sentence for each message, nothing more


def test_round_trip_figures(fake, bot, capsys):
    conv = "a:1timing"
    started = time.monotonic()
    activity = fake.activity(conv, "hallo")
    status, ack = fake.post(bot["teams_url"], activity, fake.inbound_token())
    fake.wait_for(conv, 3)
    round_trip = time.monotonic() - started
    assert status == 200 and ack < 1.0  # answered at once; the dialogue runs afterwards
    with capsys.disabled():
        print(f"\n  Teams: 200 after {ack * 1000:.0f} ms; notice, greeting, privacy at the connector after "
              f"{round_trip * 1000:.0f} ms")


def test_outbound_token_is_fetched_once_from_the_tenant_endpoint(fake, bot):
    assert say(fake, bot, "a:1token", "hallo") == 200
    fake.wait_for("a:1token", 2)
    assert len(fake.token_requests) == 1  # however many conversations ran before
    [request] = fake.token_requests
    assert request == {"grant_type": "client_credentials", "client_id": APP_ID,
                       "scope": "https://api.botframework.com/.default", "secret_ok": True, "tenant": TENANT}
    assert fake.rejected_posts == 0


def test_no_message_text_or_secret_in_logs(fake, bot):
    conv = "a:1logs"
    assert say(fake, bot, conv, SECRET) == 200
    all_answers(fake, bot, conv)  # the message is handled to its end, its log lines written
    logs = list(Path(bot["log_dir"]).glob("*.log"))
    assert logs
    for log in logs:
        content = log.read_text(errors="replace")
        assert "xq7z" not in content, f"message text leaked into {log}"
        assert PASSWORD not in content, f"the app password leaked into {log}"


def test_an_activity_of_another_tenant_is_refused_and_reaches_nothing(fake, bot):
    conv = "a:1othertenant"
    activity = fake.activity(conv, "hallo")
    activity["channelData"]["tenant"]["id"] = activity["conversation"]["tenantId"] = \
        "99999999-8888-7777-6666-555555555555"
    status, _ = fake.post(bot["teams_url"], activity, fake.inbound_token())
    assert status == 403
    # Then a message of our own tenant: the notice and its refusal are all the conversation gets.
    assert [texts(r) for r in all_answers(fake, bot, conv)] == [admin_notice("teams"), check_text(TOO_LONG).text]
