"""What every chat channel shares, independent of any one chat service.

- `channel_texts()`: the channel texts in content/kanalen.yml (admin notice, too-long, too-fast).
- `admin_notice()`: the notice Teams and Slack put before a conversation's first answer (which
  conversations were greeted: bot.channels.guards.FirstContact).
- `check_text()`: the length cap and the empty-message check every channel applies before the
  dialogue sees a message. A refused message is not stored anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from bot import settings as bot_settings
from bot.content import CONTENT_DIR, ContentError, _load_yaml, fill

# Longest message a channel passes on (characters). A person telling a story in 3-5 sentences
# writes 200-800 characters; 2000 leaves room and keeps hostile payloads out of the NLU.
DEFAULT_MAX_CHARS = 2000


def max_chars(settings: bot_settings.Settings | None = None) -> int:
    """BOT_MAX_MESSAGE_CHARS of `settings` (default: this process's); SettingsError when wrong
    (the web chat checks it at start and stays off)."""
    raw = (settings or bot_settings.current()).channels.max_message_chars
    return bot_settings.whole_number("BOT_MAX_MESSAGE_CHARS", raw, DEFAULT_MAX_CHARS, minimum=50)


@cache
def channel_texts() -> dict:
    data = dict(_load_yaml(CONTENT_DIR / "kanalen.yml"))
    for key in ("beheerder_melding", "te_lang", "te_snel", "leeg"):
        if key not in data:
            raise ContentError(f"content/kanalen.yml: missing {key!r}")
    return data


def admin_notice(channel: str) -> str:
    """The one-sentence notice that the chat service's administrators can read chats."""
    notices = channel_texts()["beheerder_melding"]
    try:
        return " ".join(str(notices[channel]).split())
    except KeyError as exc:
        raise ContentError(f"content/kanalen.yml: no beheerder_melding for {channel!r}") from exc


@dataclass(frozen=True)
class Refusal:
    """Why a message was refused, and the Dutch answer to send instead."""
    reason: str  # "empty" | "too_long" | "too_fast"
    text: str


def refusal(reason: str, **values) -> Refusal:
    key = {"empty": "leeg", "too_long": "te_lang", "too_fast": "te_snel"}[reason]
    return Refusal(reason, fill(" ".join(str(channel_texts()[key]).split()), values))


def check_text(text: str | None, limit: int | None = None) -> Refusal | None:
    """None when the text may go to the dialogue, else the refusal to answer with."""
    limit = limit or max_chars()
    if text is None or not text.strip():
        return refusal("empty")
    if len(text) > limit:
        return refusal("too_long", max_tekens=limit)
    return None
