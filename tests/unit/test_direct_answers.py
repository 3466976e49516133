"""The answers to direct questions (stranger test 2, parts C, D and G): a yes or no first where
the question asks one, facts from content/ (never typed in), and a short form when the same
answer was just given."""

from __future__ import annotations

import pytest

from bot.dialogue import repeats
from bot.response_checks import load_responses
from bot.settings import PROJECT_ROOT
from tests import texts

RESPONSES = load_responses(PROJECT_ROOT)


def variant(name: str, **slots) -> str:
    """The text Rasa gives with these slots: a matching conditional variant first, else the default."""
    variants = RESPONSES[name]
    for v in variants:
        conditions = v.get("condition") or []
        if conditions and all(slots.get(c["name"]) == c["value"] for c in conditions):
            return texts.folded(v["text"])
    return texts.folded(next(v["text"] for v in variants if not v.get("condition")))


@pytest.mark.parametrize(("name", "start"), [
    ("utter_faq/dokter", "Ja"), ("utter_faq/gesprek_wissen", "Nee"),
    ("utter_faq/college_mensenrechten", "Ja"), ("utter_faq/geheim_beloven", "Nee"),
    ("utter_faq/melden_bij_manager", "Nee"), ("utter_faq/afspraak_geen_klacht", "Nee"),
    ("utter_faq/nummer_zien", "Ja"),
])
def test_a_yes_or_no_question_is_answered_with_yes_or_no_first(name, start):
    for v in RESPONSES[name]:
        own_interest = {"name": "situatie", "value": "nevenwerkzaamheden", "type": "slot"} in (v.get("condition") or [])
        # reporting one's own interest (a side job, a gift) oneself is usually the rule (twenty-seventh stranger
        # test A c02), said as such: asked "dus ik hoef niks te zeggen?" too, a bare "Ja" would be ambiguous
        expected = "Meestal" if own_interest and name == "utter_faq/melden_bij_manager" else start
        assert texts.folded(v["text"]).split(" ", 1)[0].rstrip(",.") == expected, v["text"]


def test_first_internal_or_straight_outside_is_answered_with_the_fact_first():
    # asked both as "moet ik eerst intern melden?" (no) and "mag ik meteen extern melden?" (yes): a
    # bare "Nee, dat hoeft niet." read as a no to the second (fifth stranger test c13)
    for v in RESPONSES["utter_faq/eerst_intern"]:
        assert texts.folded(v["text"]).startswith("Je hoeft niet eerst intern te melden."), v["text"]


def test_the_doctor_answer_names_the_centre_and_the_gp_from_content():
    text = variant("utter_faq/dokter")
    assert "{seksueel_geweld_nummer}" in text and "huisarts" in text and "bedrijfsarts" in text
    assert "Centrum Seksueel Geweld" in variant("utter_faq/dokter", crisis_soort="seksueel_geweld")


def test_a_witness_is_told_the_colleague_decides():
    witness = variant("utter_faq/melden_bij_manager", rol="getuige")
    assert witness.startswith("Nee, niet zonder je collega") and "vertrouwenspersoon" in witness
    assert variant("utter_faq/melden_bij_manager", rol="zelf").startswith("Nee, dat hoeft niet. Jij beslist")


def test_the_calendar_answer_names_the_title_the_calendar_file_gets():
    assert '"{agenda_titel}"' in variant("utter_faq/agenda")


def test_the_anonymous_call_is_explained_as_the_booking_says_it():
    """The anonymous phone booking says: call at the time yourself and give your code."""
    booked = texts.text("utter_afspraak_geboekt", bereikbaar="anoniem", ontmoetingsvorm="telefoon")
    assert "bel op het afgesproken moment zelf en noem je code" in booked
    answer = variant("utter_faq/anoniem_bellen")
    assert "Jij belt zelf op het afgesproken moment en noemt je code" in answer


@pytest.mark.parametrize("open_vraag", ["check_situatie", "kies_situatie", "opties", "buiten_ook_gedrag",
                                        "twee_situaties", "luisteren"])
def test_a_doubt_with_a_question_open_is_answered_without_asking_for_the_story_again(open_vraag):
    text = variant("utter_twijfel_vertellen", open_vraag=open_vraag)
    assert text.startswith("Je stelt je niet aan.") and "zeker te weten" in text
    assert "Wat is er gebeurd?" not in text


def test_a_doubt_before_any_story_is_answered_and_asks_what_happened():
    text = variant("utter_twijfel_vertellen")
    assert text.startswith("Je stelt je niet aan.") and text.endswith("Wat is er gebeurd?")


def test_the_storage_answer_asked_again_is_short_and_teams_comes_first_when_named():
    full = variant("utter_faq/wat_bewaart_bot", opslag_net_gezegd=False)
    short = variant("utter_faq/wat_bewaart_bot", opslag_net_gezegd=True)
    assert short.startswith("Kort gezegd:") and len(short) < len(full) / 2
    assert variant("utter_faq/wat_bewaart_bot", opslag_net_gezegd=False, chatapp="teams").startswith(
        "Praat je met me in Teams?")
    assert variant("utter_faq/wat_bewaart_bot", opslag_net_gezegd=False, chatapp="slack").startswith(
        "Praat je met me in Slack?")
    assert "Teams" in variant("utter_faq/wat_bewaart_bot", opslag_net_gezegd=True, chatapp="teams").split(".")[0]


@pytest.mark.parametrize("name", ["utter_faq/leidinggevende_krijgt_melding", "utter_leidinggevende_klacht"])
def test_the_manager_block_right_after_itself_is_short(name):
    assert variant(name, vorig_antwoord="leidinggevende").startswith("Kort gezegd:")
    assert not variant(name).startswith("Kort gezegd:")


def test_the_answer_key_comes_from_the_response_selector():
    latest = {"intent": {"name": "faq"},
              "response_selector": {"default": {"response": {"intent_response_key": "faq/agenda"}}}}
    assert repeats.side_answer(latest) == "agenda"
    assert repeats.side_answer({"intent": {"name": "leidinggevende_klacht"}}) == "leidinggevende_klacht"
    assert repeats.side_answer({}) is None


# Fifth stranger test, c23: a question whether what happened is allowed.
@pytest.mark.parametrize(("text", "asks"), [
    ("mag ze dat eigenlijk, zeggen dat klanten het niet prettig vinden?", True),
    ("maar kan dat zomaar dan? mag hij dat vragen?", True),
    ("is dat wel normaal?", True),
    ("sinds ik hoofddoek draag krijg ik geen klantcontact meer van mijn teamleider", False),
    ("mag ik iemand meenemen naar het gesprek?", False),
])
def test_asks_if_allowed(text, asks):
    from bot.dialogue.requests import asks_if_allowed

    assert asks_if_allowed(text) is asks
