"""Bar charts of the report's tables (PNG, matplotlib's Agg backend: no display needed). A hidden
(suppressed) count is not drawn; its place says "<threshold", as in the table."""

from __future__ import annotations

import io

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402

from bot.reporting.report import Report, Table, cell  # noqa: E402

COLOURS = ("#1f5f8b", "#a6c8e0")  # this year, the year before


def bar_chart(report: Report, table: Table) -> bytes:
    """Horizontal bars per category: this year and the year before."""
    n = len(table.labels)
    fig, ax = plt.subplots(figsize=(8, 0.45 * n + 1.5), dpi=100)
    height = 0.38
    for offset, (column, year, colour) in enumerate(((table.current, report.year, COLOURS[0]),
                                                      (table.previous, report.year - 1, COLOURS[1]))):
        ys = [i + (offset - 0.5) * height for i in range(n)]
        values = [column.values[i] if column.shown(i) else 0 for i in range(n)]
        ax.barh(ys, values, height=height, color=colour, label=str(year))
        for y, i in zip(ys, range(n)):
            ax.text(values[i], y, " " + cell(column, i, report.threshold), va="center", fontsize=8)
    ax.set_yticks(range(n))
    ax.set_yticklabels([label if len(label) <= 45 else label[:44] + "…" for label in table.labels], fontsize=8)
    ax.invert_yaxis()
    ax.set_title(table.title)
    ax.legend(loc="lower right", fontsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png", metadata={"Software": None})
    plt.close(fig)
    return buf.getvalue()
