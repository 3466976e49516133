"""Seventeenth round (2026-12-04): an accused person's own story that the classifier is unsure of
("Een collega ... heeft mij bij HR beschuldigd van seksuele intimidatie ...": ben_beschuldigd at 0.30,
tied with the fallback; conversation rol_01 got "Vertel het gerust in je eigen woorden") gets the
answer for the accused, and the role is remembered."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as general
from tests.actions.domain import DOMAIN

STORY = ("Een collega van de inpak heeft mij bij HR beschuldigd van seksuele intimidatie. Ik zou haar op de "
         "afdelingsborrel hebben vastgepakt, maar zo is het echt niet gegaan.")


def _ask(text, ranking, slots=None):
    latest = {"text": text, "intent": {"name": "nlu_fallback"},
              "intent_ranking": [{"name": n, "confidence": c} for n, c in ranking]}
    trk = Tracker("gesprek-1", dict(slots or {}), latest, [], False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    events = general.ActionDefaultAskAffirmation().run(dispatcher, trk, DOMAIN)
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_the_accused_telling_it_gets_the_answer_for_the_accused(db):
    ranking = [("nlu_fallback", 0.3), ("ben_beschuldigd", 0.3), ("seksuele_intimidatie", 0.21)]
    messages, slots = _ask(STORY, ranking)
    assert [m["response"] for m in messages] == ["utter_beschuldigd"]
    assert slots == {"rol": "beschuldigd"}


def test_a_story_about_someone_else_is_not(db):
    ranking = [("nlu_fallback", 0.3), ("ben_beschuldigd", 0.3), ("seksuele_intimidatie", 0.21)]
    messages, _ = _ask("mijn collega wordt beschuldigd van seksuele intimidatie, ik weet niet wat ik ervan moet denken",
                       ranking)
    assert [m["response"] for m in messages] != ["utter_beschuldigd"]
