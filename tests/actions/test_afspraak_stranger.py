"""The second stranger test (docs/stranger-tests/2026-11-30-second.md, B1-B6 and the wish for a
woman), with the exact messages found and variants by meaning.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml: marieke-jansen (VPOO, internal; Mon, Tue, Thu; telefoon, op_locatie) and
ruud-de-boer (BEIDE, external; Tue pm, Wed, Fri am; telefoon, video). BOT_NOW: Monday 8 March 2027 10:00.
"""

from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions import afspraak as a
from bot.booking import offer
from bot.booking.repository import book
from bot.scheduling.localtime import AMSTERDAM
from tests.actions.test_afspraak_actions import run, slots_of, tracker, validate
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY, form_run

MARIEKE_THURSDAY = "marieke-jansen|2027-03-11T08:00:00+00:00"


def local_starts(offered):
    return [offer.decode(v)[1].astimezone(AMSTERDAM) for v in offered]


# --- B1: "nee toch donderdag, dinsdag kan ik niet" inside the booking --------------------------

@pytest.mark.parametrize("text", ["nee toch donderdag, dinsdag kan ik niet",
                                  "ik wil het toch verzetten naar donderdag",
                                  "kunnen we het naar donderdag verplaatsen? dinsdag lukt niet"])
def test_a_correction_read_as_changing_is_applied_in_the_booking(db, text):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY}
    _, events = run(a.ActionBeheerInBoeking(), tracker(slots, text=text, intent="afspraak_wijzigen"))
    assert slots_of(events) == {"beheer_wissel": False}  # the rule keeps the booking form
    messages, result, _ = form_run(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots,
                                   intent="afspraak_wijzigen", candidate=False)
    starts = local_starts(result["aangeboden_tijden"])
    assert starts and {s.date() for s in starts} == {dt.date(2027, 3, 11)}  # Thursday, not Tuesday
    assert result["gekozen_tijd"] is None and "utter_tijd_niet_begrepen" not in messages


@pytest.mark.parametrize("intent", ["afspraak_maken", "afspraak_wijzigen"])
def test_no_appointment_yet_said_in_the_booking_is_no_decline(db, intent):
    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY}
    text = "welke code? ik heb nog geen afspraak. ik wil donderdag"
    messages, result, _ = form_run(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots, intent=intent,
                                   candidate=intent == "afspraak_maken")
    assert "afspraak_stoppen" not in result and "utter_afspraak_stoppen_vraag" not in messages
    assert {s.date() for s in local_starts(result["aangeboden_tijden"])} == {dt.date(2027, 3, 11)}


def test_changing_without_a_time_in_the_booking_asks_what_is_meant(db):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY}
    messages, result, _ = form_run(a.ValidateAfspraakForm(), "ik wil het anders", "gekozen_tijd", slots,
                                   intent="afspraak_wijzigen", candidate=False)
    assert messages[0] == "utter_afspraak_beheer_in_boeking" and result["gekozen_tijd"] is None


def test_only_a_code_switches_from_the_booking_to_the_code_form(db):
    start = dt.datetime(2027, 3, 9, 8, 0, tzinfo=dt.timezone.utc)
    code = book(db, "marieke-jansen", start, offer.end_of(start), "telefoon", now=a.clock.now()).code
    _, events = run(a.ActionBeheerInBoeking(), tracker(text=f"ik wil afspraak {code} verzetten",
                                                        intent="afspraak_wijzigen"))
    assert slots_of(events) == {"beheer_wissel": True}


@pytest.mark.parametrize("text", ["welke code? ik heb nog geen afspraak. ik wil donderdag",
                                  "ik heb helemaal geen code",
                                  "ik ben net een afspraak aan het maken"])
def test_no_appointment_gets_out_of_the_code_form(db, text):
    messages, result, _ = form_run(a.ValidateAfspraakCodeForm(), text, "code_invoer", {"beheer_actie": "wijzigen"},
                                   intent="faq", candidate=False, loop="afspraak_code_form")
    assert result["afspraak_uitkomst"] == "geen_afspraak" and result["requested_slot"] is None
    assert messages == []
    _, events = run(a.ActionRondBeheerAf(), tracker({"afspraak_uitkomst": "geen_afspraak"}, loop=None))
    assert slots_of(events)["afspraak_uitkomst"] == "geen_afspraak"


def test_the_new_booking_after_the_code_form_uses_the_day_named(db):
    text = "welke code? ik heb nog geen afspraak. ik wil donderdag"
    _, events = run(a.ActionResetAfspraak(), tracker(text=text, intent="faq", loop=None))
    assert slots_of(events)["tijd_wens"] == text


# --- B2: a story told in the time step ----------------------------------------------------------

@pytest.mark.parametrize("text", ["pesten. al maanden",
                                  "Het gaat over mijn leidinggevende die mij al een jaar kleineert",
                                  "hij scheldt me steeds uit"])
def test_a_story_in_the_time_step_is_heard_not_a_parse_error(db, text):
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", text)
    assert messages == ["utter_tijd_verhaal_gehoord"] and result["tijd_wens"] is None


def test_every_story_is_heard_even_after_unusable_answers(db):
    """Not counted as an unusable answer: a second story gets the acknowledgement again, not the
    explanation of what a time wish is."""
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "hij kleineert me al een jaar",
                                {"afspraak_fouten": 1.0})
    assert messages == ["utter_tijd_verhaal_gehoord"] and result["uitleg_nodig"] is False
    assert result.get("afspraak_fouten", 1.0) == 1.0


def test_a_story_in_the_choice_step_is_heard_too(db):
    messages, result = validate(a.ValidateAfspraakForm(), "gekozen_tijd", "pesten. al maanden",
                                {"aangeboden_tijden": MARIEKE_TUESDAY})
    assert messages == ["utter_tijd_verhaal_gehoord"] and result["gekozen_tijd"] is None


def test_nonsense_in_the_time_step_still_gets_the_parse_help(db):
    assert validate(a.ValidateAfspraakForm(), "tijd_wens", "blabla")[0] == ["utter_tijd_niet_begrepen"]


# --- B3/B6: a day in the request itself ----------------------------------------------------------

@pytest.mark.parametrize("text", ["ik wil gewoon een afspraak op donderdag", "toch een afspraak, volgende week",
                                  "nou ja, toch wel eigenlijk. maar dan volgende week"])
def test_a_time_in_the_request_is_the_wish(db, text):
    _, events = run(a.ActionResetAfspraak(), tracker(text=text, intent="afspraak_maken", loop=None))
    assert slots_of(events)["tijd_wens"] == text


def test_a_request_without_a_time_leaves_the_wish_open(db):
    _, events = run(a.ActionResetAfspraak(), tracker(text="ik wil een afspraak", intent="afspraak_maken", loop=None))
    assert slots_of(events)["tijd_wens"] is None


def test_after_hours_a_wish_in_the_request_is_not_replaced_by_the_first_times(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-08T20:00:00+01:00")
    _, events = run(a.ActionCheckBereikbaarheid(), tracker({"tijd_wens": "ik wil een afspraak op donderdag"}))
    assert "aangeboden_tijden" not in slots_of(events) and slots_of(events)["vp_bereikbaar"] is False


def test_the_wish_from_the_request_offers_that_day(db):
    _, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "ik wil gewoon een afspraak op donderdag")
    assert {s.date() for s in local_starts(result["aangeboden_tijden"])} == {dt.date(2027, 3, 11)}


# --- B4: time windows ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["liefst buiten werktijd, na vijven", "na 17 uur", "ok afspraak, maar alleen na 17u",
                                  "avond", "'s avonds"])
def test_no_evening_times_is_said_and_the_latest_times_are_offered(db, text):
    dispatcher = CollectingDispatcher()
    result = a.ValidateAfspraakForm().validate_tijd_wens(text, dispatcher, tracker(requested="tijd_wens"), {})
    dispatcher_messages = dispatcher.messages
    assert [m["response"] for m in dispatcher_messages] == ["utter_tijd_te_laat", "utter_tijd_ook_telefonisch",
                                                           "utter_tijd_anders_mogelijk"]  # what else (c08)
    assert dispatcher_messages[0]["tijd_grens"] == "16:00"  # the last start in the example hours
    starts = local_starts(result["aangeboden_tijden"])
    assert all(s.hour >= 15 for s in starts)  # the latest times, not the first of the day
    assert all(s.date() < dt.date(2027, 3, 22) for s in starts)  # within the two weeks asked


def test_a_window_that_fits_gets_those_times(db):
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "vanaf 4 uur")
    assert messages == [] and all(s.hour >= 16 for s in local_starts(result["aangeboden_tijden"]))


@pytest.mark.parametrize(("text", "first_day"), [("next week", dt.date(2027, 3, 15)),
                                                 ("tomorrow afternoon", dt.date(2027, 3, 9))])
def test_english_times(db, text, first_day):
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", text)
    assert messages == [] and local_starts(result["aangeboden_tijden"])[0].date() == first_day


# --- B5: the contact step -----------------------------------------------------------------------

def _question(text, requested, slots=None):
    trk = tracker(slots, text=text, intent="faq", requested=requested)
    return run(a.ActionVraagInAfspraak(), trk)


@pytest.mark.parametrize("requested", ["bereikbaar", "contactgegeven"])
def test_an_address_inside_a_sentence_taken_for_a_question_is_the_answer(db, requested):
    messages, events = _question("mail is goed: lien.peeters@telenet.be", requested, {"bereikbaar": "email"})
    assert messages == []
    assert slots_of(events)["bereikbaar"] == "email"
    assert slots_of(events)["contactgegeven"] == "lien.peeters@telenet.be"


@pytest.mark.parametrize(("text", "choice"), [("e-mail", "email"), ("mail", "email"), ("telefoon", "telefoon"),
                                              ("liever per mail", "email")])
def test_a_bare_channel_is_the_choice_and_the_form_asks_for_the_address(db, text, choice):
    messages, events = _question(text, "bereikbaar")
    assert messages == [] and slots_of(events)["bereikbaar"] == choice and slots_of(events)["contactgegeven"] is None


def test_a_real_question_at_the_contact_step_still_gets_its_answer(db):
    trk = tracker(text="wie leest mijn mail?", intent="faq", requested="bereikbaar")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/wat_bewaart_bot",
                                                                    "confidence": 0.8}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert [m["response"] for m in messages] == ["utter_faq/wat_bewaart_bot"] and events == []


@pytest.mark.parametrize("intent", ["faq", "nlu_fallback"])
def test_a_cafe_is_answered_honestly_and_the_chosen_time_kept(db, intent):
    text = "kan da ook ergens buiten het bedrijf? in een café of zo?"
    slots = {"tijd_wens": "donderdag", "aangeboden_tijden": [MARIEKE_THURSDAY], "gekozen_tijd": MARIEKE_THURSDAY}
    if intent == "faq":
        messages, events = _question(text, "ontmoetingsvorm", slots)
        responses, result = [m["response"] for m in messages], slots_of(events)
    else:
        responses, result, messages = form_run(a.ValidateAfspraakForm(), text, "ontmoetingsvorm", slots, intent=intent)
    assert responses == ["utter_afspraak_plek_locatie"]
    assert messages[0]["locatie"] == "Gebouw A, kamer 2.14" and "Marieke Jansen" in messages[0]["vp_met_wie"]
    assert result.get("gekozen_tijd", MARIEKE_THURSDAY) == MARIEKE_THURSDAY  # the chosen time is kept
    assert "vp_extern" not in result and "aangeboden_tijden" not in result  # no silent switch of counsellor


# --- a woman as counsellor ----------------------------------------------------------------------

@pytest.mark.parametrize("text", ["kan ik ook met een vrouw praten", "is het een vrouw?",
                                  "liever een vrouwelijke vertrouwenspersoon"])
def test_a_wish_for_a_woman_is_answered_from_what_the_bot_knows(db, text):
    messages, result, raw = form_run(a.ValidateAfspraakForm(), text, "tijd_wens", {}, intent="afspraak_maken")
    assert messages == ["utter_vp_geslacht_namen"] and result["tijd_wens"] is None
    assert "Marieke Jansen" in raw[0]["vp_namen"] and "Ruud de Boer" in raw[0]["vp_namen"]


def test_a_wish_for_a_woman_in_the_request_is_answered_too(db):
    messages, _ = run(a.ActionResetAfspraak(), tracker(text="ik wil een afspraak maar liever met een vrouw",
                                                       intent="afspraak_maken", loop=None))
    assert [m["response"] for m in messages] == ["utter_vp_geslacht_namen"]
