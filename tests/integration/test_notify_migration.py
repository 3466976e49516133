"""The mail_outbox migration, on SQLite and PostgreSQL."""

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db import make_engine
from bot.db.migrate import downgrade, upgrade
from bot.db.models import (
    Appointment,
    Counsellor,
    CounsellorKind,
    MailOutbox,
    MeetingMode,
    OutboxStatus,
    metadata,
)

UTC = dt.timezone.utc
BEFORE_OUTBOX = "72f6b6d68e77"


@pytest.fixture
def engine(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    yield engine
    engine.dispose()


def test_outbox_table_comes_and_goes_with_its_migration(database_url, engine):
    inspector = inspect(engine)
    assert {c["name"] for c in inspector.get_columns("mail_outbox")} == {
        "id", "appointment_id", "recipient", "subject", "body", "status", "attempts", "next_attempt_at",
        "created_at", "sent_at", "last_error"}
    [fk] = inspector.get_foreign_keys("mail_outbox")
    assert fk["name"] == "fk_mail_outbox_appointment_id_appointments"
    assert fk["referred_table"] == "appointments" and fk["options"].get("ondelete") == "CASCADE"
    assert {i["name"] for i in inspector.get_indexes("mail_outbox")} == {
        "ix_mail_outbox_appointment_id", "ix_mail_outbox_due"}

    downgrade(database_url, BEFORE_OUTBOX)
    tables = set(inspect(engine).get_table_names())
    assert "mail_outbox" not in tables and "appointments" in tables
    upgrade(database_url)
    assert "mail_outbox" in inspect(engine).get_table_names()


def test_models_match_the_migrated_schema(engine):
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), metadata)
    assert diff == []


def test_outbox_constraints(engine):
    now = dt.datetime(2027, 3, 1, tzinfo=UTC)
    with Session(engine, future=True) as s, s.begin():
        vp = Counsellor(key="anna", name="Anna", kind=CounsellorKind.VPOO, internal=True, phone=True, video=False)
        appointment = Appointment(counsellor=vp, starts_at=now, ends_at=now + dt.timedelta(minutes=45),
                                  meeting_mode=MeetingMode.PHONE, reference_code="K7QM3XPD")
        s.add(MailOutbox(recipient="a@example.nl", subject="s", body="b", next_attempt_at=now))
        s.add_all([vp, appointment])
        s.flush()
        s.add(MailOutbox(appointment_id=appointment.id, recipient="a@example.nl", subject="s", body="b",
                         next_attempt_at=now))
    with Session(engine, future=True) as s:
        rows = s.execute(select(MailOutbox).order_by(MailOutbox.id)).scalars().all()
        assert [(r.status, r.attempts) for r in rows] == [(OutboxStatus.PENDING, 0)] * 2
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT DISTINCT status FROM mail_outbox").scalar_one() == "pending"

    with pytest.raises(IntegrityError), Session(engine, future=True) as s, s.begin():
        s.add(MailOutbox(recipient="a@example.nl", subject="s", body="b", attempts=-1))
    with pytest.raises(IntegrityError), Session(engine, future=True) as s, s.begin():
        s.add(MailOutbox(appointment_id=999, recipient="a@example.nl", subject="s", body="b"))

    # Deleting an appointment takes its notices with it; others stay.
    with Session(engine, future=True) as s, s.begin():
        s.delete(s.execute(select(Appointment)).scalar_one())
    with Session(engine, future=True) as s:
        assert s.execute(select(MailOutbox.appointment_id)).scalars().all() == [None]
