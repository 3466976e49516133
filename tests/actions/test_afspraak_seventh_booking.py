"""The seventh stranger test (docs/stranger-tests/2026-12-01-seventh.md), the booking: an integrity
matter told in the booking, or a wish for the integrity counsellor, moves the times to a
counsellor for integrity, said with why, and "wie is de VPI?" is answered (c05); a request to book
that names the matter starts routed by it (c05); a counsellor chosen with the time is honoured and
a way of meeting said on the way is not asked again (c18, c27); "video zei ik toch" is the answer
(c27); a time nobody works at gets what else there is (c08). The exact messages, and others that
mean the same.

counsellors.example.yml: marieke-jansen (VPOO, internal; Mon, Tue, Thu; telefoon, op_locatie) and
ruud-de-boer (BEIDE, external; Tue pm, Wed, Fri am; telefoon, video). BOT_NOW: Monday 8 March 2027 10:00.
"""

from __future__ import annotations

import pytest

from actions import afspraak as a
from bot.booking import offer
from bot.booking.counsellors import sync
from bot.scheduling.localtime import AMSTERDAM
from bot.settings import PROJECT_ROOT
from tests.actions.test_afspraak_actions import run, slots_of, tracker
from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT, form_step
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY

OFFERED_MARIEKE = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY}
RUUD_TUESDAY = ["ruud-de-boer|2027-03-09T12:00:00+00:00", "ruud-de-boer|2027-03-09T12:45:00+00:00"]


def _keys(offered) -> set[str]:
    return {offer.decode(o)[0] for o in offered}


def _only_marieke(db, tmp_path) -> None:
    only = tmp_path / "counsellors.yml"
    text = (PROJECT_ROOT / "counsellors.example.yml").read_text(encoding="utf-8")
    only.write_text(text.split("  - key: ruud-de-boer")[0], encoding="utf-8")
    with db.begin() as session:
        sync(session, only)


# --- c05: an integrity matter told in the time step -------------------------------------------------

MATTER_TOLD = [
    "het gaat eigenlijk over fraude door mijn afdelingshoofd, is Marieke daar wel de goede persoon voor?",
    "het gaat om valse declaraties van mijn chef, kan Marieke daar wel bij helpen?",
    "wacht, eigenlijk steelt mijn teamleider geld uit de kas",
    "mijn manager sjoemelt met de uren. is dat wel iets voor Marieke?",
]


@pytest.mark.parametrize("intent", ["fraude", "nlu_fallback", "faq"])
@pytest.mark.parametrize("text", MATTER_TOLD)
def test_c05_an_integrity_matter_moves_the_times_to_a_counsellor_for_integrity(db, text, intent):
    messages, result, sent = form_step(a.ValidateAfspraakForm(), text, "gekozen_tijd", OFFERED_MARIEKE, intent=intent)
    assert messages == ["utter_afspraak_naar_integriteit"]  # before: "Goed, ik kijk naar tijden met Marieke"
    assert "Ruud de Boer" in sent[0]["vp_met_wie"] and "integriteit" in sent[0]["vp_met_wie"]
    assert sent[0]["vp_namen"] == "Ruud de Boer" and sent[0]["onderwerp"] in ("fraude", "diefstal")
    assert _keys(result["aangeboden_tijden"]) == {"ruud-de-boer"}  # Tuesday afternoon, with Ruud
    assert result["vp_soort"] == "VPI" and not result.get("vp_gekozen") and result["soort"] == "integriteit"
    assert result["gekozen_tijd"] is None


def test_c05_an_integrity_matter_before_any_time_is_heard_and_the_time_asked_again(db):
    text = "het gaat trouwens over fraude van mijn afdelingshoofd"
    messages, result, sent = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", {}, intent="fraude")
    assert messages == ["utter_afspraak_naar_integriteit"]
    assert result["tijd_wens"] is None and result["vp_soort"] == "VPI"


def test_c05_an_integrity_matter_after_the_time_with_marieke_offers_times_again(db):
    text = "sorry, ik had moeten zeggen dat het om fraude gaat"
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "bereikbaar", SLOTS_AT["bereikbaar"],
                                    intent="fraude")
    assert messages == ["utter_afspraak_naar_integriteit"]
    assert result["gekozen_tijd"] is None and _keys(result["aangeboden_tijden"]) == {"ruud-de-boer"}


def test_c05_with_the_times_already_with_ruud_nothing_moves(db):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": RUUD_TUESDAY}
    messages, result, _ = form_step(a.ValidateAfspraakForm(), MATTER_TOLD[2], "gekozen_tijd", slots, intent="fraude")
    assert "utter_afspraak_naar_integriteit" not in messages
    assert result.get("aangeboden_tijden") in (None, RUUD_TUESDAY)


# --- c05: an explicit wish for the integrity counsellor, after Marieke was named ----------------

@pytest.mark.parametrize("text", ["nee wacht. het gaat om fraude, ik wil de vertrouwenspersoon integriteit spreken",
                                  "ik wil toch liever iemand van integriteit", "kan het bij de vpi?"])
def test_c05_a_wish_for_the_integrity_counsellor_wins_over_a_name_chosen_before(db, text):
    slots = OFFERED_MARIEKE | {"vp_gekozen": "marieke-jansen"}
    messages, result, sent = form_step(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots, intent="nlu_fallback")
    assert messages[0] in ("utter_afspraak_naar_integriteit", "utter_vp_wens_gehoord")
    assert "Ruud de Boer" in sent[0]["vp_met_wie"] and "Marieke" not in sent[0]["vp_met_wie"]
    assert _keys(result["aangeboden_tijden"]) == {"ruud-de-boer"} and not result.get("vp_gekozen")


# --- c05: "wie is de VPI bij ons?" ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["wie is de vertrouwenspersoon integriteit bij ons?", "wie is de VPI bij ons?",
                                  "wie doet hier integriteit?"])
def test_c05_who_is_the_integrity_counsellor_gets_name_and_role_and_the_question_comes_back(db, text):
    messages, result, sent = form_step(a.ValidateAfspraakForm(), text, "gekozen_tijd", OFFERED_MARIEKE,
                                       intent="nlu_fallback")
    assert messages == ["utter_vp_wie_is"]
    assert "Ruud de Boer" in sent[0]["vp_overzicht"] and "integriteit" in sent[0]["vp_overzicht"]
    assert "Marieke" not in sent[0]["vp_overzicht"]
    assert result["gekozen_tijd"] is None and "aangeboden_tijden" not in result  # the same times, asked again


# --- c05: nobody for integrity: said truthfully ---------------------------------------------------------

def test_c05_without_a_counsellor_for_integrity_that_is_said_and_the_times_stay(db, tmp_path):
    _only_marieke(db, tmp_path)
    messages, result, sent = form_step(a.ValidateAfspraakForm(), MATTER_TOLD[0], "gekozen_tijd", OFFERED_MARIEKE,
                                       intent="fraude")
    assert messages == ["utter_afspraak_geen_integriteit"]
    assert "Marieke Jansen" in sent[0]["vp_namen"]
    assert "aangeboden_tijden" not in result and result["gekozen_tijd"] is None


def test_c05_without_a_counsellor_for_integrity_who_is_the_vpi_says_so(db, tmp_path):
    _only_marieke(db, tmp_path)
    messages, _, _ = form_step(a.ValidateAfspraakForm(), "wie is de VPI bij ons?", "gekozen_tijd", OFFERED_MARIEKE)
    assert messages == ["utter_afspraak_geen_integriteit"]


# --- c05: a request to book that tells the matter ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ik wil alsnog een afspraak, over fraude met geld van de afdeling door mijn baas",
    "nee ik ben geen leidinggevende. mijn baas knoeit met declaraties. ik wil een afspraak met iemand van integriteit",
    "kan ik een gesprek plannen? mijn chef steelt geld uit de kas",
])
def test_c05_a_request_to_book_about_an_integrity_matter_starts_with_a_counsellor_for_it(db, text):
    messages, events = run(a.ActionResetAfspraak(), tracker(text=text, intent="afspraak_maken", loop=None))
    assert [m["response"] for m in messages] == ["utter_afspraak_voor_integriteit"]
    assert "Ruud de Boer" in messages[0]["vp_met_wie"]
    slots = slots_of(events)
    assert slots["vp_soort"] == "VPI" and slots["soort"] == "integriteit"


def test_c05_no_manager_said_in_the_request_makes_the_role_the_writer(db):
    text = ("nee ik ben geen leidinggevende. mijn baas knoeit met declaraties. ik wil een afspraak met iemand van "
            "integriteit")
    _, events = run(a.ActionResetAfspraak(), tracker({"rol": "leidinggevende"}, text=text, intent="afspraak_maken",
                                                     loop=None))
    assert slots_of(events)["rol"] == "zelf"


def test_c05_a_request_about_fraud_without_a_counsellor_for_integrity_says_so(db, tmp_path):
    _only_marieke(db, tmp_path)
    messages, _ = run(a.ActionResetAfspraak(), tracker(text="ik wil een afspraak over fraude", intent="afspraak_maken",
                                                       loop=None))
    assert [m["response"] for m in messages] == ["utter_afspraak_geen_integriteit"]


# --- c18: "Marieke dan. morgenmiddag" ------------------------------------------------------------------

@pytest.mark.parametrize(("text", "key"), [
    ("Marieke dan. morgenmiddag", "marieke-jansen"),  # Tuesday afternoon: both work then
    ("met Marieke graag, dinsdag", "marieke-jansen"),
    ("doe maar bij Ruud, dinsdagmiddag", "ruud-de-boer"),
    ("Marieke, woensdag", "marieke-jansen"),  # she does not work on Wednesdays: her first times after it
])
def test_c18_a_counsellor_chosen_with_the_time_is_the_one_offered(db, text, key):
    _, result, _ = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", {})
    assert _keys(result["aangeboden_tijden"]) == {key}
    assert result["vp_gekozen"] == key


def test_c18_a_counsellor_chosen_with_a_new_time_while_times_are_offered(db):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": RUUD_TUESDAY}
    _, result, _ = form_step(a.ValidateAfspraakForm(), "nee, Marieke dan. donderdag", "gekozen_tijd", slots)
    assert _keys(result["aangeboden_tijden"]) == {"marieke-jansen"}


# --- c18 and c27: a way of meeting said on the way is not asked again -------------------------------

@pytest.mark.parametrize(("text", "mode"), [
    ("liefst telefonisch, en zonder dat ik mijn naam hoef te geven. kan iemand van een vrouw zijn?", "telefoon"),
    ("liever via video, kan dat met een man?", "video"),
    ("graag telefonisch. is het een vrouw?", "telefoon"),
])
def test_c18_a_way_of_meeting_in_a_question_is_remembered(db, text, mode):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", {}, intent="faq")
    assert messages[0].startswith("utter_vp_geslacht")
    assert result["ontmoetingsvorm"] == mode and result["tijd_wens"] is None


@pytest.mark.parametrize(("text", "mode"), [
    ("ok. ik wil een afspraak, liefst met iemand extern, via video", "video"),
    ("ik wil een afspraak maken, telefonisch graag", "telefoon"),
    ("kan ik een gesprek plannen via de telefoon?", "telefoon"),
])
def test_c27_a_way_of_meeting_in_the_request_is_remembered(db, text, mode):
    _, events = run(a.ActionResetAfspraak(), tracker(text=text, intent="afspraak_maken", loop=None))
    assert slots_of(events)["ontmoetingsvorm"] == mode


def test_c27_the_way_said_in_the_request_is_not_asked_after_the_time(db):
    slots = {"ontmoetingsvorm": "video", "vp_extern": "extern", "tijd_wens": "dinsdagmiddag",
             "aangeboden_tijden": RUUD_TUESDAY}
    button = f'/kies_tijd{{"gekozen_tijd": "{RUUD_TUESDAY[0]}"}}'
    _, result, _ = form_step(a.ValidateAfspraakForm(), button, "gekozen_tijd", slots, intent="kies_tijd",
                             value=RUUD_TUESDAY[0])
    assert result["ontmoetingsvorm"] == "video" and result["ontmoetingsvorm_titel"]


# --- c27: "video zei ik toch" ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "mode"), [("video zei ik toch", "video"), ("telefonisch zei ik al", "telefoon"),
                                            ("ik zei toch via video", "video")])
def test_c27_an_answer_said_again_is_the_answer_not_a_question(db, text, mode):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": RUUD_TUESDAY, "gekozen_tijd": RUUD_TUESDAY[0]}
    trk = tracker(slots, text=text, intent="faq", requested="ontmoetingsvorm")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/anoniem",
                                                                     "confidence": 0.8}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert messages == []  # before: the anonymity text
    assert slots_of(events)["ontmoetingsvorm"] == mode


# --- c08: a time nobody works at ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["zaterdag? ik werk doordeweeks nachtdienst", "zondagmiddag graag",
                                  "hebben jullie echt niks s avonds of in het weekend?", "dinsdagavond na 20 uur"])
def test_c08_a_time_nobody_works_says_so_and_what_else_there_is(db, text):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", {})
    assert "utter_tijd_anders_mogelijk" in messages and "utter_tijd_ook_telefonisch" in messages
    assert "utter_tijd_niets_vrij" not in messages  # "nobody free" is not the reason
    assert result["aangeboden_tijden"]  # the first times there are, still offered


def test_c08_a_weekday_that_is_only_booked_full_is_no_time_outside_hours(db):
    messages, _, _ = form_step(a.ValidateAfspraakForm(), "dinsdagmiddag", "tijd_wens", {})
    assert "utter_tijd_anders_mogelijk" not in messages


def test_c08_no_phone_sentence_when_the_way_is_chosen_already(db):
    messages, _, _ = form_step(a.ValidateAfspraakForm(), "zaterdag", "tijd_wens", {"ontmoetingsvorm": "op_locatie"})
    assert "utter_tijd_ook_telefonisch" not in messages and "utter_tijd_anders_mogelijk" in messages


def test_c08_the_first_times_offered_are_on_a_working_day(db):
    _, result, _ = form_step(a.ValidateAfspraakForm(), "zaterdag", "tijd_wens", {})
    days = {offer.decode(o)[1].astimezone(AMSTERDAM).weekday() for o in result["aangeboden_tijden"]}
    assert days <= {0, 1, 2, 3, 4}


# --- c05: "ik ben geen leidinggevende" clears that role --------------------------------------------

@pytest.mark.parametrize("text", ["nee ik ben geen leidinggevende. mag ik het melden?",
                                  "ik ben zelf geen manager hoor, moet ik hier iets mee?"])
def test_c05_a_role_question_after_no_manager_said_is_not_answered_for_a_manager(text):
    from tests.actions.test_role_questions import _answer

    messages, slots = _answer(text, rol="leidinggevende")
    assert messages != ["utter_rolvraag_leidinggevende"]
    assert slots.get("rol") == "zelf"


def test_c05_an_integrity_matter_taken_for_a_question_gets_no_faq_answer_and_the_form_moves_the_times(db):
    trk = tracker(OFFERED_MARIEKE, text=MATTER_TOLD[0], intent="faq", requested="gekozen_tijd")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/wie_is_vp",
                                                                     "confidence": 0.8}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert messages == [] and events == []
    messages, result, _ = form_step(a.ValidateAfspraakForm(), MATTER_TOLD[0], "gekozen_tijd", OFFERED_MARIEKE,
                                    intent="faq", after="action_vraag_in_afspraak")
    assert messages == ["utter_afspraak_naar_integriteit"]
    assert _keys(result["aangeboden_tijden"]) == {"ruud-de-boer"}


@pytest.mark.parametrize(("text", "mode"), [
    ("liefst telefonisch, en zonder dat ik mijn naam hoef te geven. kan iemand van een vrouw zijn?", "telefoon"),
    ("graag via video. kost het iets?", "video"),
])
def test_c18_a_way_of_meeting_in_a_question_the_faq_rule_answers_is_remembered(db, text, mode):
    trk = tracker({}, text=text, intent="faq", requested="tijd_wens")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/kosten",
                                                                     "confidence": 0.8}}}
    _, events = run(a.ActionVraagInAfspraak(), trk)
    assert slots_of(events)["ontmoetingsvorm"] == mode


def test_c27_the_way_said_in_the_request_survives_the_form_checking_the_slots_filled_before(db):
    """When the form starts, Rasa validates the slots filled before it: "video" from the request
    was thrown away there, since no time (no counsellor) was chosen yet."""
    from rasa_sdk.executor import CollectingDispatcher

    from tests.actions.domain import DOMAIN

    dispatcher = CollectingDispatcher()
    trk = tracker({"vp_extern": "extern", "ontmoetingsvorm": "video"}, requested=None)  # the form starting
    result = a.ValidateAfspraakForm().validate_ontmoetingsvorm("video", dispatcher, trk, DOMAIN)
    assert dispatcher.messages == [] and result == {"ontmoetingsvorm": "video"}


def test_c27_a_way_said_again_that_the_counsellor_does_not_offer_is_said_not_the_faq(db):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0]}
    trk = tracker(slots, text="video zei ik toch", intent="faq", requested="ontmoetingsvorm")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/anoniem",
                                                                     "confidence": 0.8}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert [m["response"] for m in messages] == ["utter_vp_wens_niet_vorm"] and events == []
