"""action_hervat_gesprek after a side answer (stranger test 2, parts C and G): it names the
counsellors the bot knows after "wie is de vertrouwenspersoon bij ons?", and remembers the
answer just given so the same question right after gets the short form."""

from __future__ import annotations

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions import actions as a
from tests.actions.domain import DOMAIN


def faq_tracker(key: str, text: str = "", slots: dict | None = None) -> Tracker:
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.9}, "entities": [],
              "response_selector": {"default": {"response": {"intent_response_key": f"faq/{key}"}}}}
    return Tracker("test", slots or {}, latest, [], False, None, {}, "action_listen")


def intent_tracker(intent: str, slots: dict | None = None) -> Tracker:
    latest = {"text": "", "intent": {"name": intent, "confidence": 0.9}, "entities": []}
    return Tracker("test", slots or {}, latest, [], False, None, {}, "action_listen")


def run(trk: Tracker):
    dispatcher = CollectingDispatcher()
    events = a.ActionHervatGesprek().run(dispatcher, trk, DOMAIN)
    # huisarts_nu (who looks at an injury at this hour) is refreshed after every side answer:
    # tested in test_crisis_and_venting_actions.py
    return dispatcher.messages, {e["name"]: e["value"] for e in events if e["event"] == "slot"
                                 and e["name"] != "huisarts_nu"}


def test_who_our_counsellors_are_names_each_with_kind_and_internal_or_external(db):
    messages, _ = run(faq_tracker("wie_is_vp"))
    named = [m for m in messages if m["response"] == "utter_vertrouwenspersonen_hier"]
    assert len(named) == 1
    overview = named[0]["vp_overzicht"]
    assert "Marieke Jansen, interne vertrouwenspersoon voor ongewenst gedrag" in overview
    assert "Ruud de Boer, externe vertrouwenspersoon voor ongewenst gedrag en integriteit" in overview


def test_the_internal_or_external_explanation_also_names_them(db):
    messages, _ = run(faq_tracker("intern_extern"))
    assert [m["response"] for m in messages] == ["utter_vertrouwenspersonen_hier"]


def test_without_counsellors_the_bot_says_it_cannot_show_them(tmp_path, monkeypatch):
    from bot.db.migrate import upgrade

    url = f"sqlite:///{tmp_path / 'empty.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    upgrade(url)
    messages, _ = run(faq_tracker("wie_is_vp"))
    assert [m["response"] for m in messages] == ["utter_vertrouwenspersonen_onbekend"]


def test_other_side_answers_name_nobody(db):
    messages, _ = run(faq_tracker("kosten"))
    assert messages == []


def test_the_storage_answer_is_remembered_then_given_in_full_again_the_third_time():
    _, first = run(faq_tracker("wat_bewaart_bot"))
    assert first == {"vorig_antwoord": "wat_bewaart_bot", "opslag_net_gezegd": True, "al_hervat": None}
    _, second = run(faq_tracker("wat_bewaart_bot", slots=first))
    assert second == {"vorig_antwoord": None, "opslag_net_gezegd": False, "al_hervat": None}
    _, other = run(faq_tracker("kosten", slots=first))
    assert other == {"vorig_antwoord": "kosten", "opslag_net_gezegd": False, "al_hervat": None}


def test_the_manager_block_and_the_manager_faq_count_as_the_same_answer():
    _, first = run(intent_tracker("leidinggevende_klacht"))
    assert first["vorig_antwoord"] == "leidinggevende"
    _, second = run(faq_tracker("leidinggevende_krijgt_melding", slots=first))
    assert second["vorig_antwoord"] is None  # the short form was given: the next one is full again


def test_the_doctor_answer_after_sexual_violence_is_not_followed_by_the_same_centre_again():
    crisis = {"crisis_actief": True, "crisis_soort": "seksueel_geweld"}
    messages, _ = run(faq_tracker("dokter", "moet ik naar een dokter?", crisis))
    assert messages == []
    messages, _ = run(faq_tracker("vastleggen", "moet ik naar een dokter?", crisis))
    assert [m["response"] for m in messages] == ["utter_crisis_dokter_csg"]


def _bot(utter_action: str) -> dict:
    return {"event": "bot", "text": "x", "metadata": {"utter_action": utter_action}}


def _user(text: str) -> dict:
    return {"event": "user", "text": text}


def _with_events(events: list[dict]) -> Tracker:
    latest = {"text": "", "intent": {"name": "faq", "confidence": 0.9}, "entities": []}
    return Tracker("test", {}, latest, events, False, None, {}, "action_listen")


def test_a_side_question_right_after_the_full_re_ask_gets_the_short_form():
    """C10, C24: "Zullen we verdergaan waar we waren?" and the same question, three times."""
    reasked = [_user("pesten"), _bot("utter_check_situatie"), _user("kosten?"), _bot("utter_faq"),
               _bot("utter_terug_naar_vraag"), _bot("utter_check_situatie"), _user("anoniem?")]
    assert run(_with_events(reasked))[1]["al_hervat"] is True
    # seventh stranger test: the whole menu again after almost every side answer; after the short
    # form the short form again, until a new open question is asked
    after_short = reasked + [_bot("utter_faq"), _bot("utter_vraag_staat_open"), _user("bot?")]
    assert run(_with_events(after_short))[1]["al_hervat"] is True
    new_question = after_short + [_bot("utter_faq"), _bot("utter_vraag_staat_open"), _user("ja"),
                                  _bot("utter_situatie_erkend"), _bot("utter_vraag_opties"), _user("kosten?")]
    assert run(_with_events(new_question))[1]["al_hervat"] is None
    first = [_user("pesten"), _bot("utter_check_situatie"), _user("kosten?")]
    assert run(_with_events(first))[1]["al_hervat"] is None


# Two questions in one message (fifth stranger test, c01 and c26): the second is not dropped.
def test_a_second_question_in_the_same_message_gets_its_own_answer(db):
    text = "kost dat eigenlijk geld? en wie is die vertrouwenspersoon, ken ik die?"
    messages, _ = run(faq_tracker("wie_is_vp", text))
    assert [m["response"] for m in messages] == ["utter_vertrouwenspersonen_hier", "utter_faq/kosten"]


def test_the_second_question_after_the_cost_answer_names_the_counsellors(db):
    messages, _ = run(faq_tracker("kosten", "kost het iets? en wie is de vertrouwenspersoon?"))
    assert [m["response"] for m in messages] == ["utter_faq/wie_is_vp", "utter_vertrouwenspersonen_hier"]


def test_one_question_gets_one_answer(db):
    messages, _ = run(faq_tracker("kosten", "kost een gesprek met de vertrouwenspersoon iets?"))
    assert messages == []


def test_a_question_asked_inside_the_booking_form_keeps_its_second_question(db):
    from actions import afspraak

    latest = {"text": "is het gratis? en mag ik mijn vriendin meenemen?", "intent": {"name": "faq", "confidence": 0.9},
              "entities": [], "response_selector": {"faq": {"response": {
                  "intent_response_key": "faq/kosten", "utter_action": "utter_faq/kosten"}}}}
    trk = Tracker("test", {"requested_slot": "ontmoetingsvorm"}, latest, [], False, None,
                  {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    afspraak.ActionVraagInAfspraak().run(dispatcher, trk, DOMAIN)
    assert [m["response"] for m in dispatcher.messages] == ["utter_faq/kosten", "utter_faq/iemand_meenemen"]


def test_coming_back_after_a_check_answered_with_a_yes_and_more_goes_to_the_options():
    events = [
        {"event": "bot", "text": "Klopt het ...?", "metadata": {"utter_action": "utter_check_situatie"}},
        {"event": "user", "text": "ja. maar is er nu iemand bereikbaar?", "parse_data": {"intent": {"name": "faq"}}},
    ]
    latest = {"text": "ja. maar is er nu iemand bereikbaar?", "intent": {"name": "faq", "confidence": 0.9},
              "entities": [], "response_selector": {"default": {"response": {"intent_response_key": "faq/agenda"}}}}
    slots = {"situatie": "nevenwerkzaamheden", "open_vraag": "check_situatie"}
    trk = Tracker("test", slots, latest, events, False, None, {}, "action_listen")
    dispatcher = CollectingDispatcher()
    result = a.ActionHervatGesprek().run(dispatcher, trk, DOMAIN)
    assert {"event": "slot", "timestamp": None, "name": "open_vraag", "value": "opties"} in result


def test_coming_back_after_a_check_not_answered_keeps_the_check():
    events = [
        {"event": "bot", "text": "Klopt het ...?", "metadata": {"utter_action": "utter_check_situatie"}},
        {"event": "user", "text": "is er nu iemand bereikbaar?", "parse_data": {"intent": {"name": "faq"}}},
    ]
    latest = {"text": "is er nu iemand bereikbaar?", "intent": {"name": "faq", "confidence": 0.9}, "entities": []}
    slots = {"situatie": "nevenwerkzaamheden", "open_vraag": "check_situatie"}
    trk = Tracker("test", slots, latest, events, False, None, {}, "action_listen")
    result = a.ActionHervatGesprek().run(CollectingDispatcher(), trk, DOMAIN)
    assert not [e for e in result if e.get("name") == "open_vraag"]


def test_a_question_about_the_counsellor_in_the_time_step_keeps_the_cost_question(db):
    # fifth stranger test c26, in the booking's time step: only the counsellors were named
    from actions import afspraak

    text = "kost dat eigenlijk geld? en wie is die vertrouwenspersoon, ken ik die?"
    latest = {"text": text, "intent": {"name": "faq", "confidence": 0.9}, "entities": []}
    trk = Tracker("test", {"requested_slot": "tijd_wens"}, latest, [], False, None,
                  {"name": "afspraak_form"}, "action_listen")
    dispatcher = CollectingDispatcher()
    assert afspraak.answer_about_counsellor(text, dispatcher, trk)
    assert [m["response"] for m in dispatcher.messages][-1] == "utter_faq/kosten"


def test_the_time_step_names_the_counsellors_and_answers_the_cost_question(db):
    # fifth stranger test c26, as Rasa runs the form's validation for the message
    from actions import afspraak
    from tests.actions.test_afspraak_fourth_stranger import form_step

    text = "kost dat eigenlijk geld? en wie is die vertrouwenspersoon, ken ik die?"
    responses, _, _ = form_step(afspraak.ValidateAfspraakForm(), text, "tijd_wens",
                                slots={"situatie": "pesten", "soort": "omgangsvormen"}, intent="faq")
    assert "utter_faq/kosten" in responses
