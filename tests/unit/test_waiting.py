"""tests/waiting.py: the one way the tests wait, for a condition and never for a fixed time."""

import asyncio
import itertools

import pytest

from tests.waiting import WaitTimeout, wait_until, wait_until_async


def test_it_returns_the_first_truthy_value_and_asks_no_more():
    answers = iter([None, [], "klaar", "te laat"])
    slept = []
    assert wait_until(lambda: next(answers), sleep=slept.append, interval=0.2) == "klaar"
    assert slept == [0.2, 0.2]
    assert next(answers) == "te laat"


def test_it_fails_the_test_in_time_saying_what_it_waited_for():
    with pytest.raises(WaitTimeout, match=r"not within 0\.05 s: het antwoord \(2 berichten\)") as err:
        wait_until(lambda: False, lambda: "het antwoord (2 berichten)", timeout=0.05, interval=0.01)
    assert isinstance(err.value, AssertionError)


def test_the_async_variant_lets_the_loop_run_meanwhile():
    async def scenario():
        done = asyncio.Event()
        asyncio.get_running_loop().call_soon(done.set)
        counter = itertools.count()

        async def ready():
            next(counter)
            return done.is_set() and "gezet"

        return await wait_until_async(ready, "the event"), next(counter)

    value, asked = asyncio.run(scenario())
    assert value == "gezet" and asked >= 2


def test_the_async_variant_times_out_too():
    with pytest.raises(WaitTimeout, match="nooit"):
        asyncio.run(wait_until_async(lambda: 0, "nooit", timeout=0.05))
