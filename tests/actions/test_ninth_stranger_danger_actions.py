"""Ninth stranger test c28 in the actions: someone at the door of one's home, now.

Before: the first message (a dismissed ex-colleague at her front door, "ik durf niet te bellen hij
hoort me") got the category question and the police's non-emergency number; "hij bonkt op de deur"
the gentle suicide check. Needed: danger now (112, also whispering, do not open, a room that locks,
a neighbour calls), no category question and no suicide question while the danger goes on.
"""

from rasa_sdk import Tracker

from actions import actions as a
from tests.actions.test_actions import run, slots_of, tracker
from tests.texts import response_variants

C28_FIRST = ("die ontslagen ex-collega staat voor mijn voordeur, ik ben alleen thuis. "
             "ik durf niet te bellen hij hoort me")
AT_THE_DOOR = {"category": "geweld", "rule": "belaagd_aanwezig", "level": "alarm"}
BANGING = {"category": "geweld", "rule": "belaagd_nu", "level": "alarm"}
VIOLENCE_GOING_ON = {"crisis_actief": True, "crisis_soort": "geweld", "crisis_detail": "belaagd"}


def _bot(response):
    return {"event": "bot", "text": "...", "metadata": {"utter_action": response}}


def _tracker(intent, text, slots, events, crisis=None, confidence=0.9):
    latest = {"text": text, "intent": {"name": intent, "confidence": confidence}, "entities": [],
              "intent_ranking": [{"name": intent, "confidence": confidence}]}
    if crisis:
        latest["crisis"] = crisis
    return Tracker("test", slots, latest, events, False, None, {}, "action_listen")


def _after_violence_answer():
    return [{"event": "slot", "name": "crisis_soort", "value": "geweld"}, _bot("utter_crisis_geweld")]


def test_someone_at_the_front_door_gets_the_violence_answer_for_danger_at_the_door():
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", C28_FIRST, crisis=AT_THE_DOOR))
    slots = slots_of(events)
    assert slots["crisis_soort"] == "geweld" and slots["crisis_actief"] is True
    assert slots["crisis_detail"] == "belaagd"


def test_the_answer_for_danger_at_the_door_says_112_whispering_do_not_open_a_room_that_locks_a_neighbour():
    variant = next(v for v in response_variants("utter_crisis_geweld")
                   if {"type": "slot", "name": "crisis_detail", "value": "belaagd"} in (v.get("condition") or []))
    said = variant["text"]
    assert "{spoed_nummer}" in said and "fluister" in said and "niet open" in said
    assert "op slot" in said and "buur" in said
    assert "{politie_geen_spoed_nummer}" not in said and "Klopt het" not in said


def test_banging_right_after_the_violence_answer_is_the_danger_now_not_the_block_again():
    trk = _tracker("crisis", "hij bonkt op de deur", dict(VIOLENCE_GOING_ON), _after_violence_answer(), crisis=BANGING)
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    assert slots_of(events)["crisis_soort"] == "vervolg"
    trk = _tracker("crisis", "hij bonkt op de deur", {**VIOLENCE_GOING_ON, "crisis_soort": "vervolg"},
                   [*_after_violence_answer(), {"event": "slot", "name": "crisis_soort", "value": "vervolg"}])
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_gevaar_nu"]


def test_banging_that_only_the_classifier_doubts_is_no_suicide_check():
    # before: "Gaat het wel goed met je? ... denk je erover om er niet meer te zijn?"
    check = {"category": None, "rule": "classifier", "level": "check"}
    trk = _tracker("crisis", "hij staat voor mijn deur", {"situatie": "intimidatie"}, [], crisis=check, confidence=0.4)
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    slots = slots_of(events)
    assert slots["crisis_soort"] == "geweld" and slots["crisis_detail"] == "belaagd"


def test_he_waits_outside_after_a_threat_was_told_read_as_a_situation_is_danger_now():
    # intimidation told (no crisis yet); "hij wacht buiten" read as intimidation again: not "Klopt het?"
    slots = {"situatie": "intimidatie", "open_vraag": "check_situatie"}
    trk = _tracker("intimidatie", "hij wacht buiten", slots, [], confidence=0.6)
    messages, events = run(a.ActionHerkenSituatie(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_gevaar_nu"]
    got = slots_of(events)
    assert got["crisis_soort"] == "geweld" and got["crisis_actief"] is True and "open_vraag" not in got
    assert {"event": "followup", "timestamp": None, "name": "action_listen"} in events


def test_he_stands_at_my_door_after_a_threat_read_as_unclear_is_danger_now():
    slots = {"situatie": "agressie_geweld"}
    trk = _tracker("nlu_fallback", "hij staat beneden bij de voordeur", slots, [], confidence=0.3)
    messages, events = run(a.ActionDefaultAskAffirmation(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_gevaar_nu"]
    assert slots_of(events)["crisis_soort"] == "geweld"


def test_cannot_call_after_the_answer_for_danger_at_the_door_gets_whisper_and_neighbour():
    trk = _tracker("nlu_fallback", "ik durf niet te bellen hij hoort me", dict(VIOLENCE_GOING_ON),
                   _after_violence_answer(), confidence=0.3)
    messages, _ = run(a.ActionDefaultAskAffirmation(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_niet_bellen_geweld"]
    said = " ".join(v["text"] for v in response_variants("utter_crisis_niet_bellen_geweld"))
    assert "fluister" in said and "buur" in said and "niet open" in said


def test_at_the_door_last_week_after_a_threat_is_the_normal_answer():
    slots = {"situatie": "intimidatie", "open_vraag": "check_situatie"}
    trk = _tracker("intimidatie", "hij stond vorige week ook al voor mijn deur", slots, [], confidence=0.8)
    messages, events = run(a.ActionHerkenSituatie(), trk)
    assert "utter_crisis_gevaar_nu" not in [m.get("response") for m in messages]
    assert "crisis_actief" not in slots_of(events)


def test_a_blow_at_the_door_read_as_violence_now_right_after_the_violence_answer_is_the_danger_now():
    violence_now = {"category": "geweld", "rule": "geweld_nu", "level": "alarm"}
    trk = _tracker("crisis", "nu slaat hij met zijn vuist tegen de voordeur", dict(VIOLENCE_GOING_ON),
                   _after_violence_answer(), crisis=violence_now)
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    assert slots_of(events)["crisis_soort"] == "vervolg"
