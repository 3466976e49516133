"""Where the state shared by several bot processes lives: one Redis, named by BOT_REDIS_URL.

Unset (the embedded default of `make run`): conversations and locks stay in the memory of the one
Rasa process. Set, e.g. ``redis://127.0.0.1:6379/0`` (``rediss://`` for TLS; user and password
in the URL when Redis asks for them): every Rasa process keeps its conversations (with the
idle lifetime BOT_CONVERSATION_TTL_MINUTES) and its per-conversation locks there, so any process
can answer any message.

Conversations must never reach a disk: the Redis database must run without persistence
(``save ""`` and ``appendonly no``; see deploy/redis/vp-wegwijzer.conf). Pure: no Redis or Rasa import.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import unquote, urlsplit

ENV_VAR = "BOT_REDIS_URL"


class RedisConfigError(ValueError):
    """BOT_REDIS_URL is set but not a usable Redis URL."""



def redis_params(url: str) -> dict[str, Any]:
    """The keyword arguments of Rasa's Redis tracker and lock stores for `url`:
    host, port, db, username, password, use_ssl. Raises RedisConfigError (without the password)."""
    try:
        parts = urlsplit(url)
        port = parts.port or 6379
    except ValueError as exc:
        raise RedisConfigError(f"{ENV_VAR} is not a valid URL ({exc.__class__.__name__})") from exc
    if parts.scheme not in ("redis", "rediss"):
        raise RedisConfigError(f"{ENV_VAR} must start with redis:// or rediss://, got {parts.scheme!r}://")
    if not parts.hostname:
        raise RedisConfigError(f"{ENV_VAR} names no host")
    path = parts.path.strip("/")
    if path and not path.isdigit():
        raise RedisConfigError(f"{ENV_VAR}: the database after the host must be a number, got {path!r}")
    if parts.query or parts.fragment:
        raise RedisConfigError(f"{ENV_VAR}: no query or fragment is read; put the database in the path")
    return {
        "host": parts.hostname,
        "port": port,
        "db": int(path or 0),
        "username": unquote(parts.username) if parts.username else None,
        "password": unquote(parts.password) if parts.password else None,
        "use_ssl": parts.scheme == "rediss",
    }
