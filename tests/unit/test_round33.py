"""Round 32 recheck findings mended in the session of 2026-12-07 (evening): pure functions, no Rasa."""

import pytest

from bot.dialogue import followups


@pytest.mark.parametrize("text", [
    "bellen. en kees krijgt dit niet te horen he",          # round 32 recheck A c03, asked in the booking
    "anoniem. maar je gaf geen antwoord, hoort kees hiervan?",
    "hoort kees hiervan?",
    "weet jan hier iets van?",
    "komt sandra dit te weten?",
])
def test_the_other_named_by_first_name_hears_nothing(text):
    assert followups.direct_answer(text) == followups.DADER_HOORT_NIETS


@pytest.mark.parametrize("text", [
    "krijgt marieke dit te horen?",      # the counsellor of the example file, not the other person
    "hoort ruud hiervan?",
    "weet iemand hiervan?",
    "ik hoorde het ervan",
])
def test_no_other_person_named(text):
    assert followups.direct_answer(text) != followups.DADER_HOORT_NIETS


@pytest.mark.parametrize("text", [
    "nee ik ga niet bellen naar 113. ik ben niet gek ofzo. ik wil gewoon met iemand van werk praten over dat pesten",
    "ook niet chatten. ik wil een afspraak met de vertrouwenspersoon. kan dat?",   # round 32 recheck B c02
    "ik wil echt niet bellen met de hulplijn",
])
def test_help_lines_refused(text):
    from bot.dialogue import crisis

    assert crisis.refuses_help_lines(text)


@pytest.mark.parametrize("text", [
    "ik durf niet te bellen naar 113",      # fear of calling: the chat is offered (DURFT_NIET_BELLEN)
    "ik ga wel bellen naar 113",
    "ik wil gewoon chatten",
])
def test_no_refusal(text):
    from bot.dialogue import crisis

    assert not crisis.refuses_help_lines(text)


@pytest.mark.parametrize("text, expected", [
    ("wat?? daar heb ik het niet over. laat ook maar, ik zie maandag wel", "afscheid"),  # round 32 recheck B c02
    ("laat maar, ik zie het wel", "afscheid"),
    ("ik zie het niet zitten", None),
    ("ik zie maandag wel of ik ga", None),
])
def test_leaving_with_i_will_see(text, expected):
    from bot.dialogue import resume

    assert resume.goodbye_at_end(text) == expected
