"""action_kies_route: an option asked about by its button, typed ("Hulp van buiten"), or in the
person's own words; no option named: the options again, never the answer of an earlier option
(fourth stranger test c07: "Hulp van buiten" typed after "Steun voor mezelf" repeated the support
text; the conversation set's pesten_03 got "tell me first what happened" after telling)."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests.actions.domain import DOMAIN


def run(text: str, entities: list | None = None, slots: dict | None = None):
    latest = {"text": text, "intent": {"name": "kies_route", "confidence": 0.8}, "entities": entities or []}
    trk = Tracker("test", slots or {}, latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = a.ActionKiesRoute().run(dispatcher, trk, DOMAIN)
    return [m["response"] for m in dispatcher.messages], events


def test_the_button_sets_its_route():
    said, events = run('/kies_route{"route":"extern"}', [{"entity": "route", "value": "extern"}])
    assert said == [] and {"event": "slot", "timestamp": None, "name": "route", "value": "extern"} in events


def test_a_typed_title_after_another_option_gets_its_own_route():
    said, events = run("Hulp van buiten", slots={"route": "steun", "soort": "omgangsvormen"})
    assert said == []
    assert [e["value"] for e in events if e.get("name") == "route"] == ["extern"]


def test_the_informal_way_in_own_words():
    _, events = run("wat kan ik doen zonder dat het een hele zaak wordt", slots={"route": None})
    assert [e["value"] for e in events if e.get("name") == "route"] == ["informeel"]


def test_no_option_named_shows_the_options_instead_of_an_old_answer():
    said, events = run("wat zijn de mogelijkheden eigenlijk", slots={"route": "steun"})
    assert said == ["utter_vraag_opties"]
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots == {"route": None, "open_vraag": "opties"}
    assert {"event": "followup", "timestamp": None, "name": "action_listen"} in events


def test_a_forged_payload_without_entity_is_no_guess():
    said, _ = run("/kies_route", slots={"route": "formeel"})
    assert said == ["utter_vraag_opties"]
