"""Many people booking the same time at the same moment: exactly one gets it.

Real threads, each with its own session from one sessionmaker, released together by a barrier.
"""

import datetime as dt
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import sessionmaker

from bot.booking import repository as repo
from bot.booking.counsellors import sync
from bot.booking.repository import NotChangeable, SlotTaken
from bot.db import make_engine
from bot.db.migrate import upgrade
from bot.db.models import Appointment, AppointmentStatus, MailOutbox
from bot.settings import PROJECT_ROOT

UTC = dt.timezone.utc
NOW = dt.datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
START = dt.datetime(2027, 3, 2, 9, 0, tzinfo=UTC)
THREADS = 12
KEY = "marieke-jansen"  # from counsellors.example.yml


@pytest.fixture
def sessions(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)  # PostgreSQL's default pool: up to 15 connections
    factory = sessionmaker(bind=engine, future=True, expire_on_commit=False)
    with factory.begin() as s:
        sync(s, PROJECT_ROOT / "counsellors.example.yml")
    yield factory
    engine.dispose()


def race(task, n=THREADS):
    """Run task(i) in n threads that start together; the result or exception of each."""
    barrier = threading.Barrier(n)

    def run(i):
        barrier.wait(timeout=30)
        try:
            return task(i)
        except Exception as exc:  # noqa: BLE001 - collected for the assertions
            return exc

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(run, range(n)))


def live_count(sessions):
    with sessions() as s:
        return s.execute(select(func.count()).select_from(Appointment)
                         .where(Appointment.status == AppointmentStatus.BOOKED)).scalar_one()


def outbox_count(sessions):
    with sessions() as s:
        return s.execute(select(func.count()).select_from(MailOutbox)).scalar_one()


def test_exactly_one_of_many_simultaneous_bookings_wins(sessions):
    end = START + dt.timedelta(minutes=45)
    results = race(lambda i: repo.book(sessions, KEY, START, end, "telefoon", contact=f"06-1234567{i % 10}", now=NOW))
    winners = [r for r in results if isinstance(r, repo.AppointmentView)]
    losers = [r for r in results if isinstance(r, SlotTaken)]
    assert len(winners) == 1 and len(losers) == THREADS - 1, results
    assert live_count(sessions) == 1 and outbox_count(sessions) == 1
    assert repo.find_by_code(sessions, winners[0].code) == winners[0]


def test_exactly_one_of_many_overlapping_bookings_wins(sessions):
    """Different start times, all overlapping: the unique index alone would let them all in."""
    results = race(lambda i: repo.book(sessions, KEY, START + dt.timedelta(minutes=i),
                                       START + dt.timedelta(minutes=45 + i), "telefoon", now=NOW))
    winners = [r for r in results if isinstance(r, repo.AppointmentView)]
    assert len(winners) == 1 and all(isinstance(r, SlotTaken) for r in results if r not in winners), results
    assert live_count(sessions) == 1 and outbox_count(sessions) == 1


def test_simultaneous_reschedules_onto_one_time(sessions):
    codes = [repo.book(sessions, KEY, START + dt.timedelta(hours=i), START + dt.timedelta(hours=i, minutes=45),
                       "telefoon", now=NOW).code for i in range(1, 7)]
    results = race(lambda i: repo.reschedule(sessions, codes[i], START, START + dt.timedelta(minutes=45), NOW),
                   n=len(codes))
    winners = [r for r in results if isinstance(r, repo.AppointmentView)]
    assert len(winners) == 1 and all(isinstance(r, SlotTaken) for r in results if r not in winners), results
    at_start = [c for c in codes if repo.find_by_code(sessions, c).starts_at == START]
    assert at_start == [winners[0].code]
    assert outbox_count(sessions) == len(codes) + 1


def test_simultaneous_cancels_cancel_once(sessions):
    view = repo.book(sessions, KEY, START, START + dt.timedelta(minutes=45), "telefoon", now=NOW)
    results = race(lambda i: repo.cancel(sessions, view.code, NOW))
    cancelled = [r for r in results if isinstance(r, repo.AppointmentView)]
    assert len(cancelled) == 1 and all(isinstance(r, NotChangeable) for r in results if r not in cancelled), results
    assert outbox_count(sessions) == 2  # the booking notice and one cancellation notice
