"""Tenth stranger test (2026-12-02): a direct question or remark got a text written for another
one: "waarom moet ik hier zijn?" got "Nee. Ik geef niets door" (c19), anger about the boss got the
privacy text and "he must be fired" a text on sleeping badly (c03), guilt after cancelling got the
confidentiality text and a restart (c13), a manager asking whether doing nothing is allowed got the
discrimination text and "zelf aanspreken" (c07), a victim afraid the team finds out got the witness
text (c02), and an unfair appraisal got no referral (c15). The phrasings here are our own, by
meaning; the answers are read from domain/."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.dialogue import followups, roles
from bot.dialogue.followups import direct_answer
from bot.nlu.components import DirectAnswer
from tests import texts


@pytest.mark.parametrize(("text", "key"), [
    # why must I be here / who sent me
    ("waarom moet ik hier eigenlijk zijn", followups.WAAROM_HIER),
    ("wrm moet k hier zijn??", followups.WAAROM_HIER),
    ("hoezo ben ik hierheen gestuurd", followups.WAAROM_HIER),
    ("mijn leidinggevende zei dat ik naar deze chat moest, waarom?", followups.WAAROM_HIER),
    ("wat moet ik hier nou", followups.WAAROM_HIER),
    # anger about a person, no story yet
    ("mijn chef is echt een hufter", followups.BOOS_OP_IEMAND),
    ("wat een eikel is die manager", followups.BOOS_OP_IEMAND),
    ("ik haat mijn teamleider", followups.BOOS_OP_IEMAND),
    ("ik ben zo kwaad op die collega", followups.BOOS_OP_IEMAND),
    # wanting the other fired or punished
    ("die man moet gewoon ontslagen worden", followups.ANDER_ONTSLAGEN),
    ("ik wil dat ze hem eruit gooien", followups.ANDER_ONTSLAGEN),
    ("zij verdient gewoon straf", followups.ANDER_ONTSLAGEN),
    ("kunnen ze die vent niet gewoon ontslaan?", followups.ANDER_ONTSLAGEN),
    # after cancelling
    ("is de vertrouwenspersoon nu boos op me?", followups.AFZEGGEN_MAG),
    ("vindt de vp het erg dat ik niet kwam", followups.AFZEGGEN_MAG),
    ("was het slecht dat ik heb afgezegd?", followups.AFZEGGEN_MAG),
    ("mag ik later nog terugkomen?", followups.AFZEGGEN_MAG),
    ("kan ik een andere keer opnieuw een afspraak maken?", followups.AFZEGGEN_MAG),
    # the person it happens to, afraid the team finds out
    ("ik wil echt niet dat mijn collega's weten dat ik hierover heb gepraat, wat nu?", followups.TEAM_HOORT_NIETS),
    ("ze mogen niet te weten komen dat ik hier was", followups.TEAM_HOORT_NIETS),
    ("als ik naar de vp ga, horen mijn collega's dat dan?", followups.TEAM_HOORT_NIETS),
    ("krijgt mijn afdeling te horen dat ik bij de vertrouwenspersoon was?", followups.TEAM_HOORT_NIETS),
    ("bang dat het team erachter komt dat ik iets gemeld heb", followups.TEAM_HOORT_NIETS),
])
def test_a_tenth_round_remark_gets_its_own_answer(text, key):
    assert direct_answer(text) == key


@pytest.mark.parametrize("text", [
    # stories and one's own job
    "hr zei dat ik hier moest kijken. een collega verstopt steeds mijn spullen en iedereen lacht erom",
    "ik ben bang dat ik ontslagen word als ik dit meld",
    "mijn chef zegt dat ik eruit lig als ik klaag",
    "de nieuwe roosters zijn een ramp",
    "ik wil een afspraak annuleren",
    # other questions keep their own answer
    "gaat de vertrouwenspersoon hem aanspreken?",
    "moet ik die vrouwen vertellen wat ik zag?",
])
def test_no_tenth_round_answer_for_a_story_or_another_question(text):
    assert direct_answer(text) not in (followups.WAAROM_HIER, followups.BOOS_OP_IEMAND, followups.ANDER_ONTSLAGEN,
                                       followups.AFZEGGEN_MAG, followups.TEAM_HOORT_NIETS)


def test_the_counsellor_making_him_leave_is_the_punishing_answer():
    assert direct_answer("kan de vertrouwenspersoon regelen dat hij eruit vliegt?") == followups.VP_STRAFT_NIET


@pytest.mark.parametrize("text", [
    "ik ben toch verantwoordelijk voor mijn mensen? mag dat wel volgens de wet als ik er niks mee doe?",
    "mag ik het geheimhouden voor de directie? en kan ik zelf advies vragen bij de vertrouwenspersoon?",
    "is het erg als ik er niets mee doe?",
    "mag ik het gewoon stilhouden?",
    "dus ik mag het voor de directie geheimhouden? en mag ik zelf met de vp overleggen?",
])
def test_keeping_it_quiet_is_a_role_question(text):
    assert roles.question(text) == roles.STILHOUDEN


def test_keeping_it_quiet_is_answered_by_role():
    for rol in (roles.LEIDINGGEVENDE, roles.HR):
        assert roles.answer(roles.STILHOUDEN, rol, None) == "utter_rolvraag_leidinggevende_stilhouden"
    assert roles.answer(roles.STILHOUDEN, None, None) == "utter_rolvraag_zelf"
    assert roles.answer(roles.STILHOUDEN, roles.GETUIGE, None) == "utter_rolvraag_getuige"


def _message(text, intent):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.5})
    message.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/vertrouwelijkheid",
                                                           "utter_action": "utter_faq/vertrouwelijkheid"},
                                               "ranking": []}})
    return message


@pytest.mark.parametrize(("text", "intent"), [
    ("waarom moet ik hier eigenlijk zijn", "faq"),
    ("mijn chef is echt een hufter", "faq"),
    ("die man moet gewoon ontslagen worden", "gevoelens"),
    ("is de vertrouwenspersoon nu boos op me?", "faq"),
    ("mag ik later nog terugkomen?", "begroeting"),
    ("ik wil echt niet dat mijn collega's weten dat ik hierover heb gepraat, wat nu?", "faq"),
])
def test_the_component_gives_the_tenth_round_answer(text, intent):
    message = DirectAnswer().process([_message(text, intent)])[0]
    assert message.get("intent")["name"] == "faq"
    assert message.get("response_selector")["faq"]["response"]["utter_action"] == f"utter_faq/{direct_answer(text)}"


@pytest.mark.parametrize("text", ["waarom moet ik hier eigenlijk zijn", "mijn chef is echt een hufter"])
def test_a_story_keeps_its_intent_before_the_why_here_and_anger_answers(text):
    message = DirectAnswer().process([_message(text, "intimidatie")])[0]
    assert message.get("intent")["name"] == "intimidatie"


def test_a_manager_doing_nothing_keeps_the_role_question_not_the_legal_text():
    text = "mag dat wel volgens de wet als ik er niks mee doe?"
    message = DirectAnswer().process([_message(text, "rol_vraag")])[0]
    assert message.get("intent")["name"] == "rol_vraag"


def test_the_answers_say_what_a_counsellor_would():
    here = texts.text("utter_faq/waarom_hier")
    assert "hoeft hier niet" in here and here.rstrip().endswith("gebeurd?")
    angry = texts.text("utter_faq/boos_op_iemand")
    assert "boos" in angry and "precies?" in angry
    fired = texts.text("utter_faq/ander_ontslagen")
    assert "werkgever" in fired and "klacht" in fired and "aangifte" in fired
    cancel = texts.text("utter_faq/afzeggen_mag")
    assert "niet erg" in cancel and "niet boos" in cancel and "welkom" in cancel
    team = texts.text("utter_faq/team_hoort_niets")
    assert team.startswith("Nee") and "team" in team and "tenzij jij dat wilt" in team
    manager = texts.text("utter_rolvraag_leidinggevende_stilhouden")
    assert "zorgplicht" in manager and "toestemming" in manager and "zelf om advies" in manager
    assert "geheim" in manager


def test_an_appraisal_outside_the_task_gets_a_referral_before_the_question():
    first = texts.text("utter_buiten_eerst_luisteren")
    assert "bezwaar" in first and "vakbond" in first and "ondernemingsraad" in first and "HR" in first
    assert "ondernemingsraad" in texts.text("utter_buiten_vp_taak")


def test_guilt_about_a_cancellation_already_made_is_answered_not_a_new_cancellation():
    text = "ik heb de afspraak afgezegd. is de vertrouwenspersoon nu boos op me?"
    message = DirectAnswer().process([_message(text, "afspraak_annuleren")])[0]
    assert message.get("intent")["name"] == "faq"
    wish = DirectAnswer().process([_message("ik wil mijn afspraak annuleren", "afspraak_annuleren")])[0]
    assert wish.get("intent")["name"] == "afspraak_annuleren"


def test_being_asked_for_secrecy_is_not_asking_to_keep_it_quiet():
    text = "Ik ben leidinggevende. Een medewerker vroeg me het geheim te houden. Wat moet ik nu doen?"
    assert roles.question(text) != roles.STILHOUDEN


# --- twelfth stranger test c08: a manager asks to pass the employee's name to the counsellor --------

@pytest.mark.parametrize("text", [
    "Mag ik haar naam aan de vertrouwenspersoon doorgeven zodat die contact met haar opneemt?",
    "kan de vertrouwenspersoon haar bellen?",
])
def test_passing_someone_elses_name_is_answered_by_the_role(text):
    assert roles.question(text) == roles.DOORGEVEN
    for rol in (roles.LEIDINGGEVENDE, roles.HR, roles.GETUIGE):
        assert roles.answer(roles.DOORGEVEN, rol, None) == "utter_rolvraag_naam_doorgeven"
    assert roles.answer(roles.DOORGEVEN, None, None) == "utter_faq/wat_doet_vp_niet"


@pytest.mark.parametrize("text", [
    "kan ik mijn nummer doorgeven zodat de vp mij belt?", "mag ik zijn naam noemen bij de vp?",
    "ik geef mijn nummer wel",
])
def test_ones_own_details_or_naming_the_other_is_no_passing_on(text):
    assert roles.question(text) != roles.DOORGEVEN


def test_c10_the_accused_asking_the_counsellor_to_tell_who_complained_gets_the_no():
    text = "Kan de vertrouwenspersoon me vertellen wie de klacht heeft ingediend?"
    assert roles.question(text) == roles.UITZOEKEN
    assert roles.answer(roles.UITZOEKEN, roles.BESCHULDIGD, None) == "utter_rolvraag_uitzoeken"
    assert roles.question("moet ik vertellen wie het gedaan heeft?") != roles.UITZOEKEN


@pytest.mark.parametrize("text, asked", [
    ("ja. maar mag dat dan, ik werk hier niet echt", []),  # twelfth stranger test c15: may one come at all
    ("ik ben ingehuurd, mag ik dan ook?", []),
    ("ik werk via een uitzendbureau, mag mijn chef dat?", [roles.TOEGESTAAN]),
])
def test_whether_one_may_come_when_not_employed_is_no_role_question(text, asked):
    assert roles.questions(text) == asked
