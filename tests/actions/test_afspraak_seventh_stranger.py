"""Seventh stranger test c21: "sorry ik moet eerlijk zijn. ik heb thuis pillen gespaard. ik weet
niet of ik dinsdag nog haal" at the booking's summary offered Tuesday's times: Rasa runs the form's
validation (action_extract_slots) before the rule that lets a crisis go first. A crisis message is
no answer to any question of the form."""

from __future__ import annotations

import pytest

from actions import afspraak as a
from tests.actions.test_afspraak_fourth_stranger import form_step

CRISIS = "sorry ik moet eerlijk zijn. ik heb thuis pillen gespaard. ik weet niet of ik dinsdag nog haal"


@pytest.mark.parametrize("requested", ["bevestiging", "tijd_wens", "gekozen_tijd", "bereikbaar"])
def test_a_crisis_message_is_no_answer_to_the_form(db, requested):
    slots = {"gekozen_tijd": "marieke-jansen|2027-03-11T12:00:00+00:00", "ontmoetingsvorm": "telefoon",
             "bereikbaar": "anoniem"} if requested == "bevestiging" else {}
    responses, set_slots, _ = form_step(a.ValidateAfspraakForm(), CRISIS, requested, slots, intent="crisis")
    assert responses == []  # no times offered, nothing said: the crisis rule answers
    assert set_slots.get(requested) is None
    assert set_slots.get("bevestiging") is not False
