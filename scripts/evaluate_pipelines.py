"""Compare the NLU pipeline candidates in pipelines/candidate_*.yml (`make evaluate`).

For each candidate: 5-fold cross-validation on the training data (data/nlu), and training on
all of it then scoring both held-out files (tests/nlu/heldout.yml, by the team;
tests/nlu/heldout_messy.yml, by someone who never saw data/nlu), never trained on, and the list of
messages that are not a crisis. The TF-IDF (word 1-2 + char 2-5) + logistic regression baseline
(bot/nlu/baseline.py, same training data) is one more row, `baseline_tfidf_logreg`.
Scores are macro-F1 over the situation intents (bot.nlu.evaluation). Also measured: training
time, and parse latency of one message on the loaded model (median, p95).
Each candidate's figures are merged into docs/nlu-evaluation.json (committed), with a fingerprint
of the training data, the held-out file and the candidate config, so candidates can be measured at
different times (or in parallel processes) and a row measured on other data shows as stale.
docs/nlu-evaluation.md is rendered from that file.

The intent classifier is what differs between candidates, so the ResponseSelector (which only
picks among FAQ answers) is left out of these runs: it would double every training time.
    python scripts/evaluate_pipelines.py [candidate names ...]   # all candidates when none named
    python scripts/evaluate_pipelines.py --no-cv NAME ...        # held-out only (CV left as it was)
    python scripts/evaluate_pipelines.py baseline_tfidf_logreg   # the baseline row only (a minute)
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

FOLDS = 5
SEED = 42
RESULTS = ROOT / "docs" / "nlu-evaluation.json"
BASELINE = "baseline_tfidf_logreg"
NLU = ROOT / "tests" / "nlu"


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
    for name in HELDOUT_FILES:
        digest.update(json.dumps(read_examples(NLU / name), ensure_ascii=False).encode())
    for name in ("crisis_must_match.txt", "crisis_idioms.txt", NOT_CRISIS_FILE):
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


def evaluate(candidate: Path, work: Path, cv: bool = True) -> dict:
    from rasa.nlu.test import generate_folds
    from rasa.shared.importers.importer import TrainingDataImporter

    print(f"\n=== {candidate.stem}", flush=True)
    config = work / f"{candidate.stem}.yml"
    config.write_text(candidate.read_text(encoding="utf-8"), encoding="utf-8")
    td = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()

    fold_scores, fold_fallback = [], []
    for i, (train, test) in enumerate(generate_folds(FOLDS, td) if cv else []):
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
    result = {
        "candidate": candidate.stem,
        "measured": dt.date.today().isoformat(),
        "data": data_fingerprint(),
        "config": fingerprint([candidate]),
        "cv_macro_f1_mean": statistics.mean(fold_scores) if fold_scores else None,
        "cv_macro_f1_sd": statistics.pstdev(fold_scores) if fold_scores else None,
        "cv_fallback_rate": statistics.mean(fold_fallback) if fold_fallback else None,
        "train_seconds": train_secs,
    }
    times = []
    for key, name in zip(("heldout", "messy"), HELDOUT_FILES):
        pairs = read_examples(NLU / name)
        report, parses, t = _intent_macro(model, pairs)
        times += t
        cc = crisis_counts([g for _, g in pairs], parses)
        result.update({f"{key}_macro_f1": report.macro_f1, f"{key}_accuracy": report.accuracy,
                       f"{key}_fallback_rate": report.fallback_rate, f"{key}_crisis_recall": cc.alarm_recall,
                       f"{key}_crisis_reached": cc.reached_recall, f"{key}_false_alarms": cc.false_alarms,
                       f"{key}_false_checks": cc.false_checks,
                       f"{key}_per_intent_f1": {k: v.f1 for k, v in report.per_intent.items()}})
    must, idioms = _lines("crisis_must_match.txt"), _lines("crisis_idioms.txt")
    not_crisis = read_lines(NLU / NOT_CRISIS_FILE)
    extra, _ = _parse(model, must + idioms + not_crisis)  # crisis: the final intent, as the bot acts on it
    outcomes = [crisis_outcome(p) for p in extra]
    ms = sorted(x * 1000 for x in times)
    result.update({
        "crisis_sentences_missed": sum(1 for o in outcomes[:len(must)] if o != "alarm"),
        "idioms_as_crisis": sum(1 for o in outcomes[len(must):len(must) + len(idioms)] if o == "alarm"),
        "not_crisis_alarms": sum(1 for o in outcomes[len(must) + len(idioms):] if o == "alarm"),
        "not_crisis_checks": sum(1 for o in outcomes[len(must) + len(idioms):] if o == "check"),
        "parse_ms_median": statistics.median(ms),
        "parse_ms_p95": ms[int(0.95 * (len(ms) - 1))],
    })
    print(json.dumps({k: v for k, v in result.items() if not k.endswith("per_intent_f1")}, indent=1), flush=True)
    return result


def evaluate_baseline() -> dict:
    """The TF-IDF + logistic regression row: C by 5-fold CV on data/nlu, then both held-out files."""
    from rasa.shared.importers.importer import TrainingDataImporter

    from bot.nlu import baseline

    print(f"\n=== {BASELINE}", flush=True)
    td = TrainingDataImporter.load_from_dict(training_data_paths=[str(ROOT / "data" / "nlu")]).get_nlu_data()
    examples = [m for m in td.intent_examples if m.get("text") and m.get("intent")]
    t0 = time.perf_counter()
    model = baseline.fit([m.get("text") for m in examples], [m.get("intent") for m in examples],
                         lambda g, p: score(g, p, g).macro_f1, folds=FOLDS, seed=SEED)
    result = {"candidate": BASELINE, "measured": dt.date.today().isoformat(), "data": data_fingerprint(),
              "config": fingerprint([ROOT / "bot" / "nlu" / "baseline.py"]), "C": model.C,
              "cv_macro_f1_mean": model.cv_macro_f1[model.C], "cv_macro_f1_sd": None, "cv_fallback_rate": None,
              "train_seconds": time.perf_counter() - t0}
    for key, name in zip(("heldout", "messy"), HELDOUT_FILES):
        pairs = read_examples(NLU / name)
        predicted = model.predict([t for t, _ in pairs])
        report = score([g for _, g in pairs], predicted, [t for t, _ in pairs])
        parses = [{"intent": {"name": p}} for p in predicted]  # no safety net: every crisis guess is an alarm
        cc = crisis_counts([g for _, g in pairs], parses)
        result.update({f"{key}_macro_f1": report.macro_f1, f"{key}_accuracy": report.accuracy,
                       f"{key}_fallback_rate": None, f"{key}_crisis_recall": cc.alarm_recall,
                       f"{key}_crisis_reached": cc.alarm_recall, f"{key}_false_alarms": cc.false_alarms,
                       f"{key}_false_checks": 0,
                       f"{key}_per_intent_f1": {k: v.f1 for k, v in report.per_intent.items()}})
    must, idioms = _lines("crisis_must_match.txt"), _lines("crisis_idioms.txt")
    not_crisis = read_lines(NLU / NOT_CRISIS_FILE)
    guesses = model.predict(must + idioms + not_crisis)
    result.update({
        "crisis_sentences_missed": sum(1 for g in guesses[:len(must)] if g != "crisis"),
        "idioms_as_crisis": sum(1 for g in guesses[len(must):len(must) + len(idioms)] if g == "crisis"),
        "not_crisis_alarms": sum(1 for g in guesses[len(must) + len(idioms):] if g == "crisis"),
        "not_crisis_checks": 0, "parse_ms_median": None, "parse_ms_p95": None,
    })
    print(json.dumps({k: v for k, v in result.items() if not k.endswith("per_intent_f1")}, indent=1), flush=True)
    return result


def _f(value, fmt: str = ".3f") -> str:
    return "—" if value is None else format(value, fmt)


def write_report(results: list[dict]) -> None:
    lines = [
        "# NLU pipeline comparison",
        "",
        "Regenerate with `make evaluate` (scripts/evaluate_pipelines.py). Machine: 2 CPU cores, no GPU.",
        f"Scores are macro-F1 over the {len(SITUATION_INTENTS)} situation intents (a best guess of any other",
        "intent counts as a miss). Cross-validation: 5 folds over data/nlu, stratified by intent.",
        "Held-out: trained on all of data/nlu, scored on tests/nlu/heldout.yml (the team's, \"held-out\")",
        "and tests/nlu/heldout_messy.yml (written by someone who never saw data/nlu: short, messy,",
        "indirect; \"messy\"), never trained on. The scored intent is the classifier's best guess;",
        "\"unsure\" is how often it fell below the fallback threshold (the bot asks \"Bedoel je ...?\").",
        "Crisis columns use the final intent, safety net included: \"alarm\" is the full crisis answer,",
        "\"check\" the gentle \"Gaat het wel goed met je?\" with the numbers one tap away. False alarms:",
        "held-out / messy / the not-crisis list (tests/nlu/not_crisis_messy.txt).",
        f"`{BASELINE}` is the TF-IDF (word 1-2 + char 2-5) + logistic regression baseline on the same",
        "data/nlu (bot/nlu/baseline.py; no safety net, so each crisis guess is an alarm).",
        "What the figures mean and what was decided: docs/nlu-findings.md.",
        "",
        "| pipeline | 5-fold CV macro-F1 | held-out macro-F1 / acc. | messy macro-F1 / acc. "
        "| unsure CV / held-out / messy | crisis recall (alarm) held-out / messy | false alarms "
        "| crisis sentences missed | idioms as crisis | training (s) | parse median / p95 (ms) | data, measured |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in results:
        cv = (f"{_f(r.get('cv_macro_f1_mean'))} ± {_f(r.get('cv_macro_f1_sd'))}"
              if r.get("cv_macro_f1_sd") is not None else _f(r.get("cv_macro_f1_mean")))
        if r.get("cv_measured") and r.get("cv_measured") != r.get("measured"):
            cv += f" (CV of {r['cv_measured']}, older data)"
        lines.append(
            f"| {r['candidate']} | {cv} | "
            f"{_f(r.get('heldout_macro_f1'))} / {_f(r.get('heldout_accuracy'))} | "
            f"{_f(r.get('messy_macro_f1'))} / {_f(r.get('messy_accuracy'))} | "
            f"{_f(r.get('cv_fallback_rate'), '.2f')} / {_f(r.get('heldout_fallback_rate'), '.2f')} / "
            f"{_f(r.get('messy_fallback_rate'), '.2f')} | "
            f"{_f(r.get('heldout_crisis_recall'), '.2f')} / {_f(r.get('messy_crisis_recall'), '.2f')} | "
            f"{r.get('heldout_false_alarms', '—')} / {r.get('messy_false_alarms', '—')} / "
            f"{r.get('not_crisis_alarms', '—')} | {r.get('crisis_sentences_missed', '—')} | "
            f"{r.get('idioms_as_crisis', '—')} | {_f(r.get('train_seconds'), '.0f')} | "
            f"{_f(r.get('parse_ms_median'), '.0f')} / {_f(r.get('parse_ms_p95'), '.0f')} | "
            f"`{r.get('data', '?')}`, {r.get('measured', '?')} |")
    current = data_fingerprint()

    def config_of(r):
        path = ROOT / ("bot/nlu/baseline.py" if r["candidate"] == BASELINE else f"pipelines/{r['candidate']}.yml")
        return fingerprint([path]) if path.exists() else None

    stale = [r["candidate"] for r in results if r.get("data") != current or r.get("config") != config_of(r)]
    lines += ["", f"Measured on training and test data `{current}`"
              + (f"; **stale** (data or config changed since, or measured before the second held-out file): "
                 f"{', '.join(stale)}." if stale else ".")]
    for key, title in (("heldout", "tests/nlu/heldout.yml"), ("messy", "tests/nlu/heldout_messy.yml")):
        rows = [r for r in results if f"{key}_per_intent_f1" in r or (key == "heldout" and "per_intent_f1" in r)]
        lines += ["", f"## F1 per intent, {title}", "",
                  "| intent | " + " | ".join(r["candidate"] for r in rows) + " |", "|---|" + "---|" * len(rows)]
        for name in SITUATION_INTENTS:
            cells = [(r.get(f"{key}_per_intent_f1") or r.get("per_intent_f1") or {}).get(name) for r in rows]
            lines.append(f"| {name} | " + " | ".join(_f(c, ".2f") for c in cells) + " |")
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
    cv = "--no-cv" not in argv
    argv = [a for a in argv if a != "--no-cv"]
    candidates = sorted((ROOT / "pipelines").glob("candidate_*.yml")) + [BASELINE]
    if argv:  # the order given is the order run
        by_name = {c.stem.removeprefix("candidate_"): c for c in candidates if c != BASELINE} | {BASELINE: BASELINE}
        candidates = [by_name[a.removeprefix("candidate_")] for a in argv]
    with tempfile.TemporaryDirectory() as tmp:
        for candidate in candidates:
            stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
            if candidate == BASELINE:
                result = evaluate_baseline()
            else:
                work = Path(tmp) / candidate.stem
                work.mkdir()
                result = evaluate(candidate, work, cv=cv)
                if not cv and candidate.stem in stored:  # keep the earlier CV figures, marked by their date
                    for k in ("cv_macro_f1_mean", "cv_macro_f1_sd", "cv_fallback_rate"):
                        result[k] = stored[candidate.stem].get(k)
                    before = stored[candidate.stem]
                    result["cv_measured"] = before.get("cv_measured", before.get("measured"))
            # read-merge-write right after each candidate, so parallel runs lose nothing
            stored = json.loads(RESULTS.read_text(encoding="utf-8")) if RESULTS.exists() else {}
            stored[result["candidate"]] = result
            RESULTS.write_text(json.dumps(stored, indent=1, sort_keys=True) + "\n", encoding="utf-8")
            render()
    print("\nwrote docs/nlu-evaluation.json and docs/nlu-evaluation.md")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
