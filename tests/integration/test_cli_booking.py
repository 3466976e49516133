"""`python -m bot counsellors|appointments|mail ...` on SQLite and PostgreSQL."""

import datetime as dt
import os
import socket
import subprocess
import sys
from email import message_from_bytes
from email.policy import default as default_policy
from zoneinfo import ZoneInfo

import pytest
from aiosmtpd.controller import Controller
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.__main__ import main
from bot.booking import repository as repo
from bot.db import make_engine
from bot.db.models import MailOutbox, OutboxStatus
from bot.settings import PROJECT_ROOT
from tests.texts import mail_subject

UTC = dt.timezone.utc
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

COUNSELLORS = """\
counsellors:
  - key: anna
    name: Anna de Vries
    kind: VPOO
    internal: true
    email: anna@example.nl
    meeting_modes: [telefoon, op_locatie]
    location: Gebouw A, kamer 2.14
    hours: {monday: ["09:00-17:00"]}
  - key: bram
    name: Bram Bakker
    kind: BEIDE
    internal: false
    email: bram@example.nl
    meeting_modes: [video]
    hours: {tuesday: ["09:00-12:00"]}
"""


@pytest.fixture
def cli(database_url, monkeypatch, capsys, tmp_path):
    """Run `python -m bot ...` in-process against a fresh, migrated database."""
    monkeypatch.setenv("DATABASE_URL", database_url)
    for name in ("BOT_COUNSELLORS_FILE", "BOT_APPOINTMENT_RETENTION_DAYS", "BOT_SMTP_HOST", "BOT_SMTP_PORT",
                 "BOT_SMTP_USER", "BOT_SMTP_PASSWORD", "BOT_SMTP_STARTTLS", "BOT_MAIL_FROM"):
        monkeypatch.delenv(name, raising=False)
    path = tmp_path / "counsellors.yml"
    path.write_text(COUNSELLORS, encoding="utf-8")

    def run(*argv):
        capsys.readouterr()
        code = main(list(argv))
        out, err = capsys.readouterr()
        return code, out, err

    assert run("db", "upgrade")[0] == 0
    assert run("counsellors", "sync", "--file", str(path))[0] == 0
    run.counsellors_file = path
    return run


@pytest.fixture
def sessions(database_url):
    engine = make_engine(database_url)
    yield sessionmaker(bind=engine, future=True, expire_on_commit=False)
    engine.dispose()


def future_slot(days=2, hour=9, minutes=45):
    start = (dt.datetime.now(UTC) + dt.timedelta(days=days)).replace(hour=hour, minute=0, second=0, microsecond=0)
    return start, start + dt.timedelta(minutes=minutes)


def local(start, end):
    s, e = start.astimezone(AMSTERDAM), end.astimezone(AMSTERDAM)
    return f"{s:%a %Y-%m-%d %H:%M}-{e:%H:%M}"


# --- counsellors -------------------------------------------------------------------------------

def test_counsellors_sync_reports_what_changed(cli):
    path = cli.counsellors_file
    code, out, _ = cli("counsellors", "sync", "--file", str(path))
    assert code == 0 and out.strip() == f"{path}: 0 added, 0 updated, 2 unchanged, 0 deactivated"

    path.write_text(COUNSELLORS.split("  - key: bram")[0].replace("Anna de Vries", "Anna Smit"), encoding="utf-8")
    code, out, _ = cli("counsellors", "sync", "--file", str(path))
    assert out.strip() == f"{path}: 0 added, 1 updated, 0 unchanged, 1 deactivated"


def test_counsellors_sync_reads_the_file_named_in_the_environment(cli, monkeypatch, tmp_path):
    other = tmp_path / "elsewhere.yml"
    other.write_text(COUNSELLORS.replace("key: bram", "key: bram2"), encoding="utf-8")
    monkeypatch.setenv("BOT_COUNSELLORS_FILE", str(other))
    code, out, err = cli("counsellors", "sync")
    assert code == 0 and out.strip() == f"{other}: 1 added, 0 updated, 1 unchanged, 1 deactivated"
    assert "example" not in err


def test_counsellors_sync_warns_about_the_example_file(cli):
    code, out, err = cli("counsellors", "sync", "--file", str(PROJECT_ROOT / "counsellors.example.yml"))
    assert code == 0 and "2 added" in out and "2 deactivated" in out
    assert "warning: using the example counsellors" in err


def test_counsellors_sync_refuses_a_bad_file_and_lists_the_problems(cli, tmp_path):
    bad = tmp_path / "bad.yml"
    bad.write_text(COUNSELLORS.replace("VPOO", "VPX").replace("09:00-12:00", "09:00-25:00"), encoding="utf-8")
    code, out, err = cli("counsellors", "sync", "--file", str(bad))
    assert code == 1 and out == ""
    assert "kind 'VPX'" in err and "25:00" in err


# --- appointments ------------------------------------------------------------------------------

def test_list_show_cancel(cli, sessions):
    code, out, _ = cli("appointments", "list")
    assert code == 0 and out.strip() == "no upcoming appointments"

    now = dt.datetime.now(UTC)
    first = repo.book(sessions, "anna", *future_slot(2), "op_locatie", pseudonym="Sam", contact="06-12345678",
                      now=now)
    second = repo.book(sessions, "bram", *future_slot(1, 13), "video", now=now)
    code, out, _ = cli("appointments", "list")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("code") and lines[-1] == "2 upcoming appointment(s)"
    assert lines[1].split()[0] == second.code and lines[2].split()[0] == first.code  # soonest first
    assert local(first.starts_at, first.ends_at) in lines[2] and "Anna de Vries" in lines[2]
    assert "op_locatie (Gebouw A, kamer 2.14)" in lines[2] and "video" in lines[1]
    assert "Sam" not in out and "+316" not in out  # the list shows no personal details

    code, out, _ = cli("appointments", "show", first.code.lower().replace("-", " "))
    fields = dict(line.split(":", 1) for line in out.splitlines())
    fields = {k: v.strip() for k, v in fields.items()}
    assert code == 0 and fields["code"] == first.code and fields["status"] == "geboekt"
    assert fields["when"] == f"{local(first.starts_at, first.ends_at)} (Europe/Amsterdam)"
    assert fields["counsellor"] == "Anna de Vries (anna; VPOO, internal)"
    assert (fields["pseudonym"], fields["contact"]) == ("Sam", "+31612345678")

    code, out, _ = cli("appointments", "cancel", first.code)
    assert code == 0 and out.startswith(f"cancelled {first.code}")
    assert repo.find_by_code(sessions, first.code).status.value == "geannuleerd"
    with sessions() as s:
        assert s.execute(select(MailOutbox.subject).order_by(MailOutbox.id.desc())).scalars().first() == (
            mail_subject("geannuleerd", first.code))
    code, out, _ = cli("appointments", "list")
    assert first.code not in out and second.code in out

    code, _, err = cli("appointments", "cancel", first.code)
    assert code == 1 and "already cancelled" in err
    code, out, _ = cli("appointments", "show", first.code)
    assert code == 0 and "status:         geannuleerd" in out and "cancelled at:" in out


@pytest.mark.parametrize("command", ["show", "cancel"])
def test_unknown_or_malformed_codes(cli, command):
    code, out, err = cli("appointments", command, "K7QM-3XPD-RT5W")
    assert code == 1 and out == "" and "no appointment" in err
    code, out, err = cli("appointments", command, "hallo")
    assert code == 1 and out == "" and "not a reference code" in err


def test_purge(cli, sessions, monkeypatch):
    now = dt.datetime.now(UTC)
    long_ago = now - dt.timedelta(days=40)
    old = repo.book(sessions, "anna", long_ago, long_ago + dt.timedelta(minutes=45), "telefoon",
                    contact="06-12345678", now=long_ago - dt.timedelta(days=1))
    week_ago = now - dt.timedelta(days=7)
    recent = repo.book(sessions, "anna", week_ago, week_ago + dt.timedelta(minutes=45), "telefoon",
                       now=week_ago - dt.timedelta(days=1))
    coming = repo.book(sessions, "anna", *future_slot(), "telefoon", now=now)

    code, out, _ = cli("appointments", "purge")
    assert code == 0 and out.strip() == "purged 1 appointment(s) older than 30 day(s)"
    assert repo.find_by_code(sessions, old.code) is None
    assert repo.find_by_code(sessions, recent.code) and repo.find_by_code(sessions, coming.code)

    monkeypatch.setenv("BOT_APPOINTMENT_RETENTION_DAYS", "5")
    code, out, _ = cli("appointments", "purge")
    assert out.strip() == "purged 1 appointment(s) older than 5 day(s)"
    code, out, _ = cli("appointments", "purge", "--days", "1")
    assert out.strip() == "purged 0 appointment(s) older than 1 day(s)"
    assert repo.find_by_code(sessions, coming.code)

    monkeypatch.setenv("BOT_APPOINTMENT_RETENTION_DAYS", "soon")
    code, _, err = cli("appointments", "purge")
    assert code == 1 and "BOT_APPOINTMENT_RETENTION_DAYS" in err


# --- mail --------------------------------------------------------------------------------------

class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content, policy=default_policy))
        return "250 OK"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_mail_deliver(cli, sessions, monkeypatch):
    code, _, err = cli("mail", "deliver")
    assert code == 2 and "BOT_SMTP_HOST" in err

    view = repo.book(sessions, "anna", *future_slot(), "telefoon", now=dt.datetime.now(UTC))
    port = free_port()
    for name, value in {"BOT_SMTP_HOST": "127.0.0.1", "BOT_SMTP_PORT": str(port), "BOT_SMTP_STARTTLS": "false",
                        "BOT_MAIL_FROM": "vp-wegwijzer@example.nl"}.items():
        monkeypatch.setenv(name, value)

    code, out, _ = cli("mail", "deliver")  # nothing listens yet
    assert code == 0
    assert out.strip() == "sent 0, will retry 1, gave up 0 (outbox: 1 pending, 0 sent, 0 failed)"

    with sessions.begin() as s:  # pretend the minute of back-off has passed
        s.execute(select(MailOutbox)).scalar_one().next_attempt_at = dt.datetime.now(UTC) - dt.timedelta(seconds=1)
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        code, out, _ = cli("mail", "deliver")
    finally:
        controller.stop()
    assert code == 0 and out.strip() == "sent 1, will retry 0, gave up 0 (outbox: 0 pending, 1 sent, 0 failed)"
    assert [m["Subject"] for m in inbox.messages] == [mail_subject("geboekt", view.code)]

    repo.book(sessions, "anna", *future_slot(3), "telefoon", now=dt.datetime.now(UTC))
    code, out, _ = cli("mail", "deliver", "--max-attempts", "1")  # server gone again: give up at once
    assert code == 1 and "gave up 1" in out and "1 failed" in out
    with sessions() as s:
        statuses = s.execute(select(MailOutbox.status).order_by(MailOutbox.id)).scalars().all()
    assert statuses == [OutboxStatus.SENT, OutboxStatus.FAILED]


# --- as a real process -------------------------------------------------------------------------

def test_as_a_separate_process(database_url, tmp_path):
    path = tmp_path / "counsellors.yml"
    path.write_text(COUNSELLORS, encoding="utf-8")
    env = {**os.environ, "DATABASE_URL": database_url, "BOT_COUNSELLORS_FILE": str(path),
           "PYTHONPATH": str(PROJECT_ROOT)}

    def run(*argv):
        return subprocess.run([sys.executable, "-m", "bot", *argv], env=env, cwd=tmp_path, capture_output=True,
                              text=True, timeout=120)

    assert run("db", "upgrade").returncode == 0
    result = run("counsellors", "sync")
    assert result.returncode == 0 and "2 added" in result.stdout, result.stderr
    result = run("appointments", "list")
    assert result.returncode == 0 and result.stdout.strip() == "no upcoming appointments", result.stderr
    result = run("appointments", "frobnicate")
    assert result.returncode == 2 and "invalid choice" in result.stderr
