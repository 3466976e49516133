"""Fifteenth stranger test, the booking form: another counsellor named after the time was chosen.

A c12: "Ik wil toch liever Ruud de Boer." at the contact step got "Kies telefoon, e-mail of anoniem",
and the summary still said Marieke Jansen; "Nee! Met Ruud zei ik." at the summary got "Wat wil je
anders?" and the same summary again. Real Tracker and CollectingDispatcher, the real domain, the
example counsellors in SQLite (see test_afspraak_off_script.py).
"""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, UserUttered
from rasa_sdk.executor import CollectingDispatcher

from actions import afspraak as a
from bot.booking import offer
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY, form_run

CHOSEN = {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0],
          "ontmoetingsvorm": "telefoon"}


def test_another_counsellor_named_at_the_contact_step_offers_that_counsellors_times(db):
    responses, slots, _ = form_run(a.ValidateAfspraakForm(), "Ik wil toch liever Ruud de Boer.", "bereikbaar",
                                   CHOSEN, intent="faq")
    assert "utter_bereikbaar_niet_begrepen" not in responses
    assert slots["gekozen_tijd"] is None and slots["vp_gekozen"] == "ruud-de-boer"
    assert {offer.decode(v)[0] for v in slots["aangeboden_tijden"]} == {"ruud-de-boer"}


def test_no_at_the_summary_with_another_counsellor_offers_that_counsellors_times(db):
    text = "Nee! Met Ruud zei ik."
    parse = {"text": text, "intent": {"name": "ontkennen", "confidence": 0.9}, "entities": []}
    values = CHOSEN | {"bereikbaar": "anoniem", "requested_slot": "bevestiging"}
    trk = Tracker("gesprek-1", values, parse, [ActionExecuted("action_listen"), UserUttered(text, parse["intent"])],
                  False, None, {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    slots = a.ValidateAfspraakForm().validate_bevestiging(False, dispatcher, trk, DOMAIN)
    assert "utter_afspraak_wat_anders" not in [m.get("response") for m in dispatcher.messages]
    assert slots["gekozen_tijd"] is None and slots["vp_gekozen"] == "ruud-de-boer"
    assert {offer.decode(v)[0] for v in slots["aangeboden_tijden"]} == {"ruud-de-boer"}


def test_the_same_counsellor_named_again_changes_nothing(db):
    _, slots, _ = form_run(a.ValidateAfspraakForm(), "bij marieke is prima, telefoon", "bereikbaar", CHOSEN,
                           intent="faq")
    assert slots.get("gekozen_tijd", CHOSEN["gekozen_tijd"]) == CHOSEN["gekozen_tijd"]
    assert slots.get("bereikbaar") == "telefoon"


# --- a bare "ja" to a crisis answer that asked "Ben je nu in gevaar?" ---------------------------------

def _after_crisis_answer(text: str, answer: str) -> Tracker:
    from rasa_sdk.events import BotUttered

    parse = {"text": text, "intent": {"name": "bevestigen", "confidence": 0.9}, "entities": []}
    events = [UserUttered("ik ben voor de derde keer bedreigd door klanten", {"name": "crisis"}),
              BotUttered("...", metadata={"utter_action": answer}),
              BotUttered("...", metadata={"utter_action": "utter_crisis_verder_praten"}),
              ActionExecuted("action_listen"), UserUttered(text, parse["intent"])]
    return Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "algemeen"}, parse, events, False, None,
                   {}, "action_listen")


def test_yes_to_are_you_in_danger_is_call_now_not_take_your_time():
    from actions import actions as general

    dispatcher = CollectingDispatcher()
    general._acknowledged(dispatcher, _after_crisis_answer("ja", "utter_crisis_geweld"), "ja")
    assert [m["response"] for m in dispatcher.messages] == ["utter_crisis_ja"]


def test_oke_to_a_crisis_answer_stays_warm():
    from actions import actions as general

    for text, answer in (("oke", "utter_crisis_geweld"), ("ja", "utter_crisis_nazorg")):
        dispatcher = CollectingDispatcher()
        general._acknowledged(dispatcher, _after_crisis_answer(text, answer), text)
        assert [m["response"] for m in dispatcher.messages] == ["utter_crisis_oke"]


def test_a_colleagues_number_at_the_contact_step_is_not_taken(db):
    responses, slots, _ = form_run(a.ValidateAfspraakForm(), "bereikbaar via haar nummer, 0478 12 34 56", "bereikbaar",
                                   CHOSEN, intent="faq")
    assert responses == ["utter_faq/afspraak_voor_ander"]
    assert slots["bereikbaar"] is None and slots["afspraak_stoppen"] is True


def test_yes_to_the_suicide_answer_is_call_now():
    from actions import actions as general

    dispatcher = CollectingDispatcher()
    general._acknowledged(dispatcher, _after_crisis_answer("ja", "utter_crisis_zelfmoord"), "ja")
    assert [m["response"] for m in dispatcher.messages] == ["utter_crisis_ja"]


def test_oke_while_in_danger_stays_with_the_danger():
    from actions import actions as general

    trk = _after_crisis_answer("ja", "utter_crisis_vervolg_belaagd")
    trk.slots["crisis_soort"] = "geweld"
    dispatcher = CollectingDispatcher()
    general._acknowledged(dispatcher, trk, "ja")
    assert [m["response"] for m in dispatcher.messages] == ["utter_crisis_ja"]
