"""How many OpenMP threads the e5 embedding gets (bot.nlu.embeddings.embedding_threads)."""

import pytest

from bot.nlu.embeddings import THREADS_ENV, embedding_threads


def test_one_thread_unless_told_otherwise():
    assert embedding_threads({}) == 1
    assert embedding_threads({THREADS_ENV: " "}) == 1


def test_the_environment_sets_the_threads():
    assert embedding_threads({THREADS_ENV: "2"}) == 2
    assert embedding_threads({THREADS_ENV: "64"}) == 64


@pytest.mark.parametrize("value", ["0", "65", "-1", "two", "1.5"])
def test_a_wrong_value_is_refused(value):
    with pytest.raises(ValueError, match=THREADS_ENV):
        embedding_threads({THREADS_ENV: value})
