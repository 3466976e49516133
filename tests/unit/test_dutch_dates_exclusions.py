"""Exclusions, clock ranges and "after my shift" in time wishes (ninth stranger test, dates).

Fixed clock: Wednesday 24 March 2027 10:00 Amsterdam.
"""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.dutch_dates import parse_when, parse_wishes, wishes_a_time

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2027, 3, 24, 10, 0, tzinfo=AMS)  # a Wednesday
MONDAYS = [date(2027, 3, 29), date(2027, 4, 5)]


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=AMS)


def every_hour(first: date = date(2027, 3, 24), number: int = 14):
    """Every whole hour from 8 to 20 on ``number`` days from ``first``, after NOW."""
    moments = (at(first + timedelta(days=d), h) for d in range(number) for h in range(8, 21))
    return [m for m in moments if m > NOW]


def allowed(text: str, now: datetime = NOW) -> list[datetime]:
    when = parse_when(text, now)
    assert when is not None, text
    return [m for m in every_hour() if when.contains(m)]


# --- a day ruled out is never offered -------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "NIET op maandag", "liever niet maandag", "alles behalve maandag", "maandag niet", "geen maandag graag",
    "maandag kan ik niet", "maandag lukt niet", "maandag past me niet", "op maandag ben ik er niet",
    "not on monday", "anything except monday", "alles behalve op maandag", "liefst niet op maandag",
    "maandags kan ik niet", "behalve maandag, dan kan ik altijd",
    # eleventh stranger test c08: a word between the verb and "niet"
    "maandag kan toch niet", "maandag kan ik helaas niet", "maandag lukt echt niet",
    # twelfth stranger test c03, c20: something else planned that day, Flemish "nie"
    "maandag heb ik teamoverleg", "maandag heb ik controle bij de vroedvrouw", "nie maandag",
])
def test_a_weekday_ruled_out_is_not_offered_and_the_rest_is(text):
    moments = allowed(text)
    assert moments, text
    assert all(m.weekday() != 0 for m in moments), text
    assert {m.weekday() for m in moments} >= {1, 2, 3, 4}, text


@pytest.mark.parametrize("text", [
    "niet op maandag of dinsdag", "maandag en dinsdag kan ik niet", "alles behalve maandag en dinsdag",
    "not monday or tuesday", "geen maandag/dinsdag",
])
def test_several_days_ruled_out(text):
    assert {m.weekday() for m in allowed(text)}.isdisjoint({0, 1}), text


@pytest.mark.parametrize("text", ["niet vandaag", "vandaag niet", "not today", "vandaag lukt niet"])
def test_today_ruled_out(text):
    moments = allowed(text)
    assert moments and all(m.date() != NOW.date() for m in moments), text


@pytest.mark.parametrize("text", ["niet 's avonds", "'s avonds kan ik niet", "geen avond", "not in the evening",
                                  "liever niet in de avond"])
def test_a_part_of_day_ruled_out(text):
    moments = allowed(text)
    assert moments and all(m.hour < 17 for m in moments), text


def test_a_part_of_a_weekday_ruled_out():
    moments = allowed("maandagochtend kan ik niet")
    assert not any(m.weekday() == 0 and m.hour < 12 for m in moments)
    assert any(m.weekday() == 0 and m.hour >= 12 for m in moments)


@pytest.mark.parametrize("text", ["Thursday please, not today", "donderdag, niet vandaag",
                                  "donderdag graag, vandaag niet",
                                  "niet vandaag maar donderdag", "thursday, but not today"])
def test_a_mix_keeps_the_positive_part(text):
    when = parse_when(text, NOW)
    assert (when.start, when.end) == (at(date(2027, 3, 25), 0), at(date(2027, 3, 26), 0)), text
    assert when.dated


@pytest.mark.parametrize("text", ["volgende week, maar niet op maandag", "volgende week behalve maandag",
                                  "next week but not monday"])
def test_a_week_without_a_day(text):
    when = parse_when(text, NOW)
    moments = [m for m in every_hour(date(2027, 3, 29), 7) if when.contains(m)]
    assert moments and all(m.weekday() != 0 for m in moments), text
    assert (when.start, when.end) == (at(date(2027, 3, 29), 0), at(date(2027, 4, 5), 0))


def test_a_day_ruled_out_is_never_the_one_chosen():
    # the day ruled out is the only day named: no range lands on it
    when = parse_when("niet op maandag", NOW)
    assert not any(when.contains(at(d, h)) for d in MONDAYS for h in range(24))


def test_an_exclusion_alone_names_no_day():
    when = parse_when("liever niet maandag", NOW)
    assert not when.dated and not when.has_time_of_day


def test_a_day_described_is_still_no_wish():
    # "nee dat is morgen" describes the time offered: no wish, no exclusion
    assert parse_when("nee dat is morgen", NOW) is None


def test_a_later_message_keeps_the_days_ruled_out():
    when = parse_wishes("volgende week\nniet op maandag", NOW)
    moments = [m for m in every_hour(date(2027, 3, 29), 7) if when.contains(m)]
    assert moments and all(m.weekday() != 0 for m in moments)
    when = parse_wishes("niet op maandag\n's middags graag", NOW)
    moments = allowed_by(when)
    assert moments and all(m.weekday() != 0 and m.hour >= 12 for m in moments)


def allowed_by(when):
    return [m for m in every_hour() if when.contains(m)]


# --- a clock range --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "window"), [
    ("tussen 12 en 1", (time(12), time(13))),
    ("ergens tussen twaalf en half twee", (time(12), time(13, 30))),
    ("tussen 10 en 12 uur", (time(10), time(12))),
    ("van 9 tot 11", (time(9), time(11))),
    ("van 14:00 tot 16:00", (time(14), time(16))),
    ("tussen 13.30 en 15.00 uur", (time(13, 30), time(15))),
    ("between 2 and 4", (time(14), time(16))),
    ("between 2pm and 4pm", (time(14), time(16))),
    ("from 9 to 11", (time(9), time(11))),
    ("tussen 9 en 5", (time(9), time(17))),
    ("tussen de middag, tussen 12 en 1", (time(12), time(13))),
    ("ergens tussen half 10 en 11", (time(9, 30), time(11))),
    ("tussen 10-12 uur", (time(10), time(12))),
    ("van 9u tot 11u", (time(9), time(11))),
])
def test_a_clock_range_is_a_window(text, window):
    when = parse_when(text, NOW)
    assert when is not None and when.window == window, text
    assert when.at is None, text


def test_a_range_with_a_day():
    when = parse_when("donderdag tussen 12 en 1", NOW)
    assert (when.start, when.end) == (at(date(2027, 3, 25), 0), at(date(2027, 3, 26), 0))
    assert when.window == (time(12), time(13))


@pytest.mark.parametrize("text", ["tussen 3 en 5 maart", "van 3 tot 5 april"])
def test_a_date_range_is_no_clock_range(text):
    when = parse_when(text, NOW)
    assert when is None or when.window is None, text


# --- after a shift ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "na mijn dienst, ik ben om 14:00 klaar", "after my shift, done at 14:00", "ik ben om 14:00 klaar",
    "ik ben 14.00 uur klaar", "mijn dienst is om 2 uur afgelopen", "ik werk tot 14:00", "ik werk tot 2 uur",
    "mijn dienst loopt tot 14:00", "I finish at 2pm", "vanaf 14:00", "na 14:00", "na tweeen",
    "after 2pm", "I'm done at 14:00", "ik ben klaar om 2 uur",
])
def test_after_a_shift_is_from_that_time(text):
    when = parse_when(text, NOW)
    assert when is not None, text
    assert when.window == (time(14), time.max) and when.at is None, text


def test_after_a_shift_on_a_day():
    when = parse_when("donderdag na mijn dienst, ik ben om 15:30 klaar", NOW)
    assert (when.start, when.end) == (at(date(2027, 3, 25), 0), at(date(2027, 3, 26), 0))
    assert when.window == (time(15, 30), time.max)


# --- an exact time and a single choice are as they were -----------------------------------------------

@pytest.mark.parametrize(("text", "exact"), [("om 14:00", time(14)), ("donderdag om 2 uur", time(14)),
                                              ("om half twee", time(13, 30))])
def test_an_exact_time_stays_exact(text, exact):
    assert parse_when(text, NOW).at == exact


# --- whether a message asks for a time at all (a decline is told apart) -----------------------------

@pytest.mark.parametrize(("text", "wish"), [
    ("not today", False), ("niet vandaag", False), ("Thursday please, not today", True),
    ("not today, next week", True), ("hallo", False), ("donderdag", True), ("niet op maandag", False),
])
def test_wishes_a_time(text, wish):
    assert wishes_a_time(text) is wish


def test_long_messages_stay_fast():
    import time as clock
    text = "niet maandag en dinsdag, tussen 12 en 1, ik ben om 14:00 klaar " * 40
    started = clock.perf_counter()
    parse_when(text, NOW)
    assert clock.perf_counter() - started < 1


@pytest.mark.parametrize("text", ["maandag heb ik tijd", "maandag heb ik vrij", "maandag heb ik de hele dag"])
def test_time_on_a_day_is_no_day_ruled_out(text):
    assert any(m.weekday() == 0 for m in allowed(text)), text
