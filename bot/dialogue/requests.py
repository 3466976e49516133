"""Is the person asking the bot to pass something on ("kun je dit aan HR doorgeven?", "zou u dit
voor mij willen melden bij het bestuur?")? The bot passes nothing on; it says so before anything
else, also when the request comes with the story itself. A pure function on the text, no Rasa."""

from __future__ import annotations

from bot.patterns import linear
from bot.text import normalise

MAX_CHARS = 2000

# "kun/kan/kunt/zou/wil/wilt (jij/je/u) ... doorgeven/melden/zeggen tegen/laten weten/inlichten"
_ASK = r"\b(?:kun|kan|kunt|zou|zoudt|wil|wilt|mag)(?: (?:jij|je|u|jullie))\b"
_HAND_OVER = (r"\b(?:doorgeven|doorgegeven|doorsturen|doorspelen|melden|gemeld|laten weten|inlichten|ingelicht|"
              r"vertellen aan|zeggen tegen|tegen (?:\w+ ){1,3}zeggen|aan (?:\w+ ){1,3}(?:vertellen|melden|doorgeven)|"
              r"namens mij|voor mij (?:\w+ ){0,3}(?:melden|regelen|zeggen|vertellen|doorgeven))\b")
_REQUEST = linear(_ASK + r".{0,120}" + _HAND_OVER, name="requests.doorgeven")
_NOT = linear(r"\b(?:niemand|niet|nooit|geen)\b", name="requests.niet")  # "wil je het aan niemand vertellen?"
_MEANING_THE_BOT = linear(r"\b(?:hoe kan ik|kan ik|mag ik|moet ik|kun je me (?:uitleggen|vertellen) hoe)\b",
                          name="requests.zelf")


def asks_to_pass_on(text: object) -> bool:
    """True when the message asks the bot (``jij``/``je``/``u``) to tell, report or pass on
    something to someone; "hoe kan ik het melden?" asks how to do it oneself and is no such
    request, nor is "wil je het aan niemand vertellen?" (a question about confidentiality)."""
    raw = str(text or "")[:MAX_CHARS]
    norm = normalise(raw)
    match = _REQUEST.search(norm)
    if match is None or _NOT.search(norm[match.start():match.end()]):
        return False
    return not _MEANING_THE_BOT.search(norm[:match.start() + 12])


# "ik wil eigenlijk dat anderen het niet ook meemaken", "ik wil nieuwe collega's beschermen": the
# wish to protect others. Not a refusal of any step (geen_stap_willen) but a reason to act: the VP
# can signal patterns to management without names, and a complaint is an option.
_OTHERS = (r"(?:anderen|andere (?:collega'?s|mensen|medewerkers|vrouwen|meiden|stagiaires?)|een ander|iemand anders|"
           r"niemand anders|niemand meer|de volgende|nieuwe (?:collega'?s|mensen|medewerkers)|de rest|collega'?s)")
_PROTECT_OTHERS = linear(
    rf"\b{_OTHERS}\b.{{0,40}}\b(?:niet|nie)\b.{{0,12}}\b(?:meemaken|meemaakt|overkomt|overkomen|meer gebeurt|"
    r"gebeurt|hoeft|hoeven|mee te maken)\b|"
    rf"\b(?:beschermen|waarschuwen|behoeden)\b.{{0,30}}\b{_OTHERS}\b|\b{_OTHERS}\b.{{0,30}}\b(?:beschermen|"
    r"waarschuwen|behoeden|besparen|bespaard)\b|"
    rf"\b(?:niet|nie)\b.{{0,30}}\b{_OTHERS}\b (?:\w+ )?(?:overkomt|overkomen|meemaakt|meemaken)\b|"
    rf"\b(?:dat|zodat) (?:het|dit) (?:stopt|ophoudt) (?:voor|bij) {_OTHERS}\b|"
    rf"\b(?:dat|zodat) (?:het|dit) (?:niet|nie) (?:nog eens |weer |opnieuw )?(?:gebeurt|overkomt)\b"
    rf".{{0,20}}\b{_OTHERS}\b",
    name="requests.anderen_beschermen")


def wants_to_protect_others(text: object) -> bool:
    """True when the message says the person wants others spared what happened (see above)."""
    return bool(_PROTECT_OTHERS.search(normalise(str(text or "")[:MAX_CHARS])))


# "mag ze dat eigenlijk, zeggen dat klanten het niet prettig vinden?", "kan dat zomaar?", "is dat
# wel normaal?": whether what happened is allowed. Asked about the matter already confirmed, it is
# a question to answer, not the matter told again (fifth stranger test, c23).
_ALLOWED = linear(
    r"\bmag (?:ze|hij|zij|die|men|dat|dit|zoiets|mijn \w+|de \w+|je \w+)\b(?: \w+){0,2} "
    r"(?:dat|dit|zomaar|eigenlijk|wel|zoiets|zeggen|vragen|doen|eisen)\b"
    r"|\bmag dat\b|\bkan dat (?:zomaar|wel|eigenlijk)\b|\bis dat (?:wel |eigenlijk |nou )?"
    r"(?:normaal|toegestaan|legaal|wettelijk|verboden|strafbaar|de bedoeling)\b|\bmogen ze dat\b"
    # "kunnen ze me gewoon niet verlengen omdat ik zwanger ben?" (sixth stranger test c08)
    r"|\b(?:kunnen|kan|mogen|mag) (?:ze|hij|zij|die) (?:me|mij|dat|dit|zomaar|gewoon)\b"
    # "ja klopt. maar mag het nou of niet" (twenty-sixth stranger test B c10: unanswered)
    r"|\bmag (?:het|dat|dit) (?:\w+ ){0,2}of niet\b|\bmag het (?:nou|nu|dan|wel|eigenlijk)\b",
    name="requests.mag_dat")
# Whether the writer may do it: "mag ik dat doen als ik het buiten werktijd doe?", about a side job
# or an interest of one's own (the same round, c10). Its answer fits that matter only.
_MAY_I = linear(r"\bmag ik (?:dat|dit|het|zoiets|zo'?n \w+)\b", name="requests.mag_ik")


def asks_if_allowed(text: object) -> bool:
    """True when the message asks whether what happened is allowed (see above)."""
    return bool(_ALLOWED.search(normalise(str(text or "")[:MAX_CHARS])))


def asks_if_i_may(text: object) -> bool:
    """True when the message asks whether the writer may do it ("mag ik dat doen?", _MAY_I), or
    whether it is allowed at all ("mag het nou of niet", _ALLOWED)."""
    norm = normalise(str(text or "")[:MAX_CHARS])
    return bool(_MAY_I.search(norm) or _ALLOWED.search(norm))
