"""What a web chat message body may hold, and which replies reach the browser (pure)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from bot.channels.common import check_text
from bot.channels.offers import clean_characters, strip_command
from bot.channels.replay import valid_message_id

# Largest request body read at all (bytes). A message of the maximum length in JSON, even with
# every character escaped as a surrogate pair (12 bytes), stays below this.
MAX_BODY_BYTES = 64 * 1024
MAX_PAYLOAD_CHARS = 500


@dataclass(frozen=True)
class Incoming:
    """What the browser sent: typed text, or the payload of a button it was offered; and the
    message's own id (the page sends a failed message again with it: bot/channels/replay.py)."""
    kind: str  # "text" | "payload"
    value: str
    message_id: str | None = None


class BadRequest(Exception):
    """The body is not a message; `key` names the Dutch answer in content/webchat.yml."""

    def __init__(self, key: str, status: int = 400) -> None:
        super().__init__(key)
        self.key = key
        self.status = status


def clean_typed_text(text: str) -> str:
    """Typed text as the dialogue may see it: control and format characters out (newlines and
    tabs become spaces), and no leading '/' (not even behind spaces: '/ /x' is 'x') -- that would
    make Rasa read it as an intent with entities, which only a button the bot offered may send."""
    return strip_command(clean_characters(text)).strip()


def parse_body(raw: bytes | None) -> Incoming:
    """{"text": "..."} or {"payload": "/..."}, each with an optional "id" (8-64 letters, digits,
    '-' or '_'); raises BadRequest for anything else."""
    if raw is None or len(raw) == 0:
        raise BadRequest("onleesbaar")
    if len(raw) > MAX_BODY_BYTES:
        raise BadRequest("te_lang", status=413)
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: deep nesting
        raise BadRequest("onleesbaar") from None
    if not isinstance(data, dict):
        raise BadRequest("onleesbaar")
    text, payload, message_id = data.get("text"), data.get("payload"), data.get("id")
    if (text is None) == (payload is None):
        raise BadRequest("onleesbaar")
    if message_id is not None and not valid_message_id(message_id):
        raise BadRequest("onleesbaar")
    if payload is not None:
        if not isinstance(payload, str) or not payload.startswith("/") or len(payload) > MAX_PAYLOAD_CHARS:
            raise BadRequest("knop_verlopen")
        return Incoming("payload", payload, message_id)
    if not isinstance(text, str):
        raise BadRequest("onleesbaar")
    return Incoming("text", text, message_id)


def message_text(incoming: Incoming, offered: bool, limit: int | None = None) -> str:
    """The text the dialogue gets: an offered button's payload as it is, typed text checked
    (bot.channels.common.check_text: empty, too long) and cleaned. Raises BadRequest."""
    if incoming.kind == "payload":
        if not offered:
            raise BadRequest("knop_verlopen")
        return incoming.value
    refused = check_text(incoming.value, limit)
    if refused is not None:
        raise BadRequest("te_lang", status=413) if refused.reason == "too_long" else BadRequest("leeg")
    text = clean_typed_text(incoming.value)
    if not text:
        raise BadRequest("leeg")
    return text


def to_client(collected: list[dict]) -> list[dict]:
    """The bot's answers as the page shows them: text and buttons (title + payload), nothing else
    (no recipient id, no custom data). Non-string values are dropped."""
    out = []
    for message in collected:
        item: dict = {}
        text = message.get("text")
        if isinstance(text, str) and text.strip():
            item["text"] = text
        buttons = [{"title": b["title"], "payload": b["payload"]}
                   for b in message.get("buttons") or []
                   if isinstance(b, dict) and isinstance(b.get("title"), str)
                   and isinstance(b.get("payload"), str) and b["payload"].startswith("/")]
        if buttons:
            item["buttons"] = buttons
        if item:
            out.append(item)
    return out


def payloads_of(messages: list[dict]) -> list[str]:
    return [b["payload"] for m in messages for b in m.get("buttons", [])]


def buttons_of(messages: list[dict]) -> list[tuple[str, str]]:
    """(title, payload) of the buttons shown: a typed title counts as the click."""
    return [(b["title"], b["payload"]) for m in messages for b in m.get("buttons", [])]

