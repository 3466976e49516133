"""Sixth stranger test, English-only employees (c05, c21): what they told and asked is heard."""

from __future__ import annotations

import pytest

from actions import actions as a
from actions import afspraak
from bot import content
from bot.nlu import language
from tests.actions.test_actions import run, slots_of, tracker

ACCENT = ("Hi, I'm an expat working in the IT department. My colleagues keep making jokes about my accent and "
          "they switched the team chat to Dutch-only on purpose so I'm left out. Can I talk to someone about this?")


@pytest.mark.parametrize(("text", "key"), [
    (ACCENT, "discriminatie"),
    ("they laugh at me because I am not Dutch", "discriminatie"),
    ("The shift lead keeps asking me out and says I will get more hours if I say yes", "seksuele_intimidatie"),
    ("my supervisor touches my back and comments on my body", "seksuele_intimidatie"),
    ("nobody in my team talks to me anymore, they leave me out of everything", "pesten"),
    ("do his private house moving, otherwise he will not extend my contract", "machtsmisbruik"),
    ("how long do you keep my messages?", None),
    ("Can I book an appointment in English?", None),
])
def test_english_situation_cues(text, key):
    assert language.english_situation_cue(text) == key


@pytest.mark.parametrize("text", [
    "is what they do even considered discrimination? I don't want to overreact",
    "does this count as harassment?", "am I overreacting?",
])
def test_asking_whether_it_counts(text):
    assert language.asks_if_allowed(text)


def test_the_same_matter_asked_about_is_answered_not_recognised_again():
    """c05: "is what they do even considered discrimination?" got only "I work in Dutch"."""
    trk = tracker("engels", "ok thanks. but is what they do even considered discrimination? I don't want to overreact",
                  slots={"engels_gegeven": True, "situatie": "discriminatie", "soort": "omgangsvormen"})
    english = content.engels()
    first = content.fill(f"{english['herkend']} {english['uitleg']['discriminatie']}",
                         {"situatie": english["situaties"]["discriminatie"], **content.hulplijn_values()})
    trk.events.append({"event": "bot", "text": first})  # the answer to the first message (ACCENT)
    messages, events = run(a.ActionEngels(), trk)
    texts = [m["text"] for m in messages]
    herkend = content.engels()["herkend"].split("{")[0]
    assert not any(t.startswith(herkend) for t in texts)  # not "It sounds like this is about ..." again
    assert not any("I work in Dutch" in t for t in texts)
    assert "overreact" in texts[0] and "{" not in " ".join(texts)


def test_a_temp_asking_whether_the_agency_finds_out_hears_nobody_does():
    """c21: "will the agency find out?" got the whole English introduction again and the
    whistleblower law, after a booking about sexual harassment."""
    trk = tracker("engels", "thank you. one more question: will the agency find out about this?",
                  slots={"engels_gegeven": True, "situatie": "seksuele_intimidatie", "soort": "omgangsvormen"})
    messages, _ = run(a.ActionEngels(), trk)
    (said,) = [m["text"] for m in messages]
    assert "agency" in said and "Klokkenluiders" not in said and not said.startswith("Hello")


def test_an_integrity_matter_keeps_the_whistleblower_protection_in_the_answer():
    trk = tracker("engels", "will my boss find out that I told you about the fraud?",
                  slots={"engels_gegeven": True, "situatie": "fraude", "soort": "integriteit"})
    messages, _ = run(a.ActionEngels(), trk)
    assert "Klokkenluiders" in messages[0]["text"]


def test_an_english_booking_request_with_a_story_hears_the_story():
    """c21: the quid pro quo told with "Can I book an appointment in English?" was never
    acknowledged, and the booking went to any counsellor."""
    text = ("Hello, I'm a temp worker via an agency at a warehouse. The shift lead keeps asking me out and says "
            "I will get more hours if I say yes. Can I book an appointment in English?")
    messages, events = run(afspraak.ActionResetAfspraak(), tracker("afspraak_maken", text, extra={"engels": True}))
    said = " ".join(m.get("text") or "" for m in messages)
    assert content.engels()["situaties"]["seksuele_intimidatie"] in said
    slots = slots_of(events)
    assert slots["situatie"] == "seksuele_intimidatie" and slots["engels_gegeven"] is True


def test_an_english_question_in_the_booking_gets_its_english_answer(db):
    """Replay of c21 with the question asked in the time step: "Die vraag kan ik nu niet goed
    beantwoorden", in Dutch."""
    from tests.actions.test_afspraak_fourth_stranger import form_step

    text = "thank you. one more question: will the agency find out about this?"
    responses, slots, messages = form_step(afspraak.ValidateAfspraakForm(), text, "tijd_wens",
                                           {"soort": "omgangsvormen"})
    assert "utter_afspraak_vraag_niet_begrepen" not in responses
    assert any("agency" in (m.get("text") or "") for m in messages)
    assert slots.get("tijd_wens", "kept") is None  # the question comes back
