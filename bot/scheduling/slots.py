"""Free appointment slots with a vertrouwenspersoon, and whether one is reachable right now.

Pure functions, no Rasa, no clock: every function takes ``now`` as an argument.

Time model
    Weekly hours are wall-clock times in Europe/Amsterdam ("Monday 09:00-17:00"). Each block is
    turned into an absolute UTC period per calendar day, so a 09:00 slot is 08:00 UTC in winter
    (CET) and 07:00 UTC in summer (CEST). Slots start at the block's start and follow each other
    every ``step`` (default: back to back, 09:00, 09:45, ...); the last slot must end by the
    block's end. Lengths and steps are real durations, stepped in UTC, so a block that spans the
    night of a clock change holds one hour more or less. ``time(0)`` as a block's end means
    midnight at the end of that day (e.g. ``(0, time(20), time(0))`` is Monday 20:00-24:00).

Search range
    ``[start, end)`` selects slots by their *start*: a slot starting at 16:30 is in a range that
    ends at 17:00 even though it ends at 17:15. Every returned slot also starts at or after
    ``now + min_notice``.

Holidays
    By default a day is closed when ``holidays.country_holidays("NL")`` lists it. With the
    ``holidays`` package 0.86 that is: Nieuwjaarsdag, Goede Vrijdag, Eerste and Tweede Paasdag,
    Koningsdag (27 April, or 26 April when the 27th is a Sunday), Bevrijdingsdag (5 May) *only in
    lustrum years* (2025, 2030, ...), Hemelvaartsdag, Eerste and Tweede Pinksterdag, Eerste and
    Tweede Kerstdag. So Goede Vrijdag is closed although it is no general day off in the
    Netherlands, and 5 May is open in e.g. 2027. Pass ``is_holiday`` to use another calendar.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache

import holidays

from bot.scheduling.localtime import AMSTERDAM, ONE_DAY, UTC, local_date, require_aware

MIDNIGHT = time(0)
DEFAULT_SLOT_MINUTES = 45
DEFAULT_MIN_NOTICE = timedelta(hours=4)
DEFAULT_HORIZON = timedelta(days=21)

HolidayCheck = Callable[[date], bool]
Period = tuple[datetime, datetime]  # [start, end) in UTC


@lru_cache(maxsize=64)
def _dutch_holidays(year: int) -> frozenset[date]:
    return frozenset(holidays.country_holidays("NL", years=year))


def is_dutch_holiday(day: date) -> bool:
    """Whether ``day`` is a Dutch public holiday according to the ``holidays`` package (see module doc)."""
    return day in _dutch_holidays(day.year)


def _as_utc(value: datetime, name: str) -> datetime:
    return require_aware(value, name).astimezone(UTC)


@dataclass(frozen=True)
class WeeklyHours:
    """One block of weekly working hours in Amsterdam wall-clock time; weekday 0 is Monday."""

    weekday: int
    start: time
    end: time  # exclusive; MIDNIGHT (00:00) means the end of the day

    def __post_init__(self) -> None:
        if not isinstance(self.weekday, int) or not 0 <= self.weekday <= 6:
            raise ValueError(f"weekday must be 0 (Monday) to 6 (Sunday), got {self.weekday!r}")
        if self.start.tzinfo is not None or self.end.tzinfo is not None:
            raise ValueError("weekly hours are Amsterdam wall-clock times: pass times without tzinfo")
        if self.end != MIDNIGHT and self.end <= self.start:
            raise ValueError(
                f"weekly hours must end after they start, got {self.start:%H:%M}-{self.end:%H:%M} "
                "(use 00:00 as the end for 'until midnight'; split hours that run past midnight)"
            )

    def period_on(self, day: date) -> Period:
        """This block on the calendar date ``day`` as a UTC period (``day`` must be on ``weekday``)."""
        end_day = day + ONE_DAY if self.end == MIDNIGHT else day
        start = datetime.combine(day, self.start, tzinfo=AMSTERDAM)
        end = datetime.combine(end_day, self.end, tzinfo=AMSTERDAM)
        return start.astimezone(UTC), end.astimezone(UTC)


@dataclass(frozen=True)
class Absence:
    """Days a counsellor is away (holiday leave, illness): ``first_day`` to ``last_day`` inclusive."""

    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise ValueError(f"absence ends ({self.last_day}) before it starts ({self.first_day})")

    def covers(self, day: date) -> bool:
        return self.first_day <= day <= self.last_day


@dataclass(frozen=True)
class Availability:
    """A counsellor's weekly hours and absences.

    ``weekly_hours`` and ``absences`` accept any iterable of ``WeeklyHours`` / ``Absence`` or of
    plain tuples ``(weekday, start, end)`` / ``(first_day, last_day)``; they are stored as tuples.
    """

    counsellor_key: str
    weekly_hours: tuple[WeeklyHours, ...]
    absences: tuple[Absence, ...] = ()

    def __post_init__(self) -> None:
        if not self.counsellor_key:
            raise ValueError("counsellor_key must not be empty")
        hours = tuple(h if isinstance(h, WeeklyHours) else WeeklyHours(*h) for h in self.weekly_hours)
        absences = tuple(a if isinstance(a, Absence) else Absence(*a) for a in self.absences)
        object.__setattr__(self, "weekly_hours", hours)
        object.__setattr__(self, "absences", absences)

    def is_absent(self, day: date) -> bool:
        return any(absence.covers(day) for absence in self.absences)

    def periods(self, first_day: date, last_day: date, is_holiday: HolidayCheck) -> Iterator[Period]:
        """Working periods (UTC) on the Amsterdam dates ``first_day`` to ``last_day`` inclusive,
        skipping holidays and absences, in date order."""
        day = first_day
        while day <= last_day:
            if not is_holiday(day) and not self.is_absent(day):
                for hours in self.weekly_hours:
                    if hours.weekday == day.weekday():
                        yield hours.period_on(day)
            day += ONE_DAY


@dataclass(frozen=True)
class Booking:
    """An appointment already made; datetimes must be aware and are stored in UTC."""

    counsellor_key: str
    start_utc: datetime
    end_utc: datetime

    def __post_init__(self) -> None:
        start, end = _as_utc(self.start_utc, "booking start"), _as_utc(self.end_utc, "booking end")
        if end <= start:
            raise ValueError(f"booking for {self.counsellor_key!r} ends ({end}) before or when it starts ({start})")
        object.__setattr__(self, "start_utc", start)
        object.__setattr__(self, "end_utc", end)

    def overlaps(self, start: datetime, end: datetime) -> bool:
        """Whether this booking overlaps ``[start, end)``; touching end to start is no overlap."""
        return self.start_utc < end and start < self.end_utc


@dataclass(frozen=True)
class Slot:
    """A free appointment: aware UTC datetimes, ``end_utc`` exclusive."""

    counsellor_key: str
    start_utc: datetime
    end_utc: datetime


@dataclass(frozen=True)
class SlotPolicy:
    """How slots are cut: length, grid step (None = back to back) and minimum notice."""

    slot_minutes: int = DEFAULT_SLOT_MINUTES
    step_minutes: int | None = None
    min_notice: timedelta = DEFAULT_MIN_NOTICE

    def __post_init__(self) -> None:
        if self.slot_minutes <= 0:
            raise ValueError(f"slot length must be positive, got {self.slot_minutes} minutes")
        if self.step_minutes is not None and self.step_minutes <= 0:
            raise ValueError(f"slot step must be positive, got {self.step_minutes} minutes")
        if self.min_notice < timedelta(0):
            raise ValueError(f"minimum notice must not be negative, got {self.min_notice}")

    @property
    def length(self) -> timedelta:
        return timedelta(minutes=self.slot_minutes)

    @property
    def step(self) -> timedelta:
        return timedelta(minutes=self.step_minutes or self.slot_minutes)

    def grid(self, period: Period) -> Iterator[Period]:
        """The slots of one working period: from its start every ``step``, each ending by its end."""
        start, end = period
        while start + self.length <= end:
            yield start, start + self.length
            start += self.step


DEFAULT_POLICY = SlotPolicy()


def _unique_keys(availabilities: Iterable[Availability]) -> list[Availability]:
    result = list(availabilities)
    keys = [a.counsellor_key for a in result]
    duplicates = sorted({k for k in keys if keys.count(k) > 1})
    if duplicates:
        raise ValueError(f"each counsellor needs one Availability; duplicated: {', '.join(duplicates)}")
    return result


def free_slots(
    availabilities: Iterable[Availability],
    bookings: Iterable[Booking],
    *,
    now: datetime,
    start: datetime,
    end: datetime,
    policy: SlotPolicy = DEFAULT_POLICY,
    is_holiday: HolidayCheck = is_dutch_holiday,
) -> list[Slot]:
    """All free slots starting in ``[start, end)`` and at or after ``now + policy.min_notice``.

    Excludes holidays, absence days and slots overlapping a booking of the same counsellor.
    Sorted by start time, then counsellor key.
    """
    now, start, end = _as_utc(now, "now"), _as_utc(start, "start"), _as_utc(end, "end")
    if end < start:
        raise ValueError(f"search range ends ({end}) before it starts ({start})")
    earliest = max(start, now + policy.min_notice)
    if earliest >= end:
        return []
    booked: dict[str, list[Booking]] = {}
    for booking in bookings:
        booked.setdefault(booking.counsellor_key, []).append(booking)

    slots = []
    for availability in _unique_keys(availabilities):
        taken = booked.get(availability.counsellor_key, [])
        for period in availability.periods(local_date(earliest), local_date(end), is_holiday):
            for slot_start, slot_end in policy.grid(period):
                if earliest <= slot_start < end and not any(b.overlaps(slot_start, slot_end) for b in taken):
                    slots.append(Slot(availability.counsellor_key, slot_start, slot_end))
    return sorted(slots, key=lambda slot: (slot.start_utc, slot.counsellor_key))


def first_free_slots(
    availabilities: Iterable[Availability],
    bookings: Iterable[Booking],
    *,
    now: datetime,
    start: datetime | None = None,
    end: datetime | None = None,
    limit: int = 3,
    distinct_starts: bool = True,
    policy: SlotPolicy = DEFAULT_POLICY,
    is_holiday: HolidayCheck = is_dutch_holiday,
) -> list[Slot]:
    """The first ``limit`` free slots; the range defaults to ``[now, start + DEFAULT_HORIZON)``.

    With ``distinct_starts`` (default) each start time is offered once, so the user sees
    ``limit`` different times; when several counsellors are free then, the lowest key wins.
    """
    if limit < 0:
        raise ValueError(f"limit must not be negative, got {limit}")
    start = now if start is None else start
    end = require_aware(start, "start") + DEFAULT_HORIZON if end is None else end
    slots = free_slots(availabilities, bookings, now=now, start=start, end=end, policy=policy, is_holiday=is_holiday)
    chosen: list[Slot] = []
    for slot in slots:
        if len(chosen) == limit:
            break
        if not (distinct_starts and chosen and chosen[-1].start_utc == slot.start_utc):
            chosen.append(slot)
    return chosen


def is_offered_slot(
    availability: Availability,
    start: datetime,
    end: datetime,
    *,
    now: datetime,
    policy: SlotPolicy = DEFAULT_POLICY,
    is_holiday: HolidayCheck = is_dutch_holiday,
) -> bool:
    """Whether ``[start, end)`` is a slot ``free_slots`` could offer for this counsellor, bookings
    aside: the policy's length, on the grid of one of the counsellor's working periods on a
    working day (no holiday, no absence), and at least ``policy.min_notice`` after ``now``.

    For times that come from outside (a button payload, a tracker): checked again when booking.
    """
    start, end, now = _as_utc(start, "start"), _as_utc(end, "end"), _as_utc(now, "now")
    if end - start != policy.length or start < now + policy.min_notice:
        return False
    day = local_date(start)  # a working period starts on the local date of its slots
    return any(slot_start == start
               for period in availability.periods(day, day, is_holiday)
               for slot_start, _ in policy.grid(period))


def _periods_between(
    availabilities: Iterable[Availability], first: datetime, last: datetime, is_holiday: HolidayCheck
) -> Iterator[Period]:
    for availability in _unique_keys(availabilities):
        yield from availability.periods(local_date(first), local_date(last), is_holiday)


def is_reachable(
    now: datetime, availabilities: Iterable[Availability], *, is_holiday: HolidayCheck = is_dutch_holiday
) -> bool:
    """Whether ``now`` falls within some counsellor's weekly hours on a working (non-holiday,
    non-absence) day. Hours are half-open: at exactly 17:00 a 09:00-17:00 counsellor is gone."""
    moment = _as_utc(now, "now")
    return any(start <= moment < end for start, end in _periods_between(availabilities, moment, moment, is_holiday))


def next_reachable(
    now: datetime,
    availabilities: Iterable[Availability],
    *,
    horizon: timedelta = DEFAULT_HORIZON,
    is_holiday: HolidayCheck = is_dutch_holiday,
) -> datetime | None:
    """The first moment at or after ``now`` at which a counsellor is reachable (UTC), or None
    when no working period starts within ``horizon``. Returns ``now`` itself when
    ``is_reachable(now, ...)``; otherwise the start of the next working period."""
    if horizon < timedelta(0):
        raise ValueError(f"horizon must not be negative, got {horizon}")
    moment = _as_utc(now, "now")
    limit = moment + horizon
    upcoming = []
    for start, end in _periods_between(availabilities, moment, limit, is_holiday):
        if start <= moment < end:
            return moment
        if moment < start <= limit:
            upcoming.append(start)
    return min(upcoming, default=None)
