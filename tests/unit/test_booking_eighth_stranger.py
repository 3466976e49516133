"""The eighth stranger test (docs/stranger-tests/2026-12-01-eighth.md), booking: the words read
without Rasa. An English request to book with the time and way in it (c14), the two English
questions of one message (c03), no number and calling in oneself as the anonymous way (c02), a
button payload passed as text (c21), a counsellor chosen with gender as the reason (c13), and
English time phrases."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.dialogue import booking as b
from bot.nlu import language
from bot.scheduling.dutch_dates import parse_when
from bot.scheduling.localtime import AMSTERDAM

NOW = dt.datetime(2026, 12, 1, 10, 0, tzinfo=AMSTERDAM)  # Tuesday
NAMES = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}


@pytest.mark.parametrize("text", ["ok I want to book. next monday morning please. by phone",
                                  "I would like to book, tomorrow afternoon by video",
                                  "can I book with someone next week?"])
def test_c14_an_english_request_to_book_starts_the_booking(text):
    assert language.english_booking(text)  # before: the short "I work in Dutch" answer


def test_c14_the_time_and_the_way_in_the_english_request_are_read():
    text = "ok I want to book. next monday morning please. by phone"
    when = parse_when(text, NOW)
    assert when.start.date() == dt.date(2026, 12, 7) and when.part_of_day.name == "OCHTEND"
    assert b.way_of_meeting(text) == b.PHONE


@pytest.mark.parametrize(("text", "days"), [("in two weeks", (dt.date(2026, 12, 14), dt.date(2026, 12, 21))),
                                            ("early next week", (dt.date(2026, 12, 7), dt.date(2026, 12, 10)))])
def test_english_time_phrases(text, days):
    when = parse_when(text, NOW)
    assert (when.start.date(), when.end.date()) == days


def test_whenever_is_as_soon_as_possible():
    assert parse_when("whenever is fine", NOW).asap


def test_c03_both_english_questions_are_found():
    assert language.english_topics("is it free? and will my manager know?") == [language.KOSTEN,
                                                                                 language.VERTROUWELIJK]
    assert language.english_topic("will my manager know?") == language.VERTROUWELIJK


@pytest.mark.parametrize(("text", "choice"), [
    ("nee ik wil juist geen nummer geven. ik bel zelf wel, welk nummer?", b.ANONYMOUS),
    ("GEEN nummer. anoniem zei ik toch", b.ANONYMOUS),
    ("ik bel liever zelf", b.ANONYMOUS),
    ("geen nummer, wel mail", b.EMAIL),
    ("anonymous please", b.ANONYMOUS),
    ("by phone", b.PHONE),
    ("bel me maar", b.PHONE),
])
def test_c02_no_number_and_calling_in_oneself_is_the_anonymous_way(text, choice):
    assert b.contact_choice(text) == choice


@pytest.mark.parametrize(("text", "pressed"), [
    ('/kies_optie{"bereikbaar":"telefoon"}', ("bereikbaar", "telefoon")),
    ('kies_optie{"bereikbaar":"telefoon"}', ("bereikbaar", "telefoon")),  # the web chat drops the '/'
    ('kies_optie{"ontmoetingsvorm": "video"}', ("ontmoetingsvorm", "video")),
    ("telefoon", None),
    ('kies_optie{"bereikbaar":"' + "x" * 90 + '"}', None),
])
def test_c21_a_contact_or_way_button_is_recognised_as_text(text, pressed):
    assert b.option_pressed(text) == pressed


def test_c13_a_counsellor_chosen_with_gender_as_the_reason_is_a_choice():
    text = "nee ik wil liever bij Marieke blijven, het is een vrouw. dan maar volgende week"
    assert b.asks_for_gender(text) and b.gender_as_reason(text, NAMES)
    assert not b.gender_as_reason("is Marieke een vrouw?", NAMES)
    assert not b.gender_as_reason("kan ik met een vrouw praten?", NAMES)
