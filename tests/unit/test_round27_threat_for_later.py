"""Issue 10: the twenty-sixth stranger test B c03. A bus driver, spat at by a passenger who said he
would wait for him tonight at the last stop, asked what to do for tonight. He got the suicide
question twice, then the witness text ("vraag je collega hoe het gaat"). A threat that may come true
later is answered with staying safe until then. Pure functions, no Rasa."""

from __future__ import annotations

import pytest

from bot.dialogue import followups

ASKED_LATER = [
    "wat moet ik doen voor vanavond, hij wacht me op",
    "die klant dreigde dat hij me na mijn dienst pakt. moet ik gewoon gaan werken?",
    "hij zei: ik weet waar je woont. ik moet morgen weer open, wat doe ik",
    "moet ik mijn dienst van morgen wel draaien nu hij me bedreigd heeft?",
    "een bezoeker riep dat hij me opwacht bij de parkeerplaats. ik ben bang",
]

NOT_A_THREAT_FOR_LATER = [
    "mijn baas dreigde dat ik morgen ontslagen word, wat moet ik doen",  # one's job, not one's body
    "mijn collega komt morgen terug van vakantie, wat moet ik doen?",
    "ik ga vanavond met hem praten, wat moet ik zeggen?",
    "wat vind je ervan, ik moet morgen weer werken",
    "hij dreigde vorige week, nu is het rustig",  # nothing later
    "krijg je morgen een bericht van de vertrouwenspersoon?",
    "hij heeft gedreigd met een klacht als ik morgen niet meewerk",
]

STORY = ("ik ben buschauffeur. vanmiddag heeft een passagier me in mijn gezicht gespuugd en gezegd dat hij me "
         "vanavond opwacht bij de eindhalte. ik moet vanavond weer rijden. ik ben echt bang")


@pytest.mark.parametrize("text", ASKED_LATER)
def test_a_threat_for_later_asked_about_gets_staying_safe(text):
    assert followups.threat_for_later(text)
    assert followups.direct_answer(text) == followups.VEILIG_STRAKS


@pytest.mark.parametrize("text", NOT_A_THREAT_FOR_LATER)
def test_no_threat_for_later(text):
    assert not followups.threat_for_later(text)
    assert followups.direct_answer(text) != followups.VEILIG_STRAKS


def test_the_long_story_is_a_threat_for_later_but_no_short_question():
    # told within the story, the situation action gives the answer before the check (tests/actions)
    assert followups.threat_for_later(STORY)
    assert followups.direct_answer(STORY) is None


# The same round, B c09: "mag ik vandaag zelf de NVWA bellen, ja of nee?" in the booking got a text on
# there being no free time. Straight to the regulator is allowed: the answer on reporting inside first.
@pytest.mark.parametrize("text", ["mag ik vandaag zelf de NVWA bellen, ja of nee?",
                                  "kan ik dit gewoon bij de inspectie melden?",
                                  "moet ik de toezichthouder inlichten of eerst mijn baas?"])
def test_may_i_contact_the_regulator_gets_no_need_to_report_inside_first(text):
    assert followups.direct_answer(text) == followups.EERST_INTERN


def test_the_regulator_named_without_a_question_is_no_such_question():
    assert followups.direct_answer("de nvwa kwam vorige week langs voor een controle") is None


# The same round, B: "mijn vrouw" in a question got the answer on whether a counsellor is a woman.
def test_ones_own_wife_asked_about_is_no_question_about_the_counsellors_gender():
    assert followups.direct_answer("is mijn vrouw ook welkom bij het gesprek?") != followups.VP_GESLACHT
    assert followups.direct_answer("is de vertrouwenspersoon een vrouw?") == followups.VP_GESLACHT


# The recheck of round 27 (A c06, c07): "ik wacht vanavond op je" from a shoplifter, and "morgen wacht hij bij
# de parkeergarage. zal wel bluf zijn" got the sexual-harassment check and "Je stelt je niet aan"
@pytest.mark.parametrize("text", ["een winkeldief zei: ik wacht vanavond op je. ik ben om 9 klaar, wat moet ik doen",
                                  "hij zei morgen wacht hij bij de parkeergarage. zal wel bluf zijn"])
def test_waiting_for_you_later_told_or_played_down_gets_staying_safe(text):
    assert followups.direct_answer(text) == followups.VEILIG_STRAKS


@pytest.mark.parametrize("text", ["ik wacht op je antwoord, wat moet ik morgen doen",
                                  "mijn collega wacht morgen op de uitslag, wat moet ik doen?"])
def test_waiting_for_an_answer_is_no_threat(text):
    assert not followups.threat_told_for_later(text)


def test_the_answer_for_a_threat_later_needs_a_message_that_speaks_of_one():
    # recheck A c03: "ik kan gewoon mijn scores inleveren morgen" got it from the response selector
    from bot.dialogue.questions import speaks_of
    assert not speaks_of("faq/veilig_straks", "dus ik hoef niks te zeggen? ik kan gewoon mijn scores inleveren morgen")
    assert speaks_of("faq/veilig_straks", "maar wat moet ik doen als hij er om 9 uur echt staat bij de uitgang?")


def test_calling_the_police_asked_at_the_end_of_a_long_message_is_answered():
    # recheck A c06: "Sorry, ik weet niet zeker wat je bedoelt"
    text = ("de bedrijfsleider is al naar huis, er is alleen nog een 16 jarige vakkenvuller en een collega kassa. "
            "beveiliging hebben we niet. kan ik de politie bellen voordat er iets gebeurd is of is dat raar")
    assert followups.direct_answer(text) == followups.POLITIE_BELLEN
