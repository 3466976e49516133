"""Where the conversation is kept, read from the endpoints file and environment the bot runs with,
and the privacy sentences chosen for it from content/privacy.yml."""

import pytest

from bot import content
from bot.privacy import storage
from bot.privacy.storage import Storage
from bot.settings import Settings


def describe(**env):
    return storage.describe(Settings.from_env(env))


@pytest.fixture
def endpoints(tmp_path):
    """Write an endpoints file with the given tracker_store section; returns the BOT_ENDPOINTS value."""
    def write(tracker_store: str) -> str:
        path = tmp_path / "endpoints.yml"
        path.write_text('action_endpoint:\n  url: "http://127.0.0.1:5055/webhook"\n' + tracker_store,
                        encoding="utf-8")
        return str(path)
    return write


def test_the_shipped_endpoints_file_is_our_expiring_memory_store():
    assert describe(BOT_CONVERSATION_TTL_MINUTES="45") == Storage("geheugen_met_termijn", 45)


def test_the_shipped_endpoints_file_with_redis_configured_is_redis_with_the_same_lifetime():
    assert describe(BOT_REDIS_URL="redis://127.0.0.1:6379/0", BOT_CONVERSATION_TTL_MINUTES="45") == \
        Storage("redis_met_termijn", 45)


def test_lifetime_given_to_our_store_in_the_endpoints_file(endpoints):
    path = endpoints(f"tracker_store:\n  type: {storage.OUR_STORE}\n  ttl_minutes: 12\n")
    assert describe(BOT_ENDPOINTS=path) == Storage("geheugen_met_termijn", 12)


@pytest.mark.parametrize("section", ["", "tracker_store:\n  type: in_memory\n"])
def test_rasas_own_memory_store_keeps_it_until_a_restart(endpoints, section):
    assert describe(BOT_ENDPOINTS=endpoints(section)) == Storage("geheugen", None)


def test_redis_with_record_exp_in_minutes_rounded_up(endpoints):
    path = endpoints("tracker_store:\n  type: redis\n  url: 127.0.0.1\n  port: 6379\n  record_exp: ${REDIS_EXP}\n")
    assert describe(BOT_ENDPOINTS=path, REDIS_EXP="1830") == Storage("redis_met_termijn", 31)


def test_redis_without_record_exp_has_no_lifetime(endpoints):
    path = endpoints("tracker_store:\n  type: Redis\n  url: 127.0.0.1\n")
    assert describe(BOT_ENDPOINTS=path) == Storage("redis", None)


@pytest.mark.parametrize("kind", ["sql", "mongod", "dynamo", "some.module.OtherStore"])
def test_any_other_store_is_a_database(endpoints, kind):
    assert describe(BOT_ENDPOINTS=endpoints(f"tracker_store:\n  type: {kind}\n")).kind == "database"


def test_each_case_gets_its_own_texts_with_the_minutes_filled_in():
    texts = content.privacy.__wrapped__()
    said = {kind: storage.privacy_texts(Storage(kind, 17), texts, counting=True) for kind in storage.KINDS}
    assert len({t["opslag_gesprek"] for t in said.values()}) == len(storage.KINDS)
    for kind in ("geheugen_met_termijn", "redis_met_termijn"):
        assert "17 minuten" in said[kind]["opslag_kort"] and "17 minuten" in said[kind]["opslag_gesprek"]
    assert all("{" not in text for t in said.values() for text in t.values())
    said_logs = storage.privacy_texts(Storage("geheugen", None), texts, counting=True)["opslag_logs"]
    assert said_logs == " ".join(f'{texts["logboek"]["normaal"]} {texts["telling"]["aan"]}'.split())


def test_the_privacy_answer_says_exactly_one_of_counting_on_or_off():
    texts = content.privacy.__wrapped__()
    on = " ".join(texts["telling"]["aan"].split())
    off = " ".join(texts["telling"]["uit"].split())
    assert on != off
    said_on = storage.privacy_texts(Storage("geheugen", None), texts, counting=True)["opslag_logs"]
    said_off = storage.privacy_texts(Storage("geheugen", None), texts, counting=False)["opslag_logs"]
    assert on in said_on and off not in said_on
    assert off in said_off and on not in said_off


def test_a_missing_privacy_text_is_a_clear_error(tmp_path):
    bad = tmp_path / "privacy.yml"
    bad.write_text("opslag:\n  geheugen:\n    kort: x\nlogboek:\n  normaal: y\n", encoding="utf-8")
    with pytest.raises(content.ContentError, match="opslag.geheugen.lang"):
        content.privacy.__wrapped__(bad)
