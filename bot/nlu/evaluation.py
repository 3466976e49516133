"""Scoring NLU predictions against labelled examples (pure; used by the evaluation scripts)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bot.vocabulary import SITUATIONS

# The intents scored: the situations (bot.vocabulary, content/situaties.yml), crisis and booking.
SITUATION_INTENTS = (*SITUATIONS, "crisis", "afspraak_maken")


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


HELDOUT_FILES = ("heldout.yml", "heldout_messy.yml")  # in tests/nlu; never trained on
NOT_CRISIS_FILE = "not_crisis_messy.txt"  # messages that must not raise the crisis alarm
CRISIS_CHECK_LEVEL = "check"


def crisis_outcome(parse: dict) -> str | None:
    """What the bot does about a crisis for this parse: "alarm" (the full crisis answer with the
    numbers), "check" (the gentle "Gaat het wel goed met je?" with the numbers one tap away),
    or None."""
    if (parse.get("intent") or {}).get("name") != "crisis":
        return None
    return "check" if (parse.get("crisis") or {}).get("level") == CRISIS_CHECK_LEVEL else "alarm"


@dataclass
class CrisisCounts:
    """Crisis behaviour on a labelled file: recall of the full alarm, of alarm-or-check, and
    alarms/checks on messages that are not a crisis."""
    crisis_total: int
    crisis_alarm: int
    crisis_check: int
    other_total: int
    false_alarms: int
    false_checks: int

    @property
    def alarm_recall(self) -> float:
        return self.crisis_alarm / self.crisis_total if self.crisis_total else 1.0

    @property
    def reached_recall(self) -> float:
        return (self.crisis_alarm + self.crisis_check) / self.crisis_total if self.crisis_total else 1.0


def crisis_counts(gold: Sequence[str], parses: Sequence[dict]) -> CrisisCounts:
    outcomes = [crisis_outcome(p) for p in parses]
    is_crisis = [g == "crisis" for g in gold]
    return CrisisCounts(
        crisis_total=sum(is_crisis),
        crisis_alarm=sum(1 for c, o in zip(is_crisis, outcomes) if c and o == "alarm"),
        crisis_check=sum(1 for c, o in zip(is_crisis, outcomes) if c and o == "check"),
        other_total=sum(1 for c in is_crisis if not c),
        false_alarms=sum(1 for c, o in zip(is_crisis, outcomes) if not c and o == "alarm"),
        false_checks=sum(1 for c, o in zip(is_crisis, outcomes) if not c and o == "check"),
    )


def read_lines(path: Path) -> list[str]:
    """Non-empty lines of a text file, without '#' comment lines."""
    lines = (s.strip() for s in path.read_text(encoding="utf-8").splitlines())
    return [s for s in lines if s and not s.startswith("#")]
