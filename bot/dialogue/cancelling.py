"""A wish to cancel an appointment made before, told without its code.

Pure functions on the user's text (no Rasa): the NLU's CodeRequest component asks them before the
classifier's intent is trusted, so "ik heb een afspraak maar ik wil hem afzeggen" starts the code
form to cancel, not a new booking (eleventh stranger test, c10).
"""

from __future__ import annotations

from bot.dialogue.booking import CANCEL, VIEW, _norm, asks_to_book, code_in
from bot.patterns import linear

# "ik heb een afspraak met de vertrouwenspersoon maar ik wil hem afzeggen" was read as a new booking
_EXPLICIT_CANCEL = linear(
    r"\b(?:annuleer\w*|annuler\w*|afzeggen|afzeg|cancel\w*|zeg (?:\w+ ){0,3}af)\b",
    name="cancelling.expliciet_afzeggen")
_OWN_APPOINTMENT = linear(
    r"\b(?:mijn|m'n|mn|de|die|deze|onze|ons|het) (?:\w+ )?(?:afspraak|gesprek|afspraakje|appointment)\b"
    r"|\bik heb (?:\w+ ){0,4}(?:afspraak|gesprek)\b"
    r"|\b(?:hem|die|het|haar|dat|em) (?:\w+ )?(?:afzeggen|annuleren|cancelen)\b"
    r"|\bzeg (?:hem|die|het|haar|em) (?:\w+ )?af\b",
    name="cancelling.eigen_afspraak")
# "is het erg als ik afzeg?", "mag ik zomaar annuleren?": whether it is all right (faq/afzeggen_mag);
# "ik wil hem niet afzeggen": no wish to cancel
_CANCEL_NOT_WISHED = linear(
    r"\b(?:erg|slecht|boos|teleurgesteld|onbeleefd|vervelend|kwalijk|raar|zomaar)\b"
    r"|\b(?:niet|geen|nooit) (?:\w+ ){0,2}(?:afzeggen|annuleren|af (?:te )?zeggen)\b",
    name="cancelling.afzeggen_niet_gewenst")


def cancel_without_code(text: object) -> str | None:
    """A wish to cancel an appointment made before, told without its code ("ik heb een afspraak
    maar ik wil hem afzeggen"): CANCEL, so the code form asks for the code; None for anything else
    (a question whether cancelling is all right, a new booking asked for, a code in it)."""
    norm = _norm(text)
    if not norm or code_in(text) is not None or not _EXPLICIT_CANCEL.search(norm) \
            or not _OWN_APPOINTMENT.search(norm) or _CANCEL_NOT_WISHED.search(norm) or asks_to_book(norm):
        return None
    return CANCEL


def cancel_wish(text: object) -> bool:
    """A wish to cancel said in the message ("laat maar, dan annuleer ik hem gewoon"), code or no
    code, own appointment named or not; not a question whether cancelling is all right, nor a wish
    not to cancel. While a new appointment is made the bot then asks: stop this one, cancel one made
    before, or go on (fourteenth stranger recheck: the answer for a cancelled appointment was given,
    and the times again)."""
    norm = _norm(text)
    return bool(norm) and not norm.startswith("/") and bool(_EXPLICIT_CANCEL.search(norm)) \
        and not _CANCEL_NOT_WISHED.search(norm)


# "hoi ik had vorige week een afspraak gemaakt voor vrijdag maar ik kan toch niet" (nineteenth
# stranger test: new times were offered, as if no appointment existed): an appointment made before,
# which the person cannot keep. Neither moving nor cancelling is said, so the code form shows the
# appointment with both buttons (VIEW).
_MADE_BEFORE = linear(
    r"\b(?:ik |we )?(?:heb|had|hebben|hadden)\b(?: \w+){0,4} (?:een |mijn |de |die )?(?:afspraak|gesprek)\b"
    r"(?: \w+){0,4} (?:gemaakt|geboekt|ingepland|gepland|staan|vastgelegd|afgesproken)\b"
    r"|\b(?:heb|had) (?:\w+ )?al (?:een )?(?:afspraak|gesprek)\b"
    # "hoi ik heb een afspraak maar kan donderdag toch niet" (round 29 B c03: a new booking)
    r"|\bik (?:heb|had) (?:een|mijn|m'n|de) (?:afspraak|gesprek)\b,? (?:\w+ ){0,2}(?:maar|alleen)\b"
    r"|\b(?:mijn|m'n|mn) (?:\w+ )?(?:afspraak|gesprek) (?:van|op|met|voor|bij|morgen|vrijdag|donderdag|woensdag"
    r"|dinsdag|maandag|volgende)\b",
    name="cancelling.afspraak_van_eerder")
_CANNOT_KEEP = linear(
    r"\b(?:kan|kun|lukt|red|haal)\b(?: \w+){0,3} (?:toch )?(?:niet|nie|ni)\b"
    # "het komt toch niet goed uit" (round 29 recheck B c07: a new booking)
    r"|\bkomt (?:\w+ )?(?:toch )?(?:niet|nie|slecht) (?:zo |goed |echt |zo goed )?uit\b"
    r"|\b(?:ben|word) (?:\w+ )?(?:ziek|verhinderd)\b"
    r"|\bpast (?:\w+ )?(?:toch )?niet\b|\bkan er (?:toch )?niet bij zijn\b|\bgaat (?:toch )?niet lukken\b",
    name="cancelling.kan_niet")
# "ik heb al een afspraak, maar ik wil er nog een": a new booking
_ANOTHER_ONE = linear(r"\bnog (?:een|1)\b|\bnieuwe\b|\btweede\b|\bextra\b|\bandere vertrouwenspersoon\b",
                      name="cancelling.nog_een")


# "ik HEB al een afspraak. hoe bereik ik ruud de boer als er iets is, welk nummer" (twenty-fifth stranger
# test A c01: read as a request to book, "Wanneer komt het je uit?"): how to reach the counsellor
_HOW_TO_REACH = linear(
    r"\b(?:hoe|waar|waarop|via wat)\b(?: \w+){0,3} (?:bereik|bel|contact|spreek)\w*|\bwelk (?:tel\w* ?)?nummer\b"
    r"|\b(?:zijn|haar|het) (?:tel\w* ?)?nummer\b|\bbelt (?:\w+ ){1,3}(?:mij|me)\b",
    name="cancelling.hoe_bereiken")


def asks_how_to_reach_after_booking(text: object) -> bool:
    """The person says they have an appointment already and asks how to reach the counsellor: no
    new booking, the answer on who calls whom."""
    norm = _norm(text)
    return bool(norm) and not norm.startswith("/") and bool(_MADE_BEFORE.search(norm)) \
        and bool(_HOW_TO_REACH.search(norm)) and not _ANOTHER_ONE.search(norm)


def cannot_keep_appointment(text: object) -> str | None:
    """An appointment made before that the person cannot keep, told without a code and without
    saying whether to move or cancel it: VIEW (the code form shows it, with buttons to move or
    cancel); None for anything else (a code in it, a new booking asked for, no such appointment)."""
    norm = _norm(text)
    if not norm or norm.startswith("/") or code_in(text) is not None or not _MADE_BEFORE.search(norm) \
            or not _CANNOT_KEEP.search(norm) or _ANOTHER_ONE.search(norm):
        return None
    return VIEW
