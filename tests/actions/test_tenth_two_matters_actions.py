"""The tenth stranger test (docs/stranger-tests/2026-12-02-tenth.md), c09: two matters in one
message (private chores and hours for a relative who never comes: integrity; remarks about her
headscarf: discrimination). Both are named and the person chooses which first, also when the second
comes with the "ja" to the check; the routes give the other matter's part too (the integrity
procedure with its warning, the Huis voor Klokkenluiders); the booking goes to a counsellor who
covers both, or else to the integrity counsellor with a word that the other can be discussed too."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import actions as a
from actions import afspraak as af
from bot import content
from bot.booking.counsellors import sync
from bot.settings import PROJECT_ROOT
from tests.actions.test_actions import run, slots_of, tracker
from tests.actions.test_afspraak_actions import tracker as booking_tracker

C09 = ("twee dingen eigenlijk. mijn manager laat me zijn verhuisdozen inpakken in werktijd en hij schrijft uren "
       "van zijn zwager die nooit komt. En daarnaast maakt hij steeds opmerkingen over mijn hoofddoek")


def test_c09_one_message_two_kinds_names_both_though_the_classifier_saw_one():
    trk = tracker("machtsmisbruik", C09, ranking=[{"name": "machtsmisbruik", "confidence": 0.62},
                                                  {"name": "seksuele_intimidatie", "confidence": 0.12}])
    slots = slots_of(run(a.ActionHerkenSituatie(), trk)[1])
    assert (slots["situatie"], slots["tweede_situatie"], slots["open_vraag"]) == (
        "machtsmisbruik", "discriminatie", "twee_situaties")


def test_the_same_in_other_words():
    trk = tracker("pesten", "ze sluiten me buiten op de afdeling en de chef declareert etentjes met zijn vrouw")
    slots = slots_of(run(a.ActionHerkenSituatie(), trk)[1])
    assert (slots["situatie"], slots["tweede_situatie"], slots["open_vraag"]) == ("pesten", "fraude",
                                                                                  "twee_situaties")


def test_one_matter_is_checked_as_before():
    trk = tracker("discriminatie", "hij maakt steeds opmerkingen over mijn hoofddoek")
    slots = slots_of(run(a.ActionHerkenSituatie(), trk)[1])
    assert slots["open_vraag"] == "check_situatie" and "tweede_situatie" not in slots


def test_c09_the_other_kind_told_with_the_yes_names_both_and_asks_which_first():
    trk = tracker("bevestigen", "ja maar ook dat van die hoofddoek, dat is toch discriminatie? en die uren van zijn "
                  "zwager is toch fraude", slots={"situatie": "machtsmisbruik", "open_vraag": "check_situatie"},
                  entities=[{"entity": "situatie", "value": "discriminatie"}])
    messages, events = run(a.ActionKiesSituatie(), trk)
    slots = slots_of(events)
    assert (slots["situatie"], slots["tweede_situatie"], slots["open_vraag"]) == (
        "machtsmisbruik", "discriminatie", "twee_situaties")
    assert [m["response"] for m in messages] == ["utter_twee_situaties"]
    assert messages[0]["tweede_situatie_label"] == content.situaties()["discriminatie"].label
    assert {"event": "followup", "timestamp": None, "name": "action_listen"} in events


def test_a_plain_yes_settles_the_matter_as_before():
    trk = tracker("bevestigen", "ja dat klopt", slots={"situatie": "machtsmisbruik", "open_vraag": "check_situatie"})
    messages, events = run(a.ActionKiesSituatie(), trk)
    assert messages == [] and slots_of(events)["open_vraag"] == "opties"


def _route_tracker(route, slots, events):
    latest = {"text": f'/kies_route{{"route":"{route}"}}', "intent": {"name": "kies_route", "confidence": 1.0},
              "entities": [{"entity": "route", "value": route}]}
    return Tracker("test", slots, latest, events, False, None, {}, "action_listen")


def _slot(name, value):
    return {"event": "slot", "timestamp": None, "name": name, "value": value}


TOLD = [_slot("situatie", "machtsmisbruik"), _slot("tweede_situatie", "discriminatie"),
        _slot("situatie", "discriminatie"), _slot("tweede_situatie", "machtsmisbruik")]


def test_c09_the_formal_route_also_gives_the_integrity_procedure():
    trk = _route_tracker("formeel", {"situatie": "discriminatie", "soort": "omgangsvormen",
                                     "tweede_situatie": "machtsmisbruik"}, TOLD)
    messages, events = run(a.ActionKiesRoute(), trk)
    assert len(messages) == 1 and "meldprocedure integriteit" in messages[0]["text"]
    assert content.uitleg()["melding_gevolgen"] in messages[0]["text"]
    assert slots_of(events)["route"] == "formeel"


def test_c09_the_external_route_also_gives_the_huis_voor_klokkenluiders_after_the_other_was_taken_up():
    told = TOLD + [_slot("tweede_situatie", None)]  # the waiting one taken up earlier: still told
    trk = _route_tracker("extern", {"situatie": "discriminatie", "soort": "omgangsvormen"}, told)
    messages, _ = run(a.ActionKiesRoute(), trk)
    assert len(messages) == 1 and "Huis voor Klokkenluiders" in messages[0]["text"]


def test_one_matter_gets_only_its_route():
    trk = _route_tracker("formeel", {"situatie": "discriminatie", "soort": "omgangsvormen"},
                         [_slot("situatie", "discriminatie")])
    messages, _ = run(a.ActionKiesRoute(), trk)
    assert messages == []


def _booking(slots, events):
    trk = booking_tracker(slots)
    trk.events = events
    return trk


def test_c09_the_booking_goes_to_the_counsellor_who_covers_both(db):
    trk = _booking({"situatie": "discriminatie", "soort": "omgangsvormen"}, TOLD)
    assert [c.key for c in af._route(trk).counsellors] == ["ruud-de-boer"]  # before: Marieke too (first free)


def test_one_matter_of_unwanted_behaviour_still_goes_to_both_kinds(db):
    trk = _booking({"situatie": "discriminatie", "soort": "omgangsvormen"}, [_slot("situatie", "discriminatie")])
    assert {c.key for c in af._route(trk).counsellors} == {"marieke-jansen", "ruud-de-boer"}


def test_without_one_for_both_the_integrity_counsellor_and_a_word_about_the_other(db, tmp_path):
    text = (PROJECT_ROOT / "counsellors.example.yml").read_text(encoding="utf-8").replace("kind: BEIDE", "kind: VPI")
    path = tmp_path / "counsellors.yml"
    path.write_text(text, encoding="utf-8")
    with db.begin() as session:
        sync(session, path)
    trk = _booking({"situatie": "discriminatie", "soort": "omgangsvormen",
                    "aangeboden_tijden": ["ruud-de-boer|2027-03-09T12:00:00+00:00"]}, TOLD)
    found = af._route(trk)
    assert [c.key for c in found.counsellors] == ["ruud-de-boer"] and found.only_integrity
    messages, _ = run(af.ActionAskGekozenTijd(), trk)
    assert "de discriminatie" in messages[0]["text"] and messages[1]["response"] == "utter_ask_gekozen_tijd"


def test_c09_the_second_matter_told_after_the_check_is_named_in_its_own_words():
    trk = tracker("seksuele_intimidatie", "ja dat klopt. maar hij maakt ook opmerkingen over mijn hoofddoek",
                  slots={"situatie": "machtsmisbruik", "open_vraag": "check_situatie"})
    slots = slots_of(run(a.ActionHerkenSituatie(), trk)[1])
    assert (slots["situatie"], slots["tweede_situatie"], slots["open_vraag"]) == (
        "machtsmisbruik", "discriminatie", "twee_situaties")
