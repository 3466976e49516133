"""The twenty-eighth stranger test's recheck and the twenty-ninth: patterns on user text."""

from datetime import datetime, time

import pytest

from bot import patterns
from bot.scheduling.dutch_dates import busy_at, exact_time, parse_when
from bot.scheduling.localtime import AMSTERDAM

NOW = datetime(2027, 3, 9, 16, 30, tzinfo=AMSTERDAM)


@pytest.mark.parametrize("text", [
    "kan het vroeger? ik begin om 7.30 met mijn route",  # recheck 28 B c02: read as 19:30
    "ik begin om 7.30",
    "mijn dienst begint om 7.30",
    "ik moet om 7 uur op mijn werk zijn",
    "ik start al om 6 uur",
])
def test_the_start_of_work_is_no_time_wanted(text):
    assert busy_at(text)
    assert exact_time(text) is None
    when = parse_when(text, NOW)
    assert when is None or when.at is None


@pytest.mark.parametrize("text", ["kan het vroeger?", "kan het eerder?", "kan dat niet eerder?", "liefst wat eerder"])
def test_asking_for_earlier_is_the_first_free_times(text):
    when = parse_when(text, NOW)
    assert when is not None and when.asap


@pytest.mark.parametrize("text", ["kan het niet eerder dan maandag", "kan het eerder dan donderdag?"])
def test_earlier_than_a_day_is_no_asap(text):
    assert not parse_when(text, NOW).asap


@pytest.mark.parametrize("text, after", [
    ("om 14:00 ben ik klaar, kan het daarna", time(14)),
    ("om 2 uur ben ik vrij", time(14)),
    ("ik werk tot 14:00", time(14)),
    ("ik slaap tot 13 uur", time(13)),
])
def test_the_end_of_work_is_from_then_on(text, after):
    assert parse_when(text, NOW).after == after


def test_a_quantifier_an_f_string_turned_into_a_tuple_is_refused():
    with pytest.raises(ValueError, match="f-string"):
        patterns.bounded(r"(?:al |om )(1, 3)\d", name="test_round29.fstring")
    assert not any(patterns._FSTRING_QUANTIFIER.search(p.pattern) for p in patterns.REGISTRY.values())
