"""Is the person telling about themselves, or about something they saw happen to someone else?"""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise

ZELF = "zelf"
GETUIGE = "getuige"

_WITNESS = linear(
    r"\b(?:ik (?:heb |had )?(?:zag|gezien|zie|hoorde|gehoord|hoor|merk|merkte|gemerkt|zie dat|getuige)"
    r"|(?:een|mijn|m'n|mn|onze|ons|de) (?:\w+ )?(?:collega|collegaatje|stagiair|stagiaire|medewerker|"
    r"medewerkster|teamgenoot|leerling|vriendin|vriend|nieuwe)\w* (?:wordt|werd|is|vertelde|vertelt|zei|zegt|"
    r"krijgt|kreeg|durft)"
    r"|(?:gaat|gaat het) niet (?:om|over) (?:mij|mezelf)|niet om mij maar"
    r"|het gaat (?:niet )?om (?:een |mijn |m'n )?(?:collega|iemand anders|een ander)"
    r"|bij (?:een |mijn |m'n )?collega|getuige)\b",
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
# The story is about the writer: "... dat ik ...", "over mij", or the writer as object ("ze negeren me").
_ABOUT_ME = linear(r"\bdat ik\b|\bover (?:mij|me|mezelf)\b|\b(?:mij|me|mezelf|mijzelf)\b|\bik (?:word|werd)\b",
                   name="perspective.over_mij")
_NOT_ME = linear(
    r"\b(?:gaat|ging|gaat het|het gaat) niet (?:om|over) (?:mij|mezelf|mijzelf)\b|\bniet om mij maar\b|"
    r"\bniet over mij maar\b|\bniet (?:bij|tegen) mij maar\b",
    name="perspective.niet_mij",
)


def detect(text: str) -> str | None:
    """Return "getuige" when the text reads as a witness account about someone else, "zelf" when
    it is about the writer (also when told through others: "mijn collega zegt dat ik ...", "ik
    hoorde dat ze over mij ..."), or None when it is unclear (then the bot does not assume)."""
    norm = normalise(text)
    if _NOT_ME.search(norm):
        return GETUIGE
    about_me = bool(_ABOUT_ME.search(_REFLEXIVE.sub(" ", _REPORTED_TO_ME.sub(" ", norm))))
    if _WITNESS.search(norm) and not about_me:
        return GETUIGE
    if about_me or _SELF.search(norm):
        return ZELF
    return None
