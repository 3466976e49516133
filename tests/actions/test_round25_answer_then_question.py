"""Issue 10: the twenty-fourth stranger test's "one message, two things" (A c01, c02, c03, c05): an
answer to the form's question followed by a question in the same message. The answer is taken and
the question answered. And a request to book that tells what happens is heard first (A c02, c05).
Real rasa_sdk Tracker and CollectingDispatcher, the real domain, example counsellors in SQLite
(BOT_NOW Monday 8 March 2027 10:00)."""

from __future__ import annotations

import pytest

from actions import afspraak as a
from tests.actions.test_afspraak_actions import run, tracker
from tests.actions.test_afspraak_fourth_stranger import SLOTS_AT, form_step
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY

TUESDAY_AND_WEDNESDAY = [MARIEKE_TUESDAY[0], "ruud-de-boer|2027-03-10T15:00:00+00:00"]


def test_a_way_then_a_question_about_the_manager_takes_the_way_and_answers(db):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "telefonisch. maar ziet mijn teamleider dat ik een "
                                    "afspraak heb?", "ontmoetingsvorm", SLOTS_AT["ontmoetingsvorm"], intent="faq",
                                    selector="utter_faq/team_hoort_niets", candidate=False)
    assert result["ontmoetingsvorm"] == "telefoon"
    assert messages == ["utter_faq/team_hoort_niets"]


def test_a_yes_then_a_question_makes_the_booking_and_answers_by_its_words(db):
    # the ResponseSelector was unsure (0.22 in the trained model): the words "welk programma" answer it
    text = "ja. en welk programma wordt die video dan, want niet teams dus"
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "bevestiging", SLOTS_AT["bevestiging"],
                                    intent="faq", candidate=False)
    assert result["bevestiging"] is True
    assert messages == ["utter_faq/video_meedoen"]


@pytest.mark.parametrize("text", ["ja maar wie ziet dat dan?", "ja, alleen kan het ook later?"])
def test_a_hesitant_yes_with_a_question_does_not_book(db, text):
    _, result, _ = form_step(a.ValidateAfspraakForm(), text, "bevestiging", SLOTS_AT["bevestiging"],
                             intent="faq", candidate=False)
    assert result.get("bevestiging") is not True


def test_a_day_said_fine_takes_the_one_time_offered_that_day_and_answers_the_agenda_question(db):
    slots = {"tijd_wens": "deze week na half 4", "aangeboden_tijden": TUESDAY_AND_WEDNESDAY}
    text = ("woensdag is goed. komt dit trouwens in mijn rooster of agenda te staan? mijn teamleider doet de "
            "planning namelijk")
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots, intent="machtsmisbruik")
    assert result["gekozen_tijd"] == TUESDAY_AND_WEDNESDAY[1]
    assert messages == ["utter_faq/agenda"]
    assert "utter_afspraak_iets_nieuws" not in messages  # no "Wil je daar eerst over praten?"


def test_a_day_with_two_times_offered_is_no_choice(db):
    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY}
    _, result, _ = form_step(a.ValidateAfspraakForm(), "dinsdag is goed. komt dit in mijn agenda?", "gekozen_tijd",
                             slots, intent="faq", candidate=False)
    assert result.get("gekozen_tijd") is None


def test_a_question_alone_still_leaves_the_way_open(db):
    _, result, _ = form_step(a.ValidateAfspraakForm(), "ziet mijn teamleider dat ik een afspraak heb?",
                             "ontmoetingsvorm", SLOTS_AT["ontmoetingsvorm"], intent="faq",
                             selector="utter_faq/team_hoort_niets", candidate=False)
    assert result.get("ontmoetingsvorm") is None


@pytest.mark.parametrize("text", ["ik word gepest door collega's en wil graag met iemand praten",
                                  "mijn teamleider maakt steeds seksuele opmerkingen, ik wil een afspraak"])
def test_a_request_that_tells_the_matter_is_heard_before_the_first_question(db, text):
    messages, _ = run(a.ActionResetAfspraak(), tracker(text=text, intent="afspraak_maken", loop=None))
    assert [m["response"] for m in messages] == ["utter_afspraak_verhaal_gehoord"]


@pytest.mark.parametrize("text,slots", [("ik wil een afspraak maken", {}),
                                        ("ik word gepest, ik wil een afspraak", {"situatie": "pesten"})])
def test_a_plain_request_or_a_matter_already_talked_about_is_not_heard_again(db, text, slots):
    messages, _ = run(a.ActionResetAfspraak(), tracker(slots, text=text, intent="afspraak_maken", loop=None))
    assert "utter_afspraak_verhaal_gehoord" not in [m["response"] for m in messages]


# --- round 24 A: 112 and Slachtofferhulp with almost every "no free time" ----------------------------
@pytest.mark.parametrize("slots,urgent", [
    ({}, False), ({"situatie": "pesten"}, False),
    ({"situatie": "agressie_geweld"}, True), ({"situatie": "pesten", "crisis_soort": "zelfmoord"}, True),
])
def test_help_that_cannot_wait_comes_with_the_times_only_after_violence_or_a_crisis(db, slots, urgent):
    from tests.actions.test_afspraak_actions import validate

    messages, _ = validate(a.ValidateAfspraakForm(), "tijd_wens", "zaterdag", slots)  # nobody works on Saturday
    assert "utter_tijd_anders_mogelijk" in messages
    assert ("utter_tijd_kan_niet_wachten" in messages) is urgent


# --- round 24 A c01: "is marieke dan intern?" chose her; "niet iemand van ons eigen bedrijf" unheard ---
def test_asking_whether_a_named_counsellor_is_internal_names_who_is_which_and_chooses_no_one(db):
    text = "hmm. is marieke dan intern? ik wil echt niet dat het bij ons op kantoor rondgaat"
    messages, result, raw = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", {}, intent="faq", candidate=False)
    assert messages[0] == "utter_vp_wie_is"
    assert "interne" in raw[0]["vp_overzicht"] and "externe" in raw[0]["vp_overzicht"]
    assert result.get("vp_gekozen") is None and result.get("vp_extern") is None


def test_not_someone_of_our_own_company_is_a_wish_for_an_external_counsellor():
    from bot.dialogue import booking as said

    names = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}
    assert said.counsellor_wish("liefst niet met iemand van ons eigen bedrijf", names).where == said.EXTERN
    assert said.counsellor_wish("ik wil niet naar iemand van het werk", names).where == said.EXTERN
    wish = said.counsellor_wish("is marieke dan intern?", names)
    assert not wish and wish.asked == "marieke-jansen"


# --- round 24 C c01, c04: De Luisterlijn offered after hours right after suicidal thoughts ------------
@pytest.mark.parametrize("history,line", [
    ([], "luisterlijn"),
    ([("crisis_soort", "zelfmoord"), ("crisis_soort", None)], "zelfmoordpreventie"),
    ([("crisis_soort", "seksueel_geweld")], "seksueel_geweld"),
    ([("crisis_soort", "acuut"), ("crisis_detail", "lichaam")], "luisterlijn"),  # a hot pan, chest pain
])
def test_after_hours_the_line_for_now_follows_what_was_told(db, monkeypatch, history, line):
    from rasa_sdk import Tracker
    from rasa_sdk.events import SlotSet

    monkeypatch.setenv("BOT_NOW", "2027-03-09T23:10:00+01:00")
    events = [{"event": "slot", "name": n, "value": v} for n, v in history]
    trk = Tracker("gesprek-1", {}, {"text": "ik wil een afspraak", "intent": {"name": "afspraak_maken"}}, events,
                  False, None, {}, "action_listen")
    _, out = run(a.ActionCheckBereikbaarheid(), trk)
    assert SlotSet("lijn_nu", line) in out and SlotSet("vp_bereikbaar", False) in out


def test_the_after_hours_variants_exclude_each_other():
    from tests.actions.test_afspraak_fourth_stranger import variant

    for line in ("luisterlijn", "zelfmoordpreventie", "seksueel_geweld", None):
        text = variant("utter_niemand_bereikbaar", {"lijn_nu": line})["text"]
        assert ("Luisterlijn" in text) is (line in ("luisterlijn", None))


# --- round 24 A c06: "Verzetten kan alleen bij dezelfde vertrouwenspersoon" printed twice --------------
def test_someone_else_asked_while_moving_is_answered_once(db):
    from bot.booking import reference
    from tests.actions.test_afspraak_third_stranger import _booked

    code = _booked(db, key="marieke-jansen", mode="op_locatie")
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code), "referentiecode": code}
    text = "kan ruud morgen wel? dan doe ik die wel"
    trk = tracker(slots, text=text, intent="faq", requested="tijd_wens", loop="afspraak_code_form")
    by_rule, _ = run(a.ActionVraagInAfspraak(), trk)
    _, _, by_form = form_step(a.ValidateAfspraakCodeForm(), text, "tijd_wens", slots, intent="faq",
                              after="action_vraag_in_afspraak", loop="afspraak_code_form")
    said_twice = [m for m in by_rule + by_form if "Verzetten kan alleen" in (m.get("text") or "")]
    assert len(said_twice) == 1


# --- round 24 C c02: "ik word suf" with the yes to the situation check got the options menu -------------
@pytest.mark.parametrize("kinds,expected", [(["acuut"], ["utter_crisis_suf"]), ([], None)])
def test_drowsy_with_the_yes_after_pills_is_the_danger_first(kinds, expected):
    from rasa_sdk import Tracker

    from actions import actions as general
    from tests.actions.test_actions import run as run_general

    events = [{"event": "slot", "name": "crisis_soort", "value": k} for k in kinds]
    events.append({"event": "slot", "name": "crisis_soort", "value": None})
    text = "ja. sorry ik typ wat traag ik word precies wel suf"
    trk = Tracker("gesprek-1", {"situatie": "pesten", "open_vraag": "check_situatie"},
                  {"text": text, "intent": {"name": "bevestigen", "confidence": 0.9}, "entities": []}, events,
                  False, None, {}, "action_listen")
    messages, _ = run_general(general.ActionKiesSituatie(), trk)
    responses = [m.get("response") for m in messages]
    assert (responses == expected) if expected else "utter_crisis_suf" not in responses


# --- round 24 C c06: after calling 112 for a colleague, "heb ik het goed gedaan?" and "ik tril" -----------
@pytest.mark.parametrize("text,intent,found", [
    ("gedaan. ze sturen politie naar zijn adres. heb ik het goed gedaan?", "faq", {}),
    ("ze hebben hem gevonden, hij leeft, ligt op spoed. ik tril helemaal", "crisis",
     {"category": "zelfmoord", "level": "alarm"}),
])
def test_after_worry_for_a_colleague_the_next_message_is_about_the_writer(text, intent, found):
    from rasa_sdk import Tracker

    from actions import actions as general
    from tests.actions.test_actions import run as run_general

    events = [{"event": "slot", "name": "crisis_soort", "value": "zorgen_ander"},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_zorgen_ander"}}]
    slots = {"crisis_soort": "zorgen_ander", "crisis_actief": True}
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": [], "crisis": found}
    trk = Tracker("gesprek-1", slots, latest, events, False, None, {}, "action_listen")
    if intent == "crisis":
        _, out = run_general(general.ActionBepaalCrisissoort(), trk)
        assert {"event": "slot", "timestamp": None, "name": "crisis_soort", "value": "vervolg"} in out
        slots = slots | {"crisis_soort": "vervolg"}
        trk = Tracker("gesprek-1", slots, latest, events, False, None, {}, "action_listen")
    messages, _ = run_general(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == [crisis_answer(text)]


def crisis_answer(text: str) -> str:
    return "utter_crisis_ander_geschrokken" if "tril" in text else "utter_crisis_ander_goed_gedaan"


# --- round 25 (twenty-fifth stranger test) -------------------------------------------------------------
def test_c02_dizzy_after_pills_read_as_a_new_matter_is_the_danger_first():
    from rasa_sdk import Tracker

    from actions import actions as general
    from tests.actions.test_actions import run as run_general

    events = [{"event": "slot", "name": "crisis_soort", "value": "acuut"}]
    latest = {"text": "ik word een beetje duizelig", "intent": {"name": "agressie_geweld", "confidence": 0.6},
              "entities": [], "intent_ranking": [{"name": "agressie_geweld", "confidence": 0.6}]}
    trk = Tracker("gesprek-1", {}, latest, events, False, None, {}, "action_listen")
    messages, out = run_general(general.ActionHerkenSituatie(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_suf"]


def test_a10_anonymous_without_my_number_is_anonymous():
    from bot.dialogue import booking as said

    assert said.contact_choice("anoniem. ik wil niet dat ze mijn nummer hebben") == said.ANONYMOUS
    assert said.contact_choice("mijn nummer geef ik liever niet, mail is goed") == said.EMAIL
    assert said.contact_choice("bel me maar, mijn nummer is 0612345678") == said.PHONE


def test_c01_a_joke_taken_back_with_no_harm_meant_ends_the_alarm():
    from bot.dialogue import crisis

    assert crisis.takes_back("nee joh rustig, ik zei toch grapje. ik ga me niks aandoen. overdreven reactie")
    assert not crisis.takes_back("ik ga me iets aandoen")


@pytest.mark.parametrize("text,asked,where", [
    ("huh. ik vroeg of er een vrouwelijke vertrouwenspersoon is. marieke jansen is toch een vrouw? is marieke intern?",
     "marieke-jansen", None),
    ("wacht, ik vroeg of ze intern is. want ik wil niet dat iemand van ons bedrijf het weet", None, "extern"),
])
def test_a01_questions_about_a_counsellor_choose_nobody(text, asked, where):
    from bot.dialogue import booking as said

    names = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}
    wish = said.counsellor_wish(text, names)
    assert wish.key is None and wish.asked == asked and wish.where == where
    assert said.asks_who_counsellor(text, names)
    assert said.counsellor_wish("ruud is prima, kan het morgen?", names).key == "ruud-de-boer"


def test_a01_a_wish_for_someone_outside_the_company_is_no_side_job_matter(db):
    text = "zo snel mogelijk eigenlijk. maar liefst iemand die niet van ons eigen bedrijf is, en een vrouw"
    messages, result, sent = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", {}, intent="nevenwerkzaamheden")
    assert "utter_afspraak_voor_integriteit" not in messages
    assert result.get("soort") != "integriteit"


@pytest.mark.parametrize("text,expected", [("ik word een beetje duizelig", "utter_crisis_suf"),
                                           ("ik ben zo bang", "utter_gevoel_erkend")])
def test_c02_a_feeling_after_the_acute_answer_is_checked_for_the_danger(text, expected):
    from rasa_sdk import Tracker

    from actions import actions as general
    from tests.actions.test_actions import run as run_general

    slots = {"crisis_soort": "acuut", "crisis_actief": True, "crisis_detail": "ingenomen"}
    latest = {"text": text, "intent": {"name": "gevoel_delen", "confidence": 0.6}, "entities": []}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {}, "action_listen")
    messages, _ = run_general(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == [expected]


def test_c06_police_there_after_a_threat_read_as_a_threat_again_is_a_follow_up():
    from rasa_sdk import Tracker

    from actions import actions as general
    from tests.actions.test_actions import run as run_general

    text = ("politie is er nu, ze zoeken hem. dit is de 3e keer deze maand dat ik bedreigd word en ik sta hier "
            "elke avond alleen. klopt dat?")
    events = [{"event": "slot", "name": "crisis_soort", "value": "geweld"}]
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "geweld", "rule": "geweld_nu", "level": "alarm"}}
    trk = Tracker("gesprek-1", {"crisis_soort": "geweld", "crisis_actief": True}, latest, events, False, None, {},
                  "action_listen")
    _, out = run_general(general.ActionBepaalCrisissoort(), trk)
    assert {"event": "slot", "timestamp": None, "name": "crisis_soort", "value": "vervolg"} in out


@pytest.mark.parametrize("text,vervolg", [
    ("mijn zus zegt dat ik de zelfmoordlijn 1813 kan bellen, is dat hetzelfde?", True),
    ("ik denk echt aan zelfmoord, vannacht nog", False),
])
def test_c07_the_belgian_line_asked_after_the_suicide_answer_is_a_follow_up(text, vervolg):
    from rasa_sdk import Tracker

    from actions import actions as general
    from bot.nlu import crisis_patterns
    from tests.actions.test_actions import run as run_general

    found = crisis_patterns.match(text)
    crisis_parse = {"category": found.category, "rule": found.rule, "level": "alarm"} if found else {}
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": [], "crisis": crisis_parse}
    events = [{"event": "slot", "name": "crisis_soort", "value": "zelfmoord"}]
    trk = Tracker("gesprek-1", {"crisis_soort": "zelfmoord", "crisis_actief": True}, latest, events, False, None,
                  {}, "action_listen")
    _, out = run_general(general.ActionBepaalCrisissoort(), trk)
    assert ({"event": "slot", "timestamp": None, "name": "crisis_soort", "value": "vervolg"} in out) is vervolg


@pytest.mark.parametrize("text,key", [
    ("113 werkt hier niet, ik woon in belgie. 0800 nummer ook niet vanop mijn gsm", "nummer_buitenland"),
    ("mijn baas werkt niet mee, hij woont in belgie", None),
])
def test_c07_a_dutch_number_that_does_not_work_in_belgium_is_told_not_asked(text, key):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == key


@pytest.mark.parametrize("text,answered", [
    ("ik HEB al een afspraak. hoe bereik ik ruud de boer als er iets is, welk nummer", True),
    ("ik heb al een afspraak maar wil er nog een, hoe bereik ik de vp?", False),
    ("ik wil een afspraak", False),
])
def test_a01_how_to_reach_with_an_appointment_made_starts_no_booking(db, text, answered):
    messages, events = run(a.ActionResetAfspraak(), tracker({"bereikbaar": "anoniem"}, text=text,
                                                             intent="afspraak_maken", loop=None))
    assert ([m["response"] for m in messages] == ["utter_faq/anoniem_bellen"]) is answered
    assert any(e.get("event") == "followup" for e in events) is answered
