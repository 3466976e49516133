"""Issue 10: a follow-up to a crisis answer inside a booking is answered as the crisis it is, and the
booking stops (twenty-first stranger test C c01 and C c06, left open on 2026-12-05).

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, the example counsellors in SQLite."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import actions as general
from actions import afspraak as a
from bot.dialogue import crisis
from tests.actions.test_actions import run, slots_of
from tests.actions.test_afspraak_fifteenth_stranger import CHOSEN
from tests.actions.test_afspraak_off_script import form_run

IN_CRISIS = {"crisis_soort": crisis.ZELFMOORD, "crisis_actief": True, "hulplijn_geweigerd": False}


def test_too_late_for_me_at_the_times_after_pills_is_asked_about_and_stops_the_booking(db):
    """C c06: "dat is te laat voor mij" to the times got "Kies een van de tijden hieronder"."""
    slots = IN_CRISIS | {"tijd_wens": "zo snel mogelijk", "aangeboden_tijden": CHOSEN["aangeboden_tijden"]}
    responses, result, _ = form_run(a.ValidateAfspraakForm(), "dat is te laat voor mij", "gekozen_tijd", slots,
                                    intent="ontkennen")
    assert responses == ["utter_crisis_te_laat"]
    assert result["afspraak_uitkomst"] == a.ONDERBROKEN and result["requested_slot"] is None
    assert result["gekozen_tijd"] is None and result["bevestiging"] is False


def test_the_same_words_without_a_crisis_are_about_the_time(db):
    """Without a crisis told, "dat is te laat voor mij" is about the time: no crisis text."""
    slots = {"tijd_wens": "zo snel mogelijk", "aangeboden_tijden": CHOSEN["aangeboden_tijden"]}
    responses, result, _ = form_run(a.ValidateAfspraakForm(), "dat is te laat voor mij", "gekozen_tijd", slots,
                                    intent="ontkennen")
    assert "utter_crisis_te_laat" not in responses
    assert result.get("afspraak_uitkomst") != a.ONDERBROKEN


def test_stop_the_numbers_you_do_not_listen_in_the_time_step_apologises_without_numbers(db):
    """C c01: "stop met die nummers. je luistert ook niet" got "Kies een van de tijden"."""
    slots = IN_CRISIS | {"tijd_wens": "zo snel mogelijk", "aangeboden_tijden": CHOSEN["aangeboden_tijden"]}
    responses, result, _ = form_run(a.ValidateAfspraakForm(), "stop met die nummers. je luistert ook niet",
                                    "gekozen_tijd", slots, intent="nlu_fallback")
    assert responses == ["utter_crisis_niet_gehoord_nummers"]
    assert result["hulplijn_geweigerd"] is True and result["afspraak_uitkomst"] == a.ONDERBROKEN


def test_no_chat_at_the_way_to_meet_stays_an_answer_there(db):
    """"niet chatten" at the step of how to meet is about the talk, not a refusal of 113."""
    slots = IN_CRISIS | CHOSEN | {"ontmoetingsvorm": None}
    responses, result, _ = form_run(a.ValidateAfspraakForm(), "liever niet chatten, gewoon bellen",
                                    "ontmoetingsvorm", slots, intent="kies_optie")
    assert not any(r and r.startswith("utter_crisis") for r in responses)
    assert result.get("afspraak_uitkomst") != a.ONDERBROKEN


def test_the_booking_stopped_by_a_crisis_follow_up_books_nothing_and_says_nothing(db):
    trk = Tracker("gesprek-1", {"afspraak_uitkomst": a.ONDERBROKEN, "bevestiging": False, "afspraak_stoppen": True},
                  {"text": "dat is te laat voor mij"}, [], False, None, {}, "action_listen")
    messages, events = run(a.ActionBoekAfspraak(), trk)
    slots = slots_of(events)
    assert messages == [] and slots["afspraak_uitkomst"] == a.ONDERBROKEN and slots["afspraak_stoppen"] is None


def _booking_asked(text: str, slots: dict):
    latest = {"text": text, "intent": {"name": "afspraak_maken", "confidence": 0.8}, "entities": []}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {}, "action_listen")
    messages, events = run(a.ActionResetAfspraak(), trk)
    return [m.get("response") for m in messages], events


def test_asking_whether_the_counsellor_can_call_now_after_the_suicide_answer_starts_no_booking(db):
    """C c06: "ik vroeg of marieke me nu kan bellen" got "Wanneer komt het je uit?"."""
    responses, events = _booking_asked("ik vroeg of marieke me nu kan bellen", IN_CRISIS)
    assert responses == ["utter_crisis_vp_nu_113"]
    assert events[-1] == {"event": "followup", "name": "action_listen", "timestamp": None}


def test_the_button_to_plan_after_the_crisis_still_starts_the_booking(db):
    responses, events = _booking_asked("/afspraak_maken", IN_CRISIS)
    assert "utter_crisis_vp_nu_113" not in responses
    assert not any(e.get("event") == "followup" for e in events)


def test_can_the_counsellor_call_now_and_not_knowing_113_after_the_suicide_answer(db):
    """C c06: "kan die marieke me niet nu meteen bellen? ik ken 113 niet" got "Dat is goed, dat beslis jij"."""
    latest = {"text": "kan die marieke me niet nu meteen bellen? ik ken 113 niet",
              "intent": {"name": "faq", "confidence": 0.5}, "entities": []}
    trk = Tracker("gesprek-1", IN_CRISIS, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_vp_nu_113"]
    assert slots_of(events).get("hulplijn_geweigerd") is None  # not knowing 113 is no refusal


def test_afraid_he_finds_out_read_as_a_crisis_gets_he_hears_nothing(db):
    """A c04: the fear he learns of the talk got the 112 text three times."""
    from tests.actions.test_actions import tracker

    text = "eerlijk gezegd durf ik het niet meer. ik ben bang dat hij erachter komt dat ik met iemand gepraat heb"
    trk = tracker("crisis", text, crisis={"category": None, "rule": "classifier", "level": "check"})
    messages, events = run(general.ActionBepaalCrisissoort(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/dader_hoort_niets"]
    assert events == [{"event": "followup", "name": "action_listen", "timestamp": None}]


def test_how_soon_after_a_wrong_that_harms_the_public_is_urgent(db):
    """B c08: "hoe snel moet dit gemeld worden? ... die kinderen spelen daar" got "Sorry, ik weet niet zeker"."""
    from tests.actions.test_actions import tracker

    text = "hoe snel moet dit gemeld worden? hij doet het elke donderdagnacht, en die kinderen spelen daar"
    ranking = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "faq", "confidence": 0.26}]
    trk = tracker("nlu_fallback", text, slots={"situatie": "maatschappelijke_misstand"}, ranking=ranking)
    messages, _ = run(general.ActionDefaultAskAffirmation(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/dringend_extern"]


def test_dismissal_asked_by_the_accused_gets_a_complaint_is_no_verdict(db):
    """B c05: "kan ik ontslagen worden hierdoor?" got the whistleblower procedure."""
    from tests.actions.test_actions import tracker

    trk = tracker("rol_vraag", "kan ik ontslagen worden hierdoor?", slots={"rol": "beschuldigd"},
                  extra={"rol_vraag_van": "faq"})
    messages, _ = run(general.ActionBeantwoordRolvraag(), trk)
    assert [m.get("response") for m in messages][-1] == "utter_rolvraag_beschuldigd_ontslag"


def test_a_manager_afraid_he_comes_to_her_door_gets_what_she_and_he_can_do(db):
    """B c03: "en als hij vanavond weer bij haar voor de deur staat? wat moet zij dan doen?" got the
    answer for the one threatened, addressed to her manager."""
    from tests.actions.test_actions import tracker

    text = "En als hij vanavond weer bij haar voor de deur staat? Wat moet zij dan doen?"
    trk = tracker("crisis", text, slots={"rol": "leidinggevende"},
                  crisis={"category": None, "rule": "classifier", "level": "check"})
    messages, _ = run(general.ActionBepaalCrisissoort(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_bang_komst_ander"]


def test_the_intern_who_is_17_gets_no_school_staff_duty(db):
    """B c07: a 17-year-old intern harassed at her placement got the school staff's duty to report."""
    from bot.dialogue import minors

    text = ("hoi ik ben stagaire bij een kledingwinkel (mbo retail) ben 17. de filiaalmanager vraagt steeds of ik "
            "na sluiting wil blijven")
    assert not minors.minor_at_school(text)
    assert minors.minor_at_school("ik ben docent en een leerling van 15 zegt dat de gymleraar haar aanraakt")


def test_a_threat_told_with_the_time_is_answered_and_the_time_still_taken(db):
    """Round 22 A c03: "ok 14.30. want die gast ... zei dat ie me na mijn dienst buiten op gaat wachten"
    got "Hoe wil je het gesprek voeren?"."""
    slots = {"tijd_wens": "zo snel mogelijk", "aangeboden_tijden": CHOSEN["aangeboden_tijden"]}
    text = ("ok 14:30. want die gast van de expeditie zei dat ie me na mijn dienst buiten op gaat "
            "wachten en dat ik dan wel zie")
    responses, result, _ = form_run(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots, intent="kies_tijd")
    assert responses[0] == "utter_afspraak_dreiging"
    assert "utter_afspraak_iets_nieuws" not in responses
    assert result["gekozen_tijd"] == CHOSEN["aangeboden_tijden"][2]  # 14:30, offered


def test_a_threat_at_the_contact_step_is_answered_and_the_question_comes_back(db):
    slots = CHOSEN | {"ontmoetingsvorm": "op_locatie"}
    responses, result, _ = form_run(a.ValidateAfspraakForm(), "hallo?? hij heeft gedreigd me in elkaar te slaan",
                                    "bereikbaar", slots, intent="agressie_geweld")
    assert responses == ["utter_afspraak_dreiging"] and result["bereikbaar"] is None


def test_not_me_but_her_after_the_suicide_answer_gets_the_worry_for_someone_else(db):
    """Round 22 C c03: "nee niet ik, het gaat om haar!! wat moet ik doen?" got the text on keeping evidence."""
    latest = {"text": "nee niet ik, het gaat om haar!! wat moet ik doen? ze leest mijn berichten niet meer",
              "intent": {"name": "faq", "confidence": 0.6}, "entities": []}
    trk = Tracker("gesprek-1", IN_CRISIS, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_zorgen_ander"]
    assert slots_of(events)["crisis_soort"] == crisis.ZORGEN_ANDER


def test_calling_112_now_is_encouraged_not_given_the_numbers_again(db):
    """Round 22 C c03: "ok ik bel nu 112" got 112, 113 and the Centrum Seksueel Geweld again."""
    latest = {"text": "ok ik bel nu 112", "intent": {"name": "nlu_fallback", "confidence": 0.3}, "entities": []}
    slots = IN_CRISIS | {"crisis_soort": crisis.ZORGEN_ANDER}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_belt_nu"]


def test_some_pills_taken_told_at_the_way_to_meet_stops_the_booking_with_call_now(db):
    """Round 22 C c06: "Video. Ik heb er trouwens toch twee genomen" got "Afzeggen mag altijd"."""
    slots = IN_CRISIS | CHOSEN | {"ontmoetingsvorm": None}
    text = "Video. Ik heb er trouwens toch twee genomen, om rustig te worden. Dat mag toch wel, twee?"
    responses, result, _ = form_run(a.ValidateAfspraakForm(), text, "ontmoetingsvorm", slots, intent="faq")
    assert responses == ["utter_crisis_ingenomen"] and result["afspraak_uitkomst"] == a.ONDERBROKEN


def test_the_question_action_in_the_booking_leaves_a_crisis_follow_up_to_the_form(db):
    """Round 22 C c06: the FAQ answer "Afzeggen mag altijd" came before the form read the message."""
    latest = {"text": "Video. Ik heb er trouwens toch twee genomen. Dat mag toch wel, twee?",
              "intent": {"name": "faq", "confidence": 0.7}, "entities": []}
    slots = IN_CRISIS | CHOSEN | {"requested_slot": "ontmoetingsvorm", "ontmoetingsvorm": None}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {"name": "afspraak_form"}, "action_listen")
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert messages == [] and events == []


def test_she_cannot_be_reached_after_the_worry_for_her_gets_112_now(db):
    """Round 22 C c03 (replayed): "nee niet ik, het gaat om haar!! wat moet ik doen? ze leest mijn berichten
    niet meer" after the answer for a worry about someone else got the text on keeping evidence."""
    latest = {"text": "nee niet ik, het gaat om haar!! wat moet ik doen? ze leest mijn berichten niet meer",
              "intent": {"name": "faq", "confidence": 0.6}, "entities": []}
    slots = IN_CRISIS | {"crisis_soort": crisis.ZORGEN_ANDER}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_ander_bel_112"]


def test_the_words_quoted_back_to_say_the_bot_did_not_hear_get_an_apology(db):
    """Round 22 C c01: "hallo? ik zeg net dat ik er niet meer wil zijn en je begint weer over pesten" got the
    suicide answer a second time."""
    from tests.actions.test_actions import tracker

    text = "hallo? ik zeg net dat ik er niet meer wil zijn en je begint weer over pesten"
    trk = tracker("crisis", text, slots=IN_CRISIS,
                  crisis={"category": "zelfmoord", "rule": "er_niet_meer_zijn", "level": "alarm"})
    _, events = run(general.ActionBepaalCrisissoort(), trk)
    assert slots_of(events)["crisis_soort"] == crisis.VERVOLG
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": []}
    slots = IN_CRISIS | {"crisis_soort": crisis.VERVOLG}
    events_before = [{"event": "slot", "name": "crisis_soort", "value": crisis.ZELFMOORD}]
    trk = Tracker("gesprek-1", slots, latest, events_before, False, None, {}, "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_niet_gehoord"]
