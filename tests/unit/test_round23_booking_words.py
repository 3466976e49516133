"""Issue 10: pure readings behind the round-22 booking and situation fixes (twenty-second stranger
test A c02, A c05, B c02, C c02): room numbers are no times, "staat mijn afspraak nog?" while moving,
wishes for the counsellor's call that cannot be passed on, no superior named, and the situation
list's buttons pressed after a newer answer."""

from __future__ import annotations

import datetime as dt

import pytest
import yaml

from bot.channels.offers import OfferedButtons, dialogue_text
from bot.dialogue import booking, situations
from bot.scheduling.dutch_dates import parse_when
from bot.settings import PROJECT_ROOT

NOW = dt.datetime(2027, 3, 9, 10, 0, tzinfo=dt.timezone.utc)


# --- A c02: "kamer 2.14" read as 14:14 --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "huh?? nee er is geen gevaar hoor. ik bedoel het gesprek met marieke, kan dat telefonisch ipv in kamer 2.14",
    "liever niet in lokaal 3.05", "is dat in spreekkamer 1.12?", "gebouw 4, verdieping 2",
])
def test_a_room_number_is_no_time(text):
    when = parse_when(text, NOW)
    assert when is None or when.at is None


@pytest.mark.parametrize("text, hour, minute", [
    ("gebouw A, kamer 2.14 om 10:30", 10, 30), ("om 14.15 in kamer 2", 14, 15), ("donderdag 13.45", 13, 45),
])
def test_a_time_beside_a_room_is_still_read(text, hour, minute):
    assert parse_when(text, NOW).at == dt.time(hour, minute)


# --- A c02: whether the appointment still stands, asked while moving -----------------------------
@pytest.mark.parametrize("text", [
    "laat maar. staat mijn afspraak nu nog wel op donderdag 9 uur?",
    "dus hij staat op donderdag 9 uur of weer op maandag?",
    "is mijn afspraak nog steeds donderdag?", "wanneer is mijn afspraak nu?",
])
def test_asks_if_the_appointment_still_stands(text):
    assert booking.asks_if_still_on(text)


@pytest.mark.parametrize("text", [
    "donderdag 9 uur", "staat mijn afspraak nog wel", "kan het donderdag om 9 uur?", "liever later op de dag",
])
def test_a_time_wish_is_no_question_about_the_appointment(text):
    assert not booking.asks_if_still_on(text)


# --- B c02: a wish for how the counsellor calls ------------------------------------------------------
@pytest.mark.parametrize("text", [
    "06 123 45 678 maar niet inspreken want mn moeder luistert soms mn voicemail",
    "als ze mij belt en ik neem niet op, niks inspreken pls", "graag geen sms", "bel me niet voor 4 uur",
    "mijn vriend mag het niet weten",
])
def test_a_wish_for_the_call_is_seen(text):
    assert booking.note_for_counsellor(text)


@pytest.mark.parametrize("text", ["06 123 45 678", "telefonisch graag", "liever niet bellen, mail maar",
                                  "ik wil niet dat hij het weet", "ik heb het ingesproken bij de huisarts"])
def test_plain_contact_answers_hold_no_wish(text):
    assert not booking.note_for_counsellor(text)


# --- C c02: no abuse of power without someone higher ---------------------------------------------
@pytest.mark.parametrize("text", [
    "hij heeft geen hogere positie hoor, hij is gewoon collega. maar mag ik eigenlijk weigeren?",
    "ze is gewoon een collega", "hij is niet mijn leidinggevende", "die is geen baas ofzo",
])
def test_no_superior(text):
    assert situations.no_superior(text)


@pytest.mark.parametrize("text", [
    "ik ben geen leidinggevende, hij is MIJN leidinggevende", "mijn collega is ook mijn teamleider",
    "hij heeft een hogere positie dan ik",
])
def test_a_superior_is_not_denied(text):
    assert not situations.no_superior(text)


def test_superior_named_or_not():
    assert situations.names_superior("mijn teamleider zegt dat ik dan geen contract krijg")
    assert situations.names_superior("ze staat boven mij")
    assert not situations.names_superior("ik moet vrijdag weer met hem nachtdienst draaien, met z'n tweeen")


# --- C c02: the situation list's buttons, pressed after a newer answer -------------------------------
def _situation_list_payloads() -> list[str]:
    domain = yaml.safe_load((PROJECT_ROOT / "domain" / "meldingen.yml").read_text(encoding="utf-8"))
    buttons = domain["responses"]["utter_kies_situatie"][0]["buttons"]
    return [b["payload"].replace("{{", "{").replace("}}", "}") for b in buttons]


def test_every_situation_button_stands_after_a_newer_answer():
    book = OfferedButtons(ttl_seconds=60)
    book.offer("a", ["/bevestigen", "/ontkennen"])  # "Klopt het dat het gaat om ...?" came after the list
    payloads = _situation_list_payloads()
    assert len(payloads) >= 10
    for payload in payloads:
        assert dialogue_text(book, "a", payload) == payload


@pytest.mark.parametrize("forged", ['/kies_situatie{"situatie":"onzin"}', '/kies_situatie{"situatie": "pesten"}',
                                    '/kies_situatie{"situatie":"pesten","rol":"zelf"}'])
def test_other_situation_payloads_stay_plain_text(forged):
    book = OfferedButtons(ttl_seconds=60)
    book.offer("a", ["/bevestigen"])
    assert not dialogue_text(book, "a", forged).startswith("/")
