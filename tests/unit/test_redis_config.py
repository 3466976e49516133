"""BOT_REDIS_URL: which Redis holds the state several Rasa processes share, and the stores it picks."""

import pytest
from rasa.core.lock_store import InMemoryLockStore, LockStore
from rasa.core.tracker_store import RedisTrackerStore
from rasa.shared.core.domain import Domain
from rasa.utils.endpoints import EndpointConfig

from bot.privacy.lock_store import RedisLeaseLockStore
from bot.privacy.tracker_store import ConfiguredTrackerStore, ExpiringInMemoryTrackerStore, FencedRedisTrackerStore
from bot.redis_config import RedisConfigError, redis_params
from bot.settings import Settings, SettingsError


def redis_url(env):
    return Settings.from_env(env).redis_url


def test_unset_or_blank_means_one_process_in_memory():
    assert redis_url({}) is None
    assert redis_url({"BOT_REDIS_URL": "  "}) is None
    assert redis_url({"BOT_REDIS_URL": " redis://h:1/2 "}) == "redis://h:1/2"


def test_a_wrong_url_stops_the_start_with_one_line_and_no_password():
    with pytest.raises(SettingsError) as err:
        redis_url({"BOT_REDIS_URL": "http://bot:topsecret@h"})
    assert "BOT_REDIS_URL" in str(err.value) and "topsecret" not in str(err.value)


def test_url_parts_become_the_stores_arguments():
    assert redis_params("redis://127.0.0.1:6380/3") == {
        "host": "127.0.0.1", "port": 6380, "db": 3, "username": None, "password": None, "use_ssl": False}
    assert redis_params("rediss://bot:s%40cret@redis.example.nl") == {
        "host": "redis.example.nl", "port": 6379, "db": 0, "username": "bot", "password": "s@cret",
        "use_ssl": True}


@pytest.mark.parametrize("url", ["http://127.0.0.1:6379", "redis://", "redis://h/zero", "redis://h:99999",
                                 "redis://h/0?db=1", "127.0.0.1:6379"])
def test_wrong_urls_are_refused(url):
    with pytest.raises(RedisConfigError):
        redis_params(url)


def test_a_refusal_never_shows_the_password():
    with pytest.raises(RedisConfigError) as err:
        redis_params("redis://bot:topsecret@h/x")
    assert "topsecret" not in str(err.value)


def test_without_redis_the_stores_are_in_memory_with_the_lifetime(monkeypatch):
    monkeypatch.delenv("BOT_REDIS_URL", raising=False)
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", "7")
    store = ConfiguredTrackerStore(Domain.empty())
    assert isinstance(store, ExpiringInMemoryTrackerStore)
    assert store.book.ttl_seconds == 7 * 60
    assert isinstance(LockStore.create(EndpointConfig(type="bot.privacy.lock_store.ConfiguredLockStore")),
                      InMemoryLockStore)


def test_with_redis_conversations_expire_after_the_same_lifetime(monkeypatch):
    monkeypatch.setenv("BOT_REDIS_URL", "redis://127.0.0.1:6390/4")
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", "7")
    monkeypatch.setenv("BOT_LOCK_LEASE_SECONDS", "6")
    store = ConfiguredTrackerStore(Domain.empty(), key_prefix="vp1")
    assert isinstance(store, FencedRedisTrackerStore) and isinstance(store, RedisTrackerStore)
    assert store.record_exp == 7 * 60 and isinstance(store.record_exp, int)  # redis-py refuses floats
    assert store.key_prefix == "vp1:tracker:"
    assert store.red.connection_pool.connection_kwargs["port"] == 6390
    assert store.red.connection_pool.connection_kwargs["db"] == 4
    assert store.red.connection_pool.connection_kwargs["socket_timeout"] == 5  # Rasa sets none
    lock_store = LockStore.create(EndpointConfig(type="bot.privacy.lock_store.ConfiguredLockStore"))
    assert isinstance(lock_store, RedisLeaseLockStore)
    assert lock_store.red.connection_pool.connection_kwargs["db"] == 4  # the tracker store's Redis
    assert lock_store.lease_ms == 6000 and lock_store.key_prefix == "lock:"


@pytest.mark.parametrize("value", ["2", "x", "-1"])
def test_a_lease_shorter_than_three_seconds_stops_the_start(value):
    with pytest.raises(SettingsError, match="BOT_LOCK_LEASE_SECONDS"):
        Settings.from_env({"BOT_LOCK_LEASE_SECONDS": value})


def test_a_lifetime_in_part_minutes_becomes_whole_seconds(monkeypatch):
    monkeypatch.setenv("BOT_REDIS_URL", "redis://127.0.0.1:6390/4")
    store = ConfiguredTrackerStore(Domain.empty(), ttl_minutes=0.255)
    assert store.record_exp == 16 and isinstance(store.record_exp, int)
