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
_I_AM_TARGET = linear(r"\bik (?:word|werd)\b", name="perspective.ik_word")


def detect(text: str) -> str | None:
    """Return "getuige" when the text reads as a witness account, "zelf" when it is clearly
    about the writer, or None when it is unclear (then the bot does not assume)."""
    norm = normalise(text)
    witness = bool(_WITNESS.search(norm))
    self_ = bool(_SELF.search(norm))
    if witness and not _I_AM_TARGET.search(norm):
        return GETUIGE
    if self_:
        return ZELF
    return None
