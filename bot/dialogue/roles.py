"""Who is asking, and the question that only their role answers (issue 10, sixth stranger test:
c07, c09, c16, c17, c25, c28, c30).

Follow-up questions like "moet ik hem aangeven?", "mag ik ingrijpen zonder haar toestemming?",
"krijgt HR een overzicht van de afspraken?", "kan de VP uitzoeken wie het zei?" or "advocaat ja
of nee?" went to a generic fallback or to an FAQ answer for another role. Here:

- ``said_role``: the role a person says they have ("ik ben haar leidinggevende", "ik ben
  HR-adviseur", "ik word beschuldigd"), so the bot follows what they say about themselves;
- ``question``: which of five role questions a message asks (a dilemma about acting, seeing
  who made appointments, finding out who said it, legal advice, no answer from the counsellor to
  a mail or call), or None;
- ``answer``: the response for that question, from the person's role and the kind of matter.

Deliberately narrow cues: a message that asks none of these keeps the classifier's answer. Pure:
no Rasa. Linear in the text, which is capped first."""

from __future__ import annotations

from bot.dialogue.perspective import happens_to_me
from bot.patterns import linear
from bot.text import normalise

MAX_CHARS = 2000
# A follow-up question is short; a longer message is a story (with a question at the end), and
# the situation in it is recognised first.
MAX_WORDS = 35

# roles (values of the slot `rol`; zelf and getuige are bot.dialogue.perspective's)
ZELF = "zelf"
GETUIGE = "getuige"
LEIDINGGEVENDE = "leidinggevende"
HR = "hr"
BESCHULDIGD = "beschuldigd"

# roles a person gives themselves that witness wording in a later story does not replace
OWN_ROLES = (LEIDINGGEVENDE, HR, BESCHULDIGD)

# kinds of question
DILEMMA = "dilemma"  # "moet ik het melden?", "mag ik ingrijpen?", "wat moet ik daarmee?"
INZAGE = "inzage"  # "kan ik zien wie er afspraken heeft gemaakt?", "krijgt HR een overzicht?"
UITZOEKEN = "uitzoeken"  # "kan de VP uitzoeken wie het zei?"
JURIDISCH = "juridisch"  # "moet ik een advocaat nemen?", "waar krijg ik juridisch advies?"
GEEN_REACTIE = "geen_reactie"  # "ik heb de vp al 3x gemaild en krijg geen antwoord" (c27)
# "gaat de vertrouwenspersoon dit dan uitzoeken?", "doet de vp zelf onderzoek naar wat er waar is?"
# (nineteenth stranger test A c01: the list of outside matters, then "Nee, niet zonder jouw
# toestemming", as if the counsellor investigates with consent): no, the counsellor does not
# investigate; a suspicion is enough to ask advice; an investigation only after a formal report
ONDERZOEK = "onderzoek"
# "mag hij dat?", "is dat toegestaan?", "moet ik die klusjes blijven doen?" (seventh stranger test c26, c09)
TOEGESTAAN = "toegestaan"
# "is het wel legaal als ik niks doe?", "mag ik het stilhouden?" (tenth stranger test c07: a manager
# asked to keep a complaint secret got the discrimination text, then "zelf aanspreken")
STILHOUDEN = "stilhouden"
# "mag ik haar naam aan de vertrouwenspersoon doorgeven zodat die contact met haar opneemt?" (twelfth
# stranger test c08: a manager got "De vertrouwenspersoon doet niets zonder jouw toestemming", read as
# permission): only with her consent; better, she gets the counsellor's details and chooses herself
DOORGEVEN = "doorgeven"
# "mag ik de naam van de melder aan de directeur geven?" (round 28 A c02): only with her consent, whoever asks
NAAM_MELDER = "naam_melder"
# "kan ik haar vragen de klacht in te trekken?", "ik ga het team vertellen dat ze valse klachten indient"
# (nineteenth stranger test: an accused manager got the formal complaint text, then "Bedoel je:
# intimidatie?"): pressure on the one who complained; better not, and why
DRUK = "druk"

INTEGRITEIT = "integriteit"
# "kan ik hierdoor ontslagen worden?", "raak ik mijn baan kwijt?": the answer depends on who asks (the one
# accused: a complaint is no verdict; who reports or complains: protection against disadvantage)
ONTSLAG = "ontslag"

MANAGER_WORDS = (r"(?:leidinggevende|manager|teamleider|teamleidster|teamcoach|chef|afdelingshoofd|"
                  r"afdelingsmanager|supervisor|voorman|ploegleider|ploegbaas|bedrijfsleider|filiaalmanager|"
                  r"locatiemanager|baas)")
# "ik ben (haar) leidinggevende", "als leidinggevende", "ik geef leiding aan": no "geen" between
_MANAGER = linear(
    rf"\bik ben (?:(?:zelf|hier|nu|de|een|haar|zijn|hun|hem|daar|er|dus|juist|wel) ){{0,3}}{MANAGER_WORDS}\b"
    rf"|\bals (?:(?:haar|zijn|hun|de|een) )?{MANAGER_WORDS}\b"
    r"|\bik geef leiding\b|\bik ben leidinggevend\b",
    name="roles.leidinggevende",
)
_HR = linear(
    r"\bik (?:ben|werk|zit) (?:(?:zelf|hier|nu|de|een|bij|op|van|voor|als|dus) ){0,3}"
    r"(?:hr|hrm|p&o|p en o|personeelszaken|personeelsadviseur|hr-\w+)\b"
    r"|\bhr[- ](?:adviseur|adviseuse|medewerker|medewerkster|manager|business partner|afdeling)\b"
    r"|\b(?:ik )?als hr(?:-\w+)?\b|\bwij van hr\b|\bik van hr\b",
    name="roles.hr",
)
_ACCUSED = linear(
    r"\b(?:ik (?:ben|word|werd)|ben ik|word ik|werd ik) (?:(?:zelf|nu|er|ervan|daarvan|gisteren|vals|onterecht) ){0,3}"
    r"(?:beschuldigd|aangeklaagd|aangegeven|zwartgemaakt)\b"
    # "ik ben de BESCHULDIGDE" (eighteenth stranger test c02: "Je stelt je niet aan")
    r"|\bik ben (?:hier |dus |juist |nou )?(?:de|degene die) "
    r"(?:beschuldigde|aangeklaagde|beklaagde|beschuldigd wordt)\b"
    r"|\b(?:klacht|melding|beschuldiging|aanklacht)\w* (?:\w+ ){0,2}(?:over|tegen) (?:mij|me)\b",
    name="roles.beschuldigd",
)
# Told by the person complained about in other words (ninth stranger test c11): "een collega heeft
# me beschuldigd van ...", "ze beschuldigt mij", "ze zegt dat ik haar heb betast", "ik ben degene over
# wie geklaagd is". What someone says the writer did is an accusation only with a misdeed named:
# "mijn collega zegt dat ik het moet melden" is none.
_MISDEED = (r"(?:lastig ?gevallen|lastiggevallen|betast|aangeraakt|aangerand|gepest|geintimideerd|"
            r"bedreigd|uitgescholden|gediscrimineerd|geslagen|geduwd|geknuffeld|gezoend|gekust|"
            r"nageroepen|nagestaard|gestalkt|achtervolgd|vernederd|misbruikt|gestolen|weggenomen|gefraudeerd|"
            r"gesjoemeld|intimideer|pest|intimideerde|pestte|versierd|lastigval|lastigvalt)")
_ACCUSED_BY_OTHERS = linear(
    r"\b(?:heeft|hebben|had|hadden) (?:me|mij) (?:\w+ ){0,3}?(?:beschuldigd|aangeklaagd)\b"
    # "heeft me aangegeven bij hr", not "heeft me aangegeven dat ze ..." (told me: a manager, c10)
    r"|\b(?:heeft|hebben|had|hadden) (?:me|mij) (?:\w+ ){0,3}?(?:aangegeven|gemeld) ?(?:bij|voor|wegens|vanwege|om|"
    r"[.,!?]|$)"
    r"|\b(?:beschuldigt|beschuldigen|beschuldigde|beschuldigden|beticht|betichten|betichtte) (?:me|mij)\b"
    r"|\bik ben (?:(?:zelf|nu|dus) )?(?:degene|diegene|die|de persoon|de collega|de man|de vrouw) "
    r"(?:over|tegen) wie\b"
    r"|\b(?:de|die|een|deze|dat) (?:klacht|melding|beschuldiging|aanklacht)\w* (?:\w+ ){0,2}(?:gaat|ging|is|was) "
    r"(?:over|tegen) (?:mij|me)\b"
    # "Ik ben de persoon waar de klacht over is", "I am the one they complain about" (round 34 B c09: the victim's
    # advice, "it is not your fault")
    r"|\bik ben (?:(?:zelf|nu|dus) )?(?:degene|diegene|die|de persoon|de collega|de man|de vrouw) (?:waar|waarover) "
    r"(?:\w+ ){0,3}(?:klacht|melding|beschuldiging)\w*\b"
    r"|\bi(?: am|'m| m) the (?:one|person|guy|man|woman) (?:they|she|he|people) (?:\w+ )?"
    r"(?:complain|complained|accuse)",
    name="roles.beschuldigd_door_ander")
_SAYS_I_DID = linear(
    r"\b(?:zegt|zeggen|zei|zeiden|beweert|beweren|beweerde|vindt|vinden|vond|voelt|klaagt|klagen|klaagde|vertelt|"
    rf"vertelde|meldt|meldde) (?:\w+ ){{0,2}}?dat ik (?:\w+ ){{0,5}}?{_MISDEED}\b",
    name="roles.zegt_dat_ik_deed")
# "zegt dat ik gepest word": what happened to the writer, not what they did
_PASSIVE = linear(r"\bdat ik (?:\w+ ){0,3}(?:word|werd|wordt|ben ge\w+|ben be\w+)\b", name="roles.lijdend")
_WITNESS = linear(r"\bik (?:ben|was) (?:(?:de|een|zelf|alleen) ){0,2}getuige\b", name="roles.getuige")


def _accused(norm: str) -> bool:
    return bool(_ACCUSED.search(norm) or _ACCUSED_BY_OTHERS.search(norm)
                or (_SAYS_I_DID.search(norm) and not _PASSIVE.search(norm)))


def said_role(text: object) -> str | None:
    """The role the writer gives themselves in ``text``: leidinggevende, hr, beschuldigd or
    getuige; None when they say none ("ik ben geen leidinggevende" says none)."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if not norm or norm.startswith("/"):
        return None
    if _accused(norm):
        return BESCHULDIGD
    if _HR.search(norm):
        return HR
    if _MANAGER.search(norm):
        return LEIDINGGEVENDE
    if _WITNESS.search(norm):
        return GETUIGE
    return None


_NOT_MANAGER = linear(
    rf"\bik ben (?:(?:zelf|dus|helemaal|echt|toch|hier|juist) ){{0,2}}(?:geen|niet (?:de|een|zijn|haar|hun)?) ?"
    rf"{MANAGER_WORDS}\b|\bik geef (?:zelf )?geen leiding\b",
    name="roles.geen_leidinggevende")
_NOT_HR = linear(r"\bik (?:ben|werk|zit) (?:(?:zelf|dus|helemaal|echt|toch) ){0,2}(?:geen|niet (?:bij|van|op)?) ?"
                 r"(?:hr|hrm|p&o|personeelszaken)\b", name="roles.geen_hr")


# Intents that read a role from a message (the rules run action_bepaal_rol for them).
_READ_AS = {"ben_beschuldigd": BESCHULDIGD, "ben_zelf_betrokken": ZELF, "ben_getuige": GETUIGE}


def keeps_given_role(before: object, read: str | None, text: object) -> bool:
    """Whether the role given before (``before``) stays when a message is read as role ``read``
    (by its intent or its perspective) and says no role itself: a manager, HR or the accused keep
    theirs (a manager who heard a complaint is never the accused unless he says so, ninth
    stranger test c10); a witness stays a witness unless they say it happens to them ("het
    gebeurt ook met mij"; c09: the witness got "Het gaat om jou")."""
    if read is None or read == before or said_role(text) is not None:
        return False
    if before in OWN_ROLES:
        return True
    return before == GETUIGE and read == ZELF and not happens_to_me(str(text or "")[:MAX_CHARS])


def kept_role(intent: object, before: object, text: object) -> str | None:
    """For a message whose intent reads a role (ben_beschuldigd, ben_zelf_betrokken, ben_getuige):
    the role it leaves the person with when that is not the intent's own: the one given before
    (``keeps_given_role``) or the one said in it; None when the intent's role (or, for ben_getuige,
    the witness check) decides."""
    read = _READ_AS.get(str(intent or ""))
    if read is None:
        return None
    said = said_role(text)
    if said is not None and said != read:
        return said
    return before if isinstance(before, str) and keeps_given_role(before, read, text) else None


# The writer's own manager as the one it is about ("sindsdien doet mijn leidinggevende kortaf"), or
# someone else's ("mag ik haar teamleider of de arts inlichten?", seventeenth stranger recheck c08:
# "Bedoel je: je bent leidinggevende?"), and nothing that says the writer leads a team or heard a
# complaint from someone in it.
_OWN_MANAGER = linear(rf"\b(?:mijn|m'n|mn|onze|ons|haar|zijn|z'n|zn|hun|der) {MANAGER_WORDS}\b",
                      name="roles.eigen_leidinggevende")
_LEADS_A_TEAM = linear(
    r"\b(?:mijn|m'n|mn) (?:medewerker|medewerkers|medewerkster|werknemer|werknemers|teamlid|teamleden|"
    r"ondergeschikte\w*)\b|\b(?:in|uit|van) (?:mijn|m'n|mn) (?:team|afdeling|ploeg|groep)\b|"
    r"\b(?:een|die) (?:medewerker|medewerkster|werknemer) (?:van mij|kwam|heeft (?:bij )?(?:me|mij))\b|"
    r"\bbij (?:me|mij) (?:gemeld|geklaagd|aangeklopt|gekomen)\b|"
    r"\bkwam (?:bij )?(?:me|mij) (?:vertellen|melden|zeggen)\b",
    name="roles.leidt_een_team")


def not_a_manager(text: object) -> bool:
    """Whether the writer is no manager: says so ("ik ben geen leidinggevende"), or tells of their
    own manager (or someone else's) without a sign of leading a team (sixteenth stranger test c22: "sindsdien doet mijn
    leidinggevende kortaf ... Kan de vertrouwenspersoon met hem praten?" got the manager's advice,
    twice)."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if _NOT_MANAGER.search(norm):
        return True
    return bool(_OWN_MANAGER.search(norm)) and not _MANAGER.search(norm) and not _LEADS_A_TEAM.search(norm)


def denied_role(text: object) -> str | None:
    """The role the writer says they do not have ("nee ik ben geen leidinggevende": LEIDINGGEVENDE,
    "ik werk niet bij HR": HR), or None (seventh stranger test c05: taken for a manager, "nee ik ben
    geen leidinggevende" changed nothing)."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if not norm or norm.startswith("/"):
        return None
    if _NOT_MANAGER.search(norm):
        return LEIDINGGEVENDE
    return HR if _NOT_HR.search(norm) else None


# A question about the counsellor or the booking itself has its own answer (FAQ): "mag ik het
# anoniem melden?", "moet ik iets betalen?", "mag ik iemand meenemen?", "moet ik het eerst met
# de vp bespreken?", "is de vp een advocaat?".
_OWN_ANSWER = linear(
    r"\b(?:vertrouwenspersoon|vertrouwenspersonen|vp|vpi|vpoo|anoniem\w*|naam|betalen|kosten|kost|meenemen|"
    r"bewijs|afspraak|afspraken|chat|bot|extern\w*|intern|beschermd|bescherming|klokkenluider\w*|aangifte|politie)\b",
    name="roles.eigen_antwoord",
)
# ("zelf aanspreken" is not among them: utter_faq/zelf_aanspreken answers it, power difference and all)
_ACT = (r"(?:melden|aanmelden|aangeven|aanklagen|ingrijpen|optreden|bespreken|praten|zeggen|"
        r"vertellen|doorgeven|rapporteren|respecteren|negeren|laten (?:gaan|rusten|zitten)|"
        r"(?:er |daar |hier )?(?:iets|wat|niks|niets) (?:mee|aan|mee doen|aan doen|doen|zeggen|ondernemen)|"
        r"actie ondernemen|stappen zetten|aan de bel trekken|inschakelen|erbij halen)")
# Who calls whom for the appointment (twenty-fourth stranger test A c07: "belt ruud MIJ ... of moet ik
# hem bellen" got the advice on addressing the other person): a question the FAQ answers
_WHO_CALLS = linear(
    r"\bbelt (?:\w+ ){1,3}(?:mij|me)\b[^?]{0,30}\bof (?:moet |moeten |bel |zal |kan )?(?:ik|wij|we)\b"
    r"|\b(?:moet|bel|zal) ik (?:\w+ )?(?:zelf )?(?:bellen|opbellen)? ?of belt (?:\w+ ){1,3}(?:mij|me)\b",
    name="roles.wie_belt")
_DILEMMA = linear(
    rf"\b(?:moet|mag|zal|moeten|mogen|hoor|hoef) ik\b.{{0,60}}?\b{_ACT}\b"
    rf"|\bof ik (?:\w+ ){{0,3}}(?:moet|mag|zal|hoef) (?:\w+ ){{0,6}}?{_ACT}\b"
    r"|\bwat (?:moet|kan|zal) ik (?:\w+ ){0,2}(?:daarmee|hiermee|ermee|daar mee|hier mee)\b"
    r"|\bwat moet ik (?:daar|hier|er) (?:\w+ ){0,2}mee\b",
    name="roles.dilemma",
)
_SEE = linear(
    r"\b(?:zien|inzien|inzage|in te zien|opvragen|bekijken|overzicht|overzichten|lijst|lijstje|rapportage)\b",
    name="roles.inzien")
_WHOSE = linear(
    r"\bwie (?:er )?(?:\w+ ){0,3}afspra\w*|\b(?:de|alle|die|welke) afspraken\b|\bnamen\b|\boverzicht\w*\b"
    r"|\blijst\w*\b",
    name="roles.wiens_afspraken")
# whose appointments: "afspraken", or who would see them ("hr", "de directie")
_ABOUT_APPOINTMENTS = linear(r"\bafspra\w*|\b(?:hr|hrm|p&o|personeelszaken|directie|management|werkgever)\b",
                             name="roles.over_afspraken")
_FIND_OUT = linear(
    r"\b(?:uitzoeken|uitvinden|achterhalen|onderzoeken|nagaan|navragen|erachter komen|uit te zoeken)\b"
    # "kan de vertrouwenspersoon me vertellen wie de klacht heeft ingediend?" (twelfth stranger test c10)
    r"|\b(?:vp|vertrouwenspersoon|jij|je|u|ze|zij|hr|die)\b(?: \w+){0,2} (?:vertellen|zeggen|verklappen|laten weten|"
    r"doorgeven)\b(?: \w+){0,2} wie\b",
    name="roles.uitzoeken")
_VP_INVESTIGATES = linear(
    r"\b(?:vp|vpi|vpoo|vertrouwenspersoon|vertrouwenspersonen|vertrouwens persoon)\b(?: [\w']+){0,5} "
    r"(?:onderzoek|onderzoeken|onderzoekt|uitzoeken|uitzoekt|uit te zoeken|natrekken|nagaan|uitpluizen|"
    r"controleren|checken)\b|"
    r"\b(?:onderzoekt|zoekt|controleert|checkt) (?:de |die |jullie |een )?(?:vp|vertrouwenspersoon)\b",
    name="roles.vp_onderzoekt")
_WHO_SAID = linear(
    r"\bwie (?:het|dat|dit|er|mij|me)? ?(?:\w+ ){0,3}(?:gezegd|gemeld|gedaan|geklaagd|ingediend|beschuldigd|"
    r"aangegeven|zei|zegt|was)\b|\bwat (?:er )?precies\b|\bweten wie\b",
    name="roles.wie_zei_het")
# Mailed or called the counsellor and heard nothing back (c27: got the privacy answer, then
# "write down what happened").
_CONTACTED = linear(r"\b(?:ge)?(?:mail\w*|beld|bel|belt|app\w*|ingesproken|voicemail|berichtje\w*|berichten)\b",
                    name="roles.contact_gezocht")
_NO_REPLY = linear(
    r"\bgeen (?:\w+ )?(?:antwoord|reactie|bericht terug)\b|\breageren? (?:\w+ ){0,3}(?:niet|nooit)\b"
    r"|\b(?:nooit|niks|niets|nog steeds niks|nog steeds niets) (?:\w+ ){0,2}(?:terug|gehoord|antwoord|reactie)\b"
    r"|\bhoor (?:\w+ )?(?:niks|niets)\b|\bniet (?:\w+ )?(?:terug(?:gebeld|gemaild)|beantwoord)\b",
    name="roles.geen_reactie")
_LEGAL = linear(
    r"\b(?:advocaat|advocaten|jurist|juristen|juridisch\w*|rechtsbijstand|rechtshulp|raadsman|rechtsbijstandverzekering"
    # "moet ik naar de rechter?" (seventh stranger test c26)
    r"|rechter|rechtbank|rechtszaak|rechtszaken|kantonrechter|procederen)\b",
    name="roles.juridisch")
# Whether what the other did is allowed (seventh stranger test: c26 "mag hij dat gewoon doen??" got a
# medical answer, "hij duwde me ook, mag dat?" got "Dat beslis jij"; c09 "Mag hij dat eigenlijk
# vragen? En moet ik dat doen?" got the tips on writing things down). About someone else ("mag hij",
# "mag mijn baas", "mag dat"), never "mag ik" (a dilemma); "is het normaal dat ik ..." is no such question.
_ALLOWED_VERBS = (r"(?:dat|dit|zomaar|eigenlijk|zoiets|zeggen|vragen|doen|eisen|maken|behandelen|noemen|"
                  r"aanraken|aanzitten|duwen|slaan|schoppen|uitschelden|dreigen|weigeren|afwijzen|verbieden)")
_ALLOWED = linear(
    rf"\bmag (?:ze|hij|zij|die|men|mijn \w+|de \w+|je \w+|een \w+|zo'?n \w+)\b(?: \w+){{0,2}} {_ALLOWED_VERBS}\b"
    # "dus mag het of niet?" (eighth stranger test c28: the intake restarted)
    r"|\bmag (?:dat|dit|zoiets|het)(?: (?:eigenlijk|wel|zomaar|gewoon|nou|dan|echt|allemaal|of niet)){0,2}"
    r"(?:\s*[?,.!]|$)"
    r"|\bmogen (?:ze|zij|die|hun|jullie) (?:dat|dit|zoiets|zomaar|gewoon|me|mij)\b"
    r"|\b(?:kan|kunnen) (?:dat|dit|hij|zij|ze|die)(?: \w+)? (?:zomaar|gewoon zomaar|ongestraft)\b"
    r"|\bis (?:dat|dit|zoiets|zo'?n \w+)(?: \w+){0,2} (?:normaal|toegestaan|legaal|wettelijk|verboden|strafbaar|"
    r"de bedoeling|ok|oke|okay|in orde|wel goed)\b"
    r"|\bmoet ik (?:dat|dit|die|deze|zulke|zoiets|zo'?n|dat soort)(?: \w+){0,2} (?:(?:blijven|gewoon|echt|nou) )?"
    r"(?:doen|pikken|accepteren|slikken|goedvinden|toelaten|laten gebeuren)\b",
    name="roles.mag_dat")


# Going to the other person oneself: "mag ik gewoon naar haar toe om het uit te praten?", "kan ik
# contact met haar opnemen?", "zal ik hem een appje sturen dat het niet zo bedoeld was?", "moet ik
# sorry gaan zeggen?" (ninth stranger test c11). Asked as a question, it is a dilemma; from the
# person a complaint is about it has an answer of its own (ACCUSED_CONTACT).
_OTHER = (r"(?:haar|hem|ze|zij|hun|die collega|de collega|mijn collega|die vrouw|die man|die meid|die jongen|"
          r"dat meisje|die medewerker|die medewerkster|die stagiaire?|de melder|degene|diegene)")
_APPROACH = linear(
    rf"\bnaar {_OTHER} (?:\w+ )?toe\b"
    rf"|\b(?:met|bij) {_OTHER} (?:\w+ ){{0,3}}(?:praten|uitpraten|uit te praten|spreken|bespreken|uitspreken|"
    r"uit te spreken|uitleggen|rechtzetten|recht zetten|goedmaken|goed maken)\b"
    r"|\b(?:uitpraten|uit te praten|uitspreken|uit te spreken|bijleggen|bij te leggen|goedmaken|goed te maken|"
    r"rechtzetten|recht te zetten)\b"
    r"|\bcontact (?:\w+ ){0,3}(?:opnemen|op te nemen|zoeken|leggen)\b"
    rf"|\b{_OTHER} (?:\w+ ){{0,3}}(?:appen|bellen|mailen|aanspreken|aanspreek|confronteren|confronteer|"
    r"aan te spreken|opzoeken|op te zoeken|opbellen|"
    r"benaderen|te benaderen|schrijven|sturen|te sturen)\b"
    rf"|\b{_OTHER} (?:\w+ ){{0,3}}(?:vertellen|zeggen|uitleggen|laten weten) dat\b"
    rf"|\b(?:tegen|aan) {_OTHER} (?:\w+ ){{0,2}}(?:zeggen|vertellen|uitleggen)\b"
    r"|\b(?:sorry|excuses|excuus|spijt) (?:\w+ ){0,2}(?:zeggen|aanbieden|aan te bieden|maken|betuigen|gaan zeggen)\b"
    rf"|\b(?:excuses|excuus|sorry) (?:aan|tegen) {_OTHER}\b",
    name="roles.naar_de_ander")
_APPROACH_ASKED = linear(
    r"\?|\b(?:mag|kan|kun|moet|zal|zou|hoef|mogen|moeten) ik\b|\bkan (?:dat|het)\b"
    r"|\bis (?:het|dat) (?:\w+ )?(?:slim|verstandig|goed|ok|oke|handig|een goed idee|erg|toegestaan)\b",
    name="roles.naar_de_ander_gevraagd")


# Keeping it quiet or doing nothing, asked as a question about one's own step: "is het wel legaal
# als ik niks doe?", "mag ik het van mijn werkgever stilhouden?", "is het erg als ik er niets mee doe?"
_QUIET = linear(
    r"\b(?:(?:mag|kan|moet|hoef|mogen|kun|zou|zal) (?:ik|we|wij)|(?:ik|we|wij) (?:mag|kan|moet|hoef|mogen|kun)) "
    r"(?:\w+ ){0,5}"
    r"(?:stilhouden|stil houden|stil te houden|stilgehouden|geheimhouden|geheim houden|geheim te houden|"
    r"geheimgehouden|voor me houden|voor mezelf houden|voor mij houden|onder de pet houden|binnenskamers houden|"
    r"onder me houden)\b"
    r"|\bals ik (?:er |daar |hier |het |dat )?(?:\w+ ){0,2}(?:niks|niets|geen actie|geen stappen) "
    r"(?:mee |aan |over )?(?:doe|doen|zeg|onderneem|ondernemen|zet)\b"
    r"|\b(?:mag|kan|moet|hoef) ik (?:er |daar |het |dit |dat )?(?:\w+ ){0,2}(?:niks|niets) (?:mee |aan )?"
    r"(?:doen|mee doen)\b"
    # "ben ik als hr verplicht om dit te melden bij de directie als de mw dat niet wil?" (round 31 A c02: "Nee, niet
    # zonder jouw toestemming", the counsellor's answer): whether one must pass it on, as a manager or HR
    r"|\b(?:ben ik|zijn wij|zijn we|is hr|ik ben|moet ik|moeten wij|moeten we)\b (?:\w+ ){0,3}"
    r"(?:verplicht|gehouden)\w* "
    r"(?:om )?(?:\w+ ){0,5}(?:te melden|te rapporteren|door te geven|door te zetten|in te grijpen|te handelen"
    r"|actie te ondernemen|op te pakken)\b",
    name="roles.stilhouden")
_PASS_NAME = linear(
    r"\b(?:haar|zijn|z'n|hun|d'r|iemands|die d'r) (?:naam|nummer|telefoonnummer|gegevens|mailadres|e-mailadres|"
    r"contactgegevens)\b(?: \w+){0,6} (?:doorgeven|doorsturen|geven|sturen|noemen|melden)\b"
    r"|\b(?:kan|mag|kun|wil|moet|zal)\b(?: \w+){0,2} (?:de )?(?:vp|vertrouwenspersoon)\b(?: \w+){0,1} "
    r"(?:haar|hem|hen|die collega|mijn medewerker|mijn medewerkster|mijn collega|de collega)\b(?: \w+){0,2} "
    r"(?:contact (?:met|op)|bellen|mailen|benaderen|opzoeken|aanspreken)\b",
    name="roles.naam_doorgeven")
# "mag ik de naam van de melder aan de directeur geven zonder dat zij dat weet?" from HR (round 28 A c02:
# "Ja, dat kan.", twice): the name of the one who told, passed on to someone
_PASS_REPORTER_NAME = linear(
    r"\bnaam van (?:de |die |mijn |het |onze )?(?:melder|melders|klager|slachtoffer|medewerk\w*|collega|stagiair\w*"
    r"|vrouw|man|meisje|jongen)\b(?: \w+){0,6} (?:doorgeven|doorsturen|geven|sturen|noemen|melden|vertellen"
    r"|zeggen)\b|\b(?:(?:mag|moet|kan) ik|ik (?:mag|moet|kan)) (?:\w+ ){0,3}(?:de|die|haar|zijn) naam (?:\w+ ){0,5}"
    r"(?:doorgeven|geven|noemen|vertellen|zeggen)\b",
    name="roles.naam_melder_doorgeven")
_SOMEONE_ELSE_CONTACTED = linear(
    r"\b(?:contact|bellen|belt|bel|mailen|mailt|benaderen|benadert|opneemt|opnemen|aanspreekt|opzoekt)\b",
    name="roles.ander_benaderd")
_QUIET_ASKED = linear(r"\?|\b(?:mag|kan|kun|moet|hoef|is|ben) (?:ik|het|dat)\b", name="roles.stilhouden_gevraagd")


# "ja. maar mag dat dan, ik werk hier niet echt" (twelfth stranger test c15: "Nee. Niemand hoeft ...",
# read as whether the behaviour is allowed): the question is whether one may come, not a role question
_DISMISSAL = linear(
    r"\b(?:kan|kun|word|wordt|ga|zou|zal) ik (?:\w+ ){0,3}(?:ontslagen|eruit gegooid|eruit gezet|op straat gezet)\b|"
    r"\b(?:kunnen|mogen|gaan|zullen|kan|mag|gaat|zal) (?:ze|zij|hij|mijn baas|de baas|mijn werkgever|de directie) "
    r"(?:me|mij) (?:\w+ ){0,2}(?:ontslaan|eruit gooien|eruit zetten)\b|"
    r"\b(?:raak|verlies|ben) ik (?:\w+ ){0,3}(?:mijn|m'n|mn) (?:baan|werk|contract|job)(?: \w+)?(?: kwijt)?\b|"
    r"\bkost (?:dit|dat|het) (?:me|mij) (?:mijn|m'n|mn) (?:baan|werk|job)\b",
    name="roles.ontslag")
_NOT_EMPLOYED = linear(
    r"\bik werk hier (?:\w+ )?(?:niet|nie)\b|\bniet (?:bij jullie |hier )?in dienst\b"
    r"|\bik ben (?:hier )?(?:maar |alleen )?(?:ingehuurd|extern|een uitzendkracht|uitzendkracht|zzp'?er|gedetacheerd)\b"
    r"|\bvia (?:een|het|de|mijn) (?:uitzend|schoonmaak|detacherings)\w*",
    name="roles.niet_in_dienst")
_OTHER_ALLOWED = linear(r"\b(?:mag|mogen|kan|kunnen) (?:hij|zij|ze|mijn|de|die|hun|zo'?n)\b", name="roles.mag_de_ander")


# Asking someone else to withdraw their complaint (not one's own: "kan ik mijn klacht intrekken?").
_WITHDRAW_OTHER = linear(
    r"\b(?:haar|hem|ze|zij|hij|de melder|de klager|de klaagster|die collega|mijn medewerker|mijn medewerkster"
    r"|de ander|die vrouw|die man)\b(?: \w+){0,4} (?:de |die |haar |zijn |hun )?(?:klacht|melding|aangifte"
    r"|beschuldiging)\w*(?: \w+){0,2} (?:in te trekken|intrekken|intrekt|terug te trekken|terugtrekken|terugtrekt"
    r"|te laten vallen|laten vallen|laat vallen|laten intrekken)\b"
    r"|\b(?:de|die|haar|zijn|hun) (?:klacht|melding|aangifte|beschuldiging)\w* (?:laten intrekken|in laten trekken"
    r"|laten vallen)\b",
    name="roles.klacht_laten_intrekken")
# The writer telling others that the complaint is false ("ik ga het team vertellen dat ze liegt").
_I_TELL_OTHERS = linear(
    r"\b(?:ik|mag ik|kan ik|moet ik|zal ik|wil ik|ga ik)\b(?: [\w']+){0,6} (?:vertellen|vertel|zeggen|zeg|waarschuwen"
    r"|waarschuw|laten weten|uitleggen|inlichten|mailen|appen)\b", name="roles.ik_vertel_anderen")
_OTHERS = linear(r"\b(?:team|teamleden|collega'?s|afdeling|iedereen|de groep|groepsapp|de anderen|de rest)\b",
                 name="roles.anderen")
_FALSE = linear(r"\b(?:vals\w*|liegt|liegen|loog|gelogen|verzonnen|verzint|onwaar|niet waar|leugens?|niet klopt"
                r"|klopt niet|onzin|gemeen spel)\b", name="roles.vals")


def presses_the_other(text: object) -> bool:
    """Whether ``text`` asks about, or plans, pressure on the one who complained: asking her to
    withdraw the complaint, or telling the team it is false (DRUK)."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if not norm or norm.startswith("/"):
        return False
    return bool(_WITHDRAW_OTHER.search(norm)) or bool(
        _I_TELL_OTHERS.search(norm) and _OTHERS.search(norm) and _FALSE.search(norm))


def accused_approaches(text: object) -> bool:
    """Whether ``text``, from the person a complaint is about, asks about or plans going to the other
    person ("ik ga morgen gewoon naar die jongen toe en vraag hem of hij het was", "is het slim als ik hem
    aanspreek?": round 28 A c04, "seksuele intimidatie?" twice): planned is enough."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    return bool(norm) and not norm.startswith("/") and bool(_APPROACH.search(norm))


def approaches_other(text: object) -> bool:
    """Whether ``text`` asks about going to the other person oneself (talking it out, contacting,
    apologising); see _APPROACH."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    from bot.dialogue.crisis import asks_to_open_door  # "moet ik opendoen?" is no talking it out

    return bool(norm) and not norm.startswith("/") and bool(_APPROACH.search(norm) and _APPROACH_ASKED.search(norm)) \
        and not asks_to_open_door(norm)


def question(text: object) -> str | None:
    """The role question ``text`` asks (DILEMMA, INZAGE, UITZOEKEN, ONDERZOEK, JURIDISCH, GEEN_REACTIE, TOEGESTAAN,
    ONTSLAG),
    or None. A button payload asks none; nor does a question about the counsellor, anonymity, costs
    or the chat itself (the FAQ answers those). The first of ``questions``."""
    asked = questions(text)
    return asked[0] if asked else None


def questions(text: object) -> list[str]:
    """The role questions ``text`` asks, at most two: one of them (see ``question``), or whether
    what happened is allowed (TOEGESTAAN) followed by a legal question (JURIDISCH) when both are
    asked ("mag hij dat gewoon doen?? moet ik naar de rechter?", seventh stranger test c26).
    Whether it is allowed comes before a dilemma: its answer says what one can do."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if not norm or norm.startswith("/") or len(norm.split()) > MAX_WORDS:
        return []
    if _WHO_CALLS.search(norm):
        return []  # "belt ruud mij of moet ik hem bellen?": who calls whom for the appointment (the FAQ answers it)
    if _NOT_EMPLOYED.search(norm) and not _OTHER_ALLOWED.search(norm):
        return []  # "mag dat dan, ik werk hier niet echt": whether one may come at all (the FAQ answers it)
    kind = _question(norm)
    # "ik wil het met haar uitpraten, mag dat?": about the writer's own step, not what the other did
    own_step = kind == DILEMMA and _APPROACH.search(norm)
    if kind in (None, DILEMMA, JURIDISCH) and _ALLOWED.search(norm) and not _OWN_ANSWER.search(norm) and not own_step:
        return [TOEGESTAAN, JURIDISCH] if kind == JURIDISCH or _LEGAL.search(norm) else [TOEGESTAAN]
    return [kind] if kind else []


def _question(norm: str) -> str | None:
    if presses_the_other(norm):
        return DRUK
    if _QUIET.search(norm) and _QUIET_ASKED.search(norm):
        return STILHOUDEN
    if _PASS_NAME.search(norm) and _SOMEONE_ELSE_CONTACTED.search(norm) and _QUIET_ASKED.search(norm):
        return DOORGEVEN
    if _PASS_REPORTER_NAME.search(norm) and _QUIET_ASKED.search(norm):
        return NAAM_MELDER
    if _SEE.search(norm) and _WHOSE.search(norm) and _ABOUT_APPOINTMENTS.search(norm):
        return INZAGE
    if _CONTACTED.search(norm) and _NO_REPLY.search(norm):
        return GEEN_REACTIE
    if _DISMISSAL.search(norm):
        return ONTSLAG
    own = _OWN_ANSWER.search(norm)
    if _FIND_OUT.search(norm) and _WHO_SAID.search(norm):
        return UITZOEKEN
    if _VP_INVESTIGATES.search(norm):
        return ONDERZOEK
    if own:
        return None
    if _LEGAL.search(norm):
        return JURIDISCH
    if _DILEMMA.search(norm) or (_APPROACH.search(norm) and _APPROACH_ASKED.search(norm)):
        return DILEMMA
    return None


# (kind, role) -> response; a role not listed falls back to the role None row.
_ANSWERS = {
    (DILEMMA, LEIDINGGEVENDE): "utter_rolvraag_leidinggevende",
    (DILEMMA, HR): "utter_rolvraag_leidinggevende",
    (DILEMMA, GETUIGE): "utter_rolvraag_getuige",
    (DILEMMA, BESCHULDIGD): "utter_rolvraag_beschuldigd",
    (DILEMMA, None): "utter_rolvraag_zelf",
    (INZAGE, None): "utter_rolvraag_inzage",
    # a manager or HR: the duty of care, but no step without consent; honest about secrecy; the VP
    (STILHOUDEN, LEIDINGGEVENDE): "utter_rolvraag_leidinggevende_stilhouden",
    (STILHOUDEN, HR): "utter_rolvraag_leidinggevende_stilhouden",
    (STILHOUDEN, GETUIGE): "utter_rolvraag_getuige",
    (STILHOUDEN, BESCHULDIGD): "utter_rolvraag_beschuldigd",
    (STILHOUDEN, None): "utter_rolvraag_zelf",
    (UITZOEKEN, BESCHULDIGD): "utter_rolvraag_uitzoeken",
    (UITZOEKEN, None): "utter_faq/wat_doet_vp_niet",
    (ONDERZOEK, BESCHULDIGD): "utter_rolvraag_uitzoeken",
    (ONDERZOEK, None): "utter_rolvraag_vp_onderzoek",
    (JURIDISCH, BESCHULDIGD): "utter_rolvraag_juridisch_beschuldigd",
    (JURIDISCH, None): "utter_rolvraag_juridisch",
    (GEEN_REACTIE, None): "utter_vp_geen_reactie",
    (DOORGEVEN, LEIDINGGEVENDE): "utter_rolvraag_naam_doorgeven",
    (DOORGEVEN, HR): "utter_rolvraag_naam_doorgeven",
    (DOORGEVEN, GETUIGE): "utter_rolvraag_naam_doorgeven",
    # "kan de vp hem niet gewoon bellen?" from the person it happens to: the VP does not address the other
    (DOORGEVEN, None): "utter_faq/wat_doet_vp_niet",
    (NAAM_MELDER, None): "utter_rolvraag_naam_doorgeven",
    # whoever asks it (the accused, a manager, a colleague): no pressure on the one who complained
    (DRUK, None): "utter_rolvraag_geen_druk",
    # "kan ik hierdoor ontslagen worden?": the one accused, or anyone who complains, reports or saw it
    (ONTSLAG, BESCHULDIGD): "utter_rolvraag_beschuldigd_ontslag",
    (ONTSLAG, None): "utter_faq/bescherming",
    # the variant per matter (slot situatie); without a matter the action decides (allowed_answer)
    (TOEGESTAAN, None): "utter_faq/ongelijke_behandeling_mag_niet",
}


# The person a complaint is about, asking whether to go to the other person about it (c11): better
# not; tell one's side in the procedure; support of one's own; mediation later if both want it.
ACCUSED_CONTACT = "utter_rolvraag_beschuldigd_contact"
# The same question from the person it happens to: addressing the other oneself (power difference).
ADDRESS_ONESELF = "utter_faq/zelf_aanspreken"


# One's own interest (a side job, a gift, family bidding): reporting it oneself is usually the rule
# (twenty-seventh stranger recheck A c01, c03: "moet ik die melden ja of nee" got "Je mag het melden, maar
# het hoeft niet: jij kiest"). The variant of this response for situatie nevenwerkzaamheden says so.
OWN_INTEREST = "utter_faq/melden_bij_manager"
SIDE_JOB = "nevenwerkzaamheden"


# After aggression or a threat (a matter of these, or the violence answer given): telling the manager is wise;
# the variant of OWN_INTEREST's response for these says so (round 30 A c04, c05; conversation set agressie_03).
THREAT_MATTERS = ("agressie_geweld", "intimidatie")


def answer(kind: str | None, rol: object, soort: object, text: object = "", situatie: object = None,
           threat: bool = False) -> str:
    """The response for a role question: by the person's role, and for a dilemma about an
    integrity matter (fraud, theft, ...) the integrity answer for anyone but a manager or HR (a
    formal report makes the organisation responsible). An unknown kind gets the dilemma answer.
    The accused asking whether to go to the other person (``text``) gets ACCUSED_CONTACT."""
    kind = kind or DILEMMA
    approach = kind == DILEMMA and approaches_other(text)
    if approach and rol == BESCHULDIGD:
        return ACCUSED_CONTACT
    if approach and rol in (None, ZELF) and soort != INTEGRITEIT:
        return ADDRESS_ONESELF  # the person it happens to: when addressing the other oneself fits
    if kind == DILEMMA and situatie == SIDE_JOB and rol in (None, ZELF):
        return OWN_INTEREST
    if kind == DILEMMA and (situatie in THREAT_MATTERS or (situatie is None and threat)) and rol in (None, ZELF) \
            and soort != INTEGRITEIT:
        return OWN_INTEREST  # its variant for aggression: telling the manager is wise
    if kind == DILEMMA and soort == INTEGRITEIT and rol not in (LEIDINGGEVENDE, HR):
        return "utter_rolvraag_integriteit"
    if kind == DILEMMA and soort == INTEGRITEIT:
        # theft or fraud a manager saw themselves (twenty-fourth stranger test B c02: told to ask the
        # employee's consent): the reporting procedure, no investigating alone, the cameras via HR
        return "utter_rolvraag_leidinggevende_integriteit"
    return _ANSWERS.get((kind, rol if isinstance(rol, str) else None)) or _ANSWERS[(kind, None)]


INZAGE_ANSWER = _ANSWERS[(INZAGE, None)]
# Whether it is allowed, asked about physical violence ("hij duwde me ook, mag dat?"): no, whatever
# matter was talked about before (c26: the slot still held discrimination).
VIOLENCE_NOT_ALLOWED = "utter_geweld_mag_niet"
# Asked with no matter told yet and no FAQ answer chosen: tell what happened first.
ALLOWED_UNKNOWN = "utter_mag_dat_vertel"
# The legal question after the answer whether it is allowed (which names the College already).
LEGAL_AFTER_ALLOWED = "utter_rolvraag_rechter_kort"


# "mag dat?", "is dat toegestaan?": a question this short names nothing to answer about by itself.
BARE_WORDS = 5


def allowed_answer(physical_violence: bool, situatie: object, rol: object, faq_key: str | None,
                   text: object = "") -> str | None:
    """The answer to "mag hij dat?" (TOEGESTAAN): about physical violence, that answer; about
    the matter talked about, its variant; with no matter, the FAQ answer the classifier chose
    (``faq_key``) for a question that says what it is about, else (and for a bare "mag dat?") the
    invitation to tell. None for the accused, a manager or HR: "mag ze dat zomaar zeggen?" from
    the person a complaint is about is no victim's question (their dilemma answer instead)."""
    if rol in OWN_ROLES:
        return None
    if physical_violence:
        return VIOLENCE_NOT_ALLOWED
    if situatie:
        return _ANSWERS[(TOEGESTAAN, None)]
    bare = len(normalise(str(text or "")[:MAX_CHARS]).split()) <= BARE_WORDS
    return f"utter_faq/{faq_key}" if faq_key and not bare else ALLOWED_UNKNOWN
# Asked again in other words: the short answer (for a manager: not without consent, except when
# someone's safety is in danger; the VP for advice).
SHORT_FORM = {"utter_rolvraag_leidinggevende": "utter_faq/leidinggevende_hr"}

# After the role's own answer (the intro), the answer without what the intro just said.
AFTER_INTRO = {"utter_rolvraag_juridisch_beschuldigd": "utter_rolvraag_juridisch"}

# Said for the first time in a message that also asks: the role's own answer comes first.
_INTRO = {BESCHULDIGD: "utter_beschuldigd"}


def intro(said: str | None, before: object) -> str | None:
    """The answer for a role said in this message for the first time (``before``: the role known
    until now), given before the answer to the question; None when there is none."""
    return _INTRO.get(said or "") if said != before else None


# FAQ answers written for a dilemma about acting, and the roles they are written for (None: any):
# the classifier's choice of one of these stays (its wording is the more precise), any other
# answer gives way to the role's answer (c07: the witness answer to a manager; c17: bringing
# someone along to "moet ik het melden?").
_DILEMMA_ANSWERS: dict[str, frozenset | None] = {
    "melden_bij_manager": frozenset({None, ZELF, GETUIGE}),
    "zelf_aanspreken": frozenset({None, ZELF}),
    "eerst_intern": None,
    "klokkenluider": None,
    "aangifte": None,
    "melding_integriteit": None,
    "formele_klacht": None,
    "wie_helpt_melden": frozenset({None, ZELF, GETUIGE}),
    "afspraak_geen_klacht": None,
    "anoniem": None,
    "bot_kent_naam": None,
    "bescherming": None,
    "leidinggevende_hr": frozenset({LEIDINGGEVENDE, HR}),
    "geheim_beloven": frozenset({LEIDINGGEVENDE, HR}),
    # "mag ik een casus bespreken zonder namen te noemen?" (thirteenth stranger test c06): for anyone
    # who consults the counsellor about someone else's matter
    "advies_zonder_naam": None,
    # "moet ik die vrouwen dat vertellen?" (followups.GETUIGE_VERTELLEN): written for a witness
    "getuige_vertellen": frozenset({None, GETUIGE}),
}


def keeps_answer(kind: str | None, rol: object, faq_key: str | None, text: object = "") -> bool:
    """Whether the FAQ answer the classifier chose (``faq_key``) answers this dilemma for this
    role, so that it is given instead of the role's answer. Only for a dilemma: the narrower
    questions (INZAGE, UITZOEKEN, ONDERZOEK, JURIDISCH, GEEN_REACTIE) always get their own answer; nor when
    the accused asks whether to go to the other person (``text``: ACCUSED_CONTACT)."""
    if kind != DILEMMA or faq_key not in _DILEMMA_ANSWERS:
        return False
    if rol == BESCHULDIGD and approaches_other(text):
        return False
    roles_for = _DILEMMA_ANSWERS[faq_key]
    return roles_for is None or (rol if isinstance(rol, str) else None) in roles_for
