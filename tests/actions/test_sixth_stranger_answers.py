"""Sixth stranger test: answers that were wrong. c19: a teacher tells that a 17-year-old student
gets messages from a colleague; the duty to report at school comes before "je collega beslist
zelf". c10: a slur about origin was read as aggression."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests.actions.domain import DOMAIN

STORY = ("Goedenavond. Ik geef les op een roc. Een leerling van mij zei vandaag dat een collega haar "
         "'s avonds appjes stuurt met hartjes. Ze is pas 16. Het gaat dus niet om mij.")


def _tracker(text, intent, slots=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [],
              "intent_ranking": [{"name": intent, "confidence": 0.9}]}
    return Tracker("c19", dict(slots or {}), latest, [], False, None, {}, "action_listen")


def _run(action, trk):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, trk, DOMAIN)
    return [m.get("response") for m in dispatcher.messages], events


def test_the_story_of_a_minor_at_school_remembers_the_minor():
    said, events = _run(a.ActionHerkenSituatie(), _tracker(STORY, "seksuele_intimidatie"))
    assert SlotSet("minderjarige", True) in events
    assert "utter_meldplicht_onderwijs" not in said  # named with the acknowledgement, after the check


def test_the_minor_named_after_the_matter_was_confirmed_gets_the_duty_at_once():
    said, events = _run(a.ActionHerkenSituatie(), _tracker(
        "een docent stuurt een leerling van 15 berichtjes", "seksuele_intimidatie",
        {"situatie": "seksuele_intimidatie", "soort": "omgangsvormen", "open_vraag": "opties"}))
    assert said[0] == "utter_meldplicht_onderwijs"
    assert SlotSet("minderjarige", True) in events


def test_an_adult_at_work_gets_no_duty_to_report():
    said, events = _run(a.ActionHerkenSituatie(), _tracker(
        "mijn leidinggevende stuurt me 's avonds appjes met hartjes", "seksuele_intimidatie"))
    assert SlotSet("minderjarige", True) not in events
    assert "utter_meldplicht_onderwijs" not in said


def test_minor_and_school_told_after_the_harassment_is_no_question_back():
    said, events = _run(a.ActionDefaultAskAffirmation(), _tracker(
        "dus ik doe niks omdat zij het niet wil? ze is minderjarig en het is een docent", "nlu_fallback",
        {"situatie": "seksuele_intimidatie", "soort": "omgangsvormen"}))
    assert said == ["utter_meldplicht_onderwijs"]
    assert events == [SlotSet("minderjarige", True)]


def test_the_acknowledgement_for_a_minor_names_the_duty_not_the_colleague_deciding():
    variants = DOMAIN["responses"]["utter_situatie_erkend"]
    slots = {"soort": "omgangsvormen", "situatie": "seksuele_intimidatie", "rol": "getuige", "minderjarige": True}
    matching = [v for v in variants if v.get("condition")
                and all(slots.get(c["name"]) == c["value"] for c in v["condition"])]
    assert len(matching) == 1
    assert "meldplicht" in matching[0]["text"] and "beslist zelf" not in matching[0]["text"]


def test_a_slur_about_origin_is_discrimination_not_aggression():
    """c10: "werd uitgescholden voor kankermarokkaan" was checked as aggression."""
    _, events = _run(a.ActionHerkenSituatie(), _tracker(
        "ik zag gister dat mijn collega op de bouwplaats door de uitvoerder werd uitgescholden voor "
        "kankermarokkaan. hij lachte het weg maar ik vond het echt niet ok", "agressie_geweld"))
    assert SlotSet("situatie", "discriminatie") in events


def test_the_teachers_dilemma_about_a_minor_gets_the_duty_to_report():
    """c19: "moet ik dit melden bij de directie, ook al wil de student het niet" got "Je hoeft niets"."""
    said, events = _run(a.ActionBeantwoordRolvraag(), _tracker(
        "ik wil weten of ik dit moet melden bij de directie, ook al wil de student het niet", "rol_vraag",
        {"situatie": "seksuele_intimidatie", "soort": "omgangsvormen", "rol": "getuige", "minderjarige": True}))
    assert said == ["utter_meldplicht_onderwijs"]


def test_the_same_dilemma_about_an_adult_gets_the_witness_answer():
    said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker(
        "moet ik dit melden bij de directie, ook al wil ze het niet?", "rol_vraag",
        {"situatie": "seksuele_intimidatie", "soort": "omgangsvormen", "rol": "getuige", "minderjarige": False}))
    assert said == ["utter_rolvraag_getuige"]


def test_the_duty_asked_about_again_comes_in_short():
    """Replay of c19: the whole duty text three times in a row."""
    trk = _tracker("zij wil niet dat ik er iets mee doe. moet ik dat respecteren?", "rol_vraag",
                   {"situatie": "seksuele_intimidatie", "soort": "omgangsvormen", "rol": "getuige",
                    "minderjarige": True})
    trk.events.append({"event": "bot", "text": "...", "metadata": {"utter_action": "utter_situatie_erkend"}})
    said, _ = _run(a.ActionBeantwoordRolvraag(), trk)
    assert said == ["utter_meldplicht_onderwijs_kort"]


def test_not_called_and_hopeless_after_the_suicide_answer_is_a_follow_up():
    """Seventh stranger test c06: "ik heb 113 niet gebeld. wat heeft het voor zin" got the general
    crisis block (after NotSafeAfterAll made it a crisis); hopelessness gets its own answer."""
    trk = _tracker("ik heb 113 niet gebeld. wat heeft het voor zin", "crisis",
                   {"crisis_soort": "zelfmoord", "crisis_actief": True})
    trk.latest_message["crisis"] = {"level": "alarm", "category": None}
    _, events = _run(a.ActionBepaalCrisissoort(), trk)
    assert events == [SlotSet("crisis_soort", "vervolg")]
