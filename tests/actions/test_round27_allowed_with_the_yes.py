"""Issue 10: the twenty-sixth stranger test B c10. A procurement officer told that his brother-in-law's
firm bids on their tender and asked "mag ik dat doen als ik het buiten werktijd doe? dus ja?"; to
"Klopt het dat het gaat om belangenverstrengeling?" he said "ja klopt. maar mag het nou of niet", and
got the options, his question unanswered. The yes now comes with the answer for the matter checked.
Real rasa_sdk Tracker and CollectingDispatcher, the real domain."""

from __future__ import annotations

import pytest
from rasa_sdk import Tracker

from actions import actions as a
from bot.dialogue import requests, resume
from tests.actions.test_actions import run

STORY = ("ik werk bij inkoop bij de gemeente. mijn zwager heeft een bedrijf dat inschrijft op onze tender. hij "
         "vraagt of ik betaald wil meedenken over zijn offerte. mag ik dat doen als ik het buiten werktijd doe?")
ALLOWED = "utter_faq/ongelijke_behandeling_mag_niet"  # its variant follows the slot situatie


def _confirm(text, situatie="nevenwerkzaamheden", story=STORY, intent="bevestigen"):
    events = [{"event": "user", "text": story, "parse_data": {}},
              {"event": "bot", "text": "Klopt het ...?", "metadata": {"utter_action": "utter_check_situatie"}},
              {"event": "user", "text": text, "parse_data": {}}]
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    trk = Tracker("test", {"situatie": situatie, "open_vraag": resume.CHECK_SITUATIE}, latest, events, False, None,
                  {}, "action_listen")
    return run(a.ActionKiesSituatie(), trk)


def _responses(messages):
    return [m.get("response") for m in messages]


def test_yes_with_may_it_or_not_gets_the_answer():
    messages, _ = _confirm("ja klopt. maar mag het nou of niet")
    assert _responses(messages) == [ALLOWED]


def test_the_button_yes_answers_the_question_asked_in_the_side_job_story():
    messages, _ = _confirm("/bevestigen")
    assert _responses(messages) == [ALLOWED]


def test_a_plain_yes_after_a_story_without_a_question_gets_no_answer():
    messages, _ = _confirm("ja", story="mijn collega heeft een eigen bedrijf dat aan ons levert")
    assert _responses(messages) == []


def test_the_story_question_counts_for_a_side_job_only():
    # "mag ik dat doen?" about pushing back is no question the bullying answer ("Nee, ...") fits
    messages, _ = _confirm("/bevestigen", situatie="pesten", story="ze pesten me, mag ik dat doen, terugpesten?")
    assert _responses(messages) == []


@pytest.mark.parametrize("text", ["ja klopt. maar mag het nou of niet", "mag dat nou wel of niet?",
                                  "mag het eigenlijk?"])
def test_may_it_or_not_is_asking_if_allowed(text):
    assert requests.asks_if_allowed(text)


# Recheck A c01, c03: "moet ik die melden ja of nee" about one's own side job got the integrity dilemma
# answer ("... maar het hoeft niet: jij kiest")
@pytest.mark.parametrize("rol", [None, "zelf"])
def test_must_i_report_ones_own_side_job_gets_the_own_interest_answer(rol):
    from bot.dialogue import roles
    assert roles.answer(roles.DILEMMA, rol, "integriteit", "moet ik die melden ja of nee", "nevenwerkzaamheden") \
        == roles.OWN_INTEREST
    fraud = roles.answer(roles.DILEMMA, rol, "integriteit", "moet ik het melden?", "fraude")
    assert fraud == "utter_rolvraag_integriteit"
