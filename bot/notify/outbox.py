"""The mail outbox: notices are written in the same transaction as the booking change that causes
them, and sent afterwards by `deliver_pending` (`python -m bot mail deliver`, e.g. every minute
from cron). A mail server that is down never blocks or undoes a booking.

Each row is claimed before sending (attempts + 1, and a lease on next_attempt_at), so two
deliverers running at once do not send the same notice twice. A failed attempt is retried after
1, 5, 15 and then every 60 minutes; after `max_attempts` the row is kept with status "failed".
Once sent, the body is emptied: the contact detail in it is not kept longer than needed.
"""

from __future__ import annotations

import datetime as dt
import smtplib
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from bot.db.models import MailOutbox, OutboxStatus
from bot.notify.smtp import SmtpSettings, build_message, connect, short_error

BACKOFF_MINUTES = (1, 5, 15, 60)  # after the 1st, 2nd, 3rd, 4th and later failed attempts
DEFAULT_MAX_ATTEMPTS = 10
LEASE = dt.timedelta(minutes=5)  # a claimed row is retried after this if the sender died
UTC = dt.timezone.utc


def enqueue(session: Session, *, recipient: str, subject: str, body: str, now: dt.datetime,
            appointment_id: int | None = None) -> MailOutbox:
    """Add a notice to the outbox, in the caller's transaction."""
    row = MailOutbox(appointment_id=appointment_id, recipient=recipient, subject=subject, body=body,
                     status=OutboxStatus.PENDING, attempts=0, next_attempt_at=_utc(now), created_at=_utc(now))
    session.add(row)
    return row


def backoff(attempts: int) -> dt.timedelta:
    """Wait after the `attempts`-th failed attempt."""
    return dt.timedelta(minutes=BACKOFF_MINUTES[min(attempts, len(BACKOFF_MINUTES)) - 1])


@dataclass(frozen=True)
class DeliveryReport:
    sent: int = 0
    retrying: int = 0  # failed this time, will be tried again
    gave_up: int = 0  # failed for the last time this run

    def summary(self) -> str:
        return f"sent {self.sent}, will retry {self.retrying}, gave up {self.gave_up}"


@dataclass(frozen=True)
class _Claimed:
    id: int
    recipient: str
    subject: str
    body: str
    attempts: int  # including this one


def deliver_pending(session_factory: sessionmaker, smtp_settings: SmtpSettings, now: dt.datetime, *,
                    max_attempts: int = DEFAULT_MAX_ATTEMPTS, limit: int = 100) -> DeliveryReport:
    """Send the notices that are due, over one SMTP connection."""
    if max_attempts < 1:
        raise ValueError("max_attempts must be at least 1")
    now = _utc(now)
    claimed, gave_up = _claim(session_factory, now, limit, max_attempts)
    if not claimed:
        return DeliveryReport(gave_up=gave_up)
    sent = retrying = 0
    conn: smtplib.SMTP | None = None
    connect_error: BaseException | None = None
    try:
        for item in claimed:
            error: BaseException | None = connect_error
            if error is None:
                try:
                    if conn is None:
                        conn = connect(smtp_settings)
                    msg = build_message(smtp_settings, item.recipient, item.subject, item.body, now)
                    conn.send_message(msg, from_addr=smtp_settings.mail_from, to_addrs=[item.recipient])
                except (OSError, smtplib.SMTPException, ValueError) as exc:
                    error = exc
                    if conn is None:  # could not connect: the rest of this run fails the same way
                        connect_error = exc
                    elif isinstance(exc, (OSError, smtplib.SMTPServerDisconnected)):
                        conn = _close(conn)  # reconnect for the next one
            if error is None:
                _mark_sent(session_factory, item, now)
                sent += 1
            elif _mark_failed(session_factory, item, now, error, max_attempts):
                gave_up += 1
            else:
                retrying += 1
    finally:
        _close(conn)
    return DeliveryReport(sent=sent, retrying=retrying, gave_up=gave_up)


def counts(session_factory: sessionmaker) -> dict[OutboxStatus, int]:
    with session_factory() as session:
        rows = session.execute(select(MailOutbox.status, func.count()).group_by(MailOutbox.status)).all()
    result = {status: 0 for status in OutboxStatus}
    result.update({status: n for status, n in rows})
    return result


def _claim(session_factory: sessionmaker, now: dt.datetime, limit: int,
           max_attempts: int) -> tuple[list[_Claimed], int]:
    """Rows to send now, and how many were given up without sending (their sender died after
    their last attempt was claimed)."""
    claimed: list[_Claimed] = []
    abandoned = 0
    with session_factory.begin() as session:
        due = session.execute(
            select(MailOutbox.id, MailOutbox.recipient, MailOutbox.subject, MailOutbox.body, MailOutbox.attempts)
            .where(MailOutbox.status == OutboxStatus.PENDING, MailOutbox.next_attempt_at <= now)
            .order_by(MailOutbox.next_attempt_at, MailOutbox.id)
            .limit(limit)
        ).all()
        for row in due:
            if row.attempts >= max_attempts:
                result = session.execute(
                    update(MailOutbox)
                    .where(MailOutbox.id == row.id, MailOutbox.attempts == row.attempts,
                           MailOutbox.status == OutboxStatus.PENDING)
                    .values(status=OutboxStatus.FAILED, next_attempt_at=None)
                    .execution_options(synchronize_session=False)
                )
                abandoned += result.rowcount
                continue
            # Conditional on the attempt count read above: of two deliverers, only one wins a row.
            result = session.execute(
                update(MailOutbox)
                .where(MailOutbox.id == row.id, MailOutbox.attempts == row.attempts,
                       MailOutbox.status == OutboxStatus.PENDING)
                .values(attempts=row.attempts + 1, next_attempt_at=now + LEASE)
                .execution_options(synchronize_session=False)
            )
            if result.rowcount == 1:
                claimed.append(_Claimed(row.id, row.recipient, row.subject, row.body, row.attempts + 1))
    return claimed, abandoned


def _mark_sent(session_factory: sessionmaker, item: _Claimed, now: dt.datetime) -> None:
    with session_factory.begin() as session:
        session.execute(
            update(MailOutbox).where(MailOutbox.id == item.id)
            .values(status=OutboxStatus.SENT, sent_at=now, next_attempt_at=None, body="", last_error=None)
            .execution_options(synchronize_session=False)
        )


def _mark_failed(session_factory: sessionmaker, item: _Claimed, now: dt.datetime, error: BaseException,
                 max_attempts: int) -> bool:
    """Record a failed attempt; True when this was the last one."""
    give_up = item.attempts >= max_attempts
    values = {"last_error": short_error(error)}
    if give_up:
        values.update(status=OutboxStatus.FAILED, next_attempt_at=None)
    else:
        values.update(next_attempt_at=now + backoff(item.attempts))
    with session_factory.begin() as session:
        session.execute(update(MailOutbox).where(MailOutbox.id == item.id).values(**values)
                        .execution_options(synchronize_session=False))
    return give_up


def _close(conn: smtplib.SMTP | None) -> None:
    if conn is None:
        return None
    try:
        conn.quit()
    except (OSError, smtplib.SMTPException):
        conn.close()
    return None


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("expected a timezone-aware datetime")
    return value.astimezone(UTC)
