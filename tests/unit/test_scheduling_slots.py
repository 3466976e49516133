"""Free slots and reachability: grid, holidays, absences, bookings, notice and daylight saving time.

Fixed clock: Wednesday 24 March 2027 10:00 Amsterdam (CET). In 2027 Goede Vrijdag is 26 March,
Easter Sunday 28 March is also the night clocks go forward, Tweede Paasdag is Monday 29 March,
Koningsdag is Tuesday 27 April, and clocks go back on Sunday 31 October.
"""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.slots import (
    DEFAULT_HORIZON,
    Absence,
    Availability,
    Booking,
    Slot,
    SlotPolicy,
    WeeklyHours,
    first_free_slots,
    free_slots,
    is_dutch_holiday,
    is_offered_slot,
    is_reachable,
    next_reachable,
)

AMS = ZoneInfo("Europe/Amsterdam")
UTC = timezone.utc
NOW = datetime(2027, 3, 24, 10, 0, tzinfo=AMS)
WORKDAYS_9_TO_17 = [(weekday, time(9), time(17)) for weekday in range(5)]


def local(year, month, day, hour=0, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=AMS)


def utc(year, month, day, hour=0, minute=0):
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def never_holiday(_day):
    return False


def counsellor(key="anna", hours=WORKDAYS_9_TO_17, absences=()):
    return Availability(key, hours, absences)


def day_slots(availabilities, day, bookings=(), now=NOW, **kwargs):
    """Local HH:MM start times of the free slots on one date."""
    start = local(day.year, day.month, day.day)
    slots = free_slots(availabilities, bookings, now=now, start=start, end=start + timedelta(days=1), **kwargs)
    return [s.start_utc.astimezone(AMS).strftime("%H:%M") for s in slots]


def days_with_slots(availabilities, first, last, **kwargs):
    slots = free_slots(availabilities, [], now=NOW, start=first, end=last, **kwargs)
    return sorted({s.start_utc.astimezone(AMS).date() for s in slots})


# --- the grid ---


def test_back_to_back_grid_and_last_slot_ends_by_closing_time():
    anna = counsellor(hours=[(3, time(9), time(12)), (3, time(13), time(14, 40))])  # Thursday
    assert day_slots([anna], date(2027, 3, 25)) == ["09:00", "09:45", "10:30", "11:15", "13:00", "13:45"]


def test_slots_are_aware_utc_with_the_slot_length():
    slots = free_slots([counsellor()], [], now=NOW, start=local(2027, 3, 25), end=local(2027, 3, 25, 9, 45))
    assert slots == [Slot("anna", utc(2027, 3, 25, 8, 0), utc(2027, 3, 25, 8, 45))]
    assert slots[0].start_utc.tzinfo == UTC


def test_custom_length_and_step():
    anna = counsellor(hours=[(3, time(9), time(11))])
    assert day_slots([anna], date(2027, 3, 25), policy=SlotPolicy(slot_minutes=60, step_minutes=30)) == [
        "09:00", "09:30", "10:00",
    ]
    assert day_slots([anna], date(2027, 3, 25), policy=SlotPolicy(slot_minutes=30)) == [
        "09:00", "09:30", "10:00", "10:30",
    ]


def test_block_until_midnight_and_range_crossing_midnight():
    anna = counsellor(hours=[(3, time(21), time(0)), (4, time(0), time(1, 30))])  # Thu 21:00-24:00, Fri 00:00-01:30
    start, end = local(2027, 3, 25, 22), local(2027, 3, 26, 1)
    slots = free_slots([anna], [], now=NOW, start=start, end=end, is_holiday=never_holiday)
    assert [s.start_utc.astimezone(AMS).strftime("%a %H:%M") for s in slots] == [
        "Thu 22:30", "Thu 23:15", "Fri 00:00", "Fri 00:45",
    ]
    assert slots[1].end_utc == utc(2027, 3, 25, 23, 0)  # 24:00 local: the last Thursday slot fills the block


def test_range_selects_by_slot_start():
    anna = counsellor()
    slots = free_slots([anna], [], now=NOW, start=local(2027, 3, 25, 9, 30), end=local(2027, 3, 25, 11, 15))
    # 09:00 started before the range; 10:30 ends after 11:15 but starts inside; 11:15 starts at the (exclusive) end
    assert [s.start_utc.astimezone(AMS).strftime("%H:%M") for s in slots] == ["09:45", "10:30"]


def test_range_given_in_utc_gives_the_same_slots():
    in_local = free_slots([counsellor()], [], now=NOW, start=local(2027, 3, 25), end=local(2027, 3, 26))
    in_utc = free_slots(
        [counsellor()], [], now=NOW.astimezone(UTC), start=utc(2027, 3, 24, 23), end=utc(2027, 3, 25, 23)
    )
    assert in_local == in_utc
    assert len(in_local) == 10  # 09:00 ... 15:45


def test_sorted_by_start_then_counsellor():
    anna = counsellor("anna", hours=[(3, time(10), time(11))])
    bert = counsellor("bert", hours=[(3, time(9), time(11))])
    slots = free_slots([bert, anna], [], now=NOW, start=local(2027, 3, 25), end=local(2027, 3, 26))
    assert [(s.counsellor_key, s.start_utc.astimezone(AMS).strftime("%H:%M")) for s in slots] == [
        ("bert", "09:00"), ("bert", "09:45"), ("anna", "10:00"),
    ]


def test_empty_range_gives_no_slots():
    assert free_slots([counsellor()], [], now=NOW, start=local(2027, 3, 25, 9), end=local(2027, 3, 25, 9)) == []


# --- daylight saving time ---


@pytest.mark.parametrize("day, utc_hour", [
    (date(2027, 3, 23), 8),   # Tuesday before clocks go forward: CET, UTC+1
    (date(2027, 3, 30), 7),   # Tuesday after (the Monday is Tweede Paasdag): CEST, UTC+2
    (date(2027, 4, 5), 7),    # Monday a week later
    (date(2027, 10, 29), 7),  # Friday before clocks go back
    (date(2027, 11, 1), 8),   # Monday after: CET again
])
def test_nine_oclock_local_is_the_right_utc_hour(day, utc_hour):
    now = local(2027, 3, 20) if day < date(2027, 3, 24) else NOW
    start = local(day.year, day.month, day.day)
    slots = free_slots([counsellor()], [], now=now, start=start, end=start + timedelta(days=1))
    assert slots[0].start_utc == datetime(day.year, day.month, day.day, utc_hour, tzinfo=UTC)
    assert slots[0].start_utc.astimezone(AMS).time() == time(9)
    assert len(slots) == 10


def test_week_across_spring_forward_keeps_local_times():
    slots = free_slots([counsellor()], [], now=local(2027, 3, 21), start=local(2027, 3, 22), end=local(2027, 4, 3))
    by_day = {}
    for slot in slots:
        by_day.setdefault(slot.start_utc.astimezone(AMS).date(), []).append(slot.start_utc.astimezone(AMS).time())
    assert all(times[0] == time(9) and times[-1] == time(15, 45) for times in by_day.values())
    assert {s.start_utc.hour for s in slots if s.start_utc.astimezone(AMS).time() == time(9)} == {7, 8}


def test_night_block_is_shorter_in_spring_and_longer_in_autumn():
    night = counsellor(hours=[(6, time(1), time(4))])  # Sunday 01:00-04:00 wall clock
    spring = day_slots([night], date(2027, 3, 28), now=local(2027, 3, 1), is_holiday=never_holiday)
    autumn = day_slots([night], date(2027, 10, 31), now=local(2027, 3, 1), is_holiday=never_holiday)
    assert spring == ["01:00", "01:45"]  # 01:00 CET - 04:00 CEST is 2 real hours: two 45-minute slots
    # 01:00 CEST - 04:00 CET is 4 real hours: five slots, 02:00-03:00 happens twice
    assert autumn == ["01:00", "01:45", "02:30", "02:15", "03:00"]


# --- holidays, absences, bookings, notice ---


@pytest.mark.parametrize("day", [
    date(2027, 3, 26),   # Goede Vrijdag (listed by the holidays package)
    date(2027, 3, 29),   # Tweede Paasdag
    date(2027, 4, 27),   # Koningsdag
    date(2027, 5, 6),    # Hemelvaartsdag
    date(2027, 5, 17),   # Tweede Pinksterdag
])
def test_holidays_have_no_slots(day):
    assert day_slots([counsellor()], day) == []
    assert len(day_slots([counsellor()], day, is_holiday=never_holiday)) == 10  # the weekday itself is a workday


def test_christmas_and_new_year_closed_even_with_weekend_hours():
    every_day = counsellor(hours=[(weekday, time(9), time(10, 30)) for weekday in range(7)])
    days = days_with_slots([every_day], local(2027, 12, 23), local(2028, 1, 3))
    assert days == [date(2027, 12, d) for d in (23, 24, 27, 28, 29, 30, 31)] + [date(2028, 1, 2)]


def test_koningsdag_week():
    assert days_with_slots([counsellor()], local(2027, 4, 26), local(2027, 5, 1)) == [
        date(2027, 4, 26), date(2027, 4, 28), date(2027, 4, 29), date(2027, 4, 30),
    ]


@pytest.mark.parametrize("day, holiday", [
    (date(2027, 4, 27), True),    # Koningsdag
    (date(2025, 4, 26), True),    # Koningsdag moves to Saturday when 27 April is a Sunday
    (date(2025, 4, 27), False),
    (date(2027, 5, 5), False),    # Bevrijdingsdag: the package lists it only in lustrum years
    (date(2030, 5, 5), True),
    (date(2027, 3, 26), True),    # Goede Vrijdag is listed
    (date(2027, 12, 25), True),
    (date(2027, 12, 26), True),
    (date(2028, 1, 1), True),
    (date(2027, 12, 24), False),
])
def test_is_dutch_holiday_documents_the_package(day, holiday):
    assert is_dutch_holiday(day) is holiday


def test_custom_holiday_calendar():
    office_closed = {date(2027, 3, 25)}
    assert day_slots([counsellor()], date(2027, 3, 25), is_holiday=office_closed.__contains__) == []
    assert day_slots([counsellor()], date(2027, 3, 26), is_holiday=office_closed.__contains__)  # Goede Vrijdag open


def test_absence_is_inclusive_on_both_ends():
    anna = counsellor(absences=[(date(2027, 4, 6), date(2027, 4, 8))])
    assert days_with_slots([anna], local(2027, 4, 5), local(2027, 4, 10)) == [date(2027, 4, 5), date(2027, 4, 9)]


def test_absence_only_affects_that_counsellor():
    anna = counsellor("anna", absences=[Absence(date(2027, 4, 6), date(2027, 4, 6))])
    bert = counsellor("bert")
    slots = free_slots([anna, bert], [], now=NOW, start=local(2027, 4, 6), end=local(2027, 4, 7))
    assert {s.counsellor_key for s in slots} == {"bert"}


def test_booking_removes_overlapping_slots_of_that_counsellor_only():
    anna, bert = counsellor("anna"), counsellor("bert")
    booking = Booking("anna", local(2027, 3, 25, 10, 0), local(2027, 3, 25, 11, 0))  # overlaps 09:45 and 10:30
    slots = free_slots([anna, bert], [booking], now=NOW, start=local(2027, 3, 25, 9), end=local(2027, 3, 25, 12))
    anna_times = [s.start_utc.astimezone(AMS).strftime("%H:%M") for s in slots if s.counsellor_key == "anna"]
    assert anna_times == ["09:00", "11:15"]
    assert len([s for s in slots if s.counsellor_key == "bert"]) == 4


def test_booking_touching_a_slot_is_no_overlap():
    booking = Booking("anna", utc(2027, 3, 25, 8, 45), utc(2027, 3, 25, 9, 30))  # exactly 09:45-10:30 local
    times = day_slots([counsellor()], date(2027, 3, 25), bookings=[booking])
    assert times[:3] == ["09:00", "10:30", "11:15"]


def test_booking_in_summer_time_uses_utc_correctly():
    booking = Booking("anna", utc(2027, 3, 30, 7, 0), utc(2027, 3, 30, 7, 45))  # 09:00 CEST
    assert day_slots([counsellor()], date(2027, 3, 30), bookings=[booking])[0] == "09:45"


def test_minimum_notice_default_four_hours():
    # now 10:00: the earliest start is 14:00, so 14:15 is the first grid slot
    assert day_slots([counsellor()], date(2027, 3, 24))[0] == "14:15"


@pytest.mark.parametrize("notice, first", [
    (timedelta(0), "10:30"),                       # 09:45 started before now
    (timedelta(hours=4, minutes=15), "14:15"),     # a slot exactly at now + notice is allowed
    (timedelta(hours=4, minutes=16), "15:00"),
    (timedelta(hours=8), None),                    # nothing left today
])
def test_minimum_notice_is_configurable(notice, first):
    times = day_slots([counsellor()], date(2027, 3, 24), policy=SlotPolicy(min_notice=notice))
    assert (times[0] if times else None) == first


def test_notice_crosses_into_the_next_day():
    late = local(2027, 3, 24, 16, 30)
    slots = first_free_slots([counsellor()], [], now=late, limit=1)
    assert slots[0].start_utc == local(2027, 3, 25, 9)


# --- first free slots ---


def test_first_free_slots_skips_good_friday_easter_and_crosses_dst():
    now = local(2027, 3, 25, 15)  # Thursday afternoon: notice -> nothing left today
    slots = first_free_slots([counsellor()], [], now=now)
    assert [s.start_utc for s in slots] == [utc(2027, 3, 30, 7, 0), utc(2027, 3, 30, 7, 45), utc(2027, 3, 30, 8, 30)]


def test_first_free_slots_offers_distinct_times_by_default():
    anna, bert = counsellor("anna"), counsellor("bert")
    distinct = first_free_slots([bert, anna], [], now=local(2027, 3, 24, 20))
    assert [(s.counsellor_key, s.start_utc.astimezone(AMS).strftime("%H:%M")) for s in distinct] == [
        ("anna", "09:00"), ("anna", "09:45"), ("anna", "10:30"),
    ]
    every = first_free_slots([bert, anna], [], now=local(2027, 3, 24, 20), distinct_starts=False)
    assert [s.counsellor_key for s in every] == ["anna", "bert", "anna"]


def test_first_free_slots_limit_and_range():
    assert first_free_slots([counsellor()], [], now=NOW, limit=0) == []
    assert len(first_free_slots([counsellor()], [], now=NOW, limit=5)) == 5
    within = first_free_slots([counsellor()], [], now=NOW, start=local(2027, 4, 1), end=local(2027, 4, 1, 10))
    assert [s.start_utc for s in within] == [local(2027, 4, 1, 9), local(2027, 4, 1, 9, 45)]


def test_first_free_slots_default_horizon():
    away = counsellor(absences=[(date(2027, 3, 24), date(2027, 3, 24) + DEFAULT_HORIZON)])
    assert first_free_slots([away], [], now=NOW) == []


# --- reachability ---


@pytest.mark.parametrize("moment, reachable", [
    (local(2027, 3, 24, 10), True),
    (local(2027, 3, 24, 9), True),        # opening time is inclusive
    (local(2027, 3, 24, 17), False),      # closing time is exclusive
    (local(2027, 3, 24, 8, 59), False),
    (local(2027, 3, 27, 11), False),      # Saturday
    (local(2027, 3, 29, 11), False),      # Tweede Paasdag
    (local(2027, 4, 27, 11), False),      # Koningsdag
    (local(2027, 3, 30, 7, 30), False),   # 07:30 CEST = 05:30 UTC
    (utc(2027, 3, 30, 7, 30), True),      # 09:30 CEST
    (utc(2027, 3, 23, 7, 30), False),     # 08:30 CET
])
def test_is_reachable(moment, reachable):
    assert is_reachable(moment, [counsellor()]) is reachable


def test_not_reachable_when_absent_but_a_colleague_is():
    anna = counsellor("anna", absences=[(date(2027, 3, 24), date(2027, 3, 24))])
    bert = counsellor("bert", hours=[(2, time(13), time(15))])
    assert not is_reachable(NOW, [anna, bert])
    assert next_reachable(NOW, [anna, bert]) == local(2027, 3, 24, 13)


def test_next_reachable_is_now_when_reachable():
    assert next_reachable(NOW, [counsellor()]) == NOW
    assert next_reachable(NOW, [counsellor()]).tzinfo == UTC


@pytest.mark.parametrize("moment, expected", [
    (local(2027, 3, 24, 17), utc(2027, 3, 25, 8)),     # evening -> tomorrow 09:00 CET
    (local(2027, 3, 24, 6), utc(2027, 3, 24, 8)),      # early morning -> today 09:00
    (local(2027, 3, 25, 18), utc(2027, 3, 30, 7)),     # Goede Vrijdag, weekend, Tweede Paasdag -> Tue 09:00 CEST
    (local(2027, 4, 26, 18), utc(2027, 4, 28, 7)),     # Koningsdag
    (local(2027, 10, 29, 18), utc(2027, 11, 1, 8)),    # weekend of the autumn switch -> Mon 09:00 CET
])
def test_next_reachable(moment, expected):
    assert next_reachable(moment, [counsellor()]) == expected


def test_next_reachable_none_beyond_horizon():
    away = counsellor(absences=[(date(2027, 3, 24), date(2027, 5, 1))])
    assert next_reachable(NOW, [away]) is None
    assert next_reachable(NOW, [away], horizon=timedelta(days=60)) == local(2027, 5, 3, 9)
    assert next_reachable(local(2027, 3, 24, 17), [counsellor()], horizon=timedelta(hours=15)) is None
    assert next_reachable(local(2027, 3, 24, 17), [counsellor()], horizon=timedelta(hours=16)) == local(2027, 3, 25, 9)


def test_no_counsellors():
    assert not is_reachable(NOW, [])
    assert next_reachable(NOW, []) is None
    assert free_slots([], [], now=NOW, start=NOW, end=NOW + timedelta(days=7)) == []


# --- input ---


def test_tuples_and_dataclasses_are_equivalent():
    from_tuples = Availability("anna", [(0, time(9), time(12))], [(date(2027, 4, 5), date(2027, 4, 5))])
    explicit = Availability(
        "anna", (WeeklyHours(0, time(9), time(12)),), (Absence(date(2027, 4, 5), date(2027, 4, 5)),)
    )
    assert from_tuples == explicit


def test_booking_is_stored_in_utc():
    booking = Booking("anna", local(2027, 6, 1, 9), local(2027, 6, 1, 10))
    assert booking.start_utc == utc(2027, 6, 1, 7) and booking.start_utc.tzinfo == UTC


@pytest.mark.parametrize("make, message", [
    (lambda: WeeklyHours(0, time(17), time(9)), "must end after they start"),
    (lambda: WeeklyHours(0, time(9), time(9)), "must end after they start"),
    (lambda: WeeklyHours(7, time(9), time(17)), "weekday must be 0"),
    (lambda: WeeklyHours(0, time(9, tzinfo=UTC), time(17)), "without tzinfo"),
    (lambda: Absence(date(2027, 4, 8), date(2027, 4, 6)), "absence ends"),
    (lambda: Availability("", WORKDAYS_9_TO_17), "counsellor_key"),
    (lambda: Booking("anna", utc(2027, 4, 1, 10), utc(2027, 4, 1, 9)), "ends"),
    (lambda: Booking("anna", utc(2027, 4, 1, 10), utc(2027, 4, 1, 10)), "ends"),
    (lambda: Booking("anna", datetime(2027, 4, 1, 9), utc(2027, 4, 1, 10)), "naive"),
    (lambda: SlotPolicy(slot_minutes=0), "slot length must be positive"),
    (lambda: SlotPolicy(slot_minutes=-45), "slot length must be positive"),
    (lambda: SlotPolicy(step_minutes=0), "step must be positive"),
    (lambda: SlotPolicy(min_notice=timedelta(hours=-1)), "notice must not be negative"),
])
def test_invalid_input_is_rejected(make, message):
    with pytest.raises(ValueError, match=message):
        make()


@pytest.mark.parametrize("kwargs, message", [
    ({"now": datetime(2027, 3, 24, 10)}, "now must be a timezone-aware datetime"),
    ({"start": datetime(2027, 3, 25)}, "start must be a timezone-aware datetime"),
    ({"end": datetime(2027, 3, 26)}, "end must be a timezone-aware datetime"),
    ({"start": local(2027, 3, 26), "end": local(2027, 3, 25)}, "ends .* before it starts"),
])
def test_free_slots_rejects_naive_or_reversed_ranges(kwargs, message):
    arguments = {"now": NOW, "start": local(2027, 3, 25), "end": local(2027, 3, 26)} | kwargs
    with pytest.raises(ValueError, match=message):
        free_slots([counsellor()], [], **arguments)


def test_duplicate_counsellor_is_rejected():
    with pytest.raises(ValueError, match="duplicated: anna"):
        free_slots([counsellor(), counsellor()], [], now=NOW, start=NOW, end=NOW + timedelta(days=1))


def test_reachability_rejects_naive_now_and_negative_horizon():
    with pytest.raises(ValueError, match="naive"):
        is_reachable(datetime(2027, 3, 24, 10), [counsellor()])
    with pytest.raises(ValueError, match="naive"):
        next_reachable(datetime(2027, 3, 24, 10), [counsellor()])
    with pytest.raises(ValueError, match="horizon"):
        next_reachable(NOW, [counsellor()], horizon=timedelta(days=-1))
    with pytest.raises(ValueError, match="limit"):
        first_free_slots([counsellor()], [], now=NOW, limit=-1)


# --- a time from outside: is it one the hours offer? ---

def _offered(start, minutes=45, who=None, now=NOW, **kwargs):
    return is_offered_slot(who or counsellor(), start, start + timedelta(minutes=minutes), now=now, **kwargs)


def test_every_free_slot_is_an_offered_slot():
    anna = counsellor(absences=[(date(2027, 4, 1), date(2027, 4, 2))])
    slots = free_slots([anna], [], now=NOW, start=NOW, end=NOW + timedelta(days=21))
    assert len(slots) > 100
    assert all(is_offered_slot(anna, s.start_utc, s.end_utc, now=NOW) for s in slots)


@pytest.mark.parametrize(("start", "minutes", "why"), [
    (local(2027, 3, 28, 4, 0), 45, "Sunday 04:00"),
    (local(2027, 3, 25, 4, 0), 45, "a workday, but at night"),
    (local(2027, 3, 25, 9, 10), 45, "off the grid"),
    (local(2027, 3, 25, 9, 0), 60, "not the slot length"),
    (local(2027, 3, 25, 16, 45), 45, "ends after closing time"),
    (local(2027, 3, 26, 9, 0), 45, "Goede Vrijdag"),
    (local(2027, 4, 1, 9, 0), 45, "absent"),
    (local(2027, 3, 24, 12, 0), 45, "less than 4 hours ahead"),
    (local(2027, 3, 23, 9, 0), 45, "in the past"),
])
def test_times_the_hours_do_not_offer_are_refused(start, minutes, why):
    anna = counsellor(absences=[(date(2027, 4, 1), date(2027, 4, 2))])
    assert not _offered(start, minutes, anna), why


def test_offered_times_after_a_clock_change_and_until_midnight():
    assert _offered(local(2027, 3, 30, 9, 0))  # after spring forward: 07:00 UTC
    assert not _offered(utc(2027, 3, 30, 8, 0))  # 10:00 local is no grid point of 09:00 + 45 min
    late = counsellor(hours=[(0, time(20), time(0))])
    assert _offered(local(2027, 3, 29, 23, 0), who=late, is_holiday=never_holiday)
    assert not _offered(local(2027, 3, 29, 23, 30), who=late, is_holiday=never_holiday)
