"""The web chat's Rasa input channel: the chat page, the widget and the JSON API.

Registered in credentials.yml as `bot.channels.webchat.channel.WebChatInput:` (on by default). Routes,
all under /webhooks/webchat/:

    GET  /                 the chat page (Dutch; texts from content/webchat.yml)
    GET  /webchat.js, /webchat.css, /widget.js
                           the page's script and style, and the widget: one
                           <script src=".../webhooks/webchat/widget.js" defer></script>
                           on any intranet page adds a button that opens the chat
    POST /session          a new anonymous session: {"token", "geldig_seconden"}
    POST /message          Authorization: Bearer <token>; {"text": "..."} or {"payload": "/..."}
                           -> {"messages": [{"text", "buttons"}], "token", "geldig_seconden"}
    POST /wipe             Authorization: Bearer <token>; deletes the conversation from the
                           tracker store and revokes the session ("Wis dit gesprek")

Refusals carry a clear status and {"fout": <key>, "tekst": <Dutch answer>}: 401 missing, forged,
expired or wiped session; 421 a Host header that is not the bot's (BOT_PUBLIC_URL's host, a
loopback name or BOT_ALLOWED_HOSTS); 403 an Origin not allowed; 413 too long; 400 empty,
unreadable, or a button that was not offered; 429 too many messages (Retry-After); 503 the
channel is off. Settings (environment, read by bot.settings; see docs/channels/webchat.md):
BOT_WEBCHAT_SECRET, BOT_WEBCHAT_ORIGINS, BOT_MESSAGES_PER_MINUTE (or its older name
BOT_WEBCHAT_RATE_PER_MINUTE), BOT_WEBCHAT_SESSIONS_PER_MINUTE, BOT_PUBLIC_URL, BOT_ALLOWED_HOSTS,
BOT_REDIS_URL.
A wrong setting keeps the channel off (503) with one log line; the server runs on.

No message text is logged, here or in the page. Tokens need only the secret; the limits and the
wiped sessions are in Redis when BOT_REDIS_URL is set (bot.channels.guards), else in this
process's memory; the offered buttons are always in this process's memory. With several Rasa
workers set BOT_WEBCHAT_SECRET and BOT_REDIS_URL, and keep a client on one worker (sticky
sessions) for its buttons; see the docs.
"""

from __future__ import annotations

import html
import inspect
import json
import logging
from collections.abc import Awaitable, Callable
from functools import cache
from pathlib import Path
from string import Template
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, InputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot import settings as bot_settings
from bot.channels import client as clients
from bot.channels import guards
from bot.channels.common import max_chars, refusal
from bot.channels.server_limits import limit_request_size
from bot.channels.webchat import config as wconfig
from bot.channels.webchat import messages, sessions
from bot.content import ContentError, fill, plain_texts

logger = logging.getLogger("bot.channels.webchat")

STATIC_DIR = Path(__file__).resolve().parent / "static"
ASSETS = {
    "webchat.js": "text/javascript; charset=utf-8",
    "webchat.css": "text/css; charset=utf-8",
    "widget.js": "text/javascript; charset=utf-8",
}
# Texts the page and the widget need (content/webchat.yml); the server's own answers too.
PAGE_KEYS = ("titel", "ondertitel", "welkom", "privacy", "gesprek_label", "jij", "bot", "melding",
             "knoppen_label", "invoer_label", "invoer_hint", "verstuur", "wis", "wis_vraag", "gewist",
             "wissen_mislukt", "typt", "agenda_link", "geen_javascript", "verlopen", "geen_verbinding",
             "fout", "onleesbaar", "knop_verlopen")
WIDGET_KEYS = ("openen", "sluiten", "venster_titel")
ANSWER_KEYS = ("verlopen", "fout", "onleesbaar", "knop_verlopen", "niet_toegestaan", "uit", "gewist")

API_HEADERS = {"Cache-Control": "no-store", "X-Content-Type-Options": "nosniff"}


@cache
def texts() -> dict[str, str]:
    """content/webchat.yml, each text as one plain paragraph, {minuten} filled in."""
    data = plain_texts("webchat.yml", required=(*PAGE_KEYS, *WIDGET_KEYS, *ANSWER_KEYS))
    minutes = {"minuten": bot_settings.current().conversation.ttl_minutes}
    return {key: fill(text, minutes) for key, text in data.items()}


def answer(key: str) -> str:
    """A Dutch answer of the channel: content/webchat.yml, or the shared ones in kanalen.yml."""
    if key == "te_lang":
        return refusal("too_long", max_tekens=max_chars()).text
    if key == "leeg":
        return refusal("empty").text
    if key == "te_snel":
        return refusal("too_fast").text
    return texts()[key]


def page_texts() -> dict[str, Any]:
    """What webchat.js shows (labels, notices) plus the length cap it checks before sending."""
    values: dict[str, Any] = {key: texts()[key] for key in PAGE_KEYS}
    values.update({key: answer(key) for key in ("te_lang", "leeg", "te_snel")})
    values["max_tekens"] = max_chars()
    return values


def script_json(values: Any) -> str:
    """JSON that is safe inside a <script> element or a JavaScript file (no '</script>' break-out,
    no HTML-significant characters, no U+2028/2029)."""
    text = json.dumps(values, ensure_ascii=True)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


@cache
def _static(name: str) -> str:
    return (STATIC_DIR / name).read_text(encoding="utf-8")


def render_page() -> str:
    """The chat page: every text HTML-escaped, the JavaScript texts as inert JSON."""
    values = {key: html.escape(texts()[key]) for key in (*PAGE_KEYS, *WIDGET_KEYS)}
    values["teksten_json"] = script_json(page_texts())
    return Template(_static("index.html")).substitute(values)


def render_widget() -> str:
    return _static("widget.js").replace("/*TEKSTEN*/null", script_json({k: texts()[k] for k in WIDGET_KEYS}), 1)


def page_headers(config: wconfig.WebChatConfig) -> dict[str, str]:
    policy = ("default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
              "img-src 'self' data:; base-uri 'none'; form-action 'none'; "
              f"frame-ancestors {wconfig.frame_ancestors(config)}")
    return {"Content-Security-Policy": policy, "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer", "Cache-Control": "no-cache"}


async def forget_conversation(tracker_store: Any, conversation_id: str) -> bool:
    """Deletes one conversation from the tracker store Rasa uses (through its wrappers, and its
    fail-safe fallback store). False when a store cannot delete (SQL, Mongo, Dynamo)."""
    from rasa.core.tracker_store import (
        AwaitableTrackerStore,
        FailSafeTrackerStore,
        InMemoryTrackerStore,
        RedisTrackerStore,
    )

    stores, queue, seen = [], [tracker_store], set()
    while queue:
        store = queue.pop()
        if store is None or id(store) in seen:
            continue
        seen.add(id(store))
        if isinstance(store, (AwaitableTrackerStore, FailSafeTrackerStore)):
            queue += [getattr(store, "_tracker_store", None), getattr(store, "_fallback_tracker_store", None)]
        else:
            stores.append(store)
    if not stores:
        return False
    for store in stores:
        delete = getattr(store, "delete", None)
        if callable(delete):
            result = delete(conversation_id)
            if inspect.isawaitable(result):
                await result
        elif isinstance(store, RedisTrackerStore):
            store.red.delete(store.key_prefix + conversation_id)
        elif isinstance(store, InMemoryTrackerStore):
            store.store.pop(conversation_id, None)
        else:
            return False
    return True


class WebChat:
    """The channel's state for one process: settings, tokens, limits, wiped sessions, buttons."""

    def __init__(self, config: wconfig.WebChatConfig) -> None:
        self.config = config
        self.tokens = sessions.SessionTokens(config.secret, config.ttl_seconds)
        store = guards.store_from(config.guard_settings)
        self.messages = guards.RateLimit("webchat-messages", config.rate_per_minute, store=store)
        self.new_sessions = guards.RateLimit("webchat-sessions", config.sessions_per_minute, store=store)
        self.sessions = sessions.SessionBook(config.ttl_seconds, store=store)


class WebChatInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "webchat"

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> WebChatInput:
        return cls()

    def __init__(self, settings: bot_settings.Settings | None = None) -> None:
        settings = settings or bot_settings.current()
        self.chat: WebChat | None = None
        self.problem = ""
        try:
            config = wconfig.WebChatConfig.from_settings(settings)
            max_chars(settings)  # a wrong BOT_MAX_MESSAGE_CHARS keeps the channel off, not the server
            texts()
        except (wconfig.ConfigError, ContentError, ValueError, OSError) as exc:
            self.problem = str(exc)
            logger.error("Web chat is OFF (its routes answer 503): %s. Fix it and restart; "
                         "see credentials.yml and docs/channels/webchat.md.", exc)
            return
        self.chat = WebChat(config)
        origins = ", ".join([config.public_origin, *sorted(config.extra_origins)])
        logger.info("Web chat on at /webhooks/webchat/ (allowed origins: the bot's own host, %s)", origins)
        proxies = clients.proxy_warning(settings)
        if proxies:
            logger.warning(proxies)
        if config.secret_is_random:
            logger.warning("BOT_WEBCHAT_SECRET is not set: using a random secret for this process, "
                           "so web chat sessions end when the server restarts.")

    # --- responses ----------------------------------------------------------------------------

    def _json(self, request: Request, status: int, body: dict, headers: dict | None = None) -> HTTPResponse:
        return response.json(body, status=status, headers={**API_HEADERS, **(headers or {})})

    def _refuse(self, request: Request, status: int, key: str, headers: dict | None = None) -> HTTPResponse:
        return self._json(request, status, {"fout": key, "tekst": answer(key)}, headers)

    def _gate(self, request: Request) -> HTTPResponse | None:
        """503 when the channel is off, 421 for a Host that is not the bot's (DNS rebinding: see
        wconfig.host_allowed), 403 for an Origin that is not allowed."""
        if self.chat is None:
            return self._refuse(request, 503, "uit")
        if not wconfig.host_allowed(request.headers.get("host"), self.chat.config.allowed_hosts):
            return self._refuse(request, 421, "niet_toegestaan")
        if not wconfig.origin_allowed(request.headers.get("origin"), request.headers.get("host"), self.chat.config):
            return self._refuse(request, 403, "niet_toegestaan")
        return None

    def _session_of(self, request: Request, allow_expired: bool = False) -> str:
        token = sessions.bearer_token(request.headers.get("authorization"))
        session_id = self.chat.tokens.verify(token, allow_expired=allow_expired)
        if not allow_expired and self.chat.sessions.is_revoked(session_id):
            raise sessions.TokenError("revoked")
        return session_id

    def _with_token(self, request: Request, session_id: str, body: dict) -> HTTPResponse:
        token, seconds = self.chat.tokens.issue(session_id)
        return self._json(request, 200, {**body, "token": token, "geldig_seconden": seconds})

    # --- the routes ---------------------------------------------------------------------------

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        chat_bp = Blueprint("webchat", __name__)
        limit_request_size(chat_bp)

        @chat_bp.route("/", methods=["GET"])
        async def page(request: Request) -> HTTPResponse:
            if not request.path.endswith("/"):  # the page's relative links need the slash
                return response.redirect(request.path + "/", status=308)
            if self.chat is None:
                return response.text(answer("uit"), status=503, headers={"Cache-Control": "no-store"})
            return response.html(render_page(), headers=page_headers(self.chat.config))

        def asset(name: str) -> Callable[[Request], Awaitable[HTTPResponse]]:
            async def serve(request: Request) -> HTTPResponse:
                if self.chat is None:
                    return response.text("", status=503)
                body = render_widget() if name == "widget.js" else _static(name)
                headers = {"Cache-Control": "no-cache", "X-Content-Type-Options": "nosniff",
                           "Cross-Origin-Resource-Policy": "cross-origin"}
                return response.text(body, content_type=ASSETS[name], headers=headers)
            return serve

        for file_name in ASSETS:
            chat_bp.add_route(asset(file_name), "/" + file_name, methods=["GET"],
                              name="asset_" + file_name.replace(".", "_"))

        @chat_bp.route("/session", methods=["POST"])
        async def new_session(request: Request) -> HTTPResponse:
            refused = self._gate(request)
            if refused:
                return refused
            wait = self.chat.new_sessions.hit(clients.request_client_address(request))
            if wait is not None:
                return self._refuse(request, 429, "te_snel", {"Retry-After": str(int(wait) + 1)})
            return self._with_token(request, self.chat.tokens.new_session_id(), {})

        @chat_bp.route("/message", methods=["POST"])
        async def message(request: Request) -> HTTPResponse:
            refused = self._gate(request)
            if refused:
                return refused
            try:
                session_id = self._session_of(request)
            except sessions.TokenError:
                return self._refuse(request, 401, "verlopen")
            wait = self.chat.messages.hit(session_id)
            if wait is not None:
                return self._refuse(request, 429, "te_snel", {"Retry-After": str(int(wait) + 1)})
            try:
                incoming = messages.parse_body(request.body)
                text = messages.message_text(incoming, self.chat.sessions.was_offered(session_id, incoming.value))
                if incoming.kind != "payload":  # a button's title typed: that button (bot.channels.offers)
                    text = self.chat.sessions.payload_for_title(session_id, text) or text
            except messages.BadRequest as bad:
                return self._refuse(request, bad.status, bad.key)
            collector = CollectingOutputChannel()
            try:
                client = clients.client_key(clients.request_client_address(request))
                await on_new_message(UserMessage(text, collector, self.chat.tokens.sender_id(session_id),
                                                 input_channel=self.name(), message_id=incoming.message_id,
                                                 metadata=clients.metadata(client)))
            except Exception as exc:  # noqa: BLE001 -- the person gets an answer; no text is logged
                logger.error("Web chat: the dialogue failed (%s)", type(exc).__name__)
                return self._refuse(request, 500, "fout")
            if self.chat.sessions.is_revoked(session_id):  # wiped while this message was handled
                return self._refuse(request, 401, "verlopen")
            answers = messages.to_client(collector.messages)
            self.chat.sessions.offer(session_id, messages.payloads_of(answers), messages.buttons_of(answers))
            return self._with_token(request, session_id, {"messages": answers})

        @chat_bp.route("/wipe", methods=["POST"])
        async def wipe(request: Request) -> HTTPResponse:
            refused = self._gate(request)
            if refused:
                return refused
            try:  # an expired token still proves whose conversation it was: wiping stays possible
                session_id = self._session_of(request, allow_expired=True)
            except sessions.TokenError:
                return self._refuse(request, 401, "verlopen")
            try:
                self.chat.sessions.revoke(session_id)
            except guards.GuardUnavailable as exc:
                logger.error("Web chat: the session could not be revoked (%s); nothing was wiped", exc)
                return self._refuse(request, 503, "fout")
            agent = request.app.ctx.agent
            conversation_id = self.chat.tokens.sender_id(session_id)
            async with agent.lock_store.lock(conversation_id):
                forgotten = await forget_conversation(agent.tracker_store, conversation_id)
            if not forgotten:
                logger.error("Web chat: this tracker store cannot delete a conversation; use the "
                             "in-memory store (default) or Redis")
                return self._refuse(request, 501, "fout")
            return self._json(request, 200, {"tekst": answer("gewist")})

        return chat_bp
