"""The REST channel keeps its conversations apart from every other channel's."""

import json

import pytest

from bot.channels.rest import (
    DEFAULT_PREFIX,
    RestInput,
    cross_site,
    max_body_bytes,
    parse_body,
    prefixed_sender,
    rest_mode,
    token_matches,
    token_tag,
)
from bot.settings import Settings


def mode_of(env):
    return rest_mode(Settings.from_env(env).channels.rest)


def rest_input(env):
    """The REST channel with these variables (and nothing of the environment)."""
    return RestInput(settings=Settings.from_env(env))


def test_sender_ids_are_prefixed_so_rest_cannot_reach_another_channel():
    assert prefixed_sender(DEFAULT_PREFIX, "slack:T1:D1") == "rest-slack:T1:D1"
    assert prefixed_sender(DEFAULT_PREFIX, 42) == "rest-42"


@pytest.mark.parametrize("sender", [None, "", "  ", {"a": 1}, ["x"]])
def test_missing_or_odd_senders_are_refused(sender):
    assert prefixed_sender(DEFAULT_PREFIX, sender) is None


def test_prefix_from_credentials():
    assert RestInput.from_credentials(None).sender_prefix == DEFAULT_PREFIX
    assert RestInput.from_credentials({"sender_prefix": ""}).sender_prefix == ""
    assert RestInput.name() == "rest"


def test_sender_is_bounded_to_128_characters():
    assert prefixed_sender(DEFAULT_PREFIX, "x" * 128) == "rest-" + "x" * 128
    assert prefixed_sender(DEFAULT_PREFIX, "x" * 129) is None
    assert prefixed_sender(DEFAULT_PREFIX, True) is None


def test_off_unless_enabled_or_a_token_is_set():
    assert mode_of({}) == ("off", "")
    assert mode_of({"BOT_REST_ENABLED": "0"}) == ("off", "")
    assert mode_of({"BOT_REST_ENABLED": "1"}) == ("open", "")
    assert mode_of({"BOT_REST_ENABLED": "yes", "BOT_REST_TOKEN": "t" * 32}) == ("token", "t" * 32)
    with pytest.raises(ValueError, match="BOT_REST_TOKEN must be at least 32"):
        mode_of({"BOT_REST_TOKEN": "short"})


def test_a_short_token_keeps_the_channel_off(caplog):
    channel = rest_input({"BOT_REST_TOKEN": "short", "BOT_REST_ENABLED": "1"})
    assert channel.mode == "off"
    assert "REST webhook is OFF" in caplog.text and "short" not in caplog.text


def test_bearer_token_must_match_exactly():
    token = "a" * 40
    assert token_matches(token, f"Bearer {token}")
    assert token_matches(token, f"bearer  {token} ")
    for header in (None, "", token, f"Bearer {token}x", f"Basic {token}", "Bearer ", f"Bearer {'a' * 39}"):
        assert not token_matches(token, header), header


@pytest.mark.parametrize("origin, host, fetch_site, refused", [
    (None, "127.0.0.1:5005", None, False),  # curl, an integration
    ("http://127.0.0.1:5005", "127.0.0.1:5005", "same-origin", False),  # the bot's own page
    ("https://bot.example.nl", "intern:5005", None, False),  # BOT_PUBLIC_URL
    ("http://evil.example", "127.0.0.1:5005", None, True),
    ("null", "127.0.0.1:5005", None, True),
    (None, "127.0.0.1:5005", "cross-site", True),
])
def test_cross_site_browser_requests_are_refused(origin, host, fetch_site, refused):
    assert cross_site(origin, host, fetch_site, "https://bot.example.nl") is refused


def test_the_body_limit_holds_a_maximal_message_fully_escaped(monkeypatch):
    import json

    monkeypatch.setenv("BOT_MAX_MESSAGE_CHARS", "2000")
    body = json.dumps({"sender": "\U0001F600" * 64, "message": "\U0001F600" * 1000 + "\x01" * 1000})
    assert len(body.encode()) <= max_body_bytes() < 100_000


class _Request:
    def __init__(self, **headers):
        headers.setdefault("host", "127.0.0.1:5005")
        self.headers = {k.replace("_", "-").lower(): v for k, v in headers.items()}


def test_every_refusal_comes_before_the_body_is_read(caplog):
    with caplog.at_level("INFO", logger="bot.channels.rest"):
        off = rest_input({})
    assert [r.getMessage() for r in caplog.records] == [
        "REST webhook is off (404); set BOT_REST_ENABLED=1 for development or BOT_REST_TOKEN for "
        "integrations (see credentials.yml)"]
    json_type = {"content_type": "application/json"}
    assert off._refused(_Request(**json_type)).status == 404
    token = "k" * 40
    locked = rest_input({"BOT_REST_TOKEN": token})
    assert locked._refused(_Request(**json_type)).status == 401
    assert locked._refused(_Request(authorization=f"Bearer {token}x", **json_type)).status == 401
    assert locked._refused(_Request(authorization=f"Bearer {token}", **json_type)) is None
    assert locked._refused(_Request(authorization=f"Bearer {token}", origin="http://evil.example",
                                    **json_type)).status == 403
    assert locked._refused(_Request(authorization=f"Bearer {token}", content_type="text/plain")).status == 415
    open_ = rest_input({"BOT_REST_ENABLED": "1"})
    assert open_._refused(_Request(content_type="application/json; charset=utf-8")) is None


# --- hostile bodies (issue 9, second round) --------------------------------------------------

class _Stream:
    def __init__(self, raw: bytes) -> None:
        self.chunks = [raw]

    async def read(self):
        return self.chunks.pop() if self.chunks else None


class _PostedRequest:
    """What the receive route reads of a Sanic request: headers, the body stream, the peer."""

    def __init__(self, raw: bytes, headers: dict | None = None) -> None:
        from sanic.compat import Header

        self.headers = Header({"content-type": "application/json", "content-length": str(len(raw)),
                               "host": "127.0.0.1:5005", **(headers or {})})
        self.stream = _Stream(raw)
        self.ip = "127.0.0.1"


def _post(raw: bytes, environ: dict | None = None, headers: dict | None = None, senders: list | None = None):
    """(response, texts that reached Rasa) for a body posted to the real route handler."""
    import asyncio

    reached = []

    async def on_new_message(message):
        reached.append(message.text)
        if senders is not None:
            senders.append(message.sender_id)

    channel = rest_input(environ or {"BOT_REST_ENABLED": "1"})
    routes = {route.uri: route.handler for route in channel.blueprint(on_new_message)._future_routes}
    return asyncio.run(routes["/webhook"](_PostedRequest(raw, headers))), reached


@pytest.mark.parametrize("raw", [
    b"[" * 20_000,  # RecursionError in the JSON parser
    b'{"sender": "x", "message": "hallo", "extra": ' + b"[" * 10_000 + b"]" * 10_000 + b"}",
    b'{"sender": "x", "message": "\xff\xfe hallo"}',  # not UTF-8
    b"\xff\xfe\x00",
    b'"just a string"',
], ids=["nested", "nested_inside", "not_utf8", "bom_garbage", "string"])
def test_a_body_that_cannot_be_parsed_is_a_400_with_the_error_json(raw):
    answer, reached = _post(raw)
    assert answer.status == 400 and reached == []
    assert json.loads(answer.body) == {"error": "expected a JSON object with sender and message"}


def test_unpaired_surrogates_and_control_characters_never_reach_rasa():
    answer, reached = _post(b'{"sender": "sur", "message": "hallo \\ud800daar\\u0000\\udfff"}')
    assert answer.status == 200 and reached == ["hallo daar"]
    reached[0].encode("utf-8")  # what the tracker store and the logs will do with it
    answer, reached = _post(b'{"sender": "x\\ud800", "message": "hallo"}')
    assert answer.status == 400 and reached == []


def test_parse_body_gives_only_objects():
    assert parse_body(b'{"sender": "a", "message": "b"}') == {"sender": "a", "message": "b"}
    assert parse_body(b"[" * 20_000) is None and parse_body(b"[]") is None and parse_body(b"") is None


# --- DNS rebinding and token-bound conversations (issue 9, second round) ---------------------

@pytest.mark.parametrize("host, allowed", [
    ("127.0.0.1:5005", True), ("localhost:5005", True), ("[::1]:5005", True), ("127.0.0.2", True),
    ("bot.example.nl", True), ("BOT.example.nl:443", True),  # BOT_PUBLIC_URL's host
    ("extra.intern", True),  # BOT_ALLOWED_HOSTS
    ("evil.example:5005", False), ("127.0.0.1.evil.example", False), ("", False), (None, False),
])
def test_only_requests_sent_to_the_bots_own_host_are_served(host, allowed):
    environ = {"BOT_REST_ENABLED": "1", "BOT_PUBLIC_URL": "https://bot.example.nl/",
               "BOT_ALLOWED_HOSTS": "extra.intern:8080, other.intern"}
    channel = rest_input(environ)
    headers = {"content_type": "application/json"}
    refused = channel._refused(_Request(host=host, **headers) if host is not None else _NoHost(**headers))
    assert (refused is None) is allowed
    if not allowed:
        assert refused.status == 421


class _NoHost:
    def __init__(self, **headers):
        self.headers = {k.replace("_", "-").lower(): v for k, v in headers.items()}


def test_a_rebound_name_is_refused_even_with_its_own_origin():
    # DNS rebinding: evil.example now resolves to 127.0.0.1; its page posts same-origin.
    answer, reached = _post(b'{"sender": "x", "message": "hallo"}',
                            headers={"host": "evil.example:5005", "origin": "http://evil.example:5005",
                                     "sec-fetch-site": "same-origin"})
    assert answer.status == 421 and reached == []


def test_with_a_token_conversations_are_bound_to_the_token():
    body = b'{"sender": "klant-1", "message": "hallo"}'
    first, second, senders = "a" * 40, "b" * 40, []
    for token in (first, first, second):
        answer, _ = _post(body, environ={"BOT_REST_TOKEN": token},
                          headers={"authorization": f"Bearer {token}"}, senders=senders)
        assert answer.status == 200
    assert senders[0] == senders[1] and senders[0] != senders[2]
    assert senders[0] == f"rest-{token_tag(first)}-klant-1" and first not in senders[0]
    assert len(token_tag(first)) == 16
    open_senders = []
    _post(body, senders=open_senders)
    assert open_senders == ["rest-klant-1"]  # development without a token: as before


# --- sending again with the same id (issue 14) ---------------------------------------------------

def _post_messages(raw: bytes):
    """(response, the UserMessages that reached Rasa)."""
    import asyncio

    reached = []

    async def on_new_message(message):
        reached.append(message)

    channel = rest_input({"BOT_REST_ENABLED": "1"})
    routes = {route.uri: route.handler for route in channel.blueprint(on_new_message)._future_routes}
    return asyncio.run(routes["/webhook"](_PostedRequest(raw))), reached


def test_the_clients_message_id_reaches_rasa_as_the_message_id():
    answer, reached = _post_messages(b'{"sender": "s", "message": "hallo", "message_id": "a1b2c3d4-e5f6_77"}')
    assert answer.status == 200 and [m.message_id for m in reached] == ["a1b2c3d4-e5f6_77"]
    answer, reached = _post_messages(b'{"sender": "s", "message": "hallo"}')
    assert answer.status == 200 and len(reached[0].message_id) == 32  # Rasa's own random id


@pytest.mark.parametrize("message_id", ['"short"', '"' + "x" * 65 + '"', '"met spatie"', "12345678",
                                        '"\\u00e9abcdefgh"', "null"])
def test_an_odd_message_id_is_refused_before_rasa(message_id):
    answer, reached = _post_messages(b'{"sender": "s", "message": "hallo", "message_id": ' + message_id.encode() + b"}")
    if message_id == "null":  # the same as none given
        assert answer.status == 200 and len(reached) == 1
        return
    assert answer.status == 400 and reached == []
    assert "message_id" in json.loads(answer.body)["error"]
