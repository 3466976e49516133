"""The settings object: read from a given environment, checked, one clear line per wrong value."""

import datetime as dt
from pathlib import Path

import pytest

from bot import bootstrap, settings
from bot.privacy import lifetime
from bot.settings import PROJECT_ROOT, Settings, SettingsError


def test_defaults():
    s = Settings.from_env({})
    assert s.database_url.startswith("sqlite:///") and s.database_url.endswith("var/bot.db")
    assert s.conversation.ttl_minutes == settings.DEFAULT_CONVERSATION_TTL_MINUTES == 30
    assert s.conversation.ttl_seconds == 1800
    assert s.booking.retention_days == 30 and s.booking.counsellors_file is None
    assert s.fixed_now is None and s.count_statistics is True
    assert s.public_url == "http://127.0.0.1:5005"
    assert (s.action_server.host, s.action_server.port) == ("127.0.0.1", 5055)
    assert s.endpoints_file == PROJECT_ROOT / "endpoints.yml"
    assert s.report_threshold == 5


def test_values_are_read_and_typed():
    s = Settings.from_env({"BOT_CONVERSATION_TTL_MINUTES": "45", "BOT_APPOINTMENT_RETENTION_DAYS": "14",
                           "BOT_NOW": "2027-03-06T22:30:00+01:00", "BOT_PUBLIC_URL": "https://vp.example.nl/",
                           "BOT_ENDPOINTS": "elders.yml", "BOT_COUNSELLORS_FILE": "/srv/vp.yml",
                           "BOT_ACTIONS_SECRET": "geheim-geheim", "BOT_SMTP_PASSWORD": "wachtwoord"})
    assert s.conversation.ttl_minutes == 45 and s.booking.retention_days == 14
    assert s.fixed_now == dt.datetime(2027, 3, 6, 21, 30, tzinfo=dt.timezone.utc)
    assert s.public_url == "https://vp.example.nl"
    assert s.endpoints_file == PROJECT_ROOT / "elders.yml"
    assert s.booking.counsellors_file == Path("/srv/vp.yml")
    assert "geheim" not in repr(s) and "wachtwoord" not in repr(s)


def test_the_channels_settings_are_read_and_their_secrets_kept_out_of_repr():
    s = Settings.from_env({"BOT_TEAMS_APP_ID": " app ", "BOT_TEAMS_APP_PASSWORD": "teamsgeheim",
                           "BOT_SLACK_BOT_TOKEN": "xoxb-slackgeheim", "BOT_SLACK_SIGNING_SECRET": "tekengeheim",
                           "BOT_WEBCHAT_SECRET": "webgeheim" * 4, "BOT_REST_TOKEN": "restgeheim" * 4,
                           "BOT_WEBCHAT_RATE_PER_MINUTE": "7", "BOT_TRUSTED_PROXIES": "10.0.0.5",
                           "BOT_NLU_THREAD": "off", "SANIC_REQUEST_MAX_SIZE": "1000"})
    channels = s.channels
    assert channels.teams.app_id == "app" and channels.slack.bot_token == "xoxb-slackgeheim"
    assert (channels.guards.messages_per_minute, channels.guards.messages_variable) == (
        "7", "BOT_WEBCHAT_RATE_PER_MINUTE")
    assert channels.trusted_proxies == "10.0.0.5" and not channels.nlu_thread and channels.request_max_size_set
    for secret in ("teamsgeheim", "slackgeheim", "tekengeheim", "webgeheim", "restgeheim"):
        assert secret not in repr(s), secret
    default = Settings.from_env({}).channels
    assert default.nlu_thread and not default.request_max_size_set and default.teams.app_id == ""


def test_the_object_is_frozen():
    s = Settings.from_env({})
    with pytest.raises(AttributeError):
        s.conversation.ttl_minutes = 5  # type: ignore[misc]


@pytest.mark.parametrize(("raw", "on"), [("", True), ("1", True), ("ja", True), ("0", False), ("uit", False)])
def test_counting_setting(raw, on):
    assert Settings.from_env({"BOT_COUNT_STATISTICS": raw}).count_statistics is on


@pytest.mark.parametrize(("name", "raw"), [
    ("BOT_CONVERSATION_TTL_MINUTES", "abc"), ("BOT_CONVERSATION_TTL_MINUTES", "0"),
    ("BOT_CONVERSATION_TTL_MINUTES", "-5"), ("BOT_APPOINTMENT_RETENTION_DAYS", "soon"),
    ("BOT_APPOINTMENT_RETENTION_DAYS", "0"), ("BOT_COUNT_STATISTICS", "misschien"), ("BOT_NOW", "gisteren"),
    ("BOT_SMTP_PORT", "smtp"), ("BOT_SMTP_STARTTLS", "maybe"), ("BOT_ACTIONS_PORT", "70000"),
    ("BOT_REPORT_THRESHOLD", "1"),
])
def test_a_wrong_value_is_one_line_naming_the_variable(name, raw):
    with pytest.raises(SettingsError, match=name) as info:
        Settings.from_env({name: raw})
    assert "\n" not in str(info.value)


def test_read_once_per_process(monkeypatch):
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", "12")
    first = settings.current()
    assert settings.current() is first and first.conversation.ttl_minutes == 12



def test_rasas_files_repeat_the_one_conversation_lifetime():
    assert lifetime.problems() == []
    assert lifetime.session_expiration_minutes() == settings.DEFAULT_CONVERSATION_TTL_MINUTES
    # endpoints.yml writes no record_exp: ConfiguredTrackerStore takes the lifetime from the settings.
    assert lifetime.redis_example_seconds() == []


def test_a_different_lifetime_in_rasas_files_is_found(tmp_path):
    (tmp_path / "domain").mkdir()
    (tmp_path / "domain" / "sessie.yml").write_text("session_config:\n  session_expiration_time: 60\n")
    (tmp_path / "endpoints.yml").write_text("#   tracker_store:\n#     record_exp: 1800\n")
    assert lifetime.problems(tmp_path, 30) == [
        "domain session_config.session_expiration_time is 60.0, the conversation lifetime "
        "(bot.settings.DEFAULT_CONVERSATION_TTL_MINUTES) is 30 minutes"]
    assert len(lifetime.problems(tmp_path, 60)) == 1  # now record_exp differs


def test_the_services_are_built_once_from_the_settings(monkeypatch, tmp_path):
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    monkeypatch.setenv("BOT_NOW", "2027-03-06T22:30:00+01:00")
    first = bootstrap.services()
    assert bootstrap.services() is first and first.settings is settings.current()
    assert str(first.sessions.kw["bind"].url).endswith("bot.db")
    assert first.now() == dt.datetime(2027, 3, 6, 21, 30, tzinfo=dt.timezone.utc)
    settings.reset()  # a new process, as it were
    assert bootstrap.services() is not first


def test_bootstrap_takes_a_caller_s_clock_and_sessions():
    own = bootstrap.bootstrap(Settings.from_env({}), sessions="sessions", now=lambda: "now")
    assert (own.sessions, own.now()) == ("sessions", "now")


def test_the_command_line_stops_on_a_wrong_value_with_one_line(monkeypatch, capsys):
    from bot.__main__ import main

    assert main(["settings", "check"]) == 0
    monkeypatch.setenv("BOT_COUNT_STATISTICS", "misschien")
    assert main(["settings", "check"]) == 1
    assert capsys.readouterr().err.splitlines() == [
        "error: BOT_COUNT_STATISTICS must be 1 (on) or 0 (off), got 'misschien'"]
