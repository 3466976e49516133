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
    assert m.get("intent")["name"] == "engels" and m.get("engels") is None


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


# Per clause: bot.nlu.clauses cuts the message, the classifier reads each clause on its own.

def test_clauses_split_at_joining_words_punctuation_and_a_comma_with_a_new_subject():
    from bot.nlu.clauses import clauses

    assert clauses("ik word gepest op de afdeling en daarnaast verdwijnt er geld uit de kas") == [
        "ik word gepest op de afdeling", "verdwijnt er geld uit de kas"]
    assert clauses("ik word uitgescholden om mijn afkomst, en mijn chef neemt gereedschap mee") == [
        "ik word uitgescholden om mijn afkomst", "mijn chef neemt gereedschap mee"]
    assert clauses("hij zit aan me. Ook declareert hij etentjes als zakelijk") == [
        "hij zit aan me", "declareert hij etentjes als zakelijk"]
    assert clauses("ze lachen, hij ook") == []  # fragments: nothing to classify
    assert clauses("mijn collega negeert me al weken") == []  # one clause: nothing to split


def test_clauses_are_capped():
    from bot.nlu.clauses import MAX_CLAUSES, clauses

    assert len(clauses("ik word echt gepest en " * 10_000)) == MAX_CLAUSES


def test_a_confident_clause_of_the_other_kind_is_a_second_matter():
    from bot.dialogue.situations import two_matters_by_clause

    clauses = [_r(("pesten", 0.7)), _r(("fraude", 0.6), ("pesten", 0.2))]
    assert two_matters_by_clause("pesten", clauses) == ("pesten", "fraude")
    assert two_matters_by_clause("pesten", [_r(("pesten", 0.7)), _r(("fraude", 0.4))]) is None  # not sure
    assert two_matters_by_clause("pesten", [_r(("intimidatie", 0.7)), _r(("pesten", 0.8))]) is None  # one kind
    # the first matter must live in a clause of its own too
    assert two_matters_by_clause("pesten", [_r(("faq", 0.7)), _r(("fraude", 0.8))]) is None
    assert two_matters_by_clause("faq", clauses) is None
    assert two_matters_by_clause(None, clauses) is None


def test_clause_components_classify_each_clause_and_take_the_clauses_out_again():
    from bot.nlu.components import ClauseIntents, ClauseSplitter

    text = "ze negeren me al maanden en de inkoper krijgt dure cadeaus van een leverancier"
    messages = ClauseSplitter().process([Message(data={"text": text})])
    assert [m.get("text") for m in messages] == [
        text, "ze negeren me al maanden", "de inkoper krijgt dure cadeaus van een leverancier"]
    for m, top in zip(messages, ("pesten", "pesten", "nevenwerkzaamheden")):  # the classifier's part
        m.set("intent", {"name": top, "confidence": 0.8})
        m.set("intent_ranking", _r((top, 0.8), ("faq", 0.1)))
    kept = ClauseIntents().process(messages)
    assert kept == messages[:1]
    m = TwoMattersDetector().process(kept)[0]
    assert m.get("twee_situaties") == ["pesten", "nevenwerkzaamheden"] and m.get("intent")["name"] == "pesten"
