"""Tenth stranger test, booking: a lost code is no new booking (c11), the counsellor's own phone
number (c17, c20). Pure: bot.dialogue.booking and bot.booking.counsellors."""

from __future__ import annotations

import pytest
import yaml

from bot.booking.counsellors import CounsellorFileError, load, phone_numbers
from bot.dialogue import booking as said
from bot.settings import PROJECT_ROOT


@pytest.mark.parametrize("text", [
    "kan je niet zoeken op mijn naam? Sanne Bakker, ik had telefonisch gekozen",
    "kun je mijn afspraak opzoeken met mijn telefoonnummer",
    "mijn naam is Sanne Bakker, kun je het zo vinden?",
    "kan het ook zonder code?",
    "kun je hem niet vinden via mijn e-mailadres",
    "verzetten zonder code, gaat dat?",
])
def test_finding_the_appointment_without_its_code_is_heard(text):
    assert said.asks_to_find_without_code(text)


@pytest.mark.parametrize("text", ["ABCD-EFGH-JKMN", "ik wil mijn afspraak verzetten", "donderdag om 10 uur",
                                  "wat is mijn code?", "ja"])
def test_other_messages_ask_nothing_without_a_code(text):
    assert not said.asks_to_find_without_code(text)


def test_after_a_lost_code_only_no_appointment_itself_is_no_appointment():
    assert said.no_code_at_hand("ik HEB geen code, dat zeg ik toch. wat nu")
    assert not said.has_no_appointment_after_lost_code("ik HEB geen code, dat zeg ik toch")
    assert said.has_no_appointment_after_lost_code("o wacht, ik heb nog geen afspraak")


def _file(tmp_path, number):
    data = yaml.safe_load((PROJECT_ROOT / "counsellors.example.yml").read_text(encoding="utf-8"))
    data["counsellors"][0]["phone_number"] = number
    path = tmp_path / "counsellors.yml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def test_a_counsellor_may_have_a_phone_number(tmp_path):
    path = _file(tmp_path, "020 - 123  45 67")
    assert load(path)[0].phone_number == "020 - 123 45 67"
    assert phone_numbers(path) == {"marieke-jansen": "020 - 123 45 67"}


def test_a_wrong_phone_number_is_refused(tmp_path):
    with pytest.raises(CounsellorFileError, match="phone_number"):
        load(_file(tmp_path, "bel Marieke"))


def test_the_example_has_no_numbers_and_an_unreadable_file_gives_none(tmp_path):
    assert phone_numbers(PROJECT_ROOT / "counsellors.example.yml") == {}
    assert phone_numbers(tmp_path / "missing.yml") == {}
