import pytest

from bot.dialogue import perspective


@pytest.mark.parametrize("text", [
    "ik zag dat mijn collega steeds wordt uitgelachen",
    "een stagiaire vertelde me dat de chef aan haar zit",
    "het gaat niet om mij maar om een collega",
    "ik heb gezien dat er geld uit de kassa verdwijnt",
])
def test_witness(text):
    assert perspective.detect(text) == perspective.GETUIGE


@pytest.mark.parametrize("text", [
    "ik word al maanden buitengesloten",
    "mijn baas schreeuwt steeds tegen me",
    "ik werd uitgescholden door een klant",
])
def test_self(text):
    assert perspective.detect(text) == perspective.ZELF


def test_unclear_is_none():
    assert perspective.detect("er verdwijnt geld uit de kas") is None
