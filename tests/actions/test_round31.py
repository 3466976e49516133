"""Issue 10: fixes from the thirty-first stranger test (30 conversations by three new helpers). Real rasa_sdk Tracker
and CollectingDispatcher, the real domain, the example counsellors in SQLite; the crisis net on real Rasa Messages.

- A c02: "kan het eerder? 15:15 is te krap" took 15:15; A c04: "morgen om 9 uur is dat gesprek al" offered that time.
- A c06: "kunnen we gewoon die afspraak afmaken. dinsdag 9 uur" after the suicide answer: "Wanneer komt het je
  uit?"; "mag ik in dat gesprek ook over mezelf beginnen?" in the time step: "Kies een van de tijden hieronder".
- A c08, C c07: "Nee, je bent niet medeplichtig omdat je iets zag" to someone asked to sign, or who signed.
- B c03: "it would be easier if i just wasnt here anymore", "i think about ending it" mid-booking: the times.
- B c09: "ik durf nu eigenlijk niet goed naar huis" after he stood at her door: "Kies een van de tijden".
- C c05: "nee nee zo bedoel ik het niet" to the gentle check, "ik zei toch NEE. ik wil niet dood": the 113 block.
- C c10: "zonder mijzelf te beschadigen" (his position): the 113 block three times; "Ik ben niet suïcidaal. Ik wil
  graag een afspraak": "Vertel maar wat je kwijt wilt".
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message
from rasa_sdk import Tracker

from actions import actions as general
from actions import afspraak as a
from bot.dialogue import booking as said
from bot.dialogue import crisis, followups
from bot.nlu import crisis_patterns
from bot.nlu.components import CrisisSafetyNet
from bot.scheduling.dutch_dates import busy_at
from tests.actions.test_actions import run as run_general
from tests.actions.test_afspraak_actions import validate
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY, form_run

MARIEKE_MONDAY = ["marieke-jansen|2027-03-08T13:30:00+00:00", "marieke-jansen|2027-03-08T14:15:00+00:00"]


# --- crisis text where none fits, and none where it does ----------------------------------------------

@pytest.mark.parametrize("text", [
    "Ik weet niet goed hoe ik dit moet aanpakken zonder mijzelf te beschadigen.",
    "ik zei toch NEE. ik wil niet dood, ik wil dat dit stopt op mijn werk",
    "it would be better if i was not there at the meeting",
    "ik durf het eigenlijk niet naar huis te nemen",
])
def test_no_crisis_where_none_was_told(text):
    assert crisis_patterns.match(text) is None


@pytest.mark.parametrize("text, category", [
    ("zonder mezelf te beschadigen, maar ik snij mezelf wel eens", "zelfbeschadiging"),
    ("ik wil niet dood maar soms wel", "zelfmoord"),
    ("sometimes i think it would be easier if i just wasnt here anymore", "zelfmoord"),
    ("i mean sometimes i think about ending it", "zelfmoord"),
    ("better if i wasnt around tbh", "zelfmoord"),
    ("ik durf nu eigenlijk niet goed naar huis", "geweld"),
    ("ik durf niet naar huis, hij wacht", "geweld"),
])
def test_a_crisis_still_is_one(text, category):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == category


def test_a_denial_with_a_request_keeps_the_request():
    m = Message(data={"text": "Nu krijg ik wéér die hulplijn. Ik ben niet suïcidaal. Ik wil graag een afspraak met "
                              "de externe vertrouwenspersoon"})
    m.set("intent", {"name": "afspraak_maken", "confidence": 0.96}, add_to_output=True)
    m.set("intent_ranking", [{"name": "afspraak_maken", "confidence": 0.96}, {"name": "faq", "confidence": 0.02}],
          add_to_output=True)
    assert CrisisSafetyNet().process([m])[0].get("intent")["name"] == "afspraak_maken"
    m = Message(data={"text": "ik zei toch NEE. ik wil niet dood, ik wil dat dit stopt op mijn werk"})
    m.set("intent", {"name": "crisis", "confidence": 0.9}, add_to_output=True)
    m.set("intent_ranking", [{"name": "crisis", "confidence": 0.9}, {"name": "stoppen", "confidence": 0.05}],
          add_to_output=True)
    assert CrisisSafetyNet().process([m])[0].get("intent")["name"] == "wil_vertellen"


def _after_check(text, intent="ontkennen"):
    events = [{"event": "user", "text": "ik ben zo moe van alles", "parse_data": {}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_check"}},
              {"event": "user", "text": text, "parse_data": {}}]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.35}, "entities": []}
    return Tracker("test", {"crisis_soort": "check"}, latest, events, False, None, {}, "action_listen")


def test_no_meant_otherwise_to_the_gentle_check_is_no_suicide_answer():
    _, found = run_general(general.ActionBepaalCrisissoort(), _after_check(
        "nee nee zo bedoel ik het niet, ik ben gewoon kapot van de diensten en het piekeren"))
    assert {"event": "slot", "timestamp": None, "name": "crisis_soort", "value": "gaat_goed"} in found
    _, found = run_general(general.ActionBepaalCrisissoort(), _after_check("nee zo bedoel ik het niet, maar soms wel"))
    assert {"event": "slot", "timestamp": None, "name": "crisis_soort", "value": "zelfmoord"} in found


@pytest.mark.parametrize("text", [
    "Pardon? Ik denk dat u mij verkeerd begrijpt. Ik bedoel: zonder dat mijn positie schade oploopt.",
    "Ik ben niet in gevaar en ik heb geen sombere gedachten. Ik wil informatie over het melden van fraude.",
    "Nu krijg ik wéér die hulplijn. Ik ben niet suïcidaal.",
])
def test_a_misread_alarm_is_taken_back(text):
    assert crisis.takes_back(text)


def test_a_matter_told_with_the_alarm_taken_back_ends_the_crisis():
    text = "Ik ben niet in gevaar en ik heb geen sombere gedachten. Ik wil informatie over het melden van fraude."
    latest = {"text": text, "intent": {"name": "fraude", "confidence": 0.8}, "entities": [],
              "intent_ranking": [{"name": "fraude", "confidence": 0.8}]}
    trk = Tracker("test", {"crisis_actief": True, "crisis_soort": "zelfmoord"}, latest,
                  [{"event": "user", "text": text, "parse_data": latest}], False, None, {}, "action_listen")
    messages, found = run_general(general.ActionHerkenSituatie(), trk)
    assert messages[0].get("response") == "utter_crisis_teruggenomen"
    assert {"event": "slot", "timestamp": None, "name": "crisis_actief", "value": False} in found


# --- the time step ---------------------------------------------------------------------------------

def test_a_time_called_too_tight_or_taken_is_no_choice():
    assert busy_at("kan het eerder? 15:15 is te krap")
    assert busy_at("zoals ik zei, het liefst vandaag nog, want morgen om 9 uur is dat gesprek al")
    assert busy_at("om 3 uur kan ik niet")
    assert not busy_at("om 10 uur heb ik tijd")
    assert not busy_at("15:15 is goed")


def test_too_tight_does_not_take_that_time(db):
    _, result = validate(a.ValidateAfspraakForm(), "gekozen_tijd", "kan het eerder? 15:15 is te krap",
                         {"aangeboden_tijden": MARIEKE_MONDAY, "tijd_wens": "vandaag"})
    assert result.get("gekozen_tijd") is None


def test_the_time_in_a_wish_to_carry_on_is_read(db):
    text = "kunnen we gewoon die afspraak afmaken. dinsdag 9 uur"
    _, found, _ = form_run(a.ValidateAfspraakForm(), text, "tijd_wens", {"vp_soort": "maakt_niet_uit"},
                           intent="afspraak_maken")
    assert found["tijd_wens"] == text
    assert all("2027-03-09" in value for value in found["aangeboden_tijden"])


def test_a_question_in_the_time_step_is_not_ignored(db):
    assert said.asks_in_step("mag ik in dat gesprek ook over mezelf beginnen of is dat alleen voor mijn medewerker")
    assert not said.asks_in_step("de tweede graag")
    responses, _ = validate(a.ValidateAfspraakForm(), "gekozen_tijd",
                            "mag ik in dat gesprek ook over mezelf beginnen of is dat alleen voor mijn medewerker",
                            {"aangeboden_tijden": MARIEKE_TUESDAY, "tijd_wens": "dinsdag"})
    assert responses == [a.UNKNOWN_QUESTION]


# --- one's own part is not a bystander's ------------------------------------------------------------

def test_asked_to_sign_or_signed_oneself_is_no_bystander():
    assert followups.direct_answer("ok but the invoice. moet ik die nou wel of niet goedkeuren donderdag? if I sign it "
                                   "and it is fraud, ben ik dan medeplichtig?") == followups.MEDEPLICHTIG_TEKENEN
    assert followups.direct_answer("ok good. And I approved the invoices myself. Ben ik dan medeplichtig?") \
        == followups.EIGEN_ROL
    assert followups.direct_answer("ben ik verplicht om het te melden? want anders ben ik medeplichtig of zo?") \
        == followups.MEDEPLICHTIG


# --- more of round 31 ----------------------------------------------------------------------------

def test_the_answer_on_calling_112_needs_a_word_of_calling():
    from bot.dialogue import questions

    assert not questions.speaks_of("faq/bellen_112", "neeee, 18 maart! niet 11, dan werk ik net")
    assert questions.speaks_of("faq/bellen_112", "moet ik echt 112 bellen?")


def test_telling_him_to_stop_is_not_telling_the_others():
    from bot.dialogue import questions

    assert followups.direct_answer("mag ik tegen die man zeggen stop als ik het zie?") == followups.GETUIGE_INGRIJPEN
    assert not questions.speaks_of("faq/getuige_vertellen", "vertel je haar wat ik over mezelf zei?")
    assert not questions.speaks_of("faq/getuige_vertellen", "moet ik het zelf opbiechten voor de controle?")
    assert questions.speaks_of("faq/getuige_vertellen", "moet ik het de andere vrouwen vertellen?")


@pytest.mark.parametrize("text, need", [
    ("ok. ik probeer die 113 chat wel. dag", crisis.BELT_NU),
    ("dank je. ik ga nu die 113 chat proberen denk ik", crisis.BELT_NU),
    ("ik ga niet 113 bellen", crisis.DURFT_NIET_BELLEN),
    ("ik ga 113 echt niet bellen", crisis.GEEN_HULPLIJN),
])
def test_trying_the_113_chat_is_heard(text, need):
    assert crisis.after_crisis(text) == need


def test_daring_not_to_call_is_no_request_to_book():
    text = "ik durf niet te bellen. kan ik niet gewoon met jou praten"
    trk = Tracker("test", {"crisis_actief": True, "crisis_soort": "zelfmoord"},
                  {"text": text, "intent": {"name": "afspraak_maken"}}, [], False, None, {}, "action_listen")
    assert a.crisis_follow_up(trk, text) == "utter_crisis_niet_bellen_113"


def test_a_joke_about_origin_in_english_is_discrimination():
    from bot.nlu import language

    assert language.english_situation_cue("so in our team chat someone posted a joke about indians and curry smell") \
        == "discriminatie"
    assert language.english_situation_cue("wait why sexual harassment?? its not sexual") is None
    assert language.english_situation_cue("he touched my leg") == "seksuele_intimidatie"


@pytest.mark.parametrize("text, day", [
    ("donderdag 18 om 9u45 is goed", 18),   # A c05: Thursday the 11th offered, the day she works
    ("vrijdag 26e dan?", 26),               # round 30 B c10
    ("de 18e", 18),
    ("woensdag de 10e", 10),
])
def test_a_day_of_the_month_without_the_month_is_read(text, day):
    import datetime as dt

    from bot.scheduling.dutch_dates import parse_when

    now = dt.datetime(2027, 3, 8, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert parse_when(text, now).start.day == day


def test_a_bare_hour_after_a_weekday_stays_an_hour():
    import datetime as dt

    from bot.scheduling.dutch_dates import parse_when

    now = dt.datetime(2027, 3, 8, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert parse_when("dinsdag 9 uur", now).window == (dt.time(9, 0), dt.time(9, 1))
    assert parse_when("woensdag 10", now).start.day == 10  # the next Wednesday, whatever the 10 means
    assert parse_when("maandag 3 dagen later", now).start.month == 3


def test_keep_it_said_at_length_keeps_the_appointment():
    # A c09: "Laat de afspraak dan maar staan." got "Wil je die annuleren?" again, "Ja, annuleer" the first button
    assert said.cancel_answer("Laat de afspraak dan maar staan.") is False


def test_english_questions_about_the_bot_and_english_get_their_answer():
    from bot.nlu import language

    assert language.english_topic("ok but are you a human or bot") == language.MENS_OF_BOT
    assert language.english_topic("does openai get my msgs") == language.MENS_OF_BOT
    assert language.english_topic("does Ruud speak english?") == language.ENGELS_GESPREK
    assert language.english_topic("do you speak english") is None  # the general English answer
    assert language.english_topic("my manager speaks english to me") is None


def test_a_day_one_stands_in_the_early_shift_is_ruled_out():
    import datetime as dt

    from bot.scheduling.dutch_dates import parse_when

    # C c06: "nee wacht, donderdag toch. woensdag sta ik in de vroege" got Wednesday's times again
    now = dt.datetime(2027, 3, 12, 23, 10, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    when = parse_when("nee wacht, donderdag toch. woensdag sta ik in de vroege", now)
    assert when.start.weekday() == 3 and when.end.day == when.start.day + 1


def test_whether_the_counsellor_reports_to_the_director_is_answered():
    # C c10: "Dat weet ik niet ... Helpt die de ander al", then the 113 block
    asked = ("Ik vroeg of de vertrouwenspersoon verantwoording aflegt aan de directeur, en of die directeur dan te "
             "horen krijgt wat ik heb verteld.")
    assert followups.direct_answer(asked) == followups.VP_ONAFHANKELIJK
    assert followups.direct_answer("de directeur heeft de vertrouwenspersoon aangesteld. Rapporteert de "
                                   "vertrouwenspersoon aan hem?") == followups.VP_ONAFHANKELIJK


def test_i_asked_for_no_appointment_declines_it():
    assert said.declines_talk("ik vroeg geen afspraak. ik wil dat iemand nu luistert")
    assert not said.declines_talk("ik heb geen afspraak gemaakt, kan dat nu?")


def test_trying_the_113_chat_mid_booking_is_answered_as_such():
    text = "dank je. ik ga nu die 113 chat proberen denk ik"
    trk = Tracker("test", {"crisis_actief": True, "crisis_soort": "zelfmoord", "requested_slot": "gekozen_tijd"},
                  {"text": text, "intent": {"name": "nlu_fallback"}}, [], False, None, {"name": "afspraak_form"},
                  "action_listen")
    assert a.crisis_follow_up(trk, text, "gekozen_tijd") == "utter_crisis_belt_nu"


def test_a_work_schedule_told_in_the_booking_is_no_question_about_going_back():
    from bot.dialogue import questions

    # A c05 replay: "Je hoeft niet te doen alsof er niks is gebeurd ... ziek melden"
    assert not questions.speaks_of("faq/weer_werken", "neeee, 18 maart! niet 11, dan werk ik net")
    assert questions.speaks_of("faq/weer_werken", "moet ik morgen gewoon weer gaan werken?")


# --- the recheck ---------------------------------------------------------------------------------------

def test_the_time_after_a_correction_is_the_answer(db):
    offered = ["marieke-jansen|2027-03-09T08:30:00+00:00", "marieke-jansen|2027-03-09T09:30:00+00:00"]
    _, result = validate(a.ValidateAfspraakForm(), "gekozen_tijd",
                         "half 10 is goed. o nee wacht, dan heb ik teamoverleg. 10:30 dan",
                         {"aangeboden_tijden": offered, "tijd_wens": "dinsdagochtend"})
    assert result.get("gekozen_tijd") == offered[1]  # 10:30, not the 09:30 taken back (recheck A c01)
    assert said.after_correction("9:45 toch maar") == "9:45 toch maar"


@pytest.mark.parametrize("text", [
    "Why are you telling me about suicide prevention?? I am not suicidal, this is about an invoice. Anyway, yes "
    "book it.",
    "I said I am NOT suicidal. Is my appointment booked or not?",
])
def test_not_suicidal_in_english_is_no_alarm(text):
    # recheck A c03: the 113 block three times, her yes to book lost
    assert crisis_patterns.match(text) is None and crisis_patterns.denies_suicide(text)
    assert crisis.takes_back(text)


def test_nothing_left_if_the_job_goes_gets_the_gentle_check():
    # recheck A c06, mid-booking: "Wanneer komt het je uit?"
    found = crisis_patterns.despair("vandaag kan niet. eerlijk gezegd als ik hierdoor mijn baan kwijtraak hoeft het "
                                    "voor mij allemaal niet meer. mijn vrouw is al weg, dit was het enige wat ik nog "
                                    "had")
    assert found is not None and found.category == "zelfmoord"
    assert crisis_patterns.despair("dat hoeft voor mij niet meer zo") is None


def test_113_in_english_is_named_only_when_asked_about():
    from bot.nlu import language

    assert language.names_113("do they speak english at 113?")
    assert not language.names_113("will Ruud speak English with me?")


def test_no_112_wanted_with_pills_at_home_gets_113_now_not_the_options():
    # recheck B c03: "ik wil geen 112, dan komt politie en mijn kinderen worden wakker" got the bullying options
    text = "ik sta niet hoog. ik zit in keuken. ik heb niks gedaan nog. ik wil geen 112, dan komt politie en mijn " \
           "kinderen worden wakker"
    latest = {"text": text, "intent": {"name": "buiten_vp_taak", "confidence": 0.55}, "entities": [],
              "intent_ranking": [{"name": "buiten_vp_taak", "confidence": 0.55}]}
    trk = Tracker("test", {"crisis_actief": True, "crisis_soort": "acuut", "situatie": "pesten"}, latest,
                  [{"event": "user", "text": text, "parse_data": latest}], False, None, {}, "action_listen")
    messages, _ = run_general(general.ActionHerkenSituatie(), trk)
    assert [m.get("response") for m in messages] == [crisis.NIET_BELLEN_ACUUT]


@pytest.mark.parametrize("text", [
    "ok. geen afspraak nu. misschien chat ik later met die luisterlijn ofzo. ff kijken",
    "GEEN afspraak zei ik",
    "Dank u. Ik zal het een nacht laten bezinken en maandag zelf contact opnemen. Een afspraak maak ik nu niet.",
    "Ik schreef: GEEN afspraak. Goedenavond.",
    "huh ik heb toch al een afspraak met marieke? ik wil geen tweede",
])
def test_no_appointment_said_plainly_declines_it(text):
    # recheck B c05, c07, c08: each opened the booking
    assert said.declines_talk(text)


def test_no_appointment_yet_is_no_decline():
    assert not said.declines_talk("kan ik een afspraak maken? ik heb nog geen afspraak")


def test_i_do_not_mean_ending_my_life_is_no_alarm_and_vanishing_gets_the_check():
    # recheck B c07: the 113 block twice; B c02, c05: no check at night
    assert crisis_patterns.match("Ik bedoel daarmee niet dat ik een einde aan mijn leven wil maken, mocht u dat "
                                 "denken. Ik ben niet depressief, ik ben boos.") is None
    assert crisis_patterns.despair("soms wil ik gewoon verdwijnen, ik kan zo niet verder") is not None
    assert crisis_patterns.despair("ok. eerlijk gezegd heb ik nergens meer zin in") is not None


def test_nothing_sexual_denies_sexual_harassment():
    from bot.dialogue import situations

    # recheck B c01, c08: "Klopt het: seksuele intimidatie?" after "niks seksueels", "nee niet seksueel!!"
    assert situations.denied_matters("wat?? nee echt niet. niks seksueels. gewoon een baas die zijn macht misbruikt") \
        == {"seksuele_intimidatie"}
    assert situations.denied_matters("nee niet seksueel!! intimidatie bedoel ik") == {"seksuele_intimidatie"}
    assert situations.denied_matters("ik word gepest") == frozenset()


def test_more_denials_of_the_recheck_are_no_alarm():
    # recheck B c05, c07: the 113 block to "niet dat ik er een eind aan ga maken ofzo", "ik zei NIET", and to "het hoeft
    # voor mij allemaal niet meer zo nodig" (not that much any more)
    assert crisis_patterns.match("niet dat ik er een eind aan ga maken ofzo. gewoon op") is None
    assert crisis_patterns.match("Het hoeft voor mij allemaal niet meer zo nodig.") is None
    assert crisis_patterns.match("het hoeft voor mij allemaal niet meer") is not None
    assert crisis.takes_back("zeg ik toch niet. ik zei NIET. ik bel niemand. ik wil hier gewoon even typen")
    assert followups.direct_answer("aan wie legt de vertrouwenspersoon verantwoording af? De gemeentesecretaris, "
                                   "de afdeling P&O?") == followups.VP_ONAFHANKELIJK


def test_fear_for_ones_job_after_taking_part_is_ones_own_part():
    # recheck A c02: "maar ik deed zelf ook mee. word ik dan ontslagen als ik het zeg" got "te goeder trouw ... geen
    # nadeel"
    assert followups.direct_answer("maar ik deed zelf ook mee. word ik dan ontslagen als ik het zeg") \
        == followups.EIGEN_ROL
    assert followups.direct_answer("word ik ontslagen als ik het meld?") == followups.BESCHERMING


def test_no_appointment_read_as_looking_one_up_declines_it():
    from bot.nlu.components import TalkDeclined

    # recheck B c05 replay: "GEEN afspraak zei ik" read as a request to look an appointment up: "Wat is je code?"
    m = Message(data={"text": "GEEN afspraak zei ik"})
    m.set("intent", {"name": "afspraak_bekijken", "confidence": 0.5}, add_to_output=True)
    m.set("intent_ranking", [{"name": "afspraak_bekijken", "confidence": 0.5}], add_to_output=True)
    assert TalkDeclined().process([m])[0].get("intent")["name"] == "geen_stap_willen"


def test_i_do_not_mean_ending_my_life_denies_it_and_no_second_one_declines():
    # recheck B c07 replay: the gentle check for his denial; B c08: "ik wil geen tweede" gave Marieke's times
    assert crisis_patterns.denies_suicide("Ik bedoel daarmee niet dat ik een einde aan mijn leven wil maken, mocht u "
                                          "dat denken. Ik ben niet depressief, ik ben boos.")
    assert said.declines_booking("huh ik heb toch al een afspraak met marieke? ik wil geen tweede")


def test_whom_the_counsellor_reports_to_is_heard_in_a_longer_message_too():
    asked = ("Alvorens ik iets kies: aan wie legt de vertrouwenspersoon verantwoording af? De gemeentesecretaris, de "
             "afdeling P&O? Ik wens niet dat mijn naam op het bureau van de gemeentesecretaris belandt, want die "
             "speelt golf met het afdelingshoofd.")
    assert followups.direct_answer(asked) == followups.VP_ONAFHANKELIJK
