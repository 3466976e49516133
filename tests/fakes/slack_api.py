"""A local stand-in for Slack's Web API, over real HTTP on 127.0.0.1, for the Slack channel's tests.

It speaks the parts of the protocol the bot uses, the way Slack does: POST /api/chat.postMessage
and /api/chat.update with a JSON body and `Authorization: Bearer <bot token>`; answers are HTTP 200
with {"ok": true, ...} or {"ok": false, "error": "<code>"} (not_authed, invalid_auth, channel_not_found,
no_text, invalid_blocks, message_not_found, unknown_method). Blocks are checked with Slack's own SDK
models (slack_sdk) plus the button limits. It records every accepted call, can answer slowly
(`delay`) and can answer 429 with Retry-After (`rate_limit_next`).

    with FakeSlackApi(token="xoxb-test") as slack:
        ... BOT_SLACK_API_URL=slack.url ...
        posts = slack.wait_for(lambda s: s.posts_to("D123")[:2], timeout=60)
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
from collections.abc import Callable

from aiohttp import web
from slack_sdk.errors import SlackObjectFormationError
from slack_sdk.models.blocks import Block

from tests.waiting import wait_until

BUTTON_TEXT_MAX, BUTTON_VALUE_MAX, ACTIONS_MAX = 75, 2000, 25


def blocks_problem(blocks) -> str | None:
    """None when `blocks` is valid Block Kit for a message, else what is wrong."""
    if not isinstance(blocks, list) or not 0 < len(blocks) <= 50:
        return "blocks must be a list of 1-50 blocks"
    action_ids = set()
    for raw in blocks:
        if not isinstance(raw, dict):
            return "a block is not an object"
        try:
            block = Block.parse(raw)
            if block is None:
                return f"unknown block type {raw.get('type')!r}"
            block.validate_json()
        except (SlackObjectFormationError, KeyError, TypeError) as exc:
            return f"{raw.get('type')}: {exc}"
        if raw.get("type") == "section" and not raw.get("text", {}).get("text"):
            return "section without text"
        if raw.get("type") == "actions":
            elements = raw.get("elements") or []
            if not 0 < len(elements) <= ACTIONS_MAX:
                return "actions block needs 1-25 elements"
            for el in elements:
                if el.get("type") != "button":
                    continue
                text = el.get("text") or {}
                if text.get("type") != "plain_text" or not 0 < len(text.get("text", "")) <= BUTTON_TEXT_MAX:
                    return "button text must be plain_text of 1-75 characters"
                if len(el.get("value", "")) > BUTTON_VALUE_MAX:
                    return "button value longer than 2000 characters"
                if el.get("action_id") in action_ids:
                    return "action_id not unique"
                action_ids.add(el.get("action_id"))
    return None


class FakeSlackApi:
    def __init__(self, token: str = "xoxb-test-token", delay: float = 0.0) -> None:
        self.token = token
        self.delay = delay  # seconds before each answer
        self.rate_limit_next = 0  # answer this many next calls with 429 Retry-After: 1
        self.calls: list[dict] = []  # every call: method, auth_ok, error
        self.posts: list[dict] = []  # accepted chat.postMessage bodies, with the "ts" given
        self.updates: list[dict] = []  # accepted chat.update bodies
        self._lock = threading.Lock()
        self._ts = itertools.count(1)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self.port: int | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    # --- what the tests look at ---------------------------------------------------------

    def posts_to(self, channel: str, thread_ts: str | None = None) -> list[dict]:
        with self._lock:
            return [p for p in self.posts if p["channel"] == channel
                    and (thread_ts is None or p.get("thread_ts") == thread_ts)]

    def wait_for(self, condition: Callable[[FakeSlackApi], object], timeout: float = 60.0):
        """Wait until `condition(self)` is truthy; return it (tests.waiting.wait_until)."""
        return wait_until(lambda: condition(self), lambda: f"fake Slack API: the condition; posts: {self.posts}",
                          timeout=timeout)

    # --- the server ---------------------------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        await asyncio.sleep(self.delay)  # a slow Slack (`delay`): real time passing is what is simulated
        with self._lock:
            if self.rate_limit_next > 0:
                self.rate_limit_next -= 1
                self.calls.append({"method": method, "auth_ok": None, "error": "rate_limited"})
                return web.json_response({"ok": False, "error": "ratelimited"}, status=429,
                                         headers={"Retry-After": "1"})
        auth = request.headers.get("Authorization", "")
        auth_ok = auth == f"Bearer {self.token}"
        error, extra = None, {}
        if not auth:
            error = "not_authed"
        elif not auth_ok:
            error = "invalid_auth"
        elif request.content_type != "application/json":
            error = "invalid_arguments"
        else:
            try:
                body = json.loads(await request.read())
            except ValueError:
                body, error = None, "invalid_json"
            if error is None:
                error, extra = self._method(method, body)
        with self._lock:
            self.calls.append({"method": method, "auth_ok": auth_ok, "error": error})
        if error:
            return web.json_response({"ok": False, "error": error})
        return web.json_response({"ok": True, **extra})

    def _method(self, method: str, body) -> tuple[str | None, dict]:
        if not isinstance(body, dict):
            return "invalid_arguments", {}
        channel = body.get("channel")
        if not isinstance(channel, str) or not channel:
            return "channel_not_found", {}
        if "blocks" in body and (problem := blocks_problem(body["blocks"])):
            return "invalid_blocks", {"detail": problem}
        if method == "chat.postMessage":
            if not body.get("text") and not body.get("blocks"):
                return "no_text", {}
            with self._lock:
                ts = f"{1_700_000_000 + next(self._ts)}.000100"
                self.posts.append({**body, "ts": ts})
            message = {"type": "message", "bot_id": "B0FAKEBOT", "text": body.get("text", ""), "ts": ts,
                       **({"blocks": body["blocks"]} if "blocks" in body else {}),
                       **({"thread_ts": body["thread_ts"]} if body.get("thread_ts") else {})}
            return None, {"channel": channel, "ts": ts, "message": message}
        if method == "chat.update":
            with self._lock:
                if not any(p["channel"] == channel and p["ts"] == body.get("ts") for p in self.posts):
                    return "message_not_found", {}
                self.updates.append(body)
            return None, {"channel": channel, "ts": body["ts"], "text": body.get("text", "")}
        return "unknown_method", {}

    def start(self) -> FakeSlackApi:
        ready = threading.Event()

        def run() -> None:
            self._loop = asyncio.new_event_loop()
            asyncio.set_event_loop(self._loop)
            app = web.Application()
            app.router.add_post("/api/{method}", self._handle)
            self._runner = web.AppRunner(app)
            self._loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            self._loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]
            ready.set()
            self._loop.run_forever()
            self._loop.run_until_complete(self._runner.cleanup())
            self._loop.close()

        self._thread = threading.Thread(target=run, name="fake-slack-api", daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake Slack API did not start")
        return self

    def stop(self) -> None:
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def __enter__(self) -> FakeSlackApi:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
