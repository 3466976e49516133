"""Forgetting conversations: a pure expiry book-keeper, independent of Rasa."""

from __future__ import annotations

import time
from collections.abc import Callable


class ExpiryBook:
    """Remembers when each conversation was last active and says which ones have expired."""

    def __init__(self, ttl_seconds: float, clock: Callable[[], float] = time.monotonic) -> None:
        if ttl_seconds <= 0:
            raise ValueError("ttl_seconds must be positive")
        self.ttl_seconds = ttl_seconds
        self._clock = clock
        self._last_seen: dict[str, float] = {}

    def touch(self, key: str) -> None:
        self._last_seen[key] = self._clock()

    def forget(self, key: str) -> None:
        self._last_seen.pop(key, None)

    def is_expired(self, key: str) -> bool:
        seen = self._last_seen.get(key)
        return seen is None or self._clock() - seen >= self.ttl_seconds

    def expired(self) -> list[str]:
        now = self._clock()
        return [k for k, seen in self._last_seen.items() if now - seen >= self.ttl_seconds]
