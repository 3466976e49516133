"""Anonymous web chat sessions (pure): signed tokens, and per session its revocation and the
buttons it was offered.

The server picks a random session id (a client can never choose it) and signs "id + expiry" with
HMAC-SHA256; the Rasa sender id is derived from the id with the secret. The expiry slides: every
answer carries a fresh token valid for the conversation lifetime (BOT_CONVERSATION_TTL_MINUTES), so
a token lives as long as its conversation. A wiped session is revoked (bot.channels.guards, shared
by every process when BOT_REDIS_URL is set). Session ids and button payloads only, never text.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets
import time
from collections.abc import Callable

from bot import patterns
from bot.channels import guards
from bot.channels.offers import offered_buttons

SENDER_PREFIX = "webchat-"
MAX_BUTTONS_REMEMBERED = 30


class TokenError(Exception):
    """Why a token was refused: missing, malformed, forged, expired or revoked."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


# An anonymous session token: anchored, fixed width.
_TOKEN = patterns.linear(r"^([0-9a-f]{32})\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$", name="webchat.token")


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



class SessionBook:
    """Per session: whether it was wiped (revoked), and which button payloads it was offered last
    (the shared bot.channels.offers book). Entries are forgotten after the conversation lifetime,
    like the conversation itself."""

    def __init__(self, ttl_seconds: float, clock: Callable[[], float] = time.time,
                 store: guards.MemoryStore | guards.RedisStore | None = None) -> None:
        self._revoked = guards.Revocations("webchat", ttl_seconds, store, clock)
        self._offers = offered_buttons(store, ttl_seconds, clock)

    def revoke(self, session_id: str) -> None:
        """Raises guards.GuardUnavailable when the shared store cannot be asked."""
        self._offers.forget(session_id)
        self._revoked.revoke(session_id)

    def is_revoked(self, session_id: str) -> bool:
        return self._revoked.is_revoked(session_id)

    def offer(self, session_id: str, payloads: list[str], titles: list[tuple[str, str]] = ()) -> None:
        """Remembers the buttons of the latest answer (replacing earlier ones), with their titles."""
        self._offers.offer(session_id, payloads[:MAX_BUTTONS_REMEMBERED], list(titles)[:MAX_BUTTONS_REMEMBERED])

    def payload_for_title(self, session_id: str, text: str) -> str | None:
        """The payload of the offered button whose title was typed (bot.channels.offers)."""
        return self._offers.payload_for_title(session_id, text)

    def was_offered(self, session_id: str, payload: str) -> bool:
        return self._offers.was_offered(session_id, payload)

    def __len__(self) -> int:
        return len(self._offers)

