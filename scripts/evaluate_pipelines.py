"""Compare the NLU pipeline candidates in pipelines/candidate_*.yml (`make evaluate`).

For each candidate: 5-fold cross-validation on the training data (data/nlu), and training on
all of it then scoring the held-out file (tests/nlu/heldout.yml), which is never trained on.
Scores are macro-F1 over the situation intents (bot.nlu.evaluation). Also measured: training
time, and parse latency of one message on the loaded model (median, p95).
Each candidate's figures are merged into docs/nlu-evaluation.json (committed), with a fingerprint
of the training data, the held-out file and the candidate config, so candidates can be measured at
different times (or in parallel processes) and a row measured on other data shows as stale.
docs/nlu-evaluation.md is rendered from that file.

The intent classifier is what differs between candidates, so the ResponseSelector (which only
picks among FAQ answers) is left out of these runs: it would double every training time.
    python scripts/evaluate_pipelines.py [candidate names ...]   # all candidates when none named
    python scripts/evaluate_pipelines.py --render                # only re-render the .md from the .json
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.evaluation import SITUATION_INTENTS, best_guess, is_unsure, read_examples, score  # noqa: E402

FOLDS = 5
SEED = 42
RESULTS = ROOT / "docs" / "nlu-evaluation.json"


def fingerprint(paths) -> str:
    """A short hash of the files' contents (in path order)."""
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def data_fingerprint() -> str:
    """A short hash of what the candidates learn from and are scored on: the (text, intent) pairs
    of data/nlu and of the held-out file, and the crisis lists (not response texts)."""
    from rasa.shared.importers.importer import TrainingDataImporter

    td = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()
    pairs = sorted((m.get("text"), m.get("intent") or "") for m in td.intent_examples)
    digest = hashlib.sha256(json.dumps(pairs, ensure_ascii=False).encode())
    digest.update(json.dumps(read_examples(ROOT / "tests" / "nlu" / "heldout.yml"), ensure_ascii=False).encode())
    for name in ("crisis_must_match.txt", "crisis_idioms.txt"):
        digest.update((ROOT / "tests" / "nlu" / name).read_bytes())
    return digest.hexdigest()[:12]


def _lines(name: str):
    return [s.strip() for s in (ROOT / "tests" / "nlu" / name).read_text(encoding="utf-8").splitlines() if s.strip()]


def _train(config: Path, nlu_path: Path, out: Path) -> tuple[Path, float]:
    from rasa.model_training import train_nlu

    t0 = time.perf_counter()
    model = train_nlu(config=str(config), nlu_data=str(nlu_path), output=str(out), fixed_model_name="m")
    return Path(model), time.perf_counter() - t0


def _parse(model: Path, texts):
    from rasa.core.agent import Agent

    agent = Agent.load(str(model))

    async def run():
        results, times = [], []
        for t in texts:
            t0 = time.perf_counter()
            results.append(await agent.parse_message(t))
            times.append(time.perf_counter() - t0)
        return results, times

    return asyncio.run(run())


def _intent_macro(model: Path, pairs):
    parses, times = _parse(model, [t for t, _ in pairs])
    report = score([g for _, g in pairs], [best_guess(p) for p in parses], [t for t, _ in pairs])
    report.fallback_rate = sum(map(is_unsure, parses)) / max(len(parses), 1)
    return report, parses, times


def _write_yaml(td, path: Path) -> None:
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLWriter

    RasaYAMLWriter().dump(str(path), td)


def evaluate(candidate: Path, work: Path) -> dict:
    from rasa.nlu.test import generate_folds
    from rasa.shared.importers.importer import TrainingDataImporter

    print(f"\n=== {candidate.stem}", flush=True)
    config = work / f"{candidate.stem}.yml"
    config.write_text(candidate.read_text(encoding="utf-8"), encoding="utf-8")
    td = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()

    fold_scores, fold_fallback = [], []
    for i, (train, test) in enumerate(generate_folds(FOLDS, td)):
        fold_dir = work / f"{candidate.stem}-fold{i}"
        fold_dir.mkdir()
        _write_yaml(train, fold_dir / "train.yml")
        model, secs = _train(config, fold_dir / "train.yml", fold_dir)
        pairs = [(m.get("text"), m.get("intent")) for m in test.intent_examples]
        report, _, _ = _intent_macro(model, pairs)
        fold_scores.append(report.macro_f1)
        fold_fallback.append(report.fallback_rate)
        print(f"  fold {i}: macro-F1 {report.macro_f1:.3f}, fallback {report.fallback_rate:.2f} "
              f"({secs:.0f} s training)", flush=True)

    full_dir = work / f"{candidate.stem}-full"
    full_dir.mkdir()
    model, train_secs = _train(config, ROOT / "data" / "nlu", full_dir)
    heldout = read_examples(ROOT / "tests" / "nlu" / "heldout.yml")
    must, idioms = _lines("crisis_must_match.txt"), _lines("crisis_idioms.txt")
    report, _, times = _intent_macro(model, heldout)
    extra, _ = _parse(model, must + idioms)  # crisis is judged on the final intent, as the bot acts on it
    crisis_missed = sum(1 for p in extra[:len(must)] if p["intent"]["name"] != "crisis")
    idiom_crisis = sum(1 for p in extra[len(must):] if p["intent"]["name"] == "crisis")
    ms = sorted(t * 1000 for t in times)
    result = {
        "candidate": candidate.stem,
        "measured": dt.date.today().isoformat(),
        "data": data_fingerprint(),
        "config": fingerprint([candidate]),
        "cv_macro_f1_mean": statistics.mean(fold_scores),
        "cv_macro_f1_sd": statistics.pstdev(fold_scores),
        "cv_fallback_rate": statistics.mean(fold_fallback),
        "heldout_macro_f1": report.macro_f1,
        "heldout_fallback_rate": report.fallback_rate,
        "heldout_accuracy": report.accuracy,
        "heldout_crisis_recall": report.per_intent["crisis"].recall,
        "crisis_sentences_missed": crisis_missed,
        "idioms_as_crisis": idiom_crisis,
        "train_seconds": train_secs,
        "parse_ms_median": statistics.median(ms),
        "parse_ms_p95": ms[int(0.95 * (len(ms) - 1))],
        "per_intent_f1": {k: v.f1 for k, v in report.per_intent.items()},
    }
    print(json.dumps({k: v for k, v in result.items() if k != "per_intent_f1"}, indent=1), flush=True)
    return result


def write_report(results: list[dict]) -> None:
    lines = [
        "# NLU pipeline comparison",
        "",
        "Regenerate with `make evaluate` (scripts/evaluate_pipelines.py). Machine: 2 CPU cores, no GPU.",
        f"Scores are macro-F1 over the {len(SITUATION_INTENTS)} situation intents (a best guess of any other",
        "intent counts as a miss). Cross-validation: 5 folds over data/nlu,",
        "stratified by intent. Held-out: trained on all of data/nlu, scored on tests/nlu/heldout.yml",
        "(written separately, never trained on). The scored intent is the classifier's best guess;",
        "\"unsure\" is how often it fell below the fallback threshold, when the bot asks \"Bedoel je ...?\"",
        "with that guess. Crisis columns use the final intent, safety net included.",
        "What the figures mean and what was decided: docs/nlu-findings.md.",
        "",
        "| pipeline | 5-fold CV macro-F1 | held-out macro-F1 | unsure (fallback) CV / held-out "
        "| held-out crisis recall | crisis sentences missed | idioms as crisis | training (s) "
        "| parse median / p95 (ms) | data, measured |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        lines.append(
            f"| {r['candidate']} | {r['cv_macro_f1_mean']:.3f} ± {r['cv_macro_f1_sd']:.3f} | "
            f"{r['heldout_macro_f1']:.3f} | {r['cv_fallback_rate']:.2f} / {r['heldout_fallback_rate']:.2f} | "
            f"{r['heldout_crisis_recall']:.2f} | {r['crisis_sentences_missed']} | "
            f"{r['idioms_as_crisis']} | {r['train_seconds']:.0f} | "
            f"{r['parse_ms_median']:.0f} / {r['parse_ms_p95']:.0f} | "
            f"`{r.get('data', '?')}`, {r.get('measured', '?')} |")
    current = data_fingerprint()
    stale = [r["candidate"] for r in results if r.get("data") != current
             or r.get("config") != fingerprint([ROOT / "pipelines" / f"{r['candidate']}.yml"])]
    lines += ["", f"Measured on training and test data `{current}`"
              + (f"; **stale** (data or config changed since): {', '.join(stale)}." if stale else ".")]
    lines += ["", "## Held-out F1 per intent", "",
              "| intent | " + " | ".join(r["candidate"] for r in results) + " |",
              "|---|" + "---|" * len(results)]
    for name in SITUATION_INTENTS:
        lines.append(f"| {name} | " + " | ".join(f"{r['per_intent_f1'][name]:.2f}" for r in results) + " |")
    (ROOT / "docs").mkdir(exist_ok=True)
    (ROOT / "docs" / "nlu-evaluation.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def render() -> None:
    """docs/nlu-evaluation.md from docs/nlu-evaluation.json, candidates in file-name order."""
    stored = json.loads(RESULTS.read_text(encoding="utf-8"))
    write_report([stored[name] for name in sorted(stored)])


def main(argv: list[str]) -> int:
    from rasa_quiet import quiet_rasa_logs  # scripts/rasa_quiet.py

    quiet_rasa_logs()
    if argv == ["--render"]:
        render()
        return 0
    candidates = sorted((ROOT / "pipelines").glob("candidate_*.yml"))
    if argv:  # the order given is the order run
        by_name = {c.stem.removeprefix("candidate_"): c for c in candidates}
        candidates = [by_name[a.removeprefix("candidate_")] for a in argv]
    with tempfile.TemporaryDirectory() as tmp:
        for candidate in candidates:
            work = Path(tmp) / candidate.stem
            work.mkdir()
            result = evaluate(candidate, work)
            # read-merge-write right after each candidate, so parallel runs lose nothing
            stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
            stored[result["candidate"]] = result
            RESULTS.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            render()
    print("\nwrote docs/nlu-evaluation.json and docs/nlu-evaluation.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
