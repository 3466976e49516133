"""PostgreSQL dies in the middle of a booking: nothing is half-written, the person's action
answers in Dutch (a response from domain/), and the same engine works again once the server
is back, without a restart. Against a private PostgreSQL that the test crashes (`pg_ctl stop -m
immediate`) at the worst moments of the booking transaction.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import pytest
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import create_engine, event, select, text
from sqlalchemy.exc import SQLAlchemyError

from actions import afspraak as a
from bot.booking import offer
from bot.booking import repository as repo
from bot.booking.counsellors import sync
from bot.db import get_engine, get_sessionmaker
from bot.db.migrate import upgrade
from bot.db.models import Appointment, MailOutbox
from bot.settings import PROJECT_ROOT
from tests.faults.services import accepts

UTC = dt.timezone.utc
MORNING = "2027-03-08T10:00:00+01:00"  # Monday morning (BOT_NOW); Marieke works on Tuesday
NOW = dt.datetime.fromisoformat(MORNING)
TUESDAY_ONE = dt.datetime(2027, 3, 9, 12, 0, tzinfo=UTC)  # 13:00 in Amsterdam


@pytest.fixture
def db(pg_server, monkeypatch):
    """A fresh, migrated database on the private server, with the example counsellors; the
    actions read it through DATABASE_URL. The server is running again when the test ends."""
    name = f"faults_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg_server.url, future=True, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = pg_server.url.rsplit("/", 1)[0] + f"/{name}"
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("BOT_NOW", MORNING)
    upgrade(url)
    sessions = get_sessionmaker(url)
    with sessions.begin() as session:
        sync(session, PROJECT_ROOT / "counsellors.example.yml")
    yield url, sessions
    if not accepts(pg_server.port):
        pg_server.start()
    get_engine(url).dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    admin.dispose()


def crash_when(engine, pg_server, statement_start: str) -> None:
    """Crash the server just before the first statement that starts with `statement_start`
    (case-insensitive) is sent; "COMMIT" crashes it just before the transaction commits."""
    fired = []

    def crash(*_args):
        if not fired:
            fired.append(True)
            pg_server.stop("immediate")

    if statement_start == "COMMIT":
        event.listen(engine, "commit", crash)
        return

    def before(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(statement_start):
            crash()

    event.listen(engine, "before_cursor_execute", before)


def written(url: str) -> tuple[list[tuple[int, str]], list[tuple[int | None, str]]]:
    """Appointments (id, code) and notices (appointment id, recipient), read on a new engine."""
    engine = create_engine(url, future=True)
    try:
        with engine.connect() as conn:
            appointments = [tuple(r) for r in conn.execute(select(Appointment.id, Appointment.reference_code))]
            notices = [tuple(r) for r in conn.execute(select(MailOutbox.appointment_id, MailOutbox.recipient))]
    finally:
        engine.dispose()
    return appointments, notices


@pytest.mark.parametrize("moment", ["INSERT INTO APPOINTMENTS", "INSERT INTO MAIL_OUTBOX", "COMMIT"])
def test_a_crash_during_the_booking_leaves_nothing_half_written(db, pg_server, moment):
    url, sessions = db
    engine = get_engine(url)
    crash_when(engine, pg_server, moment)
    with pytest.raises(SQLAlchemyError):
        repo.book(sessions, "marieke-jansen", TUESDAY_ONE, TUESDAY_ONE + dt.timedelta(minutes=45), "telefoon",
                  contact="06-12345678", now=NOW)
    assert not accepts(pg_server.port)  # the crash did happen, at that moment

    pg_server.start()
    assert written(url) == ([], [])  # neither the appointment nor its notice

    # The same engine and sessionmaker work again: no restart of the process needed.
    view = repo.book(sessions, "marieke-jansen", TUESDAY_ONE, TUESDAY_ONE + dt.timedelta(minutes=45), "telefoon",
                     contact="06-12345678", now=NOW)
    appointments, notices = written(url)
    assert [code for _, code in appointments] == [view.code.replace("-", "")]
    assert notices == [(appointments[0][0], "m.jansen@voorbeeld-organisatie.nl")]


# --- what the person's booking action does -----------------------------------------------------

def _tracker(slots: dict) -> Tracker:
    latest = {"text": "ja", "intent": {"name": "bevestigen", "confidence": 0.9}, "entities": []}
    return Tracker("gesprek-db", {**slots, "requested_slot": None}, latest, [], False, None, {}, "action_listen")


def _run(action, slots: dict) -> tuple[list[dict], dict]:
    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, _tracker(slots), {"slots": {}})
    if asyncio.iscoroutine(result):
        result = asyncio.run(result)
    return dispatcher.messages, {e["name"]: e["value"] for e in result if e["event"] == "slot"}


def test_the_booking_action_says_it_failed_while_the_database_is_down_and_books_after(db, pg_server):
    url, _sessions = db
    option = f"marieke-jansen|{TUESDAY_ONE.isoformat()}"  # as offer.encode writes an offered time
    assert offer.decode(option) == ("marieke-jansen", TUESDAY_ONE)
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": [option], "gekozen_tijd": option,
             "ontmoetingsvorm": "telefoon", "bereikbaar": "telefoon", "contactgegeven": "+31612345678",
             "bevestiging": True}

    pg_server.stop("immediate")
    messages, events = _run(a.ActionBoekAfspraak(), slots)
    assert events == {"afspraak_uitkomst": "mislukt"}  # the rule answers utter_afspraak_mislukt
    assert messages == []

    pg_server.start()
    assert written(url) == ([], [])
    messages, events = _run(a.ActionBoekAfspraak(), slots)
    assert events["afspraak_uitkomst"] == "geboekt"
    appointments, notices = written(url)
    assert len(appointments) == 1 and notices == [(appointments[0][0], "m.jansen@voorbeeld-organisatie.nl")]
