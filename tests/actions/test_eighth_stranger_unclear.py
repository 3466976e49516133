"""Eighth stranger test (2026-12-01): an unclear follow-up once the matter is known gets what the
bot can say about it, not the intake again (c16 "en die whisky?", c28 "dus mag het of niet?"
went to "Vertel het gerust in je eigen woorden ... overkwam het jou?"); "dus mag het of niet?"
after a side job is answered from the matter. Real rasa_sdk Tracker and CollectingDispatcher."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests.actions.domain import DOMAIN

SIDE_JOB = {"situatie": "nevenwerkzaamheden", "situatie_label": "belangenverstrengeling", "soort": "integriteit",
            "rol": "zelf"}


def _tracker(text, intent, slots=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.3}, "entities": [],
              "intent_ranking": [{"name": intent, "confidence": 0.3}, {"name": "ontkennen", "confidence": 0.2},
                                 {"name": "vraag_opties", "confidence": 0.17}]}
    return Tracker("c28", dict(slots or {}), latest, [], False, None, {}, "action_listen")


def _run(action, trk):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, trk, DOMAIN)
    return [m.get("response") for m in dispatcher.messages], events


def test_an_unclear_follow_up_once_the_matter_is_known_is_no_restart_of_the_intake():
    said, _ = _run(a.ActionDefaultAskAffirmation(), _tracker("hoe zit dat dan", "nlu_fallback", SIDE_JOB))
    assert said == ["utter_vervolg_onduidelijk"]
    assert "utter_vaag_hulp" not in said


def test_a_vague_question_once_the_matter_is_known_gets_the_options_not_a_question_back():
    trk = _tracker("uh en dan?", "nlu_fallback", SIDE_JOB)
    trk.latest_message["intent_ranking"] = [{"name": "nlu_fallback", "confidence": 0.3},
                                            {"name": "faq", "confidence": 0.25}]
    said, _ = _run(a.ActionDefaultAskAffirmation(), trk)
    assert said == ["utter_vervolg_onduidelijk"]


def test_a_vague_question_before_any_matter_still_gets_the_check():
    trk = _tracker("uh en dan?", "nlu_fallback")
    trk.latest_message["intent_ranking"] = [{"name": "nlu_fallback", "confidence": 0.3},
                                            {"name": "faq", "confidence": 0.25}]
    said, _ = _run(a.ActionDefaultAskAffirmation(), trk)
    assert said == ["utter_ask_affirmation"]


def test_an_unclear_first_message_still_gets_help_to_tell_it():
    said, _ = _run(a.ActionDefaultAskAffirmation(), _tracker("gedoe op werk", "nlu_fallback"))
    assert said == ["utter_vaag_hulp"]


def test_the_unclear_follow_up_offers_the_options():
    buttons = DOMAIN["responses"]["utter_vervolg_onduidelijk"][0]["buttons"]
    options = DOMAIN["responses"]["utter_vraag_opties"][0]["buttons"]
    assert [b["payload"] for b in buttons] == [b["payload"] for b in options]


def test_whether_it_is_allowed_after_a_side_job_is_answered_from_the_matter():
    said, _ = _run(a.ActionBeantwoordRolvraag(), _tracker("dus mag het of niet?", "rol_vraag", SIDE_JOB))
    assert said == ["utter_faq/ongelijke_behandeling_mag_niet"]


def test_a_manager_unsure_between_the_manager_answer_and_an_faq_gets_the_managers_answer():
    # after the retrain with the eighth test's FAQ examples, "mag ik die collega erop aanspreken?"
    # from a manager fell between faq (0.48) and leidinggevende_klacht (0.44): "Bedoel je ...?"
    told = {"event": "user", "text": "ik ben teamleider en kreeg een klacht",
            "parse_data": {"intent": {"name": "leidinggevende_klacht", "confidence": 0.9}}}
    latest = {"text": "mag ik die collega er gewoon op aanspreken?", "intent": {"name": "nlu_fallback"},
              "entities": [], "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3},
                                                 {"name": "faq", "confidence": 0.48},
                                                 {"name": "leidinggevende_klacht", "confidence": 0.44}]}
    trk = Tracker("m1", {}, latest, [told], False, None, {}, "action_listen")
    said, _ = _run(a.ActionDefaultAskAffirmation(), trk)
    assert said == ["utter_rolvraag_leidinggevende"]
    trk = Tracker("m2", {}, latest, [], False, None, {}, "action_listen")  # nobody said they manage
    said, _ = _run(a.ActionDefaultAskAffirmation(), trk)
    assert said == ["utter_ask_affirmation"]
