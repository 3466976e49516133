"""Held-out NLU evaluation of the trained model (a stage of `make test`).

Parses every example of the held-out files (tests/nlu/heldout.yml, written by the team apart
from the training data; tests/nlu/heldout_messy.yml, written by someone who never saw data/nlu:
short, messy, indirect) with models/current.tar.gz, the crisis sentence lists and the list of
messages that are not a crisis (tests/nlu/not_crisis_messy.txt). Scores the TF-IDF + logistic
regression baseline (bot/nlu/baseline.py) on the same files. Fails when a safety target is
missed (every crisis sentence recognised, no idiom or non-crisis message raising the alarm, no
false alarm on a held-out file) or macro-F1 falls below MACRO_F1_FLOOR on either file.

Writes results/heldout.md and results/heldout.json with aggregate figures and confusion counts
(gold -> predicted), never the texts of the held-out files: nobody should tune to them.
"""

from __future__ import annotations

import asyncio
import collections
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.evaluation import (  # noqa: E402
    HELDOUT_FILES,
    NOT_CRISIS_FILE,
    SITUATION_INTENTS,
    best_guess,
    crisis_counts,
    crisis_outcome,
    is_unsure,
    read_examples,
    read_lines,
    score,
)

TARGET_MACRO_F1 = 0.95
MACRO_F1_FLOOR = 0.90
NLU = ROOT / "tests" / "nlu"
# usage: evaluate_heldout.py [MODEL] [--no-baseline | --baseline-only]; --no-baseline skips the
# TF-IDF baseline (its C is chosen by CV, most of the run on a loaded machine) for a quick comparison
# of two models. --baseline-only scores the baseline alone and writes BASELINE_FILE: scripts/test.sh
# runs it in the background while pytest runs (about nine minutes on two cores, CI's longest wait),
# and the evaluation then reads it, when it was made from the same training data and held-out files.
_ARGS = [a for a in sys.argv[1:] if not a.startswith("--")]
NO_BASELINE = "--no-baseline" in sys.argv[1:]
BASELINE_ONLY = "--baseline-only" in sys.argv[1:]
MODEL = Path(_ARGS[0]) if _ARGS else ROOT / "models" / "current.tar.gz"
BASELINE_FILE = ROOT / "results" / "baseline.json"


async def _parse_all(texts):
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))
    return [await agent.parse_message(t) for t in texts]


def training_pairs() -> tuple[list[str], list[str]]:
    from rasa.shared.importers.importer import TrainingDataImporter

    td = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()
    examples = [m for m in td.intent_examples if m.get("text") and m.get("intent")]
    return [m.get("text") for m in examples], [m.get("intent") for m in examples]


def _inputs_digest(texts: list[str], labels: list[str], files: dict[str, list[tuple[str, str]]]) -> str:
    """What the baseline's scores depend on: the training pairs, the held-out files and the
    baseline's code."""
    digest = hashlib.sha256()
    for part in (json.dumps([texts, labels, files], ensure_ascii=False),
                 (ROOT / "bot" / "nlu" / "baseline.py").read_text(encoding="utf-8")):
        digest.update(part.encode("utf-8"))
    return digest.hexdigest()


def baseline_scores(files: dict[str, list[tuple[str, str]]]) -> dict[str, dict]:
    """The baseline's scores: from BASELINE_FILE when it was made from the same inputs (by
    --baseline-only), else computed now."""
    texts, labels = training_pairs()
    digest = _inputs_digest(texts, labels, files)
    if not BASELINE_ONLY and BASELINE_FILE.exists():
        try:
            ready = json.loads(BASELINE_FILE.read_text(encoding="utf-8"))
        except ValueError:
            ready = {}
        if ready.get("inputs") == digest:
            return ready["scores"]
        print("results/baseline.json is from other inputs: the baseline is scored again")
    scores = _fit_baseline(texts, labels, files)
    BASELINE_FILE.parent.mkdir(exist_ok=True)
    BASELINE_FILE.write_text(json.dumps({"inputs": digest, "scores": scores}, indent=2), encoding="utf-8")
    return scores


def _fit_baseline(texts: list[str], labels: list[str], files: dict[str, list[tuple[str, str]]]) -> dict[str, dict]:
    from bot.nlu import baseline

    model = baseline.fit(texts, labels, lambda g, p: score(g, p, g).macro_f1)
    out = {"C": model.C}
    for name, pairs in files.items():
        rep = score([g for _, g in pairs], model.predict([t for t, _ in pairs]), [t for t, _ in pairs])
        out[name] = {"macro_f1": rep.macro_f1, "accuracy": rep.accuracy}
    return out


def main() -> int:
    from rasa_quiet import quiet_rasa_logs  # scripts/rasa_quiet.py

    quiet_rasa_logs()
    files = {name: read_examples(NLU / name) for name in HELDOUT_FILES}
    if BASELINE_ONLY:
        print(json.dumps(baseline_scores(files), indent=2))
        return 0
    must, idioms = read_lines(NLU / "crisis_must_match.txt"), read_lines(NLU / "crisis_idioms.txt")
    not_crisis = read_lines(NLU / NOT_CRISIS_FILE)
    two = read_lines(NLU / "twee_situaties.txt")  # our own two-matter messages, never trained on
    texts = [t for pairs in files.values() for t, _ in pairs] + must + idioms + not_crisis + two
    parses = iter(asyncio.run(_parse_all(texts)))
    per_file, safe, floor_kept, target_met = {}, True, True, True
    for name, pairs in files.items():
        ps = [next(parses) for _ in pairs]
        gold = [g for _, g in pairs]
        rep = score(gold, [best_guess(p) for p in ps], [t for t, _ in pairs])
        cc = crisis_counts(gold, ps)
        confusions = collections.Counter((g, p) for g, p, _ in rep.confusions)
        per_file[name] = {
            "n": len(pairs), "macro_f1": rep.macro_f1, "accuracy": rep.accuracy,
            "unsure": sum(map(is_unsure, ps)) / max(len(ps), 1),
            "crisis_alarm_recall": cc.alarm_recall, "crisis_reached_recall": cc.reached_recall,
            "false_alarms": cc.false_alarms, "false_checks": cc.false_checks,
            "two_matters": sum(1 for p in ps if p.get("twee_situaties")),
            "english": sum(1 for p in ps if (p.get("intent") or {}).get("name") == "engels"),
            "per_intent_f1": {k: v.f1 for k, v in rep.per_intent.items()},
            "confusions": [[g, p, c] for (g, p), c in confusions.most_common()],
        }
        safe &= cc.false_alarms == 0 and cc.reached_recall == 1.0
        floor_kept &= rep.macro_f1 >= MACRO_F1_FLOOR
        target_met &= rep.macro_f1 >= TARGET_MACRO_F1
    outcomes_must = [crisis_outcome(next(parses)) for _ in must]
    outcomes_idiom = [crisis_outcome(next(parses)) for _ in idioms]
    outcomes_not = [crisis_outcome(next(parses)) for _ in not_crisis]
    two_found = sum(1 for _ in two if next(parses).get("twee_situaties"))
    lists = {
        "crisis_sentences_alarm": sum(o == "alarm" for o in outcomes_must), "crisis_sentences": len(must),
        "idioms_alarm": sum(o == "alarm" for o in outcomes_idiom),
        "idioms_check": sum(o == "check" for o in outcomes_idiom), "idioms": len(idioms),
        "not_crisis_alarm": sum(o == "alarm" for o in outcomes_not),
        "not_crisis_check": sum(o == "check" for o in outcomes_not), "not_crisis": len(not_crisis),
        "two_matters_found": two_found, "two_matters": len(two),
    }
    safe &= (lists["crisis_sentences_alarm"] == len(must) and lists["idioms_alarm"] == 0
             and lists["not_crisis_alarm"] == 0)
    base = ({"C": float("nan"), **{n: {"macro_f1": float("nan"), "accuracy": float("nan")} for n in files}}
            if NO_BASELINE else baseline_scores(files))

    lines = ["# Held-out NLU evaluation", "",
             f"Model: {MODEL.name}. Scored intent: the classifier's best guess, macro-F1 over the "
             f"{len(SITUATION_INTENTS)} situation intents.",
             "Crisis: \"alarm\" is the full crisis answer, \"check\" the gentle question with the numbers "
             "one tap away.",
             "", "| | " + " | ".join(files) + " |", "|---|" + "---|" * len(files)]

    def row(label, fmt):
        lines.append(f"| {label} | " + " | ".join(fmt(per_file[n], n) for n in files) + " |")

    row("examples", lambda r, n: str(r["n"]))
    row("macro-F1", lambda r, n: f"**{r['macro_f1']:.3f}**")
    row("accuracy", lambda r, n: f"{r['accuracy']:.3f}")
    row("baseline TF-IDF + LR macro-F1 / accuracy",
        lambda r, n: f"{base[n]['macro_f1']:.3f} / {base[n]['accuracy']:.3f}")
    row("unsure (\"Bedoel je ...?\")", lambda r, n: f"{r['unsure']:.2f}")
    row("crisis recall: alarm / alarm or check",
        lambda r, n: f"{r['crisis_alarm_recall']:.2f} / {r['crisis_reached_recall']:.2f}")
    row("false crisis alarms / gentle checks", lambda r, n: f"{r['false_alarms']} / {r['false_checks']}")
    row("\"two matters\" asked / read as English", lambda r, n: f"{r['two_matters']} / {r['english']}")
    lines += ["", f"- crisis sentences with the alarm: {lists['crisis_sentences_alarm']}/{len(must)}",
              f"- idioms: alarm {lists['idioms_alarm']}, check {lists['idioms_check']} of {len(idioms)}",
              f"- not-crisis messages: alarm {lists['not_crisis_alarm']}, check {lists['not_crisis_check']} "
              f"of {len(not_crisis)}",
              f"- two matters named in our own two-matter list (tests/nlu/twee_situaties.txt): {two_found}/{len(two)}",
              f"- baseline C (chosen by CV on data/nlu): {base['C']:g}", "",
              "## F1 per situation intent", "", "| intent | " + " | ".join(files) + " |", "|---|" + "---|" * len(files)]
    for intent in SITUATION_INTENTS:
        lines.append(f"| {intent} | " + " | ".join(f"{per_file[n]['per_intent_f1'][intent]:.2f}" for n in files) + " |")
    lines += ["", "## Confusions (gold -> best guess: count; no texts)", ""]
    for n in files:
        lines.append(f"- {n}: " + (", ".join(f"{g} -> {p}: {c}" for g, p, c in per_file[n]["confusions"]) or "none"))
    out = ROOT / "results"
    out.mkdir(exist_ok=True)
    (out / "heldout.md").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (out / "heldout.json").write_text(json.dumps({"files": per_file, "lists": lists, "baseline": base},
                                                 indent=2), encoding="utf-8")
    print("\n".join(lines))
    ahead = all(per_file[n]["macro_f1"] > base[n]["macro_f1"] for n in files)
    print(f"\ncrisis safety targets: {'met' if safe else 'NOT met'}; macro-F1 target {TARGET_MACRO_F1} on both: "
          f"{'met' if target_met else 'not met'}; floor {MACRO_F1_FLOOR}: {'kept' if floor_kept else 'BROKEN'}; "
          f"ahead of the baseline on both: {'yes' if ahead else 'NO'}")
    return 0 if safe and floor_kept else 1


if __name__ == "__main__":
    sys.exit(main())
