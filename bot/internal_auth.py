"""The shared secret between the Rasa server and the action server (issue 9).

The Rasa server sends `Authorization: Bearer <secret>` with every call (endpoints.yml reads the
secret from BOT_ACTIONS_SECRET); the action server refuses every request without it. The
secret lives only in the environment of the two processes (scripts/run.sh generates one when it
is not set), never on a command line, in a file or in a log.
"""

from __future__ import annotations

import hmac

SECRET_ENV = "BOT_ACTIONS_SECRET"  # noqa: S105 (the variable's name, not a secret)
MIN_SECRET_CHARS = 32
SCHEME = "Bearer "


class MissingSecret(RuntimeError):
    """No usable secret: the message is one line for the person starting the server."""


def require_secret(secret: str) -> str:
    """The secret as read by bot.settings (action_server.secret), or MissingSecret."""
    secret = secret.strip()
    if not secret:
        raise MissingSecret(f"{SECRET_ENV} is not set: the action server refuses to start without the secret "
                            "the Rasa server sends (scripts/run.sh generates one)")
    if len(secret) < MIN_SECRET_CHARS:
        raise MissingSecret(f"{SECRET_ENV} is too short: use at least {MIN_SECRET_CHARS} random characters, "
                            "e.g. python3 -c 'import secrets; print(secrets.token_urlsafe(32))'")
    return secret


def authorization_header(secret: str) -> str:
    return SCHEME + secret


def is_authorised(header: str | None, secret: str) -> bool:
    """Whether an Authorization header carries the secret. Constant time in the secret's content
    (hmac.compare_digest); an empty secret authorises nothing."""
    if not secret or not isinstance(header, str) or not header.startswith(SCHEME):
        return False
    presented = header[len(SCHEME):].encode("utf-8", "surrogateescape")
    return hmac.compare_digest(presented, secret.encode("utf-8", "surrogateescape"))
