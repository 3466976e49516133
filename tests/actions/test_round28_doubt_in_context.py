"""Issue 10: the twenty-seventh stranger test. A doubt is answered for what was told before it:
fear or playing down after a threat for later gets the safety until then ("ik ben een beetje bang
voor straks", recheck A c06; "zal wel bluf zijn", recheck A c07), and "is het nou normaal wat hij
deed?" after a story of undesirable behaviour is answered plainly (C09), also with "ik wil geen
gesprek plannen". Without that context the doubt answer stays. Real rasa_sdk Tracker and
CollectingDispatcher, the real domain."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import actions as a
from tests.actions.test_actions import run
from tests.texts import text as response_text

THREAT = "een klant zei dat hij vanavond om 9 uur bij de uitgang op me staat te wachten"
STORY = "mijn teamleider schreeuwde me uit waar het hele team bij was, dat doet hij vaker"


def _tracker(text, told, intent="twijfel_vertellen", situatie=None, bot_said=(), **slots):
    events = [{"event": "user", "text": said, "parse_data": {}} for said in told]
    events += [{"event": "bot", "text": "...", "metadata": {"utter_action": name}} for name in bot_said]
    events.append({"event": "user", "text": text, "parse_data": {}})
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    return Tracker("test", {"situatie": situatie, **slots}, latest, events, False, None, {}, "action_listen")


def _responses(action, trk):
    messages, _ = run(action, trk)
    return [m.get("response") for m in messages]


def test_fear_after_a_threat_for_tonight_gets_staying_safe_not_the_doubt_answer():
    trk = _tracker("ik ben een beetje bang voor straks eigenlijk", [THREAT], situatie="agressie_geweld")
    assert _responses(a.ActionBeantwoordTwijfel(), trk) == ["utter_faq/veilig_straks"]


def test_fear_after_the_safety_answer_was_given_gets_the_short_form():
    trk = _tracker("je zegt precies hetzelfde. ik ben een beetje bang voor straks eigenlijk", [THREAT],
                   situatie="agressie_geweld", bot_said=["utter_crisis_dreiging_later"])
    assert _responses(a.ActionBeantwoordTwijfel(), trk) == ["utter_crisis_bang_voor_straks"]
    said = response_text("utter_crisis_bang_voor_straks")
    assert "{spoed_nummer}" in said and "niet alleen" in said and said != response_text("utter_crisis_dreiging_later")


def test_playing_the_threat_down_gets_staying_safe():
    told = ["hij zei dat hij me morgen pakt bij de parkeergarage"]
    trk = _tracker("zal wel bluf zijn. of overdrijf ik?", told, situatie="intimidatie")
    assert _responses(a.ActionBeantwoordTwijfel(), trk) == ["utter_faq/veilig_straks"]


def test_a_doubt_without_a_threat_told_gets_the_doubt_answer():
    trk = _tracker("ik weet niet of ik dit wel moet zeggen", [])
    assert _responses(a.ActionBeantwoordTwijfel(), trk) == ["utter_twijfel_vertellen"]


def test_a_threat_to_ones_job_is_no_threat_for_later():
    told = ["mijn baas dreigde dat ik morgen ontslagen word als ik klaag"]
    trk = _tracker("ben ik bang voor niks?", told, situatie="intimidatie")
    assert _responses(a.ActionBeantwoordTwijfel(), trk) != ["utter_faq/veilig_straks"]


def test_is_it_normal_after_a_story_of_humiliation_is_answered_plainly():
    trk = _tracker("is het nou normaal wat hij deed of ben ik overgevoelig? ja of nee", [STORY], situatie="pesten")
    assert _responses(a.ActionBeantwoordTwijfel(), trk) == ["utter_niet_normaal"]
    assert "niet normaal" in response_text("utter_niet_normaal")


def test_is_it_normal_about_an_integrity_matter_gets_the_doubt_answer():
    # the counsellor does not judge whether a declaration was right; only how one is treated
    trk = _tracker("is het normaal wat hij declareert?", ["mijn baas declareert zijn etentjes"], situatie="fraude")
    assert _responses(a.ActionBeantwoordTwijfel(), trk) == ["utter_twijfel_vertellen"]


def test_no_talk_but_hear_it_is_not_normal_gets_that_said():
    text = "ja, maar ik wil ook geen gesprek plannen. ik wil alleen dat iemand zegt dat dit niet normaal is van hem"
    trk = _tracker(text, [STORY], intent="geen_stap_willen", situatie="pesten")
    assert _responses(a.ActionGeenStap(), trk) == ["utter_niet_normaal"]


def test_no_step_without_that_wish_stays_no_step():
    trk = _tracker("ik wil geen gesprek plannen", [STORY], intent="geen_stap_willen", situatie="pesten")
    assert _responses(a.ActionGeenStap(), trk) == ["utter_geen_stap_willen"]
