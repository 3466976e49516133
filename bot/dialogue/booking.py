"""Reading free text in the booking dialogue, without Rasa: which offered time a message picks
(by place or by clock time), what it says about the counsellor the person wants (kind, internal
or external, by name), the way of meeting and the way to be reached (negations and corrections
included: "toch niet video maar telefonisch"), an e-mail address, phone number or reference code
inside a sentence, whether it is a side question (privacy, with whom, anyone now), a wish to
carry on, a wish not to book, or a story rather than an answer. Pure functions; every one caps
its input before any work.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from bot.booking import reference
from bot.contact import InvalidContact, PhoneCountryUnclear, normalise_email, normalise_phone
from bot.patterns import linear
from bot.scheduling.dutch_dates import exact_time, wishes_a_time
from bot.text import normalise

MAX_CHARS = 300  # longer messages are no answer to a booking question: nothing is read from them

VPOO, VPI = "VPOO", "VPI"
INTERN, EXTERN = "intern", "extern"


def _norm(text: object) -> str:
    raw = str(text or "")
    return normalise(raw[:MAX_CHARS]) if len(raw) <= MAX_CHARS else ""


# --- picking one of the offered times by its place --------------------------------------------

_ORDINAL_WORDS = {"eerste": 0, "1e": 0, "1ste": 0, "1": 0, "een": 0, "tweede": 1, "2e": 1, "2de": 1,
                  "2": 1, "twee": 1, "derde": 2, "3e": 2, "3de": 2, "3": 2, "drie": 2, "laatste": -1}
_ORDINAL = "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True))  # plain words and digits: no escaping
# The whole message must be a choice: "de eerste", "doe maar de tweede", "nummer 2 graag", "3".
# A number word inside a time phrase ("over twee weken", "een dinsdag") is no choice.
_CHOICE = linear(
    r"(?:(?:ja|ok|oke|okay|goed|prima)[,!. ]+)?"
    r"(?:(?:doe|geef|zet) (?:mij |me )?maar |ik (?:wil|neem|kies) |graag |liefst |dan )?"
    r"(?:de |het |die |dat |nummer |optie |keuze |nr |nr\. )?"
    rf"({_ORDINAL})"
    r"(?: (?:tijd|tijdstip|optie|moment|keuze|knop|van de lijst))?"
    r"(?: (?:graag|is goed|past|past me|past mij|lijkt me goed|dan|maar|aub|alsjeblieft|alstublieft))?"
    r"[ .!]*", name="booking.ordinal_choice"
)


def ordinal_choice(text: object, count: int) -> int | None:
    """The index (0-based) of the offered time the message picks by its place, or None. Only a
    message that is nothing but such a choice counts."""
    match = _CHOICE.fullmatch(_norm(text))
    if not match or count <= 0:
        return None
    index = _ORDINAL_WORDS[match.group(1)]
    index = count - 1 if index < 0 else index
    return index if index < count else None


# --- a wish about the counsellor ------------------------------------------------------------------

@dataclass(frozen=True)
class CounsellorWish:
    kind: str | None = None  # VPOO or VPI
    where: str | None = None  # intern or extern
    key: str | None = None  # a counsellor asked for by name
    avoid: str | None = None  # a counsellor said not to be wanted ("iemand anders dan Marieke")
    asked: str | None = None  # a counsellor asked about ("is marieke dan intern?"): a question, no wish

    def __bool__(self) -> bool:
        return bool(self.kind or self.where or self.key or self.avoid)


_WORD = linear(r"\w+", name="booking.word")
# Just before a counsellor's name: "iemand anders dan", "liever niet (bij)", "geen (afspraak met)".
# "zijn er andere vertrouwenspersonen dan Ruud?" (eighteenth stranger test c02: "Goed, ik kijk naar
# tijden met Ruud de Boer")
# "NOT marieke, external please" (round 29 recheck A c02: Marieke four times)
_AVOIDS_NAME = linear(r"(?:\bander[es]?(?: \w+){0,2} dan|\bniet|\bnie|\bgeen|\bzonder|\bbehalve|\bnot|\bno|\bexcept"
                      r"|\banyone but|\brather not)(?: \w+){0,2} $",
                      name="booking.avoids_name")
# Just after a counsellor's name: "(is Marieke) daar wel de goede persoon voor?"; just before it: "is"
_DOUBTS_NAME = linear(r"^ (?:\w+ ){0,2}(?:wel |eigenlijk |echt |ook |nog )?(?:de |het |een )?"
                      r"(?:goede|juiste|geschikte|goeie|beste|aangewezen|geschikt|juist)\b", name="booking.doubts_name")
# Just after a counsellor's name, a question about them: "marieke jansen is toch een vrouw?" (twenty-
# fifth stranger test A c01: taken as choosing her)
# "marieke intern?", "marieke van ons bedrijf?" (twenty-fifth round A c02, c07: taken as choosing her)
# "ruud is toch een man? en marieke is intern." (round 29 A c06: Marieke chosen, twice, by a woman who
# wanted no internal one): said of her, no choice of her
_NAME_IS_ASKED = linear(r"^ (?:is|werkt|komt|zit) [^.?!]{0,40}\?"
                        r"|^ (?:is|zijn) (?:toch |wel |juist |dus |nou |ook |gewoon |natuurlijk )?(?:een )?"
                        r"(?:man|vrouw|vent|kerel|interne?|externe?|collega|van (?:ons|hier|binnen|buiten))\b"
                        r"|^ (?:dan |nou |wel |eigenlijk |ook )?(?:interne?|externe?|internal|external"
                        r"|van (?:ons|onze|hier|buiten|binnen|het bedrijf)\b[^.?!]{0,30}|(?:een )?(?:vrouw|man))\s?\?",
                        name="booking.name_is_asked")
_ASKS_IS_NAME = linear(r"(?:^|[,.!?] )(?:maar |en |of |dus )?is (?:dat |die )?$"
                      # "does Ruud speak english?", "will Ruud tell my manager or not??" (round 29 A c03: his times)
                      # "weet marieke eigenlijk waar het over gaat?" (round 29 B c03: her times, "Natuurlijk")
                      r"|\b(?:does|will|can|did|would|has|spreekt|kent|vertelt|zegt|weet|heeft|krijgt|leest|hoort"
                      r"|ziet) $", name="booking.asks_is_name")
# A message that opens with "is" before the name is a question, mark or not: "is marieke van ons
# bedrijf of niet" (twenty-fifth round A c02: "Je organisatie heeft hiervoor geen interne
# vertrouwenspersoon", while she is one)
_OPENS_IS_NAME = linear(r"^(?:(?:maar|en|of|dus|wacht|huh|oke?|ok)\W+){0,2}is (?:dat |die |mevrouw |meneer )?$",
                        name="booking.opens_is_name")
_VPI = linear(r"\b(?:integriteit\w*|vpi|klokkenluiders?\s?(?:vertrouwenspersoon|vp))\b", name="booking.vpi")
_VPOO = linear(r"\b(?:omgangsvorm\w*|ongewenst(?:e)? (?:gedrag|omgang\w*)|vpoo)\b", name="booking.vpoo")
_EXTERN = linear(r"\b(?:externe?|external|van buiten\w*|buiten de organisatie|buiten het bedrijf|onafhankelijk\w*)\b",
                 name="booking.extern")
_INTERN = linear(r"\b(?:interne?|internal|van binnen|binnen de organisatie|collega van hier)\b", name="booking.intern")
# "een collega of iemand van buiten?", "intern of extern?": asking which, not choosing (sixth stranger test c18)
_EITHER = linear(r"\b(?:collega|interne?|van binnen|van hier)\b(?: \w+){0,2} of (?:\w+ ){0,2}"
                 r"(?:externe?|van buiten)\b|\b(?:externe?|van buiten)\b(?: \w+){0,2} of (?:\w+ ){0,2}"
                 r"(?:collega|interne?|van binnen|van hier)\b",
                 name="booking.intern_of_extern")
# "niet de externe", "i'd rather niet praten met iemand van binnen", "not someone internal"
_NOT_LINK = r"(?: (?:praten|spreken|met|bij|naar|dat|de|die|een|iemand|someone|liefst|graag|liever|echt|the|an?)){0,4} "
# "Is er geen externe?" (round 32 A c06: read as not wanting an external one): asking for one
_ASKS_FOR_EXTERN = linear(r"\b(?:is|zijn|heb|hebben|hebt|heeft)(?: er| je| jullie| u| jij)?(?: \w+)? geen "
                          r"(?:\w+ ){0,2}(?:externe?|van buiten)\b", name="booking.vraagt_externe")
# "want Marieke zit elke middag met mijn chef te lunchen", "zodat mevrouw Jansen vrij blijft": a name in a reason
_REASON_BEFORE_NAME = linear(r"\b(?:want|omdat|aangezien|zodat|because|since|as)(?: \w+){0,2} $",
                             name="booking.reden_voor_naam")
_NOT_EXTERN = linear(rf"\b(?:niet|not|geen){_NOT_LINK}(?:extern|van buiten)", name="booking.not_extern")
_NOT_INTERN = linear(rf"\b(?:niet|not|geen){_NOT_LINK}(?:intern|van binnen"
                     # "liefst niet met iemand van ons eigen bedrijf" (twenty-fourth round A c01)
                     r"|van (?:ons|onze|mijn|m'n|het|de) (?:eigen )?(?:bedrijf|organisatie|werk|kantoor|zaak|firma)"
                     # "liefst niet die van hier" (round 32 A c06), "niet met iemand van kantoor" (C c07)
                     r"|van hier|van kantoor|van ons|van de zaak)",
                     name="booking.not_intern")


# "kan dat ook buiten het bedrijf? in een café of zo?": a question about where to meet, not a wish
# for an external counsellor.
_PLACE = linear(
    # not "ergens buiten het bedrijf iemand" (round 29 A c06: a person outside, not a place)
    r"\b(?:cafe\w*|koffie\w*|restaurant|lunchroom|park|thuis|buiten de deur|ergens anders|ergens buiten (?:de deur|af)"
    r"|andere (?:plek|plaats|locatie|ruimte)|(?:op|in) een (?:andere )?(?:plek|plaats|locatie)|neutrale plek"
    r"|waar (?:is|zit|vindt|gebeurt|spreken|spreek|zie|ontmoet)\w*)\b", name="booking.place_question")


# "op locatie. waar? ik ken alleen de schoonmaakkast", "gebouw A van wat?" (twenty-fifth stranger test
# A c02, c08: not answered)
_WHERE_ASKED = linear(r"\bwaar(?: dan| precies| ergens| is het| is dat| zit ze| zit hij| moet ik heen)? ?\?"
                      r"|\bgebouw \w+ van wat\b|\bwelk gebouw\b|\bwaar (?:ligt|zit|is) (?:dat|die|het|gebouw|kamer)\b",
                      name="booking.where_asked")


def asks_about_place(text: object) -> bool:
    """The message asks where the conversation can take place ("in een café?", "ergens anders?",
    "waar?")."""
    norm = _norm(text)
    return bool(_PLACE.search(norm) or _WHERE_ASKED.search(norm))


# A question about whether a counsellor also helps the other side, is neutral or knows people in
# the matter (tenth stranger test c06: "hoe weet ik of Marieke niet ook degene helpt die over mij
# geklaagd heeft?"): no choice of that counsellor.
_SIDE = linear(
    r"\b(?:ook|al|tegelijk|allebei|beide|beiden)\b(?: \w+){0,4} (?:helpt|helpen|begeleidt|begeleiden|spreekt|praat"
    r"|ziet|steunt|bijstaat|adviseert)\b"
    r"|\b(?:helpt|helpen|begeleidt|praat|spreekt|steunt|adviseert|ziet)\b(?: \w+){0,4} (?:ook|al)\b"
    r"|\b(?:degene|diegene|de klager|de klaagster|de tegenpartij|de andere partij|de andere kant|de ander)\b"
    r"|\b(?:neutraal|onpartijdig|partijdig|objectief|bevooroordeeld|vooringenomen|onafhankelijk"
    r"|aan (?:de|mijn|zijn|haar|wiens|wie z'n|wie zijn) kant)\b"
    # not "ik ken haar van de introductiedag" (round 32 A c08: "Dat weet ik niet. Ik weet niet wie er met een
    # vertrouwenspersoon praat"): the writer knowing the counsellor is a reason to choose her
    r"|\b(?:kent|kennen|ken (?:ze|zij|hij|die|jij|je|u))\b(?: \w+){0,3} (?:mijn|de|die|m'n|mn|hem|haar|elkaar)\b"
    r"|\b(?:bevriend|vrienden|getrouwd|familie|samenwerk\w*|werkt (?:\w+ )?samen)\b"
    r"|\b(?:hoe weet ik|hoe kan ik weten|kan ik erop vertrouwen|kan ik zeker weten|weet (?:je|jij|u) of)\b"
    # "of marieke ook de vertrouwenspersoon is van de collega die over mij klaagt" (twentieth round B c04)
    r"|\bvertrouwenspersoon (?:is )?van (?:de|die|mijn|haar|zijn|diegene|degene) (?:\w+ )?(?:collega|ander|klager"
    r"|klaagster|melder|melding|klacht)\b",
    name="booking.counsellor_side")
_SIDE_QUESTION_START = linear(r"^(?:(?:maar|en|dus|oke?|ok|nou|hmm|ja|nee)\W+)?(?:hoe|is|kent|helpt|weet|werkt|staat"
                              r"|praat|kan|kun|mag|wat als|zit|spreekt|heeft|doet)\b"
                              r"|\b(?:ik vroeg|vroeg ik|ik vraag|ik vraag me af|ik wil weten) of\b",
                              name="booking.side_question_start")
# the counsellor named by the word (also bot.dialogue.followups)
COUNSELLOR_WORD = linear(r"\b(?:vertrouwenspersoon|vertrouwenspersonen|vp|vpoo|vpi)\b", name="booking.counsellor_word")


def asks_about_counsellor_side(text: object, names: Mapping[str, str] | None = None) -> bool:
    """A question whether a counsellor (named, or "de vertrouwenspersoon") also helps the other
    side, is neutral, or knows people in the matter: not a choice of that counsellor, and the
    bot cannot know the answer (tenth stranger test c06)."""
    norm = _norm(text)
    if not norm or not _SIDE.search(norm) or not ("?" in norm or _SIDE_QUESTION_START.search(norm)):
        return False
    words = set(_WORD.findall(norm))
    named = any(p in words for name in (names or {}).values() for p in normalise(name).split() if len(p) > 2)
    return named or bool(COUNSELLOR_WORD.search(norm))


def _name_hit(norm: str, words: set[str], name: str) -> str | None:
    """Where a counsellor's name is said: the full name, or its first or last part ("Marieke",
    "de Vries" as "vries"); None when it is not. Short parts ("van", "de") never count alone."""
    full = normalise(name)
    parts = [p for p in full.split() if len(p) > 2]
    if not full:
        return None
    if full in norm:
        return full
    if parts and parts[0] in words:
        return parts[0]
    return parts[-1] if parts and parts[-1] in words else None


def names_a_counsellor(text: object, names: Mapping[str, str]) -> bool:
    """Whether the message says the name of one of these counsellors (key -> full name), however
    it is said: as a choice, an avoidance or a description ("donderdag 9 uur bij Marieke")."""
    norm = _norm(text)
    words = set(_WORD.findall(norm))
    return bool(norm) and any(_name_hit(norm, words, name) for name in names.values())


def counsellor_wish(text: object, names: Mapping[str, str] | None = None) -> CounsellorWish:
    """What the message asks about the counsellor: a kind (integrity or undesirable behaviour),
    internal or external, or a counsellor by name (`names`: key -> full name of the counsellors
    that may be chosen by name). Empty when it asks none of these."""
    norm = _norm(text)
    if not norm:
        return CounsellorWish()
    key = avoid = asked_about = None
    words = set(_WORD.findall(norm))
    said = [] if asks_about_counsellor_side(text, names) else \
        [(k, hit) for k, name in (names or {}).items() if (hit := _name_hit(norm, words, name))]
    # the names in the order they are said ("Dan kies ik liever de heer De Boer, zodat mevrouw Jansen vrij blijft",
    # round 31 recheck A c04: Jansen chosen, the first in the counsellors file)
    for k, hit in sorted(said, key=lambda found: norm.find(found[1])):
        if hit:
            # "iemand anders dan Marieke", "liever niet bij Marieke" (sixth stranger test c09): a name
            # said to be avoided is no choice of that counsellor
            before = norm[max(0, norm.find(hit) - 60):norm.find(hit)]
            after = norm[norm.find(hit) + len(hit):][:40]
            if _AVOIDS_NAME.search(before):
                avoid = avoid or k  # never offered; said who is offered instead (sixth stranger test c09)
            elif _REASON_BEFORE_NAME.search(before):
                # "liefst niet die van hier, want Marieke zit elke middag met mijn chef te lunchen" (round 32 A c06:
                # Marieke's times): a name in the reason given is no choice of that counsellor
                continue
            elif (_ASKS_IS_NAME.search(before) and "?" in norm) or _OPENS_IS_NAME.search(before) \
                    or (_NAME_IS_ASKED.search(after) and not _AFFIRMS.search(after)):
                # "is marieke dan intern?" (twenty-fourth round A c01: her time was offered, twice): a
                # question about her, no choice of her, and "intern" in it no wish
                asked_about = asked_about or k
            elif not _DOUBTS_NAME.search(after):
                # "is Marieke daar wel de goede persoon voor?" (seventh stranger test c05): a doubt, no choice
                key = k
                break  # "ik zei Marieke, niet Ruud": the one chosen, whichever is named first (c18)
    kind = VPI if _VPI.search(norm) else VPOO if _VPOO.search(norm) else None
    where = None
    if _PLACE.search(norm):  # "buiten het bedrijf, in een café": about the place, not the counsellor
        pass
    elif _EITHER.search(norm) or asked_about:  # "is het een collega of iemand van buiten?": a question (c18)
        pass
    elif _ASKS_FOR_EXTERN.search(norm):
        where = EXTERN
    elif _NOT_EXTERN.search(norm):
        where = INTERN
    elif _NOT_INTERN.search(norm):
        where = EXTERN
    elif _EXTERN.search(norm):
        where = EXTERN
    elif _INTERN.search(norm):
        where = INTERN
    return CounsellorWish(kind, where, key, avoid, asked_about)


# --- other things said while the form asks ---------------------------------------------------------

_CONTINUE = linear(
    r"\b(?:verder|door(?:gaan)?|doorgaan|verdergaan)\b.{0,40}\b(?:afspraak|boeken|boeking|inplannen|plannen)\b"
    r"|\b(?:afspraak|boeking)\b.{0,30}\b(?:afmaken|verder|doorgaan|voortzetten)\b", name="booking.continue"
)


def wants_to_continue(text: object) -> bool:
    """"ik wil verder met de afspraak": no answer, no new request; the form just goes on."""
    return bool(_CONTINUE.search(_norm(text)))


# A question without a question mark starts with a question word; "is er ..." or "kan ik ..."
# without one is read as a question only with the mark ("weet ik niet" is no question).
# A yes or "oke" before it does not make it an answer: "ja maar waar is die locatie nou" at the
# summary is a question (nineteenth stranger test: it was taken as the yes that booked).
_QUESTION_START = linear(r"^(?:(?:ja|jawel|nee|oke?|ok|okay|prima|goed|en|maar|nou|dus|wacht)\W+){0,3}"
                         r"(?:wat|wie|waar|wanneer|hoe|hoeveel|waarom|welke?|kost|kosten|is er|zijn er)\b",
                         name="booking.question_start")
# A question the form cannot answer, asked in a step ("mag ik in dat gesprek ook over mezelf beginnen of is dat
# alleen voor mijn medewerker", round 31 A c06: "Kies een van de tijden hieronder", three times unanswered)
_ASKS_IN_STEP = linear(r"\?|^(?:(?:ja|nee|oke?|ok|en|maar|nou|dus|wacht|voordat ik kies)\W+){0,3}"
                       r"(?:mag|moet|kan|kun|kunt|weet|is|zijn"
                       r"|wordt|word|krijgt|krijg|vertel|zeg|hoort|heeft|wat|wie|waar|wanneer|hoe|waarom|welke?)\b",
                       name="booking.asks")


# "half 10 is goed. o nee wacht, dan heb ik teamoverleg. 10:30 dan" (round 31 recheck A c01: 09:30 read): what comes
# after the last correction is the answer
_CORRECTION = linear(r"\b(?:oh? nee+|nee+ wacht|wacht(?: even| ff| eens)?|ik bedoel|of nee|sorry nee|oops|oeps"
                     # "o nee wacht vrijdag ben ik vrij. dan toch woensdag, kwart voor 10" (round 34 B c05: Friday 09:45
                     # booked), "13:00 is after my meeting, too late. ok dan toch Marieke 10.30" (B c09: 13:00 booked)
                     r"|dan toch|toch maar"
                     # "06 41 22 87 39 nee sorry 06 41 22 87 93", "doe maar 9u45, nee toch 13u45", "mijn werkgsm is ...
                     # maar bel liever op mijn prive, 0687 654 321", "...@gmial.com oh typo, ...@gmail.com" (round 34
                     # recheck R1 c01, c06, c02, c03: the first one kept)
                     r"|nee sorry|nee toch|nee pardon|pardon|typo|typfout|maar (?:bel )?liever)\b",
                     name="booking.correctie")


_SAME_TIME = linear(r"\b(?:zelfde|dezelfde|hetzelfde) (?:tijd|tijdstip|uur)\b|\bsame time\b",
                    name="booking.zelfde_tijd")


def after_correction(text: str) -> str:
    """The part of ``text`` after its last correction ("o nee wacht", "ik bedoel"), when a time follows it; else the
    whole text."""
    ends = [found.end() for found in _CORRECTION.finditer(text.lower())]
    rest = text[ends[-1]:] if ends else ""
    # "13:00 op locatie. wacht, nee laat maar": 13:00; "16 uur ok. o nee wacht ... donderdag zelfde tijd dan" (round 34
    # recheck R1 c05: Wednesday 16:00 booked): a day after the correction is the answer too
    named = any(char.isdigit() for char in rest) or (bool(rest.strip()) and wishes_a_time(rest[:MAX_CHARS]))
    if not named:
        return text
    said_before = exact_time(text[:ends[-1]][:MAX_CHARS]) if _SAME_TIME.search(rest.lower()) else None
    # "16 uur ok. o nee wacht ... donderdag zelfde tijd dan": the time said before the correction
    return rest if said_before is None else f"{rest} om {said_before:%H:%M}"


# "moet ik morgen wel naar dat gesprek met hem?", "ben ik verplicht naar het gesprek met hem en de teamleider te gaan"
# (round 32 recheck A c08: read as a time wish, the summary thrown away, then "Nee, dat hoeft niet"): a question about
# another meeting, with the other person, not about the appointment's time
_ANOTHER_MEETING = linear(
    r"\b(?:moet ik|ben ik (?:\w+ )?verplicht|hoef ik|mag ik (?:\w+ )?(?:weigeren|wegblijven|niet)"
    r"|kan ik (?:\w+ )?(?:weigeren"
    r"|wegblijven|afzeggen))\b(?: \w+){0,6} (?:gesprek|overleg|meeting|beoordelingsgesprek|functioneringsgesprek"
    r"|beoordeling|vergadering)\b(?: \w+){0,2} met (?:hem|haar|die|de ander|mijn \w+|de \w+|hen)\b",
    name="booking.ander_gesprek")


def asks_about_another_meeting(text: object) -> bool:
    """ "moet ik morgen wel naar dat gesprek met hem?": a question about a meeting with the other person."""
    norm = _norm(text)
    return bool(_ANOTHER_MEETING.search(norm)) and not COUNSELLOR_WORD.search(norm)


def asks_in_step(text: object) -> bool:
    """True when the message reads as a question (a question mark, or a question's opening words)."""
    return bool(_ASKS_IN_STEP.search(_norm(text)))


_WITH_WHOM = linear(r"\bmet wie\b|\bwie (?:is|zijn|spreek|praat|zie|krijg|word)|\bbij wie\b|\bwie is (?:dat|het)\b",
                    name="booking.with_whom")
_NOW = linear(r"\b(?:nu|vandaag|vanavond|op dit moment|meteen|direct)\b.{0,30}\b(?:iemand|bereikbaar|er|aanwezig)\b"
              r"|\b(?:iemand|niemand)\b.{0,30}\b(?:nu|op dit moment|bereikbaar|aanwezig)\b", name="booking.anyone_now")
# Someone wanted now, asked or said, with or without a question mark ("wie kan ik nu bellen",
# "ik heb nu iemand nodig", "kan ik nu met iemand praten"; stranger test at night c14: read as a
# time answer). "Now" is a word of its own: nu, nou, vannacht, vanavond, meteen, direct, op dit moment.
_NOW_WORD = r"(?:nu|nou|vannacht|vanavond|vandaag nog|meteen|direct|op dit moment|nu meteen|nu direct|acuut)"
_SOMEONE_NOW = linear(
    # "NU" alone as the answer to "Wanneer komt het je uit?" (round 21 C c06, after saved pills: "Dat kon
    # ik niet als dag of tijd lezen"): someone now
    r"^(?:nu|nou|now|nu meteen|nu direct|meteen|direct|nu graag|liefst nu|zsm nu)[ !.?]*$|"
    # "is er niet iets zoals een nachtlijn?", "is er geen nummer dat nu open is?", "gewoon even iemand"
    # (twentieth stranger test A c08: "Die vraag kan ik nu niet goed beantwoorden", the privacy text)
    r"\b(?:nachtlijn|luisterlijn|praatlijn|nachtnummer)\b|\b(?:nummer|lijn|iemand)\b(?: \w+){0,3} (?:dat|die|wat) "
    r"(?:\w+ )?(?:nu|vannacht|'s nachts|dag en nacht) (?:\w+ )?(?:open|bereikbaar|wakker)\b|"
    r"\bgewoon (?:even )?iemand\b|"
    rf"\bwie (?:kan|kun|kunt|mag|moet) ik\b(?: \w+){{0,2}} {_NOW_WORD}\b(?: \w+){{0,3}} ?"
    r"(?:bellen|bereiken|spreken|praten|mailen|appen|terecht)\b"
    rf"|\bwie (?:is|zijn) (?:er )?{_NOW_WORD} (?:bereikbaar|er|wakker|aanwezig|beschikbaar)\b"
    rf"|\b(?:heb|wil|moet|zou)(?: ik)?(?: \w+){{0,2}} {_NOW_WORD}\b(?: \w+){{0,3}} (?:iemand|een mens|een persoon"
    r"|de vertrouwenspersoon|een vertrouwenspersoon)\b"
    rf"|\b(?:kan|kun|mag) ik(?: \w+){{0,2}} {_NOW_WORD}\b(?: \w+){{0,3}} (?:iemand|een mens|een persoon"
    r"|de vertrouwenspersoon|een vertrouwenspersoon)\b"
    rf"|\b(?:iemand|niemand|een mens)\b(?: \w+){{0,4}} {_NOW_WORD}\b(?: \w+){{0,2}} ?(?:nodig|spreken|praten|bellen"
    r"|bereiken|bereikbaar)\b"
    rf"|\b(?:is|zijn) er(?: \w+){{0,2}} {_NOW_WORD}\b(?: \w+){{0,2}} (?:iemand|niemand|een mens)\b"
    rf"|\b(?:is|zijn) er(?: \w+){{0,2}} (?:iemand|niemand|een mens)\b(?: \w+){{0,4}} {_NOW_WORD}\b",
    name="booking.someone_now")
_CODE_LEAD = linear(r"^(?:mijn |de )?code(?: is)?:? ?", name="booking.code_lead")
_PRIVACY = linear(r"\b(?:anoniem\w*|privacy|prive|geheim\w*|vertrouwelijk\w*|leidinggevende|baas|chef|manager"
                  r"|werkgever|hr|personeelszaken|te weten|te horen|terug te zien|bewaard|bewaren|opgeslagen"
                  r"|gegevens|doorgeven|doorgegeven|door ?vertellen|mee ?lezen|meelezen"
                  # "iemand die het niet doorvertelt" (twelfth stranger test c14: straight to the time question)
                  r"|door ?vertelt|doorverteld|vertelt (?:het|dat|dit) (?:niet )?door|verder ?vertel(?:len|t))\b",
                  name="booking.privacy")
# A question that asks for one of the answers: "kan het anoniem?", "mag het telefonisch?".
_REQUEST = linear(r"^(?:en |of |dan )?(?:kan|mag|kun|kunt|lukt|gaat|graag|liefst|liever|doe|doen)\b"
                  r"(?: \w+){0,3} ?(?:het|dat|ik|je|u|we|maar|ook|liever)?\b", name="booking.request")
WITH_WHOM, ANYONE_NOW, QUESTION, PRIVACY = "met_wie", "nu_iemand", "vraag", "privacy"


def side_question(text: object) -> str | None:
    """privacy ("komt mijn baas dit te weten?"), met_wie ("met wie praat ik?"), nu_iemand ("is
    er nu iemand?"), vraag (another question), or None when the message is no question."""
    norm = _norm(text)
    if not norm or norm.startswith("/"):
        return None
    is_question = norm.endswith("?") or bool(_QUESTION_START.search(norm))
    if is_question and _PRIVACY.search(norm):
        return PRIVACY
    if _SOMEONE_NOW.search(norm):
        return ANYONE_NOW
    if _WITH_WHOM.search(norm):
        return WITH_WHOM
    if is_question and _NOW.search(norm):
        return ANYONE_NOW
    return QUESTION if is_question else None


# A choice said as fine, with a question in the same message: "16:00 is goed denk ik. moet ik dan
# vrij vragen?", "goed, 9u45. Maar is dat echt vertrouwelijk?", "video is goed, maar via welk
# programma?" (twentieth round A c01, c02: the choice was dropped and asked again).
_AFFIRMS = linear(
    r"\b(?:is|lijkt me|vind ik|klinkt) (?:\w+ )?(?:goed|prima|oke|ok|okay|top|fijn|perfect|akkoord)\b"
    r"|^(?:ja |nou |oke? |ok )?(?:goed|prima|oke|ok|okay|top|perfect|akkoord|doe maar|dan maar|graag)\b",
    name="booking.affirms")


def affirms_with_question(text: object) -> bool:
    """The message says a choice is fine and also asks something (see _AFFIRMS)."""
    norm = _norm(text)
    return bool(norm) and not norm.startswith("/") and bool(_AFFIRMS.search(norm)) \
        and ("?" in norm or side_question(norm) is not None)


# An answer first, then a question, in one message: "telefonisch. maar ziet mijn teamleider dat
# ik een afspraak heb?", "ja. en welk programma wordt die video dan?", "woensdag, komt dit in mijn
# rooster?" (twenty-fourth round A c01, c02, c03, c05: the answer was dropped and asked again).
# The head is the part before the first sentence mark (or before "maar"/"en"), at most
# MAX_HEAD_WORDS words; the rest must be a question.
_LEAD = linear(r"^(?P<head>[^!?;,]{1,60}?)(?:[.!;:,]+ | (?P<joint>maar|alleen|en|trouwens) )(?P<rest>.+)$",
               name="booking.lead")
MAX_HEAD_WORDS = 4
_HESITATES = linear(r"^(?:maar|alleen|mits|behalve|tenzij)\b", name="booking.hesitates")


@dataclass(frozen=True)
class AnswerFirst:
    head: str
    rest: str
    hesitant: bool  # "ja, maar ...": the rest qualifies the answer


def answer_then_question(text: object) -> AnswerFirst | None:
    """A short answer followed by a question (see _LEAD), or None."""
    norm = _norm(text)
    if not norm or norm.startswith("/"):
        return None
    found = _LEAD.search(norm)
    if found is None:
        return None
    head, rest = found.group("head").strip(), found.group("rest").strip()
    joint = found.group("joint") or ""
    if not head or len(head.split()) > MAX_HEAD_WORDS or side_question(head) is not None or "?" in head:
        return None  # "kan het telefonisch? en ...": a question, no answer
    question = f"{joint} {rest}".strip()
    if "?" not in rest and side_question(question) is None and side_question(rest) is None:
        return None
    return AnswerFirst(head, rest, bool(_HESITATES.search(question)))


# A plain yes to the summary ("Zal ik de afspraak maken?"), as the head of answer_then_question:
# "ja", "ja graag", "ja maak de afspraak", "klopt", "prima", "doe maar".
_PLAIN_YES = linear(
    r"(?:ja+|jawel|jep|yes|klopt|dat klopt|prima|goed|oke?|okay|graag|doe maar|zeker)"
    r"(?: (?:graag|hoor|prima|goed|klopt|doe maar|maak (?:de|die|maar de) afspraak|maak maar|maak hem maar))?",
    name="booking.plain_yes")


def plain_yes(text: object) -> bool:
    norm = _norm(text).strip(" .!,")
    return bool(norm) and bool(_PLAIN_YES.fullmatch(norm))


def is_request(text: object) -> bool:
    """A question that asks for an answer to the form's question ("kan het anoniem?", "mag ik
    bellen?"), or no question at all: then an answer found in it is the answer."""
    norm = _norm(text)
    return side_question(norm) is None or bool(_REQUEST.search(norm))


def looks_like_code(text: object) -> bool:
    """The whole message (perhaps with "mijn code is") is a reference code."""
    return reference.is_valid(code_from(text))


def code_from(text: object) -> str:
    """The code part of a message for which looks_like_code holds."""
    norm = _norm(text)
    return _CODE_LEAD.sub("", norm, count=1).strip(" .!")


# --- answers inside sentences: the way of meeting, the contact choice, details -------------------

# The Rasa slot values these answers come to (Dutch, as the domain names them; docs/glossary.md):
# the ways of meeting (slot ontmoetingsvorm: the values of MeetingMode, bot/db/models.py) and the
# contact choices (slot bereikbaar). The pattern groups below carry the same names.
PHONE, VIDEO, IN_PERSON = "telefoon", "video", "op_locatie"
MEETING_MODES = (PHONE, VIDEO, IN_PERSON)
EMAIL, ANONYMOUS = "email", "anoniem"
CONTACT_CHOICES = (PHONE, EMAIL, ANONYMOUS)

# Whole words only: "liever" is no "live", "belangrijk" no "bellen", "beeldbellen" is video.
_MODE_WORDS = linear(
    r"\b(?P<video>video\w*|beeldbel\w*|teams|zoom|online|webcam|camera)\b"
    # "tel", Flemish "gsm", "via mijn mobiel" (fourteenth stranger test c02, c03, c21)
    r"|\b(?P<telefoon>telefo\w*|tel|gsm\w*|mobiel\w*|bel|bellen|belt|gebeld|opbellen|bel me|telefoontje|phone)\b"
    r"|\b(?P<op_locatie>op locatie|locatie|langs ?komen|langs|kom langs|persoonlijk|face to face|in het echt"
    r"|in persoon|op kantoor|kantoor|live|fysiek|ter plekke|echt zien|spreekkamer)\b",
    name="booking.way_of_meeting")
_CONTACT_WORDS = linear(
    r"\b(?P<anoniem>anoniem\w*|zonder (?:gegevens|naam|nummer|contactgegevens)|geen (?:gegevens|contactgegevens)"
    # "ik wil juist geen nummer geven, ik bel zelf wel" (eighth stranger test c02)
    r"|geen (?:tel(?:efoon)?)?nummer|(?:ik )?bel (?:ik )?(?:dan |wel |liever )?zelf|zelf (?:wel )?(?:in)?bellen"
    r"|anonymous\w*|no details|call (?:in )?myself)\b"
    # the counsellor's number asked for ("welk nummer?", "zijn nummer"): no choice of being called
    r"|\b(?P<hun_nummer>welk (?:tel(?:efoon)?)?nummer|(?:zijn|haar|jullie|hun) (?:tel(?:efoon)?)?nummer"
    r"|nummer van (?:de|hem|haar|jullie))\b"
    r"|\b(?P<email>e ?-?mail\w*|mail\w*|gemaild|per post)\b"
    r"|\b(?P<telefoon>telefo\w*|tel|gsm\w*|bel|bellen|belt|gebeld|opbellen|nummer|mobiel\w*|sms\w*|whatsapp\w*|06"
    r"|phone|call me|by phone)\b",
    name="booking.contact_choice")
_NEGATIONS = frozenset({"niet", "geen", "nooit", "nie", "not"})  # "nie": Flemish (round 30 B c03)
# "niet via mail", "geen een-op-een": a negation one word before the way named
_LISTED = frozenset({"of", "en", "noch", "of via", "of per", "en via"})  # "niet X of Y": Y is negated too
_NEGATED_LINKS = frozenset({"via", "per", "met", "op", "een", "de", "het", "over", "liever", "graag",
                            "te"})  # "ik durf niet te bellen" (sixth stranger test c29)


# "telefonisch in plaats van via video", "ipv video": the way named after it is not wanted
_INSTEAD = linear(r"(?:in plaats van|ipv|i\.p\.v\.?|instead of)(?: (?:via|per|een|de|het|met|by))? ?$",
                  name="booking.instead_of")


def _last_wanted(pattern, norm: str, groups: tuple[str, ...]) -> str | None:
    """The last thing named that is not negated ("niet video maar telefonisch" -> telefoon,
    "telefonisch in plaats van via video" -> telefoon)."""
    return _read_negations(pattern, norm, groups)[0]


def _read_negations(pattern, norm: str, groups: tuple[str, ...]) -> tuple[str | None, set[str]]:
    """The last thing named that is not negated, and the things named only negated."""
    wanted, negated, end = None, False, 0
    refused: set[str] = set()
    for match in pattern.finditer(norm):
        before = norm[:match.start()].split()[-2:]
        between = norm[end:match.start()].strip(" ,")
        if before and before[-1] in _NEGATIONS or len(before) == 2 and before[0] in _NEGATIONS \
                and before[1] in _NEGATED_LINKS or negated and between in _LISTED \
                or _INSTEAD.search(norm[max(0, match.start() - 24):match.start()]):
            negated, end = True, match.end()  # "niet telefonisch of video": neither
            refused.update(g for g in groups if match.group(g))
            continue
        negated, end = False, match.end()
        wanted = next((g for g in groups if match.group(g)), wanted)
    return wanted, refused


# "vrijdag ochtend zit ik op kantoor, dat gaat niet" (round 29 recheck B c07: "Op locatie kan helaas niet bij
# Ruud de Boer"): where the writer is busy, not a way of meeting
_BUSY_AT_OFFICE = linear(r"\b(?:zit|ben|werk|sta) (?:ik |we )?(?:dan |daar |nog |gewoon )?(?:op|in) "
                         r"(?:het |de |mijn |m'n )?(?:kantoor|werk|zaak)\b"
                         r"|\bop (?:kantoor|het werk) (?:zit|ben|werk) ik\b",
                         name="booking.bezet_op_kantoor")


# "maar als het op locatie is, is dat dan hier op de afdeling?" (round 30 B c03: taken as choosing to meet on
# site, never asked): a way of meeting named as a condition is no choice.
_MODE_AS_CONDITION = linear(
    r"\b(?:als|indien|mocht|wanneer) (?:het|dat|die|de afspraak|het gesprek) (?:\w+ )?(?:op locatie|op kantoor|"
    r"telefonisch|via video|video|online|face to face) (?:is|zou zijn|wordt|gaat|zou worden)\b",
    name="booking.vorm_als_voorwaarde")


def way_of_meeting(text: object) -> str | None:
    """telefoon, video or op_locatie: the way of meeting a typed answer asks for, or None."""
    norm = _MODE_AS_CONDITION.sub(" ", _BUSY_AT_OFFICE.sub(" ", _norm(text)))
    return _last_wanted(_MODE_WORDS, norm, (VIDEO, PHONE, IN_PERSON)) if norm.strip() else None


def contact_choice(text: object) -> str | None:
    """telefoon, email or anoniem: how the person wants to be reached, or None. An e-mail
    address or a phone number in the message says it too."""
    norm = _norm(text)
    if not norm:
        return None
    if email_in(text):
        return EMAIL
    if phone_in(text) or unclear_phone_in(text):  # "0478 12 34 56": which country is asked next
        return PHONE
    choice = _last_wanted(_CONTACT_WORDS, norm, (ANONYMOUS, EMAIL, PHONE))
    if choice == PHONE and _NO_NUMBER_WISH.search(norm):
        # "anoniem. ik wil niet dat ze mijn nummer hebben" (twenty-fifth stranger test A c10: "Wat is je
        # telefoonnummer?"): the number named is the one not to be given
        return ANONYMOUS if _REFUSES_NUMBER.search(norm) or not _WORDS_OF_EMAIL.search(norm) else None
    return choice


# "ik wil niet dat ze mijn nummer hebben", "mijn nummer geef ik liever niet"
_NO_NUMBER_WISH = linear(
    r"\b(?:niet|geen|nie|ni)\b(?: \w+){0,5} (?:mijn|m'n|mn) (?:tel(?:efoon)?|gsm|mobiele )?nummer\b"
    r"|\b(?:mijn|m'n|mn) (?:tel(?:efoon)?|gsm|mobiele )?nummer (?:\w+ ){0,3}(?:liever |echt )?(?:niet|nie|ni)\b",
    name="booking.no_number_wish")
_WORDS_OF_EMAIL = linear(r"\b(?:e-?mail\w*|mail\w*)\b", name="booking.words_of_email")


_EMAIL_STRIP = "<>()[]{}\"'.,;:!?"


def email_in(text: object) -> str | None:
    """The first e-mail address in the message (normalised), or None; after a correction ("...@gmial.com oh typo,
    ...@gmail.com", round 34 recheck R1 c03), the first one after it."""
    raw = str(text or "")
    if len(raw) > MAX_CHARS:
        return None
    ends = [found.end() for found in _CORRECTION.finditer(raw.lower())]
    if ends and "@" in raw[ends[-1]:]:
        raw = raw[ends[-1]:]
    for token in raw.split():
        if "@" not in token:
            continue
        try:
            return normalise_email(token.strip(_EMAIL_STRIP))
        except InvalidContact:
            continue
    return None


_PHONE_RUN = linear(r"\+?[0-9][0-9 ().\-/]{7,22}[0-9]", name="booking.phone_run")


def phone_in(text: object) -> str | None:
    """The first Dutch phone number in the message (E.164), or None; after a correction ("0687654321. nee wacht
    0687654312", round 34 B c08: the first one booked), the first one after it."""
    raw = str(text or "")
    if len(raw) > MAX_CHARS:
        return None
    for part in dict.fromkeys((after_correction(raw), raw)):
        for match in _PHONE_RUN.finditer(part):
            try:
                return normalise_phone(match.group(0))
            except InvalidContact:
                continue
    return None


def unclear_phone_in(text: object) -> PhoneCountryUnclear | None:
    """The first number in the message that is, or may be, Belgian without its country code
    ("0470 12 34 56"): what it could be (its +32 form, and its +31 form when it is Dutch too), or
    None. phone_in never takes such a number for a Dutch one."""
    raw = str(text or "")
    if len(raw) > MAX_CHARS:
        return None
    for match in _PHONE_RUN.finditer(raw):
        try:
            normalise_phone(match.group(0))
        except PhoneCountryUnclear as unclear:
            return unclear
        except InvalidContact:
            continue
        return None  # a usable number comes first
    return None


_CLOCK = linear(r"\b(?P<h>[01]?[0-9]|2[0-3])[:.](?P<m>[0-5][0-9])\b(?:[ ]?uur)?"
                r"|\bom (?P<h2>[01]?[0-9]|2[0-3]) ?uur\b", name="booking.clock_time")


_REFUSES_TIME = linear(r"^(?:nee+|neen|no|nope|niet|liever niet|dat (?:gaat|kan|lukt) (?:niet|nie))\b",
                       name="booking.weigert_tijd")


def refuses_time(text: object) -> bool:
    """Whether a message in the time step opens with a no ("nee om 9 uur slaap ik. 15u zei ik"):
    a clock time in it is no choice of an offered time (sixteenth stranger test B c01)."""
    return bool(_REFUSES_TIME.search(_norm(text)))


# "annuleer toch maar. ik ga eerst zelf met hem praten" (sixteenth stranger test B c12: heard as her
# own plan, the appointment stayed): an explicit wish to cancel, in a short message
_CANCEL_NOW = linear(
    r"\b(?:annuleer|annuleren|cancel|cancelen|cancellen)\b(?: \w+){0,2} (?:maar|hem|die|de afspraak|het|dat|alles)\b|"
    r"\b(?:annuleer|cancel) (?:toch|dan|nou|nu)\b|"
    r"\bzeg (?:hem|die|de afspraak|het|dat) (?:\w+ ){0,2}af\b|"
    r"\bzeg (?:maar |dan |toch |m )*af\b|\b(?:hem|die afspraak|de afspraak) (?:mag|kan) "
    r"(?:\w+ ){0,2}(?:weg|geannuleerd worden)\b",
    name="booking.wil_annuleren")
_NOT_CANCEL = linear(r"\b(?:niet|nie|geen|nooit) (?:\w+ )?(?:annuleren|annuleer|afzeggen|cancelen)\b|\?",
                     name="booking.niet_annuleren")


# "thats not what I asked but whatever. yes book it" at the summary (round 29 A c03: "I work in Dutch", the
# summary again): the last clause says to book
_BOOK_IT = linear(
    r"(?:^|[.!?,] )(?:(?:ja|jawel|yes|yeah|ok|oke|okay|prima|goed|top|fine)[ ,!]+)?(?:please )?"
    r"(?:book it|book (?:it|the appointment)(?: please)?|go ahead|boek (?:hem|het|maar|de afspraak)"
    # "laat maar. maak de afspraak maar" (round 34 B c06: read as cancelling)
    r"|maak (?:hem|maar|de afspraak|hem maar|maar aan|de afspraak maar|die afspraak maar|het maar|hem gewoon"
    r"|maar gewoon)|doe maar|ja maak maar)[ .!]*$",
    name="booking.boek_maar")
_NOT_BOOK = linear(r"\b(?:niet|nie|geen|not|don'?t|dont|nog niet|wacht|stop)\b", name="booking.niet_boeken")


# "shit ik moet gaan, meeting. brb" in the booking (round 29 B c07: the booking stopped): away for a while
_BACK_SOON = linear(r"\b(?:brb|be right back|back in a (?:bit|sec|minute)|ben zo (?:weer )?terug|kom zo (?:weer )?terug"
                    r"|zo terug|ff weg|even weg|momentje|moment(?:je)? aub|ik kom (?:er )?zo op terug"
                    # "sec, telefoon gaat" (round 29 recheck A c08: read as choosing the phone)
                    r"|sec|1 sec|een sec|telefoon gaat|mijn telefoon gaat|ik word gebeld|er belt iemand)\b",
                    name="booking.zo_terug")


def back_soon(text: object) -> bool:
    """Whether the message says the writer is away for a moment and comes back ("brb", "ben zo terug")."""
    return bool(_BACK_SOON.search(_norm(text)))


def confirms_booking(text: object) -> bool:
    """Whether a short message ends by saying to book ("yes book it", "ok maak maar"), with no no in it."""
    norm = _norm(text)
    found = _BOOK_IT.search(norm) if len(norm) <= 120 else None
    return found is not None and not _NOT_BOOK.search(found.group(0))


def wants_to_cancel(text: object) -> bool:
    """Whether a short message says to cancel the appointment ("annuleer toch maar")."""
    norm = _norm(text)
    return len(norm.split()) <= 25 and bool(_CANCEL_NOW.search(norm)) and not _NOT_CANCEL.search(norm)


def clock_time(text: object) -> tuple[int, int] | None:
    """(hour, minute) of a clock time in the message ("om 9:45", "9.45", "om 14 uur"), or None."""
    match = _CLOCK.search(_norm(text))
    if not match:
        # the clock in words: "doe maar kwart voor tien", "half elf" (fifth stranger test c13)
        raw = str(text or "")
        at = exact_time(raw) if len(raw) <= MAX_CHARS else None
        return None if at is None else (at.hour, at.minute)
    if match.group("h") is not None:
        return int(match.group("h")), int(match.group("m"))
    return int(match.group("h2")), 0


# "1030", "om 1545 dan" typed without a separator (twentieth round A c03, a Teams typist: "Kies een
# van de tijden hieronder"): only a short message that is nothing but such a time.
_COMPACT_CLOCK = linear(r"(?:(?:om|die van|die om|doe maar|de|graag) )?(?P<h>[01]?[0-9]|2[0-3])(?P<m>[0-5][0-9])"
                        r"(?: (?:uur|dan|graag|aub|pls))?[ .!]*", name="booking.compact_clock")


def compact_clock_time(text: object) -> tuple[int, int] | None:
    """(hour, minute) of a message that is only a time without separator ("1030"), or None."""
    norm = _norm(text).strip()
    match = _COMPACT_CLOCK.fullmatch(norm) if len(norm) <= 20 else None
    return (int(match.group("h")), int(match.group("m"))) if match else None


# "die van 4", "doe maar die om vier", "de 4 uur": an offered time named by its hour alone (twelfth
# stranger test c02: the same three times shown again). Read only against the times offered.
_HOURS = {"een": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8,
          "negen": 9, "tien": 10, "elf": 11, "twaalf": 12}
_HOUR_ONLY = linear(
    r"^(?:(?:doe|geef|neem) (?:mij |me )?maar |ik (?:neem|kies|wil) |liefst |graag )?"
    r"(?:die|de|dat|deze|het|diegene) (?:van|om) (?P<h>[01]?[0-9]|2[0-3]|" + "|".join(_HOURS) + r")(?: uur)?"
    # "die van 9 uur morgen" (round 29 recheck B c03: the times again)
    r"(?: (?:morgen|vandaag|overmorgen|maandag|dinsdag|woensdag|donderdag|vrijdag))?"
    r"(?: (?:graag|dan|maar|aub|pls|please|alsjeblieft|svp))?\W*$"
    r"|^(?:de|die) (?P<h2>[01]?[0-9]|2[0-3]|" + "|".join(_HOURS) + r") uur(?: (?:graag|dan|maar))?\W*$"
    # "dus 9 uur dan", "9 uur dan maar", "ok 9 uur graag" (round 32 B c07, after the time of his talk with her)
    r"|^(?:(?:dus|ok|oke|oké|goed|prima|nou|dan|ja)\W+){0,2}(?P<h3>[01]?[0-9]|2[0-3]|" + "|".join(_HOURS)
    + r") uur(?: (?:dan|graag|maar|dan maar|dan graag|aub|pls|svp))?\W*$",
    name="booking.alleen_uur")


def hour_named(text: object) -> int | None:
    """The hour of an offered time named by its hour alone ("die van 4", "die om vier"), or None.
    "4" may mean 4:00 or 16:00: the caller reads it against the times offered."""
    match = _HOUR_ONLY.search(_norm(text))
    if not match:
        return None
    word = match.group("h") or match.group("h2") or match.group("h3")
    return int(word) if word.isdigit() else _HOURS[word]


# A reference code inside a sentence: runs of letters and digits, as typed or read out.
_CODE_TOKEN = linear(r"[A-Za-z0-9]+", name="booking.code_token")


def code_in(text: object) -> str | None:
    """The reference code (canonical) in a message: the whole message, or inside a sentence
    ("typfout: K7QM-3XPD-RT5W", "mijn code is k7qm 3xpd rt5w"). Consecutive runs of letters and
    digits that together make 12 symbols count only when they hold a digit or are written as the
    code is shown (groups of four, or capitals), so a 12-letter word is no code."""
    raw = str(text or "")
    if len(raw) > MAX_CHARS:
        return None
    if reference.is_valid(code_from(raw)):
        return reference.normalise(code_from(raw))
    found = list(_CODE_TOKEN.finditer(raw))
    tokens = [m.group(0) for m in found]

    def hyphenated(start: int, end: int) -> bool:
        parts = tokens[start:end + 1]
        return [len(p) for p in parts] == [4, 4, 4] and all(
            raw[found[i].end():found[i + 1].start()] == "-" for i in range(start, end))

    def shown(start: int, end: int) -> bool:
        """Groups of four as the code is shown: with a digit or capitals in one of them, or joined
        by hyphens. Lower-case words of four letters apart ("ik heb die code niet meer") are words,
        not the code C0DE-N1ET-MEER (agenda10: a lost code was counted as a wrong one)."""
        parts = tokens[start:end + 1]
        if [len(p) for p in parts] != [4, 4, 4]:
            return False
        return any(_code_like(p) for p in parts) or hyphenated(start, end)

    def all_code_like(start: int, end: int) -> bool:
        return all(_code_like(p) for p in tokens[start:end + 1])

    # Runs that are all code-like first: "met code W2TH-QPRT-NYX3" is not "codeW2THQPRT"; then groups
    # joined by hyphens: "annuleer dan maar. g0p6-fm8k-mgrq" is not "MAARG0P6FM8K" (twenty-fourth
    # stranger test A c06: half of all codes typed after a word of four letters were misread)
    runs = []  # (start, end, joined): the runs of tokens that make a valid code
    for start in range(len(tokens)):
        joined = ""
        for end in range(start, min(start + 4, len(tokens))):
            joined += tokens[end]
            if len(joined) > reference.LENGTH:
                break
            if len(joined) == reference.LENGTH and reference.is_valid(joined):
                runs.append((start, end, joined))
    for accepts in (all_code_like, hyphenated):
        for start, end, joined in runs:
            if accepts(start, end):
                return reference.normalise(joined)
    # groups of four apart ("maar mcbv qkd1 vkh7"): the run with the most code-like groups, written
    # evenly (the same separator between them), the last one first
    candidates = [(sum(_code_like(p) for p in tokens[start:end + 1])
                   - sum(tokens[i].lower() in _FOUR_LETTER_WORDS for i in (start, end)),
                   len({raw[found[i].end():found[i + 1].start()] for i in range(start, end)}) == 1, start, joined)
                  for start, end, joined in runs if shown(start, end)]
    return reference.normalise(max(candidates)[3]) if candidates else None


# Words of four letters often typed right before or after a code ("annuleer dan maar ...", "... dank")
_FOUR_LETTER_WORDS = frozenset(
    "maar dank code mijn deze even hier toch want heel niet meer door naar voor over doen gaan moet zelf komt "
    "staat thnx plss nouja alsj "
    "graag".split())


def _code_like(token: str) -> bool:
    """A part of a code as people type it: with a digit, or in capitals (not a lower-case word)."""
    return any(ch.isdigit() for ch in token) or token.isupper()


# "ik wil geen afspraak", "laat die afspraak maar zitten", "hoeft niet meer": the person does
# not want to book (now). A bare "laat maar" is no such thing: it may drop one detail only.
_DECLINE = linear(
    r"\b(?:geen|niet een|nog geen) (?:afspraak|gesprek|boeking)\b"
    r"|\bafspraak (?:maar )?(?:laten zitten|niet (?:meer|nodig|maken))\b"
    r"|\blaat (?:die |de |het |dat )?(?:afspraak|gesprek) (?:maar )?(?:zitten|even|maar)\b"
    r"|\b(?:hoeft|hoef ik) (?:al )?niet meer\b|\bik wil (?:toch )?niet meer\b"
    # "huh ik heb toch al een afspraak met marieke? ik wil geen tweede" (round 31 recheck B c08: times with Marieke)
    r"|\bik wil geen (?:tweede|nieuwe|andere|extra)\b"
    # "om 4 uur haal ik de kinderen. laat maar dan" (twelfth stranger test c15: the same times again):
    # letting go, at the end of a message that said something first ("laat maar" alone is left to the
    # classifier and the step asked)
    r"|\w[ .,!;]+laat (?:maar|dan maar|ook maar|het maar|maar even)(?: dan| zitten| even| hoor| weer| gewoon)?[ .!]*$",
    name="booking.declines")


def declines_booking(text: object) -> bool:
    """The message says the person does not want the booking, and holds no answer either."""
    norm = _norm(text)
    return bool(_DECLINE.search(norm)) and way_of_meeting(norm) is None and contact_choice(text) is None


STORY_WORDS = 9  # a time wish is short; a message this long with a situation in it tells something

# Words of a matter told rather than a time ("pesten. al maanden", "mijn leidinggevende kleineert
# mij al een jaar"): heard, and the question comes back, instead of "that is no day or time".
_MATTER = linear(
    r"\b(?:pest\w*|gepest|kleineer\w*|kleinee?rt|scheld\w*|uitgescholden|intimid\w*|bedreig\w*|discrimin\w*"
    r"|leidinggevende|manager|baas|chef|collega'?s?|teamleider|directeur|fraude|diefstal|gestolen|aangeraakt"
    r"|betast|seksue\w*|geslagen|geduwd|buitengesloten|genegeerd|roddel\w*|gebeurd|gebeurt|zei|zegt"
    r"|al (?:maanden|weken|jaren|een jaar|een tijd|lang)|steeds|elke dag|iedere dag)\b",
    name="booking.matter_told")


def tells_about_the_matter(text: object) -> bool:
    """The message tells something about the matter (a story), not when it suits."""
    return bool(_MATTER.search(_norm(text)))


# "kan ik ook met een vrouw praten", "is het een man?", "liever een vrouwelijke vertrouwenspersoon"
_GENDER = linear(
    r"\b(?:vrouwelijke?|mannelijke?|(?:met|bij|door) een (?:vrouw|man|dame|meneer)"
    r"|(?:is|zijn) (?:het|dat|die|ze|hij|zij|jullie|de vertrouwenspersonen?) (?:een |allemaal )?"
    r"(?:vrouw|man|vrouwen|mannen)"
    r"|liefst een (?:vrouw|man)|liever een (?:vrouw|man)|een vrouw|geen man"
    # asked in English (eighteenth stranger test c05: "I'd prefer a woman. Is there one?")
    r"|prefer a (?:woman|man)|(?:with|by|to) a (?:woman|man)|(?:female|male) (?:counsellor|counselor|person|one)"
    r"|(?:is|are) (?:there|it|he|she|they) (?:a |any )?(?:woman|women|female))\b",
    name="booking.gender_wish")


# Asked with a question mark: "is er geen vrouw dan?" (twenty-fifth round A c01: the equal-treatment
# answer, "Nee. Volgens de wet ..."), "marieke is vrouw ja?" (A c08: the answer on bringing someone)
_GENDER_ASKED = linear(r"\b(?:is|zijn) er (?:\w+ ){0,3}(?:vrouw|man|vrouwen|mannen|dame)\b[^.?!]{0,15}\?"
                       r"|\bis (?:een )?(?:vrouw|man)\b[^.?!]{0,10}\?", name="booking.gender_asked")


def asks_for_gender(text: object) -> bool:
    """The message asks for a woman (or a man) as counsellor, or whether one is."""
    norm = _norm(text)
    return bool(norm) and len(norm.split()) <= 25 and bool(_GENDER.search(norm) or _GENDER_ASKED.search(norm))


def gender_as_reason(text: object, names: Mapping[str, str] | None = None) -> bool:
    """A counsellor chosen by name with their gender as the reason ("ik wil liever bij Marieke
    blijven, het is een vrouw", eighth stranger test c13): a choice, not a question whether
    someone is a woman or a man."""
    norm = _norm(text)
    return bool(norm) and side_question(norm) is None and counsellor_wish(norm, names).key is not None


# "wie is die Marieke eigenlijk?", "werkt ze hier in het bedrijf?", "is hij extern?": a question
# about who a counsellor is (its name is no choice of that counsellor).
_WHO_IS = linear(
    r"\bwie (?:is|zijn) (?:die|dat|deze|ze|hij|zij|mevrouw|meneer|de vertrouwenspersonen?)\b"
    r"|\bwerkt (?:ze|hij|zij|die|\w+) (?:(?:zelf|ook|eigenlijk|gewoon|echt) ){0,2}"
    r"(?:hier|bij ons|in (?:het|ons) bedrijf|bij (?:het|ons) bedrijf|in de organisatie|bij de organisatie)\b"
    # "ik vroeg of ze intern is" (twenty-fifth stranger test A c01)
    r"|\bof (?:ze|hij|zij|die) (?:nou |dan |wel |nu )?(?:interne?|externe?|van buiten|van binnen)\b"
    r"|\b(?:is|komt) (?:ze|hij|zij|die|het|de vertrouwenspersoon|de vp|jullie vertrouwenspersoon) "
    r"(?:zelf |eigenlijk |ook )?(?:een |iemand )?(?:interne?|externe?|collega"
    r"|van hier|van buiten|van binnen)\b|\bwat voor iemand\b"
    # "wie is external?", "wie is de externe vertrouwenspersoon?", "who is the external one?"
    r"|\bwie (?:is|zijn) (?:de |die |een |het )?(?:externe?|interne?|external|internal)\b"
    r"|\bwie de (?:externe?|interne?) (?:vertrouwenspersoon |vp )?(?:is|zijn)\b"
    r"|\bwho(?: is|'s|s) (?:the |your )?(?:external|internal|extern|intern)\b"
    # "wie is de vertrouwenspersoon integriteit bij ons?", "wie is de VPI?" (seventh stranger test c05)
    r"|\bwie (?:is|zijn|doet|doen)\b(?: \w+){0,3} (?:integriteit|vpi|vpoo|omgangsvormen)\b",
    name="booking.who_is")


_WHO_IS_NAMED = linear(r"\bwie is\b", name="booking.who_is_named")
_INSIDE_OR_OUT = linear(r"\b(?:interne?|externe?|internal|external|van hier|van buiten|van binnen|collega"
                        r"|in dienst|bij ons|van ons bedrijf|van de organisatie)\b", name="booking.inside_or_out")


# "Allez, en wie is die Ruud de Boer dan, is dat iemand van hier of van buiten? Ik ken die Marieke een
# beetje van de kantine, dat vind ik wat raar" (28 words, twentieth round A c02: read as a new matter)
WHO_IS_WORDS = 40


def asks_who_counsellor(text: object, names: Mapping[str, str] | None = None) -> bool:
    """The message asks who a counsellor is ("wie is Marieke?" with `names` as counsellor_wish
    takes them), or whether they work here (internal or external)."""
    norm = _norm(text)
    if not norm or len(norm.split()) > WHO_IS_WORDS:
        return False
    if _WHO_IS.search(norm):
        return True
    wish = counsellor_wish(norm, names)
    # "is marieke dan intern?" (twenty-fourth round A c01: taken as choosing her)
    return (bool(_WHO_IS_NAMED.search(norm)) and wish.key is not None) \
        or (wish.asked is not None and bool(_INSIDE_OR_OUT.search(norm)))


# "welke code? ik heb nog geen afspraak", "ik heb geen code", "ik ben net een afspraak aan het maken"
_NO_APPOINTMENT = linear(
    r"\b(?:welke code|wat voor code|(?:heb|had) (?:nog |helemaal |toch |ook )?geen (?:code|afspraak)"
    r"|nog geen (?:code|afspraak)|geen afspraak gemaakt|(?:een|de|mijn) (?:nieuwe )?afspraak aan het maken"
    r"|ik (?:wil|wou|ga) (?:juist |net )?(?:een|nieuwe|een nieuwe) afspraak maken)\b",
    name="booking.no_appointment")


def has_no_appointment(text: object) -> bool:
    """The person says they have no appointment (or code) yet: a code cannot be asked of them.
    "ik heb geen code meer" is a code lost (``lost_code``), not none yet."""
    norm = _norm(text)
    return bool(_NO_APPOINTMENT.search(norm)) and not _NO_LONGER.search(norm)


# --- the reference code lost or unknown (agenda10: told where it is only at the fourth try) -------

_NO_LONGER = linear(r"\bgeen (?:code|afspraakcode|referentiecode)\w* meer\b", name="booking.code_no_longer")
# the code named, as a word or as the message it came in
_CODE_WORD = linear(r"\b(?:code|codes|afspraakcode|referentiecode|bevestiging\w*)\b", name="booking.code_word")
# the code taken back by a pronoun ("die ben ik kwijt", "heb hem niet bewaard")
_CODE_PRONOUN = linear(r"\b(?:die|dat|hem|m|het|ze|deze)\b", name="booking.code_pronoun")
_LOST_STRONG = (r"kwijt\w*|vergeten|verloren|weggegooid|weggedaan|gewist|verwijderd|niet (?:meer )?bewaard"
                r"|niet opgeschreven|(?:niet|nergens) (?:meer )?(?:\w+ )?(?:vinden|terugvinden|terug te vinden)"
                r"|(?:heb|had) (?:ik )?(?:\w+ )?niet meer|nergens meer")
_LOST_WITH_CODE = linear(
    r"\b(?:" + _LOST_STRONG + r"|weg|niet meer|geen \w+ meer|nergens|geen (?:flauw |enkel )?idee"
    r"|weet (?:ik |het |hem |die )?(?:\w+ ){0,2}niet|weet ik veel"
    r"|waar(?: \w+){0,5} (?:vind\w*|terugvind\w*|terug te vinden|te vinden|staat|stond|zie|zag|kreeg|krijg|is))\b",
    name="booking.code_lost_with_code")
_LOST_WITH_PRONOUN = linear(r"\b(?:" + _LOST_STRONG + r")\b", name="booking.code_lost_with_pronoun")
# a short answer to "Wat is je code?" that says it is not at hand
_LOST_ALONE = linear(
    r"^(?:(?:nee|sorry|tja|hmm|uhm|eh|oei|oeps)\W* )?(?:ik )?"
    r"(?:weet (?:ik |het )?(?:echt |dus |eigenlijk )?niet(?: meer)?"
    r"|geen (?:flauw |enkel )?idee|weet ik veel|vergeten|kwijt|ben ik (?:kwijt|vergeten)|heb ik niet(?: meer)?"
    r"|niet meer|geen idee meer)\W*(?: sorry\W*)?$",
    name="booking.code_lost_alone")


# "kan ik dan niet gewoon een nieuwe maken?", "nieuwe afspraak maken", "dan maak ik wel een nieuwe"
_NEW_ONE = linear(r"\b(?:een |gewoon )?nieuwe?(?: afspraak| maken| boeken| inplannen)\b|\bopnieuw (?:een )?afspraak\b"
                  r"|\bnog een afspraak\b|\bnew (?:one|appointment)\b", name="booking.new_one")


def asks_for_a_new_one(text: object) -> bool:
    """The message asks to make a new appointment (while the code form asks for the old one's code)."""
    norm = _norm(text)
    return bool(norm) and not norm.startswith("/") and bool(_NEW_ONE.search(norm))


def lost_code(text: object) -> bool:
    """The message says the reference code is not at hand: lost, forgotten, not kept, not found,
    or where to find it ("ik heb die code niet meer", "code kwijt", "waar staat mijn code?"), or
    answers the question for it with "weet ik niet" or "geen idee". A message that holds a code,
    or tries to give one, does not."""
    norm = _norm(text)
    if not norm or code_in(text) is not None or code_attempt(text):
        return False
    if _LOST_ALONE.search(norm):
        return True
    if _CODE_WORD.search(norm):
        return bool(_LOST_WITH_CODE.search(norm))
    return bool(_CODE_PRONOUN.search(norm)) and bool(_LOST_WITH_PRONOUN.search(norm))


# Looking the appointment up without its code (tenth stranger test c11): "kan je zoeken op mijn
# naam?", "kun je hem vinden met mijn telefoonnummer", "mijn naam is Sanne Bakker, zoek maar",
# "kan het ook zonder code?". The bot stores no names, so it cannot.
_FIND_WITHOUT_CODE = linear(
    r"\b(?:zoek\w*|opzoek\w*|op te zoeken|vind\w*|terugvind\w*|terug te vinden|kijk\w*|nakijk\w*|search\w*|look\w*"
    r"|find\w*|check\w*)(?: \w+){0,5} (?:op|met|via|onder|bij|aan de hand van|by|with|under|using)"
    r" (?:mijn |m'n |mn |de |het |my )?(?:naam|achternaam|voornaam|namen|telefoonnummer|nummer|e-?mail\w*|mailadres"
    r"|geboortedatum|gegevens|name|phone\w*|number)\b"
    r"|\b(?:op|onder|met|via) (?:mijn |m'n |mn )?(?:naam|achternaam|telefoonnummer|e-?mail\w*|mailadres|gegevens)"
    r"(?: \w+){0,2} (?:op ?zoeken|zoeken|vinden|terugvinden|terug ?zoeken|kijken|opzoeken|nakijken)\b"
    r"|\bmijn naam is\b|\bik heet\b|\bmy name is\b"
    r"|\bzonder (?:de |mijn |een |die |m'n )?code(?: \w+){0,4}"
    r" (?:vinden|zoeken|opzoeken|terugvinden|verzetten|wijzigen|annuleren|afzeggen|verplaatsen|doen|regelen)\b"
    r"|\b(?:kan|kun|kunt|gaat|lukt)(?: \w+){0,3} (?:het|dat|dit) (?:ook |niet |dan )*zonder (?:de |mijn |een )?code\b"
    r"|\b(?:vinden|zoeken|verzetten|verplaatsen|annuleren|afzeggen|wijzigen)\w* zonder (?:de |mijn |een )?code\b",
    name="booking.find_without_code")
# "ik HEB geen code", "geen code dus", "zonder code": after the code was said to be lost, no code at
# hand, not no appointment
_NO_CODE_AT_HAND = linear(r"\b(?:geen|zonder) (?:\w+ )?(?:code|codes|afspraakcode|referentiecode)\b",
                          name="booking.no_code_at_hand")
# an appointment said outright not to exist yet, or a new one wished for
_NO_APPOINTMENT_ITSELF = linear(
    r"\b(?:(?:heb|had) (?:\w+ ){0,2}geen afspraak|nog geen afspraak|geen afspraak gemaakt"
    r"|(?:een|de|mijn) (?:nieuwe )?afspraak aan het maken"
    r"|ik (?:wil|wou|ga) (?:juist |net )?(?:een|nieuwe|een nieuwe) afspraak maken)\b",
    name="booking.no_appointment_itself")


def asks_to_find_without_code(text: object) -> bool:
    """The person asks to find the appointment without its code: by name, phone number or e-mail
    address, or "zonder code" (tenth stranger test c11). The bot keeps no names: it cannot."""
    norm = _norm(text)
    return bool(norm) and code_in(text) is None and bool(_FIND_WITHOUT_CODE.search(norm))


def no_code_at_hand(text: object) -> bool:
    """"ik HEB geen code", "zonder code": said after the code was lost, the code is not at hand
    (the appointment exists); never a new booking (tenth stranger test c11)."""
    norm = _norm(text)
    return bool(norm) and code_in(text) is None and (lost_code(text) or bool(_NO_CODE_AT_HAND.search(norm)))


def has_no_appointment_after_lost_code(text: object) -> bool:
    """After the code was said to be lost, only an appointment said not to exist ("ik heb nog
    geen afspraak") or a new one asked for means no appointment; "ik heb geen code" does not."""
    norm = _norm(text)
    return bool(norm) and bool(_NO_APPOINTMENT_ITSELF.search(norm))


def code_named_lost(text: object) -> str | None:
    """A message that names the code as lost ("die code ben ik kwijt", "waar staat mijn code?"),
    without a context to read it in: the request it makes, CANCEL with a wish to cancel, else MOVE;
    None for anything else, bare "weet ik niet" included (it answers other questions too)."""
    norm = _norm(text)
    if not norm or not _CODE_WORD.search(norm) or not lost_code(text):
        return None
    return CANCEL if _CANCEL_WISH.search(norm) else MOVE


def tells_a_story(text: object) -> bool:
    """Long enough to be a story rather than an answer ("vandaag zei hij weer ..."): together
    with a situation the classifier is sure of, it is heard as a new incident even when it
    names a day."""
    return len(_norm(text).split()) >= STORY_WORDS


# --- the kind of counsellor, and "none of these times" -------------------------------------------

ANY_KIND = "maakt_niet_uit"
_ANY_KIND = linear(r"\bmaakt (?:me |mij |mn |m'n |het |niet )?(?:\w+ )?(?:niet|niks|weinig|geen bal)\b.{0,12}\buit\b"
                   r"|\bmaakt niet uit\b|\ballebei\b|\bbeide\b|\bmaakt niks uit\b|\bwie dan ook\b",
                   name="booking.any_kind")
_KIND_VPI = linear(r"\b(?:integriteit\w*|vpi|klokkenluid\w*)\b", name="booking.kind_vpi")
_KIND_VPOO = linear(r"\b(?:omgang\w*|gedrag|vpoo)\b", name="booking.kind_vpoo")


def kind_choice(text: object) -> str | None:
    """VPOO, VPI or maakt_niet_uit for a typed answer to "met wie wil je praten?", or None."""
    norm = _norm(text)
    if not norm:
        return None
    if _ANY_KIND.search(norm):
        return ANY_KIND
    if _KIND_VPI.search(norm):
        return VPI
    if _KIND_VPOO.search(norm):
        return VPOO
    return None


_OTHER_MOMENT = linear(r"\bander(?:e)? (?:moment|tijd|dag|tijdstip)\w*\b|\bgeen van (?:deze|die|allen|alle)\b"
                       r"|\b(?:past|passen|kan) (?:allemaal |geen van |er geen )?(?:niet|geen)\b",
                       name="booking.other_moment")


def wants_other_moment(text: object) -> bool:
    """"een ander moment", "geen van deze", "past allemaal niet": none of the offered times."""
    return bool(_OTHER_MOMENT.search(_norm(text)))


def code_attempt(text: object) -> bool:
    """The message tries to give a code (a run with a digit, or of capitals), even a wrong one;
    "die heb ik niet meer" does not."""
    raw = str(text or "")
    if len(raw) > MAX_CHARS:
        return False
    return any(_code_like(m.group(0)) and len(m.group(0)) >= 3 for m in _CODE_TOKEN.finditer(raw))


# --- "Wil je die annuleren?" answered by typing ------------------------------------------------

# "nee, laat hem maar staan", "niet annuleren", "hou die afspraak": keep the appointment
_KEEP_IT = (r"\blaat (?:\w+ ){0,4}staan\b|\bniet annuleren\b|\btoch (?:maar )?(?:houden|laten staan)\b"
            r"|\b(?:houd|hou|bewaar) (?:hem|haar|die|de afspraak)\b")
_CANCEL_NO = linear(
    r"^(?:nee|neen|nope|no|niet|toch niet|liever niet|stop|laat maar)\b|\btoch (?:maar )?niet\b|" + _KEEP_IT,
    name="booking.cancel_no")
_CANCEL_YES = linear(
    r"^(?:ja|jawel|jep|yes|klopt|graag|zeker|ok|oke|okay|prima|goed|doe maar|annuleer|annuleren|weg ermee)\b"
    r"|\bannuleer (?:hem |haar |die |de afspraak |het )?maar\b|\bmag (?:weg|geannuleerd)\b",
    name="booking.cancel_yes")


def cancel_answer(text: object) -> bool | None:
    """True for a typed yes to "Wil je die annuleren?" ("ja annuleer maar"), False for a typed no
    ("nee laat toch maar staan", "stop"), None when the message says neither. A no wins: keeping
    an appointment is the safe side."""
    norm = _norm(text)
    if not norm:
        return None
    if _CANCEL_NO.search(norm):
        return False
    words = len(norm.split())
    explicit = words <= 2 * MAX_YES_WORDS and bool(_CANCEL_NOW.search(norm))
    if _CANCEL_YES.search(norm) and (words <= MAX_YES_WORDS or explicit):
        return True
    return None


# "ja.. allez, hij weet het precies. gisteren zei mijn ploegbaas tegen mij 'ik weet waar uw kinderen
# naar school gaan ...'. ik durf ni meer" (nineteenth stranger test A c09: "Je afspraak is
# geannuleerd"): a yes that goes on to tell something is no answer to an irreversible step; the
# appointment stays and what was told is heard.
MAX_YES_WORDS = 10


# Read as "stop" by the classifier, but an answer: "laat maar, doe maar anoniem" (book without a
# contact detail) or "nee, laat hem maar staan" (do not cancel).
ANSWER_ANONIEM, ANSWER_NEE = "anoniem", "nee"
_KEEPS_IT = linear(_KEEP_IT, name="booking.keep_it")


def stop_as_answer(text: object) -> str | None:
    """``anoniem`` when a "stop" message chooses to stay anonymous, ``nee`` when it says to keep
    the appointment, else None (a real stop)."""
    norm = _norm(text)
    if not norm:
        return None
    if contact_choice(norm) == ANONYMOUS:
        return ANSWER_ANONIEM
    if _KEEPS_IT.search(norm):
        return ANSWER_NEE
    return None


# "laat maar. ik snap het niet meer, ik bel zelf wel", "ik regel het zelf wel": the person gives
# up on booking here and will contact a counsellor some other way. The booking stops, kindly.
_GIVES_UP = linear(
    r"\bik (?:bel|mail|regel|zoek|doe) (?:het |ze |haar |hem |die |de vertrouwenspersoon |er |zelf )?"
    r"(?:zelf (?:wel|wel uit|contact)|wel zelf|zelf ?[.!,]?$)"
    r"|\bik (?:bel|mail) (?:ze|haar|hem|die|de vertrouwenspersoon) (?:zelf )?wel\b"
    r"|\bik neem (?:zelf )?(?:wel )?(?:zelf )?contact op\b"
    # "Laat maar. Ik zoek zelf het nummer van die Ruud wel op. Dit werkt niet." (round 32 A c10: Ruud's times again)
    r"|\bik zoek (?:zelf )?(?:het|zijn|haar|dat|een|de) (?:nummer|telefoonnummer|mailadres|e-mailadres|gegevens)"
    r"(?: \w+){0,4} (?:zelf )?(?:wel )?op\b|\bdit werkt (?:echt |gewoon )?niet\b"
    r"|\blaat (?:maar|ook maar|dan maar)\b.{0,60}\b(?:snap|begrijp) (?:het|er) (?:echt |gewoon )?(?:niet|niks|niets)\b"
    r"|\b(?:snap|begrijp) (?:het|er) (?:echt |gewoon )?(?:niet|niks|niets) meer\b.{0,60}\blaat (?:maar|ook maar)\b"
    r"|\bik geef (?:het )?op\b",
    name="booking.gives_up")
_LET_GO = linear(r"\blaat (?:maar|ook maar|dan maar)\b|\b(?:snap|begrijp) (?:het|er) \w{0,6} ?(?:niet|niks|niets)\b",
                 name="booking.let_go")


def gives_up(text: object, *, asked_for_contact: bool = False) -> bool:
    """The person stops booking here and will call or mail a counsellor themselves ("laat maar,
    ik bel zelf wel"). When the form asks how to reach them (``asked_for_contact``), "ik bel zelf
    wel" may answer that question: then only a message that also lets go ("laat maar", "ik snap
    het niet") counts."""
    norm = _norm(text)
    if not norm or not _GIVES_UP.search(norm):
        return False
    return not asked_for_contact or bool(_LET_GO.search(norm))


# "laat maar. staat mijn afspraak nu nog wel op donderdag 9 uur?", "dus hij staat nog op maandag?"
# (round 22 A c02: asked while moving, answered with free times three times over): whether the
# appointment still stands, asked, not a new time wished.
_STILL_ON = linear(
    r"\b(?:staat|is) (?:mijn|m'n|de|die|onze) (?:afspraak|gesprek) (?:nu |dan |dus )?"
    r"(?:nog|nog wel|nog steeds|wel|gewoon|nou)\b"
    r"|\b(?:staat|is) (?:hij|ie|het|die|ze) (?:nu |dan |dus )?(?:nog|nog wel|nog steeds)\b"
    r"|\bdus (?:hij|ie|het|mijn afspraak|de afspraak) staat\b"
    r"|\b(?:wanneer|hoe laat) (?:is|staat) (?:mijn|m'n|de) (?:afspraak|gesprek) (?:nu|dan|nou)\b",
    name="booking.still_on")


def asks_if_still_on(text: object) -> bool:
    """The message asks whether (or when) the appointment stands now."""
    norm = _norm(text)
    return bool(norm) and "?" in str(text) and bool(_STILL_ON.search(norm))


# "06 123 45 678 maar niet inspreken want mn moeder luistert mn voicemail", "niks inspreken pls",
# "bel me niet voor 4 uur" (round 22 B c02: "Dat is goed", though nothing could be passed on): a wish
# for how the counsellor contacts the person, which the booking has no place for.
_NOTE = linear(
    r"\b(?:niet|niks|niets|geen|nix) (?:\w+ ){0,2}in ?(?:te )?spreken\b|\bvoicemail\b|\bvoice ?mail\b"
    r"|\b(?:geen|niet) (?:sms|sms'?je|sms'?en|appje|appen|whatsapp(?:je|en)?)\b"
    r"|\b(?:bel|bellen) (?:me |mij )?(?:niet|liefst|alleen|pas) (?:voor|na|tussen|op|vóór)\b"
    r"|\b(?:alleen|pas) (?:na|voor|tussen) \w+ (?:uur )?(?:bellen|te bellen)\b"
    r"|\bmag (?:het|dit|dat|niks|niets) niet (?:zien|horen|weten)\b",
    name="booking.note_for_counsellor")


def note_for_counsellor(text: object) -> bool:
    """The message holds a wish for how the counsellor may call or write, which cannot be passed on."""
    return bool(_NOTE.search(_norm(text)))


# "kan het donderdag bij iemand anders dan?", "liever een andere vertrouwenspersoon"
_OTHER_COUNSELLOR = linear(
    r"\b(?:iemand anders|niemand anders|een ander(?:e)? (?:vertrouwenspersoon|vp|persoon)"
    r"|andere (?:vertrouwenspersoon|vp)"
    r"|bij (?:een )?andere? (?:vertrouwenspersoon|vp|persoon))\b"
    r"|\bbij (?:een )?andere?\b[?.! ]{0,5}$",
    name="booking.other_counsellor")


def asks_other_counsellor(text: object) -> bool:
    """The message asks for another counsellor than the one of the appointment."""
    return bool(_OTHER_COUNSELLOR.search(_norm(text)))


# --- declining the booking, whatever else the message holds (fourth stranger test) ---------------

# "ik wil (nog) geen afspraak", "ik hoef eigenlijk nog geen afspraak": the booking is declined,
# unless a qualifier follows ("geen afspraak op maandag / via video / met Marieke" is a wish).
_NO_BOOKING = linear(
    r"\b(?:wil|wou|wilde|hoef|hoeft|zoek|toch)(?: ik)?(?: (?:nu|nog|eigenlijk|even|echt|helemaal|toch|dus|gewoon"
    r"|maar|liever)){0,3} geen (?:afspraak|gesprek|boeking)(?: maken| plannen| inplannen)?(?: (\w+))?",
    name="booking.no_booking")
_QUALIFIERS = frozenset({"via", "per", "op", "om", "met", "bij", "in", "voor", "na", "tussen", "telefonisch",
                         "video", "online", "deze", "die", "dinsdag", "maandag", "woensdag", "donderdag", "vrijdag",
                         "morgen", "vandaag", "volgende", "komende", "zo"})
_CLEAR_DECLINE = linear(
    # the booking itself let go
    r"\bafspraak (?:maar )?(?:laten zitten|niet (?:meer|nodig|maken))\b"
    r"|\blaat (?:die |de |het |dat )?(?:afspraak|gesprek) (?:maar )?(?:zitten|even|maar)\b"
    r"|\blaat (?:maar|het) (?:even|eventjes|voorlopig|nog even)\b"
    # only information, or a question first: "nee ik wil alleen informatie", "ik wil eerst iets weten"
    r"|\bik (?:wil|wou|wilde|kom|zoek)(?: (?:eigenlijk|nu|nog|gewoon|graag|dus)){0,2} (?:alleen|enkel|eerst|even"
    r"|vooral)(?: (?:wat|iets|een|even|nog|graag|maar|meer)){0,2} (?:informatie|info|weten|vragen|vraag|uitleg"
    r"|orienteren|rondkijken)\b"
    # thinking it over: "ik denk er nog over na", "ik wil er nog over nadenken", "bedenktijd"
    r"|\bdenk\w* (?:er|erover)(?: \w+){0,3} na\b|\bnadenken\b|\bna te denken\b|\bbedenktijd\b"
    # not now: "nu even niet", "ik wil nog niet", "misschien later"
    r"|\b(?:nu|nog) (?:even|eventjes) niet\b|\b(?:wil|hoef) (?:ik )?(?:het )?(?:nu|nog) niet\b[.!]*$"
    r"|^(?:(?:nee|neen|nah|sorry|ok\w*|wacht)[,.! ]+)?(?:nu |nog )?(?:even |eventjes )?niet(?: nu| nog)?[.! ]*$"
    r"|\bmisschien (?:later|een andere keer)\b|\blater misschien\b"
    # someone else first: "laat maar, ik bel eerst HR", "ik praat eerst met mijn partner, laat maar"
    r"|\blaat (?:maar|ook maar|dan maar)\b.{0,40}\bik (?:bel|mail|ga|spreek|praat|vraag|overleg)\w*"
    r"(?: \w+){0,3} eerst\b"
    r"|\bik (?:bel|mail|ga|spreek|praat|vraag|overleg)\w*(?: \w+){0,3} eerst\b.{0,40}"
    r"\blaat (?:maar|ook maar|dan maar)\b"
    # English
    r"|\bthink (?:about it|it over|about that)\b|\blet me think\b|\bnot (?:now|yet|right now)\b"
    r"|\bmaybe later\b|\bnever ?mind\b"
    # "stop" at the start, whatever follows ("stop, I'll think about it", "nee stop nou, ik wil nu
    # iemand", "stop met die tijden"; stranger test at night c14: a stop with more words was read
    # as a time); "stop" as the last clause ("nee, stop."); "ik wil stoppen", "ik stop ermee"
    r"|^(?:(?:ok\w*|nee|neen|sorry|wacht|ja|nou|jongens|hallo)[,.! ]+)*(?:stop|stoppen|kap|kappen)\b"
    r"(?: (?:ermee|hiermee))?"
    r"(?:$|[ ,.!?]*$|[,.!?]| (?:nou|nu|maar|ermee|hiermee|even|eens|hier|dan|alsjeblieft|aub|please|ik|i|dit|dat"
    r"|het|de|die|toch|gewoon|maar|met (?:de|deze|die|dit|dat|het|je|jullie) (?:afspraak|boeking|tijden|vragen"
    r"|gesprek|chat|formulier))\b)"
    r"|[,.!?] ?(?:stop|stoppen)(?: (?:nou|nu|maar|ermee|hiermee|alsjeblieft|aub))?[ .!]*$"
    r"|\bik (?:wil|ga|wou)(?: (?:nu|nou|graag|liever|gewoon|echt|even|maar)){0,2} stoppen\b"
    r"|\bik stop (?:ermee|hiermee|met (?:de|deze|die|dit|dat|het) (?:afspraak|boeking|gesprek|tijden|chat))\b"
    r"|\bhou (?:maar |nou |nu )?op met (?:de|deze|die|dit|dat|het|je) (?:afspraak|boeking|tijden|vragen)\b",
    name="booking.clearly_declines")


# "ja, maar ik wil ook geen gesprek plannen. ik wil alleen dat iemand zegt dat dit niet normaal is van hem"
# (twenty-seventh stranger test A c09: read as a request to book, "Wanneer komt het je uit?"): no talk
# wanted, said as a whole clause. "geen afspraak op maandag" or "ik wil geen gesprek via video" declines
# one option only.
_NO_TALK_WANTED = linear(
    r"\b(?:wil|hoef|wou|wilde)(?: (?:ook|nog|echt|nu|gewoon|eigenlijk|helemaal|toch|dus)){0,3} "
    r"geen (?:afspraak|gesprek)(?: (?:maken|plannen|inplannen|met (?:de|een|die) (?:vp|vertrouwenspersoon)))?"
    r"(?: (?:hoor|nu|meer))? ?(?:[.,!;]|$)"
    # "ik vroeg geen afspraak. ik wil dat iemand nu luistert" (round 31 C c09: the times again)
    r"|\bik (?:vroeg|vraag) (?:toch |helemaal |nog )?(?:geen|niet om een|niet om) afspraak\b"
    # "ok. geen afspraak nu", "GEEN afspraak zei ik", "Een afspraak maak ik nu niet", "ik wil geen tweede" (round 31
    # recheck B c05, c07, c08: the booking started)
    r"|(?:^|[.!?] )(?:(?:ok|oke|okay|nee|ja|nou|sorry)\W+)?geen afspraak(?: nu| nodig| meer| hoor)?"
    r"(?: ?[.,!]|$| zei ik| dus)"
    r"|\b(?:zei|zeg|schreef|typte)(?: ik| toch)?:? ?geen afspraak\b|\bgeen afspraak (?:zei|zeg|schreef) ik\b"
    r"|\b(?:een |die )?afspraak maak ik (?:nu |echt |voorlopig |vandaag )?(?:niet|nie)\b|\bik wil geen tweede\b",
    name="booking.geen_gesprek")


def declines_talk(text: object) -> bool:
    """The message says no talk or appointment is wanted, as a whole clause (see above)."""
    return bool(_NO_TALK_WANTED.search(_norm(text)))


# "not today" declines only when no other time is asked: "Thursday please, not today" is a wish
# for Thursday (ninth stranger test: it stopped the booking).
_NOT_TODAY = linear(r"\bnot today\b", name="booking.not_today")


def clearly_declines(text: object) -> bool:
    """The message clearly declines the booking (now), whatever else it holds ("wacht ik wil nog
    geen afspraak, ik vroeg of het anoniem kan", "stop, I'll think about it", "nee ik wil alleen
    informatie"). A decline of one option is no such thing ("geen afspraak op maandag")."""
    norm = _norm(text)
    if not norm:
        return False
    if _CLEAR_DECLINE.search(norm) or (_NOT_TODAY.search(norm) and not wishes_a_time(norm)):
        return True
    return any(m.group(1) not in _QUALIFIERS for m in _NO_BOOKING.finditer(norm))


# A question asked in passing: "ik vroeg of het anoniem kan", "ik wil eerst weten wie de externe is".
_ASKS = linear(
    r"\?|\b(?:vroeg|vraag|vroegen)(?: me| mij)?(?: af)? (?:of|hoe|wat|wie|waar|wanneer|waarom|welke)\b"
    r"|\b(?:weten|vragen) (?:of|hoe|wat|wie|waar|wanneer|waarom|welke)\b", name="booking.asks_something")


def asks_something(text: object) -> bool:
    """The message asks something (a question mark, "ik vroeg of ...", "ik wil weten wie ...")."""
    norm = _norm(text)
    return bool(norm) and not norm.startswith("/") and bool(_ASKS.search(norm))


# --- only the way of meeting changes, when moving an appointment ------------------------------------

# "zelfde tijd maar telefonisch", "de tijd mag blijven": the time stays
_SAME_TIME = linear(
    r"\b(?:zelfde|dezelfde|zelfde) (?:tijd|tijdstip|moment|dag)\b|\b(?:tijd|tijdstip) (?:mag|kan|moet)? ?blijven\b"
    r"|\b(?:tijd|tijdstip) blijft\b|\bsame time\b|\balleen (?:de |het )?(?:manier|vorm|hoe)\b",
    name="booking.same_time")
# "een uurtje later", "eerder", "verzetten", "een andere dag": a new time is wanted
_NEW_TIME = linear(
    r"\b(?:later|eerder|vroeger|verzet\w*|verplaats\w*|verschuiv\w*|verschuif\w*|opschuiv\w*|uurtje|uur"
    r"|andere (?:tijd|dag|datum|moment|week)|ander (?:tijdstip|moment))\b",
    name="booking.new_time")


def keeps_the_time(text: object) -> bool:
    """The message says the time stays ("zelfde tijd", "de tijd mag blijven")."""
    return bool(_SAME_TIME.search(_norm(text)))


def only_the_way_changes(text: object) -> bool:
    """The message asks to change the way of meeting of an appointment and keep its time:
    "zelfde tijd maar telefonisch", or a way named with nothing about a new time ("kan het
    telefonisch in plaats van via video?"). A day or time named, or "later", "verzetten", asks
    for a new time too."""
    norm = _norm(text)
    if not norm or way_of_meeting(norm) is None:
        return False
    if _SAME_TIME.search(norm):
        return True
    return not _NEW_TIME.search(norm) and not _names_a_day_or_time(norm)


_DAY_OR_TIME = linear(
    r"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen|overmorgen|vandaag|week|ochtend"
    r"|middag|avond|\d{1,2}[:.]\d{2}|\d{1,2} uur|januari|februari|maart|april|mei|juni|juli|augustus"
    r"|september|oktober|november|december)\w*\b", name="booking.day_or_time")


def _names_a_day_or_time(norm: str) -> bool:
    return bool(_DAY_OR_TIME.search(norm))


_ANONYMITY = linear(r"\b(?:anoniem\w*|anonymous\w*|zonder (?:mijn )?naam|naam (?:niet )?(?:noemen|zeggen|geven))\b",
                    name="booking.anonymity")


def asks_about_anonymity(text: object) -> bool:
    """The message is about staying anonymous ("kan het anoniem?", "zonder mijn naam")."""
    return bool(_ANONYMITY.search(_norm(text)))


def mentions_privacy(text: object) -> bool:
    """The message names something private: anonymity, the manager, what is kept or passed on."""
    return bool(_PRIVACY.search(_norm(text)))


# --- a reference code with a wish to move or cancel (fifth stranger test, c10, c12) ---------------

MOVE, CANCEL, VIEW = "afspraak_wijzigen", "afspraak_annuleren", "afspraak_bekijken"  # the code form starts from these
# "code ABCD-..., staat die nog?", "wanneer is mijn afspraak? code ...": the appointment as it stands
_VIEW_WISH = linear(
    r"\b(?:staat|staan) (?:die|hij|ie|het|deze|mijn afspraak|de afspraak|het gesprek)? ?(?:nog|er nog|wel)\b"
    r"|\bgaat (?:die|hij|ie|het|mijn afspraak|de afspraak|het gesprek) (?:nog |wel |gewoon )*door\b"
    r"|\b(?:wanneer|hoe laat|met wie|waar) (?:is|was|heb ik|had ik)\b|\bbekijken\b|\bnakijken\b|\bcontroleren\b",
    name="booking.afspraak_bekijken")
_MOVE_WISH = linear(
    # "ik wil hem naar volgende week. code ..." (fifteenth stranger test c17: a new booking was made)
    r"\b(?:kan|kun|kunt|mag|moet|zou|wil)(?: ik| je| u| we)? (?:die|dat|deze|het|hij|hem|ze|de afspraak|mijn afspraak"
    r"|die afspraak|deze afspraak|de oude)(?: \w+){0,3} naar\b"
    r"|\b(?:naar|op) (?:een )?andere? (?:dag|tijd|datum|moment|tijdstip|week)\b"
    r"|\bandere (?:dag|tijd|datum|moment|tijdstip)\b"
    r"|\b(?:verplaats|verzet|verschuif|verschuiv|schuif|schuiv|wijzig|omzet|verander|omboek)\w*"
    r"|\bpast (?:me |mij |toch |nu )?niet meer\b",
    name="booking.move_wish")
_CANCEL_WISH = linear(
    r"\b(?:annuleer|annuler|afzeg|afgezegd|schrap|verwijder)\w*|\bzeg\w*(?: \w+){0,3} af\b"
    # "kan T7D8-H65T-JQXF geannuleerd worden?" (twelfth stranger test c07: "ik weet niet zeker wat je bedoelt")
    r"|\b(?:geannuleerd|geschrapt|verwijderd|gecanceld|gecanceled|cancel\w*)\b"
    r"|\b(?:wil|mag|kan|moet|mogen|kunnen|wilde)(?: \w+){0,4} (?:weg|eruit|vervallen)\b"
    r"|\bweg ?(?:halen|doen|hebben)\b|\bniet meer nodig\b|\bhoeft niet meer\b|\bniet (?:meer )?door ?gaan\b",
    name="booking.cancel_wish")


_SHOWN_CODE = linear(r"\bcode\b|\b[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}\b", name="booking.shown_code")


def code_request(text: object) -> str | None:
    """A message that holds a reference code and asks to move that appointment ("code ..., kan die
    naar vrijdag?"), to change its way of meeting ("code ..., kan die telefonisch in plaats van op
    locatie?", sixth stranger test c22) or to cancel it ("de afspraak ABCD-... wil ik ook weg"):
    the intent it means (MOVE or CANCEL; VIEW for "staat die nog?"), else None (no code, no such
    wish, or both wishes at once)."""
    norm = _norm(text)
    if not norm or code_in(text) is None:
        return None
    cancel = bool(_CANCEL_WISH.search(norm))
    # only a way of meeting, with a code written as a code ("code ...", "ABCD-EFGH-JKMN"): words that
    # read like one ("mijn mond moet") with "kantoor" in the sentence are no request
    move = bool(_MOVE_WISH.search(norm)) or (not cancel and way_of_meeting(norm) is not None
                                             and bool(_SHOWN_CODE.search(norm)))
    if move == cancel:
        return VIEW if not move and _VIEW_WISH.search(norm) else None
    return MOVE if move else CANCEL


# "wacht, is dit nu een verplaatsing van mijn oude afspraak?" while a new one is made
_ASKS_IF_MOVE = linear(
    r"\b(?:verplaats|verzet|verschuiv|wijziging)\w*|\b(?:oude|eerdere|vorige|andere|eerste) afspraak\b",
    name="booking.asks_if_move")


def asks_if_moving(text: object) -> bool:
    """A question whether the booking under way moves an appointment made before (no code in it:
    with a code, ``code_request`` switches to moving that one)."""
    norm = _norm(text)
    return bool(norm) and asks_something(text) and bool(_ASKS_IF_MOVE.search(norm)) and code_in(text) is None


# --- a goodbye that names a time (fifth stranger test, c09) -----------------------------------------

# "tot morgen", "tot volgende week", "doei, tot dan": a goodbye formula, whatever day is named in it
_FAREWELL = linear(
    r"\btot (?:ziens|zo|straks|later|dan|morgen\w*|overmorgen|vanavond|vanmiddag|de volgende keer|een volgende keer"
    r"|volgende? \w+|komende \w+|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b"
    r"|\b(?:fijne|goede|prettige|mooie) (?:dag|avond|middag|nacht|week|weekend)\b|\bwelterusten\b",
    name="booking.farewell")


def is_farewell(text: object) -> bool:
    """The message says goodbye in a formula ("tot morgen", "fijne avond"): a time named in it is
    no wish for an appointment."""
    norm = _norm(text)
    return bool(norm) and bool(_FAREWELL.search(norm))


# --- the official report a conversation is not (fifth stranger test, c17) -----------------------------

_ASKS_OFFICIAL = linear(
    r"\b(?:officiele?|formele?|echte) (?:melding|klacht|aangifte)\b"
    r"|\b(?:een )?(?:melding|klacht) (?:doe|maak|indien|is)\b|\bis (?:dat|dit|het)(?: dan| al| meteen){0,2} een"
    r" (?:melding|klacht)\b",
    name="booking.asks_official")


def asks_if_official_report(text: object) -> bool:
    """The message asks whether talking to the counsellor is an official report or complaint."""
    norm = _norm(text)
    return bool(norm) and asks_something(text) and bool(_ASKS_OFFICIAL.search(norm))


# --- a correction right after the booking was made (round 33 A c13) ---------------------------------------
# "oh shit nee morgen heb ik toch dienst tot 17u. liever donderdag, kan dat nog?" just after the confirmation
# started a second booking and left the first one standing: it moves the appointment just made, unless another
# appointment is asked for.
_MOVES_JUST_MADE = linear(
    r"^(?:oh? |o )?(?:shit |shoot |verdorie |oeps |sorry |wacht )*(?:nee|neen|nope)\b|\b(?:toch|liever|eigenlijk"
    r"|verzet\w*|verplaats\w*|ipv|in plaats van|kan dat nog|kan het nog|lukt (?:toch )?niet|past (?:toch )?niet"
    r"|kan ik (?:toch )?niet)\b", name="booking.verzet_net_gemaakt")
_ANOTHER_APPOINTMENT = linear(
    r"\b(?:nog een|nog eentje|tweede|extra|ook een|een nieuwe|nieuwe|een andere|aparte|apart) "
    r"(?:afspraak|gesprek|afspraakje)\b|\bnaast (?:die|deze|de|mijn) (?:\w+ )?(?:afspraak|gesprek)\b"
    r"|\b(?:voor|over) (?:iets|wat) anders\b|\b(?:allebei|beide) (?:afspraken|houden)\b",
    name="booking.nog_een_afspraak")


def moves_the_one_just_made(text: object) -> bool:
    """A message right after a booking that corrects it ("nee liever donderdag", "kan dat nog naar vrijdag?")
    and asks for no other appointment. The caller checks that it names a time and that a booking was just made."""
    norm = _norm(text)
    return bool(norm) and not norm.startswith("/") and bool(_MOVES_JUST_MADE.search(norm)) \
        and not _ANOTHER_APPOINTMENT.search(norm)


# --- changing the way of meeting at the contact step (fifth stranger test, c28) ------------------------

_CORRECTS = linear(r"^(?:nee|neen|wacht|oh|oeps|sorry)\b|\b(?:toch|eigenlijk|wacht|liever niet|in plaats van|ipv)\b"
                   r"|\bhet gesprek\b", name="booking.corrects")
_PHONE_TALK = linear(r"\btelefonisch\b|\bper telefoon\b|\bvia de telefoon\b", name="booking.phone_talk")


def way_corrected(text: object, current: object) -> str | None:
    """At the contact step, a change of the way of meeting ("nee wacht liever telefonisch, dan
    ziet niemand me"): the new way, or None. Video or on location is always the way of meeting;
    "telefonisch" only when the message corrects ("nee", "wacht", "toch"), since "telefoon" there
    may answer how to be reached. A phone number or e-mail address makes it a contact answer."""
    norm = _norm(text)
    if not norm or norm.startswith("/") or email_in(text) or phone_in(text):
        return None
    mode = way_of_meeting(text)
    if mode is None or mode == current:
        return None
    if mode == PHONE and not (_PHONE_TALK.search(norm) and _CORRECTS.search(norm)):
        return None
    return mode


# --- a conversation by chat or mail (sixth stranger test, c29) ------------------------------------------

_CHAT_OR_MAIL = linear(r"\b(?:chat\w*|e ?-?mail\w*|mail\w*|whatsapp\w*|app(?:en)?|schriftelijk|typen|sms\w*)\b",
                       name="booking.chat_or_mail")
_CAN_IT = linear(r"\b(?:kan|kun|kunt|mag|lukt|gaat|moet)\b|\?", name="booking.can_it")


def asks_chat_or_mail(text: object) -> bool:
    """The message asks whether the conversation can be by chat, mail or in writing ("ik durf niet
    te bellen, kan het per mail?"): a question (a question word or mark) naming such a way, and no
    e-mail address or phone number (then it answers how to be reached)."""
    norm = _norm(text)
    if not norm or norm.startswith("/") or email_in(text) or phone_in(text):
        return False
    return bool(_CHAT_OR_MAIL.search(norm)) and bool(_CAN_IT.search(norm))


# "ik wil juist geen nummer geven. ik bel zelf wel": no number, which is the anonymous way, not a
# wish to stop the booking (eighth stranger test c02)
_REFUSES_NUMBER = linear(r"\b(?:geen|zonder) (?:tel(?:efoon)?)?nummer\b|\banoniem\w*|\banonymous\w*",
                         name="booking.refuses_number")


def refuses_number(text: object) -> bool:
    """The message says it gives no number, or stays anonymous."""
    return bool(_REFUSES_NUMBER.search(_norm(text)))


def opens_with_a_question(text: object) -> bool:
    """The message starts with a question word ("hoe belt hij me als ik geen nummer geef?"): what
    it names is asked about, not chosen."""
    return bool(_QUESTION_START.search(_norm(text)))


# --- a button of an earlier question pressed again (eighth stranger test, c21) ----------------------------

# '/kies_optie{"bereikbaar":"telefoon"}', or without its slash: the web chat passes a payload that is
# no longer offered as plain text without the leading '/' (bot/channels/offers.py)
_OPTION_PAYLOAD = linear(r'^/?kies_optie ?\{ ?"(bereikbaar|ontmoetingsvorm)" ?: ?"([a-z_]{1,20})" ?\}$',
                         name="booking.option_payload")


def option_pressed(text: object, entities: object = None) -> tuple[str, str] | None:
    """(slot, value) of a contact-choice or way-of-meeting button the message is: its entity, or its
    payload as text (with or without the slash); None for anything else."""
    for entity in entities if isinstance(entities, list) else []:
        if isinstance(entity, dict) and entity.get("entity") in ("bereikbaar", "ontmoetingsvorm") \
                and isinstance(entity.get("value"), str):
            return entity["entity"], entity["value"]
    raw = str(text or "").strip()
    match = _OPTION_PAYLOAD.fullmatch(raw) if len(raw) <= 80 else None
    return (match.group(1), match.group(2)) if match else None


# --- a way of meeting said, wanted or not (sixth stranger test, c16) -------------------------------------

# Not wanting to run into the person it is about at the place of the talk (tenth stranger test
# c17: "hij werkt ook in gebouw A, ik wil hem niet tegenkomen"): a reason to talk by phone or
# video, or elsewhere; no new matter to talk about first.
_AVOIDS_MEETING = linear(
    r"\b(?:niet|nooit|liever niet|geen zin om)\b(?: \w+){0,4} (?:tegen ?(?:te )?komen|tegenkomen|te zien|zien|treffen"
    r"|ontmoeten|tegen het lijf (?:te )?lopen|onder ogen (?:te )?komen|in de buurt (?:te )?komen|op(?: te)? lopen)\b"
    r"|\b(?:bang|angst|eng|spannend)\b(?: \w+){0,5} (?:tegen ?(?:te )?komen|tegenkom\w*|zie|zien|treffen"
    r"|tegen het lijf)\b"
    r"|\b(?:hij|zij|ze|die|de dader|die collega|die man|die vrouw)\b(?: \w+){0,2} (?:werkt|zit|is|loopt|komt)"
    r" (?:ook |daar |vaak |altijd )*(?:in|op|bij|rond|naast) (?:gebouw|dat gebouw|het gebouw|hetzelfde|die plek"
    r"|die locatie|daar|de gang|die gang|die verdieping|dezelfde)\b",
    name="booking.avoids_meeting")
_MEETING_PERSON = linear(r"\b(?:hem|haar|hen|die|dader|collega|man|vrouw|baas|leidinggevende|chef|manager|hij|zij|ze"
                         r"|degene|diegene)\b", name="booking.meeting_person")


def avoids_meeting_someone(text: object) -> bool:
    """The person does not want to run into someone (the one it is about) where the talk would
    be: an office in the same building. Not about the counsellor."""
    norm = _norm(text)
    return bool(norm) and bool(_AVOIDS_MEETING.search(norm)) and bool(_MEETING_PERSON.search(norm)) \
        and not COUNSELLOR_WORD.search(norm)


def names_a_way_of_meeting(text: object) -> bool:
    """The message names a way of meeting, also one it does not want ("niet op locatie want
    iedereen kent me daar"): it is about how to meet, not a story about the matter."""
    norm = _norm(text)
    return bool(norm) and bool(_MODE_WORDS.search(norm))


# "ok dan liever telefonisch. mijn gsm is ..." when asked how to be reached, after "op locatie" (round 30 B c03:
# the summary said "op locatie"): a way of meeting preferred instead of the one chosen.
_PREFERS = linear(r"\b(?:liever|toch|doe maar|dan maar|rather|instead)\b(?: \w+){0,2} (?:telefonisch|bellen|"
                  r"telefoon|video|beeldbellen|videobellen|op locatie|langskomen|face to face|by phone|phone)\b",
                  name="booking.liever_vorm")


def prefers_way(text: object) -> str | None:
    """The way of meeting the message says it prefers ("dan liever telefonisch"), or None."""
    norm = _norm(text)
    return way_of_meeting(norm) if norm and _PREFERS.search(norm) else None


# "wat moet ik doen als de zoon vandaag weer komt?", "i must go home now or not?? he is angry" in the time step
# (round 30 A c03, c09: "vandaag" read as the day for the talk): a question what to do, no time wish.
_WHAT_TO_DO = linear(
    r"\bwat (?:moet|kan|zal|mag) ik (?:\w+ ){0,2}(?:doen|zeggen)\b|\bwat doe ik (?:nu|dan|als|met)\b|"
    r"\bmoet ik (?:nu |dan )?(?:naar huis|weg|gaan|blijven)\b|"
    r"\bwhat (?:do|should|must|can) i (?:do|say)\b|\bi (?:must|have to|should) go home\b",
    name="booking.wat_moet_ik_doen")


def asks_what_to_do(text: object) -> bool:
    """Whether the message asks what the writer should do or say (see above)."""
    norm = _norm(text)
    return bool(norm) and bool(_WHAT_TO_DO.search(norm))


def ways_not_wanted(text: object) -> set[str]:
    """The ways of meeting the message names only to say they are not wanted."""
    norm = _norm(text)
    if not norm:
        return set()
    wanted, refused = _read_negations(_MODE_WORDS, norm, (VIDEO, PHONE, IN_PERSON))
    return refused - {wanted}


# --- the answer to "Is dit een Belgisch nummer?" (sixth stranger test, c08) -------------------------------

_NOT_BELGIAN = linear(r"^(?:nee|neen|nope|no|nah)\b|\bnederland\w*\b|\bniet (?:uit )?belg\w*|\bgeen belg\w*",
                      name="booking.not_belgian")
_BELGIAN = linear(r"^(?:ja|jawel|jep|jup|yes|klopt|correct|inderdaad|zeker|juist)\b|\bbelg\w*",
                  name="booking.belgian")


def belgian_answer(text: object) -> bool | None:
    """The answer to "Is dit een Belgisch nummer?": True (yes, Belgian), False (no, Dutch), or None."""
    norm = _norm(text)
    if not norm:
        return None
    if _NOT_BELGIAN.search(norm):
        return False
    return True if _BELGIAN.search(norm) else None


# --- an integrity matter told while booking (seventh stranger test c05) ------------------------------

# The words of an integrity matter (domain brief: fraud, theft, abuse of power, conflicting interests,
# wrongdoing that harms the public), told in the middle of a booking or in the request to book
# ("het gaat eigenlijk over fraude door mijn afdelingshoofd", "mijn baas knoeit met declaraties"):
# the booking goes to a counsellor for integrity. Keys are the situations of content/situaties.yml.
_INTEGRITY_MATTERS = (
    ("fraude", linear(
        r"\bfraud\w*|\bfrauder\w*|\bsjoemel\w*|\bgesjoemel\w*|\bknoei\w*|\bgeknoei\w*|\bvervals\w*"
        r"|\bvalse (?:declaratie|factu|handtekening|uren|cijfers|bonnen|bonnetjes)\w*|\bnepfactu\w*"
        r"|\bdeclar\w*\b.{0,60}\b(?:prive|vrouw|man|partner|vriendin|vrienden|familie|etentje\w*|vakantie\w*"
        r"|niet (?:zakelijk|gemaakt|gewerkt|gereden|gemaakte))\b"
        r"|\b(?:te veel|teveel|extra|onterecht|niet gewerkte) (?:uren|kilometers|declaraties)\b"
        r"|\bwitwas\w*|\bomkop\w*|\bsmeergeld\b|\bsteekpenning\w*|\bcorrupt\w*"
        # hours written for someone who is not there (tenth stranger test c09: "hij schrijft uren van
        # zijn zwager die nooit komt"), fake hours
        r"|\bnep ?-?uren\b|\bspookuren\b|\bspookmedewerker\w*|\bvalse uren\b"
        r"|\buren\b.{0,50}\b(?:die|wie) (?:er )?(?:nooit|niet|nooit eens|zelden) "
        r"(?:komt|komen|kwam|werkt|werken|is|er is)\b"
        r"|\buren\b.{0,60}\b(?:is|zijn|komt|komen|werkt|werken) (?:hier |er |daar )?(?:nooit|niet)\b"
        r"|\b(?:schrijft|schrijven|boekt|boeken|declareert|declareren|rekent|zet) (?:\w+ ){0,4}uren\b.{0,40}"
        r"\b(?:nooit|niet) (?:komt|gewerkt|werkt|geweest|komen)\b"
        # "extra uren op te schrijven voor mensen die er niet waren" (round 32 C c03: read as an appraisal),
        # "urenbriefjes aftekenen die niet kloppen" (C c02)
        r"|\buren\b.{0,60}\b(?:die|wie) (?:er )?(?:nooit|niet) (?:waren|was|kwamen|werkten|geweest)\b"
        r"|\b(?:uren|urenbriefjes|urenstaten|urenbriefje|urenstaat|declaraties|facturen|bonnen)\b.{0,40}\b(?:die|wat) "
        r"(?:\w+ )?niet (?:kloppen|klopt|kloppend)\b",
        name="booking.matter_fraude")),
    ("diefstal", linear(
        r"\bdiefstal\w*|\bgestolen\b|\bsteel\w*|\bstelen\b|\bstal\b|\bgejat\b|\bjat\w*|\bverduister\w*",
        name="booking.matter_diefstal")),
    ("machtsmisbruik", linear(
        r"\bmachtsmisbruik\b|\bmisbruik\w* (?:van )?(?:zijn|haar|z'n|mn|hun) (?:macht|positie|functie)\b"
        r"|\bvriendjes ?politiek\b|\bnepotisme\b"
        # private chores for the boss in work hours (tenth stranger test c09: "mijn manager laat me zijn
        # verhuisdozen inpakken in werktijd")
        r"|\bprive ?-?(?:klus\w*|karweit\w*|boodschap\w*|dingen|zaken|werk)\b.{0,40}"
        r"\b(?:werktijd|werkuren|baastijd|onder het werk|tijdens (?:het |mijn )?werk)\b"
        r"|\b(?:werktijd|werkuren|baastijd|tijdens (?:het |mijn )?werk)\b.{0,40}"
        r"\bprive ?-?(?:klus\w*|boodschap\w*|dingen|zaken)\b"
        r"|\blaat (?:me|mij|ons|mn|m'n|de)\b.{0,40}\b(?:zijn|haar|z'n) "
        r"(?:verhuisdozen|verhuizing|verbouwing|boodschappen|was|auto|tuin|huis|hond|kinderen|prive\w*)\b.{0,60}"
        r"\b(?:werktijd|werkuren|baastijd|onder het werk|tijdens (?:het |mijn )?werk|op kosten van)\b",
        name="booking.matter_machtsmisbruik")),
    ("nevenwerkzaamheden", linear(
        r"\bbelangenverstrengel\w*|\bnevenfunctie\w*|\bnevenwerkzaamhe\w*|\bneveninkomsten\b"
        r"|\b(?:eigen|zijn|haar|z'n) (?:bedrijf|bv|zaak|bedrijfje)\b.{0,40}"
        r"\b(?:leverancier|opdracht\w*|inhuren|ingehuurd)\b"
        r"|\bcadeaus? van (?:een |de )?leverancier\w*",
        name="booking.matter_nevenwerkzaamheden")),
    ("maatschappelijke_misstand", linear(
        r"\bmisstand\w*|\bklokkenlu\w*|\bmilieudelict\w*"
        r"|\b(?:gif|afval|chemicalien|chemisch afval) (?:lozen|dumpen|geloosd|gedumpt)\b"
        r"|\b(?:lozen|dumpen) (?:van )?(?:gif|afval|chemicalien)\b",
        name="booking.matter_misstand")),
)


def integrity_matter(text: object) -> str | None:
    """The integrity matter (a situation key: fraude, diefstal, machtsmisbruik,
    nevenwerkzaamheden, maatschappelijke_misstand) the message names in so many words, or None."""
    norm = _norm(text)
    if not norm or norm.startswith("/"):
        return None
    return next((key for key, pattern in _INTEGRITY_MATTERS if pattern.search(norm)), None)


# "video zei ik toch", "telefonisch zei ik al", "ik zei toch donderdag": an answer given again, no
# question (seventh stranger test c27: it got the anonymity text)
_RESTATES = linear(
    r"\b(?:zei|zeg|schreef|typte|koos) ik (?:toch|al|net|eerder|daarnet|toch al)\b"
    r"|\bik (?:zei|schreef|koos|had) (?:toch|al|net|eerder)\b(?: al)?(?: gezegd| gekozen| geschreven)?"
    r"|\bzoals ik (?:al |net |eerder )?(?:zei|schreef|zeg)\b"
    r"|\bhad ik (?:toch |al |net |eerder ){0,2}(?:gezegd|geschreven|aangegeven|gekozen)\b",
    name="booking.restates_answer")


def restates_answer(text: object) -> bool:
    """The message gives an answer again, saying it was given before ("video zei ik toch")."""
    norm = _norm(text)
    return bool(norm) and not norm.startswith("/") and bool(_RESTATES.search(norm))


# --- a request to book, whatever else the message tells (seventh stranger test c05) -----------------

# "ik wil alsnog een afspraak, over fraude ... door mijn baas", "kan ik een gesprek plannen met iemand
# van integriteit?": read as a manager's question or a denial, the booking did not start.
_ASKS_TO_BOOK = linear(
    r"\b(?:ik (?:wil|wou|wilde|zou)|kan ik|mag ik|kunnen we|kun je|kunt u|graag)\b"
    r"(?: (?:alsnog|toch|nu|nog|graag|wel|eigenlijk|dan|maar|even|ook|willen|heel|snel)){0,3}"
    r" (?:een|nog een|toch een) (?:afspraak|gesprek)\b"
    r"|\b(?:een )?(?:afspraak|gesprek) (?:maken|plannen|inplannen|aanvragen|boeken)\b"
    # "kan ik een andere vertrouwenspersoon kiezen dan marieke?" (twentieth round B c04: the anonymity
    # answer): a booking with that wish (ActionResetAfspraak reads who is to be avoided)
    r"|\b(?:kan|mag|kun|wil) ik (?:\w+ ){0,2}(?:een )?andere? (?:vertrouwenspersoon|vp)\b"
    r"|\b(?:ik wil|liever) (?:graag |dan )?(?:een )?andere? (?:vertrouwenspersoon|vp)\b"
    # a sentence of its own: "ok. afspraak dan. ik werk avond 18 tot 22 uur" (twenty-fifth round A c08:
    # read as a work matter outside the counsellor's task), "afspraak graag", "een gesprek aub"
    r"|(?:^|[.!?,;] )(?:(?:ok|oke|okay|ja|goed|nou|dan|prima)\W+){0,2}(?:een |dan een |graag een )?"
    r"(?:afspraak|gesprek)(?: (?:dan|graag|maken|plannen|aub|alsjeblieft|alstublieft|svp|please|dan maar)){0,2}"
    r" ?(?:[.!,;]|$)",
    name="booking.asks_to_book")
_NOT_A_NEW_BOOKING = linear(r"\b(?:mijn|m'n|mn|die|deze|de oude) afspraak\b|\bafspraak (?:gemaakt|staat)\b",
                            name="booking.not_a_new_booking")


# "kun je de afspraak afmaken, anoniem" after a crisis broke the booking off (twenty-fifth stranger test
# C c10: "Vertel gerust verder"): the booking goes on (action_reset_afspraak resumes a paused one)
_FINISH_BOOKING = linear(r"\b(?:de|die|deze|mijn|m'n|mn|onze|het) (?:afspraak|boeking|gesprek) (?:\w+ )?"
                         r"(?:afmaken|afronden|toch maken|alsnog maken|verder maken|vastleggen)\b"
                         r"|\bverder met (?:de|die|mijn|m'n|het) (?:afspraak|boeking|gesprek plannen)\b",
                         name="booking.finish_booking")


_NEGATED = linear(r"\b(?:niet|nie|geen|not)\b", name="booking.finish_negated")


def asks_to_book(text: object) -> bool:
    """The message asks to make an appointment ("ik wil alsnog een afspraak, over fraude"), or to
    finish the one being made, and does not decline one, nor change or cancel one made before."""
    norm = _norm(text)
    if not norm or norm.startswith("/"):
        return False
    if _FINISH_BOOKING.search(norm) and not (_MOVE_WISH.search(norm) or _CANCEL_WISH.search(norm)
                                             or clearly_declines(norm) or _NEGATED.search(norm)):
        return True
    if not _ASKS_TO_BOOK.search(norm):
        return False
    if clearly_declines(norm) or declines_booking(norm) or (code_attempt(text) and code_in(text) is not None):
        return False
    return not (_NOT_A_NEW_BOOKING.search(norm) or _MOVE_WISH.search(norm) or _CANCEL_WISH.search(norm))


# --- a question that only asks for another time (twelfth stranger test, c06) -------------------------

# "hm nee, vrijdag ben ik vrij. kan het toch woensdag worden?" was read as an FAQ question and got
# advice about returning to work: every part that ends in a question mark names a time.
_QUESTION_PART = linear(r"[^,.;:!?]{1,300}\?", name="booking.vraagdeel")


def only_asks_about_time(text: object) -> bool:
    """True when the message asks something and every question in it names a day or a time ("kan
    het toch woensdag worden?"); False for "donderdag graag, en kost dat iets?"."""
    raw = str(text or "")[:1000]
    parts = [m.group(0) for m in _QUESTION_PART.finditer(raw)]
    return bool(parts) and all(wishes_a_time(p) for p in parts)


# --- the wish in a longer first message ------------------------------------------------------------
# "hoi, ik zou graag iemand spreken over mijn teamleider, die kleineert me constant in vergaderingen.
# kan ik nog voor vrijdag iemand spreken? liefst niet 's ochtends want dan sta ik in de keuken"
# (eighteenth stranger test c01: "Wanneer komt het je uit?"): the sentences that ask for the
# conversation, or open with a preference, hold the wish; the story's days ("vorige week vrijdag
# zei hij ...") do not.
WISH_TEXT_CHARS = 2000  # a longer message is read up to here
_SENTENCE = linear(r"[^.!?;\n]{1,400}", name="booking.zin")
_ASKS_TO_TALK = linear(
    r"\b(?:afspraak|gesprek|spreken|praten|babbelen|langskomen|langs komen|terecht|inplannen|plannen)\b",
    name="booking.vraagt_gesprek")
_PREFERENCE_FIRST = linear(
    r"^ ?(?:(?:en|maar|ook|dus) )?(?:(?:het )?liefst|liever|graag|bij voorkeur|het (?:kan|moet)|kan het|niet|geen|"
    r"alleen|pas|uiterlijk|ten laatste|zo snel mogelijk|zsm)\b",
    name="booking.voorkeur_eerst")


def sentences(text: object) -> list[str]:
    """The sentences of a message (up to WISH_TEXT_CHARS), split at . ! ? ; and new lines."""
    return [m.group(0).strip() for m in _SENTENCE.finditer(str(text or "")[:WISH_TEXT_CHARS]) if m.group(0).strip()]


def wish_sentences(text: object) -> list[str]:
    """The sentences of a longer message that ask for the conversation or open with a preference
    (see above)."""
    return [part for part in sentences(text)
            if _ASKS_TO_TALK.search(_norm(part)) or _PREFERENCE_FIRST.search(_norm(part))]
