"""Is the person telling about themselves, or about something they saw happen to someone else?"""

from __future__ import annotations

from collections.abc import Callable

from bot.patterns import linear
from bot.text import normalise

ZELF = "zelf"
GETUIGE = "getuige"

_WITNESS = linear(
    r"\b(?:ik (?:heb |had )?(?:zag|gezien|zie|hoorde|gehoord|hoor|merk|merkte|gemerkt|zie dat|getuige)"
    # "heb net gezien dat mijn collega ..." (sixth stranger test c17): the "ik" left out
    r"|^(?:\w+ )?(?:heb|had) (?:net |zojuist |vandaag |gisteren )?(?:gezien|gehoord|gemerkt) dat"
    # "de nieuwe wordt buitengesloten", not "sinds de nieuwe manager er is" (c16): "nieuwe" alone
    r"|(?:een|mijn|m'n|mn|onze|ons|de) nieuwe (?:wordt|werd|is|krijgt|kreeg)"
    r"|(?:een|mijn|m'n|mn|onze|ons|de) (?:\w+ )?(?:collega|collegaatje|stagiair|stagiaire|medewerker|"
    r"medewerkster|teamgenoot|leerling|vriendin|vriend)\w* (?:\w+ ){0,4}?(?:wordt|werd|is|vertelde|vertelt|"
    r"zei|zegt|krijgt|kreeg|durft)"
    # "ik stond ernaast", "ik was erbij" (fifth stranger test c14)
    r"|ik stond (?:er )?(?:naast|bij|ernaast|erbij)|stond ik (?:er )?(?:naast|bij|ernaast|erbij)|ik was erbij"
    r"|(?:gaat|gaat het) niet (?:om|over) (?:mij|mezelf)|niet om mij maar"
    r"|het gaat (?:niet )?(?:om|over) (?:een |mijn |m'n )?(?:collega|iemand anders|een ander)"
    r"|zorgen (?:om|over) (?:een |mijn |m'n )?(?:collega|iemand anders|een ander)"
    r"|bij (?:een |mijn |m'n )?collega|getuige\w*)\b",
    name="perspective.getuige",
)
_SELF = linear(
    r"\b(?:ik word|ik werd|ik ben (?:ge|be|aan|uit)\w+|mij|me|mijn (?:baas|chef|leidinggevende|manager|"
    r"teamleider)\b.{0,40}\b(?:mij|me))\b",
    name="perspective.zelf",
)


# The writer is told something, or hears it: "een collega vertelde me dat ...", "ze zei tegen mij".
# These "me"/"mij" are the listener, not the one it happens to; removed before looking for the writer.
_REPORTED_TO_ME = linear(
    r"\b(?:vertelde|vertelt|vertellen|vertelden|zei|zegt|zeggen|zeiden|liet|laat|belde|belt|appte|appt|"
    r"mailde|schreef|stuurde|vroeg|vraagt)(?: (?:het|dit|dat|ook|net|gisteren|vandaag))? (?:tegen |aan )?(?:me|mij)\b"
    r"|\b(?:tegen|aan) (?:me|mij) (?:verteld|gezegd|gevraagd)\b|\bheeft (?:me|mij) (?:verteld|gezegd|gebeld|geappt)\b",
    name="perspective.verteld_aan_mij",
)
# "ik weet niet of ik me ermee moet bemoeien", "ik voel me schuldig": a reflexive "me" right after
# "ik" is the writer's own feeling or doing, not the writer as the one it happens to.
_REFLEXIVE = linear(r"\bik (?:\w+ ){0,2}(?:me|mij)\b", name="perspective.wederkerend")
# "een collega van mij": the writer's colleague, not the writer as the one it happens to.
_OF_MINE = linear(r"\b(?:collega|collegaatje|teamgenoot|medewerker|medewerkster|stagiair|stagiaire|vriend|vriendin)"
                  r"\w* van (?:mij|me)\b", name="perspective.van_mij")
# The story is about the writer: "... dat ik ...", "over mij", or the writer as object ("ze negeren me").
# "word ik steeds gepasseerd", "ik ben 61 en ..." (sixth stranger test c16) are about the writer too.
_ABOUT_ME = linear(r"\bdat ik\b|\bover (?:mij|me|mezelf)\b|\b(?:mij|me|mezelf|mijzelf)\b|\bik (?:word|werd)\b|"
                   # "aan mijn billen zit of zijn hand op mijn borst legt" (round 32 B c01: "Goed dat je oog hebt voor
                   # je collega", since "mijn collega ... zei" was in it too)
                   r"\b(?:aan|op|tegen|over|langs|in) (?:mijn|m'n|mn) (?:billen|bil|kont|borst|borsten|been|benen|lijf"
                   r"|lichaam|dij|dijen|heup|heupen|nek|haar|rug|knie|kruis)\b|"
                   r"\b(?:word|werd) ik\b|\bik ben (?:al |pas |bijna )?\d{2}\b",
                   name="perspective.over_mij")
_NOT_ME = linear(
    r"\b(?:gaat|ging|gaat het|het gaat) niet (?:om|over) (?:mij|mezelf|mijzelf)\b|\bniet om mij maar\b|"
    r"\bniet (?:ikzelf|mezelf|mijzelf)\b|\bniet ik\b,? (?:maar )?(?:een|mijn|m'n|mn) |"
    r"\b(?:niet|nie) (?:om |over |tegen )?(?:mij|mezelf|mijzelf)(?: gericht| maar)\b|"
    r"\b(?:niet|nie) (?:om|over|tegen) (?:mij|mezelf|mijzelf)\s*[.!]*\s*\z|"
    r"\bniet over mij maar\b|\bniet (?:bij|tegen) mij maar\b|"
    # "het is mij niet overkomen", "het overkwam me niet", "niet bij mij, bij mijn collega"
    r"\b(?:mij|me) niet (?:overkomen|overkwam|overkomt|aangedaan)\b|\bniet (?:mij|mezelf) (?:overkomen|aangedaan)\b|"
    r"\b(?:overkomt|overkwam|gebeurt|gebeurde) (?:mij|me) niet\b|"
    r"\bniet (?:bij|met) (?:mij|mezelf)\b,? (?:maar )?(?:bij|met) (?:een|mijn|m'n|mn|iemand|de|die)\b",
    name="perspective.niet_mij",
)


def detect(text: str) -> str | None:
    """Return "getuige" when the text reads as a witness account about someone else, "zelf" when
    it is about the writer (also when told through others: "mijn collega zegt dat ik ...", "ik
    hoorde dat ze over mij ..."), or None when it is unclear (then the bot does not assume)."""
    norm = normalise(text)
    if _NOT_ME.search(norm):
        return GETUIGE
    about_me = bool(_ABOUT_ME.search(_OF_MINE.sub(" ", _REFLEXIVE.sub(" ", _REPORTED_TO_ME.sub(" ", norm)))))
    if _WITNESS.search(norm) and not about_me:
        return GETUIGE
    if about_me or _SELF.search(norm):
        return ZELF
    return None


# The writer says it happens to them: "het gebeurt met mij", "het overkomt mij ook", "het gaat om
# mij", "ik ben zelf het slachtoffer".
_HAPPENS_TO_ME = linear(
    r"\b(?:gebeurt|gebeurde|overkomt|overkwam|overkomen)\b (?:\w+ ){0,2}(?:met |bij )?(?:mij|me|mezelf|mijzelf)\b"
    r"|\b(?:gebeurt|gebeurde) (?:met|bij) (?:mij|mezelf)\b|\b(?:mij|me) (?:\w+ ){0,2}(?:overkomen|aangedaan)\b"
    r"|\bhet gaat (?:\w+ )?(?:om|over) (?:mij|mezelf|mijzelf)\b"
    r"|\bik ben (?:zelf )?(?:het |een )?(?:slachtoffer|doelwit)\b"
    # "als hij morgen weer aan mij zit, wat doe ik dan?", "MIJ. hij raakt mij" (round 29 A c02: the witness answer)
    r"|\b(?:zit|zat|zitten|komt|kwam) (?:\w+ ){0,2}aan (?:mij|me|mijn lijf|mijn lichaam)\b"
    r"|\baan (?:mij|me|mijn lijf|mijn lichaam) (?:\w+ )?(?:zit|zat|zitten|komt|kwam)\b"
    r"|\b(?:raakt|raakte|betast|betastte|grijpt|greep|pakt|pakte|slaat|sloeg|duwt|duwde|knijpt|kneep)"
    r" (?:\w+ )?(?:mij|me)\b",
    name="perspective.overkomt_mij")


def happens_to_me(text: str) -> bool:
    """True when the writer says it happens to them ("ik zie het niet alleen, het gebeurt met
    mij"), and not that it did not ("het is mij niet overkomen")."""
    norm = normalise(text)
    return bool(_HAPPENS_TO_ME.search(norm)) and not _NOT_ME.search(norm)


# Only the ones who do it, named: "collega's", "mijn collega's", "de collega's van de afdeling".
_ACTORS_ONLY = linear(
    r"^\s*(?:(?:de|mijn|m'n|mn|een paar|twee|drie|die|onze|alle) )?(?:\w+ )?(?:collega|collegas|collega's|teamgenoten|"
    r"leidinggevende|leidinggevenden|baas|chef|manager|klant|klanten)(?: (?:van|op|in) (?:de|mijn|m'n|mn|het) \w+)?"
    r"\s*[.!]*\s*$",
    name="perspective.alleen_daders",
)


def witness_claim(text: str) -> bool:
    """For a message read as "I am a witness" (intent ben_getuige): True unless it is about the
    writer after all ("mijn collega is bij me", "collega's lachen me uit") or only names the ones
    who do it ("collega's")."""
    norm = normalise(text)
    return detect(text) != ZELF and not _ACTORS_ONLY.search(norm)


# Sexual violence done to someone else, told by a witness ("ik denk dat hij haar verkracht heeft",
# "I think he raped her"; sixteenth stranger test B c19: "Het is niet jouw schuld", to the witness).
_DONE_TO_OTHER = linear(
    r"\b(?:raped|assaulted|abused|groped|attacked) (?:her|him)\b|"
    r"\b(?:heeft|had|hebben) (?:haar|hem) (?:\w+ ){0,3}(?:verkracht|aangerand|misbruikt|betast|gedrogeerd)\b|"
    r"\b(?:hij|zij|ze|die) (?:haar|hem) (?:\w+ ){0,3}(?:verkracht|aangerand|misbruikt|betast|gedrogeerd)\b|"
    r"\b(?:zij|ze|hij|mijn collega|collega|stagiaire|stagiair) (?:is|werd) (?:\w+ ){0,3}"
    r"(?:verkracht|aangerand|misbruikt)\b",
    name="perspectief.ander_overkomen")


def done_to_someone_else(text: str, role: object = None) -> bool:
    """Whether sexual violence told happened to someone else: said so, or a witness (``role``)
    telling it without "me"."""
    if _DONE_TO_OTHER.search(normalise(text)):
        return True
    return role == GETUIGE and detect(text) != ZELF


# --- a crisis in someone else ------------------------------------------------------------------
# "mijn collega zegt steeds dat hij er een eind aan wil maken", "hij geeft zijn spullen weg":
# the writer is worried about another person's life, and needs an answer for that (how to ask,
# 113 for people worried about someone, 112 in danger), not the answer for a person at risk.
_PERSON = (r"(?:hij|zij|ze|collega|collegaatje|teamgenoot|medewerker|medewerkster|stagiair|stagiaire|vriend|"
           r"vriendin|leidinggevende|baas|chef|manager|teamleider|partner|broer|zus)")
_TELLS = linear(
    # a colleague says or writes something ("zei 'ik ben er volgende week niet meer'")
    rf"\b{_PERSON}\w*\b.{{0,40}}\b(?:zegt|zei|zeggen|zeiden|praat|praatte|heeft het over|had het over|schreef|"
    r"schrijft|appte|appt|vertelde|vertelt|postte|plaatste)\b",
    name="perspective.ander_zegt",
)
# ... about death or not being there ("dood", "er een eind aan", "er niet meer zijn", "springen")
_ABOUT_DEATH = linear(
    r"\b(?:dood|sterven|doodgaan|zelfmoord|suicid\w*|eind\w* aan|van kant|springen|pillen|touw|zichzelf|"
    r"afscheid\w*|niet meer (?:leven|wakker))\b|\ber (?:\w+ ){0,3}(?:niet|nie) meer\b",
    name="perspective.over_de_dood",
)
# English: a third person may end their life ("I'm scared she's going to jump"); also read by
# bot.nlu.language for the English urgent help.
EN_OTHER_LIFE = (
    r"\b(?:she|he|they|she's|he's|they're|shes|hes|my colleague|a colleague|my coworker)\b(?: [\w']+){0,4} "
    r"(?:kill (?:herself|himself|themselves)|(?:going to|gonna|will|might|wants to|want to|could|about to) jump|"
    r"jump (?:off|from|in front of|into)|end (?:her|his|their) (?:own )?life|take (?:her|his|their) (?:own )?life|"
    r"hurt (?:herself|himself|themselves)|(?:is|seems|sounds) suicidal)\b"
)
_OTHER_AT_RISK = linear(
    # a third person wants to die ("dat hij er een eind aan wil maken", "ze wil niet meer leven")
    r"\b(?:hij|zij|ze)\b (?:\w+ ){0,4}(?:dood|sterven|zelfmoord|suicid\w*|er een eind\w* aan|"
    r"een eind\w* aan (?:zijn|haar|z'n) leven|"
    r"niet meer (?:wil )?leven|er niet meer (?:wil )?zijn|zichzelf)\b|"
    r"\b(?:hij|zij|ze) is (?:\w+ )?suicidaal\b|"
    # signs seen in another person
    r"\b(?:geeft|gaf) (?:al )?(?:zijn|haar|z'n) (?:\w+ )?(?:spullen|dingen|bezittingen|\w+) weg\b|"
    r"\b(?:hij|zij|ze|collega\w*) (?:\w+ ){0,2}(?:neemt|nam) afscheid\b|"
    # a farewell message received (twentieth stranger test C c05: "mijn collega stuurde me net een appje:
    # 'bedankt voor alles ... zorg goed voor mijn plant'"; crisis rule afscheidsbericht)
    r"\b(?:stuurde|stuurt|appte|appt|schreef|schrijft|sms'?te|mailde) (?:me|mij|ons)\b.{0,80}"
    r"\b(?:bedankt voor alles|dank je voor alles|zorg (?:\w+ ){0,2}voor (?:mijn|m'n|mn)|vaarwel|"
    # "'ik zie het echt niet meer zitten, heb alles geregeld, sorry voor alles'" (round 22 C c03: the
    # answer for the writer's own thoughts of suicide)
    r"sorry voor alles|heb (?:\w+ )?alles geregeld|niet meer zitten)\b|"
    r"\b(?:hij|zij|ze) (?:\w+ ){0,2}(?:neemt|nam) (?:\w+ ){0,2}(?:niet|nie) (?:meer )?op\b|"
    # "hij zei dat hij zijn zaakjes op orde had gebracht" (eighteenth stranger recheck c07), "hij heeft
    # zijn boeken weggegeven" (B c06)
    r"\b(?:hij|zij|ze)\b (?:\w+ ){0,4}(?:zijn|haar|z'n) (?:zaakjes|zaken|spullen|papieren|boeken|\w+) "
    r"(?:[\w']+ ){0,2}(?:op orde|geregeld|weggegeven|weg gegeven)\b|"
    r"\b(?:maak|maakte) (?:ik )?(?:me|mij) (?:\w+ ){0,2}zorgen (?:om|over) (?:hem|haar|mijn collega|een collega)\b|"
    # English (nineteenth stranger test C c05: "I'm worried about a colleague. she posted ... a photo of the
    # bridge ... 'sorry everyone, I can't do this anymore'" got the check about the writer's own life)
    r"\b(?:worried|scared|afraid|concerned) (?:about|for) (?:a|my|our|one of my|one of our) "
    r"(?:colleague|coworker|co-worker|friend|team ?mate)s?\b|"
    + EN_OTHER_LIFE,
    name="perspective.ander_in_gevaar",
)
# someone threatens the writer ("ik ben bang dat hij me iets aandoet"): not a worry about another
_THREAT_TO_ME = linear(
    r"\b(?:me|mij|ons)\b (?:\w+ ){0,3}(?:iets aan(?:doet|doen|te doen)|wat aan(?:doet|doen)|pakken|grazen|vermoorden|"
    r"afmaken|slaan|te lijf)\b",
    name="perspective.dreiging_mij",
)
# a quotation: between quotes that open after a space (not the one in "m'n") and close before one
_QUOTED = linear(r"(?:^|\s)['\"][^'\"]{2,300}['\"](?:\s|[.,!?;:]|\z)", name="perspective.citaat")


def worried_about_other(text: str, own_life: Callable[[str], bool]) -> bool:
    """True when a crisis message is about someone else's life ("mijn collega zegt dat hij er
    een eind aan wil maken") and says nothing about the writer's own ("ik wil ook niet meer").
    ``own_life`` reads the writer's own life outside quotes: the crisis patterns'
    ``bot.nlu.crisis_patterns.about_own_life``, passed in by the caller (bot.nlu already imports
    bot.dialogue), so that there is one list of suicide patterns, not a second one here."""
    norm = normalise(text)
    unquoted = _QUOTED.sub(" ", norm)
    other = _OTHER_AT_RISK.search(norm) or (_TELLS.search(norm) and _ABOUT_DEATH.search(norm))
    return bool(other) and not own_life(unquoted) and not _THREAT_TO_ME.search(norm)
