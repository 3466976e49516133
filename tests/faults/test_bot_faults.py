"""The real bot while the services behind it fail and come back: PostgreSQL (the bookings), Redis
(the tracker store), the action server and the mail server.

One bot for the module (scripts/run.sh via start_bot) with its conversations in a private Redis,
its bookings in a private PostgreSQL, and its custom actions on an action server the test starts
and stops itself. In every fault the person gets content/kanalen.yml `storing` (Dutch, with the
urgent-help numbers) instead of silence, an English default or a wrong answer; the failed message
leaves the conversation as it was, so sending it again after recovery carries on; and no log file
holds what the person typed.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import secrets
import urllib.error
import urllib.request
import uuid

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.orm import sessionmaker

from bot.channels.faults import fault_text
from bot.channels.webchat.channel import answer as webchat_answer
from bot.content import ontmoetingsvormen
from bot.db.models import Appointment, MailOutbox, OutboxStatus
from bot.notify.outbox import deliver_pending
from bot.notify.smtp import SmtpSettings
from tests import texts as bot_texts
from tests.e2e.conftest import ROOT, start_bot
from tests.faults.services import ActionServer, PostgresInstance, RedisInstance, SmtpSink

GREETING = bot_texts.text("utter_begroeting")

pytestmark = pytest.mark.e2e

MONDAY = "2027-03-08T10:00:00+01:00"  # BOT_NOW: the example counsellors are free on Thursday
NOW = dt.datetime.fromisoformat(MONDAY)
COUNSELLOR_MAIL = "m.jansen@voorbeeld-organisatie.nl"


@pytest.fixture(scope="module")
def services(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    pg, redis = PostgresInstance(), RedisInstance(tmp)
    try:
        pg.start()
        redis.start()
        admin = create_engine(pg.url, future=True, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text("CREATE DATABASE bot"))
        admin.dispose()
        yield {"tmp": tmp, "pg": pg, "redis": redis, "database_url": pg.url.rsplit("/", 1)[0] + "/bot"}
    finally:
        redis.close()
        pg.close()


@pytest.fixture(scope="module")
def bot(services):
    tmp = services["tmp"]
    env = {"DATABASE_URL": services["database_url"], "BOT_NOW": MONDAY, "BOT_REST_ENABLED": "1",
           "BOT_CONVERSATION_TTL_MINUTES": "20", "BOT_ACTIONS_SECRET": secrets.token_urlsafe(32)}
    (tmp / "log").mkdir(exist_ok=True)
    actions = ActionServer(ROOT, {**os.environ, "PYTHONPATH": str(ROOT), "RASA_TELEMETRY_ENABLED": "false", **env},
                           tmp / "log" / "own-actions.log")
    endpoints = tmp / "endpoints-faults.yml"
    endpoints.write_text(f"""action_endpoint:
  url: "{actions.url}"
  headers:
    Authorization: Bearer ${{BOT_ACTIONS_SECRET}}
tracker_store:
  type: redis
  url: 127.0.0.1
  port: {services["redis"].port}
  record_exp: 1200
""", encoding="utf-8")
    try:
        actions.start(wait=False)  # starts while the bot loads its model
        with start_bot(tmp, env={**env, "BOT_ENDPOINTS": str(endpoints)}, database=True) as running:
            actions.wait_ready()
            yield {**running, **services, "actions": actions}
    finally:
        actions.close()


def say(bot, sender: str, message: str) -> list[dict]:
    req = urllib.request.Request(
        f"{bot['url']}/webhooks/rest/webhook", data=json.dumps({"sender": sender, "message": message}).encode(),
        headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(req, timeout=60) as resp:
        assert resp.status == 200
        return json.loads(resp.read())


def webchat(bot, path: str, token: str | None = None, body: dict | None = None) -> tuple[int, dict]:
    """The intranet web chat, as its page calls it (from the bot's own origin)."""
    headers = {"Origin": bot["url"], "Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    req = urllib.request.Request(f"{bot['url']}/webhooks/webchat{path}", data=json.dumps(body or {}).encode(),
                                 headers=headers, method="POST")
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def texts(replies: list[dict]) -> list[str]:
    return [r.get("text") or "" for r in replies]


def is_fault_answer(replies: list[dict]) -> bool:
    return texts(replies) == [fault_text()]


def assert_not_logged(bot, *typed: str) -> None:
    """Nothing the person typed is in any file the bot wrote (the log directory)."""
    for path in bot["log_dir"].iterdir():
        content = path.read_text(errors="replace")
        for mark in typed:
            assert mark not in content, f"{mark!r} is in {path.name}"


def booking_up_to_the_summary(bot, sender: str, phone: str, pick: int = 0) -> None:
    assert texts(say(bot, sender, "ik wil een afspraak maken"))[0] == bot_texts.text("utter_ask_tijd_wens")
    offered = say(bot, sender, "donderdagmiddag")[-1]["buttons"]
    say(bot, sender, offered[pick]["payload"])
    say(bot, sender, '/kies_optie{"ontmoetingsvorm":"telefoon"}')
    say(bot, sender, '/kies_optie{"bereikbaar":"telefoon"}')
    summary = texts(say(bot, sender, phone))[-1]
    assert summary.startswith(bot_texts.fixed_start("utter_ask_bevestiging", bereikbaar="telefoon"))
    assert ontmoetingsvormen()["telefoon"].lower() in summary.lower()


def database(bot):
    engine = create_engine(bot["database_url"], future=True)
    return engine, sessionmaker(bind=engine, future=True, expire_on_commit=False)


def rows(bot) -> tuple[list[tuple], list[tuple]]:
    engine, _ = database(bot)
    try:
        with engine.connect() as conn:
            appointments = [tuple(r) for r in conn.execute(select(Appointment.id, Appointment.reference_code))]
            notices = [tuple(r) for r in conn.execute(select(MailOutbox.appointment_id, MailOutbox.status))]
    finally:
        engine.dispose()
    return appointments, notices


def fault_text_is_dutch_and_short():
    answer = fault_text()
    assert bot_texts.number("spoed") in answer and "{" not in answer and len(answer) < 300


# --- the action server ----------------------------------------------------------------------------

def test_action_server_down(bot):
    fault_text_is_dutch_and_short()
    ongoing, new = f"as-{uuid.uuid4().hex[:8]}", f"as-{uuid.uuid4().hex[:8]}"
    assert texts(say(bot, ongoing, "hallo"))[0] == GREETING

    bot["actions"].stop()
    # A new conversation (its action_session_start fails) and one under way (the booking's first
    # action fails): before, the first got "Het lukt me niet goed om je te begrijpen" and was saved
    # without its session facts (later: "na None minuten"), the second the same wrong answer.
    assert is_fault_answer(say(bot, new, "hallo, ik ben Zwaantje Kwakkel"))
    assert is_fault_answer(say(bot, ongoing, "ik wil een afspraak maken"))

    bot["actions"].start()
    greeting = texts(say(bot, new, "hallo"))
    assert greeting[0] == GREETING
    assert "20" in greeting[1] and "None" not in greeting[1]  # the session facts are there (20 minutes)
    assert texts(say(bot, ongoing, "ik wil een afspraak maken"))[0] == bot_texts.text("utter_ask_tijd_wens")
    assert_not_logged(bot, "Zwaantje", "Kwakkel")


# --- PostgreSQL -----------------------------------------------------------------------------------

def test_database_down_at_the_confirmation_of_a_booking(bot):
    sender, phone = f"db-{uuid.uuid4().hex[:8]}", "0611223344"
    booking_up_to_the_summary(bot, sender, phone)
    before = rows(bot)

    bot["pg"].stop("immediate")
    assert is_fault_answer(say(bot, sender, "/bevestigen"))  # before: no answer at all
    assert is_fault_answer(say(bot, f"db-{uuid.uuid4().hex[:8]}", "ik wil een afspraak maken"))

    bot["pg"].start()
    assert rows(bot) == before  # nothing written
    # The conversation is still at the summary: confirming again books, with its notice.
    booked = texts(say(bot, sender, "/bevestigen"))[0]
    assert re.match(r"Je afspraak (met .+ )?staat op donderdag 11 maart om 13:00", booked), booked
    appointments, notices = rows(bot)
    new = [a for a in appointments if a not in before[0]]
    assert len(new) == 1 and new[0][1][:4] in booked.replace("-", "")
    assert (new[0][0], OutboxStatus.PENDING) in notices
    assert len(notices) == len(before[1]) + 1
    assert_not_logged(bot, "611223344")


# --- the mail server ------------------------------------------------------------------------------

def test_mail_server_down_keeps_the_notice_and_sends_it_when_back(bot):
    sender = f"mail-{uuid.uuid4().hex[:8]}"
    booking_up_to_the_summary(bot, sender, "0655667788", pick=1)
    sink = SmtpSink()
    sink.start()
    sink.stop()  # the mail server was there, and went away
    settings = SmtpSettings(host="127.0.0.1", port=sink.port, starttls=False, mail_from="vp-wegwijzer@example.nl",
                            timeout=5)
    try:
        # The person is not bothered by it: the booking is made and confirmed.
        assert re.match(r"Je afspraak (met .+ )?staat op donderdag 11 maart", texts(say(bot, sender, "/bevestigen"))[0])
        engine, sessions = database(bot)
        report = deliver_pending(sessions, settings, NOW)
        assert report.sent == 0 and report.retrying >= 1 and report.gave_up == 0
        with sessions() as s:
            pending = s.execute(select(MailOutbox).where(MailOutbox.status == OutboxStatus.PENDING)).scalars().all()
        assert pending and all(row.last_error.startswith("ConnectionRefusedError") for row in pending)

        sink.start()
        report = deliver_pending(sessions, settings, NOW + dt.timedelta(minutes=1))  # after the first back-off
        assert report.sent == len(pending) and report.retrying == 0
        assert COUNSELLOR_MAIL in [rcpt for _, rcpts, _ in sink.inbox.messages for rcpt in rcpts]
        with sessions() as s:
            assert not s.execute(select(MailOutbox).where(MailOutbox.status == OutboxStatus.PENDING)).all()
        engine.dispose()
    finally:
        sink.close()


# --- Redis, the tracker store ---------------------------------------------------------------------

def test_redis_down_mid_booking(bot):
    sender = f"redis-{uuid.uuid4().hex[:8]}"
    assert texts(say(bot, sender, "ik wil een afspraak maken"))[0] == bot_texts.text("utter_ask_tijd_wens")

    status, session = webchat(bot, "/session")
    assert status == 200, session

    bot["redis"].stop()
    # Before: Rasa's fail-safe store answered as if the conversation were new ("Het lukt me niet
    # goed om je te begrijpen"), and kept it in a memory store that nothing reads or wipes.
    assert is_fault_answer(say(bot, sender, "donderdagmiddag Zwaluwstaart"))
    assert is_fault_answer(say(bot, f"redis-{uuid.uuid4().hex[:8]}", "hallo"))
    # The intranet web chat says its own short sorry (content/webchat.yml `fout`).
    status, reply = webchat(bot, "/message", session["token"], {"text": "hallo Zwaluwstaart"})
    assert (status, reply["fout"], reply["tekst"]) == (500, "fout", webchat_answer("fout"))

    bot["redis"].start()
    # The conversation is where it was: the time question is still open.
    offered = say(bot, sender, "donderdagmiddag")
    assert texts(offered)[-1].endswith(bot_texts.fixed_parts("utter_ask_gekozen_tijd")[-1])
    assert len(offered[-1]["buttons"]) >= 2
    assert texts(say(bot, f"redis-{uuid.uuid4().hex[:8]}", "hallo"))[0] == GREETING
    status, reply = webchat(bot, "/message", session["token"], {"text": "hallo"})
    assert status == 200 and reply["messages"][0]["text"] == GREETING, reply
    assert_not_logged(bot, "Zwaluwstaart")
