"""A negated clock bound restricts the times ("niet voor 10 uur" is from 10 on), tenth stranger test c07.

Fixed clock: Wednesday 2 December 2026 11:00 Amsterdam.
"""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.dutch_dates import parse_when, parse_wishes

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 12, 2, 11, 0, tzinfo=AMS)
TUESDAY = date(2026, 12, 8)


def on_tuesday(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, 8, hour, minute, tzinfo=AMS)


@pytest.mark.parametrize("text", [
    "hmm nee toch liever volgende week dinsdag, niet voor 10 uur",
    "volgende week dinsdag niet eerder dan 10 uur",
    "dinsdag 8 december, niet vroeger dan 10:00",
    "dinsdag pas na tienen",
    "dinsdag, niet voor tienen",
    "dinsdag 10 uur of later",
    "dinsdag vanaf 10 uur of later graag",
    "dinsdag op zijn vroegst om 10 uur",
    "dinsdag kan ik niet voor 10 uur",
])
def test_not_before_ten_starts_at_ten_on_the_asked_day(text):
    when = parse_when(text, NOW)
    assert when is not None, text
    assert when.start.date() == TUESDAY, text
    assert not when.excluded, text  # Tuesday itself is not ruled out
    assert not when.contains(on_tuesday(9, 0)) and not when.contains(on_tuesday(9, 45)), text
    assert when.contains(on_tuesday(10, 30)) and when.contains(on_tuesday(11, 15)), text


@pytest.mark.parametrize("text", [
    "dinsdag niet na 15 uur", "dinsdag niet later dan 15:00", "dinsdag uiterlijk 15 uur",
    "dinsdag op zijn laatst om 15 uur", "dinsdag 15 uur of eerder",
])
def test_not_after_three_ends_at_three(text):
    when = parse_when(text, NOW)
    assert when is not None, text
    assert when.start.date() == TUESDAY, text
    assert not when.excluded, text
    assert when.contains(on_tuesday(13, 0)), text
    assert not when.contains(on_tuesday(16, 0)), text


def test_the_repeated_bound_is_kept_with_the_day():
    when = parse_wishes("volgende week dinsdag, niet voor 10 uur\nik zei NIET voor 10 uur. dus 10 uur of later", NOW)
    assert when is not None
    assert when.start.date() == TUESDAY
    assert when.after == time(10)
    assert not when.contains(on_tuesday(9, 45)) and when.contains(on_tuesday(10, 30))


def test_not_before_a_date_is_still_a_date():
    when = parse_when("niet voor 10 december", NOW)
    assert when is None or when.after is None


def test_not_before_lunch_is_the_afternoon():
    when = parse_when("dinsdag niet voor de lunch", NOW)
    assert when is not None
    assert not when.contains(on_tuesday(10, 0)) and when.contains(on_tuesday(13, 0))


def test_a_plain_before_still_means_before():
    when = parse_when("dinsdag voor 10 uur", NOW)
    assert when is not None and when.contains(on_tuesday(9, 0)) and not when.contains(on_tuesday(10, 30))
