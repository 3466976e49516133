"""Seventh stranger test, safety faults in the actions (c28, c15, c06)."""

import pytest
from rasa_sdk.events import SlotSet

from actions import actions as a
from tests.actions.test_actions import run, slots_of, tracker
from tests.texts import text as response_text

C28_FIRST = ("Zaterdagavond op de personeelsborrel heeft een collega mij in de garderobe aangerand. Ik weet niet "
             "wat ik moet doen.")
C28_SECOND = ("hij trok me naar binnen en zat met zijn handen onder mijn jurk. ik heb me losgetrokken. ik heb nog "
              "niemand iets verteld. ik wil niet naar de politie maar ik voel me vies")


def _bot(response):
    return {"event": "bot", "text": "...", "metadata": {"utter_action": response}}


# --- c28: sexual violence told, the classifier only unsure of a crisis -----------------------------
@pytest.mark.parametrize("text", [
    "een collega heeft mij aangerand op het kerstfeest. ik weet niet wat ik moet doen",
    "op de borrel heeft mijn manager me betast, wat moet ik nu",
    "hij stak zijn hand in mijn broek toen we alleen in het magazijn waren",
    "ik denk dat ik verkracht ben na het teamuitje",
])
def test_an_unsure_crisis_that_tells_of_sexual_violence_gets_the_sexual_violence_answer(text):
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", text, crisis={"category": None, "rule": "classifier_twijfel", "level": "check"}))
    assert slots_of(events)["crisis_soort"] == "seksueel_geweld"


@pytest.mark.parametrize("text", [
    "ik ben aangerand en ik kan niet meer",
    "sinds hij me betastte wil ik er niet meer zijn",
])
def test_sexual_violence_with_despair_or_suicide_keeps_the_suicide_check(text):
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", text, crisis={"category": None, "rule": "wanhoop", "level": "check"}))
    assert slots_of(events)["crisis_soort"] != "seksueel_geweld"


def test_a_sure_classifier_crisis_that_tells_of_sexual_violence_is_not_the_general_list():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "hij zat met zijn handen onder mijn jurk in de garderobe",
                            crisis={"category": None, "rule": "classifier", "level": "alarm"}))
    assert slots_of(events)["crisis_soort"] == "seksueel_geweld"


@pytest.mark.parametrize("text, crisis", [
    (C28_SECOND, {"category": None, "rule": "classifier", "level": "alarm"}),
    ("gisteravond zat hij met zijn hand in mijn broek, ik schaam me zo",
     {"category": "seksueel_geweld", "rule": "seksuele_handeling_recent", "level": "alarm"}),
    ("ik heb het nog aan niemand verteld", {"category": None, "rule": "classifier_twijfel", "level": "check"}),
])
def test_more_told_right_after_the_sexual_violence_answer_is_a_follow_up(text, crisis):
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", text, slots={"crisis_soort": "seksueel_geweld", "crisis_actief": True},
                            crisis=crisis))
    assert slots_of(events)["crisis_soort"] == "vervolg"


@pytest.mark.parametrize("text, crisis", [
    ("ik wil niet meer leven", {"category": "zelfmoord", "rule": "niet_meer_leven", "level": "alarm"}),
    ("hij staat nu voor de deur met een mes", {"category": "geweld", "rule": "wapen_nu", "level": "alarm"}),
])
def test_new_danger_after_the_sexual_violence_answer_gets_its_own_answer(text, crisis):
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", text, slots={"crisis_soort": "seksueel_geweld", "crisis_actief": True},
                            crisis=crisis))
    assert slots_of(events)["crisis_soort"] not in ("vervolg", "seksueel_geweld")


def test_i_feel_dirty_after_the_sexual_violence_answer_is_answered_warmly_not_with_the_list():
    trk = tracker("crisis", C28_SECOND, slots={"crisis_soort": "vervolg", "crisis_actief": True})
    trk.events = [{"event": "slot", "name": "crisis_soort", "value": "seksueel_geweld"},
                  _bot("utter_crisis_seksueel_geweld"), _bot("utter_crisis_verder"),
                  {"event": "slot", "name": "crisis_soort", "value": "vervolg"}]
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_seksueel_geweld_schaamte"]
    assert SlotSet("crisis_soort", "seksueel_geweld") in events


def test_the_warm_answers_after_sexual_violence_say_it_is_not_their_fault_and_no_police_is_needed():
    for name in ("utter_crisis_seksueel_geweld_schaamte", "utter_crisis_seksueel_geweld_gehoord"):
        text = response_text(name)
        assert "niet jouw schuld" in text and "zonder aangifte" in text and "{seksueel_geweld_nummer}" in text
        assert "{spoed_nummer}" not in text and "{zelfmoordpreventie_nummer}" not in text  # not the list again


# --- c15: a no to the gentle check -------------------------------------------------------------
def _after_check(intent, text):
    trk = tracker(intent, text, slots={"crisis_soort": "check"})
    trk.events = [_bot("utter_crisis_check"), {"event": "user", "text": text}]
    return trk


@pytest.mark.parametrize("text", ["nee hoor het gaat prima met mij", "nee", "nee hoor", "nee, gaat goed"])
def test_a_no_to_the_gentle_check_is_fine(text):
    _, events = run(a.ActionBepaalCrisissoort(), _after_check("ontkennen", text))
    assert slots_of(events) == {"crisis_soort": "gaat_goed"}


@pytest.mark.parametrize("text", ["nee het gaat niet goed", "nee, slecht eigenlijk", "nee maar soms wel"])
def test_a_no_that_says_it_goes_badly_gets_the_suicide_answer(text):
    _, events = run(a.ActionBepaalCrisissoort(), _after_check("ontkennen", text))
    assert slots_of(events)["crisis_soort"] == "zelfmoord" and slots_of(events)["crisis_actief"] is True


# --- c06: "oke" right after a crisis answer ----------------------------------------------------------
@pytest.mark.parametrize(("text", "response"), [
    ("oke", "utter_crisis_oke"), ("ok", "utter_crisis_oke"), ("goed", "utter_crisis_oke"),
    ("oke dank je", "utter_crisis_oke"),
    # a bare "ja" to an answer that ends "Ben je in direct gevaar? Bel dan 112" may be a yes to
    # danger (fifteenth stranger test): the call-now answer, never the start menu either
    ("ja", "utter_crisis_ja"),
])
def test_an_acknowledgement_after_a_crisis_answer_is_warm_not_the_start_menu(text, response):
    trk = tracker("bevestigen", text, slots={"crisis_actief": True, "crisis_soort": "zelfmoord"})
    trk.events = [{"event": "user", "text": "..."}, _bot("utter_crisis_zelfmoord"), _bot("utter_crisis_verder"),
                  {"event": "user", "text": text}]
    messages, _ = run(a.ActionBedoelingBevestigd(), trk)
    assert [m["response"] for m in messages] == [response]


def test_an_acknowledgement_read_as_unclear_after_a_crisis_answer_is_warm_too():
    trk = tracker("nlu_fallback", "oke", slots={"crisis_actief": True, "crisis_soort": "zelfmoord"})
    trk.events = [_bot("utter_crisis_zelfmoord"), _bot("utter_crisis_verder")]
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_oke"]


def test_oke_without_a_crisis_still_gets_the_opening():
    trk = tracker("bevestigen", "oke", slots={})
    trk.events = [{"event": "user", "text": "oke"}]
    messages, _ = run(a.ActionBedoelingBevestigd(), trk)
    assert [m["response"] for m in messages] == ["utter_waarmee_helpen"]


def test_the_warm_acknowledgement_keeps_the_help_one_tap_away():
    from tests.texts import response_variants

    variant = response_variants("utter_crisis_oke")[0]
    assert "/crisis" in [b["payload"] for b in variant.get("buttons", [])]


@pytest.mark.parametrize("intent", ["agressie_geweld", "seksuele_intimidatie"])
def test_shame_read_as_a_situation_right_after_the_sexual_violence_answer_is_answered_warmly(intent):
    trk = tracker(intent, "ik schaam me kapot, ik had dat rokje niet aan moeten trekken",
                  slots={"crisis_actief": True, "crisis_soort": "seksueel_geweld"})
    messages, _ = run(a.ActionHerkenSituatie(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_seksueel_geweld_schaamte"]


def test_sexual_assault_named_without_a_time_and_read_as_aggression_is_sexual_violence_with_its_help():
    messages, events = run(a.ActionHerkenSituatie(),
                           tracker("agressie_geweld", "een klant heeft mij aangerand in het magazijn"))
    assert "utter_seksueel_geweld_hulp" in [m["response"] for m in messages]
    assert slots_of(events)["situatie"] == "seksuele_intimidatie"


def test_shame_and_no_police_report_right_after_the_sexual_violence_answer_is_answered_warmly():
    trk = tracker("geen_stap_willen", "ik durf het niemand te vertellen, ik schaam me zo en ik wil geen aangifte doen",
                  slots={"crisis_actief": True, "crisis_soort": "seksueel_geweld"})
    messages, _ = run(a.ActionGeenStap(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_seksueel_geweld_schaamte"]


def test_no_police_report_without_shame_still_gets_that_it_is_fine():
    trk = tracker("geen_stap_willen", "ik wil geen aangifte doen",
                  slots={"crisis_actief": True, "crisis_soort": "seksueel_geweld"})
    messages, _ = run(a.ActionGeenStap(), trk)
    assert [m["response"] for m in messages] == ["utter_geen_stap_willen"]
