"""The sixth stranger test (docs/stranger-tests/2026-12-01-sixth.md), the pure parts: a counsellor
said to be avoided is never offered (c09), a number without a country code that is or may be
Belgian is asked about, never silently made Dutch (c08), a code with a change of the way of
meeting is a request to change that appointment (c22), a question for chat or mail is heard
(c29), and a way of meeting said not to be wanted is about the way, not a story (c16). Messages
like the transcripts', not the same sentences."""

from __future__ import annotations

import pytest

from bot.booking.availability import CounsellorInfo
from bot.booking.routing import ANDER, route
from bot.contact import InvalidContact, PhoneCountryUnclear, normalise_phone
from bot.dialogue import booking as b
from bot.scheduling.slots import Availability

NAMES = {"ruud-de-boer": "Ruud de Boer", "marieke-jansen": "Marieke Jansen"}


def _c(key, kind, internal=True):
    return CounsellorInfo(key, kind, ("telefoon",), None, Availability(key, ()), key.title(), internal, True)


MARIEKE, RUUD = _c("marieke-jansen", "VPOO"), _c("ruud-de-boer", "BEIDE", internal=False)


# --- c09: "iemand anders dan Marieke" ------------------------------------------------------------

@pytest.mark.parametrize("text", ["mag het met een ander dan marieke?", "liever niet bij Marieke Jansen",
                                  "zonder marieke graag", "geen Jansen alsjeblieft"])
def test_c09_a_name_said_to_be_avoided_is_an_avoided_counsellor(text):
    assert b.counsellor_wish(text, NAMES) == b.CounsellorWish(avoid="marieke-jansen")


def test_c09_a_name_asked_for_is_still_a_choice():
    assert b.counsellor_wish("met Ruud graag", NAMES) == b.CounsellorWish(key="ruud-de-boer")


def test_c09_the_avoided_counsellor_is_not_offered():
    found = route([MARIEKE, RUUD], soort="omgangsvormen", avoid="marieke-jansen")
    assert [c.key for c in found.counsellors] == ["ruud-de-boer"] and found.unmet is None


def test_c09_nobody_else_is_said_and_who_there_is_stays():
    found = route([MARIEKE], soort="omgangsvormen", avoid="marieke-jansen")
    assert [c.key for c in found.counsellors] == ["marieke-jansen"] and found.unmet == ANDER


def test_c09_avoiding_someone_outside_the_pool_changes_nothing():
    found = route([MARIEKE, _c("piet", "VPI")], soort="omgangsvormen", avoid="piet")
    assert [c.key for c in found.counsellors] == ["marieke-jansen"] and found.unmet is None


def test_c09_the_same_name_chosen_and_avoided_is_no_choice():
    found = route([MARIEKE, RUUD], key="marieke-jansen", avoid="marieke-jansen")
    assert [c.key for c in found.counsellors] == ["ruud-de-boer"]


# --- c08: a Belgian mobile number without +32 ------------------------------------------------------

@pytest.mark.parametrize(("typed", "belgian"), [
    ("0470 12 34 56", "+32470123456"),  # Dutch 0470 does not exist
    ("0491/23.45.67", "+32491234567"),
    ("0484123456", "+32484123456"),
])
def test_c08_a_belgian_mobile_without_country_code_is_asked_about(typed, belgian):
    with pytest.raises(PhoneCountryUnclear) as caught:
        normalise_phone(typed)
    assert (caught.value.belgian, caught.value.dutch) == (belgian, None)


@pytest.mark.parametrize(("typed", "belgian", "dutch"), [
    ("0475 12 34 56", "+32475123456", "+31475123456"),  # also Roermond
    ("0465-123456", "+32465123456", "+31465123456"),  # also Sittard (046)
    ("0455 123456", "+32455123456", "+31455123456"),  # also Heerlen (045)
])
def test_c08_a_number_that_is_both_is_asked_about(typed, belgian, dutch):
    with pytest.raises(PhoneCountryUnclear) as caught:
        normalise_phone(typed)
    assert (caught.value.belgian, caught.value.dutch) == (belgian, dutch)


@pytest.mark.parametrize(("typed", "e164"), [
    ("040-1234567", "+31401234567"),  # Eindhoven
    ("043 123 45 67", "+31431234567"),  # Maastricht
    ("0412 123456", "+31412123456"),  # Oss
    ("0499-123456", None),  # Best, and a Belgian mobile range: asked (below)
    ("+31 470 12 34 56", None),
    ("+32 470 12 34 56", "+32470123456"),
    ("0032 470 12 34 56", "+32470123456"),
    ("06 12345678", "+31612345678"),
])
def test_c08_dutch_04_numbers_and_numbers_with_a_country_code(typed, e164):
    if typed.startswith("0499"):  # 0499 is Best and a Belgian mobile range: asked
        with pytest.raises(PhoneCountryUnclear):
            normalise_phone(typed)
    elif e164 is None:  # +31 470: no Dutch area code
        with pytest.raises(InvalidContact, match="area code"):
            normalise_phone(typed)
    else:
        assert normalise_phone(typed) == e164


@pytest.mark.parametrize("typed", ["0441234567", "0421234567", "0414123456"])
def test_c08_a_04_number_without_dutch_area_code_is_refused(typed):
    with pytest.raises(InvalidContact, match="area code"):
        normalise_phone(typed)


def test_c08_a_number_in_a_sentence_is_not_made_dutch():
    assert b.phone_in("bel me op 0470 12 34 56") is None
    assert b.unclear_phone_in("bel me op 0470 12 34 56").belgian == "+32470123456"
    assert b.unclear_phone_in("bel me op 06 12345678") is None


# --- c22: a code with a change of the way of meeting ------------------------------------------------

@pytest.mark.parametrize("text", [
    "ik heb al een afspraak (ABCD-EFGH-JKMN), kan die via video in plaats van telefonisch?",
    "code ABCD-EFGH-JKMN: liever telefonisch dan op locatie, de tijd blijft",
])
def test_c22_a_code_with_another_way_of_meeting_is_a_change(text):
    assert b.code_request(text) == b.MOVE


def test_c22_a_code_with_a_way_and_a_cancel_wish_is_a_cancel():
    assert b.code_request("annuleer ABCD-EFGH-JKMN maar, telefonisch lukt niet") == b.CANCEL


# --- c29: chat or mail --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "asked"), [
    ("bellen vind ik eng, kan het ook per mail?", True),
    ("kan ik ook chatten met de vertrouwenspersoon", True),
    ("gaat dat via de chat of e-mail?", True),
    ("mail me maar", False),  # how to be reached, no question about the conversation
    ("kan het telefonisch?", False),
    ("mijn mail is naam@voorbeeld.nl", False),
])
def test_c29_a_question_whether_the_conversation_can_be_by_chat_or_mail(text, asked):
    assert b.asks_chat_or_mail(text) is asked


# --- c16: "niet op locatie want ..." is about the way of meeting ----------------------------------------

@pytest.mark.parametrize(("text", "named"), [
    ("dinsdag, maar niet op locatie want daar ziet iedereen me", True),
    ("liever niet via video", True),
    ("dinsdagochtend", False),
    ("mijn collega's lachen me uit", False),
])
def test_c16_a_way_of_meeting_named_even_when_not_wanted(text, named):
    assert b.names_a_way_of_meeting(text) is named


def test_c16_the_way_not_wanted():
    assert b.ways_not_wanted("dinsdag, maar niet op locatie want daar ziet iedereen me") == {"op_locatie"}
    assert b.ways_not_wanted("telefonisch graag") == set()
    assert b.ways_not_wanted("telefonisch of via video, maakt niet uit") == set()
    assert b.ways_not_wanted("niet video maar telefonisch") == {"video"}


@pytest.mark.parametrize("text", ["ik durf niet te bellen, kan het per mail?", "liever niet te bellen"])
def test_c29_not_daring_to_call_is_no_wish_to_call(text):
    assert b.way_of_meeting(text) is None
    assert b.ways_not_wanted(text) == {"telefoon"}


@pytest.mark.parametrize("text", [
    "hij riep me naar zijn kantoor en zei dat ik mijn mond moet houden",  # "mijn mond moet": 12 letters, no code
    "liever op locatie, mijn mond moet dicht blijven",
])
def test_c22_a_way_of_meeting_with_words_that_read_like_a_code_is_no_change(text):
    assert b.code_request(text) is None
