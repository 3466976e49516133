"""Throw-away PostgreSQL, Redis and SMTP servers that a fault test may stop and start again.

The machine's shared servers (PostgreSQL 5432, Redis 6379) are never touched: each instance
here runs on a free port from its own temporary directory and is removed afterwards. Waiting is
on conditions (the server answers, or refuses), never on fixed sleeps.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

from aiosmtpd.controller import Controller

from tests import waiting


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def accepts(port: int) -> bool:
    """Whether something accepts TCP connections on 127.0.0.1:port."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5):
            return True
    except OSError:
        return False


SERVER_SECONDS = 30.0  # how long a server may take to start or stop


def _pg_bin(name: str) -> str:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"),
                   key=lambda p: int(p.split("/")[4]) if p.split("/")[4].isdigit() else 0)
    if found:
        return found[-1]
    on_path = shutil.which(name)
    if on_path is None:
        raise RuntimeError(f"PostgreSQL's {name} is not installed (Debian: apt-get install postgresql)")
    return on_path


class PostgresInstance:
    """A private PostgreSQL cluster (trust auth) on 127.0.0.1:`port`.

    PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user."""

    def __init__(self) -> None:
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="vpbot-fault-pg-"))
        self.data = self.dir / "data"
        self._as: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.dir, "postgres")
            self._as = ["runuser", "-u", "postgres", "--"]
        self._run(_pg_bin("initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres", "--no-sync",
                  "-E", "UTF8", "--locale", "C")

    @property
    def url(self) -> str:
        return f"postgresql+psycopg2://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        subprocess.run([*self._as, *command], check=True, capture_output=True, timeout=120)

    def start(self) -> None:
        # fsync off only risks data when the machine crashes; a crashed server keeps every commit.
        options = f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off"
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.dir / "server.log"),
                  "-w", "-t", "60", "start")
        waiting.wait_until(lambda: accepts(self.port), "PostgreSQL accepting connections", timeout=SERVER_SECONDS)

    def stop(self, mode: str = "immediate") -> None:
        """`immediate` is a crash as far as clients can tell: open connections break at once."""
        self._run(_pg_bin("pg_ctl"), "-D", str(self.data), "-m", mode, "-w", "-t", "60", "stop")
        waiting.wait_until(lambda: not accepts(self.port), "PostgreSQL stopped", timeout=SERVER_SECONDS)

    def close(self) -> None:
        if (self.data / "postmaster.pid").exists():
            try:
                self.stop()
            except (subprocess.CalledProcessError, TimeoutError):
                pass
        shutil.rmtree(self.dir, ignore_errors=True)


class RedisInstance:
    """A private Redis on 127.0.0.1:`port`. `stop()` shuts it down as an operator would, writing
    its data to `directory`, so that after `start()` the conversations are there again."""

    def __init__(self, directory: Path | None = None) -> None:
        self.port = free_port()
        self.dir = Path(directory or tempfile.mkdtemp(prefix="vpbot-fault-redis-"))
        self.proc: subprocess.Popen | None = None

    def start(self) -> None:
        server = shutil.which("redis-server")
        if server is None:
            raise RuntimeError("redis-server is not installed (Debian: apt-get install redis-server)")
        self.proc = subprocess.Popen([server, "--bind", "127.0.0.1", "--port", str(self.port), "--save", "",
                                      "--appendonly", "no", "--dir", str(self.dir),
                                      "--dbfilename", f"redis-{self.port}.rdb"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        waiting.wait_until(lambda: self.proc.poll() is not None or accepts(self.port), "Redis accepting connections",
                           timeout=SERVER_SECONDS)

    def stop(self) -> None:
        import redis

        if self.proc is not None:
            try:
                redis.Redis(host="127.0.0.1", port=self.port, socket_timeout=5).shutdown(save=True)
            except redis.exceptions.ConnectionError:
                pass  # it closes the connection as it goes
            self.proc.wait(timeout=30)
            self.proc = None
        waiting.wait_until(lambda: not accepts(self.port), "Redis stopped", timeout=SERVER_SECONDS)

    def close(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None
        (self.dir / f"redis-{self.port}.rdb").unlink(missing_ok=True)


class Inbox:
    """aiosmtpd handler: keeps the envelopes that arrive."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


class SmtpSink:
    """A real SMTP server on 127.0.0.1:`port` that keeps what it receives, and can be stopped."""

    def __init__(self) -> None:
        self.port = free_port()
        self.inbox = Inbox()
        self.controller: Controller | None = None

    def start(self) -> None:
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None
        waiting.wait_until(lambda: not accepts(self.port), "the SMTP server stopped", timeout=SERVER_SECONDS)

    def close(self) -> None:
        if self.controller is not None:
            self.stop()


class ActionServer:
    """The project's action server (`python -m actions.server`, as `make run` starts it), on its
    own port, so a test can stop and start it while the Rasa server keeps running."""

    def __init__(self, root: Path, env: dict[str, str], log: Path) -> None:
        self.root, self.env, self.log = root, env, log
        self.port = free_port()
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/webhook"

    def start(self, wait: bool = True) -> None:
        with open(self.log, "ab") as log:
            self.proc = subprocess.Popen(
                [str(self.root / ".venv" / "bin" / "python"), "-m", "actions.server"], cwd=self.root,
                env={**self.env, "BOT_ACTIONS_PORT": str(self.port)}, stdout=log, stderr=subprocess.STDOUT)
        if wait:
            self.wait_ready()

    def wait_ready(self) -> None:
        waiting.wait_until(lambda: self.proc.poll() is not None or accepts(self.port), "the action server started",
                   timeout=120)
        if self.proc.poll() is not None:
            raise RuntimeError(f"the action server stopped; see {self.log}")

    def stop(self) -> None:
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait(timeout=10)
            self.proc = None
        waiting.wait_until(lambda: not accepts(self.port), "the action server stopped", timeout=SERVER_SECONDS)

    def close(self) -> None:
        if self.proc is not None:
            self.stop()
