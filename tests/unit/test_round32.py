"""Round 32 of the stranger test: the pure functions behind its fixes (no Rasa)."""

from __future__ import annotations

import datetime as dt

import pytest

from bot.scheduling.dutch_dates import parse_when

NOW = dt.datetime(2027, 3, 9, 15, 45, tzinfo=dt.timezone.utc)  # Tuesday


@pytest.mark.parametrize("text, day", [
    ("vr middag", 12), ("kan het vr middag?", 12), ("vr. ochtend", 12), ("do 18", 18), ("wo 9 uur", 10),
    ("fri afternoon", 12), ("zo middag", 14), ("ma ochtend graag", 15), ("thu morning", 11),
])
def test_a_day_written_short_before_a_part_of_day_or_a_number_is_that_day(text, day):
    # round 31 B c05: "vr middag" was not read as Friday
    when = parse_when(text, NOW)
    assert when is not None and when.start.day == day


@pytest.mark.parametrize("text, day", [
    ("zo snel mogelijk", None),            # "so soon": as soon as possible, not Sunday
    ("zo morgen dan", 10),                 # "so, tomorrow"
    ("ik ben vrij morgen", 10),            # free tomorrow, not Friday morning
    ("do you have time tomorrow", 10),
])
def test_short_words_that_are_not_days_stay_what_they_are(text, day):
    when = parse_when(text, NOW)
    assert when is not None
    if day is None:
        assert when.asap
    else:
        assert when.start.day == day


def test_a_duration_after_a_short_word_is_no_day():
    assert parse_when("ma 3 dagen", NOW) is None
    assert parse_when("sat 2 hours", NOW) is None


@pytest.mark.parametrize("text", [
    "ja. als ze het ontdekken ben ik mijn baan kwijt en dan heb ik niks. ik heb ook nog schulden",
    "als het uitkomt ben ik mijn baan kwijt",
])
def test_the_fear_that_what_one_did_comes_out_is_no_question_whether_the_team_hears(text):
    # round 31 C c09: "Nee. Van mij en van de vertrouwenspersoon hoort niemand dat je contact hebt gezocht"
    from bot.dialogue import followups
    assert followups.direct_answer(text) != followups.TEAM_HOORT_NIETS


@pytest.mark.parametrize("text", [
    "als mijn team het te weten komt dat ik het gemeld heb ben ik mijn baan kwijt?",
    "als ze erachter komen dat ik heb geklaagd ben ik mijn baan kwijt",
])
def test_whether_the_team_hears_of_the_telling_still_gets_that_answer(text):
    from bot.dialogue import followups
    assert followups.direct_answer(text) == followups.TEAM_HOORT_NIETS


def test_a_formal_complaint_is_answered_with_what_follows_it_not_that_nobody_hears():
    # round 32 A c06: "Nee. Van mij ... hoort niemand", while the accused hears, as a rule, from whom
    from bot.dialogue import followups
    assert followups.direct_answer("Als ik een officiële klacht indien, weten die collega's dan dat het van mij "
                                   "komt? Want dan wordt het nog erger vrees ik.") == followups.WAT_GEBEURT_MELDING
    assert followups.direct_answer("komen mijn collega's te weten dat ik hier heb gepraat?") == \
        followups.TEAM_HOORT_NIETS


NAMES = {"marieke-jansen": "Marieke Jansen", "ruud-de-boer": "Ruud de Boer"}


@pytest.mark.parametrize("text, where, key, avoid", [
    # round 32 A c06: Marieke's times, twice
    ("Ik wil met een vertrouwenspersoon spreken, maar liefst niet die van hier, want Marieke zit elke middag met "
     "mijn chef te lunchen.", "extern", None, None),
    ("Neen! Juist NIET Marieke. Is er geen externe?", "extern", None, "marieke-jansen"),
    # round 31 recheck A c04: Jansen chosen, the first in the file
    ("Dan kies ik liever de heer De Boer, zodat mevrouw Jansen vrij blijft", None, "ruud-de-boer", None),
    ("ik zei Marieke, niet Ruud", None, "marieke-jansen", None),
    ("liever niet met iemand van kantoor", "extern", None, None),
    ("geen externe graag", "intern", None, None),
])
def test_the_wish_about_the_counsellor_is_read_as_meant(text, where, key, avoid):
    from bot.dialogue.booking import counsellor_wish
    wish = counsellor_wish(text, NAMES)
    assert (wish.where, wish.key, wish.avoid) == (where, key, avoid)


@pytest.mark.parametrize("text", [
    "Zelfmoord?? Nee hoor, zo erg is het niet. Vandaag graag, met de externe.",
    "Dat is na mijn handtekening. En wordt nu ergens opgeslagen dat ik het over zelfmoord had? Dat wil ik echt niet.",
    "wacht. krijgt zij te horen wat ik net zei? dat ik er niet meer wil zijn? ik wil niet dat ze de bedrijfsarts belt",
])
def test_the_word_sent_back_denied_or_asked_about_is_no_disclosure(text):
    # round 32 A c10 (the 113 answer, then "Bel nu meteen 112 ... hoge plek"), B c06 (the 113 block again)
    from bot.nlu import crisis_patterns
    assert crisis_patterns.match(text) is None


@pytest.mark.parametrize("text", [
    "zelfmoord?? nee.. nou ja soms wel",
    "ik denk aan zelfmoord",
    "wat ik net zei meen ik, ik wil er niet meer zijn",
    "ik wil er niet meer zijn",
])
def test_a_disclosure_stays_one(text):
    from bot.nlu import crisis_patterns
    assert crisis_patterns.match(text) is not None


def test_what_the_counsellor_gets_from_the_chat_is_answered_for_the_counsellor():
    # round 32 B c06: "Van mij en van de vertrouwenspersoon hoort hij niets" about the other side
    from bot.dialogue import followups
    assert followups.direct_answer("krijgt zij te horen wat ik net zei? dat ik er niet meer wil zijn?") == \
        followups.VP_HOORT_CHAT_NIET
    assert followups.direct_answer("geef je door wat ik hier typ aan haar of niet") == followups.VP_HOORT_CHAT_NIET
    assert followups.direct_answer("krijgt mijn leidinggevende te horen wat ik hier typ?") != \
        followups.VP_HOORT_CHAT_NIET


def test_an_hr_question_whether_one_must_pass_it_on_is_the_role_question():
    # round 31 A c02: "Nee, niet zonder jouw toestemming", the counsellor's answer to the one it happened to
    from bot.dialogue import roles
    text = "ben ik als hr verplicht om dit te melden bij de directie als de mw dat niet wil?"
    assert roles.question(text) == roles.STILHOUDEN and roles.said_role(text) == roles.HR


@pytest.mark.parametrize("text", [
    "hoi, ik ben hr adviseur. mw wordt al maanden lastig gevallen door haar leidinggevende (appjes, opmerkingen over "
    "haar lijf, 1x hand op haar been). ze wil NIET dat ik iets doe.",
    "hij maakt steeds opmerkingen over mijn lijf",
])
def test_unwanted_sexual_attention_told_of_someone_else_is_sexual_harassment(text):
    # round 31 A c02: read as a labour dispute
    from bot.dialogue import situations
    assert situations.behaviour_matter(text) == "seksuele_intimidatie"


@pytest.mark.parametrize("text", [
    "dus als ik het zelf vertel krijg ik geen problemen? ook niet omdat ik het geld heb gehad?",
    "en ik heb meegedaan. mag ik dan ook naar de vertrouwenspersoon of word ik dan aangegeven?",
])
def test_the_consequences_of_ones_own_part_get_the_answer_on_ones_own_part(text):
    # round 32 C c03: "Wie te goeder trouw een melding doet, hoort daar geen nadeel van te krijgen", twice
    from bot.dialogue import followups
    assert followups.direct_answer(text) == followups.EIGEN_ROL


@pytest.mark.parametrize("text, busy", [
    ("o nee wacht, vrijdag heb ik om 10 uur een client, dan kan ik niet.", True),
    ("ook weer om 9 uur. ik zei NA 4 UUR. kan iemand om half 5?", True),
    ("om 10 uur graag", False),
    ("ik heb om 10 uur tijd", False),
])
def test_a_time_with_a_client_or_complained_of_is_busy(text, busy):
    # round 32 B c01 ("Om 10:00 is er helaas geen tijd vrij"), B c02 (09:00 taken)
    from bot.scheduling.dutch_dates import busy_at
    assert busy_at(text.lower()) is busy


@pytest.mark.parametrize("text, busy", [
    ("dat is na mijn handtekening, die is morgen om 10 uur. en wordt nu ergens opgeslagen", True),  # A c10
    ("het gesprek is om 10 uur", True),
    ("dus het gesprek is om 10 uur?", False),
    ("mijn dienst is om 2 uur afgelopen", False),
])
def test_what_is_at_a_time_makes_it_busy(text, busy):
    from bot.scheduling.dutch_dates import busy_at
    assert busy_at(text) is busy


def test_looking_up_the_number_oneself_gives_up_the_booking():
    # round 32 A c10: "Goed, ik kijk naar tijden met Ruud de Boer"
    from bot.dialogue.booking import gives_up
    assert gives_up("Laat maar. Ik zoek zelf het nummer van die Ruud wel op. Dit werkt niet.")


@pytest.mark.parametrize("text, aside", [
    ("Zelfmoord?? Nee hoor, zo erg is het niet. Vandaag graag, met de externe.", True),
    ("En wordt nu ergens opgeslagen dat ik het over zelfmoord had?", True),
    ("zelfmoord?? nee.. nou ja soms wel", False),
    ("ik denk aan zelfmoord", False),
])
def test_the_suicide_word_sent_back_or_asked_about_sets_the_classifiers_crisis_aside(text, aside):
    # round 32 A c10: the replay still got the gentle check from the classifier's own guess
    from bot.nlu import crisis_patterns
    assert crisis_patterns.suicide_word_set_aside(text) is aside


@pytest.mark.parametrize("text", [
    "ik woon alleen. ik denk dat ik bij mn zus ga slapen vannacht. is dat stom?",
    "ik vroeg of het stom is om bij mn zus te gaan slapen",
])
def test_a_safe_place_for_the_night_is_answered(text):
    # round 32 C c06: "Vertel het vandaag nog aan je leidinggevende", on a Saturday night, asked twice
    from bot.dialogue import followups
    assert followups.direct_answer(text) == followups.VEILIGE_PLEK


def test_dus_nine_then_names_the_hour():
    from bot.dialogue.booking import hour_named
    assert hour_named("dus 9 uur dan") == 9
    assert hour_named("ok 9 uur graag") == 9
    assert hour_named("ik werk tot 9 uur") is None


@pytest.mark.parametrize("text", ["today please, before tomorrow 11", "nog voor morgen 11 uur",
                                  "uiterlijk morgen om 11:00"])
def test_a_deadline_with_a_time_ends_at_that_time(text):
    # round 32 A c07: the times after his signature at 11, four times; the last talk that fits is over by 11
    # (round 33 recheck c05: 10:30 offered before a meeting at 11)
    when = parse_when(text, dt.datetime(2027, 3, 8, 9, tzinfo=dt.timezone.utc))
    assert when is not None and when.at is None
    assert (when.end.day, when.end.hour, when.end.minute) == (9, 10, 15)


@pytest.mark.parametrize("text", [
    "gaat ze dan aan mijn teamleider vertellen wat ik net zei? over dat ik er niet meer wil zijn?",
    "dat vroeg ik niet. ik vroeg of marieke het doorvertelt aan mijn teamleider",
    "en marieke? leest die wat ik over niet meer willen zei?",
])
def test_whether_the_counsellor_passes_it_on_is_answered(text):
    # round 32 recheck B c02: the suicide answer twice, then "Je mag nee zeggen"
    from bot.dialogue import followups
    from bot.nlu import crisis_patterns
    assert followups.direct_answer(text) == followups.VP_HOORT_CHAT_NIET
    assert crisis_patterns.match(text) is None


def test_ones_own_step_to_the_manager_is_not_the_counsellor_passing_it_on():
    from bot.dialogue import followups
    assert followups.direct_answer("moet ik het aan mijn leidinggevende vertellen?") != followups.VP_HOORT_CHAT_NIET


@pytest.mark.parametrize("text", ['collega appt me net "ik steek je lek maandag"', "hij dreigt me neer te steken"])
def test_a_threat_to_stab_is_a_threat(text):
    # round 32 recheck B c07: read as sexual harassment
    from bot.dialogue import crisis, situations
    assert crisis.threatened(text) and situations.behaviour_matter(text) == "intimidatie"


@pytest.mark.parametrize("text", [
    "ok. ik werk bij een schoonmaakbedrijf. mijn chef heeft mij gevraagd om extra uren op te schrijven voor mensen die "
    "er niet waren, en het geld gingen wij delen.",
    "mn manager wil dat ik urenbriefjes aftekenen die niet kloppen",
])
def test_false_hours_are_fraud(text):
    # round 32 C c03: read as an appraisal ("bezwaar maken via de bezwaarregeling")
    from bot.dialogue import situations
    assert situations.matter_of_kind(text, "integriteit") == "fraude"


def test_the_residence_permit_question_gets_its_own_answer():
    # round 32 C c03: "Wie te goeder trouw een melding doet, hoort daar geen nadeel van te krijgen"
    from bot.dialogue import followups
    assert followups.direct_answer("maar mijn verblijfsvergunning. als ze mij ontslaan wat gebeurt er dan? kan de "
                                   "vertrouwenspersoon mij daarmee helpen?") == followups.VERBLIJFSVERGUNNING


def test_show_me_is_a_yes_not_a_stop():
    # round 32 recheck B c05: "ja laat maar zien" got "Dat is goed, we stoppen hier"
    from bot.dialogue.resume import shows_wanted
    from bot.nlu.components import StopAsAnswer
    assert shows_wanted("ja laat maar zien") and not shows_wanted("laat maar")
    assert StopAsAnswer.relabel(StopAsAnswer.__new__(StopAsAnswer), "ja laat maar zien") == "bevestigen"
    assert StopAsAnswer.relabel(StopAsAnswer.__new__(StopAsAnswer), "laat maar") is None


@pytest.mark.parametrize("text, other", [
    ("moet ik morgen wel naar dat gesprek met hem?", True),
    ("ben ik verplicht naar dat gesprek met hem en de teamleider te gaan", True),
    ("moet ik een gesprek met de vertrouwenspersoon?", False),
    ("moet ik morgen komen?", False),
])
def test_a_question_about_a_meeting_with_the_other_is_no_time_wish(text, other):
    # round 32 recheck A c08: "Om 09:00 is er helaas geen tijd vrij", the summary thrown away, "Nee, dat hoeft niet"
    from bot.dialogue import booking, followups
    assert booking.asks_about_another_meeting(text) is other
    assert (followups.direct_answer(text) == followups.GESPREK_MET_DE_ANDER) is other
