"""The guard of tests/unit/conftest.py: a unit test cannot reach the network, and asyncio's event
loop (which wakes itself through a Unix socketpair) still runs. (The error is matched by its text:
pytest loads conftest.py as a module of its own, not as tests.unit.conftest.)"""

import asyncio
import socket

import pytest


def test_connecting_fails_with_one_clear_line():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        with pytest.raises(RuntimeError, match="in a unit test.*tests/integration"):
            sock.connect(("127.0.0.1", 6379))
        with pytest.raises(RuntimeError, match="in a unit test"):
            sock.connect_ex(("127.0.0.1", 5432))
    with pytest.raises(RuntimeError, match="in a unit test"):
        socket.create_connection(("127.0.0.1", 6379), timeout=1)


def test_listening_fails():
    with socket.socket(socket.AF_INET6 if socket.has_ipv6 else socket.AF_INET) as sock:
        with pytest.raises(RuntimeError, match="in a unit test"):
            sock.bind(("", 0))


def test_an_event_loop_and_a_unix_socketpair_still_work():
    async def answer():
        await asyncio.sleep(0)
        return 42

    assert asyncio.run(answer()) == 42
    left, right = socket.socketpair()
    with left, right:
        left.sendall(b"x")
        assert right.recv(1) == b"x"


def test_an_asyncio_connection_is_refused_too():
    # aiogram, imported with Rasa's channels, installs uvloop's policy, whose sockets the guard
    # would not see; here the loops stay asyncio's own.
    import uvloop

    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    assert isinstance(asyncio.get_event_loop_policy(), asyncio.DefaultEventLoopPolicy)

    async def connect():
        await asyncio.open_connection("127.0.0.1", 6379)

    with pytest.raises(RuntimeError, match="in a unit test"):
        asyncio.run(connect())
