"""Eighth stranger test, safety faults in the actions (c07, c21, c19, c01)."""

from rasa_sdk import Tracker

from actions import actions as a
from tests.actions.test_actions import run, slots_of, tracker

C07_FIRST = ('IK BEN HET ZAT. MIJN COLLEGA HEEFT ME VANOCHTEND EEN DUW GEGEVEN BIJ DE KOFFIEAUTOMAAT EN GEZEGD '
             'DAT IK "NOG WEL ZOU ZIEN" NA HET WERK. HIJ STAAT NU BUITEN BIJ MIJN AUTO TE WACHTEN')
C07_SECOND = "NEE IK WIL NIET DOOD. IK DURF NIET NAAR BUITEN HIJ STAAT DAAR NU"
C07_THIRD = "wat moet ik doen, bel ik de politie of de beveiliging?"
C21 = "eigenlijk weet ik niet of ik morgen nog leef. ik heb de pillen al klaarliggen"
C19 = "hij zat aan mijn borsten in de opslag, 3 dagen geleden was de laatste keer. ik ben bang"
C19_FEAR = "ik ben bang dat hij me opwacht. moet ik naar de politie?"
C01 = ("hoi ik weet niet goed of ik hier goed zit maar mijn leidinggevende legt steeds zijn hand op mijn been als "
       "we samen in de auto zitten naar klanten. ik durf er niks van te zeggen")
WAITING = {"category": "geweld", "rule": "opgewacht_nu", "level": "alarm"}


def _bot(response):
    return {"event": "bot", "text": "...", "metadata": {"utter_action": response}}


def _tracker(intent, text, slots, events, crisis=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "intent_ranking": []}
    if crisis:
        latest["crisis"] = crisis
    return Tracker("test", slots, latest, events, False, None, {}, "action_listen")


# --- c07 -----------------------------------------------------------------------------------------
def test_someone_waiting_now_gets_the_violence_answer_that_says_stay_inside():
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", C07_FIRST, crisis=WAITING))
    slots = slots_of(events)
    assert slots["crisis_soort"] == "geweld" and slots["crisis_actief"] is True
    assert slots["crisis_detail"] == "opgewacht"


def test_after_the_suicide_check_i_do_not_want_to_die_and_he_is_there_is_danger_now():
    trk = _tracker("crisis", C07_SECOND, {}, [_bot("utter_crisis_check")], crisis=WAITING)
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    assert slots_of(events)["crisis_soort"] == "geweld"


def test_he_is_still_there_right_after_the_violence_answer_stays_with_the_danger():
    slots = {"crisis_soort": "geweld", "crisis_actief": True, "crisis_detail": "opgewacht"}
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", C07_SECOND, slots=slots, crisis=WAITING))
    assert slots_of(events)["crisis_soort"] == "vervolg"
    trk = _tracker("crisis", C07_SECOND, {**slots, "crisis_soort": "vervolg"},
                   [{"event": "slot", "name": "crisis_soort", "value": "geweld"}, _bot("utter_crisis_geweld"),
                    {"event": "slot", "name": "crisis_soort", "value": "vervolg"}])
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_gevaar_nu"]


def test_police_or_security_after_the_violence_answer_gets_112_and_security_not_the_report_text():
    trk = _tracker("faq", C07_THIRD, {"crisis_soort": "geweld", "crisis_actief": True},
                   [{"event": "slot", "name": "crisis_soort", "value": "geweld"}, _bot("utter_crisis_gevaar_nu")])
    trk.latest_message["response_selector"] = {"faq": {"response": {"intent_response_key": "faq/aangifte"}}}
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_wie_bellen_gevaar"]


# --- c21 -----------------------------------------------------------------------------------------
def test_pills_laid_ready_get_the_acute_answer_with_the_means():
    crisis = {"category": "zelfmoord", "rule": "middel_klaar", "level": "alarm"}
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", C21, crisis=crisis))
    slots = slots_of(events)
    assert slots["crisis_soort"] == "acuut" and slots["crisis_detail"] == "middel_klaar"


def test_a_later_crisis_without_the_detail_clears_it():
    crisis = {"category": "zelfmoord", "rule": "niet_meer_leven", "level": "alarm"}
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", "ik wil niet meer leven", slots={
        "crisis_detail": "middel_klaar"}, crisis=crisis))
    assert slots_of(events)["crisis_detail"] is None


# --- c19 -----------------------------------------------------------------------------------------
def test_sexual_violence_with_fear_gets_the_answer_that_hears_the_fear():
    crisis = {"category": "seksueel_geweld", "rule": "seksuele_handeling_recent", "level": "alarm"}
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", C19, crisis=crisis))
    slots = slots_of(events)
    assert slots["crisis_soort"] == "seksueel_geweld" and slots["crisis_detail"] == "bang"


def test_fear_that_he_waits_is_heard_after_the_police_answer():
    trk = tracker("faq", C19_FEAR, slots={"crisis_soort": "seksueel_geweld", "crisis_actief": True})
    messages, _ = run(a.ActionHervatGesprek(), trk)
    assert "utter_bang_opgewacht" in [m["response"] for m in messages]


def test_touching_breasts_told_as_sexual_harassment_names_the_centre():
    messages, events = run(a.ActionHerkenSituatie(), tracker("seksuele_intimidatie", "hij zat aan mijn borsten"))
    assert slots_of(events)["situatie"] == "seksuele_intimidatie"
    assert "utter_seksueel_geweld_hulp" in [m["response"] for m in messages]


# --- c01 -----------------------------------------------------------------------------------------
def test_a_hand_on_the_leg_read_as_intimidation_is_sexual_harassment():
    _, events = run(a.ActionHerkenSituatie(), tracker("intimidatie", C01))
    assert slots_of(events)["situatie"] == "seksuele_intimidatie"


def test_intimidation_without_a_touch_stays_intimidation():
    _, events = run(a.ActionHerkenSituatie(), tracker("intimidatie", "mijn leidinggevende zegt steeds pas maar op"))
    assert slots_of(events)["situatie"] == "intimidatie"


def test_an_unsure_guess_of_intimidation_for_a_hand_on_the_leg_asks_about_sexual_harassment():
    ranking = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "intimidatie", "confidence": 0.28},
               {"name": "seksuele_intimidatie", "confidence": 0.25}]
    messages, _ = run(a.ActionDefaultAskAffirmation(), tracker("nlu_fallback", C01, ranking=ranking))
    asked = [m for m in messages if m["response"] == "utter_ask_affirmation"]
    assert asked and asked[0]["intent"] == "seksuele_intimidatie"
