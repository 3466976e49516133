"""A pupil or student under 18 and a school: the legal duty to report (sixth stranger test c19)."""

import pytest

from bot.dialogue.minors import minor_at_school


@pytest.mark.parametrize("text", [
    "Ik ben docent op een mbo. Een student krijgt 's avonds berichtjes van een collega met hartjes. Zij is 17.",
    "ze is minderjarig en het is een docent",
    "een 16-jarige leerling vertelde me dat de gymleraar haar aanraakt, ik ben mentor",
    "Een leerling van vijftien zegt dat een conciërge haar appt. Ik werk op een vmbo.",
    "de stagiair in mijn klas is nog geen 18 en de leraar stuurt haar foto's",
])
def test_a_minor_at_school_is_recognised(text):
    assert minor_at_school(text)


@pytest.mark.parametrize("text", [
    # an adult student, or a minor outside school, or a school without a minor
    "Ik ben docent en een collega maakt steeds opmerkingen over mijn lichaam",
    "mijn collega van 17 op de zaterdagbaan in de supermarkt wordt gepest",
    "Een student van 23 op het hbo wordt lastiggevallen door een collega van haar stage",
    "ik werk al 17 jaar op deze school en word genegeerd",
    "",
    None,
])
def test_no_minor_at_school(text):
    assert not minor_at_school(text)

