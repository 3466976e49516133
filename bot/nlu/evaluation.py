"""Scoring NLU predictions against labelled examples (pure; used by the evaluation scripts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

SITUATION_INTENTS = (
    "pesten", "seksuele_intimidatie", "intimidatie", "agressie_geweld", "discriminatie", "fraude",
    "diefstal", "machtsmisbruik", "nevenwerkzaamheden", "maatschappelijke_misstand", "buiten_vp_taak",
    "crisis", "afspraak_maken",
)


def read_examples(path: Path) -> list[tuple[str, str]]:
    """(text, intent) pairs from a Rasa YAML NLU file (no entity markup expected)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    pairs = []
    for block in data.get("nlu", []):
        if "intent" not in block:
            continue
        for line in block["examples"].splitlines():
            line = line.strip()
            if line.startswith("- "):
                pairs.append((line[2:].strip(), block["intent"]))
    return pairs


@dataclass
class IntentScores:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Report:
    per_intent: dict[str, IntentScores]
    macro_f1: float
    accuracy: float
    confusions: list[tuple[str, str, str]] = field(default_factory=list)  # (gold, predicted, text)
    fallback_rate: float = 0.0  # set by callers that know which predictions fell back


def score(gold: Sequence[str], predicted: Sequence[str], texts: Sequence[str],
          labels: Sequence[str] = SITUATION_INTENTS) -> Report:
    """Per-intent precision/recall/F1 over `labels`; a prediction outside `labels` (for
    instance nlu_fallback or a chit-chat intent) counts as a miss for the gold intent."""
    if not (len(gold) == len(predicted) == len(texts)):
        raise ValueError("gold, predicted and texts must have the same length")
    per_intent = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, predicted) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, predicted) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, predicted) if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_intent[label] = IntentScores(precision, recall, f1, tp + fn)
    present = [s for s in per_intent.values() if s.support]
    macro = sum(s.f1 for s in present) / len(present) if present else 0.0
    accuracy = sum(1 for g, p in zip(gold, predicted) if g == p) / len(gold) if gold else 0.0
    confusions = [(g, p, t) for g, p, t in zip(gold, predicted, texts) if g != p]
    return Report(per_intent, macro, accuracy, confusions)


def best_guess(parse: dict) -> str:
    """The classifier's best guess from a Rasa parse result. With nlu_fallback on top the bot
    still offers this guess ("Bedoel je ...?"), so it is what gets scored; how often the model
    was unsure is reported apart (see `is_unsure`)."""
    for ranked in parse.get("intent_ranking") or [parse["intent"]]:
        if ranked["name"] != "nlu_fallback":
            return ranked["name"]
    return "nlu_fallback"


def is_unsure(parse: dict) -> bool:
    return parse["intent"]["name"] == "nlu_fallback"
