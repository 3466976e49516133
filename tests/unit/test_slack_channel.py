"""The Slack channel's settings (off unless configured) and texts, without the network.

The Web API client and SlackInput against the local fake Slack Web API over real HTTP are in
tests/integration/test_slack_channel_http.py; tests/e2e/test_slack.py runs the channel with the
real trained bot.
"""

from __future__ import annotations

import logging

import pytest

from bot.channels.slack.channel import SlackInput, error_text, slack_texts
from bot.channels.slack.config import SECRET_VAR, TOKEN_VAR, ConfigError, SlackConfig
from bot.settings import Settings
from tests import texts


def slack_config(env):
    """The Slack configuration from these variables (and nothing of the environment)."""
    return SlackConfig.from_settings(Settings.from_env(env).channels.slack)


# --- settings ------------------------------------------------------------------------------

def test_config_needs_both_token_and_secret():
    with pytest.raises(ConfigError, match=f"^set {TOKEN_VAR}, {SECRET_VAR}$"):
        slack_config({})
    with pytest.raises(ConfigError, match=f"^set {SECRET_VAR}$"):
        slack_config({TOKEN_VAR: "xoxb-1", SECRET_VAR: "  "})
    assert slack_config({TOKEN_VAR: "xoxb-1", SECRET_VAR: "s"}).api_url == "https://slack.com/api"
    config = slack_config({TOKEN_VAR: "xoxb-1", SECRET_VAR: "s", "BOT_SLACK_API_URL": "http://127.0.0.1:9/api/"})
    assert config.api_url == "http://127.0.0.1:9/api"
    with pytest.raises(ConfigError, match="BOT_SLACK_API_URL") as err:
        slack_config({TOKEN_VAR: "xoxb-1", SECRET_VAR: "s", "BOT_SLACK_API_URL": "file:///etc/passwd"})
    assert "passwd" not in str(err.value)  # the value is not repeated


def test_unconfigured_channel_is_off_with_one_log_line_naming_the_variables(monkeypatch, caplog):
    monkeypatch.delenv(TOKEN_VAR, raising=False)
    monkeypatch.delenv(SECRET_VAR, raising=False)
    with caplog.at_level(logging.WARNING, logger="bot.channels.slack"):
        channel = SlackInput.from_credentials(None)
    assert channel.config is None
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and TOKEN_VAR in lines[0] and SECRET_VAR in lines[0] and "off" in lines[0]


def test_secrets_in_credentials_yml_are_ignored(monkeypatch, caplog):
    monkeypatch.delenv(TOKEN_VAR, raising=False)
    monkeypatch.delenv(SECRET_VAR, raising=False)
    with caplog.at_level(logging.WARNING, logger="bot.channels.slack"):
        channel = SlackInput.from_credentials({"slack_token": "xoxb-in-a-file", "slack_signing_secret": "x"})
    assert channel.config is None
    assert any("ignored" in r.getMessage() for r in caplog.records)


def test_slack_texts_are_dutch_and_complete():
    assert "{keuze}" in slack_texts()["gekozen"]
    assert texts.number("spoed") in error_text() and "{" not in error_text()


