"""The web chat's rules, without Rasa or Sanic: settings, anonymous session tokens, the Origin
allow-list, rate limits, what a message body may hold, and which replies reach the browser.

Session tokens: the server picks a random session id (a client can never choose it) and signs
"id + expiry" with HMAC-SHA256; the Rasa sender id is derived from the id with the secret. The
expiry slides: every answer carries a fresh token valid for the conversation lifetime
(BOT_CONVERSATION_TTL_MINUTES), so a token lives as long as its conversation. A wiped session
is revoked. Everything here holds session ids and button payloads only, never what a person typed.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import re
import secrets
import time
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from bot.channels.common import check_text
from bot.channels.offers import OfferedButtons, clean_characters, strip_command
from bot.privacy.retention import ExpiryBook

SECRET_ENV = "BOT_WEBCHAT_SECRET"  # noqa: S105 -- the variable name, not a secret
ORIGINS_ENV = "BOT_WEBCHAT_ORIGINS"
RATE_ENV = "BOT_WEBCHAT_RATE_PER_MINUTE"
SESSIONS_RATE_ENV = "BOT_WEBCHAT_SESSIONS_PER_MINUTE"
PUBLIC_URL_ENV = "BOT_PUBLIC_URL"
ALLOWED_HOSTS_ENV = "BOT_ALLOWED_HOSTS"
DEFAULT_PUBLIC_URL = "http://127.0.0.1:5005"
DEFAULT_RATE_PER_MINUTE = 20
DEFAULT_SESSIONS_PER_MINUTE = 30
MIN_SECRET_CHARS = 32
SENDER_PREFIX = "webchat-"
# Largest request body read at all (bytes). A message of the maximum length in JSON, even with
# every character escaped as a surrogate pair (12 bytes), stays below this.
MAX_BODY_BYTES = 64 * 1024
MAX_PAYLOAD_CHARS = 500
MAX_BUTTONS_REMEMBERED = 30


class ConfigError(ValueError):
    """A web chat setting is wrong; the message names the environment variable."""


class TokenError(Exception):
    """Why a token was refused: missing, malformed, forged, expired or revoked."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


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
    secret: bytes
    secret_is_random: bool
    public_origin: str
    extra_origins: frozenset[str]
    rate_per_minute: int
    sessions_per_minute: int
    ttl_seconds: int
    allowed_hosts: frozenset[str] = frozenset()

    @classmethod
    def from_env(cls, env: Mapping[str, str], ttl_minutes: int) -> WebChatConfig:
        """Reads the web chat settings; raises ConfigError naming the variable that is wrong."""
        raw_secret = env.get(SECRET_ENV, "")
        if raw_secret.strip():
            if len(raw_secret) < MIN_SECRET_CHARS:
                raise ConfigError(f"{SECRET_ENV} must be at least {MIN_SECRET_CHARS} characters "
                                  f"(for example the output of `openssl rand -hex 32`)")
            secret, random_secret = raw_secret.encode("utf-8"), False
        else:
            secret, random_secret = secrets.token_bytes(32), True
        public_url = env.get(PUBLIC_URL_ENV, "").strip() or DEFAULT_PUBLIC_URL
        public_origin = normalise_origin(public_url)
        if public_origin is None:
            raise ConfigError(f"{PUBLIC_URL_ENV} must be an http(s) address, got {public_url!r}")
        extra = set()
        for item in env.get(ORIGINS_ENV, "").split(","):
            if not item.strip():
                continue
            origin = normalise_origin(item)
            if origin is None or urlsplit(item.strip()).path not in ("", "/"):
                raise ConfigError(f"{ORIGINS_ENV}: {item.strip()!r} is not an origin "
                                  f"(write it as https://intranet.example.nl, comma-separated)")
            extra.add(origin)
        return cls(secret=secret, secret_is_random=random_secret, public_origin=public_origin,
                   extra_origins=frozenset(extra),
                   rate_per_minute=_positive_int(env, RATE_ENV, DEFAULT_RATE_PER_MINUTE),
                   sessions_per_minute=_positive_int(env, SESSIONS_RATE_ENV, DEFAULT_SESSIONS_PER_MINUTE),
                   ttl_seconds=int(ttl_minutes) * 60, allowed_hosts=allowed_hosts(env))


def _positive_int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name, "").strip()
    if not raw:
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a whole number, got {raw!r}") from None
    if value < 1:
        raise ConfigError(f"{name} must be at least 1, got {value}")
    return value


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


def allowed_hosts(env: Mapping[str, str]) -> frozenset[str]:
    """The host names a request may be sent to besides loopback ones: the host of BOT_PUBLIC_URL
    and those in BOT_ALLOWED_HOSTS (comma-separated names, a port is ignored)."""
    names = set()
    public = normalise_origin(env.get(PUBLIC_URL_ENV, "").strip() or DEFAULT_PUBLIC_URL)
    if public is not None:
        names.add(_host_name(public.split("://", 1)[1]))
    for item in (env.get(ALLOWED_HOSTS_ENV) or "").split(","):
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


# --- session tokens ------------------------------------------------------------------------------

_TOKEN = re.compile(r"^([0-9a-f]{32})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$")


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


class SessionTokens:
    """Issues and checks `<session id>.<expiry>.<HMAC>` tokens (no state: only the secret)."""

    def __init__(self, secret: bytes, ttl_seconds: int, clock: Callable[[], float] = time.time) -> None:
        if len(secret) < 16:
            raise ValueError("secret too short")
        self._secret = secret
        self.ttl_seconds = ttl_seconds
        self._clock = clock

    def _mac(self, session_id: str, expires: int) -> str:
        message = f"webchat.v1.{session_id}.{expires}".encode("ascii")
        return _b64(hmac.new(self._secret, message, hashlib.sha256).digest())

    def new_session_id(self) -> str:
        return secrets.token_hex(16)

    def sender_id(self, session_id: str) -> str:
        """The Rasa sender id of a session: derived with the secret, so not even the token's
        holder learns it (other channels that take any sender id cannot reach the conversation)."""
        digest = hmac.new(self._secret, f"webchat.sender.{session_id}".encode("ascii"), hashlib.sha256)
        return SENDER_PREFIX + digest.hexdigest()[:32]

    def issue(self, session_id: str) -> tuple[str, int]:
        """A token for `session_id` valid for the lifetime; (token, seconds it is valid)."""
        expires = int(self._clock()) + self.ttl_seconds
        return f"{session_id}.{expires}.{self._mac(session_id, expires)}", self.ttl_seconds

    def verify(self, token: str | None, allow_expired: bool = False) -> str:
        """The session id of an authentic token; raises TokenError otherwise."""
        if not token:
            raise TokenError("missing")
        match = _TOKEN.match(token)
        if not match:
            raise TokenError("malformed")
        session_id, expires, mac = match.group(1), int(match.group(2)), match.group(3)
        if not hmac.compare_digest(mac, self._mac(session_id, expires)):
            raise TokenError("forged")
        if not allow_expired and expires <= self._clock():
            raise TokenError("expired")
        return session_id


def bearer_token(header: str | None) -> str | None:
    """'Bearer abc' -> 'abc'."""
    if not header:
        return None
    scheme, _, value = header.strip().partition(" ")
    if scheme.lower() != "bearer":
        return None
    return value.strip() or None


# --- in-memory book-keeping (per process) --------------------------------------------------------

class RateLimiter:
    """At most `limit` events per `window` seconds per key (a sliding window)."""

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self._clock = clock
        self._events: dict[str, deque[float]] = {}
        self._last_sweep = clock()

    def hit(self, key: str) -> float | None:
        """Counts one event; None when allowed, else the seconds to wait (the event is not counted)."""
        now = self._clock()
        self._sweep(now)
        events = self._events.setdefault(key, deque())
        while events and now - events[0] >= self.window:
            events.popleft()
        if len(events) >= self.limit:
            return max(0.0, self.window - (now - events[0]))
        events.append(now)
        return None

    def _sweep(self, now: float) -> None:
        if now - self._last_sweep < self.window:
            return
        self._last_sweep = now
        for key in [k for k, ev in self._events.items() if not ev or now - ev[-1] >= self.window]:
            del self._events[key]

    def __len__(self) -> int:
        return len(self._events)


class SessionBook:
    """Per session: whether it was wiped (revoked), and which button payloads it was offered last
    (the shared bot.channels.offers book). Entries are forgotten after the conversation lifetime,
    like the conversation itself."""

    def __init__(self, ttl_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        self._revoked = ExpiryBook(ttl_seconds, clock)
        self._offers = OfferedButtons(ttl_seconds, clock=clock)

    def _sweep(self) -> None:
        for key in self._revoked.expired():
            self._revoked.forget(key)

    def revoke(self, session_id: str) -> None:
        self._sweep()
        self._revoked.touch(session_id)
        self._offers.forget(session_id)

    def is_revoked(self, session_id: str) -> bool:
        self._sweep()
        return not self._revoked.is_expired(session_id)

    def offer(self, session_id: str, payloads: list[str]) -> None:
        """Remembers the buttons of the latest answer (replacing earlier ones)."""
        self._offers.offer(session_id, payloads[:MAX_BUTTONS_REMEMBERED])

    def was_offered(self, session_id: str, payload: str) -> bool:
        return self._offers.was_offered(session_id, payload)

    def __len__(self) -> int:
        return len(self._offers)


# --- messages in and out -------------------------------------------------------------------------

@dataclass(frozen=True)
class Incoming:
    """What the browser sent: typed text, or the payload of a button it was offered."""
    kind: str  # "text" | "payload"
    value: str


class BadRequest(Exception):
    """The body is not a message; `key` names the Dutch answer in content/webchat.yml."""

    def __init__(self, key: str, status: int = 400) -> None:
        super().__init__(key)
        self.key = key
        self.status = status


def clean_typed_text(text: str) -> str:
    """Typed text as the dialogue may see it: control and format characters out (newlines and
    tabs become spaces), and no leading '/' (not even behind spaces: '/ /x' is 'x') -- that would
    make Rasa read it as an intent with entities, which only a button the bot offered may send."""
    return strip_command(clean_characters(text)).strip()


def parse_body(raw: bytes | None) -> Incoming:
    """{"text": "..."} or {"payload": "/..."}; raises BadRequest for anything else."""
    if raw is None or len(raw) == 0:
        raise BadRequest("onleesbaar")
    if len(raw) > MAX_BODY_BYTES:
        raise BadRequest("te_lang", status=413)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: deep nesting
        raise BadRequest("onleesbaar") from None
    if not isinstance(data, dict):
        raise BadRequest("onleesbaar")
    text, payload = data.get("text"), data.get("payload")
    if (text is None) == (payload is None):
        raise BadRequest("onleesbaar")
    if payload is not None:
        if not isinstance(payload, str) or not payload.startswith("/") or len(payload) > MAX_PAYLOAD_CHARS:
            raise BadRequest("knop_verlopen")
        return Incoming("payload", payload)
    if not isinstance(text, str):
        raise BadRequest("onleesbaar")
    return Incoming("text", text)


def message_text(incoming: Incoming, offered: bool, limit: int | None = None) -> str:
    """The text the dialogue gets: an offered button's payload as it is, typed text checked
    (bot.channels.common.check_text: empty, too long) and cleaned. Raises BadRequest."""
    if incoming.kind == "payload":
        if not offered:
            raise BadRequest("knop_verlopen")
        return incoming.value
    refused = check_text(incoming.value, limit)
    if refused is not None:
        raise BadRequest("te_lang", status=413) if refused.reason == "too_long" else BadRequest("leeg")
    text = clean_typed_text(incoming.value)
    if not text:
        raise BadRequest("leeg")
    return text


def to_client(collected: list[dict]) -> list[dict]:
    """The bot's answers as the page shows them: text and buttons (title + payload), nothing else
    (no recipient id, no custom data). Non-string values are dropped."""
    out = []
    for message in collected:
        item: dict = {}
        text = message.get("text")
        if isinstance(text, str) and text.strip():
            item["text"] = text
        buttons = [{"title": b["title"], "payload": b["payload"]}
                   for b in message.get("buttons") or []
                   if isinstance(b, dict) and isinstance(b.get("title"), str)
                   and isinstance(b.get("payload"), str) and b["payload"].startswith("/")]
        if buttons:
            item["buttons"] = buttons
        if item:
            out.append(item)
    return out


def payloads_of(messages: list[dict]) -> list[str]:
    return [b["payload"] for m in messages for b in m.get("buttons", [])]
