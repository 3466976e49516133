"""Booking use cases. Each function is one transaction on the session factory it is given.

Times go in and come out timezone-aware, in UTC. Appointments are returned as immutable
`AppointmentView`s, detached from any session.

No double booking: the partial unique index (one live appointment per counsellor and start) is
the last word, and a booking also refuses overlap with another live appointment of the same
counsellor. On PostgreSQL the counsellor's row is locked for the booking (SELECT ... FOR UPDATE),
so bookings for one counsellor run one after another; on SQLite writers are serialised by the
database lock, and the overlap check runs after the write, under that lock.

Times come from outside (a button payload, a tracker). A caller that passes one on says so with
`within_hours=True` (the actions do): then, inside the same transaction and under the
counsellor's lock, the time must be one the counsellor's hours offer now (weekly hours,
absences, holidays, the slot grid, the minimum notice; see slots.is_offered_slot), or
SlotNotOffered, which callers treat like SlotTaken ("no longer free"). Without it any future
time is taken (administrators, tests).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy import and_, delete, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.booking import notices, reference
from bot.contact import normalise_contact, normalise_pseudonym
from bot.db.models import Appointment, AppointmentStatus, Counsellor, MailOutbox, MeetingMode, OutboxStatus
from bot.scheduling.slots import Absence, Availability, WeeklyHours, is_offered_slot

UTC = dt.timezone.utc


class AttemptLimiter(Protocol):
    """Wrong codes per key (bot.channels.guards.AttemptLimiter)."""

    def retry_after(self, key: str) -> float: ...

    def record_failure(self, key: str) -> None: ...


class CodeAttempts(Protocol):
    """Wrong codes per conversation and client (bot.channels.guards.CodeAttempts)."""

    def retry_after(self, conversation: str, client: str | None = None) -> float: ...

    def record_failure(self, conversation: str, client: str | None = None) -> None: ...


CODE_ATTEMPTS = 5  # new reference codes tried when one is already in use (about 1e-12 per try)
LIVE = AppointmentStatus.BOOKED


class BookingError(Exception):
    """A booking use case cannot be done. The message is in English, for logs and admins."""


class SlotTaken(BookingError):
    """The counsellor already has a live appointment at (or overlapping) that time."""


class SlotNotOffered(SlotTaken):
    """The time is not (or no longer) one the counsellor's hours offer: to the person, like a
    time someone else took."""


class UnknownCounsellor(BookingError):
    """No active counsellor with that key."""


class MeetingModeNotOffered(BookingError):
    """The counsellor does not offer that way of meeting."""


class InvalidSlot(BookingError):
    """Start not before end, a naive datetime, or a time in the past."""


class AppointmentNotFound(BookingError):
    """No appointment with that reference code."""


class NotChangeable(BookingError):
    """The appointment is cancelled or has already started."""


class TooManyAttempts(BookingError):
    """Too many wrong codes from this conversation; try again after `retry_after` seconds."""

    def __init__(self, retry_after: float) -> None:
        super().__init__(f"too many wrong codes; try again in {retry_after:.0f} s")
        self.retry_after = retry_after


@dataclass(frozen=True)
class AppointmentView:
    code: str  # display form, "K7QM-3XPD"
    counsellor_key: str
    counsellor_name: str
    starts_at: dt.datetime  # UTC
    ends_at: dt.datetime
    meeting_mode: MeetingMode
    location: str | None  # where, when meeting in person
    pseudonym: str | None
    contact: str | None
    status: AppointmentStatus
    created_at: dt.datetime
    cancelled_at: dt.datetime | None
    counsellor_kind: str = ""  # VPOO, VPI or BEIDE
    counsellor_internal: bool = True
    revision: int = 0  # changes so far; the calendar file's SEQUENCE

    @property
    def is_live(self) -> bool:
        return self.status is LIVE


@dataclass(frozen=True)
class BusyPeriod:
    """A booked period, without anything about who booked it (for the slot calculator)."""

    counsellor_key: str
    starts_at: dt.datetime
    ends_at: dt.datetime


# --- use cases -------------------------------------------------------------------------------

def book(session_factory: sessionmaker, counsellor_key: str, start_utc: dt.datetime, end_utc: dt.datetime,
         meeting_mode: MeetingMode | str, pseudonym: str | None = None, contact: str | None = None, *,
         now: dt.datetime, new_code: Callable[[], str] = reference.generate,
         within_hours: bool = False) -> AppointmentView:
    """Book a slot and queue the counsellor's notice, in one transaction.

    Raises SlotTaken (SlotNotOffered: not a time the hours offer), UnknownCounsellor,
    MeetingModeNotOffered, InvalidSlot, or InvalidContact (a ValueError) for a pseudonym or contact that
    does not pass bot.contact.
    """
    start, end, now = _utc(start_utc, "start"), _utc(end_utc, "end"), _utc(now, "now")
    _check_period(start, end, now)
    meeting_mode = _meeting_mode(meeting_mode)
    pseudonym = normalise_pseudonym(pseudonym) if pseudonym is not None and pseudonym.strip() else None
    contact = normalise_contact(contact).value if contact is not None and contact.strip() else None

    for _ in range(CODE_ATTEMPTS):
        code = reference.normalise(new_code())
        try:
            with session_factory.begin() as session:
                counsellor = _lock_counsellor(session, counsellor_key)
                if counsellor is None or not counsellor.active:
                    raise UnknownCounsellor(f"no active counsellor {counsellor_key!r}")
                _check_meeting_mode(counsellor, meeting_mode)
                if within_hours:
                    _refuse_unoffered(counsellor, start, end, now)
                appointment = Appointment(counsellor_id=counsellor.id, starts_at=start, ends_at=end,
                                          meeting_mode=meeting_mode, reference_code=code, pseudonym=pseudonym,
                                          contact=contact, status=LIVE, created_at=now)
                session.add(appointment)
                session.flush()
                _refuse_overlap(session, appointment.id, counsellor.id, start, end)
                notices.queue(session, notices.BOOKED, appointment, counsellor, now)
                return _view(appointment, counsellor)
        except IntegrityError:
            if _slot_is_taken(session_factory, counsellor_key, start):
                raise SlotTaken(f"{counsellor_key} already has an appointment at {start.isoformat()}") from None
            if not _code_exists(session_factory, code):
                raise
            # The new reference code was already in use: draw another.
    raise BookingError(f"no unused reference code after {CODE_ATTEMPTS} tries")


def find_by_code(session_factory: sessionmaker, code: str) -> AppointmentView | None:
    """The appointment with this code (any status), or None. Raises reference.InvalidCode when the
    text cannot be a code at all."""
    canonical = reference.normalise(code)
    with session_factory() as session:
        row = session.execute(
            select(Appointment, Counsellor).join(Counsellor, Appointment.counsellor_id == Counsellor.id)
            .where(Appointment.reference_code == canonical)
        ).first()
        return _view(*row) if row else None


def find_by_code_limited(session_factory: sessionmaker, code: str, *, limiter: AttemptLimiter,
                         key: str) -> AppointmentView | None:
    """find_by_code for the person's "change or cancel by code" path: refused with TooManyAttempts
    once `key` (the conversation id) has had too many wrong codes. A well-formed code that does not
    exist counts as a wrong one; text that cannot be a code (InvalidCode) does not."""
    wait = limiter.retry_after(key)
    if wait > 0:
        raise TooManyAttempts(wait)
    found = find_by_code(session_factory, code)
    if found is None:
        limiter.record_failure(key)
    return found


def find_changeable_limited(session_factory: sessionmaker, code: str, now: dt.datetime, *,
                            attempts: CodeAttempts, conversation: str,
                            client: str | None = None) -> AppointmentView | None:
    """The live appointment with this code that has not started, for the person's "change or
    cancel by code" path, or None. None is the one answer for a code that does not exist and for
    one of a cancelled or started appointment, and each None counts as a wrong code (the same
    query either way): until a code is proven, nothing tells a real one from a wrong one.
    Raises TooManyAttempts once the conversation or client has had too many wrong codes (before
    touching the database), and reference.InvalidCode for text that cannot be a code (not
    counted: it cannot find anything)."""
    wait = attempts.retry_after(conversation, client)
    if wait > 0:
        raise TooManyAttempts(wait)
    found = find_by_code(session_factory, code)
    if found is None or not found.is_live or found.starts_at <= _utc(now, "now"):
        attempts.record_failure(conversation, client)
        return None
    return found


def cancel(session_factory: sessionmaker, code: str, now: dt.datetime) -> AppointmentView:
    """Cancel a live appointment that has not started, and queue the counsellor's notice.
    Raises AppointmentNotFound or NotChangeable (and reference.InvalidCode)."""
    canonical = reference.normalise(code)
    now = _utc(now, "now")
    with session_factory.begin() as session:
        appointment, counsellor = _changeable(session, canonical, now)
        # Conditional on the status, so of two concurrent cancels only one queues a notice.
        result = session.execute(
            update(Appointment).where(Appointment.id == appointment.id, Appointment.status == LIVE)
            .values(status=AppointmentStatus.CANCELLED, cancelled_at=now)
            .execution_options(synchronize_session=False))
        if result.rowcount != 1:
            raise NotChangeable(f"appointment {reference.display(canonical)} is already cancelled")
        session.refresh(appointment)
        notices.queue(session, notices.CANCELLED, appointment, counsellor, now)
        return _view(appointment, counsellor)


def reschedule(session_factory: sessionmaker, code: str, new_start: dt.datetime, new_end: dt.datetime,
               now: dt.datetime, *, within_hours: bool = False,
               meeting_mode: MeetingMode | str | None = None, counsellor_key: str | None = None) -> AppointmentView:
    """Move a live appointment (same code) to a free time, and/or change its way of meeting
    (`meeting_mode`, one the counsellor offers), and queue the notice. The same time with another
    way is a change too. With `counsellor_key` of another active counsellor the appointment moves
    to them (the way of meeting must be one they offer): the first counsellor gets the notice of a
    cancellation, the other that of a new appointment. Each change raises the appointment's
    revision by one (the calendar file's SEQUENCE), in the same transaction. All or nothing: when the new time is taken
    (SlotTaken) the appointment stays as it was. Raises AppointmentNotFound, NotChangeable,
    InvalidSlot, SlotTaken (SlotNotOffered: not a time the counsellor's hours offer),
    MeetingModeNotOffered, UnknownCounsellor (and reference.InvalidCode)."""
    canonical = reference.normalise(code)
    start, end, now = _utc(new_start, "start"), _utc(new_end, "end"), _utc(now, "now")
    _check_period(start, end, now)
    try:
        with session_factory.begin() as session:
            owner = session.execute(
                select(Counsellor.key).join(Appointment, Appointment.counsellor_id == Counsellor.id)
                .where(Appointment.reference_code == canonical)).scalar_one_or_none()
            other = counsellor_key if counsellor_key not in (None, owner) else None
            # both counsellors locked, always in the same order, so two moves cannot wait on each other
            for key in sorted(k for k in (owner, other) if k is not None):
                _lock_counsellor(session, key)  # then read the appointment afresh, under the lock
            appointment, counsellor = _changeable(session, canonical, now)
            if not counsellor.active:  # cancelling still works; moving to a new time does not
                raise NotChangeable(f"{counsellor.key} no longer takes appointments")
            if other is not None:
                return _to_other_counsellor(session, appointment, counsellor, other, start, end, now,
                                            meeting_mode, within_hours)
            previous = (_aware(appointment.starts_at), _aware(appointment.ends_at))
            previous_mode = MeetingMode(appointment.meeting_mode)
            mode = previous_mode if meeting_mode is None else _meeting_mode(meeting_mode)
            if mode != previous_mode:
                _check_meeting_mode(counsellor, mode)
            if previous == (start, end) and mode == previous_mode:
                return _view(appointment, counsellor)
            if within_hours and previous != (start, end):
                _refuse_unoffered(counsellor, start, end, now)
            # Conditional on what was read, so a concurrent cancel or move is never overwritten.
            result = session.execute(
                update(Appointment)
                .where(Appointment.id == appointment.id, Appointment.status == LIVE,
                       Appointment.starts_at == previous[0], Appointment.ends_at == previous[1],
                       Appointment.meeting_mode == previous_mode)
                .values(starts_at=start, ends_at=end, meeting_mode=mode, revision=Appointment.revision + 1)
                .execution_options(synchronize_session=False))
            if result.rowcount != 1:
                raise NotChangeable(f"appointment {reference.display(canonical)} was changed meanwhile")
            _refuse_overlap(session, appointment.id, counsellor.id, start, end)
            session.refresh(appointment)
            notices.queue(session, notices.MOVED, appointment, counsellor, now, previous=previous,
                          previous_mode=previous_mode)
            return _view(appointment, counsellor)
    except IntegrityError:
        if _slot_is_taken(session_factory, counsellor_key, start, code=canonical):
            raise SlotTaken(f"the counsellor already has an appointment at {start.isoformat()}") from None
        raise


def upcoming(session_factory: sessionmaker, now: dt.datetime) -> list[AppointmentView]:
    """Live appointments that have not ended yet, soonest first."""
    now = _utc(now, "now")
    with session_factory() as session:
        rows = session.execute(
            select(Appointment, Counsellor).join(Counsellor, Appointment.counsellor_id == Counsellor.id)
            .where(Appointment.status == LIVE, Appointment.ends_at > now)
            .order_by(Appointment.starts_at, Counsellor.key)
        ).all()
        return [_view(a, c) for a, c in rows]


def booked_between(session_factory: sessionmaker, start: dt.datetime, end: dt.datetime,
                   counsellor_key: str | None = None, exclude_code: str | None = None) -> list[BusyPeriod]:
    """Live appointments overlapping [start, end), optionally for one counsellor, by start;
    without the appointment with `exclude_code` (one being moved)."""
    start, end = _utc(start, "start"), _utc(end, "end")
    query = (
        select(Counsellor.key, Appointment.starts_at, Appointment.ends_at)
        .join(Counsellor, Appointment.counsellor_id == Counsellor.id)
        .where(Appointment.status == LIVE, Appointment.starts_at < end, Appointment.ends_at > start)
        .order_by(Appointment.starts_at, Counsellor.key)
    )
    if counsellor_key is not None:
        query = query.where(Counsellor.key == counsellor_key)
    if exclude_code is not None:
        try:
            query = query.where(Appointment.reference_code != reference.normalise(exclude_code))
        except reference.InvalidCode:
            pass  # no such code can be booked: nothing to leave out
    with session_factory() as session:
        return [BusyPeriod(k, _aware(s), _aware(e)) for k, s, e in session.execute(query)]


def purge_expired(session_factory: sessionmaker, now: dt.datetime, retention_days: int) -> int:
    """Delete appointments (with their pseudonym, contact and notices) that ended more than
    `retention_days` ago, and cancelled ones that were cancelled more than that ago. Also deletes
    notices without an appointment that are that old and no longer pending. Returns the number of
    appointments deleted."""
    days = retention_days
    if days < 0:
        raise ValueError("retention_days must not be negative")
    cutoff = _utc(now, "now") - dt.timedelta(days=days)
    expired = select(Appointment.id).where(or_(
        Appointment.ends_at < cutoff,
        and_(Appointment.status == AppointmentStatus.CANCELLED, Appointment.cancelled_at < cutoff),
    ))
    with session_factory.begin() as session:
        session.execute(delete(MailOutbox).where(MailOutbox.appointment_id.in_(expired))
                        .execution_options(synchronize_session=False))
        session.execute(delete(MailOutbox).where(
            MailOutbox.appointment_id.is_(None), MailOutbox.created_at < cutoff,
            MailOutbox.status != OutboxStatus.PENDING).execution_options(synchronize_session=False))
        result = session.execute(delete(Appointment).where(Appointment.id.in_(expired))
                                 .execution_options(synchronize_session=False))
        return result.rowcount


# --- helpers ---------------------------------------------------------------------------------

def _utc(value: dt.datetime, name: str) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise InvalidSlot(f"{name} must be a datetime")
    if value.tzinfo is None or value.utcoffset() is None:
        raise InvalidSlot(f"{name} must be timezone-aware")
    return value.astimezone(UTC)


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite hands back naive datetimes; every stored time is UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _check_period(start: dt.datetime, end: dt.datetime, now: dt.datetime) -> None:
    if start >= end:
        raise InvalidSlot("the start must be before the end")
    if start <= now:
        raise InvalidSlot("the start is not in the future")


def _meeting_mode(value: MeetingMode | str) -> MeetingMode:
    try:
        return MeetingMode(value)
    except ValueError:
        raise MeetingModeNotOffered(f"unknown way of meeting {value!r}") from None


def _to_other_counsellor(session: Session, appointment: Appointment, counsellor: Counsellor, other_key: str,
                         start: dt.datetime, end: dt.datetime, now: dt.datetime,
                         meeting_mode: MeetingMode | str | None, within_hours: bool) -> AppointmentView:
    """The move of `reschedule` to another counsellor, inside its transaction and locks."""
    other = session.execute(select(Counsellor).where(Counsellor.key == other_key)).scalar_one_or_none()
    if other is None or not other.active:
        raise UnknownCounsellor(f"no active counsellor {other_key}")
    previous = (_aware(appointment.starts_at), _aware(appointment.ends_at))
    previous_mode = MeetingMode(appointment.meeting_mode)
    mode = previous_mode if meeting_mode is None else _meeting_mode(meeting_mode)
    _check_meeting_mode(other, mode)
    if within_hours:
        _refuse_unoffered(other, start, end, now)
    notices.queue(session, notices.CANCELLED, appointment, counsellor, now)  # before the change: the old facts
    result = session.execute(
        update(Appointment)
        .where(Appointment.id == appointment.id, Appointment.status == LIVE,
               Appointment.counsellor_id == counsellor.id,
               Appointment.starts_at == previous[0], Appointment.ends_at == previous[1],
               Appointment.meeting_mode == previous_mode)
        .values(counsellor_id=other.id, starts_at=start, ends_at=end, meeting_mode=mode,
                revision=Appointment.revision + 1)
        .execution_options(synchronize_session=False))
    if result.rowcount != 1:
        raise NotChangeable(f"appointment {reference.display(appointment.reference_code)} was changed meanwhile")
    _refuse_overlap(session, appointment.id, other.id, start, end)
    session.refresh(appointment)
    notices.queue(session, notices.BOOKED, appointment, other, now)
    return _view(appointment, other)


def _check_meeting_mode(counsellor: Counsellor, meeting_mode: MeetingMode) -> None:
    offered = {MeetingMode.PHONE: counsellor.phone, MeetingMode.VIDEO: counsellor.video,
               MeetingMode.IN_PERSON: bool(counsellor.location)}
    if not offered[meeting_mode]:
        raise MeetingModeNotOffered(f"{counsellor.key} does not offer {meeting_mode.value}")


def availability_of(counsellor: Counsellor) -> Availability:
    """The counsellor's weekly hours and absences, in the slot calculator's shape."""
    return Availability(
        counsellor.key,
        tuple(WeeklyHours(h.weekday, h.start_time, h.end_time) for h in counsellor.hours),
        tuple(Absence(a.first_day, a.last_day) for a in counsellor.absences),
    )


def _refuse_unoffered(counsellor: Counsellor, start: dt.datetime, end: dt.datetime, now: dt.datetime) -> None:
    """Called under the counsellor's lock, with its hours and absences read in this transaction."""
    if not is_offered_slot(availability_of(counsellor), start, end, now=now):
        raise SlotNotOffered(f"{counsellor.key} offers no appointment from {start.isoformat()} to {end.isoformat()}")


def _lock_counsellor(session: Session, key: str) -> Counsellor | None:
    """The counsellor, locked until the end of the transaction (PostgreSQL; SQLite ignores it)."""
    return session.execute(
        select(Counsellor).where(Counsellor.key == key).with_for_update()
        .execution_options(populate_existing=True)
    ).scalar_one_or_none()


def _refuse_overlap(session: Session, own_id: int, counsellor_id: int, start: dt.datetime,
                    end: dt.datetime) -> None:
    clash = session.execute(
        select(Appointment.id).where(
            Appointment.counsellor_id == counsellor_id, Appointment.status == LIVE,
            Appointment.id != own_id, Appointment.starts_at < end, Appointment.ends_at > start,
        ).limit(1)
    ).first()
    if clash is not None:
        raise SlotTaken(f"overlaps another appointment between {start.isoformat()} and {end.isoformat()}")


def _changeable(session: Session, canonical: str, now: dt.datetime) -> tuple[Appointment, Counsellor]:
    row = session.execute(
        select(Appointment, Counsellor).join(Counsellor, Appointment.counsellor_id == Counsellor.id)
        .where(Appointment.reference_code == canonical)
        .execution_options(populate_existing=True)
    ).first()
    if row is None:
        raise AppointmentNotFound(f"no appointment {reference.display(canonical)}")
    appointment, counsellor = row
    if appointment.status is not LIVE:
        raise NotChangeable(f"appointment {reference.display(canonical)} is already cancelled")
    if _aware(appointment.starts_at) <= now:
        raise NotChangeable(f"appointment {reference.display(canonical)} has already started")
    return appointment, counsellor


def _slot_is_taken(session_factory: sessionmaker, counsellor_key: str | None, start: dt.datetime,
                   code: str | None = None) -> bool:
    """After an IntegrityError: is there a live appointment at `start` for this counsellor (given
    by key, or as the counsellor of the appointment with `code`)?"""
    query = (select(Appointment.id).join(Counsellor, Appointment.counsellor_id == Counsellor.id)
             .where(Appointment.status == LIVE, Appointment.starts_at == start))
    if counsellor_key is not None:
        query = query.where(Counsellor.key == counsellor_key)
    else:
        owner = select(Appointment.counsellor_id).where(Appointment.reference_code == code).scalar_subquery()
        query = query.where(Appointment.counsellor_id == owner, Appointment.reference_code != code)
    with session_factory() as session:
        return session.execute(query.limit(1)).first() is not None


def _code_exists(session_factory: sessionmaker, code: str) -> bool:
    with session_factory() as session:
        return session.execute(
            select(Appointment.id).where(Appointment.reference_code == code).limit(1)).first() is not None


def _view(appointment: Appointment, counsellor: Counsellor) -> AppointmentView:
    return AppointmentView(
        code=reference.display_lenient(appointment.reference_code),
        counsellor_key=counsellor.key,
        counsellor_name=counsellor.name,
        starts_at=_aware(appointment.starts_at),
        ends_at=_aware(appointment.ends_at),
        meeting_mode=MeetingMode(appointment.meeting_mode),
        location=counsellor.location if appointment.meeting_mode == MeetingMode.IN_PERSON else None,
        pseudonym=appointment.pseudonym,
        contact=appointment.contact,
        status=AppointmentStatus(appointment.status),
        created_at=_aware(appointment.created_at),
        cancelled_at=_aware(appointment.cancelled_at) if appointment.cancelled_at else None,
        counsellor_kind=getattr(counsellor.kind, "value", counsellor.kind),
        counsellor_internal=bool(counsellor.internal),
        revision=int(appointment.revision or 0),
    )
