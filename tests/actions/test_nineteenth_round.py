"""Nineteenth round (2026-12-04, late evening), issue 10: open items of the eighteenth test.

- "i just cant do this anymore" (eighteenth stranger test, an English-speaking employee) got the
  answer on a work matter: indirect despair in English now gets the gentle check, in English first.
- A manager who is himself the threat was told "zeg het tegen je leidinggevende": every text that
  sends the person to their manager now says where to go when it is the manager.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from bot.nlu import crisis_patterns
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import run, slots_of


@pytest.mark.parametrize("text", [
    "i just cant do this anymore",
    "Honestly I can't take it anymore, he yells at me every single day",
    "I can't go on.",
    "whats the point",
    "im done with everything",
])
def test_english_despair_gets_the_gentle_check(text):
    found = crisis_patterns.despair(text)
    assert found is not None and found.rule == "en_wanhoop"


@pytest.mark.parametrize("text", [
    "i cannot do this task before friday",
    "I can't go on holiday in May",
    "what's the point of this meeting?",
    "I can't take it to HR without proof",
])
def test_everyday_english_is_no_despair(text):
    assert crisis_patterns.despair(text) is None
    assert crisis_patterns.match(text) is None


def test_english_despair_is_checked_in_english_first(db):
    from actions import actions as general

    text = "i just cant do this anymore"
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "zelfmoord", "rule": "en_wanhoop", "level": "check"}}
    trk = Tracker("gesprek-1", {}, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionBepaalCrisissoort(), trk)
    assert len(messages) == 1 and messages[0]["text"].startswith("That sounds very heavy")
    assert "113" in messages[0]["text"] and "{" not in messages[0]["text"]
    assert slots_of(events)["crisis_soort"] == "check"


def test_dutch_despair_gets_no_english_text(db):
    from actions import actions as general

    latest = {"text": "ik kan niet meer", "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "zelfmoord", "rule": "wanhoop_kan_niet_meer", "level": "check"}}
    trk = Tracker("gesprek-1", {}, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionBepaalCrisissoort(), trk)
    assert messages == [] and slots_of(events)["crisis_soort"] == "check"


@pytest.mark.parametrize("response", [
    "utter_crisis_bang_komst", "utter_hem_weer_zien", "utter_crisis_naar_huis", "utter_crisis_werk_veilig",
])
def test_texts_that_send_one_to_the_manager_say_what_if_it_is_the_manager(response):
    for variant in DOMAIN["responses"][response]:
        text = " ".join(variant["text"].split())
        if "je leidinggevende" in text:
            assert ("HR" in text or "als die het niet zelf is" in text), (response, text)


@pytest.mark.parametrize(("text", "previous", "expected"), [
    ("yes sometimes", "i just cant do this anymore", True),
    ("ok", "I can't take it anymore", True),
    ("ja soms", "i just cant do this anymore", False),
    ("yes sometimes", "ik kan niet meer", False),
    ("maybe", None, False),
    ("I think about it every night", None, True),
])
def test_a_short_reply_after_english_continues_in_english(text, previous, expected):
    from bot.nlu import language

    assert language.continues_in_english(text, previous) is expected


def test_a_yes_to_the_english_check_gets_the_english_suicide_help_first(db):
    from actions import actions as general

    events = [{"event": "user", "text": "i just cant do this anymore"},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_check"}},
              {"event": "user", "text": "yes sometimes"}]
    latest = {"text": "yes sometimes", "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "zelfmoord", "rule": "ja_op_check", "level": "alarm"}}
    trk = Tracker("gesprek-1", {"crisis_soort": "check"}, latest, events, False, None, {}, "action_listen")
    messages, events_out = run(general.ActionBepaalCrisissoort(), trk)
    assert messages and messages[0]["text"].startswith("I am glad")
    assert slots_of(events_out)["crisis_soort"] == "zelfmoord"


# --- "gaat de vertrouwenspersoon dit uitzoeken?" (nineteenth stranger test A c01) ------------------

@pytest.mark.parametrize("text", [
    "Gaat de vertrouwenspersoon dit dan uitzoeken?",
    "Gaat de vertrouwenspersoon onderzoek doen naar mijn collega?",
    "doet de vertrouwenspersoon zelf onderzoek naar wat er waar is?",
    "onderzoekt de vp dat dan?",
])
def test_whether_the_counsellor_investigates_is_its_own_question(text):
    from bot.dialogue import roles

    assert roles.question(text) == roles.ONDERZOEK
    assert roles.answer(roles.ONDERZOEK, None, "integriteit", text) == "utter_rolvraag_vp_onderzoek"
    assert roles.answer(roles.ONDERZOEK, roles.BESCHULDIGD, None, text) == "utter_rolvraag_uitzoeken"


@pytest.mark.parametrize("text", [
    "moet ik het zelf uitzoeken?",
    "wie is de vertrouwenspersoon",
    "kan de vertrouwenspersoon uitzoeken wie het zei?",
])
def test_other_questions_are_not_about_the_counsellor_investigating(text):
    from bot.dialogue import roles

    assert roles.question(text) != roles.ONDERZOEK


def test_the_answer_says_no_investigation_and_a_suspicion_is_enough():
    text = " ".join(DOMAIN["responses"]["utter_rolvraag_vp_onderzoek"][0]["text"].split())
    assert text.startswith("Nee") and "geen onderzoek" in text and "vermoeden" in text


# --- an assault told mid-booking, and what follows (nineteenth stranger test B c02) ------------------

ASSAULT = ("vandaag graag. maar eh ik moet nog iets zeggen. vanochtend in het magazijn drukte hij me tegen de "
           "stellingen en zat aan me borsten, ik kon nie weg. ik zit nu op de wc te trillen")


def test_an_assault_told_with_spoken_me_for_mijn_is_recent_sexual_violence():
    found = crisis_patterns.match(ASSAULT)
    assert found is not None and found.category == crisis_patterns.SEKSUEEL_GEWELD


@pytest.mark.parametrize(("text", "danger"), [
    ("ik ben nie in gevaar nu, ik zit op slot op de wc. ik wil die afspraak vandaag om 4 uur met ruud", False),
    ("ik ben veilig hoor, ik zit op slot in de wc om even bij te komen", False),
    ("ik ben veilig, ik zit op slot in de wc maar hij bonkt op de deur", True),
    ("ik zit op slot in de wc, hij staat voor de deur", True),
    ("ik zit op slot in de wc", True),
])
def test_locked_in_and_saying_one_is_safe_is_no_danger_unless_someone_is_there(text, danger):
    found = crisis_patterns.match(text)
    assert (found is not None and found.category == crisis_patterns.GEWELD) is danger


def test_afraid_to_go_back_where_he_is_after_the_assault_answer_is_what_helps_at_work(db):
    from actions import actions as general
    from bot.dialogue import crisis

    text = "ik durf nie meer terug de winkel in hij staat daar gewoon. wat moet ik nu doen"
    assert crisis.faces_them_again(text)
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.5}, "entities": [],
              "crisis": {"category": None, "rule": None, "level": "check"}}
    events = [{"event": "slot", "name": "crisis_soort", "value": "seksueel_geweld"}]
    trk = Tracker("gesprek-1", {"crisis_soort": "seksueel_geweld", "crisis_actief": True}, latest, events,
                  False, None, {}, "action_listen")
    messages, out = run(general.ActionBepaalCrisissoort(), trk)
    assert messages == [] and slots_of(out)["crisis_soort"] == crisis.VERVOLG
    assert crisis.after_crisis_response(text, "seksueel_geweld") == crisis.HEM_WEER_ZIEN


# --- danger to people at work, not to the writer (nineteenth stranger test A c04) ------------------

@pytest.mark.parametrize("text", [
    "de nooduitgangen zitten op slot met kettingen. vannacht werk ik daar weer. bij brand kan niemand eruit. "
    "wie bel ik vandaag nog",
    "er hangt al de hele dag een gaslucht in de hal en we moeten vanavond gewoon draaien, wat moet ik doen",
])
def test_danger_to_people_at_work_gets_its_own_answer(text):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == followups.GEVAAR_WERKPLEK


@pytest.mark.parametrize("text", [
    "ik sta voor een dichte deur, de deuren zitten op slot, wat moet ik nu doen",
    "hij sloeg de deur dicht en zei dat ik moest oprotten",
    "mijn collega rookt bij de nooduitgang, mag dat?",
])
def test_a_locked_door_or_a_hazard_word_alone_is_no_workplace_danger(text):
    from bot.dialogue import followups

    assert followups.direct_answer(text) != followups.GEVAAR_WERKPLEK


def test_an_unsure_crisis_after_locked_exits_were_told_is_answered_as_danger_at_work(db):
    from actions import actions as general
    from bot.dialogue import crisis

    told = "in onze fabriek zitten de nooduitgangen met kettingen dicht, al weken"
    text = "ik sta vannacht weer in hal 3. als er dan brand uitbreekt zitten we als ratten in de val. wat moet ik NU doen"
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.5}, "entities": [],
              "crisis": {"category": None, "rule": "classifier_twijfel", "level": "check"}}
    events = [{"event": "user", "text": told}, {"event": "bot", "text": "..."}, {"event": "user", "text": text}]
    trk = Tracker("gesprek-1", {}, latest, events, False, None, {}, "action_listen")
    messages, out = run(general.ActionBepaalCrisissoort(), trk)
    assert messages == [] and slots_of(out)["crisis_soort"] == crisis.VERVOLG
    trk = Tracker("gesprek-1", {"crisis_soort": crisis.VERVOLG}, latest, events, False, None, {}, "action_listen")
    messages, _ = run(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/gevaar_werkplek"]


def test_an_unsure_crisis_about_ones_own_life_after_locked_exits_still_gets_the_check(db):
    from actions import actions as general

    told = "in onze fabriek zitten de nooduitgangen met kettingen dicht"
    text = "ik kan niet meer"
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.5}, "entities": [],
              "crisis": {"category": None, "rule": "wanhoop_kan_niet_meer", "level": "check"}}
    events = [{"event": "user", "text": told}, {"event": "bot", "text": "..."}, {"event": "user", "text": text}]
    trk = Tracker("gesprek-1", {}, latest, events, False, None, {}, "action_listen")
    _, out = run(general.ActionBepaalCrisissoort(), trk)
    assert slots_of(out)["crisis_soort"] == "check"


def test_not_wanting_to_harm_oneself_is_a_denial():
    assert crisis_patterns.denies_suicide("hè? nee ik wil me niks aandoen. de DEUREN zitten op slot. wat doe ik vannacht")
    assert crisis_patterns.match("nee ik wil me niks aandoen") is None
