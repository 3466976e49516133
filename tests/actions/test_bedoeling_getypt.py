"""Issue 10, defect 5 ("asked twice"): "Bedoel je: fraude?" answered by typing "ja" (or "klopt",
"yes") instead of clicking. Rasa's two-stage fallback then takes the typed yes as a new message:
before, the bot answered "Waarmee kan ik je helpen?" or asked "Klopt het: fraude?" again.

Now action_default_ask_affirmation remembers the question (open_vraag "bedoeling"),
and action_bedoeling_bevestigd replays a typed yes as the button's intent, so the rest of the
conversation is the same as after a click: the situation counts as confirmed.
"""

from __future__ import annotations

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as general
from bot.dialogue import resume
from bot.settings import PROJECT_ROOT
from tests.actions.domain import DOMAIN

ASKED = {"event": "bot", "text": "Bedoel je: fraude?", "metadata": {"utter_action": "utter_ask_affirmation"},
         "data": {"buttons": [{"title": "Ja", "payload": "/fraude"}, {"title": "Nee", "payload": "/out_of_scope"}]}}


def _tracker(events, text, intent, slots=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": []}
    return Tracker("gesprek-1", dict(slots or {}), latest, events, False, None, {}, "action_listen")


def _run(action, trk):
    dispatcher = CollectingDispatcher()
    return dispatcher.messages, action.run(dispatcher, trk, DOMAIN)


def _typed_yes_events(text="ja"):
    return [{"event": "user", "text": "ze sjoemelen met de bonnetjes denk ik", "parse_data": {}},
            {"event": "action", "name": "action_two_stage_fallback"}, ASKED,
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": text, "parse_data": {}}]


def test_the_question_is_remembered(db):
    ranking = [{"name": "nlu_fallback", "confidence": 0.5}, {"name": "fraude", "confidence": 0.4}]
    trk = Tracker("gesprek-1", {}, {"text": "x", "intent": {"name": "nlu_fallback"}, "intent_ranking": ranking},
                  [], False, None, {}, "action_listen")
    messages, events = _run(general.ActionDefaultAskAffirmation(), trk)
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert messages[0]["response"] == "utter_ask_affirmation"
    assert slots == {"open_vraag": resume.BEDOELING}


def test_a_typed_yes_is_the_button_of_the_question(db):
    for text in ("ja", "klopt", "yes"):
        trk = _tracker(_typed_yes_events(text), text, "bevestigen",
                       {"open_vraag": resume.BEDOELING})
        messages, events = _run(general.ActionBedoelingBevestigd(), trk)
        assert messages == []
        assert [e["event"] for e in events][-2:] == ["action", "user"]
        replay = events[-1]
        assert replay["text"] == "/fraude" and replay["parse_data"]["intent"]["name"] == "fraude"
        # then the situation counts as confirmed: no "Klopt het ...?" after the "Bedoel je ...?"
        after = _typed_yes_events(text) + [events[-2], replay]
        replayed = _tracker(after, "/fraude", "fraude")
        herkend = general.ActionHerkenSituatie().run(CollectingDispatcher(), replayed, DOMAIN)
        assert {e["name"]: e["value"] for e in herkend if e["event"] == "slot"}["open_vraag"] == resume.OPTIES


def _through_the_fallback_loop(text):
    """The events as Rasa 3.6 stores them: the loop asks, the typed answer ends the loop, which
    reverts the question (``rewind``) and replays the answer with confidence 1."""
    return [{"event": "user", "text": "de souschef scheldt me uit", "parse_data": {}},
            {"event": "action", "name": "action_two_stage_fallback"},
            {"event": "active_loop", "name": "action_two_stage_fallback"},
            dict(ASKED), {"event": "slot", "name": "open_vraag", "value": resume.BEDOELING},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": text, "parse_data": {}},
            {"event": "active_loop", "name": None}, {"event": "rewind"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": text, "parse_data": {}}]


def test_a_typed_yes_after_the_loop_reverted_the_question_is_still_the_button(db):
    # the rule that runs it has no open question: the loop's revert took the slot back
    trk = _tracker(_through_the_fallback_loop("ja"), "ja", "bevestigen")
    messages, events = _run(general.ActionBedoelingBevestigd(), trk)
    assert messages == []
    assert events[-1]["text"] == "/fraude" and events[-1]["parse_data"]["intent"]["name"] == "fraude"


def test_a_typed_no_after_the_loop_owns_the_wrong_guess_and_offers_the_list(db):
    trk = _tracker(_through_the_fallback_loop("nee"), "nee", "ontkennen")
    messages, events = _run(general.ActionBedoelingBevestigd(), trk)
    assert [m["response"] for m in messages] == ["utter_bedoeling_niet", "utter_kies_situatie"]
    assert all(e["event"] != "user" for e in events)


def test_the_no_button_under_a_wrong_situation_is_no_dead_end(db):
    """Stranger test 04, 07, 15, 27: "Nee, iets anders" (/out_of_scope) under "Bedoel je ...?"
    got "Sorry, dat begreep ik niet goed", Rasa's rephrase step, as if the person were unclear."""
    assert "action_default_ask_rephrase" in DOMAIN["actions"]
    events = _typed_yes_events("/out_of_scope")
    messages, result = _run(general.ActionDefaultAskRephrase(), _tracker(events, "/out_of_scope", "out_of_scope"))
    assert [m["response"] for m in messages] == ["utter_bedoeling_niet", "utter_kies_situatie"] and result == []
    assert "begreep ik niet" not in DOMAIN["responses"]["utter_bedoeling_niet"][0]["text"]


def test_the_no_button_under_another_guess_gets_no_list_of_situations(db):
    asked = dict(ASKED, data={"buttons": [{"title": "Ja", "payload": "/afspraak_maken"},
                                          {"title": "Nee", "payload": "/out_of_scope"}]})
    events = _typed_yes_events("/out_of_scope")
    events[2] = asked
    messages, _ = _run(general.ActionDefaultAskRephrase(), _tracker(events, "/out_of_scope", "out_of_scope"))
    assert [m["response"] for m in messages] == ["utter_bedoeling_niet"]


def test_rephrase_without_a_question_before_says_it_did_not_understand(db):
    events = [{"event": "user", "text": "hmm", "parse_data": {}}]
    messages, _ = _run(general.ActionDefaultAskRephrase(), _tracker(events, "hmm", "nlu_fallback"))
    assert [m["response"] for m in messages] == ["utter_ask_rephrase"]


def test_still_vague_after_the_help_to_tell_it_gets_examples_not_the_same_question(db):
    events = [{"event": "user", "text": "gedoe op werk", "parse_data": {}},
              {"event": "bot", "text": "Vertel het gerust", "metadata": {"utter_action": "utter_vaag_hulp"}},
              {"event": "user", "text": "weet niet", "parse_data": {}}]
    messages, _ = _run(general.ActionDefaultAskRephrase(), _tracker(events, "weet niet", "nlu_fallback"))
    assert [m["response"] for m in messages] == ["utter_kies_situatie"]


def test_i_dont_know_after_the_help_to_tell_it_gets_the_list(db):
    """"weet niet" (read as "nee") after "Gaat het om iets wat jou overkwam, of wat je zag?": the
    list of situations to pick from, not the opening question again (stranger test C05)."""
    events = [{"event": "user", "text": "gedoe op werk", "parse_data": {}},
              {"event": "bot", "text": "Vertel het gerust", "metadata": {"utter_action": "utter_vaag_hulp"}},
              {"event": "user", "text": "weet niet", "parse_data": {}}]
    messages, events = _run(general.ActionBedoelingBevestigd(), _tracker(events, "weet niet", "ontkennen"))
    assert [m["response"] for m in messages] == ["utter_kies_situatie"]


def test_a_yes_long_after_the_question_gets_the_opening(db):
    events = _typed_yes_events()[:3] + [{"event": "bot", "text": "Waarmee kan ik je helpen?", "metadata": {}},
                                        {"event": "user", "text": "ja", "parse_data": {}}]
    trk = _tracker(events, "ja", "bevestigen")
    messages, result = _run(general.ActionBedoelingBevestigd(), trk)
    assert [m["response"] for m in messages] == ["utter_waarmee_helpen"]
    assert all(e["event"] != "user" for e in result)  # nothing replayed: no rule can loop on it


def test_the_rules_send_a_yes_or_no_without_open_question_to_the_action():
    rules = yaml.safe_load((PROJECT_ROOT / "data" / "rules" / "algemeen.yml").read_text(encoding="utf-8"))["rules"]
    for intent in ("bevestigen", "ontkennen"):
        assert any({"intent": intent} in r["steps"] and {"action": "action_bedoeling_bevestigd"} in r["steps"]
                   for r in rules), intent
