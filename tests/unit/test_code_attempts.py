"""CodeAttempts: wrong reference codes limited per conversation and per client, nothing global."""

from bot.channels.guards import MAX_KEY_CHARS, CodeAttempts


def attempts(clock):
    return CodeAttempts(per_conversation=3, per_client=5, window_seconds=60, clock=lambda: clock[0])


def test_a_conversation_is_locked_after_its_limit_and_free_again_after_the_window():
    clock = [0.0]
    limits = attempts(clock)
    for _ in range(3):
        assert limits.retry_after("gesprek-1") == 0
        limits.record_failure("gesprek-1")
    assert limits.retry_after("gesprek-1") == 60
    assert limits.retry_after("gesprek-2") == 0
    clock[0] = 60
    assert limits.retry_after("gesprek-1") == 0


def test_new_conversations_from_one_client_hit_the_client_limit():
    clock = [0.0]
    limits = attempts(clock)
    for n in range(5):
        limits.record_failure(f"gesprek-{n}", "adres-1")
    assert limits.retry_after("gesprek-nieuw", "adres-1") == 60
    assert limits.retry_after("gesprek-nieuw", "adres-2") == 0
    assert limits.retry_after("gesprek-nieuw") == 0  # without a client key: the conversation's limit only


def test_without_a_client_key_one_person_cannot_lock_out_others():
    clock = [0.0]
    limits = attempts(clock)
    for n in range(1000):
        limits.record_failure(f"gesprek-{n}")
    assert limits.retry_after("iemand-anders") == 0


def test_conversation_and_client_keys_never_mix():
    clock = [0.0]
    limits = attempts(clock)
    for _ in range(5):
        limits.record_failure("x", "x")
    assert limits.retry_after("y", "x") == 60 and limits.retry_after("x", "y") == 60
    assert limits.retry_after("y", "y") == 0


def test_long_keys_are_stored_bounded():
    clock = [0.0]
    limits = attempts(clock)
    long_key = "k" * 100_000
    for _ in range(3):
        limits.record_failure(long_key, long_key)
    assert limits.retry_after(long_key) == 60
    assert limits.retry_after("k" * 99_999) == 0
    store = limits.conversations.store  # one store for both limits
    stored = store._locks.keys() | store._logs.keys()
    assert len(stored) == 2 and all(len(k) <= MAX_KEY_CHARS + 40 for k in stored)  # + "lock:<name>:"
