import pytest

from bot.nlu.language import is_english


@pytest.mark.parametrize("text", [
    "my manager keeps touching me and I don't know what to do",
    "Do you speak English?",
    "hi, I work here as an expat and a colleague is bullying me",
    "who can I talk to about harassment at work",
    "I think someone in finance is faking invoices",
])
def test_english(text):
    assert is_english(text)


@pytest.mark.parametrize("text", [
    "mijn manager is echt toxic en hij pest me",
    "ik word gepest door mijn collega's",
    "hallo", "help", "ok", "",
    "hij zegt steeds dat ik a bitch ben",
    "kan ik een afspraak maken met de vertrouwenspersoon",
    "ik heb een burn-out door de werkdruk, het is too much",
])
def test_not_english(text):
    assert not is_english(text)
