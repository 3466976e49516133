"""Issue 10, open items of the twentieth stranger test (2026-12-05), in the actions.

Real rasa_sdk Tracker and CollectingDispatcher, the real domain, the example counsellors in SQLite."""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import actions as general
from actions import afspraak as a
from bot.dialogue import crisis
from tests.actions.test_actions import run, slots_of, tracker
from tests.actions.test_afspraak_fifteenth_stranger import CHOSEN
from tests.actions.test_afspraak_off_script import form_run


def _after_crisis(text: str, soort: str, intent: str = "faq", detail: str | None = None):
    latest = {"text": text, "intent": {"name": intent, "confidence": 0.6}, "entities": []}
    slots = {"crisis_soort": soort, "crisis_actief": True, "crisis_detail": detail, "hulplijn_geweigerd": False}
    trk = Tracker("gesprek-1", slots, latest, [], False, None, {}, "action_listen")
    messages, events = run(general.ActionCrisisVervolg(), trk)
    return [m.get("response") for m in messages], slots_of(events)


def test_not_now_but_tomorrow_after_the_violence_answer_gets_what_to_do_before_then():
    """C c10: "nu niet. morgen wel" after "Ben je nu in gevaar?" got "Waarmee kan ik je helpen?"."""
    responses, _ = _after_crisis("nu niet. morgen wel", crisis.GEWELD, intent="ontkennen")
    assert responses == ["utter_crisis_dreiging_later"]


def test_going_home_later_after_a_threat_gets_not_alone():
    """C c06: "nu niet, ik zit op kantoor ... om 6 uur moet ik naar huis" got the aftercare for violence."""
    text = "nu niet, ik zit op kantoor met anderen. maar om 6 uur moet ik naar huis. wat moet ik doen?"
    responses, _ = _after_crisis(text, crisis.GEWELD, intent="buiten_vp_taak")
    assert responses == ["utter_crisis_naar_huis"]


def test_a_threat_for_later_gets_the_later_answer_first():
    """C c10: "komt morgen terug. met mes zei hij" got only "Ben je nu in gevaar?"."""
    trk = tracker("crisis", "komt morgen terug. met mes zei hij", slots={"situatie": "agressie_geweld"},
                  crisis={"category": None, "rule": "classifier", "level": "alarm"})
    _, events = run(general.ActionBepaalCrisissoort(), trk)
    slots = slots_of(events)
    assert slots["crisis_soort"] == crisis.GEWELD and slots["crisis_detail"] == crisis.LATER
    variants = general_variants("utter_crisis_geweld", "later")
    assert len(variants) == 1 and "leidinggevende" in variants[0] and "{spoed_nummer}" in variants[0]


def general_variants(response: str, detail: str) -> list[str]:
    from tests.actions.domain import DOMAIN

    return [v["text"] for v in DOMAIN["responses"][response]
            if v.get("condition") == [{"type": "slot", "name": "crisis_detail", "value": detail}]]


def test_worried_about_a_colleague_asking_112_without_an_address_gets_call_112():
    """C c05: "kan ik 112 bellen zonder adres?" got the text for someone threatened."""
    text = "hij woont alleen, ik weet zijn adres niet precies. kan ik 112 bellen zonder adres?"
    responses, _ = _after_crisis(text, crisis.ZORGEN_ANDER)
    assert responses == ["utter_crisis_ander_bel_112"]


def test_what_113_does_is_answered_right_after_the_suicide_answer():
    """C c07: "wat gebeurt er als ik 113 bel? sturen ze politie?" got the police text."""
    responses, _ = _after_crisis("wat gebeurt er als ik 113 bel? sturen ze politie?", crisis.ZELFMOORD)
    assert responses == ["utter_faq/wat_doet_113"]


def test_no_danger_and_a_question_about_sick_leave_gets_that_answer_and_ends_the_crisis():
    """C c02: "nee geen gevaar, ik ga echt geen 112 bellen ... mag ik me ziekmelden?" got the answer for
    someone at the door."""
    text = "nee geen gevaar, ik ga echt geen 112 bellen. ik ben gewoon op. mag ik me morgen ziekmelden hiervoor?"
    responses, slots = _after_crisis(text, crisis.GEWELD)
    assert responses == ["utter_faq/ziek_melden"]
    assert slots["crisis_actief"] is False


def test_help_lines_refused_after_sexual_violence_name_no_number_and_mark_the_refusal():
    """C c08: "geen centrum, geen politie" got the Centrum Seksueel Geweld a third time."""
    text = "ik ga niemand bellen. geen centrum, geen politie. ik wil gewoon dat het niet gebeurd is"
    responses, slots = _after_crisis(text, "seksueel_geweld", intent="geen_stap_willen")
    assert responses == ["utter_crisis_geen_hulplijn_csg"]
    assert slots["hulplijn_geweigerd"] is True
    from tests.actions.domain import DOMAIN

    assert "nummer" not in DOMAIN["responses"]["utter_crisis_geen_hulplijn_csg"][0]["text"]


def test_stop_with_the_numbers_and_a_meeting_with_him_tomorrow_gets_what_helps_at_work():
    responses, _ = _after_crisis("stop met die nummers. moet ik morgen naar dat overleg?", "seksueel_geweld")
    assert responses == [crisis.HEM_WEER_ZIEN]


def test_a_new_crisis_after_a_refusal_may_name_its_help_again():
    trk = tracker("crisis", "ik wil dood", slots={"crisis_soort": "seksueel_geweld", "hulplijn_geweigerd": True},
                  crisis={"category": "zelfmoord", "rule": "wil_dood"})
    _, events = run(general.ActionBepaalCrisissoort(), trk)
    assert slots_of(events)["hulplijn_geweigerd"] is False


def test_a_reset_outside_a_crisis_sets_the_refusal_back_to_false():
    _, events = run(general.ActionResetGesprek(), tracker(slots={"hulplijn_geweigerd": True}))
    assert slots_of(events)["hulplijn_geweigerd"] is False


def test_whether_to_tell_the_counsellor_of_a_death_wish_is_answered_in_the_time_step(db):
    """C c09: "moet ik hem vertellen dat ik vannacht dood wilde? ben bang dat ie dan mijn baas belt" got
    the time slots again, then "Kies een van de tijden"."""
    slots = {"tijd_wens": "zo snel mogelijk", "aangeboden_tijden": CHOSEN["aangeboden_tijden"]}
    text = "moet ik hem vertellen dat ik vannacht dood wilde? ben bang dat ie dan mijn baas belt"
    responses, result, _ = form_run(a.ValidateAfspraakForm(), text, "gekozen_tijd", slots, intent="faq")
    assert responses == ["utter_faq/vp_zelfmoordgedachten"]
    assert result["gekozen_tijd"] is None


def test_the_question_rule_in_the_booking_answers_a_death_wish_question_with_a_time_word(db):
    """The same message read as a question (rule: action_vraag_in_afspraak): "vannacht" made it a
    question about time only, so no answer came."""
    from rasa_sdk.events import ActionExecuted, UserUttered

    text = "moet ik hem vertellen dat ik vannacht dood wilde? ben bang dat ie dan mijn baas belt"
    parse = {"text": text, "intent": {"name": "faq", "confidence": 0.9}, "entities": []}
    slots = {"requested_slot": "gekozen_tijd", "tijd_wens": "zo snel mogelijk",
             "aangeboden_tijden": CHOSEN["aangeboden_tijden"]}
    trk = Tracker("gesprek-1", slots, parse, [ActionExecuted("action_listen"), UserUttered(text, parse["intent"])],
                  False, None, {"name": "afspraak_form"}, "action_listen")
    messages, _ = run(a.ActionVraagInAfspraak(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/vp_zelfmoordgedachten"]


def test_not_now_but_tomorrow_read_as_a_no_keeps_the_threat_in_mind():
    """C c10 replayed: "nu niet. morgen wel" is read as a no (intent ontkennen, rule to
    action_bedoeling_bevestigd), which gave the opening question."""
    trk = tracker("ontkennen", "nu niet. morgen wel", slots={"crisis_actief": True, "crisis_soort": crisis.GEWELD})
    messages, _ = run(general.ActionBedoelingBevestigd(), trk)
    assert [m.get("response") for m in messages] == [crisis.DREIGING_LATER]


def test_going_home_later_read_as_a_situation_gets_not_alone_not_the_aftercare():
    """C c06 replayed: read as a situation (buiten_vp_taak), it got the aftercare and a category check."""
    text = "nu niet, ik zit op kantoor met anderen. maar om 6 uur moet ik naar huis. wat moet ik doen?"
    trk = tracker("buiten_vp_taak", text, slots={"crisis_actief": True, "crisis_soort": crisis.GEWELD})
    messages, _ = run(general.ActionHerkenSituatie(), trk)
    assert [m.get("response") for m in messages] == [crisis.NAAR_HUIS]


def test_no_centre_no_police_read_as_no_step_answers_the_refusal_without_a_number():
    """C c08 replayed: "geen centrum, geen politie" is read as not wanting a step (action_geen_stap), which
    named the centre's number again."""
    text = "ik ga niemand bellen. geen centrum, geen politie. ik wil gewoon dat het niet gebeurd is"
    trk = tracker("geen_stap_willen", text, slots={"crisis_actief": True, "crisis_soort": "seksueel_geweld"})
    messages, events = run(general.ActionGeenStap(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_geen_hulplijn_csg"]
    assert slots_of(events)["hulplijn_geweigerd"] is True


def test_a_meeting_with_him_tomorrow_read_as_a_side_question_after_sexual_violence_is_about_facing_him():
    """C c08 replayed: "ok. morgen moet ik weer met hem in overleg om 9 uur. ik kan dat niet" got the 112 text."""
    responses, _ = _after_crisis("ok. morgen moet ik weer met hem in overleg om 9 uur. ik kan dat niet",
                                 "seksueel_geweld")
    assert responses == [crisis.HEM_WEER_ZIEN]


def test_having_spoken_to_113_is_heard_not_answered_with_113_again():
    """C c09: "ik heb net een half uur met 113 gechat ... hoe doe ik dat?" got "bel 113" again."""
    text = ("ik heb net een half uur met 113 gechat. gaat iets beter. ze zeiden dat ik het op mijn werk moet "
            "aankaarten. hoe doe ik dat?")
    responses, _ = _after_crisis(text, crisis.ZELFMOORD)
    assert responses == ["utter_crisis_113_gesproken"]


def test_moving_to_another_counsellor_by_name_is_said_to_need_a_new_appointment(db):
    """A c10: "zelfde tijd maar dan bij marieke, op locatie" while moving Ruud's appointment: the wish
    was ignored five times; a move stays with the same counsellor, and the way to switch is said."""
    ruud = a._counsellor("ruud-de-boer")
    assert a.ValidateAfspraakCodeForm._wants_someone_else("zelfde tijd maar dan bij marieke, op locatie", [ruud])
    assert not a.ValidateAfspraakCodeForm._wants_someone_else("zelfde tijd maar dan bij ruud", [ruud])
    from tests.actions.domain import DOMAIN

    assert "Annuleer" in DOMAIN["responses"]["utter_verzetten_vorm_kan_niet"][0]["text"]


def test_a_scheduling_remark_at_a_later_step_is_no_new_incident(db):
    """Round 21 A: "donderdag heb ik overleg met hem, liever vrijdag" at the contact step got "Wil je daar
    eerst over praten?" (read as a new incident) and the day was lost."""
    trk = tracker("intimidatie", "donderdag heb ik overleg met hem, liever vrijdag")
    assert a.ValidateAfspraakForm._new_incident("donderdag heb ik overleg met hem, liever vrijdag", trk) is None
    told = tracker("seksuele_intimidatie", "vandaag gaf mijn chef me weer een klap op mijn billen")
    assert a.ValidateAfspraakForm._new_incident("vandaag gaf mijn chef me weer een klap op mijn billen",
                                                told) == "seksuele_intimidatie"


def test_a_no_that_denies_the_thought_after_the_check_gets_no_suicide_answer():
    """Round 21 C c02."""
    from rasa_sdk.events import ActionExecuted, BotUttered, UserUttered

    text = "nee nee zo erg is het niet. ik ben gewoon op. mijn collega's laten me alles alleen doen"
    latest = {"text": text, "intent": {"name": "ontkennen", "confidence": 0.9}, "entities": []}
    events = [ActionExecuted("utter_crisis_check"),
              BotUttered("...", metadata={"utter_action": "utter_crisis_check"}), UserUttered(text, latest["intent"])]
    trk = Tracker("gesprek-1", {"crisis_soort": "check"}, latest, events, False, None, {}, "action_listen")
    _, out = run(general.ActionBepaalCrisissoort(), trk)
    assert slots_of(out)["crisis_soort"] == general.GAAT_GOED


def test_a_typed_no_to_the_situation_check_read_as_that_situation_gets_the_list():
    """Round 21 B c01: "nee, zo erg is het nie. seksueel is een groot woord" to "Klopt het dat het gaat om
    seksuele intimidatie?" was read as sexual harassment and the same question came again (four times)."""
    text = "nee, zo erg is het nie. seksueel is een groot woord, het zijn maar opmerkingen"
    trk = tracker("seksuele_intimidatie", text,
                  slots={"situatie": "seksuele_intimidatie", "open_vraag": "check_situatie"})
    messages, events = run(general.ActionHerkenSituatie(), trk)
    assert [m.get("response") for m in messages] == ["utter_kies_situatie"]
    assert slots_of(events)["open_vraag"] == "kies_situatie"


def test_not_calling_and_wanting_to_be_heard_read_as_a_booking_is_a_follow_up():
    """Round 21 C c01: "ik ga niet bellen. ik wil gewoon dat iemand luistert" right after the suicide answer
    was read as a request to book (afspraak_maken 0.44), and the time slots came."""
    from bot.nlu.components import NotSafeAfterAll
    from tests.actions.test_eleventh_stranger import _msg

    heard = NotSafeAfterAll().process([_msg("ik ga niet bellen. ik wil gewoon dat iemand luistert", "afspraak_maken",
                                            0.44)])[0]
    assert heard.get("intent")["name"] == "nlu_fallback"
    booked = NotSafeAfterAll().process([_msg("ik ga niet bellen, ik wil een afspraak met de vertrouwenspersoon",
                                             "afspraak_maken", 0.8)])[0]
    assert booked.get("intent")["name"] == "afspraak_maken"
    responses, _ = _after_crisis("ik ga niet bellen. ik wil gewoon dat iemand luistert", crisis.ZELFMOORD,
                                 intent="nlu_fallback")
    assert responses == ["utter_crisis_niet_bellen_113"]
