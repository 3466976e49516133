"""Eighth stranger test (2026-12-01): direct follow-up questions that got a stock text on a
nearby topic, or the intake again (docs/stranger-tests/2026-12-01-eighth.md, "Wince: details").
The pure cues (bot.dialogue.followups), the NLU component that gives them their FAQ answer, and
the texts those answers say (read from domain/, never copied)."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.dialogue import followups, questions, roles
from bot.dialogue.followups import direct_answer
from bot.dialogue.resume import goodbye_at_end
from bot.nlu.components import DirectAnswer
from bot.response_checks import load_responses
from bot.settings import PROJECT_ROOT
from tests import texts


@pytest.mark.parametrize(("text", "key"), [
    # c11 (unwanted photo)
    ("mag ik hem blokkeren?", followups.BLOKKEREN),
    ("kan ik hem blokkeren of is dat raar? morgen zie ik hem gewoon weer", followups.BLOKKEREN),
    ("je zegt niet of ik hem mag blokkeren", followups.BLOKKEREN),
    ("zal ik zijn nummer dan maar blokkeren", followups.BLOKKEREN),
    # c16 (a gift from the supplier)
    ("moet ik die whisky teruggeven?", followups.GESCHENK),
    ("en die whisky?", followups.GESCHENK),
    ("de fles van die leverancier. moet ik die teruggeven", followups.GESCHENK),
    ("mag ik dat kerstpakket houden?", followups.GESCHENK),
    # c15
    ("kan de vertrouwenspersoon hem op zijn plek zetten?", followups.VP_STRAFT_NIET),
    ("gaat de vertrouwenspersoon hem aanspreken of niet?", followups.VP_STRAFT_NIET),
    ("kan de vp zorgen dat hij gestraft wordt", followups.VP_STRAFT_NIET),
    # c05 (a witness)
    ("moet ik die vrouwen dat vertellen?", followups.GETUIGE_VERTELLEN),
    ("moet ik de collega's op de foto het zelf zeggen?", followups.GETUIGE_VERTELLEN),
    # c30
    ("is parttime ook discriminatie?", followups.GROND_DISCRIMINATIE),
    ("telt een tijdelijk contract ook als discriminatie?", followups.GROND_DISCRIMINATIE),
    # c17 (while booking)
    ("en teams??", followups.VIA_TEAMS),
    ("kan het ook via teams?", followups.VIA_TEAMS),
    # c09
    ("als ik het meld, wat gebeurt er dan", followups.WAT_GEBEURT_MELDING),
    ("wat gebeurt er als ik een klacht indien?", followups.WAT_GEBEURT_MELDING),
])
def test_a_direct_follow_up_question_gets_its_own_answer(text, key):
    assert direct_answer(text) == key


@pytest.mark.parametrize("text", [
    "mijn collega stuurt me steeds berichtjes met hartjes",
    "kan de vp mij helpen om hem zelf aan te spreken?",  # help for one's own step
    "moet ik het mijn leidinggevende vertellen?",  # melden_bij_manager
    "ik zit in teams",  # the storage answer (chatapp)
    "leest teams dit gesprek mee?",
    "ik heb hem al geblokkeerd",
    "ik kreeg vorige maand een fles whisky van de leverancier",  # a story, no question
    "ze discrimineren me",
    "/bevestigen",
    "kan ik hem blokkeren " + "en dan " * 40,  # long: a story, recognised first
])
def test_no_direct_answer(text):
    assert direct_answer(text) is None


def _message(text, intent, key="vertrouwelijkheid"):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.5})
    message.set("response_selector", {"faq": {"response": {"intent_response_key": f"faq/{key}",
                                                           "utter_action": f"utter_faq/{key}"}, "ranking": []}})
    return message


@pytest.mark.parametrize(("text", "intent"), [
    ("maar mag ik hem blokkeren? en moet ik die foto bewaren?", "faq"),
    ("en die whisky?", "nlu_fallback"),
    ("de whisky van zijn zwager. moet ik die teruggeven", "nevenwerkzaamheden"),
    ("moet ik die vrouwen waarschuwen?", "nlu_fallback"),
    ("en teams??", "leidinggevende_klacht"),
])
def test_the_component_chooses_that_faq_answer(text, intent):
    message = DirectAnswer().process([_message(text, intent)])[0]
    assert message.get("intent")["name"] == "faq"
    chosen = message.get("response_selector")["faq"]["response"]
    assert chosen["utter_action"] == f"utter_faq/{direct_answer(text)}"
    assert chosen["intent_response_key"] == f"faq/{direct_answer(text)}"
    assert message.get("directe_vraag_van") == intent


@pytest.mark.parametrize("intent", ["crisis", "kies_tijd", "afspraak_maken", "stoppen", "afscheid"])
def test_the_component_leaves_a_crisis_and_the_booking_alone(intent):
    message = DirectAnswer().process([_message("mag ik hem blokkeren?", intent)])[0]
    assert message.get("intent")["name"] == intent


def test_every_key_has_an_answer():
    for key in followups.KEYS:
        assert texts.response_variants(f"utter_faq/{key}")


def test_the_answers_say_what_a_counsellor_would():
    assert texts.text("utter_faq/blokkeren").startswith("Ja")
    assert texts.text("utter_faq/vp_straft_niet").startswith("Nee")
    assert texts.text("utter_faq/getuige_vertellen").startswith("Nee")
    assert texts.text("utter_faq/grond_discriminatie").startswith("Ja")
    assert "{mensenrechten_nummer}" in texts.text("utter_faq/grond_discriminatie")
    assert "gedragscode" in texts.text("utter_faq/geschenk")
    assert "Teams" in texts.text("utter_faq/via_teams")


def test_what_a_report_sets_in_motion_depends_on_the_kind_of_matter():
    integrity = texts.text("utter_faq/wat_gebeurt_melding", soort="integriteit")
    behaviour = texts.text("utter_faq/wat_gebeurt_melding", soort="omgangsvormen")
    assert "{melding_gevolgen}" in integrity and "{klacht_gevolgen}" in behaviour


# --- c28: "dus mag het of niet?" after a side job (own company as supplier) ------------------------

def test_whether_it_is_allowed_asked_bare_is_the_allowed_question():
    assert roles.questions("dus mag het of niet?") == [roles.TOEGESTAAN]
    assert roles.questions("mag het nou wel?") == [roles.TOEGESTAAN]


def test_the_side_job_answer_says_report_it_and_conflict_of_interest_not_a_flat_no():
    side_job = texts.text("utter_faq/ongelijke_behandeling_mag_niet", situatie="nevenwerkzaamheden")
    assert "melden" in side_job and "belangenverstrengeling" in side_job
    assert side_job != texts.text("utter_faq/ongelijke_behandeling_mag_niet", situatie="fraude")


# --- c16, c14: the whistleblower protection is said to apply to a misstand -------------------------

def _whistleblower_answer(situatie):
    for variant in load_responses(PROJECT_ROOT)["utter_faq/klokkenluider"]:  # in data/nlu/faq.yml
        if all(c["value"] == situatie for c in variant.get("condition") or []):
            return texts.folded(variant["text"])
    raise KeyError(situatie)


@pytest.mark.parametrize("situatie", ["nevenwerkzaamheden", "fraude", "diefstal", "machtsmisbruik"])
def test_the_whistleblower_answer_for_another_integrity_matter_says_when_it_applies(situatie):
    answer = _whistleblower_answer(situatie)
    assert "algemeen belang" in answer and "meldprocedure" in answer
    assert answer != _whistleblower_answer("maatschappelijke_misstand")


def test_the_english_confidentiality_answer_says_when_the_whistleblower_law_applies():
    from bot import content

    assert "public interest" in content.engels()["antwoorden"]["vertrouwelijk_melding"]


def test_whether_the_director_learns_who_reported_is_answered_too():
    assert "vertrouwelijkheid" in questions.other_questions(
        "moet ik dat cadeau terugbrengen? en als ik het meld, weet mijn directeur dan dat ik het was?", "geschenk")


# --- c05: "laat maar, bedankt" is a goodbye ------------------------------------------------------

@pytest.mark.parametrize("text", ["laat maar, bedankt", "laat maar. dank je wel", "ok laat maar zitten, thanks"])
def test_leaving_it_with_thanks_is_a_goodbye(text):
    assert goodbye_at_end(text) == "afscheid"


# --- c15: the out-of-scope referral when the manager is the problem --------------------------------

def test_the_out_of_scope_referral_names_a_higher_manager():
    assert "hogere leidinggevende" in texts.text("utter_buiten_vp_taak")
