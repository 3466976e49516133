"""Eighteenth round (2026-12-04, evening), issue 10: a yes to the gentle check said together with a
wish to book sooner ("ja soms wel eerlijk gezegd. kan ik niet eerder iemand spreken dan maandag",
seventeenth stranger recheck c03, read as a request to book: Monday's times again) gets the answer
for suicidal thoughts first, and the booking looks before Monday.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import afspraak as a
from tests.actions.test_afspraak_actions import run, slots_of

YES_AND_SOONER = "ja soms wel eerlijk gezegd. kan ik niet eerder iemand spreken dan maandag"


def _after(text, last_response, slots=None):
    events = [{"event": "action", "name": "action_listen"},
              {"event": "bot", "text": "...", "metadata": {"utter_action": last_response}},
              {"event": "user", "text": text}]
    latest = {"text": text, "intent": {"name": "afspraak_maken", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", dict(slots or {}), latest, events, False, None, {}, "action_listen")
    return run(a.ActionResetAfspraak(), trk)


def test_a_yes_to_the_check_with_a_booking_wish_gets_the_suicide_answer_first(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-09T10:00:00+01:00")
    messages, events = _after(YES_AND_SOONER, "utter_crisis_check")
    assert [m.get("response") for m in messages] == ["utter_crisis_zelfmoord"]
    slots = slots_of(events)
    assert (slots["crisis_soort"], slots["crisis_actief"]) == ("zelfmoord", True)
    assert slots["tijd_wens"] == YES_AND_SOONER  # the form reads "eerder dan maandag": before Monday


def test_the_same_words_without_the_check_before_are_a_booking(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-09T10:00:00+01:00")
    messages, events = _after(YES_AND_SOONER, "utter_ask_tijd_wens")
    assert "utter_crisis_zelfmoord" not in [m.get("response") for m in messages]
    assert "crisis_soort" not in slots_of(events)


def test_fine_after_the_check_is_a_booking(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-09T10:00:00+01:00")
    messages, _ = _after("ja hoor het gaat prima. ik wil gewoon een afspraak", "utter_crisis_check")
    assert "utter_crisis_zelfmoord" not in [m.get("response") for m in messages]
