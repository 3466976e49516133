"""The real domain for the action tests: domain/, merged as Rasa merges it (bot.domain_files). The
actions get what Rasa gives them; no test builds a domain by hand."""

from __future__ import annotations

from pathlib import Path

import yaml

from bot.domain_files import domain_files, load_domain
from bot.settings import PROJECT_ROOT

DOMAIN = load_domain(PROJECT_ROOT)


def slots_declared_in(*topics: str) -> set[str]:
    """The slots that these topic files of domain/ declare (e.g. "afspraak" for afspraak.yml)."""
    names = {f"{topic}.yml" for topic in topics}
    found: set[str] = set()
    for path in domain_files(PROJECT_ROOT):
        if Path(path).name in names:
            found |= set((yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("slots") or {})
    return found
