"""The Teams channel against the local fake Microsoft services over real HTTP, without Rasa's
dialogue: delivery to the fake Bot Connector (bearer token, retries, token renewal, the
serviceUrl allow list), and TeamsInput's request checks, guards and order of answers.

The dialogue itself is Rasa's: here `on_new_message` only records the UserMessage the channel
hands over. The parts without the network are in tests/unit/test_teams_channel.py;
tests/e2e/test_teams.py runs the same channel with the real trained bot.
"""

from __future__ import annotations

import asyncio
import json
import logging

import aiohttp
import pytest

from bot.channels import guards
from bot.channels.common import admin_notice
from bot.channels.teams import auth as bfa
from bot.channels.teams import channel as tchannel
from bot.channels.teams import connector as tconnector
from bot.channels.teams import protocol
from tests.fakes.botframework import FakeBotFramework, texts
from tests.unit.test_teams_channel import APP_ID, CONV, PASSWORD, TENANT, teams_config


@pytest.fixture(scope="module")
def fake():
    with FakeBotFramework(APP_ID, PASSWORD, TENANT) as running:
        yield running


# --- delivery to the fake Bot Connector ------------------------------------------------------

def deliver(fake, activities, *, target=None, allowed=None, before=None):
    async def main():
        async with aiohttp.ClientSession() as session:
            creds = bfa.ClientCredentials(fake.token_url, APP_ID, PASSWORD, lambda: session)
            waits = []

            async def sleep(seconds):
                waits.append(seconds)
            connector = tconnector.Connector(creds, lambda: session, allowed or [fake.service_url], sleep=sleep)
            if before:
                await before(creds)
            results = [await connector.send(target or fake_target(fake), a) for a in activities]
            return results, waits
    return asyncio.run(main())


def fake_target(fake, conversation_id=CONV):
    return protocol.ReplyTarget(fake.service_url, conversation_id, "1700000000001", {"id": f"28:{APP_ID}"}, "29:1abc")


def test_answers_reach_the_connector_with_our_bearer_token(fake):
    conv = "a:1delivery"
    results, _ = deliver(fake, [protocol.text_activity(fake_target(fake, conv), "Hallo")],
                         target=fake_target(fake, conv))
    [got] = fake.messages(conv)
    assert results == [True]
    assert got.path == "/teams/v3/conversations/a%3A1delivery/activities/1700000000001"
    assert got.reply_to_id == "1700000000001" and got.activity["text"] == "Hallo"
    assert got.authorization.removeprefix("Bearer ") in fake.issued


def test_throttled_connector_is_retried(fake):
    conv = "a:1throttled"
    fake.connector_statuses[:] = [429, 503]
    results, waits = deliver(fake, [protocol.text_activity(fake_target(fake, conv), "Hallo")],
                             target=fake_target(fake, conv))
    assert results == [True] and waits == [0.0, 0.0] and len(fake.messages(conv)) == 1


def test_rejected_token_is_renewed_once(fake):
    conv = "a:1renew"

    async def revoke(creds):
        await creds.token()
        fake.issued.clear()  # the connector no longer accepts the token we cached
    before = len(fake.token_requests)
    results, _ = deliver(fake, [protocol.text_activity(fake_target(fake, conv), "Hallo")],
                         target=fake_target(fake, conv), before=revoke)
    assert results == [True] and len(fake.token_requests) - before == 2 and len(fake.messages(conv)) == 1


def test_service_url_outside_the_allow_list_gets_nothing(fake, caplog):
    conv = "a:1notallowed"
    results, _ = deliver(fake, [protocol.text_activity(fake_target(fake, conv), "Hallo")],
                         target=fake_target(fake, conv), allowed=["https://smba.trafficmanager.net/"])
    assert results == [False] and fake.messages(conv) == []


# --- TeamsInput: the request checks and the order of answers ---------------------------------

def channel_for(fake) -> tchannel.TeamsInput:
    return tchannel.TeamsInput(teams_config(fake.env()))


class Dialogue:
    """Stands in for Rasa's handler: records what the channel hands over and answers once
    (with the given buttons, if any)."""

    def __init__(self, buttons=()):
        self.messages = []
        self.buttons = list(buttons)

    async def __call__(self, message):
        self.messages.append(message)
        if self.buttons:
            await message.output_channel.send_text_with_buttons(message.sender_id, "antwoord", self.buttons)
        else:
            await message.output_channel.send_text_message(message.sender_id, "antwoord")


def receive_all(fake, channel, posts, dialogue):
    """POST each (authorization, body) to the channel; wait for the background answers."""
    async def main():
        statuses = []
        for authorization, body in posts:
            answer = await channel.receive(authorization, body, dialogue)
            statuses.append(answer.status)
        while channel._pending:
            await asyncio.wait(set(channel._pending))
        if channel._http is not None:
            await channel._http.close()
        return statuses
    return asyncio.run(main())


def body(activity) -> bytes:
    return json.dumps(activity).encode()


def test_requests_are_checked_before_anything_happens(fake):
    channel, dialogue = channel_for(fake), Dialogue()
    conv = "a:1checks"
    good = body(fake.activity(conv, "hallo"))
    token = fake.inbound_token()
    posts = [
        (None, good),  # no token
        (f"Bearer {fake.inbound_token(lifetime=-3600)}", good),  # expired
        (f"Bearer {fake.inbound_token(audience='11111111-2222-3333-4444-555555555555')}", good),
        (f"Bearer {fake.inbound_token(key=fake.other_key)}", good),  # wrong signature
        (f"Bearer {fake.inbound_token(kid='unknown')}", good),
        (f"Bearer {fake.inbound_token(service_url='http://127.0.0.1:1/other/')}", good),
        (f"Bearer {token}", b"{not json"),
        (f"Bearer {token}", b"x" * (tchannel.MAX_ACTIVITY_BYTES + 1)),
        (f"Bearer {token}", body({"type": "message", "serviceUrl": fake.service_url, "channelId": "msteams"})),
    ]
    statuses = receive_all(fake, channel, posts, dialogue)
    assert statuses == [401, 401, 401, 401, 401, 401, 400, 413, 400]
    assert dialogue.messages == [] and fake.messages(conv) == []


def test_service_url_not_on_the_allow_list_is_forbidden(fake):
    channel = tchannel.TeamsInput(teams_config(
        {**fake.env(), "BOT_TEAMS_ALLOWED_SERVICE_URLS": "https://smba.trafficmanager.net/"}))
    conv = "a:1forbidden"
    statuses = receive_all(fake, channel, [(f"Bearer {fake.inbound_token()}", body(fake.activity(conv, "hallo")))],
                           Dialogue())
    assert statuses == [403] and fake.messages(conv) == []


def test_notice_once_then_answers_in_order_with_clicks_read_as_payloads(fake):
    channel, dialogue = channel_for(fake), Dialogue()
    conv = "a:1flow"
    auth = f"Bearer {fake.inbound_token()}"
    posts = [(auth, body(fake.activity(conv, "hallo"))),
             (auth, body(fake.activity(conv, "Ja, dat klopt", value={"payload": "/bevestigen"}))),
             (auth, body(fake.activity(conv, "   "))),
             (auth, body(fake.activity(conv, "a" * 2001)))]
    assert receive_all(fake, channel, posts, dialogue) == [200, 200, 200, 200]
    assert [m.text for m in dialogue.messages] == ["hallo", "bevestigen"]  # a click nobody offered
    assert {m.sender_id for m in dialogue.messages} == {protocol.conversation_key(conv)}
    assert all(m.input_channel == "teams" for m in dialogue.messages)
    for message in dialogue.messages:  # an opaque key of the Teams user, never the id itself
        assert set(message.metadata) == {"client"} and message.metadata["client"].startswith("teams-")
        assert "29:1" not in message.metadata["client"]
    answers = [r.activity["text"] for r in fake.messages(conv)]
    assert answers[:3] == [admin_notice("teams"), "antwoord", "antwoord"]
    assert "geen tekst" in answers[3] and "2000 tekens" in answers[4] and len(answers) == 5


def test_redelivered_activity_is_answered_once(fake):
    channel, dialogue = channel_for(fake), Dialogue()
    conv = "a:1twice"
    activity = body(fake.activity(conv, "hallo", activity_id="1700000000099"))
    auth = f"Bearer {fake.inbound_token()}"
    assert receive_all(fake, channel, [(auth, activity), (auth, activity)], dialogue) == [200, 200]
    assert len(dialogue.messages) == 1 and len(fake.messages(conv)) == 2  # notice + one answer


def test_group_chat_gets_one_sentence_and_no_dialogue(fake):
    channel, dialogue = channel_for(fake), Dialogue()
    conv = "19:groep@thread.v2"
    auth = f"Bearer {fake.inbound_token()}"
    receive_all(fake, channel, [(auth, body(fake.activity(conv, "hallo", conversation_type="groupChat")))], dialogue)
    assert dialogue.messages == []
    assert [r.activity["text"] for r in fake.messages(conv)] == [tchannel.teams_text("alleen_persoonlijk")]


def test_a_failing_dialogue_gets_the_dutch_error_text_and_the_channel_goes_on(fake, caplog):
    channel = channel_for(fake)
    conv = "a:1failing"

    async def broken(message):
        raise RuntimeError(f"boom with the text {message.text}")
    auth = f"Bearer {fake.inbound_token()}"
    with caplog.at_level(logging.ERROR, logger="bot.channels.teams"):
        receive_all(fake, channel, [(auth, body(fake.activity(conv, "geheim xq7z")))], broken)
    answers = [r.activity["text"] for r in fake.messages(conv)]
    assert answers == [admin_notice("teams"), tchannel.teams_text("fout")]
    assert "RuntimeError" in caplog.text and "xq7z" not in caplog.text


def test_a_flood_gets_one_too_fast_answer(fake, monkeypatch):
    channel, dialogue = channel_for(fake), Dialogue()
    channel.rate = guards.RateLimit("teams-messages", limit=2, window=60)
    conv = "a:1flood"
    auth = f"Bearer {fake.inbound_token()}"
    receive_all(fake, channel, [(auth, body(fake.activity(conv, f"bericht {i}"))) for i in range(5)], dialogue)
    answers = [r.activity["text"] for r in fake.messages(conv)]
    assert len(dialogue.messages) == 2
    assert answers[:3] == [admin_notice("teams"), "antwoord", "antwoord"]
    assert len(answers) == 4 and "veel berichten" in answers[3]


def test_when_busy_the_connector_is_asked_to_retry_and_the_retry_is_answered(fake, monkeypatch):
    channel, dialogue = channel_for(fake), Dialogue()
    conv = "a:1busy"
    activity = body(fake.activity(conv, "hallo", activity_id="1700000000077"))
    auth = f"Bearer {fake.inbound_token()}"

    async def main():
        monkeypatch.setattr(tchannel, "MAX_PENDING", 0)
        busy = await channel.receive(auth, activity, dialogue)
        monkeypatch.setattr(tchannel, "MAX_PENDING", 200)
        retried = await channel.receive(auth, activity, dialogue)
        while channel._pending:
            await asyncio.wait(set(channel._pending))
        await channel._http.close()
        return busy, retried
    busy, retried = asyncio.run(main())
    assert (busy.status, busy.headers.get("Retry-After"), retried.status) == (503, "5", 200)
    assert [m.text for m in dialogue.messages] == ["hallo"]


def test_group_chat_floods_are_limited_too(fake):
    channel, dialogue = channel_for(fake), Dialogue()
    channel.rate = guards.RateLimit("teams-messages", limit=1, window=60)
    conv = "19:flood@thread.v2"
    auth = f"Bearer {fake.inbound_token()}"
    receive_all(fake, channel, [(auth, body(fake.activity(conv, "hoi", conversation_type="channel")))
                                for _ in range(4)], dialogue)
    assert len(fake.messages(conv)) == 2 and dialogue.messages == []


def test_only_offered_buttons_reach_the_dialogue_as_intents(fake):
    channel, dialogue = channel_for(fake), Dialogue(buttons=[{"title": "Ja", "payload": "/bevestigen"}])
    conv = "a:1offered"
    auth = f"Bearer {fake.inbound_token()}"
    posts = [(auth, body(fake.activity(conv, "/bevestigen"))),  # typed before anything was offered
             (auth, body(fake.activity(conv, "Ja", value={"payload": "/bevestigen"}))),  # offered now
             (auth, body(fake.activity(conv, "/ /stoppen{\"x\": 1}"))),
             (auth, body(fake.activity(conv, "\u200b/bevestigen"))),  # hidden before the slash: plain text
             (auth, body(fake.activity(conv, "/ /")))]
    assert receive_all(fake, channel, posts, dialogue) == [200] * 5
    assert [m.text for m in dialogue.messages] == ["bevestigen", "/bevestigen", 'stoppen{"x": 1}', "bevestigen"]
    assert "geen tekst" in texts(fake.messages(conv)[-1].activity)


@pytest.mark.parametrize("where", ["channelData", "conversation", "both", "missing", "disagree"])
def test_activities_of_another_tenant_are_refused(fake, where):
    channel, dialogue = channel_for(fake), Dialogue()
    conv = f"a:1tenant-{where}"
    activity = fake.activity(conv, "hallo")
    other = "99999999-8888-7777-6666-555555555555"
    if where in ("channelData", "both"):
        activity["channelData"]["tenant"]["id"] = other
    if where in ("conversation", "both"):
        activity["conversation"]["tenantId"] = other
    if where == "missing":
        del activity["channelData"]
        del activity["conversation"]["tenantId"]
    if where == "disagree":
        activity["conversation"]["tenantId"] = other
        activity["channelData"]["tenant"]["id"] = TENANT
    statuses = receive_all(fake, channel, [(f"Bearer {fake.inbound_token()}", body(activity))], dialogue)
    assert statuses == [403] and dialogue.messages == [] and fake.messages(conv) == []


def test_the_tenant_is_compared_without_regard_to_case_and_either_field_is_enough(fake):
    channel, dialogue = channel_for(fake), Dialogue()
    conv = "a:1tenant-case"
    activity = fake.activity(conv, "hallo")
    activity["channelData"]["tenant"]["id"] = TENANT.upper()
    del activity["conversation"]["tenantId"]
    assert receive_all(fake, channel, [(f"Bearer {fake.inbound_token()}", body(activity))], dialogue) == [200]
    assert [m.text for m in dialogue.messages] == ["hallo"]
