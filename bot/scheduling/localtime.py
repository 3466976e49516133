"""The one time zone the bot plans in, and the checks every public function shares."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
UTC = timezone.utc
ONE_DAY = timedelta(days=1)


def require_aware(value: datetime, name: str) -> datetime:
    """Return ``value`` unchanged, or raise ValueError when it is not a timezone-aware datetime."""
    if not isinstance(value, datetime):
        raise ValueError(f"{name} must be a timezone-aware datetime, got {type(value).__name__}: {value!r}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime, got the naive datetime {value.isoformat()}")
    return value


def local_midnight(day: date) -> datetime:
    """00:00 Amsterdam wall-clock time at the start of ``day`` (correct on daylight-saving days)."""
    return datetime.combine(day, time(0), tzinfo=AMSTERDAM)


def local_date(moment: datetime) -> date:
    """The Amsterdam calendar date of an aware ``moment``."""
    return moment.astimezone(AMSTERDAM).date()
