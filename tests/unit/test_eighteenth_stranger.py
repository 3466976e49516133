"""Eighteenth round (2026-12-04, evening), issue 10: what the seventeenth stranger recheck found.

- c02: after the suicide answer and "bellen hoeft niet, je kunt ook chatten", "chatten ook niet. hoe
  krijg ik het pesten weg dat is mijn vraag" (read as a side question: the witness text) is a refusal
  of every help line: a follow-up of the crisis (not alone today, the GP, the matter itself).
- c08: "mijn collega ... maakt fouten met medicatie. ik ben bang dat er vannacht of morgen iemand iets
  overkomt. mag ik haar teamleider of de arts inlichten" (not understood, then "Bedoel je: je bent
  leidinggevende?"): danger to patients; and the writer is no manager ("haar teamleider").
"""

from __future__ import annotations

import pytest

from bot.dialogue import crisis, followups, roles
from bot.dialogue.questions import speaks_of_witnessing
from bot.dialogue.resume import stop_taken_back
from bot.nlu import crisis_patterns as cp
from bot.nlu.components import CrisisSafetyNet, DirectAnswer, NotSafeAfterAll
from tests.unit.test_seventh_stranger_safety import _msg  # a parsed message with a ranking

NURSE = ("mijn collega heeft gedronken tijdens de dienst en maakt fouten met medicatie. ik ben bang dat er "
         "vannacht of morgen iemand iets overkomt. mag ik haar teamleider of de arts inlichten zonder dat zij het "
         "weet?")


def test_chatting_with_113_refused_too_is_no_help_line():  # recheck c03
    assert crisis.after_crisis("nee ik ga echt niet bellen. en chatten met 113 ook niet") == crisis.GEEN_HULPLIJN
    assert crisis.after_crisis("kan ik chatten met de vertrouwenspersoon of niet?") is None


def test_no_help_line_read_as_a_side_question_is_not_understood_so_a_crisis_follow_up():
    m = _msg("chatten ook niet. hoe krijg ik het pesten weg dat is mijn vraag", "faq", [("faq", 0.42)])
    assert NotSafeAfterAll().process([m])[0].get("intent")["name"] == "nlu_fallback"
    other = _msg("kan ik ook chatten met de vertrouwenspersoon?", "faq", [("faq", 0.8)])  # guard
    assert NotSafeAfterAll().process([other])[0].get("intent")["name"] == "faq"


@pytest.mark.parametrize("intent", ["nlu_fallback", "leidinggevende_klacht", "crisis"])
def test_danger_to_patients_told_at_length_gets_its_answer(intent):
    m = _msg(NURSE, intent, [(intent, 0.3), ("faq", 0.25)])
    m = DirectAnswer().process([m])[0]
    m = CrisisSafetyNet().process([m])[0]
    assert m.get("intent")["name"] == "faq"
    assert m.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/patienten_nu"


@pytest.mark.parametrize("text", [
    NURSE, "mag ik zijn leidinggevende inlichten?", "ik ga naar haar chef, mag dat",
])
def test_someone_elses_manager_makes_no_manager_of_the_writer(text):
    assert roles.not_a_manager(text)


@pytest.mark.parametrize("text", [
    "ik ben haar leidinggevende en ze kwam bij me met een klacht",
    "een medewerker uit mijn team zegt dat zijn collega hem pest",
])
def test_a_manager_stays_one(text):
    assert not roles.not_a_manager(text)


# --- c09k (seventeenth test): afraid to go home alone after a threat ---------------------------------
@pytest.mark.parametrize("text", [
    "ik durf straks niet alleen naar huis. mijn dienst is om 2 uur klaar",
    "ik durf vanavond niet naar mijn auto",
    "ik ben bang om straks naar huis te fietsen",
])
def test_afraid_going_home_gets_a_step_to_take(text):
    from bot.dialogue import crisis

    assert crisis.afraid_going_home(text) and not crisis.afraid_to_work(text)
    for soort in ("geweld", "bang_komst", None):
        assert crisis.after_crisis_response(text, soort) == crisis.NAAR_HUIS


def test_with_him_there_the_danger_comes_first():
    from bot.dialogue import crisis

    text = "ik durf niet naar mijn auto, hij staat er nog steeds"
    assert crisis.after_crisis_response(text, "geweld") == crisis.GEVAAR_NU


def test_afraid_to_go_to_work_stays_that():
    from bot.dialogue import crisis

    assert crisis.afraid_to_work("moet ik vanavond wel gaan rijden? ik durf echt niet")


# --- "code ..., staat die nog?": the appointment looked up, not moved ---------------------------------
@pytest.mark.parametrize("text, intent", [
    ("code 7KM5-ATG5-GW33, staat die nog?", "afspraak_bekijken"),
    ("7KM5-ATG5-GW33 wanneer is mijn afspraak", "afspraak_bekijken"),
    ("code 7KM5-ATG5-GW33, kan die naar vrijdag?", "afspraak_wijzigen"),
    ("de afspraak 7KM5-ATG5-GW33 wil ik afzeggen", "afspraak_annuleren"),
    ("7KM5-ATG5-GW33", None),
])
def test_a_code_with_a_question_whether_it_stands(text, intent):
    from bot.dialogue.booking import code_request

    assert code_request(text) == intent


# --- the eighteenth stranger test's own findings ------------------------------------------------------


@pytest.mark.parametrize("text, rule", [
    ("i have a whole box of my sleeping pills next to me", "en_means"),  # B c09, at night
    ("i might take them all tonight", "en_means"),
    ("eerlijk gezegd denk ik er soms aan om gewoon voor een trein te stappen na mn dienst", "springen"),  # B c11
    ("hij komt net binnen bij de balie, hij is dronken en zegt dat hij me in elkaar slaat als ik hier iets over zeg",
     "dreiger_komt_nu"),  # A c06, mid-booking
    ("hij is te ver gegaan. ik had nee gezegd", "niet_gewild_verder"),  # B c05
    ("sorry. hij heeft me aangeraakt terwijl ik dat niet wilde. en meer dan dat", "niet_gewild_verder"),
    # the recheck, in other words
    ("honestly i have a box of pills here and i think tonight is the night", "en_means"),
    ("nobody will miss me", "en_means"),
    ("hij staat nu bij mn bureau en zegt dat ik maar beter kan oppassen", "dreiger_komt_nu"),
    ("hij kwam mee naar binnen. ik wilde dat niet maar ik kon niet echt iets zeggen", "niet_gewild_thuis"),
    ("nee dat niet. ik denk dat hij.. je weet wel. verder ging dan ik wilde", "verder_dan_gewild"),
    ("eigenlijk maak ik me zorgen om hem. hij zei vanochtend dat hij zijn zaakjes op orde had gebracht en dat we "
     "hem niet meer lang hoeven te zien", "afscheid_gezegd"),
    ("Gisteren zei hij: nog even en jullie zijn van me af. Hij heeft ook zijn boeken aan collega's weggegeven.",
     "afscheid_gezegd"),
])
def test_danger_said_in_other_words_is_read(text, rule):
    assert cp.match(text).rule == rule


@pytest.mark.parametrize("text", [
    "he wants me to take them all to the warehouse", "I take all my vitamins in the morning",
    "ik stap zo op de trein", "ik zag iemand voor de bus lopen", "de monteur komt eraan",
    "hij komt morgen terug en ik ben bang", "hij ging door met zijn grappen, ik had nee gezegd",
    "ik wilde niet overwerken maar hij ging door", "i left a box of tissues here", "hij staat nu bij de koffieautomaat",
    "hij ging in de discussie verder dan ik wilde", "mijn collega kwam mee naar binnen voor een kop koffie",
    "ik heb alles geregeld voor de verhuizing, niet meer lang en dan zijn we weg",
    "ik heb mijn spullen opgeruimd want ik ben voor het laatst op kantoor voor mijn nieuwe baan",
])
def test_and_everyday_words_are_not(text):
    assert cp.match(text) is None


@pytest.mark.parametrize("text", ["ik wil gewoon dat het stopt",
                                  "haha nou ja als ik maandag nog leef zie ik wel verder"])
def test_despair_said_lightly_gets_the_gentle_check(text):  # B c01, c02
    assert cp.despair(text) is not None


@pytest.mark.parametrize("text, intent", [
    ("ik wil gewoon dat het pesten stopt", "vraag_opties"),  # the matter should stop, not the chat
    ("ik wil dat ze ophouden", "vraag_opties"),
    ("ik wil dat dit gesprek stopt", None),
    ("ik wil stoppen", None),
])
def test_wanting_it_to_stop_is_no_stop_of_the_chat(text, intent):
    assert stop_taken_back(text) == intent


def test_others_to_warn_during_a_threat_are_answered():  # B c07
    text = "er slapen nog 20 bewoners beneden, moet ik die niet waarschuwen??"
    assert crisis.after_crisis_response(text, "geweld") == crisis.ANDEREN_WAARSCHUWEN


@pytest.mark.parametrize("text", ["morgen moet ik weer nachtdienst en ik durf echt niet",
                                  "ik wil daar niet meer staan"])
def test_fear_of_the_next_shift_after_a_threat_is_no_suicide_question(text):  # B c03, c10
    assert crisis.after_crisis_response(text, "veiligheid") == crisis.WERK_VEILIG
    assert not crisis.afraid_to_work("ik wil er niet meer zijn")


@pytest.mark.parametrize("text", ["Moet ik echt 112 bellen? Ik wil niet overdreven doen.",
                                  "Ik vraag of ik 112 moet bellen of niet!"])
def test_whether_to_call_112_is_answered(text):  # B c06, in the booking's time step
    assert followups.direct_answer(text) == followups.BELLEN_112
    assert followups.BELLEN_112 in followups.OVER_BOOKING


@pytest.mark.parametrize("text, witness", [
    ("maar wat moet ik morgen doen dan", False), ("wat moet ik doen met die dms?", False),
    ("wat doe ik morgen als ik het weer zie gebeuren?", True),
    ("ik zag dat mijn collega werd uitgescholden, wat moet ik doen", True),
])
def test_the_witness_answer_needs_someone_else_or_something_seen(text, witness):
    assert speaks_of_witnessing(text) is witness


def test_moet_ik_bewijs_hebben_is_answered_not_reassured():  # A c08, C c02, c06
    assert not followups.doubts_telling("moet ik bewijs hebben?")


def test_a_clock_time_in_the_morning_stays_in_the_morning():  # A c10
    import datetime as dt

    from bot.scheduling.dutch_dates import parse_when
    from bot.scheduling.localtime import AMSTERDAM

    now = dt.datetime(2027, 3, 9, 10, 0, tzinfo=AMSTERDAM)
    assert parse_when("kan het niet om 7 uur s ochtends?", now).at == dt.time(7, 0)
    assert parse_when("07:00 in de ochtend bedoel ik", now).at == dt.time(7, 0)
    assert parse_when("om 7 uur", now).at == dt.time(19, 0)


def test_another_counsellor_than_the_named_one_is_no_choice_of_that_one():  # C c02
    from bot.dialogue.booking import asks_for_gender, counsellor_wish

    names = {"ruud-de-boer": "Ruud de Boer", "marieke-jansen": "Marieke Jansen"}
    wish = counsellor_wish("zijn er andere vertrouwenspersonen dan Ruud?", names)
    assert wish.key is None and wish.avoid == "ruud-de-boer"
    assert asks_for_gender("I'd prefer a woman. Is there one?")  # C c05
    assert not asks_for_gender("a man grabbed me")


def test_wishes_in_a_longer_first_message_are_its_request_sentences():  # A c01
    from bot.dialogue.booking import wish_sentences

    text = ("hoi, ik zou graag iemand spreken over mijn teamleider, die kleineert me constant in vergaderingen. kan "
            "ik nog voor vrijdag iemand spreken? liefst niet 's ochtends want dan sta ik in de keuken")
    assert wish_sentences(text)[1:] == ["kan ik nog voor vrijdag iemand spreken",
                                        "liefst niet 's ochtends want dan sta ik in de keuken"]
    assert wish_sentences("vorige week vrijdag zei mijn baas dat ik dik ben") == []


def test_help_called_is_no_threat_gone():  # B c07: a man with a knife still inside
    assert not crisis.threat_gone("heb 112 gebeld ze komen eraan")
    assert crisis.threat_gone("hij is weg, mijn collega is bij me")


def test_english_overdose_words_get_the_english_help():  # B c09
    from bot.nlu.language import english_urgent

    assert english_urgent("i mean i might take them all tonight") == "zelfmoord"
    assert english_urgent("my boss is annoying") is None


@pytest.mark.parametrize("text, key", [
    ("hij zit gewoon achter zn bureau nu. is dat dan direct gevaar of niet?", "direct_gevaar"),  # recheck c07
    ("mag ik die vergunning nou gewoon zelf beoordelen of niet?", "eigen_belang"),  # recheck c12
    ("is het gevaarlijk?", None),
    ("mag ik zelf beoordelen of het erg genoeg is?", None),
])
def test_the_rechecks_direct_questions(text, key):
    assert followups.direct_answer(text) == key


def test_a_clock_time_written_in_full_is_never_moved():  # recheck c10: "Om 04:00"
    import datetime as dt

    from bot.scheduling.dutch_dates import parse_when
    from bot.scheduling.localtime import AMSTERDAM

    now = dt.datetime(2027, 3, 9, 10, 0, tzinfo=AMSTERDAM)
    assert parse_when("morgenochtend 16:00", now).at == dt.time(16, 0)


@pytest.mark.parametrize("text", [
    "eigenlijk maak ik me zorgen om hem. hij zei vanochtend dat hij zijn zaakjes op orde had gebracht en dat we hem "
    "niet meer lang hoeven te zien",  # recheck c07: the answer for a worry about someone else
    "Gisteren zei hij: nog even en jullie zijn van me af. Hij heeft ook zijn boeken aan collega's weggegeven.",
])
def test_farewell_signs_of_a_colleague_are_a_worry_about_him(text):
    from bot.dialogue import perspective

    assert perspective.worried_about_other(text, cp.about_own_life)
    assert not perspective.worried_about_other("ik maak me zorgen om hem maar ik wil zelf ook niet meer leven",
                                               cp.about_own_life)


def test_a_door_shut_while_he_is_in_the_building_stays_with_the_danger():  # recheck c05
    text = "ik ben nu naar de wc gelopen en heb de deur dicht gedaan. wat moet ik doen"
    assert crisis.after_crisis_response(text, "geweld") == crisis.GEVAAR_NU_KORT
    assert crisis.after_crisis_response("ik ga even bij de buurvrouw zitten", "geweld") == crisis.VEILIGE_PLEK
