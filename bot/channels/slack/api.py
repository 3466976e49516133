"""A small Slack Web API client (aiohttp): bearer token, JSON bodies, timeouts; a 429 is waited
out once (Retry-After read by bot.channels.guards, at most 10 s)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable

import aiohttp

from bot.channels.guards import retry_after_seconds
from bot.channels.slack.config import DEFAULT_API_URL

# Slack's Web API: connect within 5 s, a whole call within 10 s.
TIMEOUT = aiohttp.ClientTimeout(total=10, connect=5)
DEFAULT_RETRY_SECONDS = 1.0  # a 429 without a readable Retry-After


class SlackApiError(Exception):
    """Slack's Web API said no (its error code, e.g. invalid_auth) or could not be reached."""

    def __init__(self, method: str, error: str) -> None:
        super().__init__(f"{method}: {error}")
        self.method, self.error = method, error


class SlackApi:
    """A small Slack Web API client (aiohttp): bearer token, JSON bodies, timeouts."""

    def __init__(self, token: str, base_url: str = DEFAULT_API_URL,
                 timeout: aiohttp.ClientTimeout = TIMEOUT,
                 sleep: Callable[[float], Awaitable] = asyncio.sleep) -> None:
        self._token, self.base_url, self._timeout = token, base_url.rstrip("/"), timeout
        self._sleep = sleep  # how a Retry-After is waited out (as the Teams connector takes it)
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
                        await self._sleep(_retry_after(resp.headers.get("Retry-After")))
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
    seconds = retry_after_seconds(header)
    return DEFAULT_RETRY_SECONDS if seconds is None else seconds
