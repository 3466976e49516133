"""Issue 10: the twenty-fifth stranger test (A c01, c02, c07, c08) asked about a counsellor as a
person: "is marieke intern?", "marieke intern?", "is marieke van ons bedrijf of niet", "is er geen
vrouw dan?", "marieke is vrouw ja?". They got the answer on reporting internally first (the Huis
voor Klokkenluiders), a conflict-of-interest check, the equal-treatment answer ("Nee. Volgens de
wet ..."), or were taken as choosing her. Pure functions, no Rasa."""

from __future__ import annotations

import pytest

from bot.dialogue import booking, followups

NAMES = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}


@pytest.mark.parametrize("text", ["is marieke intern?", "marieke intern?", "is marieke van ons bedrijf of niet",
                                  "is marieke jansen intern of extern?", "is ruud extern?",
                                  "en is die ruud van buiten?", "zijn jullie vertrouwenspersonen extern?"])
def test_whether_someone_is_internal_gets_the_answer_that_names_who_is_which(text):
    assert followups.direct_answer(text) == followups.INTERN_EXTERN


@pytest.mark.parametrize("text", ["is er geen vrouw dan?", "marieke is vrouw ja?",
                                  "is de vertrouwenspersoon een vrouw?", "is er een vrouwelijke vertrouwenspersoon?"])
def test_whether_a_counsellor_is_a_woman_gets_the_honest_answer(text):
    assert followups.direct_answer(text) == followups.VP_GESLACHT


@pytest.mark.parametrize("text", ["is het intern?", "moet ik eerst intern melden?", "is intern melden verplicht?",
                                  "is dit vertrouwelijk?", "mijn baas is een man die me steeds uitscheldt",
                                  "is het erg dat ik een vrouw ben?", "is het omdat ik een vrouw ben?",
                                  "ik word gepest, is dat erg?"])
def test_reporting_and_stories_are_no_question_about_a_counsellor(text):
    assert followups.direct_answer(text) not in (followups.INTERN_EXTERN, followups.VP_GESLACHT)


@pytest.mark.parametrize("text", ["marieke intern?", "is marieke van ons bedrijf of niet", "is marieke intern?",
                                  "marieke is vrouw ja? dan met marieke"])
def test_in_the_booking_a_question_about_her_chooses_nobody(text):
    wish = booking.counsellor_wish(text, NAMES)
    assert wish.key is None and wish.asked == "marieke-jansen" and wish.where is None


@pytest.mark.parametrize("text", ["marieke intern?", "is marieke van ons bedrijf of niet"])
def test_in_the_booking_whether_she_is_internal_is_a_question_about_who_she_is(text):
    assert booking.asks_who_counsellor(text, NAMES)


@pytest.mark.parametrize("text", ["is er geen vrouw dan?", "marieke is vrouw ja?"])
def test_in_the_booking_a_woman_asked_about_is_a_gender_question(text):
    assert booking.asks_for_gender(text) and not booking.gender_as_reason(text, NAMES)


@pytest.mark.parametrize("text", ["marieke graag", "dan toch ruud. zo snel mogelijk", "marieke is goed"])
def test_a_name_said_as_a_choice_is_still_a_choice(text):
    assert booking.counsellor_wish(text, NAMES).key is not None


def test_both_answers_exist():
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[2]
    in_data = yaml.safe_load((root / "data/nlu/faq.yml").read_text())["responses"]
    in_domain = yaml.safe_load((root / "domain/faq.yml").read_text())["responses"]
    assert in_data[f"utter_faq/{followups.INTERN_EXTERN}"] and in_domain[f"utter_faq/{followups.VP_GESLACHT}"]


@pytest.mark.parametrize("text", ["ok. afspraak dan. ik werk avond 18 tot 22 uur, overdag andere werk tot 15 uur",
                                  "afspraak graag", "een gesprek aub.", "ok afspraak dan"])
def test_a_short_sentence_asking_for_an_appointment_is_a_request_to_book(text):
    # A c08: read as a work matter outside the counsellor's task
    assert booking.asks_to_book(text)


@pytest.mark.parametrize("text", ["mijn afspraak. wanneer was die?", "afspraak gemaakt. bedankt", "geen afspraak.",
                                  "nee geen afspraak dan", "hij maakte een afspraak. ik niet"])
def test_an_appointment_named_otherwise_is_no_request(text):
    assert not booking.asks_to_book(text)


@pytest.mark.parametrize("text", ["op locatie. waar? ik ken alleen de schoonmaakkast", "gebouw A van wat?", "waar?",
                                  "waar ligt dat"])
def test_where_asked_is_a_question_about_the_place(text):
    assert booking.asks_about_place(text)


@pytest.mark.parametrize("text", ["waarom?", "waar kan ik parkeren"])
def test_other_questions_are_not_about_the_place(text):
    assert not booking.asks_about_place(text)


@pytest.mark.parametrize("text", ["ik werk buiten het werk ook nog als taxichauffeur, is dat een probleem?",
                                  "op de kerstborrel greep hij me ineens bij mijn middel",
                                  "na de borrel ben ik naar huis gegaan"])
def test_outside_work_told_without_asking_whether_it_counts_is_no_such_question(text):
    assert followups.direct_answer(text) != followups.TELT_BUITEN_WERK


@pytest.mark.parametrize("text", ["ok noted. kun je de afspraak afmaken, anoniem",
                                  "kunnen we die afspraak nog afmaken?", "verder met de afspraak"])
def test_finishing_the_booking_is_a_request_to_book(text):
    # C c10: after a crisis mid-booking, "kun je de afspraak afmaken, anoniem" got "Vertel gerust verder"
    assert booking.asks_to_book(text)


@pytest.mark.parametrize("text", ["ik wil mijn afspraak verzetten", "mijn afspraak afzeggen",
                                  "ik wil de afspraak niet afmaken"])
def test_moving_cancelling_or_not_finishing_is_no_request_to_book(text):
    assert not booking.asks_to_book(text)


@pytest.mark.parametrize("text", ["ik zei GEEN intranet. ik ben schoonmaak. welk nummer",
                                  "ik heb geen intranet. als ik te laat ben of niet vind, hoe bel ik marieke?"])
def test_no_intranet_and_a_number_asked_gets_how_to_reach_the_counsellor(text):
    # A c08: the intranet again, then the text on staying anonymous in the chat
    assert followups.direct_answer(text) == followups.ANONIEM_BELLEN


def test_every_way_of_reaching_says_what_to_do_without_the_intranet():
    from tests.texts import response_variants

    for variant in response_variants("utter_faq/anoniem_bellen"):
        if "intranet" in variant["text"]:
            assert "algemene nummer" in variant["text"], variant.get("condition")
