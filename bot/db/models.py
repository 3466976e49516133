"""Tables. No conversation content is ever stored here: only what a booking needs."""

from __future__ import annotations

import datetime as dt
import enum

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Enum,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    SmallInteger,
    String,
    Text,
    Time,
    false,
    text,
)
from sqlalchemy.orm import declarative_base, relationship

# Stable constraint names, so migrations can refer to them on every database.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata = MetaData(naming_convention=NAMING_CONVENTION)
Base = declarative_base(metadata=metadata)


# The enums below have English member names (the code's language) and Dutch values: the values are
# what the database stores (CHECK constraints), what counsellors.yml and the Rasa slots hold, and
# what content/ is keyed by; they do not change with the names (docs/glossary.md).

class CounsellorKind(str, enum.Enum):
    VPOO = "VPOO"  # ongewenste omgangsvormen (undesirable behaviour)
    VPI = "VPI"  # integriteit (integrity)
    BOTH = "BEIDE"


class MeetingMode(str, enum.Enum):
    PHONE = "telefoon"
    VIDEO = "video"
    IN_PERSON = "op_locatie"


class AppointmentStatus(str, enum.Enum):
    BOOKED = "geboekt"
    CANCELLED = "geannuleerd"


def _enum(cls: type[enum.Enum], name: str) -> Enum:
    """Store the enum's values (not its member names), as a VARCHAR with a CHECK constraint."""
    return Enum(
        cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        values_callable=lambda members: [m.value for m in members],
    )


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Counsellor(Base):
    __tablename__ = "counsellors"

    id = Column(Integer, primary_key=True)
    key = Column(String(64), nullable=False, unique=True)  # stable id from counsellors.yml
    name = Column(String(200), nullable=False)
    kind = Column(_enum(CounsellorKind, "counsellor_kind"), nullable=False)
    internal = Column(Boolean, nullable=False)
    phone = Column(Boolean, nullable=False, default=False)
    video = Column(Boolean, nullable=False, default=False)
    location = Column(String(300), nullable=True)  # set when meeting in person is offered
    email = Column(String(320), nullable=True)  # where booking notices go
    by_name = Column(Boolean, nullable=False, default=False, server_default=false())  # may be asked for by name
    active = Column(Boolean, nullable=False, default=True)

    hours = relationship("WeeklyHours", cascade="all, delete-orphan", back_populates="counsellor")
    absences = relationship("Absence", cascade="all, delete-orphan", back_populates="counsellor")


class WeeklyHours(Base):
    __tablename__ = "weekly_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("start_time < end_time", name="start_before_end"),
    )

    id = Column(Integer, primary_key=True)
    counsellor_id = Column(ForeignKey("counsellors.id", ondelete="CASCADE"), nullable=False)
    weekday = Column(SmallInteger, nullable=False)  # Monday = 0
    start_time = Column(Time, nullable=False)  # local time, Europe/Amsterdam
    end_time = Column(Time, nullable=False)

    counsellor = relationship("Counsellor", back_populates="hours")


class Absence(Base):
    __tablename__ = "absences"
    __table_args__ = (CheckConstraint("first_day <= last_day", name="first_before_last"),)

    id = Column(Integer, primary_key=True)
    counsellor_id = Column(ForeignKey("counsellors.id", ondelete="CASCADE"), nullable=False)
    first_day = Column(Date, nullable=False)
    last_day = Column(Date, nullable=False)

    counsellor = relationship("Counsellor", back_populates="absences")


class Appointment(Base):
    __tablename__ = "appointments"
    __table_args__ = (
        CheckConstraint("starts_at < ends_at", name="start_before_end"),
        # No double booking: one live appointment per counsellor and start time.
        Index(
            "uq_appointments_counsellor_start_booked",
            "counsellor_id",
            "starts_at",
            unique=True,
            postgresql_where=text("status = 'geboekt'"),
            sqlite_where=text("status = 'geboekt'"),
        ),
    )

    id = Column(Integer, primary_key=True)
    counsellor_id = Column(ForeignKey("counsellors.id", ondelete="RESTRICT"), nullable=False)
    starts_at = Column(DateTime(timezone=True), nullable=False)  # stored in UTC
    ends_at = Column(DateTime(timezone=True), nullable=False)
    meeting_mode = Column(_enum(MeetingMode, "meeting_mode"), nullable=False)
    reference_code = Column(String(16), nullable=False, unique=True)
    pseudonym = Column(String(100), nullable=True)
    contact = Column(String(320), nullable=True)  # phone or e-mail, only if the person gave one
    status = Column(
        _enum(AppointmentStatus, "appointment_status"),
        nullable=False,
        default=AppointmentStatus.BOOKED,
    )
    created_at = Column(DateTime(timezone=True), nullable=False, default=_utcnow)
    cancelled_at = Column(DateTime(timezone=True), nullable=True)
    # Raised by one with each change of time, way of meeting or counsellor (bot.booking.repository
    # reschedule): the calendar file's SEQUENCE, so a calendar replaces the old event (RFC 5545).
    revision = Column(Integer, nullable=False, default=0, server_default=text("0"))

    counsellor = relationship("Counsellor")


class OutboxStatus(str, enum.Enum):
    PENDING = "pending"
    SENT = "sent"
    FAILED = "failed"  # gave up after the maximum number of attempts


class MailOutbox(Base):
    """Notices waiting to be e-mailed. Written in the same transaction as the booking change, so a
    notice is never lost when the mail server is down; `python -m bot mail deliver` sends them."""

    __tablename__ = "mail_outbox"
    __table_args__ = (
        CheckConstraint("attempts >= 0", name="attempts_not_negative"),
        Index("ix_mail_outbox_due", "status", "next_attempt_at"),
    )

    id = Column(Integer, primary_key=True)
    # Purging an appointment removes its notices too (they hold its contact detail).
    appointment_id = Column(ForeignKey("appointments.id", ondelete="CASCADE"), nullable=True, index=True)
    recipient = Column(String(320), nullable=False)
    subject = Column(String(300), nullable=False)
    body = Column(Text, nullable=False)  # emptied once sent
    status = Column(_enum(OutboxStatus, "outbox_status"), nullable=False, default=OutboxStatus.PENDING)
    attempts = Column(Integer, nullable=False, default=0)
    next_attempt_at = Column(DateTime(timezone=True), nullable=True)  # null once sent or failed
    created_at = Column(DateTime(timezone=True), nullable=False, default=_utcnow)
    sent_at = Column(DateTime(timezone=True), nullable=True)
    last_error = Column(String(300), nullable=True)  # exception type and a short message, never the body


class AnonymousCount(Base):
    """Anonymous counters for the counsellor's annual report (bot/reporting). One row per
    combination of month and categories, holding how often it happened: no sender, no text, no
    time finer than a month, no surrogate id (its order would hint at when a combination first
    occurred) and no key that could join to a conversation or an appointment."""

    __tablename__ = "anonymous_counts"
    __table_args__ = (
        CheckConstraint("month BETWEEN 1 AND 12", name="month_range"),
        CheckConstraint("year BETWEEN 2000 AND 2999", name="year_range"),
        CheckConstraint("count >= 1", name="count_positive"),
    )

    year = Column(SmallInteger, primary_key=True, autoincrement=False)
    month = Column(SmallInteger, primary_key=True, autoincrement=False)
    situation = Column(String(40), primary_key=True)  # a key of content/situaties.yml, or "onbekend"
    channel = Column(String(20), primary_key=True)  # webchat, rest, slack, teams, overig
    office_hours = Column(Boolean, primary_key=True, autoincrement=False)  # a counsellor was at work then
    role = Column(String(20), primary_key=True)  # zelf, getuige, leidinggevende, onbekend
    outcome = Column(String(30), primary_key=True)  # see bot.reporting.counters.OUTCOMES
    count = Column(Integer, nullable=False)
