"""Which times are offered: range and part of day, and the first free times after the range."""

import datetime as dt
from datetime import time

import pytest

from bot.booking import offer
from bot.scheduling.dutch_dates import parse_when
from bot.scheduling.slots import Availability, Booking

UTC = dt.timezone.utc
NOW = dt.datetime(2027, 3, 8, 9, 0, tzinfo=UTC)  # Monday 10:00 in Amsterdam
ANNA = Availability("anna", [(1, time(9), time(12)), (1, time(13), time(17))])  # Tuesdays


def test_encode_and_decode():
    slot = offer.first_free([ANNA], [], NOW)[0]
    value = offer.encode(slot)
    assert value == "anna|2027-03-09T08:00:00+00:00"
    assert offer.decode(value) == ("anna", slot.start_utc)


@pytest.mark.parametrize("bad", ["", "anna", "anna|gisteren", "|2027-03-09T08:00:00+00:00",
                                 "anna|2027-03-09T08:00:00", "a|b|c"])
def test_decode_refuses_what_was_not_offered(bad):
    with pytest.raises(ValueError):
        offer.decode(bad)


def test_part_of_day_is_respected():
    found = offer.offer([ANNA], [], parse_when("dinsdagmiddag", NOW), NOW)
    assert found.in_range and [s.start_utc.hour for s in found.slots] == [12, 12, 13]


def test_bookings_are_skipped():
    taken = Booking("anna", dt.datetime(2027, 3, 9, 12, 0, tzinfo=UTC), dt.datetime(2027, 3, 9, 12, 45, tzinfo=UTC))
    found = offer.offer([ANNA], [taken], parse_when("dinsdagmiddag", NOW), NOW)
    assert found.slots[0].start_utc == dt.datetime(2027, 3, 9, 12, 45, tzinfo=UTC)


def test_nothing_in_range_gives_the_first_after_it():
    found = offer.offer([ANNA], [], parse_when("woensdag", NOW), NOW)
    assert not found.in_range
    assert found.slots[0].start_utc == dt.datetime(2027, 3, 16, 8, 0, tzinfo=UTC)


def _local_times(found):
    return [s.start_utc.astimezone(offer.AMSTERDAM).strftime("%d %H:%M") for s in found.slots]


@pytest.mark.parametrize("wish", ["'s avonds", "na 17 uur", "liefst buiten werktijd, na vijven"])
def test_no_free_time_that_late_offers_the_latest_ones_of_the_asked_days(wish):
    """Second stranger test (B4): "avond" got the first times after two weeks, at 13:00."""
    found = offer.offer([ANNA], [], parse_when(wish, NOW), NOW)
    assert found.nearest == offer.LATER and not found.in_range
    assert _local_times(found) == ["09 15:15", "09 16:00", "16 16:00"]  # Anna's last times (45 minutes, until 17)
    assert all(s.start_utc < dt.datetime(2027, 3, 23, tzinfo=UTC) for s in found.slots)  # within the two weeks


def test_no_free_time_that_early_offers_the_earliest_ones():
    found = offer.offer([ANNA], [], parse_when("dinsdag voor 8 uur", NOW), NOW)
    assert found.nearest == offer.EARLIER
    assert _local_times(found)[0] == "09 09:00"


def test_a_window_that_fits_is_offered_as_asked():
    found = offer.offer([ANNA], [], parse_when("dinsdag vanaf 4 uur", NOW), NOW)
    assert found.in_range and found.nearest is None
    assert all(s.start_utc.astimezone(offer.AMSTERDAM).hour >= 16 for s in found.slots)


def test_an_exact_free_time_is_offered_with_its_neighbours():
    found = offer.offer([ANNA], [], parse_when("dinsdag om 13:45", NOW), NOW)
    assert found.in_range and found.nearest is None
    assert "13:45" in [s.start_utc.astimezone(offer.AMSTERDAM).strftime("%H:%M") for s in found.slots]


def test_an_exact_time_that_is_taken_gives_the_nearest_free_ones():
    when = parse_when("dinsdag om 13:45", NOW)
    first = offer.offer([ANNA], [], when, NOW).slots
    exact = next(s for s in first if s.start_utc.astimezone(offer.AMSTERDAM).strftime("%H:%M") == "13:45")
    taken = Booking("anna", exact.start_utc, exact.end_utc)
    found = offer.offer([ANNA], [taken], when, NOW)
    assert found.nearest == offer.OTHER_TIMES and not found.in_range
    assert exact.start_utc not in [s.start_utc for s in found.slots]
    assert len(found.slots) == offer.OFFER_COUNT
