"""Issue 10: the twenty-sixth stranger test B c03. The bus driver's story itself ("... zei dat hij me
vanavond opwacht bij de eindhalte. ik moet vanavond weer rijden. ik ben echt bang") gets the answer on
staying safe tonight before the matter is checked; a story without a later threat does not. Real
rasa_sdk Tracker and CollectingDispatcher, the real domain."""

from __future__ import annotations

from actions import actions as a
from tests.actions.test_actions import run, tracker
from tests.texts import text as response_text

STORY = ("ik ben buschauffeur. vanmiddag heeft een passagier me in mijn gezicht gespuugd en gezegd dat hij me "
         "vanavond opwacht bij de eindhalte. ik moet vanavond weer rijden. ik ben echt bang")
PAST = "ik ben buschauffeur. vanmiddag heeft een passagier me in mijn gezicht gespuugd. ik baal er nog van"


def _responses(messages):
    return [m.get("response") for m in messages]


def test_the_story_with_a_threat_for_tonight_gets_staying_safe_first():
    messages, _ = run(a.ActionHerkenSituatie(), tracker("agressie_geweld", STORY))
    assert _responses(messages)[:1] == ["utter_crisis_dreiging_later"]


def test_a_story_without_a_later_threat_gets_no_such_answer():
    messages, _ = run(a.ActionHerkenSituatie(), tracker("agressie_geweld", PAST))
    assert "utter_crisis_dreiging_later" not in _responses(messages)


def test_the_side_question_gets_the_same_text_as_the_crisis_answer_for_a_threat_for_later():
    said = response_text("utter_faq/veilig_straks")
    assert said == response_text("utter_crisis_dreiging_later")
    assert "{spoed_nummer}" in said and "leidinggevende" in said and "aangifte" in said


def _checked(text, story, situatie="intimidatie"):
    from rasa_sdk import Tracker

    from bot.dialogue import resume
    events = [{"event": "user", "text": story, "parse_data": {}},
              {"event": "bot", "text": "Bedoel je ...?", "metadata": {"utter_action": "utter_ask_affirmation"}},
              {"event": "user", "text": text, "parse_data": {}}]
    latest = {"text": text, "intent": {"name": "bevestigen", "confidence": 0.9}, "entities": []}
    trk = Tracker("test", {"situatie": situatie, "open_vraag": resume.CHECK_SITUATIE}, latest, events, False, None,
                  {}, "action_listen")
    return run(a.ActionKiesSituatie(), trk)


def test_the_yes_to_the_check_of_a_story_with_a_threat_for_tomorrow_gets_what_to_do_until_then():
    story = ('ik rij bus. hij spuugde tegen het glas en zei "morgen sta ik bij de eindhalte op je te wachten, ik weet '
             'hoe laat je rijdt"')
    messages, _ = _checked("ja denk het. hij bedreigde me gewoon", story)
    assert _responses(messages) == ["utter_crisis_dreiging_later"]


def test_the_yes_to_the_check_of_a_story_without_a_later_threat_gets_nothing_extra():
    messages, _ = _checked("ja", "mijn teamleider kleineert me waar iedereen bij is")
    assert _responses(messages) == []


def test_the_yes_that_tells_a_threat_for_tomorrow_gets_the_violence_answer_for_later():
    # B c01 replayed: "ja denk het. hij bedreigde me gewoon. ik moet morgen weer die lijn rijden" (an unsure
    # crisis read) got the safety check, not what to do until tomorrow
    from rasa_sdk.events import SlotSet

    from bot.dialogue import crisis
    text = "ja denk het. hij bedreigde me gewoon. ik moet morgen weer die lijn rijden om 7 uur en ik slaap er niet van"
    check = {"category": None, "rule": "classifier", "level": "check"}
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", text, crisis=check))
    assert SlotSet("crisis_soort", crisis.GEWELD) in events and SlotSet("crisis_detail", crisis.LATER) in events


def test_alone_said_while_he_waits_outside_stays_with_the_danger():
    from bot.dialogue import crisis
    assert crisis.stays_with_danger("ik ben alleen hier")
    assert not crisis.stays_with_danger("ik ben alleen thuis, hij is weg")


def test_going_to_work_asked_after_the_answer_for_a_threat_later_gets_that_answer_not_the_same_block():
    # B c01 replayed: "maar wat moet ik met morgen?? moet ik gewoon gaan rijden of me ziek melden" got the
    # block for a threat later a second time
    from rasa_sdk import Tracker
    text = ("nee nu niet in gevaar ik ben thuis. maar wat moet ik met morgen?? moet ik gewoon gaan rijden of me "
            "ziek melden")
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.8}, "entities": []}
    events = [{"event": "bot", "metadata": {"utter_action": "utter_crisis_geweld"}}]
    trk = Tracker("t", {"crisis_actief": True, "crisis_soort": "geweld", "crisis_detail": "later"}, latest, events,
                  False, None, {}, "action_listen")
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert _responses(messages) == ["utter_faq/weer_werken"]
