"""Direct follow-up questions with an answer of their own (eighth stranger test: c05, c09, c11,
c15, c16, c17, c30). Asked after the matter was told, they went to a stock text on a nearby
topic, or restarted the intake:

- "mag ik hem blokkeren?" (c11): yes, after screenshots (BLOKKEREN);
- "moet ik die whisky teruggeven?", "en die whisky?" (c16): a gift from a supplier (GESCHENK);
- "kan de vertrouwenspersoon hem op zijn plek zetten?" (c15): no, the VP neither confronts nor
  punishes; what the VP can do (VP_STRAFT_NIET);
- "moet ik die vrouwen dat vertellen?" from a witness (c05): no need; what one can do
  (GETUIGE_VERTELLEN);
- "is parttime ook discriminatie?" (c30): a ground named (GROND_DISCRIMINATIE);
- "en teams??" while booking (c17): the talk via Teams (VIA_TEAMS);
- "als ik het meld, wat gebeurt er dan" (c09): what a report sets in motion (WAT_GEBEURT_MELDING).

Ninth stranger test (the same fault, more questions):

- "hoort agressie gewoon bij het vak?" (got the privacy text): no, the employer must protect staff
  (HOORT_BIJ_WERK);
- "is dat legaal?" after unequal treatment: the bot does not judge the law; where one can ask
  (LEGAAL);
- "gaat de vertrouwenspersoon met mijn team praten?": not without consent (VP_NIET_ZONDER_JOU);
- "mag hij me dreigen als ik naar de VP ga?": threats are intimidation too; talking to the VP is
  confidential (DREIGEN_NA_VP);
- two matters told, then "kan ik allebei bespreken?": yes, in one appointment (ALLEBEI_BESPREKEN).

Tenth stranger test (a remark or question got a text written for another one):

- "wrm moet ik hier zijn" (sent by HR; got "Nee. Ik geef niets door"): nobody has to be here;
  what this place is for; what happened? (WAAROM_HIER);
- "mijn baas is een klootzak" as an opener (got the privacy text): anger about a person, met with
  "what does he do?" (BOOS_OP_IEMAND);
- "hij moet gewoon ontslagen worden" (got a text on sleeping badly): the employer, not the VP,
  decides on measures; what can lead to them (ANDER_ONTSLAGEN);
- after cancelling, "wordt de vp nu boos?", "is het erg dat ik heb afgezegd? mag ik later
  terugkomen?" (got the confidentiality text, then a restart): not at all, welcome any time
  (AFZEGGEN_MAG);
- "ik wil niet dat ze weten dat ik hier iets over gezegd heb", "hoort mijn team dat dan?" from
  the person it happens to (got the witness text): nobody hears it from the bot or the VP unless
  you want (TEAM_HOORT_NIETS).

``doubts_telling`` recognises the doubt "stel ik me niet aan?", "ben ik te gevoelig?", "moet ik
het zeker weten?" (intent twijfel_vertellen, answered by utter_twijfel_vertellen).

``direct_answer`` gives the FAQ key (faq/<key>) for such a question, or None. Deliberately narrow
cues, on short messages only: a story with a question at its end is recognised as a story first
(bot.nlu.components.DirectAnswer). Pure: no Rasa. Linear in the text, which is capped first."""

from __future__ import annotations

from bot.dialogue import roles
from bot.dialogue.booking import COUNSELLOR_WORD, asks_about_another_meeting
from bot.patterns import linear
from bot.text import normalise

MAX_CHARS = 2000
MAX_WORDS = 30
_TAIL_CHARS = 160  # the end of a long message, where a question after a story stands

BLOKKEREN = "blokkeren"
GESCHENK = "geschenk"
VP_STRAFT_NIET = "vp_straft_niet"
GETUIGE_VERTELLEN = "getuige_vertellen"
GETUIGE_INGRIJPEN = "getuige_ingrijpen"  # telling the one doing it to stop (round 31 A c07)
# "de directeur heeft de vertrouwenspersoon aangesteld. Rapporteert de vertrouwenspersoon aan hem?", "of de
# vertrouwenspersoon verantwoording aflegt aan de directeur" (round 31 C c10: "Dat weet ik niet ... Helpt die de ander
# al", then the 113 block): what one tells is not reported to whoever appointed or pays the counsellor
VP_ONAFHANKELIJK = "vp_onafhankelijk"
GROND_DISCRIMINATIE = "grond_discriminatie"
VIA_TEAMS = "via_teams"
WAT_GEBEURT_MELDING = "wat_gebeurt_melding"
HOORT_BIJ_WERK = "hoort_bij_werk"
LEGAAL = "legaal"
VP_NIET_ZONDER_JOU = "vp_niet_zonder_jou"
DREIGEN_NA_VP = "dreigen_na_vp"
ALLEBEI_BESPREKEN = "allebei_bespreken"
WAAROM_HIER = "waarom_hier"
BOOS_OP_IEMAND = "boos_op_iemand"
ANDER_ONTSLAGEN = "ander_ontslagen"
AFZEGGEN_MAG = "afzeggen_mag"
TEAM_HOORT_NIETS = "team_hoort_niets"
DADER_HOORT_NIETS = "dader_hoort_niets"
AANGIFTE_VOOR_MIJ = "aangifte_voor_mij"
FOTOS_STUREN = "fotos_sturen"
FOTO_DREIGING = "foto_dreiging"
ZORG_GAAT_VOOR = "zorg_gaat_voor"
POLITIE_BELLEN = "politie_bellen"
ZIEK_MELDEN = "ziek_melden"
PILLEN_WEG = "pillen_weg"
MELDPLICHT_AMBTENAAR = "meldplicht_ambtenaar"
BESCHERMING = "bescherming"
AFSPRAAK_VOOR_ANDER = "afspraak_voor_ander"
WERK_KANAAL = "werk_telefoon_mail"
JAARVERSLAG = "jaarverslag"
CODE_VAN_ANDER = "code_van_ander"
DOKTER = "dokter"
STRAFBAAR = "strafbaar"
STUKKEN_MEENEMEN = "stukken_meenemen"
WERKGEVER_MOET = "werkgever_moet"
DRINGEND_EXTERN = "dringend_extern"
NAAR_DE_PERS = "naar_de_pers"
PATIENTEN_NU = "patienten_nu"
BELLEN_112 = "bellen_112"
DIRECT_GEVAAR = "direct_gevaar"
EIGEN_BELANG = "eigen_belang"
GEVAAR_WERKPLEK = "gevaar_werkplek"
NUMMER_BUITENLAND = "nummer_buitenland"
DOUCHEN = "douchen"
# "als je 113 belt, krijgt je werkgever dat dan te horen?", "wat gebeurt er als ik 113 bel? sturen ze
# politie?" (twentieth stranger test C c07: the chat's privacy text, then the police text): what a call
# or chat with 113 is like, anonymous, nothing to the employer
WAT_DOET_113 = "wat_doet_113"
# "moet ik hem vertellen dat ik vannacht dood wilde? ben bang dat ie dan mijn baas belt" about the
# counsellor, in the booking (twentieth stranger test C c09: the time slots, twice): yes, it may be told;
# the manager is not told without consent; only danger to life is an exception
VP_ZELFMOORDGEDACHTEN = "vp_zelfmoordgedachten"
# "mag ik mijn stagedocent van school inlichten?" from an intern whose supervisor misuses power
# (twentieth stranger test B c08: "Nee, niet als eerste", and to her manager, who is that supervisor)
STAGE_SCHOOL = "stage_school"
# "en die bsn's dan? dat is toch ook een datalek? hoe snel moet dat gemeld worden" (twentieth stranger
# test B c09: the formal procedure's weeks and months): a data leak cannot wait
DATALEK = "datalek"
# "moeten mijn ouders dit weten? ik ben nog geen 18" (round 21 B c07: the answer on what 113 does, then
# the chat's storage text): the young person decides; parents can support; not told behind her back
OUDERS_WETEN = "ouders_weten"
# "kan ik 112 bellen zonder adres?" (twentieth stranger test C c05, about a colleague who sent a
# farewell: the text for someone threatened): yes; what to tell instead
ZONDER_ADRES_BELLEN = "zonder_adres_bellen"
VP_WEET_VAN_AFSPRAAK = "vp_weet_van_afspraak"
# "is marieke intern?", "marieke intern?", "is marieke van ons bedrijf of niet" outside a booking
# (twenty-fifth stranger test A c02, c07: the answer on reporting internally first, with the Huis voor
# Klokkenluiders; a conflict-of-interest check): what internal and external mean, then who is which
INTERN_EXTERN = "intern_extern"
# "telt het wel? ... het was niet eens op het werk, het was in de taxi", "geldt dat ook als het in een taxi
# na een personeelsfeest was?" after an assault by a colleague (twenty-fifth stranger test C c05: the same
# sexual-violence block three times, then "discriminatie?"): it counts; it has to do with work
TELT_BUITEN_WERK = "telt_buiten_werk"
# "ik zei GEEN intranet. ik ben schoonmaak. welk nummer" (twenty-fifth stranger test A c08: the answer on
# staying anonymous in the chat): how to reach the counsellor without the intranet
ANONIEM_BELLEN = "anoniem_bellen"
# "is er geen vrouw dan?", "is de vertrouwenspersoon een vrouw?" (twenty-fifth stranger test A c01: "Nee.
# Volgens de wet ..."): the bot does not know; who can be chosen
VP_GESLACHT = "vp_geslacht"
OOK_VOOR_MANNEN = "ook_voor_mannen"
# "hij wacht me vanavond op bij de eindhalte, wat moet ik doen?" (twenty-sixth stranger test B c03: a
# bus driver threatened for tonight got the suicide question twice, then the witness text)
VEILIG_STRAKS = "veilig_straks"
# "mag ik vandaag zelf de NVWA bellen, ja of nee?" (twenty-sixth stranger test B c09: a text on there
# being no free time): yes, straight to the regulator is allowed (the answer on reporting inside first)
EERST_INTERN = "eerst_intern"
# "wat moet ik met morgen?? moet ik gewoon gaan rijden of me ziek melden" (the same round, B c01: "Dat
# beslis jij. Niets is verplicht"): going to work after what happened
WEER_WERKEN = "weer_werken"
# "dus ik hoef niks te zeggen tegen mijn teamleider? fijn" about one's own side job (twenty-seventh recheck A
# c01, c03: a second matter made up, the text on protection): the answer on telling the manager, whose
# variant for one's own interest says reporting it is usually the rule
MELDEN_BIJ_MANAGER = "melden_bij_manager"
# "mijn collega is dronken en rijdt op een heftruck in de hal waar ook mensen lopen. moet ik het tegen de
# ploegleider zeggen?" (round 28 A c05: "Nee, dat hoeft niet", then "je collega beslist zelf"): someone under
# the influence at the wheel or at a machine now is danger to others; telling is no betrayal
ONDER_INVLOED = "onder_invloed"
# "is het mijn schuld", "dus eigenlijk is het mijn eigen schuld toch" (round 28 recheck B c08: "Dat is helemaal
# goed. Je hoeft niets", and the freezing text to someone who had not frozen): no, and why
NIET_JOUW_SCHULD = "niet_jouw_schuld"
# "is het normaal dat je zo reageert?", "is it normal that i cry?" about one's own reaction (round 28 recheck B
# c05: "Zoals je het vertelt, is dit niet normaal" confirmed her shame): yes, and no need for shame
REACTIE_NORMAAL = "reactie_normaal"
# A manager whose employee was harassed by a customer (round 28 recheck A c01: "moet ik haar naar huis sturen?"
# got "diefstal?", "laat ik haar naar huis gaan?" the text for a threat later, "mag ik hem een winkelverbod
# geven?" the manager's block on consent): sending her home, banning the customer
MEDEWERKER_NAAR_HUIS = "medewerker_naar_huis"
KLANT_WEREN = "klant_weren"
# "ben ik verplicht om het te melden? want anders ben ik medeplichtig of zo?" from a bystander (round 28 recheck A
# c03: the text for someone involved, "een jurist of je vakbond")
MEDEPLICHTIG = "medeplichtig"
# "if I sign it and it is fraud, ben ik dan medeplichtig?" (round 31 A c08: "Nee, je bent niet medeplichtig omdat je
# iets zag"): asked to sign or approve what may be wrong; "I approved the invoices myself. Ben ik dan medeplichtig?"
# (C c07): one's own part (the answer of faq/eigen_rol)
MEDEPLICHTIG_TEKENEN = "medeplichtig_tekenen"
EIGEN_ROL = "eigen_rol"
# "krijgt zij te horen wat ik net zei? dat ik er niet meer wil zijn?" about the counsellor, mid-booking (round 32 B
# c06: the suicide answer, then "Van mij ... hoort hij niets" about the other): what the counsellor gets from the chat
VP_HOORT_CHAT_NIET = "vp_hoort_chat_niet"
# "ik denk dat ik bij mn zus ga slapen vannacht. is dat stom?" after a threat (round 32 C c06: "Vertel het vandaag nog
# aan je leidinggevende", on a Saturday night, and the question asked twice): a safe place for the night
VEILIGE_PLEK = "veilige_plek"
VERBLIJFSVERGUNNING = "verblijfsvergunning"
GESPREK_MET_DE_ANDER = "gesprek_met_de_ander"
# "hoe begin ik morgen het gesprek met Sanne zonder dat het raar wordt?" from a witness after the booking (round 33 A
# c01: a second booking started): how to check in with the colleague it happened to
GETUIGE_GESPREK = "getuige_gesprek"
# "mag ik iemand meenemen naar dat gesprek morgen met HR? en kan de vertrouwenspersoon mee?" after the booking (round 33
# recheck c05: a second booking started): bringing someone to a meeting with the manager or HR
IEMAND_MEE_NAAR_GESPREK = "iemand_mee_naar_gesprek"
# "moet ik dat verslag morgen meteen tekenen?" about a meeting with the manager or HR (round 33 recheck c05, round 33
# c03, c08: no answer of its own; "Je mag nee zeggen" about fraud)
TEKENEN_GESPREK = "tekenen_gesprek"
# "als dit ooit bij de rechter komt, kan de vertrouwenspersoon dan gedwongen worden te vertellen wat ik gezegd heb?"
# (round 34 A c09: "Nee. Wat je hier typt ..."): brief, no legal privilege: a court can require a VP to testify
VP_GETUIGEN = "vp_getuigen"
# "mijn stagebegeleider van school mag het ook niet weten" (round 34 B c08: "Ja, dat mag, en het is geen verraad"):
# a wish that someone does not hear of it, told: that is hers to decide
NIEMAND_HOEFT_HET_TE_WETEN = "niemand_hoeft_het_te_weten"
# "mag mijn vriend ook met de vertrouwenspersoon praten? hij heeft zelf de spullen meegenomen" (round 34 A c05: the text
# on bringing someone along): the other may have a talk of his own, also who did something wrong
ANDER_OOK_NAAR_VP = "ander_ook_naar_vp"
# "als mijn vrouw opneemt, zegt hij dan wie hij is? ze weet hier niks van" (round 34 B c06: ignored twice, then "Het
# lukt me niet goed om je te begrijpen")
IEMAND_ANDERS_NEEMT_OP = "iemand_anders_neemt_op"
# "Ik ben de persoon waar de klacht over is. Morgen gesprek met manager. Mag ik iemand meenemen? Moet ik papier
# tekenen?" (round 34 B c09: "Je hoeft niet alleen met de ander in gesprek als je je daar niet veilig bij voelt")
BESCHULDIGDE_GESPREK = "beschuldigde_gesprek"
# "politie heeft hem. niemand gewond ... ik zit te trillen als een rietje" (round 34 recheck R2 c06: "Ja, als je gewond
# bent of pijn hebt ..."): shaking after the danger, a normal reaction
TRILLEN = "trillen"
KEYS = (BLOKKEREN, GESCHENK, VP_STRAFT_NIET, GETUIGE_VERTELLEN, GROND_DISCRIMINATIE, VIA_TEAMS, WAT_GEBEURT_MELDING,
        HOORT_BIJ_WERK, LEGAAL, VP_NIET_ZONDER_JOU, DREIGEN_NA_VP, ALLEBEI_BESPREKEN, WAAROM_HIER, BOOS_OP_IEMAND,
        ANDER_ONTSLAGEN, AFZEGGEN_MAG, TEAM_HOORT_NIETS, DADER_HOORT_NIETS,
        AANGIFTE_VOOR_MIJ, FOTOS_STUREN, FOTO_DREIGING, ZORG_GAAT_VOOR, POLITIE_BELLEN, ZIEK_MELDEN,
        MELDPLICHT_AMBTENAAR, NAAR_DE_PERS, PATIENTEN_NU, BELLEN_112, DIRECT_GEVAAR, EIGEN_BELANG, GEVAAR_WERKPLEK,
        NUMMER_BUITENLAND, DOUCHEN, OOK_VOOR_MANNEN, PILLEN_WEG, VP_GESLACHT, TELT_BUITEN_WERK, ANONIEM_BELLEN,
        VEILIG_STRAKS, EERST_INTERN, WEER_WERKEN, MELDEN_BIJ_MANAGER, ONDER_INVLOED, NIET_JOUW_SCHULD,
        REACTIE_NORMAAL, MEDEWERKER_NAAR_HUIS, KLANT_WEREN, MEDEPLICHTIG, MEDEPLICHTIG_TEKENEN, GETUIGE_INGRIJPEN,
        VP_ONAFHANKELIJK, VP_HOORT_CHAT_NIET, VEILIGE_PLEK, VERBLIJFSVERGUNNING, GESPREK_MET_DE_ANDER,
        GETUIGE_GESPREK, IEMAND_MEE_NAAR_GESPREK, TEKENEN_GESPREK, VP_GETUIGEN, NIEMAND_HOEFT_HET_TE_WETEN,
        ANDER_OOK_NAAR_VP, IEMAND_ANDERS_NEEMT_OP, BESCHULDIGDE_GESPREK, TRILLEN)
# INTERN_EXTERN's answer is among the responses in data/nlu/faq.yml, not in domain/.
# Told as done ("ik heb het afgezegd, is de vp nu boos?"): the guilt is answered, not a new cancellation
CANCELLED_ALREADY = linear(r"\b(?:afgezegd|geannuleerd|afgebeld|afgemeld)\b", name="followups.al_afgezegd")
# Keys that a story gives way to: a message the classifier read as a story ("hr stuurde me hier,
# een collega verstopt steeds mijn spullen") is recognised as that story first.
YIELD_TO_STORY = frozenset({WAAROM_HIER, BOOS_OP_IEMAND, BESCHERMING, NIET_JOUW_SCHULD})
# Keys whose question may also read as a request to book ("kan ik allebei bespreken?"): the answer
# comes first; it says how to book.
OVER_BOOKING = frozenset({ALLEBEI_BESPREKEN, AFSPRAAK_VOOR_ANDER, DRINGEND_EXTERN, BELLEN_112, DIRECT_GEVAAR,
                          GEVAAR_WERKPLEK, EERST_INTERN, VEILIG_STRAKS, ONDER_INVLOED,
                          # "mag ik iemand meenemen naar dat gesprek morgen met HR? en kan de vertrouwenspersoon mee?"
                          IEMAND_MEE_NAAR_GESPREK, TEKENEN_GESPREK,
                          # "patienten kunnen een infectie krijgen. morgen ochtend is er weer ok programma" (round 34
                          # recheck R1 c05: read as a request to book)
                          PATIENTEN_NU})
# Keys whose question reads as a request to change or cancel ("kan iemand anders die mijn code ziet
# mijn afspraak ook annuleren?", fifteenth stranger test: it offered to cancel, and did): answered.
OVER_CHANGING = frozenset({CODE_VAN_ANDER})

# asked as a question: a question mark, or "moet ik", "mag ik", ...
_REPORTS_TO = linear(
    r"\b(?:rapporteert|rapporteren|rapporteer|verantwoording (?:af ?)?(?:leg\w*|af)|legt (?:\w+ ){0,3}verantwoording af"
    r"|valt (?:\w+ ){0,2}onder|(?:aangesteld|betaald|ingehuurd|benoemd) (?:\w+ ){0,2}door|in dienst (?:van|bij))\b",
    name="followups.rapporteert_aan")
_THE_TOP = linear(r"\b(?:directeur|directie|bestuur\w*|werkgever|baas|eigenaar|raad van toezicht|hr|leiding|aan wie"
                  r"|gemeentesecretaris|secretaris|p ?& ?o|p en o|personeelszaken|management|mt|college|burgemeester"
                  r"|wethouder)\b",
                  name="followups.de_top")


def _reports_to_the_top(norm: str) -> bool:
    """Whether the message asks if the counsellor reports to whoever heads the organisation (VP_ONAFHANKELIJK)."""
    return bool(_REPORTS_TO.search(norm) and _THE_TOP.search(norm) and COUNSELLOR_WORD.search(norm))
_ASKED = linear(r"\?|\b(?:moet|mag|kan|kun|hoef|zal|zou|mogen|moeten) (?:ik|je|het|dat|de|die)\b|^(?:en|of) ",
                name="followups.gevraagd")

_BLOCK_WORD = r"(?:blokkeer|blokkeren|blokeren|blokeer|blokken|blocken|block|blokkeert)"
_BLOCK = linear(
    rf"\b(?:mag|mogen|kan|kun|moet|zal|zou|is|ga|wil|durf)\b[^.?!]{{0,50}}\b{_BLOCK_WORD}\b"
    rf"|\b{_BLOCK_WORD}\b[^.?!]{{0,30}}\b(?:mag|mogen|kan|raar|erg|ok|oke|goed|slim|verstandig|gek|vreemd)\b",
    name="followups.blokkeren")

_GIFT_WORD = (r"(?:whisky|whiskey|wijn|fles|flessen|cadeau\w*|kado\w*|geschenk\w*|relatiegeschenk\w*|"
              r"kerstpakket\w*|kerstcadeau\w*|presentje\w*|attentie\w*|cadeaubon\w*|giftje|etentje|"
              r"champagne|bonnen|bon)")
_GIFT = linear(rf"\b{_GIFT_WORD}\b", name="followups.geschenk")
_GIFT_ACT = linear(
    r"\b(?:terug ?geven|terug ?brengen|terug ?sturen|teruggeven|terugbrengen|retour\w*|houden|aannemen|"
    r"accepteren|aanpakken|weigeren|melden|opdrinken|opmaken|hou|houd)\b"
    r"|^(?:en |of )?(?:die|de|dat|het|met die|met de|met dat) ",
    name="followups.geschenk_vraag")

_VP = r"(?:vertrouwenspersoon|vertrouwenspersonen|vp|vpi|vpoo|vp'er)"
_PUNISH = (r"(?:op (?:zijn|z'?n|haar|hun|d'r) (?:plek|plaats|nummer)|aanspreken|aan te spreken|aanpakken|straffen|"
           r"bestraffen|gestraft|straf|berispen|corrigeren|terechtwijzen|terecht wijzen|ontslaan|ontslagen|"
           r"maatregel\w*|waarschuwing|waarschuwen|confronteren|ter verantwoording|de les lezen|op het matje|"
           r"eruit (?:vliegt|vliegen|gooit|gooien|zet|zetten|gaat|moet)|eruit gegooid|eruit gezet|geschorst|schorsen|"
           r"zeggen dat (?:hij|ze|zij)"
           # "kan de vertrouwenspersoon dan niet met die teamleider gaan praten?", "gaat de vertrouwenspersoon het
           # gesprek met hem voeren?" (round 33 A c09: "Nee, niet zonder jouw toestemming", as if it would with it)
           # (not "met mijn leidinggevende": with consent the counsellor may involve a manager)
           r"|met (?:hem|haar|die \w+|de dader|de pester) (?:gaan |een gesprek )?(?:praten|spreken)"
           r"|(?:het |een )?gesprek met (?:hem|haar|die \w+|de dader|de pester) (?:voeren|aangaan|hebben)"
           r"|met (?:hem|haar) in gesprek)")
_VP_PUNISHES = linear(
    rf"\b(?:kan|kun|gaat|zal|wil|moet|mag|kunnen|gaan|zou|laat) (?:de |die |een |jullie |onze |mijn |jouw )?{_VP}\b"
    rf"[^.?!]{{0,40}}\b{_PUNISH}"
    rf"|\b(?:spreekt|straft|berispt|corrigeert|waarschuwt|confronteert|pakt) (?:de |die |een |jullie |onze )?{_VP}\b",
    name="followups.vp_straft")

# "kan de vp mij helpen hem aan te spreken?": help for one's own step, not the VP acting
_HELPS_ME = linear(r"\b(?:helpen|voorbereiden|begeleiden|samen met|met mij|met me|mij bij|me bij)\b",
                   name="followups.helpt_mij")

_WITNESS_TELL = linear(
    r"\b(?:moet|mag|hoef|zal|kan|moeten|zou) ik\b[^.?!]{0,50}\b(?:vertellen|zeggen|laten weten|inlichten|"
    r"waarschuwen|op de hoogte brengen|vertel|zeg)\b",
    name="followups.getuige_vertellen")
_THE_OTHERS = linear(
    r"\b(?:vrouwen|meiden|dames|meisjes|collega'?s|slachtoffer\w*|hen|hun|die collega|de collega|mijn collega|"
    r"die vrouw|de vrouw|dat meisje|die meid|die jongen|die man)\b",
    name="followups.de_anderen")
# "als ik zie, mag ik zeggen tegen hem: stop?", "mag ik tegen die man zeggen stop als ik het zie?" (round 31 A c07: the
# witness's "Nee, dat hoeft niet ... vraag hoe het met ze gaat"): whether to tell the one doing it to stop
# a witness stepping in: "moet ik er tussen springen?", "moet ik nu tussenbeide komen of niet"
_SAY_TO = r"(?:(?:iets|wat) (?:van )?(?:zeggen|zeg) tegen \w+|(?:iets|wat) (?:van )?tegen \w+ (?:zeggen|zeg))"
_STEP_IN = linear(
    r"\b(?:er ?tussen|tussenbeide|tussen ?beide) (?:springen|spring|komen|kom|gaan|ga|stappen)\b"
    r"|\b(?:moet|mag|kan|zal) ik (?:\w+ ){0,2}(?:ingrijpen|tussenkomen)\b|\bik wil (?:wel |graag )?ingrijpen\b"
    # "moet ik dan iets tegen Dennis zeggen ter plekke?", "... de volgende keer dat ik het zie?" (round 33 recheck c04):
    # saying something when one sees it happen
    rf"|\b{_SAY_TO}\b.{{0,40}}\b(?:ter plekke|als ik het (?:weer )?zie|de volgende keer dat ik het zie)"
    rf"|\b(?:ter plekke|als ik het (?:weer )?zie(?: gebeuren)?)\b.{{0,60}}\b{_SAY_TO}\b",
    name="followups.tussenbeide")
_SAY_STOP = linear(r"\b(?:stop|stoppen|ophouden|hou op|kappen|laat (?:haar|hem) met rust)\b",
                   name="followups.stop_zeggen")
# "moet ik het mijn leidinggevende vertellen?" is another question (melden_bij_manager)
_TELL_MANAGER = linear(
    r"\b(?:leidinggevende|manager|baas|chef|hr|directie|teamleider|politie|vertrouwenspersoon|vp)\b",
    name="followups.vertellen_aan_leiding")

_DISCRIMINATION = linear(r"\bdiscrimin\w*", name="followups.discriminatie")
_GROUND = linear(
    r"\b(?:parttime\w*|part-time\w*|part time|deeltijd\w*|tijdelijk\w*|flexcontract\w*|flexwerk\w*|nulurencontract\w*|"
    r"oproepkracht\w*|leeftijd|oud|ouder|oudere|jong|jonger|jongere|zwanger\w*|geloof|religie|hoofddoek\w*|moslim\w*|"
    r"afkomst|huidskleur|kleur|homo\w*|lesbisch\w*|biseksu\w*|transgender|trans|gender\w*|handicap\w*|beperking\w*|"
    r"nationaliteit|buitenlander\w*|accent|vrouw|man|geslacht)\b",
    name="followups.grond")
_IS_IT = linear(r"\b(?:is|telt|valt|geldt|heet|noem|zijn|was|wordt)\b", name="followups.is_het")

_APP = linear(r"\b(?:via|in|over|met|op|en|of) (?:ms |microsoft )?(?:teams|zoom|skype|google meet)\b"
              r"|^(?:ms |microsoft )?(?:teams|zoom|skype)\b", name="followups.via_app")
# what the chat stores or who reads it: the privacy answer (chatapp slot, utter_faq/wat_bewaart_bot)
_APP_PRIVACY = linear(r"\b(?:lezen|leest|meelezen|bewaar\w*|opgeslagen|zien|ziet|veilig|anoniem|beheerder\w*|"
                      r"privacy|zit|praat)\b", name="followups.app_privacy")

_WHAT_HAPPENS = linear(
    r"\bwat (?:gebeurt|gebeurd|gebeuren) (?:er )?(?:dan |daarna |vervolgens |precies )?(?:als|na|bij|met|wanneer)\b"
    r"[^.?!]{0,30}\b(?:meld\w*|klacht\w*|aangeef|aangeven|aanklaag|indien\w*)"
    r"|\b(?:als|wanneer) ik (?:het |dit |dat |hem |haar |er )?(?:meld|melden|aangeef|aangeven|indien)\b[^.?!]{0,25}"
    r"\bwat (?:gebeurt|gebeurd|gebeuren)\b"
    r"|\bwat (?:gebeurt|gebeurd) er (?:dan )?(?:met|na) (?:een|mijn|de|die|zo'?n) (?:melding|klacht)\b",
    name="followups.wat_gebeurt_melding")

# "hoort agressie gewoon bij het vak?", "is dat nou eenmaal een beroepsrisico?", "moet ik dat van
# klanten maar pikken?"
_PART_OF_JOB = linear(
    r"\bhoor\w*\b[^.?!]{0,50}\bbij (?:het|mijn|m'?n|ons|je|dit|zo'?n|dat|de) (?:vak|werk|baan|beroep|functie|job)\b"
    r"|\b(?:beroepsrisico|risico van (?:het|mijn|ons|dit|dat) (?:vak|werk|beroep)"
    r"|(?:onderdeel|deel) van (?:het|mijn|m'?n|ons|je|dit|dat|zo'?n) (?:vak|werk|baan|beroep|functie))\b",
    name="followups.hoort_bij_werk")
_BELONGS = linear(
    r"\b(?:hoort|horen) (?:\w+ ){0,3}erbij\b|\berbij (?:hoort|horen)\b"
    r"|\b(?:hoort|horen) (?:\w+ ){0,2}er (?:\w+ ){0,3}bij\b"
    r"|\bmoet (?:ik|je|jij|we|wij) (?:dat|dit|het|zoiets|dat soort dingen) (?:\w+ ){0,4}"
    r"(?:accepteren|pikken|slikken|normaal vinden|over me heen laten komen|laten gebeuren)\b",
    name="followups.hoort_erbij")
_AGGRESSION = linear(
    r"\b(?:agressie\w*|agressief\w*|geweld\w*|bedreig\w*|dreig\w*|gescholden|uitgescholden|schelden|scheldt|"
    r"geslagen|slaan|slaat|schopp\w*|geschopt|spugen|bespuugd|schreeuw\w*|klant\w*|client\w*|patient\w*|"
    r"bewoner\w*|leerling\w*|ouders|burger\w*|reiziger\w*|bezoeker\w*|passagier\w*|publiek)\b",
    name="followups.agressie")

# "is dat legaal?", "mag dat wettelijk?", "is dat niet tegen de wet?"
_LEGAL = linear(
    r"\b(?:legaal|illegaal|wettelijk\w*|wettig|onwettig|tegen de wet|in strijd met de wet|volgens de wet"
    r"|mag (?:dat|dit|het|dat wel|dat zomaar) (?:van|volgens) de wet|wet(?:telijk)? (?:toegestaan|verboden))\b",
    name="followups.legaal")

# "gaat de vertrouwenspersoon met mijn team praten?", "neemt de vp contact op met mijn manager?"
_OTHERS = (r"(?:team\w*|collega\w*|afdeling\w*|leidinggevende\w*|manager\w*|baas|chef|hr|p&o|directie|directeur|"
           r"werkgever|teamleider\w*|iedereen|anderen|de groep|mijn groep|ze allemaal)")
_VP_TO_OTHERS = linear(
    rf"\b{_VP}\b[^.?!]{{0,30}}\b(?:met|naar|bij|aan) (?:mijn |m'?n |ons |onze |het |de |die |dat |alle )?{_OTHERS}\b"
    rf"|\b{_VP}\b[^.?!]{{0,40}}\b{_OTHERS}\b[^.?!]{{0,20}}\b(?:bellen|mailen|benaderen|inlichten|informeren|"
    rf"spreken|praten|betrekken|erbij halen|vertellen|op de hoogte)\b"
    rf"|\b(?:betrekt|belt|mailt|benadert|informeert|spreekt|licht) (?:de |die |een |jullie |onze )?{_VP}\b"
    rf"[^.?!]{{0,30}}"
    rf"\b{_OTHERS}\b",
    name="followups.vp_naar_anderen")
# what the VP keeps, or whether they hear it: confidentiality (vertrouwelijkheid), not this
_HEARS_OF_IT = linear(r"\b(?:hoort|horen|weten|weet|te horen|te zien|zien|ziet|merkt|merken|doorvertellen|"
                      r"doorgeven|doorgeeft|geheim)\b", name="followups.hoort_ervan")

# "mag hij me dreigen als ik naar de vp ga?", "wat als ze me bedreigt omdat ik bij de
# vertrouwenspersoon was?"
_THREAT = linear(r"\b(?:dreig\w*|bedreig\w*|gedreigd|intimider\w*|wraak|terugpakken|terug pakken|afrekenen|"
                 r"straffen|zwart maken|het betaald zetten)\b", name="followups.dreigen")
_GOING_TO_VP = linear(
    rf"\b{_VP}\b|\b(?:melden|meld|melding|klacht|klagen|aangeven|aangifte|praat|praten) (?:\w+ ){{0,3}}"
    r"(?:ga|ben|heb|doe|was|wil|zou)\b|\b(?:ga|ben|heb|doe|was|wil|zou) (?:\w+ ){0,3}(?:melden|klagen|aangeven)\b",
    name="followups.naar_vp")

# "kan ik allebei bespreken?", "kan dat in één gesprek, beide dingen?"
_BOTH = linear(r"\b(?:allebei|alle twee|allebeide|beide|beiden|twee dingen|2 dingen|twee zaken|2 zaken|"
               r"twee onderwerpen|beide onderwerpen|het andere ook|dat andere ook|ook het andere|ook dat andere)\b",
               name="followups.allebei")
_DISCUSS = linear(r"\b(?:bespreken|bespreek|vertellen|vertel|over praten|over hebben|ter sprake|aankaarten|meenemen|"
                  r"kwijt|voorleggen|tegelijk|in een|in 1|in dezelfde|in hetzelfde|een afspraak|een gesprek)\b",
                  name="followups.bespreken")

# The doubt whether it is worth telling ("stel ik me niet aan?", "ben ik te gevoelig?", "moet ik
# het zeker weten?", "is het erg genoeg?"), asked as a question about oneself or the matter.
# ("moet ik bewijs hebben?" is no doubt: the FAQ answer about keeping evidence answers it; eighteenth
# stranger test c02, c06: "Je stelt je niet aan" to an accused man and to a buyer asking about proof)
_DOUBT = linear(
    r"\bstel (?:ik|k) me (?:\w+ ){0,2}aan\b|\b(?:ik|k) (?:me|mij) (?:\w+ ){0,2}aanstel\b|\baanstellerig\b"
    r"|\bben (?:ik|k) (?:\w+ ){0,2}(?:te |over|hyper|erg |zo |niet te )?(?:gevoelig|overgevoelig|kleinzielig|"
    r"lichtgeraakt|zeurderig|een zeur|een aansteller|een watje|moeilijk|overdreven)\b"
    r"|\b(?:overdrijf|overreageer|zeur|dramatiseer) (?:ik|k)\b"
    r"|\b(?:is|was) (?:het|dit|dat) (?:wel |eigenlijk |echt |nou )*(?:erg|ernstig|zwaar|groot) genoeg\b"
    r"|\b(?:moet|hoef) (?:ik|je) (?:het|dat|dit) (?:wel |eerst |echt |100% |helemaal )*zeker weten\b",
    name="followups.twijfel")


# "waarom moet ik hier zijn", "wrm moet ik hier zijn", "hr stuurde me hierheen, waarom?", "wat moet
# ik hier eigenlijk?" (tenth stranger test c19)
_HERE = r"(?:hier|hierheen|hier naartoe|hiernaartoe|hierzo|bij jou|bij deze chat|in deze chat|met jou|met deze bot)"
_SENT_BY = (r"(?:hr|p&o|personeelszaken|mijn (?:baas|chef|leidinggevende|manager|teamleider|leidinggevenden)|"
            r"de bedrijfsarts|mijn coach|mijn werkgever|de directie)")
_WHY_HERE = linear(
    rf"\b(?:waarom|wrm|waarvoor|waartoe|hoezo) (?:\w+ ){{0,2}}(?:moet|moest|ben|zit|zou|sta|kom|moeten) "
    rf"(?:ik|k|we) (?:\w+ ){{0,2}}{_HERE}\b"
    rf"|\b(?:waarom|wrm|hoezo) (?:\w+ ){{0,4}}(?:gestuurd|doorgestuurd|doorverwezen|verwezen|hierheen|hiernaartoe)\b"
    rf"|\bwat (?:moet|doe|kom|zoek|moest) (?:ik|k) (?:hier|hierzo|bij jou|in deze chat)\b"
    rf"|\b{_SENT_BY} (?:\w+ ){{0,3}}(?:stuurde|stuurt|heeft (?:mij|me) \w*gestuurd|verwees|verwijst|zei|zegt|"
    rf"zeiden)\b[^.?!]{{0,30}}\b(?:hier|hierheen|naar jou|naar deze chat|naar deze bot|deze chat|deze bot)\b",
    name="followups.waarom_hier")

# "mijn baas is een klootzak", "wat een eikel is die teamleider", "ik haat mijn chef": anger about
# a person, without the story (tenth stranger test c03)
_INSULT = (r"(?:klootzak\w*|eikel\w*|hufter\w*|lul|rotzak\w*|schoft\w*|etter\w*|idioot|idioten|debiel\w*|zak|"
           r"kutwijf|trut|kreng|bitch|sukkel\w*|psychopaat|narcist|tiran|dictator|engerd|viespeuk|zeikerd|"
           r"kwal|klojo|mafkees|griezel|klote ?vent|kloteman|rotvent|rotwijf|kutvent)")
_PERSON = (r"(?:baas|chef|leidinggevende|manager|teamleider|teamleidster|collega\w*|directeur|directrice|"
           r"afdelingshoofd|leiding|hem|haar|die vent|die man|die vrouw|die gast|die gozer|die kerel|dat mens)")
_VENTING = linear(
    rf"\b(?:is|zijn|blijft|wat een|echt een|zo'?n|een|die|dat|zo een|gewoon een)\b (?:\w+ ){{0,3}}{_INSULT}\b"
    rf"|\bik (?:\w+ ){{0,2}}(?:haat|kan niet (?:meer )?tegen|word (?:gek|knettergek|helemaal gek) van|"
    rf"ben (?:\w+ ){{0,2}}(?:boos|kwaad|woedend|pissig|razend|ziedend|klaar met|het zat met|zat met) op)\b"
    rf"(?: \w+){{0,2}} {_PERSON}\b"
    rf"|\bik ben (?:\w+ ){{0,2}}(?:klaar met|het zat met|zo klaar met|helemaal klaar met) "
    rf"(?:mijn |m'?n |die |dat |deze )?{_PERSON}\b",
    name="followups.boos")
_SOMEONE = linear(rf"\b(?:{_PERSON}|hij|zij|ze|die \w+)\b", name="followups.iemand")
_VENT_WORDS = 10

# "hij moet gewoon ontslagen worden", "ik wil dat ze gestraft wordt", "die vent moet eruit" (c03):
# about another person (never "ik word ontslagen")
_THIRD = (r"(?:hij|zij|ze|die|dat mens|die vent|die man|die vrouw|die collega|die gast|die \w+|mijn baas|mijn chef|"
          r"mijn leidinggevende|mijn manager|mijn teamleider|mijn collega|de dader|zo'?n \w+|dat soort \w+)")
_SACKED = (r"(?:ontslagen|ontslaan|de laan uit|de laan uitgestuurd|eruit|eruit gegooid|eruit gezet|eruit vliegen|"
           r"eruit vliegt|gestraft|bestraft|straf|geschorst|op straat|weg gestuurd|weggestuurd|afgestraft|"
           r"maatregelen)")
_WANTS_SACKED = linear(
    rf"\b{_THIRD} (?:moet|moeten|mag|hoort|verdient|zou|zouden|hoeft) (?:\w+ ){{0,4}}{_SACKED}\b"
    rf"|\bik wil (?:dat )?(?:\w+ ){{0,4}}{_SACKED}(?: wordt| worden| vliegt| gaat)?\b"
    rf"|\b(?:ontsla|ontslaat|ontslaan|straf|straffen|schorsen|schors) (?:ze |jullie |hem |haar )?"
    rf"(?:hem|haar|die \w+|dat mens)\b"
    rf"|\b(?:kan|kunnen|gaat|gaan|zal|zullen) (?:ze|jullie|de werkgever|mijn werkgever|de directie|hr|het bedrijf) "
    rf"(?:\w+ ){{0,2}}(?:hem|haar|die \w+) (?:\w+ ){{0,2}}(?:ontslaan|straffen|schorsen|eruit gooien|eruit zetten)\b",
    name="followups.ander_ontslagen")
# about the writer's own job ("straks word ik ontslagen", "moet ik eruit?"): not this
_ME_SACKED = linear(
    r"\bik (?:word|wordt|ben|vlieg|moet|ga|kan|zal|zou|mag|lig)\b (?:\w+ ){0,2}(?:ontslagen|eruit|geschorst|gestraft)\b"
    r"|\bik (?:ontslagen|eruit|geschorst|gestraft)\b"
    r"|\b(?:mij|me|mezelf|mijzelf) (?:\w+ ){0,2}(?:ontslaan|ontslagen|eruit|schorsen|geschorst|straffen|gestraft)\b",
    name="followups.ik_ontslagen")

# after cancelling: "wordt de vp nu boos?", "is het erg dat ik heb afgezegd?", "mag ik later nog
# terugkomen?" (c13)
_CANCELLED = (r"(?:afgezegd|afzeg|afzeggen|af te zeggen|geannuleerd|annuleer|annuleren|te annuleren|afgebeld|"
              r"afgemeld|afmeld|niet (?:ben )?(?:gekomen|gegaan|kom|ga)|niet meer (?:kom|ga|durfde|durf)|"
              r"niet durfde|niet durf)")
_CANCEL_OK = linear(
    rf"\b(?:wordt|word|is|zal|gaat|vindt|vind|was) (?:de |die |mijn |jullie |onze )?{_VP}\b (?:\w+ ){{0,3}}"
    r"(?:boos|kwaad|teleurgesteld|pissig|chagrijnig|geirriteerd|beledigd|gekwetst|verdrietig|"
    r"(?:het )?(?:erg|vervelend|raar|gek|lastig|jammer|niet leuk))\b"
    rf"|\b(?:is|was|vind\w*) (?:het|dat|dit) (?:\w+ ){{0,2}}(?:erg|vervelend|een probleem|raar|slecht|onbeleefd|"
    rf"onaardig|lastig|gek|niet netjes|niet erg)\b[^.?!]{{0,30}}\b{_CANCELLED}\b"
    r"|\b(?:mag|kan|kun) ik (?:\w+ ){0,3}(?:terugkomen|terug komen|later (?:\w+ )?(?:komen|terug)|"
    r"opnieuw (?:\w+ )?(?:komen|afspreken|een afspraak)|nog (?:een keer|eens|wel) (?:komen|terugkomen|"
    r"een (?:nieuwe )?afspraak)|een andere keer (?:\w+ )?(?:komen|afspreken|een afspraak))\b",
    name="followups.afzeggen_mag")

# the person it happens to, afraid the team finds out: "ik wil niet dat ze weten dat ik hier iets
# over gezegd heb", "hoort mijn team dat dan?", "krijgen mijn collega's te horen dat ik bij de vp was?" (c02)
_TEAM = (r"(?:ze|zij|hun|mijn team|het team|ons team|mijn collega'?s|de collega'?s|collega'?s|iedereen|de groep|"
         r"mijn afdeling|de afdeling|de anderen|die collega'?s|mijn teamgenoten|die groep)")
# "krijgt de rector dit te horen?", "de rector mag het echt niet weten" (twenty-fourth stranger test A
# c05: "Ja. Denk je dat iemands leven ... in gevaar is? Bel dan 112", after a remark about not wanting to
# be here): whether the school or the employer hears of it. No one hears it from the bot or the VP.
_BOSS = (r"(?:de|mijn|m'?n|onze|ons|het|die) (?:rector|directeur|directrice|directie|baas|bazin|leidinggevende|"
         r"werkgever|chef|manager|teamleider|hr|p&o|school|schoolleiding|afdelingshoofd|bestuur|schoolbestuur|"
         r"teamleidster|leiding|bedrijf)")
_BOSS_FINDS_OUT = linear(
    r"\b(?:hoort|horen|weet|weten|krijgt|krijgen|komt|komen|ontdekt|ziet|merkt) " + _BOSS
    + r"\b(?: \w+){0,4} (?:dit|dat|het|hiervan|ervan|daarvan|te horen|te weten|achter|erachter)\b"
    r"|\b" + _BOSS + r" (?:mag|mogen) (?:het|dit|dat) (?:echt |absoluut |nooit |niet )+(?:\w+ ){0,2}"
    r"(?:weten|horen|te weten komen|merken)\b",
    name="followups.baas_hoort")
# "ziet mijn manager het als ik een afspraak maak? in mijn agenda?": the calendar's own answer (utter_faq/agenda)
_CALENDAR = linear(r"\b(?:agenda|rooster|kalender|calendar|outlook|planning|uitnodiging)\b", name="followups.agenda")
_TEAM_FINDS_OUT = linear(
    rf"\b(?:niet (?:dat|willen dat|wil dat)|bang dat|als|dat|zodat|voorkomen dat|vermijden dat) {_TEAM} "
    r"(?:\w+ ){0,3}(?:weten|horen|merken|erachter komen|erachter komt|te weten komen|ontdekken|doorhebben|"
    r"door hebben|te horen krijgen)\b"
    rf"|\b{_TEAM} (?:mogen|mag) (?:het |dit |dat )?(?:echt |absoluut |nooit |niet )+(?:\w+ ){{0,2}}"
    r"(?:weten|horen|merken|"
    r"te weten komen|erachter komen|ontdekken)\b"
    r"|\b(?:hoort|horen|weet|weten|merkt|merken|ziet|zien|krijgt|krijgen|komt|komen|ontdekt|ontdekken) "
    r"(?:mijn |m'?n |het |ons |de |onze |die )?(?:team|collega'?s|afdeling|groep|anderen|iedereen|teamgenoten)\b"
    r"(?: \w+){0,4} (?:dat|dit|het|hiervan|ervan|daarvan|te horen|te weten|achter|erachter)\b",
    name="followups.team_hoort")
# "weet hij dan echt niks?", "komt hij dit te weten?", "hoort hij ervan?" (sixteenth stranger test
# c14: the whistleblower text, twice): the one it is about hears nothing from the bot or the VP
_THIS_SCREEN = linear(r"\b(?:chatvenster|venster|tabblad|scherm|wissen|weghalen|verwijderen|deze computer|deze pc"
                      r"|deze laptop|mijn scherm|achter (?:deze|mijn|de) (?:computer|pc|laptop))\b",
                      name="followups.dit_scherm")
_HE_FINDS_OUT = linear(
    r"\b(?:weet|hoort|merkt|ziet|leest) (?:hij|zij|die|die man|die vrouw|die collega|de dader) (?:\w+ ){0,3}"
    r"(?:niks|niets|ervan|er iets van|hiervan|het|dit|dat)\b|"
    r"\b(?:komt|krijgt) (?:hij|zij|die) (?:het|dit|dat|er) (?:\w+ ){0,2}(?:te weten|te horen|achter)\b|"
    r"\b(?:vertel|vertelt|zeg|zegt|meld|meldt)\b (?:\w+ ){0,3}(?:het|dit|dat|iets) (?:\w+ )?"
    r"(?:tegen|aan) (?:hem|haar)\b",
    name="followups.dader_hoort_het")
# "hoort kees hiervan?", "kees krijgt dit niet te horen he" (round 32 recheck A c03, asked twice in the booking and
# ignored): the other person named instead of "hij"; the name is checked against words that are no person
# (_NOT_A_NAME), since RE2 has no look-ahead
_NAMED_FINDS_OUT = linear(
    r"\b(?:weet|hoort|merkt|leest) (\w+) (?:\w+ ){0,2}(?:hiervan|ervan|er iets van|er wat van|hier iets van)\b|"
    r"\b(\w+) (?:krijgt|komt) (?:dit|dat|het|er) (?:\w+ ){0,2}(?:te horen|te weten|achter)\b|"
    r"\b(?:krijgt|komt) (\w+) (?:dit|dat|het|er) (?:\w+ ){0,2}(?:te horen|te weten|achter)\b",
    name="followups.naam_hoort_het")
_NOT_A_NAME = frozenset("""ik je jij u men iemand niemand iedereen mijn mn m'n de het een die dat deze dit er wie wat
    we wij ze zij hij jullie mijn baas chef leidinggevende hr team collega collegas teamleider manager directeur
    werkgever vertrouwenspersoon vp bot chat niks niets wel toch dan nou ook al nog hier daar dus maar en of want
    zeker echt misschien iets""".split())


_HOW_TO_START_TALK = linear(
    r"\bhoe (?:begin|start|breng|pak|open|zeg|vertel|spreek|benader|kaart)\b(?: \w+){0,4} "
    r"(?:(?:het |een |dat |zo'?n )?(?:gesprek|praatje) met|(?:het |dat |dit )?(?:aan|tegen)|aan ?spreken|aanspreek) "
    r"(\w+)(?: \w+)?\b|\bhoe (?:spreek|benader) ik (\w+)(?: \w+)? aan\b",
    name="followups.hoe_gesprek_beginnen")


def asks_how_to_talk_to_colleague(norm: str) -> bool:
    """ "hoe begin ik het gesprek met Sanne?", "hoe spreek ik mijn collega aan?": how to start the talk with a colleague
    named by first name or as a colleague; not with the counsellor, the manager or HR, and not with "hem" or "haar",
    who may be the one who did it (then addressing the other, faq/zelf_aanspreken)."""
    found = _HOW_TO_START_TALK.search(norm)
    if found is None or COUNSELLOR_WORD.search(norm) or _ON_BEHAVIOUR.search(norm):
        return False
    word = next((g for g in found.groups() if g), "")
    if word in ("mijn", "m'n", "mn", "onze", "de", "die"):
        return bool(_COLLEAGUE_AFTER.search(norm))
    return word not in ("haar", "hem", "hen", "ze") and _first_name(word)


# "hoe spreek ik kees aan op zijn opmerkingen?": addressing the one who did it, not checking in with a colleague
_ON_BEHAVIOUR = linear(r"\b(?:aan ?spreken|aanspreek|aan) op\b|\b(?:op|over) (?:zijn|haar|z'n|dat|die|het|hun) "
                       r"(?:gedrag|opmerking\w*|grappen|acties|aanrak\w*|handen|appjes|berichten)\b",
                       name="followups.op_gedrag")
_COLLEAGUE_AFTER = linear(r"\b(?:mijn|m'n|mn|onze|de|die) (?:collega|collegaatje|teamgenoot|vriendin|stagiair\w*)\b",
                          name="followups.collega_genoemd")


def _someone_named_finds_out(norm: str) -> bool:
    """True when a question asks whether a person named by their first name hears of it."""
    found = _NAMED_FINDS_OUT.search(norm)
    if found is None:
        return False
    return _first_name(next((g for g in found.groups() if g), ""))


def _first_name(word: str) -> bool:
    """Whether a word in the place of a person can be someone's first name: no pronoun or role word
    (_NOT_A_NAME), no number, and not a word of a configured counsellor's name."""
    if not word or word in _NOT_A_NAME or word.isdigit():
        return False
    from bot.booking import counsellors  # the database layer only when a name is asked about

    return word not in counsellors.name_words()


# "hij" is the counsellor: the one who calls, "meneer De Boer", "waar het over gaat"
_THE_COUNSELLOR = linear(
    r"\b(?:belt|bellen|gebeld|bel|mailt|spreek|zie) (?:hij|zij|ze|die|meneer|mevrouw)\b|\b(?:meneer|mevrouw)\b"
    r"|\bwaar (?:het|dit|mijn verhaal) (?:\w+ )?over gaat\b|\b(?:alles )?opnieuw (?:moet )?vertellen\b"
    r"|\b(?:vertrouwenspersoon|vp)\b(?: \w+){0,3} (?:weet|hoort|leest|ziet)\b|\b(?:weet|hoort|leest|ziet) "
    r"(?:de )?(?:vertrouwenspersoon|vp)\b",
    name="followups.de_vertrouwenspersoon")
_FORMAL_STEP = linear(r"\b(?:klacht|klachten|melding|aangifte|formeel|formele|officieel|officiële|procedure)\b",
                      name="followups.formele_stap")
_TOLD_IT = (rf"\bdat ik\b|\b{_VP}\b|\bhier\b|\bdeze chat\b|\bgemeld|\bgeklaagd|\bgepraat|\bverteld|"
            r"\bgezegd|\bhulp (?:zoek|gezocht|vraag)")
_ABOUT_ME_TELLING = linear(rf"{_TOLD_IT}|\bdan\b", name="followups.dat_ik_vertelde")
_TOLD_IT_SAID = linear(_TOLD_IT, name="followups.dat_ik_het_vertelde")


_OWN_WORDS_ASKED = linear(
    r"\b(?:wat|dat) ik(?: \w+){0,5} (?:zei|schreef|typte|typ|tik|schrijf|vertelde|gezegd|geschreven|getypt"
    r"|verteld|getikt)\b", name="followups.eigen_woorden")
_WHO_HEARS = linear(
    r"\b(?:te horen|te lezen|te zien|doorgeven|doorgegeven|door te geven|doorgestuurd|doorsturen|doorvertellen"
    r"|doorvertelt|vertellen|vertelt|zeggen|melden|geef je (?:\w+ )?door|stuur je (?:\w+ )?door|vertel je"
    r"|weet (?:zij|hij|ze|die)|hoort (?:zij|hij|ze|die)|leest (?:zij|hij|ze|die)|leest|lezen"
    r"|krijgt (?:zij|hij|ze|die|de (?:vp|vertrouwenspersoon)))\b", name="followups.wie_hoort")
# "ik vroeg of marieke het doorvertelt aan mijn teamleider", "gaat ze dan aan mijn teamleider vertellen wat ik zei?"
# (round 32 recheck B c02: the suicide answer twice, then "Je mag nee zeggen"): whether the counsellor passes it on
_VP_TELLS_THE_BOSS = linear(
    r"\b(?:of|dat|gaat|zal|moet|wil) (?P<wie>\w+) (?:dan |het |dat |dit |iets |alles ){0,2}"
    r"(?:aan|tegen) (?:mijn|m'n|mn|de|het|onze) (?:teamleider|leidinggevende|manager|baas|chef|werkgever|hr"
    r"|bedrijfsarts|directie)\b(?: \w+){0,2} (?:vertellen|doorvertellen|zeggen|doorgeven|melden)\b"
    r"|\b(?:of|dat) (?P<wie2>\w+) (?:het |dat |dit |iets |alles )?(?:doorvertelt|vertelt|doorgeeft|zegt|meldt)"
    r" (?:aan|tegen) "
    r"(?:mijn|m'n|mn|de|het|onze) (?:teamleider|leidinggevende|manager|baas|chef|werkgever|hr|bedrijfsarts|directie)\b",
    name="followups.vp_vertelt_baas")
_NOT_THE_VP = frozenset({"ik", "je", "jij", "u", "we", "wij", "jullie", "jou", "mijn", "hun"})


def _vp_tells_the_boss(norm: str) -> bool:
    """Whether someone other than the writer or the bot (the counsellor: "ze", "marieke") is asked about telling the
    manager; "moet ik het aan mijn leidinggevende vertellen?" is the writer's own step."""
    return any((m.group("wie") or m.group("wie2")) not in _NOT_THE_VP for m in _VP_TELLS_THE_BOSS.finditer(norm))
_BOSS_NAMED = linear(r"\b(?:leidinggevende|manager|baas|chef|hr|p&o|werkgever|directie|directeur|teamleider"
                     r"|collega'?s|team)\b", name="followups.baas_genoemd")


# the writer's own formal step: "als ik een klacht indien", "bij een officiele melding", "als ik het meld"
_OWN_FORMAL_STEP = linear(r"\b(?:als|wanneer|indien|bij) (?:ik )?(?:een |de |het )?(?:officiele |formele )?"
                          r"(?:klacht|melding"
                          r"|aangifte)|\b(?:klacht|melding|aangifte) (?:in ?dien|indien|doe|maak|indienen|doen)\b",
                          name="followups.eigen_formele_stap")


_SAFE_PLACE_WHERE = (r"(?:bij (?:mijn|mn|m'n|een|de|onze) (?:zus|zusje|broer|moeder|ma|vader|pa|ouders|vriend|vriendin"
                     r"|vrienden|familie|oma|opa|tante|oom|buren|buurvrouw|buurman|schoonouders|partner)"
                     r"|bij iemand anders"
                     r"|ergens anders|in een hotel)")
_SAFE_PLACE_STAY = r"(?:ga|gaan|slaap|slapen|blijf|blijven|logeer|logeren|overnacht|overnachten|rij|rijd|rijden)"
_SAFE_PLACE = linear(rf"\b{_SAFE_PLACE_STAY}\b(?: \w+){{0,3}} {_SAFE_PLACE_WHERE}\b"
                     rf"|\b{_SAFE_PLACE_WHERE}(?: \w+){{0,2}} (?:te )?{_SAFE_PLACE_STAY}\b",
                     name="followups.veilige_plek")
_PERMIT = linear(r"\b(?:verblijfsvergunning\w*|verblijfs ?vergunning|residence permit|visa|visum|ind)\b",
                 name="followups.verblijfsvergunning")
_OWN_CONSEQUENCES = linear(r"\b(?:problemen|gevolgen|straf|gestraft|aangegeven|aangifte tegen|ontslag|ontslagen"
                           r"|verblijfsvergunning|vergunning|ind|in de problemen|trouble|fired|consequences)\b",
                           name="followups.eigen_gevolgen")


def _fears_being_found_out(text: object, norm: str) -> bool:
    """ "als ze het ontdekken ben ik mijn baan kwijt" (round 31 C c09, from someone who took part in the fraud: "Nee.
    Van mij ... hoort niemand dat je contact hebt gezocht"): the fear that what one did comes out, told, not the
    question whether the team hears of the talk."""
    return bool(_JOB_LOST.search(norm)) and "?" not in str(text) and not _ASKED.search(norm) \
        and not _TOLD_IT_SAID.search(norm)


def doubts_telling(text: object) -> bool:
    """Whether ``text`` is the doubt whether what happened is worth telling ("stel ik me niet aan?",
    "ben ik te gevoelig?", "moet ik dat zeker weten voor ik iets zeg?"), asked in a short message."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if not norm or norm.startswith("/") or len(norm.split()) > MAX_WORDS:
        return False
    # "is dit nou pesten of stel ik me aan? mijn collegas zeggen zo is ze nou eenmaal", "stel ik me aan ja of
    # nee" (round 28 B c01: the text on protection, then "Bedoel je: geen stap?"): up to MAX_WORDS, "ja of nee"
    return bool(_DOUBT.search(norm)) and bool(_ASKED.search(norm) or _YES_OR_NO.search(norm) or len(norm.split()) <= 8)


_YES_OR_NO = linear(r"\b(?:ja of nee|ja of neen|yes or no)\b", name="followups.ja_of_nee")


# "wat kan ik doen zonder dat ik mijn baan kwijt raak" (thirteenth stranger test c09: "niet zeker"),
# "ik ben bang dat ik mijn contract kwijtraak als ik hier iets over zeg": the fear of losing one's
# job, contract or shifts for speaking up (utter_faq/bescherming). Not a job lost in a
# reorganisation, nor a dismissal told as what happened (buiten_vp_taak): speaking up is named.
_JOB_LOST = linear(
    r"\b(?:baan|baantje|werk|job|contract|contractje|plek|stageplek|stage|diensten|uren|aanstelling|plaatsing)"
    r" (?:\w+ ){0,2}(?:kwijt\w*|verlie\w*|te verliezen|niet (?:meer )?verlengd|in gevaar)\b"
    r"|\b(?:ontslagen|eruit gegooid|eruit geschopt|weggestuurd|op straat)\b",
    name="followups.baan_kwijt")
_SPEAKING_UP = linear(
    r"\bzonder dat\b|\bals ik (?:\w+ ){0,4}(?:klaag|zeg|meld|aankaart|praat|ga praten|trek"
    r"|naar de (?:vp|vertrouwenspersoon)|een klacht)\b|\b(?:anders|bang|risico|durf|durven|vrees)\b",
    name="followups.aankaarten")
_JOB_LOST_OTHERWISE = linear(
    r"\b(?:reorganisatie\w*|bezuiniging\w*|faillissement|failliet|afvloeiing\w*|krimp|ziek\w*|proeftijd)\b",
    name="followups.baan_kwijt_anders")


# "kan ik dan voor haar een afspraak maken bij de vertrouwenspersoon?" from a manager (fourteenth
# stranger test c06: it booked, with the employee's number, an appointment she had asked him to keep
# quiet): the person it happened to books for themselves; the manager may book for his own advice.
_OTHER = (r"(?:haar|hem|hen|(?:mijn|m'n|mn|een|onze|ons) (?:medewerk\w*|collega\w*|werknemer\w*|teamlid|stagiair\w*"
          r"|dochter|zoon|partner|vriendin|vriend|vrouw|man|zus|broer|moeder|vader)|die collega|deze collega"
          r"|de melder|iemand anders|een ander)")
_BOOKS_FOR_OTHER = linear(
    rf"\b(?:voor|namens) {_OTHER}\b(?: \w+){{0,3}} (?:een )?(?:afspraak|gesprek)\w*\b(?: \w+){{0,3}} "
    r"(?:maken|boeken|plannen|inplannen|regelen|aanvragen|vastleggen)\b"
    rf"|\b(?:afspraak|gesprek)\w* (?:\w+ ){{0,2}}(?:voor|namens) {_OTHER} (?:\w+ ){{0,2}}"
    r"(?:maken|boeken|plannen|inplannen|regelen|aanvragen|vastleggen)\b"
    # "ik wil een afspraak maken voor mijn collega Fatima" (fifteenth stranger test c21: it booked
    # with the colleague's number, and said she need not be told)
    rf"|\b(?:afspraak|gesprek)\w* (?:maken|boeken|plannen|inplannen|regelen|aanvragen|vastleggen) "
    rf"(?:\w+ ){{0,1}}(?:voor|namens) {_OTHER}\b"
    rf"|\b(?:haar|hem|{_OTHER[3:-1]}) (?:\w+ ){{0,2}}(?:aanmelden|inschrijven|opgeven)\b",
    name="followups.afspraak_voor_ander")


# "als het gesprek op mijn werktelefoon binnenkomt, ziet iemand dat dan?", "als Marieke naar mijn
# werkmail mailt, kan mijn manager dat dan zien?" (fifteenth stranger test: "Nee. Ik geef niets uit
# deze chat door", untrue for a work phone or mailbox the employer manages): the honest answer.
_WORK_CHANNEL = linear(
    r"\b(?:werk|zakelijke?|bedrijfs)[ -]?(?:telefoon|gsm|mobiel\w*|nummer|mail\w*|e-?mail\w*|mailbox|laptop"
    r"|computer|agenda|account)\b"
    r"|\b(?:telefoon|gsm|mobiel|mail|e-?mail|mailadres|mailbox|laptop|agenda) (?:\w+ )?van (?:het |mijn |m'n |mn )?"
    r"(?:werk|de zaak|kantoor|de baas|de organisatie)\b",
    name="followups.werk_kanaal")
_SEEN = linear(
    r"\b(?:zien|ziet|inzien|lezen|leest|meelezen|meekijken|kijken|weten|weet|merken|merkt|opvallen|probleem|erg"
    r"|veilig|gelogd|logt|bijhouden|terugzien|terug zien|controleren|controleert|toegang)\b",
    name="followups.werk_kanaal_gezien")
# "krijgt het management cijfers waar ze een afdeling in kunnen herkennen?", "wat staat er in het
# jaarverslag?" (fifteenth stranger test, an HR adviser: "Ja, dat kan", about another question)
_REPORT = linear(r"\bjaarverslag\w*", name="followups.jaarverslag")
_FIGURES = linear(r"\b(?:cijfers|statistiek\w*|aantallen|rapportage\w*)\b", name="followups.cijfers")
_FIGURES_FOR = linear(r"\b(?:management|directie|hr|afdeling\w*|herkenn\w*|herkenbaar|per persoon|wie)\b",
                      name="followups.cijfers_voor_wie")
_FIGURES_FRAUD = linear(r"\b(?:vervals\w*|klopt|klopten|kloppen|sjoemel\w*|boekhouding|factu\w*|declar\w*"
                        r"|omzet|budget\w*|aangepast|aanpassen|past|passen|mooier|manipul\w*|veranderd|gewijzigd)\b",
                        name="followups.cijfers_fraude")
_WANTS_TO_KNOW = linear(r"\bik (?:vraag|vroeg) (?:me af )?of\b|\bik wil (?:graag )?weten\b", name="followups.wil_weten")


_OTHERS = (r"(?:iemand anders|iemand|een ander|anderen|iedereen|mijn (?:collega\w*|baas|manager|leidinggevende"
           r"|partner|man|vrouw)|hr|wie)")
_CODE_OF_OTHERS = linear(
    rf"\b{_OTHERS}\b(?: \w+){{0,8}} (?:mijn |m'n |mn |de |die |deze )?code\b"
    rf"|\bcode\b(?: \w+){{0,8}} {_OTHERS}\b",
    name="followups.code_van_ander")


# "ik ben ook wat misselijk en duizelig. is dat normaal van de schrik?" after a phone thrown at her
# head, "moet hij naar de eerste hulp of niet?" (fifteenth stranger test c03, c22: "Nee, dat mag
# niet" and an answer about sexual violence): whether to be seen by a doctor (utter_faq/dokter).
_SYMPTOM = linear(
    r"\b(?:misselijk|duizelig|hersenschudding|hoofdwond|flauw(?:gevallen|vallen)?|wazig|bloedt|bloed|hoofdpijn"
    r"|bult|gewond|draait|draaierig|lichamelijk|hartkloppingen|benauwd)\b"
    # "mijn hart gaat echt tekeer, is dat normaal of moet ik ergens heen" (twenty-fifth stranger test C c08:
    # "Nee. Niemand hoeft ongewenst gedrag ... te accepteren")
    r"|\bhart (?:\w+ )?(?:gaat (?:\w+ )?tekeer|bonkt|bonst|klopt (?:zo |heel |echt )?(?:hard|snel)|slaat over|racet)\b"
    # "mijn nek doet wel zeer eigenlijk en slikken voelt raar. is dat erg?" after being choked (twenty-sixth
    # stranger test B c02: "Stel hem gerust na de afspraak")
    r"|\b(?:keel|nek|hals) (?:\w+ ){0,2}(?:doet|doen|voelt|pijn|zeer|raar|dik|gezwollen|blauw)\b|\bslikken\b|\bhees\b"
    r"|\b(?:verwurgd|gewurgd|gewurgt|wurgen|wurgde|gesmoord|bij (?:mijn|m'n|mn|de) keel)\b"
    r"|\bmet (?:mijn|m'n|mn) (?:nek|keel|hoofd|arm|hand|pols|rug|been|knie|enkel|schouder|ribben|oog)\b"
    # "moet ik me laten nakijken of gewoon doorwerken?" (fifteenth stranger recheck c02)
    r"|\b(?:me|mij|mezelf|hem|haar) (?:\w+ )?laten (?:na)?kijken\b", name="followups.klachten")
_SICK_OF = linear(r"\bmisselijk (?:\w+ )?van (?:hem|haar|hun|die|dat|deze|dit|zijn|het idee)\b",
                  name="followups.misselijk_van")  # "ik word misselijk van die vent": disgust
_SEE_DOCTOR = linear(
    r"\b(?:normaal|dokter|arts|huisarts|huisartsenpost|eerste hulp|ehbo|ziekenhuis|spoedeisende|seh|nakijken"
    r"|laten kijken|erg|gevaarlijk|ergens heen|ergens naartoe)\b", name="followups.naar_dokter")
# "moet ik die pillen weggooien of zo" after thoughts of not being there (twenty-fifth stranger test C
# c09: "Ja ... Bel dan de politie op 0900-8844"): put them away, not alone, 113
_PILLS_AWAY = linear(
    r"\b(?:pillen|medicijnen|tabletten|strip|strips|slaappillen|oxazepam|medicatie|doosje|pilletjes)\b.{0,40}"
    r"\b(?:weg ?gooien|weg ?doen|weg ?leggen|weg ?zetten|weg ?brengen|opruimen|inleveren|door de wc)\b"
    r"|\b(?:weg ?gooien|weg ?doen|weg ?leggen|opruimen)\b.{0,30}\b(?:pillen|medicijnen|tabletten|strips?|slaappillen"
    r"|pilletjes)\b",
    name="followups.pillen_weg")


# "is dat eigenlijk strafbaar wat hij doet" (fifteenth stranger test c08, an intern of 17 sent
# pictures: "Nee. Niemand hoeft ongewenst gedrag te accepteren", read as "not punishable").
_PUNISHABLE = linear(r"\b(?:strafbaar|strafbare|misdrijf|illegaal|crimineel|criminal|aangifte waard)\b",
                     name="followups.strafbaar")
_IS_IT_QUESTION = linear(r"^(?:is|zijn|was|wordt|word|kan|kun) ", name="followups.is_het_vraag")
# "mag ik alvast kopieën van die facturen maken en mee naar huis nemen, als bewijs?" (c05: "bewaar
# berichten ... op een veilige plek"): confidential documents of work are another matter.
_COPY_DOCUMENTS = linear(
    r"\b(?:kopie\w*|kopieer\w*|kopiëren|gekopieerd|fotokopie\w*|printen|uitprinten|meenemen|mee naar huis"
    r"|doorsturen naar (?:mijn |m'n |mn )?(?:prive|privé)\w*|naar (?:mijn |m'n |mn )?(?:prive|privé)\w* ?mail\w*"
    r"|op een usb\w*|downloaden)\b",
    name="followups.stukken_kopieren")
_DOCUMENTS = linear(
    r"\b(?:factu\w*|document\w*|stukken|dossier\w*|administratie|boekhouding|contract\w*|mails|e-?mails"
    r"|bestanden|gegevens|uitslagen|rapport\w*|bonnen|declaraties)\b",
    name="followups.stukken")


# "moet mijn werkgever hier niet gewoon iets aan doen? ik sta 's nachts in mijn eentje" (fifteenth
# stranger test B c12, and its recheck: "Nee. Ik geef niets uit deze chat door"): the employer's duty.
# "kan ik mijn werkgever aanklagen omdat ze er niks aan doen?", "aanklagen?" (sixteenth stranger
# test A c11: "Ja." and the employer's duty; c02: the text on protection): it may or may not be
# against the law, the bot cannot judge; where to get legal advice (utter_faq/legaal)
_SUE = linear(r"\b(?:aanklagen|aanklaag|aanklaagt|aanklacht|rechtszaak|naar de rechter|voor de rechter|"
              r"procederen|proces beginnen|dagvaarden|advocaat|sue|lawsuit)\b", name="followups.aanklagen")
# "kun jij aangifte voor me doen? of kan de vertrouwenspersoon dat?" (sixteenth stranger test A c11:
# "Dat kan."): nobody files it for her; the VP helps prepare and can go along
_REPORT_FOR_ME = linear(
    r"\b(?:kun|kan|wil|gaat|zou) (?:jij|je|u|de vp|de vertrouwenspersoon|die|zij|ze|jullie)\b(?: \w+){0,3} "
    r"(?:aangifte|een aangifte)\b(?: \w+){0,3} (?:doen|indienen|regelen|maken)\b|"
    r"\baangifte (?:voor (?:me|mij)|namens (?:me|mij))\b|"
    r"\b(?:regel|regelt|doe|doet) (?:jij|je|de vp|de vertrouwenspersoon) (?:\w+ ){0,2}(?:die |de )?aangifte\b|"
    r"\b(?:jij|de vp|de vertrouwenspersoon) (?:regelt|doet|maakt) (?:\w+ ){0,2}aangifte\b",
    name="followups.aangifte_voor_mij")
# Sixteenth stranger test B: questions that got a neighbouring stock text.
# "moet ik die fotos sturen? anders haal ik mijn stage niet zegt hij" (c09, an intern of 17: "Bewaar
# ... foto's"): no, whatever he says; asking a minor for them is a crime
_PHOTOS_ASKED = linear(
    r"\b(?:moet|moeten|hoef|mag|zal|kan) ik (?:hem |haar )?(?:die |de |zulke |deze |een |wat )?"
    r"(?:foto|fotos|foto's|fotootjes|plaatjes|nudes?|naaktfoto\w*|selfies?|filmpjes?)\b(?: \w+){0,3} "
    r"(?:sturen|opsturen|versturen|doorsturen|toesturen|maken|appen)\b", name="followups.fotos_sturen")
_PHOTOS_PRESSED = linear(
    r"\b(?:anders|zegt hij|zei hij|zegt ze|zei ze|wil hij|wil ze|vraagt hij|vroeg hij|vraagt ze|"
    r"blijft (?:hij|ze) vragen|"
    r"van mezelf|van mijzelf|naakt|sexy|bikini|ondergoed|lingerie|stage|baan|contract)\b", name="followups.fotos_druk")
# "hij zegt dat hij hem kan laten zien aan mijn vriendinnen", "ben ik nu zelf ook fout? ik heb er 1
# keer eentje gestuurd" (recheck c09, an intern of 16: the text for the accused): threatening to
# show a photo is a crime, and it is not her fault
_PHOTO_WORD = r"(?:foto|fotos|foto's|fotootje|nude|nudes|naaktfoto\w*|filmpje)"
_SHOW = (r"(?:laten zien|door ?sturen|door te sturen|verspreiden|te verspreiden|online (?:te )?zetten|rondsturen|"
         r"rond te sturen|posten|te posten)")
_PHOTO_THREAT = linear(
    rf"\b(?:dreigt|dreigde|dreigen|zegt dat (?:hij|ze)|zei dat (?:hij|ze)|anders)\b.{{0,40}}\b{_SHOW}\b|"
    rf"\b{_PHOTO_WORD}\b.{{0,40}}\b(?:gaat|zal|wil|kan) (?:\w+ ){{0,3}}{_SHOW}\b|"
    rf"\b(?:gaat|zal|wil|kan) (?:\w+ ){{0,3}}(?:mijn|die|de|een) {_PHOTO_WORD}\b(?: \w+){{0,3}} {_SHOW}\b",
    name="followups.foto_dreiging")
_SENT_ONE = linear(r"\bik heb (?:er )?(?:1|een|eentje|al) (?:keer )?(?:eentje |een foto |foto )?(?:gestuurd|"
                   r"opgestuurd)\b.{0,40}\b(?:fout|schuld|dom|stom)\b|\b(?:fout|schuld)\b.{0,40}\bik heb "
                   r"(?:er )?(?:1|een|eentje|al) (?:keer )?(?:eentje |een foto |foto )?(?:gestuurd|opgestuurd)\b",
                   name="followups.foto_gestuurd")
# "mag ik de dienstdoende arts bellen of is dat verraad? er liggen patienten met pijn" (c11: the
# doctor's text about a blow on the head): the care of patients comes first
_CARE_NOW = linear(
    r"\b(?:mag|moet|kan|zal) ik (?:\w+ ){0,2}(?:de |het )?(?:dienstdoende |diensthebbende |)"
    r"(?:arts|dokter|huisartsenpost|leidinggevende van dienst|manager van dienst|bereikbaarheidsdienst|"
    r"teamleider|hoofdverpleegkundige|apotheker)\b(?: \w+){0,2} (?:bellen|waarschuwen|inlichten|vertellen)\b",
    name="followups.zorg_nu")
_PATIENTS = linear(r"\b(?:patient\w*|bewoner\w*|client\w*|pati[eë]nt\w*|zorgvrager\w*)\b",
                   name="followups.patienten")
# "hij zei dat hij me weet te vinden, moet ik nu de politie bellen? ik ben thuis" (c07: the text on
# giving another address for a report): danger now is 112, a threat is a crime to report
_CALL_POLICE = linear(
    r"\b(?:moet|mag|kan|zal|zou) ik (?:nu |dan |meteen |gewoon |echt |niet )*(?:de )?(?:politie|112|0900-?8844)\b"
    r"(?: \w+){0,2} ?(?:bellen|inschakelen|waarschuwen|erbij halen)?|\b(?:politie|112) bellen\s*\?",
    name="followups.politie_bellen")
# "Moet ik echt 112 bellen? Ik wil niet overdreven doen.", "ik vraag of ik 112 moet bellen of niet!"
# (eighteenth stranger test c06, worried about a colleague's life, in the booking's time step: "Dat
# kon ik niet als dag of tijd lezen"): yes, when a life or someone's safety may be in danger, also
# in doubt; also over a request to book.
_CALL_112 = linear(r"\b112\b(?: \w+){0,3} (?:bellen|bel|inschakelen)\b|\b(?:bel|bellen) (?:\w+ ){0,2}112\b",
                   name="followups.112_bellen")
# "nee geen gevaar, ik ga echt geen 112 bellen. mag ik me morgen ziekmelden?" (twentieth stranger test
# C c02): 112 refused, not asked about; the question that follows is the one to answer
_NO_112 = linear(r"\bgeen 112\b|\b112 (?:\w+ )?(?:niet|nie|ni)\b|\b(?:niet|nie|nooit) (?:\w+ ){0,2}112\b",
                 name="followups.geen_112")
_ABOUT_113 = linear(r"\b113\b|\b0800 ?-?0113\b|\bzelfmoordpreventie\b|\bzelfmoordlijn\b", name="followups.over_113")
_WHAT_113_DOES = linear(
    r"\bwat (?:gebeurt|doen|doet|zeggen|vragen|gebeuren)\b|\b(?:sturen|stuurt|komen|komt|bellen|belt|halen|"
    r"schakelen|inschakelen|waarschuwen)\b(?: \w+){0,3} (?:politie|ambulance|iemand|langs|mijn|je|de|een|hulp)\b|"
    r"\b(?:politie|werkgever|baas|leidinggevende|huisarts|hr)\b|\b(?:anoniem|te horen|registreren|"
    r"geregistreerd|dossier|opgenomen|opnemen|doorgeven|doorgegeven|vastgelegd|nummer zien|zien ze)\b|"
    r"\b(?:komen|komt) ze (?:\w+ )?langs\b|\bwhat happens\b|\bpolice\b|\bemployer\b",
    name="followups.wat_113_doet")
# "ik heb net een half uur met 113 gechat. ... hoe doe ik dat?" (twentieth C c09): 113 was called, the
# question is another one
_FILLER = (r"(?:net|al|vanavond|gisteren|vannacht|even|eerder|toen|dus|ook|gewoon|zojuist|daarnet|wel|een|half|"
           r"uur|kwartier|lang|met|naar|de|het|eindelijk)")  # no "niet": "ik heb 113 niet gebeld" is no call
CALLED_113 = (rf"\b(?:heb|had|hebben) (?:{_FILLER} ){{0,6}}(?:113|0800 ?-?0113|zelfmoordpreventie)"
              rf"(?: {_FILLER}){{0,4}} (?:gebeld|gechat|gesproken|geappt|gepraat)\b")
_CALLED_113 = linear(CALLED_113, name="followups.113_gebeld")
_TELL_DEATH_WISH = linear(
    r"\b(?:vertellen|vertel|zeggen|zeg|melden|bespreken)\b(?: \w+){0,6} (?:dat ik|over|van) (?:\w+ ){0,4}"
    r"(?:dood (?:wilde|wil|wou|wilden)|zelfmoord\w*|zelfdoding|suicid\w*|niet meer (?:wilde|wil|wou) leven|"
    r"er niet meer (?:wilde|wil|wou) zijn|er een eind aan (?:wilde|wil|wou) maken|aan de dood)\b",
    name="followups.doodswens_vertellen")
_DOUBTS_112 = linear(r"\b(?:echt|overdreven|overdrijf|aanstellen|of niet|twijfel\w*|zeker|serieus|wel|moet ik|moet)\b",
                     name="followups.112_twijfel")
# "is dat dan direct gevaar of niet?" (eighteenth stranger recheck c07, worried about a colleague who
# said goodbye: "Nee. Ik geef niets uit deze chat door"): nobody has to decide that alone
_IS_IT_DANGER = linear(
    r"\b(?:is|was) (?:dat|dit|het|er) (?:dan |nu |nou |echt |wel )*(?:direct|acuut|echt|levens)? ?gevaar\b",
    name="followups.is_het_gevaar")
# "mag ik die vergunning nou gewoon zelf beoordelen of niet?" from a civil servant with a side business
# (eighteenth stranger recheck c12: the text for reporters, "jij houdt de regie"): not with an interest
_DECIDE_MYSELF = linear(
    r"\b(?:mag|kan|moet) ik (?:\w+ ){0,4}(?:zelf |gewoon zelf )?(?:beoordelen|behandelen|goedkeuren|toekennen|"
    r"afhandelen|tekenen|gunnen|verlenen|beslissen over)\b",
    name="followups.zelf_beoordelen")
_A_CASE = linear(r"\b(?:vergunning\w*|aanvraag|aanvragen|offerte\w*|opdracht\w*|factu\w*|subsidie\w*|aanbesteding\w*|"
                 r"dossier\w*|bestemmingsplan\w*|contract\w*|sollicita\w*)\b", name="followups.een_zaak")
# "mag ik me ziek melden?" (c07: "Dat beslis jij. Niets is verplicht")
_SICK_LEAVE = linear(
    r"\b(?:mag|kan|moet|zal) ik (?:me|mij) (?:\w+ ){0,2}ziek (?:melden|gemeld)\b|\bziek ?meld\w*\b.{0,60}\?"
    # "mag ik gewoon naar huis gaan nu? ... dan ziet hij dat ik het niet aankan", "kan ik me ziekmelden na een
    # paniekaanval of is dat raar" (round 28 B c05: "Nee. Van mij ... hoort hij niets", then the answer on
    # cancelling an appointment she did not have)
    r"|\b(?:mag|kan|moet|kun) ik (?:me|mij) (?:\w+ ){0,2}ziekmelden\b"
    r"|\b(?:mag|kan|kun) ik (?:\w+ ){0,2}(?:gewoon |nu |even |vandaag |eerder |meteen )*naar huis(?: gaan)?\b",
    name="followups.ziek_melden")
# "heb ik als ambtenaar niet gewoon een meldplicht?" (c10: "Jij hoeft niets te melden")
_DUTY_TO_REPORT = linear(r"\b(?:meldplicht|aangifteplicht|meldingsplicht|"
                         r"verplicht (?:om )?(?:te )?(?:melden|aangifte))\b|"
                         # recheck c12: "als ik niks doe, is dat ok voor een ambtenaar?"
                         r"\bals ik (?:niks|niets) (?:doe|meld|zeg)\b|"
                         r"\b(?:moet|hoef) ik (?:het |dit |dat )?(?:niet )?melden\b",
                         name="followups.meldplicht")
_CIVIL_SERVANT = linear(r"\b(?:ambtenaar|ambtenaren|ambtelijk\w*|overheid|gemeente|rijksoverheid|politie|"
                        r"defensie|boa|douane|belastingdienst|medeplichtig)\b", name="followups.ambtenaar")
_ALLOWED_ASKED = linear(r"\b(?:toegestaan|mag (?:dat|dit|hij|zij|ze|het|die)|mogen (?:ze|zij|die))\b",
                        name="followups.mag_dat")
_EMPLOYER_MUST = linear(
    r"\b(?:moet|moeten|hoort|horen|zou|zouden|mag|kan)\b(?: \w+){0,2} (?:mijn |m'n |mn |de |het |onze |ons )?"
    r"(?:werkgever|baas|bedrijf|organisatie|zaak|directie|leiding|firma)\b(?: \w+){0,4} "
    r"(?:iets|wat|niks|niets)\b(?: \w+){0,2} (?:aan )?(?:doen|ondernemen|regelen)\b",
    name="followups.werkgever_moet")


# "donderdag? maar zij weet er nog niks van he. ik wil het regelen en dan zeg ik het haar" while a
# booking is made for her (fifteenth stranger recheck c08: it booked with her number)
_OTHER_UNAWARE = linear(
    r"\b(?:zij|ze|hij) weet (?:er |het |hier |dit )?(?:nog )?(?:niks|niets|nog niks|nog niets) van\b"
    r".{0,80}\b(?:regelen|regel|zeg|vertel|afspraak|maken)\b",
    name="followups.ander_weet_van_niets")
# "bereikbaar via haar nummer, 0478 ...", "het nummer van mijn collega": another's contact given
_OTHERS_CONTACT = linear(
    r"\b(?:haar|zijn|z'n|hun|d'r) (?:nummer|telefoonnummer|tel|gsm|gsmnummer|mobiel|mobiele nummer|mail|e-?mail\w*"
    r"|mailadres)\b|\b(?:nummer|telefoonnummer|mail\w*|mailadres) van (?:haar|hem|mijn collega\w*|die collega)\b",
    name="followups.gegevens_van_ander")


def books_for_someone_else(text: object) -> bool:
    """A booking asked for someone else ("kan ik voor haar een afspraak maken?"), also inside a long
    story (the word limit of direct_answer does not apply), or "zij weet er nog niks van, ik wil het
    regelen"."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    return bool(_BOOKS_FOR_OTHER.search(norm) or _OTHER_UNAWARE.search(norm))


def gives_someone_elses_contact(text: object) -> bool:
    """Another person's number or address given as the contact ("via haar nummer, 0478 ...")."""
    return bool(_OTHERS_CONTACT.search(normalise(str(text or "")[:MAX_CHARS])))


# A wrong that harms the public, with a deadline, and who can stop it ("die truck gaat morgen om 6u.
# wat moet ik VANDAAG doen?", "wie kan ik bellen zodat dat niet gebeurt? milieu. vannacht of morgen
# voor 7u": fifteenth stranger test B c20 and its recheck c11, c12: note-taking advice, a counsellor's
# time after the deadline, the suicide question). Asked who or what can stop it, soon.
_WHO_STOPS_IT = linear(
    r"\b(?:tegenhouden|tegen te houden|stoppen|voorkomen|te voorkomen|zodat (?:dat|het|dit) niet gebeurt"
    r"|niet de deur uit|iets doen zodat)\b"
    r"|\b(?:wie|welke instantie|welke instanties|welk nummer|wat) (?:kan|moet|kun|kunnen) (?:ik|je|we) "
    r"(?:\w+ ){0,2}(?:bellen|melden|doen|inschakelen)\b|\b(?:instantie|instanties|toezichthouder|inspectie|nvwa)\b"
    # "moet ik vandaag nog bellen of eerst afspraak?" (twenty-seventh stranger test A c03)
    r"|\b(?:moet|mag|kan) ik (?:\w+ ){0,3}(?:bellen|melden)\b"
    # "Moet ik niet nu meteen iemand waarschuwen?" about a bridge (round 34 A c09: the options list), "ze gaan
    # waarschijnlijk weer lozen. wat doe ik dan?" (round 34 A c03: "Zeg dan duidelijk: Stop")
    r"|\b(?:moet|mag|kan) ik (?:\w+ ){0,4}(?:waarschuwen|alarmeren|inlichten)\b"
    r"|\bwat (?:doe|moet|kan|kun) ik (?:dan|nu)\b",
    name="followups.wie_houdt_het_tegen")
_SOON = linear(
    r"\b(?:vandaag|vanavond|vannacht|morgen|morgenvroeg|morgenochtend|morgenmiddag|nu nog|nu meteen|straks"
    r"|voor \d{1,2} ?(?:u|uur)"
    r"|om \d{1,2} ?(?:u|uur)|om \d{1,2}u|te laat)\b", name="followups.binnenkort")
_PUBLIC_HARM = linear(
    r"\b(?:voedsel|voedselveiligheid|vlees|vleeswaren|kipfilet|besmet\w*|bacterie\w*|salmonella|listeria|sloot|sloten|lozen|geloosd"
    r"|dumpen|gedumpt|gif|giftig\w*|chemisch\w*|chemicali\w*|oplosmiddel\w*|milieu\w*|natuurgebied|rivier"
    r"|grondwater|asbest|volksgezondheid|brandveilig\w*|nooduitgang\w*|in de schappen|naar de winkels"
    # "die batch gaat morgenochtend om 7 uur naar de ziekenhuizen" (round 28 C c05: a booking for Wednesday)
    r"|medicijn\w*|geneesmiddel\w*|infuus\w*|steriel\w*|steriliteit\w*|vaccin\w*|drinkwater|batch\w*"
    r"|naar de (?:ziekenhuizen|apotheken|patienten|klanten)"
    # a bridge or building that may give way (round 34 A c09)
    r"|brug|bruggen|viaduct\w*|tunnel|dijk|dijken|liggers?|scheurvorming|instort\w*|begeeft|constructiefout\w*"
    r"|inspectierapport\w*)\b",
    name="followups.schade_publiek")
# "hoe snel moet dit gemeld worden? hij doet het elke donderdagnacht, en die kinderen spelen daar" after
# a wrong that harms the public was told (twenty-first stranger test B c08: "Sorry, ik weet niet zeker
# wat je bedoelt"): how soon, without naming the harm again (the situation says it)
_HOW_SOON = linear(
    r"\bhoe (?:snel|vlug|gauw|lang|dringend|urgent)\b(?: \w+){0,4} (?:melden|gemeld|doorgeven|aangeven|wachten|"
    r"doen|bellen)\b|\b(?:moet|kan|mag) (?:ik|dit|dat|het) (?:nog |wel |even )?(?:wachten|blijven liggen)\b|"
    r"\b(?:is|heeft) (?:dit|dat|het) (?:\w+ )?(?:haast|spoed|dringend|urgent)\b|\b(?:binnen welke|welke) termijn\b|"
    r"\bis er (?:een )?termijn\b|\bhoe snel\b",
    name="followups.hoe_snel_melden")


def asks_how_soon(text: object) -> bool:
    """True when the message asks how soon something must be reported, or whether it can wait."""
    return bool(_HOW_SOON.search(normalise(str(text or "")[:MAX_CHARS])))


_STOP_IT = linear(r"\b(?:tegenhouden|tegen te houden|voorkomen|te voorkomen|zodat (?:dat|het|dit) niet gebeurt"
                  r"|instantie|instanties|toezichthouder|inspectie)\b", name="followups.tegenhouden")

# "mag ik hiermee naar de krant?", "Mag ik met een journalist praten, ja of nee?" (seventeenth
# stranger test: the text on telling the manager, then the whistleblower block three times, then
# "Je mag het melden, maar het hoeft niet" as if the press were a report): going public has its own
# answer (protected only under conditions; advice first from the Huis voor Klokkenluiders).
_PRESS = linear(r"\b(?:krant|kranten|pers|media|journalist\w*|omroep|televisie|tv|actualiteitenprogramma)\b",
                name="followups.pers")
_PRESS_ASKED = linear(r"\?|\b(?:mag|kan|moet|zal|zou|kun) ik\b|\bnaar (?:de )?(?:krant|pers|media)\b",
                      name="followups.pers_gevraagd")
# "er kan morgen echt een patient iets overkomen door die fouten. moet ik dat niet meteen ergens
# melden?", "ik ben bang dat een bewoner pijn lijdt" (seventeenth stranger test: "Dat is een lastige
# keuze ... Je mag het melden, maar het hoeft niet: jij kiest"): danger to patients soon comes first.
# Medication on a ward is given to patients: "mijn collega ... maakt fouten met medicatie. ik ben bang
# dat er vannacht iemand iets overkomt. mag ik haar teamleider of de arts inlichten?" (seventeenth
# stranger recheck c08: "Bedoel je: je bent leidinggevende ...?")
_PARENT = r"(?:ouders|vader|moeder|papa|mama)"
_PARENTS_KNOW = linear(
    rf"\b{_PARENT}\b(?: \w+){{0,3}} (?:weten|vertellen|horen|inlichten|zeggen|op de hoogte|bellen)\b|"
    rf"\b(?:vertellen|vertel|zeggen|zeg|inlichten|bellen)\b(?: \w+){{0,2}} (?:aan |tegen )?(?:mijn |m'n |mn )?"
    rf"{_PARENT}\b",
    name="followups.ouders_weten")
_NO_ADDRESS = linear(r"\bzonder (?:\w+ )?adres\b|\badres\b(?: \w+){0,3} (?:niet|nie|geen)\b|"
                     r"\b(?:weet|ken|heb) (?:\w+ ){0,3}(?:niet|nie|geen) (?:\w+ ){0,2}adres\b",
                     name="followups.zonder_adres")
_HOW_FAST = linear(r"\bhoe (?:snel|lang|vlug)\b|\bbinnen hoeveel\b|\bhoeveel tijd\b", name="followups.hoe_snel")
_CARED_FOR = linear(r"\b(?:patient\w*|bewoner\w*|bewoonster\w*|client\w*|zorgvrager\w*|operatie\w*|opereer\w*|opereren"
                    r"|medicatieronde|medicatiefout\w*|(?:fout|fouten|vergissing\w*) (?:met|bij|in) (?:de )?medicatie"
                    r"|insuline)\b",
                    name="followups.zorgvragers")
_HARM_SOON = linear(
    r"\b(?:iets (?:overkomen|overkomt|gebeuren|gebeurt)|misgaan|misgaat|mis (?:gaan|gaat)|fout (?:gaan|gaat)|"
    r"in gevaar|gevaar lopen|gevaar loopt|onveilig|pijn (?:lijdt|lijden|hebben|heeft)|dronken|drank|"
    r"onder invloed|ruikt naar"
    # "Misschien krijgen bewoners nu hun medicatie niet", "bewoners lopen misschien gevaar" (round 34 A c06: asked three
    # times, never answered)
    r"|(?:lopen|loopt) (?:\w+ ){0,2}gevaar|veiligheid van|pijn (?:doet|doen|gedaan)|iets (?:aandoet|aandoen)"
    # "patienten kunnen een infectie krijgen. morgen ochtend is er weer ok programma", then "wat moet ik doen met die
    # patienten morgen?" (round 34 recheck R1 c05: a booking, then "Die vraag kan ik nu niet goed beantwoorden")
    r"|infectie\w*|besmetting\w*|niet steriel\w*|onsteriel\w*|met (?:die|de|deze) (?:patienten|bewoners|clienten)"
    r"|(?:is|zijn) (?:\w+ )?(?:niet veilig|in gevaar)"
    r"|(?:krijgen|krijgt) (?:\w+ ){0,3}(?:medicatie|medicijnen|wondzorg|zorg|insuline"
    r"|eten) (?:\w+ )?(?:niet|nie)|(?:medicatie|medicijnen|wondzorg|zorg|insuline) (?:\w+ ){0,2}(?:niet|nie) "
    r"(?:gegeven|geven|krijgen|krijgt))\b",
    name="followups.schade_straks")
_ACT_NOW = linear(
    r"\bwat (?:doe|moet|kan) ik\b|\b(?:moet|mag|kan) ik (?:\w+ ){0,6}(?:melden|doen|bellen|zeggen|waarschuwen"
    r"|inlichten|informeren|vertellen|inschakelen)\b"
    r"|\bof ik (?:\w+ ){0,4}(?:moet|mag|kan) (?:melden|doen|bellen|zeggen|waarschuwen|inlichten)\b"
    r"|\b(?:kan|mag) (?:dit|dat|het) (?:\w+ ){0,2}(?:tot \w+ )?wachten\b"
    # "wie moet ik verwittigen?" (round 34 recheck R1 c02, Flemish)
    r"|\bwie (?:moet|kan|mag|kun) ik (?:\w+ )?(?:verwittigen|waarschuwen|bellen|inlichten|melden|zeggen)\b"
    r"|\b(?:moet|mag|kan) ik (?:\w+ ){0,4}ingrijpen\b",
    name="followups.nu_handelen")
# "die mevrouw die viel had pijn aan haar heup ... moet ik nu nog iets doen? ik ben al thuis", "een
# bewoner is gevallen, heeft pijn en niemand heeft een arts gebeld" (twentieth stranger test B c07: the
# label "seksuele intimidatie", three turns without "call now"): someone cared for, hurt or fallen
_CARED_FOR_HURT = linear(
    r"\b(?:patient\w*|bewoner\w*|bewoonster\w*|client\w*|zorgvrager\w*|die mevrouw|die meneer|een mevrouw|een meneer)\b"
    r".{0,80}\b(?:gevallen|viel|valpartij|heup\w*|gebroken|botbreuk|bloedt|bloedde|heeft pijn|had pijn|pijn aan|"
    r"pijn heeft|pijn had|bewusteloos|suf)\b", name="followups.zorgvrager_gewond")
_STAGE_SCHOOL = linear(
    r"\b(?:stagedocent\w*|stagebegeleider van (?:school|de opleiding|mijn opleiding)|docent\w* (?:van|op) "
    r"(?:school|de opleiding|mijn opleiding|de hogeschool|de universiteit|het mbo|de hbo)|stagecoordinator\w*|"
    r"studieloopbaanbegeleider\w*|slb'?er|mijn school|mijn opleiding|de school|mijn mentor van school)\b",
    name="followups.stage_school")
_TELL_VERB = linear(r"\b(?:vertellen|vertel|inlichten|zeggen|melden|bespreken|informeren|aankaarten)\b",
                    name="followups.vertellen")
_DATA_LEAK = linear(
    r"\bdatalek\w*|\b(?:bsn|bsns|bsn'?s|burgerservicenummer\w*|klantgegevens|persoonsgegevens|patientgegevens|"
    r"klantenbestand|klantdata|personeelsgegevens|medische gegevens)\b.{0,80}\b(?:dropbox|google drive|wetransfer|"
    r"prive\w*|exporteert|geexporteerd|export\w*|gelekt|lekt|mee naar huis|usb\w*|gedeeld|doorgestuurd|gestuurd)\b",
    name="followups.datalek")


# "de nooduitgangen zitten op slot met kettingen. vannacht werk ik daar weer. bij brand kan niemand
# eruit. wie bel ik vandaag nog" (nineteenth stranger test A c04: the suicide question, three times,
# also after "nee ik wil me niks aandoen"): danger to the safety of people at work, soon, and what
# to do: 112 in danger now, the one responsible today, the Arbeidsinspectie, stopping work.
_WORKPLACE_HAZARD = linear(
    r"\b(?:nooduitgang\w*|nooduitgang|vluchtweg\w*|vluchtroute\w*|brandtrap\w*|branddeur\w*|brandblusser\w*|"
    r"brandalarm\w*|rookmelder\w*|sprinkler\w*|brandveilig\w*|gaslek|gaslucht|koolmonoxide|asbest|"
    r"valbeveiliging|instortingsgevaar|instorten|noodstop|hoogspanning|steiger\w*)\b"
    r"|\b(?:deur|deuren|uitgang|uitgangen)\b(?: \w+){0,3} (?:op slot|met (?:een )?ketting\w*|geblokkeerd|versperd|"
    r"dichtgemaakt|dichtgelast)\b",
    name="followups.gevaar_werkplek")
_PEOPLE_HARMED = linear(
    r"\b(?:brand|vuur|ontploff\w*|explosie|val(?:t|len)? (?:naar beneden|van)|(?:niemand|we|mensen|collega'?s) "
    r"(?:\w+ ){0,2}(?:eruit|naar buiten|weg)|in de val|gevaar\w*|onveilig|levensgevaar\w*|dood|doden|gewond\w*|"
    r"ongeluk\w*|ziek|kanker|gaslek|gaslucht|koolmonoxide|asbest)\b",
    name="followups.mensen_in_gevaar")
_WHOM_NOW = linear(r"\bwie (?:bel|moet|kan|kun)\b|\bwat (?:doe|moet|kan) ik\b|\bwaar (?:meld|moet|kan)\b|\bwat dan\b",
                   name="followups.wie_nu")
# "als er brand uitbreekt komen we daar nie uit. wat moet ik NU doen?", "mag ik weigeren te werken? of moet
# ik de brandweer bellen of de arbeidsinspectie?" (nineteenth stranger recheck c02: the misstand text
# again): trapped in a fire, or the fire brigade or the inspectorate asked about, is that danger too
_TRAPPED = linear(
    r"\b(?:als er|bij|bij een) brand\b.{0,40}\b(?:komen|kunnen|kan|komt) (?:we|ze|wij|mensen|niemand|er niemand|je)"
    r"(?: \w+){0,2} (?:niet |nie |ni )?(?:uit|eruit|weg|naar buiten)\b",
    name="followups.ingesloten_bij_brand")
_SAFETY_AUTHORITY = linear(
    r"\b(?:moet|kan|mag|zal) ik (?:\w+ ){0,5}(?:brandweer|arbeidsinspectie|inspectie szw)\b",
    name="followups.brandweer_of_inspectie")


# "ik woon in belgie, over de grens. werkt da nummer hier wel?", "kan ik dat 113 bellen vanuit belgie"
# (nineteenth stranger test C c06, with pills on the table: the privacy text, then an unchecked "Ja")
_ABROAD = linear(r"\b(?:belgie|belgium|belgisch\w*|buitenland|duitsland|germany|over de grens|vanuit het buitenland)\b",
                 name="followups.buitenland")
_DOES_NOT_WORK = linear(r"\b(?:113|112|0800|nummer|nummers|hulplijn|lijn)\b(?: \w+){0,3} (?:werkt|werken|lukt)\b"
                        r"(?: \w+){0,2} (?:niet|nie|ni)\b", name="followups.werkt_niet")
_BELGIAN_LINE = linear(r"\b(?:1813|zelfmoordlijn|tele-? ?onthaal|zelfmoord1813)\b[^.?!]{0,60}\?",
                       name="followups.belgische_lijn")
_NUMBER_WORKS = linear(
    r"\b(?:werkt|werken|bereikbaar|bellen|bel|nummer|nummers|113|112|0800|hulplijn)\b",
    name="followups.nummer_werkt")


# "ik heb me nog niet eens durven douchen sinds gisteren", "moet ik me nu wel of niet douchen"
# (nineteenth stranger test C c04, after an assault at a staff party: "Klopt het: pesten?", then the
# general text on the Centrum Seksueel Geweld): the centre first, if she may want a report or an
# examination; she decides.
_SHOWER = linear(
    r"\b(?:durven|durf|mag|moet|kan|wel of niet|nog niet|niet eens|niet) (?:ik )?(?:me |mij )?"
    r"(?:nu |al |wel |eens |nog )?"
    r"(?:douchen|wassen|in bad)\b"
    r"|\b(?:nog niet|niet) (?:\w+ )?(?:gedoucht|gewassen)\b|\bdouchen of niet\b",
    name="followups.douchen")


# "maar telt dat ook als je een man bent?" (nineteenth stranger test B c06, a male intern harassed by
# his supervisor: the answer for someone who took part in misconduct, "je eigen rol"): yes, it counts
_AS_A_MAN = linear(
    r"\b(?:telt|geldt|is|kan|bestaat|mag)\b.{0,40}\b(?:als (?:je|ik|jij|u|hij) (?:een )?(?:man|jongen|vent|kerel)"
    r"|voor (?:mannen|jongens|een man|een jongen)|(?:ook|bij) (?:mannen|jongens|een man|een jongen))\b"
    r"|\b(?:als|omdat ik) (?:een )?(?:man|jongen|vent)\b.{0,30}\b(?:telt|geldt|serieus|aanstellen|gelooft)\b",
    name="followups.ook_als_man")
_SHOWER_AT_WORK = linear(r"\b(?:op het werk|op kantoor|op de zaak|na (?:mijn|de) dienst|na het sporten|kleedkamer)\b",
                         name="followups.douchen_op_werk")


def workplace_hazard(text: object) -> bool:
    """True when the text names a hazard to people's safety at work (see _WORKPLACE_HAZARD)."""
    return bool(_WORKPLACE_HAZARD.search(normalise(str(text or "")[:MAX_CHARS])))


_IMPAIRED = (r"(?:dronken|bezopen|lazarus|ladderzat|straalbezopen|onder invloed|stoned|high|naar (?:drank|alcohol|bier)"
             r" (?:ruikt|stinkt)|(?:ruikt|stinkt) (?:\w+ )?naar (?:drank|alcohol|bier|drugs)|gedronken|drugs gebruikt)")
_AT_THE_WHEEL = (r"(?:heftruck\w*|vorkheftruck\w*|reachtruck\w*|pompwagen|kraan|hoogwerker|machine\w*|zaag\w*"
                 r"|bus|vrachtwagen|trein|tram|bestelbus|busje|auto|rijdt|rijden|reed|bestuurt|bedient|opereert"
                 r"|aan het stuur|achter het stuur)")
_IMPAIRED_AT_WORK = linear(
    rf"\b{_IMPAIRED}\b.{{0,120}}\b{_AT_THE_WHEEL}\b|\b{_AT_THE_WHEEL}\b.{{0,120}}\b{_IMPAIRED}\b",
    name="followups.onder_invloed_aan_het_werk")
_OTHERS_NEAR = linear(
    r"\b(?:mensen|collega\w*|klanten|passagiers|kinderen|patienten|leerlingen|bezoekers|iemand|anderen|publiek"
    r"|aanrijd\w*|ongeluk\w*|gevaar\w*|gevaarlijk)\b", name="followups.anderen_in_de_buurt")


def impaired_at_work(text: object) -> bool:
    """True when the text tells of someone drunk or under the influence at the wheel or at a machine,
    with people near or a question what to do ("mijn collega is dronken en rijdt op een heftruck in de
    hal waar ook mensen lopen. moet ik het zeggen?")."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    return bool(_IMPAIRED_AT_WORK.search(norm)) and bool(_OTHERS_NEAR.search(norm) or _ASKED.search(norm))


def workplace_danger(text: object) -> bool:
    """True when the text says the safety of people at work is at risk soon (locked emergency exits,
    a gas leak, a scaffold without fall protection) and asks what to do, or says when (see above)."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    asks = bool(_ACT_NOW.search(norm) or _WHOM_NOW.search(norm))
    if _TRAPPED.search(norm) and (asks or _SOON.search(norm)):
        return True
    if _SAFETY_AUTHORITY.search(norm):
        return True
    if not _WORKPLACE_HAZARD.search(norm):
        return False
    # "en als ik vannacht daar sta en die deur zit nog steeds op slot, wat dan?": a hazard tonight, asked
    return bool((_PEOPLE_HARMED.search(norm) and (_SOON.search(norm) or asks)) or (_SOON.search(norm) and asks))


def patients_at_risk(text: object) -> bool:
    """True when the text says patients or residents may come to harm soon and asks what to do (see
    _CARED_FOR), in a message of any length up to MAX_CHARS."""
    return _patients_at_risk(normalise(str(text or "")[:MAX_CHARS]))


def _patients_at_risk(norm: str) -> bool:
    """patients_at_risk on text already normalised."""
    return bool(_CARED_FOR.search(norm) and _HARM_SOON.search(norm) and (_SOON.search(norm) or _ACT_NOW.search(norm)))


# Whether a counsellor is internal or external, asked about someone by name or as "die", "ze", "hij"
# (not about reporting: "is intern melden verplicht?", "moet ik eerst intern?"; not "is het intern?").
_INSIDE = (r"(?:interne?|externe?|internal|external|van (?:ons|onze|hier|buiten|binnen|het bedrijf|de organisatie)\b"
           r"|iemand van (?:ons|hier|buiten|binnen)\b)")
_INSIDE_ASKED = linear(
    r"^(?:(?:en|maar|dus|wacht|huh|oke?|ok|sorry)\W+){0,2}(?:is|zijn|komt|komen) (?:die |de |mevrouw |meneer )?"
    r"(\w+)(?: \w+){0,2} (?:(?:dan|nou|eigenlijk|wel|nu|zelf|ook|echt) ){0,2}(?:een )?" + _INSIDE
    + r"|^(?:(?:en|maar|dus|wacht|huh|oke?|ok)\W+){0,2}(?:die |mevrouw |meneer )?(\w+)(?: \w+){0,2} "
    r"(?:interne?|externe?|van ons bedrijf)(?: of (?:niet|interne?|externe?))? ?\?",
    name="followups.intern_extern")
_NOT_SOMEONE = frozenset({"het", "dit", "dat", "er", "alles", "melden", "dan", "nou", "eigenlijk", "wel", "nu",
                          "zelf", "ook", "echt", "een", "interne", "intern", "externe", "extern"})


def _asks_inside(norm: str) -> bool:
    found = _INSIDE_ASKED.search(norm)
    who = found and (found.group(1) or found.group(2))
    return bool(who) and who not in _NOT_SOMEONE and not _ABOUT_REPORTING.search(norm)


_ABOUT_REPORTING = linear(
    r"\b(?:meld\w*|klacht\w*|onderzoek\w*|procedure\w*|regeling\w*|aangifte|eerst|vertrouwelijk)\b",
    name="followups.over_melden")
_GENDER_ASKED = linear(
    r"\b(?:is|zijn) er (?:\w+ ){0,3}(?:vrouw|man|vrouwen|mannen|dame|vrouwelijke|mannelijke)\b[^.?!]{0,25}\?"
    r"|\b(?:is|zijn) (?:de |die |ze |hij |zij |jullie )?(?:\w+ ){0,2}(?:een )?(?:vrouw|man)\b[^.?!]{0,10}\?"
    r"|\b(?:vrouwelijke|mannelijke) (?:vertrouwenspersoon|vertrouwenspersonen|vp)\b[^.?!]{0,25}\?",
    name="followups.vp_geslacht")
_GENDER_WORDS = 15
_PARTNER = linear(r"\b(?:mijn|m'n|mn|zijn|z'n|haar|je|jouw|onze|hun) (?:vrouw|man|echtgenote|echtgenoot)\b",
                  name="followups.partner")
_NO_INTRANET = linear(
    r"\b(?:geen|zonder|kan niet (?:op|bij)(?: het)?|niet (?:op|bij)(?: het)?|nooit op(?: het)?) intranet\b",
    name="followups.geen_intranet")
_REACH_ASKED = linear(r"\b(?:nummer|telefoonnummer|bel|bellen|belt|bereik|bereiken|contact|mail|mailen)\b",
                      name="followups.bereiken_gevraagd")
_OUTSIDE_WORK = linear(
    r"\b(?:niet (?:eens |echt )?(?:op|in) (?:het|m'n|mn|mijn|ons) (?:werk|kantoor|bedrijf)"
    r"|buiten (?:het |m'n |mijn )?werk|buiten (?:werktijd|de werktijd|kantoortijd)"
    r"|na (?:de|het|een|ons) (?:\w+ )?(?:borrel|feest|personeelsfeest|uitje|etentje|kerstfeest|bedrijfsfeest"
    r"|teamuitje)|(?:in|op) de taxi|personeelsfeest|bedrijfsfeest|kerstborrel|personeelsborrel|teamuitje"
    r"|bedrijfsuitje)\b",
    name="followups.buiten_werk")
# Whether it counts, not whether something else is allowed: "is dat een probleem?" about a side job is
# no such question
_COUNTS_ASKED = linear(r"\b(?:telt|tellen|geldt|gelden|hoort|valt)\b[^.!]{0,80}\?"
                       r"|\b(?:telt|geldt) (?:het|dat|dit) (?:wel|ook|dan|nog)\b|\bof (?:het|dat) (?:wel |ook )?telt\b",
                       name="followups.telt_het")

# A threat for later: someone will wait for, find or hurt the writer (tonight, after the shift, at the
# stop), told with a later moment and a question or fear. Not the writer's own plans.
_WAITS_FOR_ME = linear(
    r"\b(?:opwacht\w*|op (?:je |jou |me |mij )?te wachten|opwachten|wacht(?:en)? (?:me|mij|ons|je|jou) (?:\w+ ){0,4}op"
    # "een klant zei dat hij vanavond bij de uitgang op me staat te wachten" (twenty-seventh recheck A c06)
    r"|op (?:je|jou|me|mij) (?:\w+ ){1,2}te wachten"
    # "ik wacht vanavond op je", "morgen wacht hij bij de parkeergarage" (twenty-seventh recheck A c06, c07)
    r"|wacht (?:hij|ze|zij|die) (?:\w+ ){0,3}(?:op|bij|aan|voor) (?:de|het|mijn|je)"
    r"|(?:weet|weten) (?:me|mij) (?:\w+ )?te vinden|weet waar (?:je|ik) woon\w*"
    r"|(?:pakt|pakken|grijpt|grijpen) (?:me|mij)\b|(?:pak|krijg|grijp) (?:je|jou) (?:nog|wel|straks|later)"
    # "bewoner zei dat ie me morgen pakt" (twenty-seventh recheck B c08: "Sorry, ik weet niet zeker ...")
    r"|(?:me|mij) (?:\w+ ){0,2}(?:pakt|pakken|grijpt|te grazen neemt|afmaakt|in elkaar slaat|komt halen)"
    r"|(?:maakt|maken) (?:me|mij) af|maak (?:je|jou) af|(?:steekt|steken) (?:me|mij)\b"
    r"|steek (?:je|jou) (?:neer|dood|kapot|lek)"
    r"|(?:in elkaar|dood) (?:te )?slaan|sla (?:je|jou) (?:\w+ )?(?:in elkaar|dood)"
    r"|(?:komt|komen) (?:me|mij) halen|kom (?:je|jou) halen|(?:komt|komen) terug (?:voor|om) (?:mij|me)"
    r"|wait(?:s|ing)? for me)\b",
    name="followups.wacht_me_op")
# Threatened, said without how: counts when no threat to one's job or position is in the message
# ("mijn baas dreigde dat ik morgen ontslagen word" is no danger to the body)
_THREATENED = linear(r"\b(?:bedreigd|gedreigd|bedreigt|bedreigde|dreigde|dreigt|dreigen)\b", name="followups.bedreigd")
_JOB_THREAT = linear(
    r"\b(?:ontsla\w*|ontslagen|contract\w*|baan|functie|beoordeling\w*|overplaats\w*|rooster\w*|promotie|salaris|loon"
    r"|verlenging|proeftijd|eruit|klacht\w*|melding\w*|aangifte\w*|advocaat|rechter|melden)\b",
    name="followups.dreigen_met_baan")
# "ik wacht vanavond op je." (not "ik wacht op je antwoord")
_WAITS_FOR_YOU = linear(r"\bwacht (?:\w+ ){0,3}op (?:je|jou|me|mij)(?: (?:bij|aan|na|als|om|buiten|achter|voor)\b"
                        r"| ?[.,!?\"']|$)", name="followups.wacht_op_je")
_LATER = linear(
    r"\b(?:vanavond|vannacht|morgen|morgenvroeg|overmorgen|straks|later vandaag"
    r"|na (?:mijn|m'n|mn|de|het) (?:dienst|werk|rit|shift)"
    r"|(?:mijn |m'n |mn |de )?volgende (?:dienst|rit|shift|keer)|bij de (?:eindhalte|halte|uitgang|parkeerplaats)"
    r"|als ik (?:weer )?(?:naar huis|naar buiten|terug)|weer (?:moet )?(?:rijden|werken|gaan|naar)|tonight|tomorrow)\b",
    name="followups.straks")
# "zal wel bluf zijn" (twenty-seventh recheck A c07: "Je stelt je niet aan", his plan to walk his round alone)
_PLAYED_DOWN = linear(r"\b(?:bluf\w*|overdrijf\w*|overdreven|aanstel\w*|stel ik me aan|valt wel mee|zal wel meevallen"
                      r"|niet serieus|grapje)\b", name="followups.gebagatelliseerd")
_SCARED = linear(r"\b(?:bang\w*|angst\w*|onveilig|durf\w*|schrik\w*|paniek|scared|afraid)\b", name="followups.bang")

_REGULATOR = linear(
    r"\b(?:nvwa|inspectie\w*|arbeidsinspectie|toezichthouder\w*|omgevingsdienst\w*|igj|ilt|afm|dnb|acm|fiod"
    r"|autoriteit (?:persoonsgegevens|financiele markten|consument en markt)|huis voor klokkenluiders)\b",
    name="followups.toezichthouder")
_MAY_I_CONTACT = linear(
    r"\b(?:mag|kan|moet|kun|durf|zal) ik (?:\w+ ){0,5}(?:bellen|melden|inschakelen|mailen|tippen|waarschuwen|inlichten"
    r"|benaderen|contacteren|aanschrijven|naartoe|heen)\b|\b(?:mag|kan|kun) ik (?:\w+ ){0,3}naar (?:de |het )?\w+\b",
    name="followups.mag_ik_melden")

_NO_NEED_TO_TELL = linear(
    r"\bdus (?:ik )?hoef (?:ik )?(?:het |dat |dit |er )?(?:niks|niets|niet|nergens|geen) (?:\w+ ){0,4}(?:te )?"
    r"(?:zeggen|melden|vertellen|aangeven)\b", name="followups.hoef_niks_te_zeggen")
_BACK_TO_WORK = linear(
    r"\b(?:moet|zal) ik (?:morgen |vanavond |vannacht |straks |dan )?(?:nog |wel |gewoon |echt ){0,2}"
    r"(?:gaan )?(?:werken|rijden|naar (?:mijn |m'n |mn |het )?werk|mijn dienst (?:draaien|doen)"
    r"|de dienst (?:draaien|doen)"
    r"|die (?:rit|lijn|dienst) (?:rijden|doen|draaien)|de wijk in|open(?:gaan)?)\b"
    r"|\bwat (?:moet|doe) ik (?:nou |nu |dan )?(?:met|voor) (?:morgen|vanavond|vannacht|mijn dienst|de dienst|die rit)"
    r" ?(?:\?|\.|,|!|$)"
    # "moet ik maandag gewoon weer gaan? hij heeft maandag ook dienst" (round 34 recheck R2 c03: "Ja, dat mag"),
    # "Moet ik gaan??" (recheck R1 c07: "Ja ...")
    r"|\b(?:moet|zal) ik (?:morgen |maandag |dinsdag |woensdag |donderdag |vrijdag |zaterdag |zondag |dan |vanavond )?"
    r"(?:nog |wel |gewoon |weer |echt ){0,3}(?:gaan|erheen|er heen|ernaartoe|naartoe)\?",
    name="followups.weer_werken")


# "is het nou normaal wat hij deed?", "ik wil alleen dat iemand zegt dat dit niet normaal is van hem",
# "overdrijf ik?" (twenty-seventh stranger test C09: "Je stelt je niet aan ... Wat is er gebeurd?" after she
# had told it, and a booking she had refused): the wish to hear that it is not okay
_IS_IT_NORMAL = linear(
    r"\b(?:is|was|vind (?:je|jij|u)|vindt (?:u|jij)|noem je) (?:\w+ ){0,4}(?:normaal|acceptabel|ok|oke|okay|gepast"
    r"|grensoverschrijdend|over de grens|normal|okay)\b"
    r"|\bniet (?:\w+ )?(?:normaal|acceptabel|ok|oke|okay|gepast|oke van)\b|\bnot (?:ok|okay|normal)\b"
    r"|\b(?:overdrijf|overreageer|dramatiseer) (?:ik|k)\b|\b(?:te |over|hyper)gevoelig\b"
    r"|\bstel (?:ik|k) me (?:\w+ ){0,2}aan\b",
    name="followups.is_het_normaal")


def asks_if_normal(text: object) -> bool:
    """Whether ``text`` asks whether what happened is normal, or wishes to hear it is not ("is dit
    normaal?", "zeg dat dit niet normaal is", "overdrijf ik?"); not whether one's own reaction is."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    return bool(norm) and not norm.startswith("/") and bool(_IS_IT_NORMAL.search(norm)) \
        and not _OWN_REACTION.search(norm)


_REACTION = (r"(?:reageer|reageert|reageren|reactie|huil|huilt|huilen|jank|jankt|janken|tril|trilt|trillen|schrik"
             r"|schrok|schrikken|slaap|slaapt|slapen|voel|voelt|zo voel|zo ben|blokkeer|blokkeerde|bevries|bevroor"
             r"|paniek\w*"
             r"|cry|crying|react|reacting|shaking)")
_OWN_REACTION = linear(
    rf"\b(?:normaal|raar|gek|erg|vreemd|overdreven|normal|weird|ok|oke)\b.{{0,25}}\b(?:dat|als|that|if) "
    rf"(?:ik|je|jij|men|i|you) (?:\w+ ){{0,3}}{_REACTION}\b"
    r"|\b(?:mijn|m'n|mn|my) (?:reactie|paniekaanval|tranen|reaction)\b.{0,20}"
    r"\b(?:normaal|raar|gek|overdreven|normal)\b",
    name="followups.eigen_reactie")
_SEND_HOME = linear(
    r"\b(?:mag|moet|kan|zal) ik (?:haar|hem|mijn medewerk\w*|mijn collega|die medewerk\w*) (?:\w+ ){0,3}"
    r"(?:naar huis (?:sturen|laten gaan|brengen)|vrij (?:geven|laten)|vrijgeven|vrij geven)\b"
    r"|\blaat ik (?:haar|hem) (?:\w+ ){0,2}naar huis gaan\b|\b(?:haar|hem) (?:\w+ )?vrij (?:mag|kan) geven\b",
    name="followups.medewerker_naar_huis")
_BAN_CUSTOMER = linear(
    r"\b(?:mag|moet|kan|kun|zal) ik (?:\w+ ){0,4}(?:een )?(?:winkelverbod|huisverbod|toegangsverbod"
    r"|de toegang (?:weigeren|ontzeggen)|de winkel uit(?:zetten|sturen)?|(?:de )?deur wijzen"
    r"|buiten (?:zetten|de deur zetten))\b",
    name="followups.klant_weren")
_ACCESSORY = linear(r"\b(?:medeplichtig\w*|medeschuldig\w*)\b", name="followups.medeplichtig")
_DID_IT_TOO = linear(r"\b(?:ik (?:heb|had) (?:\w+ ){0,3}(?:meegedaan|ingevoerd|getekend|goedgekeurd|aangepast|gejat"
                     r"|meegenomen|afgetekend|ondertekend|geboekt|gedeclareerd)|ik deed (?:\w+ ){0,2}mee"
                     # "And I approved the invoices myself. Ben ik dan medeplichtig?" (round 31 C c07: "Nee, je bent
                     # niet medeplichtig omdat je iets zag")
                     r"|i (?:have |had |also )?(?:signed|approved|entered|booked|changed|filed|did) (?:\w+ ){0,3}"
                     r"(?:myself|too|as well|also)"
                     r"|i (?:have |had |also )?(?:signed|approved) (?:them|it|those|these|the)"
                     r"|(?:mijn|m'n|mn) (?:handtekening|paraaf) (?:staat|stond))\b", name="followups.zelf_gedaan")
# "if I sign it and it is fraud, ben ik dan medeplichtig?", "als ik die factuur goedkeur" (round 31 A c08): asked to
# sign or approve, not yet done
_WILL_SIGN = linear(r"\b(?:als|if|wanneer|when) (?:ik|i) (?:\w+ ){0,3}(?:teken|onderteken|goedkeur|afteken|akkoord geef"
                    r"|sign|approve)|\b(?:moet|mag|kan) ik (?:\w+ ){0,4}(?:tekenen|ondertekenen|goedkeuren|aftekenen)\b"
                    r"|\b(?:keur|teken) ik (?:\w+ ){0,3}(?:goed|af)\b", name="followups.moet_tekenen")
# A meeting of one's own with the manager or HR, not the talk with the counsellor (see IEMAND_MEE_NAAR_GESPREK).
_WORK_MEETING = (r"(?:(?:hr|p&o|personeels|functionerings|beoordelings|exit|verzuim|slechtnieuws|evaluatie|disciplinair"
                 r"|ontslag|correctie|verbeter)[- ]?gesprek|meeting|overleg|vergadering|hoorzitting"
                 r"|gesprek (?:\w+ )?(?:met|bij) (?:de |het |mijn |m'n |mn |die |onze )?(?:\w+ )?(?:manager|hr|p&o"
                 r"|personeelszaken|directeur|directie|leidinggevende|teamleider|baas|chef|afdelingshoofd|hem|haar"
                 r"|onderzoekers?|commissie|klachtencommissie|integriteitsbureau|compliance|recherche))\b")
_BRING_TO_MEETING = linear(
    r"\b(?:(?:mag|kan|kun|moet) (?:ik|er)|(?:ik|er) (?:\w+ ){0,2}(?:mag|kan|mogen)) (?:\w+ ){0,3}"
    r"(?:meenemen|mee nemen|meebrengen|meepakken|mee pakken|mee|bij hebben|bij laten zijn"
    r"|laten meekomen|meekomen)\b(?: \w+){0,2} (?:naar|bij|in|tijdens|to) (?:dat|het|die|de|mijn|m'n|mn|dit) "
    r"(?:\w+ ){0,2}" + _WORK_MEETING
    + r"|\b(?:alleen|zonder iemand) (?:naar|in) (?:dat|het|die|de|mijn|m'n|mn) (?:\w+ ){0,2}" + _WORK_MEETING,
    name="followups.mee_naar_gesprek")
# "Ik heb volgende week een gesprek met de onderzoekers. Mag ik daar iemand bij meenemen?" (round 34 A c04: the times)
_BRING_THERE = linear(r"\b(?:mag|kan|kun|moet) (?:ik|er) (?:daar|daarbij|erbij|er) (?:\w+ ){0,3}(?:meenemen|mee nemen"
                      r"|meepakken|mee pakken"
                      r"|meebrengen|bij hebben|bij laten zijn|bij zijn|mee)\b", name="followups.daar_iemand_bij")
_A_WORK_MEETING = linear(_WORK_MEETING, name="followups.werkgesprek")
_BRING_ANYONE = linear(r"\b(?:mag|kan) ik (?:\w+ ){0,2}(?:iemand|een collega|een vriend\w*|mijn \w+) "
                       r"(?:meenemen|meebrengen|meepakken)\b", name="followups.iemand_meenemen")
_COURT = linear(r"\b(?:rechter|rechtbank|rechtszaak|court|judge|justitie|officier van justitie)\b",
                name="followups.rechter")
_MADE_TO_TELL = linear(r"\b(?:gedwongen|verplicht|verplichten|dwingen|laten getuigen|getuig\w*|testify|forced|made to"
                       r"|moet (?:\w+ ){0,2}vertellen|vertellen wat)\b", name="followups.moet_getuigen")
_OTHER_ALSO_TO_VP = linear(
    r"\b(?:mag|kan|kun|mogen|kunnen) (?:mijn|m'n|mn|een|die|onze|de) (?:\w+ )?(?:vriend|vriendin|maat|collega|collegas"
    r"|broer|zus|partner|man|vrouw|teamgenoot|buurman|buurvrouw)\b (?:(?:ook|zelf|ook zelf|zelf ook) (?:met|naar|bij) "
    r"(?:de|een|die|jullie) (?:vertrouwenspersoon|vp|vpi)\b|(?:met|bij) (?:de|een|die|jullie) "
    r"(?:vertrouwenspersoon|vp|vpi) (?:\w+ ){0,2}(?:praten|spreken|afspreken)\b)"
    r"|\b(?:hij|zij|ze) wil (?:\w+ ){0,2}(?:zelf|ook) een afspraak\b",
    name="followups.ander_ook_naar_vp")
_SOMEONE_ELSE_ANSWERS = linear(
    r"\b(?:als|wanneer|stel dat|if) (?:mijn|m'n|mn|my) (?:vrouw|man|partner|vriend|vriendin|moeder|vader|ouders|zoon"
    r"|dochter|kind|kinderen|huisgenoot|wife|husband)\b(?: \w+){0,3} (?:opneemt|opnemen|aanneemt|neemt op|answers"
    r"|picks up|de telefoon pakt)\b",
    name="followups.ander_neemt_op")
# "gaat vp het aan mn school vertellen?", "vertelt de vertrouwenspersoon het aan mijn school of mijn ouders?"
# (round 34 A c08: ignored three times): whether the counsellor tells the school or the parents
_VP_TELLS_SCHOOL = linear(
    r"\b(?:gaat|gaan|zal|zullen|vertelt|zegt|belt|mailt|informeert|licht|geeft)\b (?:de |die |jullie )?"
    r"(?:vp|vpi|vertrouwenspersoon|vertrouwenspersonen|ze|zij|hij|jij|je)\b(?: \w+){0,4} (?:aan |tegen |met )?"
    r"(?:mijn|mn|m'n|me) (?:school|ouders|stagebegeleider|stagedocent|docent|mentor|opleiding|stagecoordinator"
    r"|moeder|vader)\b",
    name="followups.vp_vertelt_school")
_SHAKING_AFTER = linear(r"\b(?:ik )?(?:zit |sta )?(?:te )?(?:tril|tril nog|trillen|beef|beven|bibber|bibberen)\b"
                        r"|\b(?:i'?m|i am) (?:still )?shaking\b", name="followups.trillen")
_DANGER_OVER = linear(r"\b(?:politie|beveiliging|ze) (?:heeft|hebben) hem\b|\bniemand (?:is )?gewond\b|\bhij is weg\b"
                      r"|\b(?:het is|is het) voorbij\b|\bmeegenomen\b|\bpolice took him\b|\bhe'?s gone\b",
                      name="followups.gevaar_voorbij")
_COUNSELLOR_OR_SHE = linear(r"\b(?:vertrouwenspersoon|vertrouwenspersonen|vp|vpi|ze|zij|hij|die|jullie|jij|u"
                            r"|counsell?or)\b",
                            name="followups.vp_of_zij")
_NOBODY_MAY_KNOW = linear(
    r"\b(?:mijn|m'n|mn|de|die|onze|het|me) (?:\w+ ){1,4}(?:mag|mogen) (?:het|dit|dat) (?:ook |echt |absoluut |zeker "
    r"|dus |gewoon )?(?:niet|nie|niet niet) (?:weten|horen|te weten komen)\b",
    name="followups.niemand_weten")
_SIGN_AT_MEETING = linear(
    r"\b(?:moet|hoef|mag|kan|zal|must|should|do) (?:ik|i) (?:\w+ ){0,5}(?:tekenen|ondertekenen|aftekenen|sign"
    r"|paraferen)\b|\b(?:handtekening|tekenen|ondertekenen) (?:\w+ ){0,3}(?:verplicht|moet|moeten)\b",
    name="followups.tekenen_gesprek")
_SIGN_WHAT = linear(
    r"\b(?:verslag|gespreksverslag|verbeterplan|verbetertraject|dossier|brief|formulier|papier|papieren|document"
    r"|waarschuwing|vaststellingsovereenkomst|beoordeling|hr|p&o|manager|leidinggevende|baas|chef|directeur|gesprek"
    r"|meeting|verklaring)\b",
    name="followups.tekenen_wat")
# "nee geen fraude!! ik bedoel als HR mij morgen een papier voorlegt, moet ik dat dan direct ondertekenen?" (round 34 B
# c02: read as signing what is false)
_NO_FRAUD = linear(r"\b(?:geen|niet|no|not) (?:\w+ )?(?:fraude|frauderen|fraud|sjoemel\w*)\b",
                   name="followups.geen_fraude")
# Signing what is false is another question (MEDEPLICHTIG_TEKENEN, nee_zeggen_integriteit)
_FRAUD_SIGNED = linear(r"\b(?:niet klopt|klopt niet|kloppen niet|niet kloppen|vals\w*|nep|factu\w*|declarati\w*|uren"
                       r"|urenbriefjes?|timesheets?|bonnetjes|fraude|frauderen|sjoemel\w*|gelogen|leugen)\b",
                       name="followups.vals_tekenen")


_MY_FAULT = linear(
    r"\b(?:is|was) (?:het|dit|dat|t) (?:dan |toch |eigenlijk |nou |niet )*(?:mijn|m'n|mn) (?:eigen )?schuld\b"
    r"|\b(?:mijn|m'n|mn) eigen schuld\b|\bligt (?:het|dit|dat) (?:dan |toch |eigenlijk |nou )*aan (?:mij|me)\b"
    r"|\b(?:heb|had) ik (?:het|dit) (?:zelf |dan |toch )*(?:uitgelokt|gezocht|over mezelf afgeroepen)\b"
    r"|\bis it my (?:own )?fault\b",
    name="followups.mijn_schuld")
# ... not from someone who took part ("is het mijn schuld dat hij thuis zit? ik deed mee")
_TOOK_PART = linear(r"\b(?:door (?:ons|mij|mijn schuld)|ik deed (?:\w+ )?mee|(?:heb|had) (?:\w+ )?meegedaan"
                    # "ook niet omdat ik het geld heb gehad?" (round 32 C c03: the whistleblower's protection, twice)
                    r"|ik (?:heb|had) (?:het|dat|dat|een deel van het|mijn deel van het) geld (?:\w+ )?"
                    r"(?:gehad|gekregen"
                    r"|aangenomen|gehouden|gedeeld)|ik kreeg (?:er )?(?:\d+|geld|een deel)"
                    r"|ik (?:het|dat|er|mijn deel van het) geld (?:voor )?(?:heb|had) "
                    r"(?:gehad|gekregen|aangenomen|gehouden)"
                    r"|ik was (?:een van|één van) de"
                    r"|ik heb (?:hem|haar) (?:\w+ ){0,2}(?:gepest|uitgescholden|geslagen))\b",
                    name="followups.deed_mee")


def fears_or_plays_down(text: object) -> bool:
    """Whether ``text`` says the writer is scared, or plays a danger down or doubts themselves
    ("ik ben een beetje bang voor straks", "zal wel bluf zijn", "overdrijf ik?")."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    return bool(norm) and not norm.startswith("/") and bool(
        _SCARED.search(norm) or _PLAYED_DOWN.search(norm) or _DOUBT.search(norm))


def threat_for_later(text: object) -> bool:
    """True when the text tells of a threat that may come true later (tonight, tomorrow, after the
    shift) and asks what to do or says the writer is scared (see VEILIG_STRAKS)."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    return _told_for_later(norm) and bool(_ACT_NOW.search(norm) or _WHOM_NOW.search(norm) or _SCARED.search(norm)
                                          or _ASKED.search(norm) or _PLAYED_DOWN.search(norm))


def threat_told_for_later(text: object) -> bool:
    """True when the text tells of a threat that may come true later (see threat_for_later), asked
    about or not: in a story, the telling is enough."""
    return _told_for_later(normalise(str(text or "")[:MAX_CHARS]))


# A threat without a threatening word: "stuurde me een foto van mijn voordeur met 'tot vanavond'", "hij
# weet waar ik woon" (round 28 B c07, C c09: the suicide question, then the list of every help line)
_SHOWS_HE_KNOWS = linear(
    r"\b(?:foto|fotos|foto's|filmpje|plaatje) van (?:mijn|m'n|mn|je|jouw|ons|onze) (?:voordeur|deur|huis|woning|auto"
    r"|straat|flat|adres|kinderen|tuin)\b"
    r"|\b(?:weet|weten|kent|kennen) (?:\w+ ){0,2}waar (?:ik|je|jij|we) (?:woon|woont|wonen)\b"
    r"|[\"'](?:tot|see you|zie je) (?:vanavond|vannacht|morgen|straks|later|tonight|tomorrow)\b",
    name="followups.laat_zien_dat_hij_weet")


def _told_for_later(norm: str) -> bool:
    threat = _WAITS_FOR_ME.search(norm) or _WAITS_FOR_YOU.search(norm) or _SHOWS_HE_KNOWS.search(norm) \
        or (_THREATENED.search(norm) and not _JOB_THREAT.search(norm))
    return bool(threat and _LATER.search(norm))


def direct_answer(text: object) -> str | None:
    """The FAQ key of a direct follow-up question in ``text`` (see the module), or None. A button
    payload and a message longer than MAX_WORDS ask none."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if not norm or norm.startswith("/"):
        return None
    if books_for_someone_else(norm):  # also in a long story (fifteenth stranger recheck c08)
        return AFSPRAAK_VOOR_ANDER
    if asks_about_another_meeting(norm):  # "ben ik verplicht naar het gesprek met hem?" (round 32 recheck A c08)
        return GESPREK_MET_DE_ANDER
    if asks_how_to_talk_to_colleague(norm):  # "hoe begin ik het gesprek met Sanne?" (round 33 A c01)
        return GETUIGE_GESPREK
    if _COURT.search(norm) and _MADE_TO_TELL.search(norm) and _COUNSELLOR_OR_SHE.search(norm):
        return VP_GETUIGEN  # before "wat ik gezegd heb ... vertellen": not the chat's secrecy
    if _OTHER_ALSO_TO_VP.search(norm) and (_ASKED.search(norm) or "kan dat" in norm):
        return ANDER_OOK_NAAR_VP
    if _SOMEONE_ELSE_ANSWERS.search(norm):
        return IEMAND_ANDERS_NEEMT_OP
    if _VP_TELLS_SCHOOL.search(norm):
        return NIEMAND_HOEFT_HET_TE_WETEN
    if _SHAKING_AFTER.search(norm) and _DANGER_OVER.search(norm):
        return TRILLEN
    told = _NOBODY_MAY_KNOW.search(norm)
    if told and "?" not in norm[told.end():told.end() + 2]:  # told, not asked ("mag hij het niet weten?")
        return NIEMAND_HOEFT_HET_TE_WETEN
    meeting_question = (_BRING_TO_MEETING.search(norm) or _BRING_THERE.search(norm) or _BRING_ANYONE.search(norm)
                        or _SIGN_AT_MEETING.search(norm)) and _ASKED.search(norm)
    if meeting_question and _A_WORK_MEETING.search(norm) and roles.said_role(norm) == roles.BESCHULDIGD:
        return BESCHULDIGDE_GESPREK
    if _BRING_THERE.search(norm) and _A_WORK_MEETING.search(norm) and _ASKED.search(norm):
        return IEMAND_MEE_NAAR_GESPREK
    if _BRING_TO_MEETING.search(norm) and (_ASKED.search(norm) or "vroeg of" in norm or "vraag of" in norm):
        # "mag ik iemand meenemen naar dat gesprek morgen met HR?" (round 33 recheck c05: a second booking)
        return IEMAND_MEE_NAAR_GESPREK
    if _SIGN_AT_MEETING.search(norm) and _SIGN_WHAT.search(norm) and not _ACCESSORY.search(norm) \
            and not _FRAUD_SIGNED.search(_NO_FRAUD.sub(" ", norm)):
        return TEKENEN_GESPREK  # "moet ik dat verslag morgen tekenen?"
    if _OWN_WORDS_ASKED.search(norm) and _WHO_HEARS.search(norm) and not _BOSS_NAMED.search(norm) \
            or _vp_tells_the_boss(norm):
        return VP_HOORT_CHAT_NIET  # "krijgt zij te horen wat ik net zei?", "geef je door wat ik hier typ aan haar"
    if workplace_danger(norm):  # danger to people at work soon: also in a long story
        return GEVAAR_WERKPLEK
    if impaired_at_work(norm):  # someone under the influence at the wheel now: also in a long story
        return ONDER_INVLOED
    if _STEP_IN.search(norm) and _ASKED.search(norm):
        # "... wat doe ik als hij weer begint? moet ik er tussen springen?" (round 33 A c04: the victim's "Zeg dan
        # duidelijk: Stop"): also at the end of a story
        return GETUIGE_INGRIJPEN
    if _SEND_HOME.search(norm):
        return MEDEWERKER_NAAR_HUIS
    if _BAN_CUSTOMER.search(norm):
        return KLANT_WEREN
    if _MY_FAULT.search(norm) and not _TOOK_PART.search(norm):  # self-blame: also at the end of a story
        return NIET_JOUW_SCHULD
    if _OWN_REACTION.search(norm) and (_ASKED.search(norm) or len(norm.split()) <= MAX_WORDS):
        return REACTIE_NORMAAL
    if _PERMIT.search(norm) and (_ASKED.search(norm) or "?" in norm) and not _DID_IT_TOO.search(norm) \
            and not _TOOK_PART.search(norm):
        # "maar mijn verblijfsvergunning. als ze mij ontslaan wat gebeurt er dan?" (round 32 C c03: the reporter's
        # protection, "te goeder trouw"): the permit is a legal question; the counsellor tells nobody
        return VERBLIJFSVERGUNNING
    if _SAFE_PLACE.search(norm) and (_ASKED.search(norm) or "?" in norm or "vroeg of" in norm or "vraag of" in norm):
        return VEILIGE_PLEK  # "ik denk dat ik bij mn zus ga slapen vannacht. is dat stom?" (round 32 C c06)
    if len(norm.split()) <= MAX_WORDS and threat_for_later(norm):
        return VEILIG_STRAKS
    tail = norm[-_TAIL_CHARS:]
    if len(norm.split()) > MAX_WORDS and _CALL_POLICE.search(tail) and _ASKED.search(tail) \
            and not _NO_ADDRESS.search(tail) and not _DOUBTS_112.search(tail):
        # "de bedrijfsleider is al naar huis ... beveiliging hebben we niet. kan ik de politie bellen voordat er
        # iets gebeurd is of is dat raar" (twenty-seventh recheck A c06: "Sorry, ik weet niet zeker wat je
        # bedoelt"): asked at the end of a long message too
        return POLITIE_BELLEN
    if _reports_to_the_top(norm) and _ASKED.search(norm):
        # "aan wie legt de vertrouwenspersoon verantwoording af? De gemeentesecretaris, P&O? Ik wens niet dat mijn
        # naam ..." (round 31 recheck B c07 replay, 36 words: the answer on advice without a name): also in a longer one
        return VP_ONAFHANKELIJK
    if len(norm.split()) > MAX_WORDS:
        return None
    if _PILLS_AWAY.search(norm):
        return PILLEN_WEG
    if (_ABROAD.search(norm) and _NUMBER_WORKS.search(norm) and (_ASKED.search(norm) or _DOES_NOT_WORK.search(norm))) \
            or _BELGIAN_LINE.search(norm):
        # also told: "113 werkt hier niet, ik woon in belgie", and the Belgian line named: "mijn zus zegt dat
        # ik de zelfmoordlijn 1813 kan bellen, is dat hetzelfde?" (twenty-fifth stranger test C c07: the 113
        # block six times)
        return NUMMER_BUITENLAND
    if _AS_A_MAN.search(norm) and _ASKED.search(norm):
        return OOK_VOOR_MANNEN
    if _NO_INTRANET.search(norm) and _REACH_ASKED.search(norm):
        return ANONIEM_BELLEN
    if _OUTSIDE_WORK.search(norm) and _COUNTS_ASKED.search(norm):
        return TELT_BUITEN_WERK
    if _asks_inside(norm):
        return INTERN_EXTERN
    if len(norm.split()) <= _GENDER_WORDS and _GENDER_ASKED.search(norm) and not _PARTNER.search(norm):
        # not "is mijn vrouw ook welkom?" (twenty-sixth stranger test B: "mijn vrouw" got the gender answer)
        return VP_GESLACHT
    if _SHOWER.search(norm) and not _SHOWER_AT_WORK.search(norm):
        return DOUCHEN
    if _WHO_STOPS_IT.search(norm) and _PUBLIC_HARM.search(norm) and (_SOON.search(norm) or _STOP_IT.search(norm)):
        return DRINGEND_EXTERN
    if _REPORT_FOR_ME.search(norm):
        return AANGIFTE_VOOR_MIJ
    if _PHOTO_THREAT.search(norm) or _SENT_ONE.search(norm):
        return FOTO_DREIGING
    if _PHOTOS_ASKED.search(norm) and _PHOTOS_PRESSED.search(norm):
        return FOTOS_STUREN
    if _CARE_NOW.search(norm) and _PATIENTS.search(norm):
        return ZORG_GAAT_VOOR
    if _patients_at_risk(norm) or (_CARED_FOR_HURT.search(norm) and (_ACT_NOW.search(norm) or _ASKED.search(norm))):
        return PATIENTEN_NU
    if _DATA_LEAK.search(norm) and (_ASKED.search(norm) or _HOW_FAST.search(norm)):
        return DATALEK
    if _STAGE_SCHOOL.search(norm) and _TELL_VERB.search(norm) and _ASKED.search(norm):
        return STAGE_SCHOOL
    if _PARENTS_KNOW.search(norm) and _ASKED.search(norm):
        return OUDERS_WETEN
    if _PRESS.search(norm) and _PRESS_ASKED.search(norm):
        return NAAR_DE_PERS
    if (_CALL_112.search(norm) or _CALL_POLICE.search(norm)) and _NO_ADDRESS.search(norm) and _ASKED.search(norm):
        return ZONDER_ADRES_BELLEN
    if _ABOUT_113.search(norm) and _WHAT_113_DOES.search(norm) and _ASKED.search(norm) \
            and not _CALLED_113.search(norm):
        return WAT_DOET_113
    if _TELL_DEATH_WISH.search(norm) and _ASKED.search(norm):
        return VP_ZELFMOORDGEDACHTEN
    if _CALL_112.search(norm) and _DOUBTS_112.search(norm) and not _NO_112.search(norm):
        return BELLEN_112
    if _IS_IT_DANGER.search(norm):
        return DIRECT_GEVAAR
    if _DECIDE_MYSELF.search(norm) and _A_CASE.search(norm):
        return EIGEN_BELANG
    if _NO_NEED_TO_TELL.search(norm):
        return MELDEN_BIJ_MANAGER
    if _REGULATOR.search(norm) and _MAY_I_CONTACT.search(norm):
        # "vlees gaat morgen naar supermarkt, vandaag NVWA bellen?" (twenty-seventh stranger test A c03: a
        # booking for Friday, four times): with a deadline, the urgent answer
        return DRINGEND_EXTERN if _SOON.search(norm) and _PUBLIC_HARM.search(norm) else EERST_INTERN
    if _CALL_POLICE.search(norm) and _ASKED.search(norm):
        return POLITIE_BELLEN
    if _SICK_LEAVE.search(norm):
        return ZIEK_MELDEN
    if _BACK_TO_WORK.search(norm):
        return WEER_WERKEN
    if _DUTY_TO_REPORT.search(norm) and _CIVIL_SERVANT.search(norm) and _ASKED.search(norm):
        return MELDPLICHT_AMBTENAAR
    if _ACCESSORY.search(norm) and _ASKED.search(norm) and _WILL_SIGN.search(norm) and not _DID_IT_TOO.search(norm):
        return MEDEPLICHTIG_TEKENEN  # asked to sign or approve: not the bystander's "no"
    if _ACCESSORY.search(norm) and _ASKED.search(norm) and _DID_IT_TOO.search(norm):
        return EIGEN_ROL  # signed or approved oneself: one's own part, in confidence
    if _ACCESSORY.search(norm) and _ASKED.search(norm):
        return MEDEPLICHTIG  # after the civil servant's duty to report, which has its own answer
    if _SUE.search(norm) and _ASKED.search(norm) and not _ALLOWED_ASKED.search(norm):
        # not "is dat wel toegestaan? kan ik hem voor de rechter slepen?": whether it is allowed
        # has its own answer (unequal treatment is not), with the College and the Juridisch Loket
        return LEGAAL
    if _EMPLOYER_MUST.search(norm):
        return WERKGEVER_MOET
    if _COPY_DOCUMENTS.search(norm) and _DOCUMENTS.search(norm) and _ASKED.search(norm):
        return STUKKEN_MEENEMEN
    if _PUNISHABLE.search(norm) and (_ASKED.search(norm) or _IS_IT_QUESTION.search(norm)):
        return STRAFBAAR
    symptoms = len(_SYMPTOM.findall(norm))
    if symptoms and (_SEE_DOCTOR.search(norm) and _ASKED.search(norm) or symptoms >= 2) and not _SICK_OF.search(norm):
        # told with two signs ("misselijk en alles draait als ik opsta", recheck c02) also without a question
        return DOKTER
    if _CODE_OF_OTHERS.search(norm) and _ASKED.search(norm):
        return CODE_VAN_ANDER
    if _WORK_CHANNEL.search(norm) and _SEEN.search(norm) and _ASKED.search(norm):
        return WERK_KANAAL
    if (_ASKED.search(norm) or _WANTS_TO_KNOW.search(norm)) \
            and (_REPORT.search(norm) or _FIGURES.search(norm) and _FIGURES_FOR.search(norm)) \
            and not _FIGURES_FRAUD.search(norm):
        return JAARVERSLAG
    if _VP_PUNISHES.search(norm) and not _HELPS_ME.search(norm):
        return VP_STRAFT_NIET
    if _TEAM_FINDS_OUT.search(norm) and _ABOUT_ME_TELLING.search(norm) and not _fears_being_found_out(text, norm):
        # "Als ik een officiële klacht indien, weten die collega's dan dat het van mij komt?" (round 32 A c06: "Nee.
        # Van mij ... hoort niemand"): after a formal step the other hears it, as a rule from whom
        return WAT_GEBEURT_MELDING if _FORMAL_STEP.search(norm) and _OWN_FORMAL_STEP.search(norm) else TEAM_HOORT_NIETS
    if _BOSS_FINDS_OUT.search(norm) and not _FORMAL_STEP.search(norm) and not _CALENDAR.search(norm):
        return TEAM_HOORT_NIETS  # the school or the employer hears nothing from the bot or the VP
    if _reports_to_the_top(norm):
        return VP_ONAFHANKELIJK
    if _HE_FINDS_OUT.search(norm) and _ASKED.search(norm) and _THE_COUNSELLOR.search(norm):
        # "belt hij me dan op het nummer dat ik gaf? en weet hij al waar het over gaat?" about the
        # counsellor (nineteenth stranger test A c07: "Nee. Van mij en van de vertrouwenspersoon hoort
        # hij niets", twice): what the counsellor gets of a booking
        return VP_WEET_VAN_AFSPRAAK
    if _HE_FINDS_OUT.search(norm) and _ASKED.search(norm) and not _FORMAL_STEP.search(norm) \
            and not _THIS_SCREEN.search(norm):
        # (not "kan ik dit chatvenster wissen? straks ziet hij het op deze computer": round 29 A c08, the
        # classifier's answer on clearing the screen)
        # "en wat als ik een klacht indien, weet hij dan dat ik het ben?": with a complaint he does
        # hear of it (hoor en wederhoor); the classifier's answer on the complaint says so
        return DADER_HOORT_NIETS
    if _someone_named_finds_out(norm) and (_ASKED.search(norm) or norm.endswith((" he", " toch", " hoop ik"))) \
            and not _FORMAL_STEP.search(norm) and not _THIS_SCREEN.search(norm) \
            and not _THE_COUNSELLOR.search(norm):
        return DADER_HOORT_NIETS
    if _CANCEL_OK.search(norm):
        return AFZEGGEN_MAG
    if len(norm.split()) <= 15 and _WHY_HERE.search(norm):
        return WAAROM_HIER
    if _WANTS_SACKED.search(norm) and not _ME_SACKED.search(norm):
        return ANDER_ONTSLAGEN
    if len(norm.split()) <= _VENT_WORDS and _VENTING.search(norm) and _SOMEONE.search(norm):
        return BOOS_OP_IEMAND
    if (_DID_IT_TOO.search(norm) or _TOOK_PART.search(norm)) and _OWN_CONSEQUENCES.search(norm) \
            and (_ASKED.search(norm) or "?" in norm):
        # "dus als ik het zelf vertel krijg ik geen problemen? ook niet omdat ik het geld heb gehad?" (round 32 C c03:
        # "Wie te goeder trouw een melding doet, hoort daar geen nadeel van te krijgen"): one's own part
        return EIGEN_ROL
    if _JOB_LOST.search(norm) and _SPEAKING_UP.search(norm) and not _WANTS_SACKED.search(norm) \
            and not _JOB_LOST_OTHERWISE.search(norm):
        # "maar ik deed zelf ook mee. word ik dan ontslagen als ik het zeg" (round 31 recheck A c02: "te goeder trouw
        # ... geen nadeel"): one's own part, not the reporter's protection
        return EIGEN_ROL if _DID_IT_TOO.search(norm) or _TOOK_PART.search(norm) else BESCHERMING
    if _BLOCK.search(norm):
        return BLOKKEREN
    if _GIFT.search(norm) and _ASKED.search(norm) and _GIFT_ACT.search(norm):
        return GESCHENK
    if _WITNESS_TELL.search(norm) and _SAY_STOP.search(norm):
        return GETUIGE_INGRIJPEN  # "mag ik tegen die man zeggen stop als ik het zie?": to him, not to the others
    if _WITNESS_TELL.search(norm) and _THE_OTHERS.search(norm) and not _TELL_MANAGER.search(norm):
        return GETUIGE_VERTELLEN
    if _DISCRIMINATION.search(norm) and _GROUND.search(norm) and _IS_IT.search(norm) and _ASKED.search(norm):
        return GROND_DISCRIMINATIE
    if _WHAT_HAPPENS.search(norm) and "afspraak" not in norm:  # "... als ik een afspraak maak": afspraak_geen_klacht
        return WAT_GEBEURT_MELDING
    if len(norm.split()) <= 10 and _APP.search(norm) and _ASKED.search(norm) and not _APP_PRIVACY.search(norm):
        return VIA_TEAMS
    if not _ASKED.search(norm):
        return None
    if _THREAT.search(norm) and _GOING_TO_VP.search(norm):
        return DREIGEN_NA_VP
    if _VP_TO_OTHERS.search(norm) and not _HEARS_OF_IT.search(norm):
        return VP_NIET_ZONDER_JOU
    if _PART_OF_JOB.search(norm) or (_BELONGS.search(norm) and _AGGRESSION.search(norm)):
        return HOORT_BIJ_WERK
    if len(norm.split()) <= 12 and _LEGAL.search(norm):
        return LEGAAL
    if len(norm.split()) <= 15 and _BOTH.search(norm) and _DISCUSS.search(norm):
        return ALLEBEI_BESPREKEN
    return None
