"""A Rasa tracker store that keeps conversations in memory only, and wipes them when idle.

The embedded default: nothing a person types reaches a disk. A conversation is removed
``ttl_minutes`` after its last event (default: BOT_CONVERSATION_TTL_MINUTES, 30) or when the
server stops. The bot's privacy answer reads the same setting, so what it says stays true.
For production with several Rasa workers, use Rasa's RedisTrackerStore with ``record_exp``
set to the same number of seconds (see endpoints.yml).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.trackers import DialogueStateTracker

from bot import settings
from bot.privacy.retention import ExpiryBook


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
