"""Eighteenth round (2026-12-04, evening), issue 10: what the seventeenth stranger recheck found.

- c02: after the suicide answer and "bellen hoeft niet, je kunt ook chatten", "chatten ook niet. hoe
  krijg ik het pesten weg dat is mijn vraag" (read as a side question: the witness text) is a refusal
  of every help line: a follow-up of the crisis (not alone today, the GP, the matter itself).
- c08: "mijn collega ... maakt fouten met medicatie. ik ben bang dat er vannacht of morgen iemand iets
  overkomt. mag ik haar teamleider of de arts inlichten" (not understood, then "Bedoel je: je bent
  leidinggevende?"): danger to patients; and the writer is no manager ("haar teamleider").
"""

from __future__ import annotations

import pytest

from bot.dialogue import roles
from bot.nlu.components import CrisisSafetyNet, DirectAnswer, NotSafeAfterAll
from tests.unit.test_seventh_stranger_safety import _msg  # a parsed message with a ranking

NURSE = ("mijn collega heeft gedronken tijdens de dienst en maakt fouten met medicatie. ik ben bang dat er "
         "vannacht of morgen iemand iets overkomt. mag ik haar teamleider of de arts inlichten zonder dat zij het "
         "weet?")


def test_no_help_line_read_as_a_side_question_is_not_understood_so_a_crisis_follow_up():
    m = _msg("chatten ook niet. hoe krijg ik het pesten weg dat is mijn vraag", "faq", [("faq", 0.42)])
    assert NotSafeAfterAll().process([m])[0].get("intent")["name"] == "nlu_fallback"
    other = _msg("kan ik ook chatten met de vertrouwenspersoon?", "faq", [("faq", 0.8)])  # guard
    assert NotSafeAfterAll().process([other])[0].get("intent")["name"] == "faq"


@pytest.mark.parametrize("intent", ["nlu_fallback", "leidinggevende_klacht", "crisis"])
def test_danger_to_patients_told_at_length_gets_its_answer(intent):
    m = _msg(NURSE, intent, [(intent, 0.3), ("faq", 0.25)])
    m = DirectAnswer().process([m])[0]
    m = CrisisSafetyNet().process([m])[0]
    assert m.get("intent")["name"] == "faq"
    assert m.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/patienten_nu"


@pytest.mark.parametrize("text", [
    NURSE, "mag ik zijn leidinggevende inlichten?", "ik ga naar haar chef, mag dat",
])
def test_someone_elses_manager_makes_no_manager_of_the_writer(text):
    assert roles.not_a_manager(text)


@pytest.mark.parametrize("text", [
    "ik ben haar leidinggevende en ze kwam bij me met een klacht",
    "een medewerker uit mijn team zegt dat zijn collega hem pest",
])
def test_a_manager_stays_one(text):
    assert not roles.not_a_manager(text)


# --- c09k (seventeenth test): afraid to go home alone after a threat ---------------------------------
@pytest.mark.parametrize("text", [
    "ik durf straks niet alleen naar huis. mijn dienst is om 2 uur klaar",
    "ik durf vanavond niet naar mijn auto",
    "ik ben bang om straks naar huis te fietsen",
])
def test_afraid_going_home_gets_a_step_to_take(text):
    from bot.dialogue import crisis

    assert crisis.afraid_going_home(text) and not crisis.afraid_to_work(text)
    for soort in ("geweld", "bang_komst", None):
        assert crisis.after_crisis_response(text, soort) == crisis.NAAR_HUIS


def test_with_him_there_the_danger_comes_first():
    from bot.dialogue import crisis

    text = "ik durf niet naar mijn auto, hij staat er nog steeds"
    assert crisis.after_crisis_response(text, "geweld") == crisis.GEVAAR_NU


def test_afraid_to_go_to_work_stays_that():
    from bot.dialogue import crisis

    assert crisis.afraid_to_work("moet ik vanavond wel gaan rijden? ik durf echt niet")
