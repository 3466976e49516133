"""actions.answers.bot_said: what the bot said earlier in this session, by response name or text."""

from actions.answers import bot_said


def _bot(text: str, response: str | None = None) -> dict:
    return {"event": "bot", "text": text, "metadata": {"utter_action": response} if response else {}}


EVENTS = [
    _bot("Oude sessie", "utter_oud"),
    {"event": "session_started"},
    {"event": "user", "text": "hallo"},
    _bot("Dat mag. Vertel maar.", "utter_luisteren"),
    _bot("Bel 113 of gratis 0800-0113."),
]


def test_a_response_by_name_in_this_session():
    assert bot_said(EVENTS, response="utter_luisteren")
    assert not bot_said(EVENTS, response="utter_crisis")


def test_an_earlier_session_does_not_count():
    assert not bot_said(EVENTS, response="utter_oud")
    assert not bot_said(EVENTS, text="Oude sessie")


def test_a_text_exactly_or_within_a_message():
    assert bot_said(EVENTS, text="Bel 113 of gratis 0800-0113.")
    assert not bot_said(EVENTS, text="Bel 113")
    assert bot_said(EVENTS, text="Bel 113", within=True)


def test_a_user_message_with_the_same_text_is_not_the_bot():
    assert not bot_said(EVENTS, text="hallo")
    assert not bot_said([], text="hallo") and not bot_said(None, response="utter_luisteren")
