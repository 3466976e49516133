"""The twenty-eighth stranger test's recheck and the twenty-ninth: patterns on user text."""

from datetime import datetime, time

import pytest

from bot import patterns
from bot.scheduling.dutch_dates import busy_at, exact_time, parse_when
from bot.scheduling.localtime import AMSTERDAM

NOW = datetime(2027, 3, 9, 16, 30, tzinfo=AMSTERDAM)


@pytest.mark.parametrize("text", [
    "kan het vroeger? ik begin om 7.30 met mijn route",  # recheck 28 B c02: read as 19:30
    "ik begin om 7.30",
    "mijn dienst begint om 7.30",
    "ik moet om 7 uur op mijn werk zijn",
    "ik start al om 6 uur",
])
def test_the_start_of_work_is_no_time_wanted(text):
    assert busy_at(text)
    assert exact_time(text) is None
    when = parse_when(text, NOW)
    assert when is None or when.at is None


@pytest.mark.parametrize("text", ["kan het vroeger?", "kan het eerder?", "kan dat niet eerder?", "liefst wat eerder"])
def test_asking_for_earlier_is_the_first_free_times(text):
    when = parse_when(text, NOW)
    assert when is not None and when.asap


@pytest.mark.parametrize("text", ["kan het niet eerder dan maandag", "kan het eerder dan donderdag?"])
def test_earlier_than_a_day_is_no_asap(text):
    assert not parse_when(text, NOW).asap


@pytest.mark.parametrize("text, after", [
    ("om 14:00 ben ik klaar, kan het daarna", time(14)),
    ("om 2 uur ben ik vrij", time(14)),
    ("ik werk tot 14:00", time(14)),
    ("ik slaap tot 13 uur", time(13)),
])
def test_the_end_of_work_is_from_then_on(text, after):
    assert parse_when(text, NOW).after == after


def test_a_quantifier_an_f_string_turned_into_a_tuple_is_refused():
    with pytest.raises(ValueError, match="f-string"):
        patterns.bounded(r"(?:al |om )(1, 3)\d", name="test_round29.fstring")
    assert not any(patterns._FSTRING_QUANTIFIER.search(p.pattern) for p in patterns.REGISTRY.values())


# --- the matter named instead of the one denied (round 28 recheck A c03) ---------------------------

from rasa.shared.nlu.training_data.message import Message  # noqa: E402

from bot.dialogue import crisis, situations  # noqa: E402
from bot.nlu import crisis_patterns  # noqa: E402
from bot.nlu.components import DeniedMatter  # noqa: E402


def _parsed(text, intent, ranking, entities=()):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": ranking[0][1]})
    message.set("intent_ranking", [{"name": n, "confidence": c} for n, c in ranking])
    message.set("entities", list(entities))
    DeniedMatter().process([message])
    return message


@pytest.mark.parametrize("text, matter", [
    ("nee, het is geen pesten, het is racisme", "discriminatie"),
    ("nee, geen diefstal. fraude met uren", "fraude"),
    ("nee het is geen seksuele intimidatie, het is intimidatie", "intimidatie"),
    ("het is racisme", "discriminatie"),
])
def test_the_matter_named_outside_a_denial(text, matter):
    assert situations.affirmed_matter(text) == matter


@pytest.mark.parametrize("text", ["het is niet seksueel", "geen pesten hoor", "ik weet het niet"])
def test_no_matter_named_outside_a_denial(text):
    assert situations.affirmed_matter(text) is None


def test_a_denied_matter_and_a_named_one_take_the_named_one():
    message = _parsed("nee, het is geen pesten, het is racisme", "kies_situatie",
                      [("kies_situatie", 0.62), ("ontkennen", 0.23), ("pesten", 0.05)])
    assert message.get("intent")["name"] == "discriminatie"
    assert "pesten" not in [r["name"] for r in message.get("intent_ranking")]


@pytest.mark.parametrize("text, intent", [("het is racisme", "kies_situatie"), ("nee, het is racisme", "ontkennen")])
def test_a_short_no_or_an_empty_choice_that_names_a_matter_takes_it(text, intent):
    message = _parsed(text, intent, [(intent, 0.7), ("twijfel_vertellen", 0.03)])
    assert message.get("intent")["name"] == "discriminatie"


def test_a_choice_with_its_matter_or_a_long_no_is_left_alone():
    chosen = _parsed("racisme", "kies_situatie", [("kies_situatie", 0.9)],
                     [{"entity": "situatie", "value": "discriminatie"}])
    assert chosen.get("intent")["name"] == "kies_situatie"
    long_no = _parsed("nee, ik wil vandaag nog geen afspraak, ik wil alleen weten of pesten op het werk strafbaar is",
                      "ontkennen", [("ontkennen", 0.5)])
    assert long_no.get("intent")["name"] == "ontkennen"


# --- upset, not despair; fear of someone near (round 28 recheck A c04, c06) -----------------------

@pytest.mark.parametrize("text", ["ik ben daar echt kapot van, ik ben gewoon streng omdat het om levens gaat. wat nu",
                                  "ik ben er kapot van", "ik was er helemaal ondersteboven van"])
def test_upset_by_something_is_a_figure_of_speech(text):
    assert crisis_patterns.idiom(text)


@pytest.mark.parametrize("text", ["ik ben er kapot van en wil niet meer leven",
                                  "ik ben er kapot van, ik zie het niet meer zitten"])
def test_upset_with_a_sign_of_suicide_is_still_a_crisis(text):
    assert crisis_patterns.match(text) is not None


@pytest.mark.parametrize("text", ["en tot 4 uur dan? hij loopt hier gewoon rond. ben best wel bang eigenlijk",
                                  "hij zit hier naast me en ik durf niks te zeggen",
                                  "mijn chef staat buiten, ik ben bang"])
def test_fear_of_someone_near_is_a_threat_from_another(text):
    assert crisis.threat_from_other(text)


@pytest.mark.parametrize("text", ["hij is hier nieuw en ik ben bang dat ik het niet kan",
                                  "ik ben bang, ik wil dood, hij is hier"])
def test_no_threat_from_another(text):
    assert not crisis.threat_from_other(text)


# --- the twenty-ninth stranger test: times in the booking ----------------------------------------

MORNING = datetime(2027, 3, 9, 10, 0, tzinfo=AMSTERDAM)


@pytest.mark.parametrize("text, at", [
    ("9 uur ja", time(9)),  # B c06: "Kies een van de tijden"
    ("ja 9 uur", time(9)),
    ("morgen 9 uur", time(9)),
    ("dinsdag 3 uur", time(15)),
    ("nee 7.30 in de ochtend bedoel ik", time(7, 30)),  # round 28 recheck B c02: 19:30
    ("om 7 uur s ochtends", time(7)),
])
def test_an_hour_said_plainly_is_that_time(text, at):
    assert parse_when(text, MORNING).at == at
    assert exact_time(text) == at


@pytest.mark.parametrize("text", ["ik werk 9 uur per dag", "ik heb 3 uur gewacht", "ik heb les tot half 4", "na 3 uur"])
def test_no_exact_time(text):
    assert exact_time(text) is None


def test_lessons_until_are_from_then_on():
    # A c07: "les tot half 4" got 14:30 and 15:15
    when = parse_when("ik heb les tot half 4", MORNING)
    assert when.after == time(15, 30) and when.before is None


def test_later_in_the_day_is_the_afternoon():
    # C: "woensdag later op de dag" got Friday mornings
    when = parse_when("woensdag later op de dag", MORNING)
    assert when.part_of_day.name == "MIDDAG" and when.start.day == 10


@pytest.mark.parametrize("text", ["niet voor 11 uur s ochtends", "ik draai avondploeg dus niet voor 11 uur s ochtends"])
def test_a_part_of_day_that_only_says_which_hour_filters_nothing(text):
    # C c04: 09:00 offered first, then only 11:00-12:00
    when = parse_when(text, MORNING)
    assert when.after == time(11) and when.part_of_day is None


def test_a_part_of_day_with_a_bound_is_still_a_wish():
    when = parse_when("dinsdagochtend na 10 uur", MORNING)
    assert when.after == time(10) and when.part_of_day.name == "OCHTEND"


# --- answers that fit only a message about them (round 29 B c04, c06, c08) -----------------------

from bot.dialogue import booking, perspective, questions  # noqa: E402
from bot.nlu import language  # noqa: E402


@pytest.mark.parametrize("key, text", [
    ("faq/csg_later", "kan ik die afspraak morgen om 9 nog maken?"),  # B c04, after the suicide answer
    ("faq/bevriezen", "misschien had ik hem toch moeten laten staan. kan dat nog terug?"),  # B c06: an appointment
    ("faq/nummer_buitenland", "0470 12 34 56, is een belgisch nummer"),  # B c08, at the contact step
])
def test_an_answer_about_something_else_does_not_fit(key, text):
    assert not questions.speaks_of(key, text)


@pytest.mark.parametrize("key, text", [
    ("faq/csg_later", "heeft het CSG na 5 dagen nog zin?"),
    ("faq/bevriezen", "had ik hem moeten wegduwen?"),
    ("faq/bevriezen", "waarom deed ik niks"),
    ("faq/nummer_buitenland", "kan ik 113 bellen vanuit belgie"),
])
def test_an_answer_about_it_still_fits(key, text):
    assert questions.speaks_of(key, text)


# --- no crisis where none is told -----------------------------------------------------------------

def test_the_bots_own_word_sent_back_is_no_disclosure():
    # C c04: "zelfmoord?? waar heb je het over" got the suicide answer
    assert crisis_patterns.match("zelfmoord?? waar heb je het over. ik vraag of ik de NVWA mag bellen") is None
    assert crisis_patterns.match("zelfmoord? ja daar denk ik soms aan") is not None


def test_a_place_avoided_is_no_sign_of_suicide():
    # B c08: the lift where her manager touched her
    assert crisis_patterns.place_avoided("ik durf niet meer alleen in de lift eigenlijk. ik neem nu de trap")
    assert not crisis_patterns.place_avoided("ik durf niet meer alleen in de lift, ik wil dood")


@pytest.mark.parametrize("text", ["vanmiddag dan. maakt niet uit hoe laat, ik stop wel even", "maakt niet uit wanneer",
                                  "welke tijd maakt niet uit"])
def test_indifference_about_a_choice_is_no_hopelessness(text):
    # A c10: "Het klinkt alsof alles nu zwaar en zinloos voelt" to a driver choosing a time
    assert crisis.after_crisis(text) is None


def test_hopelessness_is_still_heard():
    assert crisis.after_crisis("het maakt toch niet uit") == crisis.HOPELOOS


def test_a_doubt_about_112_gets_its_answer():
    # B c10: the danger block word for word
    text = "112 voor zoiets? hij doet niks, hij staat er gewoon te roken. beveiliging is al weg"
    assert crisis.doubts_112(text)
    assert crisis.after_crisis_response(text, crisis.GEWELD) == crisis.GEVAAR_NU  # the action answers the doubt


def test_a_threat_said_the_other_way_round_is_a_threat():
    assert crisis.threatened("vorige week zei hij: als je je bek opentrekt weet ik waar je woont")
    assert not crisis.threatened("ik weet niet waar je woont")


# --- who it happens to, English, the summary -------------------------------------------------------

@pytest.mark.parametrize("text", ["als hij morgen weer aan mij zit, wat doe ik dan?", "MIJ. hij raakt mij"])
def test_it_happens_to_the_writer(text):
    # A c02: the witness answer, twice
    assert perspective.happens_to_me(text)


@pytest.mark.parametrize("text", ["ik zag hoe hij aan haar zat", "hij raakt haar aan"])
def test_it_happens_to_someone_else(text):
    assert not perspective.happens_to_me(text)


def test_a_permit_cancelled_is_no_appointment_cancelled():
    # A c03: "Wat is je code?"
    text = "ok thanks. but my main worry: can he really get my permit cancelled? if I lose this job do I leave NL?"
    assert language.english_appointment_change(text) is None
    assert language.english_appointment_change("please cancel my appointment") == language.CANCEL


@pytest.mark.parametrize("text, topic", [
    ("am I protected with a 30% ruling visa? I am afraid to lose my residence permit", language.VERBLIJF),
    ("can I secretly record him on my phone when he yells? is that legal in NL?", language.OPNEMEN),
    ("is this chat recorded?", language.PRIVACY),
])
def test_english_questions_get_their_topic(text, topic):
    assert language.english_topic(text) == topic


@pytest.mark.parametrize("text", ["does Ruud speak english? and will he report to my manager?",
                                  "you are not answering my questions. will Ruud tell my manager or not??",
                                  "ruud is toch een man? en marieke is intern. dus er is geen externe vrouw?"])
def test_a_question_about_a_counsellor_is_no_choice(text):
    names = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}
    assert booking.counsellor_wish(text, names).key is None


@pytest.mark.parametrize("text", ["thats not what I asked but whatever. yes book it", "yes book it", "ok maak maar"])
def test_saying_to_book_at_the_summary(text):
    assert booking.confirms_booking(text)


@pytest.mark.parametrize("text", ["wacht, doe maar niet", "niet boeken", "book it? not yet"])
def test_not_saying_to_book(text):
    assert not booking.confirms_booking(text)


def test_a_yes_with_a_worry_is_no_two_matters():
    # C c07: "Ik lees twee dingen: fraude ... en discriminatie"
    from bot.nlu.components import TwoMattersDetector

    message = Message(data={"text": "Ja. Maar ik ben bang dat als ik dit aankaart ik gewoon op een zijspoor word "
                                    "gezet. Dat heb ik bij een collega eerder zien gebeuren, die kreeg ineens geen "
                                    "projecten meer."})
    message.set("intent", {"name": "fraude", "confidence": 0.38})
    message.set("intent_ranking", [{"name": "fraude", "confidence": 0.38},
                                   {"name": "discriminatie", "confidence": 0.23}])
    TwoMattersDetector().process([message])
    assert not message.get("twee_situaties")
    assert "bescherming" in questions.other_questions("en wat als ik dan op een zijspoor word gezet?", None)


@pytest.mark.parametrize("text", ["hoi ik heb een afspraak maar kan donderdag toch niet", "kan ik donderdag niet"])
def test_a_day_that_does_not_suit_is_ruled_out(text):
    # B c03: Thursday offered to someone who said Thursday did not suit
    when = parse_when(text, NOW)
    assert [e.weekdays for e in when.excluded] == [frozenset({3})] and not when.dated


def test_a_question_whether_a_counsellor_knows_is_no_choice():
    # B c03: "Natuurlijk, dan zoeken we een moment bij Marieke Jansen"
    names = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}
    wish = booking.counsellor_wish("weet marieke eigenlijk waar het over gaat? of moet ik alles opnieuw vertellen",
                                   names)
    assert wish.key is None and wish.asked == "marieke-jansen"


@pytest.mark.parametrize("key, text", [
    ("faq/strafbaar", "maar ben ik nu zelf ook strafbaar dan? ik ben echt bang dat ik ontslagen word"),  # C c02
    ("faq/patienten_nu", "dank je. en als hij morgen weer aan mij zit, wat doe ik dan?"),  # A c02 replay
    ("faq/niet_jouw_schuld", "eigenlijk weet ik het niet. misschien had ik hem toch moeten laten staan"),  # B c06
])
def test_an_answer_about_something_else_does_not_fit_either(key, text):
    assert not questions.speaks_of(key, text)


@pytest.mark.parametrize("key, text", [
    ("faq/strafbaar", "is dat eigenlijk strafbaar wat hij doet?"),
    ("faq/patienten_nu", "wat doe ik als een bewoner voor die tijd weer een verkeerde dosis krijgt"),
    ("faq/niet_jouw_schuld", "is het mijn schuld? ik had gedronken"),
])
def test_the_answer_still_fits_its_own_question(key, text):
    assert questions.speaks_of(key, text)


def test_every_training_example_of_a_gated_answer_passes_its_gate():
    """An answer kept for messages that speak of its subject (questions._SPEAKS_OF, _NOT_ABOUT) must still
    fit every question it was trained on; else the gate hides it where it belongs."""
    import pathlib

    import yaml

    gated = set(questions._SPEAKS_OF) | set(questions._NOT_ABOUT)
    missed = []
    for path in sorted(pathlib.Path("data/nlu").glob("*.yml")):
        for item in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if item.get("intent") in gated:
                missed += [(item["intent"], line[2:].strip()) for line in item["examples"].splitlines()
                           if line.strip().startswith("- ") and not questions.speaks_of(item["intent"], line[2:])]
    assert missed == []


# --- the recheck of the twenty-ninth stranger test ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "ik moet morgen lesgeven tot 3 uur. eerlijk gezegd weet ik soms niet waarom ik nog doorga, met alles",  # B c05
    "ik weet niet waarom ik nog doorga", "waarom zou ik nog doorgaan"])
def test_not_knowing_why_to_go_on_is_despair(text):
    assert crisis_patterns.despair(text) is not None


@pytest.mark.parametrize("text", ["ik weet niet of ik doorga met de melding",
                                  "ik weet niet waarom ik nog doorga met deze opleiding"])
def test_doubting_a_step_is_no_despair(text):
    assert crisis_patterns.despair(text) is None


def test_the_hour_of_an_offered_time_with_its_day():
    # B c03: "die van 9 uur morgen" got the times again
    assert booking.hour_named("die van 9 uur morgen") == 9


@pytest.mark.parametrize("text", [
    "Goedenavond, ik heb al een afspraak gemaakt maar het komt toch niet goed uit.",  # recheck B c07
    "hoi ik heb een afspraak maar kan donderdag toch niet",  # B c03
])
def test_an_appointment_made_that_cannot_be_kept_is_shown_not_booked_again(text):
    from bot.dialogue.cancelling import cannot_keep_appointment

    assert cannot_keep_appointment(text) == booking.VIEW


def test_busy_at_the_office_is_no_way_of_meeting():
    # recheck B c07: "Op locatie kan helaas niet bij Ruud de Boer"
    assert booking.way_of_meeting("En vrijdag ochtend zit ik op kantoor, dat gaat niet.") is None
    assert booking.way_of_meeting("kan het op kantoor?") == booking.IN_PERSON


def test_a_yes_with_a_worry_unsure_is_the_yes():
    # round 29 replay C c07: with the two matters dropped, "Bedoel je: fraude?" came instead
    from bot.nlu.components import TwoMattersDetector

    message = Message(data={"text": "Ja. Maar ik ben bang dat ik op een zijspoor word gezet."})
    message.set("intent", {"name": "nlu_fallback", "confidence": 0.3})
    message.set("intent_ranking", [{"name": "nlu_fallback", "confidence": 0.3}, {"name": "fraude", "confidence": 0.38},
                                   {"name": "discriminatie", "confidence": 0.23}])
    TwoMattersDetector().process([message])
    assert message.get("intent")["name"] == "bevestigen" and not message.get("twee_situaties")


def test_clearing_the_screen_is_no_question_whether_he_hears_of_it():
    from bot.dialogue import followups

    assert followups.direct_answer(
        "kan ik dit chatvenster ergens wissen? straks ziet hij het als hij achter deze computer gaat zitten") is None


def test_afraid_he_rings_at_the_door_is_fear_that_he_comes():
    # the conversation set's crisis_16 on the round 29 model: the suicide question
    assert crisis.fears_coming("ik zit nu alleen thuis en ik ben zo bang dat hij straks bij mij aanbelt")


def test_not_a_named_counsellor_in_english_is_avoided():
    # recheck A c02: "NOT marieke, external please" got Marieke's times, four times
    names = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}
    wish = booking.counsellor_wish("NOT marieke, external please", names)
    assert wish.key is None and wish.avoid == "marieke-jansen" and wish.where == "extern"


def test_the_answer_on_ones_own_part_needs_a_word_of_taking_part():
    # recheck A c03: "omdat ik pools ben" from a cleaner called a thief got "Je eigen rol"
    assert not questions.speaks_of("faq/eigen_rol", "omdat ik pools ben")
    assert questions.speaks_of("faq/eigen_rol", "ik heb die bonnetjes zelf ook getekend, ben ik dan schuldig?")


@pytest.mark.parametrize("text, away", [("sec, telefoon gaat", True), ("brb", True),
                                        ("wacht even, mag er iemand met me mee", False), ("telefoon graag", False)])
def test_away_for_a_moment(text, away):
    assert booking.back_soon(text) is away
