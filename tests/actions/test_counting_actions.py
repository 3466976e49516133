"""The anonymous counters through the actions, with a real Tracker and a real migrated SQLite
database (the db fixture: Monday 8 March 2027, 10:00, a counsellor at work)."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import text

from actions import actions as a
from bot.reporting import counters
from tests.actions.domain import DOMAIN


@pytest.fixture
def counting(db, monkeypatch):
    monkeypatch.setenv("BOT_COUNT_STATISTICS", "1")
    return db


def _tracker(intent, slots=None, events=None, channel="webchat"):
    latest = {"text": "", "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    evs = [{"event": "user", "text": "x", "input_channel": channel, "parse_data": latest}, *(events or [])]
    return Tracker("s1", slots or {}, latest, evs, False, None, {}, "action_listen")


def _run(action, trk):
    return action.run(CollectingDispatcher(), trk, DOMAIN)


def _rows(sessions):
    with sessions() as s:
        return sorted(tuple(r) for r in s.execute(text(
            "SELECT year, month, situation, channel, office_hours, role, outcome, count FROM anonymous_counts")))


def _slot(events, name="geteld"):
    return next(e["value"] for e in events if e.get("event") == "slot" and e["name"] == name)


def test_a_confirmed_situation_counts_once_per_conversation(counting):
    slots = {"situatie": "pesten", "rol": "getuige"}
    events = _run(a.ActionKiesSituatie(), _tracker("bevestigen", slots))
    assert _slot(events) == ["situatie_bevestigd:pesten", "informatie"]
    assert _rows(counting) == [(2027, 3, "pesten", "webchat", True, "getuige", "informatie", 1),
                               (2027, 3, "pesten", "webchat", True, "getuige", "situatie_bevestigd", 1)]
    # The same conversation confirms it again: nothing is added, no slot event.
    again = _run(a.ActionKiesSituatie(), _tracker("bevestigen", {**slots, "geteld": _slot(events)}))
    assert all(e.get("name") != "geteld" for e in again)
    assert [r[-1] for r in _rows(counting)] == [1, 1]
    # Another conversation adds to the same row.
    _run(a.ActionKiesSituatie(), _tracker("bevestigen", slots))
    assert [r[-1] for r in _rows(counting)] == [2, 2]


def test_outside_the_task_counts_the_referral(counting):
    events = _run(a.ActionHerkenSituatie(), _tracker("buiten_vp_taak", channel="rest"))
    assert _slot(events) == ["doorverwezen"]
    assert _rows(counting) == [(2027, 3, "buiten_vp_taak", "rest", True, "onbekend", "doorverwezen", 1)]


def test_crisis_and_stopping_are_counted_with_an_unknown_situation(counting):
    crisis = _run(a.ActionBepaalCrisissoort(), _tracker("crisis", channel="slack"))
    stopped = _run(a.ActionResetGesprek(), _tracker("stoppen", {"geteld": _slot(crisis)}, channel="slack"))
    assert _slot(stopped) == ["crisishulp", "gestopt"]
    assert {r[6]: r[2] for r in _rows(counting)} == {"crisishulp": "onbekend", "gestopt": "onbekend"}


def test_a_reset_that_is_not_a_stop_counts_nothing(counting):
    assert all(e.get("name") != "geteld" for e in _run(a.ActionResetGesprek(), _tracker("afscheid")))
    assert _rows(counting) == []


def test_the_manager_question_makes_the_role_manager(counting):
    asked = {"event": "user", "text": "x", "input_channel": "teams", "parse_data": {
        "intent": {"name": "faq"},
        "response_selector": {"faq": {"response": {"intent_response_key": "faq/leidinggevende_krijgt_melding"}}}}}
    _run(a.ActionToonOpties(), _tracker("vraag_opties", {"situatie": "intimidatie"}, events=[asked], channel="teams"))
    assert _rows(counting) == [(2027, 3, "intimidatie", "teams", True, "leidinggevende", "informatie", 1)]


def test_switched_off_nothing_is_written(db, monkeypatch):
    monkeypatch.setenv("BOT_COUNT_STATISTICS", "0")
    events = _run(a.ActionKiesSituatie(), _tracker("bevestigen", {"situatie": "pesten"}))
    assert all(e.get("name") != "geteld" for e in events)
    assert _rows(db) == []


def test_after_hours_is_counted_as_such(counting, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-06T22:30:00+01:00")  # Saturday night
    _run(a.ActionBepaalCrisissoort(), _tracker("crisis"))
    assert _rows(counting) == [(2027, 3, "onbekend", "webchat", False, "onbekend", "crisishulp", 1)]


def test_a_database_failure_counts_nothing_and_keeps_the_conversation_going(counting, monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'missing' / 'no.db'}")
    events = _run(a.ActionBepaalCrisissoort(), _tracker("crisis"))
    assert [e["name"] for e in events if e.get("event") == "slot"] == ["crisis_soort", "crisis_actief"]


def test_a_forged_slot_cannot_grow_without_bound():
    assert counters.counted(["x"] * 10 + ["gestopt"] * 100) == ["gestopt"] * counters.MAX_MARKERS
    assert counters.counted("gestopt") == []
