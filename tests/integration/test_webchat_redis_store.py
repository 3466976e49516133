"""Deleting a web chat conversation from Rasa's real Redis tracker store, against the Redis server
on 127.0.0.1:6379 (the production choice; make test starts it). The in-memory stores are in
tests/unit/test_webchat_channel.py."""

import asyncio
import uuid

from rasa.core.tracker_store import AwaitableTrackerStore, FailSafeTrackerStore, RedisTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.webchat import channel as webchat


def _tracker(sender):
    return DialogueStateTracker.from_events(sender, [UserUttered("geheim verhaal")])


def test_wipe_deletes_from_a_real_redis_tracker_store():
    async def run():
        prefix = f"vpbot_test_{uuid.uuid4().hex[:8]}:"
        redis = RedisTrackerStore(Domain.empty(), host="127.0.0.1", port=6379, key_prefix=prefix, record_exp=60)
        store = FailSafeTrackerStore(AwaitableTrackerStore(redis))
        try:
            for sender in ("webchat-a", "webchat-b"):
                await store.save(_tracker(sender))
            assert redis.red.exists(redis.key_prefix + "webchat-a")
            assert await webchat.forget_conversation(store, "webchat-a") is True
            assert not redis.red.exists(redis.key_prefix + "webchat-a")
            assert await store.retrieve("webchat-a") is None
            assert await store.retrieve("webchat-b") is not None  # only that one
        finally:
            for key in redis.red.keys(prefix + "*"):
                redis.red.delete(key)

    asyncio.run(run())
