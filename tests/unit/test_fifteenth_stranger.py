"""Fifteenth stranger test (2026-12-03, two helpers, 48 conversations), pure functions.

Each case is a message a stranger sent, or the same meaning in other words, with what it must be
read as; the harmful and wincing replies it got are in docs/stranger-tests/2026-12-03-fifteenth.md.
Measured on the code before the fix (before the last two answers were added): 43 cases failed,
every case of what must now be read; the 18 that passed there are the guards (what must still not
be read so).
"""

from datetime import datetime, time, timedelta, timezone

import pytest

from bot.dialogue import booking, crisis, followups
from bot.dialogue.questions import speaks_of_going_to_work
from bot.nlu import crisis_patterns
from bot.scheduling.dutch_dates import parse_when, wishes_a_time

NOW = datetime(2027, 3, 9, 10, 0, tzinfo=timezone(timedelta(hours=1)))


# --- times (fourteenth stranger test c02, c10, carried over) ---------------------------------------

@pytest.mark.parametrize(("text", "after", "before"), [
    ("na half 4", time(15, 30), None),
    ("ik heb alleen tijd na mijn dienst, na half 4", time(15, 30), None),
    ("vanaf kwart over drie", time(15, 15), None),
    ("voor half 10", None, time(9, 30)),
    ("na half 1", time(12, 30), None),
])
def test_half_past_after_na_is_a_window_not_an_exact_time(text, after, before):
    when = parse_when(text, NOW)
    assert (when.at, when.after, when.before) == (None, after, before)


def test_half_past_alone_stays_an_exact_time():
    assert parse_when("om half 4", NOW).at == time(15, 30)


@pytest.mark.parametrize("text", ["maakt niet uit", "Maakt niet uit hoor!", "om het even", "geen voorkeur",
                                  "nee maakt niet uit wanneer", "ok. maakt niet uit"])
def test_no_preference_as_the_time_is_the_first_free_time(text):
    assert parse_when(text, NOW).asap


@pytest.mark.parametrize("text", [
    "het maakt me niet uit wat er met me gebeurt",  # despair, never a time wish
    "maakt me niks meer uit",
    "maakt niet uit of het telefonisch is",
    "ochtend of middag maakt niet uit",  # no preference between parts, not "as soon as possible"
])
def test_no_preference_about_something_else_is_no_asap(text):
    when = parse_when(text, NOW)
    assert when is None or not when.asap
    assert not wishes_a_time("het maakt me niet uit wat er met me gebeurt")


def test_no_preference_about_whom_keeps_the_day():
    when = parse_when("het maakt mij niet uit bij wie, als het maar donderdag is", NOW)
    assert when.dated and not when.asap


# --- the way of meeting and the contact (fourteenth stranger test c02, c03, c21) ------------------

@pytest.mark.parametrize("text", ["tel", "per tel graag", "via mijn gsm", "gsm", "via mijn mobiel"])
def test_short_words_for_the_phone(text):
    assert booking.way_of_meeting(text) == booking.PHONE
    assert booking.contact_choice(text) == booking.PHONE


def test_a_belgian_number_alone_is_the_phone_choice():
    assert booking.contact_choice("0478 12 34 56") == booking.PHONE
    assert booking.unclear_phone_in("0478 12 34 56") is not None


# --- a move asked with a mistyped code (c17: a second appointment was booked) ------------------------

def test_a_move_with_him_and_a_code_is_a_move_request():
    text = ("Hallo, ik heb vannacht een afspraak gemaakt voor morgen half 11 maar ik ben zo moe, ik wil hem "
            "naar volgende week. code ZXS4-DGSX-22S2")
    assert booking.code_request(text) == booking.MOVE


# --- direct questions --------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "key"), [
    # booking for a colleague (c21: booked with her number, "Nee, dat hoeft niet" to telling her)
    ("ok. ik wil een afspraak maken voor mijn collega Fatima. zij durft zelf niet", followups.AFSPRAAK_VOOR_ANDER),
    ("kan ik een gesprek aanvragen voor mijn collega?", followups.AFSPRAAK_VOOR_ANDER),
    ("kun je een afspraak inplannen voor iemand anders?", followups.AFSPRAAK_VOOR_ANDER),
    # a work phone or mailbox (c15, c18: "Nee. Ik geef niets uit deze chat door")
    ("thx. als het gesprek op mijn werktelefoon binnenkomt, ziet iemand dat dan?", followups.WERK_KANAAL),
    ("dus het nummer dat ik gaf is mijn zakelijke telefoon van het werk. is dat een probleem?",
     followups.WERK_KANAAL),
    ("Wacht, eerst mijn vraag: als Marieke naar mijn werkmail mailt, kan mijn manager dat dan zien?",
     followups.WERK_KANAAL),
    # the annual report (c14: "Ja, dat kan")
    ("krijgt het management van de vertrouwenspersoon cijfers waar ze een afdeling of persoon in kunnen "
     "herkennen?", followups.JAARVERSLAG),
    ("Krijgen wij als HR ook cijfers per afdeling?", followups.JAARVERSLAG),
    ("wat staat er in het jaarverslag van de vertrouwenspersoon?", followups.JAARVERSLAG),
    # someone else with the code (c14: read as a cancel request, and cancelled)
    ("top. kan iemand anders die mijn code ziet mijn afspraak ook annuleren of zien wat het is?",
     followups.CODE_VAN_ANDER),
    ("als mijn collega mijn code heeft, kan die dan annuleren?", followups.CODE_VAN_ANDER),
    # symptoms after a blow to the head (c03: "Nee, dat mag niet"), a colleague's head wound (c22)
    ("ik ben ook wat misselijk en duizelig. is dat normaal van de schrik?", followups.DOKTER),
    ("hij bloedt aan zn hoofd, moet hij naar het ziekenhuis?", followups.DOKTER),
    # is it punishable (c08: "Nee. Niemand hoeft ...", read as "no")
    ("is dat eigenlijk strafbaar wat hij doet", followups.STRAFBAAR),
    # the employer's duty (B c12: "Nee. Ik geef niets uit deze chat door")
    ("moet mijn werkgever hier niet gewoon iets aan doen? ik sta 's nachts in mijn eentje", followups.WERKGEVER_MOET),
    # taking copies of invoices home (c05: "bewaar ... op een veilige plek")
    ("Nog één vraag: mag ik alvast kopieën van die facturen maken en mee naar huis nemen, als bewijs?",
     followups.STUKKEN_MEENEMEN),
])
def test_direct_questions(text, key):
    assert followups.direct_answer(text) == key


@pytest.mark.parametrize("text", [
    "ik wil een afspraak maken voor mezelf",
    "ik wil een afspraak maken voor donderdag",
    "mijn werktelefoon is 0612345678",
    "de cijfers klopten niet, hij heeft de boekhouding vervalst. wat moet ik doen?",
    "mijn manager past de cijfers aan voor de directie, mag dat?",
    "ik wil annuleren, mijn code is ABCD-EFGH-JKMN",
    "ik word misselijk van die vent, is dat normaal?",
    "hij deed iets strafbaars, hij stal geld",
    "ik heb de facturen gezien, ze waren vervalst. wat moet ik doen?",
    "moet ik mijn baas iets vertellen?",
])
def test_not_those_questions(text):
    assert followups.direct_answer(text) not in (followups.AFSPRAAK_VOOR_ANDER, followups.WERK_KANAAL,
                                                 followups.JAARVERSLAG, followups.CODE_VAN_ANDER, followups.DOKTER,
                                                 followups.STRAFBAAR, followups.STUKKEN_MEENEMEN,
                                                 followups.WERKGEVER_MOET)


# --- danger ------------------------------------------------------------------------------------------

def test_someone_at_her_car_with_fear_is_danger_now_despite_a_harmless_word():
    # c23: "pauze" made it harmless, and the suicide question came
    assert crisis.besieged_now("o nee. ik kijk net uit het raam en hij staat beneden bij mijn auto. hij weet dat "
                               "ik om 12 uur pauze heb. ik durf niet naar buiten")
    assert not crisis.besieged_now("hij staat buiten te roken, hij heeft pauze")


def test_fear_of_him_after_denying_suicide_is_fear_of_someone():
    assert crisis.afraid_of_someone("nee ik wil niet dood!! ik ben bang voor HEM. wat moet ik doen")


@pytest.mark.parametrize("text", [
    "merci. en als die klant nu terug binnenkomt, wat doe ik dan?",
    "ik durf nu nie echt terug naar beneden, die vent kan terugkomen",
])
def test_fear_that_he_comes_back(text):
    assert crisis.fears_coming(text)


@pytest.mark.parametrize("text", ["hij komt altijd terug als ik iets vraag", "kan hij terugkomen op zijn besluit?",
                                  "mijn collega zegt dat ze kan terugkomen na haar ziekte"])
def test_coming_back_without_fear_is_no_fear(text):
    assert not crisis.fears_coming(text)


@pytest.mark.parametrize("text", [
    # c07 and c13: an assault told without its word got the general list, or "machtsmisbruik?"
    "ik kan niet slapen. zaterdag was het personeelsfeest en een collega is achter me aan gelopen naar het toilet "
    "en heeft dingen gedaan die ik niet wilde. ik heb nee gezegd. ik heb het nog aan niemand verteld",
    "ik weet niet waarom ik dit typ. zaterdag was het personeelsfeest. een collega heeft me daarna naar huis "
    "gebracht en is mee naar binnen gekomen. ik wilde het niet. ik heb nee gezegd. hij deed het toch.",
])
def test_sexual_violence_told_by_the_act(text):
    found = crisis_patterns.match(text)
    assert found is not None and found.category == crisis_patterns.SEKSUEEL_GEWELD


@pytest.mark.parametrize("text", ["gisteren moest ik overwerken, ik heb nee gezegd maar het moest toch",
                                  "vorige week kwam de klant mee naar binnen, ik heb nee gezegd, hij wilde toch "
                                  "zijn pakket"])
def test_a_refusal_without_place_or_body_is_no_sexual_violence(text):
    found = crisis_patterns.match(text)
    assert found is None or found.category != crisis_patterns.SEKSUEEL_GEWELD


def test_facing_him_again_in_other_words():
    assert crisis.faces_them_again("hij zit twee bureaus naast me. ik moet morgen om 8 uur weer beginnen en ik trek "
                                   "het echt niet om hem te zien")


def test_dizziness_after_a_crisis_asks_medical_care():
    assert crisis.after_crisis("ik ben ook wat misselijk en duizelig") == crisis.MEDISCH


# --- the answer on going to work again only where work is spoken of ------------------------------------

@pytest.mark.parametrize(("text", "fits"), [
    ("ja. wat moet ik doen, het gaat morgen al de deur uit", False),
    ("moet mijn werkgever hier niet gewoon iets aan doen? ik sta s nachts in mijn eentje", False),
    ("en morgen? moet ik gewoon naar mijn werk", True),
    ("kan ik me morgen ziekmelden zonder te zeggen waarom?", True),
])
def test_going_to_work(text, fits):
    assert speaks_of_going_to_work(text) is fits


# --- the recheck (14 conversations on the same kinds, in other words) ----------------------------------

@pytest.mark.parametrize("text", [
    "hij staat op de gang",  # c13: the suicide question, twice
    "ik ben bang. hij kijkt naar de deur waar ik moet buitenkomen",  # c14
])
def test_someone_in_the_hallway_or_watching_the_door_is_present_now(text):
    assert crisis.besieged_now(text)


def test_someone_at_her_bike_when_everyone_left_is_danger_without_a_threat_told_before():
    assert crisis.besieged_in_fear("oei. ik zie hem nu aan de fietsenstalling staan, bij mijn fiets. mijn shift "
                                   "is gedaan en iedereen is al weg")
    assert not crisis.besieged_in_fear("mijn collega staat op de gang te bellen")


def test_not_daring_to_call_113_told_verb_first():
    assert crisis.after_crisis("113 bellen durf ik niet") == crisis.DURFT_NIET_BELLEN  # c10: "Wat fijn dat ..."


@pytest.mark.parametrize("text", [
    "nee ik bedoel lichamelijk. mijn hoofd. is dat normaal na zoiets?",  # c02
    "moet ik me laten nakijken of gewoon doorwerken tot 7u",
    "ja. maar ik voel me raar eigenlijk, beetje misselijk en alles draait een beetje als ik opsta",
])
def test_the_body_after_a_blow(text):
    assert followups.direct_answer(text) == followups.DOKTER


def test_a_booking_for_a_colleague_in_a_long_story_and_inside_the_booking():
    # c08: the booking went through with the colleague's Belgian number
    assert followups.direct_answer(
        "hey. mijn collega wordt al maanden buitengesloten door het team, ze eten zonder haar, de groepsapp gaat "
        "verder zonder haar, ze huilt soms op het toilet. zij durft zelf niks. kan ik voor haar een afspraak maken?"
    ) == followups.AFSPRAAK_VOOR_ANDER
    assert followups.direct_answer("donderdag? maar zij weet er nog niks van he. ik wil het regelen en dan zeg ik het "
                                   "haar") == followups.AFSPRAAK_VOOR_ANDER
    assert followups.gives_someone_elses_contact("op locatie. bereikbaar via haar nummer, 0478 12 34 56")
    assert not followups.gives_someone_elses_contact("mijn nummer is 0612345678")


@pytest.mark.parametrize("text", [
    # recheck c12 and c11, B c20: a counsellor after the deadline, or the suicide question
    "wtf nee ik ben niet suicidaal lol. ik bedoel dat gif in de sloot. wie kan ik bellen zodat dat niet gebeurt?",
    "WIE kan ik bellen. milieu. vannacht of morgen voor 7u",
    "welke externe instantie bedoel je dan voor voedsel? en kan ik vandaag nog met de vertrouwenspersoon praten?",
    "morgen gaat besmet vlees naar de winkels, wat moet ik doen?",
])
def test_who_can_stop_a_public_harm_soon(text):
    assert followups.direct_answer(text) == followups.DRINGEND_EXTERN


@pytest.mark.parametrize("text", ["een klant in de winkel sloeg me vandaag, wat moet ik doen?",
                                  "de vleesafdeling chef pest me, wat kan ik doen vandaag?",
                                  "ik werk in de supermarkt en mijn baas pest me, wat moet ik doen morgen?"])
def test_an_own_story_with_a_day_is_no_public_harm(text):
    assert followups.direct_answer(text) != followups.DRINGEND_EXTERN
