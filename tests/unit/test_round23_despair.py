"""Twenty-third stranger test C c05: "soms denk ik, waarom zou ik er nog zijn" got only "Klopt het:
intimidatie?", and "was misschien niet helemaal een grapje... sorry dat ik zeur" after taking it back
got a pep talk and the menu. Both are indirect despair: the gentle check asks."""

import pytest

from bot.nlu import crisis_patterns as cp


@pytest.mark.parametrize("text", [
    "mijn teamleider kleineert me al maanden in elk overleg. soms denk ik, waarom zou ik er nog zijn",
    "waarom leef ik nog",
    "hm. was misschien niet helemaal een grapje... sorry dat ik zeur",
    "dat was eigenlijk geen grapje",
    "ik bedoelde het niet echt als grap",
])
def test_indirect_despair_gets_the_gentle_check(text):
    assert cp.despair(text) is not None


@pytest.mark.parametrize("text", [
    "waarom moet ik hier eigenlijk zijn dan",
    "waarom zou ik hier nog blijven werken",
    "hij zei dat het een grapje was maar het was geen grapje",
    "mijn collega noemt het een grapje, maar het is geen grapje meer",
])
def test_a_job_or_a_harassers_joke_is_no_despair(text):
    assert cp.despair(text) is None
