"""Data layer: one engine and one sessionmaker per process (SQLAlchemy 1.4 in 2.0 style)."""

from __future__ import annotations

from functools import cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot.settings import Settings


def make_engine(url: str) -> Engine:
    """Create an engine in 2.0 style. SQLite gets foreign keys and a busy timeout."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, future=True, connect_args={"timeout": 15, "check_same_thread": False}
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    return create_engine(url, future=True, pool_pre_ping=True)


@cache
def get_engine(url: str | None = None) -> Engine:
    return make_engine(url or Settings.from_env().database_url)


@cache
def get_sessionmaker(url: str | None = None) -> sessionmaker:
    return sessionmaker(bind=get_engine(url), future=True, expire_on_commit=False, class_=Session)
