"""Each action with a real rasa_sdk Tracker and CollectingDispatcher."""

import asyncio

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, SessionStarted, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from bot import content, settings
from tests import texts
from tests.actions.domain import DOMAIN


def tracker(intent=None, text="", slots=None, entities=None, ranking=None, crisis=None, extra=None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9} if intent else {},
              "entities": entities or [], "intent_ranking": ranking or [], **(extra or {})}
    if crisis:
        latest["crisis"] = crisis
    return Tracker("test", slots or {}, latest, [], False, None, {}, "action_listen")


def run(action, trk):
    dispatcher = CollectingDispatcher()
    result = action.run(dispatcher, trk, DOMAIN)
    if asyncio.iscoroutine(result):
        result = asyncio.run(result)
    return dispatcher.messages, result


def slots_of(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}


def test_session_start_states_the_configured_retention_and_numbers(monkeypatch):
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", "45")
    monkeypatch.setenv("BOT_APPOINTMENT_RETENTION_DAYS", "14")
    messages, events = run(a.ActionSessionStart(), tracker())
    assert events[0] == SessionStarted() and events[-1] == ActionExecuted("action_listen")
    slots = slots_of(events)
    assert slots["bewaartermijn_minuten"] == "45"
    assert slots["bewaartermijn_afspraak_dagen"] == "14"
    assert slots["spoed_nummer"] == texts.number("spoed")
    assert slots["seksueel_geweld_nummer"] == texts.number("seksueel_geweld")
    assert messages == []


def test_session_start_gives_the_dutch_answers_the_english_contact_from_content():
    """utter_faq/engels ("kan ik in het Engels praten?", asked in Dutch) names how to reach a
    counsellor who speaks English: the organisation's text in content/engels.yml, not a copy."""
    dispatcher = CollectingDispatcher()
    domain = {"slots": {"engels_contact": {}}}
    events = asyncio.run(a.ActionSessionStart().run(dispatcher, tracker(), domain))
    assert slots_of(events)["engels_contact"] == content.engels()["contact"]
    assert content.engels()["contact"]


def test_recognise_situation_sets_label_kind_and_the_check():
    _, events = run(a.ActionHerkenSituatie(), tracker("pesten", "ze negeren me al weken"))
    slots = slots_of(events)
    assert slots["situatie"] == "pesten" and slots["soort"] == "omgangsvormen"
    assert slots["open_vraag"] == "check_situatie"
    assert "pesten" in slots["situatie_label"]


def test_recognise_witness():
    _, events = run(a.ActionHerkenSituatie(), tracker("fraude", "ik zag dat mijn collega uren vervalst"))
    assert slots_of(events)["rol"] == "getuige"


def test_outside_vp_task_asks_whether_behaviour_plays_a_part():
    _, events = run(a.ActionHerkenSituatie(), tracker("buiten_vp_taak", "mijn beoordeling was slecht"))
    assert slots_of(events)["open_vraag"] == "buiten_ook_gedrag"


def test_pick_situation_from_button_entity():
    trk = tracker("kies_situatie", "/kies_situatie", entities=[{"entity": "situatie", "value": "discriminatie"}],
                  slots={"situatie": "pesten"})
    _, events = run(a.ActionKiesSituatie(), trk)
    slots = slots_of(events)
    assert slots["situatie"] == "discriminatie" and slots["open_vraag"] == "opties"


def test_confirm_keeps_the_recognised_situation():
    _, events = run(a.ActionKiesSituatie(), tracker("bevestigen", "ja", slots={"situatie": "fraude"}))
    slots = slots_of(events)
    assert (slots["situatie"], slots["soort"], slots["open_vraag"]) == ("fraude", "integriteit", "opties")


@pytest.mark.parametrize("picked", [None, "onzin"])
def test_unknown_situation_offers_the_list(picked):
    entities = [{"entity": "situatie", "value": picked}] if picked else []
    _, events = run(a.ActionKiesSituatie(), tracker("kies_situatie", "", entities=entities))
    assert events == [SlotSet("open_vraag", "kies_situatie")]


@pytest.mark.parametrize("crisis, soort", [
    ({"category": "zelfmoord", "rule": "wil_dood"}, "zelfmoord"),
    ({"category": "seksueel_geweld", "rule": "verkrachting"}, "seksueel_geweld"),
    (None, "algemeen"),
    ({"category": None, "rule": "classifier", "level": "alarm"}, "algemeen"),
    ({"category": None, "rule": "classifier_twijfel", "level": "check"}, "check"),
])
def test_crisis_kind(crisis, soort):
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", "", crisis=crisis))
    going_on = [] if soort == "check" else [SlotSet("crisis_actief", True)]  # the gentle check starts none
    assert events == [SlotSet("crisis_soort", soort)] + going_on


def session_facts() -> set[str]:
    """The slots action_session_start fills from the settings and content (lifetimes, numbers,
    explanations): facts of the bot, not of the conversation."""
    _, events = run(a.ActionSessionStart(), tracker())
    return set(slots_of(events))


# What a reset keeps besides the session facts: the outcomes already counted (each is counted
# once per conversation), whether the English answer was given (it is given once), the chat app
# the person named (Teams, Slack: still the app they use) and whether the storage answer was
# just given (true or false, never empty: its variants need one of the two).
KEPT_BY_A_RESET = {"geteld", "engels_gegeven", "chatapp", "opslag_net_gezegd"}


def test_reset_forgets_every_slot_of_the_conversation():
    _, events = run(a.ActionResetGesprek(), tracker(slots={"situatie": "pesten"}))
    forgotten = slots_of(events)
    assert set(forgotten) == set(DOMAIN["slots"]) - session_facts() - KEPT_BY_A_RESET
    assert not any(forgotten.values())


def test_affirmation_in_dutch_with_the_situation_label():
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "machtsmisbruik", "confidence": 0.35}]
    messages, _ = run(a.ActionDefaultAskAffirmation(), tracker("nlu_fallback", "hmm", ranking=ranking))
    assert messages[0]["response"] == "utter_ask_affirmation"
    assert messages[0]["intent"] == "machtsmisbruik" and "machtsmisbruik" in messages[0]["label"]


def test_a_story_the_bot_is_unsure_about_is_thanked_for_before_the_guess():
    # fifth stranger test c30: a long, painful story got only "Bedoel je: pesten?"
    text = ("het is zondagavond en ik zie er zo tegenop om morgen weer te gaan. mijn collega's op de bouw "
            "maken de hele dag grappen over mijn geaardheid. ik weet niet eens waarom ik dit typ")
    ranking = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "pesten", "confidence": 0.28}]
    messages, _ = run(a.ActionDefaultAskAffirmation(), tracker("nlu_fallback", text, ranking=ranking))
    assert [m["response"] for m in messages] == ["utter_verhaal_erkend", "utter_ask_affirmation"]
    short = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "faq", "confidence": 0.28}]
    messages, _ = run(a.ActionDefaultAskAffirmation(), tracker("nlu_fallback", text, ranking=short))
    assert [m["response"] for m in messages] == ["utter_ask_affirmation"]  # a question guessed: no thanks


def test_affirmation_without_a_label_helps_to_tell_it():
    """"gedoe op werk" (stranger test C05): not "Sorry, dat begreep ik niet", but help: about you, or seen?"""
    ranking = [{"name": "nlu_fallback", "confidence": 0.4}, {"name": "bevestigen", "confidence": 0.3}]
    messages, _ = run(a.ActionDefaultAskAffirmation(), tracker("nlu_fallback", "gedoe op werk", ranking=ranking))
    assert [m["response"] for m in messages] == ["utter_vaag_hulp"]


def _session_start_slots(monkeypatch, tmp_path, tracker_store: str) -> dict:
    path = tmp_path / "endpoints.yml"
    path.write_text(tracker_store, encoding="utf-8")
    monkeypatch.setenv("BOT_ENDPOINTS", str(path))
    settings.reset()  # read the changed environment
    dispatcher = CollectingDispatcher()
    return slots_of(asyncio.run(a.ActionSessionStart().run(dispatcher, tracker(), DOMAIN)))


def test_session_start_says_where_the_conversation_is_kept_as_configured(monkeypatch, tmp_path):
    """The storage answer follows the tracker store the bot runs with: memory by default, Redis
    with its own lifetime (record_exp) when endpoints.yml says so."""
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", "45")
    monkeypatch.setenv("BOT_COUNT_STATISTICS", "1")
    texts = content.privacy()
    memory = _session_start_slots(monkeypatch, tmp_path, "tracker_store:\n  type: "
                                  "bot.privacy.tracker_store.ExpiringInMemoryTrackerStore\n")
    redis = _session_start_slots(monkeypatch, tmp_path, "tracker_store:\n  type: redis\n"
                                 "  url: 127.0.0.1\n  port: 6379\n  record_exp: 600\n")
    assert memory["opslag_gesprek"] == plain(texts["opslag"]["geheugen_met_termijn"]["lang"]).replace("{minuten}", "45")
    assert redis["opslag_gesprek"] == plain(texts["opslag"]["redis_met_termijn"]["lang"]).replace("{minuten}", "10")
    assert redis["opslag_kort"] == plain(texts["opslag"]["redis_met_termijn"]["kort"]).replace("{minuten}", "10")
    assert memory["opslag_gesprek"] != redis["opslag_gesprek"]
    assert memory["opslag_logs"] == redis["opslag_logs"] == plain(
        f'{texts["logboek"]["normaal"]} {texts["telling"]["aan"]}')


def test_session_start_says_that_counting_is_off_when_the_organisation_switched_it_off(monkeypatch, tmp_path):
    texts = content.privacy()
    monkeypatch.setenv("BOT_COUNT_STATISTICS", "0")
    said = _session_start_slots(monkeypatch, tmp_path, "tracker_store:\n  type: in_memory\n")
    assert said["opslag_logs"] == plain(f'{texts["logboek"]["normaal"]} {texts["telling"]["uit"]}')


def test_session_start_sets_the_shared_explanations_and_external_numbers():
    slots = slots_of(asyncio.run(a.ActionSessionStart().run(CollectingDispatcher(), tracker(), DOMAIN)))
    assert slots["klacht_gevolgen"] == content.uitleg()["klacht_gevolgen"]
    assert slots["getuige_tips"] == content.uitleg()["getuige_tips"]
    assert slots["arbeidsinspectie_nummer"] == content.hulplijnen()["arbeidsinspectie"]["nummer"]
    assert slots["nummer_verbergen_code"] == content.hulplijnen()["nummer_verbergen"]["code"]


def plain(text: str) -> str:
    return " ".join(text.split())


def test_two_matters_names_both_and_asks_which_first():
    trk = tracker("pesten", "ze negeren me en mijn chef vervalst de uren",
                  extra={"twee_situaties": ["pesten", "fraude"]})
    _, events = run(a.ActionHerkenSituatie(), trk)
    slots = slots_of(events)
    assert (slots["situatie"], slots["tweede_situatie"], slots["open_vraag"]) == ("pesten", "fraude", "twee_situaties")
    assert "fraude" in slots["tweede_situatie_label"]


def test_two_matters_property_for_another_intent_is_ignored():
    trk = tracker("intimidatie", "hij dreigt", extra={"twee_situaties": ["pesten", "fraude"]})
    slots = slots_of(run(a.ActionHerkenSituatie(), trk)[1])
    assert slots["open_vraag"] == "check_situatie" and "tweede_situatie" not in slots


def test_a_second_matter_told_after_the_first_names_both():
    # "Klopt het: intimidatie?" -> "ja, maar er zijn ook medicijnen verkeerd uitgegeven en de papieren aangepast"
    trk = tracker("fraude", "ja maar er is ook iets met de papieren",
                  slots={"situatie": "intimidatie", "open_vraag": "check_situatie"})
    slots = slots_of(run(a.ActionHerkenSituatie(), trk)[1])
    assert (slots["situatie"], slots["tweede_situatie"], slots["open_vraag"]) == ("intimidatie", "fraude",
                                                                                  "twee_situaties")


def test_a_new_story_of_the_same_kind_is_checked_as_before():
    trk = tracker("pesten", "en ze lachen me uit", slots={"situatie": "intimidatie", "open_vraag": "check_situatie"})
    slots = slots_of(run(a.ActionHerkenSituatie(), trk)[1])
    assert slots["situatie"] == "pesten" and slots["open_vraag"] == "check_situatie" and "tweede_situatie" not in slots


def test_a_request_to_pass_it_on_told_with_the_story_is_answered_first():
    trk = tracker("fraude", "Zou u dit voor mij willen melden bij het bestuur? De penningmeester boekt geld weg.")
    messages, events = run(a.ActionHerkenSituatie(), trk)
    assert [m["response"] for m in messages] == ["utter_doorgeven_eerst"]
    assert slots_of(events)["open_vraag"] == "check_situatie"


def test_self_told_through_a_colleague_is_not_a_witness():
    _, events = run(a.ActionHerkenSituatie(), tracker("pesten", "mijn collega zegt dat ik niet meer welkom ben"))
    assert slots_of(events)["rol"] == "zelf"


def test_english_answer_from_content_with_the_numbers():
    messages, events = run(a.ActionEngels(), tracker("engels", "do you speak english"))
    assert events == [SlotSet("engels_gegeven", True)] and len(messages) == 1
    text = messages[0]["text"]
    assert text.startswith("Hello") and "{" not in text


def test_assault_described_by_what_was_done_is_sexual_violence_with_its_help():
    messages, events = run(a.ActionHerkenSituatie(),
                           tracker("agressie_geweld",
                                   "vorig jaar duwde hij me tegen de muur en stak zijn hand in mijn broek"))
    assert slots_of(events)["situatie"] == "seksuele_intimidatie"
    assert [m["response"] for m in messages] == ["utter_seksueel_geweld_hulp"]


def test_plain_aggression_stays_aggression_without_that_help():
    messages, events = run(a.ActionHerkenSituatie(), tracker("agressie_geweld", "een klant gooide een stoel naar me"))
    assert slots_of(events)["situatie"] == "agressie_geweld" and messages == []


def test_english_answer_names_the_recognised_situation_in_english():
    ranking = [{"name": "seksuele_intimidatie", "confidence": 0.7}, {"name": "pesten", "confidence": 0.1}]
    messages, _ = run(a.ActionEngels(), tracker("engels", "my manager keeps touching me", ranking=ranking))
    assert len(messages) == 2 and content.engels()["situaties"]["seksuele_intimidatie"] in messages[0]["text"]
    assert messages[1]["text"].startswith(texts.content_text("engels.yml", "antwoord").split("{")[0])


def test_english_answer_without_a_confident_situation_names_none():
    ranking = [{"name": "pesten", "confidence": 0.2}]
    messages, _ = run(a.ActionEngels(), tracker("engels", "hello, do you speak english", ranking=ranking))
    assert len(messages) == 1


def test_session_start_sets_the_calendar_title_and_the_college_website():
    """utter_faq/agenda names the title the calendar file really gets (content/agenda.yml);
    utter_faq/college_mensenrechten the College's website from content/hulplijnen.yml."""
    _, events = run(a.ActionSessionStart(), tracker())
    slots = slots_of(events)
    assert slots["agenda_titel"] == content.agenda()["titel"]
    assert slots["mensenrechten_website"] == content.hulplijnen()["mensenrechten"]["website"]


def test_an_english_question_on_cost_gets_its_answer_after_the_first_answer():
    messages, _ = run(a.ActionEngels(), tracker("engels", "Is it free?"))
    assert [m["text"].split(" ", 1)[0] for m in messages] == ["Hello!", "Usually"]
    assert "{" not in messages[1]["text"]


def test_an_assault_told_in_english_gets_the_numbers_first():
    # fourth stranger test, c09: no number at all, twice
    said = "He put his hands under my shirt. Is there anyone I can call right now?"
    messages, _ = run(a.ActionEngels(), tracker("engels", said))
    first = messages[0]["text"]
    assert all(n in first for n in ("112", "0800-0188")) and "{" not in first  # no suicide line (fifth, c18)
    assert any(m["text"].startswith("Hello!") for m in messages[1:])
    trk = tracker("engels", "please, emergency number? I feel unsafe")
    trk.slots["engels_gegeven"] = True
    messages, _ = run(a.ActionEngels(), trk)
    assert "112" in messages[0]["text"] and not any("I work in Dutch" in m["text"] for m in messages)


def test_a_later_english_question_on_confidentiality_gets_only_its_answer():
    trk = tracker("engels", "Is my name protected if I report to the company?")
    trk.slots["engels_gegeven"] = True
    messages, _ = run(a.ActionEngels(), trk)
    assert len(messages) == 1 and "confidential" in messages[0]["text"] and "{" not in messages[0]["text"]


# Fourth stranger test, c03: English privacy questions got "I work in Dutch". The English answer
# says what the Dutch one says, from the same running configuration.
def test_an_english_question_on_storage_gets_a_true_english_answer(monkeypatch):
    monkeypatch.setenv("BOT_CONVERSATION_TTL_MINUTES", "45")
    monkeypatch.setenv("BOT_APPOINTMENT_RETENTION_DAYS", "14")
    trk = tracker("engels", "how long do you keep my messages?")
    trk.slots["engels_gegeven"] = True
    messages, _ = run(a.ActionEngels(), trk)
    assert len(messages) == 1
    said = messages[0]["text"]
    assert "45 minutes" in said and "14 days" in said and "{" not in said
    assert "Teams" in said and "employer" in said and "I work in Dutch" not in said


def test_the_english_urgent_help_is_shorter_the_second_time():
    said = "He put his hands under my shirt. Is there anyone I can call right now?"
    first, _ = run(a.ActionEngels(), tracker("engels", said))
    trk = tracker("engels", "please, emergency number? I feel unsafe")
    trk.slots["engels_gegeven"] = True
    trk.events = [{"event": "bot", "text": first[0]["text"]}, {"event": "user", "text": "please"}]
    again, _ = run(a.ActionEngels(), trk)
    assert len(again) == 1 and again[0]["text"] != first[0]["text"]
    assert len(again[0]["text"]) < len(first[0]["text"]) * 0.7
    assert "112" in again[0]["text"] and "{" not in again[0]["text"]


def test_the_english_privacy_answer_asked_again_is_short():
    first, _ = run(a.ActionEngels(), _english_later("is this chat stored?"))
    trk = _english_later("how long do you keep my messages?")
    trk.events = [{"event": "bot", "text": first[0]["text"]}, {"event": "user", "text": "how long"}]
    again, _ = run(a.ActionEngels(), trk)
    assert len(again) == 1 and len(again[0]["text"]) < len(first[0]["text"]) / 2 and "{" not in again[0]["text"]


def _english_later(text):
    trk = tracker("engels", text)
    trk.slots["engels_gegeven"] = True
    return trk


def test_the_confirmed_matter_told_again_is_not_checked_again():
    # fifth stranger test c23: after the options, "mag ze dat eigenlijk, zeggen dat klanten het niet
    # prettig vinden?" got "Klopt het dat het gaat om discriminatie?" a second time. That question is
    # now answered in place; more of the same story is not checked again either.
    trk = tracker("discriminatie", "en gisteren zei ze het weer, waar de klanten bij stonden",
                  slots={"situatie": "discriminatie", "open_vraag": "opties"})
    events = run(a.ActionHerkenSituatie(), trk)[1]
    assert slots_of(events)["open_vraag"] == "opties"


def test_the_same_matter_still_unconfirmed_is_checked():
    trk = tracker("discriminatie", "en ze zei het ook tegen mijn collega",
                  slots={"situatie": "discriminatie", "open_vraag": "check_situatie"})
    assert slots_of(run(a.ActionHerkenSituatie(), trk)[1])["open_vraag"] == "check_situatie"


@pytest.mark.parametrize("text, slots, situatie", [
    # fifth stranger test c27: "Speelt dat bij jou ook?" -> "ja dat buitensluiten" showed the whole list
    ("ja dat buitensluiten", {"situatie": "buiten_vp_taak", "open_vraag": "buiten_ook_gedrag"}, "pesten"),
    ("nee, eerder discriminatie", {"situatie": "pesten", "open_vraag": "check_situatie"}, "discriminatie"),
])
def test_an_answer_that_names_the_situation_settles_it(text, slots, situatie):
    events = run(a.ActionVraagSituatie(), tracker("bevestigen", text, slots=slots))[1]
    assert (slots_of(events)["situatie"], slots_of(events)["open_vraag"]) == (situatie, "opties")


@pytest.mark.parametrize("text, slots", [
    ("ja", {"situatie": "buiten_vp_taak", "open_vraag": "buiten_ook_gedrag"}),
    ("nee, het is geen pesten", {"situatie": "pesten", "open_vraag": "check_situatie"}),
    ("ja, eerst het pesten", {"situatie": "pesten", "tweede_situatie": "fraude", "open_vraag": "twee_situaties"}),
    ("/bevestigen", {"situatie": "buiten_vp_taak", "open_vraag": "buiten_ook_gedrag"}),
])
def test_an_answer_without_a_situation_named_gets_the_list(text, slots):
    events = run(a.ActionVraagSituatie(), tracker("ontkennen", text, slots=slots))[1]
    assert slots_of(events) == {"open_vraag": "kies_situatie"}
