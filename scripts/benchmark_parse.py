"""Benchmark of the trained bot's NLU (`make benchmark`): model load time and parse latency.

Loads models/current.tar.gz the way the Rasa server does, parses every message of the held-out
file and the crisis lists REPEAT times after a warm-up, and prints load time, median, p95 and
max per message. Writes results/benchmark.json. Run it on a quiet machine: a busy core doubles
every figure.
    python scripts/benchmark_parse.py [model path]
"""

from __future__ import annotations

import asyncio
import json
import platform
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.nlu.evaluation import read_examples  # noqa: E402

REPEAT = 3


def main(argv: list[str]) -> int:
    from rasa_quiet import quiet_rasa_logs  # scripts/rasa_quiet.py

    quiet_rasa_logs()
    from rasa.core.agent import Agent

    model = Path(argv[0]) if argv else ROOT / "models" / "current.tar.gz"
    texts = [t for t, _ in read_examples(ROOT / "tests" / "nlu" / "heldout.yml")]
    for name in ("crisis_must_match.txt", "crisis_idioms.txt"):
        lines = (ROOT / "tests" / "nlu" / name).read_text(encoding="utf-8").splitlines()
        texts += [s.strip() for s in lines if s.strip()]

    t0 = time.perf_counter()
    agent = Agent.load(str(model))
    load_s = time.perf_counter() - t0

    async def run():
        for t in texts[:10]:  # warm-up
            await agent.parse_message(t)
        times = []
        for _ in range(REPEAT):
            for t in texts:
                start = time.perf_counter()
                await agent.parse_message(t)
                times.append((time.perf_counter() - start) * 1000)
        return times

    ms = sorted(asyncio.run(run()))
    result = {"model": str(model.relative_to(ROOT) if model.is_relative_to(ROOT) else model),
              "messages": len(texts), "repeat": REPEAT, "load_seconds": round(load_s, 1),
              "parse_ms_median": round(statistics.median(ms), 1),
              "parse_ms_p95": round(ms[int(0.95 * (len(ms) - 1))], 1),
              "parse_ms_max": round(ms[-1], 1), "cpu": platform.processor() or platform.machine()}
    (ROOT / "results").mkdir(exist_ok=True)
    (ROOT / "results" / "benchmark.json").write_text(json.dumps(result, indent=1), encoding="utf-8")
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
