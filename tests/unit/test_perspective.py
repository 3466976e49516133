import pytest

from bot.dialogue import perspective


@pytest.mark.parametrize("text", [
    "ik zag dat mijn collega steeds wordt uitgelachen",
    "een stagiaire vertelde me dat de chef aan haar zit",
    "het gaat niet om mij maar om een collega",
    "ik heb gezien dat er geld uit de kassa verdwijnt",
    "een collega vertelde me dat hij door de chef wordt uitgescholden",
    "mijn collega zei tegen mij dat de teamleider haar steeds aanraakt",
    "ik zie dat ze een nieuwe collega steeds buitensluiten",
    "het gaat niet over mij maar over een stagiair die wordt gepest",
    "ik hoorde dat de chef een stagiaire heeft lastiggevallen",
])
def test_witness(text):
    assert perspective.detect(text) == perspective.GETUIGE


@pytest.mark.parametrize("text", [
    "ik word al maanden buitengesloten",
    "mijn baas schreeuwt steeds tegen me",
    "ik werd uitgescholden door een klant",
    "mijn collega zegt dat ik te dik ben voor dit werk",
    "ik hoorde dat ze over mij roddelen in de groepsapp",
    "een collega vertelde me dat ze achter mijn rug om over mij lachen",
    "ik merk dat ze me steeds negeren",
    "ik hoorde van een collega dat de chef mij wil wegwerken",
    "mijn teamgenoot zegt dat ik niet meer mee mag naar de borrel",
])
def test_self(text):
    assert perspective.detect(text) == perspective.ZELF


def test_unclear_is_none():
    assert perspective.detect("er verdwijnt geld uit de kas") is None


@pytest.mark.parametrize("text, rol", [
    ("ik zie al weken dat de uitvoerder de stagiaire vastpakt, ik weet niet of ik me ermee moet bemoeien",
     perspective.GETUIGE),
    ("ik zag dat hij haar sloeg en ik voel me schuldig", perspective.GETUIGE),
    ("ik voel me rot want ze negeren mij", perspective.ZELF),
    ("ik word gepest en ik schaam me", perspective.ZELF),
])
def test_a_reflexive_me_is_not_the_writer_as_the_one_it_happens_to(text, rol):
    assert perspective.detect(text) == rol
