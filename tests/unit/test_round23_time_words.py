"""Twenty-third stranger test A: times read wrong in the booking. "donderdag 16 uur" was Thursday
at any time, "na mijn shift, tot 14u" was before 14:00, "vandaag kan ik nie" asked for today."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.scheduling.dutch_dates import parse_when

NOW = dt.datetime(2027, 3, 8, 10, 0, tzinfo=dt.timezone.utc)  # Monday


@pytest.mark.parametrize("text, hour", [
    ("donderdag 16 uur", 16), ("morgen 10 uur?", 10), ("vrijdagmiddag 3 uur dan", 15), ("dinsdag 9uur", 9),
])
def test_an_hour_right_after_a_day_is_a_clock_time(text, hour):
    assert parse_when(text, NOW).at == dt.time(hour)


@pytest.mark.parametrize("text", ["ik werk 36 uur", "ik zit er al 2 uur mee", "dat was 8 uur lang"])
def test_an_hour_without_a_day_is_no_clock_time(text):
    when = parse_when(text, NOW)
    assert when is None or when.at is None


@pytest.mark.parametrize("text", [
    "na mijn shift, tot 14u", "na mijn dienst die tot 14 uur is", "na mijn shift. die is tot 14:00",
])
def test_after_a_shift_that_ends_at_a_time_is_from_then_on(text):
    when = parse_when(text, NOW)
    assert when.after == dt.time(14) and when.before is None


@pytest.mark.parametrize("text", ["vandaag kan ik nie", "morgen kan ik ni", "vandaag kan ik niet"])
def test_a_day_ruled_out_in_flemish_asks_not_for_it(text):
    when = parse_when(text, NOW)
    assert when is None or (not when.dated and when.excluded)


@pytest.mark.parametrize("text, hour", [("donderdag rond 4", 16), ("om 9, kan dat?", 9), ("vrijdag om tien graag", 10)])
def test_an_hour_after_om_or_rond_where_the_phrase_ends_is_a_clock_time(text, hour):
    """Twenty-fourth stranger test A c04: "donderdag rond 4" got morning times."""
    assert parse_when(text, NOW).at == dt.time(hour)


def test_an_hour_followed_by_a_count_is_no_clock_time():
    when = parse_when("rond 4 keer per week", NOW)
    assert when is None or when.at is None
