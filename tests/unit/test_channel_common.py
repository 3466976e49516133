"""The checks every channel shares: length cap, empty messages, the admin notice once."""

from bot.channels.common import admin_notice, check_text
from bot.content import fill
from tests import texts


def test_normal_text_passes():
    assert check_text("mijn collega pest me", limit=100) is None


def test_empty_and_blank_are_refused_in_dutch():
    for text in (None, "", "   \n\t"):
        refused = check_text(text, limit=100)
        assert refused.reason == "empty"
        assert refused.text == texts.content_text("kanalen.yml", "leeg")


def test_too_long_names_the_limit_and_says_nothing_was_kept():
    refused = check_text("a" * 101, limit=100)
    assert refused.reason == "too_long"
    assert refused.text == fill(texts.content_text("kanalen.yml", "te_lang"), {"max_tekens": 100})
    assert "100" in refused.text and "{" not in refused.text
    assert check_text("a" * 100, limit=100) is None


def test_admin_notice_is_one_plain_paragraph_per_chat_app():
    for channel in ("teams", "slack"):
        notice = admin_notice(channel)
        assert notice == texts.content_text("kanalen.yml", "beheerder_melding", channel) and "\n" not in notice


def test_admin_notice_is_one_sentence():
    for channel in ("teams", "slack"):
        notice = admin_notice(channel)
        assert notice.count(".") == 1 and notice.endswith(".")
