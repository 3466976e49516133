"""Issue 10: the twenty-ninth stranger test. Real rasa_sdk Tracker and CollectingDispatcher, the real
domain, the example counsellors in SQLite (see test_afspraak_off_script.py): marieke-jansen (VPOO,
internal; telefoon, op_locatie) and ruud-de-boer (external; telefoon, video).

- B c08: "laat maar bellen dan ipv locatie" at the contact step; the summary still said "op locatie".
- B c08: "0470 12 34 56, is een belgisch nummer" read as a question: the help lines from abroad.
- A c06: "nee ik zei net dat ik GEEN interne wil" after Marieke's name: Marieke again.
- A c03: "yes book it" at the summary: not understood.
- B c10: after a threat only, "Laat je lichaam nakijken door een arts".
- C c04: after hours, a wrong that harms the public: De Luisterlijn instead of the authority.
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import actions as general
from actions import afspraak as a
from tests.actions.domain import DOMAIN
from tests.actions.test_actions import run as run_general
from tests.actions.test_afspraak_actions import NIGHT, run, slots_of, tracker
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY, form_run

ON_SITE = {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0],
           "ontmoetingsvorm": "op_locatie", "locatie": "Gebouw A, kamer 2.14"}


def test_a_way_of_meeting_told_instead_at_the_contact_step_changes_it(db):
    text = "hmm ik weet niet welk gebouw wij zijn. laat maar bellen dan ipv locatie"
    _, slots, _ = form_run(a.ValidateAfspraakForm(), text, "bereikbaar", ON_SITE, intent="nlu_fallback")
    assert slots["ontmoetingsvorm"] == "telefoon" and slots["locatie"] is None
    assert slots["bereikbaar"] == "telefoon"


def test_a_phone_choice_alone_keeps_the_way_of_meeting(db):
    _, slots, _ = form_run(a.ValidateAfspraakForm(), "bel me maar", "bereikbaar", ON_SITE, intent="nlu_fallback")
    assert slots["bereikbaar"] == "telefoon" and "ontmoetingsvorm" not in slots


def _in_booking(text, requested, slots, intent="faq"):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.6}, "entities": []}
    events = [{"event": "user", "text": text, "parse_data": latest}]
    values = dict(slots) | {"requested_slot": requested}
    return Tracker("gesprek-1", values, latest, events, False, None, {"name": "afspraak_form"}, "action_listen")


def test_a_belgian_number_read_as_a_question_is_the_answer(db):
    slots = dict(ON_SITE, ontmoetingsvorm="telefoon", bereikbaar="telefoon")
    messages, events = run(a.ActionVraagInAfspraak(),
                           _in_booking("0470 12 34 56, is een belgisch nummer", "contactgegeven", slots))
    assert not any((m.get("response") or "").startswith("utter_faq/") for m in messages)
    assert slots_of(events)["contactgegeven"] == "+32470123456"


def test_a_number_of_either_country_read_as_a_question_is_asked_about(db):
    slots = dict(ON_SITE, ontmoetingsvorm="telefoon", bereikbaar="telefoon")
    _, events = run(a.ActionVraagInAfspraak(), _in_booking("0470 12 34 56 ??", "contactgegeven", slots))
    found = slots_of(events)
    assert found["contactgegeven"] is None and found["telefoon_belgisch"] == "+32470123456"


def test_no_internal_one_after_a_name_drops_the_name(db):
    slots = {"tijd_wens": "dinsdag", "vp_gekozen": "marieke-jansen"}
    text = "nee ik zei net dat ik GEEN interne wil. ik vroeg of er een andere externe vrouw geregeld kan worden"
    _, found, _ = form_run(a.ValidateAfspraakForm(), text, "tijd_wens", slots, intent="nlu_fallback")
    assert found.get("vp_gekozen") is None and found.get("vp_extern") == "extern"


def test_yes_book_it_at_the_summary_books(db):
    slots = dict(ON_SITE, ontmoetingsvorm="telefoon", bereikbaar="anoniem", contactgegeven=None)
    _, found, _ = form_run(a.ValidateAfspraakForm(), "thats not what I asked but whatever. yes book it",
                           "bevestiging", slots, intent="nlu_fallback")
    assert found["bevestiging"] is True


def _after_crisis(text, told, slots, bot_said=()):
    events = [{"event": "user", "text": said, "parse_data": {}} for said in told]
    events += [{"event": "bot", "text": "...", "metadata": {"utter_action": name}} for name in bot_said]
    events.append({"event": "user", "text": text, "parse_data": {}})
    latest = {"text": text, "intent": {"name": "gevoel_delen", "confidence": 0.5}, "entities": []}
    return Tracker("test", dict(slots), latest, events, False, None, {}, "action_listen")


GEWELD = {"crisis_soort": "geweld", "crisis_actief": True}
SAFE = "ok kees van de late dienst loopt met me mee. hij is weggereden. pfff"


def test_after_a_threat_only_the_aftercare_has_no_doctor():
    told = ["vorige week zei hij: als je je bek opentrekt weet ik waar je woont",
            "wacht hij staat nu buiten bij mijn auto op de parkeerplaats. ik durf niet naar buiten"]
    messages, _ = run_general(general.ActionCrisisVervolg(), _after_crisis(SAFE, told, GEWELD))
    said = [m.get("response") for m in messages]
    assert "utter_crisis_nazorg_dreiging" in said and "utter_crisis_nazorg" not in said


def test_after_a_blow_the_aftercare_names_the_doctor():
    told = ["hij heeft me geslagen en bedreigd, hij zei dat hij me ging pakken"]
    messages, _ = run_general(general.ActionCrisisVervolg(), _after_crisis(SAFE, told, GEWELD))
    assert "utter_crisis_nazorg" in [m.get("response") for m in messages]


def test_a_doubt_about_112_is_answered_not_the_block_again():
    told = ["hij staat nu buiten bij mijn auto. ik durf niet naar buiten"]
    text = "112 voor zoiets? hij doet niks, hij staat er gewoon te roken. beveiliging is al weg"
    messages, _ = run_general(general.ActionCrisisVervolg(),
                              _after_crisis(text, told, GEWELD, bot_said=["utter_crisis_geweld"]))
    assert [m.get("response") for m in messages] == ["utter_crisis_twijfel_112"]


def test_after_hours_a_wrong_that_harms_the_public_names_the_authority(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", NIGHT)
    _, events = run(a.ActionCheckBereikbaarheid(), tracker({"situatie": "maatschappelijke_misstand"}))
    assert slots_of(events)["lijn_nu"] == "toezichthouder"
    variants = [v for v in DOMAIN["responses"]["utter_niemand_bereikbaar"]
                if {"type": "slot", "name": "lijn_nu", "value": "toezichthouder"} in (v.get("condition") or [])]
    assert len(variants) == 1 and "{nvwa_website}" in variants[0]["text"]


def test_after_hours_anything_else_keeps_de_luisterlijn(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", NIGHT)
    _, events = run(a.ActionCheckBereikbaarheid(), tracker({"situatie": "pesten"}))
    assert slots_of(events)["lijn_nu"] == "luisterlijn"


def test_a_time_first_then_a_question_and_more_is_no_new_incident(db):
    # C c06: "Wil je daar eerst over praten?" to someone choosing Friday 9:45
    text = ("vrijdag kwart voor 10 dan. moet ik iets voorbereiden? ik heb een lijstje met de datums dat de kas "
            "niet klopte")
    trk = _in_booking(text, "gekozen_tijd", {"tijd_wens": "deze week", "soort": "integriteit"}, intent="diefstal")
    assert a.ValidateAfspraakForm._new_incident(text, trk) is None


def test_away_for_a_moment_in_the_booking_waits():
    # B c07: "shit ik moet gaan, meeting. brb" stopped the booking
    trk = _in_booking("shit ik moet gaan, meeting. brb", "gekozen_tijd", {"tijd_wens": "morgen"}, intent="afscheid")
    messages, events = run(a.ActionAfscheidInBoeking(), trk)
    assert [m.get("response") for m in messages] == ["utter_afspraak_even_weg"]
    assert slots_of(events) == {"afscheid_echt": False}


def test_a_goodbye_in_the_booking_still_ends_it():
    trk = _in_booking("ok doei", "gekozen_tijd", {"tijd_wens": "morgen"}, intent="afscheid")
    _, events = run(a.ActionAfscheidInBoeking(), trk)
    assert slots_of(events) == {"afscheid_echt": True}


def test_a_doubt_about_112_read_as_a_new_crisis_is_answered():
    # B c10 replay: the crisis pattern read "hij staat er gewoon te roken" as danger now: the same block again
    told = ["wacht hij staat nu buiten bij mijn auto op de parkeerplaats. ik durf niet naar buiten"]
    text = "112 voor zoiets? hij doet niks, hij staat er gewoon te roken. beveiliging is al weg"
    trk = _after_crisis(text, told, GEWELD | {"crisis_detail": "opgewacht"},
                        bot_said=["utter_crisis_geweld", "utter_crisis_verder"])
    trk.latest_message["crisis"] = {"category": "geweld", "rule": "opgewacht_nu", "level": "alarm"}
    messages, events = run_general(general.ActionBepaalCrisissoort(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_twijfel_112"]
    assert {"event": "followup", "name": "action_listen", "timestamp": None} in events


def test_a_yes_with_more_of_the_story_to_the_check_is_the_yes():
    # round 29 replay C c04: "ja mensen kunnen daar ziek van worden" to "Klopt het dat het gaat om een
    # misstand ...?" got the same question again (issue 10: asked twice)
    latest = {"text": "ja mensen kunnen daar ziek van worden",
              "intent": {"name": "maatschappelijke_misstand", "confidence": 0.8}, "entities": [],
              "intent_ranking": [{"name": "maatschappelijke_misstand", "confidence": 0.8}]}
    slots = {"situatie": "maatschappelijke_misstand", "open_vraag": "check_situatie", "soort": "integriteit"}
    trk = Tracker("test", slots, latest, [], False, None, {}, "action_listen")
    _, events = run_general(general.ActionHerkenSituatie(), trk)
    assert {"event": "slot", "name": "open_vraag", "value": "opties", "timestamp": None} in events


def test_away_for_a_moment_at_the_contact_step_fills_nothing(db):
    # recheck A c08: "sec, telefoon gaat" got "Wat is je telefoonnummer?"
    slots = dict(ON_SITE, ontmoetingsvorm="telefoon")
    responses, found, _ = form_run(a.ValidateAfspraakForm(), "sec, telefoon gaat", "bereikbaar", slots,
                                   intent="nlu_fallback")
    assert responses == ["utter_afspraak_even_weg"] and found["bereikbaar"] is None
