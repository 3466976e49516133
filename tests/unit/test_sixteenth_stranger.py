"""Sixteenth stranger test (2026-12-03, two helpers, 48 conversations), pure functions.

Each case is a message a stranger sent, or the same meaning in other words, with what it must be
read as; the harmful replies it got are in docs/stranger-tests/2026-12-03-sixteenth.md. The guards
(what must still not be read so) passed before the fix as well.
"""

from datetime import datetime, time, timedelta, timezone

import pytest

from bot.dialogue import booking, crisis, followups, roles, situations
from bot.nlu import crisis_patterns, language
from bot.scheduling.dutch_dates import busy_at, exact_time, parse_when

NOW = datetime(2027, 3, 9, 10, 0, tzinfo=timezone(timedelta(hours=1)))


# --- pills laid out, or the thought of taking them (A c23) -----------------------------------------

@pytest.mark.parametrize("text", [
    "ik kan gewoon niet meer. elke dag weer die opmerkingen van hem over mijn lijf. ik heb vanavond alle "
    "pillen die ik nog had op tafel gelegd",
    "die pillen liggen er nog steeds",
    "ik denk er wel over om ze in te nemen ja",
    "ik denk erover om ze allemaal te slikken",
    "alle slaappillen liggen naast me",
])
def test_means_at_hand_is_a_suicide_crisis(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == crisis_patterns.ZELFMOORD


@pytest.mark.parametrize("text", [
    "ik moet mijn pillen innemen van de dokter",
    "alle medicijnen van de bewoners liggen klaar",
    "de pillen van mijn moeder liggen er nog",
])
def test_daily_medicine_is_no_crisis(text):
    assert crisis_patterns.match(text) is None


@pytest.mark.parametrize("text", ["ik weet het niet", "weet niet...", "misschien", "soms wel", "geen idee eigenlijk",
                                  "i don't know"])
def test_an_unsure_answer_to_the_suicide_question_is_no_no(text):
    assert crisis.unsure_answer(text)


@pytest.mark.parametrize("text", ["nee", "ik weet niet of ik dit hier moet vertellen", "het gaat wel"])
def test_other_answers_are_not_unsure(text):
    assert not crisis.unsure_answer(text)


# --- sexual violence told without its word, in a booking (A c14), witnessed (A c06) -------------------

def test_taken_to_his_car_against_her_will_is_sexual_violence():
    text = ("sorry ik moet het eigenlijk nu al kwijt. zaterdag na de personeelsborrel heeft een collega me mee "
            "naar zijn auto genomen en ik wilde niet maar hij ging door. ik heb niemand iets gezegd.")
    found = crisis_patterns.match(text)
    assert found is not None and found.category == crisis_patterns.SEKSUEEL_GEWELD


@pytest.mark.parametrize("text", [
    "nee?? diefstal? hij zat aan haar",
    "ik heb gezien dat onze stagiaire tegen de muur werd gedrukt en hij probeerde haar te zoenen",
    "hij zit steeds aan me",
])
def test_touch_and_kisses_told_of_others_are_sexual(text):
    assert situations.sexual_touch(text)


def test_hands_on_her_things_are_not_sexual():
    assert not situations.sexual_touch("hij zat aan haar spullen")
    assert "diefstal" in situations.SEXUAL_TOUCH_READ_AS


# --- direct questions that got a neighbouring stock text ----------------------------------------

@pytest.mark.parametrize(("text", "key"), [
    ("weet hij dan echt niks?", followups.DADER_HOORT_NIETS),
    ("14:30. en kan het telefonisch, dan ga ik naar buiten. weet hij dan echt niks?", followups.DADER_HOORT_NIETS),
    ("komt hij het te weten?", followups.DADER_HOORT_NIETS),
    ("en kun jij dan aangifte voor me doen bij de politie? of kan de vertrouwenspersoon dat?",
     followups.AANGIFTE_VOOR_MIJ),
    ("dus jij regelt die aangifte?", followups.AANGIFTE_VOOR_MIJ),
    ("en kan ik mijn werkgever aanklagen omdat ze er niks aan doen? ik heb het al 2x tegen mijn teamleider gezegd",
     followups.LEGAAL),
    ("aanklagen?", followups.LEGAAL),
    ("moet ik die fotos sturen? anders haal ik mijn stage niet zegt hij", followups.FOTOS_STUREN),
    ("ik vroeg wat ik VANNACHT moet doen. er liggen patienten met pijn. mag ik de dienstdoende arts bellen of "
     "is dat verraad?", followups.ZORG_GAAT_VOOR),
    ("dat is geen antwoord. en hij zei dat hij me weet te vinden, moet ik nu de politie bellen? ik ben thuis",
     followups.POLITIE_BELLEN),
    ("mag ik me ziek melden?", followups.ZIEK_MELDEN),
    ("Heb ik als ambtenaar niet gewoon een meldplicht? Als ik niks doe ben ik toch medeplichtig?",
     followups.MELDPLICHT_AMBTENAAR),
])
def test_direct_questions_get_their_own_answer(text, key):
    assert followups.direct_answer(text) == key


@pytest.mark.parametrize("text", [
    "moet ik de fotos van de schade doorsturen?",
    "weet jij het antwoord?",
    "kan ik aangifte doen?",
    "moet mijn werkgever hier niet iets aan doen?",
])
def test_neighbouring_questions_keep_their_answer(text):
    assert followups.direct_answer(text) not in (
        followups.FOTOS_STUREN, followups.DADER_HOORT_NIETS, followups.AANGIFTE_VOOR_MIJ, followups.LEGAAL)


# --- a belittled employee is no manager (A c22) ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Sindsdien doet mijn leidinggevende ook heel kortaf en hij heeft in het team gezegd dat ik 'de boel "
    "traineer'. Kan de vertrouwenspersoon met hem gaan praten?",
    "Ik ben geen leidinggevende, ik ben medewerker administratie. Mijn leidinggevende is het probleem.",
])
def test_an_employee_telling_of_their_own_manager_is_no_manager(text):
    assert roles.not_a_manager(text)


@pytest.mark.parametrize("text", [
    "een medewerker van mij klaagt over haar collega, wat moet ik doen",
    "als teamleider hoorde ik van een medewerker dat ze gepest wordt",
    "mijn teamlid zegt dat mijn leidinggevende haar lastigvalt",
])
def test_a_manager_stays_a_manager(text):
    assert not roles.not_a_manager(text)


# --- times refused or busy are no choice (A c02, B c01) ---------------------------------------------

def test_a_time_the_person_sleeps_is_not_read_and_the_time_said_is():
    when = parse_when("nee om 9 uur slaap ik. 15u zei ik", NOW)
    assert when.at == time(15, 0)
    assert busy_at("nee om 9 uur slaap ik. 15u zei ik")
    assert exact_time("om 9 moet ik al op de werkvloer staan") is None


@pytest.mark.parametrize("text", ["om 9 uur graag", "dinsdag om 10 uur"])
def test_a_time_asked_is_still_read(text):
    assert not busy_at(text) and exact_time(text) is not None


def test_a_no_at_the_start_is_no_choice_of_a_time():
    assert booking.refuses_time("nee om 9 uur slaap ik")
    assert booking.refuses_time("Nee, donderdag")
    assert not booking.refuses_time("om 9 uur")


# --- cancelling said plainly (B c12, B c08) -------------------------------------------------------

@pytest.mark.parametrize("text", ["Hmm, wacht. Weet je wat, annuleer toch maar. Ik ga eerst zelf met hem praten.",
                                  "annuleer toch maar", "zeg die afspraak maar af", "annuleer maar"])
def test_a_plain_cancel_wish_is_read(text):
    assert booking.wants_to_cancel(text)


@pytest.mark.parametrize("text", ["ik wil niet annuleren", "kan ik annuleren als ik ziek ben?"])
def test_a_question_or_a_no_about_cancelling_is_no_wish(text):
    assert not booking.wants_to_cancel(text)


@pytest.mark.parametrize(("text", "intent"), [
    ("actually... cancel it. I'm a contractor, not my problem. Forget I said anything.", language.CANCEL),
    ("please cancel my appointment", language.CANCEL),
    ("can I move my appointment to monday?", language.CHANGE),
])
def test_english_cancel_or_move_is_read(text, intent):
    assert language.english_appointment_change(text) == intent


# --- danger in English (B c02), a car at her house (A c21) ----------------------------------------

@pytest.mark.parametrize("text", [
    "i am hiding in toilet now. he is still in building. i am scared. what i do",
    "he is knocking on the door now. help",
    "should i call police?",
])
def test_english_danger_gets_the_urgent_help(text):
    assert language.english_urgent(text) == language.GEVAAR


@pytest.mark.parametrize("text", ["can you help me with my contract question", "I need help understanding my options"])
def test_english_help_with_a_question_is_no_danger(text):
    assert language.english_urgent(text) is None


def test_a_car_stopping_at_her_house_is_danger_now():
    text = "o god er rijdt net een auto langzaam langs mijn huis en stopt. ik denk dat hij het is"
    assert crisis.besieged_now(text)
    found = crisis_patterns.match(text)
    assert found is not None and found.category == crisis_patterns.GEWELD


def test_he_drove_off_and_her_husband_is_there_is_safe():
    assert crisis.safe_or_away("hij is weer weggereden. ik heb de deur op slot gedaan. mijn man is er nu. ok, "
                               "verder met de afspraak. telefonisch")


def test_a_threat_told_with_the_request_is_a_threat():
    assert crisis.threatened("de zoon van een cliënt bedreigt me al een tijdje, vandaag zei hij 'ik weet waar "
                             "je woont'. ik wil graag met de vertrouwenspersoon praten")
    assert not crisis.threatened("ik ben bang dat hij erachter komt, kan ik een afspraak maken")


# --- the recheck (sixteenth stranger recheck, 16 conversations) ----------------------------------

@pytest.mark.parametrize("text", [
    "ik word elke dag uitgelachen. ik heb nog een hele strip oxazepam liggen van mn moeder. misschien is dat wel "
    "makkelijker voor iedereen",
    "ik bedoel die pillen. ik heb er al een paar keer naar zitten kijken vanavond",
])
def test_means_and_easier_for_everyone_is_a_suicide_crisis(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == crisis_patterns.ZELFMOORD


def test_easier_for_everyone_without_means_is_left_to_the_classifier():
    assert crisis_patterns.match("het is makkelijker voor iedereen als ik ontslag neem") is None


@pytest.mark.parametrize("text", ["weet niet.. soms wel denk ik. maar ik ga het niet echt doen hoor",
                                  "misschien wel ja"])
def test_a_hedged_yes_to_the_suicide_question_is_unsure(text):
    assert crisis.unsure_answer(text)


@pytest.mark.parametrize("text", ["he was shouting he will get me. i locked myself in the toilet",
                                  "i can hear him in the hallway. what do i do"])
def test_english_danger_in_other_words(text):
    assert language.english_urgent(text) == language.GEVAAR


def test_seeing_someone_at_lunch_is_no_english_danger():
    assert language.english_urgent("i can see him sometimes at lunch, is that a problem for the counsellor?") is None


def test_laat_maar_zeg_maar_af_cancels():
    assert booking.wants_to_cancel("hmm nee laat maar, zeg maar af. ik los het zelf wel op")
    assert not booking.wants_to_cancel("ik zeg niks af")


@pytest.mark.parametrize(("text", "key"), [
    ("ben ik nu zelf ook fout? ik heb er 1 keer eentje gestuurd", followups.FOTO_DREIGING),
    ("hij zegt dat hij hem kan laten zien aan mijn vriendinnen", followups.FOTO_DREIGING),
    ("hij dreigt mijn foto te verspreiden", followups.FOTO_DREIGING),
    ("dus samengevat: als ik niks doe, is dat ok voor een ambtenaar?", followups.MELDPLICHT_AMBTENAAR),
])
def test_recheck_questions_get_their_answer(text, key):
    assert followups.direct_answer(text) == key


@pytest.mark.parametrize("text", ["mag ik de fotos van het feest delen?", "ik heb een mail gestuurd"])
def test_sharing_photos_or_mail_is_no_threat(text):
    assert followups.direct_answer(text) != followups.FOTO_DREIGING


@pytest.mark.parametrize("text", [
    "en wat als ik een klacht indien, weet hij dan dat ik het ben?",  # with a complaint he does hear of it
    "is dat wel toegestaan? kan ik hem voor de rechter slepen?",  # whether it is allowed comes first
])
def test_questions_with_their_own_answer_in_the_conversation_set_keep_it(text):
    assert followups.direct_answer(text) not in (followups.DADER_HOORT_NIETS, followups.LEGAAL)


# --- the relabelling components that read these wishes ----------------------------------------------

def _message(text, intent, ranking=(), selected=None):
    from rasa.shared.nlu.training_data.message import Message

    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": 0.5}, add_to_output=True)
    m.set("intent_ranking", [{"name": n, "confidence": c} for n, c in ranking], add_to_output=True)
    if selected:
        m.set("response_selector", {"faq": {"response": {"intent_response_key": selected}}}, add_to_output=True)
    return m


@pytest.mark.parametrize("intent", ["stoppen", "faq", "eigen_plan"])
def test_a_cancel_wish_read_as_something_else_is_cancelling(intent):
    from bot.nlu.components import CancelWish

    m = CancelWish().process([_message("annuleer toch maar. ik ga eerst zelf met hem praten", intent)])[0]
    assert m.get("intent")["name"] == "afspraak_annuleren"


@pytest.mark.parametrize("intent", ["afspraak_maken", "crisis", "kies_tijd"])
def test_a_cancel_word_keeps_the_bookings_own_intents_and_a_crisis(intent):
    from bot.nlu.components import CancelWish

    m = CancelWish().process([_message("annuleer maar", intent)])[0]
    assert m.get("intent")["name"] == intent


def test_an_employee_read_as_a_manager_gets_the_next_guess_not_the_managers_faq():
    from bot.nlu.components import NotTheManager

    text = "Ik ben geen leidinggevende, ik ben medewerker administratie. Mijn leidinggevende is het probleem."
    m = NotTheManager().process([_message(text, "leidinggevende_klacht",
                                          [("leidinggevende_klacht", 0.51), ("faq", 0.22), ("buiten_vp_taak", 0.13)],
                                          selected="faq/leidinggevende_krijgt_melding")])[0]
    assert m.get("intent")["name"] == "buiten_vp_taak"
    manager = "een medewerker van mij klaagt over een collega, wat moet ik doen"
    m = NotTheManager().process([_message(manager, "leidinggevende_klacht", [("leidinggevende_klacht", 0.8)])])[0]
    assert m.get("intent")["name"] == "leidinggevende_klacht"
