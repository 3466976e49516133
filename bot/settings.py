"""The bot's settings: one typed, frozen object, read from the environment once per process.

This is the only module that reads the environment (tests/unit/test_architecture.py checks it).
`Settings.from_env()` reads and validates every variable; a wrong value raises SettingsError, whose
message is one line naming the variable. `current()` is the object of this process (read on first
use, then kept). The entry points read it at start, so a wrong value stops the start: `python -m
bot` (Settings.from_env() before any command), the action server (`actions/server.py` main), the
Rasa server (the tracker store, bot/privacy/tracker_store.py, built when Rasa starts).
Everything else gets the settings passed in, or asks `bot.bootstrap` for the services built from
them.

Variables (all optional; the defaults are what `make run` needs):

- DATABASE_URL (default: SQLite in BOT_DATA_DIR), BOT_DATA_DIR (default: var/)
- BOT_CONVERSATION_TTL_MINUTES: idle minutes before a conversation is wiped (default 30, the one
  place of that number; domain/sessie.yml and endpoints.yml are checked against it)
- BOT_NOW: a fixed "now" for tests and demonstrations (ISO 8601; without an offset: UTC)
- BOT_COUNT_STATISTICS: 1/0, whether the anonymous counters count (default 1)
- BOT_PUBLIC_URL: the address people reach the bot at (links to calendar files)
- BOT_ENDPOINTS: the Rasa endpoints file (default endpoints.yml)
- BOT_COUNSELLORS_FILE, BOT_APPOINTMENT_RETENTION_DAYS (default 30)
- BOT_SMTP_HOST, BOT_SMTP_PORT (587), BOT_SMTP_USER, BOT_SMTP_PASSWORD, BOT_SMTP_STARTTLS (true),
  BOT_MAIL_FROM: the mail server for the counsellors' notices
- BOT_ACTIONS_SECRET, BOT_ACTIONS_HOST (127.0.0.1), BOT_ACTIONS_PORT (5055): the action server
- BOT_REPORT_THRESHOLD: counts below it are hidden in the annual report (default 5, at least 2)
- BOT_LOCK_LEASE_SECONDS: with BOT_REDIS_URL, how long a conversation's lock outlives the last
  renewal by its Rasa process (default 10, at least 3; bot/privacy/lock_store.py)

The channels' variables are read here too, into `Settings.channels` (ChannelSettings): Teams
(BOT_TEAMS_*), Slack (BOT_SLACK_*), the web chat (BOT_WEBCHAT_SECRET, BOT_WEBCHAT_ORIGINS,
BOT_ALLOWED_HOSTS), REST (BOT_REST_ENABLED, BOT_REST_TOKEN), the guards (BOT_REDIS_PREFIX,
BOT_MESSAGES_PER_MINUTE or its older name BOT_WEBCHAT_RATE_PER_MINUTE,
BOT_WEBCHAT_SESSIONS_PER_MINUTE), BOT_TRUSTED_PROXIES, BOT_MAX_MESSAGE_CHARS, BOT_NLU_THREAD and
whether SANIC_REQUEST_MAX_SIZE is set. A wrong channel value switches only that channel off with a
log line (it does not stop the server), so these are kept as written (stripped) and each channel
checks its own (bot/channels/*/config.py, guards.GuardSettings.from_settings, client.py).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# The conversation lifetime: the one place of this number. domain/sessie.yml's session_expiration_time
# and endpoints.yml's Redis record_exp are checked against it (tests/unit/test_settings.py,
# scripts/validate.py).
DEFAULT_CONVERSATION_TTL_MINUTES = 30
DEFAULT_RETENTION_DAYS = 30
DEFAULT_PUBLIC_URL = "http://127.0.0.1:5005"
DEFAULT_ACTIONS_HOST, DEFAULT_ACTIONS_PORT = "127.0.0.1", 5055
DEFAULT_SMTP_PORT = 587
DEFAULT_REPORT_THRESHOLD = 5
# A conversation's lock in Redis, renewed by its living Rasa process every third of this: after a
# process dies, its conversations go on elsewhere within this many seconds (bot/privacy/lock_store.py).
DEFAULT_LOCK_LEASE_SECONDS = 10
SMTP_TIMEOUT_SECONDS = 10.0

ON_VALUES = ("1", "true", "yes", "ja", "aan", "on")
OFF_VALUES = ("0", "false", "no", "nee", "uit", "off")
_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}
UTC = dt.timezone.utc


class SettingsError(ValueError):
    """A variable has a value the bot cannot run with; the message is one line naming it."""


def _raw(env: Mapping[str, str], name: str) -> str:
    return (env.get(name) or "").strip()


def _int(name: str, default: int, minimum: int, env: Mapping[str, str]) -> int:
    """A whole number from the environment."""
    return whole_number(name, _raw(env, name), default, minimum)


def whole_number(name: str, raw: str, default: int, minimum: int = 0) -> int:
    """`raw` as a whole number of at least `minimum` (`default` when empty); SettingsError names
    `name`. For the channels, which check their own values (a wrong one switches a channel off)."""
    raw = raw.strip()
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise SettingsError(f"{name} must be a whole number, got {raw!r}") from exc
    if value < minimum:
        raise SettingsError(f"{name} must be at least {minimum}, got {value}")
    return value


def _switch(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = _raw(env, name).lower()
    if raw == "":
        return default
    if raw in ON_VALUES:
        return True
    if raw in OFF_VALUES:
        return False
    raise SettingsError(f"{name} must be 1 (on) or 0 (off), got {raw!r}")


def parse_moment(name: str, raw: str) -> dt.datetime | None:
    """An ISO 8601 datetime in UTC (read as UTC without an offset); None for an empty value."""
    raw = raw.strip()
    if not raw:
        return None
    try:
        moment = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError as exc:
        raise SettingsError(f"{name} must be an ISO 8601 datetime, got {raw!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _threads(env: Mapping[str, str]) -> int:
    raw = _raw(env, "BOT_EMBEDDING_THREADS")
    if not raw:
        return 1
    if not raw.isdigit() or not 1 <= int(raw) <= 64:
        raise SettingsError(f"BOT_EMBEDDING_THREADS must be a whole number from 1 to 64, got {raw!r}")
    return int(raw)


def _path(raw: str) -> Path:
    path = Path(raw)
    return path if path.is_absolute() else PROJECT_ROOT / path


@dataclass(frozen=True)
class ConversationSettings:
    # Minutes after the last message that a conversation is wiped from the tracker store.
    ttl_minutes: int = DEFAULT_CONVERSATION_TTL_MINUTES

    @property
    def ttl_seconds(self) -> int:
        return self.ttl_minutes * 60


@dataclass(frozen=True)
class BookingSettings:
    counsellors_file: Path | None = None  # BOT_COUNSELLORS_FILE; None: counsellors.yml, else the example
    retention_days: int = DEFAULT_RETENTION_DAYS


@dataclass(frozen=True)
class MailSettings:
    """The mail server as configured; bot.notify.smtp.SmtpSettings checks it is complete enough
    to send (a bot without mail settings runs, only `python -m bot mail deliver` needs them)."""
    host: str = ""
    mail_from: str = ""
    port: int = DEFAULT_SMTP_PORT
    user: str | None = None
    password: str | None = field(default=None, repr=False)
    starttls: bool = True
    timeout: float = SMTP_TIMEOUT_SECONDS


@dataclass(frozen=True)
class ActionServerSettings:
    host: str = DEFAULT_ACTIONS_HOST
    port: int = DEFAULT_ACTIONS_PORT
    secret: str = field(default="", repr=False)  # checked by bot.internal_auth.require_secret at start


@dataclass(frozen=True)
class TeamsSettings:
    """BOT_TEAMS_* as written (stripped); bot.channels.teams.config.TeamsConfig checks them."""
    app_id: str = ""
    app_password: str = field(default="", repr=False)
    tenant_id: str = ""
    openid_url: str = ""
    token_url: str = ""
    issuer: str = ""
    scope: str = ""
    allowed_service_urls: str = ""  # comma-separated


@dataclass(frozen=True)
class SlackSettings:
    """BOT_SLACK_* as written (stripped); bot.channels.slack.config.SlackConfig checks them."""
    bot_token: str = field(default="", repr=False)
    signing_secret: str = field(default="", repr=False)
    api_url: str = ""


@dataclass(frozen=True)
class WebChatSettings:
    """The web chat's variables; bot.channels.webchat.config.WebChatConfig checks them."""
    secret: str = field(default="", repr=False)  # BOT_WEBCHAT_SECRET, as written (its length counts)
    origins: str = ""                            # BOT_WEBCHAT_ORIGINS, comma-separated
    allowed_hosts: str = ""                      # BOT_ALLOWED_HOSTS, comma-separated


@dataclass(frozen=True)
class RestSettings:
    enabled: str = ""                            # BOT_REST_ENABLED, as written
    token: str = field(default="", repr=False)   # BOT_REST_TOKEN


@dataclass(frozen=True)
class GuardLimits:
    """The guards' variables as written; bot.channels.guards.GuardSettings.from_settings checks
    them (the Redis address is Settings.redis_url, the lifetime Settings.conversation)."""
    redis_prefix: str = ""                       # BOT_REDIS_PREFIX
    messages_per_minute: str = ""                # BOT_MESSAGES_PER_MINUTE or BOT_WEBCHAT_RATE_PER_MINUTE
    messages_variable: str = "BOT_MESSAGES_PER_MINUTE"  # which of the two was read (for messages)
    sessions_per_minute: str = ""                # BOT_WEBCHAT_SESSIONS_PER_MINUTE


@dataclass(frozen=True)
class ChannelSettings:
    teams: TeamsSettings = TeamsSettings()
    slack: SlackSettings = SlackSettings()
    webchat: WebChatSettings = WebChatSettings()
    rest: RestSettings = RestSettings()
    guards: GuardLimits = GuardLimits()
    trusted_proxies: str = ""          # BOT_TRUSTED_PROXIES (bot.channels.client checks it)
    max_message_chars: str = ""        # BOT_MAX_MESSAGE_CHARS (bot.channels.common checks it)
    nlu_thread: bool = True            # BOT_NLU_THREAD: off only for 0/false/no/off
    request_max_size_set: bool = False  # SANIC_REQUEST_MAX_SIZE is set (Sanic reads it itself)


def _channels(env: Mapping[str, str]) -> ChannelSettings:
    messages_variable = "BOT_MESSAGES_PER_MINUTE" if _raw(env, "BOT_MESSAGES_PER_MINUTE") \
        else "BOT_WEBCHAT_RATE_PER_MINUTE"
    return ChannelSettings(
        teams=TeamsSettings(
            app_id=_raw(env, "BOT_TEAMS_APP_ID"), app_password=_raw(env, "BOT_TEAMS_APP_PASSWORD"),
            tenant_id=_raw(env, "BOT_TEAMS_TENANT_ID"), openid_url=_raw(env, "BOT_TEAMS_OPENID_URL"),
            token_url=_raw(env, "BOT_TEAMS_TOKEN_URL"), issuer=_raw(env, "BOT_TEAMS_ISSUER"),
            scope=_raw(env, "BOT_TEAMS_SCOPE"), allowed_service_urls=_raw(env, "BOT_TEAMS_ALLOWED_SERVICE_URLS")),
        slack=SlackSettings(bot_token=_raw(env, "BOT_SLACK_BOT_TOKEN"),
                            signing_secret=_raw(env, "BOT_SLACK_SIGNING_SECRET"),
                            api_url=_raw(env, "BOT_SLACK_API_URL")),
        webchat=WebChatSettings(secret=env.get("BOT_WEBCHAT_SECRET") or "",
                                origins=_raw(env, "BOT_WEBCHAT_ORIGINS"),
                                allowed_hosts=_raw(env, "BOT_ALLOWED_HOSTS")),
        rest=RestSettings(enabled=_raw(env, "BOT_REST_ENABLED"), token=_raw(env, "BOT_REST_TOKEN")),
        guards=GuardLimits(redis_prefix=_raw(env, "BOT_REDIS_PREFIX"),
                           messages_per_minute=_raw(env, messages_variable),
                           messages_variable=messages_variable,
                           sessions_per_minute=_raw(env, "BOT_WEBCHAT_SESSIONS_PER_MINUTE")),
        trusted_proxies=_raw(env, "BOT_TRUSTED_PROXIES"),
        max_message_chars=_raw(env, "BOT_MAX_MESSAGE_CHARS"),
        nlu_thread=_raw(env, "BOT_NLU_THREAD").lower() not in ("0", "false", "no", "off"),
        request_max_size_set=bool(env.get("SANIC_REQUEST_MAX_SIZE")),
    )


@dataclass(frozen=True)
class Settings:
    database_url: str
    data_dir: Path
    conversation: ConversationSettings = ConversationSettings()
    booking: BookingSettings = BookingSettings()
    mail: MailSettings = MailSettings()
    action_server: ActionServerSettings = ActionServerSettings()
    channels: ChannelSettings = ChannelSettings()
    fixed_now: dt.datetime | None = None       # BOT_NOW
    count_statistics: bool = True              # BOT_COUNT_STATISTICS
    public_url: str = DEFAULT_PUBLIC_URL       # without a trailing slash
    endpoints_file: Path = PROJECT_ROOT / "endpoints.yml"
    report_threshold: int = DEFAULT_REPORT_THRESHOLD
    # BOT_REDIS_URL: conversations, locks and guards shared by several processes (bot/redis_config.py).
    redis_url: str | None = field(default=None, repr=False)  # may hold a password
    embedding_threads: int = 1                 # BOT_EMBEDDING_THREADS (bot/nlu/embeddings.py)
    lock_lease_seconds: int = DEFAULT_LOCK_LEASE_SECONDS  # BOT_LOCK_LEASE_SECONDS
    # The environment as it was read, for Rasa's ${VAR} substitution in the endpoints file only.
    endpoint_variables: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        """Read and check every variable; raises SettingsError naming the first wrong one."""
        env = os.environ if environ is None else environ
        data_dir = Path(_raw(env, "BOT_DATA_DIR") or PROJECT_ROOT / "var")
        counsellors = _raw(env, "BOT_COUNSELLORS_FILE")
        raw_tls = _raw(env, "BOT_SMTP_STARTTLS").lower() or "true"
        if raw_tls not in _TRUE | _FALSE:
            raise SettingsError(f"BOT_SMTP_STARTTLS must be true or false, got {raw_tls!r}")
        raw_port = _raw(env, "BOT_SMTP_PORT") or str(DEFAULT_SMTP_PORT)
        try:
            smtp_port = int(raw_port)
        except ValueError as exc:
            raise SettingsError(f"BOT_SMTP_PORT must be a port number, got {raw_port!r}") from exc
        raw_actions_port = _raw(env, "BOT_ACTIONS_PORT") or str(DEFAULT_ACTIONS_PORT)
        if not raw_actions_port.isdigit() or not 0 < int(raw_actions_port) < 65536:
            raise SettingsError(f"BOT_ACTIONS_PORT must be a port number, got {raw_actions_port!r}")
        endpoints = _raw(env, "BOT_ENDPOINTS")
        redis = _raw(env, "BOT_REDIS_URL") or None
        if redis is not None:
            from bot.redis_config import RedisConfigError, redis_params
            try:
                redis_params(redis)
            except RedisConfigError as exc:
                raise SettingsError(str(exc)) from None
        return cls(
            database_url=_raw(env, "DATABASE_URL") or f"sqlite:///{data_dir / 'bot.db'}",
            data_dir=data_dir,
            conversation=ConversationSettings(
                ttl_minutes=_int("BOT_CONVERSATION_TTL_MINUTES", DEFAULT_CONVERSATION_TTL_MINUTES, 1, env)),
            booking=BookingSettings(
                counsellors_file=Path(counsellors) if counsellors else None,
                retention_days=_int("BOT_APPOINTMENT_RETENTION_DAYS", DEFAULT_RETENTION_DAYS, 1, env)),
            mail=MailSettings(
                host=_raw(env, "BOT_SMTP_HOST"), mail_from=_raw(env, "BOT_MAIL_FROM"), port=smtp_port,
                user=env.get("BOT_SMTP_USER") or None, password=env.get("BOT_SMTP_PASSWORD") or None,
                starttls=raw_tls in _TRUE),
            action_server=ActionServerSettings(
                host=_raw(env, "BOT_ACTIONS_HOST") or DEFAULT_ACTIONS_HOST, port=int(raw_actions_port),
                secret=_raw(env, "BOT_ACTIONS_SECRET")),
            channels=_channels(env),
            fixed_now=parse_moment("BOT_NOW", env.get("BOT_NOW") or ""),
            count_statistics=_switch(env, "BOT_COUNT_STATISTICS", True),
            public_url=(_raw(env, "BOT_PUBLIC_URL") or DEFAULT_PUBLIC_URL).rstrip("/"),
            endpoints_file=_path(endpoints) if endpoints else PROJECT_ROOT / "endpoints.yml",
            report_threshold=_int("BOT_REPORT_THRESHOLD", DEFAULT_REPORT_THRESHOLD, 2, env),
            redis_url=redis,
            embedding_threads=_threads(env),
            lock_lease_seconds=_int("BOT_LOCK_LEASE_SECONDS", DEFAULT_LOCK_LEASE_SECONDS, 3, env),
            endpoint_variables=MappingProxyType(dict(env)),
        )


_current: Settings | None = None


def current() -> Settings:
    """This process's settings, read from the environment on first use."""
    global _current
    if _current is None:
        _current = Settings.from_env()
    return _current


def reset() -> None:
    """Forget the settings read so far, so the next `current()` reads the environment again (and
    bot.bootstrap builds its services anew). For tests (tests/conftest.py calls it around each
    test) and nothing else."""
    global _current
    _current = None

