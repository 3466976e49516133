"""bot.dialogue.situations.discrimination_ground: age named as the reason for unequal treatment
(sixth stranger test c11, c16)."""

import pytest

from bot.dialogue.situations import LEEFTIJD, discrimination_ground


@pytest.mark.parametrize("text", [
    "ze laten me alle nachtdiensten draaien omdat ik de jongste ben",
    "ik ben 61 en hij zei 'dat loont bij jou toch niet meer'",
    "ik krijg nooit een cursus vanwege mijn leeftijd",
    "op jouw leeftijd hoef je niet meer te solliciteren zei ze",
    "ik ben de oudste van het team en ze noemen me een ouwe zak",
])
def test_age_as_the_reason_is_named(text):
    assert discrimination_ground(text) == LEEFTIJD


@pytest.mark.parametrize("text", [
    "ik ben 22 en werk in een distributiecentrum",
    "mijn collega's sluiten me buiten",
    "ze laten me alle nachtdiensten draaien",
    "het loont niet meer om overuren te maken",
])
def test_no_age_ground(text):
    assert discrimination_ground(text) is None
