"""bot.privacy.logs: what other libraries log is cut down before any handler sees it."""

import io
import json
import logging
import warnings

import pytest
import structlog

from bot.privacy import logs

MARK = "geheim 06-12345678 piet@example.nl"


@pytest.fixture
def captured():
    logs.install()
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setLevel(logging.DEBUG)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield stream
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def test_debug_lines_of_other_libraries_are_withheld_ours_stay(captured):
    logging.getLogger("rasa.core.processor").debug(f"Received user message '{MARK}'")
    logging.getLogger("rasa_sdk.executor").debug("tracker: %s", {"text": MARK})
    logging.getLogger("sanic.root").debug(MARK)
    logging.getLogger("bot.channels.rest").debug("rest: a debug line of ours")
    logging.getLogger("rasa.core.processor").info("an info line of Rasa")
    out = captured.getvalue()
    assert MARK not in out and "Received user message" not in out
    assert "a debug line of ours" in out and "an info line of Rasa" in out


def test_structlog_json_keeps_only_event_and_level(captured):
    line = json.dumps({"user_text": MARK, "event": "message.parsing.failed", "level": "warning"})
    logging.getLogger("rasa.shared.core.training_data.story_reader.yaml_story_reader").warning(line)
    out = captured.getvalue()
    assert MARK not in out and "message.parsing.failed" in out


def test_exception_messages_are_withheld_but_not_type_and_place(captured):
    try:
        raise ValueError(f"cannot parse {MARK}")
    except ValueError:
        logging.getLogger("sanic.error").exception("Exception occurred while handling uri")
    try:
        raise ConnectionRefusedError("connection refused by 127.0.0.1:6379")
    except OSError:
        logging.getLogger("rasa.core.tracker_store").exception("store down")
    out = captured.getvalue()
    assert MARK not in out and "ValueError: (message withheld)" in out and "test_privacy_logs.py" in out
    assert "ConnectionRefusedError: connection refused by 127.0.0.1:6379" in out


def test_the_structlog_chain_drops_debug_and_keeps_only_the_event_name():
    logs.install()
    out = io.StringIO()
    chain = structlog.get_config()["processors"]
    assert chain[0] is logs._structlog_processor
    with pytest.raises(structlog.DropEvent):
        logs._structlog_processor(None, "debug", {"event": "x", "text": MARK})
    assert logs._structlog_processor(None, "warning", {"event": "message.parsing.failed",
                                                        "user_text": MARK}) == {"event": "message.parsing.failed"}
    assert MARK not in out.getvalue()


def test_warnings_show_category_and_place_not_the_message():
    shown = []
    with warnings.catch_warnings():  # restores warnings.showwarning afterwards
        warnings.simplefilter("always")
        warnings.showwarning = lambda message, category, *rest: shown.append((str(message), category))
        logs._install_warnings()  # wraps whatever shows warnings, as install() does
        logs._install_warnings()  # once only
        warnings.warn(f"Failed to parse arguments in line '{MARK}'", UserWarning, stacklevel=1)
    assert shown == [(logs.WARNING_WITHHELD, UserWarning)]


# --- Sanic's lines name the request's URL (issue 9, second round) ----------------------------

CODE = "ABCD-EFGH-JKMN"


def _sanic_request(path: bytes, host: str = "127.0.0.1:5005"):
    """A real Sanic request as the server builds it (a transport that knows its peer)."""
    from sanic import Sanic
    from sanic.compat import Header
    from sanic.request import Request

    class Transport:
        def get_extra_info(self, key, default=None):
            return {"peername": ("127.0.0.1", 50000)}.get(key, default)

    app = Sanic.get_app("privacy_logs_test", force_create=True)
    return Request(path, Header({"host": host}), "1.1", "GET", Transport(), app)


def test_sanics_exception_line_keeps_the_route_not_the_code_query_or_host(captured):
    from sanic.handlers import ErrorHandler

    request = _sanic_request(f"/webhooks/afspraak/ics/{CODE}?mark=querymark7".encode(), host="hostmark9:5005")
    assert CODE in request.url and "querymark7" in request.url  # what Sanic would have written
    try:
        raise RecursionError(f"maximum recursion depth {MARK}")
    except RecursionError as exc:
        ErrorHandler.log(request, exc)  # exactly the record Sanic makes on a 500
    out = captured.getvalue()
    for secret in (CODE, "querymark7", "hostmark9", "?", MARK):
        assert secret not in out, out
    assert "Exception occurred while handling uri: '/webhooks/afspraak/…'" in out
    assert "RecursionError: (message withheld)" in out


def test_other_sanic_lines_with_a_request_lose_its_path_parameters(captured):
    request = _sanic_request(f"/webhooks/afspraak/ics/{CODE}?x=querymark7".encode())
    logging.getLogger("sanic.error").error(f"{request} body not consumed.")
    logging.getLogger("sanic.root").info(f"Request: {request.method} {request.url} stopped. Transport is closed.")
    logging.getLogger("sanic.access").info("%s %s", "GET", request.path + "?" + request.query_string)
    logging.getLogger("sanic.error").exception(ValueError(CODE), exc_info=False)
    out = captured.getvalue()
    assert CODE not in out and "querymark7" not in out, out
    assert out.count("/webhooks/afspraak/…") == 3 and "ValueError" in out


def test_route_of_keeps_at_most_two_plain_segments():
    assert logs.route_of(f"/webhooks/afspraak/ics/{CODE}?a=b") == "/webhooks/afspraak/…"
    assert logs.route_of(f"/{CODE.lower()}") == "/…"
    assert logs.route_of("/?a=b") == "/"
    assert logs.without_urls("ratio 1/2, see a/b") == "ratio 1/2, see a/b"
