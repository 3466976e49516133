"""Seventeenth stranger test (2026-12-04, four helpers, 48 conversations), pure functions.

Each case is a message a stranger sent, or the same meaning in other words, with what it must be
read as; the harmful replies it got are in docs/stranger-tests/2026-12-04-seventeenth.md. The
guards (what must still not be read so) passed before the fix as well.
"""

import pytest

from bot.dialogue import crisis, followups
from bot.dialogue.plans import own_plan
from bot.nlu import crisis_patterns
from tests import texts
from tests.unit.test_seventh_stranger_safety import _msg  # a parsed message with a ranking


# --- Dutch "want die" read as English "want (to) die": the suicide alarm -------------------------
@pytest.mark.parametrize("text", [
    "Ok. Ik wil dan wel met een vertrouwenspersoon praten, maar niet met Marieke want die kent hem goed.",
    "ok ik wil wel eens met die vertrouwenspersoon babbelen. maar weet mijn chef dat dan? want die zit daar elke "
    "dag he",
])
def test_dutch_want_die_is_no_crisis(text):
    assert crisis_patterns.match(text) is None


# --- refusing to call 113 is no "good step" ----------------------------------------------------------
def test_not_calling_is_no_own_plan():
    assert not own_plan("Ik ga die lijn niet bellen, ik ben niet gek. Ik wil gewoon dat het op school ophoudt.")
    assert own_plan("ik ga eerst met haar praten")  # guard


# --- not calling one's manager, at home after the violence answer -----------------------------------
def test_not_calling_the_manager_is_no_fear_of_calling_112():
    told = ("mn teamleider zegt dus dat het bij het werk hoort, die ga ik niet bellen. maar ok. fijn dat ik het "
            "even kwijt kon")
    assert crisis.after_crisis(told) is None
    assert crisis.after_crisis("ik ga mijn teamleider niet bellen") is None
    # guards: fear of calling 112 stays that
    assert crisis.after_crisis("ik durf niet te bellen, hij hoort me dan") == crisis.DURFT_NIET_BELLEN
    assert crisis.after_crisis("ik durf 112 niet te bellen want mijn baas staat hier") == crisis.DURFT_NIET_BELLEN


# --- despair in the time step -------------------------------------------------------------------
def test_not_knowing_whether_one_is_still_there_on_the_day_is_despair():
    assert crisis_patterns.despair(
        "eerlijk gezegd weet ik niet eens of ik donderdag nog wel ben. ik ben er zo klaar mee allemaal")
    assert crisis_patterns.despair("ik weet niet of ik donderdag nog wel vrij ben") is None  # guard


# --- questions that had no answer of their own --------------------------------------------------
@pytest.mark.parametrize("text, key", [
    ("mag ik hiermee naar de krant? de lokale krant zou hier wel in geinteresseerd zijn denk ik. het gaat om "
     "belastinggeld", followups.NAAR_DE_PERS),
    ("Dat beantwoordt mijn vraag niet. Mag ik met een journalist praten, ja of nee?", followups.NAAR_DE_PERS),
    ("En als de DCMR niks doet? Mag ik dan naar de pers?", followups.NAAR_DE_PERS),
    ("dat bedoel ik niet. er kan morgen echt een patient iets overkomen door die fouten. moet ik dat niet meteen "
     "ergens melden?", followups.PATIENTEN_NU),
    ("maar wat doe ik morgen dan. ik wil niet dat er echt iets misgaat met een patient", followups.PATIENTEN_NU),
    ("dank je. moet ik tot woensdag nog iets doen met die pleisters? ik ben bang dat een bewoner pijn lijdt",
     followups.PATIENTEN_NU),
    # guards
    ("ik las het in de krant", None),
    ("een client sloeg me gisteren, wat moet ik doen?", None),
])
def test_direct_questions_get_their_own_answer(text, key):
    assert followups.direct_answer(text) == key


def test_the_new_answers_say_what_a_counsellor_would():
    press = texts.text("utter_faq/naar_de_pers", klokkenluiders_nummer="088", klokkenluiders_bereikbaar="x")
    assert press.startswith("Ja, maar") and "niet altijd beschermd" in press and "Huis" in press
    patients = texts.text("utter_faq/patienten_nu", spoed_nummer="112")
    assert "dienstdoende arts" in patients and "geen toestemming" in patients


# --- the one who threatened is still at the door (c09k) ----------------------------------------
@pytest.mark.parametrize("text", ["hij bonkt nog steeds", "HIJ STAAT ER NOG", "hij schreeuwt weer"])
def test_still_at_the_door_is_danger_going_on(text):
    assert crisis.danger_going_on(text)


@pytest.mark.parametrize("text", ["hij staat er niet meer", "hij klopt weer aan met een vraag over het rooster"])
def test_gone_or_an_everyday_knock_is_not(text):
    assert not crisis.danger_going_on(text)


def test_security_texted_is_help_on_its_way():
    assert crisis.help_called("ik heb de beveiliger beneden geappt. hij komt eraan")
    assert not crisis.help_called("de beveiliger is aardig")  # guard


def test_the_police_has_been_is_help_arrived():
    assert crisis.help_arrived("politie is geweest en heeft hem meegenomen. ik tril nog steeds.")
    assert not crisis.help_arrived("de politie is nog niet geweest")  # guard


# --- recheck c05: 112 called, police on the way, still afraid -------------------------------------
def test_help_on_its_way_is_no_danger_over():
    from bot.nlu.components import NotSafeAfterAll

    m = _msg("ok ik heb 112 gebeld, ze sturen politie. ik ben zo bang", "crisis_voorbij", [("crisis_voorbij", 0.8)])
    assert NotSafeAfterAll().process([m])[0].get("intent")["name"] == "crisis"
    over = _msg("ik heb 113 gebeld, het gaat nu beter", "crisis_voorbij", [("crisis_voorbij", 0.8)])  # guard
    assert NotSafeAfterAll().process([over])[0].get("intent")["name"] == "crisis_voorbij"


# --- recheck c08: danger to patients read as the writer's crisis ---------------------------------
@pytest.mark.parametrize("text", [
    "patienten zijn in gevaar vannacht door een dronken collega. wat doe ik",
    "hoi. ik werk als verpleegkundige op een verpleegafdeling (nachtdienst nu). mijn collega is volgens mij "
    "gedronken, ze ruikt naar drank en ze heeft net bijna de verkeerde insuline gegeven aan een patient. ik heb het "
    "nog net gezien. ze staat de rest van de nacht op de medicatieronde. wat moet ik nu doen",
])
def test_patients_at_risk_get_their_answer_not_the_suicide_check(text):
    from bot.nlu.components import CrisisSafetyNet, DirectAnswer

    m = _msg(text, "crisis", [("crisis", 0.4), ("maatschappelijke_misstand", 0.2)])
    m = DirectAnswer().process([m])[0]
    m = CrisisSafetyNet().process([m])[0]
    assert m.get("intent")["name"] == "faq"
    assert m.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/patienten_nu"



# --- recheck c02, c03: not being there any more, said lightly -----------------------------------
@pytest.mark.parametrize("text", [
    "als ik er dan nog ben tenminste haha", "ok dankje. als ik het dan nog red",
    "ok. en tot morgen dan maar kijken of ik het volhou",
])
def test_said_lightly_it_is_still_despair(text):
    assert crisis_patterns.despair(text)


@pytest.mark.parametrize("text", ["ik weet niet of ik het red voor vijf uur",
                                  "als ik er dan nog ben, ik werk tot 5 op kantoor"])
def test_a_deadline_or_the_office_is_not(text):
    assert crisis_patterns.despair(text) is None


@pytest.mark.parametrize("text", ["hij staat daar niet meer", "ze wacht er niet meer, ze is weg"])
def test_no_longer_there_is_not_danger_going_on(text):
    assert not crisis.danger_going_on(text)
    assert crisis.danger_going_on("hij staat daar nog")  # guard
