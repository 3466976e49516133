"""The lock store endpoints.yml names: one conversation's messages are handled one at a time,
across every Rasa process when BOT_REDIS_URL is set (bot/redis_config.py), in memory otherwise.

Rasa's RedisLockStore keeps a lock without expiry: a Rasa process killed while it handled a
message leaves its ticket behind, and the key (a conversation id) stays in Redis for good when
that conversation never sends again. Here every saved lock expires a little after its longest
ticket could (TICKET_LOCK_LIFETIME, Rasa's setting, default 60 s), so nothing outlives its use.
A dead process's ticket holds its conversation up to that lifetime; then another process goes on.
"""

from __future__ import annotations

import math

from rasa.core import lock_store as rasa_lock_store
from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore

from bot.redis_config import redis_params
from bot.settings import current

# Seconds a saved lock outlives its newest possible ticket (clock differences between machines).
LOCK_EXPIRY_MARGIN_SECONDS = 10


class ExpiringRedisLockStore(RedisLockStore):
    def save_lock(self, lock: TicketLock) -> None:
        lifetime = math.ceil(rasa_lock_store.LOCK_LIFETIME + LOCK_EXPIRY_MARGIN_SECONDS)
        self.red.set(self.key_prefix + lock.conversation_id, lock.dumps(), ex=lifetime)


class ConfiguredLockStore:
    """Constructed by Rasa with the endpoints file's lock_store section; returns the chosen store.
    Optional ``key_prefix`` (letters and digits) as for the tracker store."""

    def __new__(cls, endpoint_config=None) -> LockStore:
        url = current().redis_url
        if url is None:
            return InMemoryLockStore()
        kwargs = getattr(endpoint_config, "kwargs", None) or {}
        return ExpiringRedisLockStore(key_prefix=kwargs.get("key_prefix"), **redis_params(url))
