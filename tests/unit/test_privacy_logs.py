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
