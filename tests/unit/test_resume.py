"""Coming back to the open question: a check answered with a yes plus more is not asked again
(bot/dialogue/resume.py)."""

import pytest

from bot.dialogue import resume


def _check(text_after: str, intent: str = "afspraak_maken") -> list[dict]:
    return [
        {"event": "user", "text": "mijn afdelingshoofd gunt opdrachten aan het bureau van zijn vrouw",
         "parse_data": {"intent": {"name": "nevenwerkzaamheden"}}},
        {"event": "bot", "text": "Klopt het ...?", "metadata": {"utter_action": "utter_check_situatie"}},
        {"event": "user", "text": text_after, "parse_data": {"intent": {"name": intent}}},
        {"event": "bot", "text": "Wanneer komt het je uit?", "metadata": {"utter_action": "utter_ask_tijd_wens"}},
        {"event": "user", "text": "stop", "parse_data": {"intent": {"name": "stoppen"}}},
    ]


@pytest.mark.parametrize("answer", ["ja. maar is er nu iemand bereikbaar?", "klopt, kan ik iemand spreken",
                                    "ja", "Ja, dat klopt"])
def test_a_yes_that_came_with_more_answered_the_check(answer):
    # fifth stranger test c17: "Zullen we verdergaan waar we waren?" asked the confirmed check again
    assert resume.check_answered_yes(_check(answer))


@pytest.mark.parametrize("answer", ["is er nu iemand bereikbaar?", "nee, het is anders", "jan zegt van wel"])
def test_no_yes_no_answer(answer):
    assert not resume.check_answered_yes(_check(answer))


def test_without_a_check_there_is_nothing_answered():
    assert not resume.check_answered_yes(_check("ja")[2:])
    assert not resume.check_answered_yes([])
