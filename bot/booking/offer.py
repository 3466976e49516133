"""Which appointment times to offer, and how an offered time travels through the dialogue.

An offered time is the string "<counsellor_key>|<ISO start in UTC>", e.g.
"marieke-jansen|2027-03-09T08:00:00+00:00": a button payload and a list-slot value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from bot.scheduling.dutch_dates import When
from bot.scheduling.localtime import AMSTERDAM
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
    # Set when the days had free times but none at the asked time of day ("na 17 uur", "'s
    # avonds"): these are the free times nearest to it, and "later"/"earlier" says which side.
    nearest: str | None = None
    # True when no counsellor works at all at the asked time ("zaterdag", "'s nachts"), booked or
    # not: then other ways are said, not only "nothing free" (seventh stranger test c08)
    outside_hours: bool = False


LATER, EARLIER = "later", "earlier"  # the asked time of day lies after (before) every free time
OTHER_TIMES = "other_times"  # an exact time asked for ("om 13:45") is not free: the nearest free times


def _minutes(moment: dt.time) -> int:
    return moment.hour * 60 + moment.minute


def _nearest(candidates: list[Slot], when: When, count: int) -> Offer | None:
    """The free times of the asked days nearest to the asked time of day, or None."""
    window = when.window
    if window is None or not candidates:
        return None
    low, high = _minutes(window[0]), _minutes(window[1])

    def distance(slot: Slot) -> int:
        minute = _minutes(slot.start_utc.astimezone(AMSTERDAM).time())
        return low - minute if minute < low else minute - high + 1

    ranked = sorted(candidates, key=lambda s: (distance(s), s.start_utc))[:count]
    ranked.sort(key=lambda s: s.start_utc)
    first = _minutes(ranked[0].start_utc.astimezone(AMSTERDAM).time())
    return Offer(ranked, False, LATER if first < low else EARLIER)


def offer(availabilities: Iterable[Availability], bookings: Iterable[Booking], when: When, now: dt.datetime,
          count: int = OFFER_COUNT) -> Offer:
    """Up to `count` free times matching `when` (range and time of day); when the days have free
    times but none at that time of day, the ones nearest to it (Offer.nearest); else the first
    free times after the range."""
    availabilities, bookings = list(availabilities), list(bookings)
    candidates = first_free_slots(availabilities, bookings, now=now, start=when.start, end=when.end,
                                  limit=SEARCH_LIMIT)
    candidates = [s for s in candidates if when.allows(s.start_utc)]  # never a time ruled out ("niet op maandag")
    if when.at is not None and candidates:  # "om 13:45": that time if free, with the free times nearest to it
        near = _nearest(candidates, when, count)
        if near is not None:
            exact = any(when.contains(s.start_utc) for s in near.slots)
            return Offer(near.slots, True) if exact else Offer(near.slots, False, OTHER_TIMES,
                                                                 outside_hours(availabilities, when, now))
    matching = [s for s in candidates if when.contains(s.start_utc)][:count]
    if matching:
        return Offer(matching, True)
    outside = outside_hours(availabilities, when, now)
    nearest = _nearest(candidates, when, count)
    if nearest is not None:
        return Offer(nearest.slots, False, nearest.nearest, outside)
    after = first_free_slots(availabilities, bookings, now=now, start=max(when.end, now), limit=SEARCH_LIMIT)
    return Offer([s for s in after if when.allows(s.start_utc)][:count], False, None, outside)


def outside_hours(availabilities: Iterable[Availability], when: When, now: dt.datetime) -> bool:
    """Whether no counsellor works at any moment of `when` (its range and time of day), whatever
    is booked: the times asked for lie outside everyone's working hours."""
    working = first_free_slots(list(availabilities), [], now=now, start=when.start, end=when.end, limit=SEARCH_LIMIT)
    return not any(when.contains(s.start_utc) for s in working)


def first_free(availabilities: Iterable[Availability], bookings: Iterable[Booking], now: dt.datetime,
               count: int = OFFER_COUNT) -> list[Slot]:
    return first_free_slots(list(availabilities), list(bookings), now=now, limit=count)
