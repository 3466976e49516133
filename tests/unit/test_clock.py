import datetime as dt

import pytest

from bot import clock, settings


def test_bot_now_overrides(monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-06T22:30:00+01:00")
    assert clock.now() == dt.datetime(2027, 3, 6, 21, 30, tzinfo=dt.timezone.utc)


def test_naive_is_utc_and_bad_is_refused(monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2027-03-06T22:30:00")
    assert clock.now().hour == 22
    monkeypatch.setenv("BOT_NOW", "gisteren")
    settings.reset()
    with pytest.raises(ValueError, match="BOT_NOW"):
        clock.now()


def test_real_clock(monkeypatch):
    monkeypatch.delenv("BOT_NOW", raising=False)
    assert abs(clock.now() - dt.datetime.now(dt.timezone.utc)) < dt.timedelta(seconds=5)
