"""The web chat channel's parts that need no running server: its texts, the page and widget it
renders, staying off on a wrong setting, and deleting a conversation from Rasa's real stores (the
Redis store, against a running Redis, is in tests/integration/test_webchat_redis_store.py)."""

import asyncio
import html
import json
import logging
import re

import pytest
from rasa.core.tracker_store import (
    AwaitableTrackerStore,
    FailSafeTrackerStore,
    InMemoryTrackerStore,
    SQLTrackerStore,
)
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.channels.webchat import channel as webchat
from bot.privacy.tracker_store import ExpiringInMemoryTrackerStore
from bot.settings import Settings
from tests.texts import content_text

HOSTILE = '</script><img src=x onerror=alert(1)> & "quotes"'


@pytest.fixture(autouse=True)
def fresh_texts():
    webchat.texts.cache_clear()
    yield
    webchat.texts.cache_clear()


def test_every_text_is_there_in_dutch_with_the_configured_lifetime(monkeypatch):
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", "17")
    texts = webchat.texts()
    assert "17 minuten" in texts["privacy"] and "{" not in texts["privacy"]
    assert "17 minuten" in texts["wissen_mislukt"]
    assert texts["wis"] == content_text("webchat.yml", "wis")
    page = webchat.page_texts()
    assert page["max_tekens"] == 2000 and "2000 tekens" in page["te_lang"]
    assert all(isinstance(v, str) and v.strip() for k, v in page.items() if k != "max_tekens")


def test_script_json_cannot_close_the_script_element():
    encoded = webchat.script_json({"x": HOSTILE, "y": "\u2028"})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded and "\u2028" not in encoded
    assert json.loads(encoded) == {"x": HOSTILE, "y": "\u2028"}


def test_page_escapes_every_text(monkeypatch):
    real = webchat.texts()
    monkeypatch.setattr(webchat, "texts", lambda: {**real, "titel": HOSTILE, "privacy": HOSTILE})
    page = webchat.render_page()
    assert "<img" not in page and html.escape(HOSTILE) in page
    data = re.search(r'<script id="webchat-teksten" type="application/json">(.*?)</script>', page, re.S).group(1)
    assert json.loads(data)["privacy"] == HOSTILE
    assert "$" not in page  # every placeholder was filled
    assert page.count("<script") == 2  # the inert JSON and webchat.js, nothing inline to run


def test_the_page_shows_the_privacy_line_and_labels_its_controls():
    page = webchat.render_page()
    texts = webchat.texts()
    assert html.escape(texts["privacy"]) in page and 'lang="nl"' in page
    # the log goes live (polite) in webchat.js once a restored conversation is in: not read out again
    assert 'role="log" aria-live="off"' in page and 'role="status"' in page
    assert '<label for="tekst"' in page
    assert "http://" not in page and "https://" not in page  # no CDN, no external font


def test_widget_gets_its_texts():
    widget = webchat.render_widget()
    assert "/*TEKSTEN*/null" not in widget
    assert json.dumps(webchat.texts()["openen"]) in widget


def test_page_headers_forbid_scripts_from_elsewhere_and_limit_framing():
    from bot.channels.webchat.config import WebChatConfig

    cfg = WebChatConfig.from_settings(Settings.from_env({"BOT_WEBCHAT_ORIGINS": "https://intranet.example.nl"}))
    headers = webchat.page_headers(cfg)
    policy = headers["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert "frame-ancestors 'self' https://intranet.example.nl" in policy
    assert headers["X-Content-Type-Options"] == "nosniff"


@pytest.mark.parametrize("env, variable", [
    ({"BOT_WEBCHAT_SECRET": "kort"}, "BOT_WEBCHAT_SECRET"),
    ({"BOT_WEBCHAT_ORIGINS": "intranet"}, "BOT_WEBCHAT_ORIGINS"),
    ({"BOT_MAX_MESSAGE_CHARS": "veel"}, "BOT_MAX_MESSAGE_CHARS"),
])
def test_a_wrong_setting_keeps_the_channel_off_with_one_log_line(env, variable, caplog, monkeypatch):
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    with caplog.at_level(logging.INFO, logger="bot.channels.webchat"):
        channel = webchat.WebChatInput.from_credentials(None)
    assert channel.chat is None and variable in channel.problem
    lines = [r for r in caplog.records if r.name == "bot.channels.webchat"]
    assert len(lines) == 1 and lines[0].levelno == logging.ERROR
    assert "Web chat is OFF" in lines[0].getMessage() and variable in lines[0].getMessage()


def test_without_a_secret_it_runs_and_says_sessions_end_on_restart(caplog, monkeypatch):
    monkeypatch.delenv("BOT_WEBCHAT_SECRET", raising=False)
    with caplog.at_level(logging.INFO, logger="bot.channels.webchat"):
        channel = webchat.WebChatInput.from_credentials(None)
    assert channel.chat is not None and channel.chat.config.secret_is_random
    assert any("BOT_WEBCHAT_SECRET is not set" in r.getMessage() for r in caplog.records)
    assert channel.name() == "webchat"


# --- deleting a conversation from the stores Rasa really builds ---------------------------------

def _tracker(sender):
    return DialogueStateTracker.from_events(sender, [UserUttered("geheim verhaal")])


def test_wipe_deletes_through_rasas_wrappers():
    async def run():
        domain = Domain.empty()
        inner = ExpiringInMemoryTrackerStore(domain, ttl_minutes=30)
        store = FailSafeTrackerStore(AwaitableTrackerStore(inner))  # what the agent holds
        for sender in ("webchat-a", "webchat-b"):
            await store.save(_tracker(sender))
        assert await store.retrieve("webchat-a") is not None
        assert await webchat.forget_conversation(store, "webchat-a") is True
        assert await store.retrieve("webchat-a") is None
        assert "webchat-a" not in inner.store and "webchat-a" not in inner.book._last_seen
        assert await store.retrieve("webchat-b") is not None  # only that one
        assert await webchat.forget_conversation(store, "webchat-a") is True  # wiping twice is fine

    asyncio.run(run())


def test_wipe_deletes_from_rasas_plain_memory_store():
    async def run():
        store = FailSafeTrackerStore(AwaitableTrackerStore(InMemoryTrackerStore(Domain.empty())))
        await store.save(_tracker("webchat-a"))
        assert await webchat.forget_conversation(store, "webchat-a") is True
        assert await store.retrieve("webchat-a") is None

    asyncio.run(run())


def test_a_store_that_cannot_delete_is_reported(tmp_path):
    async def run():
        sql = SQLTrackerStore(Domain.empty(), dialect="sqlite", db=str(tmp_path / "trackers.db"))
        store = FailSafeTrackerStore(AwaitableTrackerStore(sql))
        assert await webchat.forget_conversation(store, "webchat-a") is False

    asyncio.run(run())
