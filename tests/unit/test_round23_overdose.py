"""Twenty-third stranger test C c02: "6 of 8 slaappillen genomen met wijn, ik ben duizelig" got the
menu and a bullying check, never 112. Pills taken in a dangerous way are an emergency now."""

import pytest

from bot.nlu import crisis_patterns as cp

TAKEN = [
    "ik heb net 6 of 8 slaappillen genomen met wijn en ik ben nu duizelig",
    "heb een stuk of 6-8 slaappillen genomen en een fles wijn. ben nu wel duizelig",
    "ik heb er 8 genomen, van die slaappillen. en wijn. alles draait",
    "heb wat te veel pillen genomen denk ik",
    "ik heb mijn hele strip oxazepam leeggemaakt",
    "ik heb te veel ingenomen en voel me duizelig",
    "ik heb paracetamol genomen, wel 20",
    "ik heb teveel van mijn medicatie genomen en drank erbij",
    "sorry ik typ raar, heb slaappillen geslikt en word heel suf",
]

NOT_TAKEN = [
    "ik heb een paracetamol genomen tegen de hoofdpijn",
    "ik ben vergeten mijn pillen in te nemen",
    "ik heb 2 ibuprofen genomen",
    "ik heb mijn medicijnen genomen en ben naar mijn werk gegaan",
    "na het gesprek heb ik een glas wijn genomen",
    "ik heb zes weken verlof genomen",
    "ik heb drie pillen genomen zoals voorgeschreven",
    "mijn collega heeft 10 tabletten uit de kast van een patient genomen",
]


@pytest.mark.parametrize("text", TAKEN)
def test_pills_taken_in_a_dangerous_way_are_a_crisis(text):
    assert cp.overdose_taken(text)
    found = cp.match(text)
    assert found is not None and found.category == cp.ZELFMOORD


@pytest.mark.parametrize("text", NOT_TAKEN)
def test_ordinary_medicine_or_other_things_taken_are_not(text):
    assert not cp.overdose_taken(text)
    found = cp.match(text)
    assert found is None or found.rule != "overdosis_genomen"
