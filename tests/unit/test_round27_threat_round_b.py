"""Issue 10: the twenty-seventh stranger test B (threats and aggression at night, on the bot before
this round's fixes). A petrol-station worker alone at night ("gast zei hij wacht buiten tot ik klaar
ben") got the category check and the options; "hij staat er nog" got who may see the counsellor. A bus
driver threatened for the morning ("moet ik gewoon gaan rijden of me ziek melden") got "Dat beslis jij.
Niets is verplicht". A nurse choked by a visitor ("mijn nek doet wel zeer eigenlijk en slikken voelt
raar. is dat erg?") got "Stel hem gerust na de afspraak". Pure functions, no Rasa."""

from __future__ import annotations

import pytest

from bot.dialogue import crisis, followups
from bot.nlu import crisis_patterns


@pytest.mark.parametrize("text", ["werk bij tankstation. gast zei hij wacht buiten tot ik klaar ben",
                                  "die klant staat buiten en zegt dat hij blijft tot ik naar huis ga"])
def test_someone_waiting_for_the_writer_to_come_out_is_danger_now(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "geweld"


@pytest.mark.parametrize("text", ["ik wacht buiten tot ik klaar ben met roken",
                                  "mijn collega wacht altijd tot ik klaar ben met de kassa",
                                  "hij wacht tot ik klaar ben met mijn verslag"])
def test_waiting_until_one_is_done_without_threat_is_no_crisis(text):
    assert crisis_patterns.match(text) is None


def test_he_is_still_there_is_someone_present():
    assert crisis.besieged_now("ben om 12 klaar. hij staat er nog")
    assert not crisis.besieged_now("ik sta er nog steeds achter wat ik zei")


@pytest.mark.parametrize("text", ["nee nu niet in gevaar ik ben thuis. maar wat moet ik met morgen?? moet ik gewoon "
                                  "gaan rijden of me ziek melden of zo",
                                  "moet ik morgen de wijk in?", "moet ik morgen gewoon naar mijn werk?"])
def test_going_to_work_after_it_gets_that_answer(text):
    assert followups.direct_answer(text) == followups.WEER_WERKEN


@pytest.mark.parametrize("text", ["kan ik morgen werken als de vp belt?",
                                  "wat moet ik voor morgen voorbereiden voor het gesprek"])
def test_other_questions_about_tomorrow_are_not_going_to_work(text):
    assert followups.direct_answer(text) != followups.WEER_WERKEN


@pytest.mark.parametrize("text", ["mijn nek doet wel zeer eigenlijk en slikken voelt raar. is dat erg?",
                                  "hij greep me bij mijn keel, moet ik naar de dokter?"])
def test_neck_or_throat_after_being_choked_gets_the_doctor(text):
    assert followups.direct_answer(text) == followups.DOKTER
