"""Not wanting to run into the person at the place of the talk (tenth stranger test c17: "hij
werkt ook in gebouw A, ik wil hem niet tegenkomen" got "wil je daar eerst over praten?"): phone or
video is offered, in person is not offered any more, and it is asked again when it was chosen."""

from __future__ import annotations

import pytest

from actions import afspraak as a
from bot.dialogue import booking as said
from tests.actions.test_afspraak_actions import _offered, run, slots_of, tracker

TEXT = "hij werkt ook in gebouw A. ik wil hem niet tegenkomen"


@pytest.mark.parametrize("text", [TEXT, "ik wil hem echt niet tegen het lijf lopen",
                                  "ik ben bang dat ik haar daar tegenkom", "die collega zit ook in dat gebouw"])
def test_not_wanting_to_meet_someone_is_heard(text):
    assert said.avoids_meeting_someone(text)


@pytest.mark.parametrize("text", ["liever telefonisch", "ik wil niet dat hij het weet",
                                  "ik zie hem elke dag op mijn werk", "ik wil de vertrouwenspersoon niet zien"])
def test_other_messages_are_not(text):
    assert not said.avoids_meeting_someone(text)


def _at(db, requested, **slots):
    offered = _offered(db)
    base = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": offered, "gekozen_tijd": offered[0]} | slots
    # a sexual-harassment intent, as the classifier may give it: still no new matter to talk about first
    return tracker(base, text=TEXT, intent="seksuele_intimidatie", requested=requested)


def test_after_choosing_in_person_phone_is_offered_and_the_way_asked_again(db):
    messages, events = run(a.ValidateAfspraakForm(), _at(db, "bereikbaar", ontmoetingsvorm="op_locatie",
                                                         ontmoetingsvorm_titel="op locatie", locatie="Gebouw A"))
    said_text = " ".join(m.get("text") or "" for m in messages)
    assert "utter_afspraak_iets_nieuws" not in [m.get("response") for m in messages]
    assert "telefonisch" in said_text and "niemand tegen" in said_text
    slots = slots_of(events)
    assert slots["vorm_niet"] == ["op_locatie"] and slots["ontmoetingsvorm"] is None and slots["locatie"] is None


def test_at_the_way_step_in_person_is_no_longer_a_button(db):
    _, events = run(a.ValidateAfspraakForm(), _at(db, "ontmoetingsvorm"))
    slots = slots_of(events)
    assert slots["vorm_niet"] == ["op_locatie"] and slots["ontmoetingsvorm"] is None
    messages, _ = run(a.ActionAskOntmoetingsvorm(), _at(db, "ontmoetingsvorm", vorm_niet=["op_locatie"]))
    payloads = [b["payload"] for m in messages for b in m.get("buttons") or []]
    assert payloads and not any("op_locatie" in p for p in payloads)


def test_said_before_the_way_is_asked_it_is_kept(db):
    messages, events = run(a.ValidateAfspraakForm(), _at(db, "tijd_wens", gekozen_tijd=None))
    assert "telefonisch" in " ".join(m.get("text") or "" for m in messages)
    assert slots_of(events)["vorm_niet"] == ["op_locatie"]


def test_a_phone_talk_already_chosen_is_said_to_be_safe(db):
    messages, events = run(a.ValidateAfspraakForm(), _at(db, "bereikbaar", ontmoetingsvorm="telefoon"))
    assert "niemand tegen" in " ".join(m.get("text") or "" for m in messages)
    assert "ontmoetingsvorm" not in slots_of(events)
