"""Stranger test at night (c14): during the time step of a booking, "who can I call now?" in
several wordings was read as a time answer, and a stop with more words after it ("nee stop nou,
...") was read as one too. Pure functions of bot.dialogue.booking, without Rasa. The messages
are our own wordings of the same meanings, not the transcript's."""

from __future__ import annotations

import pytest

from bot.dialogue import booking as said

SOMEONE_NOW = [
    "wie kan ik nu bellen?",
    "wie kan ik nu bellen",
    "is er nu iemand?",
    "is er op dit moment iemand die ik kan spreken",
    "ik heb nu iemand nodig",
    "ik moet nu echt iemand spreken",
    "kan ik nu met iemand praten?",
    "is er echt niemand die ik nu kan bellen?",
    "wie kan ik vannacht nog bereiken",
    "kan ik niet nu meteen iemand bellen",
    "ik wil nu met iemand praten, niet donderdag",
    "is er vannacht iemand bereikbaar?",
]


@pytest.mark.parametrize("text", SOMEONE_NOW)
def test_asking_for_someone_now_is_that_side_question(text):
    assert said.side_question(text) == said.ANYONE_NOW


@pytest.mark.parametrize("text", [
    "donderdagmiddag", "zo snel mogelijk", "morgen om 10 uur", "de eerste", "nu even niet",
    "met wie praat ik dan?", "kost dat iets?", "mijn baas belt me nu steeds op",
])
def test_other_messages_are_no_question_for_someone_now(text):
    assert said.side_question(text) != said.ANYONE_NOW


@pytest.mark.parametrize("text", [
    "stop", "stop nou", "nee stop nou, ik wil nu iemand", "stop alsjeblieft", "stop de afspraak",
    "stop met die tijden", "ok stop hier maar mee", "nee, stop.", "ik wil stoppen", "ik wil nu stoppen hiermee",
    "ik stop ermee", "STOP NOU", "stoppen!", "hou op met die afspraak", "stop het maar",
])
def test_clear_ways_to_stop_decline_the_booking(text):
    assert said.clearly_declines(text)


@pytest.mark.parametrize("text", [
    "hij stopt zijn hand steeds in mijn zak", "donderdag na de stop van het werk", "niet op locatie",
    "geen afspraak op maandag", "stopcontact", "de bushalte is een stop verder",
])
def test_stop_inside_other_words_is_no_stop(text):
    assert not said.clearly_declines(text)
