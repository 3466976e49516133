"""The third stranger test, W-B (docs/stranger-tests/2026-11-30-third.md): the booking form must
follow the person's wishes. The exact messages found (c03, c17, c25, c27, c28, c29).

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, a real SQLite database with
counsellors.example.yml: marieke-jansen (VPOO, internal; Mon, Tue, Thu; telefoon, op_locatie) and
ruud-de-boer (BEIDE, external; Tue pm, Wed, Fri am; telefoon, video). BOT_NOW: Monday 8 March 2027 10:00.
"""

from __future__ import annotations

import datetime as dt

from rasa_sdk.executor import CollectingDispatcher

from actions import afspraak as a
from bot.booking import offer, reference
from bot.booking.repository import book
from bot.scheduling.localtime import AMSTERDAM
from tests.actions.domain import DOMAIN
from tests.actions.test_afspraak_actions import run, slots_of, tracker, validate
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY, form_run

UTC = dt.timezone.utc
NEXT_WEEK = {dt.date(2027, 3, 15) + dt.timedelta(days=n) for n in range(7)}


def starts(offered):
    return [offer.decode(v)[1].astimezone(AMSTERDAM) for v in offered]


# --- c03: "laat maar. ik snap het niet meer, ik bel zelf wel" ----------------------------------

def test_giving_up_stops_the_booking_kindly(db):
    slots = {"tijd_wens": "dinsdagmiddag", "aangeboden_tijden": MARIEKE_TUESDAY}
    messages, result, _ = form_run(a.ValidateAfspraakForm(), "laat maar. ik snap het niet meer, ik bel zelf wel",
                                   "gekozen_tijd", slots, intent="nlu_fallback")
    assert "utter_kies_een_tijd" not in messages  # no pressure to choose
    assert result["requested_slot"] is None and result["bevestiging"] is False  # the form ends, nothing booked
    assert result["afspraak_stoppen"] is True
    _, events = run(a.ActionBoekAfspraak(), tracker(slots | {"afspraak_stoppen": True, "bevestiging": False},
                                                    loop=None))
    after = slots_of(events)
    assert after["afspraak_uitkomst"] == "niet_bevestigd" and "afspraak_stoppen" not in after
    # (round 30 recheck B c08: the variant for no appointment made earlier in the conversation; after one was
    # made, another variant says that one stands)
    variant = next(v for v in DOMAIN["responses"]["utter_afspraak_niet_geboekt"]
                   if {"type": "slot", "name": "afspraak_stoppen", "value": True} in (v.get("condition") or [])
                   and {"type": "slot", "name": "eerder_geboekt", "value": None} in v["condition"])
    assert variant["condition"] == [{"type": "slot", "name": "afspraak_stoppen", "value": True},
                                    {"type": "slot", "name": "eerder_geboekt", "value": None}]
    assert "intranet" in variant["text"] and "bellen" in variant["text"]


def test_i_will_call_myself_answers_how_to_be_reached_and_does_not_stop(db):
    slots = {"gekozen_tijd": MARIEKE_TUESDAY[0], "ontmoetingsvorm": "telefoon"}
    _, result, _ = form_run(a.ValidateAfspraakForm(), "ik bel zelf wel", "bereikbaar", slots, intent="nlu_fallback")
    assert result.get("afspraak_stoppen") is not True and result.get("bevestiging") is not False


# --- c03: the wish as she corrected it --------------------------------------------------------

def test_a_busy_week_is_no_wish_and_the_afternoon_is_kept(db):
    _, result = validate(a.ValidateAfspraakForm(), "tijd_wens",
                         "ik heb nachtdienst deze week dus liefst volgende week, middag")
    first = starts(result["aangeboden_tijden"])
    assert {s.date() for s in first} <= NEXT_WEEK and all(s.hour >= 12 for s in first)
    slots = {"tijd_wens": "ik heb nachtdienst deze week dus liefst volgende week, middag",
             "aangeboden_tijden": result["aangeboden_tijden"]}
    messages, again, _ = form_run(a.ValidateAfspraakForm(), "nee dat is morgen, dan slaap ik. ik zei volgende week",
                                  "gekozen_tijd", slots, intent="nlu_fallback")
    second = starts(again["aangeboden_tijden"])
    assert {s.date() for s in second} <= NEXT_WEEK  # not tomorrow
    assert all(s.hour >= 12 for s in second)  # the afternoon she asked for before
    assert "utter_kies_een_tijd" not in messages


def test_an_exact_time_is_offered(db):
    _, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "maandag 15 maart om 13:45")
    offered = starts(result["aangeboden_tijden"])
    assert dt.datetime(2027, 3, 15, 13, 45, tzinfo=AMSTERDAM) in offered


def test_the_afternoon_and_a_time_keep_the_day_asked_before(db):
    mornings = ["marieke-jansen|2027-03-15T08:00:00+00:00", "marieke-jansen|2027-03-15T08:45:00+00:00",
                "marieke-jansen|2027-03-15T09:30:00+00:00"]
    slots = {"tijd_wens": "maandag 15 maart", "aangeboden_tijden": mornings}
    _, result, _ = form_run(a.ValidateAfspraakForm(), "pfff. de middag. 13:45 stond er eerst toch", "gekozen_tijd",
                            slots, intent="nlu_fallback")
    offered = starts(result["aangeboden_tijden"])
    assert dt.datetime(2027, 3, 15, 13, 45, tzinfo=AMSTERDAM) in offered
    assert {s.date() for s in offered} == {dt.date(2027, 3, 15)}


def test_a_taken_exact_time_is_said(db):
    start = dt.datetime(2027, 3, 15, 12, 45, tzinfo=UTC)  # 13:45 in Amsterdam
    book(db, "marieke-jansen", start, offer.end_of(start), "telefoon", now=a.clock.now())
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "maandag 15 maart om 13:45",
                                {"vp_gekozen": "marieke-jansen"})
    assert messages == ["utter_tijd_precies_bezet"]
    assert dt.datetime(2027, 3, 15, 13, 45, tzinfo=AMSTERDAM) not in starts(result["aangeboden_tijden"])


# --- c17, c29: a part of day -------------------------------------------------------------------

def test_next_week_thursday_after_lunch(db):
    _, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "volgende week donderdag na de lunch")
    offered = starts(result["aangeboden_tijden"])
    assert {s.date() for s in offered} == {dt.date(2027, 3, 18)} and all(s.hour >= 12 for s in offered)


def test_morning_because_i_work_evenings(db):
    _, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "ochtend. ik werk s avonds")
    assert all(s.hour < 12 for s in starts(result["aangeboden_tijden"]))


# --- c27, c25: a way of meeting named with the time ----------------------------------------------

def test_on_site_selects_who_offers_it_and_says_who_has_no_time(db):
    dispatcher_messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "Op locatie graag, woensdag")
    assert {offer.decode(v)[0] for v in result["aangeboden_tijden"]} == {"marieke-jansen"}  # Ruud: no op locatie
    assert result["ontmoetingsvorm"] == "op_locatie"
    assert dispatcher_messages == ["utter_tijd_niets_vrij_bij"]  # Marieke does not work on Wednesdays


def test_nobody_free_names_who_was_looked_at(db):
    form = a.ValidateAfspraakForm()
    trk = tracker({"vp_gekozen": "marieke-jansen"}, requested="tijd_wens")
    dispatcher = CollectingDispatcher()
    form.validate_tijd_wens("woensdag", dispatcher, trk, DOMAIN)
    assert dispatcher.messages[0]["response"] == "utter_tijd_niets_vrij_bij"
    assert dispatcher.messages[0]["vp_namen"] == "Marieke Jansen"


def test_a_way_of_meeting_given_early_is_not_asked_again(db):
    _, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "zo snel mogelijk, telefonisch")
    assert result["ontmoetingsvorm"] == "telefoon"
    picked = result["aangeboden_tijden"][0]
    _, chosen = validate(a.ValidateAfspraakForm(), "gekozen_tijd", picked,
                         {"aangeboden_tijden": result["aangeboden_tijden"], "ontmoetingsvorm": "telefoon"})
    assert chosen["ontmoetingsvorm"] == "telefoon" and chosen["ontmoetingsvorm_titel"] == "telefonisch"


def test_a_way_nobody_offers_is_said(db):
    messages, result = validate(a.ValidateAfspraakForm(), "tijd_wens", "dinsdag via video",
                                {"vp_gekozen": "marieke-jansen"})
    assert messages[0] == "utter_vp_wens_niet_vorm" and result["ontmoetingsvorm"] is None


# --- c28: moving an appointment by its code ----------------------------------------------------

def _booked(db, key="ruud-de-boer", mode="video") -> str:
    start = dt.datetime(2027, 3, 9, 13, 0, tzinfo=UTC)  # Tuesday 14:00
    return book(db, key, start, offer.end_of(start), mode, now=a.clock.now()).code


def test_the_code_in_the_request_is_read(db):
    code = _booked(db)
    text = f"Ik heb een afspraak met code {code} maar ik wil hem verzetten"
    _, events = run(a.ActionStartBeheer(), tracker(text=text, intent="afspraak_wijzigen", loop=None))
    assert slots_of(events)["code_invoer"] == reference.normalise(code)


def test_the_moved_appointment_names_with_whom_and_how(db):
    code = _booked(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code)}
    _, result = validate(a.ValidateAfspraakCodeForm(), "tijd_wens", "vrijdag", slots)
    _, events = run(a.ActionRondBeheerAf(), tracker(slots | {"gekozen_tijd": result["aangeboden_tijden"][0]},
                                                    loop=None))
    moved = slots_of(events)
    assert moved["afspraak_uitkomst"] == "gewijzigd"
    assert moved["vp_met_wie"].startswith("Ruud de Boer") and moved["ontmoetingsvorm_titel"] == "via video"
    texts = [v["text"] for v in DOMAIN["responses"]["utter_afspraak_gewijzigd"]]
    assert all("{vp_met_wie}" in t for t in texts)


def test_moving_says_only_the_own_counsellor_was_looked_at(db):
    code = _booked(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code)}
    messages, _ = validate(a.ValidateAfspraakCodeForm(), "tijd_wens", "nee toch donderdag, de middag", slots)
    assert messages == ["utter_tijd_niets_vrij_bij"]  # not "niemand": Marieke was not looked at


def test_asking_someone_else_while_moving_keeps_the_code_and_says_how(db):
    code = _booked(db)
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code), "referentiecode": code}
    text = "kan het donderdag bij iemand anders dan?"
    trk = tracker(slots, text=text, intent="afspraak_wijzigen", requested="gekozen_tijd", loop="afspraak_code_form")
    _, events = run(a.ActionStartBeheer(), trk)
    assert events == []  # not "Wat is je code?" again
    messages, result, sent = form_run(a.ValidateAfspraakCodeForm(), text, "gekozen_tijd", slots,
                                      intent="afspraak_wijzigen", loop="afspraak_code_form")
    assert "Ruud de Boer" in sent[0]["text"] and "Annuleer" in sent[0]["text"]
    assert {offer.decode(v)[0] for v in result["aangeboden_tijden"]} == {"ruud-de-boer"}


def test_on_site_said_again_while_times_are_offered_offers_who_does_it(db):
    ruud_wednesday = ["ruud-de-boer|2027-03-10T08:00:00+00:00", "ruud-de-boer|2027-03-10T08:45:00+00:00",
                      "ruud-de-boer|2027-03-10T09:30:00+00:00"]
    slots = {"tijd_wens": "woensdag", "aangeboden_tijden": ruud_wednesday}
    messages, result, _ = form_run(a.ValidateAfspraakForm(), "ik zei op locatie, niet telefonisch of video",
                                   "gekozen_tijd", slots, intent="nlu_fallback")
    assert result["ontmoetingsvorm"] == "op_locatie" and result["gekozen_tijd"] is None
    assert {offer.decode(v)[0] for v in result["aangeboden_tijden"]} == {"marieke-jansen"}
    assert messages == ["utter_tijd_niets_vrij_bij"]  # Marieke does not work on Wednesdays: said


def test_on_site_said_again_when_the_times_allow_it_is_confirmed_not_taken_for_a_story(db):
    marieke_thursday = ["marieke-jansen|2027-03-11T08:00:00+00:00", "marieke-jansen|2027-03-11T08:45:00+00:00"]
    slots = {"tijd_wens": "woensdag", "aangeboden_tijden": marieke_thursday, "ontmoetingsvorm": "op_locatie"}
    messages, result, sent = form_run(a.ValidateAfspraakForm(), "ik zei op locatie, niet telefonisch of video",
                                      "gekozen_tijd", slots, intent="nlu_fallback")
    assert "utter_tijd_verhaal_gehoord" not in messages and result["gekozen_tijd"] is None
    assert sent[0]["text"] == "Goed: op locatie. Dat kan bij Marieke Jansen, op de tijden hieronder."


def test_recheck_the_own_counsellor_said_not_wanted_while_moving_is_heard(db):
    # fourteenth stranger recheck: "niet bij marieke graag" and "is er niemand anders?" while moving an
    # appointment with Marieke got her times three times and "Die vraag kan ik nu niet goed beantwoorden"
    code = _booked(db, key="marieke-jansen", mode="telefoon")
    slots = {"beheer_actie": "wijzigen", "code_invoer": reference.normalise(code), "referentiecode": code}
    form = a.ValidateAfspraakCodeForm()
    for text in ("volgende week, maar niet bij marieke graag", "is er niemand anders?"):
        trk = tracker(slots, text=text, intent="faq", requested="tijd_wens", loop="afspraak_code_form")
        assert form._wants_someone_else(text, form._counsellors(trk))
        messages, _ = run(a.ActionVraagInAfspraak(), trk)
        assert "Marieke Jansen" in messages[0]["text"] and "Annuleer" in messages[0]["text"]
    trk = tracker(slots, text="volgende week graag", intent="faq", requested="tijd_wens", loop="afspraak_code_form")
    assert not form._wants_someone_else("volgende week graag", form._counsellors(trk))
