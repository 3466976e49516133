"""The sixth stranger test (docs/stranger-tests/2026-12-01-sixth.md), the booking off-script: the
counsellor the person would rather not see is never offered, and who is offered instead is said
(c09); a number that is or may be Belgian is asked about (c08); a part of day after "Een ander
moment" keeps the day asked for (c06); a code given before in the conversation is used again to
cancel (c12); a code with a change of the way of meeting changes that appointment (c22); a
question for chat or mail is answered (c29); a way of meeting with a reason is no story (c16).
Messages like the transcripts', not the same sentences (those are the live replay).

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml. BOT_NOW: Monday 8 March 2027 10:00 (Marieke works Mon, Tue, Thu; Ruud
Tue afternoon, Wed and Fri morning).
"""

from __future__ import annotations

import datetime as dt

import pytest

from actions import afspraak as a
from bot.booking import offer, reference
from bot.booking.counsellors import sync
from bot.booking.repository import book, find_by_code
from bot.scheduling.localtime import AMSTERDAM
from bot.settings import PROJECT_ROOT
from tests.actions.test_afspraak_actions import run, slots_of, tracker
from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT, appointments, form_step

UTC = dt.timezone.utc
MARIEKE_NEXT_MONDAY = [f"marieke-jansen|2027-03-15T{h}:00+00:00" for h in ("08:00", "08:45", "09:30")]


def _keys(offered) -> set[str]:
    return {offer.decode(o)[0] for o in offered}


def _days(offered) -> set[dt.date]:
    return {offer.decode(o)[1].astimezone(AMSTERDAM).date() for o in offered}


def _hours(offered) -> set[int]:
    return {offer.decode(o)[1].astimezone(AMSTERDAM).hour for o in offered}


# --- c09: "kan het met iemand anders dan Marieke?" ----------------------------------------------------

@pytest.mark.parametrize("intent", ["faq", "nlu_fallback", "afspraak_maken"])
def test_c09_the_avoided_counsellor_is_not_offered_and_who_is_is_said(db, intent):
    slots = {"tijd_wens": "volgende week", "aangeboden_tijden": MARIEKE_NEXT_MONDAY, "soort": "omgangsvormen"}
    messages, result, sent = form_step(a.ValidateAfspraakForm(), "mag het ook bij een ander dan Marieke? ik twijfel",
                                       "gekozen_tijd", slots, intent=intent)
    assert result["vp_niet"] == "marieke-jansen" and not result.get("vp_gekozen")
    assert result["aangeboden_tijden"] and _keys(result["aangeboden_tijden"]) == {"ruud-de-boer"}
    assert messages == ["utter_vp_wens_gehoord"]  # before: "Goed, ik kijk naar tijden met Marieke Jansen"
    assert "Ruud de Boer" in sent[0]["vp_met_wie"] and "extern" in sent[0]["vp_met_wie"]  # name and role
    assert "Marieke" not in sent[0]["vp_met_wie"]


def test_c09_the_avoided_counsellor_stays_out_of_a_later_wish(db):
    slots = {"tijd_wens": None, "vp_niet": "marieke-jansen", "soort": "omgangsvormen"}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "maandag", "tijd_wens", slots)
    # Ruud does not work on Mondays: his first free times after it, never Marieke's Monday
    assert result["aangeboden_tijden"] and _keys(result["aangeboden_tijden"]) == {"ruud-de-boer"}


def test_c09_nobody_else_is_said_honestly_and_the_choice_stays(db, tmp_path):
    only_marieke = tmp_path / "counsellors.yml"
    text = (PROJECT_ROOT / "counsellors.example.yml").read_text(encoding="utf-8")
    only_marieke.write_text(text.split("  - key: ruud-de-boer")[0], encoding="utf-8")
    with db.begin() as session:
        sync(session, only_marieke)
    slots = {"tijd_wens": "volgende week", "aangeboden_tijden": MARIEKE_NEXT_MONDAY, "soort": "omgangsvormen"}
    messages, result, sent = form_step(a.ValidateAfspraakForm(), "liever niet bij Marieke", "gekozen_tijd", slots,
                                       intent="nlu_fallback")
    assert messages == ["utter_vp_wens_niet_ander"]
    assert "Marieke Jansen" in sent[0]["vp_namen"]
    assert _keys(result["aangeboden_tijden"]) == {"marieke-jansen"}  # offered still: the person chooses


# --- c08: "0470 12 34 56" ---------------------------------------------------------------------------------

CONTACT = SLOTS_AT["bevestiging"] | {"bereikbaar": "telefoon"}


def test_c08_a_belgian_mobile_without_plus_32_is_asked_about_not_made_dutch(db):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "0491 23 45 67", "contactgegeven", CONTACT)
    assert result["contactgegeven"] is None  # before: +31491234567
    assert result["telefoon_belgisch"] == "+32491234567" and result["telefoon_nederlands"] is None
    dispatcher_messages, _ = run(a.ActionAskContactgegeven(), tracker(CONTACT | result, requested="contactgegeven"))
    assert [m["response"] for m in dispatcher_messages] == ["utter_telefoon_belgisch_vraag"]


@pytest.mark.parametrize(("answer", "intent"), [("/bevestigen", "bevestigen"), ("ja klopt", "bevestigen"),
                                                ("ja", "nlu_fallback")])
def test_c08_yes_it_is_belgian_stores_plus_32(db, answer, intent):
    slots = CONTACT | {"telefoon_belgisch": "+32491234567", "telefoon_nederlands": None}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), answer, "contactgegeven", slots, intent=intent)
    assert result["contactgegeven"] == "+32491234567" and result["telefoon_belgisch"] is None


def test_c08_no_for_a_number_that_is_no_dutch_number_asks_again(db):
    slots = CONTACT | {"telefoon_belgisch": "+32491234567", "telefoon_nederlands": None}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "/ontkennen", "contactgegeven", slots,
                                    intent="ontkennen")
    assert messages == ["utter_telefoon_niet_nederlands"]
    assert result["contactgegeven"] is None and result["telefoon_belgisch"] is None


def test_c08_no_for_a_number_that_is_both_stores_plus_31(db):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "0475 12 34 56", "contactgegeven", CONTACT)
    assert result["telefoon_belgisch"] == "+32475123456" and result["telefoon_nederlands"] == "+31475123456"
    slots = CONTACT | {"telefoon_belgisch": "+32475123456", "telefoon_nederlands": "+31475123456"}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "nee hoor, nederlands", "contactgegeven", slots,
                                    intent="ontkennen")
    assert result["contactgegeven"] == "+31475123456"


def test_c08_another_number_typed_instead_is_read_as_a_number(db):
    slots = CONTACT | {"telefoon_belgisch": "+32491234567", "telefoon_nederlands": None}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "+32 491 23 45 67", "contactgegeven", slots)
    assert result["contactgegeven"] == "+32491234567" and result["telefoon_belgisch"] is None


def test_c08_a_belgian_number_with_the_contact_choice_is_asked_about_too(db):
    slots = SLOTS_AT["bereikbaar"]
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "bel me maar op 0470 12 34 56", "bereikbaar", slots)
    assert result["bereikbaar"] == "telefoon" and result["contactgegeven"] is None
    assert result["telefoon_belgisch"] == "+32470123456"


# --- c06: "donderdag", "Een ander moment", "niks in de middag?" ----------------------------------------------

def test_c06_a_part_of_day_after_another_moment_keeps_the_day(db):
    thursday = [f"marieke-jansen|2027-03-11T{h}:00+00:00" for h in ("08:00", "08:45", "09:30")]
    slots = {"tijd_wens": "donderdag", "aangeboden_tijden": thursday}
    _, result, _ = form_step(a.ValidateAfspraakForm(), "/kies_tijd", "gekozen_tijd", slots, value=a.ANDERS)
    assert result["tijd_wens"] is None and result["eerdere_tijd_wens"] == "donderdag"
    slots = {"eerdere_tijd_wens": "donderdag"}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "is er ook niks 's middags?", "tijd_wens", slots)
    assert _days(result["aangeboden_tijden"]) == {dt.date(2027, 3, 11)}  # before: Tuesday afternoon
    assert min(_hours(result["aangeboden_tijden"])) >= 12


def test_c06_a_new_day_after_another_moment_is_the_new_day(db):
    slots = {"eerdere_tijd_wens": "donderdag"}
    _, result, _ = form_step(a.ValidateAfspraakForm(), "dinsdag dan", "tijd_wens", slots)
    assert _days(result["aangeboden_tijden"]) == {dt.date(2027, 3, 9)}


# --- c12: the code given before, used again to cancel ----------------------------------------------------------

def _marieke_thursday(db) -> str:
    start = dt.datetime(2027, 3, 11, 15, 0, tzinfo=UTC)  # Thursday 16:00
    return book(db, "marieke-jansen", start, offer.end_of(start), "telefoon", None, None, now=a.clock.now()).code


def test_c12_cancelling_after_moving_uses_the_code_given_before(db):
    code = reference.normalise(_marieke_thursday(db))
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code, "tijd_wens": "vrijdag",
             "aangeboden_tijden": MARIEKE_NEXT_MONDAY}
    trk = tracker(slots, text="maandag lukt niet. annuleer hem dan maar", intent="afspraak_annuleren",
                  requested="gekozen_tijd", loop="afspraak_code_form")
    _, events = run(a.ActionStartBeheer(), trk)
    started = slots_of(events)
    assert started["beheer_actie"] == "annuleren" and started["code_invoer"] == code  # before: "Wat is je code?"
    # the form goes on with the code it has (no validation of it again): the time for "Wil je die annuleren?"
    assert started["afspraak_tijd"] == "donderdag 11 maart om 16:00" and started["referentiecode"]
    messages, result, _ = form_step(a.ValidateAfspraakCodeForm(), "maandag lukt niet. annuleer hem dan maar",
                                    "code_invoer", started, intent="afspraak_annuleren", loop="afspraak_code_form",
                                    value=code)
    assert result["code_invoer"] == code and result["referentiecode"]
    assert appointments(db) == 1


def test_c12_a_code_of_a_cancelled_appointment_is_not_used_again(db):
    slots = {"referentiecode": "ABCD-EFGH-JKMN", "afspraak_uitkomst": "geannuleerd"}
    trk = tracker(slots, text="annuleer mijn afspraak", intent="afspraak_annuleren", loop=None)
    _, events = run(a.ActionStartBeheer(), trk)
    assert slots_of(events).get("code_invoer") is None


# --- c22: a code and "telefonisch in plaats van op locatie" at the start -----------------------------------------

def test_c22_a_code_with_a_change_of_way_changes_that_appointment(db):
    start = dt.datetime(2027, 3, 11, 13, 30, tzinfo=UTC)
    code = book(db, "marieke-jansen", start, offer.end_of(start), "op_locatie", None, None, now=a.clock.now()).code
    text = f"ik heb al een afspraak met code {code}; kan hij via de telefoon in plaats van op locatie?"
    assert a.said.code_request(text) == "afspraak_wijzigen"  # the NLU component relabels it (CodeRequest)
    _, events = run(a.ActionStartBeheer(), tracker(text=text, intent="afspraak_wijzigen", loop=None))
    started = slots_of(events)
    assert started["code_invoer"] == reference.normalise(code)
    assert started["ontmoetingsvorm"] == "telefoon" and started["alleen_vorm"] is True


# --- c29: "ik durf niet te bellen, kan het via chat of mail?" -----------------------------------------------------

def test_c29_chat_or_mail_asked_when_booking_starts_is_answered_truthfully(db):
    text = "ik wil wel praten maar bellen is eng voor me, kan het gesprek per mail of chat?"
    messages, events = run(a.ActionResetAfspraak(), tracker(text=text, intent="afspraak_maken", loop=None))
    assert [m["response"] for m in messages] == ["utter_afspraak_geen_chat"]
    assert messages[0]["vormen"] == "telefonisch, via video of op locatie"  # the ways the counsellors offer


def test_c29_chat_or_mail_asked_in_the_form_is_answered_and_the_question_comes_back(db):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "kan het ook via whatsapp?", "tijd_wens", {})
    assert messages == ["utter_afspraak_geen_chat"] and result["tijd_wens"] is None


# --- c16: "niet op locatie want iedereen kent me daar" --------------------------------------------------------------

def test_c16_a_way_not_wanted_with_a_reason_is_no_story_and_the_day_is_kept(db):
    text = "volgende week dinsdagochtend, maar niet op locatie want daar kent iedereen me"
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", {}, intent="discriminatie")
    assert "utter_afspraak_iets_nieuws" not in messages  # before: "Wil je daar eerst over praten?"
    assert _days(result["aangeboden_tijden"]) == {dt.date(2027, 3, 16)}
    assert result["vorm_niet"] == ["op_locatie"]


def test_c16_the_way_not_wanted_is_not_offered_and_one_left_is_asked(db):
    # Round 29 C c08: one way left after a refusal is asked (one button), not taken unasked
    tuesday = "marieke-jansen|2027-03-16T08:00:00+00:00"
    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": [tuesday], "vorm_niet": ["op_locatie"]}
    _, result, _ = form_step(a.ValidateAfspraakForm(), "/kies_tijd", "gekozen_tijd", slots, value=tuesday)
    assert result["ontmoetingsvorm"] is None
    messages, _ = run(a.ActionAskOntmoetingsvorm(), tracker(slots | {"gekozen_tijd": tuesday},
                                                             requested="ontmoetingsvorm"))
    assert [b["title"] for b in messages[0]["buttons"]] == ["Telefonisch"]


def test_c16_the_buttons_leave_out_the_way_not_wanted(db):
    ruud = "ruud-de-boer|2027-03-10T08:00:00+00:00"
    slots = {"gekozen_tijd": ruud, "vorm_niet": ["video"]}
    messages, _ = run(a.ActionAskOntmoetingsvorm(), tracker(slots, requested="ontmoetingsvorm"))
    assert [b["title"] for b in messages[0]["buttons"]] == ["Telefonisch"]


# --- c12: "kan die naar vrijdag?" while the own counsellor does not work on Fridays ----------------------------------

def test_c12_moving_to_a_day_the_own_counsellor_has_nothing_names_the_other_counsellor(db):
    # Eighth stranger test c13: a move keeps the counsellor unless the person asks. Her first free
    # times are offered; who has time that day is said, to choose by name (tests/actions/
    # test_afspraak_eighth_stranger.py: the name typed offers their times).
    code = reference.normalise(_marieke_thursday(db))
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code}
    messages, result, sent = form_step(a.ValidateAfspraakCodeForm(), "kan het op vrijdag?", "tijd_wens", slots,
                                       loop="afspraak_code_form")
    assert _keys(result["aangeboden_tijden"]) == {"marieke-jansen"}
    assert messages[0] == "utter_tijd_niets_vrij_bij" and sent[0]["vp_namen"] == "Marieke Jansen"  # said why
    assert "Ruud de Boer" in sent[1]["text"] and sent[1]["text"].count("externe vertrouwenspersoon") == 1


def test_c12_the_other_counsellor_only_when_they_offer_the_way_of_meeting(db):
    start = dt.datetime(2027, 3, 11, 15, 0, tzinfo=UTC)
    code = book(db, "marieke-jansen", start, offer.end_of(start), "op_locatie", None, None, now=a.clock.now()).code
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code)}
    messages, result, _ = form_step(a.ValidateAfspraakCodeForm(), "vrijdag", "tijd_wens", slots,
                                    loop="afspraak_code_form")
    assert _keys(result["aangeboden_tijden"]) == {"marieke-jansen"}  # Ruud does not meet on site
    assert messages == ["utter_tijd_niets_vrij_bij"]


def test_c12_a_time_of_the_other_counsellor_moves_the_appointment_to_them_with_the_same_code(db):
    from bot.db.models import MailOutbox

    code = reference.normalise(_marieke_thursday(db))
    friday = "ruud-de-boer|2027-03-12T08:45:00+00:00"
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code, "gekozen_tijd": friday,
             "aangeboden_tijden": [friday]}
    _, events = run(a.ActionRondBeheerAf(), tracker(slots, loop=None))
    result = slots_of(events)
    assert result["afspraak_uitkomst"] == "gewijzigd" and "Ruud de Boer" in result["vp_met_wie"]
    view = find_by_code(db, code)
    assert view.counsellor_key == "ruud-de-boer" and view.status.value == "geboekt"
    assert view.starts_at == dt.datetime(2027, 3, 12, 8, 45, tzinfo=UTC)
    assert appointments(db) == 1  # moved, not a second appointment
    with db() as session:
        recipients = [m.recipient for m in session.query(MailOutbox).order_by(MailOutbox.id)]
    assert recipients[-2:] == ["m.jansen@voorbeeld-organisatie.nl", "ruud@deboer-vertrouwenspersoon.example"]


def test_c12_a_time_of_another_counsellor_that_was_not_offered_moves_nothing(db):
    code = reference.normalise(_marieke_thursday(db))
    friday = "ruud-de-boer|2027-03-12T08:45:00+00:00"
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "gekozen_tijd": friday, "aangeboden_tijden": []}
    _, events = run(a.ActionRondBeheerAf(), tracker(slots, loop=None))
    assert slots_of(events)["afspraak_uitkomst"] == "bezet"
    assert find_by_code(db, code).counsellor_key == "marieke-jansen"


def test_c29_answered_once_when_the_form_reads_a_time_from_the_same_message(db):
    from rasa_sdk.events import BotUttered

    text = "bellen durf ik niet, kan het per mail? liefst donderdag"
    events = [BotUttered(metadata={"utter_action": "utter_afspraak_geen_chat"})]
    trk = tracker({"tijd_wens": text}, text=text, intent="afspraak_maken", requested="tijd_wens")
    trk.events = [*trk.events, *events]
    dispatcher = a.CollectingDispatcher()
    result = a.ValidateAfspraakForm().validate_tijd_wens(text, dispatcher, trk, {})
    assert "utter_afspraak_geen_chat" not in [m.get("response") for m in dispatcher.messages]
    assert result.get("aangeboden_tijden")  # the time in it is read
