"""The Slack channel's settings, from BOT_SLACK_* environment variables (pure)."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass

TOKEN_VAR, SECRET_VAR, API_URL_VAR = "BOT_SLACK_BOT_TOKEN", "BOT_SLACK_SIGNING_SECRET", "BOT_SLACK_API_URL"
DEFAULT_API_URL = "https://slack.com/api"


@dataclass(frozen=True)
class SlackConfig:
    bot_token: str
    signing_secret: str
    api_url: str = DEFAULT_API_URL

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> tuple[SlackConfig | None, list[str]]:
        """(config, []) when the required variables are set, else (None, the missing names)."""
        env = os.environ if env is None else env
        token, secret = env.get(TOKEN_VAR, "").strip(), env.get(SECRET_VAR, "").strip()
        missing = [name for name, value in ((TOKEN_VAR, token), (SECRET_VAR, secret)) if not value]
        if missing:
            return None, missing
        api_url = (env.get(API_URL_VAR, "").strip() or DEFAULT_API_URL).rstrip("/")
        if not api_url.startswith(("https://", "http://")):
            raise ValueError(f"{API_URL_VAR} must be an http(s) URL, got {api_url!r}")
        return cls(token, secret, api_url), []

