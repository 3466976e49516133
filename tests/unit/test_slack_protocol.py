"""Slack's protocol without Rasa or network: signing, event and click parsing, conversations,
Block Kit, escaping, deduplication of deliveries and the flood guard."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from slack_sdk.signature import SignatureVerifier

from bot.channels.slack.protocol import (
    BUTTON_TEXT_MAX,
    Challenge,
    Click,
    Ignored,
    Incoming,
    clean_text,
    clicked_update,
    escape,
    parse_event,
    parse_interaction,
    post_message,
    section_texts,
    signature,
    signature_problem,
)
from tests.fakes.slack_api import blocks_problem

# Slack's published example (https://api.slack.com/authentication/verifying-requests-from-slack).
DOC_SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
DOC_TS = "1531420618"
DOC_BODY = (b"token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V"
            b"&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text="
            b"&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIG"
            b"lgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c")
DOC_SIGNATURE = "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503"


# --- signing -------------------------------------------------------------------------------

def test_signature_matches_slacks_published_example():
    assert signature(DOC_SECRET, DOC_TS, DOC_BODY) == DOC_SIGNATURE
    assert signature_problem(DOC_SECRET, DOC_TS, DOC_SIGNATURE, DOC_BODY, now=int(DOC_TS) + 10) is None


def test_signature_agrees_with_slacks_own_sdk():
    body = json.dumps({"type": "event_callback", "event": {"text": "héél fijn"}}).encode()
    ts = "1700000000"
    sdk = SignatureVerifier("geheim", clock=type("C", (), {"now": lambda self: 1700000005})())
    assert sdk.is_valid(body, ts, signature("geheim", ts, body))
    assert signature_problem("geheim", ts, sdk.generate_signature(timestamp=ts, body=body), body,
                             now=1700000005) is None


def test_wrong_secret_and_tampered_body_are_refused():
    now = int(DOC_TS)
    assert signature_problem("another-secret", DOC_TS, DOC_SIGNATURE, DOC_BODY, now) == "bad_signature"
    assert signature_problem(DOC_SECRET, DOC_TS, DOC_SIGNATURE, DOC_BODY + b"&x=1", now) == "bad_signature"
    assert signature_problem(DOC_SECRET, DOC_TS, DOC_SIGNATURE.upper(), DOC_BODY, now) == "bad_signature"
    assert signature_problem(DOC_SECRET, DOC_TS, "v0=é" + DOC_SIGNATURE[4:], DOC_BODY, now) == "bad_signature"
    # the timestamp is part of what is signed: the same signature with another time fails
    assert signature_problem(DOC_SECRET, str(now + 1), DOC_SIGNATURE, DOC_BODY, now) == "bad_signature"


def test_old_or_future_timestamps_are_replays():
    ts = int(DOC_TS)
    assert signature_problem(DOC_SECRET, DOC_TS, DOC_SIGNATURE, DOC_BODY, now=ts + 300) is None
    assert signature_problem(DOC_SECRET, DOC_TS, DOC_SIGNATURE, DOC_BODY, now=ts + 301) == "stale_timestamp"
    assert signature_problem(DOC_SECRET, DOC_TS, DOC_SIGNATURE, DOC_BODY, now=ts - 301) == "stale_timestamp"


@pytest.mark.parametrize("timestamp, signed, problem", [
    (None, DOC_SIGNATURE, "missing_headers"),
    (DOC_TS, None, "missing_headers"),
    ("", "", "missing_headers"),
    ("abc", DOC_SIGNATURE, "bad_timestamp"),
    ("-1531420618", DOC_SIGNATURE, "bad_timestamp"),
    ("1.5e9", DOC_SIGNATURE, "bad_timestamp"),
    ("9" * 40, DOC_SIGNATURE, "bad_timestamp"),
])
def test_missing_or_malformed_headers_are_refused(timestamp, signed, problem):
    assert signature_problem(DOC_SECRET, timestamp, signed, DOC_BODY, now=int(DOC_TS)) == problem


def test_an_empty_secret_is_a_configuration_error_not_a_pass():
    with pytest.raises(ValueError):
        signature_problem("", DOC_TS, DOC_SIGNATURE, DOC_BODY, now=int(DOC_TS))


# --- events ----------------------------------------------------------------------------------

def envelope(event: dict, event_id: str = "Ev01", bot_user: str = "UBOT") -> dict:
    return {"token": "x", "team_id": "T01", "api_app_id": "A01", "type": "event_callback",
            "event_id": event_id, "event_time": 1700000000, "event": event,
            "authorizations": [{"team_id": "T01", "user_id": bot_user, "is_bot": True}]}


def dm(text="hallo", **extra) -> dict:
    return {"type": "message", "channel": "D0DM", "user": "U0PERSON", "text": text,
            "ts": "1700000001.000200", "channel_type": "im", **extra}


def test_url_verification_challenge():
    assert parse_event({"type": "url_verification", "challenge": "3eZbrw1aB"}) == Challenge("3eZbrw1aB")
    assert isinstance(parse_event({"type": "url_verification"}), Ignored)


def test_direct_message_is_one_conversation_per_dm_channel():
    got = parse_event(envelope(dm("mijn collega's negeren me")))
    assert got == Incoming(conversation_id="slack:T01:D0DM:U0PERSON", channel="D0DM", thread_ts=None,
                           text="mijn collega's negeren me",
                           delivery_keys=("event:Ev01", "message:T01:D0DM:1700000001.000200"),
                           user="T01:U0PERSON")


def test_a_thread_in_a_dm_is_its_own_conversation_answered_in_that_thread():
    got = parse_event(envelope(dm(thread_ts="1700000000.000100")))
    assert got.conversation_id == "slack:T01:D0DM:U0PERSON:1700000000.000100"
    assert got.thread_ts == "1700000000.000100" and got.channel == "D0DM"


def test_a_mention_in_a_channel_starts_a_thread_under_it_and_continues_there():
    top = {"type": "app_mention", "channel": "C0TEAM", "user": "U0PERSON", "text": "<@UBOT> hallo",
           "ts": "1700000005.000300"}
    got = parse_event(envelope(top))
    assert got.text == "hallo"
    assert got.thread_ts == "1700000005.000300"
    assert got.conversation_id == "slack:T01:C0TEAM:U0PERSON:1700000005.000300"
    reply = {**top, "ts": "1700000009.000400", "thread_ts": "1700000005.000300", "text": "<@UBOT> ja"}
    assert parse_event(envelope(reply, event_id="Ev02")).conversation_id == got.conversation_id



def test_someone_writing_in_another_persons_thread_gets_a_conversation_of_their_own():
    top = {"type": "app_mention", "channel": "C0TEAM", "user": "U0PERSON", "text": "<@UBOT> hallo",
           "ts": "1700000005.000300"}
    owner = parse_event(envelope(top))
    intruder = {**top, "user": "U0OTHER", "ts": "1700000009.000400", "thread_ts": "1700000005.000300",
                "text": "<@UBOT> /bevestigen"}
    got = parse_event(envelope(intruder, event_id="Ev03"))
    assert got.thread_ts == owner.thread_ts  # answered in the same thread, where they wrote
    assert got.conversation_id != owner.conversation_id and "U0OTHER" in got.conversation_id
    click = parse_interaction(click_body(channel="C0TEAM", user="U0OTHER", message={
        "type": "message", "ts": "1700000010.000500", "thread_ts": "1700000005.000300", "text": "?"}))
    assert click.conversation_id == got.conversation_id != owner.conversation_id

@pytest.mark.parametrize("event, reason", [
    (dm(bot_id="B01"), "bot_message"),
    (dm(bot_profile={"id": "B01"}), "bot_message"),
    (dm(subtype="bot_message"), "subtype"),
    (dm(subtype="message_changed"), "subtype"),
    (dm(subtype="message_deleted"), "subtype"),
    (dm(subtype="channel_join"), "subtype"),
    (dm(user="UBOT"), "not_a_person"),  # our own message
    (dm(user=None), "not_a_person"),
    ({**dm(), "channel_type": "channel", "channel": "C0TEAM"}, "channel_message_without_mention"),
    ({"type": "reaction_added", "user": "U0PERSON"}, "event_type"),
    (dm(ts="now"), "malformed_event"),
    (dm(channel="D0DM:slack:T01:other"), "malformed_event"),
    (dm(channel="d0dm"), "malformed_event"),
    (dm(thread_ts="../x"), "malformed_event"),
])
def test_what_is_not_a_persons_new_message_is_ignored(event, reason):
    got = parse_event(envelope(event))
    assert got == Ignored(reason)


def test_ignored_reasons_never_carry_text():
    for body in ({"type": "x" * 500}, [], "text", {"type": "event_callback", "event": dm("geheim verhaal")}):
        got = parse_event(body)
        if isinstance(got, Ignored):
            assert "geheim" not in got.reason and len(got.reason) <= 60


def test_a_file_share_keeps_its_text_and_a_thread_broadcast_counts():
    assert parse_event(envelope(dm("zie bijlage", subtype="file_share"))).text == "zie bijlage"
    assert isinstance(parse_event(envelope(dm(subtype="thread_broadcast", thread_ts="1.2"))), Incoming)


def test_event_without_an_event_id_is_still_deduplicated_by_its_message():
    env = envelope(dm())
    del env["event_id"]
    assert parse_event(env).delivery_keys == ("message:T01:D0DM:1700000001.000200",)


def test_clean_text_removes_slack_markup():
    assert clean_text("<@UBOT> hoi <@U0JAN|jan>") == "hoi"
    assert clean_text("<@UBOT>   mijn  collega\n<@U0JAN> pest me") == "mijn collega pest me"
    assert clean_text("zie <https://intranet.example/x|het intranet> en <https://a.example>") == \
        "zie het intranet en https://a.example"
    assert clean_text("mail <mailto:vp@example.nl|vp@example.nl> of <mailto:a@b.nl>") == "mail vp@example.nl of a@b.nl"
    assert clean_text("<!here> <!channel> in <#C0TEAM|algemeen>") == "in #algemeen"
    assert clean_text("5 &lt; 6 &amp;&amp; 7 &gt; 3") == "5 < 6 && 7 > 3"
    # typed (escaped) markup stays text and does not become a mention
    assert clean_text("&lt;@U0JAN&gt; deed het") == "<@U0JAN> deed het"
    assert clean_text("<@UBOT>") == ""


# --- button clicks ---------------------------------------------------------------------------

def click_body(channel="D0DM", message: dict | None = None, actions=None, kind="block_actions",
               user="U0PERSON") -> bytes:
    message = message if message is not None else {
        "type": "message", "bot_id": "B0FAKEBOT", "ts": "1700000010.000500", "text": "Klopt het?",
        "blocks": [{"type": "section", "text": {"type": "mrkdwn", "text": "Klopt het?"}},
                   {"type": "actions", "block_id": "knoppen_0", "elements": []}]}
    payload = {"type": kind, "user": {"id": user, "team_id": "T01"}, "team": {"id": "T01"},
               "container": {"type": "message", "message_ts": message.get("ts"), "channel_id": channel},
               "channel": {"id": channel}, "message": message, "response_url": "https://hooks.example/x",
               "actions": actions if actions is not None else [
                   {"type": "button", "action_id": "knop_0", "block_id": "knoppen_0", "value": "/bevestigen",
                    "text": {"type": "plain_text", "text": "Ja, dat klopt"}, "action_ts": "1700000011.1"}]}
    return urlencode({"payload": json.dumps(payload)}).encode()


def test_a_click_in_a_dm_gives_the_buttons_payload_to_the_dm_conversation():
    got = parse_interaction(click_body())
    assert got.conversation_id == "slack:T01:D0DM:U0PERSON" and got.thread_ts is None
    assert got.text == "/bevestigen"
    assert got.click.title == "Ja, dat klopt" and got.click.message_ts == "1700000010.000500"
    assert got.delivery_keys == ("clicked:T01:D0DM:1700000010.000500",)


def test_a_click_in_a_thread_belongs_to_the_threads_conversation():
    mention = parse_event(envelope({"type": "app_mention", "channel": "C0TEAM", "user": "U0PERSON",
                                    "text": "<@UBOT> hallo", "ts": "1700000005.000300"}))
    message = {"type": "message", "ts": "1700000010.000500", "thread_ts": "1700000005.000300", "text": "?"}
    got = parse_interaction(click_body(channel="C0TEAM", message=message))
    assert got.conversation_id == mention.conversation_id
    assert got.thread_ts == "1700000005.000300"


def test_a_click_on_a_dm_message_that_got_replies_stays_in_the_dm_conversation():
    message = {"type": "message", "ts": "1700000010.000500", "thread_ts": "1700000010.000500", "text": "?"}
    assert parse_interaction(click_body(message=message)).conversation_id == "slack:T01:D0DM:U0PERSON"


def test_other_interactions_are_ignored():
    assert parse_interaction(click_body(kind="view_submission")) == Ignored("interaction_type")
    assert parse_interaction(click_body(actions=[{"type": "static_select", "action_ts": "1.1"}])) == \
        Ignored("not_a_button_with_a_value")
    assert parse_interaction(click_body(actions=[{"type": "button", "url": "https://x", "action_ts": "1.1"}])) == \
        Ignored("not_a_button_with_a_value")
    message = {"type": "message", "ts": "1700000010.000500", "text": "?"}  # top of a channel: not ours
    assert parse_interaction(click_body(channel="C0TEAM", message=message)) == Ignored("button_outside_a_conversation")


@pytest.mark.parametrize("body", [b"", b"payload=", b"payload=%7Bnot+json", b"payload=%5B%5D", b"\xff\xfe",
                                  b"foo=bar"])
def test_a_malformed_interaction_body_is_an_error(body):
    with pytest.raises(ValueError):  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        parse_interaction(body)


# --- outbound --------------------------------------------------------------------------------

def test_escape_follows_slacks_three_rules():
    assert escape("<@U0JAN> & <!channel> > x") == "&lt;@U0JAN&gt; &amp; &lt;!channel&gt; &gt; x"
    assert clean_text(escape("a < b & c > d")) == "a < b & c > d"


def test_plain_answer_is_escaped_text_without_blocks():
    body = post_message("D0DM", "Bel <!channel> & 112", thread_ts=None)
    assert body == {"channel": "D0DM", "text": "Bel &lt;!channel&gt; &amp; 112",
                    "unfurl_links": False, "unfurl_media": False}
    assert post_message("C0TEAM", "hoi", thread_ts="1.2")["thread_ts"] == "1.2"


def test_buttons_become_block_kit_with_the_payload_as_value():
    buttons = [{"title": "Ja, dat klopt", "payload": "/bevestigen"},
               {"title": "Nee, iets anders", "payload": "/ontkennen"},
               {"title": "Pesten", "payload": '/kies_situatie{"situatie":"pesten"}'}]
    body = post_message("D0DM", "Klopt het dat het gaat om pesten & <treiteren>?", buttons)
    assert body["text"] == "Klopt het dat het gaat om pesten &amp; &lt;treiteren&gt;?"
    section, actions = body["blocks"]
    assert section == {"type": "section", "text": {"type": "mrkdwn", "text": body["text"]}}
    assert [e["value"] for e in actions["elements"]] == [b["payload"] for b in buttons]
    assert [e["text"]["text"] for e in actions["elements"]] == [b["title"] for b in buttons]
    assert all(e["text"]["type"] == "plain_text" and e["type"] == "button" for e in actions["elements"])
    assert blocks_problem(body["blocks"]) is None


def test_long_titles_are_shortened_and_unusable_buttons_left_out():
    buttons = [{"title": "Een heel lang antwoord " * 5, "payload": "/a"}, {"title": "geen payload"},
               {"title": "te lang", "payload": "/" + "x" * 2000}] + \
              [{"title": f"knop {i}", "payload": f"/k{i}"} for i in range(30)]
    body = post_message("D0DM", "Kies", buttons)
    elements = [e for b in body["blocks"] if b["type"] == "actions" for e in b["elements"]]
    assert len(elements) == 31
    assert len(elements[0]["text"]["text"]) == BUTTON_TEXT_MAX and elements[0]["text"]["text"].endswith("…")
    assert [len(b["elements"]) for b in body["blocks"] if b["type"] == "actions"] == [25, 6]
    assert len({e["action_id"] for e in elements}) == 31
    assert blocks_problem(body["blocks"]) is None


def test_long_text_is_split_into_valid_sections_without_cutting_an_escape():
    text = ("Een zin met een & en een < teken. " * 150).strip()
    pieces = section_texts(text)
    assert len(pieces) > 1 and all(len(p) <= 3000 for p in pieces)
    assert " ".join(pieces) == escape(text)
    ampersands = section_texts("&" * 1000)
    assert all(len(p) <= 3000 and p.count("&") == p.count("&amp;") for p in ampersands)
    assert "".join(ampersands) == "&amp;" * 1000
    body = post_message("D0DM", text, [{"title": "Ja", "payload": "/bevestigen"}])
    assert blocks_problem(body["blocks"]) is None


def test_clicked_message_keeps_its_text_and_shows_the_choice_instead_of_buttons():
    blocks = ({"type": "section", "text": {"type": "mrkdwn", "text": "Klopt het?"}},
              {"type": "actions", "elements": [{"type": "button"}]})
    click = Click(message_ts="1700000010.000500", title="Ja <dat> klopt", blocks=blocks, fallback_text="Klopt het?")
    body = clicked_update("D0DM", click, "Je koos: {keuze}")
    assert body["channel"] == "D0DM" and body["ts"] == "1700000010.000500" and body["text"] == "Klopt het?"
    assert [b["type"] for b in body["blocks"]] == ["section", "context"]
    assert body["blocks"][1]["elements"][0]["text"] == "Je koos: Ja &lt;dat&gt; klopt"
    assert blocks_problem(body["blocks"]) is None
