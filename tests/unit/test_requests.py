"""Asking the bot to pass something on, also inside a story (issue 11: requests, not descriptions)."""

import pytest

from bot.dialogue import requests
from bot.dialogue.requests import asks_to_pass_on


@pytest.mark.parametrize("text", [
    "Zou u dit voor mij anoniem willen melden bij het bestuur? De penningmeester boekt geld weg.",
    "kan je tegen mijn leidinggevende zeggen dat ik me ziek meld omdat ik niet meer naast hem durf te staan",
    "kun jij dit aan HR doorgeven? ik durf het zelf niet",
    "kun je mijn manager laten weten dat ik gepest word",
    "wil je dit namens mij melden",
])
def test_requests_to_pass_on(text):
    assert asks_to_pass_on(text)


@pytest.mark.parametrize("text", [
    "hoe kan ik het melden bij HR?",
    "kun je me uitleggen hoe ik dit meld?",
    "mijn baas zei dat ik het moest melden",
    "kan je me helpen?",
    "wil je het aan niemand vertellen?",
    "kun jij " + "heel " * 1000 + "doorgeven",  # capped: no work beyond the first 2,000 characters
])
def test_not_a_request_to_pass_on(text):
    assert not asks_to_pass_on(text)


# --- the wish to protect others is no refusal of a step (stranger test C13) -------------------------
@pytest.mark.parametrize("text", [
    "ik wil eigenlijk dat anderen het niet ook meemaken",
    "ik wil niet dat het nog iemand anders overkomt",
    "ik wil nieuwe collega's beschermen",
])
def test_wants_to_protect_others(text):
    assert requests.wants_to_protect_others(text)


@pytest.mark.parametrize("text", [
    "ik wil geen klacht indienen",
    "ik wil geen aangifte doen denk ik",
    "collega's hoeven het niet te weten",
    "ik wil niet dat mijn collega's het te weten komen",
])
def test_declining_a_step_is_no_wish_to_protect_others(text):
    assert not requests.wants_to_protect_others(text)


@pytest.mark.parametrize("text, asks", [
    ("mag ze dat eigenlijk, zeggen dat klanten het niet prettig vinden?", True),
    # sixth stranger test c08: answered with the acknowledgement and the options only
    ("en mijn contract? kunnen ze me gewoon niet verlengen omdat ik zwanger ben?", True),
    ("kan hij dat zomaar doen?", True),
    ("ze lachen me uit", False),
    ("kunnen we een afspraak maken", False),
])
def test_whether_it_is_allowed(text, asks):
    from bot.dialogue.requests import asks_if_allowed
    assert asks_if_allowed(text) is asks
