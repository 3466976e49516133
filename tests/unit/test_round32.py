"""Round 32 of the stranger test: the pure functions behind its fixes (no Rasa)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.scheduling.dutch_dates import parse_when

NOW = dt.datetime(2027, 3, 9, 15, 45, tzinfo=dt.timezone.utc)  # Tuesday


@pytest.mark.parametrize("text, day", [
    ("vr middag", 12), ("kan het vr middag?", 12), ("vr. ochtend", 12), ("do 18", 18), ("wo 9 uur", 10),
    ("fri afternoon", 12), ("zo middag", 14), ("ma ochtend graag", 15), ("thu morning", 11),
])
def test_a_day_written_short_before_a_part_of_day_or_a_number_is_that_day(text, day):
    # round 31 B c05: "vr middag" was not read as Friday
    when = parse_when(text, NOW)
    assert when is not None and when.start.day == day


@pytest.mark.parametrize("text, day", [
    ("zo snel mogelijk", None),            # "so soon": as soon as possible, not Sunday
    ("zo morgen dan", 10),                 # "so, tomorrow"
    ("ik ben vrij morgen", 10),            # free tomorrow, not Friday morning
    ("do you have time tomorrow", 10),
])
def test_short_words_that_are_not_days_stay_what_they_are(text, day):
    when = parse_when(text, NOW)
    assert when is not None
    if day is None:
        assert when.asap
    else:
        assert when.start.day == day


def test_a_duration_after_a_short_word_is_no_day():
    assert parse_when("ma 3 dagen", NOW) is None
    assert parse_when("sat 2 hours", NOW) is None
