"""Issue 10, done-when: over the REST webhook of the running bot (real model, real action server,
SQLite with counsellors.example.yml), an integrity matter is booked with a counsellor who takes
integrity matters, every offer, the summary and the confirmation say with whom, and
`python -m bot appointments list` shows the appointment with that counsellor.

The example counsellors: Marieke Jansen (VPOO, internal; free on Tuesday afternoon too) and Ruud
de Boer (BEIDE, external). BOT_NOW is Monday 8 March 2027, 10:00, when Marieke is at work.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from bot import content
from bot.content import fill
from tests import texts as bot_texts
from tests.e2e.conftest import rest_post as _post
from tests.e2e.conftest import start_bot

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.e2e
NOW = "2027-03-08T10:00:00+01:00"
# The counsellor of counsellors.example.yml who takes integrity matters, as the bot names him.
RUUD = fill(content.afspraak_knoppen()["met_wie"],
            {"naam": "Ruud de Boer", "rol": content.afspraak_rollen()["BEIDE"]["extern"]})


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with start_bot(tmp_path_factory.mktemp("var"), env={"BOT_NOW": NOW, "BOT_REST_ENABLED": "1"},
                   database=True) as running:
        yield running


def _texts(replies):
    return " ".join(r.get("text") or "" for r in replies)


def test_an_integrity_matter_is_booked_with_an_integrity_counsellor_who_is_named(bot):
    port, who = bot["port"], "integriteit-1"
    checked = _post(port, who, "mijn leidinggevende laat ons uren schrijven op projecten waar we niet aan werken")
    assert content.situaties()["fraude"].label in _texts(checked)
    _post(port, who, "/bevestigen")
    asked = _post(port, who, "/afspraak_maken")
    assert bot_texts.text("utter_ask_tijd_wens") in _texts(asked)
    offered = _post(port, who, "dinsdagmiddag")
    assert f"{bot_texts.fixed_start('utter_ask_gekozen_tijd')} {RUUD}" in _texts(offered)
    assert "Marieke" not in _texts(offered)  # free on Tuesday afternoon too, but not for integrity
    _post(port, who, "de eerste")
    _post(port, who, '/kies_optie{"ontmoetingsvorm":"video"}')
    summary = _post(port, who, '/kies_optie{"bereikbaar":"anoniem"}')
    assert RUUD in _texts(summary)
    confirmed = _post(port, who, "/bevestigen")
    assert f"{bot_texts.fixed_start('utter_afspraak_geboekt', bereikbaar='anoniem', ontmoetingsvorm='video')} {RUUD}" \
        in _texts(confirmed)
    listed = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), "-m", "bot", "appointments", "list"],
                            cwd=ROOT, capture_output=True, text=True, timeout=120, check=True,
                            env={**os.environ, "DATABASE_URL": f"sqlite:///{bot['data_dir'] / 'bot.db'}"})
    rows = [line for line in listed.stdout.splitlines() if "Ruud de Boer" in line]
    assert len(rows) == 1 and "BEIDE, external" in rows[0] and "video" in rows[0]
