"""The REST webhook (POST /webhooks/rest/webhook), for development and integrations.

Rasa's own RestInput with two changes:
- the sender id a client sends is prefixed (default ``rest-``), so a REST client can never
  step into a conversation of another channel (a Slack or Teams conversation id is not secret);
- a failing message is logged without its text (Rasa's logs the text), and answered in Dutch.
Register it in credentials.yml as ``bot.channels.rest.RestInput:``; `sender_prefix` may be
set there (tests that must reach another channel's conversation set it to "").
"""

from __future__ import annotations

import logging
from asyncio import CancelledError
from typing import Any

from rasa.core.channels.channel import CollectingOutputChannel, UserMessage
from rasa.core.channels.rest import RestInput as RasaRestInput
from sanic import Blueprint, response
from sanic.request import Request

from bot.channels.faults import fault_messages

logger = logging.getLogger(__name__)
DEFAULT_PREFIX = "rest-"


def prefixed_sender(prefix: str, sender: Any) -> str | None:
    """The Rasa sender id for what a REST client sent as `sender` (None when it sent none)."""
    if sender is None or not isinstance(sender, (str, int)) or str(sender).strip() == "":
        return None
    return f"{prefix}{sender}"


class RestInput(RasaRestInput):
    def __init__(self, sender_prefix: str = DEFAULT_PREFIX) -> None:
        self.sender_prefix = sender_prefix

    @classmethod
    def from_credentials(cls, credentials: dict[str, Any] | None) -> RestInput:
        prefix = (credentials or {}).get("sender_prefix", DEFAULT_PREFIX)
        return cls(sender_prefix="" if prefix is None else str(prefix))

    async def _extract_sender(self, req: Request) -> str | None:
        body = req.json if isinstance(req.json, dict) else {}
        return prefixed_sender(self.sender_prefix, body.get("sender"))

    def blueprint(self, on_new_message) -> Blueprint:
        webhook = Blueprint(f"custom_webhook_{type(self).__name__}", __name__)

        @webhook.route("/", methods=["GET"])
        async def health(request: Request):
            return response.json({"status": "ok"})

        @webhook.route("/webhook", methods=["POST"])
        async def receive(request: Request):
            try:
                body = request.json
            except Exception:  # noqa: BLE001 - any unreadable body is a client error
                body = None
            if not isinstance(body, dict):
                return response.json({"error": "expected a JSON object with sender and message"}, status=400)
            sender = await self._extract_sender(request)
            text = body.get("message")
            if sender is None or not isinstance(text, str):
                return response.json({"error": "sender and message (text) are required"}, status=400)
            collector = CollectingOutputChannel()
            try:
                await on_new_message(UserMessage(text, collector, sender, input_channel=self.name(),
                                                 metadata=None))
            except CancelledError:
                logger.error("rest: handling a message timed out")
                return response.json(fault_messages(sender))
            except Exception as exc:  # noqa: BLE001 - log the failure, never the text
                logger.error("rest: handling a message failed (%s)", type(exc).__name__)
                return response.json(fault_messages(sender))
            return response.json(collector.messages)

        return webhook
