"""Each message's NLU off the event loop: it runs in one worker thread of the Rasa server.

Rasa 3.6 parses a message (spaCy, the featurizers, the e5 embedding, the classifiers) inside
`MessageProcessor.parse_message` on the event loop, so while one message is parsed nothing else
of the server moves: no other conversation's policies, no action-server reply, no new request.
The profile under load (docs/performance.md) shows the e5 embedding as most of that time, and it
computes in C without Python's global lock. `install()` makes `parse_message` hand the parse to
one worker thread (one, so parses stay one at a time and the components need not be
thread-safe) and await it: meanwhile the event loop serves the other conversations, on the
second core when there is one. The dialogue of each conversation is still handled in order
(Rasa's lock store); the parse needs nothing of the conversation.

On unless BOT_NLU_THREAD=0. Installed when a channel of ours is loaded inside the Rasa server
(bot/channels/__init__.py), like bot.channels.faults.
"""

from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor

from bot import settings as bot_settings
from bot.settings import Settings

ENV = "BOT_NLU_THREAD"  # read in bot.settings
_INSTALLED = "_bot_nlu_thread_installed"


def enabled(settings: Settings | None = None) -> bool:
    return (settings or bot_settings.current()).channels.nlu_thread


def install() -> None:
    from rasa.core.processor import MessageProcessor
    from rasa.shared.core.trackers import DialogueStateTracker

    if getattr(MessageProcessor, _INSTALLED, False) or not enabled():
        return
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="nlu")
    parse_on_loop = MessageProcessor.parse_message

    @functools.wraps(parse_on_loop)
    async def parse_message(self, message, tracker=None, only_output_properties=True):
        if self.http_interpreter:
            return await parse_on_loop(self, message, tracker, only_output_properties)
        if tracker is None:
            tracker = DialogueStateTracker.from_events(message.sender_id, [])
        parse = functools.partial(self._parse_message_with_graph, message, tracker, only_output_properties)
        parse_data = await asyncio.get_running_loop().run_in_executor(executor, parse)
        # What Rasa's parse_message does after the parse (without its debug log of the text).
        self._update_full_retrieval_intent(parse_data)
        self._check_for_unseen_features(parse_data)
        return parse_data

    MessageProcessor.parse_message = parse_message
    setattr(MessageProcessor, _INSTALLED, True)
