"""bot.dialogue.routes: which option a person asks about when the classifier found kies_route
without a route entity (a typed button title, or the option in their own words)."""

import time

import pytest

from bot.dialogue.routes import route_from


@pytest.mark.parametrize("text, route", [
    ("Hulp van buiten", "extern"),
    ("hulp van buiten aub", "extern"),
    ("is er een instantie buiten mijn werk waar ik dit kan voorleggen?", "extern"),
    ("wat kan ik doen zonder dat het een hele zaak wordt", "informeel"),
    ("kan het zonder klacht of melding?", "informeel"),
    ("ik wil er geen officiele zaak van maken", "informeel"),
    ("Zelf iets doen (informeel)", "informeel"),
    ("Een officiële stap (formeel)", "formeel"),
    ("hoe dien ik een klacht in", "formeel"),
    ("Steun voor mezelf", "steun"),
    ("wie kan mij helpen, ik slaap slecht", "steun"),
])
def test_the_option_named_in_the_persons_words(text, route):
    assert route_from(text) == route


@pytest.mark.parametrize("text", [
    "", None, "ja", "wat zijn mijn mogelijkheden?", "wat kan ik doen",
    "informeel of formeel, wat is het verschil?", "steun van buiten",
])
def test_no_option_or_more_than_one_is_no_guess(text):
    assert route_from(text) is None


def test_hostile_text_is_read_quickly():
    text = ("zonder dat het een hele zaak " * 400) + "van buiten " * 300
    start = time.perf_counter()
    route_from(text)
    assert time.perf_counter() - start < 0.2
