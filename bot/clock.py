"""The one place the bot asks for the current time.

`BOT_NOW` (an ISO 8601 datetime with an offset, e.g. "2027-03-06T22:30:00+01:00") fixes "now"
for tests and demonstrations; a time without an offset is read as UTC. Unset: the real clock.
"""

from __future__ import annotations

import datetime as dt
import os

ENV = "BOT_NOW"
UTC = dt.timezone.utc


def now() -> dt.datetime:
    """The current moment, timezone-aware, in UTC."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return dt.datetime.now(UTC)
    try:
        moment = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise ValueError(f"{ENV} must be an ISO 8601 datetime, got {raw!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)
