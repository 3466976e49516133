"""Issue 10: the twenty-eighth stranger test (three helpers who had not read the code or data, 30
conversations). What the bot read wrongly, as pure functions and one NLU component, no dialogue:

- a matter denied by its name was chosen ("seksuele intimidatie?? nee hoor", C c04; "diefstal?? nee",
  round 27 C05; "het is niet seksueel", A c09);
- a threat without a threatening word ("een foto van mijn voordeur met 'tot vanavond'", B c07);
- "mag ik gewoon naar huis gaan nu?" got "Nee. Van mij ... hoort hij niets" (B c05);
- a drunk colleague on a forklift among people got "Nee, dat hoeft niet" (A c05);
- "mag ik de naam van de melder aan de directeur geven?" got "Ja, dat kan." (A c02)."""

from __future__ import annotations

import pytest
from rasa.shared.nlu.training_data.message import Message

from bot.dialogue import followups, roles, situations
from bot.nlu.components import DeniedMatter


@pytest.mark.parametrize(("text", "denied"), [
    ("seksuele intimidatie?? nee hoor, waar haalt ge dat. het gaat over die tickets", {"seksuele_intimidatie"}),
    ("nee!! het is GEEN seksuele intimidatie. het gaat over een cadeau van een leverancier", {"seksuele_intimidatie"}),
    ("diefstal?? nee. agressie van een klant", {"diefstal"}),
    ("het is niet seksueel, hij dreigt", {"seksuele_intimidatie"}),
    ("het is geen diefstal hoor", {"diefstal"}),
    ("nee het gaat niet om pesten maar om mijn baas die dreigt", {"pesten"}),
    ("het is geen seksuele intimidatie maar wel intimidatie", {"seksuele_intimidatie"}),
])
def test_a_matter_denied_by_its_name(text, denied):
    assert situations.denied_matters(text) == denied


@pytest.mark.parametrize("text", ["ik wil niet meer gepest worden", "ik word gepest", "hij intimideert me",
                                  "is dit seksuele intimidatie?", "ik denk dat het diefstal is"])
def test_a_matter_named_without_denial_is_not_denied(text):
    assert situations.denied_matters(text) == frozenset()


def _message(text, intent, ranking, pair=None):
    message = Message(data={"text": text})
    message.set("intent", {"name": intent, "confidence": ranking[0][1]})
    message.set("intent_ranking", [{"name": n, "confidence": c} for n, c in ranking])
    if pair:
        message.set("twee_situaties", pair)
    DeniedMatter().process([message])
    return message


def test_the_denied_matter_gives_way_to_the_next_situation():
    message = _message("diefstal?? nee. agressie van een klant", "diefstal",
                       [("diefstal", 0.55), ("agressie_geweld", 0.3), ("faq", 0.1)])
    assert message.get("intent")["name"] == "agressie_geweld"
    assert "diefstal" not in [r["name"] for r in message.get("intent_ranking")]


def test_the_denied_matter_with_no_other_situation_is_a_no():
    message = _message("het is GEEN seksuele intimidatie", "seksuele_intimidatie",
                       [("seksuele_intimidatie", 0.8), ("faq", 0.15)])
    assert message.get("intent")["name"] == "ontkennen"


def test_a_denied_matter_is_not_one_of_two():
    message = _message("seksuele intimidatie?? nee hoor. het gaat over die tickets", "nevenwerkzaamheden",
                       [("nevenwerkzaamheden", 0.5), ("seksuele_intimidatie", 0.4)],
                       pair=["nevenwerkzaamheden", "seksuele_intimidatie"])
    assert message.get("intent")["name"] == "nevenwerkzaamheden"
    assert not message.get("twee_situaties")


def test_a_matter_not_denied_is_left_alone():
    message = _message("mijn baas zit steeds aan me", "seksuele_intimidatie", [("seksuele_intimidatie", 0.9)])
    assert message.get("intent")["name"] == "seksuele_intimidatie"


def test_a_photo_of_the_front_door_with_tonight_is_a_threat_for_later():
    text = ('een client die ik moest afwijzen stuurde me net een foto van mijn voordeur met "tot vanavond". '
            'misschien kan het niet wachten')
    assert followups.threat_told_for_later(text)
    assert not followups.threat_told_for_later("tot morgen, doei")
    assert not followups.threat_told_for_later("ik stuur je morgen een foto van mijn rooster")


@pytest.mark.parametrize("text", [
    "sorry mn hoofd is een beetje chaos. mag ik gewoon naar huis gaan nu? ik durf het niet te vragen want dan "
    "ziet hij dat ik het niet aankan",
    "kan ik me ziekmelden na een paniekaanval of is dat raar",
    "ik bedoel ziekmelden bij mijn werk. moet ik dan zeggen dat het door hem komt?",
])
def test_going_home_or_calling_in_sick_gets_the_sick_leave_answer(text):
    assert followups.direct_answer(text) == followups.ZIEK_MELDEN


@pytest.mark.parametrize("text", [
    "mijn collega is dronken en rijdt op een heftruck in de hal waar ook mensen lopen. moet ik het tegen de "
    "ploegleider zeggen? dan is hij misschien zijn job kwijt",
    "de chauffeur ruikt naar drank en gaat zo met de bus vol kinderen rijden",
])
def test_someone_under_the_influence_at_the_wheel_gets_its_answer(text):
    assert followups.direct_answer(text) == followups.ONDER_INVLOED


@pytest.mark.parametrize("text", ["de buschauffeur reed gisteren raar, ik denk dat hij gedronken had",
                                  "ik had gedronken op het feest en reed naar huis"])
def test_drink_told_without_danger_now_is_not_that_answer(text):
    assert followups.direct_answer(text) != followups.ONDER_INVLOED


@pytest.mark.parametrize("text", [
    "mag ik de naam van de melder aan de directeur geven zonder dat zij dat weet?",
    "ben ik verplicht om de naam van de melder te geven als mijn directeur dat eist?",
    'wacht, "ja dat kan"?? dus ik mag de naam gewoon doorgeven aan de directeur?',
])
def test_passing_on_the_reporters_name_is_asked(text):
    assert roles.question(text) == roles.NAAM_MELDER
    for rol in (None, "hr", "zelf", "getuige"):
        assert roles.answer(roles.NAAM_MELDER, rol, "omgangsvormen", text) == "utter_rolvraag_naam_doorgeven"


def test_wanting_it_to_stop_beside_a_step_refused_is_about_the_behaviour():
    # round 28 B c06: the suicide question to a waitress whose boss gropes her
    from bot.nlu import crisis_patterns

    said = "aanranding?? is het zo erg dan. ik wil echt geen aangifte doen hoor, ik wil gewoon dat het stopt"
    assert crisis_patterns.despair(said) is None
    assert crisis_patterns.despair("ik wil gewoon dat het stopt") is not None  # alone, the gentle check stays
    assert crisis_patterns.despair("ik wil niet meer, ik wil dat het allemaal ophoudt") is not None


@pytest.mark.parametrize("text", [
    "ik hoef niks te kiezen. ik ben gewoon moe. is dit nou pesten of stel ik me aan? mijn collegas zeggen zo is "
    "ze nou eenmaal",
    "je geeft geen antwoord op mijn vraag. stel ik me aan ja of nee",
])
def test_a_longer_doubt_or_one_asked_yes_or_no_is_a_doubt(text):
    # round 28 B c01: the text on protection, then "Bedoel je: je wilt geen stap zetten?"
    assert followups.doubts_telling(text) and followups.asks_if_normal(text)


@pytest.mark.parametrize("situatie", ["pesten", "seksuele_intimidatie", "discriminatie"])
@pytest.mark.parametrize("rol", ["leidinggevende", "hr"])
def test_a_manager_or_hr_is_not_answered_as_the_one_it_happened_to(situatie, rol):
    # round 28 A c01: "Wat naar dat dit speelt. Niemand hoeft dit op het werk te accepteren" to a team leader
    from tests.unit.test_direct_answers import variant

    said = variant("utter_situatie_erkend", soort="omgangsvormen", situatie=situatie, rol=rol, minderjarige=False)
    assert said.startswith("Goed dat je dit serieus neemt") and "regie" in said
    own = variant("utter_situatie_erkend", soort="omgangsvormen", situatie=situatie, rol="zelf", minderjarige=False,
                  grond=None)
    assert not own.startswith("Goed dat je dit serieus neemt")


@pytest.mark.parametrize("text", [
    "hoe krijg ik de link voor de video? en kan ik vannacht nog iets doen zodat die batch niet de deur uit gaat?",
    "die infuuszakken gaan morgenochtend naar de ziekenhuizen, wie kan dat nog tegenhouden",
])
def test_harm_to_patients_from_medicines_soon_gets_the_urgent_answer(text):
    # round 28 C c05: falsified sterility tests, the batch ships at 7; she got De Luisterlijn and a booking
    assert followups.direct_answer(text) == followups.DRINGEND_EXTERN
    from tests import texts
    assert "Inspectie Gezondheidszorg en Jeugd" in texts.text("utter_faq/dringend_extern")


@pytest.mark.parametrize("text", [
    "soms zie ik het nut er allemaal niet meer van in, van alles eigenlijk.",
    "ja de huisarts. ik heb gewoon geen energie meer. het maakt eigenlijk ook niet meer zoveel uit wat er met mij "
    "gebeurt",
    "ik zie het nut niet meer om op te staan",
])
def test_soft_signs_of_not_wanting_to_live_get_the_gentle_check(text):
    # round 28 B c04: two soft signs got the bullying check and the options; only the third, plain one was heard
    from bot.nlu import crisis_patterns

    assert crisis_patterns.despair(text) is not None


@pytest.mark.parametrize("text", ["ik zie het nut niet meer van die vergaderingen",
                                  "ik zie de zin er niet meer van in om een klacht in te dienen",
                                  "het maakt mij niet uit wat er met de klacht gebeurt"])
def test_no_point_in_one_thing_is_no_sign(text):
    from bot.nlu import crisis_patterns

    assert crisis_patterns.despair(text) is None


@pytest.mark.parametrize(("text", "goodbye"), [
    ("ok ik mail haar wel mijn nummer. bedankt", True),  # round 28 A c03: the storage text
    ("ok merci. ik zal de beveiliging zeggen dat ze in de buurt blijven. salut", True),  # A c09: "intimidatie?"
    ("bedankt", False), ("oke dank je", False),
    ("dank je. ik ben toch wel zenuwachtig ervoor", False),
    ("ok ik ga 113 bellen. dank je", False),
])
def test_a_plan_told_then_thanks_is_leaving(text, goodbye):
    from bot.dialogue import resume

    assert (resume.goodbye_at_end(text) == resume.GOODBYE_INTENT) is goodbye


def test_choosing_a_matter_that_is_denied_is_no_choice():
    # round 28 C c04 replay: "nee!! het is GEEN seksuele intimidatie" read as kies_situatie with that matter
    said = "nee!! het is GEEN seksuele intimidatie. het gaat over een cadeau van een leverancier"
    message = Message(data={"text": said})
    message.set("intent", {"name": "kies_situatie", "confidence": 0.48})
    message.set("intent_ranking", [{"name": "kies_situatie", "confidence": 0.48},
                                   {"name": "nevenwerkzaamheden", "confidence": 0.2}])
    message.set("entities", [{"entity": "situatie", "value": "seksuele_intimidatie"}])
    DeniedMatter().process([message])
    assert message.get("entities") == []
    assert message.get("intent")["name"] == "nevenwerkzaamheden"


def test_a_matter_denied_is_no_second_matter():
    # round 28 C c04 replay: "nee!! het is GEEN seksuele intimidatie ..." named both matters again
    denial = "nee!! het is GEEN seksuele intimidatie. het gaat over een cadeau van een leverancier"
    assert situations.second_matter_named(denial, "nevenwerkzaamheden") is None
    told = "en hij zit ook steeds aan me, seksuele intimidatie dus"
    assert situations.second_matter_named(told, "nevenwerkzaamheden") == "seksuele_intimidatie"


@pytest.mark.parametrize(("text", "key"), [
    ("geen knoppen. gewoon ja of nee. is het mijn schuld", "niet_jouw_schuld"),
    ("ligt het aan mij?", "niet_jouw_schuld"),
    ("ik schaam me echt zo erg. is het normaal dat je zo reageert?", "reactie_normaal"),
    ("is it normal that i cry?", "reactie_normaal"),
])
def test_self_blame_and_ones_own_reaction_get_their_answer(text, key):
    # round 28 recheck B c08: "is het mijn schuld" got "Dat is helemaal goed"; B c05: "is het normaal dat je zo
    # reageert?" got "Zoals je het vertelt, is dit niet normaal"
    assert followups.direct_answer(text) == key
    assert not followups.asks_if_normal(text)


def test_self_blame_from_someone_who_took_part_is_not_answered_no():
    assert followups.direct_answer("is het mijn schuld dat hij thuis zit? ik deed mee in de groepsapp") is None


def test_is_his_behaviour_normal_is_still_asked():
    assert followups.asks_if_normal("is het normaal dat hij zo tegen me schreeuwt?")


def test_a_thing_outside_is_nobody_at_the_door():
    # round 28 recheck B c07: "mijn auto staat buiten ... ik durf niet goed naar buiten" got "Je bent nu niet veilig"
    from bot.nlu import crisis_patterns

    said = ("ik ben eigenlijk nog op de stelplaats. mijn auto staat buiten aan de achterkant en het is donker. ik durf "
            "eerlijk gezegd niet goed naar buiten, stom he")
    assert crisis_patterns.match(said) is None
    assert crisis_patterns.match("die man staat nu buiten, ik ben bang") is not None


def test_a_low_goodbye_after_an_unsure_crisis_is_set_aside_is_no_goodbye():
    # round 28 recheck B c01: "ja denk het. hij is nu weg maar ik sta hier alleen tot 6 uur" got "Dag, fijn dat je
    # even langskwam" (the time phrase set the crisis aside, and the next guess was a goodbye at 0.16)
    from bot.nlu.components import CrisisSafetyNet

    message = Message(data={"text": "ja denk het. hij is nu weg maar ik sta hier alleen tot 6 uur"})
    message.set("intent", {"name": "crisis", "confidence": 0.3})
    message.set("intent_ranking", [{"name": "crisis", "confidence": 0.3}, {"name": "afscheid", "confidence": 0.16}])
    CrisisSafetyNet().process([message])
    assert message.get("intent")["name"] == "bevestigen"


def test_a_drunk_colleague_at_a_forklift_read_as_a_crisis_gets_what_to_do():
    # round 28 recheck A c05: "collega is dronken. staat nu aan de heftruck" got every help line
    from bot.nlu.components import DirectAnswer

    message = Message(data={"text": "collega is dronken. staat nu aan de heftruck"})
    message.set("intent", {"name": "crisis", "confidence": 0.8})
    message.set("intent_ranking", [{"name": "crisis", "confidence": 0.8}])
    DirectAnswer().process([message])
    assert message.get("intent")["name"] == "faq"
    assert message.get("response_selector")["faq"]["response"]["intent_response_key"] == "faq/onder_invloed"


@pytest.mark.parametrize(("text", "goodbye"), [
    ("om 9 uur sta ik al achter de kassa met hem. laat maar. ik ga slapen", True),
    ("oke ik ga nu maar naar bed", True),
    ("ik ga slapen maar ik kan niet slapen door hem", False),
])
def test_going_to_sleep_at_the_end_is_leaving(text, goodbye):
    # round 28 recheck B c04: "laat maar. ik ga slapen" in the booking after the suicide answer got "Kies een van
    # de tijden"; the goodbye after a crisis names the help again (utter_afscheid's crisis variants)
    from bot.dialogue import resume

    assert (resume.goodbye_at_end(text) == resume.GOODBYE_INTENT) is goodbye


@pytest.mark.parametrize(("text", "key"), [
    ("ok maar ze is nu heel overstuur en huilt in de kantine. moet ik haar naar huis sturen?", "medewerker_naar_huis"),
    ("maar wat doe ik NU met haar, ze zit te huilen. laat ik haar naar huis gaan?", "medewerker_naar_huis"),
    ("de klant komt hier elke week. mag ik hem de winkel uitzetten of moet ik eerst haar toestemming vragen?",
     "klant_weren"),
    ("kan ik als leidinggevende die klant een winkelverbod geven zonder dat zij dat wil?", "klant_weren"),
    ("mag ik gewoon naar huis gaan nu?", "ziek_melden"),  # the writer herself
])
def test_a_managers_questions_about_the_employee_and_the_customer(text, key):
    # round 28 recheck A c01: "diefstal?", then the text for a threat later, to a team leader
    assert followups.direct_answer(text) == key


def test_a_bystander_afraid_to_be_complicit_hears_she_is_not():
    # round 28 recheck A c03: the text for someone involved, "een jurist of je vakbond"
    assert followups.direct_answer("ben ik verplicht om het te melden? want anders ben ik medeplichtig of zo?") \
        == followups.MEDEPLICHTIG
    # one's own part stays one's own part (round 31 C c07: answered directly with it, not left to the classifier,
    # which gave the bystander's "Nee, je bent niet medeplichtig")
    assert followups.direct_answer("ik heb die bonnetjes zelf ingevoerd, ben ik nu medeplichtig?") \
        == followups.EIGEN_ROL
