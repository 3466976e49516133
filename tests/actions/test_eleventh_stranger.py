"""Eleventh stranger test: the fear that he comes home asked again (c02: the whistleblower text), a
plan to sleep elsewhere (c02: the suicide question), "ik ben bang voor hem" (c15: the text for
one's own part in an integrity matter), and cancelling an appointment made before (c10: a new
booking, then "stop or go on?" twice)."""

import asyncio

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from actions import afspraak
from bot.dialogue import booking, cancelling, crisis
from bot.nlu.components import CodeRequest, CrisisSafetyNet
from tests.actions.domain import DOMAIN
from tests.actions.test_actions import run, tracker
from tests.actions.test_afspraak_fourth_stranger import form_step
from tests.actions.test_crisis_and_venting_actions import _tracker_with_events

UNSURE = {"category": None, "rule": "bang_voor_iemand", "level": "check"}
AFTER_FEAR = {"crisis_soort": crisis.BANG_KOMST, "crisis_actief": True, "situatie": "intimidatie"}


# --- c02: the fear asked again, a plan to be safe ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "en als hij vanavond toch bij mijn huis staat?",
    "wat als hij straks voor mijn deur staat",
    "en als hij komt?",
    "stel dat hij morgen weer aanbelt?",
])
def test_what_if_he_comes_is_the_fear_that_he_comes(text):
    assert crisis.fears_coming(text) and crisis.threat_from_other(text)
    assert crisis.follow_up(text, crisis.BANG_KOMST)
    assert crisis.after_crisis_response(text, crisis.BANG_KOMST) == crisis.BANG_KOMST_KORT


@pytest.mark.parametrize("text", [
    "als hij morgen weer komt wil ik het melden",
    "als ze komen praten we erover",
    "wat als mijn leidinggevende het hoort",
])
def test_a_plain_condition_is_no_fear_that_he_comes(text):
    assert not crisis.fears_coming(text)


@pytest.mark.parametrize("text", [
    "ik ga vannacht bij mijn zus slapen",
    "mijn vriend komt bij me slapen",
    "ik blijf vanavond bij mijn ouders",
    "ik ga ergens anders slapen",
    "de deur zit op slot en mijn broer komt hierheen",
])
def test_a_plan_to_be_safe_is_heard_as_a_good_plan(text):
    assert crisis.safe_plan(text)
    assert crisis.follow_up(text, crisis.BANG_KOMST)
    assert crisis.after_crisis_response(text, crisis.BANG_KOMST) == crisis.VEILIGE_PLEK


@pytest.mark.parametrize("text", [
    "ik ga bij mijn zus slapen maar ik voel me niet veilig",
    "ik wil naar mijn moeder maar hij staat nu voor de deur",
])
def test_a_plan_with_danger_in_it_is_no_safe_plan(text):
    assert not crisis.safe_plan(text)


def test_the_fear_answer_turns_the_crisis_on_so_what_follows_is_answered():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "ik ben nu thuis en ik ben bang dat hij langskomt",
                            slots={"situatie": "intimidatie"}, crisis={**UNSURE, "rule": "classifier_twijfel"}))
    assert events == [SlotSet("crisis_soort", crisis.BANG_KOMST), SlotSet("crisis_actief", True)]


@pytest.mark.parametrize("text, response", [
    ("en als hij vanavond toch bij mijn huis staat?", "utter_crisis_bang_komst_kort"),
    ("ik ga vannacht bij mijn zus slapen", "utter_crisis_veilige_plek"),
])
def test_after_the_fear_answer_the_next_message_is_a_follow_up(text, response):
    _, events = run(a.ActionBepaalCrisissoort(), tracker("crisis", text, slots=AFTER_FEAR, crisis=UNSURE))
    assert events == [SlotSet("crisis_soort", crisis.VERVOLG)]
    trk = _tracker_with_events("crisis", text, {**AFTER_FEAR, "crisis_soort": crisis.VERVOLG},
                               [{"event": "slot", "name": "crisis_soort", "value": crisis.BANG_KOMST},
                                {"event": "slot", "name": "crisis_soort", "value": crisis.VERVOLG}])
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == [response]
    assert SlotSet("crisis_soort", crisis.BANG_KOMST) in events


def test_after_the_violence_answer_the_fear_that_he_comes_gets_the_fear_answer_not_the_block_again():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "en als hij vanavond toch bij mijn huis staat?",
                            slots={"crisis_soort": "geweld", "crisis_actief": True}, crisis=UNSURE))
    assert events == [SlotSet("crisis_soort", crisis.BANG_KOMST), SlotSet("crisis_actief", True)]


def _msg(text, intent, confidence=0.6):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": confidence}, add_to_output=True)
    m.set("intent_ranking", [{"name": intent, "confidence": confidence}], add_to_output=True)
    return m


@pytest.mark.parametrize("text, intent", [
    ("en als hij vanavond toch bij mijn huis staat?", "faq"),
    ("ik ben bang voor hem", "beschuldigd"),
    ("ik ben echt bang van die klant", "nlu_fallback"),
])
def test_the_safety_net_turns_fear_of_someone_into_the_gentle_check(text, intent):
    m = CrisisSafetyNet().process([_msg(text, intent)])[0]
    assert m.get("intent")["name"] == "crisis" and m.get("crisis")["level"] == "check"


@pytest.mark.parametrize("text", [
    "ik ben bang dat ik mijn baan kwijtraak",
    "ik ben bang voor de gevolgen als ik dit meld, mijn leidinggevende is streng en het team kletst veel",
    "als hij morgen weer komt wil ik het melden",
])
def test_other_fears_keep_their_intent(text):
    m = CrisisSafetyNet().process([_msg(text, "pesten", 0.8)])[0]
    assert m.get("intent")["name"] == "pesten"


def test_afraid_of_him_unsure_crisis_gets_the_safety_check_not_the_suicide_question():
    _, events = run(a.ActionBepaalCrisissoort(),
                    tracker("crisis", "ik ben bang voor hem", slots={"situatie": "agressie_geweld"}, crisis=UNSURE))
    assert events == [SlotSet("crisis_soort", crisis.VEILIGHEID)]


# --- c10: cancelling an appointment made before ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "hoi ik heb een afspraak met de vertrouwenspersoon maar ik wil hem afzeggen",
    "ik wil mijn afspraak annuleren",
    "zeg de afspraak maar af",
    "kan ik mijn gesprek van donderdag afzeggen?",
])
def test_a_wish_to_cancel_without_a_code_is_cancelling(text):
    assert cancelling.cancel_without_code(text) == booking.CANCEL
    m = CodeRequest().process([_msg(text, "afspraak_maken")])[0]
    assert m.get("intent")["name"] == "afspraak_annuleren"


@pytest.mark.parametrize("text", [
    "is het erg als ik mijn afspraak afzeg?",
    "ik heb het afgezegd, is dat slecht?",
    "ik wil hem niet afzeggen",
    "ik wil een afspraak maken",
])
def test_no_wish_to_cancel_is_left_alone(text):
    assert cancelling.cancel_without_code(text) is None


def test_cancel_while_booking_offers_to_stop_or_cancel_one_made_before(db):
    messages, result, _ = form_step(afspraak.ValidateAfspraakForm(), "ik wil hem afzeggen", "tijd_wens",
                                    intent="afspraak_annuleren")
    assert result.get("afspraak_stoppen") is True
    trk = Tracker("gesprek-1", {"afspraak_stoppen": True, "requested_slot": "tijd_wens"},
                  {"text": "ik wil hem afzeggen", "intent": {"name": "afspraak_annuleren", "confidence": 0.9}},
                  [], False, None, {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    afspraak._stop_offered(trk, dispatcher)
    assert [m["response"] for m in dispatcher.messages] == [afspraak.STOP_OR_CANCEL]
    buttons = [b["payload"] for b in DOMAIN["responses"][afspraak.STOP_OR_CANCEL][0]["buttons"]]
    assert "/afspraak_annuleren" in buttons and "/stoppen" in buttons


def test_a_plain_no_to_the_booking_offers_stop_or_go_on_only():
    trk = Tracker("gesprek-1", {"afspraak_stoppen": True, "requested_slot": "tijd_wens"},
                  {"text": "ik wil geen afspraak", "intent": {"name": "stoppen", "confidence": 0.9}},
                  [], False, None, {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    afspraak._stop_offered(trk, dispatcher)
    assert [m["response"] for m in dispatcher.messages] == ["utter_afspraak_stoppen_vraag"]


def _after_stop_or_cancel(text, intent):
    events = [ActionExecuted("action_listen"), UserUttered("ik wil hem afzeggen", {"name": "afspraak_annuleren"}),
              BotUttered("...", metadata={"utter_action": afspraak.STOP_OR_CANCEL}),
              ActionExecuted("action_listen"), UserUttered(text, {"name": intent})]
    return Tracker("gesprek-1", {"requested_slot": "tijd_wens"},
                   {"text": text, "intent": {"name": intent, "confidence": 0.9}}, events, False, None,
                   {"name": "afspraak_form"}, "action_listen")


@pytest.mark.parametrize("text", ["/afspraak_annuleren", "nee ik wil AFZEGGEN"])
def test_after_that_question_cancelling_switches_to_the_code_form(text):
    dispatcher = CollectingDispatcher()
    events = afspraak.ActionBeheerInBoeking().run(dispatcher, _after_stop_or_cancel(text, "afspraak_annuleren"), DOMAIN)
    assert events == [SlotSet("beheer_wissel", True)]


def test_without_that_question_a_cancel_word_stays_in_the_booking():
    trk = Tracker("gesprek-1", {"requested_slot": "tijd_wens"},
                  {"text": "nee toch donderdag, dinsdag kan ik niet", "intent": {"name": "afspraak_annuleren"}},
                  [], False, None, {"name": "afspraak_form"}, "action_listen")
    events = afspraak.ActionBeheerInBoeking().run(CollectingDispatcher(), trk, DOMAIN)
    assert events == [SlotSet("beheer_wissel", False)]


# --- c01: someone throwing things here, now; c15: "help" on its own --------------------------------

def test_someone_here_throwing_a_chair_is_violence_now_not_the_suicide_check():
    from bot.nlu import crisis_patterns
    found = crisis_patterns.match(
        "er is hier een man binnen die schreeuwt en met een stoel gooit, ik zit in het kantoortje")
    assert found is not None and found.category == "geweld"
    assert crisis_patterns.match("er is hier vaak een klant die schreeuwt en met dingen gooit") is None


@pytest.mark.parametrize("text", ["help", "HELP!!", "help me", "hulp"])
def test_help_on_its_own_gets_the_gentle_check(text):
    m = CrisisSafetyNet().process([_msg(text, "nlu_fallback", 0.3)])[0]
    assert m.get("intent")["name"] == "crisis" and m.get("crisis") == {
        "category": None, "rule": "hulpkreet", "overrode": True, "level": "check"}


@pytest.mark.parametrize("text", ["help, hoe maak ik een afspraak", "ik heb hulp nodig met iets op mijn werk"])
def test_help_in_a_sentence_is_left_to_the_classifier(text):
    m = CrisisSafetyNet().process([_msg(text, "afspraak_maken", 0.8)])[0]
    assert m.get("intent")["name"] == "afspraak_maken"


def test_a_plan_told_place_first_is_a_safe_plan_too():
    assert crisis.safe_plan("ik denk dat ik vannacht maar bij mijn zus ga logeren")


@pytest.mark.parametrize("text, intent", [
    ("ik tril nog", "gevoel_delen"),
    ("ik sta nog te bibberen", "gevoel_delen"),
    ("ik ga nu slapen, doei", "afscheid"),
    ("tot ziens", "afscheid"),
])
def test_the_body_after_a_shock_is_no_goodbye(text, intent):
    from bot.nlu.components import GoodbyeAtEnd
    m = GoodbyeAtEnd().process([_msg(text, "afscheid", 0.42)])[0]
    assert m.get("intent")["name"] == intent


def test_after_that_question_the_form_leaves_a_typed_cancel_to_the_rule(db):
    trk = _after_stop_or_cancel("nee ik wil AFZEGGEN", "afspraak_annuleren")
    trk.slots["tijd_wens"] = "nee ik wil AFZEGGEN"
    trk.events.append(SlotSet("tijd_wens", "nee ik wil AFZEGGEN"))
    dispatcher = CollectingDispatcher()
    events = asyncio.run(afspraak.ValidateAfspraakForm().run(dispatcher, trk, DOMAIN))
    # no slot validated (requested_slot aside): Rasa rejects the form, and the rule switches to the code form
    assert dispatcher.messages == []
    assert [e for e in events if e.get("event") == "slot" and e["name"] != "requested_slot"] == []


# --- twelfth stranger test ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "vorige week heb ik een klant van de balie laten verwijderen omdat hij agressief was. nu heeft hij uitgezocht "
    "waar ik woon. hij staat nu al een half uur aan de overkant van mijn huis te kijken en mijn kinderen zijn thuis",
    "nee?? ik ben niet suicidaal, er staat een gek voor mijn deur",
    "hij komt nu de straat over naar onze voordeur",
])
def test_c13_someone_watching_or_coming_to_the_house_now_is_danger_now(text):
    from bot.nlu import crisis_patterns
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "geweld"


@pytest.mark.parametrize("text", [
    "mijn collega woont aan de overkant", "vorige week stond hij aan de overkant van mijn huis",
    "de postbode komt naar de deur",
])
def test_c13_no_danger_now_without_a_sign_of_it(text):
    from bot.nlu import crisis_patterns
    assert crisis_patterns.match(text) is None


def test_c15_letting_go_at_the_end_offers_to_stop(db):
    _, result, _ = form_step(afspraak.ValidateAfspraakForm(), "om 4 uur haal ik de kinderen. laat maar dan",
                             "gekozen_tijd")
    assert result.get("afspraak_stoppen") is True and result.get("gekozen_tijd") is None


def test_c07_a_code_to_be_cancelled_in_the_passive_is_cancelling():
    assert booking.code_request("kan T7D8-H65T-JQXF geannuleerd worden?") == booking.CANCEL


@pytest.mark.parametrize("text, expected", [
    ("hm nee, vrijdag ben ik vrij. kan het toch woensdag worden?", True),  # twelfth stranger test c06
    ("kan het om 3 uur?", True),
    ("donderdagmiddag graag, en kost dat iets?", False),
    ("is de vertrouwenspersoon een vrouw?", False),
    ("dinsdag", False),
])
def test_c06_a_question_that_only_asks_for_a_time_gets_no_faq_answer(text, expected):
    assert booking.only_asks_about_time(text) is expected


def test_c05_a_talk_sooner_asked_after_the_suicide_answer_is_heard_and_the_first_times_looked_for():
    text = "ik ga niks doen hoor. maar kan het gesprek niet eerder?"
    trk = _tracker_with_events("nlu_fallback", text, {"crisis_soort": crisis.ZELFMOORD, "crisis_actief": True},
                               [{"event": "slot", "name": "crisis_soort", "value": crisis.ZELFMOORD}])
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_eerder_gesprek"]
    assert SlotSet("crisis_actief", False) in events
    asked = [e for e in events if e.get("event") == "user"]
    assert asked and asked[0]["text"] == "zo snel mogelijk"
    assert asked[0]["parse_data"]["intent"]["name"] == "afspraak_maken"
    assert crisis.wants_sooner(text) and not crisis.wants_sooner("ik heb eerder gebeld")


def test_the_role_said_when_the_bot_was_unsure_still_answers_the_role_question():
    first = "ze beweert dat ik haar heb lastiggevallen met appjes maar dat was gewoon een grapje"
    text = "zal ik haar gewoon een berichtje sturen om uit te leggen hoe het zat"
    trk = _tracker_with_events("rol_vraag", text, {}, [
        {"event": "user", "text": first, "parse_data": {}}, {"event": "user", "text": text, "parse_data": {}}])
    messages, events = run(a.ActionBeantwoordRolvraag(), trk)
    assert [m["response"] for m in messages][:1] == ["utter_rolvraag_beschuldigd_contact"]
    assert SlotSet("rol", "beschuldigd") in events


@pytest.mark.parametrize("intent", ["wil_vertellen", "gevoel_delen"])
def test_cannot_call_read_as_wanting_to_tell_is_left_unsure(intent):
    from bot.nlu.components import NotSafeAfterAll
    m = NotSafeAfterAll().process([_msg("ik kan alleen maar fluisteren", intent, 0.41)])[0]
    assert m.get("intent")["name"] == "nlu_fallback"
    m = NotSafeAfterAll().process([_msg("ik wil iets vertellen over mijn baas", intent, 0.6)])[0]
    assert m.get("intent")["name"] == intent


def test_c03_a_short_clock_time_read_as_a_question_chooses_the_time_offered(db):
    from tests.actions.test_afspraak_actions import tracker as booking_tracker
    from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT
    from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY
    messages, events = run(afspraak.ActionVraagInAfspraak(),
                           booking_tracker(SLOTS_AT["gekozen_tijd"], text="13u45 dan", intent="faq",
                                           requested="gekozen_tijd"))
    assert not [m for m in messages if str(m.get("response") or "").startswith("utter_faq/")]
    assert SlotSet("gekozen_tijd", MARIEKE_TUESDAY[1]) in events


# --- thirteenth stranger check (after the twelfth's fixes) -------------------------------------------

@pytest.mark.parametrize("text", [
    "sorry dat ik zo typ. zit in het magazijn achterin met de deur dicht, hij loopt buiten heen en weer en bonkt "
    "op de deur. ik heb mijn telefoon maar durf geen geluid te maken",
    "nee ik wil niet dood?? hij staat hier voor de deur, ik ben bang dat hij binnen komt",
])
def test_c02_hiding_behind_a_closed_door_while_he_bangs_on_it_is_danger_now(text):
    from bot.nlu import crisis_patterns
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "geweld"


@pytest.mark.parametrize("text", ["hij slaat de deur dicht en loopt weg", "hij stond vorige week hier voor de deur"])
def test_c02_a_door_slammed_or_someone_there_last_week_is_no_danger_now(text):
    from bot.nlu import crisis_patterns
    assert crisis_patterns.match(text) is None


def test_c03_not_knowing_whether_one_is_still_there_next_week_gets_the_gentle_check():
    from bot.nlu import crisis_patterns
    text = ("maakt niet zoveel uit. eerlijk gezegd weet ik niet of ik volgende week er nog ben, "
            "ik ben het allemaal zo zat")
    assert crisis_patterns.despair(text) is not None
    m = CrisisSafetyNet().process([_msg(text, "kies_tijd", 0.5)])[0]
    assert m.get("intent")["name"] == "crisis" and m.get("crisis")["level"] == "check"
    assert crisis_patterns.despair("ik weet niet of ik volgende week er nog ben, ik heb vakantie") is None


def test_c04_an_unsure_crisis_guess_on_a_day_wish_is_no_crisis():
    text = "oei nee, vandaag lukt niet, ik heb straks controle bij de vroedvrouw. donderdag namiddag is beter voor mij"
    m = Message(data={"text": text})
    m.set("intent", {"name": "crisis", "confidence": 0.4}, add_to_output=True)
    m.set("intent_ranking", [{"name": "crisis", "confidence": 0.4}, {"name": "afspraak_wijzigen", "confidence": 0.3}],
          add_to_output=True)
    m = CrisisSafetyNet().process([m])[0]
    assert m.get("intent")["name"] == "afspraak_wijzigen"


@pytest.mark.parametrize("text, fears", [
    ("ja. wat moet ik nu doen, hij komt misschien naar boven", True),  # thirteenth stranger check x05
    ("ik ben bang dat hij steeds langskomt", True),
    ("hij komt naar me toe als ik iets vraag", False),
    ("de monteur komt straks naar boven", False),
])
def test_x05_he_may_come_up_to_the_writer_now_is_the_fear_that_he_comes(text, fears):
    assert crisis.fears_coming(text) is fears


def test_c05_a_talk_sooner_read_as_not_wanting_a_step_is_heard_too():
    text = "ik ga niks doen hoor. maar kan het gesprek niet eerder?"
    trk = tracker("geen_stap_willen", text, slots={"crisis_soort": crisis.ZELFMOORD, "crisis_actief": True})
    messages, events = run(a.ActionGeenStap(), trk)
    assert [m["response"] for m in messages] == ["utter_crisis_eerder_gesprek"]
    assert [e["text"] for e in events if e.get("event") == "user"] == ["zo snel mogelijk"]


# --- this session: open items of the twelfth and thirteenth stranger checks ------------------------

@pytest.mark.parametrize("text, expected", [
    ("die van 1", 0),  # 13:00 (Amsterdam) offered
    ("doe maar die om een uur", 0),
    ("die van 2", None),  # only 14:30 is offered in that hour: not chosen for the person
    ("die van 4", None),  # nothing offered at 4 or 16
    ("die van 1 en dan wil ik ook nog iets vragen", None),
])
def test_twelfth_c02_an_offered_time_named_by_its_hour_alone_is_chosen(db, text, expected):
    from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY
    picked = afspraak.ValidateAfspraakForm._at_clock_time(text, MARIEKE_TUESDAY)
    assert picked == (None if expected is None else MARIEKE_TUESDAY[expected])


@pytest.mark.parametrize("text", [
    "no no, it didnt happen to me. I was only watching. what can I do for her?",
    "I saw it happen to a colleague, how can I help her?",
    "I only witnessed it",
])
def test_thirteenth_c08_an_english_witness_gets_the_witness_answer(text):
    from bot.nlu import language
    assert language.GETUIGE in language.english_topics(text)


@pytest.mark.parametrize("text", ["it happened to me yesterday", "I saw the counsellor list on the intranet?"])
def test_an_english_message_about_oneself_is_no_witness(text):
    from bot.nlu import language
    assert language.GETUIGE not in language.english_topics(text)


@pytest.mark.parametrize("text, expected", [
    ("ik wil geen politie. ik moet hem morgen gewoon weer zien op de afdeling en ik weet niet hoe", True),
    ("ik moet maandag weer naast hem werken", True),
    ("hoe moet ik haar ooit nog onder ogen komen", True),
    ("gelukkig hoef ik hem niet meer te zien", False),
    ("ik wil geen politie", False),
])
def test_twelfth_c14_having_to_see_the_other_again_at_work(text, expected):
    assert crisis.faces_them_again(text) is expected


def test_twelfth_c14_no_police_and_seeing_him_tomorrow_gets_both_answers():
    text = "ik wil geen politie. ik moet hem morgen gewoon weer zien op de afdeling en ik weet niet hoe"
    messages, _ = run(a.ActionGeenStap(), tracker("geen_stap_willen", text, {
        "crisis_soort": "seksueel_geweld", "crisis_actief": True}))
    assert [m.get("response") for m in messages] == ["utter_geen_stap_willen", crisis.HEM_WEER_ZIEN]


def test_twelfth_c14_seeing_him_again_after_the_sexual_violence_answer_is_a_follow_up_answer():
    text = "ik moet hem morgen weer zien op de afdeling"
    assert crisis.after_crisis_response(text, "seksueel_geweld") == crisis.HEM_WEER_ZIEN
    assert crisis.after_crisis_response("hij staat nu voor de deur, ik moet hem weer zien", crisis.GEWELD) \
        != crisis.HEM_WEER_ZIEN


def test_eleventh_c01_police_took_him_after_the_safety_check_says_help_is_there():
    trk = tracker("faq", "de politie heeft hem meegenomen", {"crisis_soort": crisis.VEILIGHEID},
                  extra={"response_selector": {"faq": {"response": {"intent_response_key": "faq/aangifte"}}}})
    messages, events = run(a.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == [crisis.HULP_IS_ER]


def test_a_real_side_question_after_the_safety_check_gets_its_own_answer():
    trk = tracker("faq", "is dit gesprek anoniem?", {"crisis_soort": crisis.VEILIGHEID},
                  extra={"response_selector": {"faq": {"response": {"intent_response_key": "faq/anoniem"}}}})
    messages, _ = run(a.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/anoniem"]


@pytest.mark.parametrize("text, expected", [
    ("wat kan ik doen zonder dat ik mijn baan kwijt raak", "bescherming"),
    ("ik ben bang dat ik mijn contract kwijt raak als ik hier iets over zeg", "bescherming"),
    ("kan ik ontslagen worden als ik iets meld?", "bescherming"),
    ("ik ben bang dat ik door de reorganisatie mijn baan kwijtraak", None),
    ("na de reorganisatie ben ik mijn baan kwijtgeraakt", None),
    ("ik ben mijn baan kwijt en wil dat melden", None),
])
def test_thirteenth_c09_the_fear_of_losing_the_job_for_speaking_up_gets_the_protection_answer(text, expected):
    from bot.dialogue.followups import direct_answer
    assert direct_answer(text) == expected


def test_thirteenth_c12_venting_with_a_story_the_classifier_cannot_place_is_heard_without_a_guess():
    text = ("pff. ik moet gewoon even mijn ei kwijt. mijn leidinggevende heeft me vandaag weer voor de hele "
            "groep afgezeken. ik wil geen afspraak en geen gedoe")
    ranking = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "discriminatie", "confidence": 0.2}]
    messages, events = run(a.ActionDefaultAskAffirmation(), tracker("nlu_fallback", text, ranking=ranking))
    assert [m.get("response") for m in messages] == ["utter_luisteren_zonder_soort"]
    assert SlotSet("luisteren", True) in events


def test_an_unsure_story_without_venting_still_gets_the_guess():
    ranking = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "discriminatie", "confidence": 0.2}]
    messages, _ = run(a.ActionDefaultAskAffirmation(),
                      tracker("nlu_fallback", "mijn leidinggevende geeft de leuke klussen altijd aan anderen",
                              ranking=ranking))
    assert "utter_ask_affirmation" in [m.get("response") for m in messages]


def test_thirteenth_c06_consulting_without_a_name_keeps_its_own_answer_and_no_second_anonymity_text():
    from bot.dialogue import questions, roles
    assert roles.keeps_answer(roles.DILEMMA, roles.LEIDINGGEVENDE, "advies_zonder_naam")
    assert "anoniem" not in questions.other_questions(
        "nee ik bedoel de naam van mijn medewerker. mag ik het geval anoniem voorleggen?", "advies_zonder_naam")


def _read_as_faq(text, selector_confidence, ranking):
    from bot.nlu.components import DirectAnswer
    m = Message(data={"text": text})
    m.set("intent", dict(ranking[0]), add_to_output=True)
    m.set("intent_ranking", ranking, add_to_output=True)
    m.set("response_selector", {"faq": {"response": {"confidence": selector_confidence,
                                                     "intent_response_key": "faq/geheim_beloven"}}},
          add_to_output=True)
    return DirectAnswer().process([m])[0].get("intent")["name"]


STORY = ("ik weet niet of dit iets voor een vertrouwenspersoon is. twee weken nadat ik vertelde dat ik zwanger "
         "ben, hoorde ik dat mijn contract niet verlengd wordt")
RANKING = [{"name": "faq", "confidence": 0.38}, {"name": "twijfel_vertellen", "confidence": 0.27},
           {"name": "discriminatie", "confidence": 0.2}]


def test_a_story_read_as_a_side_question_the_selector_is_unsure_of_is_the_situation():
    assert _read_as_faq(STORY, 0.13, RANKING) == "discriminatie"


@pytest.mark.parametrize("text, selector", [
    (STORY, 0.6),  # the selector is sure: its answer stands
    (STORY + ". mag ik daar iets van zeggen?", 0.13),  # a question is asked
    ("mijn contract wordt niet verlengd", 0.13),  # too short to be a story
])
def test_a_question_or_a_sure_answer_keeps_the_side_answer(text, selector):
    assert _read_as_faq(text, selector, RANKING) == "faq"


# --- fourteenth stranger check ------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("oke. kan ik dan voor haar een afspraak maken bij de vertrouwenspersoon? dan weet ik zeker dat het gebeurt",
     "afspraak_voor_ander"),
    ("mag ik een afspraak voor mijn medewerker maken", "afspraak_voor_ander"),
    ("ik wil een afspraak voor mezelf maken", None),
    ("wat kan ik voor haar doen? kan ik een afspraak maken", None),
])
def test_c06_booking_for_someone_else_gets_the_answer_that_they_book_themselves(text, expected):
    from bot.dialogue.followups import direct_answer
    assert direct_answer(text) == expected


def test_c06_a_request_to_book_for_her_read_as_a_booking_gets_that_answer_not_the_form():
    from bot.nlu.components import DirectAnswer
    m = _msg("kan ik voor haar een afspraak maken bij de vertrouwenspersoon?", "afspraak_maken", 0.9)
    m = DirectAnswer().process([m])[0]
    assert m.get("intent")["name"] == "faq"
    assert m.get("response_selector")["faq"]["response"]["utter_action"] == "utter_faq/afspraak_voor_ander"


@pytest.mark.parametrize("text", [
    "wacht even. weet niemand dat ik hier mee bezig ben? ook mijn teamleider niet?",
    "krijgt marieke nu te horen dat ik naar ruud ben overgestapt?",
])
def test_c01_c18_a_question_whether_someone_knows_never_gets_the_secrecy_promise_answer(text):
    from bot.nlu.components import LinearResponseSelector
    ranking = [("faq/geheim_beloven", 0.4), ("faq/team_hoort_niets", 0.3), ("faq/anoniem", 0.1)]
    kept = LinearResponseSelector._without_answers_that_cannot_fit(LinearResponseSelector, text, ranking)
    assert kept[0][0] == "faq/team_hoort_niets"


def test_c01_the_secrecy_answer_stays_for_a_promise():
    from bot.nlu.components import LinearResponseSelector
    ranking = [("faq/geheim_beloven", 0.4), ("faq/team_hoort_niets", 0.3)]
    kept = LinearResponseSelector._without_answers_that_cannot_fit(
        LinearResponseSelector, "ik heb haar beloofd dat ik het voor me hou", ranking)
    assert kept[0][0] == "faq/geheim_beloven"


def test_c04_an_english_question_about_the_appointment_made_is_no_new_booking():
    from bot.nlu import language
    assert not language.english_booking("thanks. will my manager be told about this appointment?")
    assert language.english_topics("is my appointment with Ruud still booked or did stop cancel it") == [
        language.STILL_BOOKED]
    assert language.english_booking("I would like to book an appointment")


def test_c12_who_can_be_called_now_asked_with_an_unsure_story_is_answered_first():
    text = ("ik lig wakker. mijn collega heeft me vandaag bij mijn kraag gepakt en gezegd dat hij me wel weet "
            "te vinden. kan ik nu iemand bellen?")
    ranking = [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "seksuele_intimidatie", "confidence": 0.25}]
    messages, _ = run(a.ActionDefaultAskAffirmation(), tracker("nlu_fallback", text, ranking=ranking))
    assert [m.get("response") for m in messages] == ["utter_crisis_wie_nu"]
    said = DOMAIN["responses"]["utter_crisis_wie_nu"][0]["text"]
    assert "{politie_geen_spoed_nummer}" in said


@pytest.mark.parametrize("text, expected", [
    ("kan ik dit anoniem melden? en wordt ik dan ontslagen als ze erachter komen?", ["bescherming"]),
    ("vlieg ik er dan uit?", ["bescherming"]),
    ("wordt mijn collega ontslagen?", []),
])
def test_c22_a_second_question_about_losing_the_job_is_answered_too(text, expected):
    from bot.dialogue import questions
    assert questions.other_questions(text, "anoniem") == expected


def test_c16_two_matters_named_in_the_answer_to_a_wrong_guess_are_both_kept():
    events = run(a.ActionVraagSituatie(), tracker("ontkennen", "nee, het is pesten en belangenverstrengeling denk ik",
                                                  {"situatie": "buiten_vp_taak", "open_vraag": "bedoeling"}))[1]
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert (slots["situatie"], slots["tweede_situatie"]) == ("pesten", "nevenwerkzaamheden")


def test_c16_two_matters_picked_in_words_are_both_named_and_the_person_chooses():
    trk = tracker("kies_situatie", "nee, het is pesten en belangenverstrengeling denk ik",
                  {"open_vraag": "bedoeling"}, entities=[{"entity": "situatie", "value": "pesten"}])
    messages, events = run(a.ActionKiesSituatie(), trk)
    assert [m.get("response") for m in messages] == ["utter_twee_situaties"]
    slots = {e["name"]: e["value"] for e in events if e.get("event") == "slot"}
    assert (slots["situatie"], slots["tweede_situatie"]) == ("pesten", "nevenwerkzaamheden")


def test_recheck_cancelling_read_as_a_question_while_booking_offers_stop_or_cancel(db):
    from tests.actions.test_afspraak_actions import tracker as booking_tracker
    text = "laat maar, dan annuleer ik hem gewoon"
    messages, events = run(afspraak.ActionVraagInAfspraak(),
                           booking_tracker({}, text=text, intent="faq", requested="gekozen_tijd"))
    assert messages == [] and SlotSet("afspraak_stoppen", True) in events
    dispatcher = CollectingDispatcher()
    afspraak._stop_offered(booking_tracker({"afspraak_stoppen": True}, text=text, intent="faq",
                                           requested="gekozen_tijd"), dispatcher)
    assert [m["response"] for m in dispatcher.messages] == [afspraak.STOP_OR_CANCEL]


@pytest.mark.parametrize("text, expected", [
    ("laat maar, dan annuleer ik hem gewoon", True),
    ("ik wil hem niet afzeggen", False),
    ("is het erg als ik afzeg?", False),
])
def test_recheck_a_wish_to_cancel(text, expected):
    assert cancelling.cancel_wish(text) is expected


def test_recheck_the_answer_whether_the_counsellor_knows_never_says_this_person_booked():
    said = DOMAIN["responses"]["utter_faq/vp_weet_van_afspraak"][0]["text"]
    assert not said.startswith("Ja") and "Maak je hier een afspraak" in said
