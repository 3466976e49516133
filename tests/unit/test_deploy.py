"""deploy/: what an organisation installs is consistent with the bot (scripts/cluster.sh runs
these files in tests/e2e/test_cluster.py; here their settings are checked one by one)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from bot.channels import rest, server_limits
from bot.channels.slack import channel as slack
from bot.channels.teams import channel as teams
from bot.channels.webchat import messages as webchat_core

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"
UNITS = ["vp-wegwijzer-actions.service", "vp-wegwijzer-rasa@.service", "vp-wegwijzer-mail.service",
         "vp-wegwijzer-mail.timer", "vp-wegwijzer-purge.service", "vp-wegwijzer-purge.timer", "vp-wegwijzer.target"]


def _size(value: str) -> int:
    units = {"k": 1024, "m": 1024 * 1024}
    value = value.strip().rstrip(";").lower()
    return int(value[:-1]) * units[value[-1]] if value[-1] in units else int(value)


def _body_limits() -> dict[str, int]:
    """client_max_body_size per location of the nginx site ('' for the server level)."""
    limits, where = {}, ""
    for raw in (DEPLOY / "nginx" / "vp-wegwijzer.conf").read_text().splitlines():
        line = raw.split("#", 1)[0].strip()
        if line.startswith("location "):
            where = line.removeprefix("location ").removesuffix("{").strip().removeprefix("= ")
        elif line == "}":
            where = ""
        elif line.startswith("client_max_body_size "):
            limits[where] = _size(line.split()[1])
    return limits


def test_nginx_passes_each_channels_largest_request_and_nothing_larger_than_the_server_reads():
    limits = _body_limits()
    assert limits["/webhooks/webchat/"] >= webchat_core.MAX_BODY_BYTES
    assert limits["/webhooks/rest/webhook"] >= rest.max_body_bytes()
    assert limits["/webhooks/teams/api/messages"] >= teams.MAX_ACTIVITY_BYTES
    assert limits["/webhooks/slack/webhook"] >= slack.MAX_BODY_BYTES
    assert max(limits.values()) <= server_limits.MAX_REQUEST_BYTES


def test_nginx_listens_on_loopback_only_and_logs_no_address_or_path():
    site = (DEPLOY / "nginx" / "vp-wegwijzer.conf").read_text()
    listens = [line.split()[1] for line in site.splitlines() if line.strip().startswith("listen ")]
    assert listens and all(address.startswith("127.0.0.1:") for address in listens)
    log_format = site.split("log_format", 1)[1].split(";", 1)[0]
    for variable in ("$remote_addr", "$request ", "$request_uri", "$uri", "$args", "$http_"):
        assert variable not in log_format


def test_the_redis_of_the_deploy_keeps_nothing_on_disk():
    lines = [line.strip() for line in (DEPLOY / "redis" / "vp-wegwijzer.conf").read_text().splitlines()]
    assert 'save ""' in lines and "appendonly no" in lines
    assert not any(line.startswith("save ") and line != 'save ""' for line in lines)


def test_the_units_are_valid_for_systemd(tmp_path):
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.fail("systemd-analyze is missing (Debian: apt-get install systemd): the units cannot be checked")
    env = tmp_path / "env"
    env.write_text((DEPLOY / "vp-wegwijzer.env.example").read_text())
    for name in UNITS:
        text = (DEPLOY / "systemd" / name).read_text()
        text = text.replace("/srv/vp-wegwijzer", str(ROOT)).replace("/etc/vp-wegwijzer/env", str(env))
        (tmp_path / name.replace("@.", "@5005.")).write_text(text)
    names = [f"./{name.replace('@.', '@5005.')}" for name in UNITS]
    result = subprocess.run([analyze, "verify", "--man=no", *names], cwd=tmp_path, capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr


def test_every_setting_of_the_environment_file_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text()
    for line in (DEPLOY / "vp-wegwijzer.env.example").read_text().splitlines():
        name = line.lstrip("# ").split("=", 1)[0]
        if "=" in line and name.isupper():
            assert f"`{name}`" in readme, name
