"""Issue 10: the twenty-fifth stranger test's questions about a counsellor as a person (A c01, c02,
c07, c08), in the booking and outside it. Real rasa_sdk Tracker and CollectingDispatcher, the real
domain, example counsellors in SQLite (Marieke Jansen internal, Ruud de Boer external)."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions import actions as general
from actions import afspraak as a
from tests.actions.test_afspraak_actions import run, tracker
from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT, form_step


def _responses(messages):
    return [m.get("response") for m in messages]


@pytest.mark.parametrize("text", ["is er geen vrouw dan?", "marieke is vrouw ja? dan met marieke"])
def test_in_the_booking_a_woman_asked_for_gets_what_the_bot_knows_and_who_can_be_chosen(db, text):
    # before: "Nee. Volgens de wet mag je werkgever ..." and the answer on bringing someone along
    trk = tracker({}, text=text, intent="faq", requested="tijd_wens")
    trk.latest_message["response_selector"] = {"faq": {"response": {
        "utter_action": "utter_faq/ongelijke_behandeling_mag_niet", "confidence": 0.6}}}
    messages, _ = run(a.ActionVraagInAfspraak(), trk)
    assert _responses(messages)[0] == "utter_vp_geslacht_namen"
    assert "Marieke Jansen" in messages[0]["vp_namen"]
    assert "utter_faq/ongelijke_behandeling_mag_niet" not in _responses(messages)


@pytest.mark.parametrize("text", ["marieke intern?", "is marieke van ons bedrijf of niet"])
def test_in_the_booking_whether_she_is_internal_names_who_is_which_and_chooses_nobody(db, text):
    # before: "Goed, ik kijk naar tijden met Marieke Jansen" and "Je organisatie heeft hiervoor geen
    # interne vertrouwenspersoon"
    messages, result, sent = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", SLOTS_AT["tijd_wens"],
                                       intent="kies_tijd")
    assert "utter_vp_wie_is" in messages
    overview = next(m for m in sent if m.get("response") == "utter_vp_wie_is")["vp_overzicht"]
    assert "Marieke Jansen, interne" in overview and "Ruud de Boer, externe" in overview
    assert result.get("vp_gekozen") is None and result.get("vp_extern") is None


def test_outside_the_booking_the_gender_answer_is_followed_by_the_counsellors(db):
    latest = {"text": "is er geen vrouw dan?", "intent": {"name": "faq", "confidence": 1.0}, "entities": [],
              "response_selector": {"faq": {"response": {"intent_response_key": "faq/vp_geslacht",
                                                         "utter_action": "utter_faq/vp_geslacht",
                                                         "confidence": 1.0}}}}
    trk = Tracker("gesprek-1", {}, latest, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionHervatGesprek(), trk)
    named = next(m for m in messages if m.get("response") == "utter_vertrouwenspersonen_hier")
    assert "Marieke Jansen" in named["vp_overzicht"] and "Ruud de Boer" in named["vp_overzicht"]


def test_a_way_and_where_asked_while_times_are_offered_gets_the_place_and_keeps_the_way(db):
    # A c08: "op locatie. waar? ik ken alleen de schoonmaakkast" got the times again, nothing else
    messages, result, sent = form_step(a.ValidateAfspraakForm(), "op locatie. waar? ik ken alleen de schoonmaakkast",
                                       "gekozen_tijd", SLOTS_AT["gekozen_tijd"], intent="kies_optie")
    assert messages[0] == "utter_afspraak_plek_locatie" and sent[0]["locatie"] == "Gebouw A, kamer 2.14"
    assert result.get("ontmoetingsvorm") == "op_locatie" and result.get("gekozen_tijd") is None


def test_a_time_taken_with_where_asked_gets_the_place(db):
    # A c02: "13u45 is goed. waar is dat dan, op de winkel?" got the privacy answer; the time in the whole
    # message hid the question about the place
    slots = SLOTS_AT["gekozen_tijd"]
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "13:00 is goed. waar is dat dan, op mijn werk?",
                                    "gekozen_tijd", slots, intent="faq",
                                    selector="utter_faq/leidinggevende_hoort_niets", candidate=True)
    assert result["gekozen_tijd"] == slots["aangeboden_tijden"][0]  # 12:00 UTC is 13:00 in Amsterdam
    assert "utter_afspraak_plek_locatie" in messages


@pytest.mark.parametrize("text, mode", [("13:00 telefonisch", "telefoon"),
                                        ("13:00 op locatie. eigenlijk, wacht, nee laat maar", "op_locatie")])
def test_a_way_of_meeting_typed_with_the_time_is_taken(db, text, mode):
    # C c10: "13:45 video. eigenlijk, wacht, ..." got "Hoe wil je het gesprek voeren?"
    _, result, _ = form_step(a.ValidateAfspraakForm(), text, "gekozen_tijd", SLOTS_AT["gekozen_tijd"],
                             intent="kies_tijd")
    assert result["gekozen_tijd"] == SLOTS_AT["gekozen_tijd"]["aangeboden_tijden"][0]
    assert result["ontmoetingsvorm"] == mode


def test_a_time_pressed_as_a_button_still_asks_the_way(db):
    slots = SLOTS_AT["gekozen_tijd"]
    payload = '/kies_tijd{"gekozen_tijd": "' + slots["aangeboden_tijden"][0] + '"}'
    _, result, _ = form_step(a.ValidateAfspraakForm(), payload, "gekozen_tijd", slots, intent="kies_tijd",
                             value=slots["aangeboden_tijden"][0])
    assert result["gekozen_tijd"] == slots["aangeboden_tijden"][0] and result["ontmoetingsvorm"] is None


def test_finishing_a_paused_booking_anonymously_is_not_asked_how_to_be_reached_again(db):
    # C c10: "kun je de afspraak afmaken, anoniem" after "anoniem. ... soms denk ik ... er niet meer was"
    from tests.actions.test_afspraak_actions import slots_of
    from tests.actions.test_round23_booking_and_situations import TUESDAY_NOON, _after_crisis

    slots = {"gepauzeerde_tijd": TUESDAY_NOON, "afspraak_uitkomst": a.ONDERBROKEN, "ontmoetingsvorm": "telefoon"}
    messages, events = run(a.ActionResetAfspraak(),
                           _after_crisis(slots, "ok noted. kun je de afspraak afmaken, anoniem", "afspraak_maken"))
    assert _responses(messages) == ["utter_afspraak_hervat"]
    set_slots = slots_of(events)
    assert set_slots["gekozen_tijd"] == TUESDAY_NOON and set_slots["bereikbaar"] == "anoniem"
