"""bot.channels.nlu_thread: Rasa's parse runs in a worker thread while the event loop goes on."""

from __future__ import annotations

import asyncio
import threading
import time
from types import SimpleNamespace

import pytest

from bot.channels import nlu_thread
from bot.settings import Settings


@pytest.fixture
def patched():
    from rasa.core.processor import MessageProcessor

    original = MessageProcessor.parse_message
    was = getattr(MessageProcessor, nlu_thread._INSTALLED, False)
    setattr(MessageProcessor, nlu_thread._INSTALLED, False)
    try:
        nlu_thread.install()
        yield MessageProcessor
    finally:
        MessageProcessor.parse_message = original
        setattr(MessageProcessor, nlu_thread._INSTALLED, was)


def test_the_parse_runs_off_the_event_loop_and_keeps_rasas_after_steps(patched):
    seen = {}

    def parse(message, tracker, only_output):
        seen["thread"] = threading.current_thread().name
        time.sleep(0.3)  # a slow parse: the loop must keep running meanwhile
        return {"text": message.text, "intent": {"name": "begroeten"}}

    processor = SimpleNamespace(
        http_interpreter=None, _parse_message_with_graph=parse,
        _update_full_retrieval_intent=lambda data: data.setdefault("updated", True),
        _check_for_unseen_features=lambda data: seen.setdefault("checked", True))
    message = SimpleNamespace(text="hallo", sender_id="s")

    async def run():
        ticks = 0

        async def ticker():
            nonlocal ticks
            while True:
                ticks += 1
                await asyncio.sleep(0.01)

        task = asyncio.create_task(ticker())
        data = await patched.parse_message(processor, message)
        task.cancel()
        return data, ticks

    data, ticks = asyncio.run(run())
    assert data == {"text": "hallo", "intent": {"name": "begroeten"}, "updated": True}
    assert seen["checked"] and seen["thread"].startswith("nlu")
    assert ticks >= 10  # the event loop was not blocked by the 0.3 s parse


def test_it_can_be_switched_off():
    assert nlu_thread.enabled(Settings.from_env({}))
    assert not nlu_thread.enabled(Settings.from_env({nlu_thread.ENV: "0"}))
    assert not nlu_thread.enabled(Settings.from_env({nlu_thread.ENV: "off"}))
