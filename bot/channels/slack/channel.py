"""The Slack channel in Rasa: SlackInput (POST /webhooks/slack/webhook) and SlackOutput. See the
package docstring for how a request is handled."""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from functools import cache
from typing import Any

from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request

from bot.channels import client as clients
from bot.channels import guards
from bot.channels.common import ChatAppStart, admin_notice, check_text, refusal
from bot.channels.offers import dialogue_text, offered_buttons
from bot.channels.server_limits import limit_request_size
from bot.channels.slack.api import SlackApi, SlackApiError
from bot.channels.slack.config import SlackConfig
from bot.channels.slack.protocol import (
    Challenge,
    Ignored,
    Incoming,
    clicked_update,
    parse_event,
    parse_interaction,
    post_message,
    signature_problem,
)
from bot.content import fill, hulplijn_values, plain_texts

logger = logging.getLogger("bot.channels.slack")

# Slack messages are at most 40,000 characters; their JSON with blocks stays well under this.
MAX_BODY_BYTES = 1024 * 1024


@cache
def slack_texts() -> dict[str, str]:
    return plain_texts("slack.yml", required=("gekozen", "fout"))


def error_text() -> str:
    return fill(slack_texts()["fout"], hulplijn_values())



class SlackOutput(OutputChannel):
    """Posts the dialogue's answers into one direct message or thread. A failed post is logged
    (error code only) and the dialogue goes on."""

    def __init__(self, api: SlackApi, channel: str, thread_ts: str | None) -> None:
        self.api, self.channel, self.thread_ts = api, channel, thread_ts
        self.failures = 0
        self.payloads: list[str] = []  # the buttons offered in this answer
        self.titles: list[tuple[str, str]] = []  # (title, payload): a typed title is the click

    @classmethod
    def name(cls) -> str:
        return "slack"

    async def post(self, text: str, buttons=()) -> dict | None:
        try:
            return await self.api.call("chat.postMessage",
                                       post_message(self.channel, text, buttons, self.thread_ts))
        except SlackApiError as exc:
            self.failures += 1
            logger.error("Slack: an answer could not be posted (%s)", exc.error)
            return None

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self.post(text)

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons, **kwargs: Any) -> None:
        self.payloads += [str(b["payload"]) for b in buttons if isinstance(b, Mapping) and b.get("payload")]
        self.titles += [(str(b["title"]), str(b["payload"])) for b in buttons
                        if isinstance(b, Mapping) and b.get("payload") and b.get("title")]
        await self.post(text, buttons)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.post(image)

    async def send_attachment(self, recipient_id: str, attachment, **kwargs: Any) -> None:
        await self.post(str(attachment))

    async def send_custom_json(self, recipient_id: str, json_message, **kwargs: Any) -> None:
        logger.warning("Slack: a custom response was not sent (not supported by this channel)")


class SlackInput(ChatAppStart, InputChannel):
    NAME, LABEL, VARIABLES, GUIDE = "slack", "Slack", "BOT_SLACK_*", "docs/channels/slack.md"
    LOG, CONFIG = logger, SlackConfig

    def __init__(self, config: SlackConfig | None, clock: Callable[[], float] = time.time,
                 settings: guards.GuardSettings | None = None) -> None:
        self.config = config
        self.api = SlackApi(config.bot_token, config.api_url) if config else None
        self._clock = clock
        settings = settings or guards.GuardSettings()
        store = guards.store_from(settings)
        self.deliveries = guards.SeenIds("slack-deliveries", store=store)
        self.first_contact = guards.FirstContact("slack", settings.conversation_ttl_seconds, store)
        self.offers = offered_buttons(store)
        self.rate = guards.RateLimit("slack-messages", settings.messages_per_minute, store=store)
        self.queue = guards.ConversationQueue()
        self._tasks: set[asyncio.Task] = set()

    def blueprint(self, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> Blueprint:
        slack = Blueprint("slack_webhook", __name__)
        limit_request_size(slack)

        @slack.route("/webhook", methods=["POST"])
        async def webhook(request: Request):
            if self.config is None:
                return response.text("The Slack channel is not configured.\n", status=503)
            return await self.receive(request.body or b"", request.headers, on_new_message)

        @slack.listener("before_server_stop")
        async def close(app, loop) -> None:
            if self.api is not None:
                await self.api.close()

        return slack

    async def receive(self, body: bytes, headers: Mapping[str, str],
                      on_new_message: Callable[[UserMessage], Awaitable[Any]]):
        """One webhook request: check it, answer at once, handle the message in the background."""
        if len(body) > MAX_BODY_BYTES:
            return response.text("Request too large.\n", status=413)
        problem = signature_problem(self.config.signing_secret, headers.get("X-Slack-Request-Timestamp"),
                                    headers.get("X-Slack-Signature"), body, self._clock())
        if problem:
            logger.warning("Slack: request refused (%s)", problem)
            return response.text("Invalid or missing Slack signature.\n", status=401)
        content_type = (headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            if content_type == "application/json":
                outcome = parse_event(json.loads(body))
            elif content_type == "application/x-www-form-urlencoded":
                outcome = parse_interaction(body)
            else:
                return response.text("Unsupported content type.\n", status=415)
        except (ValueError, UnicodeDecodeError):
            logger.warning("Slack: malformed request body refused")
            return response.text("Malformed request body.\n", status=400)
        if isinstance(outcome, Challenge):
            return response.json({"challenge": outcome.value})
        if isinstance(outcome, Ignored):
            logger.debug("Slack: delivery needs no answer (%s)", outcome.reason)
            return response.empty(status=200)
        if not self.deliveries.first_time(outcome.delivery_keys):
            logger.info("Slack: delivery already taken, ignored (retry number %s)",
                        _retry_number(headers.get("X-Slack-Retry-Num")))
            return response.empty(status=200, headers={"X-Slack-No-Retry": "1"})
        task = asyncio.create_task(self.handle(outcome, on_new_message))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return response.empty(status=200)

    async def handle(self, incoming: Incoming, on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        """The rate limit first (a dropped message gets nothing, not even the admin notice, as in
        Teams), then the admin notice (first time), then the dialogue's answer, or a refusal in Dutch."""
        out = SlackOutput(self.api, incoming.channel, incoming.thread_ts)
        async with self.queue.turn(incoming.conversation_id):
            try:
                rate = self.rate.check(incoming.conversation_id)
                if rate == "drop":
                    return
                if incoming.click is not None:
                    await self._show_choice(incoming)
                if self.first_contact.is_first(incoming.conversation_id):
                    await out.post(admin_notice("slack"))
                refused = refusal("too_fast") if rate == "too_fast" else check_text(incoming.text)
                text = dialogue_text(self.offers, incoming.conversation_id, incoming.text) if refused is None else ""
                if refused is None and not text:
                    refused = refusal("empty")
                if refused is not None:
                    logger.info("Slack: message refused (%s)", refused.reason)
                    await out.post(refused.text)
                    return
                try:
                    await on_new_message(UserMessage(
                        text, out, incoming.conversation_id, input_channel=self.name(),
                        metadata=clients.metadata(clients.user_key("slack", incoming.user))))
                finally:
                    self.offers.offer(incoming.conversation_id, out.payloads, out.titles)
            except Exception as exc:  # noqa: BLE001 - a background task must tell the person, not die
                logger.error("Slack: a message could not be handled (%s)", type(exc).__name__)
                await out.post(error_text())

    async def _show_choice(self, incoming: Incoming) -> None:
        try:
            await self.api.call("chat.update", clicked_update(incoming.channel, incoming.click,
                                                              slack_texts()["gekozen"]))
        except SlackApiError as exc:
            logger.warning("Slack: clicked buttons could not be replaced (%s)", exc.error)


def _retry_number(value: str | None) -> str:
    return value if value and value.isdigit() and len(value) < 4 else "-"

