"""Issue 10, the twenty-first stranger test (2026-12-05): findings fixed the same day, pure functions.

- C c02: "nee nee zo erg is het niet. ik ben gewoon op ..." to the gentle check got the 113 block twice;
  "ik zei toch nee. ik wil het over mijn werk hebben" got it again.
- C c03: "ik heb haar gebeld maar ze neemt niet op ... wat moet ik doen" after a colleague's farewell got
  "diefstal?", then the same answer a third time.
- C c06: "eerlijk gezegd weet ik niet of ik er om 15:15 nog ben" in the booking was read as a time.
"""

from __future__ import annotations

import pytest

from bot.dialogue import crisis
from bot.nlu import crisis_patterns


@pytest.mark.parametrize("text", [
    "nee nee zo erg is het niet. ik ben gewoon op. mijn collega's laten me alles alleen doen en de manager zegt "
    "dat ik zeur",
    "dat niet, maar ik ben kapot",
    "nee hoor, zo ver is het niet",
])
def test_a_no_that_denies_the_thought_is_read_as_such(text):
    assert crisis.denies_thought(text)


@pytest.mark.parametrize("text", ["nee", "nee, het gaat niet goed", "ja soms"])
def test_other_answers_to_the_check_do_not_deny_the_thought(text):
    assert not crisis.denies_thought(text)


def test_a_denial_with_a_death_wish_in_it_stays_a_crisis():
    text = "nee zo erg is het niet maar ik wil soms dood"
    # "maar ... soms" takes the denial back (round 31: denies_thought reads it so now); the crisis pattern wins anyway
    assert not crisis.denies_thought(text) and crisis_patterns.match(text) is not None


def test_i_said_no_takes_the_alarm_back():
    assert crisis.takes_back("ik zei toch nee. ik wil het over mijn werk hebben")


@pytest.mark.parametrize("text", [
    "ik heb haar gebeld maar ze neemt niet op. ik weet wel ongeveer waar ze woont. wat moet ik doen",
    "maar is dit 112? ze neemt gewoon niet op. misschien slaapt ze. ik wil niet overdrijven",
])
def test_worried_about_another_who_cannot_be_reached_gets_call_112(text):
    assert crisis.follow_up(text, crisis.ZORGEN_ANDER)
    assert crisis.after_crisis_response(text, crisis.ZORGEN_ANDER) == crisis.ANDER_BEL_112


@pytest.mark.parametrize("text", [
    "eerlijk gezegd weet ik niet of ik er om 15:15 nog ben",
    "ik weet niet of ik vanmiddag nog leef",
])
def test_not_knowing_whether_one_is_still_alive_later_is_a_crisis(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.rule == "morgen_er_niet_meer"


@pytest.mark.parametrize("text", [
    "weet niet of ik er nog ben na de reorganisatie",
    "ik weet niet of ik er om 9 uur al ben, ik moet de kinderen wegbrengen",
])
def test_being_there_for_work_is_no_crisis(text):
    assert crisis_patterns.match(text) is None


def test_the_113_answer_is_not_chosen_for_a_message_that_does_not_speak_of_it():
    """Round 21 B c07: "moeten mijn ouders dit weten? ik ben nog geen 18" got the answer on what 113 does
    (the selector's first, unsure pick); the next answer is chosen instead."""
    from bot.nlu.components import LinearResponseSelector as Selector

    ranking = [("faq/wat_doet_113", 0.08), ("faq/leidinggevende_hoort_het", 0.07)]
    text = "moeten mijn ouders dit weten? ik ben nog geen 18"
    assert Selector._without_answers_that_cannot_fit(Selector, text, ranking)[0][0] == "faq/leidinggevende_hoort_het"
    assert Selector._without_answers_that_cannot_fit(Selector, "is 113 anoniem?", ranking)[0][0] == "faq/wat_doet_113"


@pytest.mark.parametrize("text", [
    "moeten mijn ouders dit weten? ik ben nog geen 18",
    "ik ben 16, gaan jullie mijn ouders bellen?",
    "moet ik het aan mijn moeder vertellen",
])
def test_whether_parents_must_know_has_its_answer(text):
    """Round 21 B c07: a 17-year-old intern got the answer on 113, then the chat's storage text."""
    from bot.dialogue import followups

    assert followups.direct_answer(text) == followups.OUDERS_WETEN


def test_a_parent_named_otherwise_is_no_such_question():
    from bot.dialogue import followups

    assert followups.direct_answer("mijn vader werkt ook hier, hij is mijn leidinggevende. mag ik dat zeggen?") is None


@pytest.mark.parametrize("text", ["NU", "nu!!", "nu meteen"])
def test_now_alone_in_the_booking_asks_for_someone_now(text):
    """Round 21 C c06: "NU" after saved pills got "Dat kon ik niet als dag of tijd lezen"."""
    from bot.dialogue import booking

    assert booking.side_question(text) == booking.ANYONE_NOW
