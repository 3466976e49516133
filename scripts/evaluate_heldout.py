"""Held-out NLU evaluation of the trained model (a stage of `make test`).

Parses every example of tests/nlu/heldout.yml with models/current.tar.gz, and the crisis
sentence lists, then fails when a safety target is missed (crisis recall 1.0, every crisis
sentence recognised, no idiom classified as crisis) or macro-F1 over the situation intents
falls below MACRO_F1_FLOOR. The goal is TARGET_MACRO_F1; the report says whether it is met.
Writes results/heldout.md and results/heldout.json. Example text is never printed to the log
of a running bot; here it is test data.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.evaluation import SITUATION_INTENTS, best_guess, is_unsure, read_examples, score  # noqa: E402

TARGET_MACRO_F1 = 0.90
MACRO_F1_FLOOR = 0.90  # the target, met since the e5 + linear pipeline (measured 0.959 on 2026-11-29)


def _lines(name: str):
    return [s.strip() for s in (ROOT / "tests" / "nlu" / name).read_text(encoding="utf-8").splitlines() if s.strip()]


MODEL = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "models" / "current.tar.gz"


async def _parse_all(texts):
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))
    return [await agent.parse_message(t) for t in texts]


def main() -> int:
    from rasa_quiet import quiet_rasa_logs  # scripts/rasa_quiet.py

    quiet_rasa_logs()
    examples = read_examples(ROOT / "tests" / "nlu" / "heldout.yml")
    must = _lines("crisis_must_match.txt")
    idioms = _lines("crisis_idioms.txt")
    texts = [t for t, _ in examples] + must + idioms
    parses = asyncio.run(_parse_all(texts))
    intents = [p["intent"]["name"] for p in parses]
    n = len(examples)
    report = score([g for _, g in examples], [best_guess(p) for p in parses[:n]], [t for t, _ in examples])
    report.fallback_rate = sum(map(is_unsure, parses[:n])) / max(n, 1)
    must_missed = [t for t, i in zip(must, intents[n:n + len(must)]) if i != "crisis"]
    idiom_hits = [t for t, i in zip(idioms, intents[n + len(must):]) if i == "crisis"]
    crisis_recall = report.per_intent["crisis"].recall

    lines = ["# Held-out NLU evaluation", "",
             f"Model: {MODEL.name}, {n} held-out examples (tests/nlu/heldout.yml). The scored intent is the",
             "classifier's best guess; crisis is judged on the final intent (safety net included).", "",
             "| intent | precision | recall | F1 | n |", "|---|---|---|---|---|"]
    for name in SITUATION_INTENTS:
        s = report.per_intent[name]
        lines.append(f"| {name} | {s.precision:.2f} | {s.recall:.2f} | {s.f1:.2f} | {s.support} |")
    lines += ["", f"- macro-F1 (situation intents): **{report.macro_f1:.3f}** (target >= {TARGET_MACRO_F1})",
              f"- accuracy: {report.accuracy:.3f}",
              f"- unsure (below the fallback threshold, the bot asks \"Bedoel je ...?\"): {report.fallback_rate:.2f}",
              f"- crisis recall, held-out: {crisis_recall:.2f} (target 1.00)",
              f"- crisis sentences recognised: {len(must) - len(must_missed)}/{len(must)}",
              f"- idioms classified as crisis: {len(idiom_hits)}/{len(idioms)} (target 0)", "",
              "## Misclassified (best guess)", ""]
    lines += [f"- {g} -> {p}: {t}" for g, p, t in report.confusions] or ["(none)"]
    if must_missed or idiom_hits:
        lines += ["", "## Crisis errors", ""] + [f"- missed: {t}" for t in must_missed] + \
                 [f"- idiom as crisis: {t}" for t in idiom_hits]
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    (out / "heldout.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "heldout.json").write_text(json.dumps({
        "macro_f1": report.macro_f1, "accuracy": report.accuracy, "crisis_recall": crisis_recall,
        "crisis_sentences_missed": len(must_missed), "idioms_as_crisis": len(idiom_hits),
        "per_intent": {k: vars(v) for k, v in report.per_intent.items()},
    }, indent=2), encoding="utf-8")
    print("\n".join(lines[:len(SITUATION_INTENTS) + 12]))
    safe = crisis_recall == 1.0 and not must_missed and not idiom_hits
    print(f"\ncrisis safety targets: {'met' if safe else 'NOT met'}; macro-F1 {report.macro_f1:.3f}: "
          f"target {TARGET_MACRO_F1} {'met' if report.macro_f1 >= TARGET_MACRO_F1 else 'not met'}, "
          f"floor {MACRO_F1_FLOOR} {'kept' if report.macro_f1 >= MACRO_F1_FLOOR else 'BROKEN'}")
    return 0 if safe and report.macro_f1 >= MACRO_F1_FLOOR else 1


if __name__ == "__main__":
    sys.exit(main())
