"""Fixtures for the fault tests: private servers a test may stop and start (see services.py)."""

from __future__ import annotations

import pytest

from tests.faults.services import PostgresInstance, RedisInstance, SmtpSink


@pytest.fixture(scope="module")
def pg_server():
    """A private PostgreSQL; a test that stops it must start it again before it ends."""
    server = PostgresInstance()
    server.start()
    yield server
    server.close()


@pytest.fixture(scope="module")
def redis_server():
    server = RedisInstance()
    server.start()
    yield server
    server.close()


@pytest.fixture
def smtp_sink():
    sink = SmtpSink()
    yield sink
    sink.close()
