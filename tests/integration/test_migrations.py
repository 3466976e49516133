"""Alembic migrations on a real SQLite file and a real PostgreSQL database."""

import datetime as dt

import pytest
from sqlalchemy import inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db import make_engine
from bot.db.migrate import downgrade, upgrade
from bot.db.models import Appointment, AppointmentStatus, Counsellor, CounsellorKind, MeetingMode

UTC = dt.timezone.utc


def test_upgrade_creates_the_schema_and_downgrade_removes_it(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    assert {"counsellors", "weekly_hours", "absences", "appointments", "alembic_version"} <= set(
        inspect(engine).get_table_names())
    upgrade(database_url)  # idempotent
    downgrade(database_url)
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    engine.dispose()


def _appointment(counsellor, code, start, status=AppointmentStatus.BOOKED):
    return Appointment(counsellor=counsellor, starts_at=start, ends_at=start + dt.timedelta(minutes=45),
                       meeting_mode=MeetingMode.PHONE, reference_code=code, status=status)


def test_one_live_appointment_per_counsellor_and_start(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    start = dt.datetime(2027, 3, 2, 9, 0, tzinfo=UTC)
    with Session(engine, future=True) as s, s.begin():
        vp = Counsellor(key="anna", name="Anna", kind=CounsellorKind.VPOO, internal=True, phone=True, video=False)
        s.add_all([vp, _appointment(vp, "ABC234", start, AppointmentStatus.CANCELLED),
                   _appointment(vp, "ABC235", start)])  # a cancelled one does not block the slot
    with pytest.raises(IntegrityError):
        with Session(engine, future=True) as s, s.begin():
            vp = s.execute(select(Counsellor)).scalar_one()
            s.add(_appointment(vp, "ABC236", start))
    with Session(engine, future=True) as s:
        status = s.execute(select(Appointment.status).where(Appointment.reference_code == "ABC235")).scalar_one()
        assert status is AppointmentStatus.BOOKED
    engine.dispose()


def test_enum_values_are_stored_as_dutch_words(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    with Session(engine, future=True) as s, s.begin():
        s.add(Counsellor(key="bo", name="Bo", kind=CounsellorKind.BOTH, internal=False, phone=False, video=True))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT kind FROM counsellors").scalar_one() == "BEIDE"
    engine.dispose()


def test_upgrade_creates_the_sqlite_directories_and_file_for_this_user_only(tmp_path):
    import os
    import stat

    database = tmp_path / "var" / "data" / "bot.db"
    old = os.umask(0o022)  # a shell's usual umask: 0755 directories, 0644 files
    try:
        upgrade(f"sqlite:///{database}")
    finally:
        os.umask(old)
    for path, mode in ((tmp_path / "var", 0o700), (tmp_path / "var" / "data", 0o700), (database, 0o600)):
        assert stat.S_IMODE(path.stat().st_mode) == mode, path


BEFORE_REVISION = "9d4f2a7c1b85"


def test_appointment_revision_comes_and_goes_with_its_migration(database_url):
    """appointments.revision (the calendar file's SEQUENCE): existing appointments start at 0, the
    column is required, and the downgrade removes it and keeps the appointments and the rule of
    one live appointment per counsellor and start."""
    upgrade(database_url, BEFORE_REVISION)
    engine = make_engine(database_url)
    start = "2027-03-02 09:00:00"
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO counsellors (key, name, kind, internal, phone, video, by_name, active) "
            "VALUES ('anna', 'Anna', 'VPOO', true, true, false, false, true)")
        conn.exec_driver_sql(
            "INSERT INTO appointments (counsellor_id, starts_at, ends_at, meeting_mode, reference_code, "
            f"status, created_at) VALUES (1, '{start}', '2027-03-02 09:45:00', 'telefoon', 'ABC234', "
            f"'geboekt', '{start}')")
    upgrade(database_url)
    columns = {c["name"]: c for c in inspect(engine).get_columns("appointments")}
    assert columns["revision"]["nullable"] is False
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT revision FROM appointments").scalar_one() == 0

    downgrade(database_url, BEFORE_REVISION)
    assert "revision" not in {c["name"] for c in inspect(engine).get_columns("appointments")}
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT reference_code FROM appointments").scalar_one() == "ABC234"
    with pytest.raises(IntegrityError), engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO appointments (counsellor_id, starts_at, ends_at, meeting_mode, reference_code, "
            f"status, created_at) VALUES (1, '{start}', '2027-03-02 09:45:00', 'telefoon', 'ABC235', "
            f"'geboekt', '{start}')")
    upgrade(database_url)
    assert "revision" in {c["name"] for c in inspect(engine).get_columns("appointments")}
    engine.dispose()
