"""Issue 10: the twenty-seventh stranger test A (integrity matters asked as yes/no questions). A buyer
offered a skybox by a supplier asked "moet ik het nou wel of niet melden aan mijn manager?" and got "Nee,
dat hoeft niet"; "ik ga ze aannemen en niks zeggen" got "Dat is helemaal goed ... Het mag ook later, of
nooit". A temp worker at a meat factory asked whether to call the NVWA today, the meat leaving for the
shops tomorrow, and got a booking for Friday, four times. The answers for one's own interest, and the
urgent answer, are checked here on the domain and the pure functions."""

from __future__ import annotations

import pytest

from bot.dialogue import followups
from tests.texts import folded, response_variants


def _variant_for(response, slots):
    """The text Rasa 3.6 says for these slots: the conditional variant whose conditions all hold (at
    most one: tests/unit/test_responses.py), else the one without conditions."""
    matching = [v for v in response_variants(response) if v.get("condition")
                and all(slots.get(c["name"]) == c["value"] for c in v["condition"])]
    assert len(matching) <= 1
    chosen = matching[0] if matching else next(v for v in response_variants(response) if not v.get("condition"))
    return folded(chosen["text"])


@pytest.mark.parametrize("rol", [None, "zelf"])
def test_reporting_ones_own_interest_to_the_manager_is_usually_the_rule(rol):
    said = _variant_for("utter_faq/melden_bij_manager", {"situatie": "nevenwerkzaamheden", "rol": rol})
    general = _variant_for("utter_faq/melden_bij_manager", {"situatie": "pesten", "rol": rol})
    assert said != general and not said.startswith("Nee") and "belang" in said


def test_the_witness_of_a_side_job_keeps_the_witness_answer():
    said = _variant_for("utter_faq/melden_bij_manager", {"situatie": "nevenwerkzaamheden", "rol": "getuige"})
    assert said == _variant_for("utter_faq/melden_bij_manager", {"situatie": "pesten", "rol": "getuige"})


def test_not_wanting_a_step_after_ones_own_interest_does_not_say_never():
    said = _variant_for("utter_geen_stap_willen", {"situatie": "nevenwerkzaamheden", "crisis_soort": None})
    assert "nooit" not in said and "meldt" in said
    general = _variant_for("utter_geen_stap_willen", {"situatie": "pesten", "crisis_soort": None})
    assert "of nooit" in general  # the person it happened to still decides


@pytest.mark.parametrize("text", ["dit vlees gaat morgen al naar supermarkt. mag ik vandaag de nvwa bellen?",
                                  "vlees gaat morgen naar supermarkt, vandaag NVWA bellen?",
                                  "dit vlees gaat morgen al naar supermarkt. moet ik vandaag nog bellen of eerst "
                                  "afspraak?"])
def test_a_regulator_asked_about_with_a_deadline_gets_the_urgent_answer(text):
    assert followups.direct_answer(text) == followups.DRINGEND_EXTERN


def test_may_i_call_the_regulator_without_an_appointment_is_answered_over_a_booking_request():
    # A c03 replayed: "mag ik vandaag zelf de NVWA bellen, zonder afspraak?" went on with the booking
    assert followups.direct_answer("mag ik vandaag zelf de NVWA bellen, zonder afspraak?") == followups.EERST_INTERN
    assert followups.EERST_INTERN in followups.OVER_BOOKING


# A c09: "ja, maar ik wil ook geen gesprek plannen. ik wil alleen dat iemand zegt dat dit niet normaal is
# van hem" was read as a request to book (afspraak_maken 0.53): "Wanneer komt het je uit?"
def _parsed(text, intent):
    from rasa.shared.nlu.training_data.message import Message
    return Message(data={"text": text, "intent": {"name": intent, "confidence": 0.53}})


@pytest.mark.parametrize("text", ["ja, maar ik wil ook geen gesprek plannen. ik wil alleen dat iemand zegt dat dit "
                                  "niet normaal is van hem", "nee ik wil geen afspraak"])
def test_no_talk_wanted_is_not_a_request_to_book(text):
    from bot.nlu.components import TalkDeclined
    assert TalkDeclined().process([_parsed(text, "afspraak_maken")])[0].get("intent")["name"] == "geen_stap_willen"


@pytest.mark.parametrize("text", ["ik wil geen afspraak op maandag", "ik wil een afspraak, maar geen gesprek via video",
                                  "geen afspraak op maandag, liever dinsdag"])
def test_declining_one_option_stays_a_request_to_book(text):
    from bot.nlu.components import TalkDeclined
    assert TalkDeclined().process([_parsed(text, "afspraak_maken")])[0].get("intent")["name"] == "afspraak_maken"


# The recheck replayed (A c01, c03): "dus ik hoef niks te zeggen tegen mijn teamleider? fijn" got a made-up
# second matter, "dus ik hoef niks te zeggen? ik kan gewoon mijn scores inleveren morgen" the text on protection
@pytest.mark.parametrize("text", ["dus ik hoef niks te zeggen tegen mijn teamleider? fijn",
                                  "dus ik hoef niks te zeggen? ik kan gewoon mijn scores inleveren morgen"])
def test_so_i_need_not_tell_gets_the_answer_on_telling_the_manager(text):
    assert followups.direct_answer(text) == followups.MELDEN_BIJ_MANAGER


def test_so_i_need_not_do_anything_is_not_about_telling_the_manager():
    assert followups.direct_answer("dus ik hoef niks te doen?") != followups.MELDEN_BIJ_MANAGER
