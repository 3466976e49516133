"""Notices to counsellors through the outbox, delivered to a real SMTP server (aiosmtpd) on
127.0.0.1, on SQLite and PostgreSQL."""

import datetime as dt
import socket
import threading
from email import message_from_bytes
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from sqlalchemy import select

from bot import content
from bot.booking import repository as repo
from bot.booking.notices import format_period
from bot.db.models import MailOutbox, OutboxStatus
from bot.notify import templates
from bot.notify.outbox import backoff, deliver_pending
from bot.notify.smtp import SmtpSettings, SmtpSettingsError
from bot.notify.templates import TemplateError
from bot.settings import Settings, SettingsError
from tests.texts import mail, mail_period, mail_phrase, mail_subject

UTC = dt.timezone.utc
NOW = dt.datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
NINE = dt.datetime(2027, 3, 2, 9, 0, tzinfo=UTC)  # 10:00 in Amsterdam
MIN = dt.timedelta(minutes=1)
OUR_HEADERS = {"From", "To", "Subject", "Date", "Message-ID", "Auto-Submitted", "Content-Type",
               "Content-Transfer-Encoding", "MIME-Version"}

COUNSELLORS = {"counsellors": [
    {"key": "anna", "name": "Anna de Vries", "kind": "VPOO", "internal": True, "email": "anna@example.nl",
     "meeting_modes": ["telefoon", "op_locatie"], "location": "Gebouw A, kamer 2.14",
     "hours": {"tuesday": ["09:00-17:00"]}},
    {"key": "bram", "name": "Bram Bakker", "kind": "BEIDE", "internal": False, "email": "bram@example.nl",
     "meeting_modes": ["telefoon", "video"], "hours": {"tuesday": ["09:00-17:00"]}},
]}


# --- a real SMTP server ------------------------------------------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Inbox:
    """aiosmtpd handler: keeps what arrives; refuses the recipients in `refuse`."""

    def __init__(self, refuse=()):
        self.messages = []
        self.refuse = set(refuse)

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return "550 5.1.1 mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              message_from_bytes(envelope.content, policy=default_policy)))
        return "250 Message accepted for delivery"

    def to(self, address):
        [msg] = [m for _, rcpt, m in self.messages if rcpt == [address]]
        return msg


class SmtpServer:
    def __init__(self, port=None, **options):
        self.port = port or free_port()
        self.inbox = Inbox(options.pop("refuse", ()))
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port, **options)

    def __enter__(self):
        self.controller.start()
        return self

    def __exit__(self, *exc):
        self.controller.stop()


def settings_for(port, **changes):
    values = {"host": "127.0.0.1", "port": port, "starttls": False, "mail_from": "vp-wegwijzer@example.nl"}
    return SmtpSettings(**{**values, **changes})


@pytest.fixture
def smtp():
    with SmtpServer() as server:
        yield server


@pytest.fixture
def sessions(booking_db):
    return booking_db(COUNSELLORS)


def rows(sessions):
    with sessions() as s:
        return s.execute(select(MailOutbox).order_by(MailOutbox.id)).scalars().all()


def slot(start=NINE, minutes=45):
    return start, start + dt.timedelta(minutes=minutes)


# --- what a notice says ------------------------------------------------------------------------

def test_the_notice_arrives_with_the_right_fields_and_nothing_else(sessions, smtp):
    anna = repo.book(sessions, "anna", *slot(), "op_locatie", pseudonym="Sam Geheim", contact="06-12345678",
                     now=NOW)
    bram = repo.book(sessions, "bram", *slot(NINE + dt.timedelta(hours=2)), "video", pseudonym="Kim", now=NOW)

    report = deliver_pending(sessions, settings_for(smtp.port), NOW)
    assert (report.sent, report.retrying, report.gave_up) == (2, 0, 0)
    assert len(smtp.inbox.messages) == 2
    assert all(sender == "vp-wegwijzer@example.nl" for sender, _, _ in smtp.inbox.messages)

    msg = smtp.inbox.to("anna@example.nl")
    assert set(msg.keys()) == OUR_HEADERS
    assert (msg["From"], msg["To"], msg["Subject"]) == (
        "vp-wegwijzer@example.nl", "anna@example.nl", mail_subject("geboekt", anna.code))
    assert msg["Auto-Submitted"] == "auto-generated" and msg["Message-ID"].endswith("@example.nl>")
    body = msg.get_content()
    assert body.splitlines() == mail(
        "geboekt", naam="Anna de Vries", code=anna.code,
        tijdstip=mail_period("dinsdag 2 maart 2027", "10:00", "10:45"),  # Europe/Amsterdam
        vorm=mail_phrase("vorm", "op_locatie", locatie="Gebouw A, kamer 2.14"),
        contact=mail_phrase("contact", "met", contact="+31612345678")).body.splitlines()
    raw = msg.as_string()
    for absent in ("Sam", "Geheim", "Kim", bram.code, "bram", "anna@example.nl\n"):
        assert absent not in body, absent
    assert "Sam" not in raw and "Kim" not in raw  # pseudonyms are not for e-mail

    other = smtp.inbox.to("bram@example.nl").get_content()
    assert other.splitlines() == mail(
        "geboekt", naam="Bram Bakker", code=bram.code, tijdstip=mail_period("dinsdag 2 maart 2027", "12:00", "12:45"),
        vorm=mail_phrase("vorm", "video"), contact=mail_phrase("contact", "zonder")).body.splitlines()
    assert anna.code not in other and "+31612345678" not in other


def test_sent_notices_are_marked_and_emptied_and_not_sent_again(sessions, smtp):
    repo.book(sessions, "anna", *slot(), "telefoon", contact="06-12345678", now=NOW)
    deliver_pending(sessions, settings_for(smtp.port), NOW)
    [row] = rows(sessions)
    assert row.status is OutboxStatus.SENT and row.attempts == 1 and row.last_error is None
    assert row.next_attempt_at is None and row.sent_at is not None
    assert row.body == ""  # the contact detail is not kept once sent
    assert deliver_pending(sessions, settings_for(smtp.port), NOW + dt.timedelta(days=1)).sent == 0
    assert len(smtp.inbox.messages) == 1


def test_change_and_cancel_notices(sessions, smtp):
    view = repo.book(sessions, "anna", *slot(), "telefoon", contact="sam@example.nl", now=NOW)
    repo.reschedule(sessions, view.code, *slot(NINE + dt.timedelta(days=1), 60), NOW)
    repo.cancel(sessions, view.code, NOW)
    assert deliver_pending(sessions, settings_for(smtp.port), NOW).sent == 3
    subjects = [m["Subject"] for _, _, m in smtp.inbox.messages]
    assert subjects == [mail_subject("geboekt", view.code), mail_subject("gewijzigd", view.code),
                        mail_subject("geannuleerd", view.code)]
    before = mail_period("dinsdag 2 maart 2027", "10:00", "10:45")
    after = mail_period("woensdag 3 maart 2027", "10:00", "11:00")
    same = {"naam": "Anna de Vries", "code": view.code, "vorm": mail_phrase("vorm", "telefoon"),
            "contact": mail_phrase("contact", "met", contact="sam@example.nl")}
    moved = smtp.inbox.messages[1][2].get_content()
    assert moved.splitlines() == mail("gewijzigd", vorig_tijdstip=before, tijdstip=after, **same).body.splitlines()
    cancelled = smtp.inbox.messages[2][2].get_content()
    assert cancelled.splitlines() == mail("geannuleerd", tijdstip=after, **same).body.splitlines()


# --- when the mail server is down --------------------------------------------------------------

def test_booking_succeeds_while_the_server_is_down_and_the_notice_follows(sessions):
    port = free_port()  # nothing listens here yet
    view = repo.book(sessions, "anna", *slot(), "telefoon", contact="06-12345678", now=NOW)

    report = deliver_pending(sessions, settings_for(port), NOW)
    assert (report.sent, report.retrying, report.gave_up) == (0, 1, 0)
    assert repo.find_by_code(sessions, view.code).is_live
    [row] = rows(sessions)
    assert row.status is OutboxStatus.PENDING and row.attempts == 1 and row.sent_at is None
    assert row.last_error.startswith("ConnectionRefusedError") and len(row.last_error) <= 300
    assert "+31612345678" not in row.last_error and "+31612345678" in row.body
    assert row.next_attempt_at.replace(tzinfo=UTC) == NOW + MIN  # naive on SQLite; UTC either way

    assert deliver_pending(sessions, settings_for(port), NOW + 30 * dt.timedelta(seconds=1)).retrying == 0
    assert rows(sessions)[0].attempts == 1  # not due yet: not tried

    with SmtpServer(port) as server:
        report = deliver_pending(sessions, settings_for(port), NOW + MIN)
    assert (report.sent, report.retrying) == (1, 0)
    assert server.inbox.to("anna@example.nl")["Subject"] == mail_subject("geboekt", view.code)
    [row] = rows(sessions)
    assert row.status is OutboxStatus.SENT and row.attempts == 2


def test_backoff_then_give_up_but_keep_the_row(sessions):
    assert [backoff(n) for n in range(1, 7)] == [MIN * m for m in (1, 5, 15, 60, 60, 60)]
    repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    settings = settings_for(free_port())
    at = NOW
    for attempt, wait in enumerate((1, 5, 15), start=1):
        report = deliver_pending(sessions, settings, at, max_attempts=4)
        assert report.retrying == 1
        [row] = rows(sessions)
        assert row.attempts == attempt and row.next_attempt_at.replace(tzinfo=UTC) == at + wait * MIN
        assert deliver_pending(sessions, settings, at + wait * MIN - MIN / 2, max_attempts=4).retrying == 0
        at += wait * MIN
    report = deliver_pending(sessions, settings, at, max_attempts=4)
    assert (report.retrying, report.gave_up) == (0, 1)
    [row] = rows(sessions)
    assert row.status is OutboxStatus.FAILED and row.attempts == 4 and row.next_attempt_at is None
    assert row.last_error.startswith("ConnectionRefusedError")
    assert deliver_pending(sessions, settings, at + dt.timedelta(days=1), max_attempts=4) == type(report)()


def test_a_refused_recipient_does_not_hold_up_the_others(sessions):
    repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    repo.book(sessions, "bram", *slot(), "video", now=NOW)
    with SmtpServer(refuse={"anna@example.nl"}) as server:
        report = deliver_pending(sessions, settings_for(server.port), NOW)
    assert (report.sent, report.retrying) == (1, 1)
    assert [rcpt for _, rcpt, _ in server.inbox.messages] == [["bram@example.nl"]]
    anna_row, bram_row = rows(sessions)
    assert anna_row.status is OutboxStatus.PENDING and "SMTPRecipientsRefused" in anna_row.last_error
    assert bram_row.status is OutboxStatus.SENT


def test_never_falls_back_to_plain_text_when_starttls_is_required(sessions, smtp):
    repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    report = deliver_pending(sessions, settings_for(smtp.port, starttls=True), NOW)
    assert report.retrying == 1 and smtp.inbox.messages == []
    assert rows(sessions)[0].last_error.startswith("SMTPNotSupportedError")


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
def test_login(sessions):
    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = (auth_data.login, auth_data.password) == (b"bot", b"s3cret")
        return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535 itself

    repo.book(sessions, "anna", *slot(), "telefoon", now=NOW)
    with SmtpServer(authenticator=authenticator, auth_required=True, auth_require_tls=False) as server:
        wrong = deliver_pending(sessions, settings_for(server.port, user="bot", password="wrong"), NOW)
        assert wrong.retrying == 1 and server.inbox.messages == []
        error = rows(sessions)[0].last_error
        assert error.startswith("SMTPAuthenticationError") and "wrong" not in error
        right = deliver_pending(sessions, settings_for(server.port, user="bot", password="s3cret"), NOW + MIN)
        assert right.sent == 1 and len(server.inbox.messages) == 1


def test_two_deliverers_at_once_send_each_notice_once(sessions, smtp):
    for hour in range(5):
        repo.book(sessions, "anna", *slot(NINE + dt.timedelta(hours=hour)), "telefoon", now=NOW)
    barrier = threading.Barrier(2)
    reports = []

    def run():
        barrier.wait(timeout=10)
        reports.append(deliver_pending(sessions, settings_for(smtp.port), NOW))

    threads = [threading.Thread(target=run) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sum(r.sent for r in reports) == 5
    assert len(smtp.inbox.messages) == 5
    assert len({m["Subject"] for _, _, m in smtp.inbox.messages}) == 5
    assert all(r.attempts == 1 and r.status is OutboxStatus.SENT for r in rows(sessions))


# --- settings and templates --------------------------------------------------------------------

def smtp_settings(env):
    return SmtpSettings.from_settings(Settings.from_env(env).mail)


def test_settings_from_env():
    env = {"BOT_SMTP_HOST": "smtp.example.nl", "BOT_MAIL_FROM": "vp@example.nl"}
    s = smtp_settings(env)
    assert (s.host, s.port, s.starttls, s.user, s.password, s.timeout) == ("smtp.example.nl", 587, True, None,
                                                                          None, 10.0)
    env.update({"BOT_SMTP_PORT": "2525", "BOT_SMTP_STARTTLS": "false", "BOT_SMTP_HOST": "127.0.0.1",
                "BOT_SMTP_USER": "bot", "BOT_SMTP_PASSWORD": "s3cret"})
    s = smtp_settings(env)
    assert (s.port, s.starttls, s.user, s.password) == (2525, False, "bot", "s3cret")
    assert "s3cret" not in repr(s) and "s3cret" not in repr(Settings.from_env(env))


@pytest.mark.parametrize(("env", "message"), [
    ({}, "BOT_SMTP_HOST"),
    ({"BOT_SMTP_HOST": "smtp.example.nl"}, "BOT_MAIL_FROM"),
    ({"BOT_SMTP_HOST": "smtp.example.nl", "BOT_MAIL_FROM": "not an address"}, "BOT_MAIL_FROM"),
    ({"BOT_SMTP_HOST": "smtp.example.nl", "BOT_MAIL_FROM": "vp@example.nl", "BOT_SMTP_PORT": "smtp"},
     "BOT_SMTP_PORT"),
    ({"BOT_SMTP_HOST": "smtp.example.nl", "BOT_MAIL_FROM": "vp@example.nl", "BOT_SMTP_PORT": "70000"},
     "BOT_SMTP_PORT"),
    ({"BOT_SMTP_HOST": "smtp.example.nl", "BOT_MAIL_FROM": "vp@example.nl", "BOT_SMTP_STARTTLS": "maybe"},
     "BOT_SMTP_STARTTLS"),
    ({"BOT_SMTP_HOST": "smtp.example.nl", "BOT_MAIL_FROM": "vp@example.nl", "BOT_SMTP_USER": "bot"},
     "BOT_SMTP_PASSWORD"),
    ({"BOT_SMTP_HOST": "smtp.example.nl", "BOT_MAIL_FROM": "vp@example.nl", "BOT_SMTP_USER": "bot",
      "BOT_SMTP_PASSWORD": "x", "BOT_SMTP_STARTTLS": "0"}, "unencrypted"),
])
def test_bad_settings_are_named(env, message):
    # A malformed value stops every start (SettingsError); a missing or inconsistent one only the
    # sending of mail (SmtpSettingsError). Both name the variable.
    with pytest.raises((SettingsError, SmtpSettingsError), match=message):
        smtp_settings(env)


def test_all_templates_render_completely():
    values = {"naam": "N", "tijdstip": "T", "vorig_tijdstip": "V", "vorm": "W", "code": "C", "contact": "X"}
    for name in ("geboekt", "gewijzigd", "geannuleerd"):
        mail = templates.render(name, values)
        assert mail.subject and "\n" not in mail.subject and not content.placeholders(mail.subject + mail.body)
        assert "C" in mail.subject and "T" in mail.body and "W" in mail.body and "X" in mail.body


def test_template_problems_are_clear(tmp_path):
    (tmp_path / "a.txt").write_text("Onderwerp: Afspraak {code}\n\nHallo {naam}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Hallo {naam}\n", encoding="utf-8")
    assert templates.render("a", {"code": "{naam}", "naam": "{x}"}, tmp_path) == templates.Mail(
        "Afspraak {naam}", "Hallo {x}\n")  # values are never read again as placeholders
    with pytest.raises(TemplateError, match=r"no value for \{naam\}"):
        templates.render("a", {"code": "K7QM-3XPD"}, tmp_path)
    with pytest.raises(TemplateError, match="must start with"):
        templates.render("b", {"naam": "n"}, tmp_path)
    with pytest.raises(TemplateError, match="cannot read"):
        templates.render("c", {}, tmp_path)


def test_times_are_written_in_dutch_time_in_summer_and_winter():
    assert format_period(*slot()) == mail_period("dinsdag 2 maart 2027", "10:00", "10:45")
    july = dt.datetime(2027, 7, 6, 9, 0, tzinfo=UTC)
    assert format_period(*slot(july)) == mail_period("dinsdag 6 juli 2027", "11:00", "11:45")
