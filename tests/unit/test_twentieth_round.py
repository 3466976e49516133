"""Twentieth round (2026-12-05), issue 10: open items of the nineteenth stranger test.

- At the summary "ja maar waar is die locatie nou" was taken as the yes that booked: a yes before a
  question word does not make the message an answer.
- "hoi ik had vorige week een afspraak gemaakt voor vrijdag maar ik kan toch niet" got new times: an
  appointment made before that cannot be kept is shown (code form, afspraak_bekijken).
"""

from __future__ import annotations

import pytest

from bot.dialogue import booking as said
from bot.dialogue.cancelling import cannot_keep_appointment
from tests.unit.test_sixteenth_stranger import _message


@pytest.mark.parametrize("text", [
    "ja maar waar is die locatie nou",
    "oke maar hoe laat was het ook alweer",
    "ja, wie is het dan",
    "nee wacht, wanneer was het",
])
def test_a_question_after_a_yes_is_a_question(text):
    assert said.side_question(text) is not None
    assert said.opens_with_a_question(text)


@pytest.mark.parametrize("text", ["ja", "ja prima", "ja dat is goed", "oke", "weet ik niet"])
def test_a_plain_answer_is_no_question(text):
    assert said.side_question(text) is None


@pytest.mark.parametrize("text", [
    "hoi ik had vorige week een afspraak gemaakt voor vrijdag maar ik kan toch niet",
    "ik heb donderdag een afspraak staan maar ik ben ziek",
    "mijn afspraak van vrijdag komt toch niet uit",
    "ik heb al een afspraak, lukt het niet eerder?",
])
def test_an_appointment_made_before_that_cannot_be_kept_is_shown(text):
    from bot.nlu.components import AppointmentNotKept

    assert cannot_keep_appointment(text) == "afspraak_bekijken"
    m = AppointmentNotKept().process([_message(text, "afspraak_maken")])[0]
    assert m.get("intent")["name"] == "afspraak_bekijken"


@pytest.mark.parametrize("text", [
    "ik heb al een afspraak maar wil nog een tweede",
    "ik wil een afspraak maar dinsdag kan ik niet",
    "ik kan niet slapen",
    "ik had een afspraak met mijn chef en hij kan niet normaal doen",
    "ik heb een afspraak staan, code ABCD-EFGH-JKMN, maar ik kan niet",
])
def test_a_new_booking_or_a_story_is_no_appointment_not_kept(text):
    assert cannot_keep_appointment(text) is None


def test_a_story_keeps_its_intent():
    from bot.nlu.components import AppointmentNotKept

    text = "ik had een gesprek gepland met mijn chef maar hij kan niet normaal praten"
    m = AppointmentNotKept().process([_message(text, "pesten")])[0]
    assert m.get("intent")["name"] == "pesten"


@pytest.mark.parametrize("text", [
    "kan ik haar vragen de klacht in te trekken?",
    "ik wil dat ze de klacht intrekt",
    "mag ik hem vragen om zijn melding terug te trekken",
    "ik denk dat ik het team ga vertellen dat ze valse klachten indient",
    "mag ik mijn collega's waarschuwen dat ze liegt?",
])
def test_pressure_on_the_one_who_complained_is_its_own_role_question(text):
    from bot.dialogue import roles

    assert roles.question(text) == roles.DRUK
    assert roles.answer(roles.DRUK, roles.BESCHULDIGD, None, text) == "utter_rolvraag_geen_druk"
    assert roles.answer(roles.DRUK, roles.LEIDINGGEVENDE, None, text) == "utter_rolvraag_geen_druk"


@pytest.mark.parametrize("text", [
    "kan ik mijn klacht intrekken?",
    "mijn collega's zeggen dat ik lieg over wat hij deed",
    "ze vertellen het team dat mijn klacht verzonnen is",
    "moet ik het team vertellen wat er gebeurd is?",
])
def test_withdrawing_ones_own_complaint_or_being_called_a_liar_is_no_pressure(text):
    from bot.dialogue import roles

    assert not roles.presses_the_other(text)


def test_who_a_counsellor_is_asked_in_a_longer_message():
    names = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}
    text = ("Allez, en wie is die Ruud de Boer dan, is dat iemand van hier of van buiten? Ik ken die Marieke een "
            "beetje van de kantine, dat vind ik wat raar")
    assert said.asks_who_counsellor(text, names)


@pytest.mark.parametrize(("text", "hm"), [("1030", (10, 30)), ("om 1545 dan", (15, 45)), ("930", (9, 30)),
                                          ("12345", None), ("1075", None), ("ik werk 1030 uur per jaar", None)])
def test_a_time_typed_without_separator(text, hm):
    assert said.compact_clock_time(text) == hm


@pytest.mark.parametrize(("text", "found"), [
    ("moet ik opendoen? misschien wil hij alleen praten", True),
    ("moet ik de deur voor hem opendoen", True),
    ("kan ik het bestand opendoen", False),
    ("mag ik het raam opendoen op kantoor", False),
])
def test_whether_to_open_the_door_to_him_is_violence_now(text, found):
    from bot.nlu import crisis_patterns

    hit = crisis_patterns.match(text)
    assert (hit is not None and hit.category == "geweld") is found
