"""The SMTP settings checked for sending (read by bot.settings), and building and sending one message."""

from __future__ import annotations

import datetime as dt
import smtplib
import ssl
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from bot.contact import InvalidContact, normalise_email
from bot.settings import SMTP_TIMEOUT_SECONDS, MailSettings

TIMEOUT_SECONDS = SMTP_TIMEOUT_SECONDS
_LOCAL_HOSTS = {"localhost", "127.0.0.1", "::1"}


class SmtpSettingsError(ValueError):
    """Mail cannot be sent with these settings; the message names the variable."""


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    mail_from: str
    port: int = 587
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = True
    timeout: float = TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        if not self.host:
            raise SmtpSettingsError("BOT_SMTP_HOST is not set: no mail server to send notices with")
        try:
            normalise_email(self.mail_from or "")
        except InvalidContact as exc:
            raise SmtpSettingsError(f"BOT_MAIL_FROM must be an e-mail address ({exc})") from exc
        if not 0 < self.port < 65536:
            raise SmtpSettingsError(f"BOT_SMTP_PORT must be a port number, got {self.port}")
        if bool(self.user) != bool(self.password):
            raise SmtpSettingsError("set both BOT_SMTP_USER and BOT_SMTP_PASSWORD, or neither")
        if self.user and not self.starttls and self.host not in _LOCAL_HOSTS:
            raise SmtpSettingsError("BOT_SMTP_USER needs BOT_SMTP_STARTTLS: the password would travel unencrypted")

    @classmethod
    def from_settings(cls, mail: MailSettings) -> SmtpSettings:
        """The mail server of bot.settings, checked to be complete enough to send with."""
        return cls(host=mail.host, mail_from=mail.mail_from, port=mail.port, user=mail.user,
                   password=mail.password, starttls=mail.starttls, timeout=mail.timeout)


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    """An open, authenticated connection. Raises OSError or smtplib.SMTPException."""
    conn = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    try:
        conn.ehlo()
        if settings.starttls:
            conn.starttls(context=ssl.create_default_context())
            conn.ehlo()
        if settings.user:
            conn.login(settings.user, settings.password or "")
    except BaseException:
        conn.close()
        raise
    return conn


def build_message(settings: SmtpSettings, recipient: str, subject: str, body: str,
                  date: dt.datetime) -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = settings.mail_from
    msg["To"] = recipient
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date)
    msg["Message-ID"] = make_msgid(domain=settings.mail_from.rpartition("@")[2])
    msg["Auto-Submitted"] = "auto-generated"  # RFC 3834: no out-of-office replies
    msg.set_content(body)
    return msg


def short_error(exc: BaseException) -> str:
    """What went wrong, for the outbox row and the admin: type and a short message."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:300]
