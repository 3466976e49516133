"""Twenty-fourth stranger test: C c02 (pills and wine; after the acute answer every reply was "Bel nu
meteen 112" or "De nummers staan hierboven"), C c08 ("help ik krijg geen adem", chest pain: the
suicide question, twice), A c05 ("krijgt de rector dit te horen?": "Ja. ... Bel dan 112")."""

import pytest

from bot.dialogue import crisis
from bot.dialogue.followups import TEAM_HOORT_NIETS, direct_answer
from bot.nlu import crisis_patterns as cp


@pytest.mark.parametrize("text, expected", [
    ("mijn vriend ligt te slapen boven moet ik die wakker maken", "utter_crisis_iemand_erbij"),
    ("ok ik ga hem roepen", "utter_crisis_iemand_erbij"),
    ("hij belt nu 112. ik ben bang dat ze op mijn werk dit te weten komen", "utter_crisis_ander_belt"),
    ("ze zijn er, ik moet gaan. maar ik sta morgen om 7u op de planning wat moet ik doen", "utter_crisis_hulp_er_zelf"),
    ("ja. sorry ik typ wat traag ik word precies wel suf", "utter_crisis_suf"),
    ("nee nee zo erg is het ni, gewoon een paar slaappillen om te kunne slapen", "utter_crisis_ingenomen_twijfel"),
])
def test_after_the_acute_answer_the_next_step_is_answered(text, expected):
    assert crisis.after_crisis_response(text, crisis.ACUUT) == expected


@pytest.mark.parametrize("text", ["ik ga nu bellen", "ik kan niet bellen", "ik wil dood"])
def test_after_the_acute_answer_other_messages_keep_their_answers(text):
    assert crisis.after_crisis_response(text, crisis.ACUUT) not in (
        "utter_crisis_iemand_erbij", "utter_crisis_suf", "utter_crisis_ingenomen_twijfel", "utter_crisis_gebeld")


@pytest.mark.parametrize("text", [
    "help ik krijg geen adem",
    "nee geen zelfmoord. mijn chef gooide een hete pan naar me en nu doet mijn borst zeer en ik hyperventileer",
    "ik kan bijna niet ademen",
    "ik heb pijn op mijn borst",
])
def test_the_body_in_danger_now_is_a_crisis(text):
    assert cp.body_emergency(text)
    assert cp.match(text) is not None


@pytest.mark.parametrize("text", [
    "hij kneep mijn keel dicht en ik kreeg geen adem", "ik heb geen adem meer van het lachen",
    "ze zei dat ik geen lucht krijg in die ruimte",
])
def test_past_or_figurative_breath_is_no_emergency(text):
    assert not cp.body_emergency(text)


@pytest.mark.parametrize("text", [
    "vrijdag 12 maart om 09:00. en krijgt de rector dit te horen?",
    "hoort mijn baas hiervan?", "weet mijn werkgever dan dat ik hier was?",
])
def test_whether_the_school_or_employer_hears_it_is_answered(text):
    assert direct_answer(text) == TEAM_HOORT_NIETS


def test_a_wish_that_the_school_does_not_hear_it_is_hers():
    # told, not asked: "Dat bepaal jij ..." (round 34 B c08: "Ja, dat mag" to "mijn stagebegeleider mag het niet weten")
    assert direct_answer("de rector mag het echt niet weten") == "niemand_hoeft_het_te_weten"


@pytest.mark.parametrize("text", [
    "nee!! hij gaat nu rijden met drank op. wat moet ik doen", "er kan nu iemand doodgereden worden",
    "hij heeft gedronken en pakt nu de sleutels van de bus",
])
def test_someone_about_to_drive_drunk_is_danger_now(text):
    assert cp.drunk_driving_now(text)
    assert cp.match(text).rule == "rijden_onder_invloed"


@pytest.mark.parametrize("text", [
    "collega van mij drinkt in de lunch. 2 3 biertjes. en daarna rijdt ie gewoon de dienstauto door het centrum",
    "hij gaat zo rijden, hij heeft geen alcohol op", "hij zat net in de auto toen hij dat zei",
])
def test_a_habit_or_a_sober_driver_is_no_alarm(text):
    assert not cp.drunk_driving_now(text)


@pytest.mark.parametrize("text, soort, expected", [
    ("heb gebeld. 20 min gepraat met een vrouw. morgen belt mijn huisarts me. heb ik het goed gedaan?",
     crisis.ZELFMOORD, "utter_crisis_113_gesproken"),
    ("ja maar was het goed dat ik belde of niet", crisis.ZELFMOORD, "utter_crisis_113_gesproken"),
    ("ik heb 112 gebeld, ze komen eraan", crisis.ZELFMOORD, "utter_crisis_gebeld"),
    ("ok ik bel ff", crisis.ZELFMOORD, "utter_crisis_belt_nu"),
    ("ik heb 113 gebeld en gepraat", crisis.ACUUT, "utter_crisis_113_gesproken"),
])
def test_a_call_made_after_the_suicide_answer_is_praised(text, soort, expected):
    """C c07: "heb ik het goed gedaan?" after calling 113 went unanswered three times."""
    assert crisis.after_crisis_response(text, soort) == expected


def test_whether_the_manager_sees_it_in_the_calendar_keeps_the_calendar_answer():
    """The e2e direct-answer test caught it: the calendar question got "Nee. ... hoort niemand"."""
    assert direct_answer("ziet mijn manager het als ik een afspraak maak? in mijn agenda?") != TEAM_HOORT_NIETS
