"""bot.channels.faults against Rasa's real classes: a failing custom action is noted for the message
being handled and reported without the conversation, a failing tracker store is not hidden, and
the patch points still exist in the installed Rasa (an upgrade that moves them fails here)."""

from __future__ import annotations

import asyncio
import http.server
import logging
import threading

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.core.processor import MessageProcessor
from rasa.core.tracker_store import FailSafeTrackerStore, RedisTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from bot.channels import faults
from tests.faults.services import free_port

MARK = "Zeldzaam-Merkwoord-0644332211"


def test_the_fault_answer_is_filled_in():
    answer = faults.fault_text()
    assert "{" not in answer and "112" in answer and "113" in answer
    assert faults.fault_messages("rest-x") == [{"recipient_id": "rest-x", "text": answer}]


def test_the_patch_points_exist_and_install_is_idempotent():
    assert callable(MessageProcessor.handle_message) and callable(MessageProcessor.save_tracker)
    assert callable(RemoteAction.run)
    assert FailSafeTrackerStore(RedisTrackerStore(Domain.empty()))._on_tracker_store_error is None
    faults.install()
    patched = (MessageProcessor.handle_message, MessageProcessor.save_tracker, RemoteAction.run)
    faults.install()
    assert (MessageProcessor.handle_message, MessageProcessor.save_tracker, RemoteAction.run) == patched


def test_a_turn_fails_only_after_a_failed_action():
    faults.note_failed_action("outside")  # outside a message: nothing to note, nothing raised
    faults.check_turn()
    token = faults._failed.set([])
    try:
        faults.check_turn()
        faults.note_failed_action("action_boek_afspraak")
        with pytest.raises(faults.DialogueFailed, match="action_boek_afspraak"):
            faults.check_turn()
    finally:
        faults._failed.reset(token)


class _LeakyActionServer(http.server.BaseHTTPRequestHandler):
    """Answers like Rasa SDK after an action raised: 500, with the request (the conversation)."""

    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.send_response(500)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"error": "boom", "request_body": ' + body + b"}")

    def log_message(self, *args):
        pass


def _run_remote(url: str) -> None:
    faults.install()
    tracker = DialogueStateTracker.from_dict("x", [{"event": "user", "text": MARK, "parse_data": {"text": MARK}}])
    action = RemoteAction("action_boek_afspraak", EndpointConfig(url))
    asyncio.run(action.run(CollectingOutputChannel(), TemplatedNaturalLanguageGenerator({}), tracker,
                           Domain.empty()))


@pytest.mark.parametrize("server", ["down", "failing"])
def test_a_failed_action_is_noted_and_reported_without_the_conversation(server, caplog):
    httpd = None
    if server == "failing":
        httpd = http.server.HTTPServer(("127.0.0.1", 0), _LeakyActionServer)
        threading.Thread(target=httpd.serve_forever, daemon=True).start()
        url = f"http://127.0.0.1:{httpd.server_address[1]}/webhook"
    else:
        url = f"http://127.0.0.1:{free_port()}/webhook"
    token = faults._failed.set([])
    try:
        with caplog.at_level(logging.DEBUG), pytest.raises(RasaException) as raised:
            _run_remote(url)
        assert faults._failed.get() == ["action_boek_afspraak"]
    finally:
        faults._failed.reset(token)
        if httpd:
            httpd.shutdown()
            httpd.server_close()
    exc = raised.value
    assert "action_boek_afspraak" in str(exc)
    assert exc.__cause__ is None and exc.__suppress_context__  # the traceback shows no cause
    assert ("ClientResponseError 500" if server == "failing" else "ClientConnectorError") in str(exc)
    assert MARK not in str(exc) and MARK not in caplog.text


def test_a_failing_tracker_store_is_not_replaced_by_memory():
    store = FailSafeTrackerStore(RedisTrackerStore(Domain.empty(), host="127.0.0.1", port=free_port()),
                                 on_tracker_store_error=faults._tracker_store_failed)
    with pytest.raises(faults.DialogueFailed):
        asyncio.run(store.retrieve("x"))
    with pytest.raises(faults.DialogueFailed):
        asyncio.run(store.save(DialogueStateTracker("x", [])))
    assert store._fallback_tracker_store is None  # nothing went to a memory store
