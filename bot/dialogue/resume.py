"""The open question: what the bot waits on. It decides what "ja" or "nee" means (see
data/rules) and what the bot asks again after a side question."""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise
from bot.vocabulary import OUTSIDE_TASK

CHECK_SITUATIE = "check_situatie"
KIES_SITUATIE = "kies_situatie"
OPTIES = "opties"
BUITEN_OOK_GEDRAG = "buiten_ook_gedrag"
TWEE_SITUATIES = "twee_situaties"  # two matters at once: which first?
BEDOELING = "bedoeling"  # "Bedoel je ...?" (utter_ask_affirmation): a typed yes or no answers it
LUISTEREN = "luisteren"  # the person only wants to tell: the bot listens, the check comes later
OPEN_VRAGEN = (CHECK_SITUATIE, KIES_SITUATIE, OPTIES, BUITEN_OOK_GEDRAG, TWEE_SITUATIES, BEDOELING, LUISTEREN)


def after_situation(soort: str, confirmed: bool) -> str:
    """The next question once a situation is known: outside the VP's task, ask whether
    undesirable behaviour plays a part; otherwise check it, or (once confirmed) show options."""
    if soort == OUTSIDE_TASK:
        return BUITEN_OOK_GEDRAG
    return OPTIES if confirmed else CHECK_SITUATIE


def affirmed_by_button(events: list[dict], intent: str | None) -> bool:
    """Whether the latest user message is the "yes" button of the bot's "Bedoel je ...?"
    question (utter_ask_affirmation) for this intent: the last bot message before it offered
    the payload "/<intent>". Rasa's two-stage fallback replays such a click as the intent itself."""
    if not intent:
        return False
    seen_user = False
    for event in reversed(events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "user" and not seen_user:
            seen_user = True
            text = event.get("text")
            if not (isinstance(text, str) and text.strip() == f"/{intent}"):
                return False
        elif kind == "bot" and seen_user:
            buttons = (event.get("data") or {}).get("buttons") or []
            return (event.get("metadata") or {}).get("utter_action") == "utter_ask_affirmation" and any(
                isinstance(b, dict) and b.get("payload") == f"/{intent}" for b in buttons)
    return False


def told_before(events: list[dict]) -> str:
    """The text of the person's message before the latest one, when it was typed (not a button):
    what was told before "Eerst hierover praten" was clicked; "" when there is none."""
    seen_user = False
    for event in reversed(events or []):
        if not isinstance(event, dict) or event.get("event") != "user":
            continue
        if seen_user:
            text = event.get("text")
            return text if isinstance(text, str) and not text.startswith("/") else ""
        seen_user = True
    return ""


def affirmation_asked(events: list[dict]) -> str | None:
    """The intent the bot's "Bedoel je ...?" offered (the payload of its yes button), when that
    question was the last thing the bot said before the latest user message; else None.

    Rasa's two-stage fallback ends by reverting the typed answer and the message it asked about
    (a ``rewind`` event) and replaying the answer: the user message just before a rewind is that
    same answer, so it is skipped on the way back to the question."""
    seen_user = False
    reverted = 0
    for event in reversed(events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "user" and not seen_user:
            seen_user = True
        elif kind == "rewind" and seen_user:
            reverted += 1
        elif kind == "user" and reverted:
            reverted -= 1
        elif kind == "user":
            return None
        elif kind == "bot" and seen_user:
            if (event.get("metadata") or {}).get("utter_action") != "utter_ask_affirmation":
                return None
            buttons = (event.get("data") or {}).get("buttons") or []
            payloads = [b.get("payload") for b in buttons if isinstance(b, dict)]
            intent = next((p[1:] for p in payloads if isinstance(p, str) and p.startswith("/")
                           and p != "/out_of_scope"), None)
            return intent if intent and intent.isidentifier() else None
    return None


def asked_about(events: list[dict]) -> dict | None:
    """The parse result of the message the bot's latest "Bedoel je ...?" asked about, when that
    question is the last thing the bot said; else None. A yes to "Bedoel je: je hebt een vraag
    over de vertrouwenspersoon?" is replayed as the bare intent ``/faq``, which carries no FAQ
    answer: the answer the response selector chose for the question itself is in this parse
    result (fifth stranger test, c11 and c30: an empty reply)."""
    asked = False
    for event in reversed(events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "bot" and not asked:
            if (event.get("metadata") or {}).get("utter_action") != "utter_ask_affirmation":
                return None
            asked = True
        elif kind == "user" and asked:
            parse = event.get("parse_data")
            return parse if isinstance(parse, dict) else None
    return None


# A bare /faq (a button) with no question behind it: what a counsellor does (the button "Wat
# doet een vertrouwenspersoon?" of utter_default, the label "een vraag over de
# vertrouwenspersoon"). The selector's choice for the question asked about, when it is too unsure
# to be the answer: confidentiality, what people ask first (brief, "Privacy expectations").
FAQ_GENERAL, FAQ_UNSURE = "utter_faq/wat_doet_vp", "utter_faq/vertrouwelijkheid"
FAQ_MIN_CONFIDENCE = 0.2


def faq_answer_of(parse: dict | None) -> str:
    """The FAQ response (``utter_faq/kosten``) for a yes to "Bedoel je: je hebt een vraag over de
    vertrouwenspersoon?" about the message with this parse result: the response selector's
    choice, FAQ_UNSURE when that choice was too unsure, FAQ_GENERAL when there was none."""
    selector = (parse or {}).get("response_selector") or {}
    chosen = selector.get("faq") or selector.get("default") or {}
    response = (chosen.get("response") or {}) if isinstance(chosen, dict) else {}
    utter = response.get("utter_action") or ""
    if not utter.startswith("utter_faq/"):
        return FAQ_GENERAL
    return utter if float(response.get("confidence") or 0.0) >= FAQ_MIN_CONFIDENCE else FAQ_UNSURE


# A typed "yes" to "Bedoel je ...?" (the buttons were not used): the whole message is a yes.
_YES = linear(
    r"(?:ja|jaa+|jep|jup|ja hoor|jazeker|zeker|klopt|dat klopt|precies|inderdaad|correct|yes|yep|yeah|ok|oke|okay"
    r"|dat bedoel ik|dat is het|juist|ja dat klopt|ja dat bedoel ik)"
    r"(?:[ ,!.]+(?:dat klopt|klopt|precies|inderdaad|zeker|dat bedoel ik|dat is het|indeed|correct|hoor|ja))*[ .!]*",
    name="resume.typed_yes")


# "ja laat maar zien", "laat maar eens horen": a yes to being shown something, not "laat maar" (stop)
_SHOW_ME = linear(r"^(?:(?:ja|jawel|ok|oke|okay|goed|graag)\W+){0,2}laat (?:maar|eens|me|mij|maar eens) (?:\w+ )?"
                  r"(?:zien|horen|weten|lezen)\b", name="resume.laat_maar_zien")


def shows_wanted(text: object) -> bool:
    """ "ja laat maar zien": a yes to see or hear what is offered."""
    raw = str(text or "")
    return len(raw) <= 120 and bool(_SHOW_ME.search(normalise(raw)))


def is_yes(text: object) -> bool:
    raw = str(text or "")
    return len(raw) <= 60 and bool(_YES.fullmatch(normalise(raw)))


# "ja, het gaat om de bewoners", "nee verder is iedereen aardig": a yes or no with more after it.
# The classifier is unsure of the whole (nlu_fallback); the first words answer the question.
# A hesitant yes counts too: "soms wel ja", "eigenlijk wel" (fourth stranger test, c16: the answer
# to the gentle check's "denk je erover om er niet meer te zijn?").
_LEADING_YES = linear(r"^(?:ja|jawel|jazeker|jep|jup|yes|klopt|dat klopt|precies|inderdaad|zeker|correct"
                      r"|soms wel|eigenlijk wel|af en toe wel|ja soms)\b[ ,.!]",
                      name="resume.leading_yes")
_LEADING_NO = linear(r"^(?:nee|neen|nope|no|nein|klopt niet|dat klopt niet|niet echt|helemaal niet)\b[ ,.!]",
                     name="resume.leading_no")
BEVESTIGEN, ONTKENNEN = "bevestigen", "ontkennen"

# After the gentle check ("Gaat het wel goed met je? ... denk je erover om er niet meer te zijn?"),
# "ja hoor", "ja het gaat wel", "ja hoor, gaat prima" answer the first question: it goes fine. A
# plain "ja", "soms wel" or "ja, het gaat niet goed" stays the safe yes (fourth stranger test).
_FINE = linear(
    r"(?:ja|jawel|jaja|jazeker|jep|jup)(?:[ ,.!]+hoor)?"
    r"(?:[ ,.!]+(?:het )?gaat (?:wel|goed|prima|best|oke|ok|wel goed|wel oke|prima hoor|goed hoor|wel hoor)"
    r"(?:[ ,.!]+hoor)?(?:[ ,.!]+(?:dank je|dankje|dank u|dankjewel|bedankt))?)?[ .!]*",
    name="resume.gaat_goed",
)


def says_fine(text: object) -> bool:
    """True for a short yes that says it goes fine ("ja hoor", "ja het gaat wel"), not a bare yes."""
    raw = str(text or "")
    norm = normalise(raw)
    if len(raw) > 60 or not _FINE.fullmatch(norm):
        return False
    return norm.strip(" .!,") not in ("ja", "jawel", "jaja", "jazeker", "jep", "jup")


def leading_answer(text: object) -> str | None:
    """``bevestigen`` or ``ontkennen`` when a short message (up to 120 characters) starts with a
    clear yes or no, alone or with more words after it; None otherwise."""
    raw = str(text or "")
    if len(raw) > 120:
        return None
    norm = normalise(raw) + " "
    if _LEADING_NO.search(norm):
        return ONTKENNEN
    if _LEADING_YES.search(norm):
        return BEVESTIGEN
    return None


# Read as "stop" by the classifier, but no wish to stop (stranger test 05): "ja maar is het erg
# genoeg?" doubts whether the matter counts; "wacht nee ik wil niet stoppen" takes a stop back.
DOUBT_INTENT, GO_ON_INTENT = "twijfel_vertellen", "wil_vertellen"
_DOUBT = linear(r"\b(?:erg|ernstig|zwaar|belangrijk|serieus) genoeg\b|\bstel ik me (?:nou |nu |wel )?aan\b"
                r"|\boverdrijf ik\b", name="resume.doubt")
_NOT_STOPPING = linear(r"\b(?:niet|nog niet|helemaal niet) (?:stoppen|ophouden|weg)\b", name="resume.not_stopping")


# "ik wil gewoon dat het pesten stopt", "ik wil dat ze ophouden": the matter should end, not the chat
# (eighteenth stranger test c01: "Dat is goed, we stoppen hier"); what can be done is the answer.
OPTIONS_INTENT = "vraag_opties"
_MATTER_TO_END = linear(
    r"\b(?:wil|wou|zou willen) (?:(?:gewoon|alleen|echt|maar|even|zo graag|graag) ){0,3}dat "
    r"(?:\w+ ){1,4}(?:stopt|ophoudt|op houdt|ophouden|stoppen|over is|voorbij is|weggaat)\b",
    name="resume.zaak_moet_stoppen")
_CHAT_TO_END = linear(r"\bdat (?:dit|het|dat|deze|de) (?:gesprek|chat|bot)\b", name="resume.chat_moet_stoppen")


def stop_taken_back(text: object) -> str | None:
    """For a message read as stopping: the intent it means instead (``twijfel_vertellen`` when
    it doubts whether the matter is serious enough, ``wil_vertellen`` when it says not to
    stop, ``vraag_opties`` when the matter should stop, see above), else None (a real stop)."""
    norm = normalise(text) if isinstance(text, str) else ""
    if _DOUBT.search(norm):
        return DOUBT_INTENT
    if _NOT_STOPPING.search(norm):
        return GO_ON_INTENT
    if _MATTER_TO_END.search(norm) and not _CHAT_TO_END.search(norm):
        return OPTIONS_INTENT
    return None


# A message that ends in a goodbye ("ok laat maar, ik vraag het wel aan de vakbond. doei", "nee dank
# je, ik ga eerst met mijn collega praten. doei"): the person leaves, whatever came before it (sixth
# stranger test c10, c30: the question was asked again, or the intake started over). Not a question,
# and not a long story with a goodbye at its end (that story is heard).
GOODBYE_INTENT = "afscheid"
GOODBYE_MAX_WORDS = 25
# Closing the chat is a goodbye too: "ik wilde gewoon afsluiten", "ik sluit af", and "afscheid" alone
# (the word of the goodbye button, typed or sent back from an older answer; seventh stranger test
# c15). "huh?" or "wat?" in front is surprise, not a question.
_GOODBYE_AT_END = linear(
    r"(?:^|[ ,.!;:])(?:do+e+i+|doeg|bye+|ciao|houdoe|groetjes|de groeten|tot ziens|tot later|tot kijk|salu+t|adieu|"
    r"(?:fijne|goede|prettige) (?:dag|avond|nacht|middag|weekend)(?: nog)?|welterusten|"
    # "laat maar. ik ga slapen" (round 28 recheck B c04, in the booking after the suicide answer: "Kies een van
    # de tijden")
    r"ik ga (?:nu |maar |even |dan |toch )*(?:slapen|naar bed|pitten|maar slapen)|"
    r"(?:ik )?(?:wil|wilde|wou|ga|kan)(?: (?:gewoon|gwn|even|nu|maar|eigenlijk|dan|het|dit|hier|dit gesprek|"
    r"het gesprek|de chat|deze chat)){0,3} (?:afsluiten|stoppen met chatten)(?: hoor| nu| maar)?|"
    r"ik sluit (?:het gesprek |de chat )?af(?: hoor| nu| maar)?|"
    # "laat ook maar, ik zie maandag wel" (round 32 recheck B c02, after the booking at night: the suicide answer
    # a seventh time)
    r"laat (?:het |dat )?(?:ook |dan |toch )?maar[ ,.!]+(?:ik )?zie (?:het |ik |(?:maandag|dinsdag|woensdag|"
    r"donderdag|vrijdag|zaterdag|zondag|morgen|straks|later|dan|daar|die afspraak|het gesprek) )?wel|"
    # "laat maar, bedankt" (eighth stranger test c05: the intake restarted)
    r"laat (?:het |dat )?(?:maar|maar zitten|maar even)[ ,.!]+(?:toch )?(?:bedankt|dank je wel|dank je|dankjewel|"
    r"dank u wel|dank u|dankuwel|thanks|thx|merci))[ .!]*(?:[:;]-?\)|x+)?[ .!]*$|^afscheid[ .!]*$",
    name="resume.afscheid_aan_het_eind")
_SURPRISE = linear(r"^(?:huh|he|hu|wat|pardon|hm+|eh+|uh+)\?+[ ]*", name="resume.verbaasd")
# "ok ik mail haar wel mijn nummer. bedankt" (round 28 A c03: the storage text): a plan told, then thanks
# after it, is leaving too; thanks alone or after a word or two stays thanks
_THANKS_AFTER_PLAN = linear(
    r"[.!,;] ?(?:ok[e]?[ ,.]+|nou[ ,.]+)?(?:bedankt|dank je wel|dank je|dankjewel|dank u wel|dank u|dankuwel|merci"
    r"|thanks|thx)(?: (?:hoor|voor (?:alles|je hulp|de hulp|het luisteren)))?[ .!]*(?:[:;]-?\)|x+)?[ .!]*$",
    name="resume.bedankt_na_plan")
_THANKS_MIN_WORDS = 5
# ... but not after a step of help ("ok ik ga 113 bellen. dank je"): that is answered as such
_HELP_STEP = linear(r"\b(?:112|113|0800\S*|bel|bellen|belt|gebeld|politie|ambulance|huisarts\w*|dokter|crisis\w*|hulp"
                    r"|luisterlijn|slachtofferhulp)\b", name="resume.hulpstap")


def goodbye_at_end(text: object) -> str | None:
    """``afscheid`` when a short message without a question ends in a goodbye (see above), else None."""
    norm = normalise(text)[:2000] if isinstance(text, str) else ""
    norm = _SURPRISE.sub("", norm, count=1)
    if "?" in norm or len(norm.split()) > GOODBYE_MAX_WORDS:
        return None
    if _GOODBYE_AT_END.search(norm):
        return GOODBYE_INTENT
    thanks = len(norm.split()) >= _THANKS_MIN_WORDS and _THANKS_AFTER_PLAN.search(norm) and not _HELP_STEP.search(norm)
    return GOODBYE_INTENT if thanks else None


CHECK_RESPONSE = "utter_check_situatie"


def check_answered_yes(events: list[dict]) -> bool:
    """Whether the person's answer to the bot's latest "Klopt het dat het gaat om ...?"
    (utter_check_situatie) began with a clear yes, although it was read as something else
    ("ja. maar is er nu iemand bereikbaar?", fifth stranger test c17): coming back to the open
    question then, the check is not asked again."""
    answer: dict | None = None
    for event in reversed(events or []):
        kind = event.get("event") if isinstance(event, dict) else None
        if kind == "user":
            answer = event
        elif kind == "bot" and (event.get("metadata") or {}).get("utter_action") == CHECK_RESPONSE:
            break
    else:
        return False
    if answer is None:
        return False
    intent = ((answer.get("parse_data") or {}).get("intent") or {}).get("name")
    text = answer.get("text")
    return intent == "bevestigen" or is_yes(text) or leading_answer(text) == BEVESTIGEN


# "ja mensen kunnen daar ziek van worden" to "Klopt het dat ...?": a yes as the first word, whatever follows
OPENING_YES = frozenset({"ja", "jaa", "jawel", "jazeker", "klopt", "inderdaad", "precies", "yes", "yep", "jep"})


def opens_with_yes(text: object) -> bool:
    """Whether the message's first word is a yes (OPENING_YES)."""
    words = str(text or "")[:40].lower().replace(".", " ").replace(",", " ").replace("!", " ").split()
    return bool(words) and words[0] in OPENING_YES
