"""bot.dialogue.booking.answer_then_question and plain_yes: an answer first, then a question
(twenty-fourth stranger test A c01, c02, c03, c05)."""

from __future__ import annotations

import pytest

from bot.dialogue import booking as said
from bot.dialogue import questions


@pytest.mark.parametrize("text,head,hesitant", [
    ("telefonisch. maar ziet mijn teamleider dat ik een afspraak heb?", "telefonisch", True),
    ("ja. en welk programma wordt die video dan, want niet teams dus", "ja", False),
    ("16.00, moet ik dan vrij vragen?", "16.00", False),
    ("video graag. welk programma?", "video graag", False),
    ("telefonisch maar wie belt wie?", "telefonisch", True),
])
def test_an_answer_then_a_question_is_split(text, head, hesitant):
    found = said.answer_then_question(text)
    assert found is not None and found.head == head and found.hesitant is hesitant


@pytest.mark.parametrize("text", [
    "telefonisch",  # no question
    "kan het telefonisch? en wie ziet dat",  # a question first
    "ik heb vanochtend weer ruzie gehad met hem. hij schreeuwde",  # a story, no question
    "mijn teamleider van de avonddienst, die ik al jaren ken. weet hij dit?",  # the head is too long
    "/bevestigen",
    "",
])
def test_no_answer_first(text):
    assert said.answer_then_question(text) is None


@pytest.mark.parametrize("text,expected", [
    ("ja", True), ("Ja graag!", True), ("ja maak de afspraak", True), ("klopt", True), ("prima", True),
    ("ja maar", False), ("nee", False), ("ja ik weet het niet", False), ("donderdag", False),
])
def test_plain_yes(text, expected):
    assert said.plain_yes(text) is expected


def test_agenda_and_video_questions_are_found_by_their_words():
    assert questions.other_questions("komt dit trouwens in mijn rooster of agenda te staan?", None) == ["agenda"]
    assert questions.other_questions("en welk programma wordt die video dan", None) == ["video_meedoen"]
    assert questions.other_questions("ik zet het zelf in mijn agenda.", None) == []  # told, not asked


@pytest.mark.parametrize("text,expected", [
    ("hij belt nu 112", "utter_crisis_ander_belt"),
    ("mijn vriendin heeft de ambulance gebeld", "utter_crisis_ander_belt"),
    ("ik heb 112 gebeld, ze komen eraan", "utter_crisis_gebeld"),
])
def test_who_called_decides_the_praise(text, expected):
    from bot.dialogue import crisis

    assert crisis.after_acute(text) == expected


@pytest.mark.parametrize("text,asked", [
    ("belt ruud mij of moet ik hem bellen?", []),
    ("belt ruud MIJ … of moet ik hem bellen", []),
    ("moet ik zelf bellen of belt hij mij?", []),
    ("mijn baas belt me steeds 's avonds, moet ik dat melden?", ["dilemma"]),
])
def test_who_calls_whom_is_no_role_question(text, asked):
    from bot.dialogue import roles

    assert roles.questions(text) == asked


def test_a_manager_with_a_theft_suspicion_gets_the_reporting_procedure_not_the_consent_rule():
    from bot.dialogue import roles

    text = "mag ik hem daar gewoon op aanspreken of moet ik eerst naar het hoofdkantoor?"
    assert roles.answer(roles.DILEMMA, roles.LEIDINGGEVENDE, "integriteit", text) \
        == "utter_rolvraag_leidinggevende_integriteit"
    assert roles.answer(roles.DILEMMA, roles.LEIDINGGEVENDE, "omgangsvormen", text) == "utter_rolvraag_leidinggevende"


@pytest.mark.parametrize("text,expected", [
    ("gedaan. ze sturen politie naar zijn adres. heb ik het goed gedaan? straks is hij kwaad op mij",
     "utter_crisis_ander_goed_gedaan"),
    ("de politie belde terug. ze hebben hem gevonden, hij leeft, ligt nu op spoed. ik tril helemaal",
     "utter_crisis_ander_geschrokken"),
    ("hij IS al in het ziekenhuis. ik bedoel mij. ik ben alleen thuis en ik kan ni stoppen met trillen",
     "utter_crisis_ander_geschrokken"),
    ("hoe vraag ik hem of hij aan zelfmoord denkt?", None),
])
def test_after_the_worry_for_someone_else_the_writer_is_answered(text, expected):
    from bot.dialogue import crisis

    assert crisis.after_worry_for_other(text) == expected
    if expected:
        assert crisis.after_crisis_response(text, crisis.ZORGEN_ANDER) == expected


@pytest.mark.parametrize("text,rule", [
    ("mijn collega Dennis stuurde me net een appje 'sorry voor alles, zeg tegen de anderen dat het niet hun "
     "schuld is. dag'. hij neemt niet op. wat moet ik doen", "afscheidsbericht"),
    ("hij appte me: sorry voor alles. en nu neemt hij niet op", "afscheidsbericht"),
    ("mijn collega appte me sorry voor alles wat er gisteren in de vergadering gebeurde", None),
    ("hij stuurde me sorry voor alles, fijne dag nog", None),
])
def test_a_goodbye_from_a_colleague_is_a_crisis_and_an_apology_is_not(text, rule):
    from bot.nlu import crisis_patterns

    found = crisis_patterns.match(text)
    assert (found.rule if found else None) == rule


@pytest.mark.parametrize("text,key", [
    ("telefonisch, 0687654321. moet ik die pillen weggooien of zo", "pillen_weg"),
    ("zal ik de slaappillen maar aan mijn buurvrouw geven of wegdoen?", "pillen_weg"),
    ("het overkwam mij. en mijn hart gaat echt tekeer, is dat normaal of moet ik ergens heen", "dokter"),
    ("mijn baas gooit steeds mijn spullen weg", None),
])
def test_pills_away_and_a_racing_heart_get_their_direct_answers(text, key):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == key


def test_a_client_touching_her_while_she_washes_him_is_sexual_harassment_named():
    from bot.dialogue import situations

    assert situations.behaviour_matter("een client zit steeds aan me als ik hem was") == "seksuele_intimidatie"
    assert situations.behaviour_matter("hij zit aan me als een klit met vragen") is None
