import pytest

from bot.dialogue import perspective
from bot.nlu import crisis_patterns


@pytest.mark.parametrize("text", [
    "ik zag dat mijn collega steeds wordt uitgelachen",
    "een stagiaire vertelde me dat de chef aan haar zit",
    "het gaat niet om mij maar om een collega",
    "ik heb gezien dat er geld uit de kassa verdwijnt",
    "een collega vertelde me dat hij door de chef wordt uitgescholden",
    "mijn collega zei tegen mij dat de teamleider haar steeds aanraakt",
    "ik zie dat ze een nieuwe collega steeds buitensluiten",
    "het gaat niet over mij maar over een stagiair die wordt gepest",
    "ik hoorde dat de chef een stagiaire heeft lastiggevallen",
    # fifth stranger test c14: the colleague's place between, and "ik stond ernaast"
    "Mijn collega in de keuken werd gisteren door een klant met een stoel bedreigd. Ik stond ernaast. Wat kan ik doen?",
    "de klant schreeuwde tegen mijn collega, ik was erbij",
])
def test_witness(text):
    assert perspective.detect(text) == perspective.GETUIGE


@pytest.mark.parametrize("text", [
    "ik word al maanden buitengesloten",
    "mijn baas schreeuwt steeds tegen me",
    "ik werd uitgescholden door een klant",
    "mijn collega zegt dat ik te dik ben voor dit werk",
    "ik hoorde dat ze over mij roddelen in de groepsapp",
    "een collega vertelde me dat ze achter mijn rug om over mij lachen",
    "ik merk dat ze me steeds negeren",
    "ik hoorde van een collega dat de chef mij wil wegwerken",
    "mijn teamgenoot zegt dat ik niet meer mee mag naar de borrel",
    "ik stond erbij toen hij me sloeg",
    "mijn collega op de afdeling is steeds gemeen tegen mij",
])
def test_self(text):
    assert perspective.detect(text) == perspective.ZELF


def test_unclear_is_none():
    assert perspective.detect("er verdwijnt geld uit de kas") is None


@pytest.mark.parametrize("text, rol", [
    ("ik zie al weken dat de uitvoerder de stagiaire vastpakt, ik weet niet of ik me ermee moet bemoeien",
     perspective.GETUIGE),
    ("ik zag dat hij haar sloeg en ik voel me schuldig", perspective.GETUIGE),
    ("ik voel me rot want ze negeren mij", perspective.ZELF),
    ("ik word gepest en ik schaam me", perspective.ZELF),
])
def test_a_reflexive_me_is_not_the_writer_as_the_one_it_happens_to(text, rol):
    assert perspective.detect(text) == rol


@pytest.mark.parametrize("text", [
    "een collega van mij zei vandaag 'ik ben er volgende week toch niet meer' en hij geeft zijn spullen weg. "
    "hij wordt al lang gepest door zijn chef. moet ik iets doen?",
    "een collega van mij zei vandaag \u2018ik ben er volgende week toch niet meer\u2019 en hij geeft zijn spullen weg",
    "mijn collega zegt steeds dat hij er een eind aan wil maken. wat moet ik doen?",
    "ik maak me zorgen om mijn collega, ze zegt dat ze niet meer wil leven",
    "ik ben bang dat hij zichzelf iets aandoet",
])
def test_worried_about_someone_elses_life(text):
    assert perspective.worried_about_other(text, crisis_patterns.about_own_life)


@pytest.mark.parametrize("text", [
    "ik wil er niet meer zijn, mijn collega zegt dat ik moet bellen",
    "ik wil niet meer leven",
    "soms denk ik dat iedereen beter af is zonder mij",
    "hij zegt dat ik beter dood kan zijn en ik wil ook niet meer",
    "mijn baas zei dat ik niks waard ben, ik denk aan zelfmoord",
    "ik ben bang dat hij me vanavond iets aandoet, hij weet waar ik woon en hij is heel kwaad",
    "mijn collega zegt dat hij weggaat en iedereen een lesje leert",
])
def test_the_writers_own_crisis_or_a_threat_to_them_is_not_about_someone_else(text):
    assert not perspective.worried_about_other(text, crisis_patterns.about_own_life)


# --- one matcher for the writer's own life (crisis_patterns), not a second list here ------------
def test_perspective_has_no_suicide_patterns_of_its_own():
    from bot.patterns import REGISTRY

    own = [name for name in REGISTRY if name.startswith("perspective.zelf_in_gevaar")]
    assert not hasattr(perspective, "_SELF_AT_RISK") and not own


@pytest.mark.parametrize("text", [
    "ik wil er niet meer zijn",
    "ik denk aan zelfmoord",
    "soms denk ik dat iedereen beter af is zonder mij",
    "ik snij mezelf weer",
    "hij zegt dat ik beter dood kan zijn en ik wil ook niet meer",
    "ik kan niet meer",
])
def test_the_writers_own_life_is_read_by_the_crisis_patterns(text):
    assert crisis_patterns.about_own_life(text)


@pytest.mark.parametrize("text", [
    "ik ben bang dat hij zichzelf iets aandoet",
    "mijn collega zegt dat hij er niet meer wil zijn",
    "ik ga dood van de stress met die audit",
    "ik wil niet meer praten, mijn afspraak mag eruit",
])
def test_someone_elses_life_or_an_idiom_is_not_the_writers_own(text):
    assert not crisis_patterns.about_own_life(text)


# --- "I am a witness" only when the message is about someone else (stranger test C05, C19, C14) ----
@pytest.mark.parametrize("text", [
    "het gaat niet om mij maar om een collega",
    "het gaat om een collega, niet om mij",
    "ik heb het alleen gezien",
    "het gaat over een collega van mij",
    "ik maak me zorgen om een collega",
    "ik ben getuigen",
])
def test_a_witness_claim(text):
    assert perspective.witness_claim(text)


@pytest.mark.parametrize("text", [
    "collega's",
    "mijn collega's",
    "collega's lachen me uit",
    "mijn collega is bij me",
])
def test_colleagues_as_the_ones_who_do_it_or_with_me_are_no_witness_claim(text):
    assert not perspective.witness_claim(text)


# Third stranger test, c07: "it did not happen to me" with "mij" in it is still a witness.
@pytest.mark.parametrize("text", [
    "het is mij niet overkomen, maar mijn collega",
    "het is niet mij overkomen hoor, een collega",
    "het overkwam mij niet, het was een teamgenoot",
    "niet bij mij, bij mijn collega",
    "het gebeurt niet met mij maar met een stagiaire",
])
def test_not_happened_to_me_is_a_witness_claim(text):
    assert perspective.detect(text) == perspective.GETUIGE
    assert perspective.witness_claim(text)


# ... while "not only seen, it happens to me" (c20) stays about the writer.
@pytest.mark.parametrize("text", [
    "ik zie het niet alleen, het gebeurt met mij",
    "het is mij overkomen",
    "nee, het gaat om mij. mijn baas dwingt mij",
])
def test_happening_to_me_is_no_witness_claim(text):
    assert perspective.detect(text) == perspective.ZELF
    assert not perspective.witness_claim(text)


# c20: "not only seen, it happens to me" must not get the witness answer.
@pytest.mark.parametrize(("text", "expected"), [
    ("ik zie het niet alleen, het gebeurt met mij. als ik weiger krijg ik strafdiensten", True),
    ("nee, het gaat om mij", True),
    ("het overkomt mij ook", True),
    ("ik ben zelf het slachtoffer", True),
    ("het is mij niet overkomen, maar mijn collega", False),
    ("wat kan ik doen als ik zie dat een collega wordt gepest", False),
    ("ik voel me machteloos als getuige", False),
])
def test_happens_to_me(text, expected):
    assert perspective.happens_to_me(text) is expected


@pytest.mark.parametrize("text", [
    # sixth stranger test c16: "de nieuwe manager er is" is no colleague it happens to, and "word ik"
    # is the writer
    "goedemiddag, ik ben 61 en werk al 30 jaar bij de gemeente. sinds de nieuwe manager er is word ik steeds "
    "gepasseerd voor cursussen en hij zei letterlijk 'dat loont bij jou toch niet meer'. waar moet ik heen?",
    "sinds de nieuwe teamleider er is, word ik overal buiten gehouden",
    "werd ik gisteren weer uitgelachen door de ploeg",
])
def test_the_writer_told_with_word_ik(text):
    assert perspective.detect(text) == perspective.ZELF


def test_a_witness_who_does_not_say_ik():
    # sixth stranger test c17: "heb net gezien dat mijn collega ..." is what the writer saw
    assert perspective.detect("heb net gezien dat mijn collega tankpassen van de zaak gebruikt voor zijn privéauto. "
                              "wat nu") == perspective.GETUIGE
def test_an_inverted_i_am_and_an_age_are_about_the_writer():
    # sixth stranger test c16: "sinds de nieuwe manager er is word ik steeds gepasseerd" read as a witness
    from bot.dialogue.perspective import ZELF, detect
    assert detect("ik ben 61. sinds de nieuwe manager er is word ik steeds gepasseerd voor cursussen") == ZELF
    assert detect("sinds de nieuwe manager er is werd ik overal buiten gehouden") == ZELF
