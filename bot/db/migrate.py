"""Apply Alembic migrations from code (used by `python -m bot db upgrade` and the tests)."""

from __future__ import annotations

import os
from pathlib import Path

from alembic import command
from alembic.config import Config

from bot import settings
from bot.settings import PROJECT_ROOT


def alembic_config(database_url: str | None = None) -> Config:
    cfg = Config(str(PROJECT_ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["database_url"] = database_url or settings.current().database_url
    return cfg


def upgrade(database_url: str | None = None, revision: str = "head") -> None:
    url = database_url or settings.current().database_url
    database = Path(url.removeprefix("sqlite:///")) if url.startswith("sqlite:///") else None
    if database is not None:
        private_directory(database.parent)
    command.upgrade(alembic_config(url), revision)
    if database is not None and database.exists() and database.stat().st_uid == os.getuid():
        database.chmod(0o600)  # created with the umask; it holds appointments and contact details


def private_directory(path: Path) -> None:
    """Creates `path` and any missing parents with mode 0700 (whatever the umask); directories
    that already exist are left as they are."""
    missing = []
    while not path.exists():
        missing.append(path)
        path = path.parent
    for directory in reversed(missing):
        directory.mkdir(mode=0o700, exist_ok=True)
        directory.chmod(0o700)  # mkdir's mode is masked by the umask


def downgrade(database_url: str | None = None, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)
