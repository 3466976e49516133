"""Ninth stranger test (roles and perspective): c11 the accused asking whether to go and talk it
out with the colleague who complained got the witness text; c10 a manager who heard a complaint
was treated as the accused; c09 a witness was told "Het gaat om jou". bot/dialogue/roles.py."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.dialogue import roles
from bot.nlu.components import DirectAnswer


@pytest.mark.parametrize("text", [
    "een collega heeft me beschuldigd van seksuele intimidatie, maar ik heb niks gedaan",
    "ze beschuldigt mij van ongewenste aanrakingen op de personeelsuitje",
    "een vrouw van de planning beweert dat ik haar heb betast",
    "mijn collega zegt dat ik haar steeds lastigval",
    "een stagiaire vertelde hr dat ik haar had aangeraakt",
    "ik ben degene over wie de klacht gaat",
    "die melding ging over mij",
    "ze hebben me bij de directie aangegeven voor intimidatie",
])
def test_the_accused_in_other_words(text):
    assert roles.said_role(text) == roles.BESCHULDIGD


@pytest.mark.parametrize("text", [
    "mijn collega zegt dat ik het moet melden",
    "mijn collega zegt dat ik gepest word",
    "een teamlid heeft bij mij gemeld dat een collega haar lastigvalt",
    "een medewerker heeft mij aangegeven dat ze door een collega wordt betast",
    "mijn medewerkster heeft me gemeld dat hij haar steeds lastigvalt",
    "een medewerker kwam bij me met een klacht over haar collega",
    "ik zag dat hij haar betastte",
])
def test_no_accused_without_an_accusation_of_the_writer(text):
    assert roles.said_role(text) != roles.BESCHULDIGD


@pytest.mark.parametrize("text", [
    "mag ik gewoon naar haar toe om het uit te praten?",
    "kan ik niet beter even met haar gaan praten",
    "zal ik haar een appje sturen dat het niet zo bedoeld was?",
    "is het slim om contact met hem op te nemen?",
    "moet ik mijn excuses aanbieden?",
    "kan ik tegen die collega zeggen dat het een misverstand is?",
    "ik wil het bijleggen met hem, mag dat?",
])
def test_going_to_the_other_person_is_asked(text):
    assert roles.approaches_other(text)
    assert roles.question(text) == roles.DILEMMA
    assert roles.answer(roles.question(text), roles.BESCHULDIGD, None, text) == roles.ACCUSED_CONTACT


@pytest.mark.parametrize("text", [
    "moet ik het melden?",
    "mag ik met de vertrouwenspersoon praten?",
    "sorry voor de typfouten, mag ik het anoniem melden?",
    "ik heb het uitgepraat met haar en het is goed nu",
])
def test_no_question_about_going_to_the_other_person(text):
    assert not roles.approaches_other(text)


def test_only_the_accused_gets_the_answer_about_going_to_the_other():
    text = "mag ik gewoon naar hem toe om het uit te praten?"
    assert roles.answer(roles.DILEMMA, roles.GETUIGE, None, text) == "utter_rolvraag_getuige"
    assert roles.answer(roles.DILEMMA, roles.LEIDINGGEVENDE, None, text) == "utter_rolvraag_leidinggevende"
    assert roles.answer(roles.DILEMMA, None, None, text) == "utter_faq/zelf_aanspreken"


def test_no_faq_answer_for_another_role_replaces_the_accused_answer():
    text = "ik wil het uitpraten met haar, kan dat?"
    assert not roles.keeps_answer(roles.DILEMMA, roles.BESCHULDIGD, "zelf_aanspreken", text)
    assert not roles.keeps_answer(roles.DILEMMA, roles.BESCHULDIGD, "formele_klacht", text)
    assert not roles.keeps_answer(roles.DILEMMA, roles.BESCHULDIGD, "getuige_vertellen", text)
    assert roles.keeps_answer(roles.DILEMMA, roles.GETUIGE, "getuige_vertellen", "moet ik die vrouwen het zeggen?")
    assert roles.keeps_answer(roles.DILEMMA, roles.ZELF, "zelf_aanspreken", text)


@pytest.mark.parametrize(("intent", "before", "text", "kept"), [
    # c10: a manager whose message reads as "a complaint about me"
    ("ben_beschuldigd", roles.LEIDINGGEVENDE, "ze heeft nu ook een klacht ingediend over die collega",
     "leidinggevende"),
    ("ben_beschuldigd", roles.HR, "de klacht is binnen, wat nu", "hr"),
    # ... unless he says so
    ("ben_beschuldigd", roles.LEIDINGGEVENDE, "en nu is er ook een klacht over mij ingediend", None),
    # c09: a witness whose message reads as "it is about me"
    ("ben_zelf_betrokken", roles.GETUIGE, "ik vind het zelf ook heel naar om te zien", "getuige"),
    ("ben_zelf_betrokken", roles.GETUIGE, "nee wacht, het gebeurt ook met mij", None),
    ("ben_zelf_betrokken", roles.BESCHULDIGD, "het gaat over mij toch", "beschuldigd"),
    # c11: the accused whose message reads as a witness account
    ("ben_getuige", roles.BESCHULDIGD, "het gaat om een collega van de planning", "beschuldigd"),
    ("ben_getuige", None, "het gaat om een collega", None),
    ("ben_zelf_betrokken", None, "het gaat om mij", None),
    ("pesten", roles.GETUIGE, "ze pesten haar", None),
])
def test_a_role_given_before_stays(intent, before, text, kept):
    assert roles.kept_role(intent, before, text) == kept


def test_a_story_read_as_about_me_keeps_the_witness_a_witness():
    assert roles.keeps_given_role(roles.GETUIGE, roles.ZELF, "hij zat weer aan haar, ik word er misselijk van")
    assert not roles.keeps_given_role(roles.GETUIGE, roles.ZELF, "en het overkomt mij ook, hij doet het bij mij")
    assert roles.keeps_given_role(roles.LEIDINGGEVENDE, roles.ZELF, "ze zei tegen me dat hij haar uitscheldt")
    assert roles.keeps_given_role(roles.BESCHULDIGD, roles.ZELF, "ze zegt dat ik haar aanraakte, dat deed ik niet")


def _message(text, intent, key):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.5})
    message.set("response_selector", {"faq": {"response": {"intent_response_key": f"faq/{key}",
                                                           "utter_action": f"utter_faq/{key}"}, "ranking": []}})
    return message


@pytest.mark.parametrize("text", [
    "moet ik die collega zelf zeggen dat het niet zo bedoeld was?",
    "moet ik die vrouwen het vertellen?",
])
def test_the_witness_answer_goes_through_the_role(text):
    # c11: "... die collega zelf zeggen ..." from the accused got faq/getuige_vertellen directly
    message = DirectAnswer().process([_message(text, "rol_vraag", "vertrouwelijkheid")])[0]
    assert message.get("intent")["name"] == "rol_vraag"
    assert message.get("rol_vraag_van") == "faq"
    assert message.get("response_selector")["faq"]["response"]["utter_action"] == "utter_faq/getuige_vertellen"
