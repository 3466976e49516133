"""Issue 10: fixes from the recheck of the thirty-third stranger test and round 34 (2026-12-07, night). Real rasa_sdk
Tracker and CollectingDispatcher, the real domain, the example counsellors in SQLite.

- recheck c02: "politie is er, ze hebben hem meegenomen. ik tril nog helemaal. kan ik nu verder met die afspraak?" went
  straight back to the times.
"""

from __future__ import annotations

from actions import afspraak as a
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import run, tracker


def test_the_shock_after_the_danger_is_heard_before_the_times(db):
    text = "politie is er, ze hebben hem meegenomen. ik tril nog helemaal. kan ik nu verder met die afspraak?"
    trk = tracker({"crisis_soort": "geweld", "crisis_actief": True}, loop=None, intent="afspraak_maken", text=text)
    messages, _ = run(a.ActionResetAfspraak(), trk)
    assert [m.get("response") for m in messages][:1] == ["utter_faq/trillen"]
    assert "{slachtofferhulp_nummer}" in DOMAIN["responses"]["utter_faq/trillen"][0]["text"]


def test_no_shock_answer_without_it_being_said(db):
    trk = tracker({"crisis_soort": "geweld", "crisis_actief": True}, loop=None, intent="afspraak_maken",
                  text="politie is er, ze hebben hem meegenomen. kan ik nu verder met die afspraak?")
    messages, _ = run(a.ActionResetAfspraak(), trk)
    assert "utter_faq/trillen" not in [m.get("response") for m in messages]


def test_refusing_113_while_asking_for_the_counsellor_books(db):
    # round 33 recheck c03: "Dat is goed, bellen hoeft niet. Je kunt ook chatten via 113.nl", then a booking only when
    # asked again more sharply
    text = ("nee ik ga echt niet 113 bellen, ik ben niet gek ofzo. ik wil gewoon met de vertrouwenspersoon praten over "
            "mijn baas")
    trk = tracker({"crisis_soort": "zelfmoord", "crisis_actief": True}, loop=None, intent="afspraak_maken", text=text)
    assert a.crisis_follow_up(trk, text) is None
    assert a._help_lines_refused(text)


def test_laat_maar_maak_de_afspraak_maar_at_the_summary_books(db):
    # round 34 B c06: read as cancelling ("Wil je stoppen met deze nieuwe afspraak, of ... afzeggen?")
    from rasa_sdk.executor import CollectingDispatcher

    text = "laat maar. maak de afspraak maar"
    trk = tracker({}, text=text, intent="afspraak_annuleren", requested="bevestiging")
    result = a.ValidateAfspraakForm()._manage_in_booking("bevestiging", text, CollectingDispatcher(), trk, DOMAIN)
    assert result == {"bevestiging": True}


def test_after_the_safety_check_afraid_to_go_to_the_bike_gets_the_waiting_answer(db):
    # round 34 recheck R2 c01: "weet niet of het gevaar is ... maar ik durf niet naar mijn fiets" got no answer at all
    from rasa_sdk import Tracker
    from rasa_sdk.events import FollowupAction

    from actions import actions as general

    text = "weet niet of het gevaar is. hij doet niks, hij staat er alleen. maar ik durf niet naar mijn fiets"
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.37}, "entities": []}
    trk = Tracker("x", {"crisis_soort": "veiligheid"}, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionCrisisVervolg(), trk)
    assert FollowupAction("utter_crisis_geweld") in events
    assert {"event": "slot", "timestamp": None, "name": "crisis_detail", "value": "opgewacht"} in events
    # anything else not understood gets the fallback, never nothing ("utter_faq/crisis" does not exist)
    latest = {"text": "ok", "intent": {"name": "crisis", "confidence": 0.37}, "entities": []}
    trk = Tracker("x", {"crisis_soort": "veiligheid"}, latest, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_default"]
