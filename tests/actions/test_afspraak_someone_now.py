"""Stranger test at night (c14): a man threatened with dismissal started a booking at night and
asked, during the time step, in several wordings who he could call now; each time he got the
time reader ("Dat kon ik niet als dag of tijd lezen") and the times again, and a stop with more
words after it did not stop the form. Our own wordings of the same meanings.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml. BOT_NOW: Tuesday 9 March 2027, 23:00 (nobody at work).
"""

from __future__ import annotations

import pytest

from actions import afspraak as a
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import NIGHT, run, slots_of, tracker
from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT, form_step, variant

TIME_ERRORS = {"utter_tijd_niet_begrepen", "utter_kies_een_tijd", "utter_afspraak_vraag_niet_begrepen",
               "utter_tijd_zonder_wens"}
AT_NIGHT = {"vp_bereikbaar": False, "vp_weer_bereikbaar": "woensdag 10 maart om 09:00"}
SOMEONE_NOW = ["wie kan ik nu bellen?", "ik heb nu iemand nodig", "kan ik nu met iemand praten",
               "is er echt niemand die ik vannacht kan bereiken?", "ik moet nu iemand spreken"]


@pytest.fixture
def night(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", NIGHT)
    return db


@pytest.mark.parametrize("text", SOMEONE_NOW)
@pytest.mark.parametrize("requested", ["tijd_wens", "gekozen_tijd"])
def test_asking_for_someone_now_in_the_time_step_is_answered_not_read_as_a_time(night, text, requested):
    slots = SLOTS_AT[requested] | AT_NIGHT
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, requested, slots)
    assert "utter_afspraak_nu_iemand" in messages
    assert not TIME_ERRORS & set(messages)  # before: "Dat kon ik niet als dag of tijd lezen"
    assert result[requested] is None and result.get("tijd_wens") in (None, SLOTS_AT[requested].get("tijd_wens"))


@pytest.mark.parametrize("intent", ["faq", "vraag_bot_of_mens"])
@pytest.mark.parametrize("text", ["wie kan ik nu bellen?", "is er nu iemand?"])
def test_the_question_read_as_faq_or_bot_or_human_gets_who_is_there_now(night, intent, text):
    trk = tracker(SLOTS_AT["gekozen_tijd"] | AT_NIGHT, text=text, intent=intent, requested="gekozen_tijd")
    messages, _ = run(a.ActionVraagInAfspraak(), trk)
    names = [m.get("response") for m in messages]
    assert names == ["utter_afspraak_nu_iemand"]  # before: "Die vraag kan ik niet ..." / "Ik ben een bot"


def test_a_real_bot_or_human_question_in_the_booking_still_gets_the_bot_answer(night):
    trk = tracker(SLOTS_AT["gekozen_tijd"], text="praat ik met een mens?", intent="vraag_bot_of_mens",
                  requested="gekozen_tijd")
    messages, _ = run(a.ActionVraagInAfspraak(), trk)
    assert [m.get("response") for m in messages] == ["utter_ik_ben_een_bot"]


def test_after_hours_the_answer_is_truthful_and_names_the_urgent_numbers():
    text = variant("utter_afspraak_nu_iemand", {"vp_bereikbaar": False})["text"]
    assert "geen vertrouwenspersoon" in text and "{vp_weer_bereikbaar}" in text and "eerste" in text
    assert "{spoed_nummer}" in text and "{zelfmoordpreventie_nummer}" in text
    assert "{zelfmoordpreventie_gratis_nummer}" in text
    assert {"spoed_nummer", "zelfmoordpreventie_nummer", "zelfmoordpreventie_gratis_nummer"} <= set(DOMAIN["slots"])


def test_asked_twice_the_form_explains_and_offers_the_way_out(night):
    slots = SLOTS_AT["tijd_wens"] | AT_NIGHT
    _, first, _ = form_step(a.ValidateAfspraakForm(), "wie kan ik nu bellen?", "tijd_wens", slots)
    assert first["uitleg_nodig"] is False and first["afspraak_fouten"] == 1
    _, second, _ = form_step(a.ValidateAfspraakForm(), "ik heb nu iemand nodig", "tijd_wens",
                             slots | {"afspraak_fouten": first["afspraak_fouten"]})
    assert second["uitleg_nodig"] is True  # the ask action explains, with "Stoppen met de afspraak"
    messages, _ = run(a.ActionAskTijdWens(), tracker(slots | second, requested="tijd_wens"))
    assert [m.get("response") for m in messages] == ["utter_uitleg_tijd_wens"]
    assert any(b["payload"] == "/stoppen" for b in DOMAIN["responses"]["utter_uitleg_tijd_wens"][0]["buttons"])


@pytest.mark.parametrize("text", ["nee stop nou, ik wil nu iemand", "stop de afspraak", "stop nou",
                                  "ik wil stoppen", "stop met die tijden"])
@pytest.mark.parametrize("requested", list(SLOTS_AT))
def test_a_stop_with_more_words_ends_the_booking_at_every_step(night, text, requested):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, requested, SLOTS_AT[requested] | AT_NIGHT)
    assert messages[:1] == ["utter_afspraak_afgezegd"]
    assert not TIME_ERRORS & set(messages)
    assert result["requested_slot"] is None and result["bevestiging"] is False


def test_a_stop_that_wants_someone_now_also_says_who_is_there(night):
    messages, _, _ = form_step(a.ValidateAfspraakForm(), "nee stop nou, ik wil nu iemand", "gekozen_tijd",
                               SLOTS_AT["gekozen_tijd"] | AT_NIGHT)
    assert messages == ["utter_afspraak_afgezegd", "utter_afspraak_nu_iemand"]


def test_a_stop_read_as_faq_is_left_to_the_form(night):
    trk = tracker(SLOTS_AT["gekozen_tijd"], text="stop nou, wie kan ik nu bellen?", intent="faq",
                  requested="gekozen_tijd")
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert messages == [] and slots_of(events) == {}
