"""Issue 10: the twenty-eighth stranger test B c03 and c07. A threat for later was told ("ik sta
vanavond op je te wachten als je klaar bent"; a photo of his front door with "tot vanavond"), then a
message the classifier took for an unsure crisis ("ik fiets gewoon naar huis, zal wel meevallen
toch") got the suicide question; after the crisis button, "wat doe ik vanavond. ik moet over een
uur naar huis" got every help line again. Now: staying safe until then, and the answer on going
home. Real rasa_sdk Tracker and CollectingDispatcher, the real domain."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import actions as a
from bot.dialogue import crisis
from tests.actions.test_actions import run

THREAT = 'hij werd boos en zei "ik sta vanavond op je te wachten als je klaar bent". moet ik dit ergens melden?'
DOOR = 'een client stuurde me net een foto van mijn voordeur met "tot vanavond"'
CHECK = {"level": "check", "category": None, "rule": "classifier_twijfel"}


def _tracker(text, told, slots=None, found=CHECK, intent="crisis", bot_said=()):
    events = [{"event": "user", "text": said, "parse_data": {}} for said in told]
    events += [{"event": "bot", "text": "...", "metadata": {"utter_action": name}} for name in bot_said]
    events.append({"event": "user", "text": text, "parse_data": {}})
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.5}, "entities": [], "crisis": found}
    return Tracker("test", dict(slots or {}), latest, events, False, None, {}, "action_listen")


def _responses(action, trk):
    messages, events = run(action, trk)
    return [m.get("response") for m in messages], events


def test_playing_it_down_after_a_threat_for_tonight_gets_staying_safe_not_the_suicide_question():
    text = "ik ben om 9 uur klaar en fiets gewoon naar huis, zal wel meevallen toch"
    said, events = _responses(a.ActionBepaalCrisissoort(), _tracker(text, [THREAT]))
    assert said == ["utter_faq/veilig_straks"]
    assert not any(e.get("name") == "crisis_soort" and e.get("value") == "check" for e in events)


def test_the_photo_of_the_door_itself_read_as_an_unsure_crisis_gets_staying_safe():
    said, _ = _responses(a.ActionBepaalCrisissoort(), _tracker(DOOR + ". misschien kan het niet wachten", []))
    assert said == ["utter_faq/veilig_straks"]


def test_after_the_safety_answer_the_short_form():
    text = "zal wel meevallen toch"
    said, _ = _responses(a.ActionBepaalCrisissoort(),
                         _tracker(text, [THREAT], bot_said=["utter_crisis_dreiging_later"]))
    assert said == [crisis.BANG_VOOR_STRAKS]


def test_an_unsure_crisis_without_a_threat_told_still_gets_the_check():
    _, events = _responses(a.ActionBepaalCrisissoort(), _tracker("ik weet het allemaal niet meer", []))
    assert {"event": "slot", "name": "crisis_soort", "value": "check", "timestamp": None} in events


def test_despair_after_a_threat_still_gets_the_check():
    text = "ik wil er niet meer zijn"
    found = {"level": "check", "category": None, "rule": "wanhoop"}
    _, events = _responses(a.ActionBepaalCrisissoort(), _tracker(text, [THREAT], found=found))
    assert not any(e.get("event") == "followup" for e in events)


def test_after_every_help_line_going_home_tonight_after_a_threat_gets_the_answer_on_going_home():
    text = "oke morgen dus. maar wat doe ik vanavond. ik moet over een uur naar huis"
    slots = {"crisis_actief": True, "crisis_soort": "algemeen"}
    said, events = _responses(a.ActionCrisisVervolg(),
                              _tracker(text, [DOOR], slots=slots, found=None, intent="nlu_fallback",
                                       bot_said=["utter_crisis_algemeen"]))
    assert said == [crisis.NAAR_HUIS]
    assert {"event": "slot", "name": "crisis_soort", "value": "geweld", "timestamp": None} in events


def test_after_every_help_line_without_a_threat_the_general_answer_stays():
    text = "oke. maar wat doe ik vanavond"
    slots = {"crisis_actief": True, "crisis_soort": "algemeen"}
    said, _ = _responses(a.ActionCrisisVervolg(),
                         _tracker(text, ["ik voel me zo slecht"], slots=slots, found=None, intent="nlu_fallback"))
    assert crisis.NAAR_HUIS not in said


def _accused(text, intent="seksuele_intimidatie"):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.4}, "entities": []}
    events = [{"event": "user", "text": text, "parse_data": {}}]
    return Tracker("test", {"rol": "beschuldigd"}, latest, events, False, None, {}, "action_listen")


def test_the_accused_who_plans_to_confront_the_one_he_suspects_is_advised_against_it():
    # round 28 A c04: "Klopt het dat het gaat om seksuele intimidatie?", twice
    for text in ("ik ga morgen gewoon naar die jongen toe en vraag hem recht in zijn gezicht of hij het was",
                 "ik ga hem dus wel aanspreken, prima"):
        said, _ = _responses(a.ActionHerkenSituatie(), _accused(text))
        assert said == ["utter_rolvraag_beschuldigd_contact"]
        said, _ = _responses(a.ActionDefaultAskAffirmation(), _accused(text, "nlu_fallback"))
        assert said == ["utter_rolvraag_beschuldigd_contact"]


def test_someone_not_accused_who_plans_to_talk_to_the_other_is_not_given_that_answer():
    text = "ik ga morgen gewoon naar die jongen toe en vraag hem waarom hij dat doet"
    latest = {"text": text, "intent": {"name": "pesten", "confidence": 0.8}, "entities": []}
    trk = Tracker("test", {"rol": "zelf"}, latest, [{"event": "user", "text": text, "parse_data": {}}], False, None,
                  {}, "action_listen")
    said, _ = _responses(a.ActionHerkenSituatie(), trk)
    assert "utter_rolvraag_beschuldigd_contact" not in said


def test_a_threat_for_tonight_in_a_story_the_classifier_is_unsure_of_gets_the_safety_first():
    # round 28 B c03: "Bedoel je: intimidatie?" and nothing on tonight
    latest = {"text": THREAT, "intent": {"name": "nlu_fallback", "confidence": 0.3}, "entities": [],
              "intent_ranking": [{"name": "nlu_fallback", "confidence": 0.3},
                                 {"name": "intimidatie", "confidence": 0.3}]}
    trk = Tracker("test", {}, latest, [{"event": "user", "text": THREAT, "parse_data": {}}], False, None, {},
                  "action_listen")
    said, _ = _responses(a.ActionDefaultAskAffirmation(), trk)
    assert said[-2:] == [crisis.DREIGING_LATER, "utter_ask_affirmation"]


def test_fear_shared_as_a_feeling_after_a_threat_for_later_gets_the_safety():
    latest = {"text": "ik ben een beetje bang voor straks eigenlijk", "intent": {"name": "gevoel_delen"},
              "entities": []}
    events = [{"event": "user", "text": THREAT, "parse_data": {}},
              {"event": "user", "text": latest["text"], "parse_data": {}}]
    trk = Tracker("test", {}, latest, events, False, None, {}, "action_listen")
    said, _ = _responses(a.ActionErkenGevoel(), trk)
    assert said == ["utter_faq/veilig_straks"]
    plain = Tracker("test", {}, latest, events[1:], False, None, {}, "action_listen")
    assert _responses(a.ActionErkenGevoel(), plain)[0] == ["utter_gevoel_erkend"]


def test_fear_said_again_right_after_the_short_answer_gets_a_shorter_one():
    # round 28 replay: "ik ben een beetje bang voor straks eigenlijk" got the same short text twice in a row
    text = "ik ben een beetje bang voor straks eigenlijk"
    latest = {"text": text, "intent": {"name": "gevoel_delen"}, "entities": []}
    events = [{"event": "user", "text": THREAT, "parse_data": {}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_dreiging_later"}},
              {"event": "user", "text": "zal wel meevallen toch", "parse_data": {}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": crisis.BANG_VOOR_STRAKS}},
              {"event": "user", "text": text, "parse_data": {}}]
    trk = Tracker("test", {}, latest, events, False, None, {}, "action_listen")
    said, _ = _responses(a.ActionErkenGevoel(), trk)
    assert said == [crisis.BANG_VOOR_STRAKS_KORT]


def test_a_threat_for_later_told_while_booking_keeps_the_booking_and_asks_its_question_again():
    # round 28 B c07: a photo of his front door with "tot vanavond" during the time step
    latest = {"text": DOOR, "intent": {"name": "crisis", "confidence": 0.5}, "entities": [], "crisis": CHECK}
    events = [{"event": "active_loop", "name": "afspraak_form"},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_ask_tijd_wens"}},
              {"event": "user", "text": DOOR, "parse_data": {}},
              {"event": "action", "name": "action_deactivate_loop"}, {"event": "active_loop", "name": None}]
    trk = Tracker("test", {}, latest, events, False, None, {}, "action_listen")
    messages, result = run(a.ActionBepaalCrisissoort(), trk)
    assert [m.get("response") for m in messages] == ["utter_afspraak_dreiging"]
    assert result[-1]["event"] == "user" and result[-1]["parse_data"]["intent"]["name"] == "afspraak_maken"


def test_of_two_matters_the_one_denied_by_name_gives_way_to_the_other():
    # round 28 C c04: "seksuele intimidatie?? nee hoor ... het gaat over die tickets" chose that matter, three times
    text = "seksuele intimidatie?? nee hoor, waar haalt ge dat. het gaat over die tickets"
    latest = {"text": text, "intent": {"name": "ontkennen", "confidence": 0.6}, "entities": []}
    slots = {"open_vraag": "twee_situaties", "situatie": "nevenwerkzaamheden",
             "tweede_situatie": "seksuele_intimidatie", "tweede_situatie_label": "seksuele intimidatie"}
    trk = Tracker("test", slots, latest, [{"event": "user", "text": text, "parse_data": {}}], False, None, {},
                  "action_listen")
    _, events = _responses(a.ActionVraagSituatie(), trk)
    values = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert values["situatie"] == "nevenwerkzaamheden" and values["tweede_situatie"] is None
    assert values["open_vraag"] != "kies_situatie"


def test_a_matter_taken_before_and_now_denied_gets_an_apology_first():
    text = "nee!! het is GEEN seksuele intimidatie. het gaat over een cadeau van een leverancier"
    latest = {"text": text, "intent": {"name": "nevenwerkzaamheden", "confidence": 0.3}, "entities": []}
    events = [{"event": "slot", "name": "situatie", "value": "seksuele_intimidatie"},
              {"event": "user", "text": text, "parse_data": {}}]
    trk = Tracker("test", {"situatie": "seksuele_intimidatie", "open_vraag": "opties"}, latest, events, False, None,
                  {}, "action_listen")
    said, _ = _responses(a.ActionHerkenSituatie(), trk)
    assert said[:1] == ["utter_verkeerd_gelezen"]
    plain = Tracker("test", {}, {**latest, "text": "het gaat over een cadeau van een leverancier"},
                    [{"event": "user", "text": "het gaat over een cadeau van een leverancier", "parse_data": {}}],
                    False, None, {}, "action_listen")
    assert "utter_verkeerd_gelezen" not in _responses(a.ActionHerkenSituatie(), plain)[0]


def test_after_the_suicide_answer_a_bystanders_answer_is_not_given_to_the_one_at_risk():
    # round 28 recheck B c04: "Maak je je zorgen dat iemand een eind aan zijn leven wil maken?" to him
    text = "ok. morgen om 8 sta ik er weer. ik weet niet hoe ik dat moet doen"
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.5}, "entities": [],
              "response_selector": {"faq": {"response": {"intent_response_key": "faq/bellen_112"}}}}
    trk = Tracker("test", {"crisis_actief": True, "crisis_soort": "zelfmoord"}, latest,
                  [{"event": "user", "text": text, "parse_data": {}}], False, None, {}, "action_listen")
    said, _ = _responses(a.ActionCrisisVervolg(), trk)
    assert said == [crisis.ZELFMOORD_MORGEN]
    worried = Tracker("test", {"crisis_actief": True, "crisis_soort": "zorgen_ander"}, latest,
                      [{"event": "user", "text": text, "parse_data": {}}], False, None, {}, "action_listen")
    assert crisis.ZELFMOORD_MORGEN not in _responses(a.ActionCrisisVervolg(), worried)[0]
