"""Issue 10: fixes from the thirty-second stranger test (30 conversations by three new helpers). Real rasa_sdk
Tracker and CollectingDispatcher, the real domain, the example counsellors in SQLite (Monday 8 March 2027, 10:00).

- B c06: suicidal thoughts told again right after the suicide answer ("ik ga niet bellen ...") got the same block.
- A c02 (round 31): an HR adviser's account of sexual harassment read as a labour dispute; HR's meeting with the
  one it is about got the victim's "Ja, je mag vragen om niet samen met hem te werken ... Bel 112".
- B c01: "ja dat klopt denk ik. het is niet echt geweld ofzo hoor, hij is 84" made her a witness.
- C c02, c06: Monday asked for, Ruud's Tuesday offered, Marieke's free Monday never named.
- B c01, c02: "vrijdag heb ik om 10 uur een client", "ook weer om 9 uur": that time looked for, or taken.
"""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions import actions as general
from actions import afspraak as a
from bot.booking import offer
from tests.actions.test_actions import run as run_general
from tests.actions.test_afspraak_off_script import form_run


def _after_suicide_answer(text, found):
    events = [{"event": "user", "text": "maakt niet uit. ik zie het eigenlijk niet meer zitten", "parse_data": {}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_zelfmoord"}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_verder"}},
              {"event": "user", "text": text, "parse_data": {}}]
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 1.0}, "entities": [], "crisis": found}
    return Tracker("test", {"crisis_soort": "zelfmoord", "crisis_actief": True}, latest, events, False, None, {},
                   "action_listen")


@pytest.mark.parametrize("text, response", [
    ("ik ga niet bellen. ik ben gewoon zo moe van alles. soms denk ik dat het beter is als ik er niet meer ben",
     "utter_crisis_opnieuw_niet_bellen"),
    ("ik ben gewoon zo moe van alles. soms denk ik dat het beter is als ik er niet meer ben",
     "utter_crisis_opnieuw_gehoord"),
])
def test_suicidal_thoughts_told_again_are_heard_not_answered_with_the_same_block(text, response):
    messages, events = run_general(general.ActionBepaalCrisissoort(), _after_suicide_answer(
        text, {"category": "zelfmoord", "rule": "er_niet_meer_zijn", "level": "alarm"}))
    assert [m.get("response") for m in messages] == [response]
    assert not any(e.get("name") == "crisis_soort" for e in events if e.get("event") == "slot")


def test_acute_danger_told_after_the_suicide_answer_still_gets_the_acute_answer():
    text = "ik heb de pillen hier naast me liggen"
    messages, events = run_general(general.ActionBepaalCrisissoort(), _after_suicide_answer(
        text, {"category": "zelfmoord", "rule": "middelen_klaar", "level": "alarm"}))
    assert "utter_crisis_opnieuw_gehoord" not in [m.get("response") for m in messages]


def _story(text, intent, rol=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.7}, "entities": [],
              "intent_ranking": [{"name": intent, "confidence": 0.7}]}
    slots = {"rol": rol} if rol else {}
    return Tracker("test", slots, latest, [{"event": "user", "text": text, "parse_data": latest}], False, None, {},
                   "action_listen")


def test_sexual_harassment_told_by_hr_is_that_matter_not_a_work_dispute():
    text = ("hoi, ik ben hr adviseur. mw kwam net bij me, ze wordt al maanden lastig gevallen door haar "
            "leidinggevende (appjes, opmerkingen over haar lijf, 1x hand op haar been). ze wil NIET dat ik iets doe.")
    messages, events = run_general(general.ActionHerkenSituatie(), _story(text, "buiten_vp_taak"))
    situations = [e["value"] for e in events if e.get("event") == "slot" and e.get("name") in ("situatie",
                                                                                             "te_bevestigen")]
    assert "seksuele_intimidatie" in situations
    assert "utter_buiten_vp_taak" not in [m.get("response") for m in messages]


def test_the_yes_to_the_matter_does_not_make_the_writer_a_witness():
    text = "ja dat klopt denk ik. het is niet echt geweld ofzo hoor, hij is 84"
    _, events = run_general(general.ActionBepaalRol(), _story(text, "ben_getuige"))
    assert {"event": "slot", "timestamp": None, "name": "rol", "value": "getuige"} not in events


def test_a_monday_asked_for_names_the_counsellor_who_is_free_then(db):
    # unwanted behaviour, Ruud chosen by name (Tuesday, Wednesday, Friday); Marieke works on Mondays: named, to choose
    texts, result = _texts(a.ValidateAfspraakForm(), "maandag", {"soort": "omgangsvormen",
                                                                   "vp_gekozen": "ruud-de-boer"})
    assert {offer.decode(v)[0] for v in result["aangeboden_tijden"]} == {"ruud-de-boer"}
    assert any("Marieke Jansen" in t and "Typ dan de naam" in t for t in texts)


def test_no_counsellor_for_unwanted_behaviour_alone_is_named_for_an_integrity_matter(db):
    # conversation twee_03 (written apart): an integrity matter is booked with a counsellor for integrity
    texts, result = _texts(a.ValidateAfspraakForm(), "maandag", {"soort": "integriteit"})
    assert {offer.decode(v)[0] for v in result["aangeboden_tijden"]} == {"ruud-de-boer"}
    assert not any("Marieke" in t for t in texts)


def test_no_other_counsellor_is_named_against_a_wish_for_an_external_one(db):
    texts, _ = _texts(a.ValidateAfspraakForm(), "maandag", {"soort": "integriteit", "vp_extern": "extern"})
    assert not any("Marieke" in t for t in texts)


def _texts(form, value, slots):
    from rasa_sdk.executor import CollectingDispatcher

    from tests.actions.test_afspraak_actions import DOMAIN, tracker
    dispatcher = CollectingDispatcher()
    result = form.validate_tijd_wens(value, dispatcher, tracker(slots, requested="tijd_wens"), DOMAIN)
    return [m.get("text") or "" for m in dispatcher.messages], result


@pytest.mark.parametrize("text", [
    "o nee wacht, vrijdag heb ik om 10 uur een client, dan kan ik niet.",
    "ook weer om 9 uur. ik zei NA 4 UUR. kan iemand om half 5?",
])
def test_a_busy_or_complained_of_time_is_not_taken(db, text):
    offered = ["marieke-jansen|2027-03-08T13:30:00+00:00", "marieke-jansen|2027-03-15T08:00:00+00:00",
               "marieke-jansen|2027-03-11T09:00:00+00:00"]
    _, slots, _ = form_run(a.ValidateAfspraakForm(), text, "gekozen_tijd", {"aangeboden_tijden": offered,
                                                                              "tijd_wens": "maandag"})
    assert not slots.get("gekozen_tijd")


def test_the_time_after_a_busy_sentence_is_the_choice(db):
    # round 32 B c07: "Een afspraak die je hier maakt, duurt 45 minuten", and the times again
    offered = ["marieke-jansen|2027-03-11T08:00:00+00:00", "marieke-jansen|2027-03-11T09:30:00+00:00"]
    _, slots, _ = form_run(a.ValidateAfspraakForm(), "gesprek met hem is om 11 uur. dus 9 uur dan", "gekozen_tijd",
                           {"aangeboden_tijden": offered, "tijd_wens": "donderdag"})
    assert slots.get("gekozen_tijd") == offered[0]


def test_the_day_of_the_chosen_time_said_at_the_summary_is_no_new_wish(db, monkeypatch):
    # round 32 B c06: "?? dat is mijn nummer. voor de afspraak morgen" (Thursday, the day chosen): the times again
    monkeypatch.setenv("BOT_NOW", "2027-03-10T14:20:00+01:00")
    chosen = "marieke-jansen|2027-03-11T08:00:00+00:00"
    trk = Tracker("test", {"gekozen_tijd": chosen, "requested_slot": "bevestiging"},
                  {"text": "?? dat is mijn nummer. voor de afspraak morgen", "intent": {"name": "ontkennen"}},
                  [], False, None, {"name": "afspraak_form"}, "action_listen")
    assert a.ValidateAfspraakForm._names_the_chosen_time("?? dat is mijn nummer. voor de afspraak morgen", trk)
    assert not a.ValidateAfspraakForm._names_the_chosen_time("nee liever vrijdag", trk)


def test_a_yes_with_details_confirms_the_matter_asked_about():
    # round 32 B c02: "Klopt het dat het gaat om pesten?" after a yes to intimidation, then intimidation again
    text = ("ja. gisteren zei ie als je nog 1x te laat bent lig je eruit en dan zorg ik dat je nergens meer aan de bak "
            "komt. voor de hele ploeg")
    latest = {"text": text, "intent": {"name": "pesten", "confidence": 0.6}, "entities": [],
              "intent_ranking": [{"name": "pesten", "confidence": 0.6}]}
    trk = Tracker("test", {"situatie": "intimidatie", "soort": "omgangsvormen", "open_vraag": "check_situatie"},
                  latest, [{"event": "user", "text": text, "parse_data": latest}], False, None, {}, "action_listen")
    _, events = run_general(general.ActionHerkenSituatie(), trk)
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert slots.get("situatie") == "intimidatie" and slots.get("open_vraag") == "opties"


def test_another_way_of_meeting_at_the_summary_keeps_the_time_and_the_counsellor(db):
    # round 32 A c08: "Wanneer komt het je uit?", then Ruud's times for "donderdag 14:30 zoals net, maar dan op locatie"
    chosen = "marieke-jansen|2027-03-11T13:30:00+00:00"
    for text in ("eigenlijk toch liever gewoon bij haar langs ipv bellen, kan dat nog?",
                 "pff. donderdag 14:30 zoals net, maar dan op locatie"):
        _, slots, _ = form_run(a.ValidateAfspraakForm(), text, "bevestiging",
                               {"gekozen_tijd": chosen, "ontmoetingsvorm": "telefoon", "vp_gekozen": "marieke-jansen",
                                "bereikbaar": "telefoon", "contactgegeven": "+31687654321"}, intent="afspraak_wijzigen",
                               candidate=False)
        assert slots.get("ontmoetingsvorm") == "op_locatie"
        assert "gekozen_tijd" not in slots or slots["gekozen_tijd"] == chosen


def test_knowing_the_counsellor_is_a_reason_to_choose_her():
    # round 32 A c08: "Dat weet ik niet. Ik weet niet wie er met een vertrouwenspersoon praat"
    from bot.dialogue.booking import asks_about_counsellor_side, counsellor_wish
    names = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}
    text = "kan ik een afspraak maken met marieke jansen? ik ken haar van de introductiedag"
    assert not asks_about_counsellor_side(text, names)
    assert counsellor_wish(text, names).key == "marieke-jansen"
    assert asks_about_counsellor_side("kent marieke mijn baas?", names)


def test_a_question_about_the_meeting_with_the_other_keeps_the_summary(db):
    # round 32 recheck A c08: the summary thrown away and times offered for "morgen"
    chosen = "marieke-jansen|2027-03-08T15:00:00+00:00"
    messages, slots, _ = form_run(a.ValidateAfspraakForm(), "moet ik morgen wel naar dat gesprek met hem?",
                                  "bevestiging",
                                  {"gekozen_tijd": chosen, "ontmoetingsvorm": "telefoon", "bereikbaar": "telefoon",
                                   "contactgegeven": "+31612345678"}, intent="faq", candidate=False)
    assert "utter_faq/gesprek_met_de_ander" in messages
    assert "gekozen_tijd" not in slots or slots["gekozen_tijd"] == chosen
