"""The booking time step with days ruled out, clock ranges and the end of a shift (ninth
stranger test, dates): people were offered times they had ruled out, or the booking stopped.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml: marieke-jansen (Mon, Tue, Thu) and ruud-de-boer (Tue pm, Wed, Fri am).
BOT_NOW: Monday 8 March 2027 10:00.
"""

from __future__ import annotations

import datetime as dt

import pytest

from actions import afspraak as a
from bot.booking import offer
from bot.scheduling.localtime import AMSTERDAM
from tests.actions.test_afspraak_actions import validate
from tests.actions.test_afspraak_off_script import form_run

TODAY = dt.date(2027, 3, 8)  # a Monday
THURSDAY = dt.date(2027, 3, 11)


def starts(offered):
    return [offer.decode(v)[1].astimezone(AMSTERDAM) for v in offered]


@pytest.mark.parametrize("text", ["NIET op maandag", "liever niet maandag", "alles behalve maandag",
                                  "maandag kan ik niet", "not on monday"])
def test_a_weekday_ruled_out_is_never_offered(db, text):
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", text)
    offered = starts(result["aangeboden_tijden"])
    assert offered and all(s.weekday() != 0 for s in offered), (text, offered)
    assert "utter_tijd_niet_begrepen" not in messages


def test_a_weekday_ruled_out_while_times_are_offered_offers_again_without_it(db):
    _, first = validate(a.ValidateAfspraakForm(), "tijd_wens", "volgende week")
    assert any(s.weekday() == 0 for s in starts(first["aangeboden_tijden"]))  # Monday 15 March was offered
    slots = {"tijd_wens": "volgende week", "aangeboden_tijden": first["aangeboden_tijden"]}
    _, result = validate(a.ValidateAfspraakForm(), "gekozen_tijd", "liever niet op maandag", slots)
    offered = starts(result["aangeboden_tijden"])
    assert offered and all(s.weekday() != 0 and s.date() >= dt.date(2027, 3, 15) for s in offered), offered
    assert result["gekozen_tijd"] is None


@pytest.mark.parametrize("text", ["Thursday please, not today", "donderdag, niet vandaag", "thursday, not today"])
def test_a_day_with_today_ruled_out_keeps_the_day_and_the_booking(db, text):
    messages, result, _ = form_run(a.ValidateAfspraakForm(), text, "tijd_wens", intent="nlu_fallback")
    assert result.get("afspraak_stoppen") is not True and result.get("requested_slot", "tijd_wens") is not None
    assert "utter_afspraak_gestopt" not in messages
    offered = starts(result["aangeboden_tijden"])
    assert offered and {s.date() for s in offered} == {THURSDAY}, (text, offered)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("tussen 10 en 12", dt.time(10), dt.time(12)),
    ("ergens tussen twaalf en half twee", dt.time(12), dt.time(13, 30)),
    ("van 9 tot 11 graag", dt.time(9), dt.time(11)),
    ("between 2 and 4", dt.time(14), dt.time(16)),
])
def test_a_clock_range_offers_times_within_it(db, text, low, high):
    _, result = validate(a.ValidateAfspraakForm(), "tijd_wens", text)
    offered = starts(result["aangeboden_tijden"])
    assert offered and all(low <= s.time() < high for s in offered), (text, offered)


@pytest.mark.parametrize("text", ["na mijn dienst, ik ben om 14:00 klaar", "after my shift, done at 14:00",
                                  "ik werk tot 2 uur"])
def test_after_a_shift_offers_times_from_then_on(db, text):
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", text)
    offered = starts(result["aangeboden_tijden"])
    assert offered and all(s.time() >= dt.time(14) for s in offered), (text, offered)
    assert "utter_tijd_precies_bezet" not in messages  # no exact time was asked


def test_a_lunch_hour_nobody_works_offers_the_nearest_and_says_so(db):
    # "tussen 12 en 1": the counsellors do not work from 12 to 13; the nearest times, said honestly
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "tussen 12 en 1")
    offered = starts(result["aangeboden_tijden"])
    assert offered and all(s.time() in (dt.time(11), dt.time(13)) for s in offered), offered
    assert {"utter_tijd_te_laat", "utter_tijd_te_vroeg"} & set(messages), messages
