"""The conversation lifetime has one home: bot.settings.DEFAULT_CONVERSATION_TTL_MINUTES (changed per
installation with BOT_CONVERSATION_TTL_MINUTES). Rasa's own files cannot read it, so they repeat it:
the domain's session_config.session_expiration_time (minutes, domain/sessie.yml) and the Redis
example in endpoints.yml (record_exp, seconds). `problems()` says where they differ; scripts/validate.py fails on it and
tests/unit/test_settings.py checks it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from bot.domain_files import load_domain
from bot.settings import DEFAULT_CONVERSATION_TTL_MINUTES, PROJECT_ROOT

RECORD_EXP = "record_exp:"


def session_expiration_minutes(root: Path = PROJECT_ROOT) -> float | None:
    config = load_domain(root).get("session_config")
    if isinstance(config, Mapping) and "session_expiration_time" in config:
        return float(config["session_expiration_time"])
    return None


def redis_example_seconds(root: Path = PROJECT_ROOT) -> list[int]:
    """The record_exp values in endpoints.yml, in comments or not (the Redis example is a comment)."""
    found = []
    for line in (root / "endpoints.yml").read_text(encoding="utf-8").splitlines():
        text = line.lstrip("# ").strip()
        if text.startswith(RECORD_EXP):
            value = text[len(RECORD_EXP):].strip()
            if value.isdigit():
                found.append(int(value))
    return found


def problems(root: Path = PROJECT_ROOT, minutes: int = DEFAULT_CONVERSATION_TTL_MINUTES) -> list[str]:
    found = []
    session = session_expiration_minutes(root)
    if session != minutes:
        found.append(f"domain session_config.session_expiration_time is {session}, the conversation lifetime "
                     f"(bot.settings.DEFAULT_CONVERSATION_TTL_MINUTES) is {minutes} minutes")
    # The Redis tracker store takes its lifetime from the settings (ConfiguredTrackerStore); a
    # record_exp written in endpoints.yml (e.g. a plain `type: redis` section) must agree.
    redis = redis_example_seconds(root)
    found += [f"endpoints.yml: record_exp {seconds} is not the conversation lifetime ({minutes * 60} seconds)"
              for seconds in redis if seconds != minutes * 60]
    return found
