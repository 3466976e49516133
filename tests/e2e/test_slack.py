"""The Slack channel end to end: the real action server + Rasa server with the trained model
(scripts/run.sh via start_bot), Slack's side played over real HTTP on 127.0.0.1: the test sends
signed Events API and Interactivity requests like Slack does, and a local fake Slack Web API
(tests/fakes/slack_api.py) receives the bot's chat.postMessage / chat.update calls.

Requests are signed here with Slack's own SDK (slack_sdk), not with the code under test.
"""

from __future__ import annotations

import itertools
import json
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlencode

import pytest
from slack_sdk.signature import SignatureVerifier

from bot.channels.common import admin_notice, check_text
from bot.channels.slack.protocol import clean_text
from tests import texts as bot_texts
from tests.e2e.conftest import start_bot
from tests.fakes.slack_api import FakeSlackApi
from tests.texts import crisis_numbers

pytestmark = pytest.mark.e2e
TOKEN = "xoxb-e2e-" + uuid.uuid4().hex
SECRET = "e2e-signing-secret-" + uuid.uuid4().hex
TEAM, BOT_USER, PERSON = "T0E2E", "U0BOT", "U0PERSON"
DESCRIPTION = "mijn collega's negeren me al weken en lachen me uit"
_seq = itertools.count(1)


# --- Slack's side --------------------------------------------------------------------------

def new_id(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:10].upper()


def new_ts() -> str:
    return f"{int(time.time())}.{next(_seq):06d}"


def sign(body: bytes, ts: int | None = None, secret: str = SECRET) -> dict:
    ts = str(int(time.time()) if ts is None else ts)
    return {"X-Slack-Request-Timestamp": ts,
            "X-Slack-Signature": SignatureVerifier(secret).generate_signature(timestamp=ts, body=body)}


def event_body(event: dict, event_id: str | None = None) -> bytes:
    return json.dumps({"token": "legacy", "team_id": TEAM, "api_app_id": "A0E2E", "type": "event_callback",
                       "event_id": event_id or new_id("Ev"), "event_time": int(time.time()), "event": event,
                       "authorizations": [{"team_id": TEAM, "user_id": BOT_USER, "is_bot": True}]}).encode()


def dm_event(channel: str, text: str, **extra) -> dict:
    return {"type": "message", "channel_type": "im", "channel": channel, "user": PERSON, "text": text,
            "ts": new_ts(), "event_ts": new_ts(), **extra}


def click_body(post: dict, value: str) -> bytes:
    """The block_actions request Slack sends when the person clicks the button with `value` in
    the bot's message `post` (as the fake Web API stored it)."""
    button = next(e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"] if e["value"] == value)
    message = {"type": "message", "bot_id": "B0FAKEBOT", "ts": post["ts"], "text": post["text"],
               "blocks": post["blocks"], **({"thread_ts": post["thread_ts"]} if post.get("thread_ts") else {})}
    payload = {"type": "block_actions", "user": {"id": PERSON, "team_id": TEAM}, "team": {"id": TEAM},
               "api_app_id": "A0E2E", "trigger_id": "1.2.3",
               "container": {"type": "message", "message_ts": post["ts"], "channel_id": post["channel"],
                             "is_ephemeral": False},
               "channel": {"id": post["channel"], "name": "directmessage"}, "message": message,
               "response_url": "https://hooks.slack.invalid/actions/x", "state": {"values": {}},
               "actions": [{"type": "button", "action_id": button["action_id"], "block_id": "knoppen_0",
                            "text": button["text"], "value": value, "action_ts": new_ts()}]}
    return urlencode({"payload": json.dumps(payload)}).encode()


def deliver(bot, body: bytes, headers: dict | None = None, content_type: str = "application/json",
            signed: bool = True) -> tuple[int, float, bytes]:
    """POST to the Slack webhook as Slack does; (status, seconds until the answer, body)."""
    all_headers = {"Content-Type": content_type, **(sign(body) if signed else {}), **(headers or {})}
    req = urllib.request.Request(f"{bot['url']}/webhooks/slack/webhook", data=body, headers=all_headers,
                                 method="POST")
    started = time.monotonic()
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, time.monotonic() - started, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, time.monotonic() - started, err.read()


def texts(posts) -> list[str]:
    return [clean_text(p["text"]) for p in posts]


def rest(bot, sender: str, message: str) -> list[dict]:
    req = urllib.request.Request(f"{bot['url']}/webhooks/rest/webhook",
                                 data=json.dumps({"sender": sender, "message": message}).encode(),
                                 headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=60) as resp:
        return json.loads(resp.read())


def words(strings) -> list[str]:
    return " ".join(strings).split()


TOO_LONG = "ik " * 1001  # over the length cap: refused by the channel, never reaches the dialogue


def all_posts(bot, slack, channel: str, thread_ts: str | None = None, user: str = PERSON) -> list[dict]:
    """Every post in the conversation (channel, thread and person), once all that was delivered to
    it before is answered: a message over the length cap goes through the conversation's queue
    last, and the channel answers a conversation in order, so its refusal comes only after every
    earlier answer. The refusal is the last post returned. (A delivery of another conversation
    that the bot took by mistake would post the admin notice at once, before this refusal: almost
    surely, not by the queue.) A caller whose own last message was over the cap waits for that
    refusal first: it has the barrier's text."""
    where = {"thread_ts": thread_ts} if thread_ts else {}
    before = len(slack.posts_to(channel, thread_ts))
    if channel.startswith("D"):
        event = dm_event(channel, TOO_LONG, user=user, **where)
    else:
        event = {"type": "app_mention", "channel": channel, "user": user, "text": f"<@{BOT_USER}> {TOO_LONG}",
                 "ts": new_ts(), **where}
    assert deliver(bot, event_body(event))[0] == 200
    barrier = clean_text(check_text(TOO_LONG).text)
    slack.wait_for(lambda s: barrier in texts(s.posts_to(channel, thread_ts)[before:]))
    posts = slack.posts_to(channel, thread_ts)
    assert texts(posts)[-1] == barrier, texts(posts)  # nothing came after it
    return posts



# --- the bot, configured for the fake ------------------------------------------------------

@pytest.fixture(scope="class")
def slack():
    with FakeSlackApi(token=TOKEN) as fake:
        yield fake


@pytest.fixture(scope="class")
def bot(tmp_path_factory, slack):
    tmp = tmp_path_factory.mktemp("slack")
    credentials = tmp / "credentials.yml"
    credentials.write_text("rest:\nbot.channels.slack.channel.SlackInput:\n")
    env = {"BOT_SLACK_BOT_TOKEN": TOKEN, "BOT_SLACK_SIGNING_SECRET": SECRET, "BOT_SLACK_API_URL": slack.url}
    with start_bot(tmp / "var", credentials=credentials, env=env) as running:
        yield running


NOTICE = admin_notice("slack")
GREETING = bot_texts.text("utter_begroeting")
CHECK = bot_texts.fixed_start("utter_check_situatie")
ACKNOWLEDGED = bot_texts.text("utter_situatie_erkend", **bot_texts.BULLIED)


class TestSlackChannel:
    def test_url_verification_is_answered_only_when_signed(self, bot):
        body = json.dumps({"token": "legacy", "challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P",
                           "type": "url_verification"}).encode()
        status, _, answer = deliver(bot, body)
        assert status == 200
        assert json.loads(answer) == {"challenge": "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P"}
        assert deliver(bot, body, signed=False)[0] == 401

    def test_dm_hallo_gets_the_admin_notice_first_then_the_dutch_greeting(self, bot, slack):
        channel = new_id("D")
        started = time.monotonic()
        status, took, _ = deliver(bot, event_body(dm_event(channel, "hallo")))
        assert status == 200
        slack.wait_for(lambda s: any(GREETING in t for t in texts(s.posts_to(channel))))
        round_trip = time.monotonic() - started
        posts = all_posts(bot, slack, channel)[:-1]
        said = texts(posts)
        assert said[0] == NOTICE == bot_texts.content_text("kanalen.yml", "beheerder_melding", "slack")
        greeting = " ".join(said[1:])
        assert GREETING in greeting
        assert any(line in greeting for line in bot_texts.storage_lines(20))  # the configured retention
        assert all("thread_ts" not in p for p in posts)  # a DM is answered in the DM itself
        assert said.count(NOTICE) == 1
        print(f"\n[slack] webhook answered in {took * 1000:.0f} ms; "
              f"'hallo' -> greeting at the fake Web API in {round_trip:.2f} s")

    def test_a_description_gets_the_check_question_as_block_kit_buttons(self, bot, slack):
        channel = new_id("D")
        deliver(bot, event_body(dm_event(channel, DESCRIPTION)))
        post = slack.wait_for(lambda s: next((p for p in s.posts_to(channel) if "blocks" in p), None))
        section = post["blocks"][0]
        assert section["type"] == "section" and section["text"]["type"] == "mrkdwn"
        assert section["text"]["text"].startswith(CHECK)
        assert post["text"] == section["text"]["text"]  # the fallback for notifications
        buttons = [e for b in post["blocks"] if b["type"] == "actions" for e in b["elements"]]
        assert [b["value"] for b in buttons] == ["/bevestigen", "/ontkennen"]
        assert all(b["type"] == "button" and b["text"]["type"] == "plain_text" for b in buttons)
        assert texts(slack.posts_to(channel))[0] == NOTICE

    def test_a_signed_click_goes_on_exactly_like_the_rest_channel(self, bot, slack):
        channel = new_id("D")
        deliver(bot, event_body(dm_event(channel, DESCRIPTION)))
        question = slack.wait_for(lambda s: next((p for p in s.posts_to(channel) if "blocks" in p), None))
        before = len(slack.posts_to(channel))
        status, took, _ = deliver(bot, click_body(question, "/bevestigen"),
                                  content_type="application/x-www-form-urlencoded")
        assert status == 200 and took < 2.5
        after = all_posts(bot, slack, channel)[before:-1]
        # the same dialogue as over the REST channel
        sender = new_id("rest")
        rest(bot, sender, DESCRIPTION)
        expected = rest(bot, sender, "/bevestigen")
        assert words(texts(after)) == words(r.get("text", "") for r in expected)
        expected_buttons = [b["payload"] for r in expected for b in r.get("buttons", [])]
        got_buttons = [e["value"] for p in after for b in p.get("blocks", []) if b["type"] == "actions"
                       for e in b["elements"]]
        assert got_buttons == expected_buttons
        # the clicked buttons are replaced by the choice
        update = slack.wait_for(lambda s: next((u for u in s.updates if u["ts"] == question["ts"]), None))
        assert [b["type"] for b in update["blocks"]] == ["section", "context"]
        assert update["blocks"][1]["elements"][0]["text"] == "Je koos: Ja, dat klopt"
        # a second click on the same message (or a replay of it) is not answered again
        count = len(slack.posts_to(channel))
        form = "application/x-www-form-urlencoded"
        assert deliver(bot, click_body(question, "/ontkennen"), content_type=form)[0] == 200
        assert len(all_posts(bot, slack, channel)) == count + 1  # only the refusal of the long message

    def test_a_mention_in_a_channel_is_answered_in_its_thread(self, bot, slack):
        channel, root = new_id("C"), new_ts()
        deliver(bot, event_body({"type": "app_mention", "channel": channel, "user": PERSON,
                                 "text": f"<@{BOT_USER}> hallo", "ts": root, "event_ts": root}))
        first = all_posts(bot, slack, channel, thread_ts=root)[:-1]
        assert all(p.get("thread_ts") == root for p in slack.posts_to(channel))
        assert any(GREETING in t for t in texts(first))
        assert texts(first)[0] == NOTICE
        # the next message in that thread is the same conversation: no second notice
        deliver(bot, event_body({"type": "app_mention", "channel": channel, "user": PERSON,
                                 "text": f"<@{BOT_USER}> {DESCRIPTION}", "ts": new_ts(), "thread_ts": root}))
        question = slack.wait_for(lambda s: next((p for p in s.posts_to(channel) if "blocks" in p), None))
        assert question["thread_ts"] == root
        assert texts(slack.posts_to(channel)).count(NOTICE) == 1
        # a click in the thread continues the thread's conversation, answered in the thread
        before = len(slack.posts_to(channel))
        deliver(bot, click_body(question, "/bevestigen"), content_type="application/x-www-form-urlencoded")
        after = all_posts(bot, slack, channel, thread_ts=root)[before:-1]
        assert after and all(p.get("thread_ts") == root for p in after) and NOTICE not in texts(after)
        # a plain channel message (no mention) is not the bot's business: then a mention in that
        # channel gets the only posts there (the notice and the refusal, in the mention's thread)
        other, mention = new_id("C"), new_ts()
        assert deliver(bot, event_body({**dm_event(other, "hallo"), "channel_type": "channel"}))[0] == 200
        assert deliver(bot, event_body({"type": "app_mention", "channel": other, "user": PERSON,
                                        "text": f"<@{BOT_USER}> hallo", "ts": mention}))[0] == 200
        in_thread = all_posts(bot, slack, other, thread_ts=mention)
        assert slack.posts_to(other) == in_thread and texts(in_thread)[0] == NOTICE

    def test_someone_else_in_a_thread_gets_a_conversation_of_their_own(self, bot, slack):
        channel, root = new_id("C"), new_ts()
        deliver(bot, event_body({"type": "app_mention", "channel": channel, "user": PERSON,
                                 "text": f"<@{BOT_USER}> {DESCRIPTION}", "ts": root, "event_ts": root}))
        question = slack.wait_for(lambda s: next((p for p in s.posts_to(channel) if "blocks" in p), None))
        assert texts(slack.posts_to(channel)).count(NOTICE) == 1
        # a colleague writes the button's payload in that thread: it is not their conversation,
        # so they get the notice of a new conversation and their '/bevestigen' is no click
        before = len(slack.posts_to(channel))
        deliver(bot, event_body({"type": "app_mention", "channel": channel, "user": "U0COLLEGA",
                                 "text": f"<@{BOT_USER}> /bevestigen", "ts": new_ts(), "thread_ts": root}))
        theirs = all_posts(bot, slack, channel, thread_ts=root, user="U0COLLEGA")[before:-1]
        assert len(theirs) >= 2 and texts(theirs)[0] == NOTICE and all(p.get("thread_ts") == root for p in theirs)
        assert not any(ACKNOWLEDGED in t for t in texts(theirs))
        # the owner's click still continues the owner's conversation
        before = len(slack.posts_to(channel))
        deliver(bot, click_body(question, "/bevestigen"), content_type="application/x-www-form-urlencoded")
        after = all_posts(bot, slack, channel, thread_ts=root)[before:-1]
        assert NOTICE not in texts(after)
        assert any(ACKNOWLEDGED in t for t in texts(after))

    def test_wrongly_signed_tampered_and_replayed_requests_get_401_and_nothing_is_posted(self, bot, slack):
        channel = new_id("D")
        body = event_body(dm_event(channel, "hallo"))
        tampered = body.replace(b"hallo", b"hoi!!")
        now = int(time.time())
        attempts = {
            "wrong secret": sign(body, secret="not-the-secret"),
            "tampered body": {**sign(body), "_body": tampered},
            "replayed (10 minutes old)": sign(body, ts=now - 600),
            "from the future": sign(body, ts=now + 600),
            "no signature": {"X-Slack-Request-Timestamp": str(now)},
            "no headers": {},
        }
        for name, headers in attempts.items():
            send = headers.pop("_body", body)
            status, _, _ = deliver(bot, send, headers=headers, signed=False)
            assert status == 401, name
        # then a valid message: the notice and its refusal are all the conversation gets
        assert texts(all_posts(bot, slack, channel)) == [NOTICE, clean_text(check_text(TOO_LONG).text)]
        log = (bot["log_dir"] / "rasa.log").read_text(errors="replace")
        assert "request refused (bad_signature)" in log and "request refused (stale_timestamp)" in log

    def test_a_retried_or_replayed_delivery_is_answered_once(self, bot, slack):
        channel = new_id("D")
        body = event_body(dm_event(channel, "hallo"))
        first = sign(body)
        assert deliver(bot, body, headers=first, signed=False)[0] == 200
        assert deliver(bot, body, headers={"X-Slack-Retry-Num": "1", "X-Slack-Retry-Reason": "http_timeout"})[0] == 200
        assert deliver(bot, body, headers=first, signed=False)[0] == 200  # the very same request again
        said = texts(all_posts(bot, slack, channel)[:-1])
        assert said.count(NOTICE) == 1 and len([t for t in said if GREETING in t]) == 1
        # a retry of a delivery we never took (we were down, say) is answered
        other = new_id("D")
        assert deliver(bot, event_body(dm_event(other, "hallo")), headers={"X-Slack-Retry-Num": "2"})[0] == 200
        slack.wait_for(lambda s: any(GREETING in t for t in texts(s.posts_to(other))))

    def test_the_webhook_answers_at_once_even_while_the_bot_is_slow(self, bot, slack):
        channel = new_id("D")
        slack.delay = 3.5  # every Web API call takes longer than Slack waits for an answer (3 s)
        try:
            timings = []
            for text in ("hallo", DESCRIPTION):
                status, took, _ = deliver(bot, event_body(dm_event(channel, text)))
                assert status == 200
                timings.append(took)
            assert max(timings) < 1.0, timings
            posts = slack.wait_for(lambda s: s.posts_to(channel) if any(
                "blocks" in p for p in s.posts_to(channel)) else None, timeout=90)
        finally:
            slack.delay = 0.0
        said = texts(posts)
        # both answered, in order, after one notice
        assert said[0] == NOTICE and GREETING in " ".join(said)
        assert said[-1].startswith(CHECK)
        print(f"\n[slack] webhook answered in {max(timings) * 1000:.0f} ms at most while each Web API call "
              f"took 3.5 s")

    def test_crisis_answer_carries_the_numbers_from_the_content_file(self, bot, slack):
        channel = new_id("D")
        deliver(bot, event_body(dm_event(channel, "ik wil niet meer leven")))
        said = " ".join(texts(all_posts(bot, slack, channel)[1:-1]))  # it may come in several posts
        assert all(number in said for number in crisis_numbers()), said

    def test_too_long_and_empty_messages_get_a_dutch_answer_and_reach_no_dialogue(self, bot, slack):
        channel = new_id("D")
        too_long = clean_text(check_text(TOO_LONG).text)
        deliver(bot, event_body(dm_event(channel, "ik " * 1001)))
        # all_posts' barrier is this same refusal: wait for ours first, or the barrier's wait could
        # be met by ours arriving late (CI run of 933c9c9 saw exactly that)
        slack.wait_for(lambda s: too_long in texts(s.posts_to(channel)))
        # the refusal, and then the refusal of all_posts' own long message: nothing in between
        assert texts(all_posts(bot, slack, channel)) == [NOTICE, too_long, too_long]
        thread, root = new_id("C"), new_ts()
        deliver(bot, event_body({"type": "app_mention", "channel": thread, "user": PERSON,
                                 "text": f"<@{BOT_USER}>", "ts": root}))
        assert texts(all_posts(bot, slack, thread, thread_ts=root)) == \
            [NOTICE, clean_text(check_text("").text), too_long]

    def test_bots_edits_and_own_messages_are_not_answered(self, bot, slack):
        channel = new_id("D")
        for event in (dm_event(channel, "hallo", bot_id="B0OTHER"),
                      dm_event(channel, "hallo", subtype="message_changed"),
                      {**dm_event(channel, "hallo"), "user": BOT_USER}):
            assert deliver(bot, event_body(event))[0] == 200
        # then a message of the person: the notice and its refusal are all the channel gets
        assert texts(all_posts(bot, slack, channel)) == [NOTICE, clean_text(check_text(TOO_LONG).text)]

    def test_no_message_text_in_logs(self, bot, slack):
        channel = new_id("D")
        deliver(bot, event_body(dm_event(channel, "mijn teamleider zit steeds aan mijn haar xq7z")))
        all_posts(bot, slack, channel)  # the message is handled to its end, its log lines written
        for log in Path(bot["log_dir"]).glob("*.log"):
            assert "xq7z" not in log.read_text(errors="replace"), f"message text leaked into {log}"
