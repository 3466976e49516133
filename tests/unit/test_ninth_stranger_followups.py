"""Ninth stranger test (2026-12-02): direct follow-up questions after the story got a stock block
on a nearby topic (or the privacy text), and a doubt got "Bedoel je: je twijfelt ...?". The pure
cues (bot.dialogue.followups), the NLU component that gives them their answer, the English
topic, and what the answers say (read from domain/ and content/, never copied). The phrasings
here are our own, by meaning."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot import content
from bot.dialogue import followups
from bot.dialogue.followups import direct_answer, doubts_telling
from bot.nlu import language
from bot.nlu.components import DirectAnswer
from tests import texts


@pytest.mark.parametrize(("text", "key"), [
    # aggression from clients: part of the job?
    ("hoort agressie gewoon bij het vak?", followups.HOORT_BIJ_WERK),
    ("is uitgescholden worden door cliënten nou eenmaal een beroepsrisico?", followups.HOORT_BIJ_WERK),
    ("moet ik dat van klanten dan maar pikken?", followups.HOORT_BIJ_WERK),
    ("hoort bedreigd worden door patiënten bij mijn werk?", followups.HOORT_BIJ_WERK),
    ("is geslagen worden door een bewoner deel van ons werk?", followups.HOORT_BIJ_WERK),
    ("en als de ouders schreeuwen, hoort dat er dan gewoon bij?", followups.HOORT_BIJ_WERK),
    # legality
    ("is dat legaal?", followups.LEGAAL),
    ("mag dat wel volgens de wet?", followups.LEGAAL),
    ("is dat niet tegen de wet dan?", followups.LEGAAL),
    ("is het wettelijk toegestaan wat ze doen?", followups.LEGAAL),
    # the counsellor and the team
    ("gaat de vertrouwenspersoon met mijn team praten?", followups.VP_NIET_ZONDER_JOU),
    ("neemt de vp dan contact op met mijn leidinggevende?", followups.VP_NIET_ZONDER_JOU),
    ("belt de vertrouwenspersoon mijn collega's?", followups.VP_NIET_ZONDER_JOU),
    ("licht de vertrouwenspersoon hr in?", followups.VP_NIET_ZONDER_JOU),
    # threats for going to the counsellor
    ("mag hij me dreigen als ik naar de VP ga?", followups.DREIGEN_NA_VP),
    ("wat als ze me bedreigt omdat ik bij de vertrouwenspersoon was?", followups.DREIGEN_NA_VP),
    ("en als mijn baas gaat dreigen omdat ik wil klagen?", followups.DREIGEN_NA_VP),
    # two matters
    ("kan ik allebei bespreken?", followups.ALLEBEI_BESPREKEN),
    ("kan dat in één gesprek, beide dingen?", followups.ALLEBEI_BESPREKEN),
    ("mag ik die twee dingen tegelijk vertellen bij de vp?", followups.ALLEBEI_BESPREKEN),
])
def test_a_ninth_round_follow_up_question_gets_its_own_answer(text, key):
    assert direct_answer(text) == key


@pytest.mark.parametrize("text", [
    # stories, also with a question word in them: a story is recognised as a story first
    "een klant schold me uit en spuugde naar me",
    "mijn collega bedreigt me steeds en zegt pas maar op",
    "ik werk in de zorg en een bewoner sloeg me gisteren",
    "hij zegt dat het bij het vak hoort dat ik zijn koffie haal en zijn auto was, elke dag weer, en als ik "
    "nee zeg krijg ik de vervelende diensten en dat gaat al maanden zo door op de afdeling?",
    # other questions keep their own answer
    "hoort mijn team het van de vertrouwenspersoon?",  # confidentiality
    "gaat de vertrouwenspersoon hem aanspreken?",  # vp_straft_niet
    "kan ik een afspraak maken?",
    "beide",
    "allebei",
    "ze pesten me allebei",
    "is dat strafbaar?",  # aangifte
])
def test_no_ninth_round_answer_for_a_story_or_another_question(text):
    assert direct_answer(text) not in (followups.HOORT_BIJ_WERK, followups.LEGAAL, followups.VP_NIET_ZONDER_JOU,
                                       followups.DREIGEN_NA_VP, followups.ALLEBEI_BESPREKEN)


def test_the_counsellor_confronting_him_stays_the_punishing_answer():
    assert direct_answer("gaat de vertrouwenspersoon hem aanspreken?") == followups.VP_STRAFT_NIET


@pytest.mark.parametrize("text", [
    "stel ik me niet aan?", "ben ik te gevoelig?", "moet ik dat zeker weten voor ik iets zeg?",
    "overdrijf ik?", "stel ik me nou aan?", "ben ik gewoon overgevoelig", "is het wel erg genoeg?",
    "moet ik het eerst 100% zeker weten?",
])
def test_a_doubt_whether_it_is_worth_telling_is_recognised(text):
    assert doubts_telling(text)


@pytest.mark.parametrize("text", [
    "ik ben gevoelig voor kou", "mijn collega stelt zich aan",
    "hij zegt dat ik me aanstel en lacht me uit waar iedereen bij is, elke dag weer in het overleg, al maanden",
    "/twijfel_vertellen",
    "moet ik eerst bewijs hebben?",  # the FAQ answer about keeping evidence (eighteenth stranger test c02)
])
def test_no_doubt_in_a_story_or_about_another(text):
    assert not doubts_telling(text)


def _message(text, intent):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.5})
    message.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/vertrouwelijkheid",
                                                           "utter_action": "utter_faq/vertrouwelijkheid"},
                                               "ranking": []}})
    return message


@pytest.mark.parametrize(("text", "intent"), [
    ("hoort agressie gewoon bij het vak?", "faq"),  # the privacy text was chosen
    ("is dat legaal?", "rol_vraag"),
    ("gaat de vertrouwenspersoon met mijn team praten?", "faq"),
    ("kan ik allebei bespreken?", "afspraak_maken"),  # read as a request to book
])
def test_the_component_gives_the_ninth_round_answer(text, intent):
    message = DirectAnswer().process([_message(text, intent)])[0]
    assert message.get("intent")["name"] == "faq"
    assert message.get("response_selector")["faq"]["response"]["utter_action"] == f"utter_faq/{direct_answer(text)}"


def test_a_booking_answer_is_still_left_alone():
    message = DirectAnswer().process([_message("mag ik hem blokkeren?", "afspraak_maken")])[0]
    assert message.get("intent")["name"] == "afspraak_maken"


@pytest.mark.parametrize("intent", ["nlu_fallback", "faq", "vraag_opties"])
def test_a_doubt_gets_the_doubt_intent(intent):
    message = DirectAnswer().process([_message("moet ik dat zeker weten voor ik iets zeg?", intent)])[0]
    assert message.get("intent")["name"] == "twijfel_vertellen"


@pytest.mark.parametrize("intent", ["discriminatie", "crisis", "kies_tijd", "bevestigen"])
def test_a_story_a_crisis_and_the_booking_keep_their_intent_with_a_doubt_in_it(intent):
    message = DirectAnswer().process([_message("ben ik te gevoelig?", intent)])[0]
    assert message.get("intent")["name"] == intent


def test_the_answers_say_what_a_counsellor_would():
    job = texts.text("utter_faq/hoort_bij_werk")
    # no bare "Nee." first: it also answers "moet mijn werkgever mij beschermen?" (round 28 C c09)
    assert job.startswith("Nee, agressie en bedreiging horen niet bij je werk") and "Arbowet" in job
    assert "{arbeidsinspectie_nummer}" in job
    legal = texts.text("utter_faq/legaal")
    assert "kan ik niet beoordelen" in legal and "{mensenrechten_nummer}" in legal
    assert "{juridisch_loket_nummer}" in legal and "gratis" in legal
    team = texts.text("utter_faq/vp_niet_zonder_jou")
    assert team.startswith("Nee, niet zonder jouw toestemming") and "tegen je wil" in team
    threat = texts.text("utter_faq/dreigen_na_vp")
    assert "intimidatie" in threat and "vertrouwelijk" in threat and "misstand" in threat
    assert texts.text("utter_faq/allebei_bespreken").startswith("Ja")


def test_no_answer_promises_or_judges_the_law():
    for key in (followups.HOORT_BIJ_WERK, followups.LEGAAL, followups.VP_NIET_ZONDER_JOU, followups.DREIGEN_NA_VP,
                followups.ALLEBEI_BESPREKEN):
        said = texts.text(f"utter_faq/{key}").lower()
        assert "beloof" not in said and "zeker weten" not in said
    assert "is illegaal" not in texts.text("utter_faq/legaal").lower()


@pytest.mark.parametrize("text", ["will he investigate my manager?", "is the counsellor going to look into it?",
                                  "will she punish him?", "do they decide who is right?"])
def test_an_english_question_whether_the_counsellor_investigates(text):
    assert language.ONDERZOEK in language.english_topics(text)


def test_the_english_answer_says_there_is_no_investigation():
    said = content.engels()["antwoorden"]["onderzoek"]
    assert said.startswith("No.") and "does not investigate" in said and "consent" in said
