"""The fifth stranger test (docs/stranger-tests/2026-11-30-fifth.md): a time wish read as a goodbye
keeps the booking (c09), a code with a wish to move or cancel goes to that appointment, with the
time kept (c10, c12), a question whether this moves an old appointment is answered (c10), the way
of meeting can be corrected at the contact step and a "nee" at the summary asks what to change
(c28), and "laat maar, ik bel eerst HR" or a stop with a question ends the booking kindly and
answers the question (c25, c17). The exact messages of the transcripts.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml. BOT_NOW: Monday 8 March 2027 10:00 (Marieke works Mon, Tue, Thu).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
import yaml
from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, SlotSet, UserUttered
from rasa_sdk.executor import CollectingDispatcher

from actions import afspraak as a
from bot.booking import offer, reference
from bot.booking.repository import book
from bot.scheduling.localtime import AMSTERDAM
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import run, slots_of, tracker
from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT, appointments, form_step

UTC = dt.timezone.utc
RULES = Path(__file__).resolve().parents[2] / "data" / "rules" / "afspraak.yml"
TODAY = dt.date(2027, 3, 8)  # Monday
MARIEKE_THURSDAY = dt.datetime(2027, 3, 11, 8, 45, tzinfo=UTC)  # Thursday 11 March 09:45, Dutch time


def _days(offered) -> set[dt.date]:
    return {offer.decode(o)[1].astimezone(AMSTERDAM).date() for o in offered}


# --- c09: "vandaag nog als het kan", read as a goodbye, is the time wish ------------------------------

@pytest.mark.parametrize("text", ["vandaag nog als het kan", "zo snel mogelijk", "morgen als het lukt"])
def test_c09_a_time_wish_read_as_a_goodbye_keeps_the_booking_and_offers_times(db, text):
    messages, events = run(a.ActionAfscheidInBoeking(),
                           tracker({}, text=text, intent="afscheid", requested="tijd_wens"))
    result = slots_of(events)
    assert result["afscheid_echt"] is False  # before: the rule ended the booking ("ik heb geen afspraak gemaakt")
    assert result["tijd_wens"] == text and result["aangeboden_tijden"]
    if text.startswith("vandaag"):
        assert _days(result["aangeboden_tijden"]) == {TODAY}  # today's free times, when there are any


@pytest.mark.parametrize("text", ["doei", "bedankt, doei", "oke tot morgen", "fijne avond nog"])
def test_c09_a_goodbye_without_a_time_wish_still_ends_the_booking(db, text):
    _, events = run(a.ActionAfscheidInBoeking(), tracker({}, text=text, intent="afscheid", requested="tijd_wens"))
    assert slots_of(events) == {"afscheid_echt": True}


def test_c09_a_goodbye_at_another_step_ends_the_booking(db):
    _, events = run(a.ActionAfscheidInBoeking(), tracker(SLOTS_AT["bereikbaar"], text="vandaag nog, doei",
                                                         intent="afscheid", requested="bereikbaar"))
    assert slots_of(events) == {"afscheid_echt": True}


def test_c09_the_rules_let_the_form_go_on_after_a_time_wish_and_end_it_after_a_goodbye():
    rules = {r["rule"]: r for r in yaml.safe_load(RULES.read_text(encoding="utf-8"))["rules"]}
    wish = rules["afscheid met een tijd erin midden in het afspraakformulier, een tijdwens"]["steps"]
    assert wish[1] == {"action": "action_afscheid_in_boeking"} and {"action": "afspraak_form"} in wish
    bye = rules["afscheid midden in het afspraakformulier, niets geboekt"]["steps"]
    assert bye[2] == {"slot_was_set": [{"afscheid_echt": True}]} and {"action": "action_deactivate_loop"} in bye


# --- c10, c12: a code with a wish to move or cancel; "is dit een verplaatsing?" -----------------------

def _marieke_appointment(db) -> str:
    return book(db, "marieke-jansen", MARIEKE_THURSDAY, offer.end_of(MARIEKE_THURSDAY), "telefoon", None, None,
                now=a.clock.now()).code


def test_c10_a_code_with_a_day_moves_that_appointment_and_offers_times_for_the_day_at_once(db):
    code = _marieke_appointment(db)
    text = f"hoi, ik heb vorige week een afspraak gemaakt, code {code}. kan die naar dinsdag?"
    _, events = run(a.ActionStartBeheer(), tracker(text=text, intent="afspraak_wijzigen", loop=None))
    started = slots_of(events)
    assert started["beheer_actie"] == "wijzigen" and started["code_invoer"] == reference.normalise(code)
    messages, result, _ = form_step(a.ValidateAfspraakCodeForm(), text, "code_invoer", started,
                                    intent="afspraak_wijzigen", loop="afspraak_code_form", value=started["code_invoer"])
    assert messages[0] == "utter_afspraak_gevonden_wijzigen"
    assert result["tijd_wens"] == text and result["aangeboden_tijden"]  # the day asked is kept: no second question
    assert _days(result["aangeboden_tijden"]) == {dt.date(2027, 3, 9)}
    assert all(o.startswith("marieke-jansen|") for o in result["aangeboden_tijden"])  # the same counsellor
    assert appointments(db) == 1


def test_c10_the_code_component_sends_a_code_with_a_move_or_cancel_wish_to_the_code_form():
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import CodeRequest

    texts = {
        "hoi, ik heb vorige week een afspraak gemaakt, code 7KM5-ATG5-GW33. kan die naar vrijdag?":
            "afspraak_wijzigen",
        "code P0QY-93SM-61R4, kan die afspraak naar maandag?": "afspraak_wijzigen",
        "en de afspraak SGAR-S4Y9-564J die ik per ongeluk dubbel had gemaakt wil ik ook weg": "afspraak_annuleren",
        "ik wil een afspraak maken op vrijdag": "afspraak_maken",
    }
    messages = [Message(data={"text": t, "intent": {"name": "afspraak_maken", "confidence": 0.5}}) for t in texts]
    for message, expected in zip(CodeRequest().process(messages), texts.values(), strict=True):
        assert message.get("intent")["name"] == expected, message.get("text")


def test_c10_asking_whether_this_moves_the_old_appointment_is_answered(db):
    text = "wacht, is dit nu een verplaatsing van mijn oude afspraak? die was met Marieke geloof ik"
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "bevestiging", SLOTS_AT["bevestiging"])
    assert messages == ["utter_afspraak_nieuw_niet_verplaatst"]  # before: the summary again, as if unheard
    assert result.get("bevestiging") is None and "afspraak_fouten" not in result
    text_out = DOMAIN["responses"]["utter_afspraak_nieuw_niet_verplaatst"][0]["text"]
    assert "nieuwe afspraak" in text_out and "verzetten" in text_out


@pytest.mark.parametrize("requested", ["tijd_wens", "gekozen_tijd", "bevestiging"])
@pytest.mark.parametrize(("text", "intent"), [("verzetten ABCD-EFGH-JKMN", "afspraak_wijzigen"),
                                              ("Ik wil mijn afspraak verzetten. code GGYG-MC6D-Z8ZZ",
                                               "afspraak_wijzigen"),
                                              ("de afspraak GGYG-MC6D-Z8ZZ mag eruit", "afspraak_annuleren")])
def test_c10_a_code_to_move_or_cancel_while_booking_leaves_the_message_to_the_switching_rule(db, text, intent,
                                                                                             requested):
    # the form runs first on a message while it is active; only when it sets no slot does Rasa
    # try the rules (action_beheer_in_boeking, then the code form). Before: "Je maakt nu een
    # nieuwe afspraak ... typ eerst stop", and the booking went on.
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, requested, SLOTS_AT[requested], intent=intent,
                                    candidate=False)
    assert messages == [] and set(result) <= {"requested_slot"}  # Rasa ignores requested_slot here
    _, events = run(a.ActionBeheerInBoeking(), tracker(SLOTS_AT[requested], text=text, intent=intent,
                                                       requested=requested))
    assert slots_of(events) == {"beheer_wissel": True}


# --- c28: the way of meeting corrected at the contact step; "Nee" at the summary -----------------------

def test_c28_a_correction_of_the_way_of_meeting_at_the_contact_step_changes_it(db):
    slots = SLOTS_AT["bereikbaar"] | {"ontmoetingsvorm": "op_locatie", "ontmoetingsvorm_titel": "op locatie",
                                      "locatie": "Kamer 2.14"}
    text = "nee wacht liever telefonisch, dan ziet niemand me naar die kamer gaan"
    trk = tracker(slots, text=text, intent="faq", requested="bereikbaar")
    assert run(a.ActionVraagInAfspraak(), trk) == ([], [])  # not read as the contact channel there
    messages, result, sent = form_step(a.ValidateAfspraakForm(), text, "bereikbaar", slots)
    assert result["ontmoetingsvorm"] == "telefoon" and result["ontmoetingsvorm_titel"] == "telefonisch"
    assert result["locatie"] is None and result.get("bereikbaar") is None  # the contact question comes back
    assert sent[0]["text"] == "Goed, het gesprek wordt telefonisch."


def test_c28_choosing_the_phone_as_contact_is_still_the_contact_choice(db):
    slots = SLOTS_AT["bereikbaar"] | {"ontmoetingsvorm": "op_locatie"}
    _, result, _ = form_step(a.ValidateAfspraakForm(), "telefoon", "bereikbaar", slots)
    assert result["bereikbaar"] == "telefoon" and "ontmoetingsvorm" not in result


def _summary_step(text, slots, intent, entities=()):
    parse = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": list(entities)}
    values = dict(slots) | {"requested_slot": "bevestiging"}
    events = [ActionExecuted("action_listen"), UserUttered(text, parse["intent"]), ActionExecuted("afspraak_form")]
    if intent in ("bevestigen", "ontkennen"):
        values["bevestiging"] = intent == "bevestigen"
        events.append(SlotSet("bevestiging", values["bevestiging"]))
    trk = Tracker("gesprek-1", values, parse, events, False, None, {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    result = asyncio.run(a.ValidateAfspraakForm().run(dispatcher, trk, DOMAIN))
    return [m.get("response") for m in dispatcher.messages], slots_of(result), trk


def test_c28_no_at_the_summary_asks_what_to_change_instead_of_throwing_it_all_away(db):
    slots = SLOTS_AT["bevestiging"]
    messages, result, _ = _summary_step("Nee", slots, "ontkennen")
    assert messages == ["utter_afspraak_wat_anders"]  # before: "Goed, ik heb geen afspraak gemaakt"
    assert result["bevestiging"] is None and result["wat_anders_gevraagd"] is True
    asked, _ = run(a.ActionAskBevestiging(), tracker(slots | result, text="Nee", intent="ontkennen",
                                                     requested="bevestiging"))
    assert asked == []  # the summary is not put right under "Wat wil je anders?"
    buttons = DOMAIN["responses"]["utter_afspraak_wat_anders"][0]["buttons"]
    assert {"/stoppen"} <= {b["payload"] for b in buttons}


@pytest.mark.parametrize(("part", "cleared"), [("tijd", "gekozen_tijd"), ("vorm", "ontmoetingsvorm"),
                                               ("bereikbaar", "bereikbaar")])
def test_c28_the_part_chosen_is_asked_again_and_the_rest_kept(db, part, cleared):
    slots = SLOTS_AT["bevestiging"] | {"wat_anders_gevraagd": True}
    messages, result, _ = _summary_step(f'/kies_optie{{"wijzig_deel":"{part}"}}', slots, "kies_optie",
                                        [{"entity": "wijzig_deel", "value": part}])
    assert result[cleared] is None and result["wat_anders_gevraagd"] is None and result["bevestiging"] is None
    assert all(result.get(k, v) == v for k, v in slots.items() if k not in (cleared, "wat_anders_gevraagd",
                                                                           "tijd_wens", "aangeboden_tijden",
                                                                           "contactgegeven"))


def test_c28_a_second_no_ends_the_booking(db):
    _, result, _ = _summary_step("nee", SLOTS_AT["bevestiging"] | {"wat_anders_gevraagd": True}, "ontkennen")
    assert result["bevestiging"] is False


# --- c25, c17: stopping the booking, and the question in the same message ---------------------------

def test_c25_let_go_to_call_hr_first_ends_the_booking_kindly(db):
    text = "laat maar, ik bel eerst HR"
    slots = SLOTS_AT["gekozen_tijd"]
    assert run(a.ActionVraagInAfspraak(), tracker(slots, text=text, intent="faq", requested="gekozen_tijd")) \
        == ([], [])  # before: the whistleblower answer, and the times again
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots, intent="faq",
                                    after="action_vraag_in_afspraak")
    assert messages == ["utter_afspraak_afgezegd"]
    assert result["bevestiging"] is False and result["requested_slot"] is None and appointments(db) == 0


def test_c17_stop_with_a_question_about_an_official_report_stops_and_answers_it(db):
    text = "stop, ik denk er nog even over na. ik wil eerst weten of ik dan een officiële melding doe"
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", intent="stoppen")
    assert messages == ["utter_afspraak_afgezegd", "utter_faq/afspraak_geen_klacht"]  # before: the question dropped
    assert result["bevestiging"] is False and result["afspraak_afgezegd"] is True
