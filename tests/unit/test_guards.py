"""bot.channels.guards with the memory store and a fake clock: no sockets, no services.

The same interface against a real Redis, and two processes sharing one limit:
tests/integration/test_guards_redis.py.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.channels import guards
from bot.settings import Settings, SettingsError


def guard_settings(env):
    """The guards' settings from these variables (and nothing of the environment)."""
    return guards.GuardSettings.from_settings(Settings.from_env(env))


def store_for(env):
    return guards.store_from_settings(Settings.from_env(env))


class Clock:
    def __init__(self, now: float = 1000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


# --- rate limit -----------------------------------------------------------------------------------

def test_rate_limit_is_a_sliding_window_per_key():
    clock = Clock(0.0)
    limit = guards.RateLimit("t", limit=3, window=60, clock=clock)
    assert [limit.hit("a") for _ in range(3)] == [None, None, None]
    assert limit.hit("a") == pytest.approx(60)
    assert limit.hit("b") is None  # another key is not affected
    clock.now = 30
    assert limit.hit("a") == pytest.approx(30)  # refused events are not counted
    clock.now = 60
    assert limit.hit("a") is None  # the first three have slid out of the window
    assert limit.hit("a") is None


def test_a_flood_is_answered_once_then_dropped_until_the_window_frees():
    clock = Clock(0.0)
    limit = guards.RateLimit("t", limit=3, window=60, clock=clock)
    assert [limit.check("a") for _ in range(5)] == ["ok", "ok", "ok", "too_fast", "drop"]
    assert limit.check("b") == "ok"
    clock.now = 60.0
    assert [limit.check("a") for _ in range(4)] == ["ok", "ok", "ok", "too_fast"]


def test_one_set_of_defaults_for_every_channel():
    limit = guards.RateLimit("t")
    assert (limit.limit, limit.window) == (guards.DEFAULT_MESSAGES_PER_MINUTE, 60.0) == (20, 60.0)


def test_the_memory_store_forgets_idle_keys():
    clock = Clock(0.0)
    store = guards.MemoryStore()
    limit = guards.RateLimit("t", limit=2, window=60, store=store, clock=clock)
    for key in range(100):
        limit.hit(str(key))
    assert len(store) == 100
    clock.now = 200
    limit.hit("new")
    assert len(store) == 1


def test_long_keys_are_hashed():
    store = guards.MemoryStore()
    limit = guards.RateLimit("t", limit=1, store=store, clock=Clock())
    assert limit.hit("k" * 10_000) is None and limit.hit("k" * 10_000) is not None
    assert limit.hit("k" * 9_999) is None
    assert all(len(key) < guards.MAX_KEY_CHARS + 20 for key in store._logs)


@pytest.mark.parametrize("limit, window", [(0, 60), (3, 0)])
def test_a_rate_limit_needs_positive_settings(limit, window):
    with pytest.raises(ValueError):
        guards.RateLimit("t", limit=limit, window=window)


# --- seen ids, first contact, revocations ---------------------------------------------------------

def test_a_delivery_is_taken_once_and_any_shared_id_is_a_repeat():
    seen = guards.SeenIds("t", ttl=60, clock=Clock())
    assert seen.first_time(["event:Ev1", "message:T:D:1.1"]) is True
    assert seen.first_time(["event:Ev1", "message:T:D:1.1"]) is False  # a retry
    assert seen.first_time(["event:Ev2", "message:T:D:1.1"]) is False  # same message, other event
    assert seen.first_time(["event:Ev3", "message:T:D:1.2"]) is True
    assert seen.seen_before("c\x00id1") is False and seen.seen_before("c\x00id1") is True


def test_seen_ids_are_forgotten_after_their_lifetime_and_stay_bounded():
    clock = Clock(0.0)
    seen = guards.SeenIds("t", ttl=60, store=guards.MemoryStore(max_marks=3), clock=clock)
    assert seen.first_time(["a"]) is True
    clock.now = 59.9
    assert seen.first_time(["a"]) is False
    clock.now = 60.0
    assert seen.first_time(["a"]) is True
    for key in "bcd":
        assert seen.first_time([key]) is True
    assert len(seen.store) == 3 and seen.first_time(["a"]) is True  # the oldest went first


def test_first_contact_once_per_conversation_until_it_is_idle_for_its_lifetime():
    clock = Clock(0.0)
    first = guards.FirstContact("t", ttl=60, clock=clock)
    assert first.is_first("a") is True
    assert first.is_first("a") is False
    assert first.is_first("b") is True
    clock.now = 59
    assert first.is_first("a") is False  # still active: touched at 59
    clock.now = 59 + 60
    assert first.is_first("a") is True  # idle for the whole lifetime: a new conversation


def test_a_revoked_session_stays_revoked_for_the_lifetime():
    clock = Clock(0.0)
    revoked = guards.Revocations("t", ttl=600, clock=clock)
    assert not revoked.is_revoked("s1")
    revoked.revoke("s1")
    assert revoked.is_revoked("s1") and not revoked.is_revoked("s2")
    clock.now = 600
    assert not revoked.is_revoked("s1")


# --- when the shared store cannot be asked --------------------------------------------------------

class DownStore:
    """A store whose every operation fails, as a RedisStore does when Redis is down."""

    def __getattr__(self, name):
        def fail(*args, **kwargs):
            raise guards.GuardUnavailable("ConnectionError")
        return fail


def test_without_the_store_limits_let_through_and_security_guards_refuse(caplog):
    store = DownStore()
    assert guards.RateLimit("t", store=store).check("a") == "ok"
    assert guards.SeenIds("t", store=store).first_time(["x"]) is True
    assert guards.FirstContact("t", 60, store=store).is_first("a") is True
    assert guards.Revocations("t", 60, store=store).is_revoked("s") is True
    with pytest.raises(guards.GuardUnavailable):
        guards.Revocations("t", 60, store=store).revoke("s")
    codes = guards.CodeAttempts(store=store)
    assert codes.retry_after("c", "k") == guards.CODE_WINDOW_SECONDS
    codes.record_failure("c", "k")  # not counted, no exception
    assert "ConnectionError" in caplog.text


# --- ordering -------------------------------------------------------------------------------------

def test_messages_of_one_conversation_take_turns_in_arrival_order():
    queue = guards.ConversationQueue()
    order: list[str] = []

    async def handle(key: str, name: str, hold: asyncio.Event | None = None) -> None:
        async with queue.turn(key):
            order.append(f"start {name}")
            if hold is not None:
                await hold.wait()
            order.append(f"end {name}")

    async def main() -> None:
        hold = asyncio.Event()
        first = asyncio.create_task(handle("a", "a1", hold))
        rest = [asyncio.create_task(handle("a", f"a{n}")) for n in (2, 3)]
        other = asyncio.create_task(handle("b", "b1"))
        await other  # another conversation does not wait for a1
        assert order == ["start a1", "start b1", "end b1"]
        hold.set()
        await asyncio.gather(first, *rest)
        assert len(queue) == 0  # nothing kept once a conversation is idle

    asyncio.run(main())
    assert order[3:] == ["end a1", "start a2", "end a2", "start a3", "end a3"]


# --- Retry-After ----------------------------------------------------------------------------------

@pytest.mark.parametrize("header, seconds", [
    ("2", 2.0), (" 1.5 ", 1.5), ("0", 0.0), ("-3", 0.0), ("3600", guards.MAX_RETRY_AFTER_SECONDS),
    (None, None), ("", None), ("soon", None), ("nan", None), ("inf", None),
    ("Wed, 21 Oct 2015 07:28:00 GMT", None),
])
def test_retry_after_is_seconds_within_a_cap(header, seconds):
    assert guards.retry_after_seconds(header) == seconds


# --- settings -------------------------------------------------------------------------------------

def test_settings_defaults_without_any_variable():
    settings = guard_settings({})
    assert settings.redis_url == ""
    assert (settings.messages_per_minute, settings.sessions_per_minute) == (20, 30)
    assert settings.conversation_ttl_seconds == 1800
    assert isinstance(guards.store_from(settings), guards.MemoryStore)


def test_settings_are_read_and_the_older_name_still_works():
    env = {"BOT_REDIS_URL": "redis://:geheim@127.0.0.1:6379/3", "BOT_REDIS_PREFIX": "x:",
           "BOT_WEBCHAT_RATE_PER_MINUTE": "7", "BOT_WEBCHAT_SESSIONS_PER_MINUTE": "3",
           "BOT_CONVERSATION_TTL_MINUTES": "10"}
    settings = guard_settings(env)
    assert (settings.key_prefix, settings.messages_per_minute, settings.sessions_per_minute) == ("x:", 7, 3)
    assert settings.conversation_ttl_seconds == 600 and "geheim" not in repr(settings)
    assert guard_settings({**env, "BOT_MESSAGES_PER_MINUTE": "9"}).messages_per_minute == 9


@pytest.mark.parametrize("env, named", [
    ({"BOT_MESSAGES_PER_MINUTE": "veel"}, "BOT_MESSAGES_PER_MINUTE"),
    ({"BOT_WEBCHAT_RATE_PER_MINUTE": "0"}, "BOT_WEBCHAT_RATE_PER_MINUTE"),
    ({"BOT_WEBCHAT_SESSIONS_PER_MINUTE": "-1"}, "BOT_WEBCHAT_SESSIONS_PER_MINUTE"),
])
def test_a_wrong_setting_names_its_variable(env, named):
    with pytest.raises(guards.GuardConfigError, match=named):
        guard_settings(env)


def test_a_wrong_redis_address_stops_the_start():
    # BOT_REDIS_URL is shared by the tracker store and the guards: bot.settings checks it once.
    with pytest.raises(SettingsError, match="BOT_REDIS_URL"):
        guard_settings({"BOT_REDIS_URL": "127.0.0.1:6379"})


def test_the_code_attempts_read_only_the_redis_variables():
    assert isinstance(store_for({"BOT_MESSAGES_PER_MINUTE": "veel"}), guards.MemoryStore)
