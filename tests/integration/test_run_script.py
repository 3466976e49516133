"""scripts/run.sh itself: what it decides before the servers start (REST default, public URL,
file modes). The script runs for real; only the two servers are stand-ins (a static HTTP server
on each port that records the environment it was given), so no model is loaded."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import stat
import subprocess
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

STUB = """#!/usr/bin/env bash
# Stand-in for .venv/bin/{name}: records its environment, then serves a directory on the port
# the real server would use. `python -m bot settings check` (run.sh's check before the start) passes.
if [ "{name}" = python ] && [ "$*" = "-m bot settings check" ]; then exit 0; fi
env > "$STUB_OUT/{name}.env"
if [ "{name}" = rasa ]; then
  while [ $# -gt 0 ]; do
    case "$1" in --interface) host=$2; shift ;; --port) port=$2; shift ;; --log-file) log=$2; shift ;; esac
    shift
  done
  echo started > "$log"
else
  host=127.0.0.1; port=$BOT_ACTIONS_PORT
fi
exec python3 -m http.server --bind "$host" "$port" --directory "$STUB_OUT/www"
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _run(tmp_path: Path, env: dict) -> tuple[dict, str, Path]:
    """Runs a copy of scripts/run.sh with stand-in servers until it says the bot is running;
    returns (the Rasa stand-in's environment, what run.sh printed, the copy's root)."""
    root = tmp_path / "checkout"
    (root / "scripts").mkdir(parents=True)
    shutil.copy(ROOT / "scripts" / "run.sh", root / "scripts" / "run.sh")
    (root / ".venv" / "bin").mkdir(parents=True)
    for name in ("python", "rasa"):
        stub = root / ".venv" / "bin" / name
        stub.write_text(STUB.replace("{name}", name))
        stub.chmod(0o755)
    out = tmp_path / "out"
    (out / "www").mkdir(parents=True)
    (out / "www" / "health").write_text("ok")
    # An old installation: data and log directories and a log file readable by everyone.
    (root / "var" / "log").mkdir(parents=True)
    (root / "var").chmod(0o755)
    (root / "var" / "log").chmod(0o755)
    (root / "var" / "log" / "rasa.log").write_text("old\n")
    (root / "var" / "log" / "rasa.log").chmod(0o644)
    full_env = {key: value for key, value in os.environ.items()
                if not key.startswith("BOT_") and key != "DATABASE_URL"}
    full_env.update({"STUB_OUT": str(out), "BOT_PORT": str(_free_port()), "BOT_ACTIONS_PORT": str(_free_port()),
                     **env})
    proc = subprocess.Popen([str(root / "scripts" / "run.sh")], cwd=root, env=full_env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    printed = []
    started = time.monotonic()
    try:
        for line in proc.stdout:
            printed.append(line)
            if "Ctrl-C stops both servers" in line or time.monotonic() - started > 60:
                break
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        proc.wait(timeout=20)
    text = "".join(printed)
    assert "The bot is running" in text, text
    recorded = dict(line.split("=", 1) for line in (out / "rasa.env").read_text().splitlines() if "=" in line)
    return recorded, text, root


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_on_a_loopback_host_rest_is_on_and_the_public_url_is_where_it_listens(tmp_path):
    env, printed, root = _run(tmp_path, {})
    assert env["BOT_REST_ENABLED"] == "1"
    assert env["BOT_PUBLIC_URL"] == f"http://127.0.0.1:{env['BOT_PORT']}"  # not 127.0.0.1:5005
    assert f"http://127.0.0.1:{env['BOT_PORT']}/webhooks/webchat/" in printed
    assert "warning" not in printed


def test_on_another_host_rest_is_off_unless_switched_on_and_then_it_warns(tmp_path):
    env, printed, _ = _run(tmp_path / "default", {"BOT_HOST": "0.0.0.0"})  # noqa: S104 -- the case tested
    assert env["BOT_REST_ENABLED"] == "0" and "webhooks/rest/webhook" not in printed
    env, printed, _ = _run(tmp_path / "explicit", {"BOT_HOST": "0.0.0.0", "BOT_REST_ENABLED": "1"})  # noqa: S104
    assert env["BOT_REST_ENABLED"] == "1"
    assert "warning: the REST webhook is on WITHOUT a token on 0.0.0.0" in printed
    env, printed, _ = _run(tmp_path / "token", {"BOT_HOST": "0.0.0.0", "BOT_REST_TOKEN": "t" * 40})  # noqa: S104
    assert "BOT_REST_ENABLED" not in env and "warning" not in printed


def test_a_set_public_url_is_kept(tmp_path):
    env, printed, _ = _run(tmp_path, {"BOT_PUBLIC_URL": "https://bot.example.nl"})
    assert env["BOT_PUBLIC_URL"] == "https://bot.example.nl"
    assert "https://bot.example.nl/webhooks/webchat/" in printed


@pytest.mark.parametrize("umask", [0o022, 0o002])
def test_data_and_logs_are_for_this_user_only(tmp_path, umask):
    old = os.umask(umask)
    try:
        _, _, root = _run(tmp_path, {})
    finally:
        os.umask(old)
    assert _mode(root / "var") == 0o700 and _mode(root / "var" / "log") == 0o700
    for log in (root / "var" / "log").iterdir():
        assert _mode(log) & 0o077 == 0, log  # the old rasa.log and the new logs
    assert (root / "var" / "log" / "actions.log").exists()
