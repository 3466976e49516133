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


# B c04, a security guard in the middle of a booking: "Wil je daar eerst over praten? ... Je kunt ook gewoon
# verder met de afspraak", then "Klopt het dat het gaat om pesten of buitensluiten?"
def test_the_threateners_back_at_the_barrier_with_something_in_hand_is_danger_now():
    text = ("shit wacht even. die gasten van gisteren staan terug aan de slagboom. ik zit in het wachthuisje alleen. "
            "een van hen heeft iets in zijn hand ik zie niet goed wat")
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "geweld"


@pytest.mark.parametrize("text", ["de klant staat aan de balie te wachten op zijn pakket",
                                  "gisteren stond hij aan de kassa te schreeuwen"])
def test_someone_at_the_counter_harmless_or_in_the_past_is_no_crisis(text):
    assert crisis_patterns.match(text) is None


# B c09, a cashier after an armed robbery, in the middle of a booking: "We gaan verder met je afspraak"
def test_short_of_breath_suddenly_is_the_body_in_danger_now():
    found = crisis_patterns.match("ik krijg ineens slecht lucht en mijn hart bonkt. ik zie steeds dat mes")
    assert found is not None and found.rule == "lichaam_nu"


def test_going_somewhere_with_ones_neck_tonight_gets_the_doctor():
    # B c02: the suicide question came instead
    text = "moet ik met mijn nek ergens heen vannacht denk je? ik weet het als verpleegkundige eigenlijk wel"
    assert followups.direct_answer(text) == followups.DOKTER


def test_a_robbery_tonight_told_in_the_past_is_no_threat_for_later():
    # B c09: "Een dreiging met geweld is ernstig, ook als die over later gaat" after the robbery
    told = "we zijn vanavond overvallen in de winkel. een gast met een mes. ik stond bij de kassa"
    assert not crisis.threat_later(told)
    assert crisis.threat_later("hij zei dat hij vanavond terugkomt met een mes")
    assert crisis.threat_later("vanavond stond hij bij de kassa en zei dat hij morgen terugkomt met een mes")


# The recheck of round 27 (B c02, c06): a robbery in a night shop, a man who threatened with a knife back
# outside, alone: "Ik lees twee dingen ... Waarmee wil je beginnen?", "Hoe wil je het gesprek voeren?", the
# suicide question
@pytest.mark.parametrize("text", ["hij slaat op de toonbank wil geld", "hij kijkt naar binnen. ik ben bang",
                                  "die gast staat weer buiten. ben alleen"])
def test_someone_acting_or_watching_now_is_danger_now(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "geweld"


@pytest.mark.parametrize("text", ["gisteren sloeg hij op de toonbank",
                                  "hij slaat altijd op de toonbank als hij boos is",
                                  "mijn collega kijkt naar binnen of ik er ben", "hij staat weer buiten te roken"])
def test_the_same_words_in_the_past_as_a_habit_or_harmless_are_no_crisis(text):
    assert crisis_patterns.match(text) is None


def test_driving_away_is_no_question_about_freezing_during_an_assault():
    # recheck B c01, a taxi driver: "kan ik niet gewoon wegrijden?" got the answer on freezing ("als je
    # gedronken had")
    from bot.dialogue.questions import speaks_of
    assert not speaks_of("faq/bevriezen", "kan ik niet gewoon wegrijden?")
    assert speaks_of("faq/bevriezen", "waarom liep ik niet gewoon weg")


def test_someone_standing_there_shouting_is_a_threat_from_someone_else():
    # recheck B c02 replayed: "er staat een man te schreeuwen" in a night shop got the suicide question
    assert crisis.threat_from_other("er staat een man te schreeuwen")
