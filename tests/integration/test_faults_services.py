"""bot.channels.faults against Rasa's real classes and real sockets: a failing custom action (an
action server that answers 500, or none at all) is noted for the message being handled and
reported without the conversation; a tracker store that cannot be reached is not hidden behind
Rasa's in-memory fallback. The parts without the network are in tests/unit/test_faults.py."""

from __future__ import annotations

import asyncio
import http.server
import logging
import threading

import pytest
from rasa.core.actions.action import RemoteAction
from rasa.core.channels.channel import CollectingOutputChannel
from rasa.core.nlg import TemplatedNaturalLanguageGenerator
from rasa.core.tracker_store import FailSafeTrackerStore, RedisTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from rasa.shared.exceptions import RasaException
from rasa.utils.endpoints import EndpointConfig

from bot.channels import faults
from tests.faults.services import free_port

MARK = "Zeldzaam-Merkwoord-0644332211"


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
