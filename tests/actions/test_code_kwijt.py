"""The code lost at the code step (agenda10): the first message that says so, whatever intent the
classifier gave it, gets where the code is (the confirmation here, the calendar file), what else
can be done (contact the counsellor directly, or stop and leave it) and a button to stop, instead
of "Wat is je code?" again.

Real rasa_sdk Tracker and CollectingDispatcher and the real domain (see test_afspraak_actions.py)."""

from __future__ import annotations

import pytest

from actions import afspraak as a
from tests.actions.test_afspraak_actions import run, tracker, validate
from tests.actions.test_afspraak_off_script import DOMAIN

CODE_FORM = "afspraak_code_form"


def _text(response: str) -> str:
    return " ".join(v.get("text", "") for v in DOMAIN["responses"][response])


def test_the_lost_code_answer_says_where_the_code_is_what_else_and_offers_to_stop():
    text = _text("utter_code_kwijt").lower()
    assert "bevestiging" in text and "agenda" in text  # where the code is
    assert "intranet" in text and "zelf" in text  # contact the counsellor directly
    assert "stop" in text
    assert "/stoppen" in [b["payload"] for v in DOMAIN["responses"]["utter_code_kwijt"] for b in v.get("buttons", [])]


@pytest.mark.parametrize(("text", "intent"), [
    ("ik heb die code niet meer", "afspraak_annuleren"),  # a new cancel request, to the classifier
    ("die code ben ik kwijt", "faq"),  # a question, to the classifier: answered by the FAQ rule first
    ("ik weet mijn code echt niet meer", "afspraak_wijzigen"),
    ("geen idee", "nlu_fallback"),
    ("Ik wil mijn afspraak afzeggen maar ik weet de code niet meer", "afspraak_annuleren"),  # the first message
])
def test_the_first_lost_code_gets_the_help_instead_of_the_question(text, intent):
    messages, events = run(a.ActionAskCodeInvoer(),
                           tracker({"beheer_actie": "annuleren"}, text=text, intent=intent, loop=CODE_FORM,
                                   requested="code_invoer"))
    assert [m.get("response") for m in messages] == ["utter_code_kwijt"]
    assert events == []


def test_a_plain_request_still_gets_the_question():
    messages, _ = run(a.ActionAskCodeInvoer(), tracker({"beheer_actie": "annuleren"},
                                                       text="ik wil mijn afspraak afzeggen",
                                                       intent="afspraak_annuleren", loop=CODE_FORM))
    assert [m.get("response") for m in messages] == ["utter_ask_code_invoer"]


def test_a_button_is_no_lost_code():
    messages, _ = run(a.ActionAskCodeInvoer(), tracker({}, text="/afspraak_annuleren", intent="afspraak_annuleren",
                                                       loop=CODE_FORM))
    assert [m.get("response") for m in messages] == ["utter_ask_code_invoer"]


def test_a_lost_code_read_as_a_new_request_keeps_what_the_person_was_doing(db):
    """"ik ben die code kwijt" taken for a new cancel request while moving: the move stays a move
    (nothing reset); the form asks on, and its question step gives the help."""
    events = run(a.ActionStartBeheer(), tracker({"beheer_actie": "wijzigen", "tijd_wens": None},
                                                 text="ik ben die code kwijt", intent="afspraak_annuleren",
                                                 loop=CODE_FORM, requested="code_invoer"))[1]
    assert events == []


def test_the_lost_code_typed_at_the_code_step_is_said_once(db):
    """Read as the answer (the slot mapping): counted as no code, and not answered by the
    validation too, so the help comes once, from the question step."""
    messages, result = validate(a.ValidateAfspraakCodeForm(), "code_invoer", "die ben ik kwijt",
                                {"beheer_actie": "annuleren"})
    assert messages == [] and result["code_invoer"] is None
