"""Runtime settings, read once from the environment (with embedded defaults)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parent.parent


def _int(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ValueError(f"{name} must be a whole number, got {raw!r}") from exc
    if value < minimum:
        raise ValueError(f"{name} must be at least {minimum}, got {value}")
    return value


@dataclass(frozen=True)
class Settings:
    database_url: str
    # Minutes after the last message that a conversation is wiped from the tracker store.
    conversation_ttl_minutes: int
    data_dir: Path

    @classmethod
    def from_env(cls) -> Settings:
        data_dir = Path(os.environ.get("BOT_DATA_DIR", PROJECT_ROOT / "var"))
        return cls(
            database_url=os.environ.get("DATABASE_URL", f"sqlite:///{data_dir / 'bot.db'}"),
            conversation_ttl_minutes=_int("BOT_CONVERSATION_TTL_MINUTES", 30, minimum=1),
            data_dir=data_dir,
        )
