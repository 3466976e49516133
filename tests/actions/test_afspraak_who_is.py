"""Sixth stranger test c18: "is de vertrouwenspersoon eigenlijk een collega of iemand van buiten?"
with the request to book, and again in the time step, was not answered; the second time it was
taken for a wish for the external counsellor. Real Tracker and CollectingDispatcher, a real
SQLite database with counsellors.example.yml."""

from __future__ import annotations

from actions import afspraak as a
from tests.actions.test_afspraak_actions import run, tracker

ASKED = ("ik wil een afspraak maken. o wacht, eerst: is de vertrouwenspersoon eigenlijk een collega of iemand "
         "van buiten?")


def _overview(messages) -> str:
    (who,) = [m for m in messages if m.get("response") == "utter_vp_wie_is"]
    return who["vp_overzicht"]


def test_asked_with_the_request_to_book_it_is_answered_with_both(db):
    messages, events = run(a.ActionResetAfspraak(), tracker(text=ASKED, intent="afspraak_maken", loop=None))
    overview = _overview(messages)
    assert "Marieke Jansen" in overview and "Ruud de Boer" in overview  # an internal and an external one
    assert ("vp_extern", "extern") not in [(e.get("name"), e.get("value")) for e in events]  # no wish


def test_asked_again_in_the_time_step_it_is_answered_not_taken_for_a_wish(db):
    text = "ja maar je beantwoordt mijn vraag niet. is het een collega of iemand van buiten?"
    trk = tracker(text=text, intent="nlu_fallback", requested="tijd_wens")
    trk.slots["tijd_wens"] = text
    messages, events = run(a.ValidateAfspraakForm(), trk)
    overview = _overview(messages)
    assert "Marieke Jansen" in overview and "Ruud de Boer" in overview
    assert ("tijd_wens", None) in [(e.get("name"), e.get("value")) for e in events]
