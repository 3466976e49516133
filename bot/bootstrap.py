"""The composition root: builds this process's services from its settings, once.

Like cosmicpython's bootstrap.py: the one place that knows which concrete things (database,
clock, mail server) the rest of the bot runs with. Modules in bot/ take what they need as
arguments. The action server's actions ask `services()` (built once per process from
`bot.settings.current()`) and pass the pieces on; `python -m bot` builds its own with
`bootstrap(settings, ...)` for one command. The channels' guards and books join here when the
channel rewrite (issue 13) moves them onto the settings.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sqlalchemy.orm import sessionmaker

from bot import clock
from bot import settings as settings_module
from bot.settings import Settings


@dataclass(frozen=True)
class Services:
    settings: Settings
    sessions: sessionmaker                  # the process's one sessionmaker (engine pool)
    now: Callable[[], dt.datetime]          # "now", timezone-aware UTC (fixed by BOT_NOW)

    def deliver_mail(self, **kwargs):
        """Send the notices in the outbox that are due (bot.notify.outbox.deliver_pending) with this
        process's mail server; raises SmtpSettingsError when the mail settings are incomplete."""
        from bot.notify.outbox import deliver_pending
        from bot.notify.smtp import SmtpSettings

        return deliver_pending(self.sessions, SmtpSettings.from_settings(self.settings.mail), self.now(), **kwargs)


def bootstrap(settings: Settings, sessions: sessionmaker | None = None,
              now: Callable[[], dt.datetime] | None = None) -> Services:
    """Wire the services for `settings`. A caller may bring its own sessionmaker (the command line
    closes its engine after each command) or clock (the command line always uses the real one)."""
    from bot.db import get_sessionmaker

    return Services(settings=settings, sessions=sessions or get_sessionmaker(settings.database_url),
                    now=now or partial(clock.now_for, settings))


_services: Services | None = None


def services() -> Services:
    """This process's services, built on first use from `bot.settings.current()`."""
    global _services
    current = settings_module.current()
    if _services is None or _services.settings is not current:
        _services = bootstrap(current)
    return _services
