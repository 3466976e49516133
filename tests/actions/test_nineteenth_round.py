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
    text = ("ik sta vannacht weer in hal 3. als er dan brand uitbreekt zitten we als ratten in de val. "
            "wat moet ik NU doen")
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
    denial = "hè? nee ik wil me niks aandoen. de DEUREN zitten op slot. wat doe ik vannacht"
    assert crisis_patterns.denies_suicide(denial)
    assert crisis_patterns.match("nee ik wil me niks aandoen") is None


# --- more of the nineteenth stranger test ------------------------------------------------------------

def test_a_yes_that_goes_on_to_tell_a_threat_does_not_cancel():
    from bot.dialogue import booking

    told = ("ja.. allez, hij weet het precies. gisteren zei mijn ploegbaas tegen mij 'ik weet waar uw kinderen "
            "naar school gaan, denk daar maar aan als ge iets gaat vertellen'. ik durf ni meer")
    assert booking.cancel_answer(told) is None
    assert booking.cancel_answer("ja") is True
    assert booking.cancel_answer("ja graag, annuleer hem maar want ik heb het zelf opgelost") is True
    assert booking.cancel_answer("nee laat maar staan, ik wil er toch over praten want het is erger geworden") is False


@pytest.mark.parametrize(("text", "rule"), [
    ("ok. en als het vannacht weer zo zwaar wordt in mijn hoofd?", "wanhoop_zwaar_in_hoofd"),
    ("nee. ik bedoel... springen. I don't know what to do", "springen"),
    ("ik sta op mijn balkon en denk erover om te springen", "op_het_balkon"),
    ("sorry. ik sta al een uur op mijn balkon. 8e verdieping. thinking how easy it would be to just stop everything",
     "en_means"),
    ("gisteren was ons personeelsfeest. ik had wat gedronken. een collega heeft me naar buiten gebracht en daarna... "
     "ik weet het niet precies meer. ik wilde het niet", "niet_gewild_recent"),
    ("ik weet niet hoe ik het moet noemen. hij heeft dingen gedaan. mijn kleren. ik heb nee gezegd denk ik",
     "niet_gewild_kleren"),
    ("wat moet ik met die pillen doen dan", "middel_vraag"),
])
def test_signs_the_nineteenth_test_missed_are_read(text, rule):
    found = crisis_patterns.match(text) or crisis_patterns.despair(text)
    assert found is not None and found.rule == rule


@pytest.mark.parametrize("text", [
    "ik sta op het dak van de loods voor onderhoud, 3e verdieping, is dat veilig zonder valbeveiliging?",
    "ik zit op mijn balkon in de zon, lekker",
    "hij maakte gisteren opmerkingen over mijn kleren. ik wilde het niet.",
    "als het werk weer zo zwaar wordt, wat dan",
    "wat moet ik met die pillen van de patient doen die ik vond",
    "ik wil gewoon springen van blijdschap",
])
def test_everyday_words_near_those_signs_are_no_crisis(text):
    assert crisis_patterns.match(text) is None and crisis_patterns.despair(text) is None


@pytest.mark.parametrize(("text", "key"), [
    ("ik woon in belgie, over de grens. werkt da nummer hier wel?", "nummer_buitenland"),
    ("da vroeg ik ni. kan ik dat 113 bellen vanuit belgie of ni", "nummer_buitenland"),
    ("ik heb me nog niet eens durven douchen sinds gisteren. ik schaam me zo", "douchen"),
    ("moet ik me nu wel of niet douchen. ik wil me gewoon schoon voelen", "douchen"),
    ("ja ik denk het. maar telt dat ook als je een man bent?", "ook_voor_mannen"),
    ("top. belt hij me dan op het nummer dat ik vorige keer gaf? en weet hij al waar het over gaat?",
     "vp_weet_van_afspraak"),
    ("komt hij het te weten?", "dader_hoort_niets"),
])
def test_direct_questions_of_the_nineteenth_test_get_their_answer(text, key):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == key


@pytest.mark.parametrize("text", ["mag ik douchen op het werk na mijn dienst?",
                                  "ik werk in belgie en mijn baas pest me",
                                  "mijn collega is een man die steeds grapjes maakt, telt dat?"])
def test_near_misses_of_those_questions_get_no_such_answer(text):
    from bot.dialogue import followups

    assert followups.direct_answer(text) not in ("douchen", "nummer_buitenland", "ook_voor_mannen")


def test_english_worry_about_a_colleague_gets_112_for_her_in_english():
    from actions import answers
    from bot.nlu import language

    text = "no, not me!! my colleague. I'm scared she's going to jump. what should I do"
    assert language.english_urgent(text) == language.ANDER
    assert language.english_urgent("I want to kill myself, my colleague too") == language.ZELFMOORD
    assert language.english_urgent("they jump to conclusions about me all the time") is None
    said = answers.english_help(language.ANDER)
    assert "112" in said and "113" in said and "{" not in said


def test_without_a_code_the_bot_does_not_claim_an_appointment_stands():
    from bot import content

    text = " ".join(content.afspraak_knoppen()["zonder_code"].split())
    assert "Kreeg je geen code?" in text and "niet gemaakt" in text


def test_asked_again_about_a_colleague_the_short_english_help_is_about_her(db):
    from actions import actions as general
    from actions import answers
    from bot.nlu import language

    first = "no, not me!! my colleague. I'm scared she's going to jump. what should I do"
    again = "should I call 112 for her?? I don't want to overreact, maybe she's just sad"
    events = [{"event": "user", "text": first},
              {"event": "bot", "text": answers.english_help(language.ANDER)},
              {"event": "user", "text": again}]
    latest = {"text": again, "intent": {"name": "engels", "confidence": 0.9}, "entities": []}
    trk = Tracker("gesprek-1", {}, latest, events, False, None, {}, "action_listen")
    messages, _ = run(general.ActionEngels(), trk)
    assert messages and messages[0]["text"].startswith("If you think your colleague")
    assert "If you are in danger" not in " ".join(m.get("text") or "" for m in messages)


def test_the_accused_who_is_her_manager_gets_the_answer_for_the_accused(db):
    from actions import actions as general

    text = "Mooi. Ik ben haar leidinggevende, dus ik roep haar vanmiddag wel even op mijn kamer om het uit te praten."
    latest = {"text": text, "intent": {"name": "leidinggevende_klacht", "confidence": 0.9}, "entities": []}
    # the intent's slot mapping sets rol to leidinggevende after the message; before it, the accused
    events = [{"event": "slot", "name": "rol", "value": "beschuldigd"}, {"event": "user", "text": text},
              {"event": "slot", "name": "rol", "value": "leidinggevende"}]
    trk = Tracker("gesprek-1", {"rol": "leidinggevende"}, latest, events, False, None, {}, "action_listen")
    messages, out = run(general.ActionLeidinggevendeKlacht(), trk)
    assert [m.get("response") for m in messages] == ["utter_beschuldigd_leidinggevende"]
    assert slots_of(out)["rol"] == "beschuldigd"
    events = [{"event": "user", "text": text}, {"event": "slot", "name": "rol", "value": "leidinggevende"}]
    trk = Tracker("gesprek-1", {"rol": "leidinggevende"}, latest, events, False, None, {}, "action_listen")
    messages, out = run(general.ActionLeidinggevendeKlacht(), trk)
    assert [m.get("response") for m in messages] == ["utter_leidinggevende_klacht"] and out == []


def test_approaching_the_other_is_answered_for_the_accused_by_its_own_variant():
    variants = DOMAIN["responses"]["utter_faq/zelf_aanspreken"]
    accused = [v for v in variants if v.get("condition") == [{"type": "slot", "name": "rol", "value": "beschuldigd"}]]
    assert len(accused) == 1 and accused[0]["text"].startswith("Liever niet")


@pytest.mark.parametrize("text", [
    "ok maar ik heb vannacht dienst met 11 anderen, van 22u tot 6u. als er brand uitbreekt komen we daar nie uit. "
    "wat moet ik NU doen?",
    "mag ik weigeren te werken? of moet ik de brandweer bellen of de arbeidsinspectie of zo? "
    "iemand moet vandaag iets doen",
    "ok. en als ik vannacht daar sta en die deur zit nog steeds op slot, wat dan?",
])
def test_danger_at_work_asked_in_other_words_gets_its_answer(text):  # nineteenth stranger recheck c02
    from bot.dialogue import followups

    assert followups.direct_answer(text) == followups.GEVAAR_WERKPLEK


def test_a_general_fire_question_is_no_danger_now():
    from bot.dialogue import followups

    assert followups.direct_answer("wat moet ik doen bij brand?") != followups.GEVAAR_WERKPLEK


# --- the nineteenth recheck ----------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "laat maar. ik ben bang voor vannacht. mijn vrouw slaapt en ik zit beneden. wat moet ik doen als het straks weer "
    "zo slecht wordt in mijn hoofd?",
    "moet ik mijn vrouw wakker maken? ze weet niks van dat geld",
    "nee dus. ok. dan zit ik hier maar alleen",
])
def test_not_alone_tonight_after_the_suicide_answer(text):
    from bot.dialogue import crisis

    assert crisis_patterns.despair(text) is not None  # the gentle check, or after a crisis its help again
    assert crisis.after_crisis_response(text, crisis.ZELFMOORD) == "utter_crisis_niet_alleen"


def test_a_threat_told_with_a_wish_to_cancel_is_answered_first(db):
    from actions import afspraak as a
    from tests.actions.test_afspraak_actions import tracker as make_tracker

    text = ("ik wil mijn afspraak afzeggen, code FB12-6V0R-9JFY. mijn teamleider heeft net op de parkeerplaats tegen "
            "me gezegd dat als ik nog 1 keer over die deuren begin hij me wel weet te vinden, "
            "en hij weet waar ik woon.")
    trk = make_tracker({}, text=text, intent="afspraak_annuleren", loop=None)
    messages, events = run(a.ActionStartBeheer(), trk)
    assert [m.get("response") for m in messages] == ["utter_annuleren_na_dreiging"]
    assert ("beheer_actie", "annuleren") in [(e.get("name"), e.get("value")) for e in events]
    trk = make_tracker({}, text="ik wil mijn afspraak afzeggen, code FB12-6V0R-9JFY", intent="afspraak_annuleren",
                       loop=None)
    messages, _ = run(a.ActionStartBeheer(), trk)
    assert messages == []


@pytest.mark.parametrize(("text", "rule"), [
    ("allee, ik weet nie of dit iets is voor hier. ik word al maanden gepest op't werk en ik kan ni meer. ik zit hier "
     "in de keuken met een doos slaappillen voor mij", "middel_en_kan_niet_meer"),
    ("hey. zit op het dak van mijn flat, 9e verdieping. the view is actually nice lol. honestly, it would be so easy "
     "to just let go", "op_de_rand"),
    ("ja kleineren, whatever. my legs are hanging over the edge right now. niemand zou het merken denk ik",
     "op_de_rand"),
    ("ik wil nie bellen. kan ik ergens chatten? ik zit nog steeds op de rand", "op_de_rand"),
    ("gisteren was de borrel van het werk. een collega zou me thuisbrengen. hij kwam nog even mee naar binnen. en "
     "toen... ik had te veel gedronken. ik weet nie precies. ik wilde het nie. denk ik", "niet_gewild_thuis"),
    ("meer dan aandacht. ik wil het woord nie typen. hij is gebleven tot vanochtend", "woord_niet_typen"),
    ("I am worried about my colleague. She posted 'thank you all for everything, goodbye, it was nice knowing you'. "
     "She has been very down since her project got cancelled. She is not answering her phone.", "en_farewell_other"),
])
def test_signs_the_nineteenth_recheck_missed_are_read(text, rule):
    found = crisis_patterns.match(text)
    assert found is not None and found.rule == rule


@pytest.mark.parametrize("text", [
    "ik zit op de rand van mijn bed na te denken",
    "ik zit op de rand van de stoel te wachten",
    "ik kan niet meer met die doos printerpapier sjouwen hier",
    "my manager said goodbye to the team today, he is not answering my mails about my contract",
])
def test_near_misses_of_the_recheck_signs_are_no_crisis(text):
    assert crisis_patterns.match(text) is None


def test_english_chat_wish_gets_the_113_chat():
    from bot import content
    from bot.nlu import language

    assert language.english_topic("i don't want to call anyone. can i just chat somewhere?") == language.CHAT
    assert language.english_topic("I don't want to talk about it") != language.CHAT
    assert "{zelfmoordpreventie_chat}" in content.engels()["antwoorden"]["chatten"]


def test_refusing_112_in_spoken_dutch_is_not_calling():
    from bot.dialogue import crisis

    text = "ik heb er nog geen genomen. 112 wil ik ni, dan staat hier de politie en mijn dochter slaapt boven"
    assert crisis.after_crisis(text) == crisis.DURFT_NIET_BELLEN


def test_calling_112_for_a_colleague_gets_the_short_help_about_her(db):
    from actions import actions as general
    from actions import answers
    from bot.nlu import language

    text = "ok I am calling 112 now. what should I tell them?"
    assert crisis_patterns.match("I think she might hurt herself. Should I call 112 for her?").rule == "en_other_life"
    events = [{"event": "bot", "text": answers.english_help(language.ANDER)}, {"event": "user", "text": text}]
    latest = {"text": text, "intent": {"name": "engels", "confidence": 0.9}, "entities": []}
    trk = Tracker("gesprek-1", {}, latest, events, False, None, {}, "action_listen")
    messages, _ = run(general.ActionEngels(), trk)
    assert len(messages) == 1 and "Tell them what you saw and where" in messages[0]["text"]


def test_an_english_question_after_a_crisis_answer_gets_its_answer_without_the_introduction(db):
    from actions import actions as general

    text = "idk. i don't want to call anyone. praten is zo moeilijk. can i just chat somewhere?"
    latest = {"text": text, "intent": {"name": "engels", "confidence": 0.9}, "entities": []}
    trk = Tracker("gesprek-1", {"crisis_actief": True}, latest, [], False, None, {}, "action_listen")
    messages, _ = run(general.ActionEngels(), trk)
    assert len(messages) == 1 and messages[0]["text"].startswith("You do not have to call")
