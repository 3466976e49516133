import pytest

from bot.settings import Settings


def test_defaults(monkeypatch):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.delenv("BOT_CONVERSATION_TTL_MINUTES", raising=False)
    s = Settings.from_env()
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("var/bot.db")
    assert s.conversation_ttl_minutes == 30


@pytest.mark.parametrize("raw", ["abc", "0", "-5"])
def test_bad_ttl_is_a_clear_error(monkeypatch, raw):
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", raw)
    with pytest.raises(ValueError, match="BOT_CONVERSATION_TTL_MINUTES"):
        Settings.from_env()
