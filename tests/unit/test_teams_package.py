"""deploy/teams/build_package.py: the Teams app package from the manifest template."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "deploy" / "teams" / "build_package.py"
APP_ID = "6f1c3b2a-8d4e-4f5a-9b6c-1d2e3f4a5b6c"
ENV = {"BOT_TEAMS_APP_ID": APP_ID, "TEAMS_MANIFEST_ORG_NAME": 'Gemeente "Voorbeeld"',
       "TEAMS_MANIFEST_WEBSITE_URL": "https://www.voorbeeld.nl",
       "TEAMS_MANIFEST_PRIVACY_URL": "https://www.voorbeeld.nl/privacy",
       "TEAMS_MANIFEST_TERMS_URL": "https://www.voorbeeld.nl/voorwaarden"}


def run(tmp_path, env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("BOT_TEAMS_", "TEAMS_MANIFEST_"))}
    out = tmp_path / "app.zip"
    result = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], env={**clean, **env},
                            capture_output=True, text=True, timeout=60)
    return result, out


def test_package_holds_a_filled_manifest_and_both_icons(tmp_path):
    result, out = run(tmp_path, ENV)
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as package:
        assert sorted(package.namelist()) == ["color.png", "manifest.json", "outline.png"]
        manifest = json.loads(package.read("manifest.json"))
        color, outline = package.read("color.png"), package.read("outline.png")
    assert manifest["id"] == APP_ID and manifest["bots"][0]["botId"] == APP_ID
    assert manifest["bots"][0]["scopes"] == ["personal"]
    assert manifest["developer"]["name"] == 'Gemeente "Voorbeeld"'  # quotes survive as JSON
    assert manifest["version"] == "1.0.0" and "${" not in json.dumps(manifest)
    assert "beheerders" in manifest["description"]["full"]  # the admin notice is in the store text too
    assert color[:8] == b"\x89PNG\r\n\x1a\n" and int.from_bytes(color[16:20], "big") == 192
    assert int.from_bytes(outline[16:20], "big") == 32 and int.from_bytes(outline[20:24], "big") == 32


def test_missing_values_are_named(tmp_path):
    env = {k: v for k, v in ENV.items() if k != "TEAMS_MANIFEST_PRIVACY_URL"}
    result, out = run(tmp_path, env)
    assert result.returncode == 2 and "TEAMS_MANIFEST_PRIVACY_URL" in result.stderr and not out.exists()


@pytest.mark.parametrize("override, named", [
    ({"BOT_TEAMS_APP_ID": "mijn-bot"}, "BOT_TEAMS_APP_ID"),
    ({"TEAMS_MANIFEST_WEBSITE_URL": "http://www.voorbeeld.nl"}, "websiteUrl"),
    ({"TEAMS_MANIFEST_VERSION": "1"}, "TEAMS_MANIFEST_VERSION"),
])
def test_wrong_values_are_refused(tmp_path, override, named):
    result, out = run(tmp_path, {**ENV, **override})
    assert result.returncode == 2 and named in result.stderr and not out.exists()
