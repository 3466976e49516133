"""The tenth stranger test (docs/stranger-tests/2026-12-02-tenth.md), c09: one message with two
matters, an integrity matter (private chores in work hours, hours written for a relative who never
comes) and unwanted behaviour (remarks about her headscarf). The pure parts: the matters read by
their words, what a conversation was about, the route for the other matter, and the booking
routed to a counsellor who covers both (else the integrity counsellor, said)."""

from __future__ import annotations

import pytest

from bot import content
from bot.booking import routing
from bot.booking.availability import CounsellorInfo
from bot.dialogue import routes, situations
from bot.dialogue.booking import integrity_matter

C09 = ("twee dingen eigenlijk. mijn manager laat me zijn verhuisdozen inpakken in werktijd en hij schrijft uren "
       "van zijn zwager die nooit komt. En daarnaast maakt hij steeds opmerkingen over mijn hoofddoek")


@pytest.mark.parametrize("text, key", [
    ("hij schrijft uren van zijn zwager die nooit komt", "fraude"),
    ("mijn teamleider boekt elke week uren voor zijn neef, maar die is hier nooit", "fraude"),
    ("en die nep-uren van zijn zwager dan?", "fraude"),
    ("er staan spookuren op de lijst van een vriend van de baas", "fraude"),
    ("mijn manager laat me zijn verhuisdozen inpakken in werktijd", "machtsmisbruik"),
    ("ik moet onder werktijd privéklusjes voor haar doen", "machtsmisbruik"),
    ("mijn chef laat ons zijn auto wassen tijdens het werk", "machtsmisbruik"),
])
def test_integrity_matters_in_their_own_words(text, key):
    assert integrity_matter(text) == key


@pytest.mark.parametrize("text", ["ik werk uren die niet betaald worden", "mijn collega komt nooit op tijd",
                                  "ik doe mijn boodschappen na werktijd"])
def test_no_integrity_matter(text):
    assert integrity_matter(text) is None


@pytest.mark.parametrize("text, key", [
    ("hij maakt steeds opmerkingen over mijn hoofddoek", "discriminatie"),
    ("ze lachen om mijn accent", "discriminatie"),
    ("hij maakt racistische grappen", "discriminatie"),
    ("ik word gepest door mijn team", "pesten"),
    ("hij sluit me buiten en doet alsof ik lucht ben", "pesten"),
    ("hij schreeuwt tegen me", "intimidatie"),
    ("hij maakt seksuele opmerkingen", "seksuele_intimidatie"),
])
def test_behaviour_matters_in_their_own_words(text, key):
    assert situations.behaviour_matter(text) == key


@pytest.mark.parametrize("text", ["opmerkingen over de kleur van mijn rapport", "mijn baas vervalst de uren",
                                  "/bevestigen"])
def test_no_behaviour_matter(text):
    assert situations.behaviour_matter(text) is None


def test_c09_the_other_kind_is_named_next_to_what_the_classifier_saw():
    assert situations.second_matter_named(C09, "machtsmisbruik") == "discriminatie"
    assert situations.second_matter_named(C09, "discriminatie") in ("fraude", "machtsmisbruik")
    assert situations.second_matter_named("hij maakt opmerkingen over mijn hoofddoek", "discriminatie") is None


def _slot(name, value):
    return {"event": "slot", "name": name, "value": value}


def test_what_the_conversation_was_about():
    events = [_slot("situatie", "machtsmisbruik"), _slot("tweede_situatie", "discriminatie"),
              _slot("tweede_situatie", None), _slot("situatie", "discriminatie")]
    told = situations.matters_told(events, "discriminatie", None)
    assert told == ["machtsmisbruik", "discriminatie"] and situations.both_kinds(told)
    assert situations.of_kind(told, "integriteit") == "machtsmisbruik"
    assert not situations.both_kinds(situations.matters_told([{"event": "restart"}], "pesten"))


VALUES = {**content.hulplijn_values(), **content.uitleg()}


def test_c09_the_formal_route_gives_the_integrity_procedure_with_its_warning():
    text = routes.for_the_other_matter("formeel", "discriminatie", ["machtsmisbruik", "discriminatie"],
                                       content.twee_zaken(), VALUES)
    assert "meldprocedure integriteit" in text and content.uitleg()["melding_gevolgen"] in text
    assert "{" not in text


def test_c09_the_external_route_gives_the_huis_voor_klokkenluiders():
    text = routes.for_the_other_matter("extern", "discriminatie", ["fraude", "discriminatie"],
                                       content.twee_zaken(), VALUES)
    assert "Huis voor Klokkenluiders" in text and content.hulplijn_values()["klokkenluiders_nummer"] in text


def test_the_other_way_round_the_complaints_committee():
    text = routes.for_the_other_matter("formeel", "fraude", ["fraude", "pesten"], content.twee_zaken(), VALUES)
    assert "klachtencommissie" in text and "het pesten" in text


def test_one_matter_or_another_route_adds_nothing():
    assert routes.for_the_other_matter("formeel", "pesten", ["pesten"], content.twee_zaken(), VALUES) is None
    assert routes.for_the_other_matter("steun", "pesten", ["pesten", "fraude"], content.twee_zaken(), VALUES) is None


def _c(key, kind, internal=True):
    return CounsellorInfo(key, kind, ("telefoon",), None, None, key, internal, True)


MARIEKE, RUUD, ANNA = _c("marieke", "VPOO"), _c("ruud", "BEIDE", False), _c("anna", "VPI")


def test_c09_both_matters_go_to_a_counsellor_who_covers_both():
    found = routing.route([MARIEKE, RUUD], soort="omgangsvormen", both=True)
    assert [c.key for c in found.counsellors] == ["ruud"] and not found.only_integrity


def test_without_one_for_both_the_integrity_counsellor_said():
    found = routing.route([MARIEKE, ANNA], soort="omgangsvormen", both=True)
    assert [c.key for c in found.counsellors] == ["anna"] and found.only_integrity


def test_an_explicit_choice_of_kind_still_wins():
    found = routing.route([MARIEKE, RUUD], chosen_kind="VPOO", soort="omgangsvormen", both=True)
    assert {c.key for c in found.counsellors} == {"marieke", "ruud"}


def test_every_matter_has_a_few_words():
    words = content.twee_zaken()["onderwerpen"]
    assert all(key in words for key, sit in content.situaties().items() if sit.soort != "buiten_vp_taak")


def test_a_boss_who_shouts_read_as_abuse_of_power_is_one_matter():
    assert situations.second_matter_named("mijn baas schreeuwt de hele dag tegen me", "machtsmisbruik") is None
    assert situations.second_matter_named("mijn baas schreeuwt tegen me en laat me privéklusjes doen onder werktijd",
                                          "machtsmisbruik") == "intimidatie"
