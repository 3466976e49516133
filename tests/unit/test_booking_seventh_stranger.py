"""The seventh stranger test (docs/stranger-tests/2026-12-01-seventh.md), the pure parts of the
booking: an integrity matter told in the booking is heard as one (c05), a doubt about a named
counsellor is no choice of them (c05), "wie is de VPI?" asks who a counsellor is (c05), "X zei ik
toch" gives an answer again (c27), "ik ben geen leidinggevende" and "mijn baas doet X" say no
manager (c05), and a booking request that names a matter is a request to book (c05). The exact
messages, and others that mean the same."""

from __future__ import annotations

import pytest

from bot.dialogue import booking as b
from bot.dialogue import roles

NAMES = {"ruud-de-boer": "Ruud de Boer", "marieke-jansen": "Marieke Jansen"}


# --- c05: an integrity matter told in the booking -------------------------------------------------

@pytest.mark.parametrize(("text", "matter"), [
    ("het gaat eigenlijk over fraude door mijn afdelingshoofd, is Marieke daar wel de goede persoon voor?", "fraude"),
    ("nee wacht. het gaat om fraude, ik wil de vertrouwenspersoon integriteit spreken", "fraude"),
    ("ik wil alsnog een afspraak, over fraude met geld van de afdeling door mijn baas", "fraude"),
    ("nee ik ben geen leidinggevende. mijn baas knoeit met declaraties. ik wil een afspraak met iemand van integriteit",
     "fraude"),
    ("mijn afdelingshoofd declareert etentjes met zijn vrouw als zakelijke lunches", "fraude"),
    ("mijn teamleider sjoemelt met de uren", "fraude"),
    ("ze schrijft uren die ze niet gewerkt heeft, valse uren dus", "fraude"),
    ("een collega steelt spullen uit het magazijn", "diefstal"),
    ("er verdwijnt geld uit de kas, ik denk dat hij het verduistert", "diefstal"),
    ("mijn directeur geeft opdrachten aan zijn eigen bedrijf als leverancier", "nevenwerkzaamheden"),
    ("het is eigenlijk machtsmisbruik door de directie", "machtsmisbruik"),
])
def test_c05_an_integrity_matter_is_heard(text, matter):
    assert b.integrity_matter(text) == matter


@pytest.mark.parametrize("text", [
    "donderdagmiddag", "mijn leidinggevende kleineert mij al maanden", "ik wil een afspraak met de vertrouwenspersoon",
    "telefonisch graag", "/kies_tijd", "hij schreeuwt elke dag en gooide een scanner naar mijn hoofd",
])
def test_c05_no_integrity_matter_in_other_messages(text):
    assert b.integrity_matter(text) is None


@pytest.mark.parametrize("text", [
    "het gaat eigenlijk over fraude door mijn afdelingshoofd, is Marieke daar wel de goede persoon voor?",
    "is Marieke wel de juiste voor zoiets?",
    "maar is Marieke Jansen eigenlijk wel geschikt hiervoor?",
])
def test_c05_a_doubt_about_a_named_counsellor_is_no_choice(text):
    assert b.counsellor_wish(text, NAMES).key is None


@pytest.mark.parametrize("text", ["Marieke dan. morgenmiddag", "met Marieke graag", "doe maar bij Ruud",
                                  "nee, ik zei Marieke Jansen. niet Ruud."])
def test_c18_a_counsellor_chosen_in_plain_words_is_a_choice(text):
    assert b.counsellor_wish(text, NAMES).key in NAMES


@pytest.mark.parametrize("text", ["wie is de vertrouwenspersoon integriteit bij ons?", "wie is de VPI bij ons?",
                                  "wie doet hier integriteit?", "en wie is er voor integriteit", "wie is de vpi"])
def test_c05_who_is_the_integrity_counsellor_is_a_question_about_who(text):
    assert b.asks_who_counsellor(text, NAMES)
    assert b.counsellor_wish(text, NAMES).kind == b.VPI


def test_c05_who_is_a_named_counsellor_still_is_one():
    assert b.asks_who_counsellor("wie is Marieke?", NAMES)
    assert b.counsellor_wish("wie is Marieke?", NAMES).key == "marieke-jansen"


# --- c27: "video zei ik toch" ------------------------------------------------------------------

@pytest.mark.parametrize("text", ["video zei ik toch", "telefonisch zei ik al", "ik zei toch anoniem",
                                  "zoals ik al zei: via video", "op locatie had ik toch gezegd"])
def test_c27_an_answer_given_again_is_heard_as_one(text):
    assert b.restates_answer(text)


@pytest.mark.parametrize("text", ["is video ook anoniem?", "video", "wat zei je?", "/kies_optie"])
def test_c27_no_answer_given_again(text):
    assert not b.restates_answer(text)


# --- c05: "mijn baas doet X" is no manager; "ik ben geen leidinggevende" says none ---------------

@pytest.mark.parametrize("text", [
    "ik wil alsnog een afspraak, over fraude met geld van de afdeling door mijn baas",
    "mijn baas knoeit met declaraties",
    "als mijn baas dit hoort ben ik mijn baan kwijt",
    "nee ik ben geen leidinggevende. mijn baas knoeit met declaraties",
])
def test_c05_telling_about_ones_manager_is_no_manager(text):
    assert roles.said_role(text) != roles.LEIDINGGEVENDE


@pytest.mark.parametrize("text", ["nee ik ben geen leidinggevende", "ik ben zelf geen manager hoor",
                                  "ik ben niet de leidinggevende, het gaat om mijn baas",
                                  "nee, ik geef geen leiding"])
def test_c05_no_manager_said_clears_that_role(text):
    assert roles.denied_role(text) == roles.LEIDINGGEVENDE


@pytest.mark.parametrize("text", ["ik ben leidinggevende", "mijn baas knoeit", "ik ben geen slachtoffer"])
def test_c05_no_role_denied(text):
    assert roles.denied_role(text) is None


# --- c05: a request to book that names a matter ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "ik wil alsnog een afspraak, over fraude met geld van de afdeling door mijn baas",
    "nee ik ben geen leidinggevende. mijn baas knoeit met declaraties. ik wil een afspraak met iemand van integriteit",
    "Ik wil een afspraak maken met de vertrouwenspersoon.",
    "kan ik een gesprek plannen met iemand van integriteit?",
    "ik wil toch graag een afspraak",
])
def test_c05_a_request_to_book(text):
    assert b.asks_to_book(text)


@pytest.mark.parametrize("text", [
    "ik wil geen afspraak", "ik wil nog geen afspraak, eerst informatie", "ik heb een afspraak gemaakt, code ABCD",
    "mijn afspraak verzetten", "ik wil mijn afspraak annuleren", "wat gebeurt er in een afspraak?",
    "hij maakte een afspraak met mij en kwam niet",
])
def test_c05_no_request_to_book(text):
    assert not b.asks_to_book(text)


def test_c05_a_request_to_book_gets_the_booking_intent_and_keeps_the_ranking():
    """"ik wil alsnog een afspraak, over fraude ... door mijn baas" got the manager's FAQ answer; the
    denial with "ik wil een afspraak met iemand van integriteit" got "Waarmee kan ik je helpen?"."""
    from bot.nlu.components import BookingRequest
    from tests.unit.test_crisis_component import _msg

    faq, denial, crisis, stop, plain = BookingRequest().process([
        _msg("ik wil alsnog een afspraak, over fraude met geld van de afdeling door mijn baas", "faq",
             [("faq", 0.6), ("fraude", 0.3)]),
        _msg("nee ik ben geen leidinggevende. mijn baas knoeit met declaraties. ik wil een afspraak met iemand van "
             "integriteit", "ontkennen", [("ontkennen", 0.5)]),
        _msg("ik wil een afspraak want ik wil niet meer leven", "crisis", [("crisis", 0.9)]),
        _msg("stop, ik wil geen afspraak", "stoppen", [("stoppen", 0.9)]),
        _msg("mijn baas knoeit met declaraties", "fraude", [("fraude", 0.9)])])
    assert faq.get("intent")["name"] == "afspraak_maken" and faq.get("intent_ranking")[1]["name"] == "fraude"
    assert denial.get("intent")["name"] == "afspraak_maken"
    assert crisis.get("intent")["name"] == "crisis" and stop.get("intent")["name"] == "stoppen"
    assert plain.get("intent")["name"] == "fraude"
