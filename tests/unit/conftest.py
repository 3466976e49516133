"""Unit tests run without sockets and without services.

Every test here is pure logic: no Redis, no PostgreSQL, no HTTP server or fake, no outgoing
connection. The guard below makes any attempt to connect or bind a network socket fail at once
with one clear line, so a unit test that needs a service is found the first time it runs; such a
test belongs in tests/integration/ (or tests/e2e/). Unix-domain sockets stay allowed: asyncio's
event loop wakes itself through a socketpair, which is no network.
"""

from __future__ import annotations

import socket

import pytest

_NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


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


@pytest.fixture(autouse=True)
def no_network():
    """Its own MonkeyPatch, not the shared fixture: the guard is set up before and undone after
    every other fixture of the test, whatever they patch."""
    with pytest.MonkeyPatch.context() as patch:
        for operation in ("connect", "connect_ex", "bind"):
            patch.setattr(socket.socket, operation, _refuse(operation))
        yield
