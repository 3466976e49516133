"""A question about a counsellor is no choice of that counsellor (tenth stranger test c06: "hoe
weet ik of Marieke niet ook degene helpt die over mij geklaagd heeft?" was taken as choosing
Marieke). Answered truthfully (the bot cannot know; ask at the start; the counsellor keeps it
confidential and says when they cannot help; another can be chosen), and the step is kept."""

from __future__ import annotations

import pytest

from actions import afspraak as a
from bot.dialogue import booking as said_by_booking
from tests.actions.test_afspraak_actions import _offered, run, tracker


@pytest.mark.parametrize("text", [
    "hoe weet ik of Marieke niet ook degene helpt die over mij geklaagd heeft?",
    "helpt Marieke misschien ook de klager?",
    "is Marieke wel neutraal?",
    "kent Marieke mijn manager?",
    "weet je of de vertrouwenspersoon ook de andere partij helpt?",
])
def test_a_question_about_a_counsellor_is_answered_and_no_choice(db, text):
    offered = _offered(db)
    trk = tracker({"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": offered}, text=text, intent="faq",
                  requested="gekozen_tijd")
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    said = " ".join(m.get("text") or "" for m in messages)
    assert "utter_vp_wens_gehoord" not in [m.get("response") for m in messages]
    assert "Dat weet ik niet" in said and "vertrouwelijk" in said and "begin van het gesprek" in said
    assert "Ruud de Boer" in said  # another one who can be chosen
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("vp_gekozen") is None and slots.get("gekozen_tijd") is None
    assert said_by_booking.counsellor_wish(text, a._by_name()).key is None


def test_choosing_by_name_still_chooses(db):
    offered = _offered(db)
    trk = tracker({"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": offered},
                  text="doe dan maar liever de externe, Ruud de Boer", intent="afspraak_maken",
                  requested="gekozen_tijd")
    messages, events = run(a.ValidateAfspraakForm(), trk)
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("vp_gekozen") == "ruud-de-boer" or "utter_vp_wens_gehoord" in [m.get("response") for m in messages]
