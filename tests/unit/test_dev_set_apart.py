"""The development set (tests/nlu/dev_messy.yml) chooses settings only if it is never trained on:
none of its messages may appear in data/nlu, and it holds every situation intent scored."""

from __future__ import annotations

from pathlib import Path

from bot.nlu.evaluation import SITUATION_INTENTS, read_examples
from bot.text import normalise

ROOT = Path(__file__).resolve().parents[2]
DEV = ROOT / "tests" / "nlu" / "dev_messy.yml"


def _training_texts() -> set[str]:
    texts = set()
    for path in (ROOT / "data" / "nlu").glob("*.yml"):
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line.startswith("- ") and not line.startswith("- intent:"):
                texts.add(normalise(line[2:].strip()))
    return texts


def test_no_development_message_is_in_the_training_data():
    trained = _training_texts()
    assert [t for t, _ in read_examples(DEV) if normalise(t) in trained] == []


def test_the_development_set_covers_every_situation_intent():
    counts = {}
    for _, intent in read_examples(DEV):
        counts[intent] = counts.get(intent, 0) + 1
    assert min(counts.get(i, 0) for i in SITUATION_INTENTS) >= 19  # one crisis line was also a training line
