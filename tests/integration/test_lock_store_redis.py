"""bot.privacy.lock_store.RedisLeaseLockStore against a real Redis (127.0.0.1:6379, database 11 unless
TEST_REDIS_LOCK_URL says otherwise; scripts/ensure-redis.sh): turns in arrival order, one at a time
across processes, a dead process's turn ending after its lease, a living one keeping its turn as
long as it works, and no stale write after a lost lease (the tracker store's fenced save).

Each test uses a random key prefix and deletes its keys afterwards.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
import redis
from rasa.core.lock_store import LockError

from bot.privacy.lock_store import EXPIRY_MARGIN_MS, RedisLeaseLockStore, held_lease

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("TEST_REDIS_LOCK_URL", "redis://127.0.0.1:6379/11")


@pytest.fixture
def prefix():
    name = "testlock" + uuid.uuid4().hex[:12]
    yield name
    client = redis.Redis.from_url(REDIS_URL)
    keys = list(client.scan_iter(match=name + ":*"))
    if keys:
        client.delete(*keys)
    client.close()


def store(prefix: str, lease: float = 3, poll: float = 0.02) -> RedisLeaseLockStore:
    made = RedisLeaseLockStore.from_url(REDIS_URL, key_prefix=prefix, lease_seconds=lease)
    made.poll_seconds = poll
    return made


def test_turns_are_served_in_arrival_order_one_at_a_time(prefix):
    locks = store(prefix)
    order, inside = [], []

    async def message(i: int) -> None:
        async with locks.lock("c1"):
            inside.append(i)
            assert len(inside) == 1, inside
            await asyncio.sleep(0.03)
            order.append(i)
            inside.remove(i)

    async def main() -> None:
        tasks = []
        for i in range(6):
            tasks.append(asyncio.create_task(message(i)))
            await asyncio.sleep(0.005)  # they arrive in this order
        await asyncio.gather(*tasks)

    asyncio.run(main())
    assert order == list(range(6))
    assert not redis.Redis.from_url(REDIS_URL).exists(f"{prefix}:lock:c1")  # the last one deleted it


def test_the_lease_is_held_only_inside_the_lock(prefix):
    locks = store(prefix)

    async def main():
        assert held_lease() is None
        async with locks.lock("c2") as lease:
            assert held_lease() is lease and lease.conversation_id == "c2"
        assert held_lease() is None

    asyncio.run(main())


# Run in separate processes: each takes the lock of one conversation many times and increments a
# counter in Redis by GET and SET with a pause between (not atomic on purpose). Only when no two
# holders ever overlap does the counter end at processes x rounds.
_WORKER = """
import asyncio, sys, time
import redis
from bot.privacy.lock_store import RedisLeaseLockStore
url, prefix, rounds, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
locks = RedisLeaseLockStore.from_url(url, key_prefix=prefix, lease_seconds=5)
locks.poll_seconds = 0.002
client = redis.Redis.from_url(url)
counter = prefix + ":counter"
async def main():
    for _ in range(rounds):
        async with locks.lock("shared"):
            value = int(client.get(counter) or 0)
            await asyncio.sleep(0.001)
            client.set(counter, value + 1)
time.sleep(max(0.0, start - time.time()))  # all processes begin at the same moment
asyncio.run(main())
"""


def test_several_processes_never_hold_one_conversation_at_once(prefix):
    processes, rounds = 4, 25
    start = time.time() + 3  # the interpreters need a moment to import
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    workers = [subprocess.Popen([sys.executable, "-c", _WORKER, REDIS_URL, prefix, str(rounds), repr(start)],
                                cwd=ROOT, env=env) for _ in range(processes)]
    for worker in workers:
        assert worker.wait(timeout=120) == 0
    assert int(redis.Redis.from_url(REDIS_URL).get(prefix + ":counter")) == processes * rounds


def test_a_dead_holder_blocks_its_conversation_for_one_lease_at_most(prefix):
    locks = store(prefix, lease=1.5)
    locks.issue("c3")  # taken and then the process "dies": never renewed, never given back

    async def main() -> float:
        started = time.monotonic()
        async with locks.lock("c3"):
            return time.monotonic() - started

    waited = asyncio.run(main())
    assert 0.5 < waited < 1.5 + 1.0, waited  # the lease, and a busy machine's slack


def test_a_living_holder_keeps_its_turn_longer_than_the_lease(prefix):
    locks = store(prefix, lease=1.5)
    events = []

    async def long_message() -> None:
        async with locks.lock("c4"):
            events.append("long starts")
            await asyncio.sleep(3.5)  # more than two leases: renewed meanwhile
            events.append("long ends")

    async def next_message() -> None:
        await asyncio.sleep(0.1)
        async with locks.lock("c4"):
            events.append("next starts")

    async def main() -> None:
        await asyncio.gather(long_message(), next_message())

    asyncio.run(main())
    assert events == ["long starts", "long ends", "next starts"]


def test_a_lock_left_behind_expires_by_itself(prefix):
    locks = store(prefix, lease=3)
    locks.issue("c5")
    ttl = redis.Redis.from_url(REDIS_URL).pttl(f"{prefix}:lock:c5")
    assert 3000 < ttl <= 3000 + EXPIRY_MARGIN_MS


def test_a_stalled_holder_cannot_write_after_its_lease_ended(prefix):
    """The fenced write of the tracker store: written while served, refused once the lease ended
    and another process went on."""
    locks = store(prefix, lease=1)
    client = redis.Redis.from_url(REDIS_URL)
    tracker_key = f"{prefix}:tracker:c6"
    stalled = locks.issue("c6")
    assert locks.turn(stalled) == 1
    assert stalled.set_if_served(tracker_key, "first", 60)
    assert client.get(tracker_key) == b"first" and 0 < client.ttl(tracker_key) <= 60
    time.sleep(1.2)  # the lease ends: no renewal
    other = locks.issue("c6")
    assert locks.turn(other) == 1  # another process goes on
    assert other.set_if_served(tracker_key, "second", 60)
    assert not stalled.set_if_served(tracker_key, "stale", 60)
    assert client.get(tracker_key) == b"second"
    assert locks.turn(stalled) == -1


def test_a_waiting_message_whose_ticket_expired_fails(prefix):
    """A process that stalls longer than the lease while its message waits loses its place: the
    message fails (LockError: the channel gives the fault answer, the client sends it again)."""
    locks = store(prefix, lease=1)
    holder = locks.issue("c7")  # another process's turn, renewed by it throughout

    async def waiting_message() -> None:
        async with locks.lock("c7"):
            raise AssertionError("served while the other turn lasted")

    async def main() -> None:
        waiting = asyncio.create_task(waiting_message())
        await asyncio.sleep(0.1)  # it waits
        for _ in range(3):  # this process's event loop stalls 1.2 s; the other process renews
            locks.renew(holder)
            time.sleep(0.4)
        locks.renew(holder)
        with pytest.raises(LockError):
            await waiting

    asyncio.run(main())
    locks.release(holder)
    assert not redis.Redis.from_url(REDIS_URL).exists(f"{prefix}:lock:c7")
