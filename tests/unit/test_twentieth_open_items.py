"""Issue 10, open items of the twentieth stranger test (2026-12-05), in the pure functions.

- C c10 / c06: a threat for later ("komt morgen terug. met mes zei hij", "nu niet. morgen wel", "om 6 uur
  moet ik naar huis") lost its context or got the aftercare for violence that never happened.
- C c05: a colleague's farewell message ("zorg goed voor mijn plant") was asked as intimidation, then
  theft; "kan ik 112 bellen zonder adres?" got the text on being threatened.
- C c07 / c09: "wat gebeurt er als ik 113 bel? sturen ze politie?" got the police text; "moet ik hem
  vertellen dat ik vannacht dood wilde?" in the booking got the time slots.
- C c02: "nee geen gevaar, ik ga echt geen 112 bellen. mag ik me morgen ziekmelden?" got the answer for
  someone at the door.
"""

from __future__ import annotations

import pytest

from bot.dialogue import crisis, followups
from bot.dialogue.perspective import worried_about_other
from bot.nlu import crisis_patterns


@pytest.mark.parametrize("text", [
    "nu niet. morgen wel",
    "nu niet, ik zit op kantoor met anderen. maar om 6 uur moet ik naar huis. wat moet ik doen?",
    "klant dreigt mij morgen te steken. balie. wat moet ik doen",
    "nee nu niet, hij zei dat hij vanavond terugkomt",
    "hij dreigt me straks op te wachten na het werk",
])
def test_a_danger_for_later_is_read_as_later(text):
    assert crisis.danger_later(text)


@pytest.mark.parametrize("text", [
    "hij staat nu voor de deur met een mes",
    "hij is er nog steeds, ik hoor hem schreeuwen",
    "nu niet meer, hij is weg",
    "morgen heb ik een afspraak bij de huisarts",
])
def test_danger_now_or_no_threat_is_not_later(text):
    assert not crisis.danger_later(text)


def test_after_the_violence_answer_a_danger_later_gets_what_to_do_before_then():
    assert crisis.after_crisis_response("nu niet. morgen wel", crisis.GEWELD) == crisis.DREIGING_LATER
    assert crisis.after_crisis_response("klant dreigt mij morgen te steken. balie. wat moet ik doen",
                                        crisis.GEWELD) == crisis.DREIGING_LATER
    going_home = "nu niet, ik zit op kantoor met anderen. maar om 6 uur moet ik naar huis. wat moet ik doen?"
    assert crisis.after_crisis_response(going_home, crisis.GEWELD) == crisis.NAAR_HUIS
    # the danger now keeps its answer
    assert crisis.after_crisis_response("hij staat nog steeds voor de deur", crisis.GEWELD) == crisis.GEVAAR_NU


@pytest.mark.parametrize("text", [
    "komt morgen terug. met mes zei hij",
    "hij heeft net gezegd dat hij me vanavond opwacht bij de auto",
])
def test_a_threat_for_later_told_is_the_later_detail(text):
    assert crisis.threat_later(text)


def test_afraid_to_walk_to_the_car_park_later_is_going_home():
    assert crisis.afraid_going_home("ik ben bang om straks alleen naar de parkeergarage te lopen")


@pytest.mark.parametrize("text", [
    "mijn collega stuurde me net een appje: 'bedankt voor alles, jij was altijd de enige die aardig deed. "
    "zorg goed voor mijn plant'. hij is al weken stil na het gedoe met de manager. overdrijf ik?",
    "nee het gaat niet om een categorie. ik denk dat hij afscheid neemt. hij neemt zijn telefoon niet op",
    "ze appte me vannacht 'zorg goed voor mijn kat' en nu neemt ze niet op",
])
def test_a_farewell_message_from_someone_is_a_worry_about_their_life(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.rule == "afscheidsbericht"
    assert worried_about_other(text, crisis_patterns.about_own_life)


@pytest.mark.parametrize("text", [
    "bedankt voor alles! doei",
    "bedankt voor alles, ik stuur je nog een bericht",
    "mijn collega neemt afscheid want hij gaat met pensioen, hij stuurde me een mail",
    "hij stuurde me een appje: bedankt voor alles, ik begin maandag aan mijn nieuwe baan",
])
def test_an_everyday_goodbye_is_no_farewell_sign(text):
    found = crisis_patterns.match(text)
    assert found is None or found.rule != "afscheidsbericht"


@pytest.mark.parametrize("text", [
    "hij woont alleen, ik weet zijn adres niet precies. kan ik 112 bellen zonder adres?",
    "hij bedreigt mij niet! het gaat om zijn leven. bel ik 112 of 113",
])
def test_worried_about_another_asking_about_112_gets_call_112_now(text):
    assert crisis.after_crisis_response(text, crisis.ZORGEN_ANDER) == crisis.ANDER_BEL_112


@pytest.mark.parametrize("text", [
    "vraagje. niet dat ik iets ga doen hoor, maar als je 113 belt, krijgt je werkgever dat dan te horen?",
    "ok maar ik bedoel bij 113 zelf. en wat doen ze dan, komen ze dan langs of zo?",
    "wat gebeurt er als ik 113 bel? sturen ze politie?",
    "is 113 anoniem?",
])
def test_what_113_does_is_asked(text):
    assert followups.direct_answer(text) == followups.WAT_DOET_113


@pytest.mark.parametrize("text", [
    "moet ik hem vertellen dat ik vannacht dood wilde? ben bang dat ie dan mijn baas belt",
    "kan ik de vp vertellen dat ik aan zelfmoord dacht?",
])
def test_whether_to_tell_the_counsellor_about_a_death_wish_is_asked(text):
    assert followups.direct_answer(text) == followups.VP_ZELFMOORDGEDACHTEN


def test_112_refused_is_not_a_question_about_112():
    text = "nee geen gevaar, ik ga echt geen 112 bellen. ik ben gewoon op. mag ik me morgen ziekmelden hiervoor?"
    assert followups.direct_answer(text) == followups.ZIEK_MELDEN
    assert crisis.says_no_danger(text)
    assert followups.direct_answer("moet ik echt 112 bellen?") == followups.BELLEN_112


@pytest.mark.parametrize("text", ["hij staat voor de deur, geen gevaar zeg je?", "ik ben bang"])
def test_no_danger_is_not_read_where_danger_is_told(text):
    assert not crisis.says_no_danger(text)


@pytest.mark.parametrize("text, key", [
    ("die mevrouw die viel had pijn aan haar heup maar m'n collega zei 'morgen kijkt de dagdienst wel'. moet ik nu "
     "nog iets doen? ik ben al thuis", followups.PATIENTEN_NU),
    ("een bewoner is gevallen, heeft pijn en niemand heeft een arts gebeld. wat moet ik doen?", followups.PATIENTEN_NU),
    ("seksuele intimidatie?? nee. ik vraag of ik nu de afdeling moet bellen over die mevrouw met haar heup",
     followups.PATIENTEN_NU),
    ("en die bsn's dan? dat is toch ook een datalek? hoe snel moet dat gemeld worden", followups.DATALEK),
    ("mijn collega zet klantgegevens met bsn naar zijn prive dropbox, moet ik dat melden?", followups.DATALEK),
    ("mag ik dit ook aan mijn docent van school vertellen? of is da verraad?", followups.STAGE_SCHOOL),
    ("ik heb het nie gezien, het gebeurt mij. en mijn vraag blijft: mag ik mijn stagedocent van school inlichten?",
     followups.STAGE_SCHOOL),
    ("hij woont alleen, ik weet zijn adres niet precies. kan ik 112 bellen zonder adres?",
     followups.ZONDER_ADRES_BELLEN),
])
def test_twentieth_round_b_questions_get_their_own_answer(text, key):
    """B c07 (a fallen resident: "seksuele intimidatie", no call now), B c08 (an intern: "Nee" to telling her
    school), B c09 (BSNs leaked: the weeks of the formal procedure), C c05 (112 without an address)."""
    assert followups.direct_answer(text) == key


def test_the_113_answer_covers_the_privacy_question_in_the_same_message():
    from bot.dialogue import questions

    text = "vraagje. niet dat ik iets ga doen hoor, maar als je 113 belt, krijgt je werkgever dat dan te horen?"
    assert questions.other_questions(text, followups.WAT_DOET_113) == []


@pytest.mark.parametrize("text", [
    "is er niet iets zoals een nachtlijn? ik wil niet per se een afspraak, gewoon even iemand",
    "is er geen nummer dat nu open is?",
])
def test_asking_for_a_line_open_now_is_asking_for_someone_now(text):
    """A c08: in the booking after hours these got "Die vraag kan ik nu niet goed beantwoorden" and the
    privacy text; the answer for someone now names a line open day and night."""
    from bot.dialogue import booking

    assert booking.side_question(text) == booking.ANYONE_NOW


def test_113_not_called_is_no_call():
    assert crisis.after_crisis("ik heb 113 niet gebeld. wat heeft het voor zin") == crisis.HOPELOOS
    assert crisis.after_crisis("ik heb nog niet met 113 gebeld") is None


@pytest.mark.parametrize("text, day", [
    ("volgnde week donderdg ochtend", 18),  # A c07: Wednesday 10 March was offered
    ("donderdg", 11),
    ("dodnerdag", 11),
    ("woensdg middag", 10),
])
def test_one_typo_in_a_day_name_or_volgende_is_read_as_the_word(text, day):
    import datetime as dt

    from bot.scheduling.dutch_dates import parse_when
    from bot.scheduling.localtime import AMSTERDAM

    when = parse_when(text, dt.datetime(2027, 3, 9, 10, 0, tzinfo=AMSTERDAM))
    assert when is not None and when.start.day == day and (when.end - when.start).days == 1


@pytest.mark.parametrize("text", ["zorgen", "moment", "'s middags", "dinsdags"])
def test_other_words_are_not_made_into_days(text):

    from bot.scheduling.dutch_dates import _Scanner

    scanned = _Scanner(text).text
    assert scanned.split()[-1] == text.split()[-1]
