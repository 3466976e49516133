"""Conversations are forgotten after the configured idle time."""

import asyncio

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.privacy.retention import ExpiryBook
from bot.privacy.tracker_store import ExpiringInMemoryTrackerStore


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_expiry_book():
    clock = FakeClock()
    book = ExpiryBook(60, clock=clock)
    book.touch("a")
    clock.now += 59
    assert not book.is_expired("a") and book.expired() == []
    clock.now += 1
    assert book.is_expired("a") and book.expired() == ["a"]
    with pytest.raises(ValueError):
        ExpiryBook(0)


def test_tracker_store_wipes_idle_conversations():
    clock = FakeClock()
    store = ExpiringInMemoryTrackerStore(Domain.empty(), ttl_minutes=1, clock=clock)

    async def scenario():
        tracker = DialogueStateTracker("anna", [])
        tracker.update(UserUttered("iets gevoeligs"))
        await store.save(tracker)
        other = DialogueStateTracker("bob", [])
        await store.save(other)
        assert await store.retrieve("anna") is not None
        clock.now += 30
        await store.save(other)  # bob stays active
        clock.now += 31
        assert await store.retrieve("anna") is None  # 61 s idle: gone
        assert "anna" not in store.store
        assert await store.retrieve("bob") is not None  # 31 s idle: kept
        store.delete("bob")
        assert list(await store.keys()) == []

    asyncio.run(scenario())


def test_ttl_comes_from_settings(monkeypatch):
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", "7")
    store = ExpiringInMemoryTrackerStore(Domain.empty())
    assert store.book.ttl_seconds == 7 * 60
