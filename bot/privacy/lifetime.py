"""The conversation lifetime has one home: bot.settings.DEFAULT_CONVERSATION_TTL_MINUTES (changed per
installation with BOT_CONVERSATION_TTL_MINUTES). Rasa's own files cannot read it, so they repeat it:
domain.yml's session_config.session_expiration_time (minutes) and the Redis example in endpoints.yml
(record_exp, seconds). `problems()` says where they differ; scripts/validate.py fails on it and
tests/unit/test_settings.py checks it.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml

from bot.settings import DEFAULT_CONVERSATION_TTL_MINUTES, PROJECT_ROOT

RECORD_EXP = "record_exp:"


def _domain_files(root: Path) -> list[Path]:
    """domain.yml, or every YAML file of a domain/ folder (Rasa merges them)."""
    single = root / "domain.yml"
    if single.exists():
        return [single]
    return sorted((root / "domain").rglob("*.yml"))


def session_expiration_minutes(root: Path = PROJECT_ROOT) -> float | None:
    for path in _domain_files(root):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        config = data.get("session_config") if isinstance(data, Mapping) else None
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
