"""Dutch time expressions -> search ranges, and Dutch slot formatting.

Fixed clock: Wednesday 24 March 2027 10:00 Amsterdam, unless a test says otherwise.
"""

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from bot.scheduling.dutch_dates import (
    DAY_NAMES,
    MONTH_NAMES,
    ImpossibleDate,
    PartOfDay,
    When,
    format_slot_nl,
    parse_when,
)

AMS = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2027, 3, 24, 10, 0, tzinfo=AMS)  # a Wednesday
OCHTEND, MIDDAG, AVOND = PartOfDay.OCHTEND, PartOfDay.MIDDAG, PartOfDay.AVOND


def midnight(year, month, day):
    return datetime(year, month, day, tzinfo=AMS)


def days(first, number=1):
    """The range of ``number`` whole days from date ``first``, clipped to NOW."""
    start = midnight(first.year, first.month, first.day)
    return max(start, NOW), midnight(*(first + timedelta(days=number)).timetuple()[:3])


def span(text, now=NOW):
    when = parse_when(text, now)
    assert when is not None, text
    return when.start, when.end


DEFAULT = (NOW, NOW + timedelta(days=14))


# --- days and weekdays ---


@pytest.mark.parametrize("text, expected", [
    ("vandaag", (NOW, midnight(2027, 3, 25))),
    ("morgen", days(date(2027, 3, 25))),
    ("overmorgen", days(date(2027, 3, 26))),
    ("over 3 dagen", days(date(2027, 3, 27))),
    ("over drie dagen", days(date(2027, 3, 27))),
    ("over een dag", days(date(2027, 3, 25))),
    ("maandag", days(date(2027, 3, 29))),
    ("dinsdag", days(date(2027, 3, 30))),
    ("woensdag", days(date(2027, 3, 31))),        # today is Wednesday: the next one
    ("vandaag, woensdag dus", (NOW, midnight(2027, 3, 25))),
    ("donderdag", days(date(2027, 3, 25))),
    ("vrijdag", days(date(2027, 3, 26))),
    ("zaterdag", days(date(2027, 3, 27))),
    ("zondag", days(date(2027, 3, 28))),
    ("aanstaande vrijdag", days(date(2027, 3, 26))),
    ("volgende week vrijdag", days(date(2027, 4, 2))),
    ("vrijdag volgende week", days(date(2027, 4, 2))),
    ("volgende week dinsdag", days(date(2027, 3, 30))),
    ("dinsdag volgende week", days(date(2027, 3, 30))),
    ("deze week vrijdag", days(date(2027, 3, 26))),
    ("deze week maandag", days(date(2027, 3, 29))),  # this week's Monday has passed: the next one
    ("dinsdag over twee weken", days(date(2027, 4, 6))),
    ("vrijdag na het weekend", days(date(2027, 4, 2))),
    ("maandag na het weekend", days(date(2027, 3, 29))),
    ("morgen of overmorgen", days(date(2027, 3, 25), 2)),
    ("donderdag of vrijdag", days(date(2027, 3, 25), 2)),
])
def test_days(text, expected):
    assert span(text) == expected


# --- weeks and weekends ---


@pytest.mark.parametrize("text, expected", [
    ("volgende week", days(date(2027, 3, 29), 7)),
    ("komende week", days(date(2027, 3, 29), 7)),
    ("over een week", days(date(2027, 3, 29), 7)),
    ("deze week", (NOW, midnight(2027, 3, 29))),
    ("over twee weken", days(date(2027, 4, 5), 7)),
    ("over 2 weken", days(date(2027, 4, 5), 7)),
    ("eind van de week", days(date(2027, 3, 25), 2)),
    ("einde van deze week", days(date(2027, 3, 25), 2)),
    ("eind volgende week", days(date(2027, 4, 1), 2)),
    ("begin volgende week", days(date(2027, 3, 29), 3)),
    ("begin van de volgende week", days(date(2027, 3, 29), 3)),
    ("over 1 week", days(date(2027, 3, 29), 7)),
    ("begin van de week", (NOW, midnight(2027, 3, 25))),  # Wednesday is still "begin": the rest of it
    ("in het weekend", days(date(2027, 3, 27), 2)),
    ("dit weekend", days(date(2027, 3, 27), 2)),
    ("volgend weekend", days(date(2027, 4, 3), 2)),
    ("na het weekend", days(date(2027, 3, 29), 7)),
])
def test_weeks(text, expected):
    assert span(text) == expected


def test_week_phrase_rolls_to_next_week_once_passed():
    thursday = datetime(2027, 3, 25, 9, tzinfo=AMS)
    assert span("begin van de week", thursday) == (midnight(2027, 3, 29), midnight(2027, 4, 1))
    assert span("begin deze week", thursday) == (midnight(2027, 3, 29), midnight(2027, 4, 1))


def test_week_phrases_on_a_weekend_day():
    saturday = datetime(2027, 3, 27, 11, tzinfo=AMS)
    assert span("eind van de week", saturday) == (midnight(2027, 4, 1), midnight(2027, 4, 3))
    assert span("in het weekend", saturday) == (saturday, midnight(2027, 3, 29))
    assert span("na het weekend", saturday) == (midnight(2027, 3, 29), midnight(2027, 4, 5))
    assert span("deze week", saturday) == (saturday, midnight(2027, 3, 29))
    assert span("maandag", saturday) == (midnight(2027, 3, 29), midnight(2027, 3, 30))


# --- dates ---


@pytest.mark.parametrize("text, expected", [
    ("op 12 maart", days(date(2028, 3, 12))),     # 12 March 2027 has passed
    ("op 30 maart", days(date(2027, 3, 30))),
    ("24 maart", (NOW, midnight(2027, 3, 25))),    # today counts
    ("12-03", days(date(2028, 3, 12))),
    ("12/3", days(date(2028, 3, 12))),
    ("12/03/2028", days(date(2028, 3, 12))),
    ("12-3-28", days(date(2028, 3, 12))),
    ("12 mrt", days(date(2028, 3, 12))),
    ("12 mrt.", days(date(2028, 3, 12))),
    ("12mrt", days(date(2028, 3, 12))),
    ("12 maart 2029", days(date(2029, 3, 12))),
    ("dinsdag 6 april", days(date(2027, 4, 6))),
    ("op dinsdag 12 maart", days(date(2028, 3, 12))),  # the date wins over the weekday
    ("na 3 december", days(date(2027, 12, 4), 14)),
    ("vanaf 3 december", days(date(2027, 12, 3), 14)),
    ("voor 10 januari", (NOW, midnight(2028, 1, 10))),
    ("vóór 10 januari", (NOW, midnight(2028, 1, 10))),
    ("VÓÓR 10 JANUARI", (NOW, midnight(2028, 1, 10))),
    ("voor 10 april", (NOW, midnight(2027, 4, 10))),
    ("tot 10 april", (NOW, midnight(2027, 4, 10))),
    ("t/m 10 april", (NOW, midnight(2027, 4, 11))),
    ("tot en met 10 april", (NOW, midnight(2027, 4, 11))),
    ("uiterlijk 10 april", (NOW, midnight(2027, 4, 11))),
    ("29 februari", days(date(2028, 2, 29))),     # the next leap day
    ("1e april", days(date(2027, 4, 1))),
    ("in december", days(date(2027, 12, 1), 31)),
    ("in februari", days(date(2028, 2, 1), 29)),   # passed this year; 2028 is a leap year
    ("begin april", days(date(2027, 4, 1), 10)),
    ("half april", days(date(2027, 4, 11), 10)),
    ("eind april", days(date(2027, 4, 21), 10)),
    ("eind maart", (NOW, midnight(2027, 4, 1))),
])
def test_dates(text, expected):
    assert span(text) == expected


def test_na_date_rolls_to_next_year_only_once_the_date_has_passed():
    third = datetime(2027, 12, 3, 9, tzinfo=AMS)
    tenth = datetime(2027, 12, 10, 9, tzinfo=AMS)
    assert span("na 3 december", third) == (midnight(2027, 12, 4), midnight(2027, 12, 18))
    assert span("na 3 december", tenth) == (midnight(2028, 12, 4), midnight(2028, 12, 18))


def test_voor_date_needs_a_later_day():
    tenth = datetime(2028, 1, 10, 9, tzinfo=AMS)
    assert span("voor 10 januari", tenth) == (tenth, midnight(2029, 1, 10))
    assert span("op 10 januari", tenth) == (tenth, midnight(2028, 1, 11))


@pytest.mark.parametrize("word, month", [
    ("januari", 1), ("jan", 1), ("februari", 2), ("feb", 2), ("maart", 3), ("mrt", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("mei", 5), ("juni", 6), ("jun", 6), ("juli", 7), ("jul", 7),
    ("augustus", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("oktober", 10), ("okt", 10),
    ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
])
def test_every_month_name_and_abbreviation(word, month):
    year = 2027 if month >= 4 else 2028  # 20 March 2027 has passed, 20 April has not
    assert span(f"kan het op 20 {word}?") == days(date(year, month, 20))
    assert span(f"20 {word.upper()}.") == days(date(year, month, 20))


@pytest.mark.parametrize("text, day, month", [
    ("31 februari", 31, 2),
    ("32 maart", 32, 3),
    ("31 april", 31, 4),
    ("0 mei", 0, 5),
    ("30-02", 30, 2),
    ("31/6", 31, 6),
    ("na 31 november", 31, 11),
    ("29 februari 2027", 29, 2),
])
def test_impossible_dates_raise(text, day, month):
    with pytest.raises(ImpossibleDate, match="no such date") as raised:
        parse_when(text, NOW)
    assert (raised.value.reason, raised.value.day, raised.value.month) == (ImpossibleDate.NO_SUCH_DAY, day, month)
    assert isinstance(raised.value, ValueError)


@pytest.mark.parametrize("text", ["12 maart 2027", "12-03-2020", "voor 24 maart 2027", "in januari 2027"])
def test_dates_with_a_past_year_raise(text):
    with pytest.raises(ImpossibleDate, match="in the past") as raised:
        parse_when(text, NOW)
    assert raised.value.reason == ImpossibleDate.IN_THE_PAST


def test_leap_day_with_a_leap_year_is_fine():
    assert span("29 februari 2028") == days(date(2028, 2, 29))


# --- parts of the day ---


@pytest.mark.parametrize("text, expected, part", [
    ("donderdagmiddag", days(date(2027, 3, 25)), MIDDAG),
    ("donderdag middag", days(date(2027, 3, 25)), MIDDAG),
    ("Donderdag-Middag", days(date(2027, 3, 25)), MIDDAG),
    ("kan het misschien donderdagmiddag?", days(date(2027, 3, 25)), MIDDAG),
    ("woensdagochtend", days(date(2027, 3, 31)), OCHTEND),
    ("woensdagmorgen", days(date(2027, 3, 31)), OCHTEND),
    ("woensdag morgen", days(date(2027, 3, 31)), OCHTEND),
    ("vrijdagavond", days(date(2027, 3, 26)), AVOND),
    ("liefst volgende week dinsdag in de ochtend", days(date(2027, 3, 30)), OCHTEND),
    ("liefst volgende week vrijdag in de ochtend", days(date(2027, 4, 2)), OCHTEND),
    ("dinsdag 's middags", days(date(2027, 3, 30)), MIDDAG),
    ("morgenochtend", days(date(2027, 3, 25)), OCHTEND),
    ("morgen vroeg", days(date(2027, 3, 25)), OCHTEND),
    ("morgenavond", days(date(2027, 3, 25)), AVOND),
    ("morgen in de middag", days(date(2027, 3, 25)), MIDDAG),
    ("overmorgenochtend", days(date(2027, 3, 26)), OCHTEND),
    ("vanmiddag", days(date(2027, 3, 24)), MIDDAG),
    ("vanavond", days(date(2027, 3, 24)), AVOND),
    ("vanochtend", days(date(2027, 3, 24)), OCHTEND),
    ("deze namiddag", days(date(2027, 3, 24)), MIDDAG),
    ("vandaag in de avond", days(date(2027, 3, 24)), AVOND),
    ("volgende week 's ochtends", days(date(2027, 3, 29), 7), OCHTEND),
    ("'s avonds", DEFAULT, AVOND),
    ("\u2019s avonds", DEFAULT, AVOND),
    ("savonds", DEFAULT, AVOND),
    ("s avonds", DEFAULT, AVOND),
    ("in de avond", DEFAULT, AVOND),
    ("'s ochtends", DEFAULT, OCHTEND),
    ("'s morgens", DEFAULT, OCHTEND),
    ("in de morgen", DEFAULT, OCHTEND),
    ("'s middags", DEFAULT, MIDDAG),
    ("smiddags", DEFAULT, MIDDAG),
    ("namiddag", DEFAULT, MIDDAG),
    ("'s namiddags", DEFAULT, MIDDAG),
    ("voormiddag", DEFAULT, OCHTEND),
    ("voor de middag", DEFAULT, OCHTEND),
    ("ochtend of middag maakt niet uit", DEFAULT, None),  # two parts: no filter
])
def test_parts_of_day(text, expected, part):
    when = parse_when(text, NOW)
    assert when is not None
    assert ((when.start, when.end), when.part_of_day, when.asap) == (expected, part, False)


def test_part_of_day_bounds():
    assert (OCHTEND.start.hour, OCHTEND.end.hour) == (8, 12)
    assert (MIDDAG.start.hour, MIDDAG.end.hour) == (12, 17)
    assert (AVOND.start.hour, AVOND.end.hour) == (17, 21)


# --- as soon as possible ---


@pytest.mark.parametrize("text", [
    "zo snel mogelijk", "Zo Snel Mogelijk graag", "zsm", "ZSM!", "z.s.m.", "zo snel als kan", "zo snel als het kan",
    "liefst meteen", "zo vroeg mogelijk", "zo spoedig mogelijk", "de eerstvolgende mogelijkheid", "asap",
    "as soon as possible", "As soon as possible please",
])
def test_asap(text):
    assert parse_when(text, NOW) == When(NOW, NOW + timedelta(days=14), None, True)


def test_asap_with_a_range_and_part_of_day():
    assert parse_when("zsm volgende week in de ochtend", NOW) == When(
        midnight(2027, 3, 29), midnight(2027, 4, 5), OCHTEND, True
    )


# --- robustness ---


@pytest.mark.parametrize("text", [
    "", "   ", "hallo", "ik weet het niet", "ik heb een probleem met mijn leidinggevende",
    "goedemorgen", "goedemiddag", "goedenavond", "ik werk van 9-17 uur",
    "ik zit er al weken mee", "de weekenden zijn zwaar", "mijn collega Jan", "bel me op 06-12345678",
])
def test_no_time_expression(text):
    assert parse_when(text, NOW) is None


@pytest.mark.parametrize("text, expected", [
    ("  VOLGENDE   WEEK  ", days(date(2027, 3, 29), 7)),
    ("Morgen", days(date(2027, 3, 25))),
    ("goedemorgen, kan het morgen?", days(date(2027, 3, 25))),
    ("DINSDAG\tvolgende\nweek", days(date(2027, 3, 30))),
    ("Na 3 December.", days(date(2027, 12, 4), 14)),
])
def test_case_and_spacing(text, expected):
    assert span(text) == expected


def test_daylight_saving_day_is_23_hours():
    saturday = datetime(2027, 3, 27, 10, tzinfo=AMS)
    start, end = span("morgen", saturday)
    assert (start, end) == (midnight(2027, 3, 28), midnight(2027, 3, 29))
    assert start.utcoffset() == timedelta(hours=1) and end.utcoffset() == timedelta(hours=2)
    assert end.astimezone(timezone.utc) - start.astimezone(timezone.utc) == timedelta(hours=23)


def test_now_in_utc_is_read_in_amsterdam_time():
    late_utc = datetime(2027, 3, 24, 23, 30, tzinfo=timezone.utc)  # already Thursday 00:30 in Amsterdam
    assert span("morgen", late_utc) == (midnight(2027, 3, 26), midnight(2027, 3, 27))
    assert parse_when("vandaag", late_utc).start.tzinfo == AMS


def test_naive_now_is_rejected():
    with pytest.raises(ValueError, match="naive"):
        parse_when("morgen", datetime(2027, 3, 24, 10))


# --- When.contains ---


def test_when_contains_checks_range_and_part_of_day():
    when = parse_when("donderdagmiddag", NOW)
    assert when.contains(datetime(2027, 3, 25, 12, tzinfo=AMS))
    assert when.contains(datetime(2027, 3, 25, 15, 45, tzinfo=timezone.utc))  # 16:45 local
    assert not when.contains(datetime(2027, 3, 25, 17, tzinfo=AMS))
    assert not when.contains(datetime(2027, 3, 25, 11, 15, tzinfo=AMS))
    assert not when.contains(datetime(2027, 3, 26, 13, tzinfo=AMS))
    assert parse_when("donderdag", NOW).contains(datetime(2027, 3, 25, 9, tzinfo=AMS))


def test_when_contains_uses_local_time_in_summer():
    when = parse_when("dinsdagochtend", NOW)  # 30 March, CEST
    assert when.contains(datetime(2027, 3, 30, 6, 0, tzinfo=timezone.utc))  # 08:00 local
    assert not when.contains(datetime(2027, 3, 30, 10, 0, tzinfo=timezone.utc))  # 12:00 local


# --- formatting ---


@pytest.mark.parametrize("moment, text", [
    (datetime(2027, 12, 7, 13, 0, tzinfo=timezone.utc), "dinsdag 7 december om 14:00"),
    (datetime(2027, 6, 1, 12, 0, tzinfo=timezone.utc), "dinsdag 1 juni om 14:00"),
    (datetime(2027, 3, 29, 7, 5, tzinfo=AMS), "maandag 29 maart om 07:05"),
    (datetime(2027, 10, 30, 22, 30, tzinfo=timezone.utc), "zondag 31 oktober om 00:30"),
])
def test_format_slot_nl(moment, text):
    assert format_slot_nl(moment) == text


def test_format_slot_nl_rejects_naive():
    with pytest.raises(ValueError, match="naive"):
        format_slot_nl(datetime(2027, 12, 7, 14))


def test_names():
    assert DAY_NAMES[0] == "maandag" and DAY_NAMES[6] == "zondag" and len(DAY_NAMES) == 7
    assert MONTH_NAMES[0] == "januari" and MONTH_NAMES[11] == "december" and len(MONTH_NAMES) == 12


# --- second stranger test (B3/B4): clock windows, negated weekdays, English ------------------

@pytest.mark.parametrize(("text", "after", "before"), [
    ("liefst buiten werktijd, na vijven", time(17), None),
    ("na 17 uur", time(17), None),
    ("ok afspraak, maar alleen na 17u", time(17), None),
    ("na vijf uur graag", time(17), None),
    ("pas na het werk", time(17), None),
    ("vanaf 4 uur", time(16), None),
    ("na 17:30", time(17, 30), None),
    ("voor 10 uur", None, time(10)),
    ("tot 3 uur kan ik", None, time(15)),
])
def test_clock_windows_without_a_day_search_the_coming_two_weeks(text, after, before):
    when = parse_when(text, NOW)
    assert when is not None, text
    assert (when.after, when.before) == (after, before)
    assert (when.start, when.end) == (NOW, NOW + timedelta(days=14))


def test_a_window_filters_times_of_day_and_goes_with_a_day():
    when = parse_when("donderdag na 16 uur", NOW)
    assert (when.start, when.end) == days(date(2027, 3, 25))
    assert when.contains(datetime(2027, 3, 25, 16, 15, tzinfo=AMS))
    assert not when.contains(datetime(2027, 3, 25, 15, 45, tzinfo=AMS))
    assert parse_when("'s avonds", NOW).window == (time(17), time(21))
    assert parse_when("voor de middag", NOW).window == (time(8), time(12))


@pytest.mark.parametrize("text", ["na 3 december", "over 2 weken", "na het weekend"])
def test_dates_and_points_in_time_are_no_window(text):
    when = parse_when(text, NOW)
    assert when is not None and (when.after, when.before) == (None, None), text


@pytest.mark.parametrize(("text", "expected"), [
    ("nee toch donderdag, dinsdag kan ik niet", days(date(2027, 3, 25))),
    ("nee wacht toch donderdag, woensdag heb ik dienst", days(date(2027, 3, 25))),
    ("niet op maandag, liever vrijdag", days(date(2027, 3, 26))),
    ("geen dinsdag, donderdag", days(date(2027, 3, 25))),
])
def test_a_weekday_that_does_not_suit_is_no_wish(text, expected):
    assert span(text) == expected


@pytest.mark.parametrize(("text", "expected", "part"), [
    ("next week", days(date(2027, 3, 29), 7), None),
    ("tomorrow afternoon", days(date(2027, 3, 25)), MIDDAG),
    ("on friday", days(date(2027, 3, 26)), None),
])
def test_english_phrases(text, expected, part):
    assert span(text) == expected and parse_when(text, NOW).part_of_day is part


@pytest.mark.parametrize("text", ["pesten. al maanden",
                                  "Het gaat over mijn leidinggevende die mij al een jaar kleineert"])
def test_a_story_names_no_time(text):
    assert parse_when(text, NOW) is None


# --- wishes as people correct them (third stranger test, c03, c17, c29) ---

def test_a_week_said_not_to_suit_is_no_wish():
    # "ik heb nachtdienst deze week dus liefst volgende week, middag": next week only
    when = parse_when("ik heb nachtdienst deze week dus liefst volgende week, middag", NOW)
    assert (when.start, when.end) == (midnight(2027, 3, 29), midnight(2027, 4, 5))
    assert when.part_of_day is MIDDAG


@pytest.mark.parametrize("text", ["nee dat is morgen, dan slaap ik. ik zei volgende week",
                                  "morgen kan ik niet, volgende week", "niet morgen, volgende week graag"])
def test_a_day_said_not_to_suit_is_no_wish(text):
    assert span(text) == (midnight(2027, 3, 29), midnight(2027, 4, 5))


def test_a_part_of_day_worked_is_no_wish():
    # "ochtend. ik werk s avonds": the morning, not "morning or evening"
    assert parse_when("ochtend. ik werk s avonds", NOW).part_of_day is OCHTEND
    assert parse_when("ik werk 's avonds", NOW) is None


@pytest.mark.parametrize(("text", "part"), [("volgende week donderdag na de lunch", MIDDAG),
                                            ("donderdag voor de lunch", OCHTEND),
                                            ("na de lunchpauze", MIDDAG)])
def test_lunch_names_a_part_of_day(text, part):
    assert parse_when(text, NOW).part_of_day is part


def test_next_week_thursday_after_lunch():
    assert span("volgende week donderdag na de lunch") == days(date(2027, 4, 1))


@pytest.mark.parametrize(("text", "at"), [("maandag 29 maart om 13:45", time(13, 45)), ("om 14 uur", time(14)),
                                          ("om 12.30", time(12, 30)), ("om 14:00", time(14)),
                                          ("13.45 uur graag", time(13, 45)), ("om 2 uur", time(14)),
                                          ("rond 10 uur", time(10)),
                                          # the clock in words (fifth stranger test c13: "doe maar kwart voor tien")
                                          ("doe maar kwart voor tien", time(9, 45)), ("half elf graag", time(10, 30)),
                                          ("om kwart over twee", time(14, 15)), ("half een", time(12, 30)),
                                          ("kwart voor 10", time(9, 45)),
                                          # Flemish (twelfth stranger test c03: "9u45 dan" read as a question)
                                          ("9u45 dan", time(9, 45)), ("om 13u", time(13)), ("3u15", time(15, 15))])
def test_an_exact_time_is_read(text, at):
    when = parse_when(text, NOW)
    assert when.at == at
    assert when.window == (at, time(at.hour, at.minute + 1))


@pytest.mark.parametrize("text", ["een half uur later", "ik werk half time", "half vijf uur werk ik nog"])
def test_half_without_an_hour_of_the_clock_names_no_time(text):
    when = parse_when(text, NOW)
    assert when is None or when.at is None


def test_an_exact_time_alone_names_no_day():
    when = parse_when("13:45 stond er eerst toch", NOW)
    assert when.at == time(13, 45) and not when.dated
    assert parse_when("maandag 29 maart", NOW).dated


def test_a_correction_keeps_what_it_does_not_say():
    from bot.scheduling.dutch_dates import parse_wishes
    # the day changes, the afternoon stays
    when = parse_wishes("liefst volgende week, middag\nnee dat is morgen. ik zei volgende week", NOW)
    assert (when.start, when.end, when.part_of_day) == (midnight(2027, 3, 29), midnight(2027, 4, 5), MIDDAG)
    # the time of day changes, the day stays
    when = parse_wishes("maandag 29 maart\npfff. de middag. 13:45 stond er eerst toch", NOW)
    assert (when.start, when.end) == days(date(2027, 3, 29))
    assert when.window == (time(13, 45), time(13, 46))
    # a wish that says both replaces the earlier one
    when = parse_wishes("volgende week, middag\nvrijdag ochtend", NOW)
    assert (when.start, when.end, when.part_of_day) == (*days(date(2027, 3, 26)), OCHTEND)


def test_add_wish_keeps_the_last_wishes_within_bounds():
    from bot.scheduling.dutch_dates import MAX_WISHES, add_wish
    value = None
    for number in range(5):
        value = add_wish(value, f"wens {number}\nmet regel", 500)
    assert value.split("\n") == [f"wens {n} met regel" for n in range(5 - MAX_WISHES, 5)]
    assert add_wish("a" * 400, "b" * 200, 500) == "b" * 200


# --- fourth stranger test, c19: before or after office hours ---------------------------------

@pytest.mark.parametrize(("text", "after", "before"), [
    ("voor kantoortijd", None, time(9)), ("het liefst voor werktijd", None, time(9)),
    ("voor 9 uur", None, time(9)), ("na kantoortijd", time(17), None), ("voor het werk begint", None, time(9)),
    ("before work", None, time(9)), ("voor kantooruren", None, time(9)),
])
def test_before_and_after_office_hours_are_clock_windows(text, after, before):
    when = parse_when(text, NOW)
    assert when is not None, text
    assert (when.after, when.before) == (after, before)


def test_before_office_hours_goes_with_the_morning_and_the_days_named():
    when = parse_when("het liefst in de ochtend, voor kantoortijd, en via video. woensdag of donderdag", NOW)
    assert when.window == (time(8), time(9)) and when.dated


def test_a_negated_month_names_no_wish_and_before_a_month_with_asap_is_asap():
    # sixth stranger test c08: "zo snel mogelijk, het moet voor januari geregeld zijn" and "nee! niet
    # januari" both offered January's times
    december = datetime(2026, 12, 1, 10, tzinfo=AMS)
    asap = parse_when("zo snel mogelijk, het moet voor januari geregeld zijn", december)
    assert asap.asap and asap.start.month == 12
    assert parse_when("nee! niet januari", december) is None
    assert parse_when("niet in januari maar in februari", december).start.month == 2
    assert parse_when("een afspraak voor januari", december).start.month == 1  # "for January"
