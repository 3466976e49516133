"""The Rasa component around the crisis patterns, on real Rasa Message objects."""

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.components import CrisisSafetyNet


def _msg(text, intent, ranking):
    m = Message(data={"text": text})
    m.set("intent", {"name": intent, "confidence": ranking[0][1]}, add_to_output=True)
    m.set("intent_ranking", [{"name": n, "confidence": c} for n, c in ranking], add_to_output=True)
    return m


def _run(msg):
    return CrisisSafetyNet().process([msg])[0]


def test_pattern_overrides_the_classifier_and_shows_it():
    m = _run(_msg("ik wil niet meer leven", "buiten_vp_taak", [("buiten_vp_taak", 0.8), ("crisis", 0.1)]))
    assert m.get("intent") == {"name": "crisis", "confidence": 1.0}
    assert m.get("crisis") == {"category": "zelfmoord", "rule": "niet_meer_leven", "overrode": True, "level": "alarm"}
    assert m.get("intent_ranking")[0]["name"] == "crisis"
    assert "crisis" in m.as_dict(only_output_properties=True)


def test_pattern_overrides_a_fallback():
    m = _run(_msg("er staat nu iemand met een mes in de hal", "nlu_fallback", [("nlu_fallback", 0.4), ("pesten", 0.3)]))
    assert m.get("intent")["name"] == "crisis" and m.get("crisis")["category"] == "geweld"


def test_idiom_sets_aside_a_classifier_crisis():
    m = _run(_msg("ik schrok me dood toen hij binnenkwam", "crisis", [("crisis", 0.6), ("intimidatie", 0.3)]))
    assert m.get("intent")["name"] == "intimidatie"
    assert m.get("crisis_idioom") is True and m.get("crisis") is None


def test_unsure_classifier_leaning_to_crisis_gets_the_gentle_check():
    m = _run(_msg("alles is zwart", "nlu_fallback", [("nlu_fallback", 0.4), ("crisis", 0.35), ("pesten", 0.2)]))
    assert m.get("intent")["name"] == "crisis"
    assert m.get("crisis") == {"category": None, "rule": "classifier_twijfel", "overrode": True, "level": "check"}


def test_low_confidence_crisis_without_a_pattern_is_a_check_not_the_alarm():
    m = _run(_msg("ik weet het echt niet meer", "crisis", [("crisis", 0.31), ("pesten", 0.25)]))
    assert m.get("intent")["name"] == "crisis" and m.get("crisis")["level"] == "check"


def test_confident_classifier_crisis_without_a_pattern_is_the_alarm():
    m = _run(_msg("ik zie geen uitweg meer", "crisis", [("crisis", 0.9), ("pesten", 0.05)]))
    assert m.get("crisis") == {"category": None, "rule": "classifier", "overrode": False, "level": "alarm"}


def test_alarm_threshold_is_configurable():
    msg = _msg("ik zie geen uitweg meer", "crisis", [("crisis", 0.6), ("pesten", 0.3)])
    assert CrisisSafetyNet({"alarm_confidence": 0.5}).process([msg])[0].get("crisis")["level"] == "alarm"


def test_a_pattern_is_always_the_alarm():
    m = _run(_msg("ik wil niet meer leven", "crisis", [("crisis", 0.2), ("pesten", 0.19)]))
    assert m.get("crisis")["level"] == "alarm"


def test_english_crisis_sentence_is_the_alarm():
    m = _run(_msg("i want to kill myself", "pesten", [("pesten", 0.4), ("crisis", 0.1)]))
    assert m.get("intent")["name"] == "crisis" and m.get("crisis")["category"] == "zelfmoord"


def test_button_payloads_and_ordinary_messages_are_left_alone():
    m = _run(_msg("/bevestigen", "bevestigen", [("bevestigen", 1.0)]))
    assert m.get("intent")["name"] == "bevestigen" and m.get("crisis") is None
    m = _run(_msg("mijn collega's negeren me", "pesten", [("pesten", 0.9), ("crisis", 0.05)]))
    assert m.get("intent")["name"] == "pesten" and m.get("crisis") is None


def test_violence_that_is_over_is_not_an_acute_crisis():
    m = _run(_msg("vorige maand dreigde een klant dat hij me zou afmaken en sloeg op de balie", "crisis",
                  [("crisis", 0.7), ("agressie_geweld", 0.25)]))
    assert m.get("intent")["name"] == "agressie_geweld"


def test_past_marker_with_thoughts_of_death_stays_crisis():
    m = _run(_msg("sinds vorige maand denk ik steeds aan de dood, hij sloeg me toen", "crisis",
                  [("crisis", 0.7), ("agressie_geweld", 0.25)]))
    assert m.get("intent")["name"] == "crisis"


# --- the answer relabellers after the FallbackClassifier (LeadingAnswer, StopAsAnswer) ------------

def test_an_unsure_message_that_starts_with_yes_or_no_answers_the_question():
    from bot.nlu.components import LeadingAnswer
    m = LeadingAnswer().process([_msg("ja, het gaat om de bewoners", "nlu_fallback", [("nlu_fallback", 0.3)])])[0]
    assert m.get("intent") == {"name": "bevestigen", "confidence": 0.6}
    sure = LeadingAnswer().process([_msg("ja, hij pest me", "pesten", [("pesten", 0.8)])])[0]
    assert sure.get("intent")["name"] == "pesten"  # only unsure messages are relabelled


def test_a_stop_that_is_an_answer_gets_the_answer_intent():
    from bot.nlu.components import StopAsAnswer
    anon, keep, stop = StopAsAnswer().process([
        _msg("laat maar, doe maar anoniem", "stoppen", [("stoppen", 0.7)]),
        _msg("nee laat hem maar staan", "stoppen", [("stoppen", 0.7)]),
        _msg("stop maar", "stoppen", [("stoppen", 0.9)])])
    assert anon.get("intent") == {"name": "kies_optie", "confidence": 0.6}
    assert keep.get("intent") == {"name": "ontkennen", "confidence": 0.6}
    assert stop.get("intent")["name"] == "stoppen"


def test_a_doubt_or_a_stop_taken_back_is_no_stop():
    """Stranger test 05: "ja maar is het erg genoeg?" and "wacht nee ik wil niet stoppen" were
    read as stopping, and the bot ended the conversation twice."""
    from bot.nlu.components import StopAsAnswer
    doubt, back, stop = StopAsAnswer().process([
        _msg("ja maar is het erg genoeg?", "stoppen", [("stoppen", 0.6)]),
        _msg("wacht nee ik wil niet stoppen", "stoppen", [("stoppen", 0.8)]),
        _msg("ik wil stoppen", "stoppen", [("stoppen", 0.9)])])
    assert doubt.get("intent") == {"name": "twijfel_vertellen", "confidence": 0.6}
    assert back.get("intent") == {"name": "wil_vertellen", "confidence": 0.6}
    assert stop.get("intent")["name"] == "stoppen"


def test_despair_inside_a_form_gets_the_gentle_check_and_keeps_the_ranking():
    # stranger test C06: in the middle of the booking form, read as a time answer before
    text = "sorry ik weet eigenlijk niet of het nog zin heeft allemaal. ik kan niet meer"
    m = _run(_msg(text, "gevoel_delen", [("gevoel_delen", 0.36), ("crisis", 0.21)]))
    assert m.get("intent")["name"] == "crisis"
    assert m.get("crisis") == {"category": None, "rule": "wanhoop_zin", "overrode": True, "level": "check"}
    assert m.get("intent_ranking")[0]["name"] == "gevoel_delen"  # the classifier's guess stays visible


def test_despair_does_not_lower_a_sure_classifier_alarm():
    m = _run(_msg("ik kan niet meer", "crisis", [("crisis", 0.9), ("gevoel_delen", 0.05)]))
    assert m.get("crisis")["level"] == "alarm"


def test_an_everyday_cannot_wait_is_left_alone():
    m = _run(_msg("ik kan niet meer wachten op die afspraak", "afspraak_maken", [("afspraak_maken", 0.7)]))
    assert m.get("intent")["name"] == "afspraak_maken" and m.get("crisis") is None


def test_a_time_wish_the_classifier_doubts_about_is_no_crisis_check():
    # c16 (third stranger test): "ik sta ... op de bouw" looks like "ik sta op het dak" to the
    # classifier; an unsure parse leaning to crisis with a clock time and no danger word is left
    # unsure (the booking reads the time), and crisis leaves the ranking
    m = _run(_msg("na vijf uur, ik sta tot half vijf op de bouw", "nlu_fallback",
                  [("nlu_fallback", 0.3), ("crisis", 0.18), ("kies_tijd", 0.15)]))
    assert m.get("crisis") is None and m.get("intent")["name"] == "nlu_fallback"
    assert [r["name"] for r in m.get("intent_ranking")] == ["nlu_fallback", "kies_tijd"]


def test_a_time_wish_with_danger_still_gets_the_check():
    m = _run(_msg("om negen uur vanavond doe ik het", "nlu_fallback",
                  [("nlu_fallback", 0.3), ("crisis", 0.25), ("kies_tijd", 0.2)]))
    assert m.get("crisis")["level"] == "check"


def test_a_sure_classifier_crisis_with_a_time_stays_the_alarm():
    m = _run(_msg("na vijf uur, ik sta tot half vijf op de bouw", "crisis", [("crisis", 0.9), ("kies_tijd", 0.05)]))
    assert m.get("crisis")["level"] == "alarm"


def test_a_denial_of_suicidal_thoughts_is_the_checks_second_button():
    # fourth stranger test, c14: the classifier's crisis (0.72) gave the gentle check again
    m = _run(_msg("nee ik denk niet aan zelfmoord?? ik ben bang voor die bewoner", "crisis",
                  [("crisis", 0.72), ("geen_stap_willen", 0.08)]))
    assert m.get("intent")["name"] == "wil_vertellen" and m.get("crisis") is None
    assert "crisis" not in [r["name"] for r in m.get("intent_ranking")]


def test_a_denial_taken_back_stays_the_alarm():
    m = _run(_msg("ik dacht niet aan zelfmoord maar nu wel", "crisis", [("crisis", 0.72), ("pesten", 0.08)]))
    assert m.get("crisis")["level"] == "alarm"


# Fourth stranger test, c04: a manager's unease ("Voelt niet goed.") set off the gentle check with
# its suicide question. Unease alone, which the classifier only doubts about, is no crisis check.
@pytest.mark.parametrize("text", [
    "Dus ik moet gewoon niks doen? Die collega loopt hier morgen weer rond. Voelt niet goed.",
    "het voelt gewoon niet goed",
    "ik heb er een naar gevoel bij",
    "het zit me niet lekker dat hij morgen weer komt",
    "ik voel me er ongemakkelijk bij",
])
def test_unease_the_classifier_doubts_about_is_no_crisis_check(text):
    m = _run(_msg(text, "nlu_fallback", [("nlu_fallback", 0.3), ("crisis", 0.25), ("vraag_opties", 0.2)]))
    assert m.get("crisis") is None
    assert "crisis" not in [r["name"] for r in m.get("intent_ranking")]


@pytest.mark.parametrize("text", [
    "het voelt niet goed, ik wil er niet meer zijn",
    "voelt niet goed allemaal, ik kan niet meer",
    "het voelt niet goed, ik ben bang dat ik mezelf iets aandoe",
])
def test_unease_next_to_despair_or_danger_still_counts(text):
    m = _run(_msg(text, "nlu_fallback", [("nlu_fallback", 0.3), ("crisis", 0.25), ("vraag_opties", 0.2)]))
    assert m.get("crisis") is not None


def test_unease_the_classifier_is_sure_is_a_crisis_stays_the_alarm():
    m = _run(_msg("het voelt niet goed", "crisis", [("crisis", 0.9)]))
    assert m.get("crisis")["level"] == "alarm"


def test_a_role_question_gets_its_own_intent_but_a_story_or_a_booking_answer_keeps_its_intent():
    """Sixth stranger test c07, c17, c25: "mag ik ingrijpen zonder haar toestemming?" got the
    witness answer, "moet ik het melden?" the answer about bringing someone along."""
    from bot.nlu.components import RoleQuestion
    faq, fallback, story, plain = RoleQuestion().process([
        _msg("moet ik het melden? hij is wel een vriend", "faq", [("faq", 0.5)]),
        _msg("krijgt HR een overzicht van de afspraken?", "nlu_fallback", [("nlu_fallback", 0.3)]),
        _msg("mijn chef intimideert me, moet ik dat melden?", "intimidatie", [("intimidatie", 0.8)]),
        _msg("hoe laat is de vp er?", "faq", [("faq", 0.7)])])
    assert faq.get("intent") == {"name": "rol_vraag", "confidence": 0.6}
    assert faq.get("rol_vraag_van") == "faq"  # the classifier's choice, for the action to weigh
    assert fallback.get("intent")["name"] == "rol_vraag"
    assert story.get("intent")["name"] == "intimidatie"
    assert plain.get("intent")["name"] == "faq"
def test_a_short_message_ending_in_a_goodbye_is_a_goodbye():
    """Sixth stranger test c10, c30: "... doei" after a question got the question again, or the
    intake started over."""
    from bot.nlu.components import GoodbyeAtEnd
    vakbond, collega, vraag, verhaal, crisis = GoodbyeAtEnd().process([
        _msg("ok laat maar, ik vraag het wel aan de vakbond. doei", "buiten_vp_taak", [("buiten_vp_taak", 0.5)]),
        _msg("nee dank je, ik ga eerst met mijn collega praten en schrijf op wat ik zag. doei!", "geen_stap_willen",
             [("geen_stap_willen", 0.6)]),
        _msg("is dit anoniem? doei", "faq", [("faq", 0.8)]),
        _msg(" ".join(["ze pesten me al maanden op het werk en niemand doet er iets aan"] * 3) + " doei",
             "pesten", [("pesten", 0.9)]),
        _msg("bedankt voor alles. doei", "crisis", [("crisis", 0.8)])])
    assert vakbond.get("intent") == {"name": "afscheid", "confidence": 0.6}
    assert collega.get("intent")["name"] == "afscheid"
    assert vraag.get("intent")["name"] == "faq"  # a question is answered
    assert verhaal.get("intent")["name"] == "pesten"  # a long story is heard
    assert crisis.get("intent")["name"] == "crisis"  # the classifier's crisis is left alone


@pytest.mark.parametrize("text, goodbye", [
    ("doei", True), ("oke dankjewel, fijne avond nog", True), ("laat maar. tot ziens :)", True),
    ("ik heb een zware dag", False), ("doei zei hij en liep weg, en toen sloeg hij de deur dicht", False),
    ("kan het dinsdag", False),
])
def test_goodbye_at_the_end(text, goodbye):
    from bot.dialogue.resume import goodbye_at_end
    assert (goodbye_at_end(text) == "afscheid") is goodbye


def test_a_denial_with_fear_of_him_and_what_now_is_the_check_about_safety():
    # fifteenth stranger test c23 (he stood at her car): "Vertel maar wat je kwijt wilt"
    m = _run(_msg("nee ik wil niet dood!! ik ben bang voor HEM. wat moet ik doen", "crisis",
                  [("crisis", 0.4), ("faq", 0.22)]))
    assert m.get("crisis") == {"category": None, "rule": "bang_voor_iemand", "overrode": True, "level": "check"}


def test_a_denial_with_a_question_answered_directly_keeps_that_answer():
    # fifteenth stranger recheck c12: "Dat mag. Vertel maar wat je kwijt wilt" to "wie kan ik bellen?"
    m = _msg("wtf nee ik ben niet suicidaal lol. ik bedoel dat gif in de sloot. wie kan ik bellen zodat dat niet "
             "gebeurt?", "faq", [("faq", 0.9), ("nlu_fallback", 0.3)])
    m.set("directe_vraag_van", "nlu_fallback", add_to_output=True)
    m = _run(m)
    assert m.get("intent")["name"] == "faq" and m.get("crisis") is None
