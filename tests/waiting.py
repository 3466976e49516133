"""Waiting in tests: for a condition, never for a fixed time.

`wait_until(predicate)` asks `predicate()` again every `interval` seconds until it returns
something truthy, and returns that; after `timeout` seconds it fails the test with `WaitTimeout`,
saying what it waited for. `wait_until_async` is the same inside an event loop. A test that must
show that something does *not* happen waits for a later thing that can only come after it
(a barrier: e.g. the answer to a next message in the same conversation, which each channel
answers in order), not for a while.

This module holds the only polling sleep of the tests. A fixed sleep stays elsewhere only where
it stands for real time passing (a slow server, a slow sender, a timeout under test), with a
comment that says so; where the code under test takes a clock, the test gives it a fake one.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import TypeVar

T = TypeVar("T")


class WaitTimeout(AssertionError):
    """The condition did not come true in time (an AssertionError: the test fails, with this line)."""


def _describe(what) -> str:
    if what is None:
        return "the condition"
    return what() if callable(what) else str(what)


def wait_until(predicate: Callable[[], T], what: str | Callable[[], str] | None = None, *,
               timeout: float = 10.0, interval: float = 0.05,
               sleep: Callable[[float], object] = time.sleep) -> T:
    """`predicate()`'s first truthy value, asked every `interval` seconds for at most `timeout`.

    `what` names the condition in the failure (a callable is asked only then, e.g. to show what
    arrived instead). `sleep` is how to pass an interval: a Playwright test passes the page's
    own wait, so that the browser's events keep coming in meanwhile."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() >= deadline:
            raise WaitTimeout(f"not within {timeout:g} s: {_describe(what)}")
        sleep(interval)


async def wait_until_async(predicate: Callable[[], T | Awaitable[T]], what: str | Callable[[], str] | None = None,
                           *, timeout: float = 10.0, interval: float = 0.01) -> T:
    """`wait_until` inside an event loop: the loop runs other work between two questions.
    `predicate` may be a plain function or a coroutine function."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if asyncio.iscoroutine(value):
            value = await value
        if value:
            return value
        if time.monotonic() >= deadline:
            raise WaitTimeout(f"not within {timeout:g} s: {_describe(what)}")
        await asyncio.sleep(interval)


def in_page(page) -> Callable[[float], None]:
    """The `sleep` for `wait_until` in a Playwright test: the page's own wait, during which the
    browser's events (console lines, dialogs, requests) keep coming in; time.sleep would hold them."""
    return lambda seconds: page.wait_for_timeout(seconds * 1000)
