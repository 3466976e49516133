"""Issue 10: fixes from the recheck of the thirty-second stranger test (2026-12-07 evening). Real rasa_sdk Tracker
and CollectingDispatcher, the real domain, the example counsellors in SQLite.

- A c13 (round 33): "oh shit nee morgen heb ik toch dienst tot 17u. liever donderdag, kan dat nog?" right after the
  confirmation made a second appointment and left the first standing.
- B c02: "nee ik ga niet bellen naar 113", "ook niet chatten. ik wil een afspraak": 113 named again with the
  hours, and "Een gesprek ... kan helaas niet via de chat" to a question nobody asked.
"""

from __future__ import annotations

import datetime as dt

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import FollowupAction

from actions import afspraak as a
from bot.booking import offer, reference
from bot.booking.repository import book
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import NIGHT, run, slots_of, tracker
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY


def _variant(response: str, value: str) -> list[dict]:
    return [v for v in DOMAIN["responses"][response]
            if {"type": "slot", "name": "lijn_nu", "value": value} in (v.get("condition") or [])]


def test_after_hours_no_help_line_once_the_lines_were_refused(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", NIGHT)
    trk = tracker({"crisis_soort": "zelfmoord", "crisis_actief": True, "hulplijn_geweigerd": True},
                  text="ik wil een afspraak met de vertrouwenspersoon")
    _, events = run(a.ActionCheckBereikbaarheid(), trk)
    assert slots_of(events)["lijn_nu"] == "geen"
    for response in ("utter_niemand_bereikbaar", "utter_afspraak_nu_iemand"):
        [variant] = _variant(response, "geen")
        assert "113" not in variant["text"] and "zelfmoordpreventie" not in variant["text"]
        assert "luisterlijn" not in variant["text"]


def test_the_refusal_in_the_request_itself_counts(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", NIGHT)
    trk = tracker({"crisis_soort": "zelfmoord", "crisis_actief": True, "hulplijn_geweigerd": False},
                  text="ook niet chatten. ik wil een afspraak met de vertrouwenspersoon. kan dat?")
    _, events = run(a.ActionCheckBereikbaarheid(), trk)
    assert slots_of(events)["lijn_nu"] == "geen" and slots_of(events)["hulplijn_geweigerd"] is True


def test_without_a_refusal_113_stays_offered_after_suicidal_thoughts(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", NIGHT)
    trk = tracker({"crisis_soort": "zelfmoord", "crisis_actief": True, "hulplijn_geweigerd": False},
                  text="ik wil een afspraak met de vertrouwenspersoon")
    _, events = run(a.ActionCheckBereikbaarheid(), trk)
    assert slots_of(events)["lijn_nu"] == "zelfmoordpreventie"


def test_refusing_the_chat_is_no_question_about_chatting_with_the_counsellor(db):
    trk = tracker({"crisis_soort": "zelfmoord", "crisis_actief": True}, loop=None, intent="afspraak_maken",
                  text="ook niet chatten. ik wil een afspraak met de vertrouwenspersoon. kan dat?")
    messages, _ = run(a.ActionResetAfspraak(), trk)
    assert "utter_afspraak_geen_chat" not in [m.get("response") for m in messages]


def test_refusing_the_lines_while_asking_to_book_books(db):
    # the refusal is heard in the hours' text (lijn_nu "geen"), and the booking goes on
    trk = tracker({"crisis_soort": "zelfmoord", "crisis_actief": True}, loop=None, intent="afspraak_maken",
                  text="ook niet chatten. ik wil een afspraak met de vertrouwenspersoon. kan dat?")
    assert a.crisis_follow_up(trk, trk.latest_message["text"]) is None


def test_refusing_the_lines_alone_is_answered_as_such(db):
    trk = tracker({"crisis_soort": "zelfmoord", "crisis_actief": True}, loop=None, intent="afspraak_maken",
                  text="nee ik ga niet bellen naar 113. ik ben niet gek ofzo")
    assert a.crisis_follow_up(trk, trk.latest_message["text"]) == "utter_crisis_geen_hulplijn"


def _question_in_booking(text, requested, slots):
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.8}, "entities": [],
              "response_selector": {"faq": {"response": {"utter_action": "utter_faq/dader_hoort_niets"}}}}
    events = [{"event": "user", "text": text, "parse_data": latest}]
    return Tracker("gesprek-1", dict(slots) | {"requested_slot": requested}, latest, events, False, None,
                   {"name": "afspraak_form"}, "action_listen")


def test_the_way_of_meeting_before_a_question_is_kept(db):
    # A c03: "bellen. en kees krijgt dit niet te horen he": the question answered, the way of meeting lost
    trk = _question_in_booking("telefonisch. en kees krijgt dit niet te horen he", "ontmoetingsvorm",
                               {"gekozen_tijd": MARIEKE_TUESDAY[0]})
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert "utter_faq/dader_hoort_niets" in [m.get("response") for m in messages]
    assert slots_of(events)["ontmoetingsvorm"] == "telefoon"


def test_anonymous_before_a_question_is_kept(db):
    trk = _question_in_booking("anoniem. maar je gaf geen antwoord, hoort kees hiervan?", "bereikbaar",
                               {"gekozen_tijd": MARIEKE_TUESDAY[0], "ontmoetingsvorm": "telefoon"})
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert "utter_faq/dader_hoort_niets" in [m.get("response") for m in messages]
    assert slots_of(events)["bereikbaar"] == "anoniem"


def test_a_question_about_the_way_chooses_nothing(db):
    trk = _question_in_booking("is telefonisch ook anoniem? en hoort kees hiervan?", "ontmoetingsvorm",
                               {"gekozen_tijd": MARIEKE_TUESDAY[0]})
    _, events = run(a.ActionVraagInAfspraak(), trk)
    assert "ontmoetingsvorm" not in slots_of(events)


MOVE = "oh shit nee morgen heb ik toch dienst tot 17u. liever donderdag, kan dat nog?"


def _just_booked(db) -> str:
    start = dt.datetime(2027, 3, 10, 12, 45, tzinfo=dt.timezone.utc)  # Wednesday 13:45
    return book(db, "ruud-de-boer", start, offer.end_of(start), "video", now=a.clock.now()).code


def test_a_correction_right_after_the_booking_moves_that_appointment(db):
    code = _just_booked(db)
    slots = {"afspraak_uitkomst": "geboekt", "referentiecode": code}
    messages, events = run(a.ActionResetAfspraak(), tracker(slots, text=MOVE, intent="afspraak_maken", loop=None))
    assert events == [FollowupAction("action_start_beheer")] and messages == []
    _, events = run(a.ActionStartBeheer(), tracker(slots, text=MOVE, intent="afspraak_maken", loop=None))
    found = slots_of(events)
    assert found["beheer_actie"] == "wijzigen" and found["code_invoer"] == reference.normalise(code)
    assert found["tijd_wens"] == MOVE and events[-1] == FollowupAction("afspraak_code_form")


@pytest.mark.parametrize("text", [
    "ik wil nog een afspraak, donderdag, over iets anders",
    "kan ik donderdag ook een afspraak maken voor mijn collega",
    "donderdag",
])
def test_another_appointment_asked_for_is_a_new_booking(db, text):
    code = _just_booked(db)
    slots = {"afspraak_uitkomst": "geboekt", "referentiecode": code}
    _, events = run(a.ActionResetAfspraak(), tracker(slots, text=text, intent="afspraak_maken", loop=None))
    assert FollowupAction("action_start_beheer") not in events


def test_without_a_booking_in_this_conversation_it_is_a_booking(db):
    _, events = run(a.ActionResetAfspraak(), tracker({}, text=MOVE, intent="afspraak_maken", loop=None))
    assert FollowupAction("action_start_beheer") not in events


def test_a_colleague_in_danger_now_gets_112_for_her_not_the_writers_safety():
    # round 33 A c07: "Ben je nu in gevaar?" to a witness whose colleague hid from a man with a Stanley knife
    from actions import actions as general
    from bot.dialogue import crisis

    text = ("o god hij is nu hier op de afdeling aan het schreeuwen, hij heeft een stanleymes in zijn hand en zij "
            "heeft zich opgesloten in de kantine. wat moet ik doen")
    assert general._crisis_detail(crisis.GEWELD, text) == general.ANDER_OVERKOMEN
    assert general._crisis_detail(crisis.GEWELD, "hij staat met een mes voor me") != general.ANDER_OVERKOMEN
    for response in ("utter_crisis_geweld", "utter_crisis_wie_bellen_gevaar"):
        [variant] = [v for v in DOMAIN["responses"][response]
                     if {"type": "slot", "name": "crisis_detail", "value": "ander"} in (v.get("condition") or [])]
        assert "{spoed_nummer}" in variant["text"] and "BHV" in variant["text"] and "Ben je" not in variant["text"]


def test_a_new_day_with_a_question_about_the_counsellor_is_looked_up(db):
    # round 33 A c11: "nee dan liever donderdag vroeg, bij een vrouw als dat kan" got the gender answer and the same
    # Wednesday times
    text = "nee dan liever donderdag vroeg, bij een vrouw als dat kan"
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", {"requested_slot": "gekozen_tijd", "tijd_wens": "morgen",
                                "aangeboden_tijden": MARIEKE_TUESDAY},
                  latest, [{"event": "user", "text": text, "parse_data": latest}], False, None,
                  {"name": "afspraak_form"}, "action_listen")
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert [m.get("response") for m in messages][:1] == ["utter_vp_geslacht_namen"]
    found = slots_of(events)
    assert "donderdag" in (found.get("tijd_wens") or "") and found.get("gekozen_tijd") is None
    assert all("2027-03-11" in t for t in found.get("aangeboden_tijden") or ["2027-03-11"])


def test_the_day_said_again_with_a_wish_for_a_woman_is_looked_up(db):
    # round 33 A c08: "donderdag zei ik. kan dat niet? met een vrouw liefst" got the answer on gender, then "Wanneer
    # komt het je uit?": Thursday lost
    from tests.actions.test_afspraak_off_script import form_run

    responses, slots, _ = form_run(a.ValidateAfspraakForm(), "donderdag zei ik. kan dat niet? met een vrouw liefst",
                                   "gekozen_tijd", {"tijd_wens": "morgen", "aangeboden_tijden": MARIEKE_TUESDAY},
                                   intent="faq")
    assert "utter_vp_geslacht_namen" in responses
    assert slots.get("tijd_wens") and "donderdag" in slots["tijd_wens"]
    assert slots.get("aangeboden_tijden") and all(not t.endswith("2027-03-09T12:00:00+00:00")
                                                  for t in slots["aangeboden_tijden"])
