"""Checks on the bot's responses that Rasa does not make itself.

Rasa 3.6 picks at random among *all* conditional variants of a response whose conditions match
the slots (rasa/core/nlg/response.py), so two variants that can match at once make the text a
coin toss ("kan je bereiken via None"). `overlapping_variants` finds such pairs; the build
(`scripts/validate.py`) and the unit tests fail on any.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from pathlib import Path

import yaml

from bot.domain_files import load_domain


def load_responses(root: Path) -> dict[str, list[dict]]:
    """Every response of the bot: the domain/ folder (merged as Rasa merges it) and the retrieval
    answers in data/nlu/."""
    found: dict[str, list[dict]] = dict(load_domain(root)["responses"])
    for path in sorted((root / "data" / "nlu").glob("*.yml")):
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found.update(document.get("responses") or {})
    return found


def _conditions(variant: Mapping) -> dict[str, object]:
    return {c["name"]: c["value"] for c in variant.get("condition") or [] if c.get("type", "slot") == "slot"}


def _can_match_together(a: Mapping, b: Mapping) -> bool:
    """Two conditional variants can both be chosen unless they are for different channels or
    some slot they both name needs different values."""
    if (a.get("channel") or None) != (b.get("channel") or None):
        return False
    first, second = _conditions(a), _conditions(b)
    return all(first[name] == second[name] for name in first.keys() & second.keys())


def overlapping_variants(responses: Mapping[str, Iterable[Mapping]]) -> list[str]:
    """One line per pair of conditional variants of one response that can match the same slots."""
    problems = []
    for name in sorted(responses):
        conditional = [v for v in responses[name] if v.get("condition")]
        for (i, a), (j, b) in itertools.combinations(enumerate(conditional), 2):
            if _can_match_together(a, b):
                problems.append(
                    f"{name}: conditional variants {i + 1} {_conditions(a)} and {j + 1} {_conditions(b)} "
                    "can match together (Rasa would pick one at random)")
    return problems
