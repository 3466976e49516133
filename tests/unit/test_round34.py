"""Round 33 recheck findings and round 34 findings mended in the session of 2026-12-07 (night): pure functions,
no Rasa."""

import datetime as dt

import pytest

from bot.scheduling.dutch_dates import parse_wishes
from bot.scheduling.localtime import AMSTERDAM

NOW = dt.datetime(2027, 3, 10, 15, 10, tzinfo=AMSTERDAM)  # Wednesday
OVER_BEFORE_11_TOMORROW = dt.datetime(2027, 3, 11, 10, 15, tzinfo=AMSTERDAM)


@pytest.mark.parametrize("text", [
    # round 33 recheck c05: read as a wish for 11:00; 11:15 and 13:00 offered
    "hey, ik heb morgen om 11u een gesprek met mijn manager en HR over 'mijn functioneren' maar eigenlijk gaat het "
    "erover dat ik geklaagd heb. kan ik voor die meeting nog met een vertrouwenspersoon praten?",
    "morgen\nnee ik bedoel VOOR 11 uur, om 11 begint mijn meeting. 10:30 is te krap",
    "before my meeting with him tomorrow at 11",              # round 33 recheck c07
    "ik heb een gesprek met HR morgen om 11, kan het daarvoor?",
    "morgen om 11 uur heb ik een functioneringsgesprek",
])
def test_ones_own_meeting_with_a_time_is_a_deadline(text):
    when = parse_wishes(text, NOW)
    assert when is not None and when.at is None and when.start == NOW and when.end == OVER_BEFORE_11_TOMORROW


@pytest.mark.parametrize("text", [
    "kan ik morgen om 11 uur een gesprek met de vertrouwenspersoon?",   # the talk itself
    "kan ik morgen om 11 uur met mijn manager erbij praten?",
    "ik had gisteren om 11 uur een gesprek met HR, kan ik morgen om 11 uur?",
])
def test_the_talk_itself_at_a_time_is_no_deadline(text):
    when = parse_wishes(text, NOW)
    assert when is not None and when.at == dt.time(11) and when.start.date() == dt.date(2027, 3, 11)
