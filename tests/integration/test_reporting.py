"""The anonymous counters and the annual report on a real SQLite file and a real PostgreSQL
database: the schema holds nothing that identifies a person or links to a conversation, the
upsert adds up (also from several threads), and `python -m bot report` renders all three formats."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.orm import sessionmaker

from bot.db import make_engine
from bot.db.migrate import downgrade, upgrade
from bot.reporting import counters, report
from bot.reporting.counters import CountKey

ROOT = Path(__file__).resolve().parents[2]
ALLOWED = {"year", "month", "situation", "channel", "office_hours", "role", "outcome", "count"}


def test_the_counters_table_has_no_column_that_identifies_or_links(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    try:
        schema = inspect(engine)
        columns = {c["name"]: c for c in schema.get_columns("anonymous_counts")}
        assert set(columns) == ALLOWED  # no id, sender, text, timestamp, code or appointment
        assert schema.get_foreign_keys("anonymous_counts") == []
        assert not any(fk["referred_table"] == "anonymous_counts" for t in schema.get_table_names()
                       for fk in schema.get_foreign_keys(t))
        # The finest time is the month: no date or time column at all.
        assert not any(type(c["type"]).__name__.upper() in ("DATE", "DATETIME", "TIMESTAMP", "TIME")
                       for c in columns.values())
        # Every column but the count is part of the key: a row is an aggregate, not an event.
        assert set(schema.get_pk_constraint("anonymous_counts")["constrained_columns"]) == ALLOWED - {"count"}
        assert schema.get_pk_constraint("anonymous_counts")["name"] == "pk_anonymous_counts"
    finally:
        engine.dispose()
    downgrade(database_url, "3b7c1e9a4d20")
    engine = make_engine(database_url)
    assert "anonymous_counts" not in inspect(engine).get_table_names()
    engine.dispose()


def test_increments_add_up_in_one_row_also_at_the_same_time(database_url):
    upgrade(database_url)
    engine = make_engine(database_url)
    sessions = sessionmaker(bind=engine, future=True)
    key = CountKey(2026, 5, "pesten", "webchat", False, "getuige", counters.AFSPRAAK)
    other = CountKey(2026, 5, "pesten", "webchat", False, "getuige", counters.INFORMATIE)

    def work():
        for _ in range(10):
            counters.increment(sessions, key, other)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with sessions() as s:
        assert sorted(counters.rows(s, [2026]), key=lambda r: r[0].outcome) == [(key, 40), (other, 40)]
        assert s.execute(text("SELECT COUNT(*) FROM anonymous_counts")).scalar_one() == 2
    engine.dispose()


def test_the_report_renders_in_all_three_formats_from_generated_data(database_url, tmp_path):
    upgrade(database_url)
    engine = make_engine(database_url)
    with engine.begin() as conn:
        conn.execute(counters.AnonymousCount.__table__.insert(), [
            {"year": k.year, "month": k.month, "situation": k.situation, "channel": k.channel,
             "office_hours": k.office_hours, "role": k.role, "outcome": k.outcome, "count": n}
            for k, n in report.generated_rows(2026)])
    engine.dispose()
    env = {**os.environ, "DATABASE_URL": database_url, "PYTHONPATH": str(ROOT)}
    for fmt in report.FORMATS:
        out = tmp_path / fmt
        result = subprocess.run([sys.executable, "-m", "bot", "report", "--year", "2026", "--format", fmt,
                                 "--out", str(out)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
        assert result.returncode == 0, result.stderr
        main = out / f"jaarverslag-2026.{fmt}"
        body = main.read_text(encoding="utf-8")
        assert "<5" in body or "&lt;5" in body  # the generated data has small counts
        if fmt == "md":
            assert "| Pesten of buitensluiten |" in body and "## Advies aan bestuur en management" in body
            pngs = sorted(p.name for p in (out / "jaarverslag-2026-grafieken").iterdir())
            assert pngs == ["kanalen.png", "maanden.png", "situaties.png", "uitkomsten.png"]
            assert all((out / "jaarverslag-2026-grafieken" / p).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" for p in pngs)
        elif fmt == "html":
            assert body.startswith("<!DOCTYPE html>") and "<table>" in body and 'src="data:image/png;base64,' in body
        else:
            assert body.splitlines()[0] == "Per situatie,Situatie,2026,2025,Verandering"


def test_the_report_on_an_unmigrated_database_is_a_clear_error(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.db'}", "PYTHONPATH": str(ROOT)}
    result = subprocess.run([sys.executable, "-m", "bot", "report", "--year", "2026", "--out", str(tmp_path)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "db upgrade" in result.stderr
