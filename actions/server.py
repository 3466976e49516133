"""The action server, closed (issue 9): `python -m actions.server`, as scripts/run.sh starts it.

rasa_sdk's own app (rasa_sdk.endpoint.create_app) with three changes:
- it listens on BOT_ACTIONS_HOST (default 127.0.0.1) and BOT_ACTIONS_PORT (default 5055);
- every request without `Authorization: Bearer <BOT_ACTIONS_SECRET>` gets 401 before any route
  runs (the health check too); without a secret the server does not start;
- an error answers a bare 500 and logs the exception's type and where it happened, never its
  message or the request (rasa_sdk's handler echoes the request body, i.e. the tracker).
No CORS: browsers have no business here. One worker: the code-attempt limits live in memory.
"""

from __future__ import annotations

import logging
import sys
import traceback
from typing import TYPE_CHECKING

from bot import settings
from bot.internal_auth import MissingSecret, is_authorised, require_secret
from bot.privacy import logs
from bot.settings import SettingsError

if TYPE_CHECKING:
    from sanic import Sanic

ACTIONS_PACKAGE = "actions"
IDLE_CONNECTION_SECONDS = 75

logger = logging.getLogger(__name__)


def create_app(secret: str, package: str = ACTIONS_PACKAGE) -> Sanic:
    # Imported here, so that a refusal to start is the only thing printed.
    from rasa_sdk.endpoint import create_app as create_sdk_app
    from sanic import response
    from sanic.exceptions import SanicException

    if not secret:
        raise MissingSecret("no secret")
    app = create_sdk_app(package, cors_origins=None)
    # Sanic closes a new connection that has sent nothing for KEEP_ALIVE_TIMEOUT (5 s). A Rasa
    # server whose event loop is busy (the NLU of other messages, a loaded machine) may connect
    # and write its request seconds later; the action then fails ("Cannot write to closing
    # transport") and the person gets the fault answer. Sanic reads SANIC_KEEP_ALIVE_TIMEOUT into
    # its config; the idle lifetime is at least IDLE_CONNECTION_SECONDS either way.
    app.config.KEEP_ALIVE_TIMEOUT = max(app.config.KEEP_ALIVE_TIMEOUT, IDLE_CONNECTION_SECONDS)

    @app.middleware("request")
    async def require_secret(request):
        if not is_authorised(request.headers.get("authorization"), secret):
            return response.json({"error": "unauthorised"}, status=401)
        return None

    async def on_error(request, exception: Exception):
        if isinstance(exception, SanicException):  # 404, 405, a malformed request: nothing of ours failed
            return response.json({"error": type(exception).__name__}, status=exception.status_code)
        frames = "".join(traceback.format_tb(exception.__traceback__))  # places only, no values, no message
        logger.error("action server error %s at\n%s", type(exception).__name__, frames)
        return response.json({"error": "internal error"}, status=500)

    app.error_handler.add(Exception, on_error)  # replaces rasa_sdk's, which echoes the request body
    return app


def install_log_privacy() -> None:
    """No message text in this process's logs (bot.privacy.logs): library debug lines withheld,
    structlog lines cut to their event, warnings without their message. Runs once, after logging
    is configured and before the first request."""
    logs.install()


def main() -> int:
    try:  # every setting is read and checked before anything starts
        server = settings.current().action_server
        secret = require_secret(server.secret)
    except (MissingSecret, SettingsError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    host, port = server.host, server.port
    from rasa_sdk import utils

    utils.configure_colored_logging(None)  # LOG_LEVEL from the environment, as `rasa run actions`
    utils.update_sanic_log_level()
    install_log_privacy()
    app = create_app(secret)
    logger.info("Action server listening on http://%s:%d (requests need the shared secret)", host, port)
    app.run(host, port, workers=1, access_log=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
