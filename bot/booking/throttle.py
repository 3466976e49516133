"""Limiting wrong reference codes, so codes cannot be found by trying.

In memory, per opaque key (a conversation id): after `max_failures` wrong codes within `window`
seconds, the key is locked for `window` seconds from the last of those failures, and lookups are
refused without touching the database. After the lock the count starts again.

A correct code does not reset the count: otherwise someone holding one real code could mix it in
between guesses. Only well-formed codes that do not exist should be counted (typos the
normaliser rejects cannot find anything and need no limit).

Keys chosen by the client (the REST channel's sender id) can be rotated, so this is one layer:
the code space (2**60, see reference.py) is the main protection. `CodeAttempts` combines a limit
per conversation with a higher one per client (the opaque client key the channels put into the
message metadata). There is deliberately no limit across all conversations: one person could
use it to lock everyone out of changing or cancelling.
"""

from __future__ import annotations

import hashlib
import threading
import time
from collections import deque
from collections.abc import Callable

DEFAULT_MAX_FAILURES = 5
DEFAULT_WINDOW_SECONDS = 15 * 60.0
DEFAULT_MAX_FAILURES_PER_CLIENT = 20  # several people may share one address (an office NAT)
MAX_KEY_CHARS = 128  # longer keys are hashed, so memory per key stays bounded


class AttemptLimiter:
    def __init__(self, max_failures: int = DEFAULT_MAX_FAILURES, window_seconds: float = DEFAULT_WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        if max_failures < 1:
            raise ValueError("max_failures must be at least 1")
        if window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        self.max_failures = max_failures
        self.window_seconds = float(window_seconds)
        self._clock = clock
        self._failures: dict[str, deque[float]] = {}
        self._locked_until: dict[str, float] = {}
        self._lock = threading.Lock()
        self._last_sweep = clock()

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may look up a code again; 0 when it may now."""
        with self._lock:
            now = self._clock()
            self._expire(key, now)
            until = self._locked_until.get(key)
            return 0.0 if until is None else until - now

    def is_allowed(self, key: str) -> bool:
        return self.retry_after(key) == 0.0

    def record_failure(self, key: str) -> None:
        """Count one wrong code for `key`. The failure that reaches the limit starts the lock."""
        with self._lock:
            now = self._clock()
            self._sweep(now)
            self._expire(key, now)
            if key in self._locked_until:  # refused lookups do not extend the lock
                return
            failures = self._failures.setdefault(key, deque())
            failures.append(now)
            if len(failures) >= self.max_failures:
                self._locked_until[key] = now + self.window_seconds
                del self._failures[key]

    def failures(self, key: str) -> int:
        """Wrong codes within the window that have not (yet) led to a lock."""
        with self._lock:
            self._expire(key, self._clock())
            return len(self._failures.get(key, ()))

    def __len__(self) -> int:
        """Keys remembered (for tests and monitoring)."""
        with self._lock:
            return len(self._failures.keys() | self._locked_until.keys())

    # -- internals, called with the lock held --

    def _expire(self, key: str, now: float) -> None:
        until = self._locked_until.get(key)
        if until is not None and now >= until:
            del self._locked_until[key]
        failures = self._failures.get(key)
        if failures is not None:
            while failures and now - failures[0] >= self.window_seconds:
                failures.popleft()
            if not failures:
                del self._failures[key]

    def _sweep(self, now: float) -> None:
        """Forget idle keys, at most once a minute, so memory stays bounded."""
        if now - self._last_sweep < 60:
            return
        self._last_sweep = now
        for key in list(self._failures.keys() | self._locked_until.keys()):
            self._expire(key, now)


def _bounded(key: str) -> str:
    if len(key) <= MAX_KEY_CHARS:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


class CodeAttempts:
    """Wrong reference codes per conversation and per client: the one class that holds this state.

    In memory, so one action-server process (the default, one Sanic worker). A Redis-backed class
    with the same two methods can replace it for several processes. `client` is optional: without
    it only the conversation's limit applies.
    """

    def __init__(self, per_conversation: int = DEFAULT_MAX_FAILURES,
                 per_client: int = DEFAULT_MAX_FAILURES_PER_CLIENT,
                 window_seconds: float = DEFAULT_WINDOW_SECONDS,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.conversations = AttemptLimiter(per_conversation, window_seconds, clock)
        self.clients = AttemptLimiter(per_client, window_seconds, clock)

    def retry_after(self, conversation: str, client: str | None = None) -> float:
        """Seconds until this conversation (and client) may try a code again; 0 when it may now."""
        waits = [self.conversations.retry_after("c:" + _bounded(conversation))]
        if client:
            waits.append(self.clients.retry_after("k:" + _bounded(client)))
        return max(waits)

    def record_failure(self, conversation: str, client: str | None = None) -> None:
        self.conversations.record_failure("c:" + _bounded(conversation))
        if client:
            self.clients.record_failure("k:" + _bounded(client))
