"""Calling in without the intranet (tenth stranger test c17, c20): ex-employees and people who
work here through another firm cannot look the number up there. The counsellor's own number from
the counsellors file is shown; without one, a way that needs no intranet is said."""

from __future__ import annotations

from actions import afspraak as a
from tests.actions.test_afspraak_actions import _booking_slots, _offered, run, slots_of, tracker
from tests.actions.test_afspraak_off_script import DOMAIN


def _variant(response: str, bereikbaar: str, vorm: str) -> str:
    for v in DOMAIN["responses"][response]:
        condition = {(c["name"], c["value"]) for c in v.get("condition") or []}
        if condition == {("bereikbaar", bereikbaar), ("ontmoetingsvorm", vorm)}:
            return v["text"]
    raise AssertionError(f"no variant {bereikbaar}/{vorm} of {response}")


def test_calling_in_is_not_sent_to_the_intranet_only():
    for response, reach in (("utter_afspraak_geboekt", "anoniem"), ("utter_afspraak_geboekt", "email"),
                            ("utter_ask_bevestiging", "email")):
        text = _variant(response, reach, "telefoon")
        assert "{vp_nummer}" in text and "intranet" not in text, (response, reach)


def test_the_booking_gives_the_counsellors_own_number(db, monkeypatch):
    monkeypatch.setattr(a, "phone_numbers", lambda: {"marieke-jansen": "020-123 45 67"})
    slots = slots_of(run(a.ActionBoekAfspraak(), tracker(_booking_slots(_offered(db), bereikbaar="anoniem",
                                                                         contactgegeven=None), loop=None))[1])
    assert slots["afspraak_uitkomst"] == "geboekt"
    assert slots["vp_nummer"] == "Het nummer van Marieke Jansen is 020-123 45 67."


def test_without_a_number_a_way_without_the_intranet_is_said(db, monkeypatch):
    monkeypatch.setattr(a, "phone_numbers", dict)
    slots = slots_of(run(a.ActionBoekAfspraak(), tracker(_booking_slots(_offered(db), bereikbaar="anoniem",
                                                                         contactgegeven=None), loop=None))[1])
    said = slots["vp_nummer"].lower()
    assert "intranet" in said and "niet meer werkt" in said and "ander bedrijf" in said
    assert "algemene nummer" in said


def test_the_summary_gives_the_number_too(db, monkeypatch):
    monkeypatch.setattr(a, "phone_numbers", lambda: {"marieke-jansen": "020-123 45 67"})
    offered = _offered(db)
    slots = _booking_slots(offered, bereikbaar="email", contactgegeven="r.smit@example.nl") | {"bevestiging": None}
    messages, _ = run(a.ActionAskBevestiging(), tracker(slots, requested="bevestiging"))
    assert [m.get("response") for m in messages] == ["utter_ask_bevestiging"]
    assert messages[0]["vp_nummer"] == "Het nummer van Marieke Jansen is 020-123 45 67."
