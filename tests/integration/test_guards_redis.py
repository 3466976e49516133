"""bot.channels.guards against both stores, the memory one and a real Redis (127.0.0.1:6379,
scripts/ensure-redis.sh), with one set of tests: the interface behaves the same on both. Then what
only Redis gives: two processes share one limit, one book of seen ids and one set of revocations,
and every key expires by itself.

Each test uses a random key prefix and deletes its keys afterwards.
"""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import redis

from bot.channels import guards
from bot.channels.offers import OfferedButtons, dialogue_text, offered_buttons
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def prefix():
    """A random prefix; afterwards every key under it is deleted."""
    name = f"test-guards-{uuid.uuid4().hex}:"
    yield name
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=name + "*"))
    if keys:
        client.delete(*keys)
    client.close()


@pytest.fixture(params=["memory", "redis"])
def store(request, prefix):
    if request.param == "memory":
        return guards.MemoryStore()
    return guards.RedisStore.from_url(REDIS_URL, prefix)


# --- one interface, two stores --------------------------------------------------------------------

def test_rate_limit_sliding_window(store):
    clock = Clock(0.0)
    limit = guards.RateLimit("t", limit=3, window=60, store=store, clock=clock)
    assert [limit.hit("a") for _ in range(3)] == [None, None, None]
    assert limit.hit("a") == pytest.approx(60)
    assert limit.hit("b") is None
    clock.now = 30
    assert limit.hit("a") == pytest.approx(30)
    clock.now = 60
    assert limit.hit("a") is None and limit.hit("a") is None


def test_rate_limit_answers_a_flood_once(store):
    clock = Clock(0.0)
    limit = guards.RateLimit("t", limit=3, window=60, store=store, clock=clock)
    assert [limit.check("a") for _ in range(5)] == ["ok", "ok", "ok", "too_fast", "drop"]
    clock.now = 60.0
    assert [limit.check("a") for _ in range(4)] == ["ok", "ok", "ok", "too_fast"]


def test_seen_ids(store):
    seen = guards.SeenIds("t", ttl=60, store=store, clock=Clock())
    assert seen.first_time(["event:1", "message:1"]) is True
    assert seen.first_time(["event:1", "message:1"]) is False
    assert seen.first_time(["event:2", "message:1"]) is False
    assert seen.first_time(["event:3", "message:2"]) is True


def test_first_contact_and_revocations(store):
    clock = Clock()
    first = guards.FirstContact("t", ttl=60, store=store, clock=clock)
    assert [first.is_first("a"), first.is_first("a"), first.is_first("b")] == [True, False, True]
    revoked = guards.Revocations("t", ttl=60, store=store, clock=clock)
    assert not revoked.is_revoked("s")
    revoked.revoke("s")
    assert revoked.is_revoked("s") and not revoked.is_revoked("t")


def test_attempt_limiter_locks_and_refused_lookups_do_not_extend_the_lock(store):
    clock = Clock()
    limiter = guards.AttemptLimiter(max_failures=3, window_seconds=900, store=store, clock=clock)
    for _ in range(2):
        limiter.record_failure("k")
        clock.now += 10
    assert limiter.failures("k") == 2 and limiter.is_allowed("k")
    limiter.record_failure("k")
    assert limiter.retry_after("k") == pytest.approx(900) and limiter.failures("k") == 0
    clock.now += 300
    limiter.record_failure("k")  # while locked: not counted, the lock stays where it was
    assert limiter.retry_after("k") == pytest.approx(600)
    clock.now += 600
    assert limiter.is_allowed("k") and limiter.failures("k") == 0
    assert limiter.is_allowed("other")


def test_failures_slide_out_of_the_window(store):
    clock = Clock()
    limiter = guards.AttemptLimiter(max_failures=5, window_seconds=900, store=store, clock=clock)
    for _ in range(4):
        limiter.record_failure("k")
    clock.now += 900
    for _ in range(4):
        limiter.record_failure("k")
    assert limiter.is_allowed("k") and limiter.failures("k") == 4


def test_code_attempts_per_conversation_and_per_client(store):
    codes = guards.CodeAttempts(per_conversation=3, per_client=5, window_seconds=60, store=store, clock=Clock())
    for n in range(5):
        codes.record_failure(f"gesprek-{n}", "adres-1")
    assert codes.retry_after("gesprek-nieuw", "adres-1") == pytest.approx(60)
    assert codes.retry_after("gesprek-nieuw", "adres-2") == 0
    for _ in range(3):
        codes.record_failure("gesprek-x")
    assert codes.retry_after("gesprek-x") == pytest.approx(60)


def test_values_are_kept_replaced_and_expire(store):
    clock = Clock(0.0)
    store.put("v:a", '["/ja"]', 60, clock())
    assert store.value("v:a", clock()) == '["/ja"]' and store.value("v:b", clock()) is None
    store.put("v:a", "[]", 60, clock())
    assert store.value("v:a", clock()) == "[]"
    if isinstance(store, guards.MemoryStore):  # Redis expires by its own clock (PX), checked below
        clock.now = 61
        assert store.value("v:a", clock()) is None


def test_offered_buttons_in_the_store(store):
    clock = Clock()
    book = OfferedButtons(60, clock=clock, store=store)
    book.offer("gesprek", ["/ja", "/nee", "geen payload"])
    assert book.was_offered("gesprek", "/ja") and not book.was_offered("gesprek", "geen payload")
    assert dialogue_text(book, "gesprek", "/nee") == "/nee" and dialogue_text(book, "ander", "/nee") == "nee"
    book.offer("gesprek", [])  # an answer without buttons clears them
    assert not book.was_offered("gesprek", "/ja")


# --- what only Redis gives: several processes, one state ------------------------------------------

def test_two_guard_instances_on_one_redis_share_the_limit(prefix):
    """Two processes' view: two stores with their own connections, one limit between them."""
    one = guards.RateLimit("messages", limit=4, store=guards.RedisStore.from_url(REDIS_URL, prefix))
    two = guards.RateLimit("messages", limit=4, store=guards.RedisStore.from_url(REDIS_URL, prefix))
    assert [one.check("gesprek"), two.check("gesprek"), one.check("gesprek"), two.check("gesprek")] == ["ok"] * 4
    assert two.check("gesprek") == "too_fast"  # the fifth, whichever process gets it
    assert one.check("gesprek") == "drop"  # and the refusal was answered once, by the other one
    seen_one = guards.SeenIds("teams", store=guards.RedisStore.from_url(REDIS_URL, prefix))
    seen_two = guards.SeenIds("teams", store=guards.RedisStore.from_url(REDIS_URL, prefix))
    assert seen_one.first_time(["activity-1"]) is True and seen_two.first_time(["activity-1"]) is False


def test_a_button_offered_by_one_process_may_be_clicked_in_another(prefix):
    """Behind nginx the answer with the buttons and the click reach different Rasa processes."""
    answering = offered_buttons(guards.RedisStore.from_url(REDIS_URL, prefix), 1800)
    clicked = offered_buttons(guards.RedisStore.from_url(REDIS_URL, prefix), 1800)
    answering.offer("webchat-x", ["/bevestigen"])
    assert clicked.was_offered("webchat-x", "/bevestigen")
    assert 0 < answering._store.client.pttl(prefix + "offers:webchat-x") <= 1800 * 1000
    assert isinstance(offered_buttons(guards.MemoryStore())._store, type(None))  # one process: its memory


CHILD = """
import sys
from bot.channels import guards
store = guards.RedisStore.from_url(sys.argv[1], sys.argv[2])
limit = guards.RateLimit("messages", limit=5, store=store)
print(",".join(limit.check("gesprek") for _ in range(3)))
codes = guards.CodeAttempts(per_conversation=3, store=store)
for _ in range(3):
    codes.record_failure("gesprek")
guards.Revocations("webchat", 600, store).revoke("sessie")
"""


def test_another_process_sees_the_same_limit_codes_and_revocations(prefix):
    store = guards.RedisStore.from_url(REDIS_URL, prefix)
    limit = guards.RateLimit("messages", limit=5, store=store)
    assert [limit.check("gesprek") for _ in range(3)] == ["ok"] * 3
    child = subprocess.run([sys.executable, "-c", CHILD, REDIS_URL, prefix], cwd=ROOT, capture_output=True,
                           text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.returncode == 0, child.stderr[-2000:]
    assert child.stdout.strip() == "ok,ok,too_fast"  # 3 here + 2 there = the limit of 5
    assert limit.check("gesprek") == "drop"
    assert guards.CodeAttempts(per_conversation=3, store=store).retry_after("gesprek") > 0
    assert guards.Revocations("webchat", 600, store).is_revoked("sessie")


def test_every_key_expires_by_itself(prefix):
    """Nothing stays in Redis longer than its guard needs it (no sweeping, no growth)."""
    store = guards.RedisStore.from_url(REDIS_URL, prefix)
    guards.RateLimit("m", limit=1, store=store).check("a")
    guards.RateLimit("m", limit=1, store=store).check("a")  # also the "refused" mark
    guards.SeenIds("s", ttl=120, store=store).first_time(["x", "y"])
    guards.FirstContact("f", 1800, store=store).is_first("a")
    guards.Revocations("r", 1800, store=store).revoke("s")
    codes = guards.CodeAttempts(per_conversation=2, store=store)
    codes.record_failure("a", "k")
    codes.record_failure("a", "k")
    keys = {key.decode().removeprefix(prefix) for key in store.client.scan_iter(match=prefix + "*")}
    assert keys == {"rate:m:a", "refused:m:a", "seen:s:x", "seen:s:y", "greeted:f:a", "revoked:r:s",
                    "lock:codes-conversation:c:a", "fail:codes-client:k:k"}
    ttls = {key: store.client.pttl(prefix + key) for key in keys}
    assert all(0 < ttl <= 1800 * 1000 for ttl in ttls.values()), ttls


def test_a_redis_that_is_down_lets_messages_through_and_refuses_codes(caplog):
    store = guards.RedisStore.from_url("redis://127.0.0.1:1/0")  # nothing listens on port 1
    assert guards.RateLimit("m", store=store).check("a") == "ok"
    assert guards.SeenIds("s", store=store).first_time(["x"]) is True
    assert guards.Revocations("r", 60, store=store).is_revoked("s") is True
    assert guards.CodeAttempts(store=store).retry_after("a") > 0
    assert "Redis unavailable (ConnectionError)" in caplog.text


def test_bot_redis_url_selects_the_redis_store(prefix):
    store = guards.store_from(guards.GuardSettings.from_settings(
        Settings.from_env({"BOT_REDIS_URL": REDIS_URL, "BOT_REDIS_PREFIX": prefix})))
    assert isinstance(store, guards.RedisStore) and store.prefix == prefix
    assert isinstance(guards.store_from_settings(Settings.from_env({"BOT_REDIS_URL": REDIS_URL})), guards.RedisStore)
