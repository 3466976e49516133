"""Only offered buttons reach Rasa as an intent; typed '/...' becomes plain text (bot.channels.offers)."""

import pytest

from bot.channels.offers import OfferedButtons, dialogue_text, payloads_in, strip_command


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


@pytest.mark.parametrize("typed, plain", [
    ("/bevestigen", "bevestigen"),
    ("/ /bevestigen", "bevestigen"),
    ("  //x{\"a\": 1}", "x{\"a\": 1}"),
    ("\x00/x", "x"),
    ("\u200b/x", "x"),
    ("\u3000/x", "x"),
    ("\x1c/x", "x"),  # Python's str.strip() (Rasa's) removes \x1c too
    ("\ufeff/x", "x"),
    ("hallo /x", "hallo /x"),
    ("///", ""),
])
def test_typed_commands_lose_every_leading_slash(typed, plain):
    assert strip_command(typed) == plain
    assert not strip_command(typed).strip().startswith("/")


def test_only_the_latest_offered_payloads_pass_per_conversation():
    book = OfferedButtons(ttl_seconds=60)
    book.offer("a", ["/bevestigen", "/ontkennen"])
    assert dialogue_text(book, "a", "/bevestigen") == "/bevestigen"
    assert dialogue_text(book, "a", "  /ontkennen ") == "/ontkennen"
    assert dialogue_text(book, "b", "/bevestigen") == "bevestigen"  # not offered in b
    assert dialogue_text(book, "a", '/bevestigen{"x": 1}') == 'bevestigen{"x": 1}'
    book.offer("a", ["/stoppen"])  # a new answer replaces the old buttons
    assert dialogue_text(book, "a", "/bevestigen") == "bevestigen"
    book.offer("a", [])
    assert dialogue_text(book, "a", "/stoppen") == "stoppen"


def test_offers_expire_with_the_conversation_and_are_bounded():
    clock = Clock()
    book = OfferedButtons(ttl_seconds=60, max_conversations=3, clock=clock)
    book.offer("a", ["/x"])
    clock.now = 61
    assert not book.was_offered("a", "/x") and len(book) == 0
    for key in "bcde":
        book.offer(key, ["/x"])
    assert len(book) == 3 and not book.was_offered("b", "/x") and book.was_offered("e", "/x")
    book.offer("f", [f"/p{i}" for i in range(100)] + ["no-slash", "/" + "y" * 600])
    assert book.was_offered("f", "/p29") and not book.was_offered("f", "/p30")
    assert not book.was_offered("f", "no-slash")


def test_payloads_are_read_from_collected_answers():
    collected = [{"text": "a", "buttons": [{"title": "Ja", "payload": "/bevestigen"}]},
                 {"text": "b"}, {"buttons": [{"title": "x"}, "odd"]}]
    assert payloads_in(collected) == ["/bevestigen"]
