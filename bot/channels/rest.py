"""The REST webhook (POST /webhooks/rest/webhook), for development and integrations.

Off unless switched on, because whoever can post to it can talk as anyone they name:
- BOT_REST_TOKEN set (at least 32 characters): on, and every request needs
  `Authorization: Bearer <token>` (compared in constant time), else 401;
- else BOT_REST_ENABLED=1 (true/yes/on): on without a token, for development (`make run` sets it
  when BOT_HOST is a loopback address and neither BOT_REST_TOKEN nor BOT_REST_ENABLED is set);
- else off: both routes answer 404, and one log line at start-up says how to switch it on.

What it checks, in this order, before anything reads the message:
- the Host header names the bot (the host of BOT_PUBLIC_URL, a loopback name or address, or one
  in BOT_ALLOWED_HOSTS), else 421: a page whose name DNS rebinding points at the bot sends its own;
- a browser's cross-site request is refused (403): an Origin that is not the bot's own
  (BOT_PUBLIC_URL or the Host the request was sent to), or Sec-Fetch-Site: cross-site;
- Content-Type must be application/json (415), so a browser cannot send a "simple" text/plain
  cross-site POST;
- the body is at most `max_body_bytes()` (413 from its Content-Length, before any of it is
  read, or as soon as a body without one grows past it);
- {"sender": <at most 128 characters>, "message": <text>, "message_id": <optional>}: else 400
  (also for a body that is not UTF-8 or nested too deep to parse, or a message_id that is not
  8-64 letters, digits, '-' or '_'); text over
  BOT_MAX_MESSAGE_CHARS gets 413, empty text 400, both with the shared Dutch refusal.
Then control characters, unpaired surrogates and invisible format characters are dropped
(bot.channels.offers.clean_characters, as in the web chat), and a sender holding them is
refused (400). As every channel does: the sender is prefixed (default ``rest-``) so a REST
client can never step into another channel's conversation; with a token, the prefix also holds
`token_tag(token)`, so a client with another token cannot step into this one's conversations;
only the payload of a button this conversation was offered goes to Rasa as an intent, any
other leading '/' is dropped (bot.channels.offers);
the message carries `metadata={"client": <opaque key of the client address>}`
(bot.channels.client). A failing message is logged without its text and answered in Dutch
(bot.channels.faults).

Sending again: a client that gives each message its own `message_id` (e.g. a random UUID) may
send a message again with the same id whenever its request failed (a connection error, a
timeout, a 502/503/504 from the proxy, the Dutch fault answer): a message the bot had already
kept is not handled twice, and its answers come back again (bot/channels/replay.py). Without an
id a failed message cannot safely be sent again: it may have been kept.

Register it in credentials.yml as ``bot.channels.rest.RestInput:``; `sender_prefix` may be
set there (tests that must reach another channel's conversation set it to "").
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
from asyncio import CancelledError
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic import Blueprint, response
from sanic.request import Request

from bot import settings as bot_settings
from bot.channels import client as clients
from bot.channels.common import check_text, max_chars
from bot.channels.faults import fault_messages
from bot.channels.guards import store_from_settings
from bot.channels.offers import buttons_in, clean_characters, dialogue_text, offered_buttons, payloads_in
from bot.channels.replay import valid_message_id
from bot.channels.server_limits import limit_request_size
from bot.channels.webchat.config import allowed_hosts, host_allowed, host_origin_matches, normalise_origin

logger = logging.getLogger(__name__)
DEFAULT_PREFIX = "rest-"
ENABLED_ENV, TOKEN_ENV = "BOT_REST_ENABLED", "BOT_REST_TOKEN"  # noqa: S105 -- names, not secrets
MAX_SENDER_CHARS = 128
MIN_TOKEN_CHARS = 32
_TRUE = ("1", "true", "yes", "on")


def max_body_bytes() -> int:
    """The largest body read: the longest message fully escaped (\\uXXXX\\uXXXX is 12 bytes per
    character) plus the longest sender and the JSON around them."""
    return 12 * (max_chars() + MAX_SENDER_CHARS) + 1024


def prefixed_sender(prefix: str, sender: Any) -> str | None:
    """The Rasa sender id for what a REST client sent as `sender` (None when it sent none or
    more than 128 characters)."""
    if sender is None or isinstance(sender, bool) or not isinstance(sender, (str, int)):
        return None
    sender = str(sender)
    if sender.strip() == "" or len(sender) > MAX_SENDER_CHARS or clean_characters(sender) != sender:
        return None  # also control characters and unpaired surrogates: the id is stored and logged
    return f"{prefix}{sender}"


def parse_body(raw: bytes) -> dict | None:
    """The JSON object in `raw`, or None for anything else: not UTF-8, not JSON, nested too
    deep for the parser (RecursionError: 20,000 '[' are 40 KB), not an object."""
    try:
        body = json.loads(raw)
    except (ValueError, RecursionError):  # ValueError includes UnicodeDecodeError, JSONDecodeError
        return None
    return body if isinstance(body, dict) else None


def rest_mode(rest: bot_settings.RestSettings) -> tuple[str, str]:
    """("token", token) | ("open", "") | ("off", why). Raises ValueError for a short token."""
    token = rest.token.strip()
    if token:
        if len(token) < MIN_TOKEN_CHARS:
            raise ValueError(f"{TOKEN_ENV} must be at least {MIN_TOKEN_CHARS} characters "
                             f"(e.g. `openssl rand -hex 32`)")
        return "token", token
    if rest.enabled.strip().lower() in _TRUE:
        return "open", ""
    return "off", ""


def token_tag(token: str) -> str:
    """A short keyed hash of the bearer token (HMAC-SHA256 keyed with the token itself): put in
    front of the sender, it binds a conversation to the token that started it, so an integration
    with another token cannot continue it, and the id reveals nothing of the token."""
    return hmac.new(token.encode("utf-8"), b"bot.rest.sender.v1", hashlib.sha256).hexdigest()[:16]


def token_matches(expected: str, authorization: str | None) -> bool:
    scheme, _, given = (authorization or "").strip().partition(" ")
    if scheme.lower() != "bearer":
        return False
    return hmac.compare_digest(given.strip().encode("utf-8", "replace"), expected.encode("utf-8"))


def cross_site(origin: str | None, host: str | None, fetch_site: str | None,
               public_url: str | None) -> bool:
    """Whether a browser sent this request from another site."""
    if (fetch_site or "").strip().lower() == "cross-site":
        return True
    if origin is None:
        return False  # not a browser (curl, an integration): no Origin
    own = normalise_origin(public_url or "")
    normal = normalise_origin(origin)
    return normal is None or not (normal == own or host_origin_matches(origin, host))


class RestInput(RasaRestInput):
    def __init__(self, sender_prefix: str = DEFAULT_PREFIX, settings: bot_settings.Settings | None = None) -> None:
        settings = settings or bot_settings.current()
        self.public_url = settings.public_url
        self.sender_prefix = sender_prefix
        self.conversation_prefix = sender_prefix
        self.offers = offered_buttons(store_from_settings(settings) if settings.redis_url else None)
        self.allowed_hosts = allowed_hosts(settings)
        try:
            self.mode, self._token = rest_mode(settings.channels.rest)
        except ValueError as exc:
            self.mode, self._token = "off", ""
            logger.error("REST webhook is OFF: %s", exc)
            return
        if self.mode == "off":
            logger.info("REST webhook is off (404); set %s=1 for development or %s for "
                        "integrations (see credentials.yml)", ENABLED_ENV, TOKEN_ENV)
        elif self.mode == "open":
            logger.warning("REST webhook is on WITHOUT a token (%s): for development only", ENABLED_ENV)
        else:
            self.conversation_prefix = f"{sender_prefix}{token_tag(self._token)}-"
            logger.info("REST webhook is on; requests need the bearer token (%s)", TOKEN_ENV)

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> RestInput:
        prefix = (credentials or {}).get("sender_prefix", DEFAULT_PREFIX)
        return cls(sender_prefix="" if prefix is None else str(prefix))

    async def _extract_sender(self, req: Request) -> str | None:
        body = req.json if isinstance(req.json, dict) else {}
        return prefixed_sender(self.conversation_prefix, body.get("sender"))

    def _refused(self, request: Request) -> response.HTTPResponse | None:
        """The answer to a request that may not reach the dialogue, checked before the body."""
        if self.mode == "off":
            return response.json({"error": "not found"}, status=404)
        if not host_allowed(request.headers.get("host"), self.allowed_hosts):
            return response.json({"error": "this Host is not served here"}, status=421)
        if self.mode == "token" and not token_matches(self._token, request.headers.get("authorization")):
            return response.json({"error": "a valid Authorization: Bearer token is required"}, status=401,
                                 headers={"WWW-Authenticate": "Bearer"})
        if cross_site(request.headers.get("origin"), request.headers.get("host"),
                      request.headers.get("sec-fetch-site"), self.public_url):
            return response.json({"error": "cross-site requests are refused"}, status=403)
        content_type = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        if content_type != "application/json":
            return response.json({"error": "Content-Type must be application/json"}, status=415)
        return None

    @staticmethod
    async def _read_body(request: Request, limit: int) -> bytes | None:
        """The whole body, or None as soon as it is (or says it will be) longer than `limit`."""
        declared = request.headers.get("content-length")
        if declared is not None:
            try:
                if int(declared) > limit:
                    return None
            except ValueError:
                return None
        chunks, size = [], 0
        while True:
            chunk = await request.stream.read()
            if chunk is None:
                break
            size += len(chunk)
            if size > limit:
                return None
            chunks.append(chunk)
        return b"".join(chunks)

    def blueprint(self, on_new_message) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)
        limit_request_size(webhook)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request):
            if self.mode == "off":
                return response.json({"error": "not found"}, status=404)
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"], stream=True)
        async def receive(request: Request):
            refused = self._refused(request)
            if refused is not None:
                return refused
            raw = await self._read_body(request, max_body_bytes())
            if raw is None:
                return response.json({"error": f"the body is larger than {max_body_bytes()} bytes"}, status=413)
            body = parse_body(raw)
            if body is None:
                return response.json({"error": "expected a JSON object with sender and message"}, status=400)
            sender = prefixed_sender(self.conversation_prefix, body.get("sender"))
            text = body.get("message")
            if sender is None or not isinstance(text, str):
                return response.json({"error": f"sender (at most {MAX_SENDER_CHARS} characters) and "
                                               f"message (text) are required"}, status=400)
            message_id = body.get("message_id")
            if message_id is not None and not valid_message_id(message_id):
                return response.json({"error": "message_id must be 8-64 letters, digits, '-' or '_'"}, status=400)
            refusal = check_text(text)
            text = dialogue_text(self.offers, sender, clean_characters(text)) if refusal is None else ""
            if refusal is None and not text:
                refusal = check_text(text)
            if refusal is not None:
                status = 413 if refusal.reason == "too_long" else 400
                return response.json([{"recipient_id": sender, "text": refusal.text}], status=status)
            address = clients.request_client_address(request)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 message_id=message_id,
                                                 metadata=clients.metadata(clients.client_key(address))))
            except CancelledError:
                logger.error("rest: handling a message timed out")
                return response.json(fault_messages(sender))
            except Exception as exc:  # noqa: BLE001 - log the failure, never the text
                logger.error("rest: handling a message failed (%s)", type(exc).__name__)
                return response.json(fault_messages(sender))
            self.offers.offer(sender, payloads_in(collector.messages), buttons_in(collector.messages))
            return response.json(collector.messages)

        return webhook
