"""Shared fixtures: real databases (SQLite file, and the PostgreSQL server on 127.0.0.1:5432)."""

from __future__ import annotations

import os
import uuid

import pytest
from sqlalchemy import create_engine, text

from bot import settings

PG_ADMIN_URL = os.environ.get("TEST_POSTGRES_ADMIN_URL", "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(autouse=True)
def fresh_settings():
    """The bot reads its settings once per process (bot.settings.current()); here each test is a
    process of its own: the settings are read anew on first use in each test. A test that changes
    the environment after that calls settings.reset() itself."""
    settings.reset()
    yield
    settings.reset()


@pytest.fixture
def sqlite_url(tmp_path):
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards. make test starts the
    server where it is not running; if it cannot be reached the test fails (it is not skipped)."""
    name = f"vpbot_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_ADMIN_URL, future=True, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_ADMIN_URL.rsplit("/", 1)[0] + f"/{name}"
    try:
        yield url
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgres"])
def database_url(request):
    """Run a test on both databases."""
    return request.getfixturevalue(f"{request.param}_url")


@pytest.fixture
def booking_db(database_url):
    """Migrate `database_url`, load the given counsellors, and return a sessionmaker for it."""
    from sqlalchemy.orm import sessionmaker

    from bot.booking.counsellors import apply, parse
    from bot.db import make_engine
    from bot.db.migrate import upgrade

    engines = []

    def make(counsellors: dict):
        upgrade(database_url)
        engine = make_engine(database_url)
        engines.append(engine)
        factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
        with factory.begin() as s:
            apply(s, parse(counsellors))
        return factory

    yield make
    for engine in engines:
        engine.dispose()
