"""The code lost, then "ik HEB geen code" or "kun je zoeken op mijn naam?" at the code step
(tenth stranger test c11): the bot cannot find the appointment (it keeps no names), says how to
move or cancel it anyway and offers to stop; it never starts a new booking unasked.

Real rasa_sdk Tracker and CollectingDispatcher and the real domain (see test_afspraak_actions.py)."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions import afspraak as a
from tests.actions.test_afspraak_actions import run, slots_of

CODE_FORM = "afspraak_code_form"
LOST = "ik heb vorige week een afspraak gemaakt maar ik ben mijn code kwijt. hoe kan ik die afspraak nog verzetten?"


def code_step(text: str, earlier: tuple[str, ...] = (LOST,), intent: str = "nlu_fallback") -> Tracker:
    events = [{"event": "user", "text": t, "parse_data": {}} for t in (*earlier, text)]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "metadata": {}}
    slots = {"beheer_actie": "wijzigen", "requested_slot": "code_invoer"}
    return Tracker("gesprek-zc", slots, latest, events, False, None, {"name": CODE_FORM}, "action_listen")


def _texts(messages) -> str:
    return " ".join(m.get("text") or "" for m in messages).lower()


def test_i_have_no_code_after_losing_it_starts_no_new_booking(db):
    events = asyncio_run(a.ValidateAfspraakCodeForm().get_validation_events(
        _dispatcher(), code_step("ik HEB geen code, dat zeg ik toch. wat nu"), {}))
    assert slots_of(events).get("afspraak_uitkomst") != "geen_afspraak"


@pytest.mark.parametrize("text", [
    "ik HEB geen code, dat zeg ik toch. wat nu",
    "ik heb hem niet in mijn agenda gezet. kan je niet zoeken op mijn naam? Sanne Bakker",
    "kun je hem opzoeken met mijn telefoonnummer?",
    "kan het ook zonder code?",
    # eleventh stranger test c04: the day and the counsellor of the appointment, told after the code was lost
    "donderdag 9 uur bij marieke jansen",
    "het was bij Ruud, volgende week dinsdag",
])
def test_no_code_says_why_and_how_to_move_it_anyway(db, text):
    messages, events = run(a.ActionAskCodeInvoer(), code_step(text))
    said = _texts(messages)
    assert "zonder code" in said and "naam" in said  # why it cannot be found
    assert "dag en de tijd" in said  # how to move or cancel it anyway
    assert "nieuwe afspraak" not in said
    assert "/stoppen" in [b["payload"] for m in messages for b in m.get("buttons") or []]
    assert "utter_ask_code_invoer" not in [m.get("response") for m in messages]
    assert events == []


def test_searching_by_name_gets_no_privacy_answer(db):
    dispatcher = _dispatcher()
    result = a.ValidateAfspraakCodeForm().validate_code_invoer(
        "kan je niet zoeken op mijn naam? Sanne Bakker", dispatcher,
        code_step("kan je niet zoeken op mijn naam? Sanne Bakker"), {})
    assert result["code_invoer"] is None
    assert dispatcher.messages == []  # the question step answers (once)


def test_no_appointment_yet_still_starts_a_new_booking(db):
    events = asyncio_run(a.ValidateAfspraakCodeForm().get_validation_events(
        _dispatcher(), code_step("welke code? ik heb nog geen afspraak", earlier=()), {}))
    assert slots_of(events).get("afspraak_uitkomst") == "geen_afspraak"


def test_i_have_no_code_without_a_lost_code_before_is_no_appointment_yet(db):
    events = asyncio_run(a.ValidateAfspraakCodeForm().get_validation_events(
        _dispatcher(), code_step("ik heb geen code", earlier=()), {}))
    assert slots_of(events).get("afspraak_uitkomst") == "geen_afspraak"


def _dispatcher():
    from rasa_sdk.executor import CollectingDispatcher
    return CollectingDispatcher()


def asyncio_run(coro):
    import asyncio
    return asyncio.run(coro)


@pytest.mark.parametrize("text", ["kan je niet zoeken op mijn naam? Sanne Bakker",
                                  "ik HEB geen code, dat zeg ik toch. wat nu"])
def test_a_question_without_a_code_gets_no_faq_answer_first(db, text):
    """The FAQ rule took these for privacy or evidence questions (c11): the code step answers."""
    messages, events = run(a.ActionVraagInAfspraak(), code_step(text, intent="faq"))
    assert messages == [] and events == []


@pytest.mark.parametrize("text", ["KXPT-7QRM", "mijn code is ABCD-EFGH-JKM"])
def test_a_code_read_as_a_question_at_the_code_step_is_checked_as_the_code(db, text):
    """A code-shaped answer the classifier took for an FAQ (the privacy text came instead): the code
    step's own check answers it, no FAQ answer."""
    messages, events = run(a.ActionVraagInAfspraak(), code_step(text, earlier=(), intent="faq"))
    assert [m.get("response") for m in messages] in (["utter_code_ongeldig"], ["utter_code_onbekend"])
    assert {"event": "slot", "timestamp": None, "name": "code_invoer", "value": None} in events
