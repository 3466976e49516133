"""The largest request body the Rasa server reads at all, for every route.

Sanic's default is 100 MB. Every channel of ours registers `limit_request_size` on its blueprint,
which lowers the server's REQUEST_MAX_SIZE before it starts to MAX_REQUEST_BYTES (Slack's
largest request, 1 MiB, plus headroom), unless the operator set SANIC_REQUEST_MAX_SIZE (Sanic
reads SANIC_* variables into its config). Larger requests get Sanic's 413 before their body is
read; each channel has its own smaller limit on top.
"""

from __future__ import annotations

from sanic import Blueprint

from bot import settings as bot_settings

MAX_REQUEST_BYTES = 1024 * 1024 + 64 * 1024


def limit_request_size(blueprint: Blueprint) -> None:
    @blueprint.listener("before_server_start")
    async def _limit(app, loop) -> None:
        if not bot_settings.current().channels.request_max_size_set:
            app.config.REQUEST_MAX_SIZE = min(app.config.REQUEST_MAX_SIZE, MAX_REQUEST_BYTES)
