"""Sixteenth stranger test (2026-12-03), the actions: real Tracker and CollectingDispatcher, the real
domain (docs/stranger-tests/2026-12-03-sixteenth.md).

- A c23: "ik weet het niet" to the gentle check's "denk je erover om er niet meer te zijn?" (pills on
  her table) got "Je stelt je niet aan ... Wat is er gebeurd?".
- A c06: "het gaat om seksuele intimidatie. ik ben getuige. mag ik het zelf melden?" after a wrong
  guess of theft got the integrity answer.
- B c01: "nee om 9 uur slaap ik. 15u zei ik" in the time step took the 09:00 she refused.
- A c21: a threat told with the request to book went straight to the times.
"""

from __future__ import annotations

import pytest

from actions import actions as a
from actions import afspraak as f
from tests.actions.test_actions import run, slots_of, tracker
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY, form_run


def _after_check(intent, text):
    trk = tracker(intent, text, slots={"crisis_soort": "check"})
    trk.events = [{"event": "slot", "name": "crisis_soort", "value": "check"},
                  {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_check"}},
                  {"event": "user", "text": text}]
    return trk


@pytest.mark.parametrize(("intent", "text"), [
    ("twijfel_vertellen", "ik weet het niet"), ("ontkennen", "ik weet het niet"), ("nlu_fallback", "misschien"),
    ("twijfel_vertellen", "weet niet..."),
])
def test_not_sure_to_the_suicide_question_gets_the_suicide_answer(intent, text):
    _, events = run(a.ActionBepaalCrisissoort(), _after_check(intent, text))
    assert slots_of(events)["crisis_soort"] == "zelfmoord" and slots_of(events)["crisis_actief"] is True


def test_unsure_whether_to_tell_after_the_check_is_invited_to_tell():
    trk = _after_check("twijfel_vertellen", "ik weet niet of ik dit hier wel moet vertellen")
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    assert slots_of(events) == {"crisis_soort": "vervolg"}
    trk = _after_check("twijfel_vertellen", "ik weet niet of ik dit hier wel moet vertellen")
    trk.events.append({"event": "slot", "name": "crisis_soort", "value": "vervolg"})
    trk.slots["crisis_soort"] = "vervolg"
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_twijfel_vertellen"]


def test_no_to_the_check_still_goes_fine():
    _, events = run(a.ActionBepaalCrisissoort(), _after_check("ontkennen", "nee hoor"))
    assert slots_of(events) == {"crisis_soort": "gaat_goed"}


def test_a_witness_naming_sexual_harassment_gets_the_witness_answer_not_the_integrity_one():
    text = "het gaat om seksuele intimidatie. ik ben getuige. mag ik het zelf melden ook al wil zij misschien niet?"
    trk = tracker("rol_vraag", text, slots={"soort": "integriteit", "situatie": "diefstal"},
                  entities=[{"entity": "situatie", "value": "seksuele_intimidatie"}],
                  ranking=[{"name": "faq", "confidence": 0.4}])
    messages, _ = run(a.ActionBeantwoordRolvraag(), trk)
    responses = [m.get("response") for m in messages]
    assert "utter_rolvraag_integriteit" not in responses and "utter_rolvraag_getuige" in responses


@pytest.mark.parametrize("text", ["nee om 13 uur slaap ik. 15u zei ik", "nee, 13:00 lukt niet, na 15 uur"])
def test_a_refused_time_is_not_taken(db, text):
    _, slots, _ = form_run(f.ValidateAfspraakForm(), text, "gekozen_tijd",
                           {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY})
    assert slots.get("gekozen_tijd") is None


def test_an_offered_time_typed_is_still_taken(db):
    _, slots, _ = form_run(f.ValidateAfspraakForm(), "om 13 uur graag", "gekozen_tijd",
                           {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY})
    assert slots.get("gekozen_tijd") == MARIEKE_TUESDAY[0]


def test_a_threat_told_with_the_request_is_heard_before_the_times(db):
    text = ("ik ben wijkverpleegkundige. de zoon van een cliënt bedreigt me al een tijdje, vandaag zei hij 'ik weet "
            "waar je woont'. ik wil graag met de vertrouwenspersoon praten")
    messages, _ = run(f.ActionResetAfspraak(), tracker("afspraak_maken", text))
    assert "utter_afspraak_na_bedreiging" in [m.get("response") for m in messages]


def test_a_plain_request_gets_no_threat_text(db):
    messages, _ = run(f.ActionResetAfspraak(), tracker("afspraak_maken", "ik wil een afspraak maken"))
    assert "utter_afspraak_na_bedreiging" not in [m.get("response") for m in messages]


@pytest.mark.parametrize(("text", "rol"), [
    ("I think he raped her. It was 4 days ago.", None),
    ("ik denk dat hij haar verkracht heeft, 4 dagen geleden", None),
    ("het was vrijdag na de borrel, ze kwam huilend naar buiten", "getuige"),
])
def test_sexual_violence_told_by_a_witness_gets_the_witness_variant(text, rol):
    slots = {"rol": rol} if rol else {}
    trk = tracker("crisis", text, slots=slots,
                  crisis={"category": "seksueel_geweld", "rule": "aanranding_woord", "level": "alarm"})
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    assert slots_of(events)["crisis_soort"] == "seksueel_geweld" and slots_of(events)["crisis_detail"] == "ander"
    assert slots_of(events).get("rol", rol) == "getuige"


def test_sexual_violence_told_of_oneself_keeps_the_answer_to_her():
    trk = tracker("crisis", "hij heeft me gisteren verkracht",
                  crisis={"category": "seksueel_geweld", "rule": "aanranding_woord", "level": "alarm"})
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    assert slots_of(events).get("crisis_detail") != "ander"


def test_a_matter_denied_in_the_correction_is_not_the_one_picked():
    text = "huh nee geen belangenverstrengeling, gewoon pesten"
    entities = [{"entity": "situatie", "value": "nevenwerkzaamheden", "start": 12, "end": 34},
                {"entity": "situatie", "value": "pesten", "start": 44, "end": 50}]
    assert a._named_not_negated(tracker("kies_situatie", text, entities=entities)) == "pesten"
    assert a._named_not_negated(tracker("kies_situatie", "het is pesten",
                                        entities=[{"entity": "situatie", "value": "pesten", "start": 7}])) == "pesten"


def test_a_role_question_gets_the_faq_answer_when_the_faq_class_is_close_behind():
    # with the FAQ class weighted down (issue 11), "moet ik dit bij mijn leidinggevende melden?" ranks
    # vraag_opties 0.52 before faq 0.38; the selector's answer for it is the one written for this
    # dilemma (conversation agressie_03 got "Dat beslis jij. Niets is verplicht" instead)
    text = "moet ik dit bij mijn leidinggevende melden?"
    trk = tracker("rol_vraag", text, ranking=[{"name": "vraag_opties", "confidence": 0.52},
                                              {"name": "faq", "confidence": 0.38}],
                  extra={"rol_vraag_van": "vraag_opties",
                         "response_selector": {"faq": {"response": {
                             "intent_response_key": "faq/melden_bij_manager"}}}})
    messages, _ = run(a.ActionBeantwoordRolvraag(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/melden_bij_manager"]
