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

``direct_answer`` gives the FAQ key (faq/<key>) for such a question, or None. Deliberately narrow
cues, on short messages only: a story with a question at its end is recognised as a story first
(bot.nlu.components.DirectAnswer). Pure: no Rasa. Linear in the text, which is capped first."""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise

MAX_CHARS = 2000
MAX_WORDS = 30

BLOKKEREN = "blokkeren"
GESCHENK = "geschenk"
VP_STRAFT_NIET = "vp_straft_niet"
GETUIGE_VERTELLEN = "getuige_vertellen"
GROND_DISCRIMINATIE = "grond_discriminatie"
VIA_TEAMS = "via_teams"
WAT_GEBEURT_MELDING = "wat_gebeurt_melding"
KEYS = (BLOKKEREN, GESCHENK, VP_STRAFT_NIET, GETUIGE_VERTELLEN, GROND_DISCRIMINATIE, VIA_TEAMS, WAT_GEBEURT_MELDING)

# asked as a question: a question mark, or "moet ik", "mag ik", ...
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
           r"zeggen dat (?:hij|ze|zij))")
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


def direct_answer(text: object) -> str | None:
    """The FAQ key of a direct follow-up question in ``text`` (see the module), or None. A button
    payload and a message longer than MAX_WORDS ask none."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    if not norm or norm.startswith("/") or len(norm.split()) > MAX_WORDS:
        return None
    if _VP_PUNISHES.search(norm) and not _HELPS_ME.search(norm):
        return VP_STRAFT_NIET
    if _BLOCK.search(norm):
        return BLOKKEREN
    if _GIFT.search(norm) and _ASKED.search(norm) and _GIFT_ACT.search(norm):
        return GESCHENK
    if _WITNESS_TELL.search(norm) and _THE_OTHERS.search(norm) and not _TELL_MANAGER.search(norm):
        return GETUIGE_VERTELLEN
    if _DISCRIMINATION.search(norm) and _GROUND.search(norm) and _IS_IT.search(norm) and _ASKED.search(norm):
        return GROND_DISCRIMINATIE
    if _WHAT_HAPPENS.search(norm) and "afspraak" not in norm:  # "... als ik een afspraak maak": afspraak_geen_klacht
        return WAT_GEBEURT_MELDING
    if len(norm.split()) <= 10 and _APP.search(norm) and _ASKED.search(norm) and not _APP_PRIVACY.search(norm):
        return VIA_TEAMS
    return None
