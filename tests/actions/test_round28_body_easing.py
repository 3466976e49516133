"""Issue 10: the twenty-seventh stranger recheck B c07. After the answer for no air ("Bel nu meteen
112 ... Ga rechtop zitten"), "het zakt weer een beetje ... denk een paniekaanval ... sorry" got "De
nummers staan hierboven". It now gets: no need to apologise, good that it eases, get checked, 112
when it comes back. A sign that stays keeps the crisis answer. Real rasa_sdk Tracker and
CollectingDispatcher, the real domain."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions import actions as a
from bot.dialogue import crisis
from tests.actions.test_actions import run
from tests.texts import text as response_text

EASING = "het zakt weer een beetje. rechtop gaan zitten hielp. denk een paniekaanval, had ik vroeger ook. sorry"


def _tracker(text, detail="lichaam", intent="gevoel_delen"):
    events = [{"event": "user", "text": "ik krijg gewoon geen adem nu", "parse_data": {}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_acuut"}},
              {"event": "user", "text": text, "parse_data": {}}]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    slots = {"crisis_actief": True, "crisis_soort": "acuut", "crisis_detail": detail}
    return Tracker("test", slots, latest, events, False, None, {}, "action_listen")


def _responses(trk):
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    return [m.get("response") for m in messages]


def test_the_body_calming_down_gets_its_own_answer():
    assert _responses(_tracker(EASING)) == [crisis.LICHAAM_ZAKT]
    said = response_text(crisis.LICHAAM_ZAKT)
    assert "sorry" in said and "{spoed_nummer}" in said and "{huisarts_nu}" in said


@pytest.mark.parametrize("text", ["gaat al wat beter nu", "ik kan weer ademen", "is weer over denk ik"])
def test_other_words_for_easing(text):
    assert crisis.body_easing(text)


@pytest.mark.parametrize("text", ["het gaat niet over", "nog steeds pijn op mijn borst", "het wordt erger",
                                  "ik krijg nog geen lucht"])
def test_a_sign_that_stays_is_no_easing(text):
    assert not crisis.body_easing(text)
    assert crisis.LICHAAM_ZAKT not in _responses(_tracker(text))


def test_easing_words_after_thoughts_of_dying_do_not_close_it():
    # "het zakt wel weer" after pills laid ready is no calm body: not this answer
    assert crisis.LICHAAM_ZAKT not in _responses(_tracker("het zakt wel weer", detail="middel_klaar"))
