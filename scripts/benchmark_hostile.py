"""Benchmark (not a test) of hostile messages: the worst parse time of the trained bot for inputs
built to make pattern matching slow (`make benchmark-hostile`). Target: under 100 ms each at
2,000 characters.

Loads models/current.tar.gz the way the Rasa server does (Rasa Agent) and parses each hostile
message REPEAT times after a warm-up; per message it prints the median parse time and, apart,
the time of our own pure code on it (crisis net, perspective, Dutch dates), which is what the
Rasa server and the action server run on the text besides Rasa's pipeline. Writes
results/benchmark_hostile.json. A busy machine inflates every figure: run it on a quiet one.
    python scripts/benchmark_hostile.py [--chars N] [model path]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import platform
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

REPEAT = 3
TARGET_MS = 100.0


def _fill(unit: str, chars: int) -> str:
    return (unit * (chars // len(unit) + 1))[:chars]


def hostile_inputs(chars: int) -> dict[str, str]:
    """Messages of exactly ``chars`` characters (code points) that stress pattern matching."""
    fill = lambda unit: _fill(unit, chars)  # noqa: E731
    return {
        "one letter repeated": fill("a"),
        "short words": fill("aaaa "),
        "sentence ends": fill(". "),
        "many ?!. marks": fill("!?."),
        "nested punctuation": fill("((([[[{{{<<<"),
        "one long word ending in a weapon": fill("a")[:-7] + "knuppel",
        "emoji": fill("\U0001F600"),
        "control and zero-width characters": fill("\x00\x01\x1b\u200b\u2028"),
        "combining accents": fill("e\u0301"),
        "whitespace of every kind": fill("\t \n\r\u00a0\u3000"),
        "crisis word repeated": fill("zelfmoord "),
        "weapon repeated, 'nu' at the end": fill("mes ")[:-3] + " nu",
        "kitchen knife repeated": fill("keukenmes "),
        "'113' repeated (veto with .*)": fill("113 "),
        "'ik wil' repeated": fill("ik wil "),
        "'net' repeated": fill("net "),
        "'mezelf' repeated": fill("mezelf "),
        "'gaat me' repeated": fill("gaat me "),
        "'aangerand' repeated, no time": fill("aangerand "),
        "idiom repeated": fill("ik schrok me dood "),
        "crisis sentence repeated": fill("ik wil niet meer leven, er ligt een mes. "),
        "dates repeated": fill("12-3 "),
        "weekday and week repeated": fill("dinsdag volgende week "),
        "intent prefix, no intent": "/" + fill("a")[1:],
        "intent prefix with an open brace": "/" + fill("x{")[1:],
        "JSON-ish": fill('{"a": [1, {"b": "c"}], '),
    }


def _pure_code_ms(text: str) -> float:
    """Our own code on the text: the crisis net (Rasa server) and what the action server runs."""
    from bot.dialogue import perspective
    from bot.nlu import crisis_patterns
    from bot.scheduling.dutch_dates import ImpossibleDate, parse_when

    now = datetime(2027, 3, 8, 9, 0, tzinfo=ZoneInfo("Europe/Amsterdam"))
    start = time.perf_counter()
    crisis_patterns.match(text)
    crisis_patterns.idiom(text)
    crisis_patterns.past_violence(text)
    perspective.detect(text)
    try:
        parse_when(text, now)
    except ImpossibleDate:
        pass
    return (time.perf_counter() - start) * 1000


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=2000)
    parser.add_argument("model", nargs="?", default=str(ROOT / "models" / "current.tar.gz"))
    args = parser.parse_args(argv)

    from rasa_quiet import quiet_rasa_logs  # scripts/rasa_quiet.py

    quiet_rasa_logs()
    from rasa.core.agent import Agent

    inputs = hostile_inputs(args.chars)
    agent = Agent.load(args.model)

    async def run() -> dict[str, list[float]]:
        for text in ("hallo", "ik word gepest door mijn collega", "ik wil niet meer leven"):  # warm-up
            await agent.parse_message(text)
        times: dict[str, list[float]] = {"normal message": []}
        for _ in range(REPEAT):
            start = time.perf_counter()
            await agent.parse_message("ik word al maanden gepest door mijn leidinggevende")
            times["normal message"].append((time.perf_counter() - start) * 1000)
        for name, text in inputs.items():
            times[name] = []
            for _ in range(REPEAT):
                start = time.perf_counter()
                try:
                    await agent.parse_message(text)
                except Exception as exc:  # noqa: BLE001 - a crash is a finding too: report it, go on
                    errors[name] = f"{type(exc).__name__}: {str(exc).splitlines()[0][:120]}"
                times[name].append((time.perf_counter() - start) * 1000)
        return times

    errors: dict[str, str] = {}

    times = asyncio.run(run())
    rows = []
    print(f"{'input (' + str(args.chars) + ' chars)':44} {'parse ms':>9} {'own code ms':>12}")
    for name, ms in times.items():
        own = _pure_code_ms(inputs[name]) if name in inputs else None
        rows.append({"input": name, "parse_ms_median": round(statistics.median(ms), 1),
                     "parse_ms_max": round(max(ms), 1), "own_code_ms": None if own is None else round(own, 1),
                     "error": errors.get(name)})
        print(f"{name:44} {statistics.median(ms):9.1f} {'' if own is None else f'{own:12.1f}'}"
              + (f"  PARSE FAILED: {errors[name]}" if name in errors else ""))
    hostile = [r for r in rows if r["input"] != "normal message"]
    worst = max(hostile, key=lambda r: r["parse_ms_median"])
    result = {"chars": args.chars, "repeat": REPEAT, "target_ms": TARGET_MS,
              "worst_input": worst["input"], "worst_parse_ms_median": worst["parse_ms_median"],
              "worst_parse_ms_single": max(r["parse_ms_max"] for r in hostile),
              "worst_own_code_ms": max(r["own_code_ms"] for r in hostile),
              "parse_failures": errors,
              "cpu": platform.processor() or platform.machine(), "inputs": rows}
    print(f"\nworst: {worst['input']!r}: {worst['parse_ms_median']} ms (median of {REPEAT}); "
          f"slowest single parse {result['worst_parse_ms_single']} ms; target < {TARGET_MS:.0f} ms: "
          f"{'met' if worst['parse_ms_median'] < TARGET_MS else 'NOT met'}")
    (ROOT / "results").mkdir(exist_ok=True)
    out = ROOT / "results" / f"benchmark_hostile_{args.chars}.json"
    out.write_text(json.dumps(result, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
