"""Deciding which situation a message is about, and which crisis answer fits."""

from __future__ import annotations

from bot.content import Situatie, situaties

CRISIS_SOORTEN = ("zelfmoord", "geweld", "seksueel_geweld", "algemeen")


def from_key(key: str | None) -> Situatie | None:
    return situaties().get(key or "")


def crisis_soort(category: str | None) -> str:
    """Map the safety net's category to the crisis answer (None: only the classifier said so)."""
    return {
        "zelfmoord": "zelfmoord",
        "zelfbeschadiging": "zelfmoord",  # 113 also helps with self-harm
        "geweld": "geweld",
        "seksueel_geweld": "seksueel_geweld",
    }.get(category or "", "algemeen")
