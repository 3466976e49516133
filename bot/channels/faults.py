"""When a service behind the dialogue fails, the person gets a Dutch answer and nothing is saved
half-done.

Rasa 3.6 hides these faults. When a custom action fails (the action server is down, or an
action raised, e.g. because the database is down), `MessageProcessor._run_action` logs it, drops
the action's events and carries on predicting: the person gets whatever the policies make of the
half-updated conversation (often the English-free but wrong "Het lukt me niet goed om je te
begrijpen", or nothing at all), and that broken state is saved. A new conversation whose
`action_session_start` failed is saved without its session facts ("na None minuten"). When the
tracker store fails (Redis down), `FailSafeTrackerStore` answers as if the conversation were new
and saves it in an in-memory store that nothing ever reads or wipes.

`install()` changes three things in the Rasa server, all at one place:
- `RemoteAction.run` notes a failed custom action (not a rejection: that is how a form says
  "ask again") for the message being handled, and raises an error that names only the action
  and the exception types: Rasa SDK answers a failed action with the whole request (the
  conversation, with everything the person typed), which Rasa would otherwise log;
- `MessageProcessor.save_tracker` refuses to save a message's conversation turn after such a
  failure and raises `DialogueFailed`: the conversation stays exactly as it was before the
  message (a new one stays unstarted), so the person can simply send it again;
- the tracker store wrapper raises `DialogueFailed` instead of falling back to memory.
Every channel already answers a failing `on_new_message` in Dutch (content/webchat.yml,
teams.yml, slack.yml `fout`; REST uses `fault_messages`, with content/kanalen.yml `storing`).
Nothing here logs message text: the failure is logged by type and action name only.

Installed when a channel of ours is loaded inside the Rasa server (bot/channels/__init__.py).
"""

from __future__ import annotations

import contextvars
import functools
import logging

from bot.content import ContentError, fill, hulplijn_values

logger = logging.getLogger(__name__)

# The failed actions of the message being handled (None outside Rasa's handle_message).
_failed: contextvars.ContextVar[list[str] | None] = contextvars.ContextVar("bot_failed_actions", default=None)
_INSTALLED = "_bot_faults_installed"


class DialogueFailed(Exception):
    """The dialogue could not handle a message; nothing of it was saved."""


def fault_text() -> str:
    """The Dutch answer a channel gives when the dialogue failed (content/kanalen.yml `storing`)."""
    from bot.channels.common import channel_texts

    texts = channel_texts()
    if "storing" not in texts:
        raise ContentError("content/kanalen.yml: missing 'storing'")
    return fill(" ".join(str(texts["storing"]).split()), hulplijn_values())


def fault_messages(recipient_id: str) -> list[dict]:
    """A collecting channel's answer (Rasa's message format) when the dialogue failed."""
    return [{"recipient_id": recipient_id, "text": fault_text()}]


def note_failed_action(name: str) -> None:
    failed = _failed.get()
    if failed is not None:
        failed.append(name)


def check_turn() -> None:
    """Raise DialogueFailed when an action failed while handling the current message."""
    failed = _failed.get()
    if failed:
        raise DialogueFailed(f"custom action {failed[0]!r} failed; the conversation turn is not saved")


def _tracker_store_failed(error: Exception) -> None:
    """FailSafeTrackerStore's error callback: no silent fallback to a store nobody reads."""
    logger.error("The tracker store failed (%s); the message is not handled", type(error).__name__)
    raise DialogueFailed(f"the tracker store failed ({type(error).__name__})") from error


def _cause(exc: BaseException) -> str:
    """What went wrong, without any message text: exception types and an HTTP status."""
    causes = []
    while exc is not None and len(causes) < 3:
        status = getattr(exc, "status", None)
        causes.append(type(exc).__name__ + (f" {status}" if isinstance(status, int) else ""))
        exc = exc.__cause__ or exc.__context__
    return " <- ".join(causes)


def install() -> None:
    """Patch Rasa's processor and custom-action runner once (see the module docstring)."""
    from rasa.core.actions.action import ActionExecutionRejection, RemoteAction
    from rasa.core.processor import MessageProcessor
    from rasa.core.tracker_store import FailSafeTrackerStore
    from rasa.shared.exceptions import RasaException

    if getattr(MessageProcessor, _INSTALLED, False):
        return

    run = RemoteAction.run

    @functools.wraps(run)
    async def run_noting_failure(self, *args, **kwargs):
        try:
            return await run(self, *args, **kwargs)
        except ActionExecutionRejection:
            raise
        except Exception as exc:  # noqa: BLE001 - any failure of the action; re-raised
            note_failed_action(self.name())
            # Not chained: the action server's error answer quotes the whole conversation (Rasa
            # SDK sends back the request body), and Rasa would log it with the traceback.
            raise RasaException(f"custom action {self.name()!r} failed ({_cause(exc)})") from None

    handle_message = MessageProcessor.handle_message

    @functools.wraps(handle_message)
    async def handle_message_in_one_turn(self, message):
        store = self.tracker_store
        if isinstance(store, FailSafeTrackerStore) and store._on_tracker_store_error is None:
            store._on_tracker_store_error = _tracker_store_failed
        token = _failed.set([])
        try:
            return await handle_message(self, message)
        finally:
            _failed.reset(token)

    save_tracker = MessageProcessor.save_tracker

    @functools.wraps(save_tracker)
    async def save_tracker_unless_failed(self, tracker):
        failed = _failed.get()
        if failed:
            logger.error("The dialogue failed in custom action %r; this message's turn is not saved", failed[0])
        check_turn()
        return await save_tracker(self, tracker)

    RemoteAction.run = run_noting_failure
    MessageProcessor.handle_message = handle_message_in_one_turn
    MessageProcessor.save_tracker = save_tracker_unless_failed
    setattr(MessageProcessor, _INSTALLED, True)
