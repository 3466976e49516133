"""Sixth stranger test (2026-12-01), issue 10: a follow-up question only the person's role
answers (intent rol_vraag, bot/dialogue/roles.py), with a real rasa_sdk Tracker and
CollectingDispatcher; and the role follows what the person says about themselves."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests.actions.domain import DOMAIN


def _tracker(text, intent="rol_vraag", slots=None, events=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.6}, "entities": []}
    return Tracker("rollen", dict(slots or {}), latest, list(events or []), False, None, {}, "action_listen")


def _run(action, trk):
    dispatcher = CollectingDispatcher()
    events = action.run(dispatcher, trk, DOMAIN)
    return [m["response"] for m in dispatcher.messages], {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def _answer(text, **slots):
    return _run(a.ActionBeantwoordRolvraag(), _tracker(text, slots=slots))


def test_a_manager_who_asks_whether_to_step_in_gets_the_managers_answer_not_the_witness_one():
    # c07: "mag ik dan wel ingrijpen zonder haar toestemming?" after the manager's question
    messages, slots = _answer("mag ik dan wel ingrijpen zonder haar toestemming?", rol="leidinggevende")
    assert messages == ["utter_rolvraag_leidinggevende"]
    assert slots == {}


def test_a_manager_who_says_so_is_a_manager_from_then_on():
    # c07: "ik ben zelf geen getuige, ik ben haar leidinggevende. mijn vraag is of ik mag ingrijpen"
    messages, slots = _answer("ik ben zelf geen getuige, ik ben haar leidinggevende. mag ik ingrijpen?",
                              rol="getuige")
    assert messages == ["utter_rolvraag_leidinggevende"]
    assert slots == {"rol": "leidinggevende"}


def test_a_witness_of_fuel_card_misuse_gets_the_integrity_dilemma():
    # c17: "moet ik het melden? hij is wel een vriend van me" after diefstal was confirmed
    messages, _ = _answer("moet ik het melden? hij is wel een vriend van me", situatie="diefstal",
                          soort="integriteit", rol="getuige")
    assert messages == ["utter_rolvraag_integriteit"]


def test_a_witness_of_unwanted_behaviour_leaves_the_choice_to_the_one_it_happened_to():
    messages, _ = _answer("ik zag dat hij haar sloeg. wat moet ik daarmee?", situatie="seksuele_intimidatie",
                          soort="omgangsvormen", rol="getuige")
    assert messages == ["utter_rolvraag_getuige"]


def test_hr_asking_to_see_appointments_hears_no_names_and_what_the_bot_stores():
    # c25
    messages, slots = _answer("Ik ben HR-adviseur. Kan ik via jou zien wie er afspraken heeft gemaakt?")
    assert messages == ["utter_rolvraag_inzage", "utter_faq/wat_bewaart_bot"]
    assert slots == {"rol": "hr"}


def test_hr_asking_again_right_after_gets_the_no_without_the_storage_answer_again():
    before = [{"event": "user", "text": "...", "parse_data": {"intent": {"name": "rol_vraag"}}},
              {"event": "bot", "text": "Nee ...", "metadata": {"utter_action": "utter_rolvraag_inzage"}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_faq/wat_bewaart_bot"}},
              {"event": "action", "name": "action_listen"},
              {"event": "user", "text": "dus HR krijgt geen overzicht?", "parse_data": {}}]
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _tracker("dus HR krijgt geen overzicht?", slots={"rol": "hr"}, events=before))
    assert messages == ["utter_rolvraag_inzage"]


def test_the_accused_who_wants_the_vp_to_find_out_who_said_it():
    # c09
    messages, _ = _answer("kan de vertrouwenspersoon dat voor mij uitzoeken? ik wil weten wie het gezegd heeft",
                          rol="beschuldigd")
    assert messages == ["utter_rolvraag_uitzoeken"]


def test_the_accused_who_asks_about_a_lawyer_in_the_first_message_hears_both():
    # c30: "ik ben beschuldigd ... moet ik een advocaat nemen?"
    messages, slots = _answer("hallo ik ben beschuldigd van seksuele intimidatie door een collega. "
                              "moet ik een advocaat nemen?")
    # (the accused's answer already says hoor en wederhoor: the legal answer without it)
    assert messages == ["utter_beschuldigd", "utter_rolvraag_juridisch"]
    assert slots == {"rol": "beschuldigd"}


def test_every_role_answer_exists_in_the_domain():
    from bot.dialogue import roles
    responses = set(DOMAIN["responses"])
    for name in set(roles._ANSWERS.values()) | {"utter_rolvraag_integriteit"}:
        assert name in responses or name.startswith("utter_faq/"), name


def test_a_new_role_said_in_a_story_is_not_overwritten_by_witness_wording():
    # a manager who tells what a team member went through stays the manager
    latest = {"text": "een medewerker van mij wordt door een collega geintimideerd",
              "intent": {"name": "intimidatie", "confidence": 0.9}, "entities": []}
    trk = Tracker("rollen", {"rol": "leidinggevende"}, latest, [], False, None, {}, "action_listen")
    _, slots = _run(a.ActionHerkenSituatie(), trk)
    assert slots.get("rol", "leidinggevende") == "leidinggevende"

def test_no_answer_from_the_counsellor_gets_the_other_ways_not_the_privacy_answer():
    # c27: "wrm reageren jullie nooit op mn mail, ik heb al 3x gemaild naar de vp"
    messages, slots = _answer("wrm reageren jullie nooit op mn mail, ik heb al 3x gemaild naar de vp")
    assert messages == ["utter_vp_geen_reactie"] and slots == {}


def test_a_second_matter_seen_happen_to_someone_else_gets_the_witness_answer_not_the_first_matters():
    # c28: after fraud (integrity) was confirmed, "ik zag dat de directeur een stagiaire op haar
    # billen sloeg. wat moet ik daarmee?": the question is about what the writer saw
    latest = {"text": "ik bedoel: ik zag dat de directeur een stagiaire op haar billen sloeg. wat moet ik daarmee?",
              "intent": {"name": "rol_vraag", "confidence": 0.6}, "entities": [],
              "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "faq", "confidence": 0.29},
                                 {"name": "seksuele_intimidatie", "confidence": 0.18},
                                 {"name": "leidinggevende_klacht", "confidence": 0.17}]}
    trk = Tracker("rollen", {"rol": "zelf", "situatie": "fraude", "soort": "integriteit"}, latest, [], False,
                  None, {}, "action_listen")
    messages, slots = _run(a.ActionBeantwoordRolvraag(), trk)
    assert messages == ["utter_rolvraag_getuige"] and slots == {}


def _relabelled(text, original, key=None, slots=None):
    latest = {"text": text, "intent": {"name": "rol_vraag", "confidence": 0.6}, "entities": [],
              "rol_vraag_van": original}
    if key:
        latest["response_selector"] = {"faq": {"response": {"intent_response_key": f"faq/{key}",
                                                            "utter_action": f"utter_faq/{key}"}}}
    return Tracker("rollen", dict(slots or {}), latest, [], False, None, {}, "action_listen")


def test_the_classifiers_answer_written_for_that_dilemma_stays():
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _relabelled("moet ik dit bij mijn leidinggevende melden?", "faq", "melden_bij_manager",
                                   {"rol": "getuige", "soort": "omgangsvormen"}))
    assert messages == ["utter_faq/melden_bij_manager"]


def test_another_roles_answer_gives_way():
    # c07: the witness answer to a manager
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _relabelled("mag ik dan wel ingrijpen zonder haar toestemming?", "faq", "getuige",
                                   {"rol": "leidinggevende"}))
    assert messages == ["utter_rolvraag_leidinggevende"]


def test_not_wanting_to_act_stays_that_answer_outside_an_integrity_matter():
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _relabelled("moet ik het melden of mag ik het ook laten?", "geen_stap_willen",
                                   slots={"soort": "omgangsvormen", "crisis_soort": "geweld"}))
    assert messages == ["utter_geen_stap_willen"]
    # c17: "moet ik hem aangeven of niet? ik wil hem niet in de problemen brengen" about fuel cards
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _relabelled("moet ik hem aangeven of niet? ik wil hem niet in de problemen brengen",
                                   "geen_stap_willen", slots={"soort": "integriteit", "situatie": "diefstal"}))
    assert messages == ["utter_rolvraag_integriteit"]


def test_a_faint_situation_guess_does_not_change_the_matter_told():
    # c17: "moet ik het melden? hij is wel een vriend van me" (faq 0.84, nevenwerkzaamheden 0.05)
    latest = {"text": "moet ik het melden? hij is wel een vriend van me", "entities": [],
              "intent": {"name": "rol_vraag", "confidence": 0.6}, "rol_vraag_van": "faq",
              "intent_ranking": [{"name": "faq", "confidence": 0.84}, {"name": "pesten", "confidence": 0.05}]}
    trk = Tracker("rollen", {"situatie": "diefstal", "soort": "integriteit"}, latest, [], False, None, {},
                  "action_listen")
    messages, _ = _run(a.ActionBeantwoordRolvraag(), trk)
    assert messages == ["utter_rolvraag_integriteit"]


def _manager_faq_event():
    return {"event": "user", "text": "ik ben leidinggevende en kreeg een klacht",
            "parse_data": {"intent": {"name": "faq"}, "response_selector": {"faq": {"response": {
                "intent_response_key": "faq/leidinggevende_krijgt_melding"}}}}}


def test_a_manager_known_from_the_manager_answer_gets_the_managers_answer():
    # the manager's question answered as an FAQ (not the intent): "moet ik het niet gewoon met die
    # collega bespreken?" is no "zelf aanspreken" question then
    latest = {"text": "moet ik het niet gewoon met die collega bespreken?", "entities": [],
              "intent": {"name": "rol_vraag", "confidence": 0.6}, "rol_vraag_van": "faq",
              "response_selector": {"faq": {"response": {"intent_response_key": "faq/zelf_aanspreken"}}}}
    trk = Tracker("rollen", {}, latest, [_manager_faq_event()], False, None, {}, "action_listen")
    messages, slots = _run(a.ActionBeantwoordRolvraag(), trk)
    assert messages == ["utter_rolvraag_leidinggevende"] and slots == {"rol": "leidinggevende"}


def test_the_managers_answer_asked_again_gets_the_short_answer():
    # c07: asked three times in other words; the second time the short consent-and-safety answer
    given = [{"event": "bot", "text": "Goede vraag. ...",
              "metadata": {"utter_action": "utter_rolvraag_leidinggevende"}}]
    trk = _tracker("mag ik dan wel ingrijpen zonder haar toestemming?", slots={"rol": "leidinggevende"}, events=given)
    messages, _ = _run(a.ActionBeantwoordRolvraag(), trk)
    assert messages == ["utter_faq/leidinggevende_hr"]


def test_the_storage_answer_comes_once_in_a_conversation_about_seeing_appointments():
    # c25: asked again after another turn in between, the "no" comes without the storage answer
    before = [{"event": "bot", "text": "...", "metadata": {"utter_action": "utter_faq/wat_bewaart_bot"}},
              {"event": "user", "text": "/out_of_scope", "parse_data": {}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_vaag_hulp"}},
              {"event": "user", "text": "krijgt HR een overzicht van de afspraken, ja of nee", "parse_data": {}}]
    messages, _ = _run(a.ActionBeantwoordRolvraag(),
                       _tracker("krijgt HR een overzicht van de afspraken, ja of nee", slots={"rol": "hr"},
                                events=before))
    assert messages == ["utter_rolvraag_inzage"]
