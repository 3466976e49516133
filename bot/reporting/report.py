"""The annual report: counts of one year against the year before, per situation, month, channel,
role, office hours and outcome, small numbers suppressed (bot.reporting.suppression), filled into
content/jaarverslag.md (Markdown), or written as CSV or HTML. Words come from content/jaarverslag.yml."""

from __future__ import annotations

import base64
import csv
import datetime as dt
import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

from bot.content import CONTENT_DIR, ContentError, situaties
from bot.reporting import counters
from bot.reporting.counters import CountKey
from bot.reporting.suppression import Line, exposed_by_subtraction, suppress
from bot.settings import DEFAULT_REPORT_THRESHOLD
from bot.vocabulary import MONTHS

FORMATS = ("md", "csv", "html")
DEFAULT_THRESHOLD = DEFAULT_REPORT_THRESHOLD  # BOT_REPORT_THRESHOLD, in bot.settings
TEMPLATE = CONTENT_DIR / "jaarverslag.md"
WORDS = CONTENT_DIR / "jaarverslag.yml"
TABLES = ("situaties", "maanden", "kanalen", "rollen", "tijden", "uitkomsten")
CHARTS = ("situaties", "maanden", "kanalen", "uitkomsten")
TOTAL = "totaal"
_PLACEHOLDER = re.compile(r"\{\{\s*([a-z_]+)\s*\}\}")


@dataclass(frozen=True)
class Column:
    """One year's counts of a table, and which of them are hidden (None: the total)."""
    values: tuple[int, ...]
    total: int
    hidden: frozenset  # row indexes, and TOTAL

    def shown(self, index: int | str) -> bool:
        return index not in self.hidden

    def value(self, index: int | str) -> int:
        return self.total if index == TOTAL else self.values[index]


@dataclass(frozen=True)
class Table:
    name: str
    title: str
    heading: str
    labels: tuple[str, ...]
    current: Column
    previous: Column


@dataclass(frozen=True)
class Report:
    year: int
    threshold: int
    tables: tuple[Table, ...]
    words: Mapping


def words(path: Path = WORDS) -> dict:
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    need = ["titels", "kolommen", "totaal", "onbekend", "nieuw", "kanalen", "uitkomsten", "rollen", "tijden"]
    missing = [key for key in need if key not in data]
    if missing:
        raise ContentError(f"{path}: missing {', '.join(missing)}")
    return data


def _column(values: Sequence[int], threshold: int) -> Column:
    cells = {i: v for i, v in enumerate(values)} | {TOTAL: sum(values)}
    lines = [Line(TOTAL, tuple(range(len(values))))]
    hidden = suppress(cells, lines, threshold)
    if exposed_by_subtraction(cells, lines, hidden):  # the algorithm's guarantee, checked on every table
        raise AssertionError("suppression left a count that subtraction reveals")
    return Column(tuple(values), sum(values), frozenset(hidden))


def _categories(name: str, w: Mapping, present: set) -> list[tuple[object, str]]:
    """(value, label) rows of a table: every known category, and "onbekend" only when counted."""
    unknown = [(counters.UNKNOWN, w["onbekend"])] if counters.UNKNOWN in present else []
    if name == "situaties":
        return [(k, s.label[:1].upper() + s.label[1:]) for k, s in situaties().items()] + unknown
    if name == "maanden":
        return [(m, MONTHS[m - 1].capitalize()) for m in range(1, 13)]  # content/woordenlijst.yml
    if name == "kanalen":
        return [(c, w["kanalen"][c]) for c in (*counters.CHANNELS, counters.OTHER_CHANNEL)]
    if name == "rollen":
        return [(r, w["rollen"][r]) for r in counters.ROLES] + unknown
    if name == "tijden":
        return [(True, w["tijden"]["binnen"]), (False, w["tijden"]["buiten"])]
    return [(o, w["uitkomsten"][o]) for o in counters.OUTCOMES if o != counters.BEVESTIGD]


def _category_of(name: str, key: CountKey) -> object:
    return {"situaties": key.situation, "maanden": key.month, "kanalen": key.channel, "rollen": key.role,
            "tijden": key.office_hours, "uitkomsten": key.outcome}[name]


def _counts(rows: list[tuple[CountKey, int]], name: str, index: Mapping[object, int], year: int) -> list[int]:
    out = [0] * len(index)
    for key, n in rows:
        category = _category_of(name, key)
        if key.year == year and category in index:
            out[index[category]] += n
    return out


def build(rows: Iterable[tuple[CountKey, int]], year: int, threshold: int = DEFAULT_THRESHOLD,
          w: Mapping | None = None) -> Report:
    """The report's tables from the counter rows of `year` and the year before. Every table but
    the outcomes counts confirmed situations; the outcomes table counts the outcomes."""
    if threshold < 2:
        raise ValueError(f"the threshold must be at least 2, got {threshold}")
    w = w or words()
    rows = list(rows)
    tables = []
    for name in TABLES:
        wanted = [(k, n) for k, n in rows if (k.outcome != counters.BEVESTIGD) == (name == "uitkomsten")]
        categories = _categories(name, w, {_category_of(name, k) for k, _ in wanted})
        index = {value: i for i, (value, _) in enumerate(categories)}
        tables.append(Table(name, w["titels"][name], w["kolommen"][name], tuple(label for _, label in categories),
                            _column(_counts(wanted, name, index, year), threshold),
                            _column(_counts(wanted, name, index, year - 1), threshold)))
    return Report(year, threshold, tuple(tables), w)


# --- cells ---------------------------------------------------------------------------------------

def cell(column: Column, index: int | str, threshold: int) -> str:
    return str(column.value(index)) if column.shown(index) else f"<{threshold}"


def change(table: Table, index: int | str, w: Mapping) -> str:
    """The change against the year before, only where both numbers are shown."""
    cur, prev = table.current, table.previous
    if not (cur.shown(index) and prev.shown(index)):
        return "–"
    now, before = cur.value(index), prev.value(index)
    if before == 0:
        return str(w["nieuw"]) if now else "–"
    return f"{round((now - before) * 100 / before):+d}%"


def table_rows(report: Report, table: Table) -> list[list[str]]:
    """Heading, one row per category, the total row: label, this year, last year, change."""
    t, w = report.threshold, report.words
    head = [table.heading, str(report.year), str(report.year - 1), str(w["kolommen"]["verandering"])]
    indexes: list[int | str] = [*range(len(table.labels)), TOTAL]
    labels = [*table.labels, str(w["totaal"])]
    return [head] + [[label, cell(table.current, i, t), cell(table.previous, i, t), change(table, i, w)]
                     for label, i in zip(labels, indexes)]


def markdown_table(rows: list[list[str]]) -> str:
    def esc(text: str) -> str:
        return text.replace("|", "\\|")
    lines = ["| " + " | ".join(esc(c) for c in rows[0]) + " |", "|---|" + "---:|" * (len(rows[0]) - 1)]
    lines += ["| " + " | ".join(esc(c) for c in row) + " |" for row in rows[1:]]
    return "\n".join(lines)


# --- the template --------------------------------------------------------------------------------

def fill_template(template: str, values: Mapping[str, str]) -> str:
    """Fill {{name}} placeholders; an unknown name is a clear error (a typo in the template)."""
    unknown = sorted({m.group(1) for m in _PLACEHOLDER.finditer(template)} - set(values))
    if unknown:
        raise ContentError(f"the report template names unknown placeholders: {', '.join(unknown)}; "
                           f"known: {', '.join(sorted(values))}")
    return _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)


def markdown(report: Report, image: Callable[[Table], str], template: str, today: dt.date) -> str:
    values = {"jaar": str(report.year), "vorig_jaar": str(report.year - 1), "volgend_jaar": str(report.year + 1),
              "drempel": str(report.threshold), "gemaakt_op": today.isoformat()}
    for table in report.tables:
        values[f"tabel_{table.name}"] = markdown_table(table_rows(report, table))
        values[f"grafiek_{table.name}"] = image(table) if table.name in CHARTS else ""
    return fill_template(template, values)


def write(report: Report, fmt: str, out_dir: Path, template_path: Path = TEMPLATE,
          today: dt.date | None = None) -> list[Path]:
    """Write the report in `fmt` into `out_dir`; returns the files written (the report first)."""
    from bot.reporting import charts  # matplotlib only when a report is made

    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out_dir.mkdir(parents=True, exist_ok=True)
    today = today or dt.date.today()
    stem = f"jaarverslag-{report.year}"
    if fmt == "csv":
        path = out_dir / f"{stem}.csv"
        with path.open("w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            for table in report.tables:
                rows = table_rows(report, table)
                writer.writerow([table.title, *rows[0]])
                writer.writerows([table.title, *row] for row in rows[1:])
        return [path]
    template = template_path.read_text(encoding="utf-8")
    pngs = {t.name: charts.bar_chart(report, t) for t in report.tables if t.name in CHARTS}
    if fmt == "md":
        chart_dir = out_dir / f"{stem}-grafieken"
        chart_dir.mkdir(exist_ok=True)
        written = []
        for name, png in pngs.items():
            (chart_dir / f"{name}.png").write_bytes(png)
            written.append(chart_dir / f"{name}.png")
        path = out_dir / f"{stem}.md"
        path.write_text(markdown(report, lambda t: f"![{t.title}]({chart_dir.name}/{t.name}.png)", template, today),
                        encoding="utf-8")
        return [path, *written]
    import markdown as md  # HTML: one self-contained file, the charts embedded

    def embedded(t: Table) -> str:
        return f"![{t.title}](data:image/png;base64,{base64.b64encode(pngs[t.name]).decode('ascii')})"

    body = md.markdown(markdown(report, embedded, template, today), extensions=["tables"], output_format="html")
    path = out_dir / f"{stem}.html"
    title = html.escape(f"{report.year}")
    path.write_text(f'<!DOCTYPE html>\n<html lang="nl">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n'
                    f"<style>{_CSS}</style>\n</head>\n<body>\n{body}\n</body>\n</html>\n", encoding="utf-8")
    return [path]


_CSS = ("body{font-family:sans-serif;max-width:50em;margin:2em auto;line-height:1.5}"
        "table{border-collapse:collapse}th,td{border:1px solid #999;padding:.2em .6em}"
        "td:not(:first-child){text-align:right}img{max-width:100%}")


def generated_rows(year: int, seed: int = 7) -> list[tuple[CountKey, int]]:
    """Synthetic counter rows for `year` and the year before (samples, tests, the README chart):
    made up, never from a real organisation."""
    import random

    rng = random.Random(seed)  # noqa: S311 - made-up sample data, nothing secret
    keys = list(situaties())
    out: dict[CountKey, int] = {}
    for y, scale in ((year - 1, 0.8), (year, 1.0)):
        for month in range(1, 13):
            for situation in keys:
                for outcome in counters.OUTCOMES:
                    n = int(rng.expovariate(1 / (0.9 * scale)) * (2 if outcome == counters.BEVESTIGD else 1))
                    if n:
                        key = CountKey(y, month, situation, rng.choice(counters.CHANNELS), rng.random() < 0.6,
                                       rng.choice((*counters.ROLES, counters.UNKNOWN)), outcome)
                        out[key] = out.get(key, 0) + n
    return list(out.items())
