"""Issue 10: the twenty-fifth stranger test C c04. Her partner called 112 when she stood crying on the
balcony; two police officers and the crisis service are in the living room and she types from the
bathroom, ashamed. The bot gave every help number and "Bel 112", then, to "112 is al HIER ... moet ik
met ze praten?", the text on addressing the other person. Help with her gets: talk to them, honestly.
Real rasa_sdk Tracker and CollectingDispatcher, the real domain."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction, SlotSet

from actions import actions as a
from bot.dialogue import crisis
from tests.actions.test_actions import run, tracker
from tests.texts import text as response_text

FIRST = ("mn vriend heeft net 112 gebeld omdat ik op het balkon stond te huilen en zei dat ik niet meer wilde. "
         "nu zijn er 2 agenten en iemand van de crisisdienst in de woonkamer. ik sta in de badkamer te typen. "
         "ik schaam me dood")
AFTER = "112 is al HIER. lees je wel. moet ik met ze praten? ik wil niet dat mijn werk dit hoort"
CLASSIFIER_ALARM = {"category": None, "rule": "classifier", "level": "alarm"}


def _responses(messages):
    return [m.get("response") for m in messages]


def test_help_in_the_room_gets_talk_to_them_not_the_numbers():
    messages, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", FIRST, crisis=CLASSIFIER_ALARM))
    assert _responses(messages) == ["utter_crisis_hulp_bij_jou"]
    assert SlotSet("crisis_soort", crisis.HULP_BIJ_JOU) in events and SlotSet("crisis_actief", True) in events
    assert events[-1] == FollowupAction("action_listen")  # no "Bel 112", no counsellor hours after it


def test_the_answer_names_no_number_and_says_work_hears_nothing():
    said = response_text("utter_crisis_hulp_bij_jou")
    assert "112" not in said and "113" not in said
    assert "eerlijk" in said and "werk" in said


def _after(text, soort, intent="rol_vraag", last=None):
    events = [{"event": "bot", "metadata": {"utter_action": last}}] if last else []
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.8}, "entities": []}
    trk = Tracker("test", {"crisis_actief": True, "crisis_soort": soort}, latest, events, False, None, {},
                  "action_listen")
    return run(a.ActionCrisisVervolg(), trk)


def test_help_there_told_after_the_general_answer_gets_talk_to_them():
    messages, events = _after(AFTER, "algemeen")
    assert _responses(messages) == ["utter_crisis_hulp_bij_jou"]
    assert SlotSet("crisis_soort", crisis.HULP_BIJ_JOU) in events


def test_a_question_while_the_help_is_there_gets_the_short_answer():
    text = "ze kloppen op de deur. zeg nou gewoon of ik eerlijk moet zijn tegen die mensen"
    messages, _ = _after(text, crisis.HULP_BIJ_JOU, intent="faq")
    assert _responses(messages) == ["utter_crisis_hulp_bij_jou_vervolg"]


def test_help_not_there_yet_is_no_help_with_her():
    assert not crisis.care_with_writer("de politie is er nog niet, ik wil niet meer")
    assert not crisis.care_with_writer("de crisisdienst is er vorige week geweest")
    assert crisis.care_with_writer("de ambulance is er nu") and crisis.care_with_writer(AFTER)


BELGIAN = ("goeienavond. ik werk voor jullie vestiging in antwerpen en woon in mortsel. mijn chef kleineert mij al "
           "maanden. ik zit hier nu te wenen en ik zie het echt niet meer zitten")


def _check_reachable(text, soort="zelfmoord"):
    from actions import afspraak

    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": []}
    events = [{"event": "user", "text": text}, {"event": "bot", "metadata": {"utter_action": "utter_crisis_zelfmoord"}},
              {"event": "bot", "metadata": {"utter_action": "utter_crisis_verder"}}]
    trk = Tracker("test", {"crisis_soort": soort, "crisis_actief": True}, latest, events, False, None, {},
                  "action_listen")
    return run(afspraak.ActionCheckBereikbaarheid(), trk)


def test_someone_in_belgium_gets_the_belgian_line_right_after_the_first_answer(db):
    # C c07: 113 and 0800-0113 six times, numbers that did not work for her
    messages, _ = _check_reachable(BELGIAN)
    assert _responses(messages)[0] == "utter_faq/nummer_buitenland"
    assert "Zelfmoordlijn" in response_text("utter_faq/nummer_buitenland", zelfmoordlijn_belgie_nummer="1813",
                                            zelfmoordlijn_belgie_chat="x", spoed_nummer="112",
                                            zelfmoordpreventie_chat="y", zelfmoordpreventie_nummer="113",
                                            zelfmoordpreventie_gratis_nummer="0800")


def test_someone_in_the_netherlands_gets_no_belgian_line(db):
    messages, _ = _check_reachable("ik zie het echt niet meer zitten, ik woon in utrecht")
    assert "utter_faq/nummer_buitenland" not in _responses(messages)


@pytest.mark.parametrize("text, intent", [
    ("telt het wel? hij heeft me niet verkracht ofzo. andere vrouwen maken veel ergere dingen mee. en het was niet "
     "eens op het werk, het was in de taxi", "crisis"),
    ("je zegt steeds hetzelfde. ik vroeg of het telt als het na de borrel was, buiten het werk", "discriminatie"),
    ("maar geldt dat ook als het in een taxi na een personeelsfeest was?", "crisis"),
])
def test_whether_it_counts_outside_work_gets_its_answer_after_the_sexual_violence_answer(text, intent):
    # C c05: the same block three times, then "Klopt het dat het gaat om discriminatie?"
    messages, _ = _after(text, "seksueel_geweld", intent=intent)
    assert _responses(messages) == ["utter_faq/telt_buiten_werk"]


def test_the_answer_says_it_counts_and_has_to_do_with_work():
    after_assault = response_text("utter_faq/telt_buiten_werk", crisis_soort="seksueel_geweld")
    general = response_text("utter_faq/telt_buiten_werk")
    for said in (after_assault, general):
        assert said.startswith("Ja, het telt.") and "werk" in said and "vertrouwenspersoon" in said
    assert "aanraken" in after_assault and "aanraken" not in general  # a quarrel at the staff party: no touching


@pytest.mark.parametrize("text", ["is er nu hulp hier?", "de ambulance is er al?", "is de politie er al? ik wil dood"])
def test_help_asked_about_is_not_help_said_to_be_there(text):
    assert not crisis.care_with_writer(text)
