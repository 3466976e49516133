"""Unit tests run without sockets and without services.

Every test here is pure logic: no Redis, no PostgreSQL, no HTTP server or fake, no outgoing
connection. The guard below makes any attempt to connect or bind a network socket fail at once
with one clear line, so a unit test that needs a service is found the first time it runs; such a
test belongs in tests/integration/ (or tests/e2e/).

- It wraps every phase of every test here (fixture set-up, the test, tear-down), so a
  module-scoped fixture that starts a server is caught too, and it stops at the edge of this
  folder: tests/integration run in the same session keep their sockets.
- Unix-domain sockets stay allowed: asyncio's event loop wakes itself through a socketpair.
- The event loops here are asyncio's own. uvloop (which aiogram, imported with Rasa's channels,
  installs as the policy) opens its sockets in C, out of reach of the guard; nothing here needs
  its speed.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket

import pytest

_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}
_GUARDED = ("connect", "connect_ex", "bind")


class NetworkInUnitTest(RuntimeError):
    """A unit test tried to reach the network."""


def _refuse(operation: str):
    original = getattr(socket.socket, operation)

    def guarded(self, *args, **kwargs):
        if self.family in _NETWORK_FAMILIES:
            target = args[0] if args else kwargs
            raise NetworkInUnitTest(
                f"socket.{operation}({target!r}) in a unit test: tests/unit runs without sockets and "
                "services; move the test to tests/integration/ or use the in-memory implementation"
            )
        return original(self, *args, **kwargs)

    return guarded


def _only_asyncio_policies(policy) -> None:
    """Stands in for asyncio.set_event_loop_policy while the guard is on: asyncio's own policy
    stays (an import that installs uvloop's is not followed)."""


@contextlib.contextmanager
def _no_network():
    policy = asyncio.get_event_loop_policy()
    with pytest.MonkeyPatch.context() as patch:
        for operation in _GUARDED:
            patch.setattr(socket.socket, operation, _refuse(operation))
        asyncio.set_event_loop_policy(asyncio.DefaultEventLoopPolicy())
        patch.setattr(asyncio, "set_event_loop_policy", _only_asyncio_policies)
        try:
            yield
        finally:
            patch.undo()
            asyncio.set_event_loop_policy(policy)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item):
    with _no_network():
        yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    with _no_network():
        yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item):
    with _no_network():
        yield
