"""axe-core in the browser tests: inject it (Playwright's add_script_tag with the installed file),
run it with the WCAG 2.0/2.1 A and AA rule sets plus best practices, and collect a report.

axe-core is pinned in tests/browser/package.json and package-lock.json and installed by
scripts/ensure-axe.sh (make test runs it). A missing axe-core fails the tests, it does not skip
them. The page's Content Security Policy does not allow an injected script, so contexts that run
axe are made with bypass_csp=True (the other browser tests keep the policy on).

Only WCAG 2.0/2.1 A/AA violations fail a test; best-practice (and WCAG 2.2) findings and the
checks axe could not decide ("incomplete": needs a person) are written to
results/accessibility.json and results/accessibility.md and printed at the end of the module.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from tests.e2e.conftest import ROOT

AXE_DIR = ROOT / "tests" / "browser" / "node_modules" / "axe-core"
AXE_JS = AXE_DIR / "axe.min.js"
RESULTS = ROOT / "results"
WCAG_AA = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")
REPORTED = ("best-practice", "wcag22aa")  # listed in the report, never failing

RUN_AXE = """async tags => {
  const r = await axe.run(document, {runOnly: {type: 'tag', values: tags}, iframes: true,
                                     resultTypes: ['violations', 'incomplete']});
  const brief = list => list.map(v => ({
    id: v.id, impact: v.impact, tags: v.tags, help: v.help,
    nodes: v.nodes.map(n => ({target: n.target, summary: n.failureSummary || ''}))}));
  return {version: axe.version, violations: brief(r.violations), incomplete: brief(r.incomplete),
          passes: r.passes.map(p => p.id),
          inFrames: r.passes.some(p => p.nodes.some(n => n.target.length > 1))};
}"""


def axe_version() -> str:
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run scripts/ensure-axe.sh (make test does)")
    return json.loads((AXE_DIR / "package.json").read_text())["version"]


def inject(frame) -> None:
    """Puts axe-core into a page or frame (once)."""
    if not frame.evaluate("() => typeof window.axe === 'object'"):
        frame.add_script_tag(path=str(AXE_JS))


def is_wcag_aa(violation: dict) -> bool:
    return any(tag in WCAG_AA for tag in violation["tags"])


class Report:
    """Every axe run of a module: what failed (WCAG A/AA), what is only reported."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.runs: list[dict] = []

    def check(self, page, where: str, frames=(), origins=()) -> list[dict]:
        """Runs axe on `page` (and inside `frames`, which axe reaches through the page); returns the
        WCAG 2.0/2.1 A/AA violations. The caller asserts they are none."""
        axe_version()
        for frame in (page, *frames):
            inject(frame)
            frame.evaluate("origins => axe.configure({allowedOrigins: origins})", list(origins) or ["<same_origin>"])
        result = page.evaluate(RUN_AXE, [*WCAG_AA, *REPORTED])
        failing = [v for v in result["violations"] if is_wcag_aa(v)]
        reported = [v for v in result["violations"] if not is_wcag_aa(v)]
        self.runs.append({"where": where, "axe": result["version"], "wcag_violations": failing,
                          "reported": reported, "incomplete": result["incomplete"],
                          "passes": len(result["passes"]), "reached_frames": result["inFrames"]})
        return failing

    def write(self) -> Path:
        """results/<name>.json and .md; returns the .md path."""
        RESULTS.mkdir(parents=True, exist_ok=True)
        (RESULTS / f"{self.name}.json").write_text(json.dumps(self.runs, indent=2, ensure_ascii=False))
        md = RESULTS / f"{self.name}.md"
        md.write_text(self.markdown(), encoding="utf-8")
        return md

    def markdown(self) -> str:
        version = self.runs[0]["axe"] if self.runs else axe_version()
        lines = [f"# axe-core {version}: WCAG 2.0/2.1 A/AA and best practices", "",
                 f"{len(self.runs)} runs. WCAG A/AA violations fail the tests; the rest is listed here.", "",
                 "| where | WCAG A/AA violations | best practice / WCAG 2.2 | needs review | rules passed |",
                 "| --- | --- | --- | --- | --- |"]
        for run in self.runs:
            lines.append(f"| {run['where']} | {by_rule(run['wcag_violations'])} | {by_rule(run['reported'])} | "
                         f"{by_rule(run['incomplete'])} | {run['passes']} |")
        findings = {v["id"]: v for run in self.runs for v in (*run["wcag_violations"], *run["reported"])}
        if findings:
            lines += ["", "## Findings", ""]
            for rule, v in sorted(findings.items()):
                targets = sorted({" > ".join(map(str, n["target"])) for run in self.runs
                                  for found in (*run["wcag_violations"], *run["reported"]) if found["id"] == rule
                                  for n in found["nodes"]})
                lines.append(f"- `{rule}` ({v['impact']}; {', '.join(v['tags'])}): {v['help']}; "
                             f"on {', '.join(f'`{t}`' for t in targets[:6])}")
        review = {v["id"]: v for run in self.runs for v in run["incomplete"]}
        if review:
            lines += ["", "## Needs review (axe could not decide)", ""]
            lines += [f"- `{rule}`: {v['help']}" for rule, v in sorted(review.items())]
        return "\n".join(lines) + "\n"

    def summary(self) -> str:
        failing = Counter(v["id"] for run in self.runs for v in run["wcag_violations"])
        reported = Counter(v["id"] for run in self.runs for v in run["reported"])
        return (f"axe-core: {len(self.runs)} runs; WCAG A/AA violations: {dict(failing) or 'none'}; "
                f"best practice / WCAG 2.2 (reported, not failing): {dict(reported) or 'none'}")


def by_rule(violations: list[dict]) -> str:
    if not violations:
        return "0"
    return ", ".join(f"{v['id']} ({v['impact']}, {len(v['nodes'])})" for v in violations)


def explain(violations: list[dict]) -> str:
    return "\n".join(f"{v['id']} ({v['impact']}): {v['help']}: "
                     + "; ".join(" > ".join(map(str, n["target"])) for n in v["nodes"]) for v in violations)
