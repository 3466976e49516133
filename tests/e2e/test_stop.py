"""The bot stops cleanly on SIGTERM within 10 s (issue 9), also when a server is stuck.

SIGTERM goes to scripts/run.sh alone, as a service manager sends it; run.sh must stop every
process it started. "Stuck" is a Rasa server that cannot handle the signal (SIGSTOP: as when a
message holds its event loop), so run.sh has to kill it after a grace period.
"""

from __future__ import annotations

import contextlib
import os
import signal
import time
from pathlib import Path

import pytest

from tests.e2e.conftest import rest_post, start_bot
from tests.waiting import WaitTimeout, wait_until

pytestmark = pytest.mark.e2e
LIMIT_S = 10.0


def _stat(pid: int) -> tuple[str, int] | None:
    """(state, parent pid) of a process, or None when it no longer exists."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    fields = text.rsplit(")", 1)[1].split()  # the name in (...) may hold spaces
    return fields[0], int(fields[1])


def _descendants(root: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (stat := _stat(int(entry.name))) is not None:
            children.setdefault(stat[1], []).append(int(entry.name))
    found, todo = set(), [root]
    while todo:
        for child in children.get(todo.pop(), []):
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _running(pid: int) -> bool:
    stat = _stat(pid)
    return stat is not None and stat[0] != "Z"  # a zombie has stopped; only its exit status is left


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


@pytest.mark.parametrize("stuck", [False, True], ids=["responsive", "rasa-server-stuck"])
def test_sigterm_to_run_sh_stops_every_process_within_10_s(tmp_path, stuck):
    with start_bot(tmp_path, env={"BOT_REST_ENABLED": "1"}) as bot:
        assert rest_post(bot["port"], "stop-test", "hallo"), "the bot did not answer before the stop"
        run_sh = bot["pid"]
        started = {run_sh} | _descendants(run_sh)
        servers = [pid for pid in started if "--model" in _cmdline(pid) or "actions.server" in _cmdline(pid)]
        rasa = [pid for pid in started if "--model" in _cmdline(pid)]
        assert len(rasa) == 1 and len(servers) >= 2, {pid: _cmdline(pid) for pid in started}
        if stuck:
            os.kill(rasa[0], signal.SIGSTOP)
        os.kill(run_sh, signal.SIGTERM)
        sent = time.monotonic()
        with contextlib.suppress(WaitTimeout):  # the assertion below says what was left
            wait_until(lambda: not any(_running(pid) for pid in started), timeout=LIMIT_S, interval=0.1)
        left = {pid: _cmdline(pid) for pid in started if _running(pid)}
        took = time.monotonic() - sent
        if left and stuck:
            os.kill(rasa[0], signal.SIGCONT)  # let the fixture's clean-up reach it
        assert left == {}, f"still running {LIMIT_S:.0f} s after SIGTERM: {left}"
        print(f"all {len(started)} processes gone {took:.1f} s after SIGTERM")
