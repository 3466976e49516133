"""Teams activities, read and written (pure: no Rasa, no network)."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from bot.channels.teams import auth as bfa

TEAMS_CHANNEL_ID = "msteams"
MAX_ID_CHARS = 1024
# Teams shows at most 6 buttons on a card and silently drops the rest (msteams-docs#5356), so
# longer button lists are spread over several cards.
MAX_BUTTONS_PER_CARD = 6


# --- reading activities (pure) ---------------------------------------------------------------

class MalformedActivity(ValueError):
    """The activity lacks a field we need. The message names the field, never its content."""


@dataclass(frozen=True)
class ReplyTarget:
    """Where the answers to one incoming activity go. Lives only while it is being answered."""

    service_url: str
    conversation_id: str
    activity_id: str
    bot: dict
    user_id: str


@dataclass(frozen=True)
class Inbound:
    kind: str  # "message" | "not_personal" | "ignore"
    reason: str = ""  # for "ignore": safe to log
    target: ReplyTarget | None = None
    text: str | None = None
    client: str = ""  # the opaque client key (bot.channels.client.user_key)


def _field(data: Mapping, name: str, where: str = "activity") -> str:
    value = data.get(name)
    if not isinstance(value, str) or not value or len(value) > MAX_ID_CHARS:
        raise MalformedActivity(f"{where}.{name} missing or not a string")
    return value


def _object(data: Mapping, name: str) -> Mapping:
    value = data.get(name)
    if not isinstance(value, Mapping):
        raise MalformedActivity(f"activity.{name} missing or not an object")
    return value


def message_text(activity: Mapping) -> str | None:
    """What the person said: a clicked button's payload (`value.payload`) before typed text."""
    value = activity.get("value")
    if isinstance(value, Mapping) and isinstance(value.get("payload"), str):
        return value["payload"]
    text = activity.get("text")
    return text if isinstance(text, str) else None


def parse_activity(activity: object) -> Inbound:
    """What to do with an (authenticated) activity; MalformedActivity when it cannot be answered."""
    if not isinstance(activity, Mapping):
        raise MalformedActivity("activity is not a JSON object")
    kind = activity.get("type")
    if not isinstance(kind, str):
        raise MalformedActivity("activity.type missing")
    _field(activity, "serviceUrl")
    if kind != "message":
        return Inbound("ignore", reason=f"activity type {kind[:40]!r}")
    channel = activity.get("channelId")
    if channel != TEAMS_CHANNEL_ID:
        return Inbound("ignore", reason=f"channel {str(channel)[:40]!r} (this bot answers in Teams only)")
    conversation, sender, recipient = (_object(activity, n) for n in ("conversation", "from", "recipient"))
    target = ReplyTarget(
        service_url=_field(activity, "serviceUrl"),
        conversation_id=_field(conversation, "id", "conversation"),
        activity_id=_field(activity, "id"),
        bot={"id": _field(recipient, "id", "recipient"),
             **({"name": recipient["name"]} if isinstance(recipient.get("name"), str) else {})},
        user_id=_field(sender, "id", "from"))
    conversation_type = conversation.get("conversationType", "personal")
    if conversation_type != "personal" or conversation.get("isGroup") is True:
        return Inbound("not_personal", target=target)
    return Inbound("message", target=target, text=message_text(activity))


def activity_tenant(activity: Mapping) -> str | None:
    """The tenant an activity comes from: channelData.tenant.id, else conversation.tenantId.
    When both are there they must agree (None otherwise)."""
    channel_data = activity.get("channelData")
    tenant = channel_data.get("tenant") if isinstance(channel_data, Mapping) else None
    from_channel_data = tenant.get("id") if isinstance(tenant, Mapping) else None
    conversation = activity.get("conversation")
    from_conversation = conversation.get("tenantId") if isinstance(conversation, Mapping) else None
    found = {t.lower() for t in (from_channel_data, from_conversation) if isinstance(t, str) and t}
    return found.pop() if len(found) == 1 else None


def tenant_allowed(activity: Mapping, tenant_id: str) -> bool:
    tenant = activity_tenant(activity)
    return tenant is not None and tenant == tenant_id.lower()


def conversation_key(conversation_id: str) -> str:
    """The Rasa sender id for a Teams conversation: a hash, so Teams ids do not reach Rasa."""
    return "teams-" + hashlib.sha256(("msteams\x00" + conversation_id).encode()).hexdigest()[:32]


# --- writing activities (pure) ---------------------------------------------------------------

def reply_activity(target: ReplyTarget, **fields: Any) -> dict:
    return {"type": "message", "from": dict(target.bot), "recipient": {"id": target.user_id},
            "conversation": {"id": target.conversation_id}, "replyToId": target.activity_id,
            "locale": "nl-NL", **fields}


def text_activity(target: ReplyTarget, text: str) -> dict:
    return reply_activity(target, text=text, textFormat="plain")


def card_action(button: Mapping) -> dict:
    """A Rasa button as a Teams card action. A payload becomes a messageBack whose click comes
    back as `value` {"payload": ...}; the title is what the chat shows as the person's answer."""
    title = str(button.get("title") or button.get("payload") or "")
    if button.get("url"):
        return {"type": "openUrl", "title": title, "value": str(button["url"])}
    payload = str(button.get("payload") or title)
    return {"type": "messageBack", "title": title, "displayText": title, "text": title,
            "value": {"payload": payload}}


def hero_card(text: str | None, actions: list[dict]) -> dict:
    content: dict[str, Any] = {"buttons": actions}
    if text:
        content["text"] = text
    return {"contentType": "application/vnd.microsoft.card.hero", "content": content}


def buttons_activity(target: ReplyTarget, text: str, buttons: Iterable[Mapping]) -> dict:
    """The text and its buttons as hero cards of at most MAX_BUTTONS_PER_CARD buttons each."""
    actions = [card_action(b) for b in buttons]
    chunks = [actions[i:i + MAX_BUTTONS_PER_CARD] for i in range(0, len(actions), MAX_BUTTONS_PER_CARD)] or [[]]
    cards = [hero_card(text if i == 0 else None, chunk) for i, chunk in enumerate(chunks)]
    return reply_activity(target, attachmentLayout="list", attachments=cards)


def image_activity(target: ReplyTarget, url: str) -> dict:
    return reply_activity(target, attachments=[{"contentType": "application/vnd.microsoft.card.hero",
                                        "content": {"images": [{"url": url}]}}])


def activities_url(service_url: str, conversation_id: str, reply_to_id: str | None) -> str:
    url = f"{bfa.normalise_service_url(service_url)}v3/conversations/{quote(conversation_id, safe='')}/activities"
    return f"{url}/{quote(reply_to_id, safe='')}" if reply_to_id else url

