"""Two questions in one message: the one the response selector did not answer is found
(bot/dialogue/questions.py)."""

import pytest

from bot.dialogue.questions import other_questions


@pytest.mark.parametrize("text, answered, expected", [
    # fifth stranger test, c01 and c26: the cost question asked with "wie is de VP" was dropped
    ("wie is de vertrouwenspersoon en kost het wat?", "wie_is_vp", ["kosten"]),
    ("Wie is de VP eigenlijk? En moet ik daar iets voor betalen?", "wie_is_vp", ["kosten"]),
    ("kost het iets, en wie is de vp?", "kosten", ["wie_is_vp"]),
    ("kan dat anoniem en is het gratis?", "anoniem", ["kosten"]),
    ("is het gratis? en mag ik mijn vriendin meenemen?", "kosten", ["iemand_meenemen"]),
    ("wordt dit gesprek bewaard en wie is de vertrouwenspersoon?", "wat_bewaart_bot", ["wie_is_vp"]),
    ("is this chat stored? and is it free?", "wat_bewaart_bot", ["kosten"]),
    # the selector chose another answer: both cues found, in a fixed order, at most two
    ("hoe werkt dat? kost het wat? kan het anoniem? mag mijn collega mee?", "wat_doet_vp",
     ["kosten", "anoniem"]),
    # seventh stranger test c18: "hoort mijn baas dit?" after who may come was dropped; other wordings
    ("maar ik werk niet bij hun, ik ben van het schoonmaakbedrijf. mag ik dan wel bij jullie vertrouwenspersoon? "
     "en hoort mijn baas dit?", "wie_mag_komen", ["leidinggevende_hoort_het"]),
    ("mag ik als uitzendkracht ook komen? komt het uitzendbureau dit te weten?", "wie_mag_komen",
     ["leidinggevende_hoort_het"]),
    ("kost het iets en krijgt mijn chef daar iets van te horen?", "kosten", ["leidinggevende_hoort_het"]),
    # and the other way round: who may come, asked with whether the boss hears of it
    ("maar ik werk niet bij hun, ik ben van het schoonmaakbedrijf. mag ik dan wel bij jullie vertrouwenspersoon? "
     "en hoort mijn baas dit?", "leidinggevende_hoort_het", ["wie_mag_komen"]),
    ("komt mijn werkgever dit te weten? en kan ik als uitzendkracht ook een afspraak maken?",
     "leidinggevende_hoort_het", ["wie_mag_komen"]),
])
def test_a_second_question_is_found(text, answered, expected):
    assert other_questions(text, answered) == expected


@pytest.mark.parametrize("text, answered", [
    # one question only: the answer given covers it
    ("kost het iets?", "kosten"),
    ("wie is de vertrouwenspersoon?", "wie_is_vp"),
    # answers of the same group say the same: no second privacy text after a privacy text
    ("kan het anoniem en wordt dit gesprek bewaard?", "anoniem"),
    # statements, not questions, and stories that use the cue words otherwise
    ("het kost me mijn slaap. ik weet het niet meer.", None),
    ("mijn baas haalt geld van de rekening af en doet alsof het gratis koffie is.", None),
    ("ik heb alle mails bewaard, moet ik die opsturen?", "vastleggen"),
    ("ik wil niet dat mijn collega het te weten komt", "vertrouwelijkheid"),
    # a button is no question
    ("/faq", None),
    ("", None),
])
def test_no_second_question(text, answered):
    assert other_questions(text, answered) == []


def test_hostile_length_is_capped():
    text = ("kost het wat en wie is de vp? " * 500) + "x" * 10_000
    assert other_questions(text, None) == ["wie_is_vp", "kosten"]
