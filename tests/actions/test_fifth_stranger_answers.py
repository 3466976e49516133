"""Fifth stranger test (2026-11-30): answers that were wrong or missing, with a real rasa_sdk
Tracker and CollectingDispatcher."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests.actions.domain import DOMAIN

FAQ_ASKED = {"event": "bot", "text": "Bedoel je: je hebt een vraag over de vertrouwenspersoon?",
             "metadata": {"utter_action": "utter_ask_affirmation"},
             "data": {"buttons": [{"title": "Ja, dat bedoel ik", "payload": "/faq"},
                                  {"title": "Nee, iets anders", "payload": "/out_of_scope"}]}}
SELECTED = {"faq": {"response": {"intent_response_key": "faq/chat_geeft_niets_door",
                                 "utter_action": "utter_faq/chat_geeft_niets_door", "confidence": 0.3}}}


def _tracker(events, text, intent, slots=None, extra=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 1.0}, "entities": [], **(extra or {})}
    return Tracker("gesprek-5", dict(slots or {}), latest, events, False, None, {}, "action_listen")


def _run(action, trk):
    dispatcher = CollectingDispatcher()
    return dispatcher.messages, action.run(dispatcher, trk, DOMAIN)


def _original():
    return {"event": "user", "text": "niemand op de bouw weet dat ik dit doe toch?",
            "parse_data": {"intent": {"name": "nlu_fallback"}, "response_selector": SELECTED}}


def _button_yes():
    """c30: the yes button under the question; the loop reverts and replays it as /faq."""
    return [_original(), {"event": "action", "name": "action_two_stage_fallback"},
            {"event": "active_loop", "name": "action_two_stage_fallback"}, dict(FAQ_ASKED),
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "/faq", "parse_data": {"intent": {"name": "faq"}}},
            {"event": "active_loop", "name": None}, {"event": "rewind"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "/faq", "parse_data": {"intent": {"name": "faq"}}},
            {"event": "action", "name": "utter_faq"}]


def _typed_yes():
    """c11: "Ja, dat bedoel ik" typed; action_bedoeling_bevestigd replays it as /faq."""
    return [_original(), {"event": "action", "name": "action_two_stage_fallback"}, dict(FAQ_ASKED),
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "Ja, dat bedoel ik", "parse_data": {}}, {"event": "rewind"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "Ja, dat bedoel ik", "parse_data": {}},
            {"event": "action", "name": "action_bedoeling_bevestigd"},
            {"event": "action", "name": "action_listen"},
            {"event": "user", "text": "/faq", "parse_data": {"intent": {"name": "faq"}}},
            {"event": "action", "name": "utter_faq"}]


def test_an_affirmed_faq_guess_gets_the_answer_the_question_got(db):
    for events in (_button_yes(), _typed_yes()):
        messages, result = _run(a.ActionHervatGesprek(), _tracker(events, "/faq", "faq"))
        assert [m["response"] for m in messages] == ["utter_faq/chat_geeft_niets_door"]
        assert {e["name"]: e["value"] for e in result if e["event"] == "slot"}["vorig_antwoord"] \
            == "chat_geeft_niets_door"


def test_an_affirmed_faq_guess_without_a_chosen_answer_is_no_empty_reply(db):
    events = _button_yes()
    events[0] = {"event": "user", "text": "hmm", "parse_data": {"intent": {"name": "nlu_fallback"}}}
    messages, _ = _run(a.ActionHervatGesprek(), _tracker(events, "/faq", "faq"))
    assert [m["response"] for m in messages] == ["utter_faq/wat_doet_vp"]


def test_an_affirmed_faq_guess_whose_answer_was_a_wild_guess_gets_the_confidentiality_answer(db):
    # c30 on the retrained model: "niemand op de bouw weet dat ik dit doe toch?" -> faq/klokkenluider 0.13
    events = _button_yes()
    events[0]["parse_data"]["response_selector"] = {"faq": {"response": {
        "intent_response_key": "faq/klokkenluider", "utter_action": "utter_faq/klokkenluider", "confidence": 0.13}}}
    messages, _ = _run(a.ActionHervatGesprek(), _tracker(events, "/faq", "faq"))
    assert [m["response"] for m in messages] == ["utter_faq/vertrouwelijkheid"]


def test_the_faq_button_of_the_last_fallback_answer_is_answered(db):
    # utter_default's button "Wat doet een vertrouwenspersoon?" sends /faq too
    events = [{"event": "bot", "text": "Het lukt me niet goed ...", "metadata": {"utter_action": "utter_default"}},
              {"event": "action", "name": "action_listen"},
              {"event": "user", "text": "/faq", "parse_data": {"intent": {"name": "faq"}}}]
    messages, _ = _run(a.ActionHervatGesprek(), _tracker(events, "/faq", "faq"))
    assert [m["response"] for m in messages] == ["utter_faq/wat_doet_vp"]


def test_an_ordinary_faq_answer_gets_nothing_more(db):
    events = [{"event": "user", "text": "wat kost het?"}, {"event": "action", "name": "utter_faq"},
              {"event": "bot", "text": "Meestal niets.", "metadata": {"utter_action": "utter_faq/kosten"}}]
    extra = {"response_selector": {"faq": {"response": {"intent_response_key": "faq/kosten",
                                                        "utter_action": "utter_faq/kosten"}}}}
    messages, _ = _run(a.ActionHervatGesprek(), _tracker(events, "wat kost het?", "faq", extra=extra))
    assert messages == []


# c18: an English description of abuse of power, no crisis. Before: the whole urgent block
# (112, sexual violence, 113) and no answer; then "I work in Dutch" to "is he allowed to ask this?".
C18 = ("hi, I am a postdoc from India at a university lab. My professor says I have to work weekends and do "
       "his private house moving, otherwise he will not extend my contract. My visa depends on it. I am "
       "scared. Is this normal in the Netherlands?")
POWER = [{"name": "machtsmisbruik", "confidence": 0.55}, {"name": "intimidatie", "confidence": 0.2}]


def _english(text, ranking=None, slots=None, events=None):
    extra = {"intent_ranking": ranking or []}
    return _tracker(events or [], text, "engels", slots, extra)


def test_english_abuse_of_power_gets_an_answer_not_the_crisis_lines(db):
    messages, events = _run(a.ActionEngels(), _english(C18, POWER))
    said = " ".join(m["text"] for m in messages)
    assert not any(n in said for n in ("112", "0800-0188", "0800-0113", "113.nl"))
    assert "abuse of power" in said and "not normal" in said and "integrity" in said
    assert "you decide" in said.lower() and "afspraak" in said
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["situatie"] == "machtsmisbruik" and slots["soort"] == "integriteit"  # the booking: a VPI


def test_is_he_allowed_after_an_english_story_is_answered(db):
    said = "no, no violence. I just want to know if he is allowed to ask this"
    trk = _english(said, [{"name": "faq", "confidence": 0.4}],
                   slots={"engels_gegeven": True, "situatie": "machtsmisbruik", "soort": "integriteit"})
    messages, _ = _run(a.ActionEngels(), trk)
    text = " ".join(m["text"] for m in messages)
    assert "not normal" in text and "abusing their power" in text and "I work in Dutch" not in text
    assert "You decide" in text and "{" not in text


def test_an_english_assault_gets_the_sexual_violence_help_not_the_suicide_line(db):
    said = "He put his hands under my shirt. Is there anyone I can call right now?"
    messages, _ = _run(a.ActionEngels(), _english(said))
    first = messages[0]["text"]
    assert "0800-0188" in first and "112" in first and "0800-0113" not in first


# c21: threatened by a client ("hij weet me thuis te vinden"), then mid-booking "hij staat nu
# buiten op de parkeerplaats bij mijn auto. ik durf niet naar buiten": the classifier's crisis
# got the general block (112, 113, sexual violence), and after "beveiliging is erbij en hij is
# weg" the same block again.
def test_danger_now_after_a_threat_was_told_is_the_violence_answer(db):
    from tests.actions.test_actions import slots_of, tracker

    trk = tracker("crisis", "shit hij staat nu buiten op de parkeerplaats bij mijn auto. ik durf niet naar buiten",
                  slots={"situatie": "agressie_geweld", "soort": "omgangsvormen"},
                  crisis={"category": None, "rule": "classifier", "level": "alarm"})
    assert slots_of(_run(a.ActionBepaalCrisissoort(), trk)[1])["crisis_soort"] == "geweld"


def test_safe_again_and_back_to_the_booking_is_no_second_crisis_answer(db):
    from tests.actions.test_actions import slots_of, tracker

    said = "ok beveiliging is erbij en hij is weg. kunnen we die afspraak nog afmaken?"
    slots = {"situatie": "agressie_geweld", "crisis_soort": "geweld", "crisis_actief": True}
    trk = tracker("crisis", said, slots=slots, crisis={"category": None, "rule": "classifier", "level": "alarm"})
    assert slots_of(_run(a.ActionBepaalCrisissoort(), trk)[1])["crisis_soort"] == "vervolg"
    trk = tracker("crisis", said, slots={**slots, "crisis_soort": "vervolg"})
    trk.events = [{"event": "slot", "name": "crisis_soort", "value": "geweld"},
                  {"event": "slot", "name": "crisis_soort", "value": "vervolg"}]
    messages, events = _run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_nazorg_afspraak"]
    assert slots_of(events)["crisis_actief"] is False
    assert events[-1]["event"] == "user" and events[-1]["parse_data"]["intent"]["name"] == "afspraak_maken"


def test_after_threats_or_violence_the_answers_name_aangifte_and_slachtofferhulp():
    from tests.texts import text

    for situatie in ("agressie_geweld", "intimidatie"):
        for name in ("utter_situatie_erkend", "utter_faq/aangifte"):
            said = text(name, soort="omgangsvormen", situatie=situatie)
            assert "{slachtofferhulp_nummer}" in said and "{politie_geen_spoed_nummer}" in said, (name, situatie)
            assert "{seksueel_geweld_nummer}" not in said and "Seksueel" not in said, (name, situatie)
    assert "{seksueel_geweld_nummer}" not in text("utter_faq/aangifte", soort="integriteit", situatie="fraude")
    assert "{seksueel_geweld_nummer}" in text("utter_faq/aangifte", soort="omgangsvormen",
                                                situatie="seksuele_intimidatie")


def test_the_c18_story_is_abuse_of_power_even_when_the_classifier_is_unsure(db):
    # the trained model ranked it nlu_fallback 0.30, machtsmisbruik 0.27, buiten_vp_taak 0.16
    ranking = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "machtsmisbruik", "confidence": 0.27},
               {"name": "buiten_vp_taak", "confidence": 0.16}]
    messages, events = _run(a.ActionEngels(), _english(C18, ranking))
    slots = {e["name"]: e["value"] for e in events if e["event"] == "slot"}
    assert slots["situatie"] == "machtsmisbruik" and "abuse of power" in messages[0]["text"]


# c23: "mag ze dat eigenlijk, zeggen dat klanten het niet prettig vinden?" after discrimination was
# confirmed was read as discrimination again: "Klopt het dat het gaat om discriminatie?" a second
# time, and the question never answered. c20: "mag hij dat vragen?" about private chores for the
# boss got the equal-treatment answer.
def test_may_she_do_that_about_the_confirmed_matter_is_answered_not_checked_again(db):
    from rasa_sdk.events import FollowupAction

    from tests.actions.test_actions import tracker

    trk = tracker("discriminatie", "mag ze dat eigenlijk, zeggen dat klanten het niet prettig vinden?",
                  slots={"situatie": "discriminatie", "soort": "omgangsvormen", "open_vraag": "opties"})
    messages, events = _run(a.ActionHerkenSituatie(), trk)
    assert [m["response"] for m in messages] == ["utter_faq/ongelijke_behandeling_mag_niet"]
    assert events == [FollowupAction("action_hervat_gesprek")]


def test_may_he_ask_that_fits_the_matter():
    from tests.texts import text

    power = text("utter_faq/ongelijke_behandeling_mag_niet", situatie="machtsmisbruik")
    assert "macht" in power and "VPI" in power and "College" not in power and "zwangerschap" not in power
    assert "College" in text("utter_faq/ongelijke_behandeling_mag_niet", situatie="discriminatie")
    assert "College" in text("utter_faq/ongelijke_behandeling_mag_niet")
    assert "zwangerschap" not in text("utter_faq/ongelijke_behandeling_mag_niet", situatie="pesten")


# c22, c07, c16: the confidentiality answer was a long legal paragraph (verschoningsrecht,
# klokkenluidersregels) for a frightened person. The default is short; the detail is in the
# answers on a complaint and on whistleblowing, asked for.
def test_the_confidentiality_answer_is_short_and_plain():
    from bot.response_checks import load_responses
    from bot.settings import PROJECT_ROOT

    said = " ".join(load_responses(PROJECT_ROOT)["utter_faq/vertrouwelijkheid"][0]["text"].split())
    assert said.count(". ") + 1 <= 4 and len(said) < 420
    assert "verschoningsrecht" not in said and "klokkenluiders" not in said
    assert "gevaar" in said and "rechter" in said  # the brief's two limits, briefly
    regelen = " ".join(load_responses(PROJECT_ROOT)["utter_faq/vp_regelen"][0]["text"].split())
    assert "niet zelf regelen" in regelen and "als jij dat wilt" in regelen
