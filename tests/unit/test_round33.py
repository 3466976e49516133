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


@pytest.mark.parametrize("text, expected", [
    ("shit. hij appt me net: 'ik weet dat jij het was. ik sta vanavond bij je auto, dan praten we wel even'. hij is "
     "twee koppen groter dan ik. ik moet zo naar de parkeergarage", True),   # round 33 A c14, in the booking
    ("hij zei: ik wacht na je dienst bij je fiets", True),
    ("ik kom morgen bij je huis om je op te halen", False),
    ("ik sta bij de auto", False),
])
def test_waiting_at_ones_car_or_home_is_a_threat(text, expected):
    from bot.dialogue import crisis

    assert crisis.threatened(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("oh shit nee morgen heb ik toch dienst tot 17u. liever donderdag, kan dat nog?", True),   # round 33 A c13
    ("kan dat nog naar vrijdag?", True),
    ("ik wil nog een afspraak, donderdag, over iets anders", False),
    ("donderdag", False),
])
def test_a_correction_of_the_booking_just_made(text, expected):
    from bot.dialogue import booking

    assert booking.moves_the_one_just_made(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("dank je. en hoe begin ik morgen het gesprek met Sanne zonder dat het raar wordt?", "getuige_gesprek"),  # A c01
    ("hoe begin ik het gesprek met mijn collega?", "getuige_gesprek"),
    ("hoe begin ik het gesprek met de vertrouwenspersoon?", None),
    ("hoe begin ik het gesprek met marieke?", None),         # the counsellor of the example file
    ("hoe begin ik het gesprek met mijn leidinggevende?", None),
    ("hoe spreek ik kees aan op zijn opmerkingen?", None),   # addressing the one who did it
])
def test_how_to_start_the_talk_with_a_colleague(text, expected):
    assert followups.direct_answer(text) == expected


def test_before_ones_meeting_tomorrow_at_11_is_a_deadline():
    # round 33 A c12: "liefst vóór mijn gesprek morgen om 11 uur" got the times at and after 11
    import datetime as dt

    from bot.scheduling.dutch_dates import parse_when
    from bot.scheduling.localtime import AMSTERDAM

    now = dt.datetime(2027, 3, 9, 16, 30, tzinfo=AMSTERDAM)
    when = parse_when("Ik wil eerst de vertrouwenspersoon spreken, liefst vóór mijn gesprek morgen om 11 uur.", now)
    assert when.start == now and when.end == dt.datetime(2027, 3, 10, 10, 15, tzinfo=AMSTERDAM) and when.at is None
    assert parse_when("een afspraak voor vrijdag", now).start == dt.datetime(2027, 3, 12, tzinfo=AMSTERDAM)


@pytest.mark.parametrize("text", [
    "morgen sta ik met Yassine en de ploegbaas samen op de vroege. wat doe ik als hij weer begint? moet ik er tussen "
    "springen? ik ben eerlijk gezegd ook een beetje bang van die mens",   # round 33 A c04
    "moet ik nu tussenbeide komen of niet",
    "mag ik ingrijpen als hij het weer doet?",
])
def test_a_witness_stepping_in(text):
    assert followups.direct_answer(text) == followups.GETUIGE_INGRIJPEN


@pytest.mark.parametrize("text, expected", [
    ("Kan de vertrouwenspersoon dan niet met die teamleider gaan praten? Dan hoef ik de namen niet te noemen.",
     "vp_straft_niet"),                                                                       # round 33 A c09
    ("Dus als ik toestemming geef, gaat de vertrouwenspersoon het gesprek met hem voeren?", "vp_straft_niet"),
    ("kan de vertrouwenspersoon met mijn leidinggevende praten?", "vp_niet_zonder_jou"),  # with consent it may
])
def test_the_counsellor_does_not_talk_to_the_accused(text, expected):
    assert followups.direct_answer(text) == expected


@pytest.mark.parametrize("text", [
    "ok. moet ik er iets van zeggen tegen Dennis de volgende keer dat ik het zie? ik wil wel ingrijpen maar hij is dus "
    "mijn baas",                                                                         # round 33 recheck c04
    "dank je, dat helpt. maar en als ik het weer zie gebeuren, moet ik dan iets tegen Dennis zeggen ter plekke?",
])
def test_a_witness_saying_something_when_it_happens(text):
    assert followups.direct_answer(text) == followups.GETUIGE_INGRIJPEN


@pytest.mark.parametrize("text, expected", [
    ("allez, ik krijg juist nen whatsapp van hem: 'ik weet wa ge aant doen zijt, ik wacht u op aan de parking na de "
     "shift'. ik ben nu wel wat bang", True),                                            # round 33 recheck c06, Flemish
    ("ik wacht je op bij de ingang om je op te halen", False),
    ("ik wacht op de bus", False),
])
def test_waiting_for_you_is_a_threat(text, expected):
    from bot.dialogue import crisis

    assert crisis.threatened(text) is expected
