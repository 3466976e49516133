"""Deterministic crisis safety net: Dutch patterns for acute danger.

The classifier learns `crisis` from examples, but a missed crisis is the one error this bot
must not make. These patterns run after the classifier and force the `crisis` intent when they
match. They are written from what people in danger say (suicidal thoughts, self-harm, violence
or a weapon *now*, recent sexual violence), and guarded against idioms that merely sound like
it ("ik ben doodmoe", "ik schrok me dood", "dit werk maakt me kapot").

Pure Python, no Rasa: unit-tested on its own, and wrapped by ``bot.nlu.components``. Every
pattern is compiled by ``bot.patterns`` (RE2: linear in the length of the message, whatever it
holds); "A and B anywhere in the message" is two searches, not two look-aheads.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from bot.dialogue.crisis import (
    BESIEGED_ACT,
    BESIEGED_PRESENT,
    BESIEGED_WHY,
    MEANS_ASKED,
    MEANS_AT_HAND,
    NOT_ALONE,
    OPEN_DOOR_ASKED,
    besieged_not_now,
    someone_present,
)
from bot.dialogue.perspective import EN_OTHER_LIFE
from bot.patterns import Pattern, linear, not_followed_by
from bot.text import normalise

# Pills or a rope someone else's: a patient's, a resident's, stolen from the ward (not the writer's own)
MEANS_VETO = (r"\b(?:patient\w*|bewoner\w*|client\w*|voorschrift|apotheek|recept|kast van de afdeling|gestolen|"
              r"steelt|stal|verdwenen|kwijt)\b")

ZELFMOORD = "zelfmoord"
ZELFBESCHADIGING = "zelfbeschadiging"
GEWELD = "geweld"
SEKSUEEL_GEWELD = "seksueel_geweld"
CATEGORIES = (ZELFMOORD, ZELFBESCHADIGING, GEWELD, SEKSUEEL_GEWELD)


@dataclass(frozen=True)
class CrisisMatch:
    category: str
    rule: str  # the name of the pattern that matched (never the message text)


def _re(name: str, pattern: str) -> Pattern:
    return linear(pattern, name=f"crisis.{name}")


NOT = r"(?:niet|nie|nooit|geen)"
ME = r"(?:mezelf|mijzelf|me zelf|mij zelf|mn eigen|mijn eigen|zichzelf|haarzelf|hemzelf)"
NOW = r"\b(?:nu|nu net|net nu|op dit moment|op dit ogenblik|momenteel|zojuist|help|hulp)\b"
# "zaterdagavond", "gistermiddag" (seventh stranger test c28: "Zaterdagavond op de personeelsborrel
# heeft een collega mij ... aangerand" was not recent, and got the gentle suicide check): a day with
# a part of the day written as one word is as recent as the day.
_DAYPART = r"(?:avond|middag|ochtend|morgen|nacht)?"
RECENT = (
    rf"\b(?:(?:eer)?gister(?:en)?{_DAYPART}|vannacht|vanochtend|vanmorgen|"
    r"vandaag|vanavond|vanmiddag|zojuist|net|afgelopen (?:nacht|weekend|week|dagen)|"
    r"vorige week|deze week|dit weekend|(?:een paar|paar|twee|drie|vier|vijf|zes|enkele|[1-7]) dagen geleden|"
    r"een dag geleden|"
    rf"(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag){_DAYPART})\b"
)
LONG_AGO = (
    r"\b(?:jaar|jaren|maanden|maand) geleden\b|\bvorig jaar\b|\bvorige maand\b|\btoen ik\b|"
    r"\bin \d{4}\b"
)
# "hij heeft een stanleymes in zijn hand" (round 33 A c07: the answer for aggression told afterwards, "Ben je nu in
# gevaar?" to the writer): the knives of warehouses and workshops by name too
WEAPON = (r"\b(?:mes|messen|pistool|revolver|vuurwapen|geweer|wapen|bijl|hamer|schaar|\w*knuppel|stuk glas"
          r"|(?:stanley|zak|vlinder|slagers|steek|breek|uitklap|cutter|jacht)mes(?:sen|je)?|stanley|boxcutter"
          r"|box cutter)\b")
PRESENT_WEAPON_VERB = (
    r"\b(?:staat|staan|ligt|liggen|heeft|hebben|zwaait|zwaaien|loopt|lopen|houdt|richt|zit|"
    r"dreigt|komt)\b"
)
PAST_MARKER = (
    r"\b(?:had|hadden|was|waren|stond|stonden|lag|zwaaide|liep|hield|richtte|kwam|dreigde|"
    r"gisteren|vorige|vorig|geleden|toen|ooit|destijds)\b"
)
VIOLENT_ACT_NOW = (
    r"\b(?:slaat|slaan|schopt|schoppen|steekt|wurgt|aangevallen|aanvalt|in elkaar (?:geslagen|slaan|"
    r"getrapt)|gooit met|gooien met|bedreigt|bedreigen|bedreigd|door het lint|mishandelt|"
    r"mishandeld|vecht|vechten|gevochten|bloedt|achterna)\b"
)
KILL = r"(?:vermoorden|afmaken|doodmaken|dood maken|doodsteken|neersteken|neerschieten|doodschieten)"
KILL_SPLIT = r"(?:af te maken|dood te maken|neer te steken|dood te steken|neer te schieten|te grazen (?:te )?nemen)"
HURT_JUST_NOW = r"(?:geslagen|gestoken|neergestoken|gewurgd|aangevallen|geschopt|verwond|getrapt|mishandeld)"


# Someone is there, now, waiting: "hij staat nu buiten bij mijn auto te wachten", "hij staat daar
# nu", "nu wacht hij me op bij de uitgang", "die man staat nog bij de poort".
_PLACE = (r"(?:buiten|voor de deur|daar|hier|bij (?:mijn|m'n|mn|de|het|onze|zijn|haar) \w+|"
          r"op de (?:parkeerplaats|gang|stoep|hoek|straat))")
WAITING_NOW = (
    r"\b(?:staat|staan|wacht|wachten|loopt|lopen)\b(?: \w+){0,6} te wachten\b|"
    rf"\b(?:staat|staan|wacht|wachten|loopt|lopen)(?: (?:hij|ze|zij|die))?(?: nu| nog| steeds| daar){{0,3}} {_PLACE}|"
    r"\bwacht (?:hij |ze |zij |die )?(?:me|mij) (?:\w+ ){0,3}op\b"
)
# ... after a threat, a push or a blow, or the person dares not go out
WAITING_THREAT = (
    r"\b(?:duw|duwen|geduwd|duwde|dreig\w*|bedreig\w*|te grazen|te pakken|afreken\w*|afgerekend|geslagen|sloeg|"
    r"geschopt|schopte|in elkaar|afmaken|pas (?:maar )?op|mes|wapen)\b|"
    r"\b(?:zou|zal|zult|gaat|ga) (?:\w+ ){0,2}zien\b|"
    # "hij heeft toen gezegd dat hij me wel zou vinden na sluitingstijd" (round 34 recheck R2 c01)
    r"\b(?:me|mij) (?:wel |nog |heus |echt )?(?:zou|zal|gaat|komt|wist|weet)? ?(?:te )?(?:vinden|opzoeken|opwachten)\b|"
    r"\bdurf (?:niet|nie)(?: \w+){0,2} (?:naar )?(?:buiten|weg|naar huis|naar (?:mijn|m'n|mn|de) auto)\b|"
    # "gast zei hij wacht buiten tot ik klaar ben" (twenty-sixth stranger test B c03: alone at a petrol
    # station at night, the category check and the options): waiting for the writer to come out
    r"\b(?:hij|ze|zij|die) (?:\w+ ){0,2}(?:wacht|wachten|staat|staan|blijft|blijven)\b(?: \w+){0,3} tot ik "
    r"(?:klaar ben|klaar is|weg ga|vrij ben|uit ben|buiten kom|naar buiten kom|naar huis ga)\b"
)
# ... not long ago, not a habit, not later
WAITING_VETO = (r"\bvorige\b|\bgeleden\b|\bvorig jaar\b|\btoen\b|\b(?:elke|iedere) (?:dag|avond|ochtend|middag|"
                r"keer|week|nacht)\b|\baltijd\b|\bvaak\b|\bmorgen\b|\bstraks\b|\bgisteren\b")


# An overdose taken (twenty-third stranger test C c02): pills or medicine swallowed, many of them, with
# drink, or with their effect felt. Not one paracetamol for a headache, nor medicine forgotten.
_PILL = (r"(?:\w*pillen|pilletjes|pil|tabletten|tabletjes|medicijnen|medicatie|oxazepam|diazepam|temazepam|"
         r"lorazepam|paracetamol|ibuprofen|oxycodon|tramadol|slaapmiddel\w*|kalmeringsmiddel\w*|antidepressiva)")
_TAKEN = r"(?:genomen|ingenomen|geslikt|doorgeslikt|leeggemaakt|opgegeten|weggewerkt|ingeslikt)"
_MANY = (r"(?:te ?veel|veel te veel|alle|allemaal|een hele|hele|handvol|heleboel|[3-9]|[1-9]\d|drie|vier|vijf|zes|"
         r"zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig)")
_MANY_AFTER = r"(?:te ?veel|[3-9]|[1-9]\d|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf|twintig|dertig)"
_DRINK = r"(?:wijn|drank|alcohol|bier|biertjes|wodka|whisky|gin|rum|jenever|glazen|fles)"
_FELT = (r"(?:duizelig|misselijk|suf|wazig|draait|draaierig|slaperig|raar|slap|kotsen|overgeven|hartkloppingen|"
         r"zwart voor (?:mijn|m'n|mn) ogen|kan (?:niet|nie) meer (?:goed )?(?:staan|lopen|praten|denken))")
OVERDOSE_TAKEN = (
    rf"\b{_MANY}\b.{{0,40}}\b{_PILL}\b.{{0,40}}\b{_TAKEN}\b|"
    rf"\b{_MANY}\b.{{0,15}}\b{_TAKEN}\b.{{0,40}}\b{_PILL}\b|"
    rf"\b{_PILL}\b.{{0,40}}\b{_TAKEN}\b.{{0,15}}\b{_MANY_AFTER}\b|"
    rf"\b{_PILL}\b.{{0,40}}\b{_TAKEN}\b.{{0,60}}\b{_DRINK}\b|\b{_DRINK}\b.{{0,60}}\b{_PILL}\b.{{0,40}}\b{_TAKEN}\b|"
    rf"\b{_PILL}\b.{{0,40}}\b{_TAKEN}\b.{{0,80}}\b{_FELT}\b|"
    r"\b(?:te ?veel|veel te veel) (?:\w+ ){0,2}(?:ingenomen|geslikt)\b"
)
BODY_NOW = (
    r"\bik krijg (?:(?:echt|bijna|gewoon|nu|haast|ineens|opeens|plots|plotseling) ){0,2}"
    # "ik krijg ineens slecht lucht en mijn hart bonkt" (twenty-seventh stranger test B c09, in a booking)
    r"(?:geen|nauwelijks|bijna geen|slecht|moeilijk|amper) (?:adem|lucht)\b|"
    r"\bik kan (?:(?:echt|bijna|gewoon|nu|haast) ){0,2}(?:niet|nie|ni|nauwelijks) (?:goed |meer )?(?:ademen|ademhalen)\b|"
    r"\b(?:pijn (?:op|in|aan) (?:mijn|m'n|mn|de) borst|(?:mijn|m'n|mn) borst (?:doet|voelt) (?:\w+ )?(?:zeer|pijn|raar))\b|"
    r"\bik (?:hyperventileer|ga flauwvallen|val bijna flauw|word (?:bijna )?onwel)\b|"
    r"\b(?:i can'?t breathe|chest pain|my chest hurts)\b"
)
_DRUNK = r"(?:drank|alcohol|dronken|bier\w*|aangeschoten|onder invloed|gedronken|zat|lam|stomdronken|drugs)"
_DRIVE = r"(?:rijden|rijdt|wegrijden|rijdt weg|achter het stuur|de sleutels|het stuur|de auto in|de bus in|in de bus)"
DRUNK_DRIVING_NOW = (
    rf"\b(?:gaat|wil|gaan|pakt|stapt|zit) (?:\w+ ){{0,2}}(?:nu|zo|meteen|net|straks|al) (?:\w+ ){{0,3}}{_DRIVE}\b"
    rf".{{0,40}}\b{_DRUNK}\b|"
    rf"\b{_DRUNK}\b.{{0,60}}\b(?:gaat|wil|pakt|stapt|zit) (?:\w+ ){{0,2}}(?:nu|zo|meteen|net|straks|al) (?:\w+ ){{0,3}}"
    rf"{_DRIVE}\b|"
    r"\b(?:kan|gaat|zal) (?:er )?(?:nu|zo) (?:iemand|een kind|mensen) (?:\w+ )?(?:doodgereden|aangereden|overreden)\b"
)
DRUNK_VETO = r"\b(?:geen (?:drank|alcohol|druppel)|niet (?:gedronken|dronken)|nuchter|alcoholvrij|0\.0)\b"
OVERDOSE_VETO = (MEANS_VETO + r"|\btegen (?:de |mijn |m'n |mn )?(?:hoofdpijn|pijn|koorts|migraine|griep|verkoudheid|"
                 r"kiespijn|rugpijn|buikpijn|menstruatiepijn)\b|\bvergeten\b|\b(?:niet|nie|geen) (?:\w+ )?"
                 r"(?:genomen|ingenomen|geslikt)\b|\bzoals (?:altijd|elke dag|voorgeschreven)\b|\bvoorgeschreven\b")


@dataclass(frozen=True)
class Rule:
    category: str
    name: str
    required: tuple[Pattern, ...]  # each must match somewhere in the message
    veto: Callable[[str], bool] | None = None  # on the normalised text: True sets the match aside


def _rule(category: str, name: str, *required: str, veto: str | Callable[[str], bool] | None = None) -> Rule:
    """A rule whose patterns must all match (each anywhere in the message) and that ``veto``
    (a pattern, or a test on the normalised text) sets aside."""
    compiled = tuple(_re(name if len(required) == 1 else f"{name}.{i}", p) for i, p in enumerate(required, 1))
    if isinstance(veto, str):
        veto = _re(f"{name}.veto", veto).search
    return Rule(category, name, compiled, veto)


_WAPEN_VETO = _re("wapen_nu.veto", rf"{PAST_MARKER}|\bheeft (?:me|mij|ons|haar|hem)\b|\bbijl (?:ge)?zet|"
                                   r"\bmes(?:sen)? (?:en vork|snijden|slijpen)")
_KEUKENMES_LAST = _re("wapen_nu.keukenmes", r".*\bkeukenmes\b")  # greedy .*: ends after the last one
_THREAT = _re("wapen_nu.dreiging", r"\b(?:dreig|zwaai|richt)")


def _wapen_veto(norm: str) -> bool:
    """The weapon is in the past, or it is a kitchen knife that nothing after it threatens with
    (``\bkeukenmes\b(?!.*\b(?:dreig|zwaai|richt))`` as two linear searches)."""
    if _WAPEN_VETO.search(norm):
        return True
    last = _KEUKENMES_LAST.search(norm)
    return last is not None and _THREAT.search(norm, last.end()) is None


# "ik wil (echt) niet dood": no wish to die (the rule wil_dood would read "wil ... dood")
WIL_NIET_DOOD = rf"\bwil (?:\w+ )?{NOT} (?:\w+ )?(?:dood|sterven|doodgaan)\b"
_WIL_NIET_DOOD = _re("wil_dood.ontkend", WIL_NIET_DOOD)
_ZELFMOORD_WOORD_VETO = _re("zelfmoord_woord.veto",
                            rf"\b{NOT} (?:zelfmoor|suicid)|\bzelfmoordpreventie\b|\b113\b.*\b(?:nummer|bellen)\b"
                            # "zelfmoord?? waar heb je het over" (round 29 C c04, the bot's own word sent back)
                            r"|\b(?:zelfmoord|suicid)\w* ?\?+ ?.{0,20}\b(?:waar heb je het over|hoe kom je (?:daar |er )?(?:bij|op)"
                            r"|wat bedoel je|waar slaat dat op|wie (?:heeft|had) het (?:daar )?over|dat zei ik (?:niet|nooit)"
                            r"|daar gaat het niet om|dat heb ik niet gezegd)"
                            # "Why are you telling me about suicide prevention?? I am not suicidal, this is about an
                            # invoice" (round 31 recheck A c03: the 113 block three times, her yes to book lost)
                            r"|\b(?:not|never|nothing to do with) (?:\w+ ){0,2}suicid|\bsuicide prevention\b"
                            # "Zelfmoord?? Nee hoor, zo erg is het niet" (round 32 A c10: read as a disclosure, the
                            # 113 answer and then the acute one): the bot's word sent back with a no
                            r"|\b(?:zelfmoord|suicid)\w* ?[?!]+ ?(?:\w+ ?[?!,.]* ?)?(?:nee|neen|nope|no|welnee|nee hoor"
                            r"|helemaal niet|echt niet|absoluut niet|zeker niet|geen sprake van)\b"
                            # "wordt nu ergens opgeslagen dat ik het over zelfmoord had?" (the same c10): the word talked
                            # about, whether it is stored
                            r"|\b(?:opgeslagen|bewaard|bewaart|bewaren|genoteerd|geregistreerd|vastgelegd|opslaan)\b.{0,60}"
                            r"\b(?:het over|het woord|over) (?:zelfmoord|suicid)"
                            r"|\b(?:het over|het woord) (?:zelfmoord|suicid)\w*\b.{0,60}\b(?:opgeslagen|bewaard|bewaart"
                            r"|bewaren|genoteerd|geregistreerd|vastgelegd|opslaan)\b"
                            r"|\b(?:why|what)\b.{0,30}\bsuicid\w*\b.{0,20}\?")
# "ik denk niet aan zelfmoord", "aan zelfmoord denk ik niet", "nooit aan zelfmoord gedacht", "ik
# denk er niet aan, aan zelfmoord": an answer to the gentle check's question, no disclosure
# (fourth stranger test, c14) ...
_ZELFMOORD_ONTKEND = _re(
    "zelfmoord_woord.ontkend",
    rf"\b{NOT} (?:meer |eens |echt )?aan (?:zelfmoor|suicid)|\b(?:zelfmoord|suicide)\w* denk ik {NOT}\b"
    rf"|\bdenk (?:er )?{NOT} aan\b.{{0,10}}\baan (?:zelfmoor|suicid)"
    # "NEE IK WIL NIET DOOD" (eighth stranger test c07: read as "ik wil dood", the suicide answer)
    rf"|{WIL_NIET_DOOD}|\bben (?:echt |helemaal )?{NOT} suicidaal\b|\b(?:i am|i'm|im|am) (?:really |definitely )?not "
    r"suicidal\b"
    # "nee ik wil me niks aandoen" (nineteenth stranger test A c04: the suicide question again)
    r"|\b(?:wil|ga|zal|doe) (?:me|mij|mezelf|mijzelf) (?:echt |heus |helemaal )?(?:niks|niets) (?:aan ?doen|aan)\b")
# ... unless it is taken back ("maar nu wel", "maar soms wil ik dood") or is not a denial at all.
_ZELFMOORD_TOCH = _re("zelfmoord_woord.toch", r"\b(?:maar|toch|soms|nu wel|weleens|wel eens|lukt)\b")


# "maar" and "toch" take a denial back only after it: "ik zei toch NEE. ik wil niet dood" (round 31 C c05: the
# suicide answer to her denial, twice) is an emphatic "toch" before it
_ZELFMOORD_TOCH_ERNA = _re("zelfmoord_woord.toch_erna", r"\b(?:maar|toch)\b")
_ZELFMOORD_TOCH_OOIT = _re("zelfmoord_woord.toch_ooit", r"\b(?:soms|nu wel|weleens|wel eens|lukt)\b")


def _denied(pattern: Pattern, norm: str) -> bool:
    """True when ``pattern`` (a denial) matches and nothing takes it back: "soms", "nu wel" anywhere, or "maar",
    "toch" after the denial."""
    found = pattern.search(norm)
    return found is not None and not _ZELFMOORD_TOCH_OOIT.search(norm) \
        and not _ZELFMOORD_TOCH_ERNA.search(norm, found.end())


def _suicide_denied(norm: str) -> bool:
    return _denied(_ZELFMOORD_ONTKEND, norm)


def denies_suicide(text: str) -> bool:
    """"nee ik denk niet aan zelfmoord", "ik bedoel daarmee niet dat ik een einde aan mijn leven wil maken": suicidal
    thoughts denied (and not taken back)."""
    norm = normalise(text)
    return _suicide_denied(norm) or _einde_veto(norm)


def _wil_dood_veto(norm: str) -> bool:
    """"ik wil niet dood" (and nothing that takes it back: "maar", "toch", "soms")."""
    return _denied(_WIL_NIET_DOOD, norm)


# "nee ik wil geen einde aan mijn leven maken" (tenth stranger test c14, said to the gentle check):
# denied, unless taken back
_EINDE_ONTKEND = _re("einde_aan_maken.ontkend",
                     rf"\b(?:wil|ga|denk|zou)\b (?:er )?(?:\w+ )?(?:geen|{NOT}|nooit) (?:\w+ ){{0,3}}(?:een |n )?eind"
                     # "Ik bedoel daarmee niet dat ik een einde aan mijn leven wil maken, mocht u dat denken" (round 31
                     # recheck B c07: the 113 block twice)
                     rf"|\b(?:bedoel|bedoelde|zeg|zei)\b (?:\w+ ){{0,2}}{NOT} (?:dat|om) (?:ik )?(?:\w+ ){{0,2}}(?:een |n )?eind"
                     # "niet dat ik er een eind aan ga maken ofzo. gewoon op" (recheck B c05: the 113 block)
                     r"|(?:^|[.,!?] ?)niet dat ik (?:er )?(?:\w+ ){0,2}(?:een |n )?eind")


def _einde_veto(norm: str) -> bool:
    return bool(_EINDE_ONTKEND.search(norm)) and not _ZELFMOORD_TOCH.search(norm)


def _zelfmoord_woord_veto(norm: str) -> bool:
    # "zelfmoord?? nee ... nou ja, soms wel": the word sent back and then taken back is no denial
    return bool(_ZELFMOORD_WOORD_VETO.search(norm)) and not _ZELFMOORD_TOCH_OOIT.search(norm) \
        or _suicide_denied(norm)


MEZELF_PIJN = (
    rf"\b{ME}\b.{{0,30}}\b(?:snij|snijd|snijden|gesneden|kras|krassen|gekrast|krab|krabben|"
    r"brand|branden|gebrand|beschadig|pijn (?:te )?(?:doen|doe|gedaan)|iets aan(?:doen|doe|gedaan)|"
    r"wat aan(?:doen|doe|gedaan)|iets (?:aan )?te doen|iets (?:gaat |ga |wil |zal )aan(?:doen|doe)|open(?:krab|gekrabd|krabben))|"
    rf"\b(?:ik|en) (?:snij|snijd|kras|krab|brand|sla|beschadig)\b.{{0,10}}\b{ME}\b"
    + not_followed_by(" in de voet", " voor mijn kop", " voor m'n kop", " voor mn kop"))
_MEZELF_PIJN = _re("mezelf_pijn.los", MEZELF_PIJN)
# "hoe ik dit moet aanpakken zonder mijzelf te beschadigen" (round 31 C c10, a fraud report: the suicide answer,
# three times): harm to one's own position, avoided
_ZONDER_SCHADE = _re("mezelf_pijn.zonder", rf"\bzonder (?:dat ik )?{ME} (?:\w+ ){{0,3}}(?:te )?(?:beschadigen|beschadig|schaden)\b")


def _mezelf_pijn_veto(norm: str) -> bool:
    """True when the only harm to oneself in the message is harm avoided ("zonder mezelf te beschadigen")."""
    return _ZONDER_SCHADE.search(norm) is not None and _MEZELF_PIJN.search(_ZONDER_SCHADE.sub(" ", norm)) is None


RULES: Sequence[Rule] = (
    # --- suicidal thoughts -------------------------------------------------------------------
    _rule(ZELFMOORD, "zelfmoord_woord", r"zelfmoor[dt]|\bsuic?id|\bsuicidaal|\bzelfdoding",
          veto=_zelfmoord_woord_veto),
    _rule(ZELFMOORD, "wil_dood", r"\b(?:wil|wou|zou willen|wil gewoon|wil gwn|wil echt|wil liever)"
                                 r"(?: \w+){0,2} (?:dood|sterven|doodgaan)\b" + not_followed_by(" van") + "|"
                                 r"\bvan kant (?:te )?maken\b|"
                                 r"\bdenk\b.{0,25}\baan (?:doodgaan|dood gaan|sterven)\b|\bleef liever (?:niet|nie) meer\b|"
                                 r"\bgeen reden meer om (?:door te gaan|te leven|verder te gaan)\b",
          veto=_wil_dood_veto),
    _rule(ZELFMOORD, "niet_meer_leven",
          rf"\b{NOT} meer (?:leven|wakker (?:worden|te worden|word)|bestaan|verder(?: willen| kunnen)? leven)\b"),
    # "ik wil er (soms|eigenlijk|gewoon) niet meer zijn": up to two words between "er" and "niet"
    _rule(ZELFMOORD, "er_niet_meer_zijn", rf"\ber (?:\w+ ){{0,2}}{NOT} meer (?:wil |zou |zijn|ben|wezen|te zijn)"),
    _rule(ZELFMOORD, "einde_aan_maken",
          r"\ber (?:\w+ ){0,2}(?:een |n )?eind(?:e)? aan (?:te |wil |ga )?(?:maken|make|maak)\b|"
          r"\beind(?:e)? aan (?:mijn|m'n|mn|haar|zijn) leven\b|\beind(?:e)? (?:maak|maakt|maken) aan alles\b|"
          r"\bpolsen\b.{0,15}\b(?:open|door)?gesneden\b|\btegen een (?:boom|muur|vrachtwagen) (?:aan )?(?:te )?(?:rijden|rij)\b|\bvan het leven beroven\b|\bmezelf ophangen\b|"
          r"\bme (?:op )?(?:te )?hangen\b", veto=_einde_veto),
    _rule(ZELFMOORD, "hoeft_niet_meer",
          rf"\bhet hoeft (?:voor mij (?:allemaal )?|allemaal (?:voor mij )?)(?:echt )?{NOT} meer\b",
          # "Het hoeft voor mij allemaal niet meer zo nodig" (round 31 recheck B c07, after feeling discarded at work:
          # the 113 block): "not that much any more", no wish to die
          veto=r"\bniet meer zo (?:nodig|hoeven|moeten)\b"),
    _rule(ZELFMOORD, "morgen_er_niet_meer",
          r"\bof ik er (?:morgen|straks|vanavond|volgende week|over een week) (?:nog )?(?:ben|zal zijn)\b|"
          # "eerlijk gezegd weet ik niet of ik er om 15:15 nog ben", "weet niet of ik vanmiddag nog leef"
          # (round 21 C c06, in the booking: read as a time)
          r"\bof ik er (?:[\w:.]+ ){0,3}nog (?:ben|zal zijn|zijn)\b|\bof ik (?:[\w:.]+ ){0,3}nog (?:leef|zal leven|besta)\b",
          # "of ik er na de reorganisatie nog ben": the job, not one's life
          veto=r"\b(?:reorganisatie|ontslag|contract|baan|functie|fusie|bezuiniging\w*|proeftijd)\b"),
    _rule(ZELFMOORD, "beter_af_zonder_mij",
          r"\bbeter af (?:is |zijn |was |zou zijn |zouden zijn |zijn dan )?(?:als ik er niet|zonder mij|zonder me\b|zonder mn|zonder mijn|als ik dood)|"
          r"\bbeter (?:is|zou zijn) als ik er (?:gewoon )?(?:niet|nie) meer (?:ben|zou zijn)"),
    # indirect, often said in passing (third stranger test, c13): "niemand zou het merken als ik er
    # niet meer was", "niemand zou me missen". A VP names 113 at this first signal. Not about
    # leaving a place ("toen ik er niet meer was"), a party or the job ("... als ik ontslag neem").
    _rule(ZELFMOORD, "als_ik_er_niet_meer_was",
          r"\b(?:als|wanneer|zodra) ik er (?:\w+ ){0,2}(?:niet|nie) meer (?:was|ben|zou zijn)\b|"
          r"\bniemand (?:zou|zal) (?:me|mij) (?:\w+ )?missen\b"
          + not_followed_by(" op ", " bij ", " in ", " op de", " als ik ontslag", " als ik wegga", " als ik vertrek",
                            " als ik stop met", " als ik ziek", " als ik op vakantie", " als ik een dag")),
    _rule(ZELFMOORD, "afscheidsbrief", r"\bafscheidsbrie(?:f|ven)\b"),
    # a farewell received from someone ("mijn collega stuurde me net een appje: 'bedankt voor alles ...
    # zorg goed voor mijn plant'", "ik denk dat hij afscheid neemt. hij neemt zijn telefoon niet op":
    # twentieth stranger test C c05, asked as intimidation, then theft): a farewell said in a message,
    # or someone who cannot be reached after one; not a farewell for a new job, a move or a pension
    _rule(ZELFMOORD, "afscheidsbericht",
          r"\bzorg (?:\w+ ){0,2}voor (?:mijn|m'n|mn) (?:plant\w*|kat|katten|poes|hond\w*|dieren|vissen|konijn\w*)\b|"
          r"\b(?:bedankt|dank je|dankjewel|dank jullie) voor alles\b|\b(?:neemt|nam|nemen) (?:\w+ ){0,2}afscheid\b|"
          r"\bafscheid (?:aan het )?(?:nemen|neemt|nam)\b|\bafscheidsbericht\w*|\bvaarwel\b|"
          # "'sorry voor alles, zeg tegen de anderen dat het niet hun schuld is. dag'. hij neemt niet op"
          # (twenty-fifth stranger test C c03: "Bedoel je: pesten of buitensluiten?"); an apology alone is none
          r"\bsorry voor alles\b.{0,80}[.,!] ?(?:dag|doei|vaarwel|adieu|het ga (?:je|jullie) goed)"
          r"(?: allemaal| iedereen)?[ .!]*(?:['\"]|$)|"
          r"\bsorry voor alles\b.{0,160}\bneemt (?:\w+ ){0,2}(?:niet|nie) (?:meer )?op\b|"
          r"\bzeg (?:tegen )?(?:de anderen|iedereen|allemaal|de rest) dat (?:het )?(?:niet )?(?:\w+ )?(?:niet )?"
          r"(?:hun|jullie|jouw|je) schuld\b",
          r"\b(?:stuurde|stuurt|appte|appt|schreef|schrijft|sms'?te|mailde|zei) (?:me|mij|ons|net|vanavond|zojuist)\b|"
          r"\b(?:appje|berichtje|bericht|sms|whatsapp\w*)\b|\bneemt (?:\w+ ){0,2}(?:niet|nie) (?:meer )?op\b|"
          r"\b(?:hij|zij|ze) (?:\w+ ){0,2}(?:niet|nie) (?:meer )?bereikbaar\b",
          r"\b(?:hij|zij|ze|collega\w*|zijn|haar|hem)\b",  # about someone else, not a goodbye to the bot
          veto=r"\b(?:pensioen|nieuwe baan|andere baan|vertrek\w*|verhuis\w*|emigr\w*|afscheidsfeest\w*|"
               r"afscheidsborrel\w*|afscheidscadeau\w*|vakantie|verlof|laatste werkdag|ontslag genomen)\b"),
    _rule(ZELFMOORD, "springen",
          # "om voor een trein te stappen" (eighteenth stranger test c11: only the gentle check)
          r"\b(?:voor de|voor een) (?:trein|metro|auto|vrachtwagen) (?:te )?(?:springen|spring|lopen)\b|"
          r"\b(?:voor de|voor een|onder de|onder een) (?:trein|metro|tram|bus|vrachtwagen) (?:te )?"
          r"(?:springen|stappen|gaan liggen)\b|"
          r"\b(?:van|op) (?:de|het|een) (?:brug|dak|flat|balkon|steiger)\b.{0,40}\bspring|"
          r"\b(?:gaat|ga|wil|gaan) springen\b|\beruit (?:te )?springen\b|"
          r"\b(?:sta|zit|ben|staat)\b.{0,10}\b(?:bij|op) het spoor\b|"
          # "ik sta al een uur op mijn balkon. 8e verdieping", then "ik bedoel... springen" (nineteenth
          # stranger test C c10: "Klopt het: pesten?", twice)
          r"\b(?:ik bedoel|denk aan|dacht aan|aan denken)\W{0,5}springen\b"),
    # "zit op het dak van mijn flat, 9e verdieping ... it would be so easy to just let go", "my legs are
    # hanging over the edge", "ik zit nog steeds op de rand" (nineteenth stranger recheck c11)
    _rule(ZELFMOORD, "op_de_rand",
          r"\b(?:legs|feet|benen|voeten)\b.{0,25}\b(?:over|boven|buiten) (?:the|de|het) (?:edge|rand|reling|balustrade)\b|"
          r"\b(?:zit|sta|ben)\b.{0,20}\bop de (?:rand|reling|balustrade)(?: van (?:het|de|een|mijn) "
          r"(?:dak|brug|balkon|flat|gebouw))?(?:\s*[.,!?]|\s*$)|"
          r"\b(?:on|at) the (?:edge|ledge) of (?:the|my|a) (?:roof|building|bridge|balcony)\b|"
          r"\bwould be (?:so |very |too |really )?easy to (?:just )?(?:let go|jump|fall|stop|end it)\b"),
    _rule(ZELFMOORD, "op_het_balkon",
          r"\b(?:sta|zit|ben)\b.{0,25}\bop (?:mijn|m'n|mn|ons|het|de|een) (?:balkon|dak|dakterras|vensterbank|brug)\b"
          r".{0,60}\b(?:springen|naar beneden|stoppen|einde|eind|niet meer|let go|loslaten|jump)\b",
          veto=r"\b(?:blijdschap|vreugde|onderhoud|reparatie|klus|valbeveiliging|steiger|roken)\b"),
    # Pills taken, many of them or with drink, or feeling their effect (twenty-third stranger test C c02:
    # "6 of 8 slaappillen genomen met wijn, ik ben duizelig" got the menu and a bullying check, no 112)
    _rule(ZELFMOORD, "overdosis_genomen", OVERDOSE_TAKEN, veto=OVERDOSE_VETO),
    # The body in danger now (twenty-fourth stranger test C c08: "help ik krijg geen adem", "mijn borst
    # doet zeer en ik hyperventileer" after a hot pan was thrown got the suicide question, twice): 112
    _rule(GEWELD, "lichaam_nu", BODY_NOW),
    # Someone about to drive drunk (twenty-fourth stranger test B c08: "hij gaat nu rijden met drank op.
    # wat moet ik doen" got the list of situations, "er kan nu iemand doodgereden worden" the suicide
    # question): danger on the road now, 112
    _rule(GEWELD, "rijden_onder_invloed", DRUNK_DRIVING_NOW, veto=DRUNK_VETO),
    _rule(ZELFMOORD, "plan",
          r"\b(?:weet|bedacht|besloten)\b.{0,25}\b(?:hoe|waar|wanneer) ik (?:het|t) (?:ga|wil|zal) doen\b|"
          r"\b(?:\w*pillen|medicijnen|tabletten)\b.{0,30}\b(?:ingenomen|geslikt|opgespaard|verzameld)\b|"
          r"\btouw\b.{0,30}\bopgehangen\b|\boverdosis\b|\b(?:pillen|medicijnen|tabletten) (?:gespaard|opgespaard|verzameld)\b|\btouw\b.{0,40}\b(?:gekocht|klaar|ophangen|doen)\b",
          # an overdose given to someone cared for ("ze heeft 2x bijna een patient een overdosis heparine
          # gegeven", twenty-first stranger test B c05: the 113 answer to a nurse asking about patient safety)
          veto=r"\b(?:patient\w*|bewoner\w*|client\w*|zorgvrager\w*|baby|kind)\b.{0,30}\boverdosis\b|"
               r"\boverdosis\b.{0,40}\b(?:gegeven|toegediend|gekregen|geven|toedienen)\b"),
    # means laid ready ("ik heb al pillen klaargelegd"): a plan, unless they are someone's daily
    # medicine or packed for a trip
    _rule(ZELFMOORD, "middel_klaar",
          r"\b(?:\w*pillen|medicijnen|tabletten|touw)\b.{0,25}\b(?:klaargelegd|klaar gelegd|klaarliggen|klaar liggen|"
          r"klaarstaan|klaar staan|klaargezet|klaar gezet)\b|"
          r"\b(?:\w*pillen|medicijnen|tabletten|touw)\b.{0,25}\b(?:liggen|ligt|staan|staat|heb ik)\b.{0,10}\bklaar\b",
          veto=r"\b(?:vakantie|reis|weekend|weekdoos|baxter|ontbijt|avondeten|oma|opa|moeder|vader|kind|kinderen|"
               r"dochter|zoon|patient\w*|bewoner\w*|client\w*)\b"),
    # means laid out or still there, or the thought of taking them, in her own words (sixteenth
    # stranger test c23: "ik heb vanavond alle pillen die ik nog had op tafel gelegd", "die pillen
    # liggen er nog steeds", "ik denk er wel over om ze in te nemen ja" got "Je stelt je niet aan")
    _rule(ZELFMOORD, "middel_aanwezig",
          r"\balle (?:\w+ ){0,2}(?:\w*pillen|medicijnen|tabletten|slaappillen)\b.{0,40}\b(?:op tafel|voor me|voor mij|"
          r"naast me|naast mij|bij elkaar|neergelegd|gelegd|uitgestald|verzameld|klaar)\b|"
          r"\b(?:\w*pillen|medicijnen|tabletten|touw)\b (?:liggen|ligt|hangt) (?:er|hier|daar) (?:\w+ ){0,2}(?:nog|nog steeds)\b|"
          r"\b(?:denk|dacht|overweeg|overwoog)\b.{0,25}\b(?:ze|die|alle|alles|de pillen|die pillen|mijn pillen)\b"
          r"(?: \w+){0,2} (?:in te nemen|te slikken|op te slikken|innemen|slikken)\b|"
          # "ik bedoel die pillen. ik heb er al een paar keer naar zitten kijken vanavond"
          r"\b(?:pillen|tabletten|medicijnen|strip|oxazepam|slaappillen)\b.{0,30}\b(?:naar zitten kijken|"
          r"naar gekeken|naar zitten staren|voor me liggen)\b",
          veto=r"\b(?:vakantie|reis|weekend|weekdoos|baxter|ontbijt|avondeten|oma|opa|moeder|vader|kind|kinderen|"
               r"dochter|zoon|patient\w*|bewoner\w*|client\w*|dokter|arts|voorgeschreven|antibiotica|vitamine\w*)\b"),
    # means at hand and "I can't go on" ("ik word al maanden gepest op't werk en ik kan ni meer. ik zit hier
    # in de keuken met een doos slaappillen voor mij", nineteenth stranger recheck c10: "Klopt het: pesten?")
    _rule(ZELFMOORD, "middel_en_kan_niet_meer",
          r"\b(?:\w*pillen|medicijnen|tabletten|touw)\b",
          r"\b(?:kan|trek|hou) (?:het |t )?(?:echt |gewoon )?(?:niet|nie|ni) meer\b|\bgeen zin meer\b|\bwil (?:niet|nie|ni) meer\b",
          r"\b(?:voor (?:me|mij)|naast (?:me|mij)|op (?:tafel|het aanrecht|mijn bed)|hier|in (?:mijn|m'n|mn) hand)\b",
          veto=r"\b(?:vakantie|reis|weekdoos|baxter|patient\w*|bewoner\w*|client\w*|voorgeschreven|antibiotica|"
               r"vitamine\w*)\b"),
    # means at hand and "easier for everyone" ("ik heb nog een hele strip oxazepam liggen van mn moeder.
    # misschien is dat wel makkelijker voor iedereen": sixteenth stranger recheck c01, "Klopt het:
    # pesten?"); whose pills they are does not matter here
    _rule(ZELFMOORD, "middel_en_beter_af",
          r"\b(?:\w*pillen|tabletten|medicijnen|strip|strips|oxazepam|diazepam|temazepam|paracetamol|doosje|"
          r"touw)\b",
          r"\b(?:makkelijker|beter|fijner|rustiger) voor iedereen\b|\biedereen (?:is|zou|zal|zijn) "
          r"(?:\w+ ){0,2}beter af\b|\bniemand (?:zou|zal) (?:het|me|mij) (?:\w+ )?missen\b"),
    # "ik zie het (helemaal) niet meer zitten" on its own is the idiom of despair that 113 is for;
    # "... met dat project / om daar te werken" is about a plan or a job and is left to the classifier.
    _rule(ZELFMOORD, "niet_meer_zitten",
          r"\bzie (?:ik )?(?:het|t) (?:\w+ ){0,2}(?:niet|nie) meer zitten\b" + not_followed_by(" met", " om", " bij", " op", " in", " dat")),
    # warning signs, often told by a colleague who saw them: giving one's things away together
    # with saying goodbye or "er (volgende week) niet meer zijn" ("hij geeft zijn spullen weg en
    # zei 'ik ben er volgende week toch niet meer'"). Either sign alone is everyday (moving house,
    # leaving the job); both together are the classic warning.
    # farewell said as a plan done and a time short: "hij zei vanochtend dat hij zijn zaakjes op orde had
    # gebracht en dat we hem niet meer lang hoeven te zien" (eighteenth stranger recheck c07: read as a
    # time wish in the booking), "nog even en jullie zijn van me af" (B c06)
    _rule(ZELFMOORD, "afscheid_gezegd",
          r"\b(?:zaakjes|zaken|spullen|papieren|alles) (?:\w+ ){0,2}(?:op orde|geregeld|afgehandeld|opgeruimd)\b|"
          r"\bweg(?:ge)?geven\b|\b(?:geeft|gaf|gaven)\b.{0,40}\bweg\b",
          r"\bniet (?:meer )?lang (?:meer )?(?:hoeven|hoeft|zullen|zult|moeten) (?:te )?zien\b|"
          r"\bvan (?:me|mij|hem|haar) af\b|\bvoor (?:het )?laatst\b",
          veto=r"\b(?:verhuiz\w*|pensioen|vakantie|verlof|nieuwe baan|andere baan|overstap\w*|ontslag genomen|"
               r"opzeggen|opgezegd|emigr\w*|reis|zwanger\w*)\b"),
    _rule(ZELFMOORD, "afscheid_signalen",
          r"\b(?:geeft|gaf|geef|geven|gaven)\b.{0,40}\bweg\b|\bweg(?:ge)?geven\b|\bweg te geven\b",
          r"\ber (?:\w+ ){0,3}(?:niet|nie) meer (?:ben|is|zijn|zal zijn|zou zijn|wezen)\b|"
          r"\ber (?:\w+ ){0,3}(?:niet|nie) meer\s*['\"]|\bneemt afscheid\b|\bafscheid (?:aan het )?(?:nemen|neemt)\b|"
          r"\bafscheidsbrie|\bdood\b|\bsterven\b|\bniet meer (?:hoeft|hoeven|nodig)\b"),
    # --- self-harm ---------------------------------------------------------------------------
    _rule(ZELFBESCHADIGING, "zelfbeschadiging_woord", r"zelfbeschadig|\bautomutil"),
    _rule(ZELFBESCHADIGING, "mezelf_pijn", MEZELF_PIJN, veto=_mezelf_pijn_veto),
    _rule(ZELFBESCHADIGING, "ik_doe_me_iets_aan",
          r"\b(?:ik|dat ik) (?:me|mij) (?:iets|wat) (?:aan ga doen|aandoe|zal aandoen|ga aandoen)\b"),
    # --- violence or a weapon now --------------------------------------------------------------
    # "moet ik opendoen? misschien wil hij alleen praten" with someone banging on the door (twentieth
    # round C c03: the answer on addressing someone oneself): whether to open the door to him
    _rule(GEWELD, "deur_open_vraag", OPEN_DOOR_ASKED,
          r"\b(?:hij|zij|ze|die man|die vrouw|die collega|mijn collega|hem|haar)\b"),
    _rule(GEWELD, "wapen_nu", WEAPON, rf"{NOW}|{PRESENT_WEAPON_VERB}", veto=_wapen_veto),
    _rule(GEWELD, "geweld_nu", VIOLENT_ACT_NOW, NOW, veto=r"\bvorige\b|\bgeleden\b"),
    # "er is hier een man binnen die schreeuwt en met een stoel gooit, ik zit in het kantoortje"
    # (eleventh stranger test c01: the suicide question): someone here, now, throwing or hitting,
    # the verb at the end of the clause as Dutch puts it
    _rule(GEWELD, "geweld_hier",
          r"\ber (?:is|zijn|staat|staan|loopt|lopen) (?:nu |hier |binnen |hier binnen |nu hier )+(?:een|twee|drie|iemand|"
          r"die|zo'?n)\b",
          r"\b(?:gooit|gooien|smijt|smijten|slaat|slaan|schopt|schoppen|trapt|vecht|vechten|zwaait|zwaaien|"
          r"sloopt|slopen|vernielt)\b",
          veto=rf"{PAST_MARKER}|\b(?:altijd|vaak|soms|elke|iedere|weleens|wel eens)\b"),
    _rule(GEWELD, "net_aangevallen",
          rf"\bnet\b.{{0,40}}\b{HURT_JUST_NOW}\b|\b{HURT_JUST_NOW}\b.{{0,40}}\b(?:staat|is|zit) (?:er |hier )?(?:nog|nog steeds)\b|"
          r"\bbewusteloos\b|\bdreigt\b.{0,20}\biets aan te doen\b",
          veto=r"\bvorige\b|\bgeleden\b|\bvorig jaar\b"),
    _rule(GEWELD, "wordt_geschoten", r"\b(?:er wordt|wordt er|ze) (?:nu )?(?:geschoten|gestoken)\b"),
    _rule(GEWELD, "opgesloten_belaagd",
          r"\b(?:deur in (?:te )?(?:trappen|trapt)|zit(?:ten)? opgesloten|zit(?:ten)? verstopt|"
          r"zit(?:ten)? (?:\w+ ){1,4}(?:opgesloten|verstopt)|"
          r"(?:ben|zijn|voel me|voel ik me) (?:\w+ )?(?:niet|nie) veilig|durf (?:niet|nie) naar huis|"
          r"(?:heb|hebben) (?:me|mij|ons) (?:op|ver)(?:gesloten|stopt)|niet (?:ga|gaat|zal) navertellen)\b|"
          # "ik durf nu eigenlijk niet goed naar huis" after he stood at her door (round 31 B c09: "Kies een van de
          # tijden hieronder"); not "... naar huis te bellen"
          r"\bdurf (?:\w+ ){0,2}(?:niet|nie) (?:\w+ )?naar huis(?:\s*[.,!?;]|\s*$| (?:want|omdat|hij|zij|ze|die|nu|"
          r"vandaag|vanavond|vannacht|straks|alleen|meer)\b)"),
    # a threat and the one who threatens is still there (sixth stranger test c23: "hij staat nog
    # steeds hier buiten te schreeuwen dat hij me te pakken krijgt")
    _rule(GEWELD, "dreiger_nog_hier",
          r"\bte pakken (?:krijgt|krijgen|krijg|nemen|neemt)\b|\bpak (?:ik )?(?:je|jou) (?:nog|straks)\b|"
          r"\bmaakt? (?:me|mij) af\b|\bslaat (?:me|mij) (?:in elkaar|verrot)\b",
          r"\b(?:staat|staan|wacht|wachten|loopt|lopen|is|zijn)\b (?:\w+ ){0,3}(?:buiten|voor de deur|op de gang|"
          r"bij de deur|op me te wachten|op mij te wachten|hier nog|nog hier)\b",
          veto=r"\bvorige\b|\bgeleden\b|\bvorig jaar\b"),
    # someone who threatens comes in or comes at you now (eighteenth stranger test c06, in the booking
    # at night: "hij komt net binnen bij de balie, hij is dronken en zegt dat hij me in elkaar slaat als
    # ik hier iets over zeg" got "Wil je daar eerst over praten?" and the times)
    _rule(GEWELD, "dreiger_komt_nu",
          r"\b(?:hij|zij|ze|die|die man|die vent|die klant|die gast|die client)\b (?:\w+ ){0,2}(?:komt|komen|loopt|rent|"
          r"lopen|rennen) (?:\w+ ){0,2}(?:binnen|binnenlopen|binnenlopend|eraan|terug|naar (?:binnen|beneden|boven|me toe|"
          r"mij toe)|hierheen|op me af|op mij af|achter me aan|achter mij aan)\b|"
          # "hij staat nu bij mn bureau en zegt dat ik maar beter kan oppassen" (eighteenth stranger recheck c05)
          r"\b(?:hij|zij|ze|die)\b (?:staat|zit|is) (?:nu |hier |net |alweer |weer ){1,3}(?:bij|naast|achter|voor|aan) "
          r"(?:mijn|mn|m'n|me|mij|de balie|het bureau)\b",
          r"\b(?:in elkaar|slaat|slaan|sla|te pakken|vermoord\w*|af te maken|maakt me af|dreig\w*|mes|wapen|dronken|"
          r"agressief|woedend|schreeuw\w*|scheldt|bang|oppassen|uitkijken|pas (?:maar )?op)\b",
          veto=r"\bvorige\b|\bgeleden\b|\bvorig jaar\b|\bgisteren\b|\bkwam\b|\bmorgen\b|\bovermorgen\b|"
               r"\bvolgende\b|\bvakantie\b|\bverlof\b|\bna het weekend\b"),
    # someone who threatened or pushed you waits for you now (eighth stranger test c07: "HIJ STAAT NU
    # BUITEN BIJ MIJN AUTO TE WACHTEN" after a push and "je zult het nog wel zien" got the suicide check)
    _rule(GEWELD, "opgewacht_nu", WAITING_NOW, WAITING_THREAT, veto=lambda norm: _waiting_vetoed(norm)),
    # someone at the door of one's home, banging, trying to get in, or following the writer now; the
    # writer hiding or locked in (ninth stranger test c28: "hij bonkt op de deur" got the suicide check).
    # The acts on their own; someone standing or waiting there with fear, a threat, "now" or home.
    # Not the past, a habit or a fear of what may come (bot.dialogue.crisis, BESIEGED_*).
    _rule(GEWELD, "belaagd_nu", BESIEGED_ACT, veto=besieged_not_now),
    # "wat moet ik met die pillen doen dan" (nineteenth stranger test C c06): the means, asked about
    _rule(ZELFMOORD, "middel_vraag", MEANS_ASKED, veto=MEANS_VETO),
    # "ik heb pillen gespaard", "de pillen liggen hier naast me" (twenty-first stranger test C c06)
    _rule(ZELFMOORD, "middel_bij_de_hand", MEANS_AT_HAND, veto=MEANS_VETO),
    _rule(GEWELD, "belaagd_aanwezig", BESIEGED_PRESENT, BESIEGED_WHY,
          veto=lambda norm: besieged_not_now(norm) or not someone_present(norm)),
    _rule(GEWELD, "doodsbedreiging",
          rf"\b(?:gaat|komt|ga|wil|gaan|komen)\b.{{0,25}}\b(?:me|mij|ons|jou|je|haar|hem)\b.{{0,15}}\b{KILL}\b|"
          rf"\b(?:me|mij|ons|iedereen)\b.{{0,30}}\b(?:komt|gaat|gaan|komen)\b.{{0,10}}\b{KILL}\b|"
          rf"\b(?:gaat|ga|gaan)\b.{{0,10}}\biedereen\b.{{0,10}}\b{KILL}\b|"
          rf"\b(?:om|komt)\b.{{0,30}}\b(?:me|mij|ons|iedereen)\b.{{0,5}}\b{KILL_SPLIT}"),
    # --- recent sexual violence --------------------------------------------------------------
    _rule(SEKSUEEL_GEWELD, "verkrachting",
          r"\b(?:verkracht|verkrachting|verkrachte|gedwongen tot seks|tot seks gedwongen|"
          r"seks (?:af)?gedwongen|dwong (?:me|mij) tot seks)\b",
          veto=LONG_AGO),
    _rule(SEKSUEEL_GEWELD, "aanranding_recent",
          r"\b(?:aangerand|aanranding|betast|misbruikt|aan me gezeten|onder mijn kleren|gedrogeerd|"
          r"zonder kleren wakker)\b", RECENT,
          veto=LONG_AGO),
)


# --- sexual violence described by what was done, without the word --------------------------
# "hij stak zijn hand in mijn broek", "hij dwong me hem te pijpen". Recent (RECENT, no LONG_AGO):
# a crisis (the Centrum Seksueel Geweld answer); otherwise the dialogue names that help next to
# the situation (actions: ActionHerkenSituatie). No look-arounds, no backreferences.
_MY = r"(?:mijn|m'n|mn|me)"  # "zat aan me borsten" (nineteenth stranger test B c02): spoken "me" for "mijn"
_CLOTHES = r"(?:broek|rok|jurk|slip|slipje|onderbroek|kleren|bh|shirt)"
_INTIMATE = r"(?:borsten|borst|tieten|kruis|geslachtsdeel|geslachtsdelen|piemel|penis|vagina|schaamstreek)"
_CLOTHES_VERB = r"(?:deed|trok|trekt|doet|rukte|sjorde|schoof|scheurde)"
_CLOTHES_WAY = r"(?:naar beneden|omlaag|omhoog|uit|open|kapot)"
SEXUAL_ACT = (
    rf"\b(?:hand|handen|vingers?) (?:in|onder) {_MY} (?:broek|rok|jurk|bh|slip|slipje|onderbroek|kleren|shirt|truitje)\b|"
    rf"\b(?:in|onder) {_MY} (?:broek|rok|jurk|slip|slipje|onderbroek|bh|kleren|shirt|truitje) (?:gezeten|gegaan|gestoken|gegrepen|gevoeld)\b|"
    rf"\baan {_MY} (?:borsten|borst|kruis|billen|kont|geslachtsdeel|piemel|vagina|kruis) (?:gezeten|gezeten|gevoeld|gegrepen|getast)\b|"
    # "hij zat aan mijn borsten", "hij greep me in mijn kruis", "betastte mijn borsten" (eighth
    # stranger test c19: told without the word, no sexual violence and no Centrum Seksueel Geweld)
    rf"\b(?:zat|zit|zaten|zitten|greep|grijpt|grepen|graaide|graait|kneep|knijpt|voelde|voelt|betastte|betast|"
    rf"friemelde|wreef|wrijft)\b(?: \w+){{0,3}} (?:aan|in|naar|over|op) {_MY} {_INTIMATE}\b|"
    rf"\b(?:betastte|betast|betasten|begrapste) {_MY} {_INTIMATE}\b|"
    r"\b(?:dwong|dwingt|gedwongen|forceerde|moest)\b.{0,30}\b(?:pijpen|beffen|aftrekken|seks|uitkleden|uit te kleden|naakt)\b|"
    r"\b(?:kleren|broek|rok) (?:uitgetrokken|uitgedaan|naar beneden getrokken)\b|"
    # someone else pulls the clothes down or off: "deed mijn broek naar beneden", "trok hij mijn rok omhoog"
    rf"\b(?:hij|ze|zij|die|\w*(?:collega|baas|eigenaar|chef|manager|klant|leidinggevende|man|vent))\b.{{0,50}}"
    rf"\b{_CLOTHES_VERB}(?: \w+)? {_MY} {_CLOTHES}\b.{{0,20}}\b{_CLOTHES_WAY}\b|"
    rf"\b{_CLOTHES_VERB} (?:hij|ze|zij|die) {_MY} {_CLOTHES}\b.{{0,30}}\b{_CLOTHES_WAY}\b|"
    r"\bis (?:bij|in) (?:me|mij) binnengedrongen\b|\bheeft (?:me|mij) gepenetreerd\b|\bseks met (?:me|mij) gehad terwijl\b|"
    # touched, said no, and it went on: "hij heeft me aangeraakt en ik zei nee en hij ging door"
    r"\b(?:aangeraakt|aanraakte|aanraken|betastte|zat aan (?:me|mij)|aan (?:me|mij) zitten)\b.{0,60}"
    r"\b(?:ik zei|zei ik|ondanks (?:mijn|m'n|mn)) (?:nog )?(?:nee|stop)\b.{0,40}\b(?:ging|bleef)\b.{0,12}\bdoor\b"
)
_SEXUAL_ACT = _re("seksuele_handeling", SEXUAL_ACT)
SEXUAL_ACT_RULES: Sequence[Rule] = (
    _rule(SEKSUEEL_GEWELD, "seksuele_handeling_recent",
          rf"{RECENT}.{{0,160}}(?:{SEXUAL_ACT})|(?:{SEXUAL_ACT}).{{0,160}}{RECENT}", veto=LONG_AGO),
)
# Told without naming the act: "hij heeft me meegenomen naar de opslag en ik wilde niet", "hij
# duwde me op het bed, ik zei nee". Three things together: a refusal (ik wilde niet, ik zei nee,
# tegen mijn wil), a recent time, and an intimate touch or an isolated place (taken to a
# storeroom, pushed onto a bed); being held or grabbed alone is aggression, not this. Without the place or the body it stays with the classifier ("gisteren moest
# ik overwerken, ik wilde niet").
_REFUSED = (
    r"\bik (?:wilde|wou)(?: het| dat| dit)?(?: echt| helemaal| gewoon| dus)? (?:niet|nie)\b"
    r"(?:\s*[.,!?;:]|\s*\z|\s+(?:maar|en|hij|ze|zij|toch|hoor)\b)|"
    r"\bik zei (?:nog |steeds |wel |duidelijk |meerdere keren |nog wel )?(?:nee|stop|dat ik (?:het |dat )?niet wilde)\b|"
    r"\b(?:tegen mijn wil|ondanks (?:mijn|m'n|mn) nee|terwijl ik nee zei)\b|"
    # "ik heb nee gezegd", "heeft dingen gedaan die ik niet wilde" (fifteenth stranger test c07, c13)
    r"\bik (?:heb|had) (?:nog |steeds |wel |duidelijk |echt |toch )?nee gezegd\b|"
    r"\bterwijl ik (?:dat|het|dit) (?:echt |helemaal )?(?:niet|nie) wilde\b|"
    r"\b(?:dingen|iets|van alles) (?:\w+ )?(?:gedaan|deed|gedaan met me|gedaan met mij) die ik (?:echt |helemaal )?"
    r"(?:niet|nie) wilde\b|"
    r"\bik (?:heb|had) nee gezegd(?: denk ik| geloof ik)?\b"
)
_ALONE_OR_BODY = (
    r"\b(?:meegenomen|meegetrokken|meegesleurd|trok (?:me|mij) mee|nam (?:me|mij) mee|neemt (?:me|mij) mee)\b.{0,40}"
    r"\b(?:opslag|magazijn|toilet|wc|berging|kelder|archief|hotelkamer|slaapkamer|bed|(?:zijn|haar) (?:huis|kamer|auto|bus)|"
    r"achterkamer|kleedkamer|douche|bosjes|park|steeg)\b|"
    r"\b(?:me|mij) mee (?:naar )?(?:buiten|achter) (?:getrokken|gesleurd)\b|"
    # "een collega heeft me naar buiten gebracht en daarna... ik weet het niet precies meer. ik wilde
    # het niet" (nineteenth stranger test C c04, after a staff party: "Klopt het: agressie?")
    r"\b(?:me|mij) (?:mee )?naar (?:buiten|achter|boven|zijn auto|zijn kamer|huis) (?:gebracht|genomen|meegenomen|"
    r"getrokken|geduwd)\b|"
    r"\b(?:weet (?:het |er )?(?:niet|nie) (?:\w+ )?meer|kan (?:het |me |mij )?(?:niet|nie) (?:\w+ )?meer herinneren|"
    r"stuk kwijt|gat in mijn geheugen|black ?out)\b|"

    # "heeft een collega me mee naar zijn auto genomen en ik wilde niet maar hij ging door"
    # (sixteenth stranger test c14: read as a time in the booking)
    r"\b(?:me|mij) mee (?:naar |in )?(?:zijn|haar|de|het|een) (?:auto|huis|kamer|bus|busje|hotelkamer|slaapkamer|"
    r"opslag|magazijn|toilet|wc|kelder|berging|archief|kleedkamer|douche)\b|"
    # "is mee naar binnen gekomen" (her home), "is achter me aan gelopen naar het toilet" (c13, c07)
    r"\bmee naar binnen (?:gekomen|gegaan|gelopen|geduwd)\b|"
    r"\b(?:achter (?:me|mij) aan|(?:me|mij) achterna)\b.{0,40}"
    r"\b(?:toilet|wc|kleedkamer|douche|opslag|magazijn|berging|slaapkamer|hotelkamer)\b|"
    r"\b(?:op (?:het|een|zijn|haar) bed|bovenop (?:me|mij)|boven op (?:me|mij)|op (?:me|mij) (?:lag|ging liggen)|uitgekleed|kleedde|"
    r"aangeraakt|aanraakte|betastte|gezoend|zoende|kuste|gekust|zijn handen|onder (?:mijn|m'n|mn) kleren|"
    r"mijn lichaam|seks|sex|naakt)\b"
)
# Told hesitantly, over more than one message: "hij is te ver gegaan. ik had nee gezegd", "hij heeft
# me aangeraakt terwijl ik dat niet wilde. en meer dan dat" (eighteenth stranger test c05: "Het lukt
# me niet goed om je te begrijpen"). A refusal and going further than a touch, without a time: the
# answer asks whether it was less than a week ago.
_WENT_FURTHER = (r"\b(?:te ver gegaan|te ver ging|verder gegaan|verder ging|(?:en )?meer dan dat|meer dan aanraken|"
                 r"meer dan aandacht|doorgegaan|ging (?:hij |ze )?door"
                 # "toen ging hij te ver. ik zei nee maar hij hield niet op" (round 34 B c08: "ongewenste seksuele
                 # aandacht", the suicide question, the centre only when asked about the police)
                 r"|ging (?:hij|ze|zij) (?:\w+ )?te ver|(?:hij|ze|zij) (?:hield|hielden|stopte|stopten) (?:\w+ )?"
                 r"(?:niet|nie) (?:op|mee)|(?:hij|ze|zij) (?:stopte|stopten) (?:\w+ )?(?:niet|nie))\b")
# "hij kwam mee naar binnen. ik wilde dat niet", "ik denk dat hij.. verder ging dan ik wilde" (eighteenth
# stranger recheck c06): into her home or further than she wanted, with a refusal, no time said
_INTO_HOME_OR_FURTHER = (r"\b(?:kwam|ging|liep|is|was) (?:(?:hij|ze|zij|nog|even|toen|dan|ook|gewoon|toch) ){0,3}"
                         r"mee naar binnen\b|\bmee naar (?:zijn|mijn|haar) "
                         r"(?:huis|kamer|hotelkamer|slaapkamer)\b|\b(?:op (?:het|een|zijn|mijn) bed|uitgekleed|onder (?:mijn|m'n|mn) "
                         r"kleren|seks|sex)\b")
_FURTHER_THAN_WANTED = r"\b(?:hij|ze|zij)\b.{0,40}\bverder (?:ging|gegaan|is gegaan) dan ik (?:wilde|wou)\b"
SEXUAL_ACT_RULES = (
    *SEXUAL_ACT_RULES,
    _rule(SEKSUEEL_GEWELD, "niet_gewild_recent", _REFUSED, RECENT, _ALONE_OR_BODY, veto=LONG_AGO),
    _rule(SEKSUEEL_GEWELD, "niet_gewild_verder", _REFUSED, _WENT_FURTHER,
          veto=LONG_AGO + r"|\b(?:grap\w*|opmerking\w*|woorden|deadline|planning|geld|rooster|dienst\w*|vergadering)\b"),
    _rule(SEKSUEEL_GEWELD, "niet_gewild_thuis", _REFUSED, _INTO_HOME_OR_FURTHER, veto=LONG_AGO),
    # "meer dan aandacht. ik wil het woord nie typen. hij is gebleven tot vanochtend" (nineteenth
    # stranger recheck c08: "Dag, fijn dat je even langskwam", twice)
    _rule(SEKSUEEL_GEWELD, "woord_niet_typen",
          r"\b(?:wil|kan|durf) (?:het|dat|dat ene) woord (?:\w+ )?(?:niet|nie|ni) (?:te )?(?:typen|zeggen|schrijven|noemen|"
          r"uitspreken)\b|\bmeer dan (?:aandacht|aanraken|een aanraking)\b.{0,80}\b(?:gebleven|bleef|blijven slapen|"
          r"tot vanochtend|tot de ochtend|nacht)\b",
          veto=LONG_AGO),
    # "hij heeft dingen gedaan. mijn kleren. ik heb nee gezegd denk ik" (nineteenth stranger test C c04:
    # "Klopt het: seksuele intimidatie?"): things done, her clothes, a refusal
    _rule(SEKSUEEL_GEWELD, "niet_gewild_kleren", _REFUSED,
          r"\b(?:dingen|iets|van alles) (?:met (?:me|mij) )?(?:gedaan|deed)\b",
          r"\b(?:mijn|m'n|mn|me) (?:kleren|broek|rok|jurk|bh)\b",
          veto=LONG_AGO + r"|\b(?:winkel|kopen|gekocht|wasmachine|wassen|strijken|kast|verkleed\w*|kostuum)\b"),
    _rule(SEKSUEEL_GEWELD, "verder_dan_gewild", _FURTHER_THAN_WANTED,
          veto=LONG_AGO + r"|\b(?:grap\w*|opmerking\w*|discussie|ruzie|deadline|planning|geld|rooster|vergadering|"
                          r"bezuiniging\w*|reorganisatie)\b"),
)
RULES = (*RULES, *SEXUAL_ACT_RULES)


_WAITING_NOW = _re("opgewacht_nu.nu", WAITING_NOW)
_WAITING_THREAT = _re("opgewacht_nu.dreiging", WAITING_THREAT)
_WAITING_VETO = _re("opgewacht_nu.niet_nu", WAITING_VETO)


# "die man van vorige week staat weer buiten bij de fietsenstalling te wachten. hij heeft toen gezegd dat hij me wel
# zou vinden" (round 34 recheck R2 c01: the safety check, then no answer): "van vorige week" says who, "toen" when he
# threatened; "staat weer" says he waits now
_PERSON_FROM_BEFORE = _re("opgewacht_nu.wie_van_toen",
                          r"\b(?:die|de|diezelfde|dezelfde|een) (?:\w+ )?(?:man|vent|klant|jongen|gast|kerel|vrouw|meneer"
                          r"|mevrouw|collega|persoon|ex) (?:van|uit) (?:vorige week|vorige maand|gisteren|laatst"
                          r"|de vorige keer|toen)\b")
_WAITING_AGAIN = _re("opgewacht_nu.weer_nu", r"\b(?:staat|staan|wacht|wachten|zit|zitten|loopt) (?:hij |ze |zij |die )?"
                                             r"(?:nu|nog|weer|alweer|opnieuw|er weer|er nu)\b")
_WAITING_LATER = _re("opgewacht_nu.later", r"\b(?:morgen|straks|elke|iedere|altijd|vaak|meestal)\b")


def _waiting_vetoed(norm: str) -> bool:
    """The waiting is past, a habit or later; not when it says he waits there again now (see above)."""
    if _WAITING_LATER.search(norm):
        return bool(_WAITING_VETO.search(norm))
    if _WAITING_AGAIN.search(norm):
        return False
    return bool(_WAITING_VETO.search(_PERSON_FROM_BEFORE.sub(" ", norm)))


def waiting_now(text: str) -> bool:
    """True when someone who threatened or hit the writer waits for them now (rule opgewacht_nu)."""
    norm = normalise(text)
    return bool(_WAITING_NOW.search(norm) and _WAITING_THREAT.search(norm) and not _waiting_vetoed(norm))


def sexual_act(text: str) -> bool:
    """True when the text describes a sexual act done to someone (recent or not)."""
    return bool(_SEXUAL_ACT.search(normalise(text)))


# Sexual violence named by its word ("een collega heeft mij aangerand", "ik ben verkracht") or
# described by the act, told without a time or as a past event: for the dialogue, sexual violence
# (the Centrum Seksueel Geweld answer), not the gentle suicide check (seventh stranger test c28).
_ASSAULT_WORD = _re(
    "aanranding_woord",
    r"\b(?:aangerand|aanranding|aanrander|betast|verkracht\w*|misbruikt|gedrogeerd|seksueel (?:geweld|misbruik)|"
    r"tot seks gedwongen|gedwongen tot seks)\b",
)


def sexual_assault(text: str) -> bool:
    """True when the text tells of sexual violence done to someone, by its word or by the act."""
    norm = normalise(text)
    return bool(_ASSAULT_WORD.search(norm) or _SEXUAL_ACT.search(norm))

# English, for international employees (the bot answers English-only messages in English;
# a crisis comes first in any language). Linear-time: no look-arounds, no backreferences.
# "want" only with "to": Dutch "want die" ("because that one") is everyday Dutch, and "... maar weet
# mijn chef dat dan? want die zit daar elke dag" got the suicide alarm (seventeenth stranger test).
EN_LONG_AGO = r"\b(?:years? ago|months? ago|last year|when i was)\b"
EN_WAITING_NOW = (
    r"\b(?:he|she|they|guy|man|someone|boss|manager|ex)(?:'s|'re| is| are| has been| keeps)? (?:\w+ ){0,2}"
    r"(?:waiting|standing|sitting|parked|lurking|hanging around)\b(?: \w+){0,5} "
    r"(?:outside|for me|in the parking|at my car|by my car|near my car|at the door|at the exit|at the entrance"
    r"|in his car|in the car park|downstairs|in front of)\b"
    r"|\b(?:scared|afraid|frightened|terrified) (?:to|of) (?:walk(?:ing)?|go(?:ing)?) (?:\w+ ){0,2}(?:to my car|outside"
    r"|out|home|to the car|to the parking|to the exit)\b"
    # "he's in the parking garage, standing next to my car", "he is waiting for me downstairs" (round 34 recheck R2
    # c08, mid-booking: "Wil je daar eerst over praten?")
    r"|\b(?:waiting|standing|sitting|lurking|parked)\b(?: \w+){0,3} (?:next to|by|at|near|beside|outside) (?:my|the) "
    r"(?:car|bike|door|house|exit|entrance|office)\b"
    r"|\b(?:he|she|they)(?:'s| is| are) (?:in|at) (?:the|my) (?:parking|garage|car park)"
    r"|\bwaiting (?:for me )?(?:downstairs|outside|at the door)\b"
    r"|\b(?:don'?t|do not|dont) want to (?:walk|go) (?:to my car|outside|out|home)\b")
EN_WAITING_FEAR = (r"\b(?:scared|afraid|frightened|terrified|not safe|unsafe|threat\w*|dare not|don'?t dare|daren'?t"
                   r"|help|harass\w*|stalk\w*|follow(?:s|ed|ing)? me|panic\w*|grabbed|hit me|hurt me|attacked|pushed"
                   r"|don'?t know what to do|dont want to walk|i'll wait|as long as it takes)\b")
ENGLISH_RULES: Sequence[Rule] = (
    _rule(ZELFMOORD, "en_suicide",
          r"\b(?:kill(?:ing)? my ?self|end(?:ing)? my (?:own )?life|take my (?:own )?life|end(?:ing)? it all|"
          r"(?:want|going) to die|(?:wanna|gonna) die|don'?t want to (?:live|be alive|wake up)|no reason to live|"
          r"better off without me|hang(?:ing)? my ?self|overdos(?:e|ed))\b",
          veto=r"\b(?:not|never|no) (?:suicidal|thinking about suicide)\b"),
    # "sometimes i think it would be easier if i just wasnt here anymore", "i mean sometimes i think about ending
    # it" (round 31 B c03, mid-booking: "Kies een van de tijden hieronder" twice): as "er niet meer zijn"
    _rule(ZELFMOORD, "en_niet_meer_zijn",
          r"\b(?:easier|better|best)\b.{0,30}\bif i (?:just |simply )?(?:wasn'?t|wasnt|was not|weren'?t|werent|were not) "
          r"(?:here|around|alive|there)(?: (?:anymore|any more|at all|no more))?(?:\s*[.!?,]|\s*$| and\b| tbh\b| honestly\b)|"
          r"\bi (?:just |really )?(?:wish|want) (?:that )?i (?:was|were) (?:dead|gone)\b|"
          r"\bi (?:just |really )?wish (?:that )?i (?:wasn'?t|wasnt|weren'?t|werent) (?:here|around|alive)(?: (?:anymore|any more))?"
          r"(?:\s*[.!?,]|\s*$| and\b)|"
          r"\b(?:think|thinking|thought|thoughts) (?:\w+ ){0,2}(?:about|of) (?:ending it|ending things|ending my life|"
          r"not being (?:here|around|alive)|dying|killing myself|suicide)\b|"
          r"\b(?:want|wanna|going|gonna|plan(?:ning)?) to (?:just )?end (?:it|things|everything)(?: ?[.!?,]|$| all\b| tonight\b| now\b)|"
          r"\b(?:suicidal|suicide) (?:thoughts|thinking|feelings)\b|\bfall asleep and (?:never|not) wake up\b",
          veto=r"\b(?:not|never|no|dont|don'?t) (?:suicidal|thinking about (?:suicide|ending it|dying))\b"),
    # means at hand and the thought of using them (eighteenth stranger test c09, at night: "i have a
    # whole box of my sleeping pills next to me", "i might take them all tonight" got the bullying
    # question and "I work in Dutch")
    _rule(ZELFMOORD, "en_means",
          r"\b(?:take|swallow|down|taking|swallowing) (?:them all|all of them)(?: (?:tonight|now|at once|right now|"
          r"today))?(?: ?[.!?,]|$)|"
          r"\b(?:take|swallow|down|taking|swallowing) all (?:my|the|these|those|of my) (?:\w+ )?"
          r"(?:pills|tablets|meds|medication)\b|"
          r"\b(?:box|bottle|strip|pack|packet|handful|bunch) of (?:\w+ ){0,2}(?:pills|tablets|meds)\b.{0,40}"
          r"\b(?:next to me|in front of me|beside me|on the table|ready|here with me)\b|"
          r"\b(?:don'?t|do not) want to (?:be here|exist) (?:anymore|any more)\b|"
          # "i have a box of pills here and i think tonight is the night", "nobody will miss me" (eighteenth
          # stranger recheck c01: "I work in Dutch, so I keep my English short")
          r"\b(?:box|bottle|strip|pack|packet|handful|bunch|stash) of (?:\w+ ){0,2}(?:pills|tablets|meds)\b.{0,30}"
          r"\b(?:here|tonight|right now)\b|"
          r"\b(?:nobody|no one|noone) (?:will|would|is going to|gonna) (?:even )?miss me\b|"
          r"\bjump (?:in front of|under) (?:a|the) (?:train|bus|truck)\b|"
          # "thinking how easy it would be to just stop everything" on a balcony (C c10)
          r"\bhow easy it (?:would|will|could) be to (?:just )?(?:stop|end|jump|let go)\b|"
          r"\b(?:just )?(?:stop|end) (?:everything|it all)\b.{0,20}\b(?:jump|balcony|bridge|roof)\b|"
          r"\b(?:on|at) (?:my|the) (?:balcony|roof|bridge)\b.{0,60}\b(?:jump|stop everything|end it|floor|storey|story)\b",
          veto=r"\b(?:patient\w*|resident\w*|client\w*|grandma|grandpa|mother|father|mom|dad|kids?|children|"
               r"prescribed|antibiotics|vitamins?)\b"),
    # "She posted ... 'thank you all for everything, goodbye, it was nice knowing you' ... She is not
    # answering her phone" (nineteenth stranger recheck c09: the cancel form, "Wat is je code?")
    # "I think she might hurt herself. Should I call 112 for her?" (nineteenth stranger recheck c09: read
    # as a request to book, "appointment" being named)
    _rule(ZELFMOORD, "en_other_life", EN_OTHER_LIFE),
    _rule(ZELFMOORD, "en_farewell_other",
          r"\b(?:goodbye|good bye|farewell|nice knowing you|thank(?:s| you) (?:all )?for everything|sorry everyone)\b",
          r"\b(?:not answering|isn'?t answering|doesn'?t answer|does not answer|not picking up|can'?t reach|cannot reach|"
          r"no answer|worried about (?:her|him|my|a|our))\b",
          r"\b(?:posted|wrote|sent|texted|messaged|story|note|letter|status)\b"),
    _rule(ZELFBESCHADIGING, "en_self_harm",
          r"\b(?:hurt(?:ing)?|cut(?:ting)?|harm(?:ing)?|burn(?:ing)?) my ?self\b|\bself[- ]?harm"),
    _rule(GEWELD, "en_violence_now",
          r"\b(?:has|holding|is holding|waving|is waving|pulled|with) a (?:knife|gun|weapon)\b.{0,60}"
          r"\b(?:now|here|right now)\b|"
          r"\b(?:i am|i'm|im) (?:being )?(?:attacked|threatened) (?:now|right now)\b|"
          r"\b(?:i am|i'm|im) not safe\b|\b(?:going|gonna|wants) to kill (?:me|us)\b|"
          # "er is net een jongen binnengekomen via de achterdeur ... he has a gun or something like it" (round 34
          # recheck R2 c06: the list for every crisis, 113 and the sexual-violence line too)
          r"\b(?:he|she|they|someone|a (?:man|guy|boy)) (?:has|is holding|is carrying|is waving|pulled|holds) a "
          r"(?:knife|gun|weapon|pistol|machete)\b|"
          # "we called 112 already, they are coming. he is walking around shouting. door is locked. what else should we
          # do" (round 34 recheck R2 c02: "I work in Dutch, so I keep my English short")
          r"\b(?:he|she|they) (?:is|are|keeps) (?:\w+ ){0,3}(?:shouting|screaming|yelling|banging|kicking)\b.{0,80}"
          r"\b(?:locked|hiding|hide|scared|afraid|knife|gun)\b"),
    # "I am scared to walk to my car. he is waiting outside for me" in the middle of a booking (round 34 B c03: "Kies een
    # van de tijden hieronder"): someone waiting for the writer now, with fear
    _rule(GEWELD, "en_opgewacht", EN_WAITING_NOW, EN_WAITING_FEAR, veto=EN_LONG_AGO + r"|\b(?:tomorrow|yesterday)\b"),
    _rule(SEKSUEEL_GEWELD, "en_sexual_violence",
          r"\b(?:raped|rape|sexually assaulted|sexual assault)\b", veto=EN_LONG_AGO),
)
RULES = (*RULES, *ENGLISH_RULES)

_EN_WAITING_NOW = _re("en_opgewacht.nu", EN_WAITING_NOW)


def waiting_now_en(text: str) -> bool:
    """True when an English message tells that someone waits for the writer now ("he is waiting outside for me")."""
    return bool(_EN_WAITING_NOW.search(normalise(text)))


def match(text: str) -> CrisisMatch | None:
    """Return the first crisis pattern the text matches, or None."""
    norm = normalise(text)
    quoted = _quotes_own_words(norm)
    for rule in RULES:
        if quoted and rule.category == ZELFMOORD:
            continue
        if all(p.search(norm) for p in rule.required) and not (rule.veto and rule.veto(norm)):
            return CrisisMatch(category=rule.category, rule=rule.name)
    return None


# "krijgt zij te horen wat ik net zei? dat ik er niet meer wil zijn?" (round 32 B c06, mid-booking after the suicide
# answer: that answer again, twice): one's own earlier words quoted to ask who hears them; a question about
# confidentiality, not a new disclosure. Both parts needed: the words said before, and someone hearing them.
_OWN_WORDS_QUOTED = _re(
    "eigen_woorden.geciteerd",
    r"\b(?:wat|dat) ik(?: \w+){0,5} (?:zei|schreef|typte|vertelde|gezegd|geschreven|getypt|verteld|getikt)\b")
_HEARD_BY_OTHERS = _re(
    "eigen_woorden.gehoord",
    r"\b(?:te horen|te lezen|te zien|te weten|doorgeven|doorgegeven|door te geven|doorgestuurd|doorsturen|doorvertellen"
    r"|doorvertelt|vertellen|vertelt|melden|lezen|leest"
    r"|vertel je|zeg je|geef je|stuur je|opgeslagen|bewaard|bewaar je|weet (?:zij|hij|ze|die)|hoort (?:zij|hij|ze|die)"
    r"|leest (?:zij|hij|ze|die)|krijgt (?:zij|hij|ze|die|de)|komt (?:dat|het|dit) (?:\w+ )?(?:bij|in))\b")


def _quotes_own_words(norm: str) -> bool:
    return bool(_OWN_WORDS_QUOTED.search(norm)) and bool(_HEARD_BY_OTHERS.search(norm))


_SUICIDE_WORD = _re("zelfmoord_woord.los", r"zelfmoor[dt]|\bsuic?id|\bsuicidaal|\bzelfdoding")


def suicide_word_set_aside(text: str) -> bool:
    """ "Zelfmoord?? Nee hoor", "wordt opgeslagen dat ik het over zelfmoord had?": the word is in the message, but
    sent back with a no or asked about (the word rule's veto), and nothing takes that back ("soms wel")."""
    norm = normalise(text)
    return bool(_SUICIDE_WORD.search(norm)) and _zelfmoord_woord_veto(norm)


def quotes_own_words(text: str) -> bool:
    """ "krijgt zij te horen wat ik net zei?": one's own words asked about, who hears or keeps them."""
    return _quotes_own_words(normalise(text))


# --- figurative language ---------------------------------------------------------------------
# Common Dutch hyperbole with death or violence in it. When the classifier says `crisis` but no
# crisis pattern above matched and the message contains one of these, the safety net sets the
# classifier's next guess instead (see bot.nlu.components). A real crisis sentence that also
# contains an idiom still matches a crisis pattern first, so it stays crisis.
IDIOMS: Pattern = _re(
    "idioom",
    r"\bdood(?:moe|op|ziek|leuk|gewoon|graag|saai|stil|bang|ongelukkig|eenvoudig|normaal|serieus|jammer)\b|"
    r"\b(?:me|mij|zich|je|ons) (?:dood|rot|kapot|een ongeluk|lam|het apelazarus|suf)"
    r"(?:ge)?(?:schrikken|schrok|schrik|geschrokken|lachen|lach|gelachen|lachte|vervelen|verveel|verveeld|"
    r"zweten|zweet|werken|werk|gewerkt|ergeren|erger|geergerd|zoeken|zoek|gezocht|wachten|wacht|gewacht|"
    r"schamen|schaam|piekeren|pieker|rennen|ren)\b|"
    r"\b(?:schrok|schrik|schrokken|verveel|verveelde|zweet|lach|lachte|werk|werkte|erger|wacht|zoek) "
    r"(?:me|mij|zich|ons|je) (?:dood|rot|kapot|een ongeluk|lam|suf)\b|"
    r"\b(?:dood|kapot) (?:van|aan) (?:het lachen|de stress|de zenuwen|verveling|de honger|de dorst|de kou|de hitte)\b|"
    r"\bmaakt? (?:me|mij|ons|je) (?:helemaal )?kapot\b|\bkapot(?:gelachen|gewerkt|gemaakt|moe)\b|"
    r"\bik ben (?:helemaal |echt )?(?:kapot|gesloopt|op|gebroken|afgepeigerd|uitgeput)\b"
    + not_followed_by(" van wat", " van hoe") + "|"
    r"\bkan (?:hem|haar|ze|hen|die|iemand|mezelf|mijzelf)\b.{0,15}\bwel (?:schieten|wurgen|vermoorden|villen|"
    r"slaan|wat doen|achter het behang plakken|opvreten)\b|"
    r"\b(?:op sterven|de pijp uit|een stille dood|doodsteek|dooddoener|doodlopend|de geest gegeven|"
    r"in (?:de|mijn|m'n|zijn|haar|eigen) voet|voor (?:mijn|m'n|zijn|haar) kop slaan|over mijn lijk|"
    r"levend gevild|moordend|killing|killer|bloedbad|slagveld|een moord doen voor|"
    r"ten dode opgeschreven|dood spoor|dood punt|doodgewoon|op springen|uit elkaar springen|"
    r"spring(?:t)? uit elkaar|de bijl|afschieten|afgeschoten|neerslaan van (?:een )?voorstel)\b|"
    r"\b(?:vermoordt|vermoorden) (?:me|mij|ons|je) (?:nog|als|wanneer|straks)\b|"
    r"\b(?:werkt|werken|lacht|lachen|verveelt|zweet|schrikt|ergert) (?:zich|me|mij|ons|je) (?:dood|rot|kapot|een ongeluk)\b|"
    r"\b(?:dood|rot|kapot) ge(?:schrokken|lachen|werkt|ergerd|zocht|verveeld)\b|"
    # "ik ben daar echt kapot van, ik ben gewoon streng" (round 28 recheck A c04, an accused nurse: the
    # suicide question): upset by something, said of the thing
    r"\b(?:ben|was|raak|raakte) (?:er|daar|hier|ik)(?: \w+)? (?:echt |helemaal |zo |best |wel )?"
    r"(?:kapot|stuk|ondersteboven|van slag|kapot van slag) van\b|"
    r"\bdodelijk (?:lang|saai|vermoeiend|vervelend|druk)\b|\bzo dood als een pier\b|"
    r"\bals (?:ik|we|je)\b.{0,40}\b(?:vermoordt|vermoorden|afmaken|villen)\b"
)


_OVERDOSE = _re("overdosis_genomen.los", OVERDOSE_TAKEN)
_OVERDOSE_VETO = _re("overdosis_genomen.los_veto", OVERDOSE_VETO)


_BODY_NOW = _re("lichaam_nu.los", BODY_NOW)


def body_emergency(text: str) -> bool:
    """True when the message says the body is in danger now: no air, chest pain, fainting."""
    return bool(_BODY_NOW.search(normalise(text)))


_DRUNK_DRIVING = _re("rijden_onder_invloed.los", DRUNK_DRIVING_NOW)
_DRUNK_VETO = _re("rijden_onder_invloed.los_veto", DRUNK_VETO)


def drunk_driving_now(text: str) -> bool:
    """True when someone is about to drive drunk now, or someone may be run over now."""
    norm = normalise(text)
    return bool(_DRUNK_DRIVING.search(norm)) and not _DRUNK_VETO.search(norm)


def overdose_taken(text: str) -> bool:
    """True when the message says pills or medicine were taken in a dangerous way (many, with
    drink, or their effect felt): an emergency now, whatever the conversation was about."""
    norm = normalise(text)
    return bool(_OVERDOSE.search(norm)) and not _OVERDOSE_VETO.search(norm)


def idiom(text: str) -> bool:
    """True when the text contains figurative death or violence language (see IDIOMS)."""
    return bool(IDIOMS.search(normalise(text)))


# --- violence that is over -----------------------------------------------------------------
# `crisis` is danger now; violence that happened earlier is `agressie_geweld`. When the
# classifier says crisis, no crisis pattern matched, the text describes violence with a clear
# past-time marker and says nothing about self-harm or suicide, the safety net takes the
# classifier's next guess. Anything about the person's own life or body keeps crisis.
_PAST_TIME = _re(
    "voorbij_past_time",
    r"\b(?:vorige|vorig|afgelopen) (?:week|maand|jaar|keer|dienst|zomer|winter)\b|"
    r"\b(?:\w+ )?(?:dagen|weken|maanden|jaren|jaar|week|maand) geleden\b|\btoen\b|\bdestijds\b|"
    r"\b(?:vorige|afgelopen) (?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)\b"
)
_VIOLENCE = _re(
    "voorbij_violence",
    r"\b(?:geslagen|sloeg|sloegen|geschopt|schopte|geduwd|duwde|aangevallen|viel (?:me|mij|hem|haar) aan|"
    r"bedreigd|bedreigde|dreigde|gedreigd|mes|messen|wapen|vuist|gegooid|gooide|afmaken|afgemaakt|"
    r"in elkaar|geweld|agressief|agressie|uitgescholden|scholden|schold)\b"
)
_NOW = _re("voorbij_now", NOW + r"|\bis (?:weer )?terug\b|\bstaat (?:er )?(?:nog|weer)\b")
_SELF_DANGER = _re(
    "voorbij_self_danger",
    r"\b(?:zelfmoord|suicid|dood|sterven|leven|mezelf|mijzelf|zelf iets|pillen|verkracht|aangerand|"
    r"misbruikt|seks|niet veilig|bang om naar huis|gedachten)\w*"
)


def past_violence(text: str) -> bool:
    """True for a description of violence that is over (see above)."""
    norm = normalise(text)
    return bool(_PAST_TIME.search(norm) and _VIOLENCE.search(norm) and not _SELF_DANGER.search(norm)
                and not _NOW.search(norm))


# --- indirect despair: the gentle check ------------------------------------------------------
# "ik weet niet of het nog zin heeft allemaal", "ik kan niet meer", "ik trek het niet meer":
# often said by someone near the edge, but also by someone who is only exhausted. Not the alarm:
# the safety net asks "Gaat het wel goed met je?" with the help one tap away (level "check"),
# whatever the classifier said, also inside a form. Everyday uses are left alone: "ik heb geen
# zin in die vergadering", "ik kan niet meer wachten", "dat heeft geen zin, hij luistert toch niet",
# "het heeft geen zin om te klagen". "ik kan niet meer" counts only where the clause ends there.
_CLAUSE_END = r"(?:\s*[.,!?;:]|\s*\z|\s+(?:hoor|echt|gewoon|gwn|en|ik|alles|zo|meer|want|het gaat)\b)"
_AIM = not_followed_by(" om", " te ", " dat", " in ", " als", " met", " bij", " voor", " hier", " daar",
                       " mee", " van", " op ", " tegen", " hem", " haar", " die", " dit", " heeft om", " heeft te ",
                       " heeft dat", " heeft als", " had om", " had te ", " heeft allemaal om")
_FILL = r"(?:(?:echt|gewoon|gwn|eigenlijk|soms|ook|al|helemaal|gewoonweg|nu|nou|zo) )"
DESPAIR_RULES: Sequence[Rule] = (
    # "als ik hierdoor mijn baan kwijtraak hoeft het voor mij allemaal niet meer. mijn vrouw is al weg" (round 31
    # recheck A c06, mid-booking: "Wanneer komt het je uit?"): the gentle check
    # "soms wil ik gewoon verdwijnen, ik kan zo niet verder", "eerlijk gezegd heb ik nergens meer zin in" (round 31
    # recheck B c02, c05, at night: the options, a booking): the gentle check
    _rule(ZELFMOORD, "wanhoop_verdwijnen",
          r"\b(?:wil|zou)\b (?:\w+ ){0,2}(?:gewoon |liefst |het liefst )?verdwijnen(?:\s*[.,!?;]|\s*$| en\b| maar\b)"
          rf"|\bik kan (?:zo|het|dit) (?:echt |gewoon )?{NOT} (?:meer )?verder\b|\bnergens meer zin in\b"
          # "soms rij ik over die brug bij de rivier en denk ik, waar doe ik het allemaal nog voor", "ik heb er gewoon
          # geen zin meer in. in niks eigenlijk" (round 34 recheck R2 c07: "ik weet niet zeker wat je bedoelt")
          r"|\bwaar doe ik (?:het|dit|t) (?:eigenlijk )?(?:allemaal nog|allemaal|nog) voor\b"
          r"|\bgeen zin meer in (?:niks|niets|alles|het leven|mijn leven)\b|\bgeen zin meer in\W+in (?:niks|niets)\b"),
    _rule(ZELFMOORD, "wanhoop_hoeft_niet_meer",
          r"\b(?:hoeft|hoef) (?:het|t|dat) (?:voor mij |voor me |van mij |voor mezelf )?(?:echt )?allemaal (?:echt )?"
          r"(?:niet|nie) meer\b|\b(?:dit|dat|het|werk) (?:was|is) het enige wat ik (?:nog )?(?:had|heb)\b"),
    _rule(ZELFMOORD, "wanhoop_zin",
          # "of het (allemaal) nog zin heeft (allemaal)", "heeft het allemaal nog zin"
          r"\b(?:of|heeft|had) (?:het|t|dit|alles|mijn leven|het leven)(?: allemaal| wel| eigenlijk){0,2} "
          r"(?:nog|ooit nog) (?:wel )?(?:zin|nut)(?: heeft| had| heb)?(?: allemaal| nog)?" + _AIM + "|"
          # "wat heeft het (allemaal) nog voor zin", "wat voor zin heeft het nog"
          r"\bwat heeft (?:het|t|dit|alles|het leven|mijn leven)(?: allemaal)? nog (?:voor )?(?:zin|nut)\b" + _AIM + "|"
          r"\bwat voor (?:zin|nut) heeft (?:het|t|dit|alles|het leven|mijn leven)(?: allemaal)? (?:nog|eigenlijk nog)\b"
          + _AIM + "|"
          # "het heeft allemaal geen zin meer", "mijn leven heeft geen zin", "niks heeft nog zin"
          r"\b(?:het|t|alles) heeft (?:allemaal|echt allemaal|voor mij) (?:geen|nog weinig) (?:zin|nut) meer\b" + _AIM + "|"
          r"\b(?:mijn leven|het leven|alles|niks|niets) (?:heeft|had) (?:voor mij )?(?:echt )?(?:geen|nog|geen enkele) "
          r"(?:zin|nut)\b" + _AIM),
    _rule(ZELFMOORD, "wanhoop_kan_niet_meer",
          rf"\bik kan (?:het |t )?{_FILL}{{0,2}}(?:niet|nie|ni) meer{_CLAUSE_END}|"
          rf"\bik kan (?:het|t|dit|dat) {_FILL}{{0,2}}(?:niet|nie) meer aan{_CLAUSE_END}|"
          rf"\bik (?:trek|hou|houd) (?:het|t|dit) {_FILL}{{0,2}}(?:niet|nie) (?:meer|langer)(?: vol)?{_CLAUSE_END}|"
          r"\bik zie (?:echt |gewoon )?geen (?:uitweg|uitweg meer|enkele uitweg|licht meer)\b"),
    # "gewoon moe van alles" (third stranger test, c13) where the clause ends: tired of everything,
    # not of something named ("moe van alles wat er gebeurt", "moe van alles hier")
    _rule(ZELFMOORD, "wanhoop_moe_van_alles", rf"\bmoe van alles{_CLAUSE_END}"),
    # "eerlijk gezegd weet ik niet of ik volgende week er nog ben" in the booking (thirteenth
    # stranger check c03: read as the time wish); not an absence ("op vakantie", "vrij", "ziek").
    # Also without "er": "weet ik niet eens of ik donderdag nog wel ben" (seventeenth stranger test,
    # in the time step: the times were offered again)
    _rule(ZELFMOORD, "wanhoop_er_nog_zijn",
          # "als ik maandag nog leef" (eighteenth stranger test c02: "Sorry, ik weet niet zeker wat je bedoelt")
          r"\b(?:of|dat|als) ik (?:\w+ ){0,3}(?:er )?(?:\w+ ){0,2}(?:nog|nog wel|dan nog) (?:ben|leef|besta|zal zijn|zijn zal"
          r"|zal wezen)\b|"
          # "als ik er dan nog ben tenminste haha", "kijken of ik het volhou", "als ik het dan nog red"
          # (seventeenth stranger recheck c02, c03: the times again, and a goodbye with 113)
          r"\b(?:of|als) ik (?:het|t) (?:(?:dan|nog|wel|morgen|zo|echt) ){0,3}(?:red|volhou|volhoud|uithou|uithoud)\b",
          veto=r"\b(?:vakantie|vrij|verlof|op reis|weg|ziek|dienst|rooster|werk|werken|thuis|kantoor|afwezig|op tijd|"
               r"deadline|uur|\d+)\b"),
    # "soms denk ik, waarom zou ik er nog zijn" (twenty-third stranger test C c05: only "Klopt het:
    # intimidatie?"); not about staying in a job ("waarom zou ik hier nog blijven werken")
    _rule(ZELFMOORD, "wanhoop_waarom_nog",
          r"\bwaarom (?:zou|moet|zal) ik (?:er )?(?:eigenlijk )?(?:nog wel|nog langer|nog) (?:zijn|leven|bestaan|"
          r"doorgaan met leven)\b|\bwaarom (?:leef|besta|ben) ik (?:er )?(?:eigenlijk )?nog\b",
          veto=r"\b(?:werk\w*|baan|bedrijf|organisatie|afdeling|team|school|kantoor|functie|vereniging)\b"),
    # "was misschien niet helemaal een grapje... sorry dat ik zeur" after taking a remark about not
    # wanting to be here back (twenty-third stranger test C c05: a pep talk and the menu, no 113); not a
    # harasser's "grapje" ("hij zei dat het een grapje was")
    _rule(ZELFMOORD, "wanhoop_geen_grap",
          r"\b(?:was|is|bedoelde|meende)\b(?: \w+){0,3} (?:niet|nie) (?:helemaal|echt|alleen|zomaar|zo|per se) "
          r"(?:een |als )?grap(?:je)?\b|\b(?:dat|het|mijn grapje) (?:was|is) (?:eigenlijk |toch |misschien |ook )*"
          r"geen grap(?:je)?\b",
          veto=r"\b(?:hij|zij|ze|collega\w*|baas|leidinggevende|manager|chef|teamleider|klant|hun|zijn|haar)\b"),
    # "ik wil gewoon dat het stopt" after a suicidal sign and a refused help line (eighteenth stranger
    # test c01: read as stopping the chat, "Dat is goed, we stoppen hier"): "het", not a named matter
    # ("dat het pesten stopt"), may be the pain or life itself, so the gentle check asks
    _rule(ZELFMOORD, "wanhoop_dat_het_stopt",
          r"\b(?:wil|wou|zou willen) (?:(?:gewoon|alleen|echt|maar|even|zo graag|graag) ){0,3}dat (?:het|t|alles|dit) "
          r"(?:(?:allemaal|gewoon|eindelijk|even|nu|een keer) ){0,2}(?:stopt|ophoudt|op houdt|over is|voorbij is)\b",
          # "ik wil echt geen aangifte doen hoor, ik wil gewoon dat het stopt" about a boss who gropes her (round
          # 28 B c06: the suicide question): a step refused beside it says "het" is the behaviour
          veto=r"\b(?:geen|niet|zonder) (?:\w+ ){0,2}(?:aangifte|klacht|melding|melden|gedoe|ruzie|procedure|advocaat"
               r"|politie|rechtszaak|ontslag)\b"),
    # "soms zie ik het nut er allemaal niet meer van in, van alles eigenlijk", "het maakt eigenlijk ook niet meer
    # zoveel uit wat er met mij gebeurt" in a story of being sidelined (round 28 B c04: the bullying check, the
    # options; only the third, plain sentence was heard). Not the use of one thing ("het nut van die
    # vergaderingen").
    _rule(ZELFMOORD, "wanhoop_geen_nut",
          r"\b(?:zie|zag|zien) (?:ik |je )?(?:het |de )?(?:nut|zin) (?:er )?(?:\w+ ){0,3}(?:niet|nie|niet zo) meer"
          r"(?: (?:van )?in)?\b|\bwaar doe ik het (?:nog )?voor\b",
          veto=r"\b(?:nut|zin) (?:\w+ ){0,2}van (?:die|de|het|dat|deze|dit|mijn|onze|zo'?n|dat soort) \w+"
               r"|\bvan (?:die|de|deze|dit|dat|mijn|onze) (?:\w+ )?(?:vergadering\w*|overleg\w*|cursus\w*|training\w*"
               r"|regel\w*|formulier\w*|systeem|app|procedure\w*|klacht\w*|melding\w*|afspraak|gesprek\w*)\b"
               r"|\bom (?:\w+ ){0,2}(?:klacht|melding|aangifte|afspraak|gesprek|vertrouwenspersoon|vp|hr)\b"
               r"|\bom (?:het |dit |dat )?(?:te melden|aan te geven|te klagen|aan te kaarten)\b"),
    # "eerlijk gezegd weet ik soms niet waarom ik nog doorga, met alles, niet alleen werk" (round 29 recheck
    # B c05, mid-booking: "Welk moment past je?"): why to go on at all. Not doubt about going on with a step.
    _rule(ZELFMOORD, "wanhoop_waarom_doorgaan",
          r"\b(?:weet|snap|zie) (?:ik )?(?:\w+ ){0,2}(?:niet|nie|niet meer) (?:\w+ )?(?:waarom|waarvoor|hoe) ik "
          r"(?:nog |hier nog )?(?:doorga|door ga|verder ga|verderga|doorgaan|verder moet|door moet|volhoud)\b"
          r"|\bwaarom (?:zou|moet) ik (?:nog |eigenlijk |überhaupt |uberhaupt )?(?:doorgaan|verder gaan|verdergaan|volhouden)\b"
          # "mijn vrouw is al weg... waarom zou ik nog. alles gaat toch kapot" (round 30 C c04, drunk, at night:
          # the whistleblower's protection): the sentence ends there
          r"|\bwaarom (?:zou|moet) ik (?:eigenlijk )?nog(?: (?:leven|hier zijn|er zijn|bestaan|opstaan|proberen))?"
          r"(?:\s*[.?!;…]|\s*$|\.\.)",
          veto=r"\b(?:doorga|doorgaan|verder ga|verdergaan|verder gaan) (?:met|bij) (?:de|die|deze|dit|dat|het|mijn|een)"
               r" (?:\w+ )?(?:melding|klacht|afspraak|procedure|gesprek|opleiding|studie|stage|baan|job|project)\b"),
    _rule(ZELFMOORD, "wanhoop_maakt_niet_uit_met_mij",
          r"\bmaakt (?:\w+ ){0,3}(?:niet|niks|nie) (?:meer )?(?:\w+ )?uit wat er (?:met|van) (?:mij|me) "
          r"(?:gebeurt|wordt|komt)\b|\bmaakt (?:me|mij) (?:\w+ ){0,2}(?:niet|niks) (?:meer )?uit of ik (?:er )?(?:nog )?"
          r"(?:ben|leef|besta)\b"),
    # "en als het vannacht weer zo zwaar wordt in mijn hoofd?" after the suicide answer (nineteenth
    # stranger test A c10: the counsellor, the GP and the company doctor, none of them there at night)
    _rule(ZELFMOORD, "wanhoop_zwaar_in_hoofd",
          r"\b(?:zwaar|donker|zwart|slecht) (?:wordt |word |is |werd )?(?:\w+ )?in (?:mijn|m'n|mn) hoofd\b|"
          r"\b(?:als|wanneer) het (?:vannacht|vanavond|straks)(?: weer)? (?:zo )?(?:zwaar|donker|zwart|slecht) wordt\b"),
    # "moet ik mijn vrouw wakker maken?", "dan zit ik hier maar alleen"
    # (nineteenth stranger recheck c05, after a death wish: an integrity answer, then "Dat is goed")
    _rule(ZELFMOORD, "wanhoop_niet_alleen", NOT_ALONE),
    # English (eighteenth stranger test: "i just cant do this anymore" got the answer on a work
    # matter): the same gentle check, with "anymore" or where the clause ends; "i can't do this
    # task" stays out
    _rule(ZELFMOORD, "en_wanhoop",
          r"\bi (?:(?:just|really|simply|honestly) ){0,2}(?:can'?t|cannot|can not) (?:(?:do|take|handle|bear) "
          r"(?:this|it|that)(?: (?:all|job|life))?|cope|keep going|go on|live like this) ?"
          r"(?:anymore|any more|any longer)\b|"
          r"\bi (?:(?:just|really|simply) ){0,2}(?:can'?t|cannot|can not) (?:go on|cope|live like this)(?:\s*[.,!?]|\s*$)|"
          r"\bwhat'?s the point (?:of (?:living|anything|it all|going on)|anymore)\b|\bwhat'?s the point(?:\s*[.?!]|\s*$)|"
          r"\bi (?:see|have|can see) no way out\b|\b(?:i am|i'm|im) done with (?:everything|life|it all)\b"),
)


def despair(text: str) -> CrisisMatch | None:
    """The first indirect-despair pattern the text matches (see DESPAIR_RULES), or None. Used
    for the gentle check, never for the alarm."""
    norm = normalise(text)
    for rule in DESPAIR_RULES:
        if all(p.search(norm) for p in rule.required) and not (rule.veto and rule.veto(norm)):
            return CrisisMatch(category=rule.category, rule=rule.name)
    return None


# --- the writer's own life ---------------------------------------------------------------------
# Is the writer speaking of their *own* death or self-harm ("ik wil er niet meer zijn", "ik snij
# mezelf"), next to, say, a worry about a colleague? The same suicide, self-harm and despair rules
# as above, read clause by clause, in the clauses where the writer is the subject ("ik", "mezelf",
# "mij"). A clause ends at punctuation or a joining word, so that in "ik ben bang dat hij zichzelf
# iets aandoet" the self-harm is his, not the writer's. One addition that is no crisis on its own:
# "ik wil (ook) niet meer" at the end of a clause, said next to someone else's words about death.
_CLAUSE_BREAK = _re("eigen_leven.zinsdeel", r"[.,;:!?]+|\b(?:en|maar|want|omdat|terwijl|of|dat|die)\b")
_FIRST_PERSON = _re("eigen_leven.ik", r"\b(?:ik|mezelf|mijzelf|me zelf|mij|me)\b")
_WILL_NOT_GO_ON = _re("eigen_leven.wil_niet_meer",
                      r"\bik (?:wil|kan) (?:ook |echt |gewoon |zelf )?(?:niet|nie) meer\s*\z")
_OWN_LIFE_CATEGORIES = (ZELFMOORD, ZELFBESCHADIGING)


def about_own_life(text: str) -> bool:
    """True when the writer speaks of their own death or of hurting themselves (see above)."""
    for clause in _CLAUSE_BREAK.split(normalise(text)):
        if not _FIRST_PERSON.search(clause):
            continue
        found = match(clause) or despair(clause)
        if (found is not None and found.category in _OWN_LIFE_CATEGORIES) or _WILL_NOT_GO_ON.search(clause):
            return True
    return False


# --- a time wish ---------------------------------------------------------------------------------
# "na vijf uur, ik sta tot half vijf op de bouw" (third stranger test, c16): a clock time, said
# while booking, that the classifier half took for a crisis ("ik sta ... op" is near "ik sta op het
# dak"). With a clock time and no word of danger, death, fear or doing "it", an unsure classifier's
# crisis is set aside (bot.nlu.components.CrisisSafetyNet); a crisis pattern, despair or a sure
# classifier still count.
_HOUR = (r"(?:\d{1,2}(?:[:.]\d{2})?|half \w+|kwart (?:over|voor) \w+|een|twee|drie|vier|vijf|zes|zeven|acht|"
         r"negen|tien|elf|twaalf|enen|tweeen|drieen|vieren|vijven|zessen|zevenen|achten|negenen|tienen|elven|twaalven)")
# "na 16u", "om 9h" too (sixth stranger test c01: "liefst deze week na 16u, ik wil niet dat collega's me
# zien weggaan" got the suicide question)
_CLOCK_TIME = _re("tijdwens.tijd",
                  rf"\b(?:om|na|voor|tot|vanaf|tussen|rond|rond de|na de|voor de) {_HOUR}(?: ?(?:uur|u|h))?\b")
_DANGER = _re(
    "tijdwens.gevaar",
    r"\b(?:zelfmoord|suicid|dood|sterven|leven|mezelf|mijzelf|zelf iets|pillen|tabletten|touw|brug|dak|spoor|"
    r"spring|trein|mes|wapen|pistool|slaan|slaat|geslagen|bedreig|dreig|gevaar|veilig|bang|angst|durf|help|hulp|"
    r"pijn|bloed|verkracht|aangerand|misbruikt|eind|stop ermee|stoppen ermee|niet meer|vol|doe (?:het|t)|"
    r"ga (?:het|t)|doe ik|doen)\w*"
)


def names_danger(text: str) -> bool:
    """True when the text has a word of danger, death, fear or doing "it" (see _DANGER)."""
    return bool(_DANGER.search(normalise(text)))


# --- no sign at all ---------------------------------------------------------------------------
# "een van de chirurgen ruikt al weken naar drank ... morgenochtend staat hij weer ingepland", "het
# is van de firma gestolen ... ik vertrouw hier niemand meer" (seventeenth stranger test; also
# "ik denk dat een collega morfine achterhoudt", sixteenth): a story the classifier half took for a
# crisis, and the gentle check asked about suicide. With no word of danger, death, fear, despair,
# farewell or violence in it, an unsure classifier's crisis is set aside (CrisisSafetyNet); a sure
# classifier, a crisis pattern or despair still count. The words below are wider than _DANGER:
# every crisis line of the training data has one of them or a pattern
# (tests/unit/test_crisis_patterns.py).
_ANY_SIGN = _re(
    "geen_teken",
    r"\b(?:voorbij|afscheid|zwart|verdwijn|weg zijn|klaar mee|klaar met alles|geen zin|zinloos|opgeven|geef op|"
    r"missen|mist me|beter af|brief|gooi|smijt|stoel|steen|stenen|ruit|raam|komt op|op me af|op mij af|duw|"
    r"schop|trap|sla|vast|klem|opgesloten|sluit|schreeuw|gil|mes|bijl|schaar|knuppel|wapen|vuurwerk|brand|"
    r"gewond|ambulance|politie|112|113|slapen en niet|niet wakker|alles geregeld|geregeld|spullen weggegeven|"
    r"vannacht|nu|net|zojuist|eruit|er uit|einde|ophang|spring|val|vallen)\w*"
)


# "ik durf niet meer alleen in de lift eigenlijk. ik neem nu de trap" (round 29 B c08, after her manager
# touched her there: the suicide question): a place avoided, no sign of despair
_PLACE_AVOIDED = _re(
    "plek_vermeden",
    r"\b(?:durf|durft|durven|wil|ga) (?:\w+ ){0,3}(?:niet|nie|nooit) (?:meer )?(?:\w+ ){0,2}(?:in de lift|met de lift"
    r"|de lift in|naar de kantine|in de kantine|naar de koffieautomaat|in het magazijn|de koelcel in|in de koelcel"
    r"|naar de kopieerruimte|in de pantry|naar de pantry|langs zijn bureau|langs haar bureau|langs zijn kamer)\b"
    r"|\bneem (?:\w+ ){0,2}de trap\b")


# "Momentje, er staat iemand aan mijn balie." from a counter clerk (round 30 A c08: "Ben je nu in gevaar?", then
# the danger answer twice more): a moment away, with no sign of any crisis, whatever the classifier says
_A_MOMENT = _re("even_weg", r"^\W*(?:momentje|moment(?:je)? graag|ogenblikje|ogenblik|sec|sorry,? (?:even|moment))\b")


def a_moment_away(text: str) -> bool:
    """True when the message opens with "momentje" (or the like) and has no sign of any crisis (no_sign)."""
    return bool(_A_MOMENT.search(normalise(text))) and no_sign(text)


def place_avoided(text: str) -> bool:
    """True when the message tells of a place at work avoided since what happened, with no crisis or
    despair pattern and nothing about the writer's own life."""
    return bool(_PLACE_AVOIDED.search(normalise(text))) and _no_pattern_nor_own_life(text)


def no_sign(text: str) -> bool:
    """True when the text has no word of danger, death, fear, despair, farewell or violence, matches
    no crisis or despair pattern, and is not about the writer's own life (see above)."""
    norm = normalise(text)
    return not _DANGER.search(norm) and not _ANY_SIGN.search(norm) and _no_pattern_nor_own_life(text)


def _no_pattern_nor_own_life(text: str) -> bool:
    """True when the text matches no crisis or despair pattern and is not about the writer's own
    life: what no_sign and unease_only both ask besides their own words."""
    return match(text) is None and despair(text) is None and not about_own_life(text)


def time_wish(text: str) -> bool:
    """True when the text names a clock time ("na vijf uur", "om 18:00") and nothing about danger,
    death, fear or doing "it" (see above)."""
    norm = normalise(text)
    return bool(_CLOCK_TIME.search(norm)) and not _DANGER.search(norm)


# --- unease only -----------------------------------------------------------------------------------
# "Die collega loopt hier morgen weer rond. Voelt niet goed." (fourth stranger test, c04): a manager's
# unease that the classifier half took for a crisis, and the gentle check asked about suicide. With
# words of unease and nothing about danger, death, fear, despair or one's own life, an unsure
# classifier's crisis is set aside (bot.nlu.components.CrisisSafetyNet); a crisis pattern, despair
# or a sure classifier still count.
_UNEASE = _re(
    "onbehagen",
    r"\b(?:voelt|voelde|voel)\b.{0,20}\bniet (?:goed|lekker|fijn|prettig|oke|ok|juist)\b|"
    r"\b(?:naar|rot|raar|vervelend|slecht|onrustig|ongemakkelijk) gevoel\b|"
    r"\bzit (?:me|mij) (?:\w+ )?niet lekker\b|\bongemakkelijk\b|\bonprettig\b|\bniet prettig\b",
)
_UNEASE_VETO = _re(
    "onbehagen.veto",
    r"\b(?:zelfmoord|suicid|dood|sterven|leven|mezelf|mijzelf|zelf iets|pillen|tabletten|touw|brug|dak|spoor|"
    r"spring|trein|mes|wapen|pistool|slaan|slaat|sloeg|geslagen|bedreig|dreig|gevaar|veilig|bang|angst|"
    r"pijn|bloed|verkracht|aangerand|misbruikt|eind|zin|uitzichtloos|hopeloos|op|kapot|wanhoop|"
    r"niet meer|kan niet|trek het|hou het|houd het|ga (?:het|t)|doe (?:het|t))\w*",
)


def unease_only(text: str) -> bool:
    """True when the text speaks of unease ("voelt niet goed", "een naar gevoel") and of nothing
    about danger, death, fear, despair or the writer's own life (see above)."""
    norm = normalise(text)
    return bool(_UNEASE.search(norm)) and not _UNEASE_VETO.search(norm) and _no_pattern_nor_own_life(text)
