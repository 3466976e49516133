"""Data layer: one engine and one sessionmaker per process (SQLAlchemy 1.4 in 2.0 style)."""

from __future__ import annotations

from functools import cache

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from bot import settings

CONNECT_TIMEOUT_SECONDS = 5  # a database that does not answer fails the action, not the person's patience


def make_engine(url: str) -> Engine:
    """Create an engine in 2.0 style. SQLite gets foreign keys and a busy timeout; PostgreSQL a
    liveness check per checkout, so the pool recovers by itself after a database restart, and a
    connect timeout. Errors and logs never show the values of a statement (contact details)."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, future=True, hide_parameters=True, connect_args={"timeout": 15, "check_same_thread": False}
        )

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record):  # pragma: no cover - trivial
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.close()

        return engine
    connect_args = {"connect_timeout": CONNECT_TIMEOUT_SECONDS} if url.startswith("postgresql") else {}
    return create_engine(url, future=True, pool_pre_ping=True, hide_parameters=True, connect_args=connect_args)


@cache
def get_engine(url: str | None = None) -> Engine:
    return make_engine(url or settings.current().database_url)


@cache
def get_sessionmaker(url: str | None = None) -> sessionmaker:
    return sessionmaker(bind=get_engine(url), future=True, expire_on_commit=False, class_=Session)
