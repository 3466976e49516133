"""Fifth stranger test (2026-11-30): answers that were wrong or missing, with a real rasa_sdk
Tracker and CollectingDispatcher."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests.actions.domain import DOMAIN

FAQ_ASKED = {"event": "bot", "text": "Bedoel je: je hebt een vraag over de vertrouwenspersoon?",
             "metadata": {"utter_action": "utter_ask_affirmation"},
             "data": {"buttons": [{"title": "Ja, dat bedoel ik", "payload": "/faq"},
                                  {"title": "Nee, iets anders", "payload": "/out_of_scope"}]}}
SELECTED = {"faq": {"response": {"intent_response_key": "faq/chat_geeft_niets_door",
                                 "utter_action": "utter_faq/chat_geeft_niets_door", "confidence": 0.3}}}


def _tracker(events, text, intent, slots=None, extra=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": [], **(extra or {})}
    return Tracker("gesprek-5", dict(slots or {}), latest, events, False, None, {}, "action_listen")


def _run(action, trk):
    dispatcher = CollectingDispatcher()
    return dispatcher.messages, action.run(dispatcher, trk, DOMAIN)


def _original():
    return {"event": "user", "text": "niemand op de bouw weet dat ik dit doe toch?",
            "parse_data": {"intent": {"name": "nlu_fallback"}, "response_selector": SELECTED}}


def _button_yes():
    """c30: the yes button under the question; the loop reverts and replays it as /faq."""
    return [_original(), {"event": "action", "name": "action_two_stage_fallback"},
            {"event": "active_loop", "name": "action_two_stage_fallback"}, dict(FAQ_ASKED),
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "/faq", "parse_data": {"intent": {"name": "faq"}}},
            {"event": "active_loop", "name": None}, {"event": "rewind"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "/faq", "parse_data": {"intent": {"name": "faq"}}},
            {"event": "action", "name": "utter_faq"}]


def _typed_yes():
    """c11: "Ja, dat bedoel ik" typed; action_bedoeling_bevestigd replays it as /faq."""
    return [_original(), {"event": "action", "name": "action_two_stage_fallback"}, dict(FAQ_ASKED),
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "Ja, dat bedoel ik", "parse_data": {}}, {"event": "rewind"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "Ja, dat bedoel ik", "parse_data": {}},
            {"event": "action", "name": "action_bedoeling_bevestigd"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "/faq", "parse_data": {"intent": {"name": "faq"}}},
            {"event": "action", "name": "utter_faq"}]


def test_an_affirmed_faq_guess_gets_the_answer_the_question_got(db):
    for events in (_button_yes(), _typed_yes()):
        messages, result = _run(a.ActionHervatGesprek(), _tracker(events, "/faq", "faq"))
        assert [m["response"] for m in messages] == ["utter_faq/chat_geeft_niets_door"]
        assert {e["name"]: e["value"] for e in result if e["event"] == "slot"}["vorig_antwoord"] \
            == "chat_geeft_niets_door"


def test_an_affirmed_faq_guess_without_a_chosen_answer_is_no_empty_reply(db):
    events = _button_yes()
    events[0] = {"event": "user", "text": "hmm", "parse_data": {"intent": {"name": "nlu_fallback"}}}
    messages, _ = _run(a.ActionHervatGesprek(), _tracker(events, "/faq", "faq"))
    assert len(messages) == 1


def test_an_ordinary_faq_answer_gets_nothing_more(db):
    events = [{"event": "user", "text": "wat kost het?"}, {"event": "action", "name": "utter_faq"},
              {"event": "bot", "text": "Meestal niets.", "metadata": {"utter_action": "utter_faq/kosten"}}]
    extra = {"response_selector": {"faq": {"response": {"intent_response_key": "faq/kosten",
                                                        "utter_action": "utter_faq/kosten"}}}}
    messages, _ = _run(a.ActionHervatGesprek(), _tracker(events, "wat kost het?", "faq", extra=extra))
    assert messages == []
