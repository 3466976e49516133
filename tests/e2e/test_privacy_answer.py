"""The storage answer with the real bot on a real Redis tracker store (127.0.0.1:6379; make test
starts it): the bot says that it keeps the conversation in Redis for record_exp, not "only in
memory". The default (memory) case is what every other end-to-end test runs with."""

from __future__ import annotations

import uuid

import pytest
import redis

from bot import content
from tests.e2e.conftest import free_port, rest_post, start_bot

pytestmark = pytest.mark.e2e


def _post(port, sender, message):
    return " ".join(r.get("text", "") for r in rest_post(port, sender, message))


def _said(key: str, field: str, minutes: int) -> str:
    text = content.privacy()["opslag"][key][field]
    return " ".join(text.split()).replace("{minuten}", str(minutes))


def test_on_redis_the_bot_says_it_keeps_the_conversation_in_redis(tmp_path):
    prefix = f"vpbottest{uuid.uuid4().hex[:8]}"  # Rasa takes only letters and digits
    actions_port = free_port()
    endpoints = tmp_path / "endpoints-redis.yml"
    endpoints.write_text(
        f'action_endpoint:\n  url: "http://127.0.0.1:{actions_port}/webhook"\n'
        "  headers:\n    Authorization: Bearer ${BOT_ACTIONS_SECRET}\n"
        f"tracker_store:\n  type: redis\n  url: 127.0.0.1\n  port: 6379\n  record_exp: 600\n"
        f'  key_prefix: "{prefix}"\n', encoding="utf-8")
    client = redis.Redis(host="127.0.0.1", port=6379)
    try:
        with start_bot(tmp_path / "var", env={"BOT_ENDPOINTS": str(endpoints),
                                              "BOT_ACTIONS_PORT": str(actions_port)}) as bot:
            greeting = _post(bot["port"], "r1", "hallo")
            assert _said("redis_met_termijn", "kort", 10) in greeting
            assert _said("geheugen_met_termijn", "kort", 20) not in greeting
            answer = _post(bot["port"], "r1", "wordt dit gesprek bewaard")
            assert _said("redis_met_termijn", "lang", 10) in answer
            assert client.exists(f"{prefix}:tracker:rest-r1")  # really kept in Redis
    finally:
        for key in client.keys(prefix + "*"):
            client.delete(key)
