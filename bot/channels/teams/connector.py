"""Posting activities to the Bot Connector: bearer token, retries on 429/5xx (Retry-After read by
bot.channels.guards), one token refresh on 401/403."""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Iterable, Mapping
from urllib.parse import urlsplit

import aiohttp
from yarl import URL

from bot.channels.guards import MAX_RETRY_AFTER_SECONDS, retry_after_seconds
from bot.channels.teams import auth as bfa
from bot.channels.teams.protocol import ReplyTarget, activities_url

logger = logging.getLogger("bot.channels.teams")

SEND_TIMEOUT = aiohttp.ClientTimeout(total=15, connect=5)
SEND_ATTEMPTS = 4


def retry_delay(attempt: int, retry_after: str | None) -> float:
    """Seconds to wait before attempt `attempt + 1`: Retry-After when given (capped), else an
    exponential back-off from half a second."""
    seconds = retry_after_seconds(retry_after)
    return seconds if seconds is not None else min(0.5 * 2 ** attempt, MAX_RETRY_AFTER_SECONDS)


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

