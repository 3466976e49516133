"""The channels' guards, one implementation each, shared by every channel and process.

- `RateLimit`: at most N events per key in any window of W seconds (a sliding window). `hit()`
  gives the seconds to wait (web chat: a 429 with Retry-After); `check()` gives "ok", "too_fast"
  (the first refusal: answer with the Dutch refusal) or "drop" (later ones until a slot frees:
  stay quiet, so a flood gets one answer). Teams and Slack limit messages per conversation, the
  web chat per session and new sessions per client address.
- `SeenIds`: delivery ids (Teams activity ids, Slack event/message ids) taken in the last while,
  so a retried or replayed delivery is answered once.
- `FirstContact`: which conversations were greeted with the admin notice (sliding lifetime).
- `Revocations`: wiped web chat sessions, refused for the conversation lifetime.
- `AttemptLimiter` / `CodeAttempts`: wrong reference codes, so codes cannot be found by trying.
- (bot.channels.offers.OfferedButtons keeps the buttons of each conversation's latest answer in the
  same store when it is Redis: any process may get the click.)
- `ConversationQueue`: messages of one conversation handled one at a time, in arrival order.
- `retry_after_seconds()`: reading a Retry-After header.

Every guard but the queue keeps its state in a `Store`: `MemoryStore` (this process only, the
default) or `RedisStore` when BOT_REDIS_URL is set, so several Rasa or action-server processes
share one limit, one book of seen ids and one set of revocations. Each Redis operation is one
atomic command or Lua script (a sorted-set window; a mark that holds its end time). Times come
from the guard's clock (wall time by default: the same in every process), so a fake clock drives
both stores alike in tests; every Redis key also expires by itself (PEXPIRE/PX).

The ordering queue stays in the process: the order of one conversation across processes is kept
by Rasa's lock store (the Redis lock store hands out tickets in arrival order), and a queue in
Redis would hold a conversation hostage when its process dies. The guards hold ids and keys
only, never message text.

All settings are in `GuardSettings`, built from bot.settings (`GuardSettings.from_settings`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import threading
import time
import uuid
from collections import OrderedDict, deque
from collections.abc import AsyncIterator, Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol

from bot import settings as bot_settings
from bot.settings import DEFAULT_CONVERSATION_TTL_MINUTES, Settings

logger = logging.getLogger(__name__)

Clock = Callable[[], float]

# --- settings -------------------------------------------------------------------------------------

REDIS_URL_ENV = "BOT_REDIS_URL"
REDIS_PREFIX_ENV = "BOT_REDIS_PREFIX"
MESSAGES_ENV = "BOT_MESSAGES_PER_MINUTE"
OLD_MESSAGES_ENV = "BOT_WEBCHAT_RATE_PER_MINUTE"  # the web chat's name before it was shared
SESSIONS_ENV = "BOT_WEBCHAT_SESSIONS_PER_MINUTE"

# One set of defaults for every channel. 20 messages per conversation per minute: two of the three
# channels already used 20 (Teams, the web chat); a person typing a story in short lines writes
# at most a few messages a minute, and a person clicking through the booking buttons about ten,
# so 20 only stops scripts and stuck clients. Slack's 15 was the odd one out.
DEFAULT_MESSAGES_PER_MINUTE = 20
DEFAULT_SESSIONS_PER_MINUTE = 30  # new web chat sessions per client address (an office NAT)
RATE_WINDOW_SECONDS = 60.0
# Delivery ids are kept an hour: Slack retries within minutes and refuses requests older than five
# minutes by their signature; the Bot Connector retries within seconds. (Teams had 10 minutes,
# Slack an hour: the longer one costs a little memory and answers no replay twice.)
SEEN_IDS_SECONDS = 3600.0
SEEN_IDS_MAX = 20_000  # in memory: the oldest are forgotten first beyond this
# Wrong reference codes: 5 per conversation and 20 per client in 15 minutes (several people can
# share one address); the calendar-file route, which has no conversation, 10 per client.
CODE_FAILURES_PER_CONVERSATION = 5
CODE_FAILURES_PER_CLIENT = 20
CODE_FAILURES_PER_FILE_CLIENT = 10
CODE_WINDOW_SECONDS = 15 * 60.0
# Retry-After of a chat service: waited out, but never longer than this.
MAX_RETRY_AFTER_SECONDS = 10.0
MAX_KEY_CHARS = 128  # longer keys are hashed, so memory per key stays bounded


class GuardConfigError(ValueError):
    """A guard setting is wrong; the message names the environment variable."""


@dataclass(frozen=True)
class GuardSettings:
    """The guards' settings, from bot.settings (read there from the environment):

    BOT_REDIS_URL       redis://host:port/db of the Redis every process shares (unset: each
                        process keeps its own guards in memory)
    BOT_REDIS_PREFIX    prefix of the guards' keys in Redis (default "vpw:guard:")
    BOT_MESSAGES_PER_MINUTE  messages per conversation per minute, every channel (default 20;
                        BOT_WEBCHAT_RATE_PER_MINUTE, its older name, is still read)
    BOT_WEBCHAT_SESSIONS_PER_MINUTE  new web chat sessions per client address per minute (30)
    BOT_CONVERSATION_TTL_MINUTES     the conversation lifetime (30): admin notice, revocations
    """

    redis_url: str = field(default="", repr=False)  # may hold a password
    key_prefix: str = "vpw:guard:"
    messages_per_minute: int = DEFAULT_MESSAGES_PER_MINUTE
    messages_variable: str = MESSAGES_ENV
    sessions_per_minute: int = DEFAULT_SESSIONS_PER_MINUTE
    conversation_ttl_seconds: float = 60.0 * DEFAULT_CONVERSATION_TTL_MINUTES

    @classmethod
    def from_settings(cls, settings: Settings | None = None) -> GuardSettings:
        """The guards' settings of `settings` (default: this process's); raises GuardConfigError
        naming the variable that is wrong (the channel is then off, the server runs)."""
        settings = settings or bot_settings.current()
        limits = settings.channels.guards
        url = settings.redis_url or ""
        if url and not url.startswith(("redis://", "rediss://", "unix://")):
            raise GuardConfigError(f"{REDIS_URL_ENV} must be a redis://, rediss:// or unix:// URL")
        return cls(redis_url=url,
                   key_prefix=limits.redis_prefix or "vpw:guard:",
                   messages_per_minute=_positive_int(limits.messages_variable, limits.messages_per_minute,
                                                     DEFAULT_MESSAGES_PER_MINUTE),
                   messages_variable=limits.messages_variable,
                   sessions_per_minute=_positive_int(SESSIONS_ENV, limits.sessions_per_minute,
                                                     DEFAULT_SESSIONS_PER_MINUTE),
                   conversation_ttl_seconds=float(settings.conversation.ttl_seconds))


def _positive_int(name: str, raw: str, default: int) -> int:
    try:
        return bot_settings.whole_number(name, raw, default, minimum=1)
    except bot_settings.SettingsError as exc:
        raise GuardConfigError(str(exc)) from None


# --- stores ---------------------------------------------------------------------------------------

class GuardUnavailable(Exception):
    """The shared store could not be asked (Redis down). Each guard decides what that means."""


class Store(Protocol):
    """The few atomic operations the guards need. `now` is the guard's clock; TTLs in seconds."""

    def window_hit(self, key: str, limit: int, window: float, now: float) -> float | None:
        """Counts one event unless `limit` events fell in the last `window` seconds: None when
        counted, else the seconds until the oldest leaves the window (then nothing is counted)."""

    def window_count(self, key: str, window: float, now: float) -> int:
        """Events of `key` in the last `window` seconds."""

    def add(self, key: str, ttl: float, now: float) -> bool:
        """Marks `key` for `ttl` seconds; True when it was not marked (SET NX)."""

    def touch(self, key: str, ttl: float, now: float) -> bool:
        """Marks `key` for `ttl` seconds from now, also when marked; True when it was not."""

    def marked(self, key: str, now: float) -> bool:
        """Whether `key` is marked."""

    def fail(self, failures_key: str, lock_key: str, limit: int, window: float, now: float) -> None:
        """One failure: ignored while `lock_key` holds a time after now; the failure that makes
        `limit` within `window` sets `lock_key` to now + window and clears the failures."""

    def locked_until(self, lock_key: str, now: float) -> float:
        """The time `lock_key` holds when it is after now, else 0."""

    def put(self, key: str, value: str, ttl: float, now: float) -> None:
        """Keeps `value` under `key` for `ttl` seconds (replacing what was there)."""

    def value(self, key: str, now: float) -> str | None:
        """What `put` kept under `key`, while it lasts."""


class MemoryStore:
    """The store of one process. Bounded: idle entries are swept out, and at most `max_marks`
    marks are kept (the oldest go first)."""

    def __init__(self, max_marks: int = SEEN_IDS_MAX * 4) -> None:
        self.max_marks = max_marks
        self._logs: dict[str, tuple[deque[float], float]] = {}  # key -> (times, window)
        self._marks: OrderedDict[str, float] = OrderedDict()  # key -> expires at
        self._locks: dict[str, float] = {}  # key -> locked until
        self._values: OrderedDict[str, tuple[float, str]] = OrderedDict()  # key -> (expires at, value)
        self._lock = threading.Lock()
        self._last_sweep: float | None = None

    def __len__(self) -> int:
        with self._lock:
            return len(self._logs) + len(self._marks) + len(self._locks) + len(self._values)

    def _sweep(self, now: float) -> None:
        """Forget what has expired, at most every 10 seconds of the clock."""
        if self._last_sweep is not None and 0 <= now - self._last_sweep < 10:
            return
        self._last_sweep = now
        for key in [k for k, (times, window) in self._logs.items() if not times or now - times[-1] >= window]:
            del self._logs[key]
        for key in [k for k, expires in self._marks.items() if expires <= now]:
            del self._marks[key]
        for key in [k for k, until in self._locks.items() if until <= now]:
            del self._locks[key]
        for key in [k for k, (expires, _) in self._values.items() if expires <= now]:
            del self._values[key]

    def _times(self, key: str, window: float, now: float) -> deque[float]:
        times, _ = self._logs.get(key, (None, window))
        if times is None:
            times = deque()
        while times and now - times[0] >= window:
            times.popleft()
        self._logs[key] = (times, window)
        return times

    def window_hit(self, key: str, limit: int, window: float, now: float) -> float | None:
        with self._lock:
            self._sweep(now)
            times = self._times(key, window, now)
            if len(times) >= limit:
                return max(0.0, window - (now - times[0]))
            times.append(now)
            return None

    def window_count(self, key: str, window: float, now: float) -> int:
        with self._lock:
            count = len(self._times(key, window, now))
            if not count:
                del self._logs[key]
            return count

    def _marked(self, key: str, now: float) -> bool:
        expires = self._marks.get(key)
        if expires is not None and expires <= now:
            del self._marks[key]
            return False
        return expires is not None

    def _mark(self, key: str, ttl: float, now: float) -> None:
        self._marks[key] = now + ttl
        self._marks.move_to_end(key)
        while len(self._marks) > self.max_marks:
            self._marks.popitem(last=False)

    def add(self, key: str, ttl: float, now: float) -> bool:
        with self._lock:
            self._sweep(now)
            if self._marked(key, now):
                return False
            self._mark(key, ttl, now)
            return True

    def touch(self, key: str, ttl: float, now: float) -> bool:
        with self._lock:
            self._sweep(now)
            was = self._marked(key, now)
            self._mark(key, ttl, now)
            return not was

    def marked(self, key: str, now: float) -> bool:
        with self._lock:
            return self._marked(key, now)

    def fail(self, failures_key: str, lock_key: str, limit: int, window: float, now: float) -> None:
        with self._lock:
            self._sweep(now)
            if self._locks.get(lock_key, 0.0) > now:
                return  # refused lookups do not extend the lock
            self._locks.pop(lock_key, None)
            times = self._times(failures_key, window, now)
            times.append(now)
            if len(times) >= limit:
                self._locks[lock_key] = now + window
                del self._logs[failures_key]

    def locked_until(self, lock_key: str, now: float) -> float:
        with self._lock:
            until = self._locks.get(lock_key, 0.0)
            if until and until <= now:
                del self._locks[lock_key]
                return 0.0
            return until

    def put(self, key: str, value: str, ttl: float, now: float) -> None:
        with self._lock:
            self._sweep(now)
            self._values.pop(key, None)
            self._values[key] = (now + ttl, value)
            while len(self._values) > self.max_marks:
                self._values.popitem(last=False)

    def value(self, key: str, now: float) -> str | None:
        with self._lock:
            entry = self._values.get(key)
            if entry is None or entry[0] <= now:
                return None
            return entry[1]


def _ms(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))


# KEYS[1] the window; ARGV: now, window, limit, a unique member. Returns "" when counted, else
# the seconds to wait (a string: Redis turns Lua numbers into integers).
_WINDOW_HIT = """
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) < limit then
  redis.call('ZADD', KEYS[1], now, ARGV[4])
  redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000))
  return ''
end
local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
return tostring(window - (now - tonumber(oldest[2])))
"""

# A mark holds the time it ends (the guard's clock), and expires in Redis a little later by itself.
# KEYS[1] the mark; ARGV: now, ttl, 1 to set it also when marked (touch) or 0 (add). Returns 1
# when it was not marked.
_MARK = """
local now, ttl = tonumber(ARGV[1]), tonumber(ARGV[2])
local ends = tonumber(redis.call('GET', KEYS[1]) or '0')
local was = ends > now
if was and ARGV[3] == '0' then return 0 end
redis.call('SET', KEYS[1], tostring(now + ttl), 'PX', math.ceil(ttl * 1000))
if was then return 0 end
return 1
"""

# KEYS[1] failures, KEYS[2] lock; ARGV: now, window, limit, a unique member.
_FAIL = """
local now, window, limit = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local untl = tonumber(redis.call('GET', KEYS[2]) or '0')
if untl > now then return 0 end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
redis.call('ZADD', KEYS[1], now, ARGV[4])
redis.call('PEXPIRE', KEYS[1], math.ceil(window * 1000))
if redis.call('ZCARD', KEYS[1]) >= limit then
  redis.call('SET', KEYS[2], tostring(now + window), 'PX', math.ceil(window * 1000))
  redis.call('DEL', KEYS[1])
end
return 1
"""


class RedisStore:
    """The store shared by every process that uses the same Redis database and prefix. Keys
    expire by themselves (PEXPIRE), so nothing needs sweeping. A failing Redis raises
    GuardUnavailable (its type only: the error may quote a key)."""

    def __init__(self, client, prefix: str = "vpw:guard:") -> None:
        self.client, self.prefix = client, prefix
        self._window_hit = client.register_script(_WINDOW_HIT)
        self._mark = client.register_script(_MARK)
        self._fail = client.register_script(_FAIL)

    @classmethod
    def from_url(cls, url: str, prefix: str = "vpw:guard:") -> RedisStore:
        import redis  # only when Redis is configured

        return cls(redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2,
                                        health_check_interval=30), prefix)

    @contextlib.contextmanager
    def _asking(self):
        import redis

        try:
            yield
        except redis.RedisError as exc:
            raise GuardUnavailable(type(exc).__name__) from None

    def window_hit(self, key: str, limit: int, window: float, now: float) -> float | None:
        with self._asking():
            wait = self._window_hit(keys=[self.prefix + key], args=[repr(now), repr(window), limit, _member(now)])
        wait = wait.decode() if isinstance(wait, bytes) else wait
        return None if not wait else max(0.0, float(wait))

    def window_count(self, key: str, window: float, now: float) -> int:
        with self._asking():
            return int(self.client.zcount(self.prefix + key, f"({now - window!r}", "+inf"))

    def add(self, key: str, ttl: float, now: float) -> bool:
        with self._asking():
            return bool(self._mark(keys=[self.prefix + key], args=[repr(now), repr(float(ttl)), 0]))

    def touch(self, key: str, ttl: float, now: float) -> bool:
        with self._asking():
            return bool(self._mark(keys=[self.prefix + key], args=[repr(now), repr(float(ttl)), 1]))

    def marked(self, key: str, now: float) -> bool:
        with self._asking():
            raw = self.client.get(self.prefix + key)
        return bool(raw) and float(raw) > now

    def fail(self, failures_key: str, lock_key: str, limit: int, window: float, now: float) -> None:
        with self._asking():
            self._fail(keys=[self.prefix + failures_key, self.prefix + lock_key],
                       args=[repr(now), repr(window), limit, _member(now)])

    def locked_until(self, lock_key: str, now: float) -> float:
        with self._asking():
            raw = self.client.get(self.prefix + lock_key)
        until = float(raw) if raw else 0.0
        return until if until > now else 0.0

    def put(self, key: str, value: str, ttl: float, now: float) -> None:
        with self._asking():
            self.client.set(self.prefix + key, value, px=_ms(ttl))

    def value(self, key: str, now: float) -> str | None:
        with self._asking():
            raw = self.client.get(self.prefix + key)
        return raw.decode("utf-8") if isinstance(raw, bytes) else raw


def _member(now: float) -> str:
    return f"{now!r}:{uuid.uuid4().hex}"


def store_from(settings: GuardSettings) -> MemoryStore | RedisStore:
    """Redis when BOT_REDIS_URL is set, else a new store in this process's memory (each channel
    holds its own: one channel object per process)."""
    if settings.redis_url:
        return RedisStore.from_url(settings.redis_url, settings.key_prefix)
    return MemoryStore()


def store_from_settings(settings: Settings | None = None) -> MemoryStore | RedisStore:
    """The store of `settings` (default: this process's), from only the Redis settings (for the
    code attempts, which need no channel limits: a wrong limit does not matter here)."""
    settings = settings or bot_settings.current()
    if settings.redis_url:
        return RedisStore.from_url(settings.redis_url, settings.channels.guards.redis_prefix or "vpw:guard:")
    return MemoryStore()


def bounded_key(key: str) -> str:
    """`key`, or its hash when longer than MAX_KEY_CHARS (memory and key size stay bounded)."""
    if len(key) <= MAX_KEY_CHARS:
        return key
    return "sha256:" + hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()


def _warn_unavailable(guard: str, exc: GuardUnavailable, outcome: str) -> None:
    logger.warning("guards: Redis unavailable (%s) for %s; %s", exc, guard, outcome)


# --- the guards -----------------------------------------------------------------------------------

class RateLimit:
    """At most `limit` events per key in any `window` seconds. When the store cannot be asked the
    event is allowed (a flood guard must not stop everyone)."""

    def __init__(self, name: str, limit: int = DEFAULT_MESSAGES_PER_MINUTE, window: float = RATE_WINDOW_SECONDS,
                 store: MemoryStore | RedisStore | None = None, clock: Clock = time.time) -> None:
        if limit < 1 or window <= 0:
            raise ValueError("limit must be at least 1 and window positive")
        self.name, self.limit, self.window = name, limit, float(window)
        self.store = MemoryStore() if store is None else store
        self._clock = clock

    def hit(self, key: str) -> float | None:
        """Counts one event; None when allowed, else the seconds to wait (not counted)."""
        try:
            return self.store.window_hit(f"rate:{self.name}:{bounded_key(key)}", self.limit, self.window,
                                         self._clock())
        except GuardUnavailable as exc:
            _warn_unavailable(f"the {self.name} limit", exc, "allowed")
            return None

    def check(self, key: str) -> str:
        """"ok"; "too_fast" for the first refused event (answer it once); "drop" for the ones after
        it until the window lets one through again (stay quiet)."""
        wait = self.hit(key)
        if wait is None:
            return "ok"
        try:
            first = self.store.add(f"refused:{self.name}:{bounded_key(key)}", max(wait, 0.001), self._clock())
        except GuardUnavailable:
            first = True
        return "too_fast" if first else "drop"


class SeenIds:
    """Delivery ids taken in the last `ttl` seconds. When the store cannot be asked a delivery
    counts as new (answered, perhaps twice, rather than lost)."""

    def __init__(self, name: str, ttl: float = SEEN_IDS_SECONDS, store: MemoryStore | RedisStore | None = None,
                 clock: Clock = time.time) -> None:
        if ttl <= 0:
            raise ValueError("ttl must be positive")
        self.name, self.ttl = name, float(ttl)
        self.store = MemoryStore(max_marks=SEEN_IDS_MAX) if store is None else store
        self._clock = clock

    def first_time(self, ids: Iterable[str]) -> bool:
        """True (and all of `ids` remembered) when none of them was seen; False for a repeat."""
        ids = [f"seen:{self.name}:{bounded_key(i)}" for i in ids]
        if not ids:
            return True
        now = self._clock()
        try:
            if any(self.store.marked(i, now) for i in ids[1:]):
                return False
            if not self.store.add(ids[0], self.ttl, now):
                return False
            for other in ids[1:]:
                self.store.add(other, self.ttl, now)
            return True
        except GuardUnavailable as exc:
            _warn_unavailable(f"the {self.name} seen ids", exc, "taken as new")
            return True

    def seen_before(self, delivery_id: str) -> bool:
        return not self.first_time([delivery_id])


class _TimedMarks:
    """Marks of one `name` that last `ttl` seconds, in a store (memory, or Redis for every
    process), on the guard's clock."""

    def __init__(self, name: str, ttl: float, store: MemoryStore | RedisStore | None = None,
                 clock: Clock = time.time) -> None:
        self.name, self.ttl = name, float(ttl)
        self.store = MemoryStore() if store is None else store
        self._clock = clock


class FirstContact(_TimedMarks):
    """Which conversations were greeted (the admin notice): a conversation is new again after
    `ttl` seconds without a message. When the store cannot be asked, the notice is given."""

    def is_first(self, conversation_id: str) -> bool:
        try:
            return self.store.touch(f"greeted:{self.name}:{bounded_key(conversation_id)}", self.ttl, self._clock())
        except GuardUnavailable as exc:
            _warn_unavailable("the admin notice", exc, "given")
            return True


class Revocations(_TimedMarks):
    """Sessions that were ended (the web chat's wipe), refused for `ttl` seconds (the lifetime of
    their tokens). When the store cannot be asked a session counts as revoked (refused)."""

    def revoke(self, session_id: str) -> None:
        """Raises GuardUnavailable when the store cannot be asked (the wipe must not look done)."""
        self.store.touch(f"revoked:{self.name}:{bounded_key(session_id)}", self.ttl, self._clock())

    def is_revoked(self, session_id: str) -> bool:
        try:
            return self.store.marked(f"revoked:{self.name}:{bounded_key(session_id)}", self._clock())
        except GuardUnavailable as exc:
            _warn_unavailable("the revoked sessions", exc, "refused")
            return True


class AttemptLimiter:
    """Wrong codes per key: after `max_failures` within `window_seconds` the key is locked for
    `window_seconds` from the last of them, and lookups are refused without touching the database;
    refused lookups do not extend the lock, and after it the count starts again. When the store
    cannot be asked, lookups are refused (a code guess must not get through unlimited)."""

    def __init__(self, max_failures: int = CODE_FAILURES_PER_CONVERSATION,
                 window_seconds: float = CODE_WINDOW_SECONDS, name: str = "codes",
                 store: MemoryStore | RedisStore | None = None, clock: Clock = time.time) -> None:
        if max_failures < 1:
            raise ValueError("max_failures must be at least 1")
        if window_seconds <= 0:
            raise ValueError("window_seconds must be positive")
        self.max_failures, self.window_seconds, self.name = max_failures, float(window_seconds), name
        self.store = MemoryStore() if store is None else store
        self._clock = clock

    def _keys(self, key: str) -> tuple[str, str]:
        key = bounded_key(key)
        return f"fail:{self.name}:{key}", f"lock:{self.name}:{key}"

    def retry_after(self, key: str) -> float:
        """Seconds until `key` may look up a code again; 0 when it may now."""
        now = self._clock()
        try:
            until = self.store.locked_until(self._keys(key)[1], now)
        except GuardUnavailable as exc:
            _warn_unavailable("the code attempts", exc, "refused")
            return self.window_seconds
        return max(0.0, until - now) if until else 0.0

    def is_allowed(self, key: str) -> bool:
        return self.retry_after(key) == 0.0

    def record_failure(self, key: str) -> None:
        """Counts one wrong code for `key`; the failure that reaches the limit starts the lock."""
        failures, lock = self._keys(key)
        try:
            self.store.fail(failures, lock, self.max_failures, self.window_seconds, self._clock())
        except GuardUnavailable as exc:
            _warn_unavailable("the code attempts", exc, "not counted")

    def failures(self, key: str) -> int:
        """Wrong codes within the window that have not (yet) led to a lock."""
        return self.store.window_count(self._keys(key)[0], self.window_seconds, self._clock())


class CodeAttempts:
    """Wrong reference codes per conversation and per client (the opaque client key the channels
    put into the message metadata). There is deliberately no limit across all conversations: one
    person could use it to lock everyone out of changing or cancelling. Keys chosen by a client
    (the REST sender id) can be rotated, so this is one layer: the code space (2**60) is the main
    protection."""

    def __init__(self, per_conversation: int = CODE_FAILURES_PER_CONVERSATION,
                 per_client: int = CODE_FAILURES_PER_CLIENT, window_seconds: float = CODE_WINDOW_SECONDS,
                 store: MemoryStore | RedisStore | None = None, clock: Clock = time.time) -> None:
        store = MemoryStore() if store is None else store
        self.conversations = AttemptLimiter(per_conversation, window_seconds, "codes-conversation", store, clock)
        self.clients = AttemptLimiter(per_client, window_seconds, "codes-client", store, clock)

    def retry_after(self, conversation: str, client: str | None = None) -> float:
        """Seconds until this conversation (and client) may try a code again; 0 when it may now."""
        waits = [self.conversations.retry_after("c:" + conversation)]
        if client:
            waits.append(self.clients.retry_after("k:" + client))
        return max(waits)

    def record_failure(self, conversation: str, client: str | None = None) -> None:
        self.conversations.record_failure("c:" + conversation)
        if client:
            self.clients.record_failure("k:" + client)


class ConversationQueue:
    """Messages of one conversation are handled one at a time, in the order they came in
    (asyncio.Lock wakes its waiters first in, first out). Per process; see the module docstring."""

    def __init__(self) -> None:
        self._entries: dict[str, list] = {}  # key -> [lock, users]

    def __len__(self) -> int:
        return len(self._entries)

    @contextlib.asynccontextmanager
    async def turn(self, key: str) -> AsyncIterator[None]:
        entry = self._entries.setdefault(key, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0]:
                yield
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                del self._entries[key]


def retry_after_seconds(value: str | None, cap: float = MAX_RETRY_AFTER_SECONDS) -> float | None:
    """A Retry-After header in seconds, between 0 and `cap`; None when absent or not a number of
    seconds (an HTTP date is not waited for: the caller's own back-off applies)."""
    if value is None:
        return None
    try:
        seconds = float(value.strip())
    except ValueError:
        return None
    if not math.isfinite(seconds):
        return None
    return min(max(seconds, 0.0), cap)
