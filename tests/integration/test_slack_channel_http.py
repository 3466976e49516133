"""The Slack channel against the local fake Slack Web API over real HTTP.

The Web API client (bearer token, Slack's error codes, 429 with Retry-After, timeouts), and the
paths of SlackInput that the real dialogue cannot easily provoke: a flood of messages, a dialogue
that fails, the order of messages in one conversation. For those the dialogue is a small stand-in
that answers through the channel's own output channel; tests/e2e/test_slack.py runs the same
channel with the real trained bot. The settings are in tests/unit/test_slack_channel.py.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time

import pytest

from bot.channels.common import admin_notice, channel_texts
from bot.channels.guards import DEFAULT_MESSAGES_PER_MINUTE
from bot.channels.slack.api import SlackApi, SlackApiError
from bot.channels.slack.channel import SlackInput, error_text
from bot.channels.slack.config import SlackConfig
from bot.channels.slack.protocol import signature
from tests.fakes.slack_api import FakeSlackApi
from tests.waiting import wait_until_async

TOKEN, SECRET = "xoxb-unit-test", "unit-test-signing-secret"


@pytest.fixture
def slack():
    with FakeSlackApi(token=TOKEN) as fake:
        yield fake


# --- Web API client ------------------------------------------------------------------------

def test_api_client_posts_json_with_the_bearer_token(slack):
    async def go():
        api = SlackApi(TOKEN, slack.url)
        try:
            return await api.call("chat.postMessage", {"channel": "D0DM", "text": "hallo é"})
        finally:
            await api.close()

    answer = asyncio.run(go())
    assert answer["ok"] is True and answer["ts"]
    assert slack.posts[0]["text"] == "hallo é"
    assert slack.calls == [{"method": "chat.postMessage", "auth_ok": True, "error": None}]


def test_api_client_reports_slacks_error_code(slack):
    async def go(token, body):
        api = SlackApi(token, slack.url)
        try:
            await api.call("chat.postMessage", body)
        finally:
            await api.close()

    with pytest.raises(SlackApiError) as err:
        asyncio.run(go("xoxb-wrong", {"channel": "D0DM", "text": "x"}))
    assert err.value.error == "invalid_auth"
    with pytest.raises(SlackApiError) as err:
        asyncio.run(go(TOKEN, {"channel": "D0DM", "text": "x",
                               "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "x" * 3001}}]}))
    assert err.value.error == "invalid_blocks"
    assert slack.posts == []


def test_api_client_waits_out_one_rate_limit(slack):
    slack.rate_limit_next = 1
    waits = []

    async def fake_sleep(seconds):
        waits.append(seconds)

    async def go():
        api = SlackApi(TOKEN, slack.url, sleep=fake_sleep)
        try:
            await api.call("chat.postMessage", {"channel": "D0DM", "text": "x"})
        finally:
            await api.close()

    asyncio.run(go())
    assert waits == [1.0]  # Retry-After: 1
    assert [c["error"] for c in slack.calls] == ["rate_limited", None] and len(slack.posts) == 1


def test_api_client_gives_up_after_its_timeout(slack):
    import aiohttp

    slack.delay = 2.0  # a Slack that answers too late: aiohttp's real timeout is what is tested

    async def go():
        api = SlackApi(TOKEN, slack.url, timeout=aiohttp.ClientTimeout(total=0.5))
        try:
            await api.call("chat.postMessage", {"channel": "D0DM", "text": "x"})
        finally:
            await api.close()

    started = time.monotonic()
    with pytest.raises(SlackApiError) as err:
        asyncio.run(go())
    assert err.value.error == "TimeoutError" and time.monotonic() - started < 1.5


def test_api_client_unreachable_server_is_an_error_not_a_crash():
    from tests.e2e.conftest import free_port

    async def go():
        api = SlackApi(TOKEN, f"http://127.0.0.1:{free_port()}/api")
        try:
            await api.call("chat.postMessage", {"channel": "D0DM", "text": "x"})
        finally:
            await api.close()

    with pytest.raises(SlackApiError):
        asyncio.run(go())


# --- SlackInput with a stand-in dialogue ---------------------------------------------------

def signed(body: bytes, content_type="application/json", **extra) -> dict:
    ts = str(int(time.time()))
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": signature(SECRET, ts, body),
            "Content-Type": content_type, **extra}


def dm_event(text: str, n: int, channel="D0DM") -> bytes:
    return json.dumps({"type": "event_callback", "team_id": "T01", "event_id": f"Ev{n}",
                       "event": {"type": "message", "channel_type": "im", "channel": channel,
                                 "user": "U0PERSON", "text": text, "ts": f"1700000000.{n:06d}"}}).encode()


class Feed:
    """What a stand-in dialogue may look at besides its message: the channel it is called from."""

    def __init__(self, channel: SlackInput) -> None:
        self.channel = channel

    def later_message_waiting(self) -> bool:
        """Whether a later message of a conversation waits for its turn (the channel's queue
        counts the messages of each conversation it holds)."""
        return any(users > 1 for _lock, users in self.channel.queue._entries.values())


def run_channel(slack, bodies, dialogue):
    """Feeds the bodies to a configured SlackInput in order and waits for every answer; returns the
    HTTP statuses. `dialogue(message, feed)` stands in for Rasa."""
    async def go():
        channel = SlackInput(SlackConfig(TOKEN, SECRET, slack.url))
        feed = Feed(channel)

        async def on_new_message(message):
            await dialogue(message, feed)

        statuses = []
        for body in bodies:
            resp = await channel.receive(body, signed(body), on_new_message)
            statuses.append(resp.status)
        while channel._tasks:
            await asyncio.gather(*list(channel._tasks))
        await channel.api.close()
        return statuses

    return asyncio.run(go())


async def echo(message, feed):
    """Stand-in dialogue: answers with the message's length. A message that ends in 'traag' is
    answered only once the next message of its conversation waits for its turn (a channel that
    did not keep the order would have answered that one already; then this wait fails)."""
    if message.text.endswith("traag"):
        await wait_until_async(feed.later_message_waiting, "the next message waiting for its turn")
    await message.output_channel.send_response(message.sender_id, {"text": f"ontvangen {len(message.text)}"})


def test_messages_of_one_conversation_are_answered_in_order_after_the_notice(slack):
    statuses = run_channel(slack, [dm_event("eerst traag", 1), dm_event("dan snel", 2)], echo)
    assert statuses == [200, 200]
    assert [p["text"] for p in slack.posts] == [admin_notice("slack"), "ontvangen 11", "ontvangen 8"]


def test_a_flood_gets_one_dutch_warning_and_then_silence(slack):
    limit = DEFAULT_MESSAGES_PER_MINUTE  # the one limit of every channel
    bodies = [dm_event(f"bericht {i}", i) for i in range(1, limit + 4)]
    run_channel(slack, bodies, echo)
    texts = [p["text"] for p in slack.posts]
    too_fast = " ".join(str(channel_texts()["te_snel"]).split())
    assert texts[0] == admin_notice("slack")
    assert len([t for t in texts if t.startswith("ontvangen")]) == limit
    assert texts.count(too_fast) == 1 and len(texts) == limit + 2


def test_a_failing_dialogue_gets_a_dutch_apology_and_the_channel_goes_on(slack, caplog):
    async def broken(message, _feed):
        raise RuntimeError(f"kapot bij {message.text}")

    with caplog.at_level(logging.INFO, logger="bot.channels.slack"):
        run_channel(slack, [dm_event("geheime tekst xq9", 1)], broken)
    assert [p["text"] for p in slack.posts] == [admin_notice("slack"), error_text()]
    assert "xq9" not in caplog.text and "RuntimeError" in caplog.text


def test_when_slack_cannot_be_reached_the_dialogue_still_runs_and_nothing_is_logged_of_the_text(caplog):
    from tests.e2e.conftest import free_port

    seen = []

    async def dialogue(message):
        seen.append(message.text)
        await message.output_channel.send_response(message.sender_id, {"text": "antwoord"})

    async def go():
        channel = SlackInput(SlackConfig(TOKEN, SECRET, f"http://127.0.0.1:{free_port()}/api"))
        body = dm_event("tekst xq8", 1)
        status = (await channel.receive(body, signed(body), dialogue)).status
        await asyncio.gather(*list(channel._tasks))
        await channel.api.close()
        return status

    with caplog.at_level(logging.INFO, logger="bot.channels.slack"):
        assert asyncio.run(go()) == 200
    assert seen == ["tekst xq8"]
    assert "could not be posted" in caplog.text and "xq8" not in caplog.text


def test_bad_requests_get_clear_statuses_and_reach_nothing(slack):
    calls = []

    async def dialogue(message):
        calls.append(message)

    async def go():
        channel = SlackInput(SlackConfig(TOKEN, SECRET, slack.url))
        body = dm_event("hallo", 1)
        results = {
            "unsigned": await channel.receive(body, {"Content-Type": "application/json"}, dialogue),
            "too_large": await channel.receive(b"x" * (1024 * 1024 + 1), signed(b"x"), dialogue),
            "not_json": await channel.receive(b"{nope", signed(b"{nope"), dialogue),
            "text_plain": await channel.receive(body, signed(body, "text/plain"), dialogue),
            "bad_form": await channel.receive(b"payload=%7B", signed(b"payload=%7B",
                                                                     "application/x-www-form-urlencoded"), dialogue),
        }
        started = list(channel._tasks)  # none should be; any that was runs to its end first
        await asyncio.gather(*started)
        await channel.api.close()
        return {name: r.status for name, r in results.items()}, started

    statuses, started = asyncio.run(go())
    assert statuses == {"unsigned": 401, "too_large": 413, "not_json": 400, "text_plain": 415, "bad_form": 400}
    assert started == [] and calls == [] and slack.posts == []


def test_only_offered_buttons_reach_the_dialogue_as_intents_and_each_message_has_a_client_key(slack):
    seen = []

    async def offering(message, _feed):
        seen.append(message)
        await message.output_channel.send_text_with_buttons(
            message.sender_id, "Klopt het?", [{"title": "Ja", "payload": "/bevestigen"}])

    bodies = [dm_event("/bevestigen", 1, channel="D0OFFER"), dm_event("/bevestigen", 2, channel="D0OFFER"),
              dm_event("/ /stoppen", 3, channel="D0OFFER"), dm_event("/ /", 4, channel="D0OFFER")]
    assert run_channel(slack, bodies, offering) == [200] * 4
    assert [m.text for m in seen] == ["bevestigen", "/bevestigen", "stoppen"]
    assert all(m.metadata == seen[0].metadata for m in seen)
    key = seen[0].metadata["client"]
    assert set(seen[0].metadata) == {"client"} and key.startswith("slack-") and "U0PERSON" not in key
    assert "geen tekst" in slack.posts_to("D0OFFER")[-1]["text"]
