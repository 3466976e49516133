"""A Rasa tracker store that keeps conversations in memory only, and wipes them when idle.

The embedded default: nothing a person types reaches a disk. A conversation is removed
``ttl_minutes`` after its last event (default: BOT_CONVERSATION_TTL_MINUTES, 30) or when the
server stops. The bot's privacy answer reads the same setting, so what it says stays true.

`ConfiguredTrackerStore` (the one endpoints.yml names) picks the store from the environment:
this one while BOT_REDIS_URL is unset, Rasa's RedisTrackerStore with ``record_exp`` set to the
same lifetime when it is set (several Rasa processes, one state; bot/redis_config.py), writing
a conversation only while this process's turn in it lasts (`FencedRedisTrackerStore`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore, RedisTrackerStore, TrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

from bot import settings
from bot.privacy.lock_store import SOCKET_TIMEOUT_SECONDS, LeaseLost, held_lease
from bot.privacy.retention import ExpiryBook
from bot.redis_config import redis_params


class ExpiringInMemoryTrackerStore(InMemoryTrackerStore):
    def __init__(self, domain, event_broker=None, ttl_minutes: float | None = None,
                 clock=None, **kwargs: Any) -> None:
        kwargs.pop("host", None)
        super().__init__(domain, event_broker, **kwargs)
        minutes = ttl_minutes if ttl_minutes is not None else settings.current().conversation.ttl_minutes
        self.book = ExpiryBook(float(minutes) * 60, **({"clock": clock} if clock else {}))

    def _sweep(self) -> None:
        for key in self.book.expired():
            self.store.pop(key, None)
            self.book.forget(key)

    def delete(self, sender_id: str) -> None:
        """Forget one conversation at once (the person's 'wis dit gesprek')."""
        self.store.pop(sender_id, None)
        self.book.forget(sender_id)

    async def save(self, tracker: DialogueStateTracker) -> None:
        self._sweep()
        await super().save(tracker)
        self.book.touch(tracker.sender_id)

    async def _retrieve(self, sender_id: str, fetch_all_sessions: bool):
        self._sweep()
        if sender_id in self.store and self.book.is_expired(sender_id):
            self.delete(sender_id)
        return await super()._retrieve(sender_id, fetch_all_sessions)

    async def keys(self) -> Iterable[str]:
        self._sweep()
        return list(self.store.keys())


class FencedRedisTrackerStore(RedisTrackerStore):
    """Rasa's RedisTrackerStore, whose last write of a message's turn happens only while this
    process's lease of the conversation (bot/privacy/lock_store.py) is still the one served:
    checked and written in one Redis script. A process that stalled past its lease, while another
    went on with the conversation, gets LeaseLost instead of overwriting the newer conversation
    (the person gets the fault answer and sends again). Without a lease (no lock held, or another
    conversation's) it saves as Rasa does. Both stores use the one BOT_REDIS_URL.

    Rasa gives its Redis client no socket timeout: a Redis that stops answering (a network cut
    between machines, without a reset) would hold this process's event loop for good. Here
    every call gives up after SOCKET_TIMEOUT_SECONDS (the message then gets the fault answer)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Connections are made on first use, with these arguments.
        self.red.connection_pool.connection_kwargs.update(socket_timeout=SOCKET_TIMEOUT_SECONDS,
                                                          socket_connect_timeout=SOCKET_TIMEOUT_SECONDS)

    async def save(self, tracker: DialogueStateTracker, timeout: float | None = None) -> None:
        lease = held_lease()
        if lease is None or lease.conversation_id != tracker.sender_id:
            await super().save(tracker, timeout)
            return
        # RedisTrackerStore.save of Rasa 3.6, with the fenced write, and the events streamed
        # only once they are written.
        if not timeout and self.record_exp:
            timeout = self.record_exp
        key = self.key_prefix + tracker.sender_id
        stored = self.red.get(key)
        if stored is not None:
            tracker = self._merge_trackers(self.deserialise_tracker(tracker.sender_id, stored), tracker)
        if not lease.set_if_served(key, self.serialise_tracker(tracker), math.ceil(timeout) if timeout else None):
            raise LeaseLost("the conversation's lease ended before this message's turn was written")
        await self.stream_events(tracker)


class ConfiguredTrackerStore:
    """The tracker store endpoints.yml names: chosen when the Rasa server starts, from the environment.

    BOT_REDIS_URL unset: ExpiringInMemoryTrackerStore (one process). Set: FencedRedisTrackerStore on
    that Redis, each conversation kept BOT_CONVERSATION_TTL_MINUTES after its last event
    (``record_exp``, renewed on every save). Optional ``key_prefix`` (letters and digits) in the
    endpoints file lets several bots share one Redis database. Constructing this class returns
    the chosen store itself, so Rasa and our channels see a plain Rasa store.
    """

    def __new__(cls, domain, event_broker=None, host=None, key_prefix: str | None = None,
                ttl_minutes: float | None = None, **kwargs: Any) -> TrackerStore:
        configured = settings.current()
        minutes = ttl_minutes if ttl_minutes is not None else configured.conversation.ttl_minutes
        url = configured.redis_url
        if url is None:
            return ExpiringInMemoryTrackerStore(domain, event_broker, ttl_minutes=minutes, **kwargs)
        # Whole seconds: redis-py refuses a float expiry (DataError on every save).
        return FencedRedisTrackerStore(domain, event_broker=event_broker, record_exp=math.ceil(float(minutes) * 60),
                                 key_prefix=key_prefix, **redis_params(url), **kwargs)
