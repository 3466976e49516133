"""The action server's shared-secret check, without sockets."""

import pytest

from bot.internal_auth import (
    MIN_SECRET_CHARS,
    MissingSecret,
    authorization_header,
    is_authorised,
    require_secret,
)
from bot.settings import Settings

SECRET = "s3cr3t-" + "x" * 40


def test_the_header_rasa_sends_is_accepted():
    assert is_authorised(authorization_header(SECRET), SECRET)
    assert is_authorised("Bearer " + SECRET, SECRET)


@pytest.mark.parametrize("header", [
    None, "", "Bearer", "Bearer ", "bearer " + SECRET, "Basic " + SECRET, SECRET,
    "Bearer " + SECRET[:-1], "Bearer " + SECRET + "x", "Bearer " + SECRET.upper(), "Bearer  " + SECRET,
    "Bearer " + SECRET + "\n", "Bearer \udcff" + SECRET[1:], 42, ["Bearer " + SECRET],
])
def test_anything_else_is_refused(header):
    assert not is_authorised(header, SECRET)


def test_an_empty_secret_authorises_nothing():
    assert not is_authorised("Bearer ", "")
    assert not is_authorised("Bearer x", "")


def test_the_comparison_is_constant_time(monkeypatch):
    """The comparison is hmac.compare_digest, on the whole presented value."""
    import bot.internal_auth as auth

    calls = []
    monkeypatch.setattr(auth.hmac, "compare_digest", lambda a, b: calls.append((a, b)) or a == b)
    assert not auth.is_authorised("Bearer wrong", SECRET)
    assert calls == [(b"wrong", SECRET.encode())]


def secret_from_env(environ):
    return require_secret(Settings.from_env(environ).action_server.secret)


def listen_address(environ):
    server = Settings.from_env(environ).action_server
    return server.host, server.port


def test_the_secret_comes_from_the_environment():
    assert secret_from_env({"BOT_ACTIONS_SECRET": f"  {SECRET}\n"}) == SECRET


@pytest.mark.parametrize(("environ", "message"), [
    ({}, "BOT_ACTIONS_SECRET is not set"),
    ({"BOT_ACTIONS_SECRET": "   "}, "BOT_ACTIONS_SECRET is not set"),
    ({"BOT_ACTIONS_SECRET": "x" * (MIN_SECRET_CHARS - 1)}, "too short"),
])
def test_no_usable_secret_is_one_clear_line(environ, message):
    with pytest.raises(MissingSecret, match=message) as info:
        secret_from_env(environ)
    assert "\n" not in str(info.value)


def test_listens_on_loopback_unless_configured():
    assert listen_address({}) == ("127.0.0.1", 5055)
    assert listen_address({"BOT_ACTIONS_HOST": "10.1.2.3", "BOT_ACTIONS_PORT": "6000"}) == ("10.1.2.3", 6000)
    for bad in ("0", "70000", "abc", "-1"):
        with pytest.raises(ValueError, match="BOT_ACTIONS_PORT"):
            listen_address({"BOT_ACTIONS_PORT": bad})


def test_the_action_server_keeps_a_new_connection_open_while_a_busy_rasa_server_writes(monkeypatch):
    """Sanic's 5 s would close the connection of a Rasa server whose event loop is busy before it
    writes the request: the action fails and the person gets the fault answer."""
    from actions.server import IDLE_CONNECTION_SECONDS, create_app

    monkeypatch.delenv("SANIC_KEEP_ALIVE_TIMEOUT", raising=False)
    app = create_app("s" * 40, package="actions")
    assert app.config.KEEP_ALIVE_TIMEOUT >= IDLE_CONNECTION_SECONDS >= 60
