"""The Teams channel in Rasa: TeamsInput (POST /webhooks/teams/api/messages) and TeamsOutput.
See the package docstring for how a request is handled."""

from __future__ import annotations

import asyncio
import json
import logging
import traceback
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import replace
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse

from bot.channels import client as clients
from bot.channels import guards
from bot.channels.common import ChatAppStart, admin_notice, check_text, refusal
from bot.channels.offers import dialogue_text, offered_buttons
from bot.channels.server_limits import limit_request_size
from bot.channels.teams import auth as bfa
from bot.channels.teams.config import TeamsConfig
from bot.channels.teams.connector import Connector
from bot.channels.teams.protocol import (
    Inbound,
    MalformedActivity,
    ReplyTarget,
    buttons_activity,
    conversation_key,
    image_activity,
    parse_activity,
    reply_activity,
    tenant_allowed,
    text_activity,
)
from bot.content import fill, hulplijn_values, plain_texts

logger = logging.getLogger("bot.channels.teams")

MAX_ACTIVITY_BYTES = 256 * 1024  # a Teams message is at most ~28 KB; the rest is headroom
MAX_PENDING = 200  # messages being handled at once; beyond that 503, and Teams tries again


@cache
def teams_texts() -> dict[str, str]:
    return plain_texts("teams.yml", required=("alleen_persoonlijk", "fout"))


def teams_text(key: str) -> str:
    return fill(teams_texts()[key], hulplijn_values())


class TeamsOutput(OutputChannel):
    """Sends Rasa's answers for one incoming activity to its Teams conversation."""

    @classmethod
    def name(cls) -> str:
        return "teams"

    def __init__(self, connector: Connector, target: ReplyTarget) -> None:
        self.connector = connector
        self.target = target
        self.sent = 0
        self.payloads: list[str] = []  # the buttons offered in this answer
        self.titles: list[tuple[str, str]] = []  # (title, payload): a typed title is the click

    async def _send(self, activity: Mapping) -> None:
        if await self.connector.send(self.target, activity):
            self.sent += 1

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(text_activity(self.target, text))

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        self.payloads += [str(b["payload"]) for b in buttons if not b.get("url") and b.get("payload")]
        self.titles += [(str(b["title"]), str(b["payload"])) for b in buttons
                        if not b.get("url") and b.get("payload") and b.get("title")]
        await self._send(buttons_activity(self.target, text, buttons))

    async def send_quick_replies(self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]],
                                 **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self._send(image_activity(self.target, image))

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self._send({**reply_activity(self.target), **json_message})


# --- the input channel -----------------------------------------------------------------------

class TeamsInput(ChatAppStart, InputChannel):
    NAME, LABEL, VARIABLES, GUIDE = "teams", "Teams", "BOT_TEAMS_*", "docs/channels/teams.md"
    LOG, CONFIG = logger, TeamsConfig

    def __init__(self, config: TeamsConfig | None, settings: guards.GuardSettings | None = None) -> None:
        self.config = config
        settings = settings or guards.GuardSettings()
        store = guards.store_from(settings)
        self.first_contact = guards.FirstContact("teams", settings.conversation_ttl_seconds, store)
        self.offers = offered_buttons(store)
        self.rate = guards.RateLimit("teams-messages", settings.messages_per_minute, store=store)
        self.recent = guards.SeenIds("teams-activities", store=store)
        self.queue = guards.ConversationQueue()
        self._http: aiohttp.ClientSession | None = None
        self._pending: set[asyncio.Task] = set()
        if config is not None:
            self.keys = bfa.OpenIdKeys(config.openid_url, self._session)
            self.connector = Connector(
                bfa.ClientCredentials(config.token_url, config.app_id, config.app_password, self._session,
                                      scope=config.scope),
                self._session, config.allowed_service_urls)
            logger.info("Teams channel is on for app %s (tenant %s)", config.app_id, config.tenant_id)

    def _session(self) -> aiohttp.ClientSession:
        if self._http is None or self._http.closed:
            self._http = aiohttp.ClientSession()
        return self._http

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        teams = Blueprint("teams_webhook", __name__)
        limit_request_size(teams)

        @teams.route("/api/messages", methods=["POST"])
        async def messages(request: Request) -> HTTPResponse:
            return await self.receive(request.headers.get("Authorization"), request.body, on_new_message)

        @teams.listener("after_server_start")
        async def warm_keys(app, loop) -> None:
            if self.config is not None:
                self._track(asyncio.create_task(self._warm_keys()))

        @teams.listener("before_server_stop")
        async def close(app, loop) -> None:
            if self._pending:
                await asyncio.wait(set(self._pending), timeout=10)
            if self._http is not None:
                await self._http.close()

        return teams

    async def _warm_keys(self) -> None:
        try:
            await self.keys.key("")
            logger.info("Teams: Bot Framework signing keys loaded")
        except bfa.KeysUnavailable:
            pass  # OpenIdKeys logged why; the next request tries again

    async def receive(self, authorization: str | None, body: bytes | None,
                      on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> HTTPResponse:
        """Checks one POST and schedules its handling; the HTTP answer for the Bot Connector."""
        if self.config is None:
            return response.json({"error": "the Teams channel is not configured"}, status=503)
        if body is not None and len(body) > MAX_ACTIVITY_BYTES:
            return response.json({"error": "activity too large"}, status=413)
        try:
            token = bfa.parse_bearer(authorization)
            _, kid = bfa.unverified_header(token)
        except bfa.AuthError as exc:
            return self._unauthorized(exc)
        try:
            activity = json.loads(body or b"")
        except ValueError:
            return response.json({"error": "body is not JSON"}, status=400)
        if not isinstance(activity, Mapping):
            return response.json({"error": "body is not a JSON object"}, status=400)
        try:
            key = await self.keys.key(kid)
        except bfa.KeysUnavailable:
            return response.json({"error": "signing keys unavailable"}, status=503)
        try:
            bfa.verify_activity_token(token, activity, key, app_id=self.config.app_id,
                                      issuer=self.config.issuer, algorithms=self.keys.algorithms)
        except bfa.AuthError as exc:
            return self._unauthorized(exc)

        try:
            inbound = parse_activity(activity)
        except MalformedActivity as exc:
            logger.warning("Teams: malformed activity: %s", exc)
            return response.json({"error": str(exc)}, status=400)
        if inbound.kind == "ignore":
            logger.info("Teams: ignored %s", inbound.reason)
            return response.empty(status=200)
        if not tenant_allowed(activity, self.config.tenant_id):
            logger.warning("Teams: refused an activity of another tenant (not BOT_TEAMS_TENANT_ID)")
            return response.json({"error": "tenant not allowed"}, status=403)
        inbound = replace(inbound, client=clients.user_key("teams", inbound.target.user_id))
        target = inbound.target
        if not bfa.service_url_allowed(target.service_url, self.config.allowed_service_urls):
            logger.warning("Teams: refused serviceUrl host %r; add it to BOT_TEAMS_ALLOWED_SERVICE_URLS "
                           "if it is a Microsoft Bot Connector", urlsplit(target.service_url).hostname)
            return response.json({"error": "serviceUrl not allowed"}, status=403)
        if len(self._pending) >= MAX_PENDING:  # before the duplicate check: the retry must get through
            logger.warning("Teams: %d messages in progress; asking the Bot Connector to retry", len(self._pending))
            return response.json({"error": "busy"}, status=503, headers={"Retry-After": "5"})
        key_ = conversation_key(target.conversation_id)
        if self.recent.seen_before(key_ + "\x00" + target.activity_id):
            return response.empty(status=200)
        self._track(asyncio.create_task(self._handle_in_turn(inbound, key_, on_new_message)))
        return response.empty(status=200)

    @staticmethod
    def _unauthorized(exc: bfa.AuthError) -> HTTPResponse:
        logger.warning("Teams: refused a request: %s", exc.reason)
        return response.json({"error": "unauthorized"}, status=401)

    def _track(self, task: asyncio.Task) -> None:
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)

    async def _handle_in_turn(self, inbound: Inbound, key: str,
                              on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        out = TeamsOutput(self.connector, inbound.target)
        async with self.queue.turn(key):  # answers of one conversation stay in order
            try:
                await self.handle(inbound, key, out, on_new_message)
            except Exception as exc:  # noqa: BLE001 - a failed answer must not kill the channel
                # The type and the code lines, never the exception's message (it may quote the text).
                logger.error("Teams: answering failed with %s\n%s", type(exc).__name__,
                             "".join(traceback.format_tb(exc.__traceback__)))
                await out.send_text_message(key, teams_text("fout"))

    async def handle(self, inbound: Inbound, key: str, out: TeamsOutput,
                     on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        """Answer one message: the rate limit first (a dropped message gets nothing, not even the
        admin notice), then the notice, refusals, or the dialogue. Slack does the same."""
        rate = self.rate.check(key)
        if rate != "ok":
            if rate == "too_fast":
                await out.send_text_message(key, refusal("too_fast").text)
            return
        if inbound.kind == "not_personal":
            await out.send_text_message(key, teams_text("alleen_persoonlijk"))
            return
        if self.first_contact.is_first(key):
            await out.send_text_message(key, admin_notice("teams"))
        refused = check_text(inbound.text)
        text = dialogue_text(self.offers, key, inbound.text) if refused is None else ""
        if refused is None and not text:
            refused = refusal("empty")
        if refused is not None:
            await out.send_text_message(key, refused.text)
            return
        try:
            await on_new_message(UserMessage(text=text, output_channel=out, sender_id=key,
                                             input_channel=self.name(),
                                             metadata=clients.metadata(inbound.client)))
        finally:
            self.offers.offer(key, out.payloads, out.titles)

