"""After and around a crisis answer: is the danger acute (then only the one number that matters),
and is someone who only wants to tell (venting) asking for a listener rather than a category?

Pure functions on the message text (and what the conversation already knows), no Rasa.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from bot.dialogue import resume
from bot.dialogue.followups import CALLED_113
from bot.dialogue.roles import MANAGER_WORDS
from bot.patterns import BoundedPattern, Pattern, linear
from bot.scheduling.localtime import AMSTERDAM
from bot.text import normalise

# crisis_soort values (domain/crisis.yml): the full answers, and the short acute one
ZELFMOORD = "zelfmoord"
GEWELD = "geweld"
ACUUT = "acuut"  # suicide or self-harm happening now: 112 first, nothing else in the way
# The writer worries about someone else's life (bot.dialogue.perspective.worried_about_other):
# how to ask, 113 for people worried about another, 112 in danger now.
ZORGEN_ANDER = "zorgen_ander"
ABOUT_ONES_LIFE = (ZELFMOORD, ACUUT, "algemeen")  # the kinds that can be about someone else's life


MAX_CHARS = 2000  # the channels' default cap; nothing here reads further into a message


def _norm(text: object, cap: int = 1000) -> str:
    """The message as the patterns here read it: cut to `cap` characters before anything runs on
    it, then normalised (bot.text.normalise)."""
    return normalise(str(text or "")[:cap])


def _found(pattern: Pattern | BoundedPattern, text: object, cap: int = 1000) -> bool:
    """True when `pattern` occurs in the first `cap` characters of the normalised message."""
    return bool(pattern.search(_norm(text, cap)))

# "now, tonight, I am doing it": an attempt under way or about to be, not thoughts about it.
_ACUTE_SELF = linear(
    r"\b(?:ik )?(?:ga|gaan|doe|zal) (?:het|t) (?:nu|zo|zometeen|zo meteen|straks|vanavond|vannacht|meteen|"
    r"echt|nu echt|vandaag)(?: \w+)?(?: doen)?\b|"
    r"\b(?:ik )?ga (?:het|t) doen\b|\bik doe (?:het|t) nu\b|"
    r"\b(?:heb|net)\b.{0,20}\b(?:pillen|tabletten|medicijnen)\b.{0,20}\b(?:ingenomen|geslikt|genomen)\b|"
    r"\b(?:sta|zit|ben)\b.{0,15}\b(?:op|bij) (?:de|het|een) (?:brug|dak|spoor|rand|balkon|flat)\b|"
    r"\b(?:touw|mes|pillen)\b.{0,20}\b(?:ligt|liggen|heb ik)\b.{0,15}\bklaar\b|"
    # "ik heb de pillen al klaarliggen" (eighth stranger test c21: the answer for passing thoughts)
    r"\b(?:pillen|tabletten|medicijnen|touw|mes|het|ze|alles)\b.{0,20}\b(?:klaargelegd|klaar gelegd|klaarliggen|"
    r"klaar liggen|klaarstaan|klaar staan|klaargezet|klaar gezet)\b|"
    r"\b(?:i am|i'm|im) (?:going to )?do(?:ing)? it (?:now|tonight|right now)\b",
    name="crisis.acuut_zelf",
)
_PLAIN_ACUTE_SELF = linear(
    r"\b(?:pillen|tabletten|medicijnen|touw)\b.{0,25}\b(?:klaargelegd|klaar gelegd|klaarliggen|klaar liggen|"
    r"ingenomen|geslikt)\b|\b(?:sta|zit|ben)\b.{0,15}\b(?:op|bij) (?:de|het|een) (?:brug|spoor|rand)\b",
    name="crisis.acuut_zonder_soort",
)
# Means laid ready (pills, a rope): acute, and the answer says to put them away (crisis_detail).
MIDDEL_KLAAR = "middel_klaar"
VERKEER = "verkeer"  # crisis_detail: someone about to drive drunk now (crisis_patterns.drunk_driving_now)
LICHAAM = "lichaam"  # crisis_detail: the body in danger now (crisis_patterns.body_emergency)
MIDDEL_INGENOMEN = "ingenomen"  # crisis_detail: pills taken, many or with drink (crisis_patterns.overdose_taken)
# "wat moet ik met die pillen doen dan" after the suicide answer (nineteenth stranger test C c06: the
# text on writing down what happened and keeping evidence): the means asked about, put away.
MEANS_ASKED = (
    r"\bwat (?:moet|kan|zal|doe) ik (?:nu |dan |er |daar )?(?:\w+ )?met (?:die|de|deze|mijn|m'n|mn|dat|het|al die) "
    r"(?:\w+ )?(?:pillen|tabletten|medicijnen|medicatie|touw|mes|slaappillen|slaapmiddel\w*|doosje|doos|strip|"
    r"strips|potje)\b|"
    r"\b(?:die|de|deze|mijn|m'n|mn) (?:\w+ )?(?:pillen|tabletten|slaappillen|medicijnen|touw)\b.{0,30}"
    r"\bwat (?:moet|kan|zal|doe) ik (?:ermee|er mee|daarmee|mee)\b|"
    r"\bwaar (?:moet|kan|laat) ik (?:die|de|deze|mijn|m'n|mn) (?:\w+ )?(?:pillen|tabletten|medicijnen|touw)\b"
)
MEANS_AT_HAND = (
    r"\b(?:pillen|tabletten|medicijnen|medicatie|slaappillen|slaapmiddel\w*)\b.{0,25}\b(?:gespaard|opgespaard|"
    r"verzameld|gehamsterd|opgepot|bewaard voor)\b|"
    r"\b(?:gespaard|opgespaard|verzameld|gehamsterd|voorraad)\b.{0,15}\b(?:pillen|tabletten|medicijnen|slaappillen)\b|"
    r"\b(?:pillen|tabletten|medicijnen|slaappillen|touw|mes|strop)\b.{0,15}\b(?:ligt|liggen|staat|staan|heb ik)\b"
    r"(?: \w+){0,2} (?:naast|voor|bij) (?:me|mij)\b|"
    # "ik heb hier een doosje oxazepam van mijn moeder voor me liggen" (round 22 C c06)
    r"\b(?:pillen|tabletten|medicijnen|slaappillen|doosje|strip|oxazepam|diazepam|temazepam)\b.{0,40}"
    r"\b(?:voor|naast|bij) (?:me|mij) (?:liggen|ligt|staan|staat)\b"
)
_MEANS_READY = linear(
    MEANS_ASKED + "|"
    r"\b(?:pillen|tabletten|medicijnen|touw|mes|het|ze|alles)\b.{0,20}\b(?:klaargelegd|klaar gelegd|klaarliggen|"
    r"klaar liggen|klaarstaan|klaar staan|klaargezet|klaar gezet)\b|"
    r"\b(?:touw|mes|pillen|tabletten|medicijnen)\b.{0,20}\b(?:ligt|liggen|staat|staan|heb ik)\b.{0,15}\bklaar\b|"
    # "ik heb pillen gespaard. ik weet niet of ik vanmiddag nog leef", "de pillen liggen hier naast me"
    # (twenty-first stranger test C c06: twice the answer for passing thoughts): saved up or at hand
    + MEANS_AT_HAND,
    name="crisis.acuut_middel_klaar")


# Pills someone else saved or keeps (a resident, a patient, a colleague): not the writer's own means
_MEANS_OF_OTHERS = linear(r"\b(?:patient\w*|bewoner\w*|client\w*|collega\w*|voorschrift|apotheek|recept|gestolen)\b",
                          name="crisis.middel_van_een_ander")


def means_ready(text: object) -> bool:
    """True when the message says the means are laid ready ("ik heb de pillen al klaarliggen")."""
    return _found(_MEANS_READY, text, 2000)


_NOW = linear(r"\b(?:nu|nu meteen|op dit moment|vanavond|vannacht|zo meteen|straks|right now|now|tonight)\b",
              name="crisis.acuut_nu")


# A crisis only the classifier saw (no category): a threat or violence from someone else, and
# nothing about the person's own life, gets the violence answer (112 first), not the whole list.
_THREAT = linear(
    r"\b(?:dreig\w*|bedreig\w*|opwacht\w*|op (?:me |mij )?(?:zou |gaat |komt |staat )?(?:te )?wachten|"
    r"(?:me|mij) (?:wel )?(?:zou |gaat |komt )?(?:te )?(?:vinden|pakken|grazen)|achterna|"
    r"slaan|slaat|mes|wapen|pistool|aanvallen|in elkaar|(?:stanley|zak|vlinder|steek|breek|cutter)mes|boxcutter|"
    # "als je je bek opentrekt weet ik waar je woont" (round 29 B c10)
    r"(?:ik )?weet (?:ik )?(?:precies |heus |wel |echt )?waar (?:je|jij|u) (?:woont|woon|slaapt|werkt)"
    r"|je bek (?:open ?trekt|opentrekt|houdt)"
    # "ik steek je lek maandag" (round 32 recheck B c07: read as sexual harassment, no word on safety)
    r"|steek (?:je|jou|u|hem|haar|jullie) (?:lek|neer|dood|kapot|overhoop)|neer ?te ?steken|neersteken|lek ?te ?steken"
    r"|(?:sla|schop|maak) (?:je|jou|u) (?:dood|verrot|kapot|lens|af)|vermoord (?:je|jou|u)"
    r"|schiet (?:je|jou|u) (?:neer|dood))\b",
    name="crisis.dreiging",
)
_SELF = linear(
    r"\b(?:zelfmoord\w*|suicid\w*|dood|sterven|leven|mezelf|mijzelf|pillen|niet meer zitten|einde|"
    r"verkracht\w*|aangerand|misbruikt|seks\w*)\b",
    name="crisis.over_zichzelf",
)


# A threat from, or fear of, someone else that the classifier only doubts about (fourth stranger
# test, c14: "een bewoner heeft me geslagen en gezegd dat hij me morgen 'af gaat maken'"): the
# gentle check asks about safety, not about suicide. Nothing about the writer's own life.
VEILIGHEID = "veiligheid"
BANG_KOMST = "bang_komst"  # afraid that the one who threatened comes (fears_coming): safety, 112 if he comes
_THREAT_OR_FEAR = linear(
    r"\b(?:geslagen|sloeg|sloegen|geschopt|schopt|bedreigd|bedreigt|bedreiging\w*|vermoord\w*|aangevallen|"
    # "een klant heeft me bij mijn keel gegrepen" (sixth stranger test c15)
    r"greep (?:me|mij)|gewurgd|wurgde|duwde (?:me|mij)|bij (?:mijn|m'n|mn|de) keel)\b|"
    r"\b(?:me|mij)\b.{0,30}\b(?:gegrepen|geduwd|vastgepakt)\b|"
    r"\b(?:af|kapot)\b.{0,15}\bmaken\b|\bbang voor (?:hem|haar|die|de|deze|dat|mijn|een|hen|ze)\b|"
    r"\bwacht\w* (?:me|mij) (?:\w+ )?op\b|"
    # "er staat een man te schreeuwen" in a night shop (twenty-seventh recheck B c02: the suicide question)
    r"\b(?:staat|staan|is|zijn|loopt|lopen) (?:\w+ ){0,4}te (?:schreeuwen|tieren|razen|dreigen|slaan|schoppen)\b|"
    # someone throwing or hitting now (eleventh stranger test c01): a danger from someone else
    r"\b(?:gooit|smijt|slaat|schopt|trapt|vecht|zwaait|sloopt|vernielt|schreeuwt|tiert|raast)\b",
    name="crisis.dreiging_of_angst",
)


# "ik wil niet dood" says nothing about the writer's own death (eighth stranger test c07)
# "nee ik wil geen einde maken aan mijn leven!! ik ben bang voor HEM" (tenth stranger test c14)
_DENIES_DEATH = linear(r"\bwil (?:\w+ )?(?:niet|nie|nooit) (?:\w+ )?(?:dood|sterven|doodgaan)\b|"
                       r"\b(?:wil|ga|denk) (?:\w+ )?(?:geen|niet|nooit) (?:\w+ )?(?:een )?(?:eind|einde) (?:\w+ )?"
                       r"(?:maken )?(?:aan )?(?:mijn|m'n|mn) leven(?: maken)?\b|"
                       r"\bik ben (?:\w+ )?(?:niet|nie) (?:suicidaal|depressief)\b|\b(?:geen|niet aan) zelfmoord\b",
                       name="crisis.wil_niet_dood")


# "en tot 4 uur dan? hij loopt hier gewoon rond. ben best wel bang eigenlijk" (round 28 recheck A c06,
# after his boss threatened him: the suicide question): the one feared is near now, with fear
_SOMEONE_HERE = linear(
    r"\b(?:hij|zij|ze|die(?: \w+)?|mijn (?:chef|baas|collega|leidinggevende|manager|teamleider))\b (?:\w+ ){0,2}"
    r"(?:loopt|staat|zit|is|werkt|blijft) (?:\w+ ){0,2}(?:(?:hier|rond|buiten|beneden)(?:$|[.,!?;]| (?:rond|nog|"
    r"gewoon|ook|en|te|bij|naast|op|in|vlakbij|de hele dag)\b)|naast me|naast mij|in de buurt|op de vloer|"
    r"in het gebouw|op de gang)",
    name="crisis.iemand_hier")


# "en wat slaan jullie op van mij?" (round 34 A c01: "Een dreiging met geweld is ernstig ... Bel meteen 112"): storing,
# not hitting
_STORING = linear(r"\b(?:wat|welke|hoe|waar|hoelang|hoe lang)\b(?: \w+){0,3} (?:slaan|slaat|sla)\b(?: \w+){0,4} op\b"
                  r"|\b(?:slaan|slaat) (?:jullie|je|jij|u|ze|zij|jullie dat|de bot|het systeem)\b(?: \w+){0,4} op\b",
                  name="crisis.opslaan")


def threat_from_other(text: str) -> bool:
    """True when the message tells of a threat or violence from someone else, or fear of someone,
    and nothing about the writer's own death or life ("ik wil niet dood" is nothing about it)."""
    norm = _norm(_FOUND_OUT.sub(" ", _STORING.sub(" ", _norm(text, MAX_CHARS))))  # "bang dat hij erachter komt"
    rest = " ".join(_DENIES_DEATH.split(norm))
    return bool(_THREAT.search(norm) or _THREAT_OR_FEAR.search(norm) or _FEARS_COMING.search(norm)
                or _AFRAID_OF_SOMEONE.search(norm) or besieged_now(norm)
                or _SOMEONE_HERE.search(norm) and _FEAR_OR_WHAT_NOW.search(norm)) and not _SELF.search(rest)


# "hij heeft mij nie bedreigd he, hij pakt mij vast" (round 30 B c03: the answer for a threat, twice)
_NOT_THREATENED = linear(
    r"\b(?:niet|nie|geen|nooit|not) (?:\w+ )?(?:bedreigd|gedreigd|bedreiging|dreiging|threatened)\b",
    name="crisis.niet_bedreigd")


# "hij appt me net: 'ik weet dat jij het was. ik sta vanavond bij je auto, dan praten we wel even'" in the booking
# (round 33 A c14: "Wil je daar eerst over praten?", no word on safety): waiting at one's car or home, unless to
# pick up or help
_WAITS_AT_YOURS = linear(
    r"\b(?:ik |we |wij )?(?:sta|staan|wacht|wachten|zit|zitten|kom|komen) (?:\w+ ){0,3}(?:bij|aan|voor|naar) "
    r"(?:je|jouw|jullie|uw) (?:auto|huis|deur|voordeur|fiets|woning|adres|flat)\b"
    # "ik wacht u op aan de parking na de shift" (round 33 recheck c06, Flemish: missed until said again)
    r"|\bwacht (?:je|jou|u|jullie|ou) (?:\w+ ){0,2}op\b",
    name="crisis.staat_bij_je")
_FRIENDLY = linear(r"\bom (?:je|jou|u|jullie) (?:op te halen|af te zetten|te helpen|te brengen|mee te nemen)\b"
                   r"|\bgezellig\b|\bverjaardag\b|\bborrel\b", name="crisis.vriendelijk")


# Violence or a weapon against someone else now, told by a witness: "hij heeft een stanleymes in zijn hand en zij heeft
# zich opgesloten in de kantine" (round 33 A c07: "Ben je nu in gevaar?" to the writer, twice)
_OTHER_IN_DANGER = linear(
    r"\b(?:zij|ze|mijn collega|die collega|een collega|mijn collegaatje|de stagiaire?|mijn teamgenoot)\b(?: \w+){0,3} "
    r"(?:heeft zich |zich |zit |is |zitten )?(?:opgesloten|verstopt|ingesloten|in elkaar geslagen|neergestoken)\b"
    r"|\b(?:bedreigt|bedreigen|bedreigde|bedreigden|slaat|sloeg|schopt|duwt|trekt aan) (?:haar|mijn collega|die collega"
    r"|een collega|onze collega|mijn collegaatje|de stagiaire?)\b(?: \w+){0,3} (?:met|nu)\b"
    r"|\b(?:staat|stond|bonkt|bonst|schopt) (?:\w+ ){0,2}(?:voor|bij|op|tegen) de "
    r"(?:kantinedeur|deur van (?:haar|de))\b",
    name="crisis.ander_in_gevaar")
# "die klant is er weer binnen en hij heeft een mes, hij staat bij de balie tegen mn collega te schreeuwen" (round 33
# recheck c02: "Blijf binnen ... niet naar je auto", the text for someone waiting outside): screaming at or going for
# a colleague now is a colleague in danger
_AT_A_COLLEAGUE = linear(
    r"\b(?:staat|staan|is|zit|gaat|loopt)(?: \w+){0,4} (?:tegen|naar|op|achter) (?:mijn|mn|m'n|een|die|onze|de) "
    r"(?:collega|collegaatje|collegas|stagiaire?|teamgenoot|caissiere|baliemedewerker|kassiere)\b(?: \w+){0,2} "
    r"(?:te )?(?:schreeuwen|tieren|brullen|dreigen|zwaaien|razen|gillen|af)\b",
    name="crisis.tegen_collega")
_ME_THREATENED = linear(r"\b(?:bedreigt|bedreigde|slaat|sloeg|achter) (?:me|mij)\b|\bik (?:heb|ben) (?:me |mij )?"
                        r"(?:opgesloten|verstopt)\b", name="crisis.ik_bedreigd")


def other_in_danger(text: object) -> bool:
    """True when violence or a weapon is turned on someone else now, not on the writer (see above)."""
    norm = _norm(text, MAX_CHARS)
    return bool(_OTHER_IN_DANGER.search(norm) or _AT_A_COLLEAGUE.search(norm)) and not _ME_THREATENED.search(norm)


# An armed or violent person inside with the writer now, not waiting outside: "hij is binnen met een mes", "er staat
# een man met een mes bij de kassa" (round 33 recheck c02: "Blijf binnen, ga niet naar je auto"): away from him,
# a room that locks or out another way, 112
_INSIDE = linear(
    r"\b(?:binnen|binnengekomen|binnengelopen|binnengestormd|in de winkel|in het gebouw|in de hal|in de kantine"
    r"|op de afdeling|op de vloer|op de gang|bij de (?:balie|kassa|receptie|ingang binnen)|aan de (?:balie|kassa)"
    r"|in de zaak|in het kantoor|in de wachtkamer|achter de balie)\b",
    name="crisis.binnen")
_OUTSIDE = linear(r"\b(?:buiten|parkeerplaats|parkeergarage|parking|auto|fiets|voor de deur|uitgang|poort|stoep"
                  r"|straat|thuis|huis|mijn deur)\b", name="crisis.buiten")
_ARMED_OR_VIOLENT = linear(
    r"\b(?:mes|messen|pistool|revolver|vuurwapen|geweer|wapen|bijl|hamer|schaar|\w*knuppel|\w+mes|stanley|cutter"
    r"|gun|knife|weapon"
    r"|slaat|schopt|steekt|gooit|vecht|door het lint|agressief|dreigt|bedreigt)\b",
    name="crisis.gewapend")
BINNEN = "binnen"  # crisis_detail: an armed or violent person inside with the writer now


def armed_inside(text: object) -> bool:
    """True when an armed or violent person is inside with the writer now, not waiting outside (see above)."""
    norm = _norm(text, MAX_CHARS)
    return bool(_INSIDE.search(norm) and _ARMED_OR_VIOLENT.search(norm)) and not _OUTSIDE.search(norm)


def threatened(text: object) -> bool:
    """True when the message tells of a threat by someone else ("hij bedreigt me", "ik weet waar
    je woont", "ik sta vanavond bij je auto"), not of fear alone, nor a threat denied ("hij heeft mij nie
    bedreigd")."""
    norm = _STORING.sub(" ", _NOT_THREATENED.sub(" ", _norm(text, MAX_CHARS)))
    return _found(_THREAT, norm) or (bool(_WAITS_AT_YOURS.search(norm)) and not _FRIENDLY.search(norm))


# Someone who threatened or hit the writer waits for them now (bot.nlu.crisis_patterns.waiting_now,
# rule opgewacht_nu): the violence answer says to stay inside and not to go out alone (crisis_detail).
OPGEWACHT = "opgewacht"
# Someone at the door, trying to get in or following the writer now (besieged_now, ninth stranger
# test c28): the violence answer says not to open, to lock oneself in, 112 whispering, a neighbour calls.
BELAAGD = "belaagd"


# "ik ben bang" (eighth stranger test c19: not heard in the answer): the fear, acknowledged.
BANG = "bang"
_AFRAID = linear(r"\bik ben (?:\w+ ){0,2}(?:bang|angstig|doodsbang|banger)\b|\bik (?:voel|heb) (?:me |mij )?"
                 r"(?:\w+ )?(?:bang|angstig|angst)\b|\bik durf (?:\w+ )?(?:niet|nie)\b", name="crisis.bang")


def afraid(text: object) -> bool:
    """True when the writer says they are afraid ("ik ben bang", "ik durf niet")."""
    return _found(_AFRAID, text, 2000)


# "maar ik durf niet naar mijn fiets", "ik durf niet naar buiten" after telling he waits there (round 34 recheck R2
# c01): afraid to leave while someone waits
_AFRAID_TO_LEAVE = linear(
    r"\b(?:ik )?durf (?:\w+ )?(?:niet|nie)(?: \w+){0,2} (?:naar buiten|buiten|weg|naar huis"
    r"|(?:naar )?(?:mijn|m'n|mn|de|het) (?:auto|fiets|scooter|brommer|bus|station|parkeerplaats|fietsenstalling"
    r"|parkeergarage|uitgang))\b"
    r"|\b(?:scared|afraid) to (?:go|walk) (?:out|outside|home|to (?:my|the) (?:car|bike))\b",
    name="crisis.durft_niet_weg")


def afraid_to_leave(text: object) -> bool:
    """True when the writer dares not go out, home or to the car or bike ("ik durf niet naar mijn fiets")."""
    return _found(_AFRAID_TO_LEAVE, text, 2000)


# "ik ben bang dat hij me opwacht" (c19): afraid that the one who did it waits for them, not (yet)
# that he is there now.
_AMBUSH = linear(
    r"\bopwacht\w*|\bop (?:me|mij) (?:\w+ ){0,2}(?:wacht|wachten|staat te wachten|gaat wachten|staan te wachten)\b|"
    r"\b(?:wacht|wachten|staat|staan)\b(?: \w+){0,3} (?:bij|voor) (?:mijn|m'n|mn|de|het) "
    r"(?:auto|deur|huis|fiets|uitgang|"
    r"poort|ingang|parkeerplaats)\b|\bachter (?:me|mij) aan\b",
    name="crisis.opwachten")
_AMBUSH_FEAR = linear(r"\b(?:bang|angst\w*|durf|eng|doodsbang)\b", name="crisis.opwachten_angst")


def fears_ambush(text: object) -> bool:
    """True when the writer is afraid that someone waits for them ("ik ben bang dat hij me opwacht")."""
    norm = _norm(text, 2000)
    return bool(_AMBUSH.search(norm) and _AMBUSH_FEAR.search(norm))


# "Mijn leidinggevende zegt dat het erbij hoort" (fourth stranger test, c14): unwanted behaviour,
# also from clients or patients, is no part of the job; the bot says so.
_PART_OF_THE_JOB = linear(
    r"\bhoort (?:er )?(?:nou eenmaal |eenmaal |gewoon |nu eenmaal )?bij\b|\berbij (?:hoort|horen|hoorde)\b|"
    r"\b(?:hoort|horen) bij (?:het|mijn|je|jouw|ons|onze) (?:werk|vak|baan|beroep)\b|"
    r"\b(?:onderdeel|deel) van (?:het|mijn|je|jouw|ons) (?:werk|vak|baan|beroep)\b|"
    r"\bbij het vak\b|\bberoepsrisico\b|\brisico van het vak\b|\bpart of the job\b",
    name="crisis.hoort_erbij",
)


def part_of_the_job(text: str) -> bool:
    """True when the message says (or asks whether) the behaviour is part of the job."""
    return _found(_PART_OF_THE_JOB, text, MAX_CHARS)


# "weet die meneer dan wat ik vanavond heb gezegd? over dat ik er niet meer wil zijn?" (round 22 C c01: "Bel
# nu meteen 112 ... Sta of zit je op een hoge plek?"): what was said earlier, asked about, is no act now
_REPORTED = linear(
    r"\bwat ik (?:\w+ ){0,2}(?:heb |had )?(?:gezegd|verteld|geschreven|getypt|zei|schreef|vertelde)\b|"
    r"\b(?:heb|had) (?:ik )?(?:\w+ ){0,2}(?:gezegd|verteld|geschreven|getypt)\b",
    name="crisis.gezegd")


def crisis_kind(category_soort: str, text: str, previous_soort: str | None, threat_told: bool = False) -> str:
    """The crisis answer to give: ``category_soort`` is what the safety net's category maps to
    (bot.dialogue.situations.crisis_soort). Suicide or self-harm *now* (an attempt under way or
    about to be), also when an earlier message in this conversation was about suicide and this
    one only says "ik ga het nu doen", is acute: the emergency number first and alone. After a
    threat or aggression was told in this conversation (``threat_told``), a crisis only the
    classifier saw that says nothing of the writer's own life is that danger: the violence answer
    (fifth stranger test, c21: "hij staat nu buiten op de parkeerplaats bij mijn auto. ik durf niet
    naar buiten" got the suicide and sexual-violence lines)."""
    norm = _norm(text, MAX_CHARS)
    own_means = bool(_MEANS_READY.search(norm)) and not _MEANS_OF_OTHERS.search(norm)
    if category_soort == ZELFMOORD and (_ACUTE_SELF.search(norm) or own_means):
        return ACUUT
    now = bool(_NOW.search(norm)) and not _REPORTED.search(norm)  # "wat ik vanavond heb gezegd": said, not done
    if previous_soort in (ZELFMOORD, ACUUT) and category_soort in (ZELFMOORD, "algemeen") and (
            _ACUTE_SELF.search(norm) or now or own_means):
        return ACUUT
    if category_soort == "algemeen" and _PLAIN_ACUTE_SELF.search(norm):
        return ACUUT
    if category_soort == "algemeen" and (threat_told or _THREAT.search(norm)) and not _SELF.search(norm):
        return GEWELD
    return category_soort


# "kunnen we die afspraak nog afmaken?", "afspraak afmaken graag": after the danger is over, the
# person wants to go on with booking the talk.
_WANTS_BOOKING = linear(
    r"\bafspraak\b|\bgesprek (?:plannen|inplannen|maken|afmaken|regelen)\b|\bverder met (?:de|die|mijn) afspraak\b",
    name="crisis.verder_met_afspraak")


def wants_booking(text: object) -> bool:
    """True when the message asks to (go on and) book the talk with the counsellor."""
    return _found(_WANTS_BOOKING, text)


# "ik ga niks doen hoor. maar kan het gesprek niet eerder?" right after the suicide answer (twelfth
# stranger test c05: the 113 text again, the wish lost): a talk sooner, asked for.
_SOONER = linear(
    r"\b(?:eerder|sneller|vandaag nog|zo snel mogelijk|zsm|zo vroeg mogelijk|asap|morgen al|vandaag al)\b",
    name="crisis.eerder")
_TALK = linear(r"\b(?:gesprek|afspraak|praten|spreken|vertrouwenspersoon|vp|kan het|kan dat|kan dit)\b",
               name="crisis.gesprek")


def wants_sooner(text: object) -> bool:
    """True when the message asks for the talk with the counsellor sooner ("kan het gesprek niet eerder?")."""
    norm = _norm(text)
    return bool(_SOONER.search(norm) and _TALK.search(norm))


# Venting: the person wants to tell, not (yet) to choose. Said in the same message as the story
# ("ik wil het alleen even kwijt: ...") or before it.
_VENTING = linear(
    r"\b(?:wil|moet|wou)\b.{0,30}\b(?:kwijt|luchten|van me af)\b|"
    r"\b(?:stoom afblazen|hart luchten|mijn ei kwijt|mn ei kwijt|m'n ei kwijt|ventileren|even klagen|"
    r"(?:mijn|mn|m'n) verhaal (?:kwijt|doen|vertellen))\b|"
    r"\b(?:hoef|wil)\b.{0,15}\b(?:geen advies|geen oplossing|niks doen|niets doen|niets melden|niks melden|"
    r"geen stappen|(?:nog )?niks mee|(?:nog )?niets mee)\b|"
    r"\b(?:alleen|gewoon|even) (?:iemand die luistert|luisteren|vertellen|praten)\b|"
    # "ik wil gewoon dat iemand luistert" (round 21 C c01, right after the suicide answer: a booking started)
    r"\b(?:dat|of) (?:er )?iemand (?:\w+ ){0,2}(?:luistert|naar me luistert|naar mij luistert)\b|"
    r"\bjust (?:want|need) to (?:vent|talk|tell)\b|\bneed to vent\b",
    name="crisis.luchten",
)


def wants_to_vent(text: str) -> bool:
    """True when the message says the person only wants to tell (not to choose a route)."""
    return _found(_VENTING, text, MAX_CHARS)


# The person who only wanted to tell says that was it, in the same message as more of the story
# ("... ik ben er gewoon klaar mee soms. nou ja. bedankt voor het luisteren"): no check of the
# situation after that, but the door left open (fourth stranger test c08).
_DONE_VENTING = linear(
    r"\b(?:bedankt|dank ?je|dank u|dankjewel|dankuwel|merci|thanks|thank you)\b.{0,20}"
    r"\b(?:luisteren|luistert|lezen|leest|meelezen|je tijd|het luisterend oor)\b|"
    r"\bfijn dat ik (?:het|dit|mijn verhaal|mn verhaal|m'n verhaal) (?:even |eens )?"
    r"(?:kwijt kon|kon vertellen|kwijt kan)\b|"
    r"\b(?:dat|het) lucht (?:al )?op\b|\b(?:dat|dit) was (?:het|alles|het wel)\b[.!]?$|\bmeer hoef ik niet\b",
    name="crisis.klaar_met_luchten",
)


def done_venting(text: str) -> bool:
    """True when the message says the telling is done ("bedankt voor het luisteren")."""
    return _found(_DONE_VENTING, text, 2000)


# After a crisis answer: the person called the number, is safe, or feels a little better.
_SAFE_AGAIN = linear(
    r"\b(?:heb|hebben|had)\b.{0,25}\b(?:gebeld|gesproken|gechat|geappt)\b|"
    r"\b(?:ben|zijn|voel me|voel ik me)\b.{0,12}\b(?:veilig|in veiligheid)\b|"
    r"\bhet gaat (?:nu |alweer |weer |al )*(?:wel|beter|een beetje)\b|\bgaat (?:nu )?(?:wel )?weer\b|"
    r"\b(?:called|phoned|talked to|spoke to|spoken to|rang)\b|"
    r"\b(?:i am|i'm|im|we are|we're) (?:safe|ok|okay|fine|better)\b|\bfeel(?:ing)? (?:safe|better)\b",
    name="crisis.weer_veilig",
)


_NOT_SAFE = linear(
    r"\b(?:niet|nie|nog steeds niet|geen|not|never|nobody|niemand|nog niet)\b.{0,12}"
    r"\b(?:veilig|safe|beter|better|ok|okay|goed|gebeld|called|opgenomen|answered)\b|"
    r"\b(?:unsafe|onveilig|neemt niet op|nam niet op|niemand nam op|niemand neemt op|geen gehoor|"
    r"no answer|didn't answer)\b",
    name="crisis.niet_veilig",
)


# "nee, het gaat niet goed", "nee slecht eigenlijk" to the gentle check ("Gaat het wel goed met je?
# ... denk je erover om er niet meer te zijn?"): a no that says it does not go well. A plain "nee",
# "nee hoor", "nee het gaat prima" answers the suicide question: it goes fine.
_NOT_FINE = linear(
    r"\b(?:slecht|zwaar|rot|beroerd|kut|klote|moeilijk|niet zo best|niet best|somber|bang|ben (?:\w+ )?(?:op|kapot)|"
    r"wanhopig|twijfel|weet (?:het |t )?niet|soms|misschien|eigenlijk wel|wel eens|weleens)\b|"
    r"\bgaat (?:\w+ ){0,2}(?:niet|nie)\b",
    name="crisis.niet_goed")


# A no to the gentle check that denies the thought outright, also when it goes on about being worn
# out: "nee nee zo erg is het niet. ik ben gewoon op. mijn collega's laten me alles alleen doen" (round
# 21 C c02: "ben op" read as not fine, and the 113 block twice): no suicide answer; the story is heard.
_DENIES_THOUGHT = linear(
    r"^(?:nee+[ ,.!]*){0,3}(?:hoor[ ,.!]*)?(?:zo erg is het (?:niet|nie)|zo ver is het (?:niet|nie)|"
    r"zover is het (?:niet|nie)|"
    r"dat (?:zeker |echt )?(?:niet|nie)\b|zo erg (?:niet|nie)\b|niet zo erg\b|daar denk ik (?:niet|nie|nooit) aan"
    # "nee nee zo bedoel ik het niet, ik ben gewoon kapot van de diensten" (round 31 C c05: the suicide answer)
    r"|zo bedoel(?:de)? ik (?:het |dat |t )?(?:niet|nie)\b|dat bedoel(?:de)? ik (?:niet|nie)\b"
    r"|(?:ik )?(?:denk|dacht) (?:er )?(?:niet|nie|nooit) aan\b|(?:ik )?wil (?:echt |helemaal )?(?:niet|nie) dood\b)",
    name="crisis.ontkent_gedachte")


# "wat?? nee ik bedoel dat ik niet meer alleen naar die client toe wil. niet dat ik dood wil ofzo" (round 34 B c01: the
# same check word for word): an outright denial later in the answer
_DENIES_ANYWHERE = linear(
    r"\bniet dat ik (?:\w+ )?(?:dood (?:wil|ga)|er niet meer wil zijn|zelfmoord\w*|suicidaal)\b"
    r"|\bik wil (?:echt |helemaal |heus )?(?:niet|nie) dood\b|\bik bedoel(?:de)? (?:\w+ ){0,3}(?:niet|nie) dood\b"
    r"|\b(?:niks|niets) met zelfmoord\b",
    name="crisis.ontkent_ergens")


def denies_thought(text: object) -> bool:
    """True when the answer to the gentle check opens by denying the thought ("nee nee zo erg is het
    niet", "dat niet"), or denies it outright anywhere ("niet dat ik dood wil ofzo")."""
    return (_found(_DENIES_THOUGHT, text, 500) or _found(_DENIES_ANYWHERE, text, 500)) \
        and not _found(_DENIAL_TAKEN_BACK, text, 500)


# "nee zo bedoel ik het niet, maar soms wel": the denial taken back
_DENIAL_TAKEN_BACK = linear(r"\bmaar\b(?: \w+){0,5} (?:soms|wel|toch|weleens|wel eens)\b",
                            name="crisis.ontkenning_terug")


def not_fine(text: object) -> bool:
    """True when a no to the gentle check says it does not go well (see above), or not safe."""
    norm = _norm(text, 500)
    return bool(_NOT_FINE.search(norm) or _NOT_SAFE.search(norm))


def not_safe(text: str) -> bool:
    """True when the message says the person did not call, is not safe, or nobody answered ("ik
    heb 113 niet gebeld", seventh stranger test c06: read as "I called", it got "Wat fijn")."""
    return _found(_NOT_SAFE, text, MAX_CHARS)


# "Ik schrok wel even van uw bericht, er stond gewoon een klant. Er is niets aan de hand." (round 30 A c08: the
# danger answer twice more, until "Ik ben veilig"): there was no danger; said so, and the conversation goes on.
VALS_ALARM = "utter_crisis_vals_alarm"
_FALSE_ALARM = linear(
    r"\b(?:er is |is )?(?:echt |helemaal |gewoon )?(?:niets|niks) (?:aan de hand|ernstigs|gevaarlijks|engs)\b|"
    r"\b(?:er is |is )?(?:echt |helemaal |dus )?geen (?:gevaar|dreiging|probleem hoor)\b|\bvals alarm\b|"
    r"\bgewoon een (?:klant|bezoeker|collega|patient|client|pakketbezorger|postbode)\b|"
    r"\b(?:no|not in any) danger\b|\bnothing (?:is )?wrong\b|\bfalse alarm\b",
    name="crisis.vals_alarm")
_STILL_AFRAID = linear(r"\b(?:bang|eng|durf|help|hij staat|hij is er|slaat|dreigt|bedreigt|mes|scared|afraid)\b",
                       name="crisis.toch_bang")


def false_alarm(text: object) -> bool:
    """True when the writer says there was no danger after all ("er is niets aan de hand"), and nothing in
    the message tells of fear or danger."""
    norm = _norm(text, MAX_CHARS)
    return bool(_FALSE_ALARM.search(norm)) and not _STILL_AFRAID.search(norm)


def safe_again(text: str) -> bool:
    """True when the message says the person got help or is safe now (any language the bot
    answers in) and nothing in it says otherwise; used after a crisis answer, never to decide
    that there is no crisis (a crisis pattern or the classifier still comes first)."""
    norm = _norm(text, MAX_CHARS)
    return bool(_SAFE_AGAIN.search(norm)) and not _NOT_SAFE.search(norm)


# --- right after a crisis answer -------------------------------------------------------------------
# "kun jij 112 bellen voor mij?", "ik durf niet te bellen, hij hoort me": the person is still in
# the crisis. The bot cannot call anyone; it says so, and what they can do instead.
KAN_NIET_BELLEN = "kan_niet_bellen"  # asks the bot to call or warn someone
DURFT_NIET_BELLEN = "durft_niet_bellen"  # cannot or dare not call
_ASKS_BOT_TO_CALL = linear(
    r"\b(?:kun|kan|kunt|wil|wilt|zou|zoudt)(?: (?:jij|je|u))\b(?: \w+){0,4} (?:bellen|opbellen|waarschuwen|alarmeren|"
    r"sturen|inschakelen|halen)\b|\bbel (?:jij|jij even|u|even) (?:112|113|de politie|iemand|hulp|een ambulance)\b"
    r"|\b(?:can|could) you (?:please )?(?:call|warn|send|alert)\b",
    name="crisis.bot_bellen")
_CANNOT_CALL = linear(
    r"\b(?:durf|kan|wil|lukt|ga)\b(?: \w+){0,3} (?:niet|nie|geen)\b(?: \w+){0,3} (?:te )?(?:bellen|bel)\b"
    r"|\b(?:weet niet|weet nie|twijfel)\b(?: \w+){0,4} (?:durf|wil|moet|kan)\b(?: \w+){0,2} (?:te )?bellen\b"
    r"|\bgeen zin (?:om )?(?:te )?bellen\b|\b(?:wil|wil gewoon|liever) (?:\w+ )?(?:typen|tikken|chatten|schrijven)\b"
    r"|\bniet (?:kan|durf|wil) bellen\b|\b(?:hoort|horen) (?:me|mij|het)\b|\bkan niet praten\b"
    # "112 wil ik ni, dan staat hier de politie" (nineteenth stranger recheck c10: the suicide answer again)
    r"|\b(?:112|113|de politie|politie) (?:wil|durf|ga|kan) ik (?:echt |gewoon )?(?:niet|nie|ni)\b"
    r"|\bik wil (?:niet|nie|ni) bellen\b"
    # "ik wil geen 112, dan komt politie en mijn kinderen worden wakker" (round 31 recheck B c03, pills at home: the
    # bullying options): no call to 112 wanted
    r"|\b(?:wil|wou|durf) (?:echt |gewoon )?geen (?:112|113|politie|ambulance)\b"
    # "soms wel ja. maar bellen durf ik niet" (twentieth round: the booking started)
    r"|\b(?:bellen|te bellen|opbellen) (?:durf|wil|kan|lukt|doe) (?:ik )?(?:\w+ )?(?:niet|nie|ni)\b"
    # "ik kan alleen fluisteren", "ik kan niet hardop praten", "hij mag me niet horen" (ninth stranger test c28)
    r"|\b(?:kan|durf)\b(?: \w+){0,2} (?:alleen|maar|enkel|alleen maar) (?:fluisteren|typen|appen|chatten)\b"
    r"|\b(?:kan|durf)\b(?: \w+){0,2} (?:niet|nie) (?:hardop |hard )?(?:praten|spreken|fluisteren)\b"
    r"|\bmag (?:me|mij) (?:niet|nie) horen\b"
    r"|\b(?:heb|had)\b(?: \w+){0,2} (?:niet|nie|nog niet) gebeld\b"
    # "113 bellen durf ik niet" (fifteenth stranger recheck c10: "Wat fijn dat je dit laat weten")
    r"|\b(?:bellen|bel)\b(?: \w+){0,1} (?:durf|kan|wil|lukt|doe)(?: ik| het)? (?:echt |gewoon )?(?:niet|nie)\b"
    r"|\b(?:can'?t|cannot|don'?t want to|am afraid to) (?:call|talk)\b",
    name="crisis.niet_bellen")


# No help line at all, after the other ways were named: "chatten ook niet. hoe krijg ik het pesten
# weg" right after "bellen hoeft niet, je kunt ook chatten" (seventeenth stranger recheck c02: the
# witness text, and no word about being safe). Also "ik wil niet bellen en niet chatten", "geen
# hulplijn". Not "ik wil gewoon chatten" (typing instead of calling: DURFT_NIET_BELLEN).
GEEN_HULPLIJN = "geen_hulplijn"
_NO_HELP_LINE = linear(
    r"\b(?:chatten|chat|appen|mailen|typen)\b(?: (?:wil|ga|doe|hoef|kan|durf|ik|ook|echt|dus|zeker|al)){0,4} "
    r"(?:niet|nie|ni)\b"
    # "en chatten met 113 ook niet" (eighteenth stranger recheck c03)
    r"|\b(?:chatten|chat)\b(?: \w+){0,4} (?:ook|al|echt|zeker) (?:niet|nie|ni)\b"
    r"|\b(?:wil|ga|doe|hoef|durf)\b(?: (?:ik|ook|echt|dus|zeker|al|gewoon)){0,3} (?:niet|nie|ni|ook niet) "
    r"(?:(?:bellen|te bellen) (?:en|of) (?:niet )?)?(?:chatten|te chatten|appen)\b"
    r"|\bgeen (?:113|hulplijn|hulplijnen|hulpdienst|chat|psycholoog)\b"
    # "ik ga niemand bellen. geen centrum, geen politie", "stop met die nummers" (twentieth stranger test
    # C c08: the Centrum Seksueel Geweld named a third and fourth time)
    r"|\bgeen (?:centrum|nummers|telefoonnummers|hulpnummers)\b|\b(?:ga|wil|hoef) (?:\w+ ){0,2}niemand (?:te )?bellen\b"
    r"|\b(?:stop|kap|hou op|houd op|ophouden) met (?:\w+ ){0,2}(?:nummers|hulplijnen|telefoonnummers)\b"
    r"|\b(?:113|hulplijn|die lijn)\b(?: (?:wil|ga|hoef|doe|bel|ik|ook|echt|dus)){0,3} (?:niet|nie|ni)\b"
    # "nee ik ga niet bellen naar 113", then "ook niet chatten. ik wil een afspraak" (round 32 recheck B c02: 113
    # named seven times after two refusals)
    r"|\b(?:ga|wil|hoef|zal)(?: ik| echt| dus| zeker){0,2} (?:niet|nie|ni) (?:\w+ )?(?:bellen|te bellen) (?:naar |met )"
    r"(?:de )?(?:113|hulplijn|die lijn)\b"
    r"|(?:^|[.!?,] )(?:en |nee |maar |dus )?(?:ook|echt|zeker) (?:niet|nie|ni) (?:chatten|appen|bellen)\b"
    # "nee ik ga echt niet 113 bellen, ik ben niet gek ofzo" (round 33 recheck c03: "Je kunt ook chatten via 113.nl")
    # (not "ik ga niet 113 bellen": not calling, maybe chatting, DURFT_NIET_BELLEN)
    r"|\b(?:ga|wil|hoef|zal)(?: ik)?(?: dus| nou)? (?:(?:echt|zeker|heus|helemaal) (?:niet|nie|ni)|nooit) "
    r"(?:naar |met )?(?:de |die )?(?:113|hulplijn|die lijn|zelfmoordlijn|0800 ?-?0113)(?: \w+)? "
    r"(?:bellen|te bellen|chatten|mailen)\b"
    # "ik ga niet naar 113 bellen hoor. ik ben geen geval voor de psychiater" (round 34 B c06: the 113 chat, and 113
    # three times more): no line at all
    r"|\bik ben (?:toch |echt |heus )?(?:niet gek|geen gek|geen geval voor (?:de )?(?:psychiater|psycholoog|gekkenhuis)"
    r"|geen psychiatrisch geval)\b",
    name="crisis.geen_hulplijn")


def refuses_help_lines(text: object) -> bool:
    """True when the message refuses the help lines ("stop met die nummers", "geen 113"); "ik ken 113
    niet" refuses nothing."""
    return bool(_NO_HELP_LINE.search(_UNKNOWN_113.sub(" ", _norm(text, MAX_CHARS))))


# Not calling one's manager is no fear of calling 112: "mn teamleider zegt dus dat het bij het werk
# hoort, die ga ik niet bellen. maar ok. fijn dat ik het even kwijt kon" (seventeenth stranger test,
# at home after the violence answer) got "Ben je ergens binnen waar hij niet bij kan? ... doe de
# deur op slot".
_MANAGER = rf"(?:{MANAGER_WORDS}|hr|p&o|werkgever|planning|directeur|teamleid)"
_OTHER_NOT_CALLED = linear(
    rf"\b{_MANAGER}\b(?:[ ,]+\w+){{0,12}}?[ ,]+(?:die|dat|hem|haar) (?:ga|wil|durf|zal) ik (?:echt |zeker |dus )?"
    r"(?:niet|nie) (?:bellen|opbellen)\b|"
    rf"\bik (?:ga|wil|durf|zal) (?:mijn|mn|m'n|de|die) {_MANAGER} (?:echt |zeker |dus )?(?:niet|nie) "
    r"(?:te )?(?:bellen|opbellen)\b",
    name="crisis.ander_niet_bellen")


# "het maakt toch niet uit", "boeit toch niet": hopelessness after a crisis answer, not doubt
# about whether a story is serious enough.
HOPELOOS = "hopeloos"
# "vanmiddag dan. maakt niet uit hoe laat" (round 29 A c10, a driver after the suicide answer: "Het klinkt
# alsof alles nu zwaar en zinloos voelt"): indifference about a choice is no hopelessness
_WHICHEVER = linear(
    r"\b(?:het |t )?maakt (?:me |mij )?(?:niet|niks|niets) uit (?:hoe laat|wanneer|welke?|wie|waar|hoe|of|met wie"
    r"|bij wie|welk moment|welke dag|welke tijd|wat voor)\b|\b(?:welke?|hoe laat|wanneer|wie|waar) (?:\w+ )?"
    r"maakt (?:me |mij )?(?:niet|niks|niets) uit\b|\bdoesn'?t matter (?:when|which|what time|who)\b",
    name="crisis.maakt_niet_uit_welke")
_HOPELESS = linear(
    r"\b(?:het |t )?maakt (?:\w+ ){0,2}(?:toch |allemaal |ook |eigenlijk )*(?:niet|niks|niets|geen bal|geen moer) "
    r"(?:meer )?uit\b|\bboeit (?:me |mij )?(?:toch |allemaal |ook |eigenlijk )*(?:niet|niks|niemand)\b|"
    r"\b(?:kan|kon) (?:me|mij) (?:toch |allemaal |ook )*(?:niet|niks|niets) (?:meer )?schelen\b|"
    r"\bniemand (?:die )?(?:het |me |mij )?(?:merkt|mist|missen|zal missen|zou missen|zou merken)\b|"
    r"\b(?:heeft|het heeft) (?:toch |allemaal |ook )*(?:geen zin|geen nut)\b|\bwat maakt het (?:nog )?uit\b|"
    # "wat heeft het voor zin", "niks heeft nog zin" (seventh stranger test c06)
    r"\bwat heeft (?:het|dat|dit|alles) (?:\w+ )?(?:voor )?zin\b|\b(?:niks|niets) heeft (?:\w+ )?zin\b|"
    r"\b(?:niks|niets) (?:\w+ )?zin heeft\b|"
    r"\bmoe van alles\b|"
    r"\bwhat(?:'s| is) the point\b|\bdoesn'?t matter\b",
    name="crisis.hopeloos")


# "moet ik naar een dokter?", "kan ik zwanger zijn?": a medical question. After a sexual-violence
# answer, the Centrum Seksueel Geweld is the route (medical care and traces, with or without a
# police report), whatever answer the question itself got.
MEDISCH = "medisch"
_BODY = (r"(?:schouder|arm|hand|rug|nek|hoofd|been|knie|pols|ribben|rib|gezicht|enkel|vinger|vingers|lip|oog|kaak"
         r"|buik|borst|heup)")
_MEDICAL = linear(
    r"\b(?:dokter|arts|huisarts|ziekenhuis|eerste hulp|spoedeisende hulp|seh|nakijken|nagekeken|onderzocht|"
    r"onderzoek|soa\w*|zwanger\w*|morning ?after\w*|morningafter\w*|sporen|letsel|gewond|medisch\w*|doctor|"
    # "ik ben misselijk en duizelig" after a blow to the head (fifteenth stranger test c03)
    r"misselijk|duizelig|hersenschudding|hoofdwond|flauw(?:gevallen|vallen)?|wazig)\b|"
    # "moet ik nog iets met mijn schouder? doet nog steeds zeer" after being pushed (round 30 C c07: tips on
    # writing things down, no doctor)
    rf"\b(?:moet|kan|zou) ik (?:nog |er )?(?:iets|wat) (?:met|aan|voor) (?:mijn|m'n|mn) {_BODY}\b|"
    rf"\b{_BODY}(?: \w+){{0,2}} doet (?:\w+ ){{0,2}}(?:zeer|pijn)\b"
    r"|\bdoet (?:nog steeds |nog |erg |echt |heel )*zeer\b",
    name="crisis.medisch")


def medical_help_now(now: dt.datetime, huisarts: Mapping[str, str]) -> str:
    """Who can look at an injury at ``now`` (aware): the text ``overdag`` of content/hulplijnen.yml's
    ``huisarts`` on working days from ``praktijk_van`` to ``praktijk_tot`` (Dutch time), else
    ``buiten_praktijkuren`` (the huisartsenpost; sixth stranger test c15: "je huisarts" at 23:00)."""
    local = now.astimezone(AMSTERDAM)
    start, end = (dt.time.fromisoformat(huisarts[key]) for key in ("praktijk_van", "praktijk_tot"))
    open_now = local.weekday() < 5 and start <= local.time() < end
    return huisarts["overdag" if open_now else "buiten_praktijkuren"]


# "mijn nek doet nog pijn", "ik heb een bult op mijn hoofd", "ik bloed": an injury told (not asked about).
_INJURY = linear(
    r"\b(?:nek|keel|hoofd|arm|rug|hand|been|pols|schouder|gezicht|oog|ribben|lijf|lichaam)\b.{0,25}"
    r"\b(?:doet|doen) (?:\w+ ){0,2}(?:pijn|zeer)\b|\b(?:pijn|zeer)\b.{0,15}\b(?:aan|in|op) (?:mijn|m'n|mn) "
    r"(?:nek|keel|hoofd|arm|rug|hand|been|pols|schouder|gezicht|oog|ribben)\b|\b(?:bloed|bloedt|gewond|"
    r"blauwe plek\w*|bult|gekneusd|gebroken|moeite met (?:slikken|ademen)|"
    r"kan (?:slecht|moeilijk) (?:slikken|ademen))\b",
    name="crisis.letsel")


def tells_injury(text: object) -> bool:
    """True when the message tells of pain or an injury (see above)."""
    return _found(_INJURY, text)


def asks_medical(text: object) -> bool:
    """True when the message asks about medical care (see _MEDICAL)."""
    return _found(_MEDICAL, text)


# "ik voel me vies", "ik schaam me", "het is mijn eigen schuld", "had ik maar niet zoveel gedronken":
# shame or self-blame after sexual violence (seventh stranger test c28: "ik voel me vies" got the
# list of numbers). The answer: that is a common reaction, and it is not their fault.
SCHAAMTE = "schaamte"
# "moet ik mijn vrouw wakker maken?", "dan zit ik hier maar alleen" after the suicide answer at night
# (nineteenth stranger recheck c05: "Nee, dat hoort niet: het is een integriteitsschending", then
# "Dat is goed"): yes, not alone; 113 now, not waiting until it gets worse
NIET_ALLEEN = "niet_alleen"
NOT_ALONE = (
    r"\b(?:moet|mag|kan|zal) ik (?:mijn |m'n |mn )?(?:vrouw|man|partner|vriend|vriendin|moeder|vader|zus|broer|"
    r"huisgenoot|iemand|buurvrouw|buurman)\b(?: \w+){0,2} (?:wakker maken|wekken|wakker|erbij halen|laten komen)\b|"
    r"\bdan (?:zit|ben|blijf) ik (?:hier |dus )?(?:maar |gewoon )?(?:\w+ )?alleen\b|"
    # what to do if it gets bad again tonight: a plan for the night
    r"\bwat (?:moet|kan|doe) ik (?:dan )?(?:doen )?als het (?:\w+ ){0,3}(?:zwaar|slecht|erg|donker) wordt\b"
)
_NOT_ALONE = linear(NOT_ALONE, name="crisis.niet_alleen")
_SHAME = linear(
    r"\b(?:voel|voelde) (?:me|mij|ik me|ik mij) (?:\w+ ){0,2}(?:vies|smerig|vuil|schuldig|dom|stom|goedkoop)\b|"
    r"\b(?:schaam|schaamde|beschaamd|schaamte)\b|\b(?:mijn|m'n|mn) (?:eigen )?(?:schuld|fout)\b|"
    r"\b(?:zelf )?(?:uitgelokt|over mezelf afgeroepen)\b|\bhad ik (?:nou )?maar\b|"
    r"\bik had (?:\w+ ){0,4}niet (?:moeten|mogen)\b|"
    r"\b(?:mijn|m'n|mn) (?:jurk|rok|kleding|kleren)\b.{0,30}\b(?:te kort|te bloot|uitdagend)\b|"
    r"\b(?:feel|felt) (?:so )?(?:dirty|ashamed|guilty)\b|\bmy (?:own )?fault\b",
    name="crisis.schaamte")


# "chatten misschien. maar wat moet ik dan zeggen daar", "wat zeg ik daar" right after the suicide
# answer (twentieth round, C c01: "Een gesprek met de vertrouwenspersoon kan helaas niet via de
# chat", then the text for worrying about someone else): what to say when calling or chatting.
WAT_ZEGGEN = "wat_zeggen"
_WHAT_TO_SAY = linear(
    r"\bwat (?:moet|zeg|kan|zou|typ|schrijf) (?:ik )?(?:\w+ ){0,3}(?:zeggen|typen|schrijven|vertellen|vragen)\b"
    r"|\bwat (?:zeg|typ|schrijf|vertel) ik\b|\bhoe (?:begin|start) ik\b|\bwaar begin ik\b"
    r"|\bwat (?:moet|kan) ik (?:daar|dan|tegen (?:ze|hun|die|hen))\b|\bwhat do i say\b",
    name="crisis.wat_zeggen")


# "ik heb net een half uur met 113 gechat. gaat iets beter. ze zeiden dat ik het op mijn werk moet
# aankaarten. hoe doe ik dat?" (twentieth stranger test C c09: the suicide answer again, "bel 113"): the
# call or chat is heard, and the question about work goes on (utter_crisis_113_gesproken)
GESPROKEN_113 = "gesproken_113"
_SPOKE_TO_113 = linear(CALLED_113, name="crisis.113_gesproken")
# "kan die marieke me niet nu meteen bellen? ik ken 113 niet", "ik vroeg of marieke me nu kan bellen"
# (twenty-first stranger test C c06: "Dat is goed, dat beslis jij", then the booking's time question):
# whether the counsellor can call or talk now. The bot cannot arrange that; 113 is there now.
VP_NU = "vp_nu"
_COUNSELLOR_NOW = linear(
    r"\b(?:kan|kun|kunt|wil|zou|mag)\b (?:die |de |mijn |jullie )?(?:\w+ ){0,2}(?:me|mij)\b(?: niet| nie)?"
    r"(?: (?:nu|meteen|direct|vandaag|zo|nog))+\b(?: \w+){0,2} (?:bellen|opbellen|terugbellen|spreken)\b|"
    r"\b(?:of|dat) (?:die |de )?\w+ (?:me|mij) (?:nu|meteen|direct|vandaag)(?: \w+)? (?:kan|kon|wil|mag) "
    r"(?:bellen|opbellen|terugbellen|spreken)\b|"
    r"\b(?:vertrouwenspersoon|vp)\b(?: \w+){0,4} (?:nu|meteen|direct|vandaag nog)\b(?: \w+){0,2} "
    r"(?:bellen|spreken|praten|bereiken)\b|"
    r"\b(?:nu|meteen|direct) (?:met )?(?:de |die )?(?:vertrouwenspersoon|vp) (?:spreken|bellen|praten)\b",
    name="crisis.vp_nu")
# "ik ken 113 niet", "wat is 113 eigenlijk", "nooit van 113 gehoord": not knowing the line is no refusal
# of it (twenty-first stranger test C c06: read as "no help line"): what 113 is and does
ONBEKEND_113 = "onbekend_113"
_UNKNOWN_113 = linear(
    r"\b(?:ken|kende|weet)\b(?: \w+){0,2} (?:113|die lijn|die hulplijn|dat nummer)(?: \w+)? (?:niet|nie|ni)\b|"
    r"\bwat is (?:dat )?113\b|\bwie (?:zijn|is) (?:dat )?113\b|\bnooit van (?:113|die lijn) gehoord\b|"
    r"\b113 (?:ken|kende) ik (?:niet|nie|ni)\b",
    name="crisis.113_onbekend")
# "kan ik morgen met die vertrouwenspersoon praten voor mijn dienst?" (round 22 C c01, after "je blijft
# hetzelfde zeggen"): a talk with the counsellor asked for, later; the booking goes on
_TALK_TO_COUNSELLOR = linear(
    r"\b(?:kan|mag|kun|wil) ik (?:\w+ ){0,3}(?:met|bij) (?:de|die|een|jullie) (?:vertrouwenspersoon|vp)\b"
    r"(?: \w+){0,3} (?:praten|spreken|terecht|langs)\b"
    # "ik wil gewoon met de vertrouwenspersoon praten over mijn baas" (round 33 recheck c03: the 113 chat instead)
    r"|\bik (?:wil|wou|zou|will) (?:\w+ ){0,3}(?:met|bij) (?:de|die|een|jullie) (?:vertrouwenspersoon|vp)\b"
    r"(?: \w+){0,3} (?:praten|spreken|terecht|langs|afspreken)\b",
    name="crisis.vp_spreken")


def asks_to_talk_to_counsellor(text: object) -> bool:
    """True when the message asks to talk with the counsellor ("kan ik morgen met de vp praten?")."""
    return _found(_TALK_TO_COUNSELLOR, text, MAX_CHARS)


# "nee niet ik, het gaat om haar!! wat moet ik doen?" right after the suicide answer (round 22 C c03: the
# text on keeping evidence): the worry is about someone else's life
OM_ANDER = "om_ander"
_NOT_ME_BUT = linear(
    r"\bniet (?:over |om )?(?:ik|mij|mezelf|mijzelf)\b|"
    r"\bhet gaat (?:\w+ )?(?:om|over) (?:haar|hem|mijn collega|een collega|die collega|mijn vriendin|mijn vriend)\b|"
    r"\bik bedoel (?:haar|hem|mijn collega)\b",
    name="crisis.niet_ik_maar")
# "ik heb er trouwens toch twee genomen, om rustig te worden. dat mag toch wel?" after pills were told
# (round 22 C c06: "Dat is helemaal niet erg. Afzeggen mag altijd"): some taken, told after the means
INGENOMEN = "ingenomen"
_TOOK_SOME = linear(
    r"\b(?:heb|had|nam)\b (?:ik )?(?:er|ze|die)\b(?: \w+){0,3} (?:genomen|ingenomen|geslikt|op)\b|"
    r"\b(?:heb|had|nam)\b(?: \w+){0,3} (?:twee|drie|vier|vijf|een paar|een handvol|\d+|pillen|tabletten|"
    r"slaappillen|oxazepam|medicijnen)\b(?: \w+){0,2} (?:genomen|ingenomen|geslikt)\b",
    name="crisis.iets_ingenomen")
_NOT_TAKEN = linear(r"\b(?:niets|niks|nog niet|geen|niet)\b(?: \w+){0,2} (?:genomen|ingenomen|geslikt)\b",
                    name="crisis.niets_ingenomen")
# "ok ik bel nu 112", "ik ga 113 bellen" (round 22 C c03: the whole list of numbers again): good, do it
BELT_NU = "belt_nu"
_CALLING_NOW = linear(
    r"\bik bel (?:ff|even|nu|zo|meteen|direct)[ .!]*$|"
    r"\bik (?:bel|ga|belt) (?:nu |meteen |nu meteen |direct |zo )?(?:112|113|de politie|de ambulance|0800-?0113)"
    r"(?: bellen| op)?\b|\bik ga (?:nu |meteen )?(?:bellen|112 bellen|113 bellen)\b"
    # "ok. ik probeer die 113 chat wel. dag", "ik ga nu die 113 chat proberen denk ik" (round 31 C c09, c05: the
    # suicide block again), "misschien bel ik die 113 straks"
    r"|\bik (?:probeer|ga|zal) (?:(?:nu|wel|straks|even|toch|maar|dan|zo) ){0,2}(?:die |de |het )?(?:113|0800-?0113)"
    r"(?: ?chat| ?lijn)?(?: (?:nu|wel|straks|even|toch|maar|dan|zo))?"
    r"(?: (?:proberen|bellen|doen|chatten|wel|straks|even|denk ik))\b"
    r"|\b(?:misschien |dan )?(?:bel|chat) ik (?:die |de |het )?(?:113|0800-?0113)(?: ?chat)? "
    r"(?:straks|zo|later|vanavond"
    r"|morgen|wel|even)\b"
    r"|\bik (?:probeer|ga) (?:(?:nu|wel|straks|even|toch|maar|dan|zo) ){0,2}(?:die |de |het )?chat (?:van 113 )?"
    r"(?:wel|proberen|even|nu)\b",
    name="crisis.belt_nu")
# "dat is te laat voor mij", "zo lang hou ik het niet vol", "dan ben ik er misschien niet meer" when a
# time is offered after thoughts of dying were told (twenty-first stranger test C c06: "Kies een van de
# tijden"): perhaps the time does not fit, perhaps the person may not be alive then; asked, help now
TE_LAAT = "te_laat"
_TOO_LATE = linear(
    r"\b(?:dat|dit|het|die|dan|morgen|donderdag|vanmiddag|volgende week) (?:is|duurt|zijn)(?: \w+){0,2} "
    r"te (?:laat|lang)"
    r"(?: voor (?:me|mij))?\b|\b(?:zo ?lang|tot dan|tot morgen|zolang) (?:hou|houd|kan|red|haal) ik (?:het )?"
    r"(?:niet|nie|ni)\b|\b(?:ben|leef) ik (?:er )?(?:misschien |dan |waarschijnlijk )*(?:al )?(?:niet|nie) meer\b|"
    r"\b(?:hou|houd) ik het (?:niet|nie) (?:zo ?lang|meer) vol\b|\bkan (?:niet|nie) (?:zo ?lang|tot dan) wachten\b",
    name="crisis.te_laat")
# "je luistert ook niet", "je hoort me niet", "je snapt het niet": the person does not feel heard (twenty-
# first stranger test C c01: the time slots again). An apology, no numbers, room to tell.
NIET_GEHOORD = "niet_gehoord"
_NOT_HEARD = linear(
    r"\b(?:je|jij|u) (?:luistert|luisterd|hoort|snapt|begrijpt|leest)\b(?: \w+){0,2} (?:niet|nie|ni|niks|niets)\b|"
    r"\b(?:je|jij) (?:luistert|hoort) (?:ook |gewoon |echt )?(?:niet|nie|ni)\b|\bniemand luistert\b|"
    # "ik zeg net dat ik er niet meer wil zijn en je begint weer over pesten", "je blijft hetzelfde zeggen",
    # "dat zei je al" (round 22 C c01: the same block again)
    r"\b(?:je|jij) (?:begint|komt|hebt het|blijft) (?:\w+ )?(?:weer|steeds|alweer|telkens)\b|"
    r"\b(?:je|jij) (?:blijft|zegt) (?:steeds |telkens |maar )?(?:hetzelfde|hetzelfde zeggen|dezelfde)\b|"
    r"\bdat (?:zei|zeg|had) je (?:al|net|toch al)\b|"
    r"\byou (?:don'?t|do not|are not|aren'?t) (?:even )?(?:listen|listening|hear)\w*\b",
    name="crisis.niet_gehoord")


SUICIDE_ANSWER = "utter_crisis_zelfmoord"
# Suicidal thoughts told again right after the suicide answer: heard, with the help another way (round 32 B c06)
HEARD_AGAIN = "utter_crisis_opnieuw_gehoord"
HEARD_AGAIN_NO_CALL = "utter_crisis_opnieuw_niet_bellen"


def refuses_to_call(text: object) -> bool:
    """"ik ga niet bellen", "ik durf niet te bellen": the writer will not or cannot call a help line."""
    norm = _norm(text)
    return bool(_CANNOT_CALL.search(norm)) and not _OTHER_NOT_CALLED.search(norm)


def after_crisis(text: object) -> str | None:
    """What a message right after a crisis answer asks for: KAN_NIET_BELLEN, WAT_ZEGGEN (what to
    say when calling or chatting), GEEN_HULPLIJN (no
    help line at all), DURFT_NIET_BELLEN, HOPELOOS ("het maakt toch niet uit"), NIET_ALLEEN ("moet
    ik mijn vrouw wakker maken?", "dan zit ik hier maar alleen"), MEDISCH ("moet ik
    naar een dokter?"), SCHAAMTE ("ik voel me vies"), VP_NU ("kan marieke me nu bellen?"), NIET_GEHOORD
    ("je luistert ook niet"), ONBEKEND_113 ("ik ken 113 niet"), TE_LAAT ("dat is te laat voor mij"), or
    None (then the crisis answer is given again: the help stays in view)."""
    norm = _norm(text)
    if _SPOKE_TO_113.search(norm):
        return GESPROKEN_113
    if _TOOK_SOME.search(norm) and not _NOT_TAKEN.search(norm):
        return INGENOMEN
    if _CALLING_NOW.search(norm) and not _CANNOT_CALL.search(norm):  # not "ik ga 113 echt niet bellen"
        return BELT_NU
    if _NOT_ME_BUT.search(norm):
        return OM_ANDER
    if _COUNSELLOR_NOW.search(norm):
        return VP_NU
    if _UNKNOWN_113.search(norm):
        return ONBEKEND_113
    if _ASKS_BOT_TO_CALL.search(norm):
        return KAN_NIET_BELLEN
    if _WHAT_TO_SAY.search(norm):
        return WAT_ZEGGEN
    if _HOPELESS.search(_WHICHEVER.sub(" ", norm)):
        return HOPELOOS
    if _TOO_LATE.search(norm):
        return TE_LAAT
    if _NO_HELP_LINE.search(norm):
        return GEEN_HULPLIJN
    if _CANNOT_CALL.search(norm) and not _OTHER_NOT_CALLED.search(norm):
        return DURFT_NIET_BELLEN
    if _NOT_ALONE.search(norm):
        return NIET_ALLEEN
    if _MEDICAL.search(norm):
        return MEDISCH
    if _SHAME.search(norm):
        return SCHAAMTE
    if _NOT_HEARD.search(norm):  # last: "dat zei je al. bellen lukt me niet" asks about calling
        return NIET_GEHOORD
    return None


# --- after the violence answer: the danger is over, or the person asks what now -------------------
# "hij is weg nu, ik zit thuis", "ik ben op de gang, hij is in zijn kamer", "mijn collega is bij me",
# "wat moet ik nu doen": the person is away from the one who hit or threatened them, or not alone
# any more. Then the aftercare (get checked, report it, rest, Slachtofferhulp, aangifte, the VP),
# not the 112 answer a second time.
NAZORG = "nazorg"
_AWAY = linear(
    r"\b(?:hij|zij|ze|die|de (?:\w+ )?(?:man|vrouw|klant|patient|client|bewoner|collega))\b(?: \w+){0,2} "
    r"(?:is|zijn|ging|gingen|liep|reed|rende)(?: \w+){0,2} (?:weg|vertrokken|weggegaan|weggelopen|weggereden|"
    r"doorgereden|opgepakt|meegenomen|afgevoerd|naar huis)\b|"
    # "hij is weer weggereden. ik heb de deur op slot gedaan. mijn man is er nu" (sixteenth stranger test c21)
    r"\b(?:mijn|m'n|mn) (?:man|vrouw|partner|vriend|vriendin|moeder|vader|broer|zus|buurman|buurvrouw|huisgenoot)\b"
    r"(?: \w+){0,1} (?:is|zit|staat) (?:er |hier |nu |bij (?:me|mij) ){1,3}|"
    r"\b(?:hij|zij|ze|die)\b(?: \w+){0,2} (?:is|zit|zitten|staat) (?:nu |weer |al )?(?:in|op) (?:zijn|haar|hun|de|een) "
    r"(?:kamer|afdeling|cel|auto|huis)\b|"
    r"\b(?:ik )?(?:ben|zit|sta|zijn|zitten)(?: \w+){0,2} (?:thuis|veilig|op de gang|buiten|in (?:een|de) andere "
    r"(?:kamer|ruimte)|in (?:de|het) (?:kantine|kantoor|personeelsruimte|teamruimte|auto)|bij (?:mijn|m'n|mn|een|de) "
    r"(?:\w+ )?(?:collega|collegas|teamleider|leidinggevende|partner|vriend|vriendin|buren))\b|"
    r"\b(?:ben|zijn) (?:weggegaan|weggelopen|weggegaan|gevlucht|ontsnapt|weg)\b",
    name="crisis.na_geweld_weg")
_SUPPORT = linear(
    r"\b(?:mijn|m'n|mn|een|de|het|mijn hele) (?:\w+ )?(?:collega|collegas|collega's|teamleider|leidinggevende|"
    r"manager|partner|vriend|vriendin|man|vrouw|moeder|vader|beveiliging|beveiliger|team)\w* "
    r"(?:is|zijn|zit|zitten|staat|staan|blijft|blijven|kwam|kwamen)(?: \w+){0,2} (?:bij|naast|met) (?:me|mij)\b|"
    r"\b(?:ben|zit) (?:nu |niet meer |gelukkig )*(?:niet meer alleen|niet alleen)\b",
    name="crisis.na_geweld_steun")
_WHAT_NOW = linear(
    r"\bwat (?:moet|kan|zal|ga) ik (?:nu|nou|hierna|verder|nu verder)\b|\bwat (?:nu|moet ik doen)\b|"
    r"\bhoe (?:nu|moet het nu) verder\b|\bwhat (?:now|do i do now|should i do now)\b",
    name="crisis.na_geweld_wat_nu")
_COLLEAGUE = linear(r"\bcollega", name="crisis.na_geweld_collega")
# ... unless the danger may come back: "ik ben thuis maar ik ben bang dat hij terugkomt"
_STILL_DANGER = linear(
    r"\b(?:bang|terugkomt|terug komt|komt terug|komt hij terug|voor de deur|achter me aan|weet waar ik woon|"
    r"nog (?:steeds )?(?:hier|daar|in de buurt|buiten)|wacht (?:op|buiten)|zoekt me)\b",
    name="crisis.na_geweld_nog_gevaar")
# "de politie is er. ze nemen hem mee. ik tril helemaal" (tenth stranger test c05: the danger-now
# answer again, "Je bent nu niet veilig"): help has arrived or the one who threatened is taken away.
# The danger is over: the answer says so (utter_crisis_hulp_is_er), not the 112 block again. Not
# when the help is not there yet ("de politie is er nog niet", "waar blijft de politie").
_HELP = r"(?:politie|de agenten|agenten|agent|beveiliging|beveiligers|beveiliger|security|bhv\w*|ambulance)"
_HELP_ARRIVED = linear(
    rf"\b{_HELP} (?:is|zijn|staat|staan|komt|komen|kwam|kwamen) (?:er |nu |net |hier |al |binnen |gelukkig )*"
    # "politie is geweest en heeft hem meegenomen" (seventeenth stranger test c11: a category check)
    r"(?:er|hier|binnen|aan|gekomen|gearriveerd|aangekomen|geweest|bij (?:me|mij|ons))\b|"
    r"\b(?:ze|zij|politie|de agenten|agenten|beveiliging|ze hebben|politie heeft)\b(?: \w+){0,2} "
    r"(?:nemen|neemt|namen|nam|hebben|heeft|voeren|voert) (?:hem|haar|die man|die vrouw|die klant)\b(?: \w+){0,2} "
    r"(?:mee|opgepakt|meegenomen|afgevoerd|gearresteerd|aangehouden|weggebracht|in de boeien|vast)\b|"
    r"\b(?:hij|zij|ze|die)\b(?: \w+){0,2} (?:is|wordt|werd|zijn|worden) (?:\w+ )?(?:opgepakt|meegenomen|afgevoerd|"
    r"gearresteerd|aangehouden|weggebracht|weggestuurd|weggehaald|geboeid)\b|"
    r"\b(?:police|security) (?:is|are) here\b|\b(?:they|police) (?:took|take|are taking) him\b",
    name="crisis.hulp_is_er")
_HELP_NOT_YET = linear(
    rf"\b{_HELP} (?:is|zijn) (?:er |hier )?(?:nog )?(?:niet|nie|nergens)\b|\bwaar blijf\w* (?:de )?{_HELP}|"
    rf"\b{_HELP}\b.{{0,20}}\b(?:onderweg|komt nog|komen nog|duurt)\b|\b(?:nog|nog steeds) geen {_HELP}\b|"
    r"\bnot (?:here|there) yet\b",
    name="crisis.hulp_nog_niet")


# Help with the writer now, after the writer's own life was in danger: "mn vriend heeft 112 gebeld ...
# nu zijn er 2 agenten en iemand van de crisisdienst in de woonkamer", "112 is al HIER" (twenty-fifth
# stranger test C c04: the list of numbers, "Bel 112", then a text on addressing the other person).
# The answer (HULP_BIJ_JOU_ANTWOORD) says help is there: talk to them, honestly; no numbers to call.
HULP_BIJ_JOU = "hulp_bij_jou"
HULP_BIJ_JOU_ANTWOORD = "utter_crisis_hulp_bij_jou"
HULP_BIJ_JOU_VERVOLG = "utter_crisis_hulp_bij_jou_vervolg"
_CARE = (r"(?:crisisdienst|crisisteam|crisis team|crisisdienst van de ggz|ggz|ambulance|ambulancepersoneel|politie"
         r"|agenten|agent|112|hulpverleners?|de huisarts|huisartsenpost|dokter|de hulp|hulp)")
_WITH_ME = r"(?:er|hier|binnen|bij (?:me|mij|ons)|in (?:de|het|mijn|m'n|mn|ons) \w+|aan de deur|naast me)"
_CARE_PRESENT = linear(
    rf"\b{_CARE} (?:is|zijn|staat|staan|zit|zitten) (?:er |nu |al |hier |net |gelukkig |inmiddels )*{_WITH_ME}\b"
    # "nu zijn er 2 agenten ... in de woonkamer": after a word, so not the question "is er hulp hier?"
    rf"|\b(?:nu|inmiddels|gelukkig|want|en|al) (?:zijn|is|staan|zitten) er (?:nu |al |inmiddels |gelukkig )*"
    rf"(?:\w+ ){{0,2}}{_CARE}\b(?: \w+){{0,6}} {_WITH_ME}\b",
    name="crisis.hulp_bij_jou")
_CLAUSE_END = linear(r"[.!?;]", name="crisis.einde_zin")


def care_with_writer(text: object) -> bool:
    """True when the message says that help (the crisis service, an ambulance, the police, "112") is
    with the writer now, and nothing says it is not there yet. Asked ("de ambulance is er al?"), it
    is not said."""
    norm = _norm(text)
    found = _CARE_PRESENT.search(norm)
    if not found or _HELP_NOT_YET.search(norm) or _CARE_GONE.search(norm):
        return False
    end = _CLAUSE_END.search(norm[found.end():])
    return not (end and end.group(0) == "?")


_CARE_GONE = linear(r"\b(?:geweest|weer weg|vertrokken|gisteren|vorige week|vorige maand|vorig jaar)\b",
                    name="crisis.hulp_al_weg")


# Living or working in Belgium, told with the crisis ("ik werk voor jullie vestiging in antwerpen en woon in
# mortsel ... ik zie het echt niet meer zitten", twenty-fifth stranger test C c07: 113 and 0800-0113 six
# times, numbers that did not work for her): the Belgian line follows the first answer.
_IN_BELGIUM = linear(r"\b(?:belgie|belgië|belgium|belgisch\w*|vlaanderen|brussel|antwerpen|gent|leuven|brugge"
                     r"|mechelen|hasselt|mortsel|kortrijk|oostende|aalst|genk|sint-niklaas|turnhout|roeselare)\b",
                     name="crisis.in_belgie")


def in_belgium(text: object) -> bool:
    """True when the message names Belgium or a Belgian city."""
    return _found(_IN_BELGIUM, text)


def help_arrived(text: object) -> bool:
    """True when the message says that the police or security are there now, or that the one who
    threatened is taken away, and nothing says the help is not there yet or the danger goes on."""
    norm = _norm(text)
    return bool(_HELP_ARRIVED.search(norm)) and not (
        _HELP_NOT_YET.search(norm) or _NOT_SAFE.search(norm) or _STILL_DANGER.search(norm))


# "ik heb een collega ge-appt die belt 112. het is een klant, vorige week ook al" while someone is at
# the door (tenth stranger test c05: the category question, then the answer as if the danger were
# over): help is on its way, the danger is not over. The bot stays with it (HULP_ONDERWEG).
# "ik heb de beveiliger beneden geappt. hij komt eraan" (seventeenth stranger test c09k: the aftercare
# "Als je nu veilig bent", then a category check while he was still banging on the door).
_GUARD = r"(?:112|politie|beveiliging|beveiliger|bewaker|bewaking|portier|bhv\w*|security)"
_HELP_CALLED = linear(
    rf"\b(?:belt|bellen|belde|heeft|hebben|gebeld|bel|gaat|gaan)\b.{{0,25}}\b{_GUARD}\b|"
    rf"\b{_GUARD}\b.{{0,20}}\b(?:gebeld|geappt|ge-appt|gewaarschuwd|onderweg|komt eraan|komt er ?aan|komt zo)\b",
    name="crisis.hulp_gebeld")


# "ik heb 112 gebeld, ze komen eraan", "ik heb gebeld. heb ik het goed gedaan?", "de ambulance is
# onderweg" right after the answer about one's own life (twenty-third stranger test C c03, C c08: the
# crisis answer again, "Bel nu meteen 112", to someone who just did): called, help on its way.
_CALLED_FOR_HELP = linear(
    r"\bheb ik (?:het )?goed gedaan\b|\b(?:was|is) het (?:wel )?goed dat ik (?:belde|heb gebeld|gebeld heb)\b|"
    r"(?:^|[.,!?] ?|\bik )heb (?:net |zojuist |al |nu |toch |gewoon |dus |eindelijk |zelf )*(?:(?:naar )?(?:112|113|"
    r"de ambulance|"
    r"een ambulance|de huisarts|de huisartsenpost|de dokter|de politie|hulp|iemand|0800-?0113) )?gebeld\b|"
    r"\b(?:112|113|ambulance|hulp|de dokter|huisarts|politie|ze|zij|iemand)\b (?:is |zijn |komt |komen )?"
    r"(?:al |nu )?(?:onderweg|eraan|er aan|komt eraan|komen eraan|komt zo|komen zo)\b|"
    r"\b(?:i|i've|ive) (?:just )?(?:called|rang|phoned) (?:112|113|an ambulance|the police|for help)\b",
    name="crisis.hulp_gebeld_zelf")
_NOT_CALLED = linear(r"\b(?:niet|nie|nog niet|geen|nooit)\b(?: \w+){0,2} gebeld\b|\bgebeld\?",
                     name="crisis.niet_gebeld")
# After the acute answer (twenty-fourth stranger test C c02: pills and wine; every reply was "Bel nu
# meteen 112" or "De nummers staan hierboven"): someone else calls, help is there, someone to wake,
# getting drowsy, or playing it down.
_OTHER_CALLS = linear(
    r"\b(?:hij|zij|ze|mijn vriend\w*|mijn man|mijn vrouw|mijn partner|mijn moeder|mijn vader|iemand|de buurvrouw|"
    r"de buurman|mijn buurvrouw|mijn buurman|mijn zus|mijn broer) (?:belt|heeft|is) (?:nu |al |net |meteen )?"
    r"(?:112|113|de ambulance|een ambulance|de huisartsenpost|de dokter|aan het bellen|gebeld)\b",
    name="crisis.ander_belt")
_THEY_ARE_HERE = linear(
    r"^(?:ok[eé]?,? |ja,? )?(?:ze|zij|de ambulance|ambulance|de dokter|de huisarts) (?:zijn|is|staan|staat) "
    r"(?:er|hier|binnen|er al|hier al|al hier|al binnen|voor de deur)\b",
    name="crisis.ze_zijn_er")
_SOMEONE_NEAR = linear(
    r"\b(?:moet ik|zal ik|mag ik|ik ga|ik zal) (?:\w+ ){0,2}(?:wakker maken|roepen|halen|erbij halen)\b|"
    r"\b(?:ligt|is|zit) (?:\w+ ){0,3}(?:boven|beneden|thuis|hiernaast) (?:te slapen|aan het slapen|in bed)\b",
    name="crisis.iemand_erbij")
_DROWSY = linear(
    r"\b(?:word|wordt|ben|voel me|voel mij|raak) (?:\w+ ){0,2}(?:suf|duizelig|slaperig|misselijk|wazig|draaierig)\b|"
    r"\b(?:ogen vallen (?:bijna )?toe|val (?:bijna )?in slaap|kan (?:mijn|m'n|mn) ogen (?:niet|nie) open houden|"
    r"alles draait|zie dubbel)\b",
    name="crisis.suf")
_PLAYS_DOWN = linear(
    r"\b(?:zo erg is het (?:niet|nie|ni)|valt (?:wel )?mee|niet zo erg|niks ernstigs"
    r"|gewoon (?:een paar|wat|eentje|om te (?:kunnen |kunne )?slapen)|maar (?:een paar|twee|drie))\b",
    name="crisis.zwakt_af")
ACUUT_IEMAND_ERBIJ = "utter_crisis_iemand_erbij"
ACUUT_SUF = "utter_crisis_suf"
ACUUT_AFGEZWAKT = "utter_crisis_ingenomen_twijfel"


# "het zakt weer een beetje. rechtop gaan zitten hielp. denk een paniekaanval ... sorry" after the answer
# for no air (twenty-seventh stranger recheck B c07: "De nummers staan hierboven"): the body calms down.
# Not when a sign stays or comes back ("het gaat niet over", "nog steeds pijn op mijn borst").
LICHAAM_ZAKT = "utter_crisis_lichaam_zakt"
_EASING = linear(
    r"\b(?:het |dat |ik )?zakt\b|\b(?:gaat|gaan|ging) (?:\w+ ){0,2}(?:beter|over)\b|\bkan (?:weer|nu) (?:\w+ )?"
    r"(?:ademen|adem halen|lucht krijgen)\b|\badem (?:weer|nu)\b|\b(?:rustiger|beter) (?:nu|geworden)\b"
    r"|\bvoel (?:me|mij) (?:\w+ )?beter\b|\bis (?:al |weer |nu ){0,2}(?:over|voorbij)\b|\bpaniekaanval\b"
    r"|\b(?:feels?|feeling|getting) better\b",
    name="crisis.lichaam_zakt")
_NOT_EASING = linear(
    r"\b(?:niet|nie|ni|geen) (?:\w+ )?(?:beter|over|voorbij|zakken)\b|\bnog (?:steeds|altijd)\b|\berger\b|\bpijn\b"
    r"|\bgeen (?:adem|lucht)\b|\bweer (?:terug|erger)\b|\bflauw\b",
    name="crisis.lichaam_zakt_niet")


def body_easing(text: object) -> bool:
    """True when the message says the body calms down after no air or a racing heart, with no sign
    that stays ("het zakt weer", "gaat al beter", "was een paniekaanval denk ik")."""
    norm = _norm(text)
    return bool(_EASING.search(norm)) and not _NOT_EASING.search(norm)


def after_acute(text: object) -> str | None:
    """The answer to a message right after the acute answer, or None for the acute answer again."""
    norm = _norm(text)
    if _THEY_ARE_HERE.search(norm) or help_arrived(norm):
        return HULP_ER_ZELF
    if _OTHER_CALLS.search(norm):
        return GEBELD_ANDER
    if called_for_help(norm):
        return GEBELD
    if _DROWSY.search(norm):
        return ACUUT_SUF
    if _SOMEONE_NEAR.search(norm):
        return ACUUT_IEMAND_ERBIJ
    if _PLAYS_DOWN.search(norm):
        return ACUUT_AFGEZWAKT
    return None


_EMERGENCY_CALLED = linear(r"\b(?:112|ambulance|politie|onderweg|eraan|er aan|komen zo|komt zo|huisartsenpost)\b",
                           name="crisis.spoed_gebeld")
GEBELD = "utter_crisis_gebeld"  # called, help on its way: well done, let them in, not alone
# "hij belt nu 112" (twenty-fourth stranger test C c02: "Goed dat je gebeld hebt"): someone else calls
GEBELD_ANDER = "utter_crisis_ander_belt"
HULP_ER_ZELF = "utter_crisis_hulp_er_zelf"  # the ambulance or a doctor is there: tell them honestly


def called_for_help(text: object) -> bool:
    """True when the message says the writer called for help (112, 113, a doctor) or that help is
    on its way, and not that they did not call."""
    return _found(_CALLED_FOR_HELP, text) and not _found(_NOT_CALLED, text)


def help_called(text: object) -> bool:
    """True when the message says that 112, the police or security were called or are on the way."""
    return _found(_HELP_CALLED, text)


# "ik ben thuis en ik ben bang dat hij langskomt" after a threat (tenth stranger test c14: the
# suicide question): fear that the one who threatened comes to the writer, now or later. A check
# about safety (VEILIGHEID), not about suicide.
_FEARS_COMING = linear(
    r"\b(?:bang|angst\w*|doodsbang|schrik|vrees|eng)\b.{0,40}\b(?:hij|zij|ze|die)\b(?: \w+){0,3} "
    # "ik ben zo bang dat hij straks bij mij aanbelt" (the conversation set's crisis_16, on the round 29 model)
    r"(?:langskomt|langs komt|komt|terugkomt|terug komt|opduikt|voor (?:de|mijn|m'n|mn) deur staat|aanbelt|aan belt"
    r"|komt aanbellen|aanbellen|op de stoep staat|"
    r"me (?:\w+ )?(?:vindt|opzoekt|opwacht|iets aandoet|pakt)|(?:naar|bij) (?:mijn|m'n|mn|ons) (?:huis|adres|deur))\b|"
    r"\b(?:weet|weten|kent|kennen) (?:\w+ ){0,2}waar ik woon\b|\bmijn (?:huis|adres)\b.{0,30}\b(?:bang|komt)\b|"
    # "en als hij vanavond toch bij mijn huis staat?" (eleventh stranger test c02: the whistleblower
    # text): the same fear asked as "what if", with or without a fear word
    r"\b(?:als|stel|stel dat|wat als|what if)\b(?: \w+){0,3} (?:hij|zij|ze|die|he)\b(?: \w+){0,5} "
    r"(?:bij|voor|aan|naar|op|at) (?:mijn|m'n|mn|ons|onze|de|my) (?:huis|deur|voordeur|woning|adres|flat|stoep|"
    r"straat|house|door)\b|"
    r"\b(?:als|stel|stel dat|wat als)\b (?:hij|zij|ze|die)(?: \w+){0,3} (?:toch |echt |weer )?(?:langskomt|langs komt|"
    r"terugkomt|terug komt|opduikt|aanbelt|komt|staat|binnenkomt|binnen komt|binnenloopt|terug binnenkomt)\b"
    r"(?:,? \w+){0,4} ?[?]|"

    # "wat moet ik nu doen, hij komt misschien naar boven" (thirteenth stranger check x05: the witness
    # advice): the one who threatened comes up to the writer at work
    r"\b(?:hij|zij|ze|die)\b (?:komt|loopt|rent|gaat|kan)(?: (?:nu|misschien|zo|straks|eraan|er|zomaar|wel))* "
    r"(?:naar boven|naar (?:mij|me) toe|mijn kant op|hierheen|hier naartoe|naar (?:mijn|m'n|mn|onze) "
    r"(?:kamer|kantoor|afdeling|verdieping|bureau|werkplek))\b",
    name="crisis.bang_dat_hij_komt")


# "ik ga vannacht bij mijn zus slapen", "mijn vriend komt bij me", "ik blijf bij mijn ouders" after
# the answer to that fear (eleventh stranger test c02: the suicide question): a plan to be safe or
# not alone, heard as such (VEILIGE_PLEK), not a new alarm.
_SAFE_PLAN = linear(
    r"\b(?:ga|gaan|blijf|blijven|slaap|slapen|logeer|logeren|overnacht\w*|zit|ben)\b(?: \w+){0,4} "
    r"(?:bij|naar) (?:mijn|m'n|mn|een|de|onze|ons|me) (?:\w+ )?(?:zus|zusje|broer|broertje|moeder|mama|ma|vader|"
    r"papa|pa|ouders|vriend|vriendin|vrienden|vriendinnen|oma|opa|tante|oom|buren|buurvrouw|buurman|partner|"
    r"schoonouders|schoonmoeder|kennis|kennissen|dochter|zoon|familie|nicht|neef)\b|"
    # "ik denk dat ik vannacht maar bij mijn zus ga logeren": the place first, the verb last
    r"\bbij (?:mijn|m'n|mn|een|de|onze|ons) (?:\w+ )?(?:zus|zusje|broer|moeder|mama|ma|vader|papa|pa|ouders|"
    r"vriend|vriendin|vrienden|oma|opa|tante|oom|buren|buurvrouw|buurman|partner|schoonouders|kennis|dochter|"
    r"zoon|familie)\b(?: \w+){0,2} (?:slapen|logeren|blijven|overnachten|slaap|logeer|blijf)\b|"
    r"\b(?:mijn|m'n|mn) (?:\w+ )?(?:zus|broer|moeder|vader|ouders|vriend|vriendin|partner|man|vrouw|buurvrouw|"
    r"buurman|buren|familie|oom|tante) (?:komt|komen|blijft|blijven|slaapt|slapen)(?: \w+){0,3} "
    r"(?:bij (?:me|mij|ons)|hier|hierheen|logeren|slapen)\b|"
    # "mn vriend komt me halen" (eighteenth stranger test c03: "een vraag over de vertrouwenspersoon?")
    r"\b(?:mijn|m'n|mn) (?:\w+ )?(?:zus|broer|moeder|vader|ouders|vriend|vriendin|partner|man|vrouw|buurvrouw|"
    r"buurman|collega|familie|oom|tante) (?:komt|komen) (?:me|mij|ons) (?:\w+ )?(?:halen|ophalen)\b|"
    r"\b(?:ik )?(?:ga|gaan) (?:vannacht |vanavond |even |maar |dan )*(?:ergens anders|niet thuis) "
    r"(?:slapen|logeren|zitten|heen)\b|\b(?:deur|deuren) (?:is |zit |gaat |doe ik )?(?:op slot|dicht)\b",
    name="crisis.veilige_plek")


def safe_plan(text: object) -> bool:
    """True when the message tells a plan to be safe or not alone tonight (see above), and nothing
    in it says the person is not safe or the danger is there now."""
    norm = _norm(text)
    return bool(_SAFE_PLAN.search(norm)) and not (_NOT_SAFE.search(norm) or besieged_now(norm))


# "ik ben bang voor hem" told on its own after a story of aggression (eleventh stranger test c15: the
# text for someone involved in an integrity matter): a short message of fear of a person, which the
# safety net turns into the gentle check about safety (VEILIGHEID), never the suicide question.
_AFRAID_OF_SOMEONE = linear(
    r"\b(?:bang|doodsbang|angstig|schrik)\b (?:\w+ ){0,2}(?:voor|van) (?:hem|haar|hen|die (?:\w+ )?(?:man|vrouw|gast|"
    r"klant|collega|patient|client|bewoner)|mijn (?:\w+ )?(?:collega|baas|chef|leidinggevende|manager|ex))\b|"
    r"\b(?:afraid|scared) of (?:him|her|them)\b",
    name="crisis.bang_voor_iemand")
SHORT_FEAR_WORDS = 10
DENIAL_WORDS = 8


def afraid_of_someone(text: object) -> bool:
    """True for a short message (at most SHORT_FEAR_WORDS words) of fear of a person ("ik ben echt
    bang voor hem"); a longer story is left to the classifier."""
    norm = _norm(text, 300)
    # "nee ik wil niet dood!! ik ben bang voor HEM. wat moet ik doen" (fifteenth stranger test c23,
    # after the suicide question): the denial does not make the fear a story
    limit = SHORT_FEAR_WORDS + (DENIAL_WORDS if _DENIES_DEATH.search(norm) else 0)
    return len(norm.split()) <= limit and bool(_AFRAID_OF_SOMEONE.search(norm))


# "help" on its own (eleventh stranger test c15: "not understood", no safety check): a cry for help
# gets the gentle check with the numbers one tap away.
_CRY_FOR_HELP = linear(
    r"(?:(?:hel+p+|he+lp|hulp|sos|help me|help mij|help alsjeblieft|help aub|hulp alsjeblieft)[ !.?]*){1,3}",
    name="crisis.hulpkreet")


# "ik tril nog", "ik sta te bibberen", "ben nog in shock": the body after a shock (c01: read as a
# goodbye). Told, it is a feeling shared, never a goodbye.
_SHAKEN = linear(
    r"\b(?:tril|tril\w+|getrild|bibber\w*|beef|beven|bevend|shock|geschrokken|van slag|in paniek|"
    r"hart (?:bonkt|klopt|gaat tekeer|slaat over))\b",
    name="crisis.geschrokken")


def shaken(text: object) -> bool:
    """True when the message tells of the body after a shock ("ik tril nog")."""
    return _found(_SHAKEN, text)


def cries_for_help(text: object) -> bool:
    """True for a message that is only a cry for help ("help", "HELP!!", "help me"); "ik heb hulp
    nodig" opens a story and is left to the classifier."""
    raw = str(text or "")
    return len(raw) <= 60 and bool(_CRY_FOR_HELP.fullmatch(normalise(raw).strip()))


_HOME = linear(r"\b(?:huis|thuis|woning|adres|woon|voordeur|flat|straat|vanavond|vannacht)\b", name="crisis.thuis")


# A threat to come to the writer's home, sent or said now ("ik weet waar je woont, ik kom vanavond even
# langs". i am home alone; round 30 B c08, in the booking: the advice for a threat at work, then the times):
# the answer for that fear, and the booking waits.
_ANNOUNCED_VISIT = linear(
    r"\bik (?:kom|sta) (?:je |jou )?(?:\w+ ){0,2}(?:even |wel |zo |straks |vanavond |vannacht |morgen )*"
    r"(?:langs|halen|opzoeken|naar je (?:huis|toe)|bij je (?:huis|deur|thuis)|voor je (?:deur|huis))\b|"
    r"\b(?:alleen thuis|thuis alleen|home alone|alone at home)\b",
    name="crisis.aangekondigd_bezoek")


def threat_to_come_home(text: object) -> bool:
    """True when a threat tells that the one who threatened comes to the writer's home, or the writer
    is home alone with a threat told in the same message."""
    return threatened(text) and _found(_ANNOUNCED_VISIT, text, MAX_CHARS)


def fears_coming_home(text: object) -> bool:
    """The fear that he comes to the writer's home, later ("en als hij vanavond bij mijn huis staat?"),
    not that he is on his way to them at work now ("help hij komt naar boven": the danger now)."""
    return fears_coming(text) and _found(_HOME, text)


_HABIT = linear(r"\b(?:als ik|wanneer ik|altijd|elke|iedere|vaak|soms|meestal)\b", name="crisis.gewoonte")


# "ik durf nu nie echt terug naar beneden, die vent kan terugkomen" (fifteenth stranger test c03:
# the after-shock text): may come back, with fear or "what do I do" in the same message
_MAY_COME_BACK = linear(
    r"\b(?:hij|zij|ze|die(?: \w+)?) (?:kan|kon|zou|gaat|komt|komen) (?:\w+ ){0,2}(?:terugkomen|terug komen|"
    r"terug binnenkomen|terugkeren|weer langskomen|weer binnenkomen)\b",
    name="crisis.kan_terugkomen")
_FEAR_OR_WHAT_NOW = linear(r"\b(?:bang|angst\w*|doodsbang|durf|eng|schrik|wat (?:doe|moet) ik)\b",
                           name="crisis.kan_terugkomen_angst")


# The one feared goes to someone else's home, or the writer asks what that other person should do: "en
# als hij vanavond weer bij haar voor de deur staat? wat moet zij dan doen?" (twenty-first stranger test
# B c03, a manager)
_FOR_SOMEONE_ELSE = linear(
    r"\b(?:bij|naar|voor) (?:haar|hem|hun|zijn|der|mijn (?:collega|medewerker|medewerkster|dochter|zoon|vriendin"
    r"|vriend|vrouw|man))(?: (?:voor de|aan de|op de))? (?:huis|deur|voordeur|thuis|woning|adres|stoep)\b|"
    r"\bwat (?:moet|kan|moeten|kunnen|zou) (?:zij|hij|ze|mijn collega|mijn medewerker|mijn medewerkster) "
    r"(?:dan |nu |het best |eigenlijk )?doen\b",
    name="crisis.bang_voor_ander")


def fears_for_someone_else(text: object) -> bool:
    """True when the fear that he comes is for someone else (see above), not for the writer."""
    norm = _norm(text)
    return fears_coming(norm) and bool(_FOR_SOMEONE_ELSE.search(norm)) and not _ABOUT_WRITER.search(norm)


_ABOUT_WRITER = linear(r"\b(?:bij|naar|voor) (?:mij|me|mijn|m'n|mn|ons) (?:huis|deur|voordeur|thuis)\b|"
                       r"\bwat (?:moet|kan) ik\b", name="crisis.bang_voor_mij")


def fears_coming(text: object) -> bool:
    """True when the writer is afraid the one who threatened them comes to them (see above), not
    told as a habit ("hij komt altijd naar me toe als ik iets vraag")."""
    norm = _norm(_FOUND_OUT.sub(" ", _norm(text)))
    return bool(_FEARS_COMING.search(norm) or _MAY_COME_BACK.search(norm) and _FEAR_OR_WHAT_NOW.search(norm)) \
        and not _HABIT.search(norm)


# "ik ben bang dat hij erachter komt dat ik met iemand gepraat heb" (twenty-first stranger test A c04:
# "Komt hij naar je toe? Bel dan meteen 112", three times): afraid he learns of it, not that he comes
_FOUND_OUT = linear(
    r"\b(?:hij|zij|ze|die|mijn baas|mijn chef|mijn leidinggevende|mijn manager)\b(?: \w+){0,2} "
    r"(?:erachter|er achter|achter|te weten) (?:komt|komen|kwam)\b",
    name="crisis.erachter_komen")


def finds_out_feared(text: object) -> bool:
    """True when the writer fears someone learns of it ("bang dat hij erachter komt")."""
    norm = _norm(text)
    return bool(_FOUND_OUT.search(norm)) and bool(_FEAR_WORD.search(norm))


_FEAR_WORD = linear(r"\b(?:bang|angst\w*|doodsbang|vrees|schrik|durf)\b", name="crisis.angstwoord")


# "112 bellen voelt overdreven, hij is gewoon een boze klant" (seventh stranger test c11): a doubt
# whether a threat now is worth 112 is no sign the danger is over; the answer: 112 is right.
_DOUBTS_112 = linear(
    r"\b112\b.{0,40}\b(?:overdreven|overdrijven|te veel|teveel|niet nodig|te zwaar|niet erg genoeg|onzin|gek)\b"
    r"|\b(?:overdreven|overdrijven|te veel|teveel|niet nodig)\b.{0,30}\b112\b"
    # "112 voor zoiets? hij doet niks, hij staat er gewoon te roken" (round 29 B c10: the same block again)
    r"|\b112\b ?\?* ?(?:voor zoiets|voor zo iets|voor dit|voor hem|echt|serieus|nou)\b|\b112 voor\b.{0,20}\?",
    name="crisis.twijfel_112")


def doubts_112(text: object) -> bool:
    """True when the message doubts whether 112 is needed ("112 bellen voelt overdreven")."""
    return _found(_DOUBTS_112, text)


# --- someone at the door, trying to get in, or following the writer, now ---------------------------
# Ninth stranger test c28: a woman at home, a dismissed ex-colleague at her front door ("ik durf niet
# te bellen hij hoort me") got the category question and the police's non-emergency number, and
# "hij bonkt op de deur" the gentle suicide check. A person at the door of one's home, banging,
# trying to get in, or following one now is danger now. Two strengths:
# - BESIEGED_ACT: banging or kicking at a door or window, trying to get in, hiding or locked in:
#   danger now on its own (the crisis pattern belaagd_nu);
# - BESIEGED_PRESENT: someone stands, waits or walks at the door, the house, outside, or follows
#   the writer: danger now with fear, a threat, "now" or home in the same message (the crisis pattern
#   belaagd_aanwezig), or after a threat was told (the dialogue: danger_going_on).
# Not when told as the past ("hij stond vorige week voor mijn deur": the normal answer for a threat),
# as a habit ("elke ochtend"), as a fear of what may come ("bang dat hij straks ..."), unless the
# same message says it is now ("vorige week ook, en nu bonkt hij weer op de deur").
_DOOR = r"(?:voordeur|achterdeur|huisdeur|voor ?deur|deur|deuren|raam|ramen|ruit|ruiten)"
_MY_OR_THE = r"(?:de|mijn|m'n|mn|onze|ons|het|zijn|haar)"
BESIEGED_OTHER_ACT = (
    # "hij bonkt op de deur", "iemand ramt tegen mijn raam", "hij staat te bonken"
    r"\b(?:bonkt|bonst|bonken|bonzen|beukt|beuken|ramt|rammen|rammelt|rammelen|trapt|trappen|schopt|schoppen|"
    r"hamert|hameren|timmert|timmeren|slaat|slaan|rukt|rukken)\b(?: \w+){0,4} (?:op|tegen|aan) "
    rf"{_MY_OR_THE} (?:\w+ )?{_DOOR}\b|"
    # "hij slaat op de toonbank wil geld" (twenty-seventh stranger recheck B c02, alone in a night shop: "Ik
    # lees twee dingen ... Waarmee wil je beginnen?")
    r"\b(?:bonkt|bonst|beukt|ramt|trapt|schopt|hamert|slaat|smijt|gooit)\b(?: \w+){0,3} (?:op|tegen|over) "
    r"(?:de|het|onze|mijn) (?:toonbank|balie|kassa|loket|counter|bar|ruit|glas|vitrine)\b|"
    r"\b(?:staat|staan|blijft|blijven)\b(?: \w+){0,3} (?:te )?(?:bonken|bonzen|beuken|rammelen|tieren)\b|"
    # "hij probeert binnen te komen", "hij wil naar binnen", "hij probeert de deur open te breken"
    r"\b(?:probeert|proberen)\b(?: \w+){0,3} (?:naar )?binnen te (?:komen|dringen|breken|gaan)\b|"
    r"\b(?:wil|willen)\b(?: \w+){0,2} (?:naar binnen|binnenkomen|binnen komen)\b|"
    rf"\b(?:probeert|proberen)\b(?: \w+){{0,2}} (?:{_MY_OR_THE} )?(?:{_DOOR}|slot|sloten) (?:open|in|kapot) "
    r"te (?:breken|trappen|maken|krijgen|forceren|slaan)\b|"
    r"\b(?:de|mijn) (?:voor|achter)?deur (?:in|open) te (?:trappen|breken|forceren)\b"
)
BESIEGED_SELF_LOCKED = (
    # "ik heb me in de wc opgesloten", "ik verstop me in de badkamer", "ik zit op slot in de wc"
    r"\b(?:heb|hebben) (?:me|mij|mezelf|mijzelf|ons)\b(?: \w+){0,4} (?:opgesloten|ingesloten|verstopt|"
    r"op slot gedaan|op slot gedraaid)\b|"
    r"\b(?:ik|we|wij) (?:verstop|verstoppen) (?:me|mij|mezelf|ons)\b|"
    r"\b(?:ik|we|wij) (?:zit|zitten)\b(?: \w+){0,4} (?:op slot|achter slot)\b|"
    r"\bzit(?:ten)? (?:ik|we|wij)\b(?: \w+){0,4} (?:op slot|achter slot)\b"
)
BESIEGED_ACT = f"{BESIEGED_OTHER_ACT}|{BESIEGED_SELF_LOCKED}"
BESIEGED_PRESENT = (
    # "hij staat (nu) voor mijn deur", "ze wacht beneden bij de voordeur", "hij is bij mijn huis"
    # "er rijdt net een auto langzaam langs mijn huis en stopt. ik denk dat hij het is" (sixteenth
    # stranger test c21: the general crisis list, twice)
    r"\b(?:staat|staan|wacht|wachten|loopt|lopen|is|zijn|zit|zitten|rijdt|rijden|hangt|hangen|blijft|blijven|"
    r"stopt|stoppen|parkeert|parkeren)\b"
    rf"(?: \w+){{0,4}},? (?:voor|bij|aan|om|rond|achter|naast|langs) (?:{_MY_OR_THE} )?(?:{_DOOR}|huis|woning|flat|"
    r"portiek|galerij|tuin|auto|fiets|straat|"
    # "die gasten van gisteren staan terug aan de slagboom. ik zit in het wachthuisje alleen" (twenty-seventh
    # stranger test B c04, in the middle of a booking: "Wil je daar eerst over praten?")
    r"slagboom|poort|hek|wachthuisje|portiersloge|loge|kassa|balie|loket|receptie)\b|"
    # "ben om 12 klaar. hij staat er nog" after he said he waits outside (twenty-sixth stranger test B c03)
    r"\b(?:staat|staan|wacht|wachten|zit|zitten|hangt|hangen) (?:er|daar) (?:nog|nog steeds|nog altijd|nu nog|weer)\b|"
    # "hij wacht buiten", "hij staat nog beneden", "hij is in het huis", "hij staat in de gang"
    r"\b(?:staat|staan|wacht|wachten|loopt|lopen|is|zijn|zit|zitten|blijft|blijven)"
    r"(?: (?:hij|ze|zij|die|nu|nog|steeds|daar|hier|gewoon|er|al|weer|terug)){0,4} "
    r"(?:buiten|beneden|op de stoep|op straat|"
    r"in de gang|in het portiek|op de galerij|in (?:het|ons|mijn) huis|in de tuin|voor het raam|"
    # "hij staat op de gang", "aan de fietsenstalling" (fifteenth stranger recheck c13, c14)
    r"op de gang|op (?:de )?parkeerplaats|bij de uitgang|bij de ingang|aan de fietsenstalling|"
    r"bij de fietsenstalling|in de fietsenstalling|voor de deur)\b|"
    r"\b(?:kijkt|staart|loert|gluurt) (?:\w+ )?naar (?:de|mijn|onze) (?:deur|uitgang|ingang|raam|ramen)\b|"
    # "hij kijkt naar binnen. ik ben bang" (twenty-seventh stranger recheck B c06: the suicide question)
    r"\b(?:hij|zij|ze|die|gast|vent|man|kerel|klant|jongen|jongens|gasten|mannen) (?:\w+ )?"
    r"(?:kijkt|staart|loert|gluurt|kijken|staren|loeren|gluren) (?:\w+ )?naar binnen\b|"
    # "hij volgt me", "hij rijdt achter me aan"
    r"\b(?:volgt|volgen|achtervolgt|achtervolgen) (?:me|mij|ons)\b|"
    r"\b(?:loopt|lopen|rijdt|rijden|fietst|fietsen|komt|komen)\b(?: \w+){0,2} achter (?:me|mij|ons) aan\b|"
    # "hij staat nu al een half uur aan de overkant van mijn huis te kijken", "hij komt nu de straat
    # over naar onze voordeur" (twelfth stranger test c13: the suicide question, twice)
    r"\b(?:staat|staan|wacht|wachten|zit|zitten|hangt|hangen|blijft|blijven)\b(?: \w+){0,6} (?:aan|op) de overkant\b|"
    rf"\b(?:komt|komen|loopt|lopen|rent|rennen)\b(?: \w+){{0,5}} naar {_MY_OR_THE} (?:{_DOOR}|huis|woning|flat)\b"
)
# what makes the presence danger on its own: fear, a threat, now, home
BESIEGED_WHY = (
    r"\b(?:bang|doodsbang|angstig|angst|eng|paniek|durf|help|hulp|112|dreig\w*|bedreig\w*|schreeuw\w*|scheld\w*|"
    r"tier\w*|woedend|boos|kwaad|agressief|dronken|te pakken|af (?:te )?maken|mes|wapen|nu|op dit moment|"
    r"nog steeds|thuis|voordeur|mijn huis|ons huis|woning|alleen|iets in (?:zijn|z'n|zn|hun|haar) hand\w*|"
    # "er staat een gek voor mijn deur" (c13), someone watching the house
    r"gek|gestoorde|idioot|engerd|griezel|te kijken|kijkt|staart|loert|gluurt)\b"
)
# the past, a habit, or not (yet) happening
BESIEGED_NOT_NOW = (
    r"\b(?:vorige|vorig|geleden|gisteren|gisteravond|gistermiddag|gisteravond|eergisteren|toen|laatst|ooit|destijds|"
    r"vroeger|een keer|elke|iedere|altijd|vaak|soms|steeds|telkens|regelmatig|meestal|meerdere keren|de hele dag|"
    r"bang dat|vrees dat|als|"
    # "er is een vaste klant die echt super agressief is tegen mijn collega aan de balie" (round 30 recheck A
    # c05: "Je bent nu niet veilig. Doe de deur niet open"): a regular, a habit
    r"vaste (?:klant|bezoeker|patient|client|beller)|keeps|always|every (?:time|week|day)|"
    r"wanneer|zodra|straks|morgen)\b"
)
# harmless, also now: "hij staat nu buiten te roken", "hij slaat de deur dicht", "hij volgt me op instagram"
BESIEGED_HARMLESS = (
    # "Momentje, er staat iemand aan mijn balie." from a counter clerk (round 30 A c08: "Je bent nu niet veilig")
    r"\b(?:momentje|moment(?:je)? graag|ogenblikje)\b|"
    r"\b(?:iemand|een klant|een bezoeker|een patient|een client) (?:aan|bij|voor) (?:mijn|m'n|mn|de|het|onze) "
    r"(?:balie|loket|kassa|counter|bureau|receptie)\b|"
    # "hij slaat de deur dicht", not "ik zit ... met de deur dicht" (thirteenth stranger check c02)
    r"\b(?:(?:slaat|sloeg|smijt|smeet|gooit|gooide|trekt|trok)(?: \w+){0,3} dicht|dichtgeslagen|dichtgegooid|"
    r"instagram|linkedin|facebook|twitter|tiktok|sociale media|sleutel|roken|rookt|lunchen|lunch|"
    r"pauze|pakketje|pakket)\b|"
    # "moet ik die declaraties nu wel of niet goedkeuren? Er staat er weer een in de wachtrij." (round 34 A c02: "Je
    # bent nu niet veilig. Doe de deur niet open"): work waiting, not someone
    r"\b(?:wachtrij|inbox|mailbox|postvak|queue|declaraties?|facturen|factuur|aanvragen|tickets?|bestellingen|orders?)\b"
)
BESIEGED_NOW = (r"\b(?:nu|op dit moment|nog steeds|nog altijd|zojuist|nu weer|weer aan het|help)\b"
                # "hij staat hier voor de deur" (thirteenth stranger check c02): here, in the present tense
                r"|\b(?:staat|staan|is|zijn|zit|zitten|wacht|wachten|loopt|lopen)(?: \w+)? hier\b"
                # "die gasten van gisteren staan terug aan de slagboom" (Flemish "terug": again, now)
                r"|\b(?:staat|staan|is|zijn) (?:er |nu )?(?:terug|weer) (?:aan|bij|voor|op)\b")
_BESIEGED_ACT = linear(BESIEGED_ACT, name="crisis.dialoog.belaagd_handeling")
_BESIEGED_PRESENT = linear(BESIEGED_PRESENT, name="crisis.dialoog.belaagd_aanwezig")
_BESIEGED_NOT_NOW = linear(BESIEGED_NOT_NOW, name="crisis.dialoog.belaagd_niet_nu")
_BESIEGED_NOW = linear(BESIEGED_NOW, name="crisis.dialoog.belaagd_nu")
_BESIEGED_HARMLESS = linear(BESIEGED_HARMLESS, name="crisis.dialoog.belaagd_onschuldig")


# "hij staat beneden bij mijn auto. hij weet dat ik om 12 uur pauze heb. ik durf niet naar buiten"
# (fifteenth stranger test c23: "pauze" made it harmless, and the suicide question came): fear now
# outweighs a harmless word
_FEAR_NOW = linear(r"\b(?:bang|doodsbang|angstig|paniek|help|112|schreeuw\w*|dreig\w*|tiert|agressief|woedend"
                   r"|slaat|schopt|duwt)\b|\bdurf (?:\w+ )?(?:niet|nie)\b",
                   name="crisis.belaagd_angst_nu")


# "ik ben nie in gevaar nu, ik zit op slot op de wc" (nineteenth stranger test B c02: "Je bent nu
# niet veilig", three times, to someone who had locked herself in to calm down): the writer says
# she is not in danger, and nobody else is at the door or acting: her word counts.
_SAYS_SAFE = linear(
    r"\b(?:ik ben|ben ik|we zijn|zijn we)(?: \w+){0,2} (?:niet|nie|ni|geen) (?:meer )?(?:in gevaar|in nood)\b"
    r"|\b(?:ik ben|ben ik|we zijn)(?: (?:nu|hier|wel|nu wel|hier wel|gewoon))? veilig\b",
    name="crisis.zegt_veilig")
_BESIEGED_OTHER_ACT = linear(BESIEGED_OTHER_ACT, name="crisis.dialoog.belaagd_door_ander")


def besieged_not_now(norm: str) -> bool:
    """On the normalised text: harmless (BESIEGED_HARMLESS, unless fear is told: _FEAR_NOW), or told
    as the past, a habit or a fear of what may come (BESIEGED_NOT_NOW) and nothing says it is
    happening now, or only the writer locked in while saying she is safe (_SAYS_SAFE)."""
    return bool(_BESIEGED_HARMLESS.search(norm) and not _FEAR_NOW.search(norm)) or (
        bool(_BESIEGED_NOT_NOW.search(norm)) and not _BESIEGED_NOW.search(norm)) or (
        bool(_SAYS_SAFE.search(norm)) and not _BESIEGED_OTHER_ACT.search(norm) and not someone_present(norm))


_FIRST_PERSON_BEFORE = linear(r"(?:^|\s)(?:ik|we|wij)\s*\z", name="crisis.belaagd_ik_ervoor")
_FIRST_PERSON_AFTER = linear(r"\A\w+ (?:ik|we|wij)\b", name="crisis.belaagd_ik_erna")
# "mijn auto staat buiten aan de achterkant en het is donker. ik durf niet goed naar buiten" (round 28 recheck B
# c07: "Je bent nu niet veilig ... doe die op slot", three times): a thing outside, not someone
_THING_BEFORE = linear(
    r"(?:auto|fiets|wagen|bus|busje|tas|jas|scooter|brommer|motor|spullen|sleutels?|container|vrachtwagen"
    r"|vuilnis|kar|pakket)\s*\z", name="crisis.belaagd_ding_ervoor")


def someone_present(norm: str) -> bool:
    """On the normalised text: someone else (not "ik" or "we": "ik wacht buiten", "we zijn thuis")
    is at the door, outside, in the house, or follows the writer (BESIEGED_PRESENT)."""
    pos = 0
    while (found := _BESIEGED_PRESENT.search(norm, pos)) is not None:
        before, said = norm[max(0, found.start() - 6):found.start()], norm[found.start():found.end()]
        thing = _THING_BEFORE.search(norm[max(0, found.start() - 14):found.start()])
        if not (_FIRST_PERSON_BEFORE.search(before) or _FIRST_PERSON_AFTER.search(said) or thing):
            return True
        pos = found.end()
    return False


def besieged_act(text: object) -> bool:
    """True when someone bangs at the door, tries to get in, or the writer hides or is locked in,
    now (BESIEGED_ACT, not told as past or habit)."""
    norm = _norm(text)
    return bool(_BESIEGED_ACT.search(norm)) and not besieged_not_now(norm)


def besieged_now(text: object) -> bool:
    """True when someone is at the door, tries to get in, or follows the writer now, or the writer
    hides or is locked in (see above), and the message does not tell it as past, habit or fear of
    what may come. The presence alone counts here: the caller knows a threat was told."""
    norm = _norm(text)
    return bool(_BESIEGED_ACT.search(norm) or someone_present(norm)) and not besieged_not_now(norm)


_BESIEGED_WHY = linear(BESIEGED_WHY, name="crisis.belaagd_waarom")


def besieged_in_fear(text: object) -> bool:
    """besieged_now with what makes it danger in the same message (BESIEGED_WHY: fear, now, alone,
    watching: "hij staat beneden bij mijn auto ... ik durf niet naar buiten", "ik zie hem nu aan de
    fietsenstalling staan ... iedereen is al weg"): danger now also where no threat was told before."""
    return besieged_now(text) and _found(_BESIEGED_WHY, text)


# "hij staat nog steeds voor de deur", "hij bonkt op de deur", "ik zit opgesloten in de kantine": the
# one who threatened is still there, now (sixth stranger test c23: the second message got a
# category check and the police's non-emergency number). While that lasts the bot stays with the
# danger: no category, no options, no 0900 number.
_DANGER_GOING_ON = linear(
    r"\bvoor (?:de|mijn|m'n|mn|onze) (?:deur|auto)\b|\b(?:bonkt|bonst|beukt|trapt|rammelt|slaat|schopt)\b.{0,20}"
    r"\b(?:deur|raam)\b|\b(?:probeert|wil|komt)\b.{0,20}\bbinnen\b|"
    r"\bnog (?:steeds|altijd)\b.{0,30}\b(?:hier|daar|buiten|binnen|in de buurt|voor|bij|aan het|te schreeuwen|"
    r"schreeuw\w*|dreig\w*|boos|woedend)\b|"
    r"\b(?:hij|zij|ze|die)\b(?: \w+){0,2} (?:hoort|ziet|vindt|zoekt) (?:me|mij)\b|\bopgesloten\b|"
    r"\b(?:hij|zij|ze|die) (?:is|zijn) er nog\b|"
    r"\b(?:zit|sta|ben)\b(?: \w+){0,2} (?:verstopt|vast|klem)\b|\bbang dat hij (?:binnen|naar binnen)\b|"
    r"\b(?:he|she)(?:'s| is) still (?:here|there|outside)\b|"
    # "IK DURF NIET NAAR BUITEN HIJ STAAT DAAR NU" (eighth stranger test c07)
    r"\b(?:hij|zij|ze|die)\b(?: \w+){0,2} (?:staat|staan|wacht|wachten)"
    r"(?: nu| nog| daar| hier| buiten| er nog| er nu){1,3}\b|"
    # "hij bonkt nog steeds", "HIJ STAAT ER NOG" (seventeenth stranger test c09k: a category check,
    # then the suicide question, while he was still at the door)
    r"\b(?:bonkt|bonst|beukt|trapt|rammelt|schopt|schreeuwt)\b (?:nog|weer|opnieuw|door)\b|"
    r"\bdurf (?:\w+ )?(?:niet|nie) (?:naar )?buiten\b|"
    # "ik ben alleen hier", said alone while he waits outside (twenty-seventh stranger test B c03: the
    # aftercare, "Als je nu veilig bent")
    r"^(?:en |maar )?(?:ik ben|ben|ik sta|sta|ik zit|zit) (?:hier |nu |nog |helemaal |echt )*alleen"
    r"(?: hier| nu| in de winkel| op de zaak| op het werk)?[ .!]*$",
    name="crisis.gevaar_duurt_voort")


# "bel ik de politie of de beveiliging?" right after the violence answer (eighth stranger test c07:
# the general police text, "Is er geen spoed? Bel dan 0900-8844"): in danger now, 112; security or
# a colleague can help right away; a report to the police later.
WIE_BELLEN_GEVAAR = "utter_crisis_wie_bellen_gevaar"
_WHOM_TO_CALL = linear(
    r"\b(?:bel|bellen|belt|waarschuw|waarschuwen|halen|haal|roep|roepen)\b.{0,30}\b(?:politie|112|beveiliging|"
    r"beveiliger|bhv\w*|security|portier)\b|"
    r"\b(?:politie|112|beveiliging|beveiliger|bhv\w*|security|portier)\b.{0,30}\b(?:bellen|bel|waarschuwen|halen|"
    r"roepen)\b",
    name="crisis.wie_bellen")


def asks_whom_to_call(text: object) -> bool:
    """True when the message asks whether to call the police, 112 or security (see above)."""
    return _found(_WHOM_TO_CALL, text)


# Worried about someone else's life, after that answer: "kan ik 112 bellen zonder adres?", "bel ik 112
# of 113?" (twentieth stranger test C c05: a colleague's farewell message, he does not answer; got the
# text on being threatened, then the same answer again): 112 now, no exact address needed.
ANDER_BEL_112 = "utter_crisis_ander_bel_112"
_112_FOR_OTHER = linear(
    r"\b(?:zonder|geen|niet (?:\w+ )?(?:het|zijn|haar)|weet (?:\w+ ){0,3}(?:niet|nie))\b(?: \w+){0,3} adres\b|"
    r"\badres\b(?: \w+){0,4} (?:niet|nie|geen)\b|\b112 of (?:de )?113\b|\b113 of (?:de )?112\b|"
    r"\b(?:moet|kan|mag|zal) ik (?:\w+ ){0,2}(?:112|de politie|politie) (?:bellen|inschakelen)\b|"
    r"\b(?:bel|bellen) ik (?:nu )?(?:112|de politie)\b",
    name="crisis.112_voor_ander")


# "ik heb haar gebeld maar ze neemt niet op. ... wat moet ik doen", "maar is dit 112? ze neemt gewoon niet
# op" (round 21 C c03: "diefstal?", then the same answer a third time)
_OTHER_UNREACHABLE = linear(
    r"\b(?:neemt|nam) (?:\w+ ){0,3}(?:niet|nie|ni) (?:meer )?op\b|\b(?:niet|nie) (?:meer )?bereikbaar\b|"
    r"\b(?:reageert|antwoordt|appt) (?:\w+ ){0,2}(?:niet|nie) (?:meer )?\b|\bgeen (?:reactie|antwoord)\b|"
    r"\bis (?:dit|dat|het) (?:een )?(?:geval voor )?112\b|\bwat (?:moet|kan) ik (?:nu )?doen\b",
    name="crisis.ander_onbereikbaar")


def asks_112_for_other(text: object) -> bool:
    """True when, worried about someone else's life, the message asks whether or how to call 112, or
    says the other cannot be reached, or asks what to do."""
    return _found(_112_FOR_OTHER, text) or _found(_OTHER_UNREACHABLE, text)


# "hij staat daar niet meer", "ze wacht er niet meer": gone, although "staat daar" is in the pattern
_NO_LONGER_THERE = linear(
    r"\b(?:staat|staan|wacht|wachten|is|zijn)\b(?: (?:daar|er|hier|buiten|nu|ook))* (?:niet|nie) meer\b",
    name="crisis.niet_meer_daar")
_STILL_WORD = linear(r"\bnog\b", name="crisis.nog")


# "moet ik opendoen? misschien wil hij alleen praten" with a threatening colleague banging on the door
# (twentieth round C c03: "Dat kan, als je je daar veilig bij voelt", the answer on addressing someone
# oneself): asking whether to open the door to him is the danger still there.
# Also a crisis pattern when someone is named (bot.nlu.crisis_patterns, rule deur_open_vraag).
OPEN_DOOR_ASKED = r"\b(?:moet|zal|kan|mag) ik (?:\w+ ){0,4}(?:open ?doen|open ?maken|opendoen|openmaken|opendoe)\b"
_OPEN_DOOR = linear(
    OPEN_DOOR_ASKED + r"|\b(?:deur|voordeur) (?:\w+ ){0,2}(?:open ?doen|openen|open ?maken)\b|\bshould i open\b",
    name="crisis.deur_open")


def asks_to_open_door(text: object) -> bool:
    """True when the message asks whether to open the door (to the one who threatens)."""
    return _found(_OPEN_DOOR, text)


def danger_going_on(text: object) -> bool:
    """True when the message says the threat is still there, now (see above), or asks whether to
    open the door to him."""
    norm = _norm(text)
    if _OPEN_DOOR.search(norm):
        return True
    if _NO_LONGER_THERE.search(norm) and not _STILL_WORD.search(norm):
        return False
    return bool(_DANGER_GOING_ON.search(norm)) or besieged_now(text)


def after_violence(text: object) -> bool:
    """True when, after the violence answer, the message says the person is safe or away now, is
    not alone, or asks what to do now (see above), and nothing in it says they are unsafe."""
    norm = _norm(text)
    if _NOT_SAFE.search(norm) or _STILL_DANGER.search(norm) or _DOUBTS_112.search(norm):
        return False
    return bool(_SAFE_AGAIN.search(norm) or _AWAY.search(norm) or _SUPPORT.search(norm) or _WHAT_NOW.search(norm)
                or _HELP_ARRIVED.search(norm))


_DOOR_SHUT = linear(r"\b(?:deur|deuren) (?:\w+ ){0,2}(?:op slot|dicht)\b|\b(?:op slot|dicht) (?:gedaan|gedraaid)\b",
                    name="crisis.deur_dicht")


def threat_gone(text: object) -> bool:
    """True when the message says the one who threatened is gone or someone is with the writer
    ("hij is weg", "mijn collega is bij me"); having called 112 alone is not that ("heb 112 gebeld
    ze komen eraan", eighteenth stranger test c07: a man with a knife still inside)."""
    norm = _norm(text)
    if _NOT_SAFE.search(norm) or _STILL_DANGER.search(norm):
        return False
    return bool(_AWAY.search(norm) or _SUPPORT.search(norm))


def safe_or_away(text: object) -> bool:
    """True when the message says the person is safe, away from the one who threatened, or not
    alone any more ("hij is weg, ik zit thuis")."""
    norm = _norm(text)
    if _NOT_SAFE.search(norm) or _STILL_DANGER.search(norm):
        return False
    return bool(_SAFE_AGAIN.search(norm) or _AWAY.search(norm) or _SUPPORT.search(norm))


def support_by_colleague(text: object) -> bool:
    """A colleague is with the person ("mijn collega is bij me"): the aftercare says so."""
    norm = _norm(text)
    return bool(_SUPPORT.search(norm) and _COLLEAGUE.search(norm))


# "is er nu iemand bereikbaar? het is midden in de nacht": who can be reached now (the lines that
# are there day and night; the VP on working days; the bot can book), asked after a crisis answer.
WIE_NU = "wie_nu"
_WHO_NOW = linear(
    r"\b(?:is|zijn) er (?:nu |nu nog |vannacht |nog )?(?:iemand|een mens|mensen|wel iemand)\b.{0,30}"
    r"\b(?:bereikbaar|wakker|die ik kan (?:bellen|spreken)|te bereiken|aanwezig|om mee te praten)\b|"
    r"\bwie (?:kan|kun) ik (?:nu |vannacht |nog )?(?:bellen|bereiken|spreken)\b|"
    r"\bkan ik (?:nu |vannacht )?(?:nog )?(?:iemand|een mens) (?:bellen|bereiken|spreken)\b|"
    r"\b(?:is|zijn) (?:er )?(?:\w+ )?(?:nu |vannacht )?(?:nog )?(?:open|bereikbaar)\b.{0,30}\bnacht\b|"
    r"\bis (?:there )?(?:anyone|someone|somebody) (?:i can (?:call|reach)|available|there)\b",
    name="crisis.wie_nu")


def asks_who_now(text: object) -> bool:
    """True when the message asks who can be reached now (see above)."""
    return _found(_WHO_NOW, text)


# Others in danger during a threat or violence now: "er slapen nog 20 bewoners beneden, moet ik die
# niet waarschuwen??" (eighteenth stranger test c07, a man with a knife in a night shelter: "Bedoel
# je: een misstand?"). Through 112's operator, by phone or app to a colleague, never by going to him.
ANDEREN_WAARSCHUWEN = "utter_crisis_anderen_waarschuwen"
_WARN_OTHERS = linear(
    r"\b(?:waarschuwen|waarschuw|alarmeren|wakker maken|wekken|in veiligheid brengen|evacueren)\b",
    name="crisis.anderen_waarschuwen")
_OTHERS_THERE = linear(
    r"\b(?:bewoners?|collega(?:'?s)?|anderen|andere mensen|mensen|clienten|client|patienten|kinderen|iedereen"
    r"|die|ze|hen)\b",
    name="crisis.anderen_daar")


def warns_others(text: object) -> bool:
    """True when the writer asks about warning others in danger (see above)."""
    norm = _norm(text)
    return bool(_WARN_OTHERS.search(norm) and _OTHERS_THERE.search(norm))


# Afraid to go home alone after a threat or violence: "ik durf straks niet alleen naar huis. mijn
# dienst is om 2 uur klaar" (seventeenth stranger test c09k: the list of every help line, no step to
# take). A practical step: not alone (security or a colleague walks along, someone picks you up),
# tell the manager on duty, 112 if he is there, the report later. Not when the danger is there now
# (danger_going_on: that answer comes first).
NAAR_HUIS = "utter_crisis_naar_huis"
_AFRAID_GOING_HOME = linear(
    r"\b(?:durf|durft|durven)\b(?: \w+){0,3} (?:niet|nie|ni)\b(?: \w+){0,2} (?:naar huis|naar (?:mijn|m'n|mn|de|het) "
    r"(?:auto|fiets|scooter|brommer|bus|bushalte|tram|trein|station|parkeerplaats|parkeergarage|fietsenstalling)"
    r"|naar buiten|over straat|thuiskomen|alleen (?:weg|fietsen|lopen|rijden))\b"
    r"|\bbang (?:om|dat ik|voor)\b(?: \w+){0,3} (?:naar huis|de weg naar huis|"
    r"naar (?:mijn|m'n|mn|de|het) (?:auto|fiets|"
    r"parkeergarage|parkeerplaats|station|bushalte|fietsenstalling))\b"
    r"|\b(?:afraid|scared) (?:to|of) (?:go|going|walk|walking) (?:home|to my car|outside)\b",
    name="crisis.bang_naar_huis")


def afraid_going_home(text: object) -> bool:
    """True when the writer dares not go home or to the car alone (see above)."""
    return _found(_AFRAID_GOING_HOME, text)


# A threat for later, not now: "komt morgen terug. met mes zei hij", "hij heeft net gezegd dat hij me
# vanavond opwacht bij de auto", and after "Ben je nu in gevaar?": "nu niet. morgen wel", "nu niet, ik
# zit op kantoor met anderen. maar om 6 uur moet ik naar huis" (twentieth stranger test C c10, c06: the
# context lost, "Waarmee kan ik je helpen?"; the aftercare for violence that never happened). What to do
# before then: tell the manager or security today, not alone, the employer must protect, aangifte of
# the threat, 112 when he comes (DREIGING_LATER); going home or to the car later: NAAR_HUIS.
LATER = "later"  # crisis_detail: the threat is for later (the violence answer's variant)
DIENST = "dienst"  # crisis_detail: afraid of the next shift with the one who harassed her, no threat told
DREIGING_LATER = "utter_crisis_dreiging_later"
# Fear or doubt said after that answer ("ik ben een beetje bang voor straks"; twenty-seventh stranger
# recheck A c06: "Je stelt je niet aan"): not the same block again, the fear taken seriously
BANG_VOOR_STRAKS = "utter_crisis_bang_voor_straks"
# After the suicide answer, a question read as one for bystanders ("morgen om 8 sta ik er weer. ik weet niet
# hoe ik dat moet doen", round 28 recheck B c04): tomorrow may wait; someone to talk to tonight
ZELFMOORD_MORGEN = "utter_crisis_zelfmoord_morgen"
BANG_VOOR_STRAKS_KORT = "utter_crisis_bang_voor_straks_kort"  # said again right after it
_LATER = (r"\b(?:morgen|morgenochtend|morgenmiddag|morgenavond|overmorgen|straks|vanavond|vannacht|later|"
          r"volgende week|na het werk|na (?:mijn|m'n|mn) dienst|om \d{1,2}(?:[:.]\d{2})?(?: uur| u)?|"
          r"om (?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf) uur)\b")
_LATER_TIME = linear(_LATER, name="crisis.later")
_NOT_NOW_BUT_LATER = linear(
    r"\b(?:nu|nou) (?:nog )?(?:niet|nie|ni)\b.{0,80}" + _LATER + "|\bniet nu\b.{0,80}" + _LATER,
    name="crisis.nu_niet_later")
_GOING_HOME = linear(
    r"\b(?:moet|ga|wil|kan|moeten|gaan)\b(?: \w+){0,3} (?:naar huis|naar buiten|naar (?:mijn|m'n|mn|de|het) "
    r"(?:auto|fiets|parkeergarage|parkeerplaats|station|bushalte|fietsenstalling))\b", name="crisis.naar_huis_later")


# "we zijn vanavond overvallen in de winkel ... een gast met een mes" (twenty-seventh stranger test B c09:
# "Een dreiging met geweld is ernstig, ook als die over later gaat"): "vanavond" or "vannacht" with what
# happened told in the past is when it happened, not a threat for later
_TONIGHT = linear(r"\b(?:vanavond|vannacht)\b", name="crisis.vanavond")
_TONIGHT_ASKED = linear(r"\bwat (?:doe|moet|kan) ik (?:\w+ ){0,2}(?:vanavond|vannacht|straks|zo meteen|dan)\b"
                        r"|\b(?:vanavond|vannacht|straks)\b.{0,40}\?", name="crisis.vanavond_gevraagd")
_PAST_EVENT = linear(
    r"\b(?:overvallen|beroofd|aangevallen|gestoken|geslagen|geschopt|mishandeld|gebeurd|was|waren|werd|werden|stond"
    r"|stonden|zat|zaten)\b", name="crisis.voorbij_gebeurd")


def threat_later(text: object) -> bool:
    """True when the message tells of a threat for later ("komt morgen terug met mes", "dreigt mij
    morgen te steken"), not of danger now, nor of what happened tonight (_PAST_EVENT)."""
    norm = _norm(text)
    later = _LATER_TIME.search(norm)
    if later and _TONIGHT.search(later.group(0)) and _PAST_EVENT.search(norm) \
            and not _LATER_TIME.search(norm, later.end()):
        return False
    return bool(_THREAT.search(norm) and later) and not besieged_now(norm) \
        and not danger_going_on(norm)


def danger_later(text: object) -> bool:
    """True when, after "Ben je nu in gevaar?", the message says the danger is for later ("nu niet.
    morgen wel"), or tells a threat for later."""
    norm = _norm(text)
    return (bool(_NOT_NOW_BUT_LATER.search(norm)) and not danger_going_on(norm)) or threat_later(norm)


# "nee geen gevaar, ik ga echt geen 112 bellen. ik ben gewoon op." (twentieth stranger test C c02: the
# answer for someone at the door): believed; the crisis is over and the question in it is answered
_NO_DANGER = linear(
    r"\b(?:geen (?:direct |acuut )?gevaar|(?:ik ben|ben ik|ben) (?:\w+ )?(?:niet|nie|ni) in gevaar|"
    r"er is (?:\w+ )?geen (?:direct |acuut )?gevaar|not in danger|no danger)\b", name="crisis.geen_gevaar")


def says_no_danger(text: object) -> bool:
    """True when the message says there is no danger ("nee geen gevaar"), and nothing says there is."""
    norm = _norm(text)
    return bool(_NO_DANGER.search(norm)) and not danger_going_on(norm) and not besieged_now(norm)


def follow_up_read_as_other(text: object, soort: str | None) -> str | None:
    """The answer to a message right after a crisis answer of kind ``soort`` that the classifier read as
    something else (a situation, a no) but that goes on with that crisis: a threat for later ("nu niet.
    morgen wel", round 20 C c10, c06) or, worried about someone's life, the other not reachable or 112
    asked (round 21 C c03); None otherwise."""
    if soort in (GEWELD, BANG_KOMST) and danger_later(text):
        return after_crisis_response(text, soort)
    if soort == ZORGEN_ANDER and asks_112_for_other(text):
        return ANDER_BEL_112
    if soort in (ZELFMOORD, ACUUT) and after_crisis(text) in _READ_AS_A_STORY:
        # "ik ga echt niet bellen hoor. ik heb het nog nooit tegen iemand gezegd" right after the suicide
        # answer (round 22 C c01: the sympathy for bullying and the options again)
        return after_crisis_response(text, ZELFMOORD)
    return None


# Follow-ups to the suicide answer the classifier may read as the story told before
_READ_AS_A_STORY = (INGENOMEN, OM_ANDER, BELT_NU, DURFT_NIET_BELLEN, GEEN_HULPLIJN, HOPELOOS, NIET_GEHOORD,
                    VP_NU, TE_LAAT, ONBEKEND_113, KAN_NIET_BELLEN, WAT_ZEGGEN, NIET_ALLEEN)


def going_home_later(text: object) -> bool:
    """True when the message is about going home or to the car later ("om 6 uur moet ik naar huis")."""
    return _found(_GOING_HOME, text) or afraid_going_home(text)


# "moet ik dan wel gaan rijden vanavond? ik durf echt niet" (third stranger test, c23): after a
# threat or violence at work, afraid to go to the next shift and asking whether to go. Fear and
# going to work, both in the message. Answered (utter_crisis_werk_veilig) only after violence was
# told in this conversation (the caller checks that), never as the crisis answer again.
WERK_VEILIG = "utter_crisis_werk_veilig"
_FEAR = linear(r"\b(?:durf|durven|bang|angst\w*|eng|doodsbang|schrik)\b", name="crisis.werk_angst")
_GO_TO_WORK = linear(
    r"\b(?:rijden|rit|ritten|\w{0,12}dienst|\w{0,12}diensten|shift|werken|beginnen"
    r"|naar (?:mijn |m'n |mn |het |de )?(?:werk|zaak|"
    r"winkel|bus|depot|kantoor|afdeling)"
    r"|terug (?:naar )?(?:mijn |m'n |mn |het |de )?"
    r"(?:werk|zaak|winkel|bus|depot|kantoor|afdeling|magazijn|werkvloer))\b",
    name="crisis.werk_gaan")


# "ik wil daar niet meer staan" (at the desk where he threatened her; eighteenth stranger test c03:
# the suicide question). Never "er niet meer zijn".
_NOT_BACK_THERE = linear(
    r"\bwil (?:daar|er) (?:echt |gewoon |nooit )?(?:niet|nie) meer (?:staan|werken|heen|naartoe)\b",
    name="crisis.niet_meer_daar_werken")


def afraid_to_work(text: object) -> bool:
    """True when the message says the person is afraid to go to work or to the shift (see above),
    not afraid to go home after it ("ik durf straks niet alleen naar huis. mijn dienst is om 2 uur
    klaar": afraid_going_home)."""
    norm = _norm(text)
    return (bool(_FEAR.search(norm) and _GO_TO_WORK.search(norm)) or bool(_NOT_BACK_THERE.search(norm))) \
        and not _AFRAID_GOING_HOME.search(norm)


# "ik moet hem morgen gewoon weer zien op de afdeling en ik weet niet hoe" after the sexual-violence
# answer (twelfth stranger test c14: only "aangifte is niet verplicht"): the one who did it works
# there too, and the person has to face them again. Answered with what helps at work
# (utter_hem_weer_zien): no need to face him alone, reporting sick, the bedrijfsarts, distance
# arranged with the counsellor, only if the person wants it.
HEM_WEER_ZIEN = "utter_hem_weer_zien"
_FACES_AGAIN = linear(
    r"\b(?:moet|zal|ga|moeten|kom) (?:\w+ ){0,2}(?:hem|haar|die man|die vrouw|die collega|die gast|die vent)"
    r"(?: \w+){0,4} (?:weer |terug )?(?:zien|tegenkomen|tegen komen|onder ogen komen|spreken|ontmoeten)\b"
    r"|\b(?:naast|met|bij|onder) (?:hem|haar|die man|die collega)(?: \w+){0,2} (?:werken|samenwerken|zitten|staan)\b"
    # "ik moet morgen weer werken met hem op dezelfde afdeling", "ik wil niet met hem alleen zijn morgen"
    # (seventeenth stranger test: "Vertel gerust verder", three times)
    r"|\b(?:werken|samenwerken|dienst draaien|dienst doen) (?:met|naast|bij|onder) (?:hem|haar|die man|die collega)\b"
    # "morgen moet ik weer met hem in overleg om 9 uur", "moet ik morgen naar dat overleg?" (twentieth C c08)
    r"|\b(?:met|bij) (?:hem|haar|die man|die collega) (?:in (?:overleg|gesprek|vergadering|de vergadering|een ruimte)|"
    r"overleggen|vergaderen)\b"
    r"|\b(?:moet|ga|wil|hoef) ik (?:\w+ ){0,2}naar (?:dat|die|het|de|ons) (?:overleg|vergadering|meeting|werkoverleg)\b"
    r"|\bniet (?:\w+ ){0,2}(?:met|bij) (?:hem|haar|die man|die collega) alleen\b"
    r"|\bniet alleen (?:\w+ ){0,2}(?:met|bij) (?:hem|haar|die man|die collega)\b"
    r"|\b(?:hem|haar) (?:\w+ ){0,2}(?:weer |terug )?(?:zien|tegenkomen) op (?:het werk|de afdeling|kantoor|de zaak)\b"
    # "ik trek het echt niet om hem te zien", "hij zit twee bureaus naast me" (fifteenth stranger test c07)
    r"|\b(?:trek|kan|durf) (?:het )?(?:\w+ ){0,2}(?:niet|nie) (?:om )?(?:hem|haar|die man|die collega) (?:\w+ )?"
    r"(?:te )?(?:zien|tegen te komen|onder ogen te komen)\b"
    r"|\b(?:hij|zij|ze) (?:zit|werkt|staat) (?:\w+ ){0,3}(?:naast|tegenover|bij) (?:me|mij)\b"
    r"|\b(?:hij|zij|ze) (?:zit|werkt) (?:\w+ ){0,3}(?:verder|verderop|bij ons op de afdeling|op mijn afdeling)\b",
    name="crisis.weer_tegenkomen")
# "ik durf nie meer terug de winkel in hij staat daar gewoon" (nineteenth stranger test B c02, after
# an assault by her manager: the suicide question): not going back to where he is; "hij staat daar"
# is the workplace, not a threat at her door now
_NOT_BACK_WHERE_HE_IS = linear(
    r"\b(?:durf|kan|wil|ga) (?:\w+ ){0,2}(?:niet|nie|ni) (?:meer )?terug\b.{0,60}\b(?:hij|zij|ze|die)"
    r" (?:staat|zit|is|werkt|loopt)(?: \w+)? (?:daar|er|gewoon|nog|ook)\b",
    name="crisis.niet_terug_waar_hij_is")
_NOT_FACING = linear(r"\b(?:hoef|hoeft|hoeven)(?: \w+){0,3} niet\b|\bniet meer\b", name="crisis.niet_weer_zien")


def faces_them_again(text: object) -> bool:
    """True when the message says the person has to see the one who did it again at work
    ("ik moet hem morgen weer zien op de afdeling"); not "ik hoef hem niet meer te zien"."""
    norm = _norm(text)
    return (bool(_FACES_AGAIN.search(norm)) and not _NOT_FACING.search(norm)) or not_back_where_he_is(norm)


def not_back_where_he_is(text: object) -> bool:
    """True when the person dares not go back to work where the one who did it is ("ik durf niet
    meer terug de winkel in, hij staat daar gewoon")."""
    return _found(_NOT_BACK_WHERE_HE_IS, text)


NIET_BELLEN_ACUUT = "utter_crisis_niet_bellen_acuut"
# ... when it is 112 itself that is not wanted, or the police it brings (not "ik durf niet te bellen": 112 stays)
_NO_112_POLICE = linear(r"\bgeen (?:112|politie|ambulance)\b|\bpolitie\b", name="crisis.geen_112_politie")
_AFTER_CRISIS = {  # (what the message asks, which help line) -> response
    (KAN_NIET_BELLEN, "112"): "utter_crisis_kan_niet_bellen_112",
    (KAN_NIET_BELLEN, "113"): "utter_crisis_kan_niet_bellen_113",
    (KAN_NIET_BELLEN, "csg"): "utter_crisis_kan_niet_bellen_112",
    (DURFT_NIET_BELLEN, "112"): "utter_crisis_niet_bellen_112",
    (DURFT_NIET_BELLEN, "113"): "utter_crisis_niet_bellen_113",
    (DURFT_NIET_BELLEN, "csg"): "utter_crisis_niet_bellen_csg",
    (GEEN_HULPLIJN, "112"): "utter_crisis_niet_bellen_112",
    (GEEN_HULPLIJN, "113"): "utter_crisis_geen_hulplijn",
    (GEEN_HULPLIJN, "csg"): "utter_crisis_geen_hulplijn_csg",
    (HOPELOOS, "113"): "utter_crisis_hopeloos",
    (WAT_ZEGGEN, "113"): "utter_crisis_wat_zeggen_113",
    (WAT_ZEGGEN, "112"): "utter_crisis_wat_zeggen_112",
    (WAT_ZEGGEN, "csg"): "utter_crisis_wat_zeggen_csg",
    (NIET_ALLEEN, "113"): "utter_crisis_niet_alleen",
    (GESPROKEN_113, "113"): "utter_crisis_113_gesproken",
    (MEDISCH, "csg"): "utter_crisis_dokter_csg",
    (SCHAAMTE, "csg"): "utter_crisis_seksueel_geweld_schaamte",
    (VP_NU, "113"): "utter_crisis_vp_nu_113",
    (VP_NU, "112"): "utter_crisis_vp_nu",
    (VP_NU, "csg"): "utter_crisis_vp_nu",
    (ONBEKEND_113, "113"): "utter_faq/wat_doet_113",
    (TE_LAAT, "113"): "utter_crisis_te_laat",
    (NIET_GEHOORD, "113"): "utter_crisis_niet_gehoord",
    (NIET_GEHOORD, "112"): "utter_crisis_niet_gehoord",
    (NIET_GEHOORD, "csg"): "utter_crisis_niet_gehoord",
}
# After the sexual-violence answer, more of what happened, or "ik wil niet naar de politie" (seventh
# stranger test c28): heard, not the whole block again; the centre helps without a police report.
SEKSUEEL_GEWELD_GEHOORD = "utter_crisis_seksueel_geweld_gehoord"
_CRISIS_ANSWER = {ZELFMOORD: "utter_crisis_zelfmoord", GEWELD: "utter_crisis_geweld", ACUUT: "utter_crisis_acuut",
                  "seksueel_geweld": "utter_crisis_seksueel_geweld", ZORGEN_ANDER: "utter_crisis_zorgen_ander",
                  BANG_KOMST: "utter_crisis_bang_komst"}
# The full crisis blocks (not repeated a third time in a row after a message with no new danger).
CRISIS_ANSWERS = frozenset(_CRISIS_ANSWER.values()) | {"utter_crisis_algemeen", "utter_crisis_niet_alleen"}


# The threat is still there (danger_going_on): stay inside, 112 (also whispering), someone nearby calls.
GEVAAR_NU = "utter_crisis_gevaar_nu"
HULP_ONDERWEG = "utter_crisis_hulp_onderweg"  # help_called while someone is at the door: stay inside until it is there
HULP_IS_ER = "utter_crisis_hulp_is_er"  # help_arrived: the police or security are there, he is taken away
TWIJFEL_112 = "utter_crisis_twijfel_112"
GEVAAR_NU_KORT = "utter_crisis_gevaar_nu_kort"  # the same said again: short, not the block twice
# After the answer to the fear that he comes (BANG_KOMST, eleventh stranger test c02): the fear asked
# again ("en als hij vanavond toch bij mijn huis staat?") gets what to do then, short; a plan to be
# safe or not alone ("ik ga bij mijn zus slapen") is heard as a good plan.
BANG_KOMST_KORT = "utter_crisis_bang_komst_kort"
VEILIGE_PLEK = "utter_crisis_veilige_plek"

# A message read as a crisis again, right after a crisis answer, that is a follow-up instead: who can
# be reached now, or (after violence) safe now. action_bepaal_crisissoort sets crisis_soort to
# VERVOLG; action_crisis_vervolg answers it and puts the kind of crisis back.
VERVOLG = "vervolg"


def follow_up(text: object, soort: str | None) -> bool:
    """True when a message after a crisis answer of kind ``soort`` asks who can be reached now,
    or says after violence that the person is safe now, that the danger is still there or that
    they cannot call (then not the same crisis answer again: bot.dialogue.crisis.after_crisis_response)."""
    return asks_who_now(text) or (soort == GEWELD and (after_violence(text) or stays_with_danger(text))) or (
        soort == BANG_KOMST and (fears_coming(text) or safe_plan(text) or safe_or_away(text) or help_arrived(text))
    ) or (soort == ZORGEN_ANDER and asks_112_for_other(text))


def stays_with_danger(text: object) -> bool:
    """After the violence answer: the threat is still there, or the person cannot or dare not call
    (then the bot stays with the danger: utter_crisis_gevaar_nu or utter_crisis_niet_bellen_geweld)."""
    return danger_going_on(text) or after_crisis(text) in (KAN_NIET_BELLEN, DURFT_NIET_BELLEN)


# After the violence answer, a message read as "wat kan ik doen?" (the options) or as a witness
# ("mijn collega is bij me"): still about the violence just told, so the aftercare.
_AFTERCARE_INTENTS = ("vraag_opties", "ben_getuige")


# After the answer for worry about someone else's life (twenty-fourth stranger test C c06: "gedaan. ze
# sturen politie naar zijn adres ... heb ik het goed gedaan?" got the police-report text; "hij leeft ...
# ligt nu op spoed. ik tril helemaal" the same answer again; "ik bedoel mij. ik ben alleen thuis en ik
# kan ni stoppen met trillen" the answer on appraisals).
_OTHER_SAFE = linear(
    r"\b(?:hij|zij|ze) (?:leeft|is gevonden|is (?:nu |al )?(?:in het ziekenhuis|op (?:de )?spoed|in goede handen"
    r"|veilig|opgenomen))\b|\b(?:hebben|heeft) (?:hem|haar) gevonden\b|\b(?:ligt|zit) (?:nu |al )?"
    r"(?:in het ziekenhuis|op (?:de )?(?:spoed|spoedeisende hulp|ic|eerste hulp))\b",
    name="crisis.ander_veilig")
_DID_WELL = linear(
    r"\bheb ik (?:het )?(?:wel )?goed gedaan\b|\b(?:was|is) (?:het|dat) (?:wel )?goed (?:dat|om)\b"
    r"|\b(?:gedaan|gebeld)\b.{0,80}\b(?:kwaad|boos) op mij\b",
    name="crisis.ander_goed_gedaan")
_CANNOT_STOP = linear(r"\bkan (?:niet|ni|nie) (?:stoppen|ophouden) met (?:huilen|janken)\b",
                      name="crisis.blijft_huilen")
ANDER_GOED_GEDAAN = "utter_crisis_ander_goed_gedaan"  # yes, calling for him was right
ANDER_GESCHROKKEN = "utter_crisis_ander_geschrokken"  # he is safe, or the writer is shaken: the writer now


def after_worry_for_other(text: object) -> str | None:
    """The next step after the answer for worry about someone else: the writer shaken, or the other
    safe now (ANDER_GESCHROKKEN), or the writer called and asks whether that was right
    (ANDER_GOED_GEDAAN); None for anything else."""
    norm = _norm(text)
    if _OTHER_SAFE.search(norm) or _SHAKEN.search(norm) or _CANNOT_STOP.search(norm):
        return ANDER_GESCHROKKEN
    if _DID_WELL.search(norm) or called_for_help(norm) or _OTHER_CALLS.search(norm):
        return ANDER_GOED_GEDAAN
    return None


def after_crisis_response(text: object, soort: str | None, intent: str | None = None) -> str:
    """The response for a message right after a crisis answer of kind ``soort``: the bot cannot
    call (and what to do instead), calling is not needed or not safe (other ways), who can be
    reached now, after violence the aftercare (safe now, not alone, "what now?"), or the crisis
    answer again."""
    line = {ZELFMOORD: "113", "seksueel_geweld": "csg"}.get(soort or "", "112")
    need = after_crisis(text)
    if soort in (GEWELD, BANG_KOMST) and need is None and false_alarm(text):
        return VALS_ALARM
    if soort == GEWELD and need == DURFT_NIET_BELLEN:
        # "ik durf niet te bellen, hij hoort me dan" (c23): 112 also when whispering, or someone
        # nearby calls; stay inside with the door shut
        return "utter_crisis_niet_bellen_geweld"
    if soort == GEWELD and need is None and warns_others(text):
        return ANDEREN_WAARSCHUWEN  # "moet ik de bewoners niet waarschuwen?": through 112, not alone
    if soort == GEWELD and need != KAN_NIET_BELLEN and (danger_going_on(text) or doubts_112(text)):
        return GEVAAR_NU  # "hij staat nog steeds voor de deur": the danger, not a category
    if soort == GEWELD and need is None and help_arrived(text):
        return HULP_IS_ER  # "de politie is er, ze nemen hem mee, ik tril": the danger is over
    if soort == GEWELD and need is None and asks_whom_to_call(text) and not safe_or_away(text):
        return WIE_BELLEN_GEVAAR  # "bel ik de politie of de beveiliging?": 112 now, security too, report later
    if soort == GEWELD and need == MEDISCH:
        return "utter_faq/dokter"  # "moet ik met mijn nek naar de dokter?": the advice that fits the hour
    if soort == GEWELD and need is None and safe_plan(text) and not danger_going_on(text) \
            and not help_called(text):
        # "ik ga even bij de buurvrouw zitten" while he banged on her door (eighteenth stranger test c10:
        # "Dag, fijn dat je even langskwam"): a good plan, 112 if he comes; a door shut behind her while he
        # is in the building ("ik ben naar de wc gelopen en heb de deur dicht gedaan", recheck c05): the
        # danger is still there, stay behind it
        return GEVAAR_NU_KORT if _DOOR_SHUT.search(_norm(text)) else VEILIGE_PLEK
    if soort in (GEWELD, BANG_KOMST) and need is None and going_home_later(text) \
            and _TONIGHT_ASKED.search(_norm(text)) and not danger_going_on(text) and not help_arrived(text):
        # "oke morgen dus. maar wat doe ik vanavond. ik moet over een uur naar huis" (round 28 B c07: every
        # help line again): going home tonight after a threat
        return NAAR_HUIS
    if soort in (GEWELD, BANG_KOMST) and need is None and danger_later(text) and not help_arrived(text):
        # "nu niet. morgen wel", "nu niet, ... maar om 6 uur moet ik naar huis" (twentieth C c10, c06)
        return NAAR_HUIS if going_home_later(text) else DREIGING_LATER
    if soort == ZORGEN_ANDER and need in (None, OM_ANDER) and asks_112_for_other(text):
        return ANDER_BEL_112  # "kan ik 112 bellen zonder adres?", "bel ik 112 of 113" (twentieth C c05)
    worry_next = after_worry_for_other(text) if soort == ZORGEN_ANDER else None
    if worry_next is not None:
        return worry_next
    if soort == BANG_KOMST and need is None:
        if help_arrived(text):
            return HULP_IS_ER
        if fears_coming(text):
            return BANG_KOMST_KORT  # "en als hij vanavond toch bij mijn huis staat?": what to do then
        if safe_plan(text) or safe_or_away(text):
            return VEILIGE_PLEK  # "ik ga vannacht bij mijn zus slapen": a good plan, 112 if he comes
    if need == GEEN_HULPLIJN and line == "csg" and faces_them_again(text):
        return HEM_WEER_ZIEN  # "stop met die nummers. moet ik morgen naar dat overleg?" (twentieth C c08)
    acute_next = after_acute(text) if soort == ACUUT and need in (None, INGENOMEN, NIET_ALLEEN) else None
    if acute_next is not None:
        return acute_next
    arrived = help_arrived(text)
    if soort in (ZELFMOORD, ACUUT, "algemeen") and need in (None, INGENOMEN, BELT_NU, MEDISCH, GESPROKEN_113) \
            and (arrived or called_for_help(text)):
        if arrived:
            return HULP_ER_ZELF
        norm = _norm(text)
        if _OTHER_CALLS.search(norm):
            return GEBELD_ANDER
        if not _EMERGENCY_CALLED.search(norm) and (soort == ZELFMOORD or (soort == ACUUT and "113" in norm)):
            return _AFTER_CRISIS[(GESPROKEN_113, "113")]  # "heb gebeld. 20 min gepraat": 113, not an ambulance
        return GEBELD
    if need == GESPROKEN_113 and soort == ACUUT:
        return _AFTER_CRISIS[(GESPROKEN_113, "113")]  # "ik heb 113 gebeld en gepraat" after "Bel nu 112"
    if need == OM_ANDER and soort in (ZELFMOORD, ACUUT, "algemeen", VERVOLG, None):
        return _CRISIS_ANSWER[ZORGEN_ANDER]  # "nee niet ik, het gaat om haar!!": worried about her life
    if need == BELT_NU:
        return "utter_crisis_belt_nu"
    if need == INGENOMEN and soort in (ZELFMOORD, ACUUT):
        return "utter_crisis_ingenomen"
    if need in (DURFT_NIET_BELLEN, GEEN_HULPLIJN) and soort == ACUUT and not refuses_help_lines(text) \
            and _NO_112_POLICE.search(_norm(text)):
        # "ik wil geen 112, dan komt politie en mijn kinderen worden wakker" with pills at home (round 31 recheck B
        # c03: the bullying options): the 113 chat or free line now, the means out of reach, 112 when it gets worse
        return NIET_BELLEN_ACUUT
    if need in (NIET_GEHOORD, GEEN_HULPLIJN) and refuses_help_lines(text) and _NOT_HEARD.search(_norm(text)):
        return "utter_crisis_niet_gehoord_nummers"  # "stop met die nummers. je luistert ook niet"
    if (need, line) in _AFTER_CRISIS:
        return _AFTER_CRISIS[(need, line)]
    if asks_who_now(text):
        return "utter_crisis_wie_nu"
    if soort in ("seksueel_geweld", GEWELD, BANG_KOMST) and need is None and faces_them_again(text) \
            and (not danger_going_on(text) or not_back_where_he_is(text)):
        return HEM_WEER_ZIEN  # "ik moet hem morgen weer zien op de afdeling" (twelfth stranger test c14)
    if soort != ZELFMOORD and need is None and afraid_going_home(text) and not danger_going_on(text):
        return NAAR_HUIS  # "ik durf straks niet alleen naar huis": not alone, someone walks along
    if soort in (GEWELD, BANG_KOMST, VEILIGHEID, "check", None) and afraid_to_work(text):
        return WERK_VEILIG
    if soort == GEWELD and (after_violence(text) or intent in _AFTERCARE_INTENTS):
        return "utter_crisis_nazorg"
    if line == "csg" and need is None:
        return SEKSUEEL_GEWELD_GEHOORD
    return _CRISIS_ANSWER.get(soort or "", "utter_crisis_algemeen")


# "oke", "ok", "goed", "ja", "prima", "is goed", "oke dank je" right after a crisis answer (seventh
# stranger test c06: "oke" got the opening question "Waarmee kan ik je helpen?"): a short warm reply
# that keeps the door and the help open, not the start menu.
_ACKNOWLEDGES = linear(
    r"(?:(?:ja|jaa+|jawel|jep|ok|oke+|okay|okee+|oki|goed|is goed|prima|top|helder|duidelijk|snap ik|"
    r"begrepen|dank je|dankje|dankjewel|bedankt|thanks|ok[eé]?)[ ,.!]*){1,3}",
    name="crisis.oke")


_BARE_YES = linear(r"(?:ja+|jawel|jep|yes|ja echt|ja nu|ja ik ben in gevaar|ja help)[ ,.!]*", name="crisis.kaal_ja")


_WHAT_NOW_ASKED = linear(r"\bwat (?:moet|kan|doe|moeten|kunnen) (?:ik|we)\b|\bhelp\b|\bwat nu\b",
                        name="crisis.wat_nu_gevraagd")


def fear_after_denial(text: object) -> bool:
    """After "ik wil niet dood" / "ik denk niet aan zelfmoord": a fear that asks for safety advice
    (he comes, he is there now, or "ik ben bang voor HEM. wat moet ik doen", fifteenth stranger test
    c23), not a fear only told ("ik ben bang voor die bewoner", fourth c14: listened to)."""
    norm = _norm(text)
    return fears_coming(norm) or besieged_in_fear(norm) or (
        afraid_of_someone(norm) and bool(_WHAT_NOW_ASKED.search(norm)))


def says_yes(text: object) -> bool:
    """A bare yes ("ja", "jawel!"), not "oke" or "dank je": after "Ben je nu in gevaar?", danger."""
    raw = str(text or "")
    return len(raw) <= 40 and bool(_BARE_YES.fullmatch(normalise(raw).strip()))


_UNSURE = linear(
    r"(?:ik )?(?:weet (?:het |t |ik )?(?:niet|nie|ni)|weet niet|kweenie|k weet het niet|geen idee|misschien|"
    r"soms|een beetje|beetje|af en toe|kan zijn|dat weet ik niet|ik twijfel|twijfel|i don'?t know|i dont know|"
    r"maybe|sometimes)"
    r"(?: (?:zo|goed|eigenlijk|echt|meer|wel|hoor|ofzo|of zo))*(?: (?:ja|nee))?[ .!?]*",
    name="crisis.onzeker_antwoord")


_UNSURE_FIRST = linear(
    r"^(?:hmm+ |uhm* |nou |tja )?(?:ik )?(?:weet (?:het |t |ik )?(?:niet|nie|ni)|weet niet|kweenie|geen idee|misschien|"
    r"soms(?: wel)?|een beetje|af en toe|ik twijfel|i don'?t know|i dont know|maybe|sometimes)"
    # not "ik weet niet of ik dit moet vertellen": the unsure word ends its clause
    r"(?:\s*[.,!?;]|\s*$| (?:hoor|echt|zo|eigenlijk|ja|nee|denk|soms|maar|wel|meer|misschien)\b)",
    name="crisis.onzeker_eerst")


def unsure_answer(text: object) -> bool:
    """An unsure answer ("ik weet het niet", "misschien", "soms", also "weet niet.. soms wel denk ik.
    maar ik ga het niet echt doen hoor": sixteenth stranger recheck c01): to "denk je erover om er
    niet meer te zijn?" not a no."""
    raw = str(text or "")
    norm = normalise(raw[:300]).strip()
    return (len(raw) <= 40 and bool(_UNSURE.fullmatch(norm))) or (len(raw) <= 160 and bool(_UNSURE_FIRST.search(norm)))


_FIRST_SENTENCE = linear(r"^[^.!?\n]{1,120}", name="crisis.eerste_zin")


def yes_to_check(text: object) -> bool:
    """The answer to the gentle check's "denk je erover om er niet meer te zijn?" opens with a yes
    or a doubt and goes on about something else: "ja soms wel eerlijk gezegd. kan ik niet eerder
    iemand spreken dan maandag" (seventeenth stranger recheck c03, read as a request to book: it
    got Monday's times again). Not "ja hoor, het gaat prima" (it goes fine)."""
    found = _FIRST_SENTENCE.search(_norm(text, 500))
    first = found.group(0).strip() if found else ""
    if not first or resume.says_fine(first):
        return False
    return resume.leading_answer(first + ".") == resume.BEVESTIGEN or unsure_answer(first)


def acknowledges(text: object) -> bool:
    """True for a short acknowledgement only ("oke", "ja goed", "ok dank je")."""
    raw = str(text or "")
    return len(raw) <= 40 and bool(_ACKNOWLEDGES.fullmatch(normalise(raw).strip()))


# After a crisis answer, the person takes it back: "nee sorry dat was overdreven, ik bedoel dat ik
# doodmoe ben", "ik heb echt geen 113 nodig", "grapje", "niet letterlijk" (sixth stranger test
# c11: every later message got the 113 answer again, also "stop").
_TAKES_BACK = linear(
    r"\b(?:was|is) (?:wat |een beetje |echt )?overdreven\b|\bik overdreef\b|\bniet letterlijk\b|"
    r"\bniet zo bedoeld\b|\bzo bedoel(?:de)? ik (?:het )?niet\b|\bbij wijze van spreken\b|"
    r"\b(?:was|is) (?:maar )?(?:een )?grapje\b|"
    r"\bik bedoel(?:de)? (?:\w+ ){0,3}(?:dood|hondsdood|kapot|bek)moe\b|"
    r"\b(?:heb|hoef)\b.{0,12}\bgeen (?:113|112|hulplijn|crisislijn|zelfmoordpreventie)\b|"
    r"\bgeen (?:113|hulplijn) nodig\b|\bik wil niet (?:echt |écht )?dood\b|\bik ben niet suicidaal\b|"
    r"\bdon'?t need 113\b|\bnot literally\b|\bjust kidding\b|"
    # "ik zei toch nee. ik wil het over mijn werk hebben" (round 21 C c02: the 113 block twice after a no)
    r"\bik zei (?:toch |al |net |het )?(?:nee|niet zo erg|dat het niet zo erg is)\b|"
    r"\bik wil (?:het )?(?:gewoon |liever )?over (?:mijn|m'n|mn|het|m'n) werk (?:hebben|praten)\b|"
    # "nee joh rustig, ik zei toch grapje. ik ga me niks aandoen. overdreven reactie" (twenty-fifth
    # stranger test C c01: the 113 block again)
    r"\bik zei (?:toch |al |net |het )?(?:\w+ )?grapje\b|\b(?:ik ga|ga ik) (?:me|mij|mezelf) (?:niks|niets) aandoen\b"
    r"|\boverdreven reactie\b|\bik ben niet suicidaal\b|\bniet suicidaal\b|\bnot suicidal\b"
    # "Pardon? Ik denk dat u mij verkeerd begrijpt. Ik bedoel: zonder dat mijn positie ... schade oploopt", "Ik
    # ben niet in gevaar en ik heb geen sombere gedachten", "Nu krijg ik wéér die hulplijn" (round 31 C c10: the
    # 113 block three times)
    r"|\b(?:u|je|jij) (?:begrijpt|begrijp|snapt|snap|leest|lees) (?:mij|me) (?:\w+ )?verkeerd\b|\bverkeerd begrepen\b"
    r"|\b(?:u|je|jij) (?:mij|me) (?:\w+ )?verkeerd (?:begrijpt|begrijp|snapt|leest|hebt begrepen)\b"
    r"|\b(?:heb|had) (?:helemaal |echt )?geen (?:sombere|donkere|zwarte|zelfmoord)\s?gedachte"
    # "zeg ik toch niet. ik zei NIET. ik bel niemand" (round 31 recheck B c05: the 113 block again)
    r"|\bik zei (?:toch |al |net )?(?:niet|nie)\b|\bzeg ik (?:toch |helemaal )?(?:niet|nie)\b"
    r"|\bik ben (?:helemaal |echt )?(?:niet|nie) in gevaar\b|\bkrijg ik (?:weer|wéér|alweer|opnieuw) (?:die|dat|de) "
    r"(?:hulplijn|nummer|113)",
    name="crisis.teruggenomen",
)


def takes_back(text: object) -> bool:
    """True when a message right after a crisis answer takes the alarm back (an exaggeration, a
    figure of speech, "geen 113 nodig"). The caller also checks the message holds no crisis sign
    of its own."""
    return _found(_TAKES_BACK, text, 2000)


# --- the help line for someone to talk to now, after hours (utter_niemand_bereikbaar) ---------------
LUISTERLIJN, ZELFMOORDPREVENTIE, SEKSUEEL_GEWELD_LIJN = "luisterlijn", "zelfmoordpreventie", "seksueel_geweld"
GEEN_LIJN = "geen"  # the person refused the help lines: none is offered with the hours


_NOT_SUICIDE_DETAILS = frozenset({"lichaam", "verkeer"})  # acuut for the body in danger, a drunk driver


def line_for_now(kinds_seen: set[str], details_seen: set[str] = frozenset()) -> str:
    """The line to offer for talking now, from the crisis kinds (slot crisis_soort) and details
    (crisis_detail) this conversation had: 113 after suicidal thoughts or self-harm, the Centrum
    Seksueel Geweld after sexual violence, De Luisterlijn otherwise (twenty-fourth stranger test C
    c01, c04)."""
    if ZELFMOORD in kinds_seen or (ACUUT in kinds_seen and not details_seen & _NOT_SUICIDE_DETAILS):
        return ZELFMOORDPREVENTIE
    if "seksueel_geweld" in kinds_seen:
        return SEKSUEEL_GEWELD_LIJN
    return LUISTERLIJN
