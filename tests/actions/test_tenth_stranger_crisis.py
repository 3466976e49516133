"""Tenth stranger test, the two harmful replies: the danger over when help arrives (c05) and the fear
that the one who threatened comes to the writer's home, read as suicidal thoughts (c14)."""

import pytest
from rasa_sdk.events import SlotSet

from actions import actions as a
from bot.dialogue import crisis
from bot.nlu import crisis_patterns
from tests.actions.test_actions import run, tracker
from tests.actions.test_crisis_and_venting_actions import _tracker_with_events

BESIEGED = {"crisis_soort": "geweld", "crisis_actief": True, "crisis_detail": "belaagd"}
CLASSIFIER_ONLY = {"category": None, "rule": "classifier", "level": "alarm"}
UNSURE = {"category": None, "rule": "classifier_twijfel", "level": "check"}


@pytest.mark.parametrize("text", [
    "de politie is er. ze nemen hem mee. ik tril helemaal",
    "politie is er nu, ze hebben hem meegenomen",
    "de beveiliging is er gelukkig, hij wordt afgevoerd",
    "hij is net opgepakt door de politie, ik zit te trillen",
    "de agenten zijn binnen",
    "police is here, they took him",
])
def test_help_arrived_is_read_as_the_danger_over(text):
    assert crisis.help_arrived(text)
    assert crisis.after_crisis_response(text, crisis.GEWELD) == crisis.HULP_IS_ER


@pytest.mark.parametrize("text", [
    "hij bonkt nog steeds op de deur. politie is er nog niet",
    "waar blijft de politie, hij staat er nog",
    "de politie is onderweg maar hij probeert binnen te komen",
    "nog steeds geen politie",
    "de politie is er geweest maar hij komt terug",
])
def test_help_not_there_yet_is_no_end_of_the_danger(text):
    assert not crisis.help_arrived(text)
    assert crisis.after_crisis_response(text, crisis.GEWELD) != crisis.HULP_IS_ER


def test_police_there_read_as_a_crisis_after_the_door_is_a_follow_up_not_the_danger_again():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "de politie is er. ze nemen hem mee. ik tril helemaal",
                            slots=BESIEGED, crisis=CLASSIFIER_ONLY))
    assert events == [SlotSet("crisis_soort", "vervolg")]
    trk = _tracker_with_events("crisis", "de politie is er. ze nemen hem mee. ik tril helemaal",
                               {**BESIEGED, "crisis_soort": "vervolg"},
                               [{"event": "slot", "name": "crisis_soort", "value": "geweld"},
                                {"event": "slot", "name": "crisis_soort", "value": "vervolg"}])
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages][:1] == ["utter_crisis_hulp_is_er"]


@pytest.mark.parametrize("text", [
    "ik ben nu thuis en ik ben bang dat hij langskomt",
    "hij weet waar ik woon, ik ben bang",
    "ik durf niet naar huis, ik ben bang dat hij naar mijn huis komt",
    "ik ben doodsbang dat hij me iets aandoet als hij me vindt",
])
def test_fear_that_he_comes_is_a_threat_not_suicide(text):
    assert crisis.fears_coming(text)
    assert crisis.threat_from_other(text)


@pytest.mark.parametrize("text", [
    "ik ben bang dat ik mijn baan kwijtraak",
    "ik ben bang dat het nooit meer goed komt",
    "ik wil er een eind aan maken, ik ben bang",
])
def test_other_fears_are_not_fear_of_someone_coming(text):
    assert not crisis.fears_coming(text)


def test_afraid_he_comes_home_unsure_crisis_gets_the_safety_answer_not_the_suicide_question():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "ik ben nu thuis en ik ben bang dat hij langskomt",
                            slots={"situatie": "intimidatie"}, crisis=UNSURE))
    assert events == [SlotSet("crisis_soort", crisis.BANG_KOMST), SlotSet("crisis_actief", True)]


def test_a_no_to_the_suicide_question_with_fear_of_him_gets_the_safety_answer():
    text = "nee ik wil geen einde maken aan mijn leven!! ik ben bang voor HEM, dat hij naar mijn huis komt"
    trk = _tracker_with_events("ontkennen", text, {"situatie": "intimidatie"},
                               [{"event": "bot", "text": "x", "metadata": {"utter_action": "utter_crisis_check"}}])
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    assert events == [SlotSet("crisis_soort", crisis.BANG_KOMST), SlotSet("crisis_actief", True)]


def test_the_same_read_as_a_general_crisis_gets_the_safety_answer_not_the_whole_list():
    text = "nee ik wil geen einde maken aan mijn leven!! ik ben bang voor HEM, dat hij naar mijn huis komt"
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", text, slots={"situatie": "intimidatie"},
                                                          crisis=CLASSIFIER_ONLY))
    assert events == [SlotSet("crisis_soort", crisis.BANG_KOMST), SlotSet("crisis_actief", True)]


@pytest.mark.parametrize("text", [
    "nee ik wil geen einde aan mijn leven maken",
    "ik denk er niet aan om een einde aan mijn leven te maken",
])
def test_a_denied_end_of_life_is_no_suicide_alarm(text):
    assert crisis_patterns.match(text) is None or crisis_patterns.match(text).category != "zelfmoord"


@pytest.mark.parametrize("text", [
    "ik wil een einde aan mijn leven maken",
    "ik wil er een eind aan maken",
    "ik wil geen einde aan mijn leven maken maar soms denk ik er wel aan",
])
def test_an_end_of_life_told_stays_the_alarm(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "zelfmoord"


def test_more_told_while_someone_is_at_the_door_stays_with_the_danger():
    # c05 turn 2: read as aggression, it got the category question and then the answer as if over
    messages, events = run(a.ActionHerkenSituatie(),
                           tracker("agressie_geweld",
                                   "ik heb een collega ge-appt die belt 112. het is een klant van ons, hij was "
                                   "vorige week ook al zo", slots=BESIEGED))
    assert [m["response"] for m in messages] == ["utter_crisis_hulp_onderweg"]
    assert not any(e.get("name") == "situatie" for e in events)


def test_at_the_door_and_nothing_about_help_gets_the_short_danger_answer():
    messages, _ = run(a.ActionHerkenSituatie(),
                      tracker("agressie_geweld", "het is een klant van ons, hij was vorige week ook al zo",
                              slots=BESIEGED))
    assert [m["response"] for m in messages] == ["utter_crisis_gevaar_nu_kort"]


def test_at_the_door_then_safe_is_no_longer_the_danger():
    messages, _ = run(a.ActionHerkenSituatie(),
                      tracker("agressie_geweld", "hij is weg, ik zit bij mijn collega", slots=BESIEGED))
    assert "utter_crisis_gevaar_nu_kort" not in [m.get("response") for m in messages]


def test_police_there_read_as_a_situation_after_the_door_ends_the_danger():
    messages, events = run(a.ActionHerkenSituatie(),
                           tracker("agressie_geweld", "de agenten zijn er nu en ze hebben hem meegenomen",
                                   slots=BESIEGED))
    assert [m["response"] for m in messages] == ["utter_crisis_hulp_is_er"]
    assert SlotSet("crisis_actief", False) in events


def test_help_called_read_as_a_crisis_again_at_the_door_is_a_follow_up():
    text = "mijn collega heeft de politie gebeld. hij is hier al eerder geweest"
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", text, slots=BESIEGED, crisis=CLASSIFIER_ONLY))
    assert events == [SlotSet("crisis_soort", "vervolg")]
    trk = _tracker_with_events("crisis", text, {**BESIEGED, "crisis_soort": "vervolg"},
                               [{"event": "slot", "name": "crisis_soort", "value": "geweld"},
                                {"event": "slot", "name": "crisis_soort", "value": "vervolg"}])
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_hulp_onderweg"]


def test_a_request_to_pass_on_with_an_unsure_classifier_is_answered_not_guessed():
    # conversation set verzoek_03 on the merged model: "Bedoel je: je hebt een vraag over de VP?"
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "faq", "confidence": 0.3}]
    text = "kun je aan mijn teamleider doorgeven dat ik me ziek meld, ik durf niet meer naast hem te werken"
    messages, _ = run(a.ActionDefaultAskAffirmation(), tracker("nlu_fallback", text, ranking=ranking))
    assert [m["response"] for m in messages] == ["utter_doorgeven"]
