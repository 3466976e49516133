"""The anonymous counters: what is counted, and the one write (an upsert of an aggregate row).

A count is a CountKey: (year, month, situation, channel, office hours, role, outcome) -> how
often. Each conversation adds at most one to each outcome (the actions remember in the slot
`geteld` which markers they already counted). Nothing here knows who wrote or what was written.

Outcomes:
- ``situatie_bevestigd``: the situation is settled (confirmed by the person, or picked from the list);
- ``informatie``: the bot explained the options (what the person can do, none required);
- ``doorverwezen``: the matter is outside the VP's task and the bot pointed elsewhere;
- ``afspraak``: an appointment with a counsellor was booked;
- ``crisishulp``: the bot showed urgent help (112, 113, ...);
- ``gestopt``: the person stopped the conversation.
One conversation can reach more than one outcome (information first, then a booking), so the
outcomes do not add up to a number of conversations.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from bot.db.models import AnonymousCount
from bot.scheduling.localtime import AMSTERDAM, require_aware

# Whether an organisation counts at all: BOT_COUNT_STATISTICS, in bot.settings (count_statistics).

BEVESTIGD, INFORMATIE, DOORVERWEZEN, AFSPRAAK, CRISISHULP, GESTOPT = (
    "situatie_bevestigd", "informatie", "doorverwezen", "afspraak", "crisishulp", "gestopt")
OUTCOMES = (BEVESTIGD, INFORMATIE, DOORVERWEZEN, AFSPRAAK, CRISISHULP, GESTOPT)
ROLES = ("zelf", "getuige", "leidinggevende")
CHANNELS = ("webchat", "rest", "slack", "teams")
UNKNOWN = "onbekend"
OTHER_CHANNEL = "overig"
MAX_MARKERS = 64  # the slot never grows without bound, whatever a forged tracker holds


@dataclass(frozen=True)
class CountKey:
    year: int
    month: int
    situation: str
    channel: str
    office_hours: bool
    role: str
    outcome: str


def channel_of(name: object) -> str:
    """The input channel's name, or "overig" for any other (never a free-form value)."""
    return name if isinstance(name, str) and name in CHANNELS else OTHER_CHANNEL


def role_of(slot_value: object, manager_asked: bool = False) -> str:
    """zelf or getuige from the conversation; leidinggevende when the person asked what to do as a
    manager who hears a complaint; otherwise onbekend."""
    if slot_value in ROLES:
        return str(slot_value)
    return "leidinggevende" if manager_asked else UNKNOWN


def key_for(now: dt.datetime, outcome: str, situation: object, known_situations: Iterable[str], channel: object,
            office_hours: bool, role: str) -> CountKey:
    """The row this event adds one to: the Amsterdam month of `now`, and only known values."""
    if outcome not in OUTCOMES:
        raise ValueError(f"unknown outcome {outcome!r}")
    if role not in (*ROLES, UNKNOWN):
        raise ValueError(f"unknown role {role!r}")
    local = require_aware(now, "now").astimezone(AMSTERDAM)
    known = set(known_situations)
    return CountKey(year=local.year, month=local.month,
                    situation=situation if isinstance(situation, str) and situation in known else UNKNOWN,
                    channel=channel_of(channel), office_hours=bool(office_hours), role=role, outcome=outcome)


def marker(outcome: str, situation: str | None = None) -> str:
    """What the slot `geteld` remembers: the outcome, and for a confirmed situation which one (a
    second, different situation in the same conversation counts too; the same one not twice)."""
    return f"{outcome}:{situation}" if outcome == BEVESTIGD and situation else outcome


def counted(slot_value: object) -> list[str]:
    """The markers already counted in this conversation (ignores anything that is not one)."""
    if not isinstance(slot_value, list):
        return []
    return [m for m in slot_value if isinstance(m, str) and m.split(":", 1)[0] in OUTCOMES][:MAX_MARKERS]


def increment(sessions: sessionmaker, *keys: CountKey) -> None:
    """Add one to each key's row, creating it if needed, all in one transaction; each is one
    statement, safe when two conversations count the same row at once (INSERT ... ON CONFLICT
    DO UPDATE, on SQLite and PostgreSQL alike)."""
    table = AnonymousCount.__table__
    with sessions.begin() as session:
        dialect = session.get_bind().dialect.name
        if dialect == "postgresql":
            insert = postgresql.insert
        elif dialect == "sqlite":
            insert = sqlite.insert
        else:  # pragma: no cover - only SQLite and PostgreSQL are supported
            raise RuntimeError(f"counting is not supported on {dialect}")
        for key in keys:
            stmt = insert(table).values(year=key.year, month=key.month, situation=key.situation,
                                        channel=key.channel, office_hours=key.office_hours, role=key.role,
                                        outcome=key.outcome, count=1)
            session.execute(stmt.on_conflict_do_update(
                index_elements=[c.name for c in table.primary_key.columns], set_={"count": table.c.count + 1}))


def rows(session: Session, years: Iterable[int]) -> list[tuple[CountKey, int]]:
    """Every row of the given years, as (key, count)."""
    table = AnonymousCount.__table__
    result = session.execute(select(table).where(table.c.year.in_(list(years))))
    return [(CountKey(r.year, r.month, r.situation, r.channel, bool(r.office_hours), r.role, r.outcome), r.count)
            for r in result]


MANAGER_QUESTION = "faq/leidinggevende_krijgt_melding"


def manager_asked(events: Iterable[Mapping]) -> bool:
    """Whether, in the current session, the person asked what to do as a manager who hears a
    complaint (the FAQ answer for managers): then they write as a manager. Reads only the parse
    results (intent names), never the text."""
    asked = False
    for event in events or []:
        kind = event.get("event") if isinstance(event, Mapping) else None
        if kind == "session_started":
            asked = False
        elif kind == "user":
            parse = event.get("parse_data") or {}
            faq = ((parse.get("response_selector") or {}).get("faq") or {}).get("response") or {}
            if faq.get("intent_response_key") == MANAGER_QUESTION and (parse.get("intent") or {}).get("name") == "faq":
                asked = True
    return asked
