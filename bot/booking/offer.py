"""Which appointment times to offer, and how an offered time travels through the dialogue.

An offered time is the string "<counsellor_key>|<ISO start in UTC>", e.g.
"marieke-jansen|2027-03-09T08:00:00+00:00": a button payload and a list-slot value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bot.scheduling.dutch_dates import When
from bot.scheduling.slots import DEFAULT_POLICY, Availability, Booking, Slot, first_free_slots

UTC = dt.timezone.utc
OFFER_COUNT = 3
SEARCH_LIMIT = 500  # slots looked at before the part-of-day filter


def encode(slot: Slot) -> str:
    return f"{slot.counsellor_key}|{slot.start_utc.astimezone(UTC).isoformat()}"


def decode(value: str) -> tuple[str, dt.datetime]:
    """(counsellor_key, start in UTC); ValueError when the text is no offered time."""
    if not isinstance(value, str) or value.count("|") != 1:
        raise ValueError("not an offered time")
    key, iso = value.split("|")
    start = dt.datetime.fromisoformat(iso)
    if not key or start.tzinfo is None:
        raise ValueError("not an offered time")
    return key, start.astimezone(UTC)


def end_of(start: dt.datetime) -> dt.datetime:
    return start + DEFAULT_POLICY.length


@dataclass(frozen=True)
class Offer:
    slots: list[Slot]
    in_range: bool  # False: nothing was free in the asked range; these are the first after it


def offer(availabilities: Iterable[Availability], bookings: Iterable[Booking], when: When, now: dt.datetime,
          count: int = OFFER_COUNT) -> Offer:
    """Up to `count` free times matching `when` (range and part of day); when none, the first
    free times after the range."""
    availabilities, bookings = list(availabilities), list(bookings)
    candidates = first_free_slots(availabilities, bookings, now=now, start=when.start, end=when.end,
                                  limit=SEARCH_LIMIT)
    matching = [s for s in candidates if when.contains(s.start_utc)][:count]
    if matching:
        return Offer(matching, True)
    after = first_free_slots(availabilities, bookings, now=now, start=max(when.end, now), limit=count)
    return Offer(after, False)


def first_free(availabilities: Iterable[Availability], bookings: Iterable[Booking], now: dt.datetime,
               count: int = OFFER_COUNT) -> list[Slot]:
    return first_free_slots(list(availabilities), list(bookings), now=now, limit=count)
