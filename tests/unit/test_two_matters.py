"""Two matters at once: the pure rule and the Rasa component around it."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.dialogue.situations import named_matter, two_matters
from bot.nlu.components import EnglishDetector, TwoMattersDetector


def _r(*pairs):
    return [{"name": n, "confidence": c} for n, c in pairs]


def test_two_confident_situations_of_different_kinds():
    assert two_matters(_r(("pesten", 0.45), ("fraude", 0.35), ("diefstal", 0.1))) == ("pesten", "fraude")


def test_neighbours_of_one_kind_are_one_matter():
    assert two_matters(_r(("pesten", 0.45), ("intimidatie", 0.4))) is None


def test_a_weak_second_guess_is_not_a_second_matter():
    assert two_matters(_r(("fraude", 0.8), ("pesten", 0.1))) is None
    assert two_matters(_r(("fraude", 0.3), ("pesten", 0.2), ("diefstal", 0.2))) is None


def test_non_situations_do_not_count():
    assert two_matters(_r(("crisis", 0.5), ("fraude", 0.4))) is None
    assert two_matters(_r(("buiten_vp_taak", 0.5), ("pesten", 0.4))) is None
    assert two_matters(_r(("nlu_fallback", 0.7), ("pesten", 0.4), ("fraude", 0.35))) == ("pesten", "fraude")


def _msg(text, intent, ranking):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": ranking[0][1]}, add_to_output=True)
    m.set("intent_ranking", _r(*ranking), add_to_output=True)
    return m


def test_component_names_both_and_undoes_an_ambiguity_fallback():
    m = _msg("ze negeren me en mijn baas vervalst de uren", "nlu_fallback",
             [("nlu_fallback", 0.7), ("pesten", 0.42), ("fraude", 0.4)])
    m = TwoMattersDetector().process([m])[0]
    assert m.get("twee_situaties") == ["pesten", "fraude"]
    assert m.get("intent") == {"name": "pesten", "confidence": 0.42}


def test_component_leaves_one_matter_alone():
    m = TwoMattersDetector().process([_msg("ze negeren me", "pesten", [("pesten", 0.9), ("fraude", 0.05)])])[0]
    assert m.get("twee_situaties") is None and m.get("intent")["name"] == "pesten"


def test_english_detector_sets_engels_and_keeps_the_classifier_ranking():
    m = EnglishDetector().process([_msg("my colleague keeps bullying me", "pesten", [("pesten", 0.8)])])[0]
    assert m.get("intent")["name"] == "engels" and m.get("intent_ranking")[0]["name"] == "pesten"
    m = EnglishDetector().process([_msg("/bevestigen", "bevestigen", [("bevestigen", 1.0)])])[0]
    assert m.get("intent")["name"] == "bevestigen"


def test_an_english_request_to_book_starts_the_booking_and_says_it_was_english():
    m = EnglishDetector().process([_msg("I would like to make an appointment with a confidential counsellor", "faq",
                                        [("faq", 0.5), ("afspraak_maken", 0.4)])])[0]
    assert m.get("intent") == {"name": "afspraak_maken", "confidence": 1.0} and m.get("engels") is True
    m = EnglishDetector().process([_msg("I want to cancel my appointment", "afspraak_annuleren",
                                        [("afspraak_annuleren", 0.8)])])[0]
    # an English cancel is no request to book; since the sixteenth stranger test (B c08: "please cancel
    # my appointment" got "I work in Dutch" and the appointment stayed) it starts the cancel form
    assert m.get("intent")["name"] == "afspraak_annuleren" and m.get("engels") is True


def test_the_word_the_english_answer_says_to_type_starts_the_booking():
    """The English answer says 'type "afspraak"': that word alone books, not "Bedoel je ...?"."""
    for text in ("afspraak", "Afspraak.", "afspraak maken"):
        m = EnglishDetector().process([_msg(text, "nlu_fallback", [("afspraak_maken", 0.25)])])[0]
        assert m.get("intent") == {"name": "afspraak_maken", "confidence": 1.0} and m.get("engels") is None, text


def test_a_short_english_request_to_book_starts_the_booking_in_english():
    m = EnglishDetector().process([_msg("ok book please", "bevestigen", [("bevestigen", 0.6)])])[0]
    assert m.get("intent") == {"name": "afspraak_maken", "confidence": 1.0} and m.get("engels") is True


def test_a_sentence_about_an_appointment_is_left_to_the_classifier():
    m = EnglishDetector().process([_msg("de afspraak gaat niet door", "afspraak_annuleren",
                                        [("afspraak_annuleren", 0.8)])])[0]
    assert m.get("intent")["name"] == "afspraak_annuleren"


@pytest.mark.parametrize("text, key", [
    ("ja dat buitensluiten", "pesten"), ("ja, seksuele intimidatie", "seksuele_intimidatie"),
    ("ja intimidatie", "intimidatie"), ("nee, eerder discriminatie", "discriminatie"),
    ("ja", None), ("ja het wordt steeds erger", None), ("ja fraude en pesten", None),
])
def test_the_situation_named_in_an_answer(text, key):
    assert named_matter(text, "buiten_vp_taak") == key
