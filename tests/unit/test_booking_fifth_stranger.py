"""Pure readers for the fifth stranger test (bot.dialogue.booking): a code with a wish to move or
cancel, the question whether a booking moves an old appointment, a goodbye formula, the question
whether a talk is an official report, a correction of the way of meeting at the contact step, and
letting go to call someone else first. Each capped: a message over the cap reads as nothing."""

from __future__ import annotations

import time

import pytest

from bot.dialogue import booking as said

CODE = "7KM5-ATG5-GW33"


@pytest.mark.parametrize(("text", "expected"), [
    (f"hoi, ik heb vorige week een afspraak gemaakt, code {CODE}. kan die naar vrijdag?", said.MOVE),
    ("code P0QY-93SM-61R4, kan die afspraak naar maandag?", said.MOVE),
    (f"{CODE} past niet meer, andere dag graag", said.MOVE),
    (f"kan ik {CODE} verschuiven?", said.MOVE),
    ("en de afspraak SGAR-S4Y9-564J die ik per ongeluk dubbel had gemaakt wil ik ook weg", said.CANCEL),
    (f"afspraak {CODE} is niet meer nodig", said.CANCEL),
    (f"{CODE} mag eruit", said.CANCEL),
    (f"ik wil {CODE} afzeggen", said.CANCEL),
    (f"en mijn oude afspraak met code {CODE}, staat die nog?", said.VIEW),  # looked up (eighteenth round)
    (CODE, None),
    ("kan die naar vrijdag?", None),  # no code: the booking form or the classifier decides
    (f"{CODE} verzetten of annuleren, ik weet het niet", None),  # both: not decided here
])
def test_code_request(text, expected):
    assert said.code_request(text) == expected


def test_asks_if_moving():
    assert said.asks_if_moving("wacht, is dit nu een verplaatsing van mijn oude afspraak? die was met Marieke")
    assert said.asks_if_moving("verzet dit mijn eerdere afspraak?")
    assert not said.asks_if_moving("donderdag 3 december om 11:15")
    assert not said.asks_if_moving(f"is dit een verplaatsing van {CODE}?")  # with the code: code_request


@pytest.mark.parametrize(("text", "expected"), [
    ("vandaag nog als het kan", False), ("morgen als het lukt", False), ("zo snel mogelijk", False),
    ("oke tot morgen", True), ("doei, tot volgende week", True), ("fijne avond nog", True)])
def test_is_farewell(text, expected):
    assert said.is_farewell(text) is expected


def test_asks_if_official_report():
    assert said.asks_if_official_report(
        "stop, ik denk er nog even over na. ik wil eerst weten of ik dan een officiële melding doe")
    assert said.asks_if_official_report("is dat dan al een klacht?")
    assert not said.asks_if_official_report("ik wil een officiële melding doen")  # a wish, no question


@pytest.mark.parametrize(("text", "current", "expected"), [
    ("nee wacht liever telefonisch, dan ziet niemand me naar die kamer gaan", "op_locatie", "telefoon"),
    ("toch liever via video", "telefoon", "video"),
    ("op locatie eigenlijk", "telefoon", "op_locatie"),
    ("telefoon", "op_locatie", None),  # the contact choice
    ("bel me maar op 0612345678", "op_locatie", None),
    ("liever telefonisch", "telefoon", None),  # already so
])
def test_way_corrected(text, current, expected):
    assert said.way_corrected(text, current) == expected


@pytest.mark.parametrize("text", ["laat maar, ik bel eerst HR", "ik praat eerst met mijn partner, laat maar"])
def test_letting_go_to_ask_someone_else_first_declines(text):
    assert said.clearly_declines(text)


def test_the_new_readers_are_capped_and_fast():
    long = ("kan die naar vrijdag " + CODE + " ") * 400
    start = time.perf_counter()
    assert said.code_request(long) is None and not said.asks_if_moving(long + "?")
    assert not said.is_farewell("tot morgen " * 400) and said.way_corrected("nee telefonisch " * 400, "video") is None
    assert time.perf_counter() - start < 0.5
