"""Active counsellors from the database, in the shapes the slot calculator and the dialogue need."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import selectinload, sessionmaker

from bot.booking.repository import availability_of, booked_between
from bot.db.models import Counsellor, CounsellorKind, MeetingMode
from bot.scheduling.slots import Availability, Booking

# The kinds of VP a person can ask for; BEIDE serves both.
VPOO, VPI = CounsellorKind.VPOO.value, CounsellorKind.VPI.value


@dataclass(frozen=True)
class CounsellorInfo:
    key: str
    kind: str  # VPOO, VPI or BEIDE
    meeting_modes: tuple[str, ...]  # MeetingMode values, in a fixed order
    location: str | None
    availability: Availability
    name: str = ""
    internal: bool = True
    by_name: bool = False

    def serves(self, kind: str | None) -> bool:
        """Whether this counsellor takes matters of `kind` (VPOO or VPI; None: any)."""
        return kind not in (VPOO, VPI) or self.kind in (kind, CounsellorKind.BOTH.value)


def _meeting_modes(c: Counsellor) -> tuple[str, ...]:
    offered = [(MeetingMode.PHONE, c.phone), (MeetingMode.VIDEO, c.video),
               (MeetingMode.IN_PERSON, bool(c.location))]
    return tuple(mode.value for mode, on in offered if on)


def active_counsellors(session_factory: sessionmaker, kind: str | None = None) -> list[CounsellorInfo]:
    """Active counsellors, by key; with `kind` (VPOO or VPI) only those of that kind or BEIDE."""
    with session_factory() as session:
        query = (select(Counsellor).where(Counsellor.active.is_(True)).order_by(Counsellor.key)
                 .options(selectinload(Counsellor.hours), selectinload(Counsellor.absences)))
        result = []
        for c in session.execute(query).scalars():
            c_kind = CounsellorKind(c.kind).value
            if kind in (VPOO, VPI) and c_kind not in (kind, CounsellorKind.BOTH.value):
                continue
            result.append(CounsellorInfo(c.key, c_kind, _meeting_modes(c), c.location, availability_of(c),
                                         c.name, bool(c.internal), bool(c.by_name)))
        return result


def kinds_to_choose(counsellors: list[CounsellorInfo]) -> bool:
    """Whether the person should choose between a VPOO and a VPI: only when both specialists exist."""
    kinds = {c.kind for c in counsellors}
    return VPOO in kinds and VPI in kinds


def bookings(session_factory: sessionmaker, start: dt.datetime, end: dt.datetime,
             exclude_code: str | None = None) -> list[Booking]:
    """Live appointments overlapping [start, end), as the slot calculator's Booking; without the
    one with `exclude_code` (an appointment being moved does not block its own time)."""
    return [Booking(b.counsellor_key, b.starts_at, b.ends_at)
            for b in booked_between(session_factory, start, end, exclude_code=exclude_code)]
