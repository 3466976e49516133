"""Does the story concern a pupil or student under 18 and someone who works at their school?

In Dutch education (primary, secondary and mbo) everyone who works at a school and suspects a
sexual offence by a staff member against a minor pupil or student must tell the school board at
once, even when the pupil does not want it (the "meldplicht"); the board consults the
vertrouwensinspecteur and may have to report it to the police. That legal duty is one of the
brief's exceptions to "de melder houdt de regie", so the bot names it instead of "je collega
beslist zelf" (sixth stranger test c19). A pure function on the text, no Rasa."""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise

MAX_CHARS = 2000

_AGES = r"(?:1[0-7]|tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien)"
_MINOR = linear(
    r"\bminderjarig\w*|\bonder de (?:18|achttien)\b|\bnog geen (?:18|achttien)\b|"
    rf"\b{_AGES}[- ]?jarig\w*|\b{_AGES} jaar oud\b|"
    rf"\b(?:is|ben|pas|nog maar|van|wordt|werd) {_AGES}\b",
    name="minors.minderjarig",
)
# A school: its kinds, its people, its places. "student" alone is no school (a working student).
_SCHOOL = linear(
    r"\b(?:school|scholen|basisschool|middelbare|mbo|vmbo|havo|vwo|roc|praktijkonderwijs|onderwijs|"
    r"docent\w*|leraar|leraren|lerares\w*|juf|meester|mentor\w*|conciërge|concierge|"
    r"leerling\w*|scholier\w*|klas|klassen|les|lessen|schoolleiding|rector|directeur van de school)\b",
    name="minors.school",
)


# The writer under 18 ("ik ben stagiair ... ben 17", "ik ben nog geen 18"; twenty-first stranger test B c07:
# an intern harassed at her work placement got the school staff's duty to report, three times). The duty
# is for who works at a school; a minor who tells of her own harassment is not addressed by it.
_WRITER_MINOR = linear(
    rf"\b(?:ik ben|ben ik|ben|i'm|im|i am)(?: zelf| pas| nog maar| nog| net| maar)* (?:{_AGES}\b(?: jaar)?|"
    r"minderjarig\w*|onder de (?:18|achttien)\b|nog geen (?:18|achttien)\b)|"
    rf"\b(?:mijn leeftijd|ik word) (?:is )?{_AGES}\b",
    name="minors.schrijver_minderjarig",
)


def minor_at_school(text: object) -> bool:
    """True when the text names someone under 18 ("ze is 17", "minderjarig", "een 16-jarige
    leerling") in a school setting (a teacher, a pupil, a class, mbo); the writer's own age ("ik ben
    17") is not someone else's."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    others = _WRITER_MINOR.sub(" ", norm)
    return bool(_MINOR.search(others)) and bool(_SCHOOL.search(norm))
