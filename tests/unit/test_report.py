"""The annual report's tables, cells and template: pure functions on made-up counter rows."""

import datetime as dt

import pytest

from bot.content import ContentError
from bot.reporting import counters, report
from bot.reporting.counters import CountKey
from bot.reporting.suppression import Line, exposed_by_subtraction


def _key(year, month=3, situation="pesten", outcome=counters.BEVESTIGD, channel="webchat"):
    return CountKey(year, month, situation, channel, True, "zelf", outcome)


def _table(rep, name):
    return next(t for t in rep.tables if t.name == name)


def test_situation_counts_compare_with_the_year_before_and_hide_small_ones():
    rows = [(_key(2026), 20), (_key(2025), 10), (_key(2026, situation="fraude"), 3),
            (_key(2026, situation="diefstal"), 30), (_key(2026, outcome=counters.AFSPRAAK), 7)]
    rep = report.build(rows, 2026)
    table = _table(rep, "situaties")
    body = {row[0]: row[1:] for row in report.table_rows(rep, table)[1:]}
    # fraude 3 is hidden; with the total 53 shown, pesten (20, the next smallest) is hidden as well.
    assert body["Fraude, zoals valse declaraties, uren of cijfers"][0] == "<5"
    assert body["Totaal"][0] == "53"
    assert body["Pesten of buitensluiten"] == ["<5", "10", "–"]
    assert body["Diefstal van spullen, geld of gegevens van het werk"] == ["30", "0", "nieuw"]
    labels = list(body)
    cells = {i: v for i, v in enumerate(table.current.values)} | {"totaal": 53}
    lines = [Line("totaal", tuple(range(len(labels) - 1)))]
    assert exposed_by_subtraction(cells, lines, set(table.current.hidden)) == set()
    assert _table(rep, "uitkomsten").current.values[2] == 7  # afspraak, not among the situations


def test_the_subtraction_case_in_the_report():
    rows = [(_key(2026, situation="pesten"), 3), (_key(2026, situation="fraude"), 12),
            (_key(2026, situation="diefstal"), 40)]
    rep = report.build(rows, 2026)
    table = _table(rep, "situaties")
    shown = {r[0]: r[1] for r in report.table_rows(rep, table)[1:]}
    assert shown["Pesten of buitensluiten"] == "<5"
    assert shown["Fraude, zoals valse declaraties, uren of cijfers"] == "<5"  # else 55 - 40 - 12 = 3
    assert shown["Diefstal van spullen, geld of gegevens van het werk"] == "40" and shown["Totaal"] == "55"


def test_the_change_against_the_year_before():
    rows = [(_key(2026), 20), (_key(2025), 10),
            (_key(2026, situation="fraude"), 30), (_key(2025, situation="fraude"), 40)]
    rep = report.build(rows, 2026)
    body = {r[0]: r[1:] for r in report.table_rows(rep, _table(rep, "situaties"))[1:]}
    assert body["Pesten of buitensluiten"] == ["20", "10", "+100%"]
    assert body["Fraude, zoals valse declaraties, uren of cijfers"] == ["30", "40", "-25%"]
    assert body["Totaal"] == ["50", "50", "+0%"]


def test_change_is_shown_only_when_both_years_are_shown():
    rows = [(_key(2026), 8), (_key(2025), 2),
            (_key(2025, situation="fraude"), 30), (_key(2026, situation="fraude"), 30)]
    rep = report.build(rows, 2026)
    body = {r[0]: r[1:] for r in report.table_rows(rep, _table(rep, "situaties"))[1:]}
    assert body["Pesten of buitensluiten"][1] == "<5" and body["Pesten of buitensluiten"][2] == "–"
    assert body["Discriminatie, dus ongelijk behandeld worden"] == ["0", "0", "–"]


def test_unknown_situation_and_months():
    rows = [(_key(2026, month=1, situation="onbekend", outcome=counters.BEVESTIGD), 9)]
    rep = report.build(rows, 2026)
    assert "Onbekend" in _table(rep, "situaties").labels
    assert _table(rep, "maanden").labels[0] == "Januari" and _table(rep, "maanden").current.values[0] == 9


def test_the_template_is_filled_and_a_wrong_placeholder_is_a_clear_error():
    rep = report.build(report.generated_rows(2026), 2026, threshold=5)
    text = report.markdown(rep, lambda t: f"[chart {t.name}]", report.TEMPLATE.read_text(encoding="utf-8"),
                           dt.date(2027, 1, 15))
    assert "{{" not in text and "Jaarverslag vertrouwenspersoon 2026" in text
    assert "[chart situaties]" in text and "Zelf invullen" in text and "Plan voor 2027" in text
    with pytest.raises(ContentError, match="tabel_situatie"):
        report.fill_template("{{tabel_situatie}}", {"jaar": "2026"})


def test_a_threshold_below_two_is_refused():
    with pytest.raises(ValueError, match="at least 2"):
        report.build([], 2026, threshold=1)


def test_key_for_keeps_only_known_values_and_the_month():
    now = dt.datetime(2026, 12, 31, 23, 30, tzinfo=dt.timezone.utc)  # already January in Amsterdam
    key = counters.key_for(now, counters.GESTOPT, "iets raars", ["pesten"], "mijnkanaal", False, "onbekend")
    assert (key.year, key.month, key.situation, key.channel) == (2027, 1, "onbekend", "overig")
    with pytest.raises(ValueError):
        counters.key_for(now, "iets", None, [], None, False, "onbekend")

