"""Off-script paths in the actions: acute danger, after a crisis answer, venting, English once."""

import pytest
from rasa_sdk.events import SlotSet

from actions import actions as a
from bot.content import hulplijn_values
from tests.actions.test_actions import run, slots_of, tracker
from tests.texts import content_text, response_variants
from tests.texts import text as response_text

ENGLISH_START = content_text("engels.yml", "antwoord").split("{")[0]  # the whole English answer begins so


def test_i_am_doing_it_now_after_a_suicide_message_gets_the_acute_answer():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "ik ga het nu doen", slots={"crisis_soort": "zelfmoord"},
                            crisis={"category": None, "rule": "classifier", "level": "alarm"}))
    assert SlotSet("crisis_soort", "acuut") in events


def test_suicide_attempt_under_way_is_acute():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "ik heb net al mijn pillen geslikt",
                            crisis={"category": "zelfmoord", "rule": "plan"}))
    assert SlotSet("crisis_soort", "acuut") in events


def test_a_story_after_i_only_want_to_tell_is_heard_before_any_category_question():
    _, events = run(a.ActionHerkenSituatie(),
                    tracker("pesten", "ze lachen me elke dag uit", slots={"luisteren": True}))
    slots = slots_of(events)
    assert slots["open_vraag"] == "luisteren" and slots["situatie"] == "pesten" and slots["luisteren"] is False


def test_venting_said_in_the_story_itself_is_heard_first():
    _, events = run(a.ActionHerkenSituatie(),
                    tracker("pesten", "ik wil het alleen even kwijt, ze lachen me elke dag uit"))
    assert slots_of(events)["open_vraag"] == "luisteren"


def test_the_next_story_after_listening_gets_the_check():
    _, events = run(a.ActionHerkenSituatie(),
                    tracker("pesten", "en ik moet het even kwijt: nu negeren ze me ook nog",
                            slots={"open_vraag": "luisteren", "situatie": "pesten"}))
    assert slots_of(events)["open_vraag"] == "check_situatie"


@pytest.mark.parametrize("text", [
    "ja precies. en niemand zegt er wat van. ik ben er klaar mee soms. nou ja. bedankt voor het luisteren",
    "hij deed het vandaag weer waar iedereen bij was. fijn dat ik het even kwijt kon",
])
def test_more_of_the_story_with_thanks_for_listening_ends_the_telling_without_a_check(text):
    """Fourth stranger test c08: "... bedankt voor het luisteren" got "Klopt het dat het gaat om pesten?"."""
    dispatcher, events = run(a.ActionHerkenSituatie(),
                             tracker("pesten", text, slots={"open_vraag": "luisteren", "situatie": "intimidatie"}))
    assert [m["response"] for m in dispatcher] == ["utter_luisteren_klaar"]
    assert slots_of(events)["open_vraag"] is None
    assert {"event": "followup", "timestamp": None, "name": "action_listen"} in events


def test_thanks_for_listening_before_listening_began_is_no_ending():
    _, events = run(a.ActionHerkenSituatie(),
                    tracker("pesten", "ze lachen me uit. bedankt voor het luisteren", slots={}))
    assert slots_of(events)["open_vraag"] == "check_situatie"


def test_that_was_it_after_listening_checks_the_situation():
    _, events = run(a.ActionNaLuisteren(), tracker("ontkennen", "nee dat was het",
                                                   slots={"open_vraag": "luisteren", "situatie": "pesten"}))
    assert events == [SlotSet("open_vraag", "check_situatie")]


def test_i_only_want_to_tell_keeps_an_open_question_waiting():
    _, events = run(a.ActionLuisteren(), tracker("wil_vertellen", "ik wil het alleen kwijt",
                                                 slots={"open_vraag": "check_situatie"}))
    assert slots_of(events) == {"luisteren": True, "luisteren_gezegd": True, "open_vraag": "luisteren"}


def test_english_answer_only_once_then_the_short_line():
    messages, events = run(a.ActionEngels(), tracker("engels", "do you speak english"))
    assert messages[0]["text"].startswith(ENGLISH_START) and SlotSet("engels_gegeven", True) in events
    messages, events = run(a.ActionEngels(), tracker("engels", "ok and what now", slots={"engels_gegeven": True}))
    assert len(messages) == 1 and not messages[0]["text"].startswith(ENGLISH_START)
    assert "{" not in messages[0]["text"]


def test_i_called_them_after_a_crisis_answer_is_acknowledged_in_english():
    messages, events = run(a.ActionEngels(), tracker("engels", "I called them", slots={"crisis_soort": "geweld"}))
    assert len(messages) == 1 and messages[0]["text"].startswith(content_text("engels.yml", "veilig").split("{")[0])
    assert not messages[0]["text"].startswith(ENGLISH_START) and events == []


def test_english_answer_to_a_non_crisis_message_names_no_emergency_numbers():
    ranking = [{"name": "fraude", "confidence": 0.8}]
    messages, _ = run(a.ActionEngels(), tracker("engels", "my boss fakes the figures", ranking=ranking))
    numbers = {number for number in hulplijn_values().values() if any(c.isdigit() for c in number)}
    assert not any(n in m["text"] for m in messages for n in numbers)


def test_a_crisis_answer_marks_the_crisis_as_going_on():
    trk = tracker("crisis", "hij staat met een mes voor de deur", crisis={"category": "geweld", "level": "alarm"})
    slots = slots_of(run(a.ActionBepaalCrisissoort(), trk)[1])
    assert slots["crisis_soort"] == "geweld" and slots["crisis_actief"] is True


def test_an_unsure_crisis_while_a_crisis_goes_on_gets_its_help_again_not_the_gentle_check():
    # "help hij komt naar boven" right after "bel 112": before, "Gaat het wel goed met je?"
    trk = tracker("crisis", "help hij komt naar boven", crisis={"level": "check"},
                  slots={"crisis_soort": "geweld", "crisis_actief": True})
    assert slots_of(run(a.ActionBepaalCrisissoort(), trk)[1])["crisis_soort"] == "geweld"
    calm = tracker("crisis", "ik weet het even niet", crisis={"level": "check"})
    assert slots_of(run(a.ActionBepaalCrisissoort(), calm)[1])["crisis_soort"] == "check"


def test_asking_the_bot_to_call_gets_that_it_cannot_and_what_to_do():
    trk = tracker("vraag_doorgeven", "kun jij 112 bellen voor mij?", slots={"crisis_soort": "geweld",
                                                                          "crisis_actief": True})
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_kan_niet_bellen_112"] and events == []


def test_having_called_ends_the_crisis():
    trk = tracker("crisis_voorbij", "ik heb ze gebeld", slots={"crisis_actief": True})
    assert slots_of(run(a.ActionHervatGesprek(), trk)[1]) == {"crisis_actief": False}


def test_an_assault_told_to_the_gentle_check_gets_the_sexual_violence_answer():
    trk = tracker("crisis", "ik weet niet hoe ik het moet noemen. hij heeft me aangeraakt en ik zei nee "
                            "en hij ging door",
                  crisis={"level": "check"})
    slots = slots_of(run(a.ActionBepaalCrisissoort(), trk)[1])
    assert slots["crisis_soort"] == "seksueel_geweld" and slots["crisis_actief"] is True


def test_after_sexual_violence_the_check_on_aggression_is_not_asked_again():
    # stranger test 25: "Klopt het: agressie of geweld?" came back after the Centrum Seksueel Geweld answer
    for level in ("alarm", "check"):  # a pattern, or the classifier unsure and the act described
        trk = tracker("crisis", "hij heeft me aangeraakt en ik zei nee en hij ging door",
                      crisis={"category": "seksueel_geweld" if level == "alarm" else None, "level": level},
                      slots={"situatie": "agressie_geweld", "open_vraag": "check_situatie"})
        slots = slots_of(run(a.ActionBepaalCrisissoort(), trk)[1])
        assert slots["crisis_soort"] == "seksueel_geweld" and slots["situatie"] == "seksuele_intimidatie"
        assert slots["open_vraag"] is None


# --- stranger test: stopping in a crisis (C16), a worry about someone else (C25) ---------------
def test_stopping_in_a_crisis_keeps_the_crisis_in_mind():
    _, events = run(a.ActionResetGesprek(), tracker("stoppen", "nee gewoon. laat maar",
                                                    slots={"crisis_actief": True, "crisis_soort": "zelfmoord",
                                                           "situatie": "pesten", "open_vraag": "check_situatie"}))
    slots = slots_of(events)
    assert "crisis_actief" not in slots and "crisis_soort" not in slots  # not reset
    assert slots["situatie"] is None and slots["open_vraag"] is None


def test_stopping_without_a_crisis_forgets_the_gentle_check_too():
    _, events = run(a.ActionResetGesprek(), tracker("stoppen", "stop", slots={"crisis_soort": "check"}))
    assert slots_of(events)["crisis_soort"] is None


def test_hopelessness_after_the_suicide_answer_is_heard():
    messages, _ = run(a.ActionCrisisVervolg(), tracker("twijfel_vertellen", "ik weet niet. het maakt toch niet uit",
                                                       slots={"crisis_actief": True, "crisis_soort": "zelfmoord"}))
    assert [m["response"] for m in messages] == ["utter_crisis_hopeloos"]


C25 = ("een collega van mij zei vandaag 'ik ben er volgende week toch niet meer' en hij geeft zijn spullen weg. "
       "hij wordt al lang gepest door zijn chef. moet ik iets doen?")


@pytest.mark.parametrize("text, crisis", [
    (C25, {"category": "zelfmoord", "rule": "afscheid_signalen", "level": "alarm"}),
    (C25, {"category": None, "rule": "classifier_twijfel", "level": "check"}),  # only the classifier, unsure
    ("mijn collega zegt steeds dat hij er een eind aan wil maken. wat moet ik doen?",
     {"category": "zelfmoord", "rule": "einde_aan_maken", "level": "alarm"}),
])
def test_a_worry_about_someone_elses_life_gets_the_answer_for_that(text, crisis):
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", text, crisis=crisis))
    slots = slots_of(events)
    assert slots["crisis_soort"] == "zorgen_ander" and slots["crisis_actief"] is True


def test_the_writers_own_crisis_stays_theirs():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "soms denk ik dat iedereen beter af is zonder mij",
                            crisis={"category": "zelfmoord", "rule": "beter_af_zonder_mij", "level": "alarm"}))
    assert slots_of(events)["crisis_soort"] == "zelfmoord"


SEXUAL_VIOLENCE_GOING_ON = {"crisis_actief": True, "crisis_soort": "seksueel_geweld"}


def test_a_medical_question_after_sexual_violence_names_the_centre_again():
    # stranger test C22: "moet ik naar een dokter?" got only the evidence text
    messages, _ = run(a.ActionHervatGesprek(), tracker("faq", "moet ik naar een dokter?",
                                                       slots=SEXUAL_VIOLENCE_GOING_ON))
    assert [m["response"] for m in messages] == ["utter_crisis_dokter_csg"]


def test_a_medical_question_read_as_an_unsure_crisis_during_one_is_answered_not_repeated():
    # third stranger test (c24): "moet ik naar een dokter?" after the sexual-violence answer, read
    # by the classifier as an unsure crisis, got the same crisis answer again
    trk = tracker("crisis", "moet ik naar een dokter? het was zaterdagnacht. ik heb me wel gedoucht",
                  crisis={"category": None, "level": "check"}, slots=SEXUAL_VIOLENCE_GOING_ON)
    assert slots_of(run(a.ActionBepaalCrisissoort(), trk)[1])["crisis_soort"] == "vervolg"
    # "ik voel me zo vies" is answered warmly too, not with the same block (seventh stranger test c28)
    trk = tracker("crisis", "ik voel me zo vies", crisis={"category": None, "level": "check"},
                  slots=SEXUAL_VIOLENCE_GOING_ON)
    assert slots_of(run(a.ActionBepaalCrisissoort(), trk)[1])["crisis_soort"] == "vervolg"


def test_a_medical_question_without_that_crisis_adds_nothing():
    messages, _ = run(a.ActionHervatGesprek(), tracker("faq", "moet ik naar een dokter?",
                                                       slots={"crisis_actief": True, "crisis_soort": "geweld"}))
    assert messages == []


def test_a_medical_question_read_as_unclear_after_sexual_violence_names_the_centre():
    messages, _ = run(a.ActionCrisisVervolg(), tracker("nlu_fallback", "moet ik naar de huisarts of zo",
                                                       slots=SEXUAL_VIOLENCE_GOING_ON))
    assert [m["response"] for m in messages] == ["utter_crisis_dokter_csg"]


VIOLENCE_GOING_ON = {"crisis_actief": True, "crisis_soort": "geweld"}


def test_an_unsure_guess_right_after_violence_is_the_violence_just_told():
    # stranger test C19: hit by a patient; "ik ben op de gang, hij is in zijn kamer" was checked
    # as sexual harassment
    trk = tracker("seksuele_intimidatie", "ik ben op de gang, hij is in zijn kamer", slots=VIOLENCE_GOING_ON,
                  extra={"intent": {"name": "seksuele_intimidatie", "confidence": 0.13}})
    _, events = run(a.ActionHerkenSituatie(), trk)
    assert slots_of(events)["situatie"] == "agressie_geweld"


def test_a_sure_new_matter_after_violence_is_taken_as_told():
    trk = tracker("fraude", "en mijn chef vervalst ook de uren", slots=VIOLENCE_GOING_ON,
                  extra={"intent": {"name": "fraude", "confidence": 0.8}})
    _, events = run(a.ActionHerkenSituatie(), trk)
    assert slots_of(events)["situatie"] == "fraude"


# --- after the violence answer (stranger test C19, C07) --------------------------------------------
def _tracker_with_events(intent, text, slots, events, crisis=None):
    from rasa_sdk import Tracker

    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "intent_ranking": []}
    if crisis:
        latest["crisis"] = crisis
    return Tracker("test", slots, latest, events, False, None, {}, "action_listen")


def test_safe_now_read_as_a_crisis_again_is_a_follow_up_not_the_same_answer():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "hij is weg nu. ik zit thuis",
                            slots={"crisis_soort": "geweld", "crisis_actief": True},
                            crisis={"category": None, "rule": "classifier", "level": "alarm"}))
    assert events == [SlotSet("crisis_soort", "vervolg")]


def test_a_new_danger_after_the_violence_answer_is_still_the_crisis():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "hij staat nu weer voor de deur met een mes",
                            slots={"crisis_soort": "geweld", "crisis_actief": True},
                            crisis={"category": "geweld", "rule": "wapen_nu", "level": "alarm"}))
    assert SlotSet("crisis_soort", "geweld") in events and SlotSet("crisis_actief", True) in events


def test_the_follow_up_gets_the_aftercare_and_the_kind_back():
    trk = _tracker_with_events("crisis", "hij is weg nu. ik zit thuis",
                               {"crisis_soort": "vervolg", "crisis_actief": True},
                               [{"event": "slot", "name": "crisis_soort", "value": "geweld"},
                                {"event": "slot", "name": "crisis_soort", "value": "vervolg"}])
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_nazorg"]
    assert slots_of(events) == {"crisis_soort": "geweld", "crisis_actief": False}


def test_my_colleague_is_with_me_after_violence_is_support():
    messages, events = run(a.ActionCrisisVervolg(),
                           tracker("ben_getuige", "mijn collega is bij me",
                                   slots={"crisis_soort": "geweld", "crisis_actief": True}))
    assert [m["response"] for m in messages] == ["utter_crisis_nazorg_collega", "utter_crisis_nazorg"]
    assert slots_of(events) == {"crisis_actief": False}


def test_who_can_be_reached_now_after_a_crisis_answer():
    trk = _tracker_with_events("crisis", "is er nu iemand bereikbaar? het is midden in de nacht",
                               {"crisis_soort": "vervolg", "crisis_actief": True},
                               [{"event": "slot", "name": "crisis_soort", "value": "zelfmoord"}])
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_wie_nu"]
    assert slots_of(events) == {"crisis_soort": "zelfmoord"}


def test_who_can_be_reached_now_as_a_first_message_is_answered_not_checked():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "is er nu iemand bereikbaar? het is midden in de nacht",
                            crisis={"category": None, "rule": "classifier_twijfel", "level": "check"}))
    assert events == [SlotSet("crisis_soort", "vervolg")]
    trk = _tracker_with_events("crisis", "is er nu iemand bereikbaar? het is midden in de nacht",
                               {"crisis_soort": "vervolg"},
                               [{"event": "slot", "name": "crisis_soort", "value": "vervolg"}])
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_wie_nu"]
    assert slots_of(events) == {"crisis_soort": None}


# --- a typed time is no button (stranger test C04) ---------------------------------------------------
def test_a_pressed_old_button_has_expired():
    messages, _ = run(a.ActionOudeKnop(), tracker("kies_tijd", '/kies_tijd{"tijd":"2027-03-09T10:00"}'))
    assert [m["response"] for m in messages] == ["utter_knop_verlopen"]


def test_typed_text_never_gets_the_expired_button_answer():
    messages, _ = run(a.ActionOudeKnop(), tracker("kies_tijd", "volgende week"))
    assert [m["response"] for m in messages] == ["utter_tijd_zonder_vraag"]
    messages, _ = run(a.ActionOudeKnop(), tracker("kies_tijd", "next week", slots={"engels_gegeven": True}))
    assert len(messages) == 1 and messages[0]["response"] is None
    assert "afspraak" in messages[0]["text"] and "{" not in messages[0]["text"]


# --- the witness answer only for a message about someone else (stranger test C05, C14) ----------------
@pytest.mark.parametrize("text, rol", [
    ("het gaat niet om mij maar om een collega", "getuige"),
    ("collega's lachen me uit", "zelf"),
    ("mijn collega is bij me", "zelf"),
])
def test_the_role_is_read_from_the_message_not_from_the_intent_alone(text, rol):
    _, events = run(a.ActionBepaalRol(), tracker("ben_getuige", text))
    assert slots_of(events) == {"rol": rol}


def test_my_colleague_is_with_me_is_heard_as_support():
    messages, _ = run(a.ActionBepaalRol(), tracker("ben_getuige", "mijn collega is bij me"))
    assert [m["response"] for m in messages] == ["utter_crisis_nazorg_collega"]


def test_only_naming_who_does_it_sets_no_role():
    _, events = run(a.ActionBepaalRol(), tracker("ben_getuige", "collega's"))
    assert events == []


# --- protecting others is a wish to act (stranger test C13) ---------------------------------------------
def test_wanting_others_spared_gets_patterns_and_complaint_not_you_need_not_do_anything():
    text = "ik wil eigenlijk dat anderen het niet ook meemaken"
    messages, _ = run(a.ActionGeenStap(), tracker("geen_stap_willen", text))
    assert [m["response"] for m in messages] == ["utter_anderen_beschermen"]


def test_declining_a_step_still_gets_that_is_fine():
    messages, _ = run(a.ActionGeenStap(), tracker("geen_stap_willen", "ik wil geen klacht indienen"))
    assert [m["response"] for m in messages] == ["utter_geen_stap_willen"]


def test_away_from_him_read_as_another_situation_after_violence_gets_the_aftercare_first():
    trk = tracker("seksuele_intimidatie", "ik ben op de gang, hij is in zijn kamer", slots=VIOLENCE_GOING_ON,
                  extra={"intent": {"name": "seksuele_intimidatie", "confidence": 0.7}})
    messages, events = run(a.ActionHerkenSituatie(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_nazorg"]
    slots = slots_of(events)
    assert slots["situatie"] == "agressie_geweld" and slots["crisis_actief"] is False


# --- afraid to go to work after a threat (third stranger test, c23) ----------------------------------
# A bus driver threatened with a knife got the violence answer and the aftercare; then "moet ik dan
# wel gaan rijden vanavond? ik durf echt niet" got "Gaat het wel goed met je?", and the same question
# again "Bedoel je: een probleem over je werk zelf?". His question gets an answer now.
_AFTER_VIOLENCE = {"crisis_soort": "geweld", "crisis_actief": False}


def test_afraid_to_drive_after_the_violence_answer_is_a_follow_up_not_the_check():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "moet ik dan wel gaan rijden vanavond? ik durf echt niet", slots=_AFTER_VIOLENCE,
                            crisis={"category": None, "rule": "classifier_twijfel", "level": "check"}))
    assert events == [SlotSet("crisis_soort", "vervolg")]
    trk = _tracker_with_events("crisis", "moet ik dan wel gaan rijden vanavond? ik durf echt niet",
                               {"crisis_soort": "vervolg", "crisis_actief": False},
                               [{"event": "slot", "name": "crisis_soort", "value": "geweld"},
                                {"event": "slot", "name": "crisis_soort", "value": "vervolg"}])
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_werk_veilig"]
    assert slots_of(events) == {"crisis_soort": "geweld"}


def test_afraid_to_start_the_shift_not_understood_gets_the_answer_not_did_you_mean():
    trk = tracker("nlu_fallback", "ik moet om 18:00 beginnen aan mijn dienst en ik durf niet. moet ik gaan?",
                  slots=_AFTER_VIOLENCE, ranking=[{"name": "nlu_fallback", "confidence": 0.3},
                                                  {"name": "buiten_vp_taak", "confidence": 0.19}])
    messages, events = run(a.ActionDefaultAskAffirmation(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_werk_veilig"] and events == []


def test_afraid_to_go_to_work_without_a_threat_told_is_not_this_answer():
    calm = tracker("crisis", "moet ik morgen wel gaan werken? ik durf echt niet",
                   crisis={"category": None, "rule": "classifier_twijfel", "level": "check"})
    assert slots_of(run(a.ActionBepaalCrisissoort(), calm)[1])["crisis_soort"] == "check"
    unclear = tracker("nlu_fallback", "ik durf niet naar mijn werk, moet ik gaan?",
                      ranking=[{"name": "nlu_fallback", "confidence": 0.3}, {"name": "pesten", "confidence": 0.2}])
    messages, _ = run(a.ActionDefaultAskAffirmation(), unclear)
    assert [m["response"] for m in messages] != ["utter_crisis_werk_veilig"]


def test_the_work_safety_answer_names_the_manager_the_employer_and_a_police_report():
    text = response_text("utter_crisis_werk_veilig")
    assert "leidinggevende" in text and "werkgever" in text and "aangifte" in text


def test_the_gentle_check_asks_straight_out_and_names_113():
    # third stranger test, c13: the check came without 113; a VP asks directly and names the line
    text = response_text("utter_crisis_check")
    assert "{zelfmoordpreventie_nummer}" in text and "{zelfmoordpreventie_gratis_nummer}" in text
    assert "er niet meer te zijn" in text


# Fourth stranger test, c16: the gentle check asks "denk je erover om er niet meer te zijn?";
# "soms wel ja. maar ik ga niks doen hoor" got "Bedoel je: pesten?". A yes to that question is a
# yes to suicidal thoughts: the crisis answer with 113 (rule "ja op de vraag van de crisischeck").
def _after_check(intent, text):
    trk = tracker(intent, text, slots={"crisis_soort": "check"})
    check = {"event": "bot", "text": "Gaat het wel goed met je?", "metadata": {"utter_action": "utter_crisis_check"}}
    trk.events = [check,
                  {"event": "user", "text": text}]
    return trk


def test_a_yes_to_the_gentle_check_is_the_suicide_answer():
    _, events = run(a.ActionBepaalCrisissoort(), _after_check("bevestigen", "soms wel ja. maar ik ga niks doen hoor"))
    assert slots_of(events)["crisis_soort"] == "zelfmoord" and slots_of(events)["crisis_actief"] is True


def test_a_yes_elsewhere_is_no_crisis_kind():
    trk = tracker("bevestigen", "ja", slots={"crisis_soort": None})
    trk.events = [{"event": "bot", "text": "Bedoel je: pesten?", "metadata": {"utter_action": "utter_ask_affirmation"}}]
    _, events = run(a.ActionBepaalCrisissoort(), trk)
    assert slots_of(events).get("crisis_soort") != "zelfmoord"


@pytest.mark.parametrize("text", ["soms wel ja. maar ik ga niks doen hoor", "soms wel", "eigenlijk wel ja",
                                  "af en toe wel, ja"])
def test_a_hesitant_yes_is_a_leading_yes(text):
    from bot.dialogue.resume import leading_answer

    assert leading_answer(text) == "bevestigen"


@pytest.mark.parametrize("text", ["soms pest hij me", "eigenlijk weet ik het niet", "wel eens gehoord van pesten?"])
def test_sometimes_in_a_story_is_no_yes(text):
    from bot.dialogue.resume import leading_answer

    assert leading_answer(text) is None


# Fourth stranger test, c14: "een bewoner heeft me geslagen en gezegd dat hij me morgen 'af gaat
# maken'" got the gentle check with its suicide question. A threat or fear of someone is asked
# about safety (112 in danger), and the claim that it "hoort erbij" is answered.
THREAT = ("Dag. Ik ben verpleegkundige in een verpleeghuis. Een bewoner heeft me vandaag geslagen en gezegd "
          "dat hij me morgen 'af gaat maken'. Mijn leidinggevende zegt dat dat erbij hoort.")


@pytest.mark.parametrize("text", [THREAT, "ik ben bang voor die klant, hij wacht me steeds op bij de uitgang",
                                  "hij zei dat hij me kapot gaat maken als ik iets zeg"])
def test_a_threat_the_classifier_doubts_about_gets_the_safety_check(text):
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", text, crisis={"category": None, "rule": "classifier_twijfel", "level": "check"}))
    assert slots_of(events) == {"crisis_soort": "veiligheid"}


@pytest.mark.parametrize("text", ["ik weet het niet meer, het heeft geen zin",
                                  "hij slaat me en ik wil niet meer leven"])
def test_despair_still_gets_the_gentle_check(text):
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", text, crisis={"category": None, "rule": "classifier_twijfel", "level": "check"}))
    assert slots_of(events) == {"crisis_soort": "check"}


def test_the_safety_check_asks_about_danger_not_suicide_and_answers_part_of_the_job():
    text = response_text("utter_crisis_veiligheid")
    assert "{spoed_nummer}" in text and "niet meer te zijn" not in text and "113" not in text
    assert "hoort niet bij je werk" in text and "werkgever" in text
    assert "aangifte" in text and "{slachtofferhulp_nummer}" in text and "vertrouwenspersoon" in text


@pytest.mark.parametrize("text", ["ja hoor", "ja het gaat wel", "ja hoor, gaat prima", "jawel, het gaat wel hoor",
                                  "ja gaat goed"])
def test_fine_after_the_gentle_check_is_no_yes_to_suicide(text):
    _, events = run(a.ActionBepaalCrisissoort(), _after_check("bevestigen", text))
    assert slots_of(events) == {"crisis_soort": "gaat_goed"}


@pytest.mark.parametrize("text", ["ja", "soms wel", "ja soms", "ja eigenlijk wel", "ja, het gaat niet goed"])
def test_a_plain_yes_to_the_gentle_check_stays_the_suicide_answer(text):
    _, events = run(a.ActionBepaalCrisissoort(), _after_check("bevestigen", text))
    assert slots_of(events)["crisis_soort"] == "zelfmoord"


def test_the_claim_that_aggression_is_part_of_the_job_is_answered():
    messages, _ = run(a.ActionHerkenSituatie(),
                      tracker("intimidatie", "maar morgen moet ik weer daarheen. mijn leidinggevende zegt dat het "
                                             "erbij hoort. klopt dat?"))
    assert [m["response"] for m in messages] == ["utter_hoort_niet_bij_werk"]
    messages, _ = run(a.ActionHerkenSituatie(), tracker("intimidatie", "mijn teamleider schreeuwt steeds tegen me"))
    assert messages == []


# Fourth stranger test, c10: two matters named ("Ik lees twee dingen ..."); the person takes one,
# and later the other: that other one is taken up, not both named again in a loop.
def test_choosing_one_of_two_matters_keeps_the_other_for_later():
    trk = tracker("kies_situatie", '/kies_situatie{"situatie":"pesten"}',
                  entities=[{"entity": "situatie", "value": "pesten"}],
                  slots={"open_vraag": "twee_situaties", "situatie": "fraude", "tweede_situatie": "pesten",
                         "tweede_situatie_label": "pesten of buitensluiten"})
    _, events = run(a.ActionKiesSituatie(), trk)
    slots = slots_of(events)
    assert slots["situatie"] == "pesten" and slots["open_vraag"] == "opties"
    assert slots["tweede_situatie"] == "fraude"


def test_the_matter_kept_for_later_is_taken_up_without_naming_both_again():
    trk = tracker("fraude", "fraude, zoals valse declaraties, uren of cijfers",
                  ranking=[{"name": "fraude", "confidence": 0.8}],
                  slots={"open_vraag": "opties", "situatie": "pesten", "soort": "omgangsvormen",
                         "tweede_situatie": "fraude"})
    _, events = run(a.ActionHerkenSituatie(), trk)
    slots = slots_of(events)
    assert slots["situatie"] == "fraude" and slots["open_vraag"] == "opties"
    assert slots["tweede_situatie"] is None


def test_the_waiting_matter_named_in_words_is_taken_up():
    # "ik wil het nu over het buitensluiten hebben" after the fraud options (c10): read as a choice
    # with no situation named; the waiting matter's own words name it
    trk = tracker("kies_situatie", "ik wil het nu over het buitensluiten hebben",
                  slots={"open_vraag": "opties", "situatie": "fraude", "soort": "integriteit",
                         "tweede_situatie": "pesten"})
    _, events = run(a.ActionKiesSituatie(), trk)
    slots = slots_of(events)
    assert slots["situatie"] == "pesten" and slots["tweede_situatie"] is None
    trk = tracker("kies_situatie", "ik wil het over iets anders hebben",
                  slots={"open_vraag": "opties", "situatie": "fraude", "tweede_situatie": "pesten"})
    assert slots_of(run(a.ActionKiesSituatie(), trk)[1])["situatie"] == "fraude"


@pytest.mark.parametrize("told", ["pesten", "seksuele_intimidatie", "fraude"])
def test_a_consequence_read_as_outside_the_task_keeps_the_matter_told(told):
    """Fifth stranger test c07, c19: after bullying (or harassment) was told and confirmed,
    "ik slaap er slecht van en heb me al 2x ziek gemeld" was read as outside the VP's task; after
    "Nee" to "speelt er ook ...?" the person heard "Dit hoort niet bij de taak" and goodbye."""
    _, events = run(a.ActionHerkenSituatie(),
                    tracker("buiten_vp_taak", "ik slaap er slecht van en heb me al 2x ziek gemeld",
                            slots={"situatie": told, "open_vraag": "opties"}))
    slots = slots_of(events)
    assert slots["situatie"] == told and slots["open_vraag"] == "opties"


def test_outside_the_task_as_the_first_matter_still_asks_whether_behaviour_plays_a_part():
    _, events = run(a.ActionHerkenSituatie(),
                    tracker("buiten_vp_taak", "ik ben het niet eens met mijn beoordeling", slots={}))
    assert slots_of(events)["open_vraag"] == "buiten_ook_gedrag"


# Sixth stranger test c11: "ik wil dood", then "nee sorry dat was overdreven, ik bedoel doodmoe": every
# later message, also "stop", got the 113 answer again.
def test_a_crisis_taken_back_with_the_story_ends_the_crisis_and_hears_the_story():
    text = ("nee sorry dat was overdreven. ik bedoel dat ik doodmoe ben van het werk, ze laten me alle "
            "nachtdiensten draaien omdat ik de jongste ben")
    messages, events = run(a.ActionHerkenSituatie(), tracker(
        "discriminatie", text, slots={"crisis_actief": True, "crisis_soort": "zelfmoord"}))
    assert messages[0]["response"] == "utter_crisis_teruggenomen"
    assert slots_of(events)["crisis_actief"] is False and slots_of(events)["situatie"] == "discriminatie"


def test_a_crisis_taken_back_after_the_answer_is_believed():
    messages, events = run(a.ActionCrisisVervolg(), tracker(
        "nlu_fallback", "ik heb echt geen 113 nodig hoor. ik wil weten wat ik kan doen aan die nachtdiensten",
        slots={"crisis_actief": True, "crisis_soort": "zelfmoord", "situatie": "discriminatie",
               "open_vraag": "opties"}))
    assert [m["response"] for m in messages] == ["utter_crisis_teruggenomen", "utter_vraag_opties"]
    assert slots_of(events)["crisis_actief"] is False


def test_no_retraction_when_the_same_message_is_a_crisis():
    messages, events = run(a.ActionCrisisVervolg(), tracker(
        "nlu_fallback", "dat was maar een grapje, ik wil echt niet meer leven",
        slots={"crisis_actief": True, "crisis_soort": "zelfmoord"}))
    assert [m["response"] for m in messages] == ["utter_crisis_zelfmoord"]
    assert "crisis_actief" not in slots_of(events)


def test_the_crisis_block_is_not_given_a_third_time_in_a_row():
    from rasa_sdk import Tracker

    latest = {"text": "nachtdiensten", "intent": {"name": "nlu_fallback", "confidence": 0.3}, "entities": []}
    events = [{"event": "bot", "text": "Goed dat je dit zegt ...",
               "metadata": {"utter_action": "utter_crisis_zelfmoord"}},
              {"event": "user", "text": "nachtdiensten"}]
    trk = Tracker("test", {"crisis_actief": True, "crisis_soort": "zelfmoord"}, latest, events, False, None, {},
                  "action_listen")
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_herhaald"]


# --- sixth stranger test c23: locked in the canteen, the manager still outside -------------------
def test_cannot_call_read_as_unclear_after_violence_stays_with_the_danger():
    # before: "Bedoel je: je hebt een vraag over de vertrouwenspersoon?"
    trk = tracker("nlu_fallback", "ik durf niet te bellen hij hoort me dan", slots=VIOLENCE_GOING_ON,
                  ranking=[{"name": "faq", "confidence": 0.2}])
    messages, events = run(a.ActionDefaultAskAffirmation(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_niet_bellen_geweld"] and events == []


def test_the_threat_still_at_the_door_read_as_a_situation_gets_no_category_check():
    # before: "Klopt het dat het gaat om intimidatie?", then the police's non-emergency number
    trk = tracker("intimidatie", "hij staat nog steeds voor de deur", slots=VIOLENCE_GOING_ON,
                  extra={"intent": {"name": "intimidatie", "confidence": 0.7}})
    messages, events = run(a.ActionHerkenSituatie(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_gevaar_nu"]
    assert "situatie" not in slots_of(events) and "open_vraag" not in slots_of(events)
    assert {"event": "followup", "timestamp": None, "name": "action_listen"} in events


def test_the_threat_still_there_read_as_a_crisis_is_a_follow_up():
    trk = tracker("crisis", "hij staat nog steeds voor de deur", slots=VIOLENCE_GOING_ON,
                  crisis={"category": None, "rule": "classifier", "level": "alarm"})
    assert run(a.ActionBepaalCrisissoort(), trk)[1] == [SlotSet("crisis_soort", "vervolg")]


def test_the_threat_still_there_twice_gets_the_short_form_the_second_time():
    events = [{"event": "slot", "name": "crisis_soort", "value": "geweld"},
              {"event": "bot", "metadata": {"utter_action": "utter_crisis_gevaar_nu"}}]
    trk = _tracker_with_events("intimidatie", "hij is er nog steeds", VIOLENCE_GOING_ON, events)
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_gevaar_nu_kort"]


def test_the_danger_texts_name_no_non_emergency_number_and_no_category():
    numbers = hulplijn_values()
    for name in ("utter_crisis_gevaar_nu", "utter_crisis_gevaar_nu_kort", "utter_crisis_niet_bellen_geweld"):
        said = response_text(name)
        assert "{spoed_nummer}" in said and numbers["politie_geen_spoed_nummer"] not in said
        assert "{politie_geen_spoed_nummer}" not in said and "Klopt het" not in said


# --- sixth stranger test c15: after hours, "mijn nek doet nog pijn" ---------------------------------
def test_pain_told_while_telling_gets_who_can_look_at_it_at_this_hour(monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2026-12-01T23:00:00+01:00")  # Tuesday 23:00
    trk = tracker("wil_vertellen", "ik denk niet aan zelfmoord ofzo. ik ben gewoon geschrokken. mijn nek doet nog pijn",
                  slots={"luisteren_gezegd": True})
    messages, events = run(a.ActionLuisteren(), trk)
    assert [m["response"] for m in messages] == ["utter_letsel_nakijken"]
    assert messages[0]["huisarts_nu"] == hulplijn_values()["huisarts_buiten_praktijkuren"]
    assert SlotSet("luisteren_gezegd", True) in events


def test_the_invitation_to_tell_is_not_given_twice_in_the_same_words():
    variants = response_variants("utter_wil_vertellen")
    said = {"type": "slot", "name": "luisteren_gezegd", "value": True}
    again = [v for v in variants if said in (v.get("condition") or [])]
    first = [v for v in variants if not v.get("condition")]
    assert len(again) == 1 and len(first) == 1 and again[0]["text"] != first[0]["text"]
    _, events = run(a.ActionLuisteren(), tracker("wil_vertellen", "/wil_vertellen"))
    assert SlotSet("luisteren_gezegd", True) in events


def test_after_a_side_answer_the_hour_of_the_medical_answer_is_refreshed(monkeypatch):
    monkeypatch.setenv("BOT_NOW", "2026-12-01T23:00:00+01:00")
    _, events = run(a.ActionHervatGesprek(), tracker("faq", "moet ik naar de dokter?",
                                                     slots={"huisarts_nu": hulplijn_values()["huisarts_overdag"]}))
    assert slots_of(events)["huisarts_nu"] == hulplijn_values()["huisarts_buiten_praktijkuren"]
    monkeypatch.setenv("BOT_NOW", "2026-12-01T10:00:00+01:00")
    from bot import settings
    settings.reset()
    _, events = run(a.ActionSessionStart(), tracker())
    assert slots_of(events)["huisarts_nu"] == hulplijn_values()["huisarts_overdag"]


# --- sixth stranger test c11, c16: age as the reason ------------------------------------------------
def test_night_shifts_for_the_youngest_are_checked_as_age_discrimination():
    trk = tracker("discriminatie", "ze laten me alle nachtdiensten draaien omdat ik de jongste ben")
    _, events = run(a.ActionHerkenSituatie(), trk)
    slots = slots_of(events)
    assert slots["situatie"] == "discriminatie" and slots["grond"] == "leeftijd" and slots["rol"] == "zelf"
    assert slots["open_vraag"] == "check_situatie"


def test_an_age_remark_next_to_an_appraisal_is_age_discrimination_not_outside_the_task():
    text = ("ik ben 61 en word steeds gepasseerd voor cursussen, hij zei 'dat loont bij jou toch niet meer'. "
            "en ik heb gedoe over mijn beoordelingsgesprek")
    _, events = run(a.ActionHerkenSituatie(), tracker("buiten_vp_taak", text))
    slots = slots_of(events)
    assert slots["situatie"] == "discriminatie" and slots["grond"] == "leeftijd"


def test_no_age_named_leaves_no_ground():
    trk = tracker("discriminatie", "ik krijg minder betaald omdat ik een vrouw ben")
    _, events = run(a.ActionHerkenSituatie(), trk)
    assert slots_of(events)["grond"] is None


def test_the_age_check_and_answer_say_age():
    slots = {"situatie": "discriminatie", "grond": "leeftijd", "rol": "zelf", "soort": "omgangsvormen"}
    assert "leeftijd" in response_text("utter_check_situatie", **slots)
    assert "leeftijd" in response_text("utter_situatie_erkend", **slots).lower()
    # the general text lists age among all the grounds (seventh stranger test); the age text speaks of it
    assert "leeftijd is een van de redenen" not in response_text("utter_situatie_erkend",
                                                                 **{**slots, "grond": None}).lower()


def test_the_danger_over_read_as_a_side_question_after_violence_gets_the_aftercare():
    # "hij is weg, mijn collega is bij me" was answered with "Ik geef niets uit deze chat door"
    latest = {"response_selector": {"default": {"response": {"intent_response_key": "faq/chat_geeft_niets_door"}}}}
    trk = tracker("faq", "hij is weg, mijn collega is bij me", slots=VIOLENCE_GOING_ON, extra=latest)
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_nazorg_collega", "utter_crisis_nazorg"]


def test_a_real_side_question_during_the_violence_crisis_gets_its_answer():
    latest = {"response_selector": {"default": {"response": {"intent_response_key": "faq/anoniem"}}}}
    trk = tracker("faq", "is dit gesprek anoniem?", slots=VIOLENCE_GOING_ON, extra=latest)
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_faq/anoniem"] and events == []
