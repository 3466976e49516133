"""Issue 10: fixes made while the thirtieth stranger test ran, from the conversation set and the
twenty-ninth recheck. Real rasa_sdk Tracker and CollectingDispatcher, the real domain, the example
counsellors in SQLite.

- conversation set agressie_03: "ja" to "Als je wilt, kunnen we daarna hier verder praten" after a
  threat for later, told from home, got "Bel dan nu 112".
- conversation set agressie_03, round 30 A c04, c05: "moet ik dit bij mijn leidinggevende melden?" after
  a threat or aggression got "Niets is verplicht" or "Nee, dat hoeft niet".
- round 30 A c02: a witness got the answer on one's own part for "maar ook om zijn handicap".
- round 29 recheck A c08: "Eerst hierover praten" before a time was chosen; back to the booking, the
  moment named before was asked again.
- round 29 recheck A c08: back after more than the idle time, nothing was said of the wiped conversation.
"""

from __future__ import annotations

from rasa_sdk import Tracker

from actions import actions as general
from actions import afspraak as a
from bot.dialogue import booking, crisis, questions, roles, situations
from bot.nlu import crisis_patterns, language
from tests.actions.domain import DOMAIN
from tests.actions.test_actions import run as run_general
from tests.actions.test_afspraak_actions import MORNING, run, tracker
from tests.actions.test_afspraak_off_script import MARIEKE_TUESDAY, form_run


def _yes_after(slots):
    events = [{"event": "user", "text": "patient zei dat hij me na mijn dienst op de parkeerplaats opwacht",
               "parse_data": {}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_geweld"}},
              {"event": "bot", "text": "...", "metadata": {"utter_action": "utter_crisis_verder"}},
              {"event": "user", "text": "ja", "parse_data": {}}]
    latest = {"text": "ja", "intent": {"name": "bevestigen", "confidence": 0.99}, "entities": []}
    return Tracker("test", dict(slots), latest, events, False, None, {}, "action_listen")


def test_a_yes_after_a_threat_for_later_is_no_danger_now():
    slots = {"crisis_soort": "geweld", "crisis_actief": True, "crisis_detail": "later"}
    messages, _ = run_general(general.ActionBedoelingBevestigd(), _yes_after(slots))
    assert [m.get("response") for m in messages] == ["utter_crisis_oke"]


def test_a_yes_while_he_waits_for_her_now_is_still_danger():
    slots = {"crisis_soort": "geweld", "crisis_actief": True, "crisis_detail": "opgewacht"}
    messages, _ = run_general(general.ActionBedoelingBevestigd(), _yes_after(slots))
    assert [m.get("response") for m in messages] == ["utter_crisis_ja"]


def _variant(response, **slots):
    """The text Rasa picks for these slot values: the variant whose conditions all hold, else the plain one."""
    variants = DOMAIN["responses"][response]
    for variant in variants:
        conditions = variant.get("condition") or []
        if conditions and all(slots.get(c["name"]) == c["value"] for c in conditions):
            return variant["text"]
    return next(v["text"] for v in variants if not v.get("condition"))


def test_whether_to_tell_the_manager_after_a_threat_is_the_answer_that_it_is_wise():
    assert roles.answer(roles.DILEMMA, None, "omgangsvormen", "moet ik dit melden?", None, threat=True) \
        == "utter_faq/melden_bij_manager"
    assert roles.answer(roles.DILEMMA, "zelf", "omgangsvormen", "moet ik het melden?", "agressie_geweld") \
        == "utter_faq/melden_bij_manager"
    assert roles.answer(roles.DILEMMA, None, "omgangsvormen", "moet ik dit melden?", "pesten") == "utter_rolvraag_zelf"
    after_threat = _variant("utter_faq/melden_bij_manager", situatie=None, rol=None, crisis_soort="geweld")
    assert "leidinggevende" in after_threat and "veilig" in after_threat and "camerabeelden" in after_threat
    assert _variant("utter_faq/melden_bij_manager", situatie="intimidatie", rol="zelf") == after_threat
    assert _variant("utter_faq/melden_bij_manager", situatie="pesten", rol=None).startswith("Nee, dat hoeft niet")


def test_a_witness_adding_a_ground_gets_no_answer_on_their_own_part():
    # round 30 A c02: "ja pesten, maar ook om zijn handicap toch" got "Dat je er zelf bij betrokken bent ..."
    assert not questions.speaks_of("faq/eigen_rol", "ja pesten, maar ook om zijn handicap toch")
    assert questions.speaks_of("faq/eigen_rol", "ik heb zelf ook meegedaan aan die grappen")


def test_back_to_the_booking_after_talking_first_reads_the_moment_named_before(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", MORNING)
    trk = tracker({"tijd_wens": "morgen om 10 uur", "situatie": "intimidatie"},
                  text="oke nu wil ik verder met de afspraak", intent="afspraak_maken", loop=None)
    messages, events = run(a.ActionResetAfspraak(), trk)
    assert "utter_afspraak_verder_wens" in [m.get("response") for m in messages]
    assert [e["value"] for e in events if e["event"] == "slot" and e["name"] == "tijd_wens"][-1] == "morgen om 10 uur"


def test_a_new_moment_in_the_request_wins_over_the_one_before(db, monkeypatch):
    monkeypatch.setenv("BOT_NOW", MORNING)
    trk = tracker({"tijd_wens": "morgen om 10 uur"}, text="verder met de afspraak, maar dan vrijdag",
                  intent="afspraak_maken", loop=None)
    messages, events = run(a.ActionResetAfspraak(), trk)
    assert "utter_afspraak_verder_wens" not in [m.get("response") for m in messages]
    assert [e["value"] for e in events if e["event"] == "slot" and e["name"] == "tijd_wens"][-1] \
        == "verder met de afspraak, maar dan vrijdag"


def test_no_moment_is_kept_from_a_booking_that_ended_or_is_still_going(monkeypatch):
    monkeypatch.setenv("BOT_NOW", MORNING)
    assert a.left_time_wish(tracker({"tijd_wens": "morgen om 10 uur"}, loop=None)) == "morgen om 10 uur"
    assert a.left_time_wish(tracker({"tijd_wens": "morgen om 10 uur", "afspraak_uitkomst": "geboekt"},
                                    loop=None)) is None
    assert a.left_time_wish(tracker({"tijd_wens": "morgen om 10 uur"})) is None  # the form still asks
    assert a.left_time_wish(tracker({"tijd_wens": "ik weet het niet"}, loop=None)) is None


def _back(events_before):
    latest = {"text": "sorry was even weg, waar waren we", "intent": {"name": "terug", "confidence": 0.95},
              "entities": []}
    events = [*events_before, {"event": "session_started"},
              {"event": "user", "text": latest["text"], "parse_data": latest}]
    return Tracker("test", {}, latest, events, False, None, {}, "action_listen")


def test_back_as_the_first_message_says_the_conversation_was_wiped():
    messages, _ = run_general(general.ActionHervatGesprek(), _back([]))
    assert "utter_terug_na_wissen" in [m.get("response") for m in messages]


def test_back_in_the_same_conversation_says_nothing_of_wiping():
    earlier = {"event": "user", "text": "ik word gepest", "parse_data": {}}
    trk = _back([])
    trk.events.insert(1, earlier)
    messages, _ = run_general(general.ActionHervatGesprek(), trk)
    assert "utter_terug_na_wissen" not in [m.get("response") for m in messages]


# --- round 30 B: the booking ---------------------------------------------------------------------


ON_SITE = {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0],
           "ontmoetingsvorm": "op_locatie", "locatie": "Gebouw A, kamer 2.14"}


def test_a_threat_to_come_home_in_the_booking_gets_that_answer_and_the_booking_waits(db):
    # B c08: "ik weet waar je woont, ik kom vanavond even langs". i am home alone: the workplace advice and
    # "We gaan verder met je afspraak", then "should i call the police now?" read as a time
    text = 'wait he is messaging me right now. "ik weet waar je woont, ik kom vanavond even langs". i am home alone'
    responses, found, _ = form_run(a.ValidateAfspraakForm(), text, "ontmoetingsvorm",
                                   {"tijd_wens": "maandag", "gekozen_tijd": MARIEKE_TUESDAY[0]}, intent="faq")
    assert responses == ["utter_crisis_bang_komst"]
    assert found["afspraak_uitkomst"] == a.ONDERBROKEN and found["crisis_soort"] == "bang_komst"


def test_a_way_of_meeting_named_as_a_condition_is_no_choice():
    text = ("half 3 is goed. maar als het op locatie is, is dat dan hier op de afdeling? want ik wil nie dat iemand "
            "van mijn team mij daar ziet binnengaan")
    assert booking.way_of_meeting(text) is None
    assert booking.way_of_meeting("als het kan telefonisch graag") == "telefoon"


def test_flemish_nie_refuses_a_way_and_liever_prefers_one():
    assert booking.ways_not_wanted("nee! telefonisch zei ik toch, nie op locatie") == {"op_locatie"}
    assert booking.prefers_way("ok dan liever telefonisch. mijn gsm is 0470 12 34 56") == "telefoon"
    assert booking.prefers_way("liever niet telefonisch") is None


def test_rather_by_phone_with_a_belgian_number_changes_the_way_of_meeting(db):
    # B c03: the summary said "op locatie" after "ok dan liever telefonisch. mijn gsm is 0470 12 34 56"
    _, found, _ = form_run(a.ValidateAfspraakForm(), "ok dan liever telefonisch. mijn gsm is 0470 12 34 56",
                           "bereikbaar", ON_SITE, intent="nlu_fallback")
    assert found["ontmoetingsvorm"] == "telefoon" and found["telefoon_belgisch"] == "+32470123456"


def _selector(key, confidence):
    return {"faq": {"response": {"utter_action": f"utter_faq/{key}", "confidence": confidence,
                                 "intent_response_key": f"faq/{key}"}}}


def test_a_question_about_the_appointment_is_answered_not_booked(db):
    # B c07: "Hoe kan ik de vertrouwenspersoon zelf bellen?" read as a request to book, four times
    trk = tracker({}, text="Hoe kan ik de vertrouwenspersoon zelf bellen?", intent="afspraak_maken", loop=None)
    trk.latest_message["response_selector"] = _selector("vp_zelf_bellen", 0.8)
    messages, events = run(a.ActionResetAfspraak(), trk)
    assert [m.get("response") for m in messages] == ["utter_faq/vp_zelf_bellen"]
    assert events == [{"event": "followup", "name": "action_listen", "timestamp": None}]


def test_a_request_to_book_with_a_question_still_books(db):
    trk = tracker({}, text="kan ik een afspraak maken? en mag ik iemand meenemen?", intent="afspraak_maken", loop=None)
    trk.latest_message["response_selector"] = _selector("iemand_meenemen", 0.9)
    _, events = run(a.ActionResetAfspraak(), trk)
    assert {"event": "followup", "name": "action_listen", "timestamp": None} not in events


def test_wanting_to_tell_first_in_the_booking_is_an_invitation_to_tell():
    # B c06: "nee, nog geen tijd. ik wil eerst vertellen wat er speelt" got the list of situations
    latest = {"text": "nee, nog geen tijd. ik wil eerst vertellen wat er speelt",
              "intent": {"name": "eerst_praten", "confidence": 0.6}, "entities": []}
    trk = Tracker("test", {}, latest, [{"event": "user", "text": latest["text"], "parse_data": latest}], False, None,
                  {}, "action_listen")
    messages, events = run_general(general.ActionHerkenSituatie(), trk)
    assert [m.get("response") for m in messages] == ["utter_wil_vertellen"]
    assert {"event": "followup", "name": "action_listen", "timestamp": None} in events


def test_asking_what_to_do_in_the_time_step_is_no_time(db):
    # A c03: "wat moet ik doen als de zoon vandaag weer komt?" took today for the talk
    text = "wat moet ik doen als de zoon vandaag weer komt? hij zegt weer dingen over mijn hoofddoek"
    responses, found, _ = form_run(a.ValidateAfspraakForm(), text, "gekozen_tijd",
                                   {"tijd_wens": "donderdag", "aangeboden_tijden": MARIEKE_TUESDAY},
                                   intent="nlu_fallback")
    assert found["gekozen_tijd"] is None and "tijd_wens" not in found
    assert responses == ["utter_afspraak_vraag_niet_begrepen"]


def test_asking_for_another_one_when_there_is_none_says_so(db):
    # B c09: "is er niemand anders extern die maandag kan?" got "Goed, ik kijk naar tijden met Ruud de Boer"
    ruud = ["ruud-de-boer|2027-03-09T13:00:00+00:00"]
    responses, _, _ = form_run(a.ValidateAfspraakForm(), "dat is te laat. is er niemand anders extern?",
                               "gekozen_tijd", {"tijd_wens": "dinsdag", "aangeboden_tijden": ruud},
                               intent="nlu_fallback")
    assert "utter_vp_wens_geen_ander" in responses and "utter_vp_wens_gehoord" not in responses


# --- round 30 A and C: crisis and matters -----------------------------------------------------------

def test_someone_at_the_counter_is_no_danger_and_no_danger_said_ends_it():
    assert not crisis.besieged_now("Momentje, er staat iemand aan mijn balie.")
    assert crisis.besieged_now("er staat een klant aan mijn balie te schreeuwen en te dreigen")
    assert crisis.false_alarm("Ik schrok wel even van uw bericht, er stond gewoon een klant. Er is niets aan de hand.")
    assert not crisis.false_alarm("er is niets aan de hand zegt hij maar ik ben bang")
    told = ["ik zag hoe een klant mijn collega duwde", "Momentje, er staat iemand aan mijn balie."]
    events = [{"event": "user", "text": t, "parse_data": {}} for t in told]
    text = "Ik schrok wel even van uw bericht, er stond gewoon een klant. Er is niets aan de hand."
    latest = {"text": text, "intent": {"name": "nlu_fallback", "confidence": 0.3}, "entities": []}
    trk = Tracker("test", {"crisis_soort": "geweld", "crisis_actief": True, "crisis_detail": "belaagd"}, latest,
                  events + [{"event": "user", "text": text, "parse_data": latest}], False, None, {}, "action_listen")
    messages, found = run_general(general.ActionCrisisVervolg(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_vals_alarm"]
    assert {"event": "slot", "name": "crisis_actief", "value": False, "timestamp": None} in found


def test_why_would_i_still_is_despair_and_a_sore_shoulder_is_medical():
    assert crisis_patterns.despair("mijn vrouw is al weg... waarom zou ik nog. alles gaat toch kapot") is not None
    assert crisis_patterns.despair("waarom zou ik nog moeite doen voor die melding") is None
    assert crisis.asks_medical("moet ik nog iets met mijn schouder? doet nog steeds zeer")
    assert not crisis.asks_medical("het doet pijn dat niemand iets zegt")


def test_a_conflict_of_interest_needs_words_of_its_own():
    assert not situations.side_interest_named("ja ik denk. maar hij is geen collega, hij is familie van patient")
    assert situations.side_interest_named("hij gunt de opdrachten aan het bedrijf van zijn zwager")
    assert situations.side_interest_named("ze heeft een bijbaan bij de concurrent")


def test_a_threat_after_no_to_the_check_is_intimidation_with_what_to_do():
    # A c05: "nee!! hij bedreigt me. ik moet om 5 uur naar buiten naar mijn fiets en ik durf niet" got the list
    text = "nee!! hij bedreigt me. ik moet om 5 uur naar buiten naar mijn fiets en ik durf niet"
    latest = {"text": text, "intent": {"name": "ontkennen", "confidence": 0.8}, "entities": []}
    trk = Tracker("test", {"situatie": "seksuele_intimidatie", "open_vraag": "check_situatie"}, latest,
                  [{"event": "user", "text": text, "parse_data": latest}], False, None, {}, "action_listen")
    messages, events = run_general(general.ActionVraagSituatie(), trk)
    assert {"event": "slot", "name": "situatie", "value": "intimidatie", "timestamp": None} in events
    assert messages and messages[0].get("response") == "utter_faq/veilig_straks"


def test_the_managers_answer_needs_a_word_that_the_writer_leads_people():
    assert not questions.speaks_of("faq/leidinggevende_hr", "ok maar concreet: kan ik naar hr of naar de baas van "
                                                             "mijn ploegbaas?")
    assert questions.speaks_of("faq/leidinggevende_hr", "ik ben manager, moet hr weten wat mijn medewerker vertelde")


def test_the_counsellors_gender_needs_a_word_of_the_counsellor():
    assert not questions.speaks_of("faq/vp_geslacht", "maar telt het ook als het een vrouw is? mijn vrienden zeggen "
                                                      "dat ik blij moet zijn haha")
    assert questions.speaks_of("faq/vp_geslacht", "is de vertrouwenspersoon een vrouw?")


def test_fear_of_the_next_shift_after_sexual_harassment_is_not_a_threat():
    text = "nee, die collega van daarnet die mij vastpakte. ik ben bang voor vannacht, wat moet ik doen"
    assert not crisis.threatened(text)
    variants = [v for v in DOMAIN["responses"]["utter_crisis_geweld"]
                if {"type": "slot", "name": "crisis_detail", "value": "dienst"} in (v.get("condition") or [])]
    assert len(variants) == 1 and "dreiging" not in variants[0]["text"]


def test_a_number_given_with_the_way_of_meeting_is_kept(db):
    # B c03 replay: "ok dan liever telefonisch. mijn gsm is 0470 12 34 56" when asked how to meet; the number was
    # asked for again
    slots = {"tijd_wens": "dinsdag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0]}
    _, found, _ = form_run(a.ValidateAfspraakForm(), "ok dan liever telefonisch. mijn gsm is 0470 12 34 56",
                           "ontmoetingsvorm", slots, intent="nlu_fallback")
    assert found["ontmoetingsvorm"] == "telefoon" and found["bereikbaar"] == "telefoon"
    assert found["telefoon_belgisch"] == "+32470123456"


def test_a_threat_denied_is_no_threat():
    assert not crisis.threatened("en hij heeft mij nie bedreigd he, hij pakt mij vast")
    assert crisis.threatened("hij heeft me bedreigd")


def test_fear_for_later_after_sexual_harassment_gets_the_shift_answer():
    variants = DOMAIN["responses"]["utter_faq/veilig_straks"]
    sexual = [v for v in variants if v.get("condition") == [{"type": "slot", "name": "situatie",
                                                             "value": "seksuele_intimidatie"}]]
    assert len(sexual) == 1 and "niet alleen met hem te werken" in sexual[0]["text"]


# --- round 30 replays ------------------------------------------------------------------------------

def test_a_moment_away_is_no_crisis_whatever_the_classifier_says():
    assert crisis_patterns.a_moment_away("Momentje, er staat iemand aan mijn balie.")
    assert not crisis_patterns.a_moment_away("momentje hij staat voor de deur met een mes")


def test_no_danger_said_while_a_crisis_is_on_ends_it_also_when_read_as_a_matter():
    text = ("Ik ben er weer. Ik schrok wel even van uw bericht, er stond gewoon een klant voor een rijbewijs hoor. "
            "Er is niets aan de hand. Waar waren we?")
    latest = {"text": text, "intent": {"name": "agressie_geweld", "confidence": 0.33}, "entities": []}
    trk = Tracker("test", {"crisis_actief": True, "crisis_soort": "algemeen"}, latest,
                  [{"event": "user", "text": text, "parse_data": latest}], False, None, {}, "action_listen")
    messages, events = run_general(general.ActionHerkenSituatie(), trk)
    assert [m.get("response") for m in messages] == ["utter_crisis_vals_alarm"]
    assert {"event": "slot", "name": "crisis_actief", "value": False, "timestamp": None} in events


def test_a_message_that_says_it_holds_questions_gets_a_less_sure_answer(db):
    text = ("Goedemiddag. Ik heb een paar vragen voordat ik eventueel een afspraak maak. Hoe lang duurt zo een "
            "gesprek en mag ik iemand meenemen, bijvoorbeeld mijn vrouw?")
    trk = tracker({}, text=text, intent="afspraak_maken", loop=None)
    trk.latest_message["response_selector"] = _selector("gesprek_duur", 0.34)
    messages, _ = run(a.ActionResetAfspraak(), trk)
    assert [m.get("response") for m in messages][0] == "utter_faq/gesprek_duur"
    plain = tracker({}, text="Hoe lang duurt zo een gesprek?", intent="afspraak_maken", loop=None)
    plain.latest_message["response_selector"] = _selector("gesprek_duur", 0.34)
    assert a._question_before_booking(plain, "Hoe lang duurt zo een gesprek?") is None


def test_ones_own_part_with_a_fine_or_prison_speaks_of_ones_own_part():
    assert questions.speaks_of("faq/eigen_rol", "kan ik zelf de bak in of een boete krijgen als ik vertel dat ik "
                                                "die kaarten heb gewisseld?")


def test_nobody_bullies_me_denies_bullying():
    text = "pesten?? waar haalt ge da nu? niemand pest mij. het gaat over die dozen gereedschap"
    assert situations.denied_matters(text) == {"pesten"}
    assert situations.denied_matters("is dit pesten??") == frozenset()


def test_not_in_danger_in_english_is_no_danger():
    assert language.english_urgent("I am not in danger. the fish are. who do I call for the water?") is None
    assert language.english_urgent("i am in danger, he is outside") == "gevaar"


def test_asking_what_to_do_when_asked_how_to_meet_is_no_answer(db):
    text = "ok ik bel zelf. maar vraag: wat moet ik doen als de zoon vandaag weer komt en weer zegt over hoofddoek?"
    slots = {"tijd_wens": "donderdag", "aangeboden_tijden": MARIEKE_TUESDAY, "gekozen_tijd": MARIEKE_TUESDAY[0]}
    _, found, _ = form_run(a.ValidateAfspraakForm(), text, "ontmoetingsvorm", slots, intent="nlu_fallback")
    # "ik bel zelf" chooses the phone; "vandaag" is no new day for the talk
    assert found.get("gekozen_tijd", MARIEKE_TUESDAY[0]) == MARIEKE_TUESDAY[0] and "tijd_wens" not in found


# --- round 30 recheck ------------------------------------------------------------------------------

def test_stopping_a_second_booking_says_the_first_one_stands():
    # recheck B c08: "ik heb al afspraak. laat maar" got "Goed, ik heb geen afspraak gemaakt en niets bewaard"
    stands = _variant("utter_afspraak_niet_geboekt", afspraak_stoppen=True, eerder_geboekt=True)
    assert "blijft gewoon staan" in stands and "geen afspraak gemaakt" not in stands
    assert _variant("utter_afspraak_niet_geboekt", eerder_geboekt=True) == stands
    assert "geen afspraak gemaakt" in _variant("utter_afspraak_niet_geboekt", afspraak_stoppen=True)


def test_a_danger_to_the_public_soon_is_not_the_answer_for_patients():
    # recheck B c02: buses with unchecked brakes on the school run got "Loopt een patiënt of cliënt gevaar?"
    public = _variant("utter_faq/patienten_nu", situatie="maatschappelijke_misstand")
    assert "patiënt" not in public and "Teken niet" in public
    assert _variant("utter_faq/politie_bellen", situatie="maatschappelijke_misstand") == public


def test_answers_that_do_not_fit_a_denied_threat_or_a_duty_to_report():
    assert not questions.speaks_of("faq/veilig_straks", "nee hij heeft me nie bedreigd. simpele vraag: moet ik "
                                                        "tekenen of nie?")
    assert questions.speaks_of("faq/veilig_straks", "hij wacht me vanavond op bij de eindhalte, wat moet ik doen?")
    assert not questions.speaks_of("faq/advies_zonder_naam", "is de vertrouwenspersoon verplicht om dit door te geven "
                                                             "aan de gemeente als ik de naam noem?")
    assert questions.speaks_of("faq/advies_zonder_naam", "kan ik advies vragen zonder de naam van mijn collega?")


def test_a_regular_customer_who_is_aggressive_is_no_danger_now():
    # recheck A c05: a witness at home got "Je bent nu niet veilig. Doe de deur niet open"
    text = ("hi, quick question. ik werk bij een apotheek en er is een vaste klant die echt super agressief is tegen "
            "mijn collega aan de balie. not my business maybe, but it keeps bugging me")
    assert not crisis.besieged_now(text) and crisis_patterns.match(text) is None


def test_whether_it_counts_outside_work_needs_a_word_of_where_or_when():
    assert not questions.speaks_of("faq/telt_buiten_werk", "nee ben niet in gevaar, was telefonisch. maar schrok wel")
    assert questions.speaks_of("faq/telt_buiten_werk", "telt het ook als het na de kerstborrel gebeurde?")


def test_no_to_the_check_with_a_crisis_drops_the_guess():
    # recheck A c07: "nee. beller zei net dat ie met een mes naar het stadhuis komt" to "Klopt het:
    # belangenverstrengeling?"; "moet ik dit melden?" then got the answer for a side job
    text = "nee. beller zei net dat ie met een mes naar het stadhuis komt als zn aanslag niet omlaag gaat"
    latest = {"text": text, "intent": {"name": "crisis", "confidence": 0.9}, "entities": [],
              "crisis": {"category": "geweld", "rule": "classifier", "level": "alarm"}}
    slots = {"situatie": "nevenwerkzaamheden", "soort": "integriteit", "open_vraag": "check_situatie"}
    trk = Tracker("test", slots, latest, [{"event": "user", "text": text, "parse_data": latest}], False, None, {},
                  "action_listen")
    _, events = run_general(general.ActionBepaalCrisissoort(), trk)
    assert {"event": "slot", "name": "situatie", "value": None, "timestamp": None} in events


def test_whether_to_tell_the_manager_who_is_the_one_is_hr_or_higher_up():
    # recheck A c06: "moet ik dit melden bij mijn leidinggevende? ... zij is het zelf" got the offer to prepare a
    # talk with that manager
    text = "moet ik dit melden bij mijn leidinggevende? zij is het zelf"
    latest = {"text": text, "intent": {"name": "rol_vraag", "confidence": 0.9}, "entities": [],
              "rol_vraag_van": "faq"}
    trk = Tracker("test", {"situatie": "seksuele_intimidatie", "soort": "omgangsvormen"}, latest,
                  [{"event": "user", "text": text, "parse_data": latest}], False, None, {}, "action_listen")
    messages, _ = run_general(general.ActionBeantwoordRolvraag(), trk)
    assert "utter_faq/naar_hr_of_hoger" in [m.get("response") for m in messages]
    assert questions.manager_is_the_one("mijn baas doet het zelf, bij wie moet ik melden")
    assert not questions.manager_is_the_one("moet ik het mijn leidinggevende vertellen?")


def test_an_english_request_to_book_is_no_question_before_booking(db):
    trk = tracker({}, text="Can I book an appointment with someone?", intent="afspraak_maken", loop=None)
    trk.latest_message["response_selector"] = _selector("iemand_meenemen", 0.9)
    trk.latest_message["engels"] = True
    assert a._question_before_booking(trk, "Can I book an appointment with someone?") is None


def test_whether_the_police_number_works_in_belgium_gets_the_belgian_police():
    # recheck A c04: "werkt dat politienummer ook in belgie?" got the Belgian suicide line, twice
    assert questions.speaks_of("faq/nummer_buitenland", "werkt dat politienummer ook in belgie?")
    assert questions.speaks_of("faq/nummer_buitenland", "en de politie in belgie, welk nummer is dat")
    assert not questions.speaks_of("faq/nummer_buitenland", "moet ik naar de politie gaan?")
    text = _variant("utter_faq/nummer_buitenland")
    assert "{politie_belgie_nummer}" in text and "{politie_geen_spoed_nummer}" in text
