"""The web chat's settings, and which hosts and origins may reach it (pure: no Rasa, no Sanic).

Hosts: a request must name the bot (its public host, a loopback name, or BOT_ALLOWED_HOSTS), so a
page that DNS rebinding points at the bot's address is refused. Origins: a browser's POST must come
from the bot's own page or an origin in BOT_WEBCHAT_ORIGINS (the widget's intranet pages).
"""

from __future__ import annotations

import ipaddress
import secrets
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from bot import settings as bot_settings
from bot.channels import guards

SECRET_ENV = "BOT_WEBCHAT_SECRET"  # noqa: S105 -- the variable name, not a secret
ORIGINS_ENV = "BOT_WEBCHAT_ORIGINS"
PUBLIC_URL_ENV = "BOT_PUBLIC_URL"
ALLOWED_HOSTS_ENV = "BOT_ALLOWED_HOSTS"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:5005"
MIN_SECRET_CHARS = 32


class ConfigError(ValueError):
    """A web chat setting is wrong; the message names the environment variable."""


# --- settings ------------------------------------------------------------------------------------

def normalise_origin(value: str) -> str | None:
    """'HTTPS://Intranet.example:443/x' -> 'https://intranet.example'; None when not an origin."""
    try:
        parts = urlsplit(value.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    if parts.username or parts.password or parts.query or parts.fragment:
        return None
    scheme = parts.scheme.lower()
    host = parts.hostname.lower()
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    default_port = {"http": 80, "https": 443}[scheme]
    return f"{scheme}://{host}" + (f":{port}" if port and port != default_port else "")


@dataclass(frozen=True)
class WebChatConfig:
    secret: bytes = field(repr=False)
    secret_is_random: bool
    public_origin: str
    extra_origins: frozenset[str]
    ttl_seconds: int
    allowed_hosts: frozenset[str] = frozenset()
    # The limits and the shared store (bot.channels.guards: BOT_MESSAGES_PER_MINUTE, whose older
    # name BOT_WEBCHAT_RATE_PER_MINUTE is still read, BOT_WEBCHAT_SESSIONS_PER_MINUTE, BOT_REDIS_URL).
    guard_settings: guards.GuardSettings = field(default_factory=guards.GuardSettings)

    @property
    def rate_per_minute(self) -> int:
        """Messages per session per minute."""
        return self.guard_settings.messages_per_minute

    @property
    def sessions_per_minute(self) -> int:
        """New sessions per client address per minute."""
        return self.guard_settings.sessions_per_minute

    @classmethod
    def from_settings(cls, settings: bot_settings.Settings | None = None) -> WebChatConfig:
        """The web chat's configuration from `settings` (default: this process's); raises
        ConfigError naming the variable that is wrong."""
        settings = settings or bot_settings.current()
        webchat = settings.channels.webchat
        raw_secret = webchat.secret
        if raw_secret.strip():
            if len(raw_secret) < MIN_SECRET_CHARS:
                raise ConfigError(f"{SECRET_ENV} must be at least {MIN_SECRET_CHARS} characters "
                                  f"(for example the output of `openssl rand -hex 32`)")
            secret, random_secret = raw_secret.encode("utf-8"), False
        else:
            secret, random_secret = secrets.token_bytes(32), True
        public_url = settings.public_url.strip() or DEFAULT_PUBLIC_URL
        public_origin = normalise_origin(public_url)
        if public_origin is None:
            raise ConfigError(f"{PUBLIC_URL_ENV} must be an http(s) address, got {public_url!r}")
        extra = set()
        for item in webchat.origins.split(","):
            if not item.strip():
                continue
            origin = normalise_origin(item)
            if origin is None or urlsplit(item.strip()).path not in ("", "/"):
                raise ConfigError(f"{ORIGINS_ENV}: {item.strip()!r} is not an origin "
                                  f"(write it as https://intranet.example.nl, comma-separated)")
            extra.add(origin)
        try:
            guard_settings = guards.GuardSettings.from_settings(settings)
        except guards.GuardConfigError as exc:
            raise ConfigError(str(exc)) from None
        return cls(secret=secret, secret_is_random=random_secret, public_origin=public_origin,
                   extra_origins=frozenset(extra),
                   guard_settings=guard_settings, ttl_seconds=settings.conversation.ttl_seconds,
                   allowed_hosts=allowed_hosts(settings))



# --- hosts (DNS rebinding) -----------------------------------------------------------------------

def _host_name(value: str) -> str | None:
    """'Bot.Example:5005' -> 'bot.example', '[::1]:5005' -> '::1'; None when unreadable."""
    value = value.strip().lower().rstrip(".")
    if not value:
        return None
    if value.startswith("["):
        end = value.find("]")
        return value[1:end] if end > 0 else None
    if value.count(":") > 1:  # a bare IPv6 address
        return value
    return value.split(":", 1)[0] or None


def is_loopback_host(name: str) -> bool:
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def allowed_hosts(settings: bot_settings.Settings | None = None) -> frozenset[str]:
    """The host names a request may be sent to besides loopback ones: the host of BOT_PUBLIC_URL
    and those in BOT_ALLOWED_HOSTS (comma-separated names, a port is ignored)."""
    settings = settings or bot_settings.current()
    names = set()
    public = normalise_origin(settings.public_url.strip() or DEFAULT_PUBLIC_URL)
    if public is not None:
        names.add(_host_name(public.split("://", 1)[1]))
    for item in settings.channels.webchat.allowed_hosts.split(","):
        name = _host_name(item)
        if name:
            names.add(name)
    names.discard(None)
    return frozenset(names)


def host_allowed(host: str | None, allowed: frozenset[str]) -> bool:
    """Whether the Host header names this bot: a loopback name or address, or an allowed host.
    A page on another name that DNS rebinding points at the bot's address sends its own name
    (and its own Origin, which the Origin check alone would take for the bot's own page)."""
    name = _host_name(host or "")
    return name is not None and (name in allowed or is_loopback_host(name))


# --- origins -------------------------------------------------------------------------------------

def host_origin_matches(origin: str, host: str | None) -> bool:
    """Whether `origin` names the host the request was sent to (the Host header): the page the
    bot serves itself calls the API on its own host, whatever name or port it was reached by."""
    if not host:
        return False
    normal = normalise_origin(origin)
    if normal is None:
        return False
    origin_host = normal.split("://", 1)[1]
    scheme = normal.split("://", 1)[0]
    host = host.strip().lower()
    default_port = {"http": ":80", "https": ":443"}[scheme]
    if host.endswith(default_port):
        host = host[: -len(default_port)]
    return origin_host == host


def origin_allowed(origin: str | None, host: str | None, config: WebChatConfig) -> bool:
    """Browsers send Origin with every POST; no Origin (not a browser) is refused too."""
    if not origin:
        return False
    normal = normalise_origin(origin)
    if normal is None:
        return False
    return (normal == config.public_origin or normal in config.extra_origins
            or host_origin_matches(origin, host))


def frame_ancestors(config: WebChatConfig) -> str:
    """Who may show the chat page in a frame (the widget): the bot itself and the listed origins."""
    return " ".join(["'self'", *sorted(config.extra_origins)])

