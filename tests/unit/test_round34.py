"""Round 33 recheck findings and round 34 findings mended in the session of 2026-12-07 (night): pure functions,
no Rasa."""

import datetime as dt

import pytest

from bot.scheduling.dutch_dates import parse_wishes
from bot.scheduling.localtime import AMSTERDAM

NOW = dt.datetime(2027, 3, 10, 15, 10, tzinfo=AMSTERDAM)  # Wednesday
OVER_BEFORE_11_TOMORROW = dt.datetime(2027, 3, 11, 10, 15, tzinfo=AMSTERDAM)


@pytest.mark.parametrize("text", [
    # round 33 recheck c05: read as a wish for 11:00; 11:15 and 13:00 offered
    "hey, ik heb morgen om 11u een gesprek met mijn manager en HR over 'mijn functioneren' maar eigenlijk gaat het "
    "erover dat ik geklaagd heb. kan ik voor die meeting nog met een vertrouwenspersoon praten?",
    "morgen\nnee ik bedoel VOOR 11 uur, om 11 begint mijn meeting. 10:30 is te krap",
    "before my meeting with him tomorrow at 11",              # round 33 recheck c07
    "ik heb een gesprek met HR morgen om 11, kan het daarvoor?",
    "morgen om 11 uur heb ik een functioneringsgesprek",
])
def test_ones_own_meeting_with_a_time_is_a_deadline(text):
    when = parse_wishes(text, NOW)
    assert when is not None and when.at is None and when.start == NOW and when.end == OVER_BEFORE_11_TOMORROW


@pytest.mark.parametrize("text", [
    "kan ik morgen om 11 uur een gesprek met de vertrouwenspersoon?",   # the talk itself
    "kan ik morgen om 11 uur met mijn manager erbij praten?",
    "ik had gisteren om 11 uur een gesprek met HR, kan ik morgen om 11 uur?",
])
def test_the_talk_itself_at_a_time_is_no_deadline(text):
    when = parse_wishes(text, NOW)
    assert when is not None and when.at == dt.time(11) and when.start.date() == dt.date(2027, 3, 11)


@pytest.mark.parametrize("text, expected", [
    # round 33 recheck c05: a second booking started, twice
    ("top. nog 1 vraag: mag ik iemand meenemen naar dat gesprek morgen met HR? en kan de vertrouwenspersoon mee?",
     "iemand_mee_naar_gesprek"),
    ("mag er iemand mee naar mijn functioneringsgesprek?", "iemand_mee_naar_gesprek"),
    ("moet ik alleen naar dat gesprek met mijn manager?", None),   # the meeting with the other: its own answer
    ("moet ik dat verslag morgen meteen tekenen?", "tekenen_gesprek"),
    ("ze willen dat ik een verbeterplan teken, moet ik tekenen?", "tekenen_gesprek"),
    ("do i have to sign anything tomorrow in the meeting with hr?", "tekenen_gesprek"),
    ("moet ik die uren tekenen die niet kloppen?", None),       # signing what is false: not this answer
    ("mag ik iemand meenemen naar de vertrouwenspersoon?", None),  # the talk with the counsellor
])
def test_a_meeting_with_the_manager_or_hr(text, expected):
    from bot.dialogue import followups

    got = followups.direct_answer(text)
    if expected is None:
        assert got not in ("iemand_mee_naar_gesprek", "tekenen_gesprek")
    else:
        assert got == expected


def test_asked_again_whether_one_may_bring_someone():
    from bot.dialogue import followups

    assert followups.direct_answer("nee ik heb al een afspraak, ik wil geen tweede. ik vroeg of ik iemand mag "
                                   "meenemen naar dat HR gesprek morgen om 11") == "iemand_mee_naar_gesprek"


@pytest.mark.parametrize(("text", "intent"), [
    # round 33 recheck c05: read as a request to book, after the booking was made
    ("top. nog 1 vraag: mag ik iemand meenemen naar dat gesprek morgen met HR? en kan de vertrouwenspersoon mee?",
     "afspraak_maken"),
    ("nee ik heb al een afspraak, ik wil geen tweede. ik vroeg of ik iemand mag meenemen naar dat HR gesprek morgen "
     "om 11", "geen_stap_willen"),
    ("moet ik dat verslag morgen meteen tekenen?", "faq"),
])
def test_the_meeting_question_is_answered_not_booked(text, intent):
    from rasa.shared.nlu.training_data.message import Message

    from bot.dialogue.followups import direct_answer
    from bot.nlu.components import DirectAnswer
    from tests.actions.domain import DOMAIN

    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": 0.87})
    message.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/vertrouwelijkheid",
                                                           "utter_action": "utter_faq/vertrouwelijkheid"},
                                               "ranking": []}})
    message = DirectAnswer().process([message])[0]
    action = message.get("response_selector")["faq"]["response"]["utter_action"]
    assert message.get("intent")["name"] == "faq" and action == f"utter_faq/{direct_answer(text)}"
    assert action in DOMAIN["responses"]
    if direct_answer(text) == "iemand_mee_naar_gesprek":   # and whether the counsellor can come along
        assert all("meegaan" in variant["text"] for variant in DOMAIN["responses"][action])


@pytest.mark.parametrize("text, expected", [
    # round 33 recheck c02: "Blijf binnen, en ga niet alleen naar buiten of naar je auto" to a witness at the counter
    ("wacht shit die klant is er weer binnen en hij heeft een mes, hij staat bij de balie tegen mn collega te "
     "schreeuwen", "ander"),
    ("er staat een man met een mes bij de kassa, ik zit achter de balie", "binnen"),
    ("hij is binnen met een mes en loopt over de gang", "binnen"),
    ("hij staat buiten bij mijn auto te wachten met een mes", "opgewacht"),   # outside: stay inside
])
def test_an_armed_man_inside_is_not_one_waiting_outside(text, expected):
    from actions import actions as general
    from bot.dialogue import crisis

    assert general._crisis_detail(crisis.GEWELD, text) == expected


def test_the_inside_answer_says_to_get_away_not_to_stay_inside():
    from tests.actions.domain import DOMAIN

    [variant] = [v for v in DOMAIN["responses"]["utter_crisis_geweld"]
                 if {"type": "slot", "name": "crisis_detail", "value": "binnen"} in (v.get("condition") or [])]
    assert "{spoed_nummer}" in variant["text"] and "Ga bij hem weg" in variant["text"]
    assert "Blijf binnen" not in variant["text"] and "auto" not in variant["text"]


def test_a_day_too_late_is_ruled_out():
    # round 33 A c03: "Vrijdag is te laat. Dan woensdag 10:30." gave a summary for Friday 10:30
    now = dt.datetime(2027, 3, 9, 16, 30, tzinfo=AMSTERDAM)   # Tuesday
    when = parse_wishes("Vrijdag is te laat. Dan woensdag 10:30.", now)
    assert when.start.date() == dt.date(2027, 3, 10) and when.at == dt.time(10, 30)
    assert not when.allows(dt.datetime(2027, 3, 12, 10, 30, tzinfo=AMSTERDAM))
    assert not parse_wishes("maandag is te vroeg, dinsdag dan", now).allows(
        dt.datetime(2027, 3, 15, 10, tzinfo=AMSTERDAM))
    assert parse_wishes("dinsdag is prima", now).excluded == ()


def test_an_outright_denial_later_in_the_answer_to_the_check_counts():
    # round 34 B c01: the same suicide question word for word after "niet dat ik dood wil ofzo"
    from bot.dialogue import crisis

    assert crisis.denies_thought("wat?? nee ik bedoel dat ik niet meer alleen naar die client toe wil. niet dat ik "
                                 "dood wil ofzo")
    assert not crisis.denies_thought("ik weet niet of ik dood wil")


@pytest.mark.parametrize("text", [
    "telefoon. maar krijgt mijn baas dit te zien? en wat slaan jullie op van mij?",     # round 34 A c01
    "welke gegevens slaan jullie eigenlijk op?",
])
def test_storing_is_no_hitting(text):
    from bot.dialogue import crisis

    assert not crisis.threatened(text) and not crisis.threat_from_other(text)


def test_hitting_is_still_a_threat():
    from bot.dialogue import crisis

    assert crisis.threatened("hij zei dat hij me gaat slaan als ik het vertel")


def test_work_waiting_in_a_queue_is_no_one_at_the_door():
    # round 34 A c02: "Je bent nu niet veilig. Doe de deur niet open" to an accounts clerk
    from bot.dialogue import crisis
    from bot.nlu import crisis_patterns

    text = ("Ja, al wil ik hem niet meteen van fraude beschuldigen. Maar wat me het meest dwarszit: moet ik die "
            "declaraties nu wel of niet goedkeuren? Er staat er weer een in de wachtrij.")
    assert crisis_patterns.match(text) is None and not crisis.besieged_now(text)
    assert crisis_patterns.match("hij staat er weer, ik ben bang") is not None


@pytest.mark.parametrize("text, expected", [
    # round 34 B c03, mid-booking: "Kies een van de tijden hieronder"
    ("I am scared to walk to my car. he is waiting outside for me", "geweld"),
    ("my husband is waiting outside for me, bye", None),
    ("his car is in the parking lot, he is sitting in it. he knows I always leave around 8.30", None),
])
def test_someone_waiting_outside_in_english(text, expected):
    from bot.nlu import crisis_patterns

    found = crisis_patterns.match(text)
    assert (found.category if found else None) == expected


def test_waiting_outside_in_english_gets_the_waiting_answer():
    from actions import actions as general
    from bot.dialogue import crisis

    assert general._crisis_detail(crisis.GEWELD, "I am scared to walk to my car. he is waiting outside for me") == \
        crisis.OPGEWACHT


@pytest.mark.parametrize("text, expected", [
    # round 34 B c08: "ongewenste seksuele aandacht", then the suicide question
    ("hoi ik ben stagiair in een hotel (keuken). na sluiting vanavond moest ik nog blijven van de chef om op te "
     "ruimen. hij deed de deur van de koelcel dicht en toen ging hij te ver. ik zei nee maar hij hield niet op.",
     "seksueel_geweld"),
    ("ik zei nee maar hij hield niet op met die grapjes over mijn haar", None),
])
def test_he_went_too_far_and_did_not_stop(text, expected):
    from bot.nlu import crisis_patterns

    found = crisis_patterns.match(text)
    assert (found.category if found else None) == expected


def test_a_phone_number_corrected_in_the_same_message():
    # round 34 B c08: "telefoon 0687654321. nee wacht 0687654312 sorry" booked the first
    from bot.dialogue.booking import phone_in

    assert phone_in("telefoon 0687654321. nee wacht 0687654312 sorry") == "+31687654312"
    assert phone_in("bel me op 0612345678, ik bedoel na 5 uur") == "+31612345678"


@pytest.mark.parametrize("text, rest", [
    ("vrijdag 9 uur dan. o nee wacht vrijdag ben ik vrij. dan toch woensdag, kwart voor 10",
     " woensdag, kwart voor 10"),
    ("13:00 is after my meeting, too late. ok dan toch Marieke 10.30, in mijn pauze. telefonisch",
     " Marieke 10.30, in mijn pauze. telefonisch"),
])
def test_dan_toch_is_the_last_word(text, rest):
    # round 34 B c05 (Friday 09:45 booked), B c09 (Ruud at 13:00 booked)
    from bot.dialogue.booking import after_correction

    assert after_correction(text) == rest


@pytest.mark.parametrize(("text", "fallback"), [
    ("ok dank je. en die 7u30 dan? moet ik gewoon gaan?", True),   # round 34 B c01: "Ja, leg ze weg"
    ("moet ik de pillen weggooien?", False),
])
def test_the_means_answer_only_when_means_are_named(text, fallback):
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import DirectAnswer

    message = Message(data={"text": text})
    message.set("intent", {"name": "faq", "confidence": 0.72})
    message.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/pillen_weg",
                                                           "utter_action": "utter_faq/pillen_weg"},
                                               "ranking": []}})
    message = DirectAnswer().process([message])[0]
    chosen = message.get("response_selector")["faq"]["response"]["utter_action"]
    means_answer = message.get("intent")["name"] == "faq" and chosen == "utter_faq/pillen_weg"
    assert (not means_answer) == fallback   # "moet ik gewoon gaan?" now gets the answer on going back to work


@pytest.mark.parametrize("text, expected", [
    # round 34 A c09: "Nee. Wat je hier typt ..." to a question about court
    ("Goed. Even iets anders: als dit ooit bij de rechter komt, kan de vertrouwenspersoon dan gedwongen worden te "
     "vertellen wat ik gezegd heb? En bewaart u dit gesprek?", "vp_getuigen"),
    ("Dus een rechter kan de vertrouwenspersoon niet laten getuigen?", "vp_getuigen"),
    # round 34 B c08: "Ja, dat mag, en het is geen verraad"
    ("het gebeurde vanavond. moet ik naar de politie? ik wil niet naar de politie. mijn stagebegeleider van school mag "
     "het ook niet weten", "niemand_hoeft_het_te_weten"),
    ("mag mijn stagebegeleider het niet weten?", None),
    # round 34 A c04: the times
    ("Ik heb volgende week een gesprek met de onderzoekers. Mag ik daar iemand bij meenemen? En moet ik alles "
     "zeggen?", "iemand_mee_naar_gesprek"),
    ("mag ik daar iemand bij meenemen?", None),   # which meeting is not said
])
def test_round_34_questions_get_their_own_answer(text, expected):
    from bot.dialogue import followups

    got = followups.direct_answer(text)
    if expected is None:
        assert got not in ("vp_getuigen", "niemand_hoeft_het_te_weten", "iemand_mee_naar_gesprek")
    else:
        assert got == expected


@pytest.mark.parametrize("text, expected", [
    # round 34 A c06: residents' medication, asked three times
    ("Ja graag. Maar ik twijfel: kan dit wel tot dinsdag wachten? Misschien krijgen bewoners nu hun medicatie niet.",
     "patienten_nu"),
    ("Ik bedoel: bewoners lopen misschien gevaar als wondzorg en medicatie niet gegeven worden. Moet ik nu al iets "
     "doen, vóór dinsdag?", "patienten_nu"),
    ("Dus: moet ik vóór dinsdag al ingrijpen voor de veiligheid van de bewoners, ja of nee?", "patienten_nu"),
    # round 34 A c09: a bridge; A c03: waste into a canal tonight
    ("Nee. Ik maak me zorgen over de veiligheid van mensen die over die brug rijden. Moet ik niet nu meteen iemand "
     "waarschuwen?", "dringend_extern"),
    ("merci. nog een vraag, vannacht is't weer nachtploeg en ze gaan waarschijnlijk weer lozen. wat doe ik dan?",
     "dringend_extern"),
])
def test_danger_to_others_soon_is_answered(text, expected):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == expected


@pytest.mark.parametrize("text", [
    "mag mijn vriend ook met de vertrouwenspersoon praten? hij heeft zelf de spullen meegenomen",   # round 34 A c05
    "nee niet meenemen. hij wil zelf een afspraak, voor hemzelf. hij is degene die het gedaan heeft. kan dat?",
    "kan mijn collega ook naar de vertrouwenspersoon?",
])
def test_the_other_may_have_a_talk_of_his_own(text):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == "ander_ook_naar_vp"
    assert followups.direct_answer("mag mijn vriend mee naar de vertrouwenspersoon?") != "ander_ook_naar_vp"


@pytest.mark.parametrize("text, expected", [
    # round 34 B c02 (Flemish): "Nee. Niemand hoeft ...", and signing read as fraud
    ("maar wat met dat gesprek morgen met HR? mag ik daar iemand meepakken? en als ze mij iets laten tekenen, moet ik "
     "dat dan doen?", "iemand_mee_naar_gesprek"),
    ("nee geen fraude!! ik bedoel als HR mij morgen een papier voorlegt, moet ik dat dan direct ondertekenen?",
     "tekenen_gesprek"),
])
def test_flemish_meeting_questions(text, expected):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == expected


def test_before_my_meeting_at_10_without_a_day():
    # round 34 B c02: "kan ik die Marieke dan nog spreken voor mijn gesprek om 10u?" got 10:00
    when = parse_wishes("allee ja, kan ik die Marieke dan nog spreken voor mijn gesprek om 10u? mag de "
                        "vertrouwenspersoon eventueel mee naar HR?", NOW)
    assert when.at is None and when.end == dt.datetime(2027, 3, 11, 9, 15, tzinfo=AMSTERDAM)


def test_a_day_with_somewhere_to_go_is_ruled_out():
    # round 34 B c04: "woensdag moet ik naar de verloskundige. donderdag dan?" got Wednesday's times
    when = parse_wishes("oh wacht sorry woensdag moet ik naar de verloskundige. donderdag dan? liefst na 2 uur", NOW)
    assert when.start.date() == dt.date(2027, 3, 11) and when.end.date() == dt.date(2027, 3, 12)
    assert when.after == dt.time(14)


def test_an_interview_on_a_date_is_a_deadline():
    # round 34 A c04: "Het gesprek met de onderzoekers is woensdag 17 maart om 10 uur. Dus liefst daarvoor" got
    # Wednesday 09:00, 09:45 and 10:30
    when = parse_wishes("Het gesprek met de onderzoekers is woensdag 17 maart om 10 uur. Dus liefst daarvoor, zo snel "
                        "mogelijk eigenlijk.", NOW)
    assert when.at is None and when.start == NOW and when.end == dt.datetime(2027, 3, 17, 9, 15, tzinfo=AMSTERDAM)


def test_half_11_at_the_end_of_a_sentence():
    # round 34 B c06: "doe maar dinsdag half 11. telefonisch dan" got the same times again
    from bot.scheduling.dutch_dates import exact_time

    assert exact_time("doe maar dinsdag half 11. telefonisch dan") == dt.time(10, 30)
    assert exact_time("half 11.30") != dt.time(10, 30)


def test_someone_else_answering_the_phone():
    # round 34 B c06: "als mijn vrouw opneemt, zegt hij dan wie hij is?" ignored twice
    from bot.dialogue import followups

    for text in ("telefoon, 06-12873344. maar als mijn vrouw opneemt, zegt hij dan wie hij is? ze weet hier niks van",
                 "eerst mijn vraag: als mijn vrouw opneemt, wat zegt die meneer de Boer dan?"):
        assert followups.direct_answer(text) == "iemand_anders_neemt_op"


@pytest.mark.parametrize("text", [
    "afspraak. gaat vp het aan mn school vertellen?",                        # round 34 A c08, three times
    "woensdag na 4 uur. maar je antwoord niet, zegt de vp het tegen mn school??",
    "vertelt de vertrouwenspersoon het aan mijn school of mijn ouders?",
])
def test_whether_the_counsellor_tells_the_school(text):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == "niemand_hoeft_het_te_weten"
    assert followups.direct_answer("mag ik het mijn stagedocent vertellen?") == "stage_school"


@pytest.mark.parametrize("text, need", [
    ("nee nee, ik ga niet naar 113 bellen hoor. ik ben geen geval voor de psychiater. ik bedoelde meer met pensioen "
     "ofzo. laat maar", "geen_hulplijn"),    # round 34 B c06: the 113 chat offered, then 113 three times more
    ("ik ga niet 113 bellen", "durft_niet_bellen"),   # not calling, maybe chatting
])
def test_refusing_every_line(text, need):
    from bot.dialogue import crisis

    assert crisis.after_crisis(text) == need


def test_the_accused_asking_about_tomorrows_meeting():
    # round 34 B c09: "Je hoeft niet alleen met de ander in gesprek als je je daar niet veilig bij voelt"
    from bot.dialogue import followups, roles

    text = ("ok I try Dutch. Ik ben de persoon waar de klacht over is. Morgen gesprek met manager. Mag ik iemand "
            "meenemen? Moet ik papier tekenen?")
    assert followups.direct_answer(text) == "beschuldigde_gesprek"
    assert roles.said_role("no no, she say I do this. I am the one they complain about.") == roles.BESCHULDIGD
    assert followups.direct_answer("mag ik iemand meenemen naar het gesprek met mijn manager?") == \
        "iemand_mee_naar_gesprek"


@pytest.mark.parametrize("text, topic", [
    ("can the judge force the vertrouwenspersoon to tell what I said?", "rechter"),   # round 34 recheck R1 c03: "No."
    ("thanks. can my friend also talk to vertrouwenspersoon? he is scared they fire him now", "ander_ook"),  # A c05
])
def test_english_court_and_friend_questions(text, topic):
    from bot import content
    from bot.nlu import language

    assert language.english_topics(text) == [topic] and language.english_topic(text) == topic
    assert not content.engels()["antwoorden"][topic].startswith("No")


def test_the_man_from_last_week_waits_outside_again():
    # round 34 recheck R2 c01: the safety check instead of the answer for someone waiting, then no answer at all
    from bot.nlu import crisis_patterns

    text = ("ik sta nog in de winkel, we zijn net dicht. die man van vorige week staat weer buiten bij de "
            "fietsenstalling te wachten. hij heeft toen gezegd dat hij me wel zou vinden na sluitingstijd.")
    assert crisis_patterns.waiting_now(text)
    assert not crisis_patterns.waiting_now("vorige week stond hij buiten te wachten en zei dat hij me zou vinden")
    assert not crisis_patterns.waiting_now("morgen staat hij weer buiten te wachten, zei hij, hij zal me vinden")


def test_an_intruder_with_a_gun_in_english_is_violence():
    # round 34 recheck R2 c06: the list for every crisis (113, the sexual-violence line) for an armed intruder
    from bot.nlu import crisis_patterns

    text = ("wacht even. er is net een jongen binnengekomen via de achterdeur, niet van ons, he has a gun or something "
            "like it, hij roept dat hij zijn zus komt halen. ik zit in het kantoortje")
    assert crisis_patterns.match(text).category == "geweld"
    assert crisis_patterns.match("he had a gun in the picture on facebook") is None


def test_the_112_answer_is_not_given_once_112_is_called():
    # round 34 recheck R2 c06: "Ja. Denk je dat iemands leven ... Bel dan 112" to "ik heb 112 gebeld. moet ik naar
    # boven?"
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import DirectAnswer

    for text, intent in (("er zijn 6 kinderen boven aan het slapen. ik heb 112 gebeld. moet ik naar boven?", "crisis"),
                         ("112 zegt blijf waar je bent. ok. ik hoor sirenes", "crisis"),   # the second time
                         ("moet ik echt 112 bellen?", "faq")):
        message = Message(data={"text": text})
        message.set("intent", {"name": "faq", "confidence": 0.7})
        message.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/bellen_112",
                                                               "utter_action": "utter_faq/bellen_112"},
                                                   "ranking": []}})
        assert DirectAnswer().process([message])[0].get("intent")["name"] == intent


@pytest.mark.parametrize("text, expected", [
    # round 34 recheck R1: the first of two values kept, in six of eight conversations
    ("06 41 22 87 39 nee sorry 06 41 22 87 93, die laatste twee omgedraaid", "+31641228793"),
    ("mijn werkgsm is 0612 345 678 maar bel liever op mijn privé, 0687 654 321", "+31687654321"),
])
def test_the_corrected_phone_number(text, expected):
    from bot.dialogue.booking import phone_in

    assert phone_in(text) == expected


def test_the_corrected_email_address():
    from bot.dialogue.booking import email_in

    assert email_in("priya.raman@gmial.com oh typo, priya.raman@gmail.com") == "priya.raman@gmail.com"
    assert email_in("piet@example.com") == "piet@example.com"


@pytest.mark.parametrize("text, rest", [
    ("16 uur ok. o nee wacht morgen moet ik mn zoontje halen. donderdag zelfde tijd dan",
     " morgen moet ik mn zoontje halen. donderdag zelfde tijd dan om 16:00"),
    ("allee dan na het gesprek. doe maar 9u45, nee toch 13u45 want ik rij nog een rit tot 13u",
     " 13u45 want ik rij nog een rit tot 13u"),
    ("o nee wacht, dinsdag heb ik de kids. dan toch donderdag", " donderdag"),
    ("ok. telefonisch. o nee wacht, maandag om 9:45 heb ik standup. dan toch 13:45", " 13:45"),
])
def test_what_follows_the_correction(text, rest):
    from bot.dialogue.booking import after_correction

    assert after_correction(text) == rest


@pytest.mark.parametrize("text", [
    # round 34 recheck R1 c02: the suicide check twice, then "Dat is goed. Je hoeft niets te kiezen."
    "het is niet bij mij gebeurd he, bij de bewoonster. en die collega staat vannacht weer alleen op de afdeling, ik "
    "ben bang dat ze die mevrouw weer pijn doet. wat moet ik doen?",
    "nee nee met mij gaat het wel, het gaat over de bewoonster die in gevaar is. vannacht. wie moet ik verwittigen?",
])
def test_a_resident_in_danger_tonight(text):
    from bot.dialogue import followups

    assert followups.patients_at_risk(text)


@pytest.mark.parametrize("text, expected", [
    # round 34 recheck R2 c08 (mid-booking: "Wil je daar eerst over praten?") and c02 ("I work in Dutch")
    ("sorry wait. I'm still at the office, working late on a release. he's in the parking garage, standing next to my "
     "car. he texted me 'we need to talk, I'll wait as long as it takes'. last time he grabbed my arm really hard",
     "geweld"),
    ("forget the appointment!! he is waiting for me downstairs and I'm scared", "geweld"),
    ("we called 112 already, they are coming. he is walking around shouting. door is locked. what else should we do",
     "geweld"),
    ("my car is parked next to the office, see you", None),
    ("my kids are shouting all day, I am hiding in the garden haha", None),
])
def test_english_danger_now(text, expected):
    from bot.nlu import crisis_patterns

    found = crisis_patterns.match(text)
    assert (found.category if found else None) == expected


@pytest.mark.parametrize("text, despair", [
    # round 34 recheck R2 c07: "ik weet niet zeker wat je bedoelt", twice
    ("soms rij ik over die brug bij de rivier en denk ik, waar doe ik het allemaal nog voor", True),
    ("ik heb er gewoon geen zin meer in. in niks eigenlijk", True),
    ("ik heb geen zin meer in die vergaderingen", False),
])
def test_veiled_despair_gets_the_gentle_check(text, despair):
    from bot.nlu import crisis_patterns

    assert (crisis_patterns.despair(text) is not None) == despair


@pytest.mark.parametrize("text", [
    "moet ik maandag gewoon weer gaan? hij heeft maandag ook dienst",   # round 34 recheck R2 c03: "Ja, dat mag"
    "Moet ik gaan??",                                                  # recheck R1 c07: "Ja ..."
])
def test_whether_to_go_back_to_work(text):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == "weer_werken"


def test_an_intruder_with_a_gun_inside_gets_the_inside_answer():
    from actions import actions as general
    from bot.dialogue import crisis

    text = ("wacht even. er is net een jongen binnengekomen via de achterdeur, niet van ons, he has a gun or something "
            "like it, hij roept dat hij zijn zus komt halen. ik zit in het kantoortje")
    assert general._crisis_detail(crisis.GEWELD, text) == crisis.BINNEN


def test_shaking_after_the_danger_is_over():
    # round 34 recheck R2 c06: "Ja, als je gewond bent of pijn hebt ..." to "politie heeft hem ... ik zit te trillen"
    from bot.dialogue import followups

    assert followups.direct_answer("politie heeft hem. niemand gewond. het was een nep pistool zeggen ze. ik zit te "
                                   "trillen als een rietje") == "trillen"
    assert followups.direct_answer("ik tril van de kou") != "trillen"


@pytest.mark.parametrize("text", [
    # round 34 recheck R1 c05: a booking nobody asked for, then "Die vraag kan ik nu niet goed beantwoorden"
    "ja ook maar vooral patienten kunnen een infectie krijgen. morgen ochtend is er weer ok programma",
    "huh ik vroeg nog geen afspraak. wat moet ik doen met die patienten morgen?",
])
def test_patients_at_risk_of_infection_tomorrow(text):
    from bot.dialogue import followups

    assert followups.direct_answer(text) == "patienten_nu"


def test_patients_at_risk_read_as_a_booking_request_get_their_answer():
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import DirectAnswer

    text = "ja ook maar vooral patienten kunnen een infectie krijgen. morgen ochtend is er weer ok programma"
    message = Message(data={"text": text})
    message.set("intent", {"name": "afspraak_maken", "confidence": 0.31})
    message.set("response_selector", {"faq": {"response": {"intent_response_key": "faq/vertrouwelijkheid",
                                                           "utter_action": "utter_faq/vertrouwelijkheid"},
                                               "ranking": []}})
    message = DirectAnswer().process([message])[0]
    assert message.get("intent")["name"] == "faq"
    assert message.get("response_selector")["faq"]["response"]["utter_action"] == "utter_faq/patienten_nu"
