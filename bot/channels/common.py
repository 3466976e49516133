"""What every chat channel shares, independent of any one chat service.

- `channel_texts()`: the channel texts in content/kanalen.yml (admin notice, too-long, too-fast).
- `admin_notice()`: the notice Teams and Slack put before a conversation's first answer (which
  conversations were greeted: bot.channels.guards.FirstContact).
- `check_text()`: the length cap and the empty-message check every channel applies before the
  dialogue sees a message. A refused message is not stored anywhere.
- `chat_app_settings()`: how a chat app's channel (Teams, Slack) reads its settings and the
  guards' at start, and says in one log line why it stays off.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import TypeVar

from bot import settings as bot_settings
from bot.channels import guards
from bot.content import CONTENT_DIR, ContentError, _load_yaml, fill

logger = logging.getLogger(__name__)
T = TypeVar("T")

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


class ChannelConfigError(ValueError):
    """A chat app's channel cannot be switched on. The message names the variables, never their values."""


def chat_app_settings(label: str, credentials: Mapping | None, variables: str, guide: str,
                      read_config: Callable[[], T], log: logging.Logger = logger
                      ) -> tuple[T, guards.GuardSettings] | None:
    """(the channel's configuration, the guards' settings), or None when the channel stays off,
    after one line in the channel's `log` that says why (`label` channel is off: ...; see `guide`).
    Values under the channel in credentials.yml are ignored: secrets come from the environment only
    (`variables`)."""
    if credentials:
        log.warning("%s: values under the channel in credentials.yml are ignored; the channel reads %s "
                    "environment variables only (bot.settings)", label, variables)
    try:
        return read_config(), guards.GuardSettings.from_settings()
    except (ChannelConfigError, guards.GuardConfigError) as exc:
        log.warning("%s channel is off: %s (see %s)", label, exc, guide)
        return None


class ChatAppStart:
    """`from_credentials` of a chat app's input channel (Teams, Slack), mixed in before Rasa's
    InputChannel: the channel starts with its configuration and the guards' settings, or off
    (`cls(None)`) after one line in its log."""

    NAME = LABEL = VARIABLES = GUIDE = ""  # e.g. "slack", "Slack", "BOT_SLACK_*", "docs/channels/slack.md"
    LOG = logger
    CONFIG: type  # its from_settings() gives the configuration or raises ChannelConfigError

    @classmethod
    def name(cls) -> str:
        return cls.NAME

    @classmethod
    def from_credentials(cls, credentials: Mapping | None):
        started = chat_app_settings(cls.LABEL, credentials, cls.VARIABLES, cls.GUIDE, cls.CONFIG.from_settings,
                                    cls.LOG)
        return cls(None) if started is None else cls(started[0], settings=started[1])
