"""Eighteenth round (2026-12-04, evening), issue 10. A yes to the gentle check said together with a
wish to book sooner ("ja soms wel eerlijk gezegd. kan ik niet eerder iemand spreken dan maandag",
seventeenth stranger recheck c03, read as a request to book: Monday's times again) gets the answer
for suicidal thoughts first, and the booking looks before Monday. "staat mijn afspraak nog?"
(seventeenth stranger test: the privacy text) finds the appointment by its code and shows it.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml."""

from __future__ import annotations

import asyncio

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import afspraak as a
from bot.booking import reference
from bot.booking.repository import cancel, find_by_code
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import _booked, run, slots_of, tracker, validate

YES_AND_SOONER = "ja soms wel eerlijk gezegd. kan ik niet eerder iemand spreken dan maandag"


def _after(text, last_response, slots=None):
    events = [{"event": "action", "name": "action_listen"},
              {"event": "bot", "text": "...", "metadata": {"utter_action": last_response}},
              {"event": "user", "text": text}]
    latest = {"text": text, "intent": {"name": "afspraak_maken", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", dict(slots or {}), latest, events, False, None, {}, "action_listen")
    return run(a.ActionResetAfspraak(), trk)


def test_a_yes_to_the_check_with_a_booking_wish_gets_the_suicide_answer_first(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-09T10:00:00+01:00")
    messages, events = _after(YES_AND_SOONER, "utter_crisis_check")
    assert [m.get("response") for m in messages] == ["utter_crisis_zelfmoord"]
    slots = slots_of(events)
    assert (slots["crisis_soort"], slots["crisis_actief"]) == ("zelfmoord", True)
    assert slots["tijd_wens"] == YES_AND_SOONER  # the form reads "eerder dan maandag": before Monday


def test_the_same_words_without_the_check_before_are_a_booking(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-09T10:00:00+01:00")
    messages, events = _after(YES_AND_SOONER, "utter_ask_tijd_wens")
    assert "utter_crisis_zelfmoord" not in [m.get("response") for m in messages]
    assert "crisis_soort" not in slots_of(events)


def test_fine_after_the_check_is_a_booking(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-09T10:00:00+01:00")
    messages, _ = _after("ja hoor het gaat prima. ik wil gewoon een afspraak", "utter_crisis_check")
    assert "utter_crisis_zelfmoord" not in [m.get("response") for m in messages]


# --- "staat mijn afspraak nog?": the appointment found by its code, as it stands ---------------------
# (seventeenth stranger test: the privacy text)

def test_looking_up_an_appointment_asks_only_its_code_and_shows_it(db):
    _, events = run(a.ActionStartBeheer(), tracker(intent="afspraak_bekijken", loop=None))
    assert slots_of(events)["beheer_actie"] == "bekijken"
    form, names = a.ValidateAfspraakCodeForm(), DOMAIN["forms"]["afspraak_code_form"]["required_slots"]
    asked = asyncio.run(form.required_slots(names, CollectingDispatcher(), tracker({"beheer_actie": "bekijken"}),
                                            DOMAIN))
    assert asked == ["code_invoer"]
    code = _booked(db)
    messages, result = validate(form, "code_invoer", code, {"beheer_actie": "bekijken"})
    assert messages == [] and "tijd_wens" not in result  # no new time looked for
    slots = {"beheer_actie": "bekijken", "code_invoer": reference.normalise(code)}
    _, events = run(a.ActionRondBeheerAf(), tracker(slots, loop=None))
    shown = slots_of(events)
    assert shown["afspraak_uitkomst"] == "bekeken" and shown["referentiecode"] == code
    assert shown["afspraak_tijd"] == "dinsdag 9 maart om 13:00" and "Marieke Jansen" in shown["vp_met_wie"]
    assert find_by_code(db, code).is_live  # nothing changed


def test_a_cancelled_appointment_is_not_shown(db):
    code = _booked(db)
    cancel(db, code, a.clock.now())
    assert not find_by_code(db, code).is_live
    slots = {"beheer_actie": "bekijken", "code_invoer": reference.normalise(code)}
    _, events = run(a.ActionRondBeheerAf(), tracker(slots, loop=None))
    assert slots_of(events)["afspraak_uitkomst"] == "niet_wijzigbaar"


# --- while listening: having to face him again (seventeenth stranger test: "Vertel gerust verder") ----

def _listening(text):
    from actions import actions as general

    latest = {"text": text, "intent": {"name": "nlu_fallback"}, "entities": []}
    trk = Tracker("gesprek-1", {"open_vraag": "luisteren"}, latest, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionLuisterVerder(), trk)
    return [m.get("response") for m in messages]


def test_facing_him_again_while_listening_gets_what_helps_at_work():
    assert _listening("ik wil niet met hem alleen zijn morgen") == ["utter_hem_weer_zien"]
    assert _listening("ok. ik voel me gwn vies sinds zaterdag en ik moet morgen weer werken met hem") == \
        ["utter_hem_weer_zien"]
    assert _listening("het was gewoon heel naar") == ["utter_luisteren_verder"]


# --- the accused choosing a route gets that side of it (eighteenth stranger test c02) ----------------

def _route(rol, route):
    from actions import actions as general

    latest = {"text": f'/kies_route{{"route":"{route}"}}', "intent": {"name": "kies_route"},
              "entities": [{"entity": "route", "value": route}]}
    trk = Tracker("gesprek-1", {"rol": rol, "situatie": "seksuele_intimidatie"}, latest, [], False, None, {},
                  "action_listen")
    _, events = run(general.ActionKiesRoute(), trk)
    return slots_of(events)["route"]


def test_the_accused_gets_the_accused_side_of_the_informal_and_formal_route():
    assert _route("beschuldigd", "informeel") == "informeel_beschuldigd"
    assert _route("beschuldigd", "formeel") == "formeel_beschuldigd"
    assert _route("beschuldigd", "steun") == "steun"
    assert _route("zelf", "informeel") == "informeel"


def test_the_accused_saying_so_in_few_words_gets_the_answer_for_the_accused(db):
    from tests.actions.test_seventeenth_round import _ask

    ranking = [("nlu_fallback", 0.3), ("leidinggevende_klacht", 0.15), ("afscheid", 0.13)]
    messages, slots = _ask("ik ben de BESCHULDIGDE", ranking, {"rol": "zelf"})
    assert [m["response"] for m in messages] == ["utter_beschuldigd"] and slots == {"rol": "beschuldigd"}


# --- a crisis told in English gets the English help first (eighteenth stranger test c09) -------------

def test_a_crisis_in_english_gets_the_english_help_first(db):
    from actions import actions as general

    text = "i mean i might take them all tonight"
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "zelfmoord", "rule": "en_means", "level": "alarm"}}
    trk = Tracker("gesprek-1", {}, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionBepaalCrisissoort(), trk)
    assert messages and "113" in messages[0]["text"] and messages[0]["text"].startswith("I am glad")
    assert slots_of(events)["crisis_actief"] is True


def test_a_crisis_answer_closes_the_yes_no_question_left_open(db):
    from actions import actions as general

    latest = {"text": "ik wil niet meer leven", "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "zelfmoord", "rule": "wil_dood", "level": "alarm"}}
    trk = Tracker("gesprek-1", {"open_vraag": "bedoeling"}, latest, [], False, None, {}, "action_listen")
    _, events = run(general.ActionBepaalCrisissoort(), trk)
    assert slots_of(events)["open_vraag"] is None


def test_a_hedged_yes_after_the_suicide_answer_is_heard_not_a_fresh_start(db):
    from actions import actions as general

    text = "ja soms. maar goed daar gaat het nu niet om, het gaat om die planner"
    latest = {"text": text, "intent": {"name": "bevestigen", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "zelfmoord"}, latest, [], False, None, {},
                  "action_listen")
    messages, _ = run(general.ActionBedoelingBevestigd(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_oke"]


def test_refusing_every_help_line_read_as_a_no_is_answered(db):
    from actions import actions as general

    text = "nee ik ga echt niet bellen. en chatten met 113 ook niet, dat heb ik al eens gedaan en dat hielp niks"
    latest = {"text": text, "intent": {"name": "ontkennen", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "zelfmoord"}, latest, [], False, None, {},
                  "action_listen")
    messages, _ = run(general.ActionBedoelingBevestigd(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_geen_hulplijn"]


def test_warning_colleagues_read_as_a_side_question_during_the_violence_is_answered(db):
    from actions import actions as general

    text = "moet ik mijn collegas waarschuwen? er zitten er nog een paar op de tweede verdieping"
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.8}, "entities": [],
              "response_selector": {"faq": {"response": {"intent_response_key": "faq/getuige_vertellen"}}}}
    trk = Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "geweld"}, latest, [], False, None, {},
                  "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_anderen_waarschuwen"]


def test_wishes_and_a_woman_asked_in_a_long_first_request_are_heard(db, monkeypatch):  # recheck c10
    monkeypatch.setenv("BOT_NOW", "2027-03-09T10:00:00+01:00")
    text = ("hallo, ik wil graag een gesprek met een vertrouwenspersoon over iets dat speelt met mn leidinggevende. "
            "het moet wel voor donderdag want dan heb ik een gesprek met hem, en niet s ochtends want dan sta ik op de "
            "groep. en als het kan liever met een vrouw")
    messages, events = _after(text, "utter_greet")
    assert "voor donderdag" in slots_of(events)["tijd_wens"]
    assert any(str(m.get("response") or "").startswith("utter_vp_geslacht") for m in messages)


def test_self_blame_after_the_assault_answer_read_as_a_feeling_gets_not_your_fault(db):  # recheck c06
    from actions import actions as general

    text = "ik schaam me zo. het is ook mn eigen schuld want ik had te veel gedronken"
    latest = {"text": text, "intent": {"name": "gevoel_delen", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", {"crisis_actief": True, "crisis_soort": "seksueel_geweld"}, latest, [], False, None,
                  {}, "action_listen")
    messages, _ = run(general.ActionHervatGesprek(), trk)
    assert "utter_crisis_seksueel_geweld_schaamte" in [m.get("response") for m in messages]
