"""The reference code lost or unknown at the code step (ninth stranger test, agenda10): where it
is and what else can be done had to be said from the first "ik heb die code niet meer", not the
fourth. Pure: bot.dialogue.booking.lost_code."""

import pytest

from bot.dialogue import booking as said


@pytest.mark.parametrize("text", [
    "ik heb die code niet meer",
    "die code ben ik kwijt",
    "code kwijt",
    "ben mijn code kwijtgeraakt",
    "ik weet de code niet meer",
    "mijn code? geen flauw idee",
    "weet ik niet",
    "geen idee",
    "vergeten",
    "die ben ik vergeten, sorry",
    "ik kan mijn code nergens vinden",
    "heb hem niet bewaard",
    "die heb ik weggegooid",
    "ik heb geen code meer",
    "waar vind ik die code?",
    "waar staat mijn code dan",
    "waar kan ik mijn afspraakcode eigenlijk terugvinden?",
    "ik heb het bericht met de code niet meer",
    "mijn code is weg",
    "Ik wil mijn afspraak afzeggen maar ik weet de code niet meer",
])
def test_a_lost_or_unknown_code_is_heard(text):
    assert said.lost_code(text)


@pytest.mark.parametrize("text", [
    "ABCD-EFGH-JKMN",
    "mijn code is K7QM-3XPD-RT5W",
    "ik wil mijn afspraak annuleren",
    "ik heb nog geen afspraak",
    "welke code?",
    "wat is een code eigenlijk",
    "donderdag om 10 uur",
    "ja",
    "ik weet niet of ik hem wil verzetten of annuleren maar de code heb ik hier: K7QM-3XPD-RT5W",
    "x" * 2000 + " code kwijt",
])
def test_other_messages_are_no_lost_code(text):
    assert not said.lost_code(text)


def test_a_code_no_longer_at_hand_is_not_having_no_appointment():
    """"ik heb geen code meer": the person had one (lost), so no new booking starts; "ik heb nog
    geen code" still means there is no appointment yet."""
    assert not said.has_no_appointment("ik heb geen code meer")
    assert said.has_no_appointment("ik heb nog geen code")
    assert said.has_no_appointment("welke code? ik heb helemaal geen afspraak")


@pytest.mark.parametrize("text", ["ik heb die code niet meer", "ik weet de code niet meer", "deze code weet niet meer"])
def test_words_of_four_letters_are_no_code(text):
    """"code niet meer" is three groups of four letters: before, it was read as the code
    C0DE-N1ET-MEER, looked up and counted as a wrong code."""
    assert said.code_in(text) is None


@pytest.mark.parametrize(("text", "code"), [
    ("typfout, het is abcd-efgh-jkmn toch", "ABCDEFGHJKMN"),
    ("het was K7QM 3XPD RT5W denk ik", "K7QM3XPDRT5W"),
    ("abcd efgh jkmn", "ABCDEFGHJKMN"),
])
def test_codes_as_people_type_them_are_still_read(text, code):
    assert said.code_in(text) == code


def test_the_nlu_sends_a_code_named_as_lost_to_changing_or_cancelling():
    """The classifier took "die code ben ik kwijt" for a privacy question (the answer about what
    is kept came first) or did not understand it: a lost code named as such is a request to change
    (or, with a wish to cancel, to cancel) an appointment, so the code form says where the code is.
    Bare "weet ik niet" or "vergeten" are left alone (they answer other questions too); a crisis,
    stopping and the requests themselves keep their intent."""
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import LostCode

    cases = [
        ("die code ben ik kwijt", "faq", "afspraak_wijzigen"),
        ("waar staat mijn code eigenlijk", "faq", "afspraak_wijzigen"),
        ("code kwijt, kan ik toch afzeggen?", "nlu_fallback", "afspraak_annuleren"),
        ("ik heb die code niet meer", "afspraak_annuleren", "afspraak_annuleren"),
        ("weet ik niet", "ontkennen", "ontkennen"),
        ("vergeten", "stoppen", "stoppen"),
        ("stop maar, ik ben de code kwijt", "stoppen", "stoppen"),
        ("welke code?", "faq", "faq"),
        ("/faq", "faq", "faq"),
    ]
    messages = [Message(data={"text": t, "intent": {"name": i, "confidence": 0.5}}) for t, i, _ in cases]
    for message, (text, _, expected) in zip(LostCode().process(messages), cases, strict=True):
        assert message.get("intent")["name"] == expected, text
