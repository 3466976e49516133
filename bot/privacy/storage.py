"""Where this conversation is kept, read from the live configuration, so the privacy answer is true.

The Rasa server takes its tracker store from the endpoints file (scripts/run.sh passes
BOT_ENDPOINTS, default endpoints.yml); the action server reads the same file and the same
environment, and picks one of the texts in content/privacy.yml:

- ``ConfiguredTrackerStore`` (the shipped endpoints.yml): Redis with the conversation lifetime
  when BOT_REDIS_URL is set (``redis_met_termijn``), else our expiring memory store;
- ``geheugen_met_termijn``: our ExpiringInMemoryTrackerStore (memory only, wiped when idle);
- ``geheugen``: Rasa's plain InMemoryTrackerStore (no ``tracker_store`` or ``type: in_memory``):
  memory only, kept until the server restarts;
- ``redis_met_termijn`` / ``redis``: Redis, with or without ``record_exp`` (an idle lifetime,
  renewed on every message);
- ``database``: any other store (sql, mongod, dynamo, another class): kept in a database for as
  long as the organisation arranges.

No message text reaches a log file at any level (bot.privacy.logs, proven by
tests/e2e/test_no_text_in_logs.py), so the log sentence has one case. It is followed by one of
two sentences on the anonymous counters for the annual report (bot/reporting): on or off.
Pure apart from reading the file; no Rasa import. The settings are passed in.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.settings import Settings

OUR_STORE = "bot.privacy.tracker_store.ExpiringInMemoryTrackerStore"
CONFIGURED_STORE = "bot.privacy.tracker_store.ConfiguredTrackerStore"
KINDS = ("geheugen_met_termijn", "geheugen", "redis_met_termijn", "redis", "database")
_ENV_VAR = re.compile(r"\$\{([^}:]+)\}")  # Rasa's ${VAR} substitution in endpoints files


@dataclass(frozen=True)
class Storage:
    kind: str                 # one of KINDS
    minutes: int | None       # idle lifetime, when the store has one


def _tracker_store_section(path: Path, variables: Mapping[str, str]) -> Mapping:
    if not path.exists():
        return {}
    text = _ENV_VAR.sub(lambda m: variables.get(m.group(1), m.group(0)), path.read_text(encoding="utf-8"))
    data = yaml.safe_load(text) or {}
    if not isinstance(data, Mapping):
        raise ValueError(f"{path}: expected a mapping at the top")
    section = data.get("tracker_store") or {}
    if not isinstance(section, Mapping):
        raise ValueError(f"{path}: tracker_store must be a mapping")
    return section


def _minutes(seconds: object) -> int | None:
    try:
        value = float(seconds)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return max(1, math.ceil(value / 60)) if value > 0 else None


def describe(settings: Settings) -> Storage:
    """The storage the bot runs with (its endpoints file, BOT_ENDPOINTS, with the environment's
    ${VAR} values as Rasa fills them in)."""
    section = _tracker_store_section(settings.endpoints_file, settings.endpoint_variables)
    kind_name = str(section.get("type") or "").strip()
    if kind_name in (OUR_STORE, CONFIGURED_STORE):
        if section.get("ttl_minutes") is not None:
            minutes = max(1, math.ceil(float(section["ttl_minutes"])))
        else:
            minutes = settings.conversation.ttl_minutes
        shared = kind_name == CONFIGURED_STORE and settings.redis_url is not None
        return Storage("redis_met_termijn" if shared else "geheugen_met_termijn", minutes)
    if kind_name.lower() in ("", "in_memory"):
        return Storage("geheugen", None)
    if kind_name.lower() == "redis":
        minutes = _minutes(section.get("record_exp"))
        return Storage("redis_met_termijn" if minutes else "redis", minutes)
    return Storage("database", None)


def privacy_texts(storage: Storage, texts: Mapping, counting: bool) -> dict[str, str]:
    """The privacy sentences for `storage`, from content/privacy.yml's structure: {"opslag_kort",
    "opslag_gesprek", "opslag_logs"}, with {minuten} filled in and YAML folding undone.
    "opslag_logs" is what stays beyond the conversation: the log sentence, then whether the bot
    adds to the anonymous counters (`counting`, BOT_COUNT_STATISTICS): exactly one of the two
    texts of "telling"."""
    case = texts["opslag"][storage.kind]
    log = texts["logboek"]["normaal"] + " " + texts["telling"]["aan" if counting else "uit"]

    def plain(text: object) -> str:
        words = " ".join(str(text).split())
        return words.replace("{minuten}", str(storage.minutes)) if storage.minutes else words

    return {"opslag_kort": plain(case["kort"]), "opslag_gesprek": plain(case["lang"]),
            "opslag_logs": plain(log)}
