"""Issue 10, the booking form off-script (second round): answers read inside sentences, words
that only look like an answer, corrections of the way of meeting and of the contact choice,
codes inside a sentence, no question a third time in a row.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain (domain/) and a real SQLite database
with counsellors.example.yml (see test_afspraak_off_script.py). BOT_NOW: Monday 8 March 2027 10:00.
"""

from __future__ import annotations

import pytest

from actions import afspraak as a
from bot.booking import offer, reference
from bot.booking.repository import book, find_by_code
from tests.actions.test_afspraak_actions import run, tracker, validate
from tests.actions.test_afspraak_off_script import DOMAIN, MARIEKE_TUESDAY, form_run

RUUD_TUESDAY = "ruud-de-boer|2027-03-09T12:00:00+00:00"


# --- the way of meeting -------------------------------------------------------------------------

def test_a_correction_of_the_way_of_meeting_is_applied(db):
    messages, result = validate(a.ValidateAfspraakForm(), "ontmoetingsvorm", "toch niet video maar telefonisch",
                                {"gekozen_tijd": RUUD_TUESDAY})
    assert result["ontmoetingsvorm"] == "telefoon"


@pytest.mark.parametrize("text", ["liever niet", "dat weet ik nog niet"])
def test_words_that_contain_a_way_of_meeting_fill_nothing(db, text):
    """"liever" holds "live": before, it chose a meeting on location."""
    _, result = validate(a.ValidateAfspraakForm(), "ontmoetingsvorm", text, {"gekozen_tijd": MARIEKE_TUESDAY[0]})
    assert result["ontmoetingsvorm"] is None


def test_a_new_day_in_the_way_of_meeting_step_is_a_correction_not_a_way(db):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0]}
    _, result = validate(a.ValidateAfspraakForm(), "ontmoetingsvorm", "nee, donderdag liever", slots)
    assert result["ontmoetingsvorm"] is None and result["gekozen_tijd"] is None
    assert all(offer.decode(v)[1].day == 11 for v in result["aangeboden_tijden"])  # Thursday 11 March


# --- the contact choice and the contact detail --------------------------------------------------

@pytest.mark.parametrize(("text", "choice"), [
    ("niet via mail maar telefonisch", "telefoon"), ("ik vertel liever niets", None), ("belangrijk", None)])
def test_the_contact_choice_is_read_as_meant(db, text, choice):
    _, result = validate(a.ValidateAfspraakForm(), "bereikbaar", text, {"gekozen_tijd": MARIEKE_TUESDAY[0]})
    assert result["bereikbaar"] == choice


def test_an_address_given_as_the_choice_is_used_at_once(db):
    _, result = validate(a.ValidateAfspraakForm(), "bereikbaar", "mail me maar op jan@voorbeeld.nl",
                         {"gekozen_tijd": MARIEKE_TUESDAY[0]})
    assert (result["bereikbaar"], result["contactgegeven"]) == ("email", "jan@voorbeeld.nl")


@pytest.mark.parametrize(("reach", "text", "value"), [
    ("email", "mijn mail is Jan.Jansen@voorbeeld.nl, graag", "Jan.Jansen@voorbeeld.nl"),
    ("telefoon", "bel me op 06 12 34 56 78 na vijven", "+31612345678"),
])
def test_a_contact_detail_inside_a_sentence_is_used(db, reach, text, value):
    messages, result = validate(a.ValidateAfspraakForm(), "contactgegeven", text, {"bereikbaar": reach})
    assert messages == [] and result["contactgegeven"] == value


# --- the time ------------------------------------------------------------------------------------

def test_a_clock_time_of_an_offered_time_picks_it(db):
    _, result = validate(a.ValidateAfspraakForm(), "gekozen_tijd", "om 13:45 graag",
                         {"aangeboden_tijden": MARIEKE_TUESDAY})
    assert result["gekozen_tijd"] == MARIEKE_TUESDAY[1]


def test_a_clock_time_that_was_not_offered_takes_no_time(db):
    _, result = validate(a.ValidateAfspraakForm(), "gekozen_tijd", "om 9:45", {"aangeboden_tijden": MARIEKE_TUESDAY})
    assert result["gekozen_tijd"] is None


# A clear decline ("ik wil geen afspraak", "laat die afspraak maar zitten") ends the form at once
# (test_afspraak_fourth_stranger.py); a vaguer no offers to stop or go on.
@pytest.mark.parametrize("text", ["hoeft niet meer", "ik wil toch niet meer"])
@pytest.mark.parametrize("requested", ["tijd_wens", "gekozen_tijd", "ontmoetingsvorm", "bereikbaar"])
def test_not_wanting_the_booking_fills_nothing_and_offers_to_stop(db, text, requested):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0]}
    slots = {k: v for k, v in slots.items() if k != requested}
    messages, result, _ = form_run(a.ValidateAfspraakForm(), text, requested, slots, intent="afspraak_maken")
    assert result.get(requested) is None and result["afspraak_stoppen"] is True
    assert "afspraak_fouten" not in result or not result["afspraak_fouten"]
    asked = a.ASK_ACTIONS[requested]
    sent, events = run(asked(), tracker(slots | {"afspraak_stoppen": True}, requested=requested))
    assert sent[0]["response"] == "utter_afspraak_stoppen_vraag"
    payloads = [b["payload"] for b in DOMAIN["responses"]["utter_afspraak_stoppen_vraag"][0]["buttons"]]
    assert "/stoppen" in payloads


# --- the reference code --------------------------------------------------------------------------

def _booked_code(db):
    start = offer.decode(MARIEKE_TUESDAY[0])[1]
    return book(db, "marieke-jansen", start, offer.end_of(start), "telefoon", now=a.clock.now()).code


@pytest.mark.parametrize("template", ["typfout: {code}", "sorry, het moest {code} zijn",
                                      "mijn code is {shown} dank je"])
@pytest.mark.parametrize("intent", ["faq", "afspraak_annuleren"])
def test_a_code_inside_a_sentence_is_read_as_the_code(db, template, intent):
    code = _booked_code(db)
    text = template.format(code=code.lower(), shown=reference.display(code))
    messages, result, _ = form_run(a.ValidateAfspraakCodeForm(), text, "code_invoer", {"beheer_actie": "annuleren"},
                                   intent=intent, candidate=intent != "faq", loop="afspraak_code_form")
    assert result["code_invoer"] == reference.normalise(code) and result["requested_slot"] == "annuleer_bevestiging"
    assert "utter_code_ongeldig" not in messages and find_by_code(db, code).is_live


# --- no question a third time in a row ------------------------------------------------------------

def test_the_kind_of_counsellor_is_not_asked_a_third_time(db):
    form = a.ValidateAfspraakForm()
    _, r1 = validate(form, "vp_soort", "hmm")
    _, r2 = validate(form, "vp_soort", "hmm", {"afspraak_fouten": r1.get("afspraak_fouten")})
    assert r2["uitleg_nodig"] is True
    asked, _ = run(a.ActionAskVpSoort(), tracker({"uitleg_nodig": True, "soort": "integriteit"}))
    assert asked[0]["response"] == "utter_uitleg_vp_soort"
    _, r3 = validate(form, "vp_soort", "hmm", {"afspraak_fouten": r2["afspraak_fouten"]})
    assert r3["vp_soort"] == "maakt_niet_uit"  # the way out: whoever fits the situation


def test_the_summary_is_not_asked_a_third_time(db):
    slots = {"gekozen_tijd": MARIEKE_TUESDAY[0], "ontmoetingsvorm": "telefoon", "bereikbaar": "anoniem"}
    _, r1, _ = form_run(a.ValidateAfspraakForm(), "hmm tja", "bevestiging", slots, intent="nlu_fallback",
                        candidate=False)
    _, r2, _ = form_run(a.ValidateAfspraakForm(), "hmm tja", "bevestiging", slots | {"afspraak_fouten": 1.0},
                        intent="nlu_fallback", candidate=False)
    assert r1["bevestiging"] is None and r2["bevestiging"] is None and r2["uitleg_nodig"] is True
    asked, _ = run(a.ActionAskBevestiging(), tracker(slots | {"uitleg_nodig": True}))
    assert asked[0]["response"] == "utter_uitleg_bevestiging"


def test_every_ask_action_is_in_the_domain():
    for slot, action in a.ASK_ACTIONS.items():
        assert action().name() in DOMAIN["actions"]
        assert f"utter_uitleg_{slot}" in DOMAIN["responses"] or slot == "gekozen_tijd"


def test_a_choice_with_a_day_in_it_is_a_choice(db):
    _, result = validate(a.ValidateAfspraakForm(), "bereikbaar", "bel me morgen maar",
                         {"gekozen_tijd": MARIEKE_TUESDAY[0]})
    assert result["bereikbaar"] == "telefoon"


@pytest.mark.parametrize("requested", ["tijd_wens", "gekozen_tijd"])
def test_a_new_incident_that_names_a_day_is_heard_not_read_as_a_time(db, requested):
    """"vandaag" in a story is no time wish: before, the bot looked for times today."""
    slots = {"tijd_wens": "zo snel mogelijk", "aangeboden_tijden": MARIEKE_TUESDAY}
    if requested == "tijd_wens":
        slots = {}
    text = "vandaag gaf mijn chef me weer een klap op mijn billen waar iedereen bij stond"
    messages, result, _ = form_run(a.ValidateAfspraakForm(), text, requested, slots, intent="seksuele_intimidatie",
                                   confidence=0.8)
    assert messages == ["utter_afspraak_iets_nieuws"] and result[requested] is None
    assert result["nieuw_voorval"] == "seksuele_intimidatie" and "tijd_wens" not in result or requested == "tijd_wens"


@pytest.mark.parametrize("intent", ["nlu_fallback", "gevoel_delen", "seksuele_intimidatie"])
def test_a_story_the_classifier_is_unsure_of_is_heard_not_read_as_a_time(db, intent):
    """Conversation afspraak_07: a long new incident with feelings in it spreads the classifier's
    confidence; before, "vandaag" in it was taken for a time wish and new times were offered."""
    slots = {"tijd_wens": "zo snel mogelijk", "aangeboden_tijden": MARIEKE_TUESDAY}
    text = ("en vandaag zei hij ook nog dat ik mijn bloes verder open moest doen voor de klanten, "
            "ik moest bijna huilen")
    ranking = {"nlu_fallback": [("nlu_fallback", 0.7), ("seksuele_intimidatie", 0.34), ("gevoel_delen", 0.3)],
               "gevoel_delen": [("gevoel_delen", 0.4), ("seksuele_intimidatie", 0.33), ("pesten", 0.1)],
               "seksuele_intimidatie": [("seksuele_intimidatie", 0.45), ("gevoel_delen", 0.3)]}[intent]
    messages, result, _ = form_run(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots, intent=intent,
                                   confidence=ranking[0][1],
                                   parse_extra={"intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]})
    assert messages == ["utter_afspraak_iets_nieuws"]
    assert result["gekozen_tijd"] is None and result["nieuw_voorval"] == "seksuele_intimidatie"
    assert "aangeboden_tijden" not in result  # the times offered stay as they were


def test_a_long_time_wish_is_still_a_time_when_no_situation_is_guessed(db):
    text = "ik kan eigenlijk alleen op donderdagmiddag na drie uur als de kinderen op school zitten"
    ranking = [("nlu_fallback", 0.7), ("afspraak_maken", 0.35), ("gevoel_delen", 0.2)]
    _, result, _ = form_run(a.ValidateAfspraakForm(), text, "tijd_wens", {}, intent="nlu_fallback", confidence=0.7,
                            parse_extra={"intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]})
    assert result["tijd_wens"] == text and result.get("nieuw_voorval") is None


def test_a_short_time_wish_with_a_situation_intent_is_still_a_time(db):
    _, result, _ = form_run(a.ValidateAfspraakForm(), "vandaag nog", "tijd_wens", {}, intent="pesten", confidence=0.7)
    assert result["tijd_wens"] == "vandaag nog"


# --- the code step: no code at hand, questions, never a third time --------------------------------

def test_no_code_at_hand_is_not_called_an_invalid_code(db):
    form = a.ValidateAfspraakCodeForm()
    messages, r1 = validate(form, "code_invoer", "die heb ik niet meer", {"beheer_actie": "annuleren"})
    assert messages == [] and r1["code_invoer"] is None  # the question step says where it is (test_code_kwijt)
    messages, _ = validate(form, "code_invoer", "KXPT-7QRM", {"beheer_actie": "annuleren"})
    assert messages == ["utter_code_ongeldig"]  # an attempt at a code: too short


def test_a_question_at_the_code_step_is_answered_not_called_an_invalid_code(db):
    messages, result = validate(a.ValidateAfspraakCodeForm(), "code_invoer",
                                "hoort de vertrouwenspersoon waarom ik afzeg?", {"beheer_actie": "annuleren"})
    assert messages and "utter_code_ongeldig" not in messages and result["code_invoer"] is None


def test_the_code_is_not_asked_a_third_time(db):
    form = a.ValidateAfspraakCodeForm()
    _, r1 = validate(form, "code_invoer", "weet ik niet", {"beheer_actie": "annuleren"})
    _, r2 = validate(form, "code_invoer", "weet ik niet",
                     {"beheer_actie": "annuleren", "afspraak_fouten": r1["afspraak_fouten"]})
    assert r2["uitleg_nodig"] is True
    asked, _ = run(a.ActionAskCodeInvoer(), tracker({"uitleg_nodig": True}, loop="afspraak_code_form"))
    assert asked[0]["response"] == "utter_uitleg_code_invoer"
    assert "/stoppen" in [b["payload"] for b in DOMAIN["responses"]["utter_uitleg_code_invoer"][0]["buttons"]]


# --- corrections at the summary ------------------------------------------------------------------

SUMMARY = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0],
           "ontmoetingsvorm": "telefoon", "ontmoetingsvorm_titel": "telefonisch", "bereikbaar": "anoniem"}


def test_a_change_of_the_way_of_meeting_at_the_summary_is_applied(db):
    _, result, _ = form_run(a.ValidateAfspraakForm(), "nee toch liever langskomen", "bevestiging", SUMMARY,
                            intent="ontkennen", candidate=False)
    assert result["ontmoetingsvorm"] == "op_locatie" and result["bevestiging"] is None
    assert result["requested_slot"] == "bevestiging"  # the summary again, with the new way


def test_a_way_the_counsellor_does_not_offer_asks_the_way_again_not_cancels(db):
    _, result, _ = form_run(a.ValidateAfspraakForm(), "nee, liever via video", "bevestiging", SUMMARY,
                            intent="ontkennen", candidate=False)
    assert result["bevestiging"] is None and result["ontmoetingsvorm"] is None
    assert result["requested_slot"] == "ontmoetingsvorm"


def test_a_change_of_the_contact_at_the_summary_asks_for_the_detail(db):
    _, result, _ = form_run(a.ValidateAfspraakForm(), "toch liever per mail", "bevestiging", SUMMARY,
                            intent="ontkennen", candidate=False)
    assert (result["bereikbaar"], result["bevestiging"]) == ("email", None)
    assert result["requested_slot"] == "contactgegeven"
