"""bot.channels.nlu_thread: Rasa's parse runs in a worker thread while the event loop goes on."""

from __future__ import annotations

import asyncio
import threading
from types import SimpleNamespace

import pytest

from bot.channels import nlu_thread
from bot.settings import Settings
from tests.patching import freshly_installed
from tests.waiting import wait_until_async


@pytest.fixture
def patched():
    from rasa.core.processor import MessageProcessor

    with freshly_installed(MessageProcessor, "parse_message", nlu_thread._INSTALLED, nlu_thread.install):
        yield MessageProcessor


def test_the_parse_runs_off_the_event_loop_and_keeps_rasas_after_steps(patched):
    seen = {}
    parsing, loop_went_on = threading.Event(), threading.Event()

    def parse(message, tracker, only_output):
        seen["thread"] = threading.current_thread().name
        parsing.set()
        # A slow parse that ends only when the event loop has done other work meanwhile: on the
        # loop's own thread it would wait in vain (and the test fails after the timeout).
        seen["loop_went_on"] = loop_went_on.wait(timeout=10)
        return {"text": message.text, "intent": {"name": "begroeten"}}

    processor = SimpleNamespace(
        http_interpreter=None, _parse_message_with_graph=parse,
        _update_full_retrieval_intent=lambda data: data.setdefault("updated", True),
        _check_for_unseen_features=lambda data: seen.setdefault("checked", True))
    message = SimpleNamespace(text="hallo", sender_id="s")

    async def run():
        async def other_work():
            await wait_until_async(parsing.is_set, "the parse started")
            for _ in range(10):  # ten turns of the loop while the parse is under way
                await asyncio.sleep(0)
            loop_went_on.set()

        task = asyncio.create_task(other_work())
        data = await patched.parse_message(processor, message)
        await task
        return data

    data = asyncio.run(run())
    assert data == {"text": "hallo", "intent": {"name": "begroeten"}, "updated": True}
    assert seen["checked"] and seen["thread"].startswith("nlu")
    assert seen["loop_went_on"]  # the event loop was not blocked by the parse


def test_it_can_be_switched_off():
    assert nlu_thread.enabled(Settings.from_env({}))
    assert not nlu_thread.enabled(Settings.from_env({nlu_thread.ENV: "0"}))
    assert not nlu_thread.enabled(Settings.from_env({nlu_thread.ENV: "off"}))
