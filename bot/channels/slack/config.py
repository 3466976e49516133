"""The Slack channel's settings, checked from the BOT_SLACK_* variables bot.settings read (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot import settings as bot_settings
from bot.channels.common import ChannelConfigError

TOKEN_VAR, SECRET_VAR, API_URL_VAR = "BOT_SLACK_BOT_TOKEN", "BOT_SLACK_SIGNING_SECRET", "BOT_SLACK_API_URL"
DEFAULT_API_URL = "https://slack.com/api"


class ConfigError(ChannelConfigError):
    """The Slack channel cannot be switched on. The message names the variables, never their values."""


@dataclass(frozen=True)
class SlackConfig:
    bot_token: str = field(repr=False)
    signing_secret: str = field(repr=False)
    api_url: str = DEFAULT_API_URL

    @classmethod
    def from_settings(cls, settings: bot_settings.SlackSettings | None = None) -> SlackConfig:
        """The configuration of `settings` (default: this process's); raises ConfigError, as the
        Teams channel's does."""
        slack = settings or bot_settings.current().channels.slack
        token, secret = slack.bot_token.strip(), slack.signing_secret.strip()
        missing = [name for name, value in ((TOKEN_VAR, token), (SECRET_VAR, secret)) if not value]
        if missing:
            raise ConfigError("set " + ", ".join(missing))
        api_url = (slack.api_url.strip() or DEFAULT_API_URL).rstrip("/")
        if not api_url.startswith(("https://", "http://")):
            raise ConfigError(f"{API_URL_VAR} must be an http(s) URL")
        return cls(token, secret, api_url)

