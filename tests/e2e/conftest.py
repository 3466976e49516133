"""Starting the real bot for end-to-end tests: action server + Rasa server with the trained model,
exactly as `make run` does (scripts/run.sh), on free ports, with a throw-away data directory.

`start_bot(tmp_dir, credentials=..., env=..., database=...)` is a context manager every channel's
e2e test uses; `credentials` is a credentials.yml written by the test (channels configured for
local fakes); `database=True` first migrates a fresh SQLite database in the data directory and
loads the example counsellors, as `make db` does (needed for booking). BOT_PUBLIC_URL is the
started bot's own address unless `env` sets it, so calendar links in answers point at it.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def rest_post(port: int, sender: str, message: str, timeout: float = 60, message_id: str | None = None) -> list[dict]:
    """One message through the REST webhook of a bot started by `start_bot`; its answers.
    `message_id`: the client's id of the message (bot/channels/rest.py), for sending it again."""
    body = {"sender": sender, "message": message, **({"message_id": message_id} if message_id else {})}
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/webhooks/rest/webhook",
        data=json.dumps(body).encode(),
        headers={"Content-Type": "application/json"}, method="POST")
    with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - loopback http
        return json.loads(response.read())


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def start_bot(tmp_dir: Path, credentials: Path | None = None, env: dict | None = None,
              database: bool = False):
    """Yields {"port", "url", "log_dir", "data_dir", "pid" (of run.sh)}; stops both servers afterwards."""
    if not (ROOT / "models" / "current.tar.gz").exists():
        pytest.fail("models/current.tar.gz is missing: run `make test` (it trains first)")
    port, actions_port = free_port(), free_port()
    tmp_dir.mkdir(parents=True, exist_ok=True)
    full_env = {**os.environ, "BOT_PORT": str(port), "BOT_ACTIONS_PORT": str(actions_port),
                "BOT_DATA_DIR": str(tmp_dir), "BOT_CONVERSATION_TTL_MINUTES": "20",
                "BOT_LOG_DIR": str(tmp_dir / "log"), "BOT_PUBLIC_URL": f"http://127.0.0.1:{port}"}
    endpoints = tmp_dir / "endpoints.yml"
    endpoints.write_text((ROOT / "endpoints.yml").read_text().replace("5055", str(actions_port)))
    full_env["BOT_ENDPOINTS"] = str(endpoints)
    if credentials is not None:
        full_env["BOT_CREDENTIALS"] = str(credentials)
    full_env.update(env or {})
    if database:
        if "DATABASE_URL" not in (env or {}):  # the throw-away data directory, whatever the shell says
            full_env["DATABASE_URL"] = f"sqlite:///{tmp_dir / 'bot.db'}"
        for command in (["db", "upgrade"], ["counsellors", "sync", "--file", str(ROOT / "counsellors.example.yml")]):
            subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "bot", *command], cwd=ROOT,
                           env=full_env, check=True, capture_output=True, timeout=120)
    proc = subprocess.Popen([str(ROOT / "scripts" / "run.sh")], cwd=ROOT, env=full_env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            start_new_session=True)
    started = time.monotonic()
    output = []
    for line in proc.stdout:
        output.append(line)
        if "The bot is running" in line or time.monotonic() - started > 240:
            break
    if not any("The bot is running" in line for line in output):
        proc.kill()
        pytest.fail("bot did not start:\n" + "".join(output))
    try:
        yield {"port": port, "url": f"http://127.0.0.1:{port}", "log_dir": tmp_dir / "log",
               "data_dir": tmp_dir, "pid": proc.pid}
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
