"""Ninth stranger test c28, pure functions: someone at the door of one's home, now.

A woman at home: a dismissed ex-colleague at her front door. "ik durf niet te bellen hij hoort me"
got the category question and the police's non-emergency number; "hij bonkt op de deur" got the
gentle suicide check. Someone at the door, banging, trying to get in, waiting outside or following
the writer now is danger now (112), in any words; the same told of last week is not.
"""

import pytest

from bot.dialogue import crisis
from bot.nlu import crisis_patterns

# Alone, with nothing before it: the alarm (danger now, the violence answer)
BESIEGED_ALONE = [
    "hij bonkt op de deur",
    "HIJ BONST OP MIJN VOORDEUR",
    "hij staat keihard te bonken",
    "iemand ramt tegen mijn raam",
    "mijn ex-collega trapt tegen de deur",
    "hij probeert binnen te komen",
    "hij probeert de deur open te breken",
    "hij wil naar binnen en rammelt aan de deur",
    "hij staat nu voor mijn deur",
    "die ontslagen collega staat voor mijn voordeur en ik ben alleen thuis",
    "mijn oud-collega is ontslagen en staat nu bij mijn huis, ik durf niet te bellen hij hoort me",
    "een client van ons staat voor mijn huis te schreeuwen",
    "ik ben thuis en die man van het werk wacht beneden bij de deur, ik ben bang",
    "ik ben bang, hij volgt me nu al een kwartier",
    "hij rijdt achter me aan en ik durf niet te stoppen",
    "ik heb me in de wc opgesloten, hij is in het huis",
    "ik zit opgesloten in de wc",
    "ik verstop me in de badkamer, hij staat in de gang",
    "ik zit in de badkamer op slot",
]

# Past, habitual, hoped-for or harmless: no alarm
NOT_NOW = [
    "hij stond vorige week voor mijn deur",
    "vorige maand stond hij ineens voor mijn deur en bonkte hij op de deur",
    "hij heeft een keer op de deur gebonkt toen ik ziek thuis was",
    "mijn leidinggevende staat elke ochtend voor mijn deur te controleren",
    "mijn collega wacht buiten, we gaan samen lunchen",
    "hij staat buiten te roken",
    "hij slaat altijd de deur hard dicht",
    "hij slaat de deur dicht als hij boos is",
    "ik ben bang dat hij straks voor mijn deur staat",
    "hij volgt me op instagram en linkedin",
    "mijn manager wil binnen twee weken een antwoord",
    "de monteur probeert binnen te komen maar de sleutel is kwijt",
    "ze klopt op de deur voor ze binnenkomt",
    "de nooduitgangen zitten op slot tijdens evenementen",
]


@pytest.mark.parametrize("text", BESIEGED_ALONE)
def test_someone_at_the_door_trying_to_get_in_or_following_now_is_danger_now(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == crisis_patterns.GEWELD, (text, found)


@pytest.mark.parametrize("text", NOT_NOW)
def test_at_the_door_in_the_past_habitually_or_harmlessly_is_no_alarm(text):
    found = crisis_patterns.match(text)
    assert found is None or found.category != crisis_patterns.GEWELD, (text, found)
    assert not crisis.besieged_now(text), text


# After a threat was told, the presence alone (no fear, no banging) is the danger still going on
@pytest.mark.parametrize("text", [
    "hij wacht buiten", "hij staat voor mijn deur", "hij staat nog buiten", "ze zijn er nog",
    "hij loopt achter me aan", "hij staat beneden bij de voordeur", "hij bonkt op de deur",
])
def test_the_presence_now_is_danger_going_on(text):
    assert crisis.danger_going_on(text), text
    assert crisis.besieged_now(text) or crisis.danger_going_on(text)


@pytest.mark.parametrize("text", ["hij stond vorige week voor mijn deur", "hij staat elke dag bij de ingang",
                                  "hij staat buiten te roken", "hij loopt steeds achter me aan op de gang",
                                  "ik wacht buiten op mijn collega", "we zijn thuis"])
def test_the_presence_in_the_past_or_harmless_is_no_danger_going_on(text):
    assert not crisis.besieged_now(text), text


def test_a_threat_at_the_door_only_the_classifier_doubts_is_a_safety_check_not_a_suicide_check():
    assert crisis.threat_from_other("hij bonkt op de deur")
    assert crisis.threat_from_other("hij staat voor mijn deur en ik ben alleen thuis")


def test_the_first_message_of_c28_gets_the_answer_for_danger_at_the_door():
    text = "die ontslagen ex-collega staat voor mijn voordeur. ik durf niet te bellen hij hoort me"
    assert crisis_patterns.match(text).category == crisis_patterns.GEWELD
    assert crisis.besieged_now(text)


def test_after_the_violence_answer_banging_is_the_danger_now_and_not_calling_the_whisper_answer():
    assert crisis.after_crisis_response("hij bonkt op de deur", crisis.GEWELD) == crisis.GEVAAR_NU
    assert crisis.after_crisis_response("hij probeert binnen te komen", crisis.GEWELD) == crisis.GEVAAR_NU
    assert crisis.after_crisis_response("ik durf niet te bellen hij hoort me", crisis.GEWELD) == \
        "utter_crisis_niet_bellen_geweld"
    assert crisis.after_crisis_response("ik kan alleen fluisteren", crisis.GEWELD) == "utter_crisis_niet_bellen_geweld"


def test_a_blow_at_the_door_now_is_an_act_at_the_door():
    assert crisis.besieged_act("nu slaat hij met zijn vuist tegen de voordeur")
    assert not crisis.besieged_act("hij staat nu weer voor de deur met een mes")  # a new danger, not the door
