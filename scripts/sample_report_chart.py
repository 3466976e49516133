"""Write docs/jaarverslag-voorbeeld.png: the report's chart per situation, made from synthetic
counts (bot.reporting.report.generated_rows), never from a real organisation's numbers.

    PYTHONPATH=. .venv/bin/python scripts/sample_report_chart.py
"""

from __future__ import annotations

from pathlib import Path

from bot.reporting import charts, report

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    built = report.build(report.generated_rows(2026), 2026)
    table = next(t for t in built.tables if t.name == "situaties")
    path = ROOT / "docs" / "jaarverslag-voorbeeld.png"
    path.write_bytes(charts.bar_chart(built, table))
    print(f"wrote {path.relative_to(ROOT)} (synthetic data)")


if __name__ == "__main__":
    main()
