"""The client address behind trusted proxies, and the opaque client keys (bot.channels.client)."""

import pytest

from bot import settings
from bot.channels.client import (
    ConfigError,
    client_address,
    client_key,
    client_network,
    metadata,
    parse_trusted,
    proxy_warning,
    user_key,
)
from bot.settings import Settings

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
    settings.reset()
    assert client_key("198.51.100.1") != key  # keyed: without the secret nobody can recompute it
    assert metadata(key) == {"client": key}


def test_ipv6_clients_are_keyed_by_their_64(monkeypatch):
    monkeypatch.setenv("BOT_WEBCHAT_SECRET", "s" * 40)
    # one machine may use any address of its /64: rotating the interface id is no new client
    assert client_key("2001:db8:1:2::1") == client_key("2001:db8:1:2:ffff:ffff:ffff:ffff")
    assert client_key("2001:db8:1:2::1") == client_key("[2001:db8:1:2:abcd::9]:443")
    assert client_key("2001:db8:1:2::1") != client_key("2001:db8:1:3::1")
    assert client_network("2001:db8:1:2:abcd::9") == "2001:db8:1:2::/64"
    # IPv4, mapped IPv4 and unknown stay as they were
    assert client_network("198.51.100.1") == "198.51.100.1" == client_network("::ffff:198.51.100.1")
    assert client_key("198.51.100.1") != client_key("198.51.100.2")
    assert client_network("unknown") == "unknown"


@pytest.mark.parametrize("environ, warns", [
    ({"BOT_PUBLIC_URL": "https://bot.intranet.example"}, True),
    ({"BOT_PUBLIC_URL": "http://10.0.0.8:5005"}, True),
    ({"BOT_PUBLIC_URL": "https://bot.intranet.example", "BOT_TRUSTED_PROXIES": "10.0.0.5"}, False),
    ({"BOT_PUBLIC_URL": "http://127.0.0.1:5105"}, False),
    ({"BOT_PUBLIC_URL": "http://localhost:5005"}, False),
    ({"BOT_PUBLIC_URL": "http://[::1]:5005"}, False),
    ({}, False),
])
def test_a_public_bot_without_trusted_proxies_gets_one_warning(environ, warns):
    warning = proxy_warning(Settings.from_env(environ))
    assert (warning is not None) is warns
    if warns:
        assert "BOT_TRUSTED_PROXIES" in warning


def test_the_web_chat_logs_the_proxy_warning_with_its_start_up_lines(caplog):
    from bot.channels.webchat.channel import WebChatInput

    with caplog.at_level("INFO", logger="bot.channels.webchat"):
        WebChatInput(Settings.from_env({"BOT_PUBLIC_URL": "https://bot.intranet.example",
                                      "BOT_WEBCHAT_SECRET": "s" * 40}))
    lines = [r.getMessage() for r in caplog.records if "BOT_TRUSTED_PROXIES" in r.getMessage()]
    assert len(lines) == 1 and caplog.records[-1].levelname == "WARNING"
