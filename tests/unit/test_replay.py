"""bot.channels.replay: which answers a message sent again gets, which ids a client may give, and
that the patch points exist in the installed Rasa. That a message sent again (to the same or the
other server) is kept once and answered alike runs against real servers in tests/e2e/test_cluster.py."""

from __future__ import annotations

from collections import deque

import pytest
from rasa.core.processor import MessageProcessor
from rasa.shared.core.events import ActionExecuted, ActiveLoop, BotUttered, SlotSet, UserUtteranceReverted, UserUttered

from bot.channels import replay


def user(text: str, message_id: str) -> UserUttered:
    return UserUttered(text, message_id=message_id)


def bot(text: str, **data) -> BotUttered:
    return BotUttered(text, data=data)


def texts(answers):
    return [a["text"] for a in answers]


def test_a_message_not_in_the_conversation_is_not_a_repeat():
    events = [ActionExecuted("action_listen"), user("hallo", "id-00001"), bot("Hoi")]
    assert replay.answers_after(events, "id-00002") is None
    assert replay.answers_after([], "id-00001") is None


def test_the_answers_of_a_turn_are_its_bot_messages_up_to_the_next_message():
    events = [ActionExecuted("action_listen"), user("hallo", "m1"), ActionExecuted("utter_hallo"), bot("Hoi"),
              bot("Waar gaat het over?", buttons=[{"title": "Pesten", "payload": "/pesten"}]),
              ActionExecuted("action_listen"), user("pesten", "m2"), bot("Vervelend."), ActionExecuted("action_listen")]
    first = replay.answers_after(events, "m1")
    assert texts(first) == ["Hoi", "Waar gaat het over?"]
    assert first[1]["buttons"] == [{"title": "Pesten", "payload": "/pesten"}]  # as Rasa sends them
    assert texts(replay.answers_after(events, "m2")) == ["Vervelend."]
    assert texts(replay.answers_after(deque(events), "m1")) == ["Hoi", "Waar gaat het over?"]  # a tracker's


def test_a_turn_without_answers_is_a_repeat_with_no_answers():
    events = [user("hallo", "m1"), SlotSet("x", 1), ActionExecuted("action_listen")]
    assert replay.answers_after(events, "m1") == []


def test_a_message_logged_again_after_a_rewind_belongs_to_the_same_turn():
    """The two-stage fallback: another message instead of 'yes/no' is rewound and logged again
    with its id; a confirmed earlier message is logged again with the earlier id."""
    events = [user("ik word gepest", "m1"), bot("Bedoel je: pesten?"), ActionExecuted("action_listen"),
              user("ik zag iets", "m2"), ActionExecuted("action_two_stage_fallback"), ActiveLoop(None),
              UserUtteranceReverted(), ActionExecuted("action_listen"), user("ik zag iets", "m2"),
              bot("Klopt het dat het om diefstal gaat?"), ActionExecuted("action_listen"),
              user("ja", "m3"), UserUtteranceReverted(), ActionExecuted("action_listen"),
              user("ik zag iets", "m2"), bot("Dank je."), ActionExecuted("action_listen"),
              user("verder", "m4"), bot("Goed.")]
    assert texts(replay.answers_after(events, "m1")) == ["Bedoel je: pesten?"]
    assert texts(replay.answers_after(events, "m2")) == ["Klopt het dat het om diefstal gaat?"]
    assert texts(replay.answers_after(events, "m3")) == ["Dank je."]
    assert texts(replay.answers_after(events, "m4")) == ["Goed."]


@pytest.mark.parametrize("value, valid", [
    ("0f8fad5b-d9cb-469f-a165-70867728950e", True), ("a" * 8, True), ("A_b-9" * 12 + "abcd", True),
    ("a" * 7, False), ("a" * 65, False), ("met spatie", False), ("ééééééééé", False), (12345678, False),
    (None, False), ("abc/defgh", False)])
def test_which_ids_a_client_may_give(value, valid):
    assert replay.valid_message_id(value) is valid


def test_the_patch_points_exist_and_install_is_idempotent():
    assert callable(MessageProcessor.fetch_tracker_and_update_session)
    replay.install()
    patched = (MessageProcessor.handle_message, MessageProcessor.fetch_tracker_and_update_session)
    replay.install()
    assert (MessageProcessor.handle_message, MessageProcessor.fetch_tracker_and_update_session) == patched
