"""Seventh stranger test, safety faults (c15, c28, c06): pure functions and NLU components.

c28: a sexual assault "zaterdagavond" got the gentle suicide check; "ik voel me vies" the list.
c15: the goodbye button's word "afscheid" read as a faint crisis, "ik wilde gewoon afsluiten. doei"
after "huh?" as something else, "ik ga eerst met haar praten" as a new story; a stale "/afscheid".
c06: "oke" after a crisis answer got the start menu.
"""

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.channels.offers import OfferedButtons, dialogue_text
from bot.dialogue import crisis
from bot.dialogue.plans import own_plan
from bot.dialogue.resume import goodbye_at_end
from bot.nlu import crisis_patterns
from bot.nlu.components import CrisisSafetyNet, GoodbyeAtEnd, OwnPlan


def _msg(text, intent, ranking):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": ranking[0][1]}, add_to_output=True)
    m.set("intent_ranking", [{"name": n, "confidence": c} for n, c in ranking], add_to_output=True)
    return m


# --- c28: sexual violence told with a day and a part of the day ---------------------------------
@pytest.mark.parametrize("text", [
    "Zaterdagavond op de personeelsborrel heeft een collega mij in de garderobe aangerand. Ik weet niet wat ik "
    "moet doen.",
    "vrijdagmiddag heeft mijn teamleider me betast in het magazijn",
    "gisteravond ben ik na de kerstborrel aangerand door een klant",
    "zondagnacht heeft hij me verkracht na het personeelsfeest",
    "gistermiddag zat de chef met zijn handen onder mijn rok in de opslag",
])
def test_sexual_violence_on_a_day_with_its_part_of_the_day_is_recent(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == "seksueel_geweld"


@pytest.mark.parametrize("text", [
    "twee jaar geleden ben ik op een zaterdagavond aangerand",
    "zaterdagavond heb ik een leuke borrel gehad met collega's",
    "vrijdagmiddag zei mijn collega dat ik een mooie jurk aan had",
])
def test_long_ago_or_no_violence_is_no_sexual_violence_crisis(text):
    found = crisis_patterns.match(text)
    assert found is None or found.category != "seksueel_geweld"


@pytest.mark.parametrize("text", [
    "een collega heeft mij aangerand op het kerstfeest",
    "ik ben verkracht door mijn leidinggevende",
    "hij zat met zijn handen onder mijn jurk",
    "mijn baas heeft me betast in de lift",
])
def test_sexual_assault_is_recognised_by_its_word_or_the_act(text):
    assert crisis_patterns.sexual_assault(text)


@pytest.mark.parametrize("text", ["hij maakt grapjes over mijn lichaam", "ze pesten me", "ik ben aangenomen"])
def test_other_matters_are_no_sexual_assault(text):
    assert not crisis_patterns.sexual_assault(text)


@pytest.mark.parametrize("text", [
    "hij trok me naar binnen en zat met zijn handen onder mijn jurk. ik heb me losgetrokken. ik heb nog niemand "
    "iets verteld. ik wil niet naar de politie maar ik voel me vies",
    "ik schaam me zo",
    "het is mijn eigen schuld, ik had maar niet zoveel moeten drinken",
    "had ik maar nee gezegd",
    "ik voel me zo smerig",
])
def test_shame_after_sexual_violence_gets_its_own_answer(text):
    assert crisis.after_crisis(text) == crisis.SCHAAMTE
    assert crisis.after_crisis_response(text, "seksueel_geweld") == "utter_crisis_seksueel_geweld_schaamte"


@pytest.mark.parametrize("text", [
    "ik wil niet naar de politie",
    "hij trok me naar binnen en ik heb me losgetrokken",
    "ik heb nog niemand iets verteld",
])
def test_more_told_after_the_sexual_violence_answer_is_heard_not_the_block_again(text):
    assert crisis.after_crisis_response(text, "seksueel_geweld") == crisis.SEKSUEEL_GEWELD_GEHOORD


def test_after_the_sexual_violence_answer_a_medical_question_still_gets_the_medical_answer():
    assert crisis.after_crisis_response("moet ik naar een dokter?", "seksueel_geweld") == "utter_crisis_dokter_csg"


# --- c15: goodbye, not crisis -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "afscheid",
    "huh? nee hoor het gaat prima met mij, ik wilde gewoon afsluiten. doei",
    "ik wilde gewoon afsluiten",
    "ik wil het gesprek afsluiten",
    "wat? ik sluit af",
    "oke ik ga afsluiten hoor",
])
def test_closing_the_chat_is_a_goodbye(text):
    assert goodbye_at_end(text) == "afscheid"


@pytest.mark.parametrize("text", [
    "ik wil afscheid nemen",
    "afscheid nemen van iedereen",
    "ik wil mijn leven afsluiten",
    "ik ga de deur afsluiten",
    "is dit anoniem? doei",
    "hoe sluit ik dit af",
])
def test_farewell_words_that_are_no_plain_goodbye_are_left_to_the_classifier(text):
    assert goodbye_at_end(text) is None


@pytest.mark.parametrize("text, intent, ranking", [
    ("afscheid", "crisis", [("crisis", 0.5), ("afscheid", 0.3)]),
    ("afscheid", "nlu_fallback", [("nlu_fallback", 0.4), ("crisis", 0.38), ("afscheid", 0.3)]),
    ("ik wilde gewoon afsluiten", "crisis", [("crisis", 0.45), ("stoppen", 0.3)]),
])
def test_an_unsure_crisis_that_is_a_goodbye_is_a_goodbye(text, intent, ranking):
    m = CrisisSafetyNet().process([_msg(text, intent, ranking)])[0]
    assert m.get("intent")["name"] == "afscheid" and m.get("crisis") is None


@pytest.mark.parametrize("text", ["afscheid", "doei"])
def test_a_sure_crisis_is_never_set_aside_for_a_goodbye(text):
    m = CrisisSafetyNet().process([_msg(text, "crisis", [("crisis", 0.9), ("afscheid", 0.05)])])[0]
    assert m.get("intent")["name"] == "crisis"


@pytest.mark.parametrize("text", ["ik neem afscheid, ik wil niet meer leven. doei", "ik kan niet meer. doei"])
def test_a_goodbye_with_danger_keeps_the_crisis(text):
    m = CrisisSafetyNet().process([_msg(text, "crisis", [("crisis", 0.5), ("afscheid", 0.3)])])[0]
    assert m.get("intent")["name"] == "crisis"


def test_a_goodbye_after_surprise_is_a_goodbye_whatever_the_classifier_said():
    text = "huh? nee hoor het gaat prima met mij, ik wilde gewoon afsluiten. doei"
    m = GoodbyeAtEnd().process([_msg(text, "nlu_fallback", [("nlu_fallback", 0.4), ("geen_stap_willen", 0.3)])])[0]
    assert m.get("intent")["name"] == "afscheid"


@pytest.mark.parametrize("payload", ["/afscheid", "/vraag_opties", "/wil_vertellen", "/afspraak_maken", "/crisis"])
def test_a_standing_button_sent_back_from_an_older_answer_is_that_button(payload):
    book = OfferedButtons(ttl_seconds=60)
    book.offer("a", ['/kies_route{"route":"informeel"}'])
    assert dialogue_text(book, "a", payload) == payload
    assert dialogue_text(book, "b", payload) == payload


@pytest.mark.parametrize("typed", ["/bevestigen", "/ontkennen", '/afscheid{"x": 1}', "/afscheid extra",
                                   '/kies_tijd{"gekozen_tijd": "x"}'])
def test_other_stale_payloads_still_become_plain_text(typed):
    book = OfferedButtons(ttl_seconds=60)
    book.offer("a", ["/stoppen"])
    assert not dialogue_text(book, "a", typed).startswith("/")


# --- c15: after the gentle check, a no ---------------------------------------------------------
@pytest.mark.parametrize("text", ["nee", "nee hoor", "nee hoor het gaat prima met mij", "nee het gaat goed hoor",
                                  "nee, niet echt"])
def test_a_plain_no_to_the_gentle_check_is_fine(text):
    assert not crisis.not_fine(text)


@pytest.mark.parametrize("text", ["nee het gaat niet goed", "nee slecht eigenlijk", "nee maar soms wel",
                                  "nee, ik weet het niet", "nee het gaat niet zo best", "nee ik ben helemaal op"])
def test_a_no_that_says_it_goes_badly_is_not_fine(text):
    assert crisis.not_fine(text)


# --- c15: the person's own next step ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "ok dank. ik ga eerst met haar praten",
    "ik ga het eerst zelf met hem bespreken",
    "oke, ik ga morgen met mijn collega praten",
    "dank je, ik ga haar eerst even vragen hoe het gaat",
    "thanks, ik ga het eerst met mijn teamleider bespreken",
    "ik spreek hem morgen zelf aan",
])
def test_ones_own_next_step_is_a_plan(text):
    assert own_plan(text)
    m = OwnPlan().process([_msg(text, "nlu_fallback", [("nlu_fallback", 0.4), ("eerst_praten", 0.3)])])[0]
    assert m.get("intent")["name"] == "eigen_plan"


@pytest.mark.parametrize("text", [
    "ik wil eerst met de vertrouwenspersoon praten",
    "moet ik eerst met haar praten?",
    "ik ga elke dag met haar praten maar hij blijft doorgaan",
    "mijn collega wordt gepest door de groep en het gaat maar door en door en door en niemand doet er wat aan, "
    "ik wil met haar praten",
    "Ik ga die lijn niet bellen, ik ben niet gek. Ik wil gewoon dat het op school ophoudt.",
    "ik ga hem nooit aanspreken",
])
def test_a_question_a_talk_with_the_vp_or_a_story_is_no_plan(text):
    assert not own_plan(text)


def test_a_story_or_a_goodbye_keeps_its_intent():
    story = _msg("ik ga eerst met haar praten", "pesten", [("pesten", 0.8)])
    goodbye = _msg("ik ga eerst met haar praten. doei", "afscheid", [("afscheid", 0.6)])
    assert OwnPlan().process([story])[0].get("intent")["name"] == "pesten"
    assert OwnPlan().process([goodbye])[0].get("intent")["name"] == "afscheid"


# --- c06: an acknowledgement after a crisis answer ----------------------------------------------
@pytest.mark.parametrize("text", ["oke", "ok", "Oké.", "goed", "ja", "ja goed", "oke dank je", "prima"])
def test_a_short_acknowledgement(text):
    assert crisis.acknowledges(text)


@pytest.mark.parametrize("text", ["oke maar ik wil dood", "nee", "ik snap het niet", "oke, en nu?"])
def test_more_than_an_acknowledgement(text):
    assert not crisis.acknowledges(text)
