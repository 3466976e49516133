"""Nineteenth round (2026-12-04, late evening), issue 10: open items of the eighteenth test.

- "i just cant do this anymore" (eighteenth stranger test, an English-speaking employee) got the
  answer on a work matter: indirect despair in English now gets the gentle check, in English first.
- A manager who is himself the threat was told "zeg het tegen je leidinggevende": every text that
  sends the person to their manager now says where to go when it is the manager.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from bot.nlu import crisis_patterns
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import run, slots_of


@pytest.mark.parametrize("text", [
    "i just cant do this anymore",
    "Honestly I can't take it anymore, he yells at me every single day",
    "I can't go on.",
    "whats the point",
    "im done with everything",
])
def test_english_despair_gets_the_gentle_check(text):
    found = crisis_patterns.despair(text)
    assert found is not None and found.rule == "en_wanhoop"


@pytest.mark.parametrize("text", [
    "i cannot do this task before friday",
    "I can't go on holiday in May",
    "what's the point of this meeting?",
    "I can't take it to HR without proof",
])
def test_everyday_english_is_no_despair(text):
    assert crisis_patterns.despair(text) is None
    assert crisis_patterns.match(text) is None


def test_english_despair_is_checked_in_english_first(db):
    from actions import actions as general

    text = "i just cant do this anymore"
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "zelfmoord", "rule": "en_wanhoop", "level": "check"}}
    trk = Tracker("gesprek-1", {}, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionBepaalCrisissoort(), trk)
    assert len(messages) == 1 and messages[0]["text"].startswith("That sounds very heavy")
    assert "113" in messages[0]["text"] and "{" not in messages[0]["text"]
    assert slots_of(events)["crisis_soort"] == "check"


def test_dutch_despair_gets_no_english_text(db):
    from actions import actions as general

    latest = {"text": "ik kan niet meer", "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "zelfmoord", "rule": "wanhoop_kan_niet_meer", "level": "check"}}
    trk = Tracker("gesprek-1", {}, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionBepaalCrisissoort(), trk)
    assert messages == [] and slots_of(events)["crisis_soort"] == "check"


@pytest.mark.parametrize("response", [
    "utter_crisis_bang_komst", "utter_hem_weer_zien", "utter_crisis_naar_huis", "utter_crisis_werk_veilig",
])
def test_texts_that_send_one_to_the_manager_say_what_if_it_is_the_manager(response):
    for variant in DOMAIN["responses"][response]:
        text = " ".join(variant["text"].split())
        if "je leidinggevende" in text:
            assert ("HR" in text or "als die het niet zelf is" in text), (response, text)


@pytest.mark.parametrize(("text", "previous", "expected"), [
    ("yes sometimes", "i just cant do this anymore", True),
    ("ok", "I can't take it anymore", True),
    ("ja soms", "i just cant do this anymore", False),
    ("yes sometimes", "ik kan niet meer", False),
    ("maybe", None, False),
    ("I think about it every night", None, True),
])
def test_a_short_reply_after_english_continues_in_english(text, previous, expected):
    from bot.nlu import language

    assert language.continues_in_english(text, previous) is expected


def test_a_yes_to_the_english_check_gets_the_english_suicide_help_first(db):
    from actions import actions as general

    events = [{"event": "user", "text": "i just cant do this anymore"},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_check"}},
              {"event": "user", "text": "yes sometimes"}]
    latest = {"text": "yes sometimes", "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "zelfmoord", "rule": "ja_op_check", "level": "alarm"}}
    trk = Tracker("gesprek-1", {"crisis_soort": "check"}, latest, events, False, None, {}, "action_listen")
    messages, events_out = run(general.ActionBepaalCrisissoort(), trk)
    assert messages and messages[0]["text"].startswith("I am glad")
    assert slots_of(events_out)["crisis_soort"] == "zelfmoord"
