"""The Slack channel's settings, checked from the BOT_SLACK_* variables bot.settings read (pure)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot import settings as bot_settings

TOKEN_VAR, SECRET_VAR, API_URL_VAR = "BOT_SLACK_BOT_TOKEN", "BOT_SLACK_SIGNING_SECRET", "BOT_SLACK_API_URL"
DEFAULT_API_URL = "https://slack.com/api"


@dataclass(frozen=True)
class SlackConfig:
    bot_token: str = field(repr=False)
    signing_secret: str = field(repr=False)
    api_url: str = DEFAULT_API_URL

    @classmethod
    def from_settings(cls, settings: bot_settings.SlackSettings | None = None
                      ) -> tuple[SlackConfig | None, list[str]]:
        """(config, []) when the required variables are set, else (None, the missing names).
        `settings`: default this process's."""
        slack = settings or bot_settings.current().channels.slack
        token, secret = slack.bot_token.strip(), slack.signing_secret.strip()
        missing = [name for name, value in ((TOKEN_VAR, token), (SECRET_VAR, secret)) if not value]
        if missing:
            return None, missing
        api_url = (slack.api_url.strip() or DEFAULT_API_URL).rstrip("/")
        if not api_url.startswith(("https://", "http://")):
            raise ValueError(f"{API_URL_VAR} must be an http(s) URL, got {api_url!r}")
        return cls(token, secret, api_url), []

