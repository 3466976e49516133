"""Seventh stranger test: direct questions answered from the matter in the conversation, with a
real rasa_sdk Tracker and CollectingDispatcher. c26: "mag hij dat gewoon doen?? moet ik naar de
rechter?" after a confirmed discrimination got a medical answer; a push told mid-booking was
heard as discrimination only, and "hij duwde me ook, mag dat?" got "Dat beslis jij". c09: "Mag hij
dat eigenlijk vragen?" got the tips on writing things down."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests.actions.domain import DOMAIN

DISCRIMINATIE = {"situatie": "discriminatie", "situatie_label": "discriminatie", "soort": "omgangsvormen",
                 "open_vraag": "opties", "rol": "zelf"}
PUSH = ("en trouwens, vanochtend zei een collega ook nog dat ik \"terug moet naar mijn eigen land\" en hij duwde "
        "me tegen de kast")


def _tracker(text, intent="rol_vraag", slots=None, events=None, original="faq", faq_key="dokter"):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.6}, "entities": [],
              "intent_ranking": [{"name": intent, "confidence": 0.6}]}
    if intent == "rol_vraag":
        latest["rol_vraag_van"] = original
        latest["response_selector"] = {"faq": {"response": {
            "intent_response_key": f"faq/{faq_key}", "utter_action": f"utter_faq/{faq_key}", "confidence": 0.5}}}
    return Tracker("zeven", dict(slots or {}), latest, list(events or []), False, None, {}, "action_listen")


def _run(action, trk):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, trk, DOMAIN)
    return [m["response"] for m in dispatcher.messages], {e["name"]: e["value"] for e in events if e["event"] == "slot"}


@pytest.mark.parametrize("text", [
    "mag hij dat gewoon doen?? moet ik naar de rechter?",
    "is dat wel legaal? kan ik hem voor de rechter slepen?",
    "mag mijn teamleider dat eigenlijk? heb ik een advocaat nodig?",
])
def test_allowed_and_court_after_discrimination(text):
    said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker(text, slots=DISCRIMINATIE))
    assert said == ["utter_faq/ongelijke_behandeling_mag_niet", "utter_rolvraag_rechter_kort"]


@pytest.mark.parametrize("text", ["mag dat?", "is dat toegestaan?", "mag mijn baas dit?",
                                  "mogen ze mij zo behandelen?"])
def test_allowed_after_a_matter_gets_the_answer_for_that_matter(text):
    said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker(text, slots=DISCRIMINATIE, faq_key="vastleggen"))
    assert said == ["utter_faq/ongelijke_behandeling_mag_niet"]


def test_private_chores_asked_about_get_the_abuse_of_power_answer():
    """c09: "Mag hij dat eigenlijk vragen? En moet ik dat doen...?" got the tips on writing down."""
    slots = {"situatie": "machtsmisbruik", "soort": "integriteit", "open_vraag": "opties"}
    for text in ("Mag hij dat eigenlijk vragen? En moet ik dat doen om mijn evaluatie niet te verknoeien?",
                 "Dus moet ik die klusjes blijven doen of niet?"):
        said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker(text, slots=slots, faq_key="vastleggen"))
        assert said == ["utter_faq/ongelijke_behandeling_mag_niet"]


@pytest.mark.parametrize("text", ["hij duwde me ook, mag dat? wat kan ik daarmee?", "hij sloeg me, is dat normaal?",
                                  "mag hij me zomaar duwen?"])
def test_violence_asked_about_is_aggression_whatever_matter_was_told(text):
    said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker(text, slots=DISCRIMINATIE, original="nlu_fallback"))
    assert said == ["utter_geweld_mag_niet"]


def test_allowed_with_nothing_told_keeps_the_faq_answer_or_asks_what_happened():
    said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker("mag dat eigenlijk, mij geen contract geven omdat ik "
                                                          "zwanger ben?", faq_key="ongelijke_behandeling_mag_niet"))
    assert said == ["utter_faq/ongelijke_behandeling_mag_niet"]
    said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker("mag dat?", original="nlu_fallback"))
    assert said == ["utter_mag_dat_vertel"]
    # live replay: a bare "mag dat?" was given the equal-treatment answer the classifier chose
    for bare in ("mag dat?", "is dat toegestaan?", "mag dat eigenlijk wel?", "is dat eigenlijk wel toegestaan?"):
        said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker(bare, faq_key="ongelijke_behandeling_mag_niet"))
        assert said == ["utter_mag_dat_vertel"]


def test_the_accused_asking_whether_she_may_gets_the_accused_answer():
    said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker("mag ze dat zomaar zeggen?", slots={
        "situatie": "seksuele_intimidatie", "soort": "omgangsvormen", "rol": "beschuldigd"}, original="nlu_fallback"))
    assert said == ["utter_rolvraag_beschuldigd"]


def test_the_allowed_answers_are_exclusive_and_fit_the_matter():
    variants = DOMAIN["responses"]["utter_faq/ongelijke_behandeling_mag_niet"]

    def text_for(situatie):
        matching = [v for v in variants if v.get("condition") and all(c["value"] == situatie for c in v["condition"])]
        assert len(matching) <= 1
        return (matching or [v for v in variants if not v.get("condition")])[0]["text"]

    assert "aangifte" in text_for("agressie_geweld") and "huisarts" in text_for("agressie_geweld")
    law = text_for("discriminatie")
    for ground in ("nationaliteit", "genderidentiteit", "huidskleur", "geloof", "seksuele voorkeur", "contract"):
        assert ground in law
    assert "kan ik niet voor je beoordelen" in text_for("buiten_vp_taak")
    assert "integriteitsschending" in text_for("nevenwerkzaamheden")


def test_the_discrimination_acknowledgement_names_the_grounds_of_the_brief():
    variants = DOMAIN["responses"]["utter_situatie_erkend"]
    text = next(v["text"] for v in variants if {"name": "grond", "type": "slot", "value": None} in
                (v.get("condition") or []))
    for ground in ("nationaliteit", "genderidentiteit", "huidskleur", "geloof", "afkomst"):
        assert ground in text


def test_court_after_discrimination_names_the_college_and_no_duty():
    variants = DOMAIN["responses"]["utter_rolvraag_juridisch"]
    text = next(v["text"] for v in variants if v.get("condition"))
    assert "hoef je niet" in text and "College voor de Rechten van de Mens" in text and "Juridisch Loket" in text


def _told_then_talk_first(told, slots):
    events = [{"event": "user", "text": told, "parse_data": {"intent": {"name": "discriminatie"}}},
              {"event": "bot", "text": "Dank je dat je dit vertelt.",
               "metadata": {"utter_action": "utter_afspraak_iets_nieuws"}},
              {"event": "user", "text": "/eerst_praten", "parse_data": {"intent": {"name": "eerst_praten"}}}]
    return _tracker("/eerst_praten", intent="eerst_praten", slots=slots, events=events)


@pytest.mark.parametrize("told, classified", [
    (PUSH, "discriminatie"),
    ("gisteren heeft die collega me ook nog geslagen", "pesten"),
    ("vanmorgen gaf hij me een duw en riep hij dat ik op moest rotten", "intimidatie"),
])
def test_a_push_told_mid_booking_is_heard_as_aggression(told, classified):
    """c26: "Eerst hierover praten" gave the discrimination text again; the push was never named."""
    slots = {**DISCRIMINATIE, "nieuw_voorval": classified, "requested_slot": None}
    said, events = _run(a.ActionHerkenSituatie(), _told_then_talk_first(told, slots))
    assert events["situatie"] == "agressie_geweld"
    assert events["open_vraag"] == "opties"  # the acknowledgement and the options, no check again
    assert events["tweede_situatie"] == "discriminatie"  # the matter talked about waits


def test_a_new_incident_without_violence_stays_as_it_was():
    slots = {**DISCRIMINATIE, "nieuw_voorval": "discriminatie"}
    _, events = _run(a.ActionHerkenSituatie(), _told_then_talk_first(
        "vanochtend zei een collega ook nog dat ik terug moet naar mijn eigen land", slots))
    assert events.get("situatie") == "discriminatie"


def _again(text, faq_key, confidence, slots):
    latest = {"text": text, "intent": {"name": slots["situatie"], "confidence": 0.7}, "entities": [],
              "intent_ranking": [{"name": slots["situatie"], "confidence": 0.7}],
              "response_selector": {"faq": {"response": {"intent_response_key": f"faq/{faq_key}",
                                                         "utter_action": f"utter_faq/{faq_key}",
                                                         "confidence": confidence}}}}
    return Tracker("zeven", dict(slots), latest, [], False, None, {}, "action_listen")


AGRESSIE = {"situatie": "agressie_geweld", "situatie_label": "agressie of geweld", "soort": "omgangsvormen",
            "open_vraag": "opties"}


def test_a_question_about_the_matter_confirmed_gets_its_answer_not_the_acknowledgement_again():
    """c14: "ik slaap slecht en zie steeds zijn hand. moet ik morgen gewoon gaan werken alsof er niks is?"
    got the aggression acknowledgement a second time."""
    said, events = _run(a.ActionHerkenSituatie(), _again(
        "ik slaap slecht en zie steeds zijn hand. moet ik morgen gewoon gaan werken alsof er niks is?",
        "weer_werken", 0.8, AGRESSIE))
    assert said == ["utter_faq/weer_werken"]


def test_the_matter_told_again_without_a_question_or_an_unsure_answer_stays_as_it_was():
    said, events = _run(a.ActionHerkenSituatie(), _again("hij sloeg me echt hard", "dokter", 0.9, AGRESSIE))
    assert said == [] and events.get("open_vraag") == "opties"
    said, events = _run(a.ActionHerkenSituatie(), _again("hij sloeg me, wat nu?", "dokter", 0.2, AGRESSIE))
    assert said == []
