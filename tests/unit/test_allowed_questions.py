"""Seventh stranger test: "is he allowed to do that?" asked about the matter in the conversation
(bot/dialogue/roles.py, TOEGESTAAN), a legal question with it, and physical violence told
(bot/dialogue/situations.py)."""

import pytest

from bot.dialogue import roles, situations


@pytest.mark.parametrize("text", [
    # c26, c09, and other wordings
    "hij duwde me ook, mag dat? wat kan ik daarmee?",
    "dat is helemaal geen antwoord op mijn vraag. ik word gediscrimineerd om mijn geloof, mag mijn teamleider dat??",
    "Mag hij dat eigenlijk vragen? En moet ik dat doen om mijn evaluatie niet te verknoeien?",
    "Dus moet ik die klusjes blijven doen of niet?",
    "is dat toegestaan?",
    "mag mijn baas dit?",
    "is dit wel normaal?",
    "mag dat zomaar?",
    "kan hij dat zomaar doen?",
    "mogen ze mij zo behandelen?",
    "moet ik dat pikken?",
    "mag hij me zomaar duwen?",
    "is zoiets wel toegestaan op het werk?",
    "is dat eigenlijk wel toegestaan?",
])
def test_whether_it_is_allowed(text):
    assert roles.questions(text) == [roles.TOEGESTAAN]
    assert roles.question(text) == roles.TOEGESTAAN


@pytest.mark.parametrize("text", [
    "mag hij dat gewoon doen?? moet ik naar de rechter?",
    "is dat wel legaal? kan ik hem voor de rechter slepen?",
    "mag mijn chef dat eisen? heb ik een advocaat nodig?",
])
def test_allowed_and_a_legal_question_together(text):
    assert roles.questions(text) == [roles.TOEGESTAAN, roles.JURIDISCH]


@pytest.mark.parametrize("text", [
    "is het normaal dat ik zo moe ben?",
    "mag dat ook telefonisch?",
    "kan ze me bellen?",
    "kan zij mij terugbellen",
    "mag ik iemand meenemen?",
    "mag de vp dat doorvertellen?",
    "mag hij dat? kan ik aangifte doen?",  # the police: its own FAQ answer
    "mag ik haar aanspreken om het uit te praten?",
])
def test_not_asking_whether_the_other_may(text):
    assert roles.TOEGESTAAN not in roles.questions(text)


def test_going_to_court_is_a_legal_question():
    assert roles.questions("moet ik naar de rechter?") == [roles.JURIDISCH]


@pytest.mark.parametrize("violence, situatie, rol, faq_key, expected", [
    (True, "discriminatie", None, None, roles.VIOLENCE_NOT_ALLOWED),
    (False, "discriminatie", roles.ZELF, "dokter", "utter_faq/ongelijke_behandeling_mag_niet"),
    (False, "machtsmisbruik", None, None, "utter_faq/ongelijke_behandeling_mag_niet"),
    (False, None, None, "ongelijke_behandeling_mag_niet", "utter_faq/ongelijke_behandeling_mag_niet"),
    (False, None, None, None, roles.ALLOWED_UNKNOWN),
    (True, "seksuele_intimidatie", roles.BESCHULDIGD, None, None),
    (False, "pesten", roles.LEIDINGGEVENDE, None, None),
])
def test_the_answer_whether_it_is_allowed(violence, situatie, rol, faq_key, expected):
    text = "mag dat eigenlijk, mij geen vast contract geven omdat ik een kind krijg?"
    assert roles.allowed_answer(violence, situatie, rol, faq_key, text) == expected


@pytest.mark.parametrize("text", [
    "en trouwens, vanochtend zei een collega ook nog dat ik \"terug moet naar mijn eigen land\" en hij duwde me "
    "tegen de kast",
    "hij heeft me gisteren geslagen",
    "ze gaf me een duw tegen de muur",
    "hij schopte tegen mijn been",
    "een klant spuugde me in mijn gezicht",
    "hij gooide een nietmachine naar me",
    "oh en gisteren gaf die collega me ook een harde duw in de kantine",
    "ik kreeg een klap van een klant",
])
def test_physical_violence(text):
    assert situations.physical_violence(text)


@pytest.mark.parametrize("text", [
    "ze zeggen dat ik terug moet naar mijn eigen land",
    "dat slaat nergens op",
    "dat was wel een klap voor mij, die beoordeling",
    "hij duwt me steeds taken in mijn maag",
    "",
])
def test_no_physical_violence(text):
    assert not situations.physical_violence(text)
