"""A deadline said as a day ("nog voor vrijdag", "uiterlijk donderdag", "kan ik niet eerder iemand
spreken dan maandag"): from now until that day (seventeenth stranger test: these gave that day's
times). Fixed clock: Tuesday 9 March 2027 10:00 Amsterdam."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.dutch_dates import parse_when

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2027, 3, 9, 10, 0, tzinfo=AMS)  # a Tuesday


def midnight(day):
    return datetime(2027, 3, day, tzinfo=AMS)


def span(text, now=NOW):
    when = parse_when(text, now)
    assert when is not None, text
    return when.start, when.end


@pytest.mark.parametrize("text, end", [
    ("graag nog voor vrijdag", midnight(12)),
    ("het liefst nog voor donderdag", midnight(11)),
    ("kan ik niet eerder iemand spreken dan maandag", midnight(15)),
    ("ja soms wel eerlijk gezegd. kan ik niet eerder iemand spreken dan maandag", midnight(15)),
    ("is er niet eerder iets dan donderdag?", midnight(11)),
    ("kan het eerder dan vrijdag?", midnight(12)),
    ("ergens voor het weekend", midnight(13)),
    ("voor het eind van de week", midnight(13)),
    ("nog voor morgen", midnight(10)),
])
def test_before_a_day_is_from_now_until_that_day(text, end):
    assert span(text) == (NOW, end)


@pytest.mark.parametrize("text, end", [
    ("uiterlijk donderdag", midnight(12)),
    ("t/m vrijdag", midnight(13)),
    ("op zijn laatst woensdag", midnight(11)),
    ("niet later dan morgen", midnight(11)),
    # the answer "voor vrijdag" may mean before Friday or on it (eighteenth stranger test c01: Monday)
    ("dat zei ik toch, voor vrijdag en niet s ochtends", midnight(13)),
    ("voor donderdag graag", midnight(12)),
])
def test_up_to_and_including_a_day(text, end):
    assert span(text) == (NOW, end)


@pytest.mark.parametrize("text, day", [
    ("ik wil een afspraak voor vrijdag", 12),  # "for Friday": the day itself
    ("ik kan niet eerder dan maandag", 15),  # not before Monday: no deadline
    ("liever niet eerder dan woensdag", 10),
    ("niet voor vrijdag", 12),
])
def test_no_deadline_where_none_is_asked(text, day):
    assert span(text) == (midnight(day), midnight(day + 1))


def test_a_deadline_keeps_the_part_of_day():
    when = parse_when("het liefst nog voor woensdag, 's middags", NOW)
    assert (when.start, when.end) == (NOW, midnight(10)) and when.part_of_day is not None


def test_the_weekend_on_a_sunday_is_next_weeks():
    sunday = datetime(2027, 3, 14, 12, 0, tzinfo=AMS)
    assert span("nog voor het weekend", sunday) == (sunday, midnight(20))
