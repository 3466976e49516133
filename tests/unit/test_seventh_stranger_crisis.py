"""Seventh stranger test c06: "ik heb 113 niet gebeld. wat heeft het voor zin" right after the
suicide answer got "Wat fijn dat je dit laat weten. Goed dat je hulp hebt gezocht"."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.dialogue import crisis
from bot.nlu.components import NotSafeAfterAll


@pytest.mark.parametrize(("text", "kind"), [
    ("ik heb 113 niet gebeld. wat heeft het voor zin", crisis.HOPELOOS),
    ("ik heb niet gebeld. ik bedoel dat niks zin heeft", crisis.HOPELOOS),
    ("nee ik heb nog niet gebeld", crisis.DURFT_NIET_BELLEN),
])
def test_not_called_and_hopeless_after_a_crisis_answer(text, kind):
    assert crisis.not_safe(text) and not crisis.safe_again(text)
    assert crisis.after_crisis(text) == kind


def test_a_message_read_as_called_that_says_not_called_is_the_crisis_still():
    said = [Message(data={"text": t, "intent": {"name": "crisis_voorbij", "confidence": 0.5}})
            for t in ("ik heb 113 niet gebeld. wat heeft het voor zin", "ik heb 113 gebeld, ze waren heel lief")]
    not_called, called = NotSafeAfterAll().process(said)
    assert not_called.get("intent") == {"name": "crisis", "confidence": 0.9}
    assert called.get("intent")["name"] == "crisis_voorbij"


def test_doubting_112_while_threatened_is_the_danger_still():
    """c11: "112 bellen voelt overdreven, hij is gewoon een boze klant" got the aftercare."""
    text = "ik zit binnen in de kantine, de deur is dicht. 112 bellen voelt overdreven, hij is gewoon een boze klant"
    assert not crisis.after_violence(text)
    assert crisis.after_crisis_response(text, crisis.GEWELD) == crisis.GEVAAR_NU
    assert not crisis.doubts_112("ik heb 112 gebeld, de politie komt eraan")
