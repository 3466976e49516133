"""The fourth stranger test (docs/stranger-tests/2026-11-30-fourth.md): the booking lets people go
when they decline it, answers what they ask on the way, keeps the wishes they give, and a move by
code can change the way of meeting. The exact messages found (c02, c24, c29, c18, c01, c19), and
others that mean the same.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml: marieke-jansen (VPOO, internal; Mon, Tue, Thu; telefoon, op_locatie) and
ruud-de-boer (BEIDE, external; Tue pm, Wed, Fri am; telefoon, video). BOT_NOW: Monday 8 March 2027 10:00.
"""

from __future__ import annotations

import asyncio
import datetime as dt

import pytest
from rasa_sdk import Tracker
from rasa_sdk.events import ActionExecuted, SlotSet, UserUttered
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import func, select

from actions import afspraak as a
from bot.booking import offer, reference
from bot.booking.repository import book, find_by_code
from bot.db.models import Appointment, MailOutbox
from bot.scheduling.localtime import AMSTERDAM
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import run, slots_of, tracker, validate
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY

UTC = dt.timezone.utc
RUUD_WEDNESDAY = dt.datetime(2027, 3, 10, 8, 45, tzinfo=UTC)  # Wednesday 10 March 09:45, Dutch time


def form_step(form, text, requested, slots=None, intent="nlu_fallback", selector=None, after=None,
              loop="afspraak_form", candidate=True, value=None):
    """The validation action as Rasa calls it after a message (candidate: the slot asked for
    holds the text, or `value`), or, with `after` (an action name), when the form comes back
    after that action of a rule (no candidate; the same latest message)."""
    parse = {"text": text, "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    if selector:
        parse["response_selector"] = {"faq": {"response": {"utter_action": selector, "confidence": 0.9}}}
    values = dict(slots or {}) | {"requested_slot": requested}
    events = [ActionExecuted("action_listen"), UserUttered(text, parse["intent"])]
    if after:
        events.append(ActionExecuted(after))
    events.append(ActionExecuted(loop))
    if candidate and not after:
        values[requested] = text if value is None else value
        events.append(SlotSet(requested, values[requested]))
    trk = Tracker("gesprek-1", values, parse, events, False, None, {"name": loop}, "action_listen")
    dispatcher = CollectingDispatcher()
    result = asyncio.run(form.run(dispatcher, trk, DOMAIN))
    return [m.get("response") for m in dispatcher.messages], slots_of(result), dispatcher.messages


def variant(response: str, slots: dict) -> dict:
    """The variant of a response Rasa would send with these slots (its conditional variants must
    exclude each other; else the unconditional one)."""
    variants = DOMAIN["responses"][response]
    matching = [v for v in variants if v.get("condition")
                and all(slots.get(c["name"]) == c["value"] for c in v["condition"])]
    assert len(matching) <= 1, f"{response}: more than one variant for {slots}"
    return matching[0] if matching else next(v for v in variants if not v.get("condition"))


def appointments(db) -> int:
    with db() as session:
        return session.execute(select(func.count()).select_from(Appointment)).scalar_one()


SLOTS_AT = {
    "tijd_wens": {},
    "gekozen_tijd": {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY},
    "ontmoetingsvorm": {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY,
                        "gekozen_tijd": MARIEKE_TUESDAY[0]},
    "bereikbaar": {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY,
                   "gekozen_tijd": MARIEKE_TUESDAY[0], "ontmoetingsvorm": "telefoon"},
    "bevestiging": {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY,
                    "gekozen_tijd": MARIEKE_TUESDAY[0], "ontmoetingsvorm": "telefoon", "bereikbaar": "anoniem"},
}


# --- c02 and c24: a clear decline ends the booking, kindly; a question in it is answered ---------

def test_c02_not_yet_a_booking_and_a_question_ends_the_form_and_answers_it(db):
    text = "wacht ik wil nog geen afspraak, ik vroeg of het anoniem kan"
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", intent="afspraak_maken")
    assert "utter_tijd_niet_begrepen" not in messages  # before: "Dat kon ik niet als dag of tijd lezen"
    assert messages[0] == "utter_afspraak_afgezegd"
    assert "utter_faq/anoniem" in messages  # the question asked: can I talk anonymously?
    assert result["requested_slot"] is None and result["bevestiging"] is False  # the form ends, nothing booked
    assert result["afspraak_afgezegd"] is True and result.get("afspraak_stoppen") is not True
    booked_slots = SLOTS_AT["tijd_wens"] | {"bevestiging": False, "afspraak_afgezegd": True}
    _, events = run(a.ActionBoekAfspraak(), tracker(booked_slots, loop=None))
    after = slots_of(events)
    assert after["afspraak_uitkomst"] == "niet_bevestigd" and "afspraak_afgezegd" not in after  # kept for the text
    assert appointments(db) == 0
    closing = variant("utter_afspraak_niet_geboekt", {"afspraak_afgezegd": True})
    assert closing.get("condition") and "afspraak" in closing["text"]


@pytest.mark.parametrize("text", [
    "stop, I'll think about it", "stop ik denk er nog over na", "ok laat maar even, ik wil er nog over nadenken",
    "not now", "nee ik wil alleen informatie", "wacht even, ik wil eerst iets weten", "ik wil geen afspraak",
])
@pytest.mark.parametrize("requested", list(SLOTS_AT))
def test_a_clear_decline_at_any_step_ends_the_form_kindly(db, text, requested):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, requested, SLOTS_AT[requested])
    assert messages[:1] == ["utter_afspraak_afgezegd"]
    assert not {"utter_kies_een_tijd", "utter_tijd_niet_begrepen", "utter_bereikbaar_niet_begrepen"} & set(messages)
    assert result["requested_slot"] is None and result["bevestiging"] is False and result["afspraak_afgezegd"] is True


def test_a_decline_taken_for_a_question_is_heard_first_and_its_question_answered_once(db):
    text = "ik wil nog geen afspraak. kan ik anoniem bellen?"
    trk = tracker({}, text=text, intent="faq", requested="tijd_wens")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/anoniem_bellen",
                                                                    "confidence": 0.9}}}
    assert run(a.ActionVraagInAfspraak(), trk) == ([], [])  # the FAQ rule's action leaves it to the form
    messages, result, _ = form_step(a.ValidateAfspraakForm(), text, "tijd_wens", intent="faq",
                                    selector="utter_faq/anoniem_bellen", after="action_vraag_in_afspraak")
    assert messages == ["utter_afspraak_afgezegd", "utter_faq/anoniem_bellen"] and result["requested_slot"] is None


def test_a_question_about_who_answered_by_the_faq_rule_is_not_answered_again_by_the_form(db):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "wie is external?", "tijd_wens", intent="faq",
                                    after="action_vraag_in_afspraak")
    assert messages == [] and result.get("tijd_wens") is None


def test_a_decline_of_one_option_is_no_decline_of_the_booking(db):
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "ik wil geen afspraak op maandag, liever dinsdag",
                                    "tijd_wens")
    assert "utter_afspraak_afgezegd" not in messages and result.get("afspraak_afgezegd") is not True


def test_the_weaker_no_still_offers_to_stop_or_go_on(db):
    _, result, _ = form_step(a.ValidateAfspraakForm(), "hoeft niet meer", "gekozen_tijd", SLOTS_AT["gekozen_tijd"])
    assert result["afspraak_stoppen"] is True and result.get("bevestiging") is not False


# --- c24: "wie is external?" ----------------------------------------------------------------------

def test_c24_who_is_external_is_answered_with_the_external_counsellor_and_the_question_comes_back(db):
    messages, result, sent = form_step(a.ValidateAfspraakForm(), "wie is external?", "tijd_wens")
    assert messages == ["utter_vp_wie_is"] and result.get("tijd_wens") is None
    assert "Ruud de Boer" in sent[0]["vp_overzicht"] and "Marieke" not in sent[0]["vp_overzicht"]


def test_c24_the_request_that_asks_who_is_external_answers_it_and_hears_the_wish(db):
    text = ("ok thanks. maar honestly, wie is external? i'd rather niet praten met iemand van binnen, "
            "the office is small")
    messages, events = run(a.ActionResetAfspraak(), tracker(text=text, intent="afspraak_maken", loop=None))
    assert [m["response"] for m in messages] == ["utter_vp_wie_is"]
    assert "Ruud de Boer" in messages[0]["vp_overzicht"] and "Marieke" not in messages[0]["vp_overzicht"]
    assert slots_of(events)["vp_extern"] == "extern"


# --- c29: a move by code can change the way of meeting; the own time is free for itself ---------

def _video_appointment(db, start=RUUD_WEDNESDAY):
    return book(db, "ruud-de-boer", start, offer.end_of(start), "video", None, "m.devries@voorbeeld.nl",
                now=a.clock.now()).code


def _own(code_slots: dict) -> str:
    return f"ruud-de-boer|{RUUD_WEDNESDAY.isoformat()}"


def _start_move(db, text):
    _, events = run(a.ActionStartBeheer(), tracker(text=text, intent="afspraak_wijzigen", loop=None))
    return slots_of(events)


def _code_form(db, slots, text, requested="code_invoer", intent="afspraak_wijzigen"):
    """A step of the code form; at code_invoer, its activation with the code of the request."""
    value = slots.get("code_invoer") if requested == "code_invoer" else None
    return form_step(a.ValidateAfspraakCodeForm(), text, requested, slots, intent=intent, loop="afspraak_code_form",
                     value=value)


def _finish(slots):
    return run(a.ActionRondBeheerAf(), tracker(slots, loop=None))


def test_c29_the_same_time_but_by_phone_changes_only_the_way(db):
    code = _video_appointment(db)
    text = f"ik wil mijn afspraak wijzigen. code {code}. zelfde tijd maar telefonisch"
    started = _start_move(db, text)
    assert started["ontmoetingsvorm"] == "telefoon" and started["alleen_vorm"] is True
    messages, result, _ = _code_form(db, started, text)
    assert result["requested_slot"] is None  # no new time asked
    assert "utter_tijd_precies_bezet" not in messages and "utter_afspraak_gevonden_wijzigen" not in messages
    _, events = _finish(started | result)
    done = slots_of(events)
    assert done["afspraak_uitkomst"] == "vorm_gewijzigd" and done["ontmoetingsvorm_titel"] == "telefonisch"
    view = find_by_code(db, code)
    assert view.meeting_mode.value == "telefoon" and view.starts_at == RUUD_WEDNESDAY
    confirmation = variant("utter_afspraak_vorm_gewijzigd", done)["text"]
    assert "{ontmoetingsvorm_titel}" in confirmation and "{afspraak_tijd}" in confirmation
    with db() as session:
        mail = session.execute(select(MailOutbox).order_by(MailOutbox.id.desc())).scalars().first()
    assert "telefonisch" in mail.body and "via video" in mail.body  # the counsellor sees what changed


def test_c29_phone_instead_of_video_and_later_moves_with_the_new_way(db):
    code = _video_appointment(db)
    text = (f"hallo, ik heb een afspraak, code {code}. kan het telefonisch in plaats van via video? "
            "en kan het een uurtje later?")
    started = _start_move(db, text)
    assert started["ontmoetingsvorm"] == "telefoon" and not started.get("alleen_vorm")
    messages, result, _ = _code_form(db, started, text)
    assert messages == ["utter_afspraak_gevonden_nieuwe_vorm"] and result["requested_slot"] == "tijd_wens"
    slots = started | result
    messages, result, _ = _code_form(db, slots, "woensdag rond 11 uur", "tijd_wens", intent="nlu_fallback")
    slots |= result
    later = next(o for o in slots["aangeboden_tijden"] if offer.decode(o)[1].astimezone(AMSTERDAM).hour == 11)
    _, result, _ = _code_form(db, slots, later, "gekozen_tijd", intent="kies_tijd")
    slots |= result
    _, events = _finish(slots)
    done = slots_of(events)
    assert done["afspraak_uitkomst"] == "gewijzigd" and done["ontmoetingsvorm_titel"] == "telefonisch"
    assert find_by_code(db, code).meeting_mode.value == "telefoon"


def test_c29_the_own_time_is_not_taken_for_itself(db):
    code = _video_appointment(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code),
             "referentiecode": reference.display(code), "ontmoetingsvorm": "telefoon"}
    messages, result, _ = _code_form(db, slots, "woensdag 10 maart om 09:45", "tijd_wens", intent="nlu_fallback")
    assert "utter_tijd_precies_bezet" not in messages  # before: "Om 09:45 is er helaas geen tijd vrij"
    assert _own(slots) in result["aangeboden_tijden"]


def test_c29_the_same_time_typed_in_the_time_step_keeps_the_time_and_changes_the_way(db):
    code = _video_appointment(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code),
             "referentiecode": reference.display(code)}
    messages, result, _ = _code_form(db, slots, "zelfde tijd maar telefonisch", "tijd_wens", intent="nlu_fallback")
    assert result["requested_slot"] is None and result["ontmoetingsvorm"] == "telefoon"
    _, events = _finish(slots | result)
    assert slots_of(events)["afspraak_uitkomst"] == "vorm_gewijzigd"
    assert find_by_code(db, code).meeting_mode.value == "telefoon"


def test_a_way_the_counsellor_does_not_offer_is_said_honestly_and_nothing_changes(db):
    code = _video_appointment(db)
    text = f"ik wil mijn afspraak wijzigen, code {code}, zelfde tijd maar op locatie"
    started = _start_move(db, text)
    messages, result, sent = _code_form(db, started, text)
    assert messages[0] == "utter_verzetten_vorm_kan_niet" and "Ruud de Boer" in sent[0]["vp_met_wie"]
    _, events = _finish(started | result)
    assert slots_of(events)["afspraak_uitkomst"] == "niet_geannuleerd"  # "je afspraak ... blijft staan"
    assert find_by_code(db, code).meeting_mode.value == "video"


def test_moving_to_the_own_time_with_the_same_way_changes_nothing(db):
    code = _video_appointment(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code),
             "referentiecode": reference.display(code), "gekozen_tijd": _own({}), "tijd_wens": "woensdag"}
    _, events = _finish(slots)
    assert slots_of(events)["afspraak_uitkomst"] == "niet_geannuleerd"


# --- c18: a phone appointment with only an e-mail address: who calls -----------------------------

@pytest.mark.parametrize("response", ["utter_afspraak_geboekt", "utter_ask_bevestiging"])
def test_c18_a_phone_appointment_with_an_email_address_says_who_calls(response):
    text = variant(response, {"bereikbaar": "email", "ontmoetingsvorm": "telefoon"})["text"]
    assert "{vp_nummer}" in text and "bel" in text.lower() and "{contactgegeven}" in text
    other = variant(response, {"bereikbaar": "telefoon", "ontmoetingsvorm": "telefoon"})["text"]
    assert other != text


# --- c01: a wish with a question; "Een ander moment" typed --------------------------------------

def test_c01_the_time_wish_given_with_a_question_is_kept(db):
    trk = tracker({}, text="donderdag middag graag, en kost dat iets?", intent="faq", requested="tijd_wens")
    trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": "utter_faq/kosten",
                                                                    "confidence": 0.9}}}
    messages, events = run(a.ActionVraagInAfspraak(), trk)
    assert [m["response"] for m in messages][:1] == ["utter_faq/kosten"]
    slots = slots_of(events)
    starts = [offer.decode(v)[1].astimezone(AMSTERDAM) for v in slots["aangeboden_tijden"]]
    assert starts and all(s.date() == dt.date(2027, 3, 11) and s.hour >= 12 for s in starts)  # Thursday afternoon


def test_c01_another_moment_typed_asks_for_the_wish_again(db):
    slots = SLOTS_AT["gekozen_tijd"]
    messages, result, _ = form_step(a.ValidateAfspraakForm(), "Een ander moment", "gekozen_tijd", slots,
                                    intent="afspraak_wijzigen", after="action_beheer_in_boeking")
    assert "utter_afspraak_beheer_in_boeking" not in messages  # "Je maakt nu een nieuwe afspraak ..."
    assert result["aangeboden_tijden"] is None and result["tijd_wens"] is None
    assert result["requested_slot"] == "tijd_wens"


# --- c19: before office hours ---------------------------------------------------------------------

def test_c19_before_office_hours_is_read_and_said_honestly(db):
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens",
                                "het liefst in de ochtend, voor kantoortijd, en via video. woensdag of donderdag")
    assert "utter_tijd_te_vroeg" in messages  # nobody has talks before 09:00: said, with the nearest times
    starts = [offer.decode(v)[1].astimezone(AMSTERDAM) for v in result["aangeboden_tijden"]]
    assert starts[0].hour == 9 and starts[0].minute == 0


def test_asking_for_the_way_the_appointment_already_has_says_so(db):
    code = _video_appointment(db)
    text = f"ik wil mijn afspraak wijzigen, code {code}, zelfde tijd maar via video"
    started = _start_move(db, text)
    _, result, sent = _code_form(db, started, text)
    assert [m.get("text") for m in sent] == ["Je afspraak is al via video."]
    _, events = _finish(started | result)
    assert slots_of(events)["afspraak_uitkomst"] == "niet_geannuleerd"  # "je afspraak ... blijft staan"


@pytest.mark.parametrize(("selector", "expected"), [(None, "utter_faq/anoniem"),
                                                    ("utter_faq/anoniem", "utter_faq/anoniem")])
def test_c02_a_privacy_question_that_starts_the_booking_is_answered_first(db, selector, expected):
    trk = tracker(text="hij is wel mijn chef eigenlijk. kan ik anoniem met iemand praten?", intent="afspraak_maken",
                  loop=None)
    if selector:
        trk.latest_message["response_selector"] = {"faq": {"response": {"utter_action": selector, "confidence": 0.9}}}
    messages, _ = run(a.ActionResetAfspraak(), trk)
    assert [m["response"] for m in messages] == [expected]
    assert run(a.ActionResetAfspraak(), tracker(text="ik wil een afspraak op donderdag", loop=None))[0] == []


def test_the_answer_just_given_is_not_given_again_with_the_decline(db):
    """c02 after the fix: "kan ik anoniem met iemand praten?" was answered when it started the
    booking; "wacht ik wil nog geen afspraak, ik vroeg of het anoniem kan" then needs no second copy."""
    text = "wacht ik wil nog geen afspraak, ik vroeg of het anoniem kan"
    parse = {"text": text, "intent": {"name": "geen_stap_willen", "confidence": 0.9}, "entities": []}
    events = [ActionExecuted("action_listen"), UserUttered("kan ik anoniem met iemand praten?", {}),
              ActionExecuted("action_reset_afspraak"),
              {"event": "bot", "text": "In deze chat ...", "metadata": {"utter_action": "utter_faq/anoniem"}},
              ActionExecuted("action_listen"), UserUttered(text, parse["intent"]), ActionExecuted("afspraak_form"),
              SlotSet("tijd_wens", text)]
    trk = Tracker("gesprek-1", {"requested_slot": "tijd_wens", "tijd_wens": text}, parse, events, False, None,
                  {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    asyncio.run(a.ValidateAfspraakForm().run(dispatcher, trk, DOMAIN))
    assert [m.get("response") for m in dispatcher.messages] == ["utter_afspraak_afgezegd"]
