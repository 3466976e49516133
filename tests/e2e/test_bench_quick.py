"""`make bench` cannot rot: scripts/bench.py --quick starts our bot and the stock Rasa bot, talks
to both at 1 and 8 concurrent conversations and writes its report. Checks that every message was
answered by both and that the report holds the figures and the issue's targets.

Needs models/current.tar.gz (`make test` trains it) and the cached stock model under
build/bench-stock/ (the first run trains it with `rasa init`, about 100 s once; later runs reuse it).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e


def test_bench_quick_runs_both_bots_and_writes_the_report(tmp_path):
    if not (ROOT / "models" / "current.tar.gz").exists():
        pytest.fail("models/current.tar.gz is missing: run `make test` (it trains first)")
    out, raw = tmp_path / "performance.md", tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "bench.py"), "--quick", "--out", str(out),
                           "--json", str(raw)], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    figures = json.loads(raw.read_text())
    summary = figures["summary"]
    for level, budget in (("1", 10), ("8", 40)):
        for name in ("ours", "stock"):
            row = summary["levels"][level][name]
            assert row["errors"] == 0, (level, name, row)
            assert name == "stock" or row["silent"] == 0, row  # our bot answers every turn
            assert row["messages"] == budget, (level, name, row)
            assert 0 < row["p50"] <= row["p95"] <= row["p99"]
            assert row["throughput"] > 0
    assert all(summary["startup_s"][name] > 0 for name in ("ours", "stock"))
    assert summary["rasa_rss_mb"]["ours"] > 100 and summary["rasa_rss_mb"]["stock"] > 100
    assert "action server" in summary["other_rss_mb"]["ours"]
    report = out.read_text()
    for needle in ("| p50 / p95 / p99 latency, 8 conversations |", "| model file |", "| start-up to first answer |",
                   "Machine: ", "| p50 at 1 conversation |", "| RSS of the Rasa process |"):
        assert needle in report, needle
