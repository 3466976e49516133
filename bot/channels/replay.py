"""A message sent again with the same message id is answered from the conversation, not handled
twice.

Why: with several Rasa servers, a client cannot know what became of a message whose request
failed. The server may have died before it read the message, while it handled it, or after it
saved the turn but before the answer left (nginx then answers 502, or the client's connection
drops or times out). The only safe thing a client can do is send the message again; that must
not keep it twice. So the web chat and REST clients give each message an id of their own
(bot/channels/rest.py ``message_id``, the web chat's ``id``) and send a failed message again with
the same id; the channel passes it on as Rasa's `UserMessage.message_id`, which Rasa stores with
the message (the `user` event's ``message_id``).

`install()` makes `MessageProcessor.handle_message` look, once it holds the conversation's lock
(bot/privacy/lock_store.py: the turns of one conversation are one at a time across all servers),
whether the conversation already holds a message with this id. Then the turn was saved before:
nothing is handled or saved again, and the answers that followed that message then are sent to
the channel once more (`answers_after`), so the client gets what it missed. Otherwise the message
is handled as usual. The conversation is the record of what was handled, written in one step with
the turn (its save is the turn's commit), so there is no window in which a message is marked
done but not kept, or kept but not marked: a seen-ids book (bot/channels/guards.SeenIds) kept
apart from the conversation would have one, and would drop the retry of a message whose server
died before saving it.

Messages without an id of the client's get a random one from Rasa, which no conversation holds.
Installed with bot.channels.faults when a channel of ours is loaded inside the Rasa server.
"""

from __future__ import annotations

import contextvars
import functools
import logging
import string
from collections.abc import Sequence
from typing import Any

logger = logging.getLogger(__name__)

_INSTALLED = "_bot_replay_installed"
# An id a client may give a message: 8 to 64 ASCII letters, digits, '-' or '_' (a UUID, random hex).
MESSAGE_ID_CHARACTERS = frozenset(string.ascii_letters + string.digits + "-_")
MESSAGE_ID_LENGTH = range(8, 65)

# The message id to look for in the conversation fetched for the message being handled.
_looking_for: contextvars.ContextVar[str | None] = contextvars.ContextVar("bot_replay_message_id", default=None)


def valid_message_id(value: Any) -> bool:
    return isinstance(value, str) and len(value) in MESSAGE_ID_LENGTH and set(value) <= MESSAGE_ID_CHARACTERS


class AlreadyHandled(Exception):
    """The conversation already holds the message; `answers` are what followed it."""

    def __init__(self, answers: list[dict[str, Any]]) -> None:
        super().__init__("this message was handled before")
        self.answers = answers


def answers_after(events: Sequence[Any], message_id: str) -> list[dict[str, Any]] | None:
    """None when no `user` event of `events` has `message_id`; else the bot's messages of that
    turn: every `bot` event after its first `user` event, up to the next new message. A message
    the two-stage fallback logs again after a rewind (a copy of this one or of an earlier one,
    with its id) belongs to the same turn."""
    from rasa.shared.core.events import BotUttered, UserUttered

    events = list(events)  # a tracker's events are a deque
    start = next((i for i, event in enumerate(events)
                  if isinstance(event, UserUttered) and event.message_id == message_id), None)
    if start is None:
        return None
    earlier = {event.message_id for event in events[:start + 1] if isinstance(event, UserUttered)}
    answers = []
    for event in events[start + 1:]:
        if isinstance(event, UserUttered) and event.message_id not in earlier:
            break
        if isinstance(event, BotUttered):
            answers.append(event.message())
    return answers


def install() -> None:
    """Patch Rasa's processor once (see the module docstring)."""
    from rasa.core.channels.channel import CollectingOutputChannel
    from rasa.core.processor import MessageProcessor

    if getattr(MessageProcessor, _INSTALLED, False):
        return

    fetch = MessageProcessor.fetch_tracker_and_update_session

    @functools.wraps(fetch)
    async def fetch_looking_for_message(self, sender_id, output_channel=None, metadata=None):
        tracker = await fetch(self, sender_id, output_channel, metadata)
        message_id = _looking_for.get()
        if message_id is not None:
            _looking_for.set(None)  # the first fetch of the turn only
            answers = answers_after(tracker.events, message_id)
            if answers is not None:
                raise AlreadyHandled(answers)
        return tracker

    handle_message = MessageProcessor.handle_message

    @functools.wraps(handle_message)
    async def handle_message_once(self, message):
        token = _looking_for.set(message.message_id or None)
        try:
            return await handle_message(self, message)
        except AlreadyHandled as done:
            logger.info("A message sent again was handled before; its %d answer(s) are sent again",
                        len(done.answers))
            for answer in done.answers:
                await message.output_channel.send_response(message.sender_id, dict(answer))
            if isinstance(message.output_channel, CollectingOutputChannel):
                return message.output_channel.messages
            return None
        finally:
            _looking_for.reset(token)

    MessageProcessor.fetch_tracker_and_update_session = fetch_looking_for_message
    MessageProcessor.handle_message = handle_message_once
    setattr(MessageProcessor, _INSTALLED, True)
