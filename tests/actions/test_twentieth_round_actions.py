"""Twentieth round (2026-12-05), issue 10: open items of the nineteenth stranger test, in the actions.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, the example counsellors in SQLite."""

from __future__ import annotations

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, SlotSet, UserUttered
from rasa_sdk.executor import CollectingDispatcher

from actions import afspraak as a
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import run, slots_of
from tests.actions.test_afspraak_fifteenth_stranger import CHOSEN


def _at_summary(text: str, intent: str = "bevestigen"):
    """The form after a message at the summary whose intent filled bevestiging (from_intent)."""
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    value = intent == "bevestigen"
    values = CHOSEN | {"ontmoetingsvorm": "op_locatie", "bereikbaar": "anoniem", "requested_slot": "bevestiging",
                       "bevestiging": value}
    events = [ActionExecuted("action_listen"), UserUttered(text, parse["intent"]), SlotSet("bevestiging", value)]
    trk = Tracker("gesprek-1", values, parse, events, False, None, {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    result = asyncio.run(a.ValidateAfspraakForm().run(dispatcher, trk, DOMAIN))
    return [m.get("response") for m in dispatcher.messages], slots_of(result)


def test_a_yes_with_a_question_at_the_summary_books_nothing_and_answers(db):
    responses, slots = _at_summary("ja maar waar is die locatie nou")
    assert slots["bevestiging"] is None  # not booked on this "ja"
    assert "utter_afspraak_plek_locatie" in responses


def test_a_plain_yes_at_the_summary_still_books(db):
    _, slots = _at_summary("ja")
    assert slots["bevestiging"] is True


def test_danger_at_work_given_twice_in_a_row_comes_the_second_time_short(db):
    """Nineteenth stranger test A c04 replayed: the long answer on locked exits came twice in a row."""
    from actions import actions as general
    from bot.dialogue import crisis

    told = "in onze fabriek zitten de nooduitgangen met kettingen dicht, al weken"
    text = "als er dan brand uitbreekt zitten we als ratten in de val. wat moet ik NU doen"
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.5}, "entities": [],
              "crisis": {"category": None, "rule": "classifier_twijfel", "level": "check"}}
    events = [{"event": "user", "text": told}, {"event": "bot", "text": "..."}, {"event": "user", "text": text}]
    trk = Tracker("gesprek-1", {"crisis_soort": crisis.VERVOLG}, latest, events, False, None, {}, "action_listen")
    messages, out = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/gevaar_werkplek"]
    assert slots_of(out)["vorig_antwoord"] == "gevaar_werkplek"  # the next one is the short form
    variants = DOMAIN["responses"]["utter_faq/gevaar_werkplek"]
    short = [v for v in variants if v.get("condition") == [{"type": "slot", "name": "vorig_antwoord",
                                                              "value": "gevaar_werkplek"}]]
    assert len(short) == 1 and len(short[0]["text"]) < len(variants[-1]["text"]) / 2


def test_a_way_of_meeting_with_a_question_where_gets_the_place_and_the_question_again(db):
    from tests.actions.test_afspraak_off_script import form_run

    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": CHOSEN["aangeboden_tijden"],
             "gekozen_tijd": CHOSEN["gekozen_tijd"]}
    text = "op locatie, waar is dat dan? toch niet naast het kantoor van mijn chef hoop ik"
    responses, result, _ = form_run(a.ValidateAfspraakForm(), text, "ontmoetingsvorm", slots, intent="nlu_fallback")
    assert "utter_afspraak_plek_locatie" in responses
    assert result["ontmoetingsvorm"] is None and result["requested_slot"] == "ontmoetingsvorm"
    responses, result, _ = form_run(a.ValidateAfspraakForm(), "op locatie graag", "ontmoetingsvorm", slots,
                                    intent="nlu_fallback")
    assert result["ontmoetingsvorm"] == "op_locatie"


def test_a_manager_telling_of_a_complaint_about_himself_gets_the_answer_for_the_accused(db):
    from actions import actions as general

    text = "er is een klacht over mij ingediend door een medewerker van mijn team, ik ben haar leidinggevende"
    latest = {"text": text, "intent": {"name": "leidinggevende_klacht", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", {"rol": "leidinggevende"}, latest, [{"event": "user", "text": text}], False, None, {},
                  "action_listen")
    messages, out = run(general.ActionLeidinggevendeKlacht(), trk)
    assert [m.get("response") for m in messages] == ["utter_beschuldigd_is_leidinggevende"]
    assert slots_of(out)["rol"] == "beschuldigd"


def test_a_manager_who_heard_a_complaint_still_gets_the_managers_answer(db):
    from actions import actions as general

    text = "een medewerker van mijn team kwam bij me met een klacht over een collega"
    latest = {"text": text, "intent": {"name": "leidinggevende_klacht", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", {"rol": "leidinggevende"}, latest, [{"event": "user", "text": text}], False, None, {},
                  "action_listen")
    messages, _ = run(general.ActionLeidinggevendeKlacht(), trk)
    assert [m.get("response") for m in messages] == ["utter_leidinggevende_klacht"]


# --- C c01: "soms wel ja. maar bellen durf ik niet" to the gentle check, read as a request to book ---

def test_a_yes_to_the_check_without_a_booking_wish_starts_no_booking(db, monkeypatch):
    from rasa_sdk.events import FollowupAction

    from tests.actions.test_eighteenth_round import _after

    monkeypatch.setenv("BOT_NOW", "2027-03-09T23:10:00+01:00")
    messages, events = _after("soms wel ja. maar bellen durf ik niet", "utter_crisis_check")
    assert [m.get("response") for m in messages] == ["utter_crisis_zelfmoord", "utter_crisis_niet_bellen_113"]
    assert FollowupAction("action_listen") in events  # no times offered
    assert (slots_of(events)["crisis_soort"], slots_of(events)["crisis_actief"]) == ("zelfmoord", True)


def test_what_to_say_at_113_after_the_suicide_answer_is_answered(db):
    from rasa_sdk.events import BotUttered

    from actions import actions as general

    for text, intent in (("chatten misschien. maar wat moet ik dan zeggen daar", "rol_vraag"),
                         ("nee ik bedoel bij 113. wat zeg ik daar", "faq")):
        latest = {"text": text, "intent": {"name": intent, "confidence": 0.6}, "entities": []}
        events = [BotUttered("...", metadata={"utter_action": "utter_crisis_zelfmoord"}),
                  UserUttered(text, latest["intent"])]
        trk = Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "zelfmoord"}, latest, events, False, None,
                      {}, "action_listen")
        messages, _ = run(general.ActionCrisisVervolg(), trk)
        assert [m.get("response") for m in messages] == ["utter_crisis_wat_zeggen_113"], text


def test_a_real_side_question_after_the_suicide_answer_gets_its_answer(db):
    from actions import actions as general

    text = "is dit gesprek anoniem?"
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.9}, "entities": [],
              "response_selector": {"faq": {"response": {"intent_response_key": "faq/anoniem"}}}}
    trk = Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "zelfmoord"}, latest, [], False, None, {},
                  "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/anoniem"]


# --- B c04: an accused man asks whether the counsellor offered also helps the one who complained ---

def test_whether_the_offered_counsellor_helps_the_other_is_answered_in_the_time_step(db):
    from tests.actions.test_afspraak_off_script import form_run

    slots = {"tijd_wens": "zo snel mogelijk", "aangeboden_tijden": CHOSEN["aangeboden_tijden"]}
    text = "is die marieke nie toevallig degene die haar helpt?"
    responses, result, messages = form_run(a.ValidateAfspraakForm(), text,
                                           "gekozen_tijd", slots, intent="machtsmisbruik", confidence=0.7)
    assert "utter_afspraak_iets_nieuws" not in responses
    assert result.get("gekozen_tijd") is None and not result.get("nieuw_voorval")
    assert any("Ruud de Boer" in (m.get("text") or "") for m in messages)  # another counsellor named


def test_asking_for_another_counsellor_outside_the_booking_is_a_request_to_book():
    from bot.dialogue import booking as said

    assert said.asks_to_book("kan ik een andere vertrouwenspersoon kiezen dan marieke?")
    assert said.counsellor_wish("kan ik een andere vertrouwenspersoon kiezen dan marieke?",
                                {"marieke-jansen": "Marieke Jansen"}).avoid == "marieke-jansen"


def test_a_question_about_the_counsellor_long_after_the_suicide_answer_is_answered(db):
    from actions import actions as general

    text = ("nee?? ik vroeg of marieke jansen ook de vertrouwenspersoon is van de collega die over mij klaagt. "
            "ik wil iemand anders")
    latest = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.3}, "entities": []}
    trk = Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "zelfmoord"}, latest, [], False, None, {},
                  "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert "utter_crisis_zelfmoord" not in [m.get("response") for m in messages]
    assert any("Ruud de Boer" in (m.get("text") or "") for m in messages)


# --- A c01, c02: a choice said as fine, with a question in the same message ---------------------------

def test_a_time_said_as_fine_with_a_question_is_taken_and_the_question_answered(db):
    from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY, form_run

    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY}
    text = "13:45 is goed denk ik. moet ik dan vrij vragen aan mijn leidinggevende? ik wil niet dat hij het weet"
    responses, result, _ = form_run(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots, intent="faq",
                                    candidate=False, parse_extra={"response_selector": {"faq": {"response": {
                                        "utter_action": "utter_faq/leidinggevende_hoort_het", "confidence": 0.9}}}})
    assert result["gekozen_tijd"] == MARIEKE_TUESDAY[1]
    assert responses == ["utter_faq/leidinggevende_hoort_het"]


def test_a_way_said_as_fine_with_a_question_is_taken(db):
    from tests.actions.test_afspraak_off_script import form_run

    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": CHOSEN["aangeboden_tijden"],
             "gekozen_tijd": CHOSEN["gekozen_tijd"]}
    responses, result, _ = form_run(a.ValidateAfspraakForm(), "telefonisch is goed, maar belt zij mij dan?",
                                    "ontmoetingsvorm", slots, intent="faq", candidate=False)
    assert result["ontmoetingsvorm"] == "telefoon"


def test_an_address_said_as_fine_with_a_question_is_taken(db):
    from tests.actions.test_afspraak_off_script import form_run

    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": CHOSEN["aangeboden_tijden"],
             "gekozen_tijd": CHOSEN["gekozen_tijd"], "ontmoetingsvorm": "telefoon"}
    text = "mail is goed: an.peeters@telenet.be. wie ziet dat adres?"
    responses, result, _ = form_run(a.ValidateAfspraakForm(), text, "bereikbaar", slots, intent="faq", candidate=False)
    assert (result["bereikbaar"], result["contactgegeven"]) == ("email", "an.peeters@telenet.be")


def test_a_question_about_a_way_is_no_choice_of_it(db):
    from tests.actions.test_afspraak_off_script import form_run

    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": CHOSEN["aangeboden_tijden"],
             "gekozen_tijd": CHOSEN["gekozen_tijd"]}
    _, result, _ = form_run(a.ValidateAfspraakForm(), "is telefonisch ook anoniem?", "ontmoetingsvorm", slots,
                            intent="faq", candidate=False)
    assert result.get("ontmoetingsvorm") is None


# --- A c04: the code of the old appointment lost, a new one asked for --------------------------------

@pytest.mark.parametrize(("text", "intent"), [
    ("ugh ok. kan ik dan niet gewoon een nieuwe maken voor de week erna? dan laat ik die oude maar staan", "faq"),
    ("nieuwe afspraak maken", "afspraak_maken"),
])
def test_a_new_appointment_asked_in_the_code_form_ends_it_and_starts_a_booking(db, text, intent):
    from tests.actions.test_afspraak_off_script import form_run

    _, result, _ = form_run(a.ValidateAfspraakCodeForm(), text, "code_invoer", {"beheer_actie": "annuleren"},
                            intent=intent, candidate=False, loop="afspraak_code_form")
    assert result["afspraak_uitkomst"] == "nieuwe_naast_oude"
    _, events = run(a.ActionRondBeheerAf(), Tracker("gesprek-1", {"afspraak_uitkomst": "nieuwe_naast_oude"}, {}, [],
                                                     False, None, {}, "action_listen"))
    assert slots_of(events)["afspraak_uitkomst"] == "nieuwe_naast_oude"
    text = " ".join(DOMAIN["responses"]["utter_beheer_nieuwe_naast_oude"][0]["text"].split())
    assert "oude afspraak blijft" in text


# --- C c03: "moet ik opendoen? misschien wil hij alleen praten" after the violence answer ------------

def test_asking_to_open_the_door_to_the_threat_is_danger_now(db):
    from actions import actions as general
    from bot.dialogue import crisis, roles

    text = "moet ik opendoen? misschien wil hij alleen praten"
    assert crisis.danger_going_on(text) and not roles.approaches_other(text)
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.6}, "entities": [],
              "response_selector": {"faq": {"response": {"intent_response_key": "faq/zelf_aanspreken"}}}}
    trk = Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "geweld"}, latest, [], False, None, {},
                  "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    responses = [m.get("response") for m in messages]
    assert "utter_faq/zelf_aanspreken" not in responses and responses[0] in (crisis.GEVAAR_NU, crisis.HULP_ONDERWEG)
