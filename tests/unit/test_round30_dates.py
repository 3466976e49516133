"""Issue 10, round 30 of the stranger test: times read from what people wrote while booking.

- B c04: "ik werk van 6 tot half 3. na werk kan? 15 uur of later" was read as before 14:30 and after 17:00
  ("Zo laat zijn er dan geen gesprekken").
- B c10: "ben maar bijbaantje 12u per week" was read as 12:00.
- A c01: "zo snel mogelijk want mijn contract loopt 31 maart af" offered 31 March only.
"""

from __future__ import annotations

import datetime as dt

from bot.scheduling.dutch_dates import parse_when
from bot.scheduling.localtime import AMSTERDAM

NOW = dt.datetime(2027, 3, 12, 16, 45, tzinfo=AMSTERDAM)  # a Friday afternoon


def test_the_end_of_a_shift_with_its_start_and_a_time_or_later_is_from_that_time():
    when = parse_when("maandag ik werk van 6 tot half 3. na werk kan? 15 uur of later", NOW)
    assert when.after == dt.time(15) and when.before is None and when.start.date() == dt.date(2027, 3, 15)


def test_after_work_alone_is_still_after_five():
    assert parse_when("na werk graag", NOW).after == dt.time(17)


def test_hours_of_work_are_no_clock_time():
    assert parse_when("maar mag ik dat wel, ben maar bijbaantje 12u per week", NOW) is None
    assert parse_when("ik heb een 24-urig contract", NOW) is None
    assert parse_when("morgen om 12 uur", NOW).at == dt.time(12)


def test_the_day_a_contract_ends_is_a_deadline():
    when = parse_when("zo snel mogelijk eigenlijk want mijn contract loopt 31 maart af", NOW)
    assert when.asap and when.start == NOW and when.end == dt.datetime(2027, 3, 31, tzinfo=AMSTERDAM)
    assert parse_when("op 31 maart graag", NOW).start.date() == dt.date(2027, 3, 31)
