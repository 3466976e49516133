"""Issue 15, done-when: scripted conversations through the running bot over REST (real model,
real action server, SQLite with counsellors.example.yml) add exactly the expected anonymous
counts: month, situation, channel, office hours, outcome, once per conversation; and the privacy
answer says that the bot counts. BOT_NOW is Monday 8 March 2027, 10:00, when Marieke is at work.
"""

from __future__ import annotations

import sqlite3

import pytest

from bot import content
from tests import texts as bot_texts
from tests.e2e.conftest import rest_post as _post
from tests.e2e.conftest import start_bot

pytestmark = pytest.mark.e2e
NOW = "2027-03-08T10:00:00+01:00"


@pytest.fixture(scope="module")
def bot(tmp_path_factory):
    with start_bot(tmp_path_factory.mktemp("var"), env={"BOT_NOW": NOW, "BOT_REST_ENABLED": "1",
                                                        "BOT_COUNT_STATISTICS": "1"}, database=True) as running:
        yield running


def _texts(replies):
    return " ".join(r.get("text") or "" for r in replies)


def _counts(bot) -> dict[tuple[str, str], int]:
    with sqlite3.connect(bot["data_dir"] / "bot.db") as db:
        rows = db.execute("SELECT year, month, situation, channel, office_hours, outcome, count "
                          "FROM anonymous_counts").fetchall()
    assert all(r[:2] == (2027, 3) and r[3] == "rest" and r[4] == 1 for r in rows), rows
    return {(r[2], r[5]): r[6] for r in rows}


def test_conversations_add_their_outcomes_once_each(bot):
    port = bot["port"]
    # 1. An integrity matter, confirmed, options shown, then an appointment booked.
    who = "telling-boeken"
    checked = _post(port, who, "mijn leidinggevende laat ons uren schrijven op projecten waar we niet aan werken")
    assert content.situaties()["fraude"].label in _texts(checked)
    assert _counts(bot) == {}  # recognised, not yet confirmed: nothing counted
    _post(port, who, "/bevestigen")
    assert _counts(bot) == {("fraude", "situatie_bevestigd"): 1, ("fraude", "informatie"): 1}
    _post(port, who, "/afspraak_maken")
    _post(port, who, "dinsdagmiddag")
    _post(port, who, "de eerste")
    _post(port, who, '/kies_optie{"ontmoetingsvorm":"video"}')
    _post(port, who, '/kies_optie{"bereikbaar":"anoniem"}')
    confirmed = _post(port, who, "/bevestigen")
    assert bot_texts.fixed_start("utter_afspraak_geboekt", bereikbaar="anoniem", ontmoetingsvorm="video") \
        in _texts(confirmed)
    after_booking = _counts(bot)
    assert after_booking[("fraude", "afspraak")] == 1

    # 2. Urgent help, twice in one conversation: counted once.
    who = "telling-crisis"
    first = _post(port, who, "ik wil er niet meer zijn")
    assert bot_texts.number("zelfmoordpreventie") in _texts(first)
    _post(port, who, "ik wil er niet meer zijn")
    # 3. A stop in another conversation.
    _post(port, "telling-stop", "hallo")
    _post(port, "telling-stop", "ik wil stoppen")
    counts = _counts(bot)
    assert counts == {**after_booking, ("onbekend", "crisishulp"): 1, ("onbekend", "gestopt"): 1}


def test_the_privacy_answer_says_that_the_bot_counts(bot):
    answer = _texts(_post(bot["port"], "telling-privacy", "wordt dit gesprek bewaard"))
    assert " ".join(content.privacy()["telling"]["aan"].split()) in answer
