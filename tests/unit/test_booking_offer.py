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
