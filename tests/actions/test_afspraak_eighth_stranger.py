"""The eighth stranger test (docs/stranger-tests/2026-12-01-eighth.md), the booking: a question
about the anonymous way at the summary is answered and the anonymous choice kept (c02); a button
pressed again while the number is asked asks for it again without an error (c21); a move keeps the
counsellor, and a wish to stay with a named counsellor, with gender as the reason, is honoured (c13);
an English speaker gets the booking steps and a refused number in English (c03, c14). Messages
like the transcripts', and the exact ones where the fault was in reading them.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml: marieke-jansen (VPOO, internal; Mon, Tue, Thu; telefoon, op_locatie) and
ruud-de-boer (BEIDE, external; Tue pm, Wed, Fri am; telefoon, video). BOT_NOW: Monday 8 March 2027 10:00.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, SlotSet, UserUttered
from rasa_sdk.executor import CollectingDispatcher

from actions import afspraak as a
from bot.booking import offer, reference
from bot.booking.repository import book
from bot.scheduling.localtime import AMSTERDAM
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import run, slots_of, tracker
from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT, form_step

UTC = dt.timezone.utc


def _keys(offered) -> set[str]:
    return {offer.decode(o)[0] for o in offered}


def _days(offered) -> set[dt.date]:
    return {offer.decode(o)[1].astimezone(AMSTERDAM).date() for o in offered}


def _texts(sent) -> str:
    return " ".join(m.get("text") or "" for m in sent)


def _button_step(form, payload, entity, value, requested, slots):
    """The form's validation after a button (its payload as the text, its entity as Rasa reads it)."""
    parse = {"text": payload, "intent": {"name": "kies_optie", "confidence": 1.0},
             "entities": [{"entity": entity, "value": value}]}
    values = dict(slots) | {"requested_slot": requested, requested: payload}
    events = [ActionExecuted("action_listen"), UserUttered(payload, parse["intent"]),
              ActionExecuted("afspraak_form"), SlotSet(requested, payload)]
    trk = Tracker("gesprek-1", values, parse, events, False, None, {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    result = asyncio.run(form.run(dispatcher, trk, DOMAIN))
    return [m.get("response") for m in dispatcher.messages], slots_of(result), dispatcher.messages


# --- c02: "hoe belt hij me dan als ik geen nummer geef?" after choosing anonymous ----------------------

C02_QUESTION = "hoe belt hij me dan als ik geen nummer geef?"


@pytest.mark.parametrize("text", [C02_QUESTION, "hoe bereikt ze me dan zonder telefoonnummer?",
                                  "en hoe belt de vertrouwenspersoon mij dan?"])
def test_c02_a_question_at_the_summary_keeps_the_anonymous_choice(db, text):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "bevestiging", SLOTS_AT["bevestiging"],
                                    intent="faq", selector="utter_faq/anoniem_bellen")
    assert result.get("bereikbaar", "anoniem") == "anoniem"  # before: telefoon, and "Wat is je telefoonnummer?"
    assert result.get("contactgegeven") is None and result.get("bevestiging") is not True


def test_c02_the_faq_answer_at_the_summary_is_the_anonymous_one(db):
    trk = tracker(SLOTS_AT["bevestiging"], text=C02_QUESTION, intent="faq", requested="bevestiging")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/anoniem_bellen",
                                                                    "confidence": 1.0}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/anoniem_bellen"]
    assert "bereikbaar" not in slots_of(events)


def test_c02_asked_for_the_number_how_calling_in_works_and_no_details_claimed(db):
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon", "requested_slot": "contactgegeven"}
    trk = tracker(slots, text="hoe werkt het als ik geen nummer wil geven?", intent="faq",
                  requested="contactgegeven")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/anoniem_bellen",
                                                                    "confidence": 1.0}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    said_text = _texts(messages)
    assert "gegevens achtergelaten" not in said_text and "utter_faq/anoniem_bellen" not in str(messages)
    assert "zelf" in said_text and "code" in said_text and "#31#" in said_text and "intranet" in said_text


def test_c02_no_number_and_calling_in_oneself_is_the_anonymous_way(db):
    text = "nee ik wil juist geen nummer geven. ik bel zelf wel, welk nummer?"
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon"}
    trk = tracker(slots, text=text, intent="faq", requested="contactgegeven")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/anoniem_bellen",
                                                                    "confidence": 0.55}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert slots_of(events)["bereikbaar"] == "anoniem" and slots_of(events)["contactgegeven"] is None
    assert "gegevens achtergelaten" not in _texts(messages) and "#31#" in _texts(messages)


# --- c21: the button "Telefoon" pressed again while the number is asked --------------------------------------

def test_c21_the_same_contact_button_again_asks_the_number_without_an_error(db):
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon"}
    messages, result, _ = _button_step(a.ValidateAfspraakForm(), '/kies_optie{"bereikbaar":"telefoon"}',
                                       "bereikbaar", "telefoon", "contactgegeven", slots)
    assert "utter_telefoon_ongeldig" not in messages  # before: "Dat nummer kan ik niet gebruiken"
    assert messages == [] and result["contactgegeven"] is None and not result.get("afspraak_fouten")


def test_c21_another_contact_button_while_the_number_is_asked_is_that_choice(db):
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon"}
    messages, result, _ = _button_step(a.ValidateAfspraakForm(), '/kies_optie{"bereikbaar":"anoniem"}',
                                       "bereikbaar", "anoniem", "contactgegeven", slots)
    assert messages == [] and result["bereikbaar"] == "anoniem" and result["contactgegeven"] is None


def test_c21_the_way_of_meeting_button_again_asks_the_number_without_an_error(db):
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon"}
    messages, result, _ = _button_step(a.ValidateAfspraakForm(), '/kies_optie{"ontmoetingsvorm": "telefoon"}',
                                       "ontmoetingsvorm", "telefoon", "contactgegeven", slots)
    assert messages == [] and result["contactgegeven"] is None


# --- c13: moving to a day the own counsellor has nothing; "ik wil liever bij Marieke blijven" --------------------

def _marieke_thursday(db) -> str:
    start = dt.datetime(2027, 3, 11, 15, 0, tzinfo=UTC)  # Thursday 16:00
    return reference.normalise(book(db, "marieke-jansen", start, offer.end_of(start), "telefoon", None, None,
                                    now=a.clock.now()).code)


def test_c13_a_move_keeps_the_counsellor_and_names_who_has_time_that_day(db):
    code = _marieke_thursday(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code}
    messages, result, sent = form_step(a.ValidateAfspraakCodeForm(), "kan die naar vrijdag?", "tijd_wens", slots,
                                       loop="afspraak_code_form")
    assert _keys(result["aangeboden_tijden"]) == {"marieke-jansen"}  # before: Ruud's Friday times
    assert "Ruud de Boer" in _texts(sent) and "Typ dan de naam" in _texts(sent)


def test_c13_the_other_counsellor_typed_offers_their_times_that_day(db):
    code = _marieke_thursday(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code}
    _, first, _ = form_step(a.ValidateAfspraakCodeForm(), "kan die naar vrijdag?", "tijd_wens", slots,
                            loop="afspraak_code_form")
    offered = slots | {"tijd_wens": first["tijd_wens"], "aangeboden_tijden": first["aangeboden_tijden"]}
    _, result, _ = form_step(a.ValidateAfspraakCodeForm(), "Ruud dan", "gekozen_tijd", offered,
                             loop="afspraak_code_form")
    assert _keys(result["aangeboden_tijden"]) == {"ruud-de-boer"}
    assert _days(result["aangeboden_tijden"]) == {dt.date(2027, 3, 12)}  # Friday


C13_STAY = "nee ik wil liever bij Marieke blijven, het is een vrouw. dan maar volgende week"


def test_c13_staying_with_the_named_counsellor_for_her_gender_is_honoured(db):
    code = _marieke_thursday(db)
    ruud_friday = ["ruud-de-boer|2027-03-12T08:00:00+00:00", "ruud-de-boer|2027-03-12T09:30:00+00:00"]
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code, "tijd_wens": "vrijdag",
             "aangeboden_tijden": ruud_friday}
    messages, result, sent = form_step(a.ValidateAfspraakCodeForm(), C13_STAY, "gekozen_tijd", slots,
                                       loop="afspraak_code_form")
    assert "utter_vp_geslacht_namen" not in messages and "utter_vp_geslacht" not in messages  # "weet ik niet"
    assert "Natuurlijk, dan zoeken we een moment bij Marieke Jansen." in _texts(sent)
    assert _keys(result["aangeboden_tijden"]) == {"marieke-jansen"}
    assert min(_days(result["aangeboden_tijden"])) >= dt.date(2027, 3, 15)  # next week


def test_c13_a_question_whether_someone_is_a_woman_is_still_answered_honestly(db):
    messages, _, _ = form_step(a.ValidateAfspraakForm(), "is Marieke een vrouw?", "gekozen_tijd",
                               SLOTS_AT["gekozen_tijd"])
    assert messages[0] in ("utter_vp_geslacht_namen", "utter_vp_geslacht")


@pytest.mark.parametrize("text", ['kies_optie{"bereikbaar":"telefoon"}', "telefoon", "Telefoon"])
def test_c21_the_stale_payload_as_plain_text_or_the_choice_typed_asks_the_number_again(db, text):
    # the web chat passes a payload no longer offered as text without its slash (bot/channels/offers.py)
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon"}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "contactgegeven", slots, intent="nlu_fallback")
    assert "utter_telefoon_ongeldig" not in messages  # before: "Dat nummer kan ik niet gebruiken"
    assert result["contactgegeven"] is None and not result.get("afspraak_fouten")


# --- c03, c14: an English speaker books ----------------------------------------------------------------------

def test_c14_an_english_request_with_time_and_way_starts_the_booking_with_both(db):
    text = "ok I want to book. next monday morning please. by phone"
    trk = tracker(text=text, intent="afspraak_maken", loop=None)
    trk.latest_message["engels"] = True  # the parse property EnglishDetector sets for an English booking
    messages, events = run(a.ActionResetAfspraak(), trk)
    started = slots_of(events)
    assert started["engels_gegeven"] is True and started["tijd_wens"] == text
    assert started["ontmoetingsvorm"] == "telefoon"
    assert "short line in English" in _texts(messages)


@pytest.mark.parametrize(("action", "slots", "english"), [
    (a.ActionAskTijdWens(), {}, "When would suit you?"),
    (a.ActionAskBereikbaar(), {}, "How can the counsellor reach you?"),
    (a.ActionAskContactgegeven(), {"bereikbaar": "telefoon"}, "What is your phone number?"),
    (a.ActionAskContactgegeven(), {"bereikbaar": "email"}, "What is your e-mail address?"),
    (a.ActionAskBevestiging(), {}, "Is this right?"),
])
def test_c14_each_booking_question_gets_a_short_english_line_for_an_english_speaker(db, action, slots, english):
    messages, _ = run(action, tracker(slots | {"engels_gegeven": True}))
    assert messages[0]["text"].startswith(english) and messages[1].get("response")  # then the Dutch question
    dutch_only, _ = run(action, tracker(slots))
    assert not dutch_only[0].get("text")  # a Dutch speaker gets the question alone


def test_c14_a_polish_number_is_taken(db):
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon", "engels_gegeven": True}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "+48 601 234 567", "contactgegeven", slots,
                                    intent="kies_tijd")
    assert result["contactgegeven"] == "+48601234567" and messages == []  # before: "Dat nummer kan ik niet gebruiken"


def test_c14_a_refused_number_is_explained_in_english_to_an_english_speaker(db):
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon", "engels_gegeven": True}
    messages, result, sent = form_step(a.ValidateAfspraakForm(), "+48 601 234", "contactgegeven", slots,
                                       intent="nlu_fallback")
    assert "utter_telefoon_ongeldig" not in messages and "I cannot use that number" in _texts(sent)
    assert result["contactgegeven"] is None and result["afspraak_fouten"] == 1.0


def test_c03_both_questions_in_the_booking_are_answered(db):
    messages, result, sent = form_step(a.ValidateAfspraakForm(), "is it free? and will my manager know?",
                                       "tijd_wens", {"engels_gegeven": True, "soort": "omgangsvormen"},
                                       intent="faq")
    said_text = _texts(sent)
    assert "costs you nothing" in said_text  # before: only the cost
    assert "not your manager" in said_text
    assert result["tijd_wens"] is None


@pytest.mark.parametrize("requested", ["bevestiging", "contactgegeven"])
def test_c02_no_number_and_calling_in_oneself_does_not_stop_the_booking(db, requested):
    text = "nee ik wil juist geen nummer geven. ik bel zelf wel, welk nummer?"
    slots = SLOTS_AT["bevestiging"] | ({"bereikbaar": "telefoon"} if requested == "contactgegeven" else {})
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, requested, slots, intent="faq",
                                    selector="utter_faq/anoniem_bellen")
    assert result.get("afspraak_stoppen") is not True and result.get("bevestiging") is not False


@pytest.mark.parametrize(("contact", "expected"), [(None, "call in yourself"), ("06 12345678", "can reach you")])
def test_c14_the_booking_is_confirmed_in_english_too(db, contact, expected):
    slots = SLOTS_AT["bevestiging"] | {"bevestiging": True, "engels_gegeven": True}
    if contact:
        slots |= {"bereikbaar": "telefoon", "contactgegeven": "+31612345678"}
    messages, events = run(a.ActionBoekAfspraak(), tracker(slots, loop=None))
    code = slots_of(events)["referentiecode"]
    assert expected in messages[0]["text"] and code in messages[0]["text"]
    dutch, _ = run(a.ActionBoekAfspraak(), tracker(SLOTS_AT["bevestiging"] | {"bevestiging": True,
                                                                            "gekozen_tijd": a.offer.encode(
                                                                                _next_free(db))}, loop=None))
    assert dutch == []


def _next_free(db):
    from bot.booking import availability
    found = a.compute_offer(a.parse_when("woensdag", a.clock.now()), a.clock.now(),
                            availability.active_counsellors(a.sessions()))
    return found.slots[0]


def test_c03_a_group_chat_in_the_story_is_no_question_about_talking_by_chat(db):
    text = ("Hi, I am an expat working in the warehouse. My colleagues keep making jokes about my accent and "
            "they made a whatsapp group without me. I dont speak dutch well. Can I talk to someone?")
    trk = tracker(text=text, intent="afspraak_maken", loop=None)
    trk.latest_message["engels"] = True
    messages, _ = run(a.ActionResetAfspraak(), trk)
    assert "utter_afspraak_geen_chat" not in [m.get("response") for m in messages]  # before: "kan helaas niet"


def test_c02_the_question_while_the_number_is_asked_is_answered_not_taken_as_a_choice(db):
    text = "hoe belt hij me als ik geen nummer geef?"
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon"}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "contactgegeven", slots, intent="faq",
                                    selector="utter_faq/anoniem_bellen")
    assert result.get("bereikbaar", "telefoon") == "telefoon"  # not silently made anonymous
    trk = tracker(slots, text=text, intent="faq", requested="contactgegeven")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/anoniem_bellen",
                                                                    "confidence": 1.0}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert "bereikbaar" not in slots_of(events) and 'Typ dan "anoniem"' in _texts(messages)


@pytest.mark.parametrize("intent", ["kies_optie", "nlu_fallback"])
def test_anonymous_typed_while_the_number_is_asked_is_that_choice(db, intent):
    # found on the probe: the early answer for a button lost the choice extracted before it ("via None")
    slots = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon"}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "anoniem", "contactgegeven", slots, intent=intent)
    assert result["bereikbaar"] == "anoniem" and result["contactgegeven"] is None
