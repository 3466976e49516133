"""Microsoft Teams channel: POST /webhooks/teams/api/messages (the bot's messaging endpoint).

Register in credentials.yml as `bot.channels.teams.TeamsInput:` (no values there: every setting
comes from the environment, see `TeamsConfig`). Without BOT_TEAMS_APP_ID, BOT_TEAMS_APP_PASSWORD
and BOT_TEAMS_TENANT_ID the channel is off: one log line at start-up says what to set, and the
route answers 503.

A request is handled like this:
1. its Bot Framework token is verified fully (bot.channels.botframework_auth); any failure is a
   401 and nothing else happens;
2. the activity is read (`parse_activity`); a button click arrives as `value` ({"payload": ...})
   and is read as the message, typed text as `text`; an activity of another tenant than
   BOT_TEAMS_TENANT_ID (channelData.tenant.id / conversation.tenantId) is refused with 403;
3. the request is answered 200 at once and the message is handled in a background task (one
   conversation at a time, in order), so slow answers do not make Teams retry;
4. the first answer of a conversation is preceded by the notice that the organisation's Teams
   administrators can technically read chats (content/kanalen.yml); group chats and channels get
   one Dutch sentence that the bot only talks one-to-one; empty, too long and too many messages
   get the shared Dutch refusals (bot.channels.common); only the payload of a button offered in
   the conversation's latest answer reaches Rasa as an intent, any other leading '/' is dropped
   (bot.channels.offers); the message carries metadata {"client": <hash of the Teams user id>};
5. the answers go to the Bot Connector: text as a message, buttons as hero cards with messageBack
   actions that carry the Rasa payload.

The Rasa conversation id is a hash of the Teams conversation id. No message text, name or Teams
id is logged or given to Rasa (the client key in the metadata is a keyed hash).
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import os
import re
import time
import traceback
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any
from urllib.parse import quote, urlsplit

import aiohttp
from rasa.core.channels.channel import InputChannel, OutputChannel, UserMessage
from sanic import Blueprint, response
from sanic.request import Request
from sanic.response import HTTPResponse
from yarl import URL

from bot.channels import botframework_auth as bfa
from bot.channels import client as clients
from bot.channels.common import FirstContact, admin_notice, check_text, refusal
from bot.channels.offers import OfferedButtons, dialogue_text
from bot.channels.server_limits import limit_request_size
from bot.content import fill, hulplijn_values, plain_texts

logger = logging.getLogger(__name__)

TEAMS_CHANNEL_ID = "msteams"
REQUIRED_VARIABLES = ("BOT_TEAMS_APP_ID", "BOT_TEAMS_APP_PASSWORD", "BOT_TEAMS_TENANT_ID")
DEFAULT_ALLOWED_SERVICE_URLS = ("https://smba.trafficmanager.net/",)
MAX_ACTIVITY_BYTES = 256 * 1024  # a Teams message is at most ~28 KB; the rest is headroom
MAX_ID_CHARS = 1024
# Teams shows at most 6 buttons on a card and silently drops the rest (msteams-docs#5356), so
# longer button lists are spread over several cards.
MAX_BUTTONS_PER_CARD = 6
SEND_TIMEOUT = aiohttp.ClientTimeout(total=15, connect=5)
SEND_ATTEMPTS = 4
MAX_RETRY_AFTER_SECONDS = 10.0
MAX_PENDING = 200  # messages being handled at once; beyond that 503, and Teams tries again
RATE_LIMIT = (20, 60.0)  # at most 20 messages per 60 s per conversation
DUPLICATE_WINDOW_SECONDS = 600

_GUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


# --- configuration ---------------------------------------------------------------------------

class ConfigError(ValueError):
    """The channel cannot be switched on. The message names the variables, never their values."""


@dataclass(frozen=True)
class TeamsConfig:
    """Settings, all from environment variables:

    BOT_TEAMS_APP_ID        required: the Microsoft App ID of the Azure Bot (a GUID)
    BOT_TEAMS_APP_PASSWORD  required: a client secret of that app registration
    BOT_TEAMS_TENANT_ID     required: the directory (tenant) id (a GUID) of the single-tenant app
                            registration; activities of any other tenant are refused
    BOT_TEAMS_OPENID_URL    the Bot Framework OpenID metadata (default: Microsoft's public cloud)
    BOT_TEAMS_TOKEN_URL     the token endpoint (default: login.microsoftonline.com/<tenant>/...)
    BOT_TEAMS_ISSUER        the issuer of inbound tokens (default https://api.botframework.com)
    BOT_TEAMS_SCOPE         the scope of our outbound token (default https://api.botframework.com/.default)
    BOT_TEAMS_ALLOWED_SERVICE_URLS  comma-separated serviceUrl prefixes we send answers to
                            (default https://smba.trafficmanager.net/, Teams in the public cloud)
    """

    app_id: str
    app_password: str = field(repr=False)
    tenant_id: str
    openid_url: str = bfa.BOTFRAMEWORK_OPENID_URL
    token_url: str = ""
    issuer: str = bfa.BOTFRAMEWORK_ISSUER
    scope: str = bfa.BOTFRAMEWORK_SCOPE
    allowed_service_urls: tuple[str, ...] = DEFAULT_ALLOWED_SERVICE_URLS

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> TeamsConfig:
        env = os.environ if environ is None else environ

        def get(name: str) -> str:
            return (env.get(name) or "").strip()

        missing = [name for name in REQUIRED_VARIABLES if not get(name)]
        if missing:
            raise ConfigError("set " + ", ".join(missing))
        app_id, tenant = get("BOT_TEAMS_APP_ID"), get("BOT_TEAMS_TENANT_ID")
        if not _GUID.fullmatch(app_id):
            raise ConfigError("BOT_TEAMS_APP_ID must be the app's Microsoft App ID (a GUID)")
        if not _GUID.fullmatch(tenant):
            raise ConfigError("BOT_TEAMS_TENANT_ID must be your directory (tenant) id, a GUID (not a "
                              "domain name, not common/organizations/consumers): activities are "
                              "compared with it")
        openid_url = get("BOT_TEAMS_OPENID_URL") or bfa.BOTFRAMEWORK_OPENID_URL
        token_url = get("BOT_TEAMS_TOKEN_URL") or bfa.TOKEN_URL_TEMPLATE.format(tenant=tenant)
        raw_allowed = get("BOT_TEAMS_ALLOWED_SERVICE_URLS")
        allowed = tuple(u.strip() for u in raw_allowed.split(",") if u.strip()) if raw_allowed \
            else DEFAULT_ALLOWED_SERVICE_URLS
        try:
            bfa.check_endpoint_url(openid_url, "BOT_TEAMS_OPENID_URL")
            bfa.check_endpoint_url(token_url, "BOT_TEAMS_TOKEN_URL")
            for url in allowed:
                bfa.check_endpoint_url(url, "each of BOT_TEAMS_ALLOWED_SERVICE_URLS")
        except ValueError as exc:
            raise ConfigError(str(exc)) from exc
        return cls(app_id=app_id, app_password=get("BOT_TEAMS_APP_PASSWORD"), tenant_id=tenant,
                   openid_url=openid_url, token_url=token_url,
                   issuer=get("BOT_TEAMS_ISSUER") or bfa.BOTFRAMEWORK_ISSUER,
                   scope=get("BOT_TEAMS_SCOPE") or bfa.BOTFRAMEWORK_SCOPE, allowed_service_urls=allowed)


@cache
def teams_texts() -> dict[str, str]:
    return plain_texts("teams.yml", required=("alleen_persoonlijk", "fout"))


def teams_text(key: str) -> str:
    return fill(teams_texts()[key], hulplijn_values())


# --- reading activities (pure) ---------------------------------------------------------------

class MalformedActivity(ValueError):
    """The activity lacks a field we need. The message names the field, never its content."""


@dataclass(frozen=True)
class ReplyTarget:
    """Where the answers to one incoming activity go. Lives only while it is being answered."""

    service_url: str
    conversation_id: str
    activity_id: str
    bot: dict
    user_id: str


@dataclass(frozen=True)
class Inbound:
    kind: str  # "message" | "not_personal" | "ignore"
    reason: str = ""  # for "ignore": safe to log
    target: ReplyTarget | None = None
    text: str | None = None
    client: str = ""  # the opaque client key (bot.channels.client.user_key)


def _field(data: Mapping, name: str, where: str = "activity") -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value or len(value) > MAX_ID_CHARS:
        raise MalformedActivity(f"{where}.{name} missing or not a string")
    return value


def _object(data: Mapping, name: str) -> Mapping:
    value = data.get(name)
    if not isinstance(value, Mapping):
        raise MalformedActivity(f"activity.{name} missing or not an object")
    return value


def message_text(activity: Mapping) -> str | None:
    """What the person said: a clicked button's payload (`value.payload`) before typed text."""
    value = activity.get("value")
    if isinstance(value, Mapping) and isinstance(value.get("payload"), str):
        return value["payload"]
    text = activity.get("text")
    return text if isinstance(text, str) else None


def parse_activity(activity: object) -> Inbound:
    """What to do with an (authenticated) activity; MalformedActivity when it cannot be answered."""
    if not isinstance(activity, Mapping):
        raise MalformedActivity("activity is not a JSON object")
    kind = activity.get("type")
    if not isinstance(kind, str):
        raise MalformedActivity("activity.type missing")
    _field(activity, "serviceUrl")
    if kind != "message":
        return Inbound("ignore", reason=f"activity type {kind[:40]!r}")
    channel = activity.get("channelId")
    if channel != TEAMS_CHANNEL_ID:
        return Inbound("ignore", reason=f"channel {str(channel)[:40]!r} (this bot answers in Teams only)")
    conversation, sender, recipient = (_object(activity, n) for n in ("conversation", "from", "recipient"))
    target = ReplyTarget(
        service_url=_field(activity, "serviceUrl"),
        conversation_id=_field(conversation, "id", "conversation"),
        activity_id=_field(activity, "id"),
        bot={"id": _field(recipient, "id", "recipient"),
             **({"name": recipient["name"]} if isinstance(recipient.get("name"), str) else {})},
        user_id=_field(sender, "id", "from"))
    conversation_type = conversation.get("conversationType", "personal")
    if conversation_type != "personal" or conversation.get("isGroup") is True:
        return Inbound("not_personal", target=target)
    return Inbound("message", target=target, text=message_text(activity))


def activity_tenant(activity: Mapping) -> str | None:
    """The tenant an activity comes from: channelData.tenant.id, else conversation.tenantId.
    When both are there they must agree (None otherwise)."""
    channel_data = activity.get("channelData")
    tenant = channel_data.get("tenant") if isinstance(channel_data, Mapping) else None
    from_channel_data = tenant.get("id") if isinstance(tenant, Mapping) else None
    conversation = activity.get("conversation")
    from_conversation = conversation.get("tenantId") if isinstance(conversation, Mapping) else None
    found = {t.lower() for t in (from_channel_data, from_conversation) if isinstance(t, str) and t}
    return found.pop() if len(found) == 1 else None


def tenant_allowed(activity: Mapping, tenant_id: str) -> bool:
    tenant = activity_tenant(activity)
    return tenant is not None and tenant == tenant_id.lower()


def conversation_key(conversation_id: str) -> str:
    """The Rasa sender id for a Teams conversation: a hash, so Teams ids do not reach Rasa."""
    return "teams-" + hashlib.sha256(("msteams\x00" + conversation_id).encode()).hexdigest()[:32]


# --- writing activities (pure) ---------------------------------------------------------------

def _reply(target: ReplyTarget, **fields: Any) -> dict:
    return {"type": "message", "from": dict(target.bot), "recipient": {"id": target.user_id},
            "conversation": {"id": target.conversation_id}, "replyToId": target.activity_id,
            "locale": "nl-NL", **fields}


def text_activity(target: ReplyTarget, text: str) -> dict:
    return _reply(target, text=text, textFormat="plain")


def card_action(button: Mapping) -> dict:
    """A Rasa button as a Teams card action. A payload becomes a messageBack whose click comes
    back as `value` {"payload": ...}; the title is what the chat shows as the person's answer."""
    title = str(button.get("title") or button.get("payload") or "")
    if button.get("url"):
        return {"type": "openUrl", "title": title, "value": str(button["url"])}
    payload = str(button.get("payload") or title)
    return {"type": "messageBack", "title": title, "displayText": title, "text": title,
            "value": {"payload": payload}}


def hero_card(text: str | None, actions: list[dict]) -> dict:
    content: dict[str, Any] = {"buttons": actions}
    if text:
        content["text"] = text
    return {"contentType": "application/vnd.microsoft.card.hero", "content": content}


def buttons_activity(target: ReplyTarget, text: str, buttons: Iterable[Mapping]) -> dict:
    """The text and its buttons as hero cards of at most MAX_BUTTONS_PER_CARD buttons each."""
    actions = [card_action(b) for b in buttons]
    chunks = [actions[i:i + MAX_BUTTONS_PER_CARD] for i in range(0, len(actions), MAX_BUTTONS_PER_CARD)] or [[]]
    cards = [hero_card(text if i == 0 else None, chunk) for i, chunk in enumerate(chunks)]
    return _reply(target, attachmentLayout="list", attachments=cards)


def image_activity(target: ReplyTarget, url: str) -> dict:
    return _reply(target, attachments=[{"contentType": "application/vnd.microsoft.card.hero",
                                        "content": {"images": [{"url": url}]}}])


def activities_url(service_url: str, conversation_id: str, reply_to_id: str | None) -> str:
    url = f"{bfa.normalise_service_url(service_url)}v3/conversations/{quote(conversation_id, safe='')}/activities"
    return f"{url}/{quote(reply_to_id, safe='')}" if reply_to_id else url


def retry_delay(attempt: int, retry_after: str | None) -> float:
    """Seconds to wait before attempt `attempt + 1` (Retry-After when given, capped)."""
    if retry_after:
        try:
            return max(0.0, min(float(retry_after), MAX_RETRY_AFTER_SECONDS))
        except ValueError:
            pass
    return min(0.5 * 2 ** attempt, MAX_RETRY_AFTER_SECONDS)


# --- small in-memory guards ------------------------------------------------------------------

class MessageRate:
    """At most `limit` messages per `window` seconds per conversation key. `check` says "ok",
    "too_fast" for the first message over the limit (answered with the Dutch refusal) and "drop"
    for the ones after it in the same window (not answered, so a flood gets one answer)."""

    def __init__(self, limit: int = RATE_LIMIT[0], window: float = RATE_LIMIT[1],
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.limit, self.window, self._clock = limit, window, clock
        self._times: dict[str, deque[float]] = {}
        self._refused: dict[str, float] = {}

    def check(self, key: str) -> str:
        now = self._clock()
        for other in [k for k, t in self._times.items() if not t or now - t[-1] >= self.window]:
            del self._times[other]
            self._refused.pop(other, None)
        times = self._times.setdefault(key, deque())
        while times and now - times[0] >= self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(now)
            return "ok"
        refused_at = self._refused.get(key)
        if refused_at is not None and now - refused_at < self.window:
            return "drop"
        self._refused[key] = now
        return "too_fast"


class RecentIds:
    """Activity ids seen in the last `window` seconds, so a redelivered activity is answered once."""

    def __init__(self, window: float = DUPLICATE_WINDOW_SECONDS, cap: int = 10000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.window, self.cap, self._clock = window, cap, clock
        self._seen: OrderedDict[str, float] = OrderedDict()

    def seen_before(self, key: str) -> bool:
        now = self._clock()
        while self._seen and (len(self._seen) > self.cap or now - next(iter(self._seen.values())) >= self.window):
            self._seen.popitem(last=False)
        if key in self._seen:
            return True
        self._seen[key] = now
        return False


# --- sending ---------------------------------------------------------------------------------

class Connector:
    """Posts activities to the Bot Connector with our bearer token; retries 429/5xx and refreshes
    the token once on 401. Never raises: a failed delivery is logged (status only) and reported
    as False, so the dialogue state is still saved."""

    def __init__(self, credentials: bfa.ClientCredentials, session: Callable[[], aiohttp.ClientSession],
                 allowed_service_urls: Iterable[str], sleep: Callable[[float], Awaitable] = asyncio.sleep) -> None:
        self.credentials = credentials
        self._session = session
        self.allowed = tuple(allowed_service_urls)
        self._sleep = sleep

    async def send(self, target: ReplyTarget, activity: Mapping) -> bool:
        if not bfa.service_url_allowed(target.service_url, self.allowed):
            logger.error("Teams: not sending to serviceUrl host %r: not in BOT_TEAMS_ALLOWED_SERVICE_URLS",
                         urlsplit(target.service_url).hostname)
            return False
        # encoded=True: the ids go on the wire exactly as quoted (":" "@" ";" escaped), as
        # Microsoft's SDKs send them; yarl would otherwise unescape some of them.
        url = URL(activities_url(target.service_url, target.conversation_id, target.activity_id), encoded=True)
        body = json.dumps(activity, ensure_ascii=False).encode("utf-8")
        refreshed = False
        for attempt in range(SEND_ATTEMPTS):
            try:
                token = await self.credentials.token()
            except bfa.OutboundAuthError as exc:
                logger.error("Teams: no access token for the Bot Connector: %s", exc)
                return False
            retry_after = None
            try:
                async with self._session().post(
                        url, data=body, timeout=SEND_TIMEOUT, allow_redirects=False,
                        headers={"Authorization": f"Bearer {token}",
                                 "Content-Type": "application/json; charset=utf-8"}) as resp:
                    status = resp.status
                    retry_after = resp.headers.get("Retry-After")
                    await resp.read()
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                status = None
                logger.warning("Teams: sending failed (%s), attempt %d", type(exc).__name__, attempt + 1)
            if status is not None and 200 <= status < 300:
                return True
            if status in (401, 403) and not refreshed:
                self.credentials.invalidate()
                refreshed = True
                continue
            if status is not None and status not in (429, 500, 502, 503, 504):
                break
            if attempt + 1 < SEND_ATTEMPTS:
                await self._sleep(retry_delay(attempt, retry_after))
        logger.error("Teams: the Bot Connector did not take an answer (last status %s)", status)
        return False


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

    async def _send(self, activity: Mapping) -> None:
        if await self.connector.send(self.target, activity):
            self.sent += 1

    async def send_text_message(self, recipient_id: str, text: str, **kwargs: Any) -> None:
        await self._send(text_activity(self.target, text))

    async def send_text_with_buttons(self, recipient_id: str, text: str, buttons: list[dict[str, Any]],
                                     **kwargs: Any) -> None:
        self.payloads += [str(b["payload"]) for b in buttons if not b.get("url") and b.get("payload")]
        await self._send(buttons_activity(self.target, text, buttons))

    async def send_quick_replies(self, recipient_id: str, text: str, quick_replies: list[dict[str, Any]],
                                 **kwargs: Any) -> None:
        await self.send_text_with_buttons(recipient_id, text, quick_replies)

    async def send_image_url(self, recipient_id: str, image: str, **kwargs: Any) -> None:
        await self._send(image_activity(self.target, image))

    async def send_custom_json(self, recipient_id: str, json_message: dict[str, Any], **kwargs: Any) -> None:
        await self._send({**_reply(self.target), **json_message})


# --- the input channel -----------------------------------------------------------------------

class TeamsInput(InputChannel):
    @classmethod
    def name(cls) -> str:
        return "teams"

    @classmethod
    def from_credentials(cls, credentials: Mapping | None) -> TeamsInput:
        if credentials:
            logger.warning("Teams: values under bot.channels.teams.TeamsInput in credentials.yml are ignored; "
                           "the channel reads BOT_TEAMS_* environment variables only")
        try:
            config = TeamsConfig.from_env()
        except ConfigError as exc:
            logger.warning("Teams channel is off: %s (see docs/channels/teams.md)", exc)
            return cls(None)
        return cls(config)

    def __init__(self, config: TeamsConfig | None) -> None:
        self.config = config
        self.first_contact = FirstContact()
        self.offers = OfferedButtons()
        self.rate = MessageRate()
        self.recent = RecentIds()
        self._http: aiohttp.ClientSession | None = None
        self._pending: set[asyncio.Task] = set()
        self._tails: dict[str, asyncio.Task] = {}
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
                self._track(asyncio.create_task(self._warm_keys()), None)

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
        previous = self._tails.get(key_)
        task = asyncio.create_task(self._handle_after(previous, inbound, key_, on_new_message))
        self._track(task, key_)
        return response.empty(status=200)

    @staticmethod
    def _unauthorized(exc: bfa.AuthError) -> HTTPResponse:
        logger.warning("Teams: refused a request: %s", exc.reason)
        return response.json({"error": "unauthorized"}, status=401)

    def _track(self, task: asyncio.Task, key: str | None) -> None:
        self._pending.add(task)
        if key is not None:
            self._tails[key] = task

        def done(finished: asyncio.Task) -> None:
            self._pending.discard(finished)
            if key is not None and self._tails.get(key) is finished:
                del self._tails[key]

        task.add_done_callback(done)

    async def _handle_after(self, previous: asyncio.Task | None, inbound: Inbound, key: str,
                            on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        if previous is not None:
            await asyncio.wait({previous})  # answers of one conversation stay in order
        out = TeamsOutput(self.connector, inbound.target)
        try:
            await self.handle(inbound, key, out, on_new_message)
        except Exception as exc:  # noqa: BLE001 - a failed answer must not kill the channel
            # The type and the code lines, never the exception's message (it may quote the text).
            logger.error("Teams: answering failed with %s\n%s", type(exc).__name__,
                         "".join(traceback.format_tb(exc.__traceback__)))
            await out.send_text_message(key, teams_text("fout"))

    async def handle(self, inbound: Inbound, key: str, out: TeamsOutput,
                     on_new_message: Callable[[UserMessage], Awaitable[Any]]) -> None:
        """Answer one message: notice, refusals, or the dialogue."""
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
            self.offers.offer(key, out.payloads)
