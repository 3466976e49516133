"""Slack's side of the Slack channel, as pure functions: no Rasa, no network, no clock of its own.

- Request signing (v0): `signature()` and `signature_problem()` (HMAC-SHA256 over
  `v0:<timestamp>:<raw body>`, constant-time compare, timestamps more than 5 minutes off = replay).
- Inbound: `parse_event()` for the Events API (url_verification, message.im, app_mention) and
  `parse_interaction()` for Interactivity (block_actions button clicks). Both give a `Challenge`,
  an `Ignored` (with a reason that never holds message text) or an `Incoming`.
- Conversations: one per person and place: a direct message channel (+ its person), or a thread
  (channel + thread root + person), so whoever writes in someone else's thread gets a
  conversation of their own. A mention at the top of a channel starts a thread there.
- Outbound: `post_message()` builds a chat.postMessage body (Block Kit buttons, escaped text);
  `clicked_update()` builds the chat.update body that replaces clicked buttons by the choice.
- `Incoming.delivery_keys`: the ids of a delivery (event id, message, clicked button message)
  that bot.channels.guards.SeenIds remembers, so that retries and replays are answered once.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import parse_qs

# Slack's rule: a request whose timestamp is more than five minutes from now may be a replay.
MAX_AGE_SECONDS = 5 * 60
VERSION = "v0"

# Block Kit limits (https://api.slack.com/reference/block-kit/blocks and .../block-elements).
BUTTON_TEXT_MAX = 75
BUTTON_VALUE_MAX = 2000
SECTION_TEXT_MAX = 3000
ACTIONS_ELEMENTS_MAX = 25

# Message subtypes that still carry a person's new message; all others (edits, deletions, joins,
# bot messages, ...) are ignored.
PERSON_SUBTYPES = (None, "file_share", "thread_broadcast")

_ID = re.compile(r"[A-Z0-9]{2,32}")
_TS = re.compile(r"[0-9]{1,12}\.[0-9]{1,9}")
_TIMESTAMP = re.compile(r"[0-9]{1,12}")
_ANGLE = re.compile(r"<([^<>]*)>")


# --- signing -------------------------------------------------------------------------------

def signature(secret: str, timestamp: str, body: bytes) -> str:
    """The X-Slack-Signature value Slack sends for `body` at `timestamp`."""
    base = f"{VERSION}:{timestamp}:".encode() + body
    return f"{VERSION}=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


def signature_problem(secret: str, timestamp: str | None, signed: str | None, body: bytes,
                      now: float) -> str | None:
    """None when the request is Slack's, else why not: missing_headers, bad_timestamp,
    stale_timestamp (replay), bad_signature."""
    if not secret:
        raise ValueError("signing secret is empty")
    if not timestamp or not signed:
        return "missing_headers"
    if not _TIMESTAMP.fullmatch(timestamp):
        return "bad_timestamp"
    if abs(now - int(timestamp)) > MAX_AGE_SECONDS:
        return "stale_timestamp"
    expected = signature(secret, timestamp, body).encode()
    if not hmac.compare_digest(expected, signed.encode("utf-8", "replace")):
        return "bad_signature"
    return None


# --- inbound -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Challenge:
    """Slack's url_verification handshake: answer with this value."""
    value: str


@dataclass(frozen=True)
class Ignored:
    """A delivery that needs no answer (acknowledged with 200). `reason` never holds text."""
    reason: str


@dataclass(frozen=True)
class Click:
    """The button message a person clicked in, to replace its buttons by the choice."""
    message_ts: str
    title: str
    blocks: tuple = ()
    fallback_text: str = ""


@dataclass(frozen=True)
class Incoming:
    """A person's message (or button click) for the dialogue."""
    conversation_id: str  # the Rasa sender id
    channel: str  # where to answer
    thread_ts: str | None  # answer in this thread; None: at the top of a direct message
    text: str  # for the dialogue: Slack markup removed; a button's payload for a click
    delivery_keys: tuple[str, ...]  # seen before = a retry or replay
    click: Click | None = field(default=None)
    user: str = ""  # "<team>:<user id>", for the opaque client key (never given to Rasa as is)


def conversation_id(team: str, channel: str, user: str, thread_ts: str | None = None) -> str:
    """One conversation per person in a direct message channel, or per person in a thread."""
    base = f"slack:{team}:{channel}:{user}"
    return f"{base}:{thread_ts}" if thread_ts else base


def clean_text(text: str) -> str:
    """Slack's message markup to plain text for the dialogue: mentions dropped (the bot's own and
    others': a name says nothing about the situation), links to their label or address,
    &amp; &lt; &gt; back to & < >, whitespace collapsed."""

    def plain(match: re.Match) -> str:
        target, _, label = match.group(1).partition("|")
        if target.startswith(("@", "!")):  # <@U123>, <!here>, <!subteam^S1|@team>, <!date^..|x>
            return label if target.startswith("!date") else ""
        if target.startswith("#"):  # <#C123|general>
            return f"#{label}" if label else ""
        if label:
            return label
        return target.removeprefix("mailto:")

    text = _ANGLE.sub(plain, text)
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    return " ".join(text.split())


def _id(value) -> str | None:
    return value if isinstance(value, str) and _ID.fullmatch(value) else None


def _ts(value) -> str | None:
    return value if isinstance(value, str) and _TS.fullmatch(value) else None


def _dict(value) -> Mapping:
    return value if isinstance(value, Mapping) else {}


def _is_direct_message(channel: str, channel_type=None) -> bool:
    return channel_type == "im" or channel.startswith("D")


def parse_event(envelope) -> Challenge | Ignored | Incoming:
    """An Events API request body (already JSON-decoded)."""
    if not isinstance(envelope, Mapping):
        return Ignored("body_not_an_object")
    kind = envelope.get("type")
    if kind == "url_verification":
        challenge = envelope.get("challenge")
        if isinstance(challenge, str) and 0 < len(challenge) <= 200:
            return Challenge(challenge)
        return Ignored("bad_challenge")
    if kind != "event_callback":
        return Ignored(f"envelope_{kind if isinstance(kind, str) else 'unknown'}"[:60])
    event = _dict(envelope.get("event"))
    event_type = event.get("type")
    if event_type not in ("message", "app_mention"):
        return Ignored("event_type")
    if event.get("bot_id") or event.get("bot_profile") or event.get("hidden"):
        return Ignored("bot_message")
    if event.get("subtype") not in PERSON_SUBTYPES:
        return Ignored("subtype")
    authorizations = envelope.get("authorizations")
    bot_user = _id(_dict(authorizations[0]).get("user_id")) \
        if isinstance(authorizations, list) and authorizations else None
    user = _id(event.get("user"))
    if user is None or user == bot_user:
        return Ignored("not_a_person")
    team = _id(envelope.get("team_id")) or _id(event.get("team"))
    channel, ts = _id(event.get("channel")), _ts(event.get("ts"))
    if team is None or channel is None or ts is None:
        return Ignored("malformed_event")
    thread = event.get("thread_ts")
    if thread is not None and _ts(thread) is None:
        return Ignored("malformed_event")
    direct = _is_direct_message(channel, event.get("channel_type"))
    if event_type == "message" and not direct:
        return Ignored("channel_message_without_mention")
    if not direct and thread is None:
        thread = ts  # a mention at the top of a channel: answer in a thread under it
    text = event.get("text")
    keys = [f"message:{team}:{channel}:{ts}"]
    event_id = envelope.get("event_id")
    if isinstance(event_id, str) and event_id:
        keys.insert(0, f"event:{event_id[:100]}")
    return Incoming(conversation_id=conversation_id(team, channel, user, thread), channel=channel,
                    thread_ts=thread, text=clean_text(text if isinstance(text, str) else ""),
                    delivery_keys=tuple(keys), user=f"{team}:{user}")


def parse_interaction(body: bytes) -> Ignored | Incoming:
    """An Interactivity request body (form-encoded `payload=<json>`). Raises ValueError when the
    body is not that form."""
    fields = parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=20)
    raw = fields.get("payload")
    if not raw:
        raise ValueError("no payload field")
    payload = json.loads(raw[0])
    if not isinstance(payload, Mapping):
        raise ValueError("payload is not an object")
    if payload.get("type") != "block_actions":
        return Ignored("interaction_type")
    actions = payload.get("actions")
    action = next((a for a in actions if isinstance(a, Mapping) and a.get("type") == "button"), None) \
        if isinstance(actions, list) else None
    if action is None or not isinstance(action.get("value"), str):
        return Ignored("not_a_button_with_a_value")
    container, message = _dict(payload.get("container")), _dict(payload.get("message"))
    team = _id(_dict(payload.get("team")).get("id")) or _id(_dict(payload.get("user")).get("team_id"))
    user = _id(_dict(payload.get("user")).get("id"))
    channel = _id(_dict(payload.get("channel")).get("id")) or _id(container.get("channel_id"))
    message_ts = _ts(container.get("message_ts")) or _ts(message.get("ts"))
    if team is None or user is None or channel is None or message_ts is None:
        return Ignored("malformed_interaction")
    thread = _ts(message.get("thread_ts")) or _ts(container.get("thread_ts"))
    if thread == message_ts:  # the clicked message is itself a thread root, not inside one
        thread = None
    if thread is None and not _is_direct_message(channel):
        return Ignored("button_outside_a_conversation")
    title = _dict(action.get("text")).get("text")
    blocks = message.get("blocks")
    fallback = message.get("text")
    click = Click(message_ts=message_ts, title=title if isinstance(title, str) else "",
                  blocks=tuple(b for b in blocks if isinstance(b, Mapping)) if isinstance(blocks, list) else (),
                  fallback_text=fallback if isinstance(fallback, str) else "")
    # One answer per button message: a second click (or a replayed one) is ignored.
    return Incoming(conversation_id=conversation_id(team, channel, user, thread), channel=channel,
                    thread_ts=thread, text=action["value"],
                    delivery_keys=(f"clicked:{team}:{channel}:{message_ts}",), click=click,
                    user=f"{team}:{user}")


# --- outbound ------------------------------------------------------------------------------

def escape(text: str) -> str:
    """Slack's formatting rule: & < > escaped, so no text is read as a mention or a link."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def section_texts(text: str, limit: int = SECTION_TEXT_MAX) -> list[str]:
    """`text`, escaped, in pieces of at most `limit` characters, cut between words (an escaped
    character is never cut in two)."""
    pieces: list[str] = []
    current = ""
    for word in re.split(r"(\s+)", text):
        escaped = escape(word)
        while len(escaped) > limit:  # one "word" longer than a piece: cut between characters
            if current:
                pieces.append(current)
                current = ""
            cut, size = 0, 0
            while cut < len(word) and size + len(escape(word[cut])) <= limit:
                size += len(escape(word[cut]))
                cut += 1
            pieces.append(escape(word[:cut]))
            word = word[cut:]
            escaped = escape(word)
        if len(current) + len(escaped) > limit:
            pieces.append(current)
            current = escaped.lstrip()
        else:
            current += escaped
    if current.strip():
        pieces.append(current)
    return [p.strip() for p in pieces if p.strip()]


def button_elements(buttons: Sequence[Mapping]) -> list[dict]:
    """Rasa buttons ({"title", "payload"}) as Block Kit buttons whose value is the payload.
    A button without a payload, or with one longer than Slack allows, is left out."""
    elements = []
    for button in buttons:
        payload, title = button.get("payload"), str(button.get("title") or button.get("payload") or "")
        if not isinstance(payload, str) or not payload or len(payload) > BUTTON_VALUE_MAX:
            continue
        elements.append({"type": "button", "action_id": f"knop_{len(elements)}",
                         "text": {"type": "plain_text", "text": _shorten(title, BUTTON_TEXT_MAX), "emoji": True},
                         "value": payload})
    return elements


def post_message(channel: str, text: str, buttons: Sequence[Mapping] = (),
                 thread_ts: str | None = None) -> dict:
    """A chat.postMessage body: the text (escaped) and, with buttons, Block Kit sections + actions.
    `text` stays as the plain fallback Slack shows in notifications."""
    body: dict = {"channel": channel, "text": escape(text), "unfurl_links": False, "unfurl_media": False}
    if thread_ts:
        body["thread_ts"] = thread_ts
    elements = button_elements(buttons)
    if elements:
        blocks: list[dict] = [{"type": "section", "text": {"type": "mrkdwn", "text": piece}}
                              for piece in section_texts(text)]
        for start in range(0, len(elements), ACTIONS_ELEMENTS_MAX):
            blocks.append({"type": "actions", "block_id": f"knoppen_{start // ACTIONS_ELEMENTS_MAX}",
                           "elements": elements[start:start + ACTIONS_ELEMENTS_MAX]})
        body["blocks"] = blocks
    return body


def clicked_update(channel: str, click: Click, chosen_template: str) -> dict:
    """A chat.update body for the clicked message: its text stays, its buttons go, and a line
    says what was chosen (`chosen_template` with {keuze}), so old buttons cannot be clicked again."""
    kept = [dict(b) for b in click.blocks if b.get("type") != "actions"]
    line = escape(chosen_template).replace("{keuze}", escape(click.title))
    kept.append({"type": "context", "elements": [{"type": "mrkdwn", "text": line}]})
    return {"channel": channel, "ts": click.message_ts, "text": click.fallback_text or line, "blocks": kept}
