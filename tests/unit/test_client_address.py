"""The client address behind trusted proxies, and the opaque client keys (bot.channels.client)."""

import pytest

from bot.channels.client import (
    ConfigError,
    client_address,
    client_key,
    metadata,
    parse_trusted,
    user_key,
)

PROXY = parse_trusted("10.0.0.5, 10.1.0.0/16, fd00::/8")


def test_without_trusted_proxies_the_peer_is_the_client_and_xff_is_ignored():
    assert client_address("203.0.113.7", "198.51.100.1", ()) == "203.0.113.7"
    assert client_address("203.0.113.7", None, PROXY) == "203.0.113.7"


def test_forged_xff_from_an_untrusted_peer_is_ignored():
    assert client_address("203.0.113.7", "10.0.0.5, 198.51.100.1", PROXY) == "203.0.113.7"
    assert client_address("203.0.113.7", ["1.1.1.1", "2.2.2.2"], PROXY) == "203.0.113.7"


def test_from_a_trusted_proxy_the_rightmost_untrusted_hop_is_the_client():
    assert client_address("10.0.0.5", "198.51.100.1", PROXY) == "198.51.100.1"
    # the client put a forged address in front; the proxy appended the real one
    assert client_address("10.0.0.5", "6.6.6.6, 198.51.100.1", PROXY) == "198.51.100.1"
    # two proxies in a row: both skipped
    assert client_address("10.0.0.5", "6.6.6.6, 198.51.100.1, 10.1.2.3", PROXY) == "198.51.100.1"
    # several headers count as one list, in order
    assert client_address("10.0.0.5", ["6.6.6.6", "198.51.100.1, 10.1.2.3"], PROXY) == "198.51.100.1"


def test_every_hop_trusted_gives_the_leftmost_and_garbage_stops_at_the_last_vouched_hop():
    assert client_address("10.0.0.5", "10.1.0.9, 10.1.2.3", PROXY) == "10.1.0.9"
    assert client_address("10.0.0.5", "198.51.100.1, nonsense", PROXY) == "10.0.0.5"
    assert client_address("10.0.0.5", "nonsense, 10.1.2.3", PROXY) == "10.1.2.3"
    assert client_address("10.0.0.5", "", PROXY) == "10.0.0.5"


def test_addresses_with_ports_brackets_and_mapped_ipv4_are_read():
    assert client_address("10.0.0.5", "198.51.100.1:4711", PROXY) == "198.51.100.1"
    assert client_address("fd00::1", "[2001:db8::7]:443", PROXY) == "2001:db8::7"
    assert client_address("::ffff:10.0.0.5", "198.51.100.1", PROXY) == "198.51.100.1"
    assert client_address(None, "198.51.100.1", PROXY) == "unknown"


def test_a_long_forged_chain_is_read_only_from_the_right():
    chain = ", ".join(["10.1.0.1"] * 5000)
    assert client_address("10.0.0.5", "6.6.6.6, " + chain, PROXY) == "10.1.0.1"


@pytest.mark.parametrize("raw", ["10.0.0.300", "proxy.example", "10.0.0.0/40"])
def test_a_wrong_trusted_proxy_setting_names_the_variable(raw):
    with pytest.raises(ConfigError, match="BOT_TRUSTED_PROXIES"):
        parse_trusted(raw)


def test_keys_are_opaque_stable_and_separate_per_kind(monkeypatch):
    monkeypatch.setenv("BOT_WEBCHAT_SECRET", "s" * 40)
    key = client_key("198.51.100.1")
    assert key == client_key("198.51.100.1") and key != client_key("198.51.100.2")
    assert "198.51.100.1" not in key and key.startswith("ip-") and len(key) == 35
    assert user_key("slack", "T1:U1") != user_key("teams", "T1:U1")
    assert "U1" not in user_key("slack", "T1:U1")
    monkeypatch.setenv("BOT_WEBCHAT_SECRET", "t" * 40)
    assert client_key("198.51.100.1") != key  # keyed: without the secret nobody can recompute it
    assert metadata(key) == {"client": key}
