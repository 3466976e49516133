"""Issue 10: the twenty-second stranger test's open booking and situation findings (A c02, A c05,
B c02, C c02), each with a real rasa_sdk Tracker and CollectingDispatcher, the real domain and the
example counsellors in SQLite."""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from rasa_sdk import Tracker

from actions import actions as general
from actions import afspraak as a
from bot.booking import offer, reference
from bot.booking.repository import book
from bot.dialogue import crisis
from tests.actions.test_actions import run, slots_of
from tests.actions.test_actions import tracker as plain_tracker
from tests.actions.test_afspraak_actions import tracker as booking_tracker
from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT, form_step
from tests.actions.test_afspraak_off_script import form_run

UTC = dt.timezone.utc
HESITATION = ("ja... hoewel. mijn chef wordt overgeplaatst dus het is misschien opgelost. "
              "of is het toch slim om te gaan?")


def _situation_told(text: str, intent: str, slots: dict, loop: str | None = None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.7}, "entities": [],
              "intent_ranking": [{"name": intent, "confidence": 0.7}]}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {"name": loop} if loop else {}, "action_listen")
    messages, events = run(general.ActionHerkenSituatie(), trk)
    return [m.get("response") for m in messages], slots_of(events), events


# --- A c05: a second "Ja" beside "Wil je die annuleren?" cancelled the appointment ------------------
def test_a_doubt_told_at_the_cancel_question_asks_no_second_question(db):
    slots = {"requested_slot": "annuleer_bevestiging", "beheer_actie": "annuleren", "code_invoer": "ABCDEFGHJKMN"}
    responses, set_slots, _ = _situation_told(HESITATION, "machtsmisbruik", slots, loop="afspraak_code_form")
    assert responses == ["utter_annuleren_twijfel"]
    assert "open_vraag" not in set_slots  # no "Klopt het dat het gaat om ...?" with its own Ja/Nee


def test_more_story_at_the_booking_summary_asks_no_second_question(db):
    slots = {"requested_slot": "bevestiging"}
    responses, set_slots, _ = _situation_told("hij doet het trouwens ook bij mijn collega", "pesten", slots,
                                              loop="afspraak_form")
    assert responses == ["utter_bevestiging_verhaal"] and "open_vraag" not in set_slots


def test_the_same_story_outside_a_form_is_still_checked(db):
    responses, set_slots, _ = _situation_told("mijn chef kleineert me waar iedereen bij is", "machtsmisbruik", {})
    assert set_slots.get("open_vraag") == "check_situatie"
    assert "utter_annuleren_twijfel" not in responses


# --- A c02: "staat mijn afspraak nu nog wel op donderdag 9 uur?" while moving ------------------------
def _booked_thursday(db) -> str:
    start = dt.datetime(2027, 3, 11, 8, 0, tzinfo=UTC)  # Thursday 09:00 in Amsterdam
    return reference.normalise(book(db, "marieke-jansen", start, offer.end_of(start), "op_locatie", None, None,
                                    now=a.clock.now()).code)


def test_asking_whether_it_still_stands_while_moving_shows_it_instead_of_times(db):
    code = _booked_thursday(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code}
    _, result, _ = form_step(a.ValidateAfspraakCodeForm(),
                             "laat maar. staat mijn afspraak nu nog wel op donderdag 9 uur?", "tijd_wens", slots,
                             loop="afspraak_code_form")
    assert result["beheer_actie"] == a.BEKIJKEN
    assert result.get("aangeboden_tijden") is None and result["tijd_wens"] is None
    assert result["requested_slot"] is None  # the form is done: action_rond_beheer_af shows the appointment


def test_a_new_time_while_moving_is_still_a_wish(db):
    code = _booked_thursday(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code}
    _, result, _ = form_step(a.ValidateAfspraakCodeForm(), "kan het vrijdag om 10 uur?", "tijd_wens", slots,
                             loop="afspraak_code_form")
    assert result.get("beheer_actie", "wijzigen") == "wijzigen" and result["aangeboden_tijden"]


def test_a_room_named_with_a_day_is_no_time_wish(db):
    """"kamer 2.14" was read as 14:14, in a loop (A c02)."""
    messages, result, sent = form_step(a.ValidateAfspraakForm(), "donderdag graag, in kamer 2.14 als dat kan",
                                       "tijd_wens", {})
    assert "14:14" not in str(sent)  # "Om 14:14 is er helaas geen tijd vrij"
    assert result["aangeboden_tijden"]  # Thursday's times


# --- B c02: "niet inspreken" with the number ---------------------------------------------------------
def test_a_wish_with_the_number_is_said_to_go_nowhere_and_the_number_is_kept(db):
    slots = SLOTS_AT["bereikbaar"] | {"bereikbaar": "telefoon"}
    responses, result, _ = form_run(a.ValidateAfspraakForm(),
                                    "06 123 45 678 maar niet inspreken want mn moeder luistert soms mn voicemail",
                                    "contactgegeven", slots, intent="geef_contact")
    assert "utter_wens_niet_doorgeven" in responses
    assert result["contactgegeven"] == "+31612345678"


def test_a_plain_number_gets_no_such_answer(db):
    slots = SLOTS_AT["bereikbaar"] | {"bereikbaar": "telefoon"}
    responses, result, _ = form_run(a.ValidateAfspraakForm(), "06 123 45 678", "contactgegeven", slots,
                                    intent="geef_contact")
    assert "utter_wens_niet_doorgeven" not in responses and result["contactgegeven"] == "+31612345678"


def test_no_voicemail_pls_after_booking_is_not_said_to_be_arranged(db):
    latest = {"text": "als ze mij belt en ik neem niet op, niks inspreken pls",
              "intent": {"name": "geen_stap_willen", "confidence": 0.6}, "entities": []}
    trk = Tracker("gesprek-1", {"referentiecode": "C7YQ-9JMD-AH0Q"}, latest, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionGeenStap(), trk)
    assert [m.get("response") for m in messages] == ["utter_wens_niet_doorgeven"]


# --- C c02: abuse of power guessed for a colleague ---------------------------------------------------
def test_more_of_a_harassment_story_with_no_one_higher_keeps_the_harassment(db):
    slots = {"situatie": "seksuele_intimidatie", "situatie_label": "seksuele intimidatie", "soort": "omgangsvormen",
             "open_vraag": "luisteren"}
    _, set_slots, _ = _situation_told(
        "ok. ik ben gewoon zo moe. ik moet vrijdag weer met hem nachtdienst draaien, met z'n tweeen op de afdeling",
        "machtsmisbruik", slots)
    assert set_slots.get("situatie", "seksuele_intimidatie") == "seksuele_intimidatie"


def test_he_holds_no_higher_position_undoes_the_guess(db):
    slots = {"situatie": "machtsmisbruik", "situatie_label": "machtsmisbruik", "soort": "integriteit",
             "open_vraag": "luisteren"}
    responses, set_slots, _ = _situation_told("hij heeft geen hogere positie hoor, hij is gewoon collega",
                                              "machtsmisbruik", slots)
    assert responses == ["utter_kies_situatie"] and set_slots["open_vraag"] == "kies_situatie"


def test_abuse_of_power_by_a_manager_is_still_checked(db):
    responses, set_slots, _ = _situation_told("mijn leidinggevende dreigt mijn contract niet te verlengen als ik "
                                              "niet in het weekend werk", "machtsmisbruik", {})
    assert set_slots.get("situatie") == "machtsmisbruik" and set_slots.get("open_vraag") == "check_situatie"


# --- 22nd C c01, C c06: a booking broken off by a crisis goes on from its time ----------------------
TUESDAY_NOON = "marieke-jansen|2027-03-09T12:00:00+00:00"


def _after_crisis(slots: dict, text: str, intent: str):
    return booking_tracker(slots, text=text, intent=intent, loop=None)


def test_the_time_chosen_waits_when_a_crisis_breaks_the_booking_off(db):
    slots = {"afspraak_uitkomst": a.ONDERBROKEN, "gekozen_tijd": TUESDAY_NOON, "aangeboden_tijden": [TUESDAY_NOON]}
    _, events = run(a.ActionBoekAfspraak(), _after_crisis(slots, "", "afspraak_maken"))
    assert slots_of(events)["gepauzeerde_tijd"] == TUESDAY_NOON


def test_asking_to_book_again_goes_on_from_the_paused_time(db):
    slots = {"gepauzeerde_tijd": TUESDAY_NOON, "afspraak_uitkomst": a.ONDERBROKEN, "ontmoetingsvorm": "telefoon"}
    messages, events = run(a.ActionResetAfspraak(),
                           _after_crisis(slots, "zullen we die afspraak gewoon maken?", "afspraak_maken"))
    assert [m.get("response") for m in messages] == ["utter_afspraak_hervat"]
    assert "dinsdag 9 maart" in messages[0]["afspraak_tijd"] and "Marieke" in messages[0]["vp_met_wie"]
    set_slots = slots_of(events)
    assert set_slots["gekozen_tijd"] == TUESDAY_NOON and set_slots["aangeboden_tijden"] == [TUESDAY_NOON]
    assert set_slots["ontmoetingsvorm"] == "telefoon" and set_slots["gepauzeerde_tijd"] is None


def test_a_new_time_wish_with_the_request_starts_over(db):
    slots = {"gepauzeerde_tijd": TUESDAY_NOON, "afspraak_uitkomst": a.ONDERBROKEN}
    messages, events = run(a.ActionResetAfspraak(),
                           _after_crisis(slots, "ik wil toch een afspraak, maar dan op vrijdag", "afspraak_maken"))
    assert "utter_afspraak_hervat" not in [m.get("response") for m in messages]
    assert slots_of(events).get("gekozen_tijd") is None


def test_a_paused_time_in_the_past_is_not_taken_up(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-10T10:00:00+01:00")
    slots = {"gepauzeerde_tijd": TUESDAY_NOON, "afspraak_uitkomst": a.ONDERBROKEN}
    messages, events = run(a.ActionResetAfspraak(), _after_crisis(slots, "ik wil een afspraak", "afspraak_maken"))
    assert messages == [] and slots_of(events).get("gekozen_tijd") is None


def test_the_form_resumed_asks_neither_kind_nor_time_again(db):
    slots = {"gekozen_tijd": TUESDAY_NOON, "aangeboden_tijden": [TUESDAY_NOON], "tijd_wens": None}
    domain_slots = ["vp_soort", "tijd_wens", "gekozen_tijd", "ontmoetingsvorm", "bereikbaar", "contactgegeven",
                    "bevestiging"]
    required = asyncio.run(a.ValidateAfspraakForm().required_slots(domain_slots, None,
                                                                   _after_crisis(slots, "", "afspraak_maken"), {}))
    assert required == ["gekozen_tijd", "ontmoetingsvorm", "bereikbaar", "bevestiging"]


def test_asking_whether_a_broken_off_booking_stands_says_it_was_not_made(db):
    slots = {"gepauzeerde_tijd": TUESDAY_NOON, "afspraak_uitkomst": a.ONDERBROKEN}
    messages, events = run(a.ActionStartBeheer(),
                           _after_crisis(slots, "staat mijn afspraak van dinsdag nog?", "afspraak_bekijken"))
    assert [m.get("response") for m in messages] == ["utter_afspraak_nog_niet_gemaakt"]
    assert events == [{"event": "followup", "timestamp": None, "name": "action_listen"}]


def test_asking_whether_a_made_appointment_stands_still_asks_for_it(db):
    code = _booked_thursday(db)
    slots = {"gepauzeerde_tijd": TUESDAY_NOON, "referentiecode": code}
    messages, events = run(a.ActionStartBeheer(), _after_crisis(slots, "staat mijn afspraak nog?", "afspraak_bekijken"))
    assert "utter_afspraak_nog_niet_gemaakt" not in [m.get("response") for m in messages]
    assert slots_of(events)["beheer_actie"] == a.BEKIJKEN


# --- 23rd B c08: a 15-year-old pupil pushed by a teacher; "moet ik dit melden?" ------------------------
def _role_question(text: str, slots: dict):
    latest = {"text": text, "intent": {"name": "rol_vraag", "confidence": 0.9}, "entities": [],
              "intent_ranking": [{"name": "rol_vraag", "confidence": 0.9}]}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionBeantwoordRolvraag(), trk)
    return [m.get("response") for m in messages], slots_of(events)


def test_a_witness_of_violence_against_a_pupil_is_not_told_the_pupil_decides():
    said, set_slots = _role_question("een leerling van 15 werd door een docent tegen de muur geduwd. moet ik melden?",
                                     {"situatie": "agressie_geweld", "soort": "omgangsvormen", "rol": "getuige",
                                      "minderjarige": False})
    assert said == ["utter_rolvraag_getuige_leerling"] and set_slots["minderjarige"] is True


def test_a_witness_of_violence_against_an_adult_colleague_keeps_the_witness_answer():
    said, _ = _role_question("mijn collega werd door een andere docent tegen de muur geduwd. moet ik dit melden?",
                             {"situatie": "agressie_geweld", "soort": "omgangsvormen", "rol": "getuige",
                              "minderjarige": False})
    assert said == ["utter_rolvraag_getuige"]


# --- 23rd C c03, C c08: "ik heb 112 gebeld" right after "Bel nu meteen 112" ---------------------------
@pytest.mark.parametrize("text, detail, expected", [
    ("ik heb 112 gebeld, ze komen eraan", "ingenomen", "utter_crisis_gebeld"),
    ("ik heb gebeld. heb ik het goed gedaan?", None, "utter_crisis_gebeld"),
    ("de ambulance is er nu", "ingenomen", "utter_crisis_hulp_er_zelf"),
])
def test_help_called_after_the_acute_answer_is_heard_not_the_same_block(text, detail, expected):
    slots = {"crisis_soort": "acuut", "crisis_actief": True, "crisis_detail": detail}
    classifier_only = {"category": None, "rule": None, "level": "alarm"}
    _, events = run(general.ActionBepaalCrisissoort(),
                    plain_tracker("crisis", text, slots=slots, crisis=classifier_only))
    assert slots_of(events) == {"crisis_soort": "vervolg"}
    trk = Tracker("gesprek-1", {**slots, "crisis_soort": "vervolg"},
                  {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": [], "intent_ranking": []},
                  [{"event": "slot", "name": "crisis_soort", "value": "acuut"},
                   {"event": "slot", "name": "crisis_soort", "value": "vervolg"}], False, None, {}, "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == [expected]


def test_not_having_called_yet_is_not_taken_for_a_call():
    assert not crisis.called_for_help("ik heb nog niet gebeld") and not crisis.called_for_help("heb je 112 gebeld?")


# --- 23rd C c07: "soms wel ja. maar ik ken dat nummer niet, is dat voor gekken?" to the check --------
def _at_check(text: str, intent: str):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.6}, "entities": [],
              "intent_ranking": [{"name": intent, "confidence": 0.6}], "response_selector": {}}
    events = [{"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_check"}},
              {"event": "action", "name": "action_listen"}, {"event": "user", "text": text}]
    trk = Tracker("gesprek-1", {"crisis_soort": "check"}, latest, events, False, None, {}, "action_listen")
    messages, events = run(general.ActionBepaalCrisissoort(), trk)
    return [m.get("response") for m in messages], events


def test_a_yes_to_the_check_read_as_a_side_question_gets_the_suicide_answer_and_what_113_is():
    said, events = _at_check("soms wel ja. maar ik ken dat nummer niet, is dat voor gekken?", "faq")
    assert said == ["utter_faq/wat_doet_113"]
    assert slots_of(events)["crisis_soort"] == "zelfmoord" and slots_of(events)["crisis_actief"] is True


def test_a_side_question_alone_at_the_check_is_answered_and_the_conversation_goes_on():
    said, events = _at_check("is dit gesprek anoniem?", "faq")
    assert "crisis_soort" not in slots_of(events)
    assert events[-1] == {"event": "followup", "timestamp": None, "name": "action_hervat_gesprek"}
    assert said and said[0] != "utter_crisis_zelfmoord"


# --- 24th B c04: a 14-year-old pupil touched; "ja. ... moet ik dit melden?" at "Bedoel je: seksuele
# intimidatie?" got "Dat beslis jij. Niets is verplicht" ----------------------------------------------
def test_the_duty_to_report_when_the_sexual_matter_is_still_being_confirmed():
    story = ("Ik ben docent op een middelbare school. Ik zag hoe de gymdocent zijn hand op de billen legde van "
             "een leerling uit 3 havo. Ze is 14.")
    text = "ja. moet ik dit melden? ik wil niemand vals beschuldigen"
    latest = {"text": text, "intent": {"name": "rol_vraag", "confidence": 0.9}, "entities": [],
              "intent_ranking": [{"name": "rol_vraag", "confidence": 0.9}]}
    events = [{"event": "user", "text": story},
              {"event": "bot", "text": "Bedoel je: seksuele intimidatie?", "data": {"buttons": [
                  {"title": "Ja, dat bedoel ik", "payload": "/seksuele_intimidatie"},
                  {"title": "Nee, iets anders", "payload": "/out_of_scope"}]}},
              {"event": "user", "text": text}]
    trk = Tracker("gesprek-1", {"minderjarige": False}, latest, events, False, None, {}, "action_listen")
    messages, result = run(general.ActionBeantwoordRolvraag(), trk)
    assert [m.get("response") for m in messages] == ["utter_meldplicht_onderwijs"]
    assert slots_of(result)["minderjarige"] is True


# --- 24th B c01: "nee het is bij mij zelf hoor, niet bij een ander. maar ja buitensluiten" ------------
def test_a_no_that_corrects_whom_it_happens_to_keeps_the_matter_and_sets_the_role():
    text = "nee het is bij mij zelf hoor, niet bij een ander. maar ja buitensluiten denk ik. pesten klinkt zo zwaar"
    latest = {"text": text, "intent": {"name": "ontkennen", "confidence": 0.9}, "entities": [], "intent_ranking": []}
    slots = {"rol": "getuige", "situatie": "pesten", "soort": "omgangsvormen", "open_vraag": "check_situatie"}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {}, "action_listen")
    _, events = run(general.ActionVraagSituatie(), trk)
    set_slots = slots_of(events)
    assert set_slots["rol"] == "zelf" and set_slots.get("open_vraag") != "kies_situatie"


def test_a_plain_no_to_the_matter_still_offers_the_list():
    latest = {"text": "nee, het is geen pesten", "intent": {"name": "ontkennen", "confidence": 0.9}, "entities": [],
              "intent_ranking": []}
    slots = {"rol": "getuige", "situatie": "pesten", "soort": "omgangsvormen", "open_vraag": "check_situatie"}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {}, "action_listen")
    _, events = run(general.ActionVraagSituatie(), trk)
    assert slots_of(events) == {"open_vraag": "kies_situatie"}


# --- 24th A c06: "ok annuleer dan maar. 7xhe-2cv9-rsn0" while moving: "Ik vond je afspraak op None" ----
def test_cancelling_while_moving_with_the_code_typed_again_names_the_appointment(db):
    code = _booked_thursday(db)
    typed = code.lower()[:4] + "-" + code.lower()[4:8] + "-" + code.lower()[8:]
    slots = {"beheer_actie": "wijzigen", "code_invoer": code, "referentiecode": code, "requested_slot": "tijd_wens"}
    latest = {"text": f"ok annuleer dan maar. {typed}", "intent": {"name": "afspraak_annuleren", "confidence": 0.9},
              "entities": []}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {"name": "afspraak_code_form"}, "action_listen")
    _, events = run(a.ActionStartBeheer(), trk)
    set_slots = slots_of(events)
    assert set_slots["beheer_actie"] == "annuleren"
    assert set_slots["afspraak_tijd"] and "11 maart" in set_slots["afspraak_tijd"]


# --- 24th C c02 replayed: after the acute answer, read as a crisis again or as a side question ----------
def test_someone_to_wake_read_as_a_crisis_again_is_a_follow_up():
    slots = {"crisis_soort": "acuut", "crisis_actief": True, "crisis_detail": "ingenomen"}
    text = "mijn vriend ligt te slapen boven moet ik die wakker maken"
    _, events = run(general.ActionBepaalCrisissoort(),
                    plain_tracker("crisis", text, slots=slots, crisis={"category": None, "rule": None,
                                                                       "level": "alarm"}))
    assert slots_of(events) == {"crisis_soort": "vervolg"}


def test_a_call_read_as_a_side_question_after_the_acute_answer_is_heard_first():
    slots = {"crisis_soort": "acuut", "crisis_actief": True, "crisis_detail": "ingenomen"}
    text = "hij belt nu 112. ik ben bang dat ze op mijn werk dit te weten komen"
    trk = Tracker("gesprek-1", slots, {"text": text, "intent": {"name": "faq", "confidence": 0.9}, "entities": [],
                                       "intent_ranking": []}, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_ander_belt"]


# --- 24th A c08: "0476 12 34 56, belgisch nummer he" at "Hoe kan de vertrouwenspersoon je bereiken?" ---
def test_a_belgian_number_with_its_country_said_is_taken_at_once(db):
    slots = SLOTS_AT["bereikbaar"] | {"ontmoetingsvorm": "telefoon"}
    _, result, _ = form_step(a.ValidateAfspraakForm(), "0476 12 34 56, belgisch nummer he", "bereikbaar", slots)
    assert result["bereikbaar"] == "telefoon" and result["contactgegeven"] == "+32476123456"


def test_a_belgian_number_without_its_country_is_still_asked_about(db):
    slots = SLOTS_AT["bereikbaar"] | {"ontmoetingsvorm": "telefoon"}
    _, result, _ = form_step(a.ValidateAfspraakForm(), "0476 12 34 56", "bereikbaar", slots)
    assert result.get("contactgegeven") is None and result["telefoon_belgisch"] == "+32476123456"


# --- 24th C c07: "heb gebeld ... heb ik het goed gedaan?" after the suicide answer, read as a side question
def test_a_call_to_113_read_as_a_side_question_is_praised():
    slots = {"crisis_soort": "zelfmoord", "crisis_actief": True}
    text = "heb gebeld. 20 min gepraat met een vrouw. morgen belt mijn huisarts me. heb ik het goed gedaan?"
    trk = Tracker("gesprek-1", slots, {"text": text, "intent": {"name": "faq", "confidence": 0.9}, "entities": [],
                                       "intent_ranking": []}, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_113_gesproken"]


# --- danger now, each with the answer that names it -------------------------------------------------
@pytest.mark.parametrize("text, category, rule, soort, detail", [
    # 23rd C c02: pills taken with wine, dizzy: 112 now, say what was taken
    ("ik heb net 6 of 8 slaappillen genomen met wijn en ik ben nu duizelig", "zelfmoord", "overdosis_genomen",
     "acuut", "ingenomen"),
    # 24th C c08: "help ik krijg geen adem": 112 now, not the suicide question
    ("nee geen zelfmoord. mijn borst doet zeer en ik hyperventileer", "geweld", "lichaam_nu", "acuut", "lichaam"),
    # 24th B c08: "hij gaat nu rijden met drank op. wat moet ik doen": 112, the road
    ("nee!! hij gaat nu rijden met drank op. wat moet ik doen", "geweld", "rijden_onder_invloed", "geweld", "verkeer"),
])
def test_danger_now_gets_the_crisis_answer_that_names_it(text, category, rule, soort, detail):
    found = {"category": category, "rule": rule, "level": "alarm"}
    _, events = run(general.ActionBepaalCrisissoort(), plain_tracker("crisis", text, crisis=found))
    slots = slots_of(events)
    assert slots["crisis_soort"] == soort and slots["crisis_detail"] == detail
