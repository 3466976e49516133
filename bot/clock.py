"""The one place the bot asks for the current time.

`BOT_NOW` (an ISO 8601 datetime with an offset, e.g. "2027-03-06T22:30:00+01:00") fixes "now"
for tests and demonstrations; a time without an offset is read as UTC. Unset: the real clock.
The variable is read with the other settings (bot/settings.py).
"""

from __future__ import annotations

import datetime as dt

from bot import settings as bot_settings
from bot.settings import Settings

UTC = dt.timezone.utc


def now_for(settings: Settings) -> dt.datetime:
    """The current moment under `settings`, timezone-aware, in UTC."""
    return settings.fixed_now if settings.fixed_now is not None else dt.datetime.now(UTC)


def now() -> dt.datetime:
    """The current moment for this process's settings, timezone-aware, in UTC."""
    return now_for(bot_settings.current())
