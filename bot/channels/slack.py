"""The Slack channel: POST /webhooks/slack/webhook takes Slack's Events API requests and
Interactivity requests (button clicks); answers go out through Slack's Web API (chat.postMessage).

Register it in credentials.yml as `bot.channels.slack.SlackInput:` (no values there). It is off
unless BOT_SLACK_BOT_TOKEN and BOT_SLACK_SIGNING_SECRET are set: then its route answers 503 and
one log line at start-up names the variables. BOT_SLACK_API_URL (default https://slack.com/api)
points it elsewhere, e.g. at the local fake Web API in the tests.

Every request must carry Slack's signature (bot/channels/slack_protocol.py); anything else gets 401.
A signed request is answered 200 at once and handled in the background, so a slow answer never makes
Slack retry; a retried or replayed delivery that was already taken is acknowledged and ignored.
Messages of one conversation are handled one at a time, in the order they came in. The first
answer of a conversation is preceded by the notice that Slack's administrators can read chats.
A conversation is one person in one direct message or thread (bot.channels.slack_protocol), so
writing in another person's thread starts a conversation of one's own. Only the payload of a
button offered in the conversation's latest answer reaches Rasa as an intent, any other leading
'/' is dropped (bot.channels.offers); each message carries metadata {"client": <hash of the
Slack user>}.

Nothing a person writes is logged: log lines name reasons and error codes only.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request

from bot.channels import client as clients
from bot.channels.common import FirstContact, admin_notice, check_text, refusal
from bot.channels.offers import OfferedButtons, dialogue_text
from bot.channels.server_limits import limit_request_size
from bot.channels.slack_protocol import (
    Challenge,
    DeliveryBook,
    FloodGuard,
    Ignored,
    Incoming,
    clicked_update,
    parse_event,
    parse_interaction,
    post_message,
    signature_problem,
)
from bot.content import fill, hulplijn_values, plain_texts

logger = logging.getLogger(__name__)

TOKEN_VAR, SECRET_VAR, API_URL_VAR = "BOT_SLACK_BOT_TOKEN", "BOT_SLACK_SIGNING_SECRET", "BOT_SLACK_API_URL"
DEFAULT_API_URL = "https://slack.com/api"
# Slack messages are at most 40,000 characters; their JSON with blocks stays well under this.
MAX_BODY_BYTES = 1024 * 1024
# Slack's Web API: connect within 5 s, a whole call within 10 s; a 429 is waited out once, up to 10 s.
TIMEOUT = aiohttp.ClientTimeout(total=10, connect=5)
MAX_RETRY_AFTER_SECONDS = 10.0


@dataclass(frozen=True)
class SlackConfig:
    bot_token: str
    signing_secret: str
    api_url: str = DEFAULT_API_URL

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> tuple[SlackConfig | None, list[str]]:
        """(config, []) when the required variables are set, else (None, the missing names)."""
        env = os.environ if env is None else env
        token, secret = env.get(TOKEN_VAR, "").strip(), env.get(SECRET_VAR, "").strip()
        missing = [name for name, value in ((TOKEN_VAR, token), (SECRET_VAR, secret)) if not value]
        if missing:
            return None, missing
        api_url = (env.get(API_URL_VAR, "").strip() or DEFAULT_API_URL).rstrip("/")
        if not api_url.startswith(("https://", "http://")):
            raise ValueError(f"{API_URL_VAR} must be an http(s) URL, got {api_url!r}")
        return cls(token, secret, api_url), []


@cache
def slack_texts() -> dict[str, str]:
    return plain_texts("slack.yml", required=("gekozen", "fout"))


def error_text() -> str:
    return fill(slack_texts()["fout"], hulplijn_values())


class SlackApiError(Exception):
    """Slack's Web API said no (its error code, e.g. invalid_auth) or could not be reached."""

    def __init__(self, method: str, error: str) -> None:
        super().__init__(f"{method}: {error}")
        self.method, self.error = method, error


class SlackApi:
    """A small Slack Web API client (aiohttp): bearer token, JSON bodies, timeouts."""

    def __init__(self, token: str, base_url: str = DEFAULT_API_URL,
                 timeout: aiohttp.ClientTimeout = TIMEOUT) -> None:
        self._token, self.base_url, self._timeout = token, base_url.rstrip("/"), timeout
        self._session: aiohttp.ClientSession | None = None

    async def call(self, method: str, body: dict) -> dict:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        data = json.dumps(body, ensure_ascii=False).encode()
        headers = {"Authorization": f"Bearer {self._token}", "Content-Type": "application/json; charset=utf-8"}
        for attempt in (1, 2):
            try:
                async with self._session.post(f"{self.base_url}/{method}", data=data, headers=headers) as resp:
                    if resp.status == 429 and attempt == 1:
                        await asyncio.sleep(_retry_after(resp.headers.get("Retry-After")))
                        continue
                    if resp.status != 200:
                        raise SlackApiError(method, f"http_{resp.status}")
                    answer = await resp.json(content_type=None)
            except (aiohttp.ClientError, asyncio.TimeoutError, ValueError) as exc:
                raise SlackApiError(method, type(exc).__name__) from exc
            if not isinstance(answer, dict) or not answer.get("ok"):
                error = answer.get("error") if isinstance(answer, dict) else None
                raise SlackApiError(method, str(error or "not_ok")[:80])
            return answer
        raise SlackApiError(method, "rate_limited")

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


def _retry_after(header: str | None) -> float:
    try:
        return min(max(float(header or 1), 0.0), MAX_RETRY_AFTER_SECONDS)
    except ValueError:
        return 1.0


class SlackOutput(OutputChannel):
    """Posts the dialogue's answers into one direct message or thread. A failed post is logged
    (error code only) and the dialogue goes on."""

    def __init__(self, api: SlackApi, channel: str, thread_ts: str | None) -> None:
        self.api, self.channel, self.thread_ts = api, channel, thread_ts
        self.failures = 0
        self.payloads: list[str] = []  # the buttons offered in this answer

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
        await self.post(text, buttons)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self.post(image)

    async def send_attachment(self, recipient_id: str, attachment, **kwargs: Any) -> None:
        await self.post(str(attachment))

    async def send_custom_json(self, recipient_id: str, json_message, **kwargs: Any) -> None:
        logger.warning("Slack: a custom response was not sent (not supported by this channel)")


class SlackInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "slack"

    @classmethod
    def from_credentials(cls, credentials: dict | None) -> SlackInput:
        if credentials:
            logger.warning("Slack: values under the channel in credentials.yml are ignored; "
                           "set %s and %s in the environment", TOKEN_VAR, SECRET_VAR)
        config, missing = SlackConfig.from_env()
        if config is None:
            logger.warning("Slack channel is off: set %s to switch it on (see docs/channels/slack.md)",
                           " and ".join(missing))
        return cls(config)

    def __init__(self, config: SlackConfig | None, clock: Callable[[], float] = time.time) -> None:
        self.config = config
        self.api = SlackApi(config.bot_token, config.api_url) if config else None
        self._clock = clock
        self.deliveries = DeliveryBook()
        self.first_contact = FirstContact()
        self.offers = OfferedButtons()
        self.flood = FloodGuard()
        self._tasks: set[asyncio.Task] = set()
        self._queues: dict[str, list] = {}  # conversation id -> [lock, users]

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
        """Admin notice (first time), then the dialogue's answer, or a refusal in Dutch."""
        out = SlackOutput(self.api, incoming.channel, incoming.thread_ts)
        async with self._in_order(incoming.conversation_id):
            try:
                if incoming.click is not None:
                    await self._show_choice(incoming)
                if self.first_contact.is_first(incoming.conversation_id):
                    await out.post(admin_notice("slack"))
                flood = self.flood.check(incoming.conversation_id)
                if flood == "drop":
                    return
                refused = refusal("too_fast") if flood == "warn" else check_text(incoming.text)
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
                    self.offers.offer(incoming.conversation_id, out.payloads)
            except Exception as exc:  # noqa: BLE001 - a background task must tell the person, not die
                logger.error("Slack: a message could not be handled (%s)", type(exc).__name__)
                await out.post(error_text())

    async def _show_choice(self, incoming: Incoming) -> None:
        try:
            await self.api.call("chat.update", clicked_update(incoming.channel, incoming.click,
                                                              slack_texts()["gekozen"]))
        except SlackApiError as exc:
            logger.warning("Slack: clicked buttons could not be replaced (%s)", exc.error)

    @contextlib.asynccontextmanager
    async def _in_order(self, key: str):
        entry = self._queues.setdefault(key, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0]:
                yield
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._queues[key]


def _retry_number(value: str | None) -> str:
    return value if value and value.isdigit() and len(value) < 4 else "-"
