"""Issue 10: what a message right after a crisis answer asks for (bot.dialogue.crisis), for the follow-ups
the twenty-first stranger test found swallowed by the booking (C c01, C c06)."""

from __future__ import annotations

import pytest

from bot.dialogue import crisis


@pytest.mark.parametrize("text", [
    "kan die marieke me niet nu meteen bellen? ik ken 113 niet",
    "ik vroeg of marieke me nu kan bellen",
    "kan de vertrouwenspersoon me vandaag nog bellen?",
    "kan ik nu meteen de vertrouwenspersoon spreken",
])
def test_the_counsellor_now(text):
    assert crisis.after_crisis(text) == crisis.VP_NU


@pytest.mark.parametrize("text", ["ik ken 113 niet", "wat is 113 eigenlijk", "nooit van 113 gehoord"])
def test_not_knowing_113_is_no_refusal(text):
    assert crisis.after_crisis(text) == crisis.ONBEKEND_113
    assert crisis.after_crisis_response(text, crisis.ZELFMOORD) == "utter_faq/wat_doet_113"


@pytest.mark.parametrize("text", ["je luistert ook niet", "jij snapt het gewoon niet", "niemand luistert"])
def test_not_heard(text):
    assert crisis.after_crisis(text) == crisis.NIET_GEHOORD
    assert crisis.after_crisis_response(text, crisis.ZELFMOORD) == "utter_crisis_niet_gehoord"


def test_not_heard_and_no_more_numbers():
    text = "stop met die nummers. je luistert ook niet"
    assert crisis.refuses_help_lines(text)
    assert crisis.after_crisis_response(text, crisis.ZELFMOORD) == "utter_crisis_niet_gehoord_nummers"


@pytest.mark.parametrize("text", [
    "dat is te laat voor mij", "zo lang hou ik het niet vol", "dan ben ik er misschien niet meer",
    "kan niet tot dan wachten",
])
def test_too_late(text):
    assert crisis.after_crisis(text) == crisis.TE_LAAT
    assert crisis.after_crisis_response(text, crisis.ZELFMOORD) == "utter_crisis_te_laat"


@pytest.mark.parametrize("text", ["ik wil liever donderdag", "ik heb 113 gebeld", "is dit anoniem?"])
def test_other_messages_are_none_of_these(text):
    assert crisis.after_crisis(text) not in (crisis.VP_NU, crisis.ONBEKEND_113, crisis.NIET_GEHOORD, crisis.TE_LAAT)


@pytest.mark.parametrize("text", [
    "ik heb pillen gespaard. ik weet niet of ik vanmiddag nog leef",
    "de pillen liggen hier naast me",
    "ik heb al weken slaappillen opgespaard",
])
def test_means_saved_or_at_hand_are_acute_with_the_means_named(text):
    """C c06: twice the answer for passing thoughts, without "leg ze weg"."""
    assert crisis.means_ready(text)
    assert crisis.crisis_kind("zelfmoord", text, None) == crisis.ACUUT
    assert crisis.crisis_kind("algemeen", text, crisis.ZELFMOORD) == crisis.ACUUT


def test_a_residents_saved_pills_are_not_the_writers_means():
    assert crisis.crisis_kind("zelfmoord", "de bewoner had pillen gespaard in zijn kast", None) == crisis.ZELFMOORD


def test_an_overdose_given_to_a_patient_is_no_crisis_of_the_writer():
    """B c05: a nurse on a colleague's heparin errors got the 113 answer."""
    from bot.nlu import crisis_patterns

    text = ("het punt is: ze heeft 2x bijna een patient een overdosis heparine gegeven. als ik daar nu niks meer "
            "van durf te zeggen door die klacht, wie let er dan op de patienten?")
    assert crisis_patterns.match(text) is None
    assert crisis_patterns.match("ik denk erover een overdosis te nemen") is not None


def test_afraid_he_finds_out_is_no_fear_that_he_comes():
    """A c04: "ik ben bang dat hij erachter komt dat ik met iemand gepraat heb" got "Bel dan meteen 112"."""
    text = "eerlijk gezegd durf ik het niet meer. ik ben bang dat hij erachter komt dat ik met iemand gepraat heb"
    assert not crisis.fears_coming(text) and crisis.finds_out_feared(text)
    assert crisis.fears_coming("ik ben bang dat hij naar mijn huis komt")


def test_how_soon_to_report():
    from bot.dialogue import followups

    assert followups.asks_how_soon("hoe snel moet dit gemeld worden? hij doet het elke donderdagnacht")
    assert followups.asks_how_soon("kan dit nog wachten tot na het weekend?")
    assert not followups.asks_how_soon("wat kan ik doen?")


@pytest.mark.parametrize("text", ["kan ik ontslagen worden hierdoor?", "word ik nu ontslagen?",
                                  "raak ik mijn baan kwijt als ik dit meld?", "kunnen ze me hiervoor ontslaan?"])
def test_dismissal_is_answered_by_role(text):
    """B c05: "kan ik ontslagen worden hierdoor?" from the accused got the whistleblower procedure."""
    from bot.dialogue import roles

    assert roles.question(text) == roles.ONTSLAG
    assert roles.answer(roles.ONTSLAG, roles.BESCHULDIGD, None, text) == "utter_rolvraag_beschuldigd_ontslag"
    assert roles.answer(roles.ONTSLAG, None, None, text) == "utter_faq/bescherming"


def test_someone_else_dismissed_is_no_question_about_ones_own_job():
    from bot.dialogue import roles

    assert roles.question("mijn collega is vorige week ontslagen") != roles.ONTSLAG


@pytest.mark.parametrize("text, response", [
    ("ik ga echt niet bellen hoor. ik heb het nog nooit tegen iemand gezegd", "utter_crisis_niet_bellen_113"),
    ("hallo? ik zeg net dat ik er niet meer wil zijn en je begint weer over pesten", "utter_crisis_niet_gehoord"),
    ("dat zei je al. bellen lukt me niet, mijn vrouw slaapt hiernaast. kan ik niet gewoon hier met jou praten",
     "utter_crisis_niet_bellen_113"),
])
def test_follow_ups_to_the_suicide_answer_read_as_the_story_are_answered(text, response):
    """Round 22 C c01: after the suicide answer, the bullying sympathy and the options, then the same block."""
    assert crisis.follow_up_read_as_other(text, crisis.ZELFMOORD) == response


def test_asking_for_the_counsellor_after_not_feeling_heard():
    text = "je blijft hetzelfde zeggen. kan ik morgen met die vertrouwenspersoon praten voor mijn dienst?"
    assert crisis.after_crisis(text) == crisis.NIET_GEHOORD
    assert crisis.asks_to_talk_to_counsellor(text)


def test_asking_whether_the_counsellor_knows_what_was_said_is_no_act_now():
    """Round 22 C c01: "weet die meneer dan wat ik vanavond heb gezegd? over dat ik er niet meer wil zijn?"
    got "Bel nu meteen 112 ... Sta of zit je op een hoge plek?"."""
    text = "weet die meneer dan wat ik vanavond heb gezegd? over dat ik er niet meer wil zijn?"
    assert crisis.crisis_kind("zelfmoord", text, crisis.ZELFMOORD) == crisis.ZELFMOORD
    assert crisis.crisis_kind("zelfmoord", "ik ga het vanavond doen", crisis.ZELFMOORD) == crisis.ACUUT


def test_a_quoted_farewell_from_a_colleague_is_a_worry_for_her():
    """Round 22 C c03: a colleague's Teams message read as the writer's own thoughts of suicide."""
    from bot.dialogue import perspective
    from bot.nlu import crisis_patterns

    text = ("mijn collega stuurde me net een teams berichtje. 'ik zie het echt niet meer zitten, heb alles geregeld, "
            "sorry voor alles'. ze is vandaag thuis, ziek gemeld")
    assert perspective.worried_about_other(text, crisis_patterns.about_own_life)
    assert not perspective.worried_about_other("ik zie het niet meer zitten", crisis_patterns.about_own_life)


@pytest.mark.parametrize("text", ["Video. Ik heb er trouwens toch twee genomen, om rustig te worden. Dat mag toch wel?",
                                  "ik heb net drie pillen geslikt"])
def test_some_taken_after_pills_were_told_is_call_now(text):
    """Round 22 C c06: "ik heb er toch twee genomen" got "Dat is helemaal niet erg. Afzeggen mag altijd"."""
    assert crisis.after_crisis(text) == crisis.INGENOMEN
    assert crisis.after_crisis_response(text, crisis.ZELFMOORD) == "utter_crisis_ingenomen"


@pytest.mark.parametrize("text", ["ik heb er nog niets van genomen", "ik heb vrij genomen", "ik heb de trein genomen"])
def test_nothing_taken_or_something_else_taken_is_not_that(text):
    assert crisis.after_crisis(text) != crisis.INGENOMEN


def test_what_to_do_with_the_box_is_the_means_asked():
    assert crisis.means_ready("Ik wil niet bellen. Wat moet ik met het doosje doen?")


def test_a_box_of_pills_lying_in_front_of_the_writer_is_means_at_hand():
    text = "Al weet ik niet of ik er woensdag nog ben. Ik heb hier een doosje oxazepam van mijn moeder voor me liggen."
    assert crisis.means_ready(text)
    assert crisis.crisis_kind("zelfmoord", text, None) == crisis.ACUUT
