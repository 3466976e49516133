"""The crisis safety net on its own: every must-match sentence matches, no idiom does."""

from pathlib import Path

import pytest

from bot.nlu import crisis_patterns as cp

NLU_TESTS = Path(__file__).resolve().parents[1] / "nlu"


def _lines(name):
    return [line.strip() for line in (NLU_TESTS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("text", _lines("crisis_must_match.txt"))
def test_crisis_sentences_match(text):
    assert cp.match(text) is not None, text


@pytest.mark.parametrize("text", _lines("crisis_idioms.txt") + [
    "ik ben doodmoe", "ik schrok me dood", "dit werk maakt me kapot",
    "hij heeft vorig jaar met een mes gezwaaid in de kantine",
    "ik wil een einde maken aan het pesten op mijn afdeling",
    "het hoeft niet meer, ik heb het al opgelost",
    "ik heb geen zelfmoordgedachten, maar ik slaap slecht",
    "ik wil er op mijn oude afdeling niet meer zijn",
    "het team is beter af zonder die regel",
])
def test_idioms_and_past_events_do_not_match(text):
    assert cp.match(text) is None, (text, cp.match(text))


@pytest.mark.parametrize("text, category", [
    ("ik wil niet meer leven", cp.ZELFMOORD),
    ("Ik denk aan ZELFMOORD", cp.ZELFMOORD),
    ("ik snij mezelf als ik thuiskom", cp.ZELFBESCHADIGING),
    ("er staat nu een klant met een mes aan de balie", cp.GEWELD),
    ("gisteren ben ik verkracht door mijn leidinggevende", cp.SEKSUEEL_GEWELD),
    ("vannacht ben ik aangerand op het personeelsfeest", cp.SEKSUEEL_GEWELD),
    # said indirectly, as a stranger's test conversation did (both were missed before)
    ("het werk wordt me te veel en soms denk ik dat iedereen beter af is zonder mij", cp.ZELFMOORD),
    ("nee. ik bedoel eigenlijk dat ik er soms niet meer wil zijn", cp.ZELFMOORD),
    ("ze zijn beter af zonder me", cp.ZELFMOORD),
])
def test_category(text, category):
    assert cp.match(text).category == category


def test_sexual_violence_long_ago_is_not_an_acute_crisis():
    assert cp.match("ik ben jaren geleden verkracht door een oud-collega") is None


def test_normalise_strips_accents_and_case():
    assert cp.normalise("  De Patiënt\u2019s   KAMER ") == "de patient's kamer"


@pytest.mark.parametrize("text, category", [
    ("I want to kill myself", cp.ZELFMOORD),
    ("i'm thinking about ending my life", cp.ZELFMOORD),
    ("I have suicidal thoughts since the reorganisation", cp.ZELFMOORD),
    ("sometimes I just want to end it all", cp.ZELFMOORD),
    ("i wanna die", cp.ZELFMOORD),
    ("I want to die", cp.ZELFMOORD),
    ("I keep hurting myself after work", cp.ZELFBESCHADIGING),
    ("a customer is waving a knife at the desk right now", cp.GEWELD),
    ("my manager raped me last night", cp.SEKSUEEL_GEWELD),
])
def test_english_crisis_sentences(text, category):
    found = cp.match(text)
    assert found is not None and found.category == category, (text, found)


@pytest.mark.parametrize("text", [
    "this job is killing me", "my boss will kill me if I am late again", "I am dying to go home",
    "he had a knife in his bag last year",
    # Dutch "want die" (because that one): the seventeenth stranger test's suicide alarms
    "maar niet met Marieke want die kent hem goed",
    "weet mijn chef dat dan? want die zit daar elke dag he",
])
def test_english_idioms_do_not_match(text):
    assert cp.match(text) is None, (text, cp.match(text))


def test_english_patterns_are_compiled_by_the_linear_time_engine():
    from bot import patterns

    for rule in (*cp.ENGLISH_RULES, *cp.SEXUAL_ACT_RULES):
        assert rule.required and all(isinstance(p, patterns.Pattern) for p in rule.required), rule.name


@pytest.mark.parametrize("text", [
    "gisteravond stak hij zijn hand in mijn broek in het archief",
    "vannacht dwong mijn collega me om hem te pijpen in de auto",
    "hij heeft vanochtend aan mijn borsten gezeten en me tegen de muur gedrukt",
    # clothes pulled down by someone else, said with "deed ... naar beneden" (issue 10)
    "gisteren trok de eigenaar me mee naar achteren en deed mijn broek naar beneden, ik kon niet weg",
    "vannacht trok hij mijn rok omhoog en mijn slipje uit",
    # third stranger test (c24): under a dress, not only trousers or a skirt
    "gisteren heeft hij me tegen de muur gedrukt en onder mijn jurk gezeten",
])
def test_recent_sexual_violence_without_the_word(text):
    found = cp.match(text)
    assert found is not None and found.category == cp.SEKSUEEL_GEWELD, (text, found)


@pytest.mark.parametrize("text", [
    "vorig jaar stak hij zijn hand in mijn broek op het bedrijfsfeest",
    "hij zat twee jaar geleden met zijn handen onder mijn rok",
])
def test_sexual_violence_long_ago_is_not_a_crisis_but_is_recognised(text):
    assert cp.match(text) is None and cp.sexual_act(text)


def test_an_act_under_a_dress_without_a_time_is_recognised_not_an_alarm():
    text = "hij heeft me tegen de muur gedrukt en onder mijn jurk gezeten en ik kon niet weg"
    assert cp.sexual_act(text) and cp.match(text) is None


def test_going_outside_together_is_no_isolated_place():
    assert cp.match("zaterdag nam hij me mee naar buiten om te roken, ik wilde het niet") is None


def test_sexual_act_needs_an_act():
    assert not cp.sexual_act("hij maakt steeds grapjes over mijn broek")
    assert not cp.sexual_act("ik deed mijn broek uit bij de fysiotherapeut")  # the person themselves


@pytest.mark.parametrize("text", [
    "eigenlijk zie ik het helemaal niet meer zitten, ik heb al pillen klaargelegd",
    "de pillen liggen klaar",
    "ik heb het touw al klaargelegd",
    "ik zie het niet meer zitten",
    "ik zie t echt nie meer zitten",
])
def test_means_laid_ready_and_despair_are_suicide(text):
    match = cp.match(text)
    assert match is not None and match.category == cp.ZELFMOORD, (text, match)


@pytest.mark.parametrize("text", [
    "ik heb mijn medicijnen klaargelegd voor de vakantie",
    "ik heb de medicijnen voor de bewoners klaargezet",
    "ik zie het niet meer zitten met dat project",
    "ik zie het niet meer zitten om daar nog te werken",
])
def test_medicine_for_others_and_despair_about_a_plan_are_not(text):
    assert cp.match(text) is None, (text, cp.match(text))


# --- indirect despair: the gentle check (stranger test C06) ---------------------------------
@pytest.mark.parametrize("text", [
    "sorry ik weet eigenlijk niet of het nog zin heeft allemaal. ik kan niet meer",
    "ik weet niet of het nog zin heeft",
    "heeft het allemaal nog zin",
    "wat heeft het allemaal nog voor zin?",
    "ik kan niet meer",
    "ik kan echt niet meer.",
    "ik kan het niet meer aan",
    "ik trek het niet meer",
    "ik hou het niet meer vol",
    "het heeft allemaal geen zin meer",
    "ik zie geen uitweg meer",
    "eerlijk gezegd weet ik niet eens of ik donderdag nog wel ben. ik ben er zo klaar mee allemaal",
])
def test_indirect_despair_gets_the_gentle_check(text):
    found = cp.despair(text)
    assert found is not None and found.category == cp.ZELFMOORD, text


@pytest.mark.parametrize("text", [
    "ik heb geen zin in die vergadering",
    "ik kan niet meer wachten",
    "dat heeft geen zin, hij luistert toch niet",
    "het heeft toch geen zin om te klagen hier",
    "ik weet niet of het nog zin heeft om te bellen",
    "heeft het nog zin om een klacht in te dienen?",
    "ik kan niet meer inloggen",
    "ik kan niet meer slapen",
    "ik kan niet meer naar mijn werk",
    "ik trek het bijna niet meer",
    "ik kan het niet meer aan met die drukte",
    "wat heeft het voor zin om te klagen",
    "ik weet niet of ik donderdag nog wel vrij ben",
    "ik weet niet of ik dan nog welkom ben",
])
def test_everyday_uses_are_no_despair(text):
    assert cp.despair(text) is None, (text, cp.despair(text))


@pytest.mark.parametrize("name", ["crisis_idioms.txt", "not_crisis_messy.txt"])
def test_idioms_and_not_crisis_lines_are_no_despair(name):
    hits = [line for line in _lines(name) if not line.startswith("#") and cp.despair(line)]
    assert hits == []


def test_despair_is_never_the_alarm():
    assert cp.match("ik weet niet of het nog zin heeft allemaal. ik kan niet meer") is None


# --- warning signs told by a colleague (stranger test C25) ----------------------------------
@pytest.mark.parametrize("text", [
    "een collega van mij zei vandaag 'ik ben er volgende week toch niet meer' en hij geeft zijn spullen weg. "
    "moet ik iets doen?",
    "hij gaf zijn boeken weg en zei dat hij ze niet meer nodig heeft",
])
def test_giving_things_away_with_a_goodbye_is_a_warning_sign(text):
    found = cp.match(text)
    assert found is not None and found.rule == "afscheid_signalen", (text, found)


@pytest.mark.parametrize("text", [
    "mijn collega geeft al zijn planten weg want hij gaat met pensioen",
    "ik geef mijn bureau weg, ik ben er volgende week niet meer want ik ga verhuizen",
])
def test_giving_things_away_alone_is_no_crisis(text):
    assert cp.match(text) is None, (text, cp.match(text))


# --- sexual violence told without naming it (stranger test C22) -----------------------------
@pytest.mark.parametrize("text", [
    "het is gisteren gebeurd na de personeelsborrel. hij heeft me meegenomen naar de opslag en ik wilde niet. "
    "ik weet niet wat ik moet doen",
    "vannacht duwde hij me op het bed, ik zei nee",
    # third stranger test (c24): pulled outside at the staff party, "ik wilde het niet"
    "zaterdag was het personeelsfeest en een collega heeft me mee naar buiten getrokken en toen... "
    "hij is te ver gegaan. ik wilde het niet",
])
def test_recent_refusal_alone_with_him_is_sexual_violence(text):
    found = cp.match(text)
    assert found is not None and found.category == cp.SEKSUEEL_GEWELD, (text, found)


@pytest.mark.parametrize("text", [
    "gisteren moest ik overwerken, ik wilde niet maar mijn chef zei het",
    "vandaag heeft mijn chef me meegenomen naar zijn kantoor en ik moest tekenen, ik wilde niet",
    "vorig jaar nam hij me mee naar de opslag en ik wilde niet",
    "gisteren vroeg hij of ik mee wilde naar de borrel, ik wilde niet",
    "vanochtend pakte hij me vast bij mijn arm en ik zei nee, hij bleef schreeuwen",
])
def test_a_refusal_without_an_intimate_or_isolated_context_is_not_sexual_violence(text):
    assert cp.match(text) is None, (text, cp.match(text))


# --- third stranger test (c13, c16): indirect signals of suicidal thoughts, and a time wish -------
@pytest.mark.parametrize("text", [
    # c13: said as an aside in a bullying story; a VP names 113 at this first indirect signal
    "eigenlijk maakt het ook niet meer uit wat ik doe, niemand zou het merken als ik er niet meer was",
    "als ik er niet meer was zou niemand het merken",
    "het zou beter zijn als ik er niet meer was",
    "niemand zou me missen",
    "niemand zal mij echt missen.",
    "niemand zou me missen als ik er niet meer ben",
])
def test_indirect_signals_of_suicidal_thoughts_are_the_alarm(text):
    found = cp.match(text)
    assert found is not None and found.category == cp.ZELFMOORD, text


@pytest.mark.parametrize("text", [
    "toen ik er niet meer was, hebben ze mijn bureau leeggeruimd",
    "niemand zou me missen op die vrijdagborrel",
    "niemand zou me missen als ik ontslag neem, zo gaat het hier",
    "ik was er niet meer bij toen het gebeurde",
])
def test_leaving_a_place_or_a_party_is_no_suicide_signal(text):
    assert cp.match(text) is None, (text, cp.match(text))


@pytest.mark.parametrize("text", ["weet niet. gewoon moe van alles", "ik ben zo moe van alles", "moe van alles."])
def test_tired_of_everything_gets_the_gentle_check(text):
    found = cp.despair(text)
    assert found is not None and found.category == cp.ZELFMOORD, text


@pytest.mark.parametrize("text", ["ik ben moe van alles wat er op het werk gebeurt",
                                  "moe van alles hier op de afdeling"])
def test_tired_of_something_named_is_no_despair(text):
    assert cp.despair(text) is None, text


@pytest.mark.parametrize("text", [
    "na vijf uur, ik sta tot half vijf op de bouw",  # c16, a time wish during booking
    "om 18:00 kan ik, daarvoor sta ik in de winkel",
    "liefst voor negen uur, ik begin om half tien",
    "liefst ergens deze week na 16u, ik wil niet dat collega's me zien weggaan",  # sixth stranger test c01
])
def test_a_time_wish_is_recognised(text):
    assert cp.time_wish(text), text


@pytest.mark.parametrize("text", [
    "ik sta op het dak",
    "om negen uur vanavond doe ik het",
    "om vijf uur ga ik van de brug springen",
    "na vijf uur ben ik niet veilig, dan komt hij",
    "tot vijf uur houd ik het nog vol, dan stop ik ermee",
    "ik wil een afspraak",
])
def test_danger_or_no_time_is_no_time_wish(text):
    assert not cp.time_wish(text), text


# Fourth stranger test, c14: a nurse threatened by a resident, asked by the gentle check whether
# she thinks of suicide, answered "nee ik denk niet aan zelfmoord?? ik ben bang voor die bewoner"
# and got the 113 answer. A denial is no disclosure; a denial taken back still is.
@pytest.mark.parametrize("text", [
    "nee ik denk niet aan zelfmoord?? ik ben bang voor die bewoner", "ik denk niet aan zelfmoord",
    "nee, aan zelfmoord denk ik niet", "nee hoor, nooit aan zelfmoord gedacht", "ik denk er niet aan, aan zelfmoord",
])
def test_a_denial_of_suicidal_thoughts_is_no_alarm(text):
    assert cp.match(text) is None


@pytest.mark.parametrize("text", [
    "ik dacht eerst niet aan zelfmoord maar nu wel", "ik denk niet aan zelfmoord, maar soms wil ik dood",
    "ik denk soms aan zelfmoord", "niet aan zelfmoord denken lukt me niet meer",
])
def test_a_denial_taken_back_is_still_the_alarm(text):
    assert cp.match(text) is not None


@pytest.mark.parametrize("text", [
    # sixth stranger test c23: got the gentle safety check, not the violence answer
    "mn leidinggevende heeft me net een duw gegeven en hij staat nog steeds hier buiten te schreeuwen dat hij "
    "me te pakken krijgt. ik zit in de kantine opgesloten",
    "hij staat nog steeds voor de deur en zegt dat hij me te pakken krijgt",
])
def test_a_threat_by_someone_still_there_is_violence_now(text):
    assert cp.match(text).category == cp.GEWELD


@pytest.mark.parametrize("text", ["vorige week zei hij dat hij me te pakken krijgt, en hij staat vaak buiten",
                                  "ik zit in de kantine te lunchen", "hij zei dat hij me nog te pakken krijgt"])
def test_a_threat_that_is_over_or_no_one_there_is_no_crisis_pattern(text):
    assert cp.match(text) is None


# Sixth stranger test (c01 "weggaan", c15 trembling and a sore throat): words that sound like
# danger in everyday work talk. Neither a crisis pattern nor the despair check may fire (the
# classifier's side is measured by scripts/evaluate_heldout.py and docs/nlu-findings.md).
@pytest.mark.parametrize("text", [
    "ik wil na vijven weggaan zonder dat iemand het ziet",
    "liever een afspraak laat op de dag, dan zien collega's me niet vertrekken",
    "mijn keel doet zeer van het vele praten aan de telefoon",
    "ik zat te trillen van de zenuwen voor mijn presentatie",
    "ik ben helemaal kapot na die nachtdienst",
    "mijn baas vermoordt me als ik weer te laat kom",
    "ik ga eruit, ik neem ontslag",
    "ik wil ermee stoppen, met dit project",
    "ik kan er niet meer tegen dat hij steeds grappen maakt",
    "ik wil geen gedoe, ik wil gewoon verdwijnen uit dat team",
    "ik heb het gevoel dat ik verzuip in het werk",
    "de sfeer is om te stikken op de afdeling",
])
def test_everyday_words_that_sound_like_danger_raise_nothing(text):
    assert cp.match(text) is None and cp.despair(text) is None


# --- no sign at all: an unsure classifier's crisis is set aside (seventeenth stranger test) ------------
def test_every_crisis_line_of_the_training_data_has_a_sign():
    import yaml

    lines = []
    for path in sorted((Path(__file__).resolve().parents[2] / "data" / "nlu").glob("*.yml")):
        for block in (yaml.safe_load(path.read_text(encoding="utf-8")) or {}).get("nlu") or []:
            if block.get("intent") == "crisis":
                lines += [x.strip()[2:] for x in block["examples"].splitlines() if x.strip().startswith("- ")]
    assert len(lines) > 100
    assert [line for line in lines if cp.no_sign(line)] == []
    assert [line for line in _lines("crisis_must_match.txt") if not line.startswith("#") and cp.no_sign(line)] == []


@pytest.mark.parametrize("text", [
    "ik denk dat een collega morfine achterhoudt",
    "een van de chirurgen ruikt al weken naar drank en morgenochtend staat hij weer ingepland",
    "het is van de firma gestolen, ik vertrouw hier niemand meer eigenlijk",
])
def test_a_story_without_any_sign_has_none(text):
    assert cp.no_sign(text)
