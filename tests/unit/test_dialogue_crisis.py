"""bot.dialogue.crisis: acute danger, venting, and "I called them" after a crisis answer."""

import pytest

from bot.dialogue import crisis


@pytest.mark.parametrize("text", [
    "ik ga het nu doen",
    "ik doe het vanavond",
    "ik sta op de brug",
    "ik heb net al mijn pillen geslikt",
])
def test_suicide_happening_now_is_acute(text):
    assert crisis.crisis_kind("zelfmoord", text, None) == "acuut"


def test_now_after_an_earlier_suicide_message_is_acute_even_without_a_category():
    assert crisis.crisis_kind("algemeen", "ik ga het nu doen", "zelfmoord") == "acuut"


@pytest.mark.parametrize("soort, text, previous", [
    ("zelfmoord", "ik wil niet meer leven", None),
    ("zelfmoord", "ik denk er de laatste tijd vaak aan dat ik dood wil", None),
    ("geweld", "hij staat nu voor de deur met een mes", None),  # 112 is already the answer
    ("seksueel_geweld", "gisteren heeft hij me verkracht", None),
    ("algemeen", "ik ga het nu doen", None),  # without the earlier context: not read as suicide
])
def test_not_acute(soort, text, previous):
    assert crisis.crisis_kind(soort, text, previous) == soort


@pytest.mark.parametrize("text", [
    "ik heb ze gebeld", "I called them", "het gaat nu wel", "ik ben veilig", "ik heb net 113 gebeld",
    "I'm safe now", "het gaat alweer een beetje",
])
def test_safe_again(text):
    assert crisis.safe_again(text)


@pytest.mark.parametrize("text", [
    "ik ben niet veilig", "I am not safe", "ik heb gebeld maar niemand nam op", "hij staat nog steeds voor de deur",
    "het gaat niet goed",
])
def test_not_safe_again(text):
    assert not crisis.safe_again(text)


@pytest.mark.parametrize("text", [
    "ik wil het alleen even kwijt: mijn collega's negeren me al weken",
    "ik hoef geen advies, maar mijn baas schreeuwt steeds tegen me",
    "mag ik even stoom afblazen over mijn team",
])
def test_venting(text):
    assert crisis.wants_to_vent(text)


@pytest.mark.parametrize("text", [
    "mijn collega's negeren me al weken", "wat kan ik doen tegen pesten", "ik wil een afspraak",
])
def test_not_venting(text):
    assert not crisis.wants_to_vent(text)


def test_a_threat_the_classifier_called_a_crisis_gets_the_violence_answer_not_the_whole_list():
    text = "een patient zei dat hij me na mijn dienst op de parkeerplaats op zou wachten, ik ben bang"
    assert crisis.crisis_kind("algemeen", text, None) == "geweld"


def test_a_classifier_crisis_about_the_self_keeps_the_whole_list():
    text = "ik zie het echt niet meer zitten, het leven heeft geen zin"
    assert crisis.crisis_kind("algemeen", text, None) == "algemeen"


def test_pills_laid_ready_is_acute_even_when_only_the_classifier_saw_a_crisis():
    assert crisis.crisis_kind("algemeen", "ik zie het niet meer zitten, ik heb al pillen klaargelegd", None) == "acuut"


@pytest.mark.parametrize("text, soort, response", [
    ("kun jij 112 bellen voor mij?? of iemand waarschuwen", "geweld", "utter_crisis_kan_niet_bellen_112"),
    ("can you call the police", "acuut", "utter_crisis_kan_niet_bellen_112"),
    ("kun jij 113 bellen", "zelfmoord", "utter_crisis_kan_niet_bellen_113"),
    # after violence: whispering, someone nearby calls, the door shut (sixth stranger test c23)
    ("ik durf niet te bellen hij hoort me misschien", "geweld", "utter_crisis_niet_bellen_geweld"),
    ("ik durf niet te bellen", "acuut", "utter_crisis_niet_bellen_112"),
    ("ik zei toch dat ik niet wil bellen", "zelfmoord", "utter_crisis_niet_bellen_113"),
    ("ik weet niet of ik durf te bellen", "seksueel_geweld", "utter_crisis_niet_bellen_csg"),
    ("ik heb geen zin om te bellen. ik wil gewoon typen", "zelfmoord", "utter_crisis_niet_bellen_113"),
    ("help hij komt naar boven", "geweld", "utter_crisis_geweld"),  # still in danger: the help again
    ("is het wel erg genoeg?", "zelfmoord", "utter_crisis_zelfmoord"),
])
def test_right_after_a_crisis_answer_the_help_stays_in_view(text, soort, response):
    assert crisis.after_crisis_response(text, soort) == response


@pytest.mark.parametrize("text", ["ik weet niet. het maakt toch niet uit", "boeit toch niet", "wat maakt het uit",
                                  "weet niet. gewoon moe van alles"])  # the last: third stranger test, c13
def test_hopelessness_after_thoughts_of_suicide_is_heard(text):
    # stranger test C16: it got "Die twijfel snap ik ... Wat is er gebeurd?"
    assert crisis.after_crisis_response(text, "zelfmoord") == "utter_crisis_hopeloos"


def test_hopelessness_after_other_crises_gives_their_help_again():
    assert crisis.after_crisis_response("het maakt toch niet uit", "geweld") == "utter_crisis_geweld"
    assert crisis.after_crisis_response("het maakt toch niet uit", "zorgen_ander") == "utter_crisis_zorgen_ander"


# --- after the violence answer: safe now, or "what now?" (stranger test C19, C07) ------------------
@pytest.mark.parametrize("text", [
    "hij is weg nu. ik zit thuis",
    "ik ben op de gang, hij is in zijn kamer",
    "mijn collega is bij me",
    "wat moet ik nu doen",
    "de klant is vertrokken",
    "ik ben veilig",
])
def test_after_violence_the_danger_is_over_or_what_now(text):
    assert crisis.after_violence(text)
    assert crisis.after_crisis_response(text, "geweld") == "utter_crisis_nazorg"


@pytest.mark.parametrize("text", [
    "ik ben thuis maar ik ben bang dat hij terugkomt",
    "ik ben niet veilig",
    "hij komt terug",
])
def test_still_in_danger_gets_the_violence_answer_again(text):
    assert not crisis.after_violence(text)
    assert crisis.after_crisis_response(text, "geweld") == "utter_crisis_geweld"


def test_a_colleague_with_the_person_is_support_not_a_witness():
    assert crisis.support_by_colleague("mijn collega is bij me")
    assert crisis.after_crisis_response("mijn collega is bij me", "geweld", "ben_getuige") == "utter_crisis_nazorg"
    assert not crisis.support_by_colleague("ik ben thuis")


@pytest.mark.parametrize("soort", ["geweld", "zelfmoord", "seksueel_geweld"])
def test_who_can_be_reached_now_is_answered(soort):
    text = "is er nu iemand bereikbaar? het is midden in de nacht"
    assert crisis.asks_who_now(text) and crisis.follow_up(text, soort)
    assert crisis.after_crisis_response(text, soort) == "utter_crisis_wie_nu"


def test_safe_now_after_suicide_thoughts_is_no_violence_aftercare():
    assert not crisis.follow_up("ik zit thuis", "zelfmoord")
    assert crisis.after_crisis_response("ik zit thuis", "zelfmoord") == "utter_crisis_zelfmoord"


@pytest.mark.parametrize("text, afraid", [
    ("moet ik dan wel gaan rijden vanavond? ik durf echt niet", True),  # third stranger test, c23
    ("ik moet om 18:00 beginnen aan mijn dienst en ik durf niet. moet ik gaan?", True),
    ("ik ben bang om morgen naar mijn werk te gaan", True),
    ("ik durf niet te bellen, hij hoort me", False),
    ("moet ik vanavond gaan rijden?", False),
    ("ik ben bang dat hij terugkomt", False),
])
def test_afraid_to_go_to_work(text, afraid):
    assert crisis.afraid_to_work(text) is afraid


@pytest.mark.parametrize("text, expected", [
    ("nee sorry dat was overdreven. ik bedoel dat ik doodmoe ben van het werk", True),
    ("ik heb echt geen 113 nodig hoor", True),
    ("het was maar een grapje", True),
    ("ik bedoel gewoon dat ik kapotmoe ben", True),
    ("het is geen grapje", False),
    ("ik ben doodmoe en wil niet meer leven", False),
    ("grapje, maar ik wil echt niet meer leven", False),
    ("dat was maar een grapje, ik wil echt niet meer leven", True),  # the action checks the crisis sign
    ("ik wil dood", False),
])
def test_a_crisis_taken_back(text, expected):
    from bot.dialogue.crisis import takes_back
    assert takes_back(text) is expected


@pytest.mark.parametrize("text, expected", [
    # sixth stranger test c15: got the suicide question instead of the safety check
    ("het is 23:00 en ik zit thuis te trillen. vandaag heeft een klant op de balie me bij mijn keel gegrepen. "
     "ik weet niet wat ik moet", True),
    ("hij heeft me hard geduwd tegen de kast", True),
    ("ik heb de kans gegrepen om van team te wisselen", False),
    ("ik wil niet meer leven sinds hij me bij mijn keel greep", False),  # about the writer's own life
])
def test_a_threat_or_violence_from_someone_else(text, expected):
    assert crisis.threat_from_other(text) is expected


# --- sixth stranger test c23: the threat is still there after the violence answer ----------------
@pytest.mark.parametrize("text, going_on", [
    ("hij staat nog steeds voor de deur", True),
    ("hij bonkt op de deur van de kantine", True),
    ("ik zit opgesloten in het magazijn", True),
    ("hij is nog steeds buiten aan het schreeuwen", True),
    ("hij probeert binnen te komen", True),
    ("hij is weg nu, ik zit thuis", False),
    ("mijn collega is bij me", False),
    ("ik heb morgen een afspraak bij de deur van het kantoor", False),
])
def test_the_danger_is_still_there(text, going_on):
    assert crisis.danger_going_on(text) is going_on


def test_cannot_call_after_violence_gets_whispering_and_someone_nearby():
    text = "ik durf niet te bellen hij hoort me dan"
    assert crisis.stays_with_danger(text) and crisis.follow_up(text, "geweld")
    assert crisis.after_crisis_response(text, "geweld") == "utter_crisis_niet_bellen_geweld"
    assert crisis.after_crisis_response(text, "zelfmoord") == "utter_crisis_niet_bellen_113"


def test_the_threat_still_at_the_door_after_violence_gets_the_danger_not_a_category():
    text = "hij staat nog steeds voor de deur"
    assert crisis.follow_up(text, "geweld") and not crisis.after_violence(text)
    assert crisis.after_crisis_response(text, "geweld", "intimidatie") == "utter_crisis_gevaar_nu"
    assert not crisis.follow_up(text, "zelfmoord")


def test_a_medical_question_after_violence_gets_the_medical_advice():
    assert crisis.after_crisis_response("moet ik met mijn nek naar de dokter?", "geweld") == "utter_faq/dokter"


# --- sixth stranger test c15: an injury at 23:00 ---------------------------------------------------
HUISARTS = {"overdag": "je huisarts", "buiten_praktijkuren": "de huisartsenpost",
            "praktijk_van": "08:00", "praktijk_tot": "17:00"}


@pytest.mark.parametrize("when, expected", [
    ("2026-12-01T23:00:00+01:00", "de huisartsenpost"),  # Tuesday night
    ("2026-12-01T10:00:00+01:00", "je huisarts"),
    ("2026-12-01T16:59:00+01:00", "je huisarts"),
    ("2026-12-01T17:00:00+01:00", "de huisartsenpost"),
    ("2026-12-01T07:30:00+01:00", "de huisartsenpost"),
    ("2026-12-05T11:00:00+01:00", "de huisartsenpost"),  # Saturday
    ("2026-12-01T09:30:00+00:00", "je huisarts"),  # UTC, 10:30 in Amsterdam
])
def test_who_looks_at_an_injury_depends_on_the_hour(when, expected):
    import datetime as dt
    assert crisis.medical_help_now(dt.datetime.fromisoformat(when), HUISARTS) == expected


@pytest.mark.parametrize("text, injury", [
    ("ik ben gewoon geschrokken. mijn nek doet nog pijn", True),
    ("ik heb pijn aan mijn arm", True),
    ("ik kan moeilijk slikken", True),
    ("ik ben gewoon geschrokken", False),
    ("het doet pijn dat niemand iets zegt", False),
])
def test_an_injury_told(text, injury):
    assert crisis.tells_injury(text) is injury


# --- a yes to the gentle check, with more after it (seventeenth stranger recheck c03) ---------------

@pytest.mark.parametrize("text", [
    "ja soms wel eerlijk gezegd. kan ik niet eerder iemand spreken dan maandag",
    "soms wel, kan ik vandaag iemand spreken",
    "weet ik niet. kan het vandaag nog",
    "ja",
])
def test_yes_to_check(text):
    assert crisis.yes_to_check(text)


@pytest.mark.parametrize("text", [
    "ja hoor het gaat prima. ik wil een afspraak",
    "nee hoor. kan het eerder",
    "ik wil een afspraak",
    "",
])
def test_no_yes_to_check(text):
    assert not crisis.yes_to_check(text)


# --- no help line at all, after both calling and chatting were named (seventeenth recheck c02) -------

@pytest.mark.parametrize("text", [
    "chatten ook niet. hoe krijg ik het pesten weg dat is mijn vraag",
    "chatten wil ik ook niet",
    "ik wil niet bellen en niet chatten",
    "ik ga ook niet chatten hoor",
    "geen 113 alsjeblieft",
    "113 hoef ik niet",
])
def test_no_help_line_after_the_suicide_answer(text):
    assert crisis.after_crisis(text) == crisis.GEEN_HULPLIJN
    assert crisis.after_crisis_response(text, "zelfmoord") == "utter_crisis_geen_hulplijn"


@pytest.mark.parametrize("text, need", [
    ("ik wil gewoon chatten", crisis.DURFT_NIET_BELLEN),  # typing instead of calling
    ("ik heb geen zin om te bellen. ik wil gewoon typen", crisis.DURFT_NIET_BELLEN),
    ("kan ik chatten met de vertrouwenspersoon?", None),
    ("ik durf niet te bellen, hij hoort me", crisis.DURFT_NIET_BELLEN),
])
def test_other_ways_are_no_refusal_of_every_help_line(text, need):
    assert crisis.after_crisis(text) == need
