"""The booking actions' database: a real SQLite file, migrated, with counsellors.example.yml, and
a fixed BOT_NOW (Monday 8 March 2027, 10:00, when Marieke is at work)."""

from __future__ import annotations

import pytest

from actions import afspraak as a
from bot.booking.counsellors import sync
from bot.channels.guards import CodeAttempts
from bot.db import get_sessionmaker
from bot.db.migrate import upgrade
from bot.settings import PROJECT_ROOT

MORNING = "2027-03-08T10:00:00+01:00"


@pytest.fixture
def db(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'bot.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("BOT_NOW", MORNING)
    monkeypatch.delenv("BOT_PUBLIC_URL", raising=False)
    upgrade(url)
    sessions = get_sessionmaker(url)
    with sessions.begin() as session:
        sync(session, PROJECT_ROOT / "counsellors.example.yml")
    monkeypatch.setattr(a, "CODE_ATTEMPTS", CodeAttempts())  # fresh limits per test; the module's own stays as it is
    return sessions


@pytest.fixture(autouse=True)
def _no_counting_unless_asked(monkeypatch):
    """The anonymous counters write to the database; tests that check them switch them on with a
    migrated database (test_counting_actions.py)."""
    monkeypatch.setenv("BOT_COUNT_STATISTICS", "0")
