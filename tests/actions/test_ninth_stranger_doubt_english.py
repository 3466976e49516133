"""Ninth stranger test (2026-12-02): a doubt after the story ("moet ik dat zeker weten voor ik iets
zeg?") the classifier is unsure about is answered, not asked back as "Bedoel je: je twijfelt of
je dit wel moet vertellen?"; "will he investigate my manager?" in English gets its answer, not
only "I work in Dutch". Real rasa_sdk Tracker and CollectingDispatcher."""

from __future__ import annotations

from actions import actions as a
from bot import content
from tests.actions.test_actions import run, tracker

STORY_TOLD = {"situatie": "discriminatie", "soort": "omgangsvormen", "open_vraag": "check_situatie", "rol": "zelf"}
DOUBT_FIRST = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "twijfel_vertellen", "confidence": 0.28},
               {"name": "faq", "confidence": 0.2}]


def test_an_unsure_doubt_after_the_story_is_answered_not_asked_back():
    trk = tracker("nlu_fallback", "moet ik het echt zeker weten voordat ik iets zeg?", slots=STORY_TOLD,
                  ranking=DOUBT_FIRST)
    messages, events = run(a.ActionDefaultAskAffirmation(), trk)
    assert [m.get("response") for m in messages] == ["utter_twijfel_vertellen"]
    assert not any(m.get("response") == "utter_ask_affirmation" for m in messages)


def test_an_unsure_doubt_before_any_story_is_answered_too():
    trk = tracker("nlu_fallback", "stel ik me nou aan", ranking=DOUBT_FIRST)
    messages, _ = run(a.ActionDefaultAskAffirmation(), trk)
    assert [m.get("response") for m in messages] == ["utter_twijfel_vertellen"]


def test_another_unsure_guess_is_still_asked():
    ranking = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "pesten", "confidence": 0.28}]
    trk = tracker("nlu_fallback", "ze doen raar tegen me", ranking=ranking)
    messages, _ = run(a.ActionDefaultAskAffirmation(), trk)
    assert [m.get("response") for m in messages] == ["utter_ask_affirmation"]


def test_will_he_investigate_my_manager_gets_the_english_answer_that_there_is_no_investigation():
    trk = tracker("engels", "will he investigate my manager?",
                  slots={"engels_gegeven": True, "situatie": "intimidatie", "soort": "omgangsvormen"})
    messages, _ = run(a.ActionEngels(), trk)
    said = " ".join(m.get("text") or "" for m in messages)
    assert "does not investigate" in said
    assert "I work in Dutch" not in said and "{" not in said
    assert content.engels()["contact"].split(";")[0].strip() in " ".join(said.split())
