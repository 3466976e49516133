"""The wrong-code limiter (bot.channels.guards, memory store, with a fake clock; kept with the
booking tests; the same against Redis: tests/integration/test_guards_redis.py)."""

import pytest

from bot.channels.guards import AttemptLimiter


class FakeClock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_fifth_wrong_code_locks_the_key_for_the_window():
    clock = FakeClock()
    limiter = AttemptLimiter(clock=clock)  # 5 in 15 minutes
    for _ in range(4):
        limiter.record_failure("conv-a")
        clock.now += 10
    assert limiter.is_allowed("conv-a") and limiter.failures("conv-a") == 4
    limiter.record_failure("conv-a")
    assert not limiter.is_allowed("conv-a")
    assert limiter.retry_after("conv-a") == pytest.approx(900)
    clock.now += 899
    assert not limiter.is_allowed("conv-a")
    clock.now += 1
    assert limiter.is_allowed("conv-a")
    assert limiter.failures("conv-a") == 0  # a fresh start after the lock


def test_keys_are_independent():
    clock = FakeClock()
    limiter = AttemptLimiter(clock=clock)
    for _ in range(5):
        limiter.record_failure("conv-a")
    assert not limiter.is_allowed("conv-a")
    assert limiter.is_allowed("conv-b")


def test_failures_older_than_the_window_do_not_count():
    clock = FakeClock()
    limiter = AttemptLimiter(clock=clock)
    for _ in range(4):
        limiter.record_failure("k")
    clock.now += 15 * 60
    for _ in range(4):
        limiter.record_failure("k")
    assert limiter.is_allowed("k") and limiter.failures("k") == 4


def test_sliding_window_counts_recent_failures():
    clock = FakeClock()
    limiter = AttemptLimiter(clock=clock)
    for _ in range(3):
        limiter.record_failure("k")
    clock.now += 600
    limiter.record_failure("k")
    clock.now += 299  # the first three are 899 s old: still inside the window
    limiter.record_failure("k")
    assert not limiter.is_allowed("k")


def test_refused_lookups_do_not_extend_the_lock():
    clock = FakeClock()
    limiter = AttemptLimiter(max_failures=2, window_seconds=60, clock=clock)
    limiter.record_failure("k")
    limiter.record_failure("k")
    clock.now += 30
    limiter.record_failure("k")  # e.g. a caller that counts while locked
    assert limiter.retry_after("k") == pytest.approx(30)


def test_idle_keys_are_forgotten():
    clock = FakeClock()
    limiter = AttemptLimiter(clock=clock)
    for i in range(100):
        limiter.record_failure(f"conv-{i}")
    for _ in range(5):
        limiter.record_failure("locked")
    assert len(limiter.store) == 101
    clock.now += 15 * 60 + 61
    limiter.record_failure("new")  # sweeps at most every 10 s of the clock
    assert len(limiter.store) == 1


@pytest.mark.parametrize(("failures", "window"), [(0, 60), (5, 0), (5, -1)])
def test_bad_settings(failures, window):
    with pytest.raises(ValueError):
        AttemptLimiter(max_failures=failures, window_seconds=window)
