"""A slur about who someone is, read as discrimination (sixth stranger test c10)."""

import pytest

from bot.dialogue.slurs import slur_about_identity


@pytest.mark.parametrize("text", [
    "ik zag gister dat mijn collega op de bouwplaats door de uitvoerder werd uitgescholden voor kankermarokkaan",
    "de souschef scheldt me elke dienst uit voor kutmarokkaan",
    "hij noemt haar waar iedereen bij is een vuile jood",
    "ze riepen 'homo' naar hem toen hij binnenkwam",
    "die klant noemde mijn collega een aap en dreigde hem te slaan",
])
def test_a_slur_about_identity(text):
    assert slur_about_identity(text)


@pytest.mark.parametrize("text", [
    "hij scheldt me uit voor alles wat mooi en lelijk is",
    "mijn collega is Marokkaans en wordt steeds buitengesloten",  # maybe discrimination, but no slur
    "een klant noemde me een trut en gooide met een stoel",
    "ik werk met een Turkse collega en we hebben ruzie over het rooster",
    "", None,
])
def test_no_slur(text):
    assert not slur_about_identity(text)
