"""Eighth stranger test, safety faults (c07, c21, c19, c01): pure functions.

c07: someone waiting at the car now, after a push and a threat, in capitals, got the gentle suicide
check; "NEE IK WIL NIET DOOD. IK DURF NIET NAAR BUITEN HIJ STAAT DAAR NU" the suicide answer; "bel
ik de politie of de beveiliging?" the general police text.
c21: "ik heb de pillen al klaarliggen" got the answer for passing thoughts, not the acute one.
c19: "hij zat aan mijn borsten ... 3 dagen geleden" was no sexual violence; "ik ben bang" unheard.
c01: a hand on the leg was read as intimidation, not sexual harassment.
"""

import pytest

from bot.dialogue import crisis, situations
from bot.nlu import crisis_patterns

C07_FIRST = ('IK BEN HET ZAT. MIJN COLLEGA HEEFT ME VANOCHTEND EEN DUW GEGEVEN BIJ DE KOFFIEAUTOMAAT EN GEZEGD '
             'DAT IK "NOG WEL ZOU ZIEN" NA HET WERK. HIJ STAAT NU BUITEN BIJ MIJN AUTO TE WACHTEN')
C07_SECOND = "NEE IK WIL NIET DOOD. IK DURF NIET NAAR BUITEN HIJ STAAT DAAR NU"
C07_THIRD = "wat moet ik doen, bel ik de politie of de beveiliging?"
C21 = "eigenlijk weet ik niet of ik morgen nog leef. ik heb de pillen al klaarliggen"
C19 = "hij zat aan mijn borsten in de opslag, 3 dagen geleden was de laatste keer. ik ben bang"
C19_FEAR = "ik ben bang dat hij me opwacht. moet ik naar de politie?"


# --- c07: someone waits for you now ------------------------------------------------------------
@pytest.mark.parametrize("text", [
    C07_FIRST, C07_FIRST.lower(), C07_SECOND,
    "mijn teamleider dreigde dat hij me na de dienst te grazen neemt en nu wacht hij buiten bij de uitgang",
    "een klant heeft me bedreigd en staat nu op de parkeerplaats bij mijn fiets te wachten",
    "ik durf niet naar buiten, die man van vanmiddag staat nog bij de poort",
    "hij heeft me vandaag geslagen en nu wacht hij me op bij mijn auto",
])
def test_someone_waiting_for_you_now_after_a_threat_is_danger_now(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "geweld"
    assert crisis_patterns.waiting_now(text)


@pytest.mark.parametrize("text", [
    "mijn collega staat buiten bij mijn auto te wachten, we rijden samen naar de klant",
    "hij staat nu buiten te roken",
    "vorige maand heeft hij me bedreigd en toen stond hij bij mijn auto te wachten",
    "ik durf niet naar buiten te gaan in de pauze omdat ze me dan uitlachen",
])
def test_waiting_without_a_threat_or_long_ago_is_no_alarm(text):
    found = crisis_patterns.match(text)
    assert found is None or found.category != "geweld"


@pytest.mark.parametrize("text", ["NEE IK WIL NIET DOOD", "nee ik wil niet dood", "ik wil echt niet dood hoor"])
def test_i_do_not_want_to_die_is_no_suicide_sign_and_denies_it(text):
    assert crisis_patterns.match(text) is None
    assert crisis_patterns.denies_suicide(text)


@pytest.mark.parametrize("text", [
    "ik wil dood", "IK WIL DOOD", "ik wil niet dood maar soms wil ik er niet meer zijn",
    "ik wil gewoon dood", "ik wil niet dood, maar ik wil toch dood soms",
])
def test_wanting_to_die_stays_a_suicide_sign(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "zelfmoord"


def test_a_threat_in_capitals_after_i_do_not_want_to_die_is_a_threat():
    assert crisis.threat_from_other("NEE IK WIL NIET DOOD. HIJ HEEFT ME BEDREIGD")
    assert crisis.danger_going_on(C07_SECOND)


@pytest.mark.parametrize("text", [
    C07_THIRD, "moet ik 112 bellen of de beveiliging?", "bel ik nou de politie?", "moet ik de bhv waarschuwen",
])
def test_asking_whom_to_call_after_the_violence_answer_gets_112_and_security(text):
    assert crisis.after_crisis_response(text, crisis.GEWELD) == crisis.WIE_BELLEN_GEVAAR


def test_safe_and_asking_about_the_police_gets_the_aftercare():
    text = "hij is weg, ik zit thuis. moet ik de politie bellen?"
    assert crisis.after_crisis_response(text, crisis.GEWELD) == "utter_crisis_nazorg"


# --- c21: means ready is acute ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    C21, "ik heb het touw al klaarliggen", "de pillen liggen klaar op tafel", "ik heb pillen klaargelegd voor vanavond",
    "ik sta bij het spoor",
])
def test_means_ready_is_acute(text):
    assert crisis.crisis_kind("zelfmoord", text, None) == crisis.ACUUT


@pytest.mark.parametrize("text", [C21, "ik heb het touw al klaarliggen", "de pillen liggen klaar op tafel"])
def test_means_ready_is_told_apart_from_an_attempt_under_way(text):
    assert crisis.means_ready(text)


@pytest.mark.parametrize("text", ["ik heb net 20 pillen geslikt", "ik ga het nu doen", "ik wil niet meer leven"])
def test_no_means_ready_in_an_attempt_or_in_thoughts(text):
    assert not crisis.means_ready(text)


# --- c19: touching breasts or genitals, recent, is sexual violence; fear is heard --------------
@pytest.mark.parametrize("text", [
    C19, "drie dagen geleden greep mijn chef in mijn kruis", "gisteren kneep hij in mijn borsten in het magazijn",
    "vanochtend zat een klant aan mijn borst",
])
def test_recent_touching_of_breasts_or_genitals_is_sexual_violence(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "seksueel_geweld"


@pytest.mark.parametrize("text", ["hij zat aan mijn borsten", "hij greep me in mijn kruis",
                                  "hij betastte mijn borsten"])
def test_touching_breasts_or_genitals_is_sexual_assault_also_without_a_time(text):
    assert crisis_patterns.sexual_assault(text)


@pytest.mark.parametrize("text", ["ik ben bang", "IK BEN ZO BANG", "ik ben bang dat hij me opwacht"])
def test_fear_is_heard(text):
    assert crisis.afraid(text)


@pytest.mark.parametrize("text", [C19_FEAR, "ik ben bang dat hij me na het werk opwacht",
                                  "straks staat hij weer bij mijn auto, daar ben ik bang voor"])
def test_fear_of_being_waited_for(text):
    assert crisis.fears_ambush(text)


@pytest.mark.parametrize("text", ["moet ik naar de politie?", "ik ben bang dat het erger wordt"])
def test_no_fear_of_being_waited_for(text):
    assert not crisis.fears_ambush(text)


# --- c01: touching a leg, a knee, unwanted kisses: sexual harassment -----------------------------
@pytest.mark.parametrize("text", [
    "hoi mijn leidinggevende legt steeds zijn hand op mijn been als we samen in de auto zitten",
    "hij zit steeds aan mijn knie onder de vergadertafel",
    "ze knijpt in mijn billen als ze langsloopt",
    "hij probeert me steeds te zoenen op de gang",
    "mijn collega knuffelt me terwijl ik dat niet wil",
    "de chef legt zijn hand op mijn dij",
])
def test_unwanted_touching_is_sexual_harassment(text):
    assert situations.sexual_touch(text)


@pytest.mark.parametrize("text", [
    "ik heb mijn been gebroken en mijn baas doet moeilijk", "hij legt een hand op mijn schouder om me te troosten",
    "mijn collega zoent zijn vrouw bij de deur", "hij schreeuwt en slaat met zijn hand op tafel",
])
def test_other_touches_are_no_sexual_harassment(text):
    assert not situations.sexual_touch(text)


# --- c07: capitals, the classifier input --------------------------------------------------------
def test_a_message_in_capitals_is_read_in_lower_case_by_the_classifiers_and_restored_after():
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import ShoutedTextLowered, ShoutedTextRestored

    message = Message(data={"text": C07_FIRST})
    ShoutedTextLowered().process([message])
    assert message.get("text") == C07_FIRST.lower()
    ShoutedTextRestored().process([message])
    assert message.get("text") == C07_FIRST


@pytest.mark.parametrize("text", ["R1Q3-9Y7T-Z6B5", "OK", "Ik wil een afspraak, NU", "/afspraak_maken", "HR en IT"])
def test_codes_short_words_and_ordinary_messages_are_not_shouting(text):
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import ShoutedTextLowered

    message = Message(data={"text": text})
    ShoutedTextLowered().process([message])
    assert message.get("text") == text
