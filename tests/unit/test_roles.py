"""Who is asking, and the question only their role answers (bot/dialogue/roles.py; sixth stranger
test c07, c09, c17, c25, c28, c30)."""

import pytest

from bot.dialogue import roles


@pytest.mark.parametrize("text, role", [
    ("ik ben zelf geen getuige, ik ben haar leidinggevende. mijn vraag is of ik mag ingrijpen", roles.LEIDINGGEVENDE),
    ("ik ben teamleider en iemand uit mijn team klaagt over een collega", roles.LEIDINGGEVENDE),
    ("als leidinggevende wil ik weten wat ik mag doen", roles.LEIDINGGEVENDE),
    ("Hoi. Ik ben HR-adviseur, niet de vertrouwenspersoon.", roles.HR),
    ("ik werk bij personeelszaken en wil cijfers", roles.HR),
    ("ik vraag of ik als HR de namen kan inzien", roles.HR),
    ("ik word ervan beschuldigd dat ik een collega pest", roles.BESCHULDIGD),
    ("er is een klacht ingediend tegen mij", roles.BESCHULDIGD),
    ("ik was getuige van een ruzie", roles.GETUIGE),
])
def test_the_role_people_give_themselves(text, role):
    assert roles.said_role(text) == role


@pytest.mark.parametrize("text", [
    "ik ben geen leidinggevende",
    "mijn leidinggevende doet raar",
    "ik ben zelf geen getuige",
    "ik hoorde het van hr",
    "/leidinggevende_klacht",
    "",
])
def test_no_role_said(text):
    assert roles.said_role(text) is None


@pytest.mark.parametrize("text", [
    # c17, c07, c28 and variants in other words
    "moet ik het melden? hij is wel een vriend van me",
    "nee ik bedoel: moet ik hem aangeven of niet?",
    "mag ik dan wel ingrijpen zonder haar toestemming?",
    "moet ik het niet gewoon met die collega bespreken?",
    "mijn vraag is of ik mag ingrijpen als het erger wordt",
    "en dat met die stagiaire, moet ik daar ook iets mee?",
    "ik zag dat hij haar sloeg. wat moet ik daarmee?",
    "moet ik met hem praten?",
    "hoor ik dat aan mijn manager te vertellen?",
    "moet ik haar wens respecteren?",
])
def test_dilemma_questions(text):
    assert roles.question(text) == roles.DILEMMA


@pytest.mark.parametrize("text", [
    "mag ik het anoniem melden?",
    "moet ik iets betalen?",
    "mag ik iemand meenemen naar het gesprek?",
    "moet ik het eerst met de vertrouwenspersoon bespreken?",
    "kan ik hier een afspraak maken?",
    "mijn collega pest me al maanden",
    "wat kan ik doen?",
    "is een vertrouwenspersoon een advocaat",
    "kan de vp mij juridisch bijstaan",
    "/bevestigen",
    # reporting outside, the police: their own FAQ answers
    "mag ik dit meteen extern melden zonder eerst intern? en word ik dan beschermd?",
    "moet ik aangifte doen bij de politie?",
    # a whole story with a question at the end is a story: the situation is recognised first
    "Goedenavond. Ik ben teamleider bij een gemeente. Een medewerker kwam vanmiddag bij me en vertelde dat een "
    "collega van een ander team haar steeds appjes stuurt die ze niet wil, ook 's avonds laat, en dat ze er "
    "slecht van slaapt en zich niet meer veilig voelt op de gang. Ze vroeg me om het niet verder te vertellen. "
    "Mag ik het wel aan HR melden?",
])
def test_questions_with_their_own_answer_or_no_question(text):
    assert roles.question(text) is None


@pytest.mark.parametrize("text", [
    "Kan ik via jou zien wie er afspraken heeft gemaakt? Dan kan ik de jaarcijfers maken",
    "nee, ik vraag of ik als HR de namen of afspraken kan inzien",
    "dus HR krijgt geen overzicht?",
    "krijgt HR een overzicht van de afspraken, ja of nee",
    "kan de directie opvragen wie er een afspraak had?",
])
def test_seeing_who_made_appointments(text):
    assert roles.question(text) == roles.INZAGE


@pytest.mark.parametrize("text", [
    "kan de vertrouwenspersoon dat voor mij uitzoeken? ik wil weten wie het gezegd heeft",
    "kan de vp achterhalen wie mij heeft aangegeven?",
])
def test_finding_out_who_said_it(text):
    assert roles.question(text) == roles.UITZOEKEN


@pytest.mark.parametrize("text", [
    "ja maar mijn vraag was of ik een advocaat nodig heb",
    "advocaat ja of nee? juridisch advies?",
    "ik wil weten waar ik juridisch advies kan krijgen",
    "heb ik rechtsbijstand nodig?",
])
def test_legal_advice(text):
    assert roles.question(text) == roles.JURIDISCH


@pytest.mark.parametrize("kind, rol, soort, response", [
    (roles.DILEMMA, roles.LEIDINGGEVENDE, "omgangsvormen", "utter_rolvraag_leidinggevende"),
    (roles.DILEMMA, roles.LEIDINGGEVENDE, None, "utter_rolvraag_leidinggevende"),
    (roles.DILEMMA, roles.HR, None, "utter_rolvraag_leidinggevende"),
    (roles.DILEMMA, roles.GETUIGE, "omgangsvormen", "utter_rolvraag_getuige"),
    (roles.DILEMMA, roles.GETUIGE, "integriteit", "utter_rolvraag_integriteit"),
    (roles.DILEMMA, None, "integriteit", "utter_rolvraag_integriteit"),
    (roles.DILEMMA, roles.ZELF, "omgangsvormen", "utter_rolvraag_zelf"),
    (roles.DILEMMA, None, None, "utter_rolvraag_zelf"),
    (roles.DILEMMA, roles.BESCHULDIGD, None, "utter_rolvraag_beschuldigd"),
    (roles.INZAGE, roles.HR, None, "utter_rolvraag_inzage"),
    (roles.INZAGE, roles.ZELF, "pesten", "utter_rolvraag_inzage"),
    (roles.UITZOEKEN, roles.BESCHULDIGD, None, "utter_rolvraag_uitzoeken"),
    (roles.UITZOEKEN, None, None, "utter_faq/wat_doet_vp_niet"),
    (roles.JURIDISCH, roles.BESCHULDIGD, None, "utter_rolvraag_juridisch_beschuldigd"),
    (roles.JURIDISCH, roles.ZELF, None, "utter_rolvraag_juridisch"),
])
def test_the_answer_follows_the_role(kind, rol, soort, response):
    assert roles.answer(kind, rol, soort) == response


def test_a_role_said_for_the_first_time_gets_its_own_answer_first():
    assert roles.intro(roles.BESCHULDIGD, None) == "utter_beschuldigd"
    assert roles.intro(roles.BESCHULDIGD, roles.BESCHULDIGD) is None
    assert roles.intro(roles.LEIDINGGEVENDE, None) is None


@pytest.mark.parametrize("text", [
    # c27 and variants
    "wrm reageren jullie nooit op mn mail, ik heb al 3x gemaild naar de vp",
    "nee, ik heb de vp gemaild en krijg geen antwoord. wat moet ik doen?",
    "ik heb de vertrouwenspersoon twee keer gebeld maar nooit iets terug gehoord",
])
def test_no_answer_from_the_counsellor(text):
    assert roles.question(text) == roles.GEEN_REACTIE
    assert roles.answer(roles.GEEN_REACTIE, None, None) == "utter_vp_geen_reactie"


def test_an_answer_from_the_counsellor_is_no_complaint_about_none():
    assert roles.question("de vertrouwenspersoon heeft mijn mail beantwoord, wat nu") is None


@pytest.mark.parametrize("kind, rol, key, kept", [
    # answers written for that dilemma stay, for the roles they are written for
    (roles.DILEMMA, None, "melden_bij_manager", True),
    (roles.DILEMMA, roles.GETUIGE, "melden_bij_manager", True),
    (roles.DILEMMA, roles.ZELF, "eerst_intern", True),
    (roles.DILEMMA, roles.LEIDINGGEVENDE, "leidinggevende_hr", True),
    (roles.DILEMMA, roles.HR, "geheim_beloven", True),
    # another role's answer, or one that answers another question, does not (c07, c17)
    (roles.DILEMMA, roles.LEIDINGGEVENDE, "getuige", False),
    (roles.DILEMMA, roles.LEIDINGGEVENDE, "melden_bij_manager", False),
    (roles.DILEMMA, None, "leidinggevende_hr", False),
    (roles.DILEMMA, None, "iemand_meenemen", False),
    (roles.DILEMMA, None, None, False),
    # the narrow questions always get their own answer (c25, c30)
    (roles.INZAGE, roles.HR, "leidinggevende_hr", False),
    (roles.JURIDISCH, None, "klokkenluider", False),
])
def test_the_classifiers_answer_stays_when_it_was_written_for_that_dilemma_and_role(kind, rol, key, kept):
    assert roles.keeps_answer(kind, rol, key) is kept


def test_addressing_the_other_oneself_is_answered_by_role():
    # a role question since the ninth stranger test (c11: the accused got another role's answer);
    # the person it happens to still gets the answer on addressing the other oneself
    text = "moet ik hem niet gewoon zelf aanspreken? hij is wel arts en ik ben maar verpleegkundige"
    assert roles.question(text) == roles.DILEMMA
    assert roles.answer(roles.DILEMMA, None, None, text) == "utter_faq/zelf_aanspreken"
    assert roles.answer(roles.DILEMMA, roles.ZELF, None, text) == "utter_faq/zelf_aanspreken"
    assert roles.answer(roles.DILEMMA, roles.BESCHULDIGD, None, text) == roles.ACCUSED_CONTACT
