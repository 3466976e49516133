"""GET /webhooks/afspraak/ics/<code>: the file for a live appointment, a bare 404 otherwise."""

import datetime as dt

import pytest

from bot.booking.counsellors import sync
from bot.booking.repository import book, cancel, reschedule
from bot.channels import booking_files as bf
from bot.channels.guards import AttemptLimiter
from bot.db import get_sessionmaker
from bot.db.migrate import upgrade
from bot.settings import PROJECT_ROOT

UTC = dt.timezone.utc
NOW = dt.datetime(2027, 3, 8, 9, 0, tzinfo=UTC)
START = dt.datetime(2027, 3, 9, 12, 0, tzinfo=UTC)


@pytest.fixture
def sessions(sqlite_url, monkeypatch):
    upgrade(sqlite_url)
    factory = get_sessionmaker(sqlite_url)
    with factory.begin() as session:
        sync(session, PROJECT_ROOT / "counsellors.example.yml")
    monkeypatch.setattr(bf, "PER_CLIENT", AttemptLimiter(max_failures=3))
    return factory


def _book(sessions, mode="op_locatie"):
    return book(sessions, "marieke-jansen", START, START + dt.timedelta(minutes=45), mode,
                None, "+31612345678", now=NOW)


def test_live_appointment_gives_the_calendar_without_personal_data(sessions):
    view = _book(sessions)
    status, body = bf.ics_for(view.code, "10.0.0.1", NOW, sessions)
    assert status == 200 and "BEGIN:VEVENT" in body and "DTSTART:20270309T120000Z" in body
    assert "+3161" not in body and "Marieke" not in body and "jansen" not in body
    assert view.code in body and "LOCATION:Gebouw A\\, kamer 2.14" in body


def test_unknown_cancelled_past_and_malformed_are_the_same_404(sessions):
    view = _book(sessions, "telefoon")
    assert bf.ics_for("ABCD-EFGH", "10.0.0.1", NOW, sessions) == (404, "")
    assert bf.ics_for("../etc", "10.0.0.1", NOW, sessions) == (404, "")
    assert bf.ics_for(view.code, "10.0.0.1", START + dt.timedelta(hours=1), sessions) == (404, "")
    cancel(sessions, view.code, NOW)
    assert bf.ics_for(view.code, "10.0.0.1", NOW, sessions) == (404, "")


def test_a_moved_appointment_gets_the_same_uid_and_a_higher_sequence(database_url, monkeypatch):
    """RFC 5545: a calendar replaces an event of the same UID only when its SEQUENCE is higher, so
    the file of a moved appointment must not say SEQUENCE:0 again (SQLite and PostgreSQL)."""
    upgrade(database_url)
    factory = get_sessionmaker(database_url)
    with factory.begin() as session:
        sync(session, PROJECT_ROOT / "counsellors.example.yml")
    monkeypatch.setattr(bf, "PER_CLIENT", AttemptLimiter(max_failures=3))
    view = _book(factory, "telefoon")
    first = bf.ics_for(view.code, "10.0.0.1", NOW, factory)[1].split("\r\n")
    later = START + dt.timedelta(hours=1)
    reschedule(factory, view.code, later, later + dt.timedelta(minutes=45), NOW)
    second = bf.ics_for(view.code, "10.0.0.1", NOW, factory)[1].split("\r\n")
    uid = [line for line in first if line.startswith("UID:")]
    assert uid == [line for line in second if line.startswith("UID:")]
    assert "SEQUENCE:0" in first and "SEQUENCE:1" in second and "DTSTART:20270309T130000Z" in second
    reschedule(factory, view.code, later, later + dt.timedelta(minutes=45), NOW, meeting_mode="op_locatie")
    assert "SEQUENCE:2" in bf.ics_for(view.code, "10.0.0.1", NOW, factory)[1].split("\r\n")


def test_guessing_is_limited_per_client(sessions):
    view = _book(sessions)
    for _ in range(3):
        assert bf.ics_for("ABCD-EFGH-JKMN", "10.0.0.9", NOW, sessions)[0] == 404
    assert bf.ics_for(view.code, "10.0.0.9", NOW, sessions) == (429, "")
    assert bf.ics_for(view.code, "10.0.0.2", NOW, sessions)[0] == 200


def test_no_global_lockout_many_guessing_clients_do_not_lock_out_another(sessions):
    view = _book(sessions)
    for n in range(150):  # 300 wrong codes from 150 addresses: before, 200 locked out everyone
        for _ in range(2):
            assert bf.ics_for("ABCD-EFGH-JKMN", f"10.1.{n // 250}.{n % 250}", NOW, sessions)[0] == 404
    assert bf.ics_for(view.code, "10.0.0.2", NOW, sessions)[0] == 200


def test_channel_registers_the_route():
    channel = bf.BookingFilesInput.from_credentials(None)
    assert channel.name() == "afspraak"
    blueprint = channel.blueprint(lambda message: None)
    assert blueprint.name == "afspraak_bestanden"


# --- the database off the event loop (issue 9, second round) ---------------------------------

class _Request:
    """What the route reads of a Sanic request: the peer and the headers."""

    def __init__(self):
        from sanic.compat import Header

        self.ip = "10.0.0.1"
        self.headers = Header({})


def _route():
    channel = bf.BookingFilesInput.from_credentials(None)
    return {r.uri: r.handler for r in channel.blueprint(lambda message: None)._future_routes}["/ics/<code>"]


def _get(code):
    import asyncio

    return asyncio.run(_route()(_Request(), code))


def test_a_database_that_is_not_a_database_gets_a_bare_503_and_no_code_in_the_log(tmp_path, monkeypatch, caplog):
    garbage = tmp_path / "bot.db"
    garbage.write_bytes(b"this is not an SQLite database\n" * 100)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{garbage}")
    code = "ABCD-EFGH-JKMN"
    with caplog.at_level("DEBUG"):
        answer = _get(code)
    assert answer.status == 503 and answer.body == b""
    assert answer.headers["cache-control"] == "no-store"
    assert "OperationalError" in caplog.text or "DatabaseError" in caplog.text
    assert code not in caplog.text and code.replace("-", "") not in caplog.text


def test_a_stalled_database_gets_a_503_in_time_and_the_loop_keeps_running(monkeypatch, caplog):
    import asyncio
    import threading
    import time

    from tests.waiting import wait_until_async

    stalling, release = threading.Event(), threading.Event()

    def stalled(*args, **kwargs):
        stalling.set()
        release.wait(10)  # a database that does not answer
        return 404, ""

    monkeypatch.setattr(bf, "ics_for", stalled)
    monkeypatch.setattr(bf, "DB_TIMEOUT_SECONDS", 0.5)  # real time: the timeout is what is tested

    async def scenario():
        answered, loop_went_on = False, False

        async def other_work():
            nonlocal loop_went_on
            await wait_until_async(stalling.is_set, "the database call started")
            for _ in range(10):  # ten turns of the loop while the database stalls
                await asyncio.sleep(0)
            loop_went_on = not answered

        beat = asyncio.create_task(other_work())
        started = time.monotonic()
        answer = await _route()(_Request(), "ABCD-EFGH-JKMN")
        answered = True
        took = time.monotonic() - started
        await beat
        return answer, took, loop_went_on

    try:
        answer, took, loop_went_on = asyncio.run(scenario())
    finally:
        release.set()
    assert answer.status == 503 and answer.headers["cache-control"] == "no-store"
    assert 0.4 < took < 2.0
    assert loop_went_on  # the loop ran other work while the database stalled
    assert "TimeoutError" in caplog.text and "ABCD" not in caplog.text


def test_every_answer_of_the_route_says_no_store(sessions, monkeypatch):
    monkeypatch.setattr(bf, "ics_for", lambda code, client, now, sessions=None: (404, ""))
    assert _get("ABCD-EFGH-JKMN").headers["cache-control"] == "no-store"
    monkeypatch.setattr(bf, "ics_for", lambda code, client, now, sessions=None: (429, ""))
    answer = _get("ABCD-EFGH-JKMN")
    assert answer.status == 429 and answer.headers["cache-control"] == "no-store"
